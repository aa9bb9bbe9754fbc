"""Time expressions counted from a publication date at either end of the calendar stay unresolved, never raise."""

from __future__ import annotations

import datetime as dt

import pytest

from graph.extract.timeml import UNRESOLVED, resolve


@pytest.mark.parametrize(
    ("words", "anchor"),
    [
        ("yesterday", dt.date(1, 1, 1)),
        ("last week", dt.date(1, 1, 3)),
        ("a year ago", dt.date(1, 6, 1)),
        ("last Monday", dt.date(1, 1, 1)),
        ("tomorrow", dt.date(9999, 12, 31)),
        ("next year", dt.date(9999, 12, 31)),
        ("next week", dt.date(9999, 12, 30)),
        ("July next year", dt.date(9999, 3, 1)),
    ],
)
def test_past_the_ends_of_the_calendar_is_unresolved(words: str, anchor: dt.date) -> None:
    assert resolve(words, anchor).value == UNRESOLVED.value


def test_inside_the_calendar_still_resolves() -> None:
    assert resolve("yesterday", dt.date(1, 1, 2)).value == "0001-01-01"
    assert resolve("today", dt.date(9999, 12, 31)).value == "9999-12-31"
