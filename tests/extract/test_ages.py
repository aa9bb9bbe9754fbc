"""The ages an article gives its people and its descriptions, on invented sentences."""

from __future__ import annotations

import pytest

from graph.extract.ages import given_ages, stated_age
from graph.model import ActorKind, Mention, Span


def _at(text: str, words: str) -> Span:
    start = text.index(words)
    return Span(start, start + len(words))


@pytest.mark.parametrize(
    ("text", "words", "age"),
    [
        ("The 37-year-old was charged.", "The 37-year-old", (37, "year")),
        ("the 10 - month - old boy", "the 10 - month - old boy", (10, "month")),
        ("The actress, 26, left early.", "The actress", (26, "year")),
        ("The actress left in 2026.", "The actress", None),
        ("The actress, who is tall, left.", "The actress", None),
    ],
)
def test_a_phrase_states_an_age_within_it_or_between_commas_after_it(
    text: str, words: str, age: tuple[int, str] | None
) -> None:
    assert stated_age(text, _at(text, words)) == age


def test_the_article_gives_ages_after_and_before_names() -> None:
    text = "Tom Hill, 37, met 24-year-old Ann Lee and Bo Dunn in Kent."
    people = [Mention(_at(text, name), name, ActorKind.PERSON) for name in ("Tom Hill", "Ann Lee", "Bo Dunn")]
    assert given_ages(text, people) == {"hill": {(37, "year")}, "lee": {(24, "year")}}
