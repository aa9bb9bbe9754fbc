"""Named actors: a person's given names the recogniser left out are taken back; titles are not."""

from __future__ import annotations

import pytest
from spacy.lang.en import English
from spacy.tokens import Doc

from graph.extract.actors import extract_mentions
from graph.model import ActorKind, Article

VOCAB = English().vocab


def _mentions(words: str, heads: list[int], deps: str, pos: str, ents: str) -> list[tuple[str, str | None]]:
    doc = Doc(VOCAB, words=words.split(), heads=heads, deps=deps.split(), pos=pos.split(), ents=ents.split())
    article = Article("a", doc.text)
    found = list(extract_mentions(doc, article))
    assert all(mention.kind is ActorKind.PERSON for mention in found)
    return [(mention.text, mention.role) for mention in found]


def test_a_given_name_the_recogniser_left_out_is_part_of_the_name() -> None:
    # "Even Ramzan Kadyrov said it": the small English model tags only "Kadyrov" as a person
    assert _mentions("Even Ramzan Kadyrov said it .", [3, 2, 3, 3, 3, 3], "advmod compound nsubj ROOT dobj punct",
                     "ADV PROPN PROPN VERB PRON PUNCT", "O O B-PERSON O O O") == [("Ramzan Kadyrov", None)]  # fmt: skip


@pytest.mark.parametrize("title", ["President", "Mayor", "Blogger"])
def test_a_title_before_a_name_stays_a_role(title: str) -> None:
    assert _mentions(f"{title} Putin said it .", [1, 2, 2, 2, 2], "compound nsubj ROOT dobj punct",
                     "PROPN PROPN VERB PRON PUNCT", "O B-PERSON O O O") == [("Putin", title)]  # fmt: skip


def test_a_proper_noun_the_name_does_not_govern_stays_out() -> None:
    # "Moscow" modifies "said" here, not the name: not a given name
    assert _mentions("Moscow Putin said it .", [2, 2, 2, 2, 2], "npadvmod nsubj ROOT dobj punct",
                     "PROPN PROPN VERB PRON PUNCT", "O B-PERSON O O O") == [("Putin", None)]  # fmt: skip


def test_a_word_before_a_full_name_is_no_given_name() -> None:
    # "Crooked Dana Ruiz lost": the recogniser tags "Dana Ruiz"; the word before a full name is an epithet or a title
    found = _mentions("Crooked Dana Ruiz lost .", [2, 2, 3, 3, 3], "compound compound nsubj ROOT punct",
                      "PROPN PROPN PROPN VERB PUNCT", "O B-PERSON I-PERSON O O")  # fmt: skip
    assert [name for name, _role in found] == ["Dana Ruiz"]


def test_the_end_of_a_title_names_no_actor() -> None:
    # "the Secretary of State" is an office: "State" there names no department
    assert _mentions("the Secretary of State spoke .", [1, 4, 1, 2, 4, 4], "det nsubj prep pobj ROOT punct",
                     "DET PROPN ADP PROPN VERB PUNCT", "O O O B-ORG O O") == []  # fmt: skip


def test_the_chief_of_a_company_keeps_the_company() -> None:
    assert _mentions("the chief of Acme spoke .", [1, 4, 1, 2, 4, 4], "det nsubj prep pobj ROOT punct",
                     "DET NOUN ADP PROPN VERB PUNCT", "O O O B-PERSON O O") == [("Acme", None)]  # fmt: skip


def _kinds(words: str, heads: list[int], deps: str, pos: str, ents: str) -> list[tuple[str, ActorKind]]:
    doc = Doc(VOCAB, words=words.split(), heads=heads, deps=deps.split(), pos=pos.split(), ents=ents.split())
    return [(mention.text, mention.kind) for mention in extract_mentions(doc, Article("a", doc.text))]


def test_a_list_of_people_the_recogniser_took_for_one_name_is_each_person() -> None:
    # "Nora Pellows met Ivo Brandt . Pellows and Brandt left ." with "Pellows and Brandt" tagged one organisation
    found = _kinds("Nora Pellows met Ivo Brandt . Pellows and Brandt left .", [1, 2, 2, 4, 2, 2, 9, 6, 6, 9, 9],
                   "compound nsubj ROOT compound dobj punct nsubj cc conj ROOT punct",
                   "PROPN PROPN VERB PROPN PROPN PUNCT PROPN CCONJ PROPN VERB PUNCT",
                   "B-PERSON I-PERSON O B-PERSON I-PERSON O B-ORG I-ORG I-ORG O O")  # fmt: skip
    person = ActorKind.PERSON
    assert found == [("Nora Pellows", person), ("Ivo Brandt", person), ("Pellows", person), ("Brandt", person)]


def test_a_list_with_a_comma_before_and_is_each_person_too() -> None:
    # "Nora Pellows met Ivo Brandt and Mia Chan . Pellows , Brandt , and Chan left ." the list tagged one organisation
    found = _kinds("Nora Pellows met Ivo Brandt and Mia Chan . Pellows , Brandt , and Chan left .",
                   [1, 2, 2, 4, 2, 4, 7, 4, 2, 16, 9, 9, 11, 11, 11, 16, 16],
                   "compound nsubj ROOT compound dobj cc compound conj punct "
                   "nsubj punct conj punct cc conj ROOT punct",
                   "PROPN PROPN VERB PROPN PROPN CCONJ PROPN PROPN PUNCT "
                   "PROPN PUNCT PROPN PUNCT CCONJ PROPN VERB PUNCT",
                   "B-PERSON I-PERSON O B-PERSON I-PERSON O B-PERSON I-PERSON O "
                   "B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG O O")  # fmt: skip
    person = ActorKind.PERSON
    assert found[-3:] == [("Pellows", person), ("Brandt", person), ("Chan", person)]


def test_a_name_joined_by_and_stays_one_where_the_article_names_no_such_people() -> None:
    found = _kinds("Pellows and Brandt won .", [3, 0, 0, 3, 3], "nsubj cc conj ROOT punct",
                   "PROPN CCONJ PROPN VERB PUNCT", "B-ORG I-ORG I-ORG O O")  # fmt: skip
    assert found == [("Pellows and Brandt", ActorKind.ORGANIZATION)]


def test_an_age_beside_a_name_is_no_role() -> None:
    # "Ann Vell, 45, spoke": the number is her age, not what she is
    assert _mentions("Ann Vell , 45 , spoke .", [1, 5, 1, 1, 1, 5, 5], "compound nsubj punct appos punct ROOT punct",
                     "PROPN PROPN PUNCT NUM PUNCT VERB PUNCT",
                     "B-PERSON I-PERSON O B-CARDINAL O O O") == [("Ann Vell", None)]  # fmt: skip


def test_a_clause_misparsed_onto_a_name_is_no_title() -> None:
    # the parser hangs "the word Hill repeated" on the name as a modifier: a verb ends any title
    found = _mentions("the word Hill repeated Ann Vell spoke .", [1, 3, 3, 5, 5, 6, 6, 6],
                      "det nsubj nsubj amod compound nsubj ROOT punct", "DET NOUN PROPN VERB PROPN PROPN VERB PUNCT",
                      "O O B-PERSON O B-PERSON I-PERSON O O")  # fmt: skip
    assert ("Ann Vell", None) in found


def test_a_title_stops_at_a_conjunction() -> None:
    # "Tom Hill and Texas Sen. Ann Vell spoke": her title is "Texas Sen.", not the other person's name with it
    found = _mentions("Tom Hill and Texas Sen. Ann Vell spoke .", [1, 4, 1, 4, 6, 6, 7, 7, 7],
                      "compound compound cc compound compound compound nsubj ROOT punct",
                      "PROPN PROPN CCONJ PROPN PROPN PROPN PROPN VERB PUNCT",
                      "B-PERSON I-PERSON O O O B-PERSON I-PERSON O O")  # fmt: skip
    assert ("Ann Vell", "Texas Sen.") in found


@pytest.mark.parametrize(
    ("words", "heads", "deps", "pos", "role"),
    [
        ("embattled", [2, 2, 3], "amod", "ADJ", None),
        ("Senator", [2, 2, 3], "compound", "PROPN", "Senator"),
        ("former mayor", [1, 3, 3, 4], "amod compound", "ADJ NOUN", "former mayor"),
        ("Private", [2, 2, 3], "amod", "ADJ", "Private"),
        ("Major", [2, 2, 3], "compound", "ADJ", "Major"),
    ],
)
def test_a_title_of_words_that_only_qualify_the_name_is_no_role(
    words: str, heads: list[int], deps: str, pos: str, role: str | None
) -> None:
    # "embattled Ann Vell said it": "embattled" says nothing of what she does; "former mayor" does
    n = len(words.split())
    found = _mentions(f"{words} Ann Vell said it .", [*heads, n + 2, n + 2, n + 2],
                      f"{deps} compound nsubj ROOT dobj punct", f"{pos} PROPN PROPN VERB PRON PUNCT",
                      "O " * n + "B-PERSON I-PERSON O O O")  # fmt: skip
    assert found == [("Ann Vell", role)]


def test_a_name_the_recogniser_ran_on_into_a_dash_and_a_conjunction_ends_at_the_name() -> None:
    # "a vote for Tom Ruiz - and that is bad", with "Tom Ruiz - and" tagged one person
    found = _kinds("a vote for Tom Ruiz - and that is bad .", [1, 8, 1, 4, 2, 8, 8, 8, 8, 8, 8],
                   "det nsubj prep compound pobj punct cc nsubj ROOT acomp punct",
                   "DET NOUN ADP PROPN PROPN PUNCT CCONJ PRON AUX ADJ PUNCT",
                   "O O O B-PERSON I-PERSON I-PERSON I-PERSON O O O O")  # fmt: skip
    assert found == [("Tom Ruiz", ActorKind.PERSON)]


@pytest.mark.parametrize("form", ["Company", "Co.", "Incorporated", "PAC"])
def test_a_name_ending_in_a_firm_s_legal_form_is_an_organisation_whatever_the_recogniser_says(form: str) -> None:
    # "Kell & Company gave $5,000", with "Kell & Company" tagged a person
    found = _kinds(f"Kell & {form} gave money .", [2, 2, 3, 3, 3, 3], "compound cc nsubj ROOT dobj punct",
                   "PROPN CCONJ PROPN VERB NOUN PUNCT", "B-PERSON I-PERSON I-PERSON O O O")  # fmt: skip
    assert found == [(f"Kell & {form}", ActorKind.ORGANIZATION)]


def test_a_common_adjective_capitalised_for_opening_its_sentence_names_no_one() -> None:
    # "Outright victory is vital", with "Outright" tagged an organisation
    found = _kinds("Outright victory is vital .", [1, 2, 2, 2, 2], "amod nsubj ROOT acomp punct",
                   "ADJ NOUN AUX ADJ PUNCT", "B-ORG O O O O")  # fmt: skip
    assert found == []


def test_a_person_an_indefinite_article_brings_in_is_a_sort_of_thing_not_someone() -> None:
    # "this is a Hail Mary pass", with "a Hail Mary" tagged a person
    found = _kinds("this is a Hail Mary pass .", [1, 1, 5, 4, 5, 1, 1], "nsubj ROOT det compound compound attr punct",
                   "PRON AUX DET PROPN PROPN NOUN PUNCT", "O O B-PERSON I-PERSON I-PERSON O O")  # fmt: skip
    assert found == []
