"""A name is an actor of a kind only where the article gives evidence of it: peoples' words are groups or
qualifiers, names used as drugs and times are no actors (hand-built parses of invented sentences)."""

from __future__ import annotations

import pytest
from spacy.lang.en import English
from spacy.tokens import Doc

from graph.extract.actors import extract_mentions, is_product, product_names
from graph.model import ActorKind, Article

VOCAB = English().vocab
POS = {"NNP": "PROPN", "NNPS": "PROPN", "NN": "NOUN", "NNS": "NOUN", "JJ": "ADJ", "DT": "DET", "IN": "ADP",
       "VBD": "VERB", "VBP": "VERB", "VBZ": "VERB", "VB": "VERB", "VBN": "VERB", ".": "PUNCT", ",": "PUNCT",
       "CC": "CCONJ", "RB": "ADV"}  # fmt: skip


def _actors(text: str, heads: list[int], deps: str, tags: str, ents: str) -> list[tuple[str, ActorKind]]:
    """The actors an article of one parsed sentence gives, as ``extract`` keeps them (names of things dropped);
    ``text`` spells a comma or a full stop glued to the word before it ("Dorvale, Ohio-based")."""
    words = text.replace(",", " ,").replace(" .", " .").split()
    spaces = [not (i + 1 < len(words) and words[i + 1] in {",", "."}) for i in range(len(words))]
    lemmas = [LEMMAS.get(w.lower(), w.lower()) for w in words]
    doc = Doc(VOCAB, words=words, spaces=spaces, heads=heads, deps=deps.split(), tags=tags.split(),
              pos=[POS[t] for t in tags.split()], lemmas=lemmas, ents=ents.split())  # fmt: skip
    products = product_names(doc)
    return [(m.text, m.kind) for m in extract_mentions(doc, Article("a", doc.text)) if not is_product(m, products)]


LEMMAS = {"swallowed": "swallow", "pills": "pill", "prescribed": "prescribe"}


def test_a_body_named_before_a_comma_and_a_place_is_no_place() -> None:
    found = _actors("Acme Corp, Ohio, hired staff .", [1, 5, 1, 1, 1, 5, 5, 5],
                    "compound nsubj punct appos punct ROOT dobj punct", "NNP NNP , NNP , VBD NNS .",
                    "B-ORG I-ORG O B-GPE O O O O")  # fmt: skip
    assert found == [("Acme Corp", ActorKind.ORGANIZATION), ("Ohio", ActorKind.PLACE)]


@pytest.mark.parametrize("people", ["Varnians", "Harkovics"])
def test_the_plural_of_a_peoples_word_is_a_group(people: str) -> None:
    found = _actors(f"{people} voted early .", [1, 1, 1, 1], "nsubj ROOT advmod punct", "NNPS VBD RB .",
                    "B-PERSON O O O")  # fmt: skip
    assert found == [(people, ActorKind.GROUP)]


def test_a_body_is_no_people_by_its_ending_alone() -> None:
    found = _actors("Varnians voted early .", [1, 1, 1, 1], "nsubj ROOT advmod punct", "NNPS VBD RB .",
                    "B-ORG O O O")  # fmt: skip
    assert found == [("Varnians", ActorKind.ORGANIZATION)]


def test_a_team_after_the_stays_a_body() -> None:
    found = _actors("The Varnians won .", [1, 2, 2, 2], "det nsubj ROOT punct", "DT NNPS VBD .",
                    "O B-ORG O O")  # fmt: skip
    assert found == [("Varnians", ActorKind.ORGANIZATION)]


def test_a_surname_ending_in_s_stays_one_actor() -> None:
    found = _actors("Ann Dorvans said so .", [1, 2, 2, 2, 2], "compound nsubj ROOT advmod punct",
                    "NNP NNP VBD RB .", "O B-ORG O O O")  # fmt: skip
    assert found == [("Dorvans", ActorKind.ORGANIZATION)]


def test_the_plural_of_a_word_the_article_calls_a_nationality_is_a_group() -> None:
    # "Tarvak traders met the Tarvaks": the recogniser calls the first a nationality, the second a body
    found = _actors("Tarvak traders met the Tarvaks .", [1, 2, 2, 4, 2, 2],
                    "compound nsubj ROOT det dobj punct", "NNP NNS VBD DT NNPS .",
                    "B-NORP O O O B-ORG O")  # fmt: skip
    assert found == [("Tarvaks", ActorKind.GROUP)]


def test_a_peoples_word_before_a_noun_is_no_actor() -> None:
    # "Tarvak" is a nationality in one place and a body's name in the other: before "oil" it qualifies
    found = _actors("Tarvak traders sold Tarvak oil .", [1, 2, 2, 4, 2, 2],
                    "compound nsubj ROOT compound dobj punct", "NNP NNS VBD NNP NN .",
                    "B-NORP O O B-ORG O O")  # fmt: skip
    assert found == []


@pytest.mark.parametrize(("word", "tag"), [("Filipino", "JJ"), ("Tarnist", "JJ")])
def test_an_adjective_or_a_peoples_word_before_a_noun_is_no_actor(word: str, tag: str) -> None:
    found = _actors(f"Police found a {word} cell .", [1, 1, 4, 4, 1, 1], "nsubj ROOT det amod dobj punct",
                    f"NNS VBD DT {tag} NN .", "O O O B-ORG O O")  # fmt: skip
    assert found == []


def test_a_body_before_a_noun_stays_a_body() -> None:
    found = _actors("Acme shares fell .", [1, 2, 2, 2], "compound nsubj ROOT punct", "NNP NNS VBD .",
                    "B-ORG O O O")  # fmt: skip
    assert found == [("Acme", ActorKind.ORGANIZATION)]


def test_a_name_taken_as_a_drug_is_no_actor() -> None:
    found = _actors("Patients swallowed Zelorax and Zelorax pills .", [1, 1, 1, 2, 5, 2, 1],
                    "nsubj ROOT dobj cc compound conj punct", "NNS VBD NNP CC NNP NNS .",
                    "O O B-PERSON O B-PERSON O O")  # fmt: skip
    assert found == []


def test_a_name_taken_once_and_acting_once_stays_an_actor() -> None:
    found = _actors("Patients swallowed Zelorax and Zelorax complained .", [1, 1, 1, 1, 5, 1, 1],
                    "nsubj ROOT dobj cc nsubj conj punct", "NNS VBD NNP CC NNP VBD .",
                    "O O B-PERSON O B-PERSON O O")  # fmt: skip
    assert found == [("Zelorax", ActorKind.PERSON), ("Zelorax", ActorKind.PERSON)]


def test_a_company_named_after_a_thing_that_sells_stays_an_actor() -> None:
    found = _actors("Pear sold phones .", [1, 1, 1, 1], "nsubj ROOT dobj punct", "NNP VBD NNS .",
                    "B-ORG O O O")  # fmt: skip
    assert found == [("Pear", ActorKind.ORGANIZATION)]


def test_a_holiday_named_after_a_person_is_no_actor_but_the_person_is() -> None:
    # "Shops close on Tom Orrin Day and Orrin spoke ."
    found = _actors("Shops close on Tom Orrin Day and Orrin spoke .", [1, 1, 1, 5, 5, 2, 1, 8, 1, 1],
                    "nsubj ROOT prep compound compound pobj cc nsubj conj punct",
                    "NNS VBP IN NNP NNP NNP CC NNP VBD .",
                    "O O O B-PERSON I-PERSON I-PERSON O B-PERSON O O")  # fmt: skip
    assert found == [("Orrin", ActorKind.PERSON)]


@pytest.mark.parametrize(
    ("text", "heads", "deps", "tags", "ents"),
    [
        ("The Harvest Day weekend ended .", [3, 2, 3, 4, 4, 4], "det compound compound nsubj ROOT punct",
         "DT NNP NNP NN VBD .", "O B-ORG I-ORG O O O"),
        ("Shops closed during Varnfest .", [1, 1, 1, 2, 1], "nsubj ROOT prep pobj punct", "NNS VBD IN NNP .",
         "O O O B-ORG O"),
    ],
)  # fmt: skip
def test_a_name_used_as_a_time_is_no_actor(text: str, heads: list[int], deps: str, tags: str, ents: str) -> None:
    assert _actors(text, heads, deps, tags, ents) == []


def test_a_person_whose_surname_is_a_word_of_days_stays_a_person() -> None:
    found = _actors("Shops closed after Ana Day spoke .", [1, 1, 1, 5, 5, 2, 1],
                    "nsubj ROOT mark compound nsubj advcl punct", "NNS VBD IN NNP NNP VBD .",
                    "O O O B-PERSON I-PERSON O O")  # fmt: skip
    assert found == [("Ana Day", ActorKind.PERSON)]


def test_a_person_whose_surname_is_a_common_noun_stays_a_person() -> None:
    found = _actors("Ana Baker took the bread .", [1, 2, 2, 4, 2, 2], "compound nsubj ROOT det dobj punct",
                    "NNP NNP VBD DT NN .", "B-PERSON I-PERSON O O O O")  # fmt: skip
    assert found == [("Ana Baker", ActorKind.PERSON)]


def test_a_towns_name_before_a_noun_tagged_an_adjective_stays_an_actor() -> None:
    found = _actors("A Dunmore bank closed .", [2, 2, 3, 3, 3], "det amod nsubj ROOT punct", "DT JJ NN VBD .",
                    "O B-ORG O O O")  # fmt: skip
    assert found == [("Dunmore", ActorKind.ORGANIZATION)]


def test_a_peoples_plural_the_recogniser_took_for_a_person_is_a_group() -> None:
    found = _actors("Filipinos voted early .", [1, 1, 1, 1], "nsubj ROOT advmod punct", "NNP VBD RB .",
                    "B-PERSON O O O")  # fmt: skip
    assert found == [("Filipinos", ActorKind.GROUP)]


def test_a_band_after_the_stays_a_body_whatever_the_tagger_made_of_it() -> None:
    found = _actors("The Dissenters played .", [1, 2, 2, 2], "det nsubj ROOT punct", "DT NNS VBD .",
                    "O B-ORG O O")  # fmt: skip
    assert found == [("Dissenters", ActorKind.ORGANIZATION)]
