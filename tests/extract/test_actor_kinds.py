"""Actor kinds from the text around a name, not only the recogniser's label (hand-built parses, invented sentences)."""

from __future__ import annotations

import pytest
from spacy.lang.en import English
from spacy.tokens import Doc

from graph.extract.actors import extract_mentions
from graph.model import ActorKind, Article

VOCAB = English().vocab


def _kinds(words: str, heads: list[int], deps: str, pos: str, ents: str) -> list[tuple[str, ActorKind]]:
    doc = Doc(VOCAB, words=words.split(), heads=heads, deps=deps.split(), pos=pos.split(), ents=ents.split())
    return [(m.text, m.kind) for m in extract_mentions(doc, Article("a", doc.text))]


def test_a_one_word_entity_that_is_no_name_is_dropped() -> None:
    # "Midway through the year, Brandt resigned": the recogniser tags the adverb as an organisation
    found = _kinds("Midway through the year Brandt resigned .", [5, 0, 3, 1, 5, 5, 5],
                   "advmod prep det pobj nsubj ROOT punct", "ADV ADP DET NOUN PROPN VERB PUNCT",
                   "B-ORG O O O B-PERSON O O")  # fmt: skip
    assert found == [("Brandt", ActorKind.PERSON)]


def test_a_one_word_entity_that_modifies_its_clause_as_an_adverb_is_dropped() -> None:
    found = _kinds("Midway through the year Brandt resigned .", [5, 0, 3, 1, 5, 5, 5],
                   "advmod prep det pobj nsubj ROOT punct", "PROPN ADP DET NOUN PROPN VERB PUNCT",
                   "B-ORG O O O B-PERSON O O")  # fmt: skip
    assert found == [("Brandt", ActorKind.PERSON)]


@pytest.mark.parametrize("preposition", ["around", "near", "in"])
def test_a_person_after_a_place_preposition_is_a_place(preposition: str) -> None:
    found = _kinds(f"Troops fought {preposition} Vorbeck .", [1, 1, 1, 2, 1], "nsubj ROOT prep pobj punct",
                   "NOUN VERB ADP PROPN PUNCT", "O O O B-PERSON O")  # fmt: skip
    assert found == [("Vorbeck", ActorKind.PLACE)]


def test_a_place_based_firm_names_a_place() -> None:
    found = _kinds("A Dunmore - based firm closed .", [4, 3, 3, 4, 5, 5, 5],
                   "det npadvmod punct amod nsubj ROOT punct", "DET PROPN PUNCT VERB NOUN VERB PUNCT",
                   "O B-ORG O O O O O")  # fmt: skip
    assert found == [("Dunmore", ActorKind.PLACE)]


def test_an_honorific_makes_a_person() -> None:
    found = _kinds("Mrs Ashcombe spoke .", [1, 2, 2, 2], "compound nsubj ROOT punct", "PROPN PROPN VERB PUNCT",
                   "O B-ORG O O")  # fmt: skip
    assert found == [("Ashcombe", ActorKind.PERSON)]


def test_a_person_is_never_an_outlet_by_the_words_of_the_name() -> None:
    found = _kinds("Tom Post spoke .", [1, 2, 2, 2], "compound nsubj ROOT punct", "PROPN PROPN VERB PUNCT",
                   "B-PERSON I-PERSON O O")  # fmt: skip
    assert found == [("Tom Post", ActorKind.PERSON)]


def test_an_outlet_known_by_name_is_an_outlet_whatever_its_label() -> None:
    found = _kinds("The editor of RT spoke .", [1, 4, 1, 2, 4, 4], "det nsubj prep pobj ROOT punct",
                   "DET NOUN ADP PROPN VERB PUNCT", "O O O B-GPE O O")  # fmt: skip
    assert found == [("RT", ActorKind.OUTLET)]


def test_an_outlet_noun_beside_a_name_makes_an_outlet() -> None:
    found = _kinds("the news outlet Zvezdochka said so .", [3, 2, 3, 4, 4, 4, 4],
                   "det compound compound nsubj ROOT advmod punct", "DET NOUN NOUN PROPN VERB ADV PUNCT",
                   "O O O B-ORG O O O")  # fmt: skip
    assert found == [("Zvezdochka", ActorKind.OUTLET)]


def test_a_place_that_speaks_stays_a_place() -> None:
    found = _kinds("Ostrava said no .", [1, 1, 1, 1], "nsubj ROOT intj punct", "PROPN VERB INTJ PUNCT",
                   "B-GPE O O O")  # fmt: skip
    assert found == [("Ostrava", ActorKind.PLACE)]


def test_a_name_that_modifies_an_outlet_noun_is_no_outlet() -> None:
    found = _kinds("the Orvane website crashed .", [2, 2, 3, 3, 3], "det compound nsubj ROOT punct",
                   "DET PROPN NOUN VERB PUNCT", "O B-ORG O O O")  # fmt: skip
    assert found == [("Orvane", ActorKind.ORGANIZATION)]
