"""Periods of a year, lengths and weeks named by what they hold, valued as the TimeML 1.2.1 guidelines value them;
each on an invented phrase."""

from __future__ import annotations

import datetime as dt

import pytest

from graph.extract.timeml import resolve

THURSDAY = dt.date(2009, 10, 22)


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("the first two quarters of 2010", "2010-H1"),  # two quarters of a named year: its half
        ("the last two quarters of this year", "2009-H2"),
        ("the first two quarters", "P2Q"),  # of no year: a length
        ("2008's third quarter", "2008-Q3"),  # a year's quarter, the year with its possessive
        ("the first nine months of 2008", "P9M"),  # a stretch of a named year: its length
        ("the last six months of the year", "P6M"),
    ],
)
def test_parts_of_a_named_year(words: str, value: str) -> None:
    assert resolve(words, THURSDAY).value == value


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("the week of Oct. 5", "2009-W41"),  # the week holding the day
        ("Thanksgiving week", "2009-W48"),  # a month ahead: this year's
        ("Easter week", "2009-W15"),
        ("Tuesday week", "XXXX-XX-XX"),  # British "a week from Tuesday": no week of a holiday
    ],
)
def test_a_week_named_by_a_day_it_holds_is_that_week(words: str, value: str) -> None:
    assert resolve(words, THURSDAY).value == value


@pytest.mark.parametrize(
    ("words", "value"),
    [("a two day", "P2D"), ("a 30 day", "P30D"), ("a three-year", "P3Y"), ("the past year", "P1Y")],
)
def test_a_count_said_before_a_unit_as_its_adjective_is_a_length(words: str, value: str) -> None:
    """ "a two day rally", its article taken in: the length."""
    assert resolve(words, THURSDAY).value == value


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("fiscal 2010's first quarter", "2010-Q1"),  # a fiscal year's quarter: numbered as the company numbers it
        ("fiscal 2009 fourth quarter", "2009-Q4"),
        ("the day before yesterday", "2009-10-20"),
        ("the day after tomorrow", "2009-10-24"),
    ],
)
def test_fiscal_years_quarters_and_days_two_away(words: str, value: str) -> None:
    assert resolve(words, THURSDAY).value == value
