from __future__ import annotations

import datetime as dt

import pytest

from graph.extract.dates import normalise
from graph.model import Granularity, Span

MONDAY = dt.date(2022, 9, 12)


@pytest.mark.parametrize(
    ("text", "anchor", "value", "granularity", "start"),
    [
        ("just yesterday", MONDAY, "2022-09-11", Granularity.DAY, dt.date(2022, 9, 11)),
        ("today", MONDAY, "2022-09-12", Granularity.DAY, MONDAY),
        ("February 24th", MONDAY, "2022-02-24", Granularity.DAY, dt.date(2022, 2, 24)),
        ("February 24th", None, "XXXX-02-24", Granularity.DAY, None),
        ("Saturday", MONDAY, "2022-09-10", Granularity.DAY, dt.date(2022, 9, 10)),
        ("this weekend", MONDAY, "2022-W36-WE", Granularity.WEEK, dt.date(2022, 9, 10)),
        ("almost seven months ago", MONDAY, "2022-02", Granularity.MONTH, dt.date(2022, 2, 1)),
        ("September 2022", None, "2022-09", Granularity.MONTH, dt.date(2022, 9, 1)),
        ("2023", None, "2023", Granularity.YEAR, dt.date(2023, 1, 1)),
        ("the first six months", MONDAY, "P6M", Granularity.DURATION, None),
        ("few days", None, "PXD", Granularity.DURATION, None),
        ("yesterday", None, "XXXX-XX-XX", Granularity.UNKNOWN, None),
    ],
)
def test_normalise(
    text: str, anchor: dt.date | None, value: str, granularity: Granularity, start: dt.date | None
) -> None:
    time = normalise(text, Span(0, len(text)), anchor)
    assert (time.value, time.granularity, time.start) == (value, granularity, start)


def test_anchor_is_kept_only_for_relative_expressions() -> None:
    assert normalise("yesterday", Span(0, 9), MONDAY).anchor == MONDAY
    assert normalise("24 February 2022", Span(0, 16), MONDAY).anchor is None
