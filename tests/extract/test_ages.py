"""The ages an article gives its people and its descriptions, on invented sentences."""

from __future__ import annotations

import pytest

from graph.extract.ages import given_ages, loose_ages, stated_age
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
        # only the hyphenated adjective, with a word boundary before its digits
        ("the 1000-year-old temple", "the 1000-year-old temple", None),
        ("He was 37 years old when he left.", "He was 37 years old", None),
    ],
)
def test_a_phrase_states_an_age_within_it_or_between_commas_after_it(
    text: str, words: str, age: tuple[int, str] | None
) -> None:
    assert stated_age(text, _at(text, words)) == age


def test_the_article_gives_ages_after_and_before_names() -> None:
    text = "Tom Hill, 37, met 24-year-old Ann Lee and Bo Dunn in Kent."
    people = [Mention(_at(text, name), name, ActorKind.PERSON) for name in ("Tom Hill", "Ann Lee", "Bo Dunn")]
    assert given_ages(text, people) == {"tom hill": {(37, "year")}, "ann lee": {(24, "year")}}


def test_an_age_after_a_or_before_a_verb_is_given_to_no_name() -> None:
    text = "A 19-year-old met Tom Hill. The 30-year-old shot Ann Lee. Bo Dunn, 40, and Cy Roe, 52, left."
    people = [Mention(_at(text, name), name, ActorKind.PERSON) for name in ("Tom Hill", "Ann Lee", "Bo Dunn", "Cy Roe")]
    assert given_ages(text, people) == {"bo dunn": {(40, "year")}, "cy roe": {(52, "year")}}
    assert {age for _, age in loose_ages(text, people)} == {(19, "year"), (30, "year")}
