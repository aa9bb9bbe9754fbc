"""A capitalised plural inside a sentence that the recogniser missed names a body (a team, a club, a band), on
invented sentences."""

from __future__ import annotations

import pytest

from graph.extract.plural_names import plural_names
from graph.model import ActorKind, Article, Mention, Span
from tests.extract.parses import hand_parse


def _names(words: str, heads: list[int], deps: str, tags: str, pos: str, people: tuple[str, ...] = ()) -> list[str]:
    doc = hand_parse(words, heads, deps, tags, pos, " ".join(["O"] * len(words.split())))
    article = Article("a", doc.text)
    known = [Mention(Span(0, len(name)), name, ActorKind.PERSON) for name in people]
    return [m.text for m in plural_names(doc, article, known) if m.kind is ActorKind.ORGANIZATION]


def test_capitalised_plurals_inside_a_sentence_are_bodies_with_the_capitalised_words_of_their_name() -> None:
    found = _names("Fans saw the Ospreys beat the Red Larks .", [1, 1, 3, 4, 1, 7, 7, 4, 1],
                   "nsubj ROOT det nsubj ccomp det amod dobj punct", "NNS VBD DT NNPS VB DT NNP NNPS .",
                   "NOUN VERB DET PROPN VERB DET PROPN PROPN PUNCT")  # fmt: skip
    assert found == ["Ospreys", "Red Larks"]


@pytest.mark.parametrize(
    ("words", "heads", "deps", "tags", "pos"),
    [
        # the first word of a sentence is capitalised for the sentence
        ("Ospreys nest here .", [1, 1, 1, 1], "nsubj ROOT advmod punct", "NNPS VBP RB .", "PROPN VERB ADV PUNCT"),
        # a name that modifies a noun is an attribute of it
        ("the Ospreys coach resigned .", [2, 2, 3, 3, 3], "det compound nsubj ROOT punct", "DT NNPS NN VBD .",
         "DET PROPN NOUN VERB PUNCT"),
        # an event's name
        ("fans filled the Games village .", [1, 1, 4, 4, 1, 1], "nsubj ROOT det compound dobj punct",
         "NNS VBD DT NNPS NN .", "NOUN VERB DET PROPN NOUN PUNCT"),
    ],
)  # fmt: skip
def test_a_plural_capitalised_for_its_place_an_attribute_or_an_event_is_no_body(
    words: str, heads: list[int], deps: str, tags: str, pos: str
) -> None:
    assert _names(words, heads, deps, tags, pos) == []


def test_the_plural_of_a_surname_the_article_gives_a_person_is_left_to_the_family_rule() -> None:
    words = "Tom Hale met the Hales ."
    parse = ([1, 2, 2, 4, 2, 2], "compound nsubj ROOT det dobj punct", "NNP NNP VBD DT NNPS .",
             "PROPN PROPN VERB DET PROPN PUNCT")  # fmt: skip
    assert _names(words, *parse, people=("Tom Hale",)) == []
