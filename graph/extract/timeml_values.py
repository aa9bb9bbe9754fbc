"""TimeML values and the calendar arithmetic behind them: a day, a week, a month, a quarter, a decade as values with
their first and last days, and the choice between the same date in neighbouring years."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from enum import StrEnum
from typing import NamedTuple

from graph.model import Granularity


class Tense(StrEnum):
    """Where the sentence puts an expression relative to the anchor; it picks the year of "October 25"."""

    PAST = "past"
    PRESENT = "present"
    FUTURE = "future"


class Resolved(NamedTuple):
    value: str
    granularity: Granularity
    start: dt.date | None = None
    end: dt.date | None = None
    relative: bool = False
    """Whether the anchor was used: "yesterday" is relative, "24 February 2022" is not."""
    length: str | None = None
    """The length counted from the anchor to the date, as a TimeML duration ("two years ago": ``P2Y``); None when the
    words count no length."""


UNRESOLVED = Resolved("XXXX-XX-XX", Granularity.UNKNOWN)
YEAR = r"(?:1[5-9]|20)\d\d"
"""A year written in four digits, 1500 to 2099: what news dates in digits; a bare number outside it is a count."""
STEPS = {"last": -1, "previous": -1, "prior": -1, "latest": -1, "next": 1, "following": 1, "coming": 1}
"""A word naming a unit by its relation to the anchor's own ("last year", "the following week"): units on from it."""
Rule = Callable[[str, dt.date | None, Tense | None], Resolved | None]
"""A rule reads cleaned words against an anchor and a tense; None when the words are not its kind."""


def day(date: dt.date, relative: bool = True, time: str = "") -> Resolved:
    return Resolved(date.isoformat() + time, Granularity.DAY, date, date, relative)


def month(year: int, month: int, relative: bool = True) -> Resolved:
    first = dt.date(year, month, 1)
    return Resolved(f"{first:%Y-%m}", Granularity.MONTH, first, month_end(year, month), relative)


def year(year: int, relative: bool = True) -> Resolved:
    return Resolved(f"{year:04d}", Granularity.YEAR, dt.date(year, 1, 1), dt.date(year, 12, 31), relative)


def unit_holding(day_: dt.date, granularity: Granularity) -> Resolved:
    """The day, week, month or year that holds ``day_``."""
    if granularity is Granularity.WEEK:
        return week(day_)
    if granularity is Granularity.MONTH:
        return month(day_.year, day_.month)
    if granularity is Granularity.YEAR:
        return year(day_.year)
    return day(day_)


def week(day: dt.date, relative: bool = True) -> Resolved:
    monday = day - dt.timedelta(days=day.weekday())
    year, week = week_number(monday)
    return Resolved(f"{year}-W{week:02d}", Granularity.WEEK, monday, monday + dt.timedelta(days=6), relative)


def week_number(day: dt.date) -> tuple[int, int]:
    """The ISO 8601 year and number of the Monday-to-Sunday week holding ``day``, as TimeML values use them.

    MEANTIME's gold numbers weeks from the week holding January 1 instead, which differs by one in years that begin on
    a Friday, Saturday or Sunday; we keep the standard, so that other tools read our week values right.
    """
    year, week, _ = day.isocalendar()
    return year, week


def quarter(year: int, quarter: int, half: bool = False, relative: bool = True) -> Resolved:
    months = 6 if half else 3
    first = (quarter - 1) * months + 1
    value = f"{year}-{'H' if half else 'Q'}{quarter}"
    return Resolved(value, Granularity.UNKNOWN, dt.date(year, first, 1), month_end(year, first + months - 1), relative)


def previous_quarter(anchor: dt.date) -> Resolved:
    """The quarter before the one holding ``anchor``: the quarter a company reports on."""
    year, month_ = shift_month(anchor, -3)
    return quarter(year, (month_ - 1) // 3 + 1)


def decade(decade: int, relative: bool = True) -> Resolved:
    start, end = dt.date(decade * 10, 1, 1), dt.date(decade * 10 + 9, 12, 31)
    return Resolved(f"{decade:03d}", Granularity.UNKNOWN, start, end, relative)


def century(century: int, relative: bool = True) -> Resolved:
    """The hundred years whose TimeML value is ``century`` (``19``: 1900 to 1999); the first starts in year 1."""
    start = dt.date(max(century * 100, 1), 1, 1)
    return Resolved(f"{century:02d}", Granularity.UNKNOWN, start, dt.date(century * 100 + 99, 12, 31), relative)


def unit_from(anchor: dt.date, unit: str, step: int) -> Resolved:
    """The day, week, month, quarter, decade, century or year ``step`` units on from the one holding ``anchor`` (back,
    for a negative ``step``)."""
    if unit == "day":
        return day(anchor + dt.timedelta(days=step))
    if unit == "week":
        return week(anchor + dt.timedelta(weeks=step))
    if unit == "month":
        return month(*shift_month(anchor, step))
    if unit == "quarter":
        year_, month_ = shift_month(anchor, 3 * step)
        return quarter(year_, (month_ - 1) // 3 + 1)
    if unit == "decade":
        return decade(anchor.year // 10 + step)
    if unit == "century":
        return century(anchor.year // 100 + step)
    return year(anchor.year + step)


def month_end(year: int, month: int) -> dt.date:
    return dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)


def shift_month(day: dt.date, months: int) -> tuple[int, int]:
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


PRESENT_REACH = 3
"""How many months back a date told in the present tense may lie ("October sales are up", told in January)."""


def nearest(options: list[Resolved], anchor: dt.date, tense: Tense | None) -> Resolved:
    """Of the same expression in neighbouring years, the one the tense points to, nearest the anchor.

    The tense sides with the anchor's month, not its day, as TimeML annotators read news: "the vote was set for Nov.
    10", told on Nov. 2, is that Nov. 10, not last year's; "was due by Jan. 14", told on Jan. 15, is this Jan. 14.
    """
    dated = [o for o in options if o.start is not None and o.end is not None]
    dated = [o for o in dated if _on_told_side(o, anchor, tense)] or dated

    def distance(o: Resolved) -> int:
        assert o.start is not None and o.end is not None
        # News mostly reports the past: with no tense to go by, a date ahead counts twice as far as one behind.
        return max(2 * (o.start - anchor).days, (anchor - o.end).days, 0)

    return min(dated, key=distance)


def _on_told_side(option: Resolved, anchor: dt.date, tense: Tense | None) -> bool:
    """Whether a dated ``option`` lies where the tense puts it: begun by the end of the anchor's month for the past,
    not over before its start for the future, not over before :data:`PRESENT_REACH` months back for the present
    ("the law takes effect in October": a time long gone is not told in the present)."""
    assert option.start is not None and option.end is not None
    if tense is Tense.PAST:
        return option.start <= month_end(anchor.year, anchor.month)
    if tense is Tense.FUTURE:
        return option.end >= anchor.replace(day=1)
    if tense is Tense.PRESENT:
        return option.end >= dt.date(*shift_month(anchor, -PRESENT_REACH), 1)
    return True


def timeml_type(value: str) -> str:
    """The TimeML type a value implies: DURATION (``P3Y``, ``PT5H``), TIME (``2008-03-01T10:00``), else DATE."""
    if re.match(r"^PT?[\dX]", value):
        return "DURATION"
    if re.match(r"^[\dX]{4}-[^T]*T", value):
        return "TIME"
    return "DATE"
