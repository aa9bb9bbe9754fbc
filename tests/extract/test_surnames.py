"""Surnames the entity recogniser missed become person mentions, on invented news sentences."""

from __future__ import annotations

import pytest

from graph.articles import parse_layout
from graph.extract import extract
from graph.model import ActorKind, Article, Mention


def _mentions(body: str) -> list[Mention]:
    from graph.nlp.loader import load_pipeline

    text = f"Title\n\n{body}\n"
    layout = parse_layout(text)
    article = Article("a", text, title=layout.title, published=layout.published, body=layout.body)
    return extract(load_pipeline()(article.analysable_text()), article).mentions


@pytest.mark.model
def test_a_surname_after_the_full_name_is_a_mention_of_a_person() -> None:
    found = _mentions("Police charged Andrew Lopez on Monday. Lopez, who was 18 at the time, confessed.")
    assert [m.text for m in found if m.kind is ActorKind.PERSON] == ["Andrew Lopez", "Lopez"]


@pytest.mark.model
def test_a_surname_before_any_full_name_or_inside_a_longer_name_is_left_alone() -> None:
    found = _mentions("Lopez Holdings sold its stake on Monday to Andrew Lopez, a banker.")
    assert not any(m.text == "Lopez" for m in found)


@pytest.mark.model
def test_a_firm_s_name_without_its_legal_form_or_trade_is_that_firm() -> None:
    found = _mentions(
        "Swedish carmaker Valdra AB said on Monday it would buy Corvane Systems for $6.2 billion. "
        "Valdra will pay $48 a share. Corvane makes driving software."
    )
    assert ("Valdra", ActorKind.ORGANIZATION) in {(m.text, m.kind) for m in found}
    found = _mentions("American Airlines cancelled 300 flights on Sunday. Ann Lee, an American, was stranded.")
    assert "American" not in {m.text for m in found}  # a people's word, not the firm


@pytest.mark.model
def test_a_firm_s_first_word_that_is_a_person_s_surname_or_a_place_stays_theirs() -> None:
    found = _mentions(
        "Walter Grange said Grange Hardware would stay open. Grange said he was proud. "
        "Boston Scientific Corp fell. Analysts in Boston were calm."
    )
    kinds = {(m.text, m.kind) for m in found}
    assert ("Grange", ActorKind.PERSON) in kinds and ("Boston", ActorKind.PLACE) in kinds


def _untagged(words: str, pos: str, ents: str, mentions: list[tuple[int, int, ActorKind]]) -> list[tuple[str, str]]:
    """The untagged names of a hand-built parse, given the mentions (first word, end word, kind) found before."""
    from spacy.lang.en import English
    from spacy.tokens import Doc

    from graph.extract.surnames import untagged_names
    from graph.model import Span

    doc = Doc(English().vocab, words=words.split(), pos=pos.split(), ents=ents.split())
    found = [
        Mention(Span(doc[a].idx, doc[b - 1].idx + len(doc[b - 1])), doc[a:b].text, kind) for a, b, kind in mentions
    ]
    return [(m.text, m.kind.value) for m in untagged_names(doc, Article("a", doc.text), found)]


def test_a_surname_the_recogniser_took_for_a_nationality_is_a_person() -> None:
    found = _untagged("Ada Brenk won . Brenk smiled .", "PROPN PROPN VERB PUNCT PROPN VERB PUNCT",
                      "B-PERSON I-PERSON O O B-NORP O O", [(0, 2, ActorKind.PERSON)])  # fmt: skip
    assert found == [("Brenk", "Person")]


def test_a_one_word_organisation_the_recogniser_tagged_once_is_an_organisation_everywhere() -> None:
    found = _untagged("The Otters won . Fans cheered the Otters .", "DET PROPN VERB PUNCT NOUN VERB DET PROPN PUNCT",
                      "O B-ORG O O O O O O O", [(1, 2, ActorKind.ORGANIZATION)])  # fmt: skip
    assert found == [("Otters", "Organization")]


def test_a_surname_after_a_full_name_with_a_suffix_is_a_person() -> None:
    found = _untagged("Tom Hale Jr. won . Hale smiled .", "PROPN PROPN PROPN VERB PUNCT PROPN VERB PUNCT",
                      "B-PERSON I-PERSON I-PERSON O O O O O", [(0, 3, ActorKind.PERSON)])  # fmt: skip
    assert found == [("Hale", "Person")]


def _parsed(words: str, heads: list[int], deps: str, pos: str, ents: str, mentions: list[tuple[int, int]]) -> list[str]:
    """The untagged names of a hand-built parse with heads, given the people (first word, end word) found before."""
    from spacy.lang.en import English
    from spacy.tokens import Doc

    from graph.extract.surnames import untagged_names
    from graph.model import Span

    doc = Doc(English().vocab, words=words.split(), heads=heads, deps=deps.split(), pos=pos.split(), ents=ents.split())
    found = [Mention(Span(doc[a].idx, doc[b - 1].idx + len(doc[b - 1])), doc[a:b].text, ActorKind.PERSON)
             for a, b in mentions]  # fmt: skip
    return [m.text for m in untagged_names(doc, Article("a", doc.text), found) if m.kind is ActorKind.PERSON]


FULL_NAME = "Kel Varo kept the belt . Varo smiled ."
FULL_NAME_HEADS = [1, 2, 2, 4, 2, 2, 7, 7, 7]
FULL_NAME_DEPS = "compound nsubj ROOT det dobj punct nsubj ROOT punct"
FULL_NAME_POS = "PROPN PROPN VERB DET NOUN PUNCT PROPN VERB PUNCT"


def test_a_full_name_the_recogniser_missed_whose_surname_a_person_has_alone_is_a_person() -> None:
    found = _parsed(FULL_NAME, FULL_NAME_HEADS, FULL_NAME_DEPS, FULL_NAME_POS, "O O O O O O B-NORP O O", [(6, 7)])
    assert found == ["Kel Varo"]


def test_a_full_name_whose_surname_no_person_has_alone_is_left_alone() -> None:
    assert _parsed(FULL_NAME, FULL_NAME_HEADS, FULL_NAME_DEPS, FULL_NAME_POS, "O O O O O O O O O", []) == []


def test_the_end_of_a_longer_untagged_name_is_no_full_name() -> None:
    found = _parsed("Port Kel Varo opened . Varo smiled .", [2, 2, 3, 3, 3, 6, 6, 6],
                    "compound compound nsubj ROOT punct nsubj ROOT punct",
                    "PROPN PROPN PROPN VERB PUNCT PROPN VERB PUNCT", "O O O O O O O O", [(5, 6)])  # fmt: skip
    assert found == []


@pytest.mark.parametrize(
    "words",
    ["Candidate Varo kept the belt . Varo smiled .", "Hurricane Varo kept the hurricane . Varo smiled ."],
)
def test_a_role_or_a_common_word_before_a_surname_is_no_given_name(words: str) -> None:
    found = _parsed(words, FULL_NAME_HEADS, FULL_NAME_DEPS, FULL_NAME_POS, "O O O O O O B-NORP O O", [(6, 7)])
    assert found == []


@pytest.mark.model
def test_an_abbreviated_title_is_no_name_of_its_own() -> None:
    found = _mentions(
        "In a statement, Sgt. Frank Dolan said the review would take weeks. Det. Insp. Ann Rowe said she agreed. "
        "The Ukrainian won the bout."
    )
    texts = [m.text for m in found]
    assert "Frank Dolan" in texts and "Ukrainian" in texts and any(text.endswith("Ann Rowe") for text in texts)
    assert not {"Sgt", "Sgt.", "Det", "Det."} & set(texts)


@pytest.mark.model
def test_a_surname_after_an_abbreviated_title_is_the_person_named_in_full() -> None:
    from graph.build.pipeline import BuildOptions, analyse
    from graph.merge.story import merge

    text = "Cllr. Tom Hale said the budget was fair. Cllr. Hale has led the council since 2019."
    facts = list(analyse([Article("a", text)], BuildOptions(jobs=1)))
    story = merge(facts)
    actors = {story.actor_of[("a", m.span)] for m in facts[0].mentions if m.text.endswith("Hale")}
    assert len(actors) == 1 and story.actors[actors.pop()].kind is ActorKind.PERSON


@pytest.mark.model
def test_a_police_rank_written_short_opens_a_persons_name_and_is_no_part_of_it() -> None:
    from graph.build.pipeline import BuildOptions, analyse
    from graph.merge.story import merge

    text = (
        "DCI Karen Holt said two men had been arrested. Det Ch Insp Ann Dale said they were released later. "
        "Holt and Dale thanked the public. DS Smith Packaging said it would help."
    )
    facts = list(analyse([Article("a", text)], BuildOptions(jobs=1)))
    story = merge(facts)
    found = {story.actors[story.actor_of[("a", m.span)]].label for m in facts[0].mentions}
    kinds = {story.actors[story.actor_of[("a", m.span)]].kind for m in facts[0].mentions if "Holt" in m.text}
    assert {"Karen Holt", "Ann Dale"} <= found and kinds == {ActorKind.PERSON}
    assert not {label for label in found if label.startswith(("DCI", "Ch ", "Det"))}
    assert "Smith Packaging" in found or "DS Smith Packaging" in found  # a firm, not a sergeant
    facts = list(analyse([Article("b", "DC Thomson said it would close two magazines.")], BuildOptions(jobs=1)))
    story = merge(facts)
    assert {a.label for a in story.actors.values()} & {"DC Thomson", "Thomson"} == {"DC Thomson"}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('Agents arrested reputed captain Anthony "Tony the Hat" Carbone on Monday.', 'Anthony "Tony the Hat" Carbone'),
        ("Mob boss Vincent 'Chin' Gigante died on Monday.", "Vincent 'Chin' Gigante"),
        # a scare quote after a name is none of it
        ('Time magazine named Taylor Swift "Person of the Year" Wednesday.', "Taylor Swift"),
    ],
)
def test_a_nickname_quoted_inside_a_name_keeps_the_name_whole(text: str, name: str) -> None:
    assert name in [m.text for m in _mentions(text)]


@pytest.mark.model
def test_a_name_given_an_age_between_commas_is_a_person_the_recogniser_missed() -> None:
    found = _mentions("The former mayor said she would leave the city. Holt, 52, did not take questions.")
    assert ("Holt", ActorKind.PERSON) in {(m.text, m.kind) for m in found}
    found = _mentions("The firm took orders from Airbus, 20, and Boeing, 30, last year.")
    assert not any(m.text in {"Airbus", "Boeing"} and m.kind is ActorKind.PERSON for m in found)


@pytest.mark.model
def test_a_firm_s_short_name_the_recogniser_took_for_a_person_is_the_firm() -> None:
    found = _mentions("Halvorsen Foods agreed to buy Brightway Brands for $2bn. Halvorsen will pay cash.")
    short = [m for m in found if m.text == "Halvorsen"]
    assert [(m.kind, m.refers is not None) for m in short] == [(ActorKind.ORGANIZATION, True)]
    found = _mentions("Tom Halvorsen founded Halvorsen Foods in 1990. Halvorsen said the deal was fair.")
    assert [m.kind for m in found if m.text == "Halvorsen"] == [ActorKind.PERSON]


@pytest.mark.model
@pytest.mark.parametrize(
    "body",
    [
        "Shares of Lindqvist Media rose on Thursday. Senator Lindqvist owns a stake. Lindqvist said it was a good day.",
        "Varo Capital closed its fund on Friday. Mr Varo, the former minister, declined to comment. Varo has retired.",
        "Kessel Industries will invest $5 million. Kessel, the chairman, has run the company since 1967.",
    ],
)
def test_a_person_the_article_marks_by_a_firm_s_first_word_stays_a_person(body: str) -> None:
    name = body.split()[0] if not body.startswith("Shares") else "Lindqvist"
    assert all(m.refers is None for m in _mentions(body) if m.text == name)
