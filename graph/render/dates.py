"""Honest date labels for the page: a month reads "Sept 2022", never a made-up day.

A ``ng:TimeExpression`` carries a granularity, a TimeML value and (when it could be resolved) the first and last day
it covers. :func:`describe` turns those into a :class:`When`: the label a reader sees, and the interval the page sorts
and filters by. Nothing here reads RDF; :mod:`graph.render.model` passes the plain values in.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec")
EN_DASH = " \u2013 "
GRANULARITIES = ("day", "week", "month", "year", "duration", "unknown")

_YEAR = re.compile(r"^(\d{4})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})(-WE)?$")
_DECADE = re.compile(r"^(\d{3})$")
_CENTURY = re.compile(r"^(\d{2})$")
_PART_OF_YEAR = re.compile(r"^(\d{4})-(Q[1-4]|H[12]|SP|SU|FA|WI)$")
SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}


@dataclass(frozen=True, slots=True)
class When:
    """What the page shows of a time expression, and the days it covers (``None`` when it could not be resolved)."""

    label: str
    granularity: str
    start: dt.date | None
    end: dt.date | None
    text: str = ""
    value: str = ""
    estimated: bool = False
    """Placed against an undated article's estimated publication window, not stated."""
    basis: str = ""
    """Where a timeline date comes from (``ng:timelineBasis``): stated, published, estimated or undated; empty for a
    time expression read on its own."""

    @property
    def dated(self) -> bool:
        return self.start is not None

    def sort_key(self) -> tuple[dt.date, dt.date, str]:
        """Earliest first; a month sorts with its first day, before the days inside it; undated last."""
        far = dt.date.max
        return (self.start or far, self.end or self.start or far, self.label)


def period_label(value: str) -> str | None:
    """A TimeML value coarser than a year or between a month and a year, said as a reader says it: ``196`` "the
    1960s", ``19`` "the 1900s", ``2005-Q1`` "Q1 2005", ``2005-SU`` "summer 2005"; None for any other value."""
    value = value.strip()
    if m := _DECADE.match(value):
        return f"the {m[1]}0s"
    if m := _CENTURY.match(value):
        return f"the {m[1]}00s"
    if m := _PART_OF_YEAR.match(value):
        return f"{SEASONS.get(m[2], m[2])} {m[1]}"
    return None


def day_label(day: dt.date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def days_label(start: dt.date, end: dt.date) -> str:
    """A span of days, its year said once where both ends share it: "29 Aug – 26 Sept 2022"."""
    if start == end:
        return day_label(start)
    if start.year == end.year:
        return f"{start.day} {MONTHS[start.month - 1]}{EN_DASH}{day_label(end)}"
    return f"{day_label(start)}{EN_DASH}{day_label(end)}"


def month_label(day: dt.date) -> str:
    return f"{MONTHS[day.month - 1]} {day.year}"


def describe(
    granularity: str | None,
    start: dt.date | None = None,
    end: dt.date | None = None,
    text: str = "",
    value: str = "",
    estimated: bool = False,
) -> When:
    """The label and interval of one time expression, at the precision it was given and no finer.

    ``start`` may be missing where ``value`` still says it (``2022-09``); ``end`` defaults to the last day the
    granularity covers. An unknown granularity with no dates is undated and labelled with its own words.
    """
    grain = granularity if granularity in GRANULARITIES else ("day" if start else "unknown")
    if start is None:
        start = _start_from_value(grain, value)
    if start is None:
        return When(_words(text, value) or "undated", grain, None, None, text, value, estimated)
    if end is None or end < start:
        end = _last_day(grain, start, value)
    return When(_label(grain, start, end, text, value), grain, start, end, text, value, estimated)


def _label(grain: str, start: dt.date, end: dt.date, text: str, value: str) -> str:
    if grain == "day":
        return day_label(start)
    if grain == "week":
        prefix = "weekend of" if value.endswith("-WE") else "week of"
        return f"{prefix} {day_label(start)}"
    if grain == "month":
        return month_label(start)
    if grain == "year":
        return str(start.year)
    if grain == "unknown" and (period := period_label(value)):
        return period
    # duration or unknown: say it in the article's words, with the months it was resolved to
    span = month_label(start) if (start.year, start.month) == (end.year, end.month) else _month_span(start, end)
    words = _words(text, value)
    return f"{words} ({span})" if words else span


def _month_span(start: dt.date, end: dt.date) -> str:
    if start.year == end.year:
        return f"{MONTHS[start.month - 1]}{EN_DASH}{month_label(end)}"
    return f"{month_label(start)}{EN_DASH}{month_label(end)}"


def _words(text: str, value: str) -> str:
    return " ".join(text.split()) or value.strip()


def _last_day(grain: str, start: dt.date, value: str) -> dt.date:
    if grain == "week":
        return start + dt.timedelta(days=1 if value.strip().endswith("-WE") else 6)
    if grain == "month":
        return start.replace(day=calendar.monthrange(start.year, start.month)[1])
    if grain == "year":
        return dt.date(start.year, 12, 31)
    return start


def _start_from_value(grain: str, value: str) -> dt.date | None:
    value = value.strip()
    try:
        if grain == "day" and (m := _DAY.match(value)):
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        if grain == "month" and (m := _MONTH.match(value)):
            return dt.date(int(m[1]), int(m[2]), 1)
        if grain == "year" and (m := _YEAR.match(value)):
            return dt.date(int(m[1]), 1, 1)
        if grain == "week" and (m := _WEEK.match(value)):
            monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return monday + dt.timedelta(days=5) if m[3] else monday
    except ValueError:  # 2022-13, 2022-W60: a value the extractor got wrong is shown as words, not guessed at
        return None
    return None
