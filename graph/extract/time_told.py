"""Times read against what the text told before them rather than the anchor: a unit named back ("that year", "later
that day") or from the time last given ("the following year", "the previous Friday", "the next day"), "the day" set
beside a date, "the morning" after a day, and "a year earlier" after a reported quarter.

Helpers of :class:`graph.extract.dates._Told`, which keeps the times these lean on in document order.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from graph.extract import timeml_values as values
from graph.extract.timeml_days import PARTS_OF_DAY, WEEKDAYS
from graph.model import Granularity, Span, TimeExpr

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan

NAMED_BACK = re.compile(
    r"(?:(?:earlier|later|early|late) )?(?:that|the same) (?P<unit>day|week|month|year)|"
    r"the (?P<rel>following|previous|prior) (?P<step_unit>day|week|month|year)|the next (?P<next_unit>day)",
    re.I,
)
"""A unit named back ("that year", "later that day", "the same day"): the one holding the time the text last gave, not
the anchor's; one named from it ("the following year", "the previous day", "the next day"): the unit before or after
that one."""
PART_NAMED_BACK = re.compile(r"the (morning|afternoon|evening)")
"""A part of a day named with "the": of the day the text last gave."""
WEEKDAY_FROM = re.compile(rf"the (?P<rel>previous|prior|following) (?P<day>{'|'.join(WEEKDAYS)})", re.I)
"""A weekday named from the day the text last gave ("the previous Friday", "the following Monday")."""
YEAR_BEFORE = re.compile(
    r"(?:a|one) year (?:ago|earlier|before)|(?:the )?(?:comparable |corresponding )?year[- ](?:ago|earlier)"
    r"(?: period)?|the (?:same|corresponding|comparable) (?:period|quarter) (?:of )?"
    r"(?:(?:the )?(?:last|previous|prior) year|a year (?:ago|earlier|before))",
    re.I,
)
LATEST_PERIOD = re.compile(r"the (?:latest|current) period", re.I)
"""The period just reported ("the latest period"): the quarter the text reported."""
CALENDAR_UNITS = (Granularity.DAY, Granularity.WEEK, Granularity.MONTH, Granularity.YEAR)
"""Finest first: a time the text gave can be named back by its own unit or a coarser one."""


def leans_on_text(text: str) -> bool:
    """Whether words are read against a time the text gave rather than the anchor ("that day", "a year earlier")."""
    text = text.strip()
    return any(p.fullmatch(text) for p in (NAMED_BACK, WEEKDAY_FROM, YEAR_BEFORE))


def named_back(text: str, span: Span, last: TimeExpr | None) -> TimeExpr | None:
    """ "that day", "the same year": the unit holding the time the text last gave, when that time is as fine."""
    weekday = _weekday_from(text, span, last)
    if weekday is not None:
        return weekday
    found = NAMED_BACK.fullmatch(text.strip())
    if found is None or last is None or last.start is None:
        return None
    word = (found.group("unit") or found.group("step_unit") or found.group("next_unit")).lower()
    unit = Granularity(word)
    if CALENDAR_UNITS.index(last.granularity) > CALENDAR_UNITS.index(unit):
        return None  # "2007 ... that day": no day to name back
    step = {"following": 1, "previous": -1, "prior": -1}.get((found.group("rel") or "").lower(), 0)
    held = values.unit_from(last.start, word, 1 if found.group("next_unit") else step)
    return TimeExpr(span, text, held.value, held.granularity, held.start, held.end, last.anchor)


def apposed(words: SpacySpan, span: Span, last: TimeExpr | None) -> TimeExpr | None:
    """ "Oct. 12, the day before the crash": "the day" set beside a date just given is that date; "the morning" after
    a day the text gave ("dashed Friday ... in the morning") is that day's."""
    if last is None or last.start is None or last.granularity is not Granularity.DAY or "T" in last.value:
        return None
    text = words.text.lower()
    comma = words.doc[words.start - 1] if words.start > 0 else None
    beside = comma is not None and comma.text == "," and not words.doc.text[last.span.end : comma.idx].strip()
    if text == "the day" and beside:
        return TimeExpr(span, words.text, last.value, last.granularity, last.start, last.end, last.anchor)
    part = PART_NAMED_BACK.fullmatch(text)
    if part is None:
        return None
    held = values.day(last.start, time=f"T{PARTS_OF_DAY[part.group(1)]}")
    return TimeExpr(span, words.text, held.value, held.granularity, held.start, held.end, last.anchor)


def _weekday_from(text: str, span: Span, last: TimeExpr | None) -> TimeExpr | None:
    """ "the previous Friday": the Friday before the day the text last gave ("the following Monday": after it)."""
    weekday = WEEKDAY_FROM.fullmatch(text.strip())
    if weekday is None or last is None or last.start is None or last.granularity is not Granularity.DAY:
        return None
    target = WEEKDAYS.index(weekday.group("day").lower())
    back = weekday.group("rel").lower() != "following"
    gap = (last.start.weekday() - target) % 7 or 7 if back else (target - last.start.weekday()) % 7 or 7
    held = values.day(last.start + dt.timedelta(days=-gap if back else gap))
    return TimeExpr(span, text, held.value, held.granularity, held.start, held.end, last.anchor)


def year_before(text: str, span: Span, quarter: TimeExpr | None) -> TimeExpr | None:
    """ "a year earlier", "the year-ago period" after a quarter: the same quarter a year before (results are compared
    with the same quarter of the year before)."""
    if quarter is None or quarter.start is None or not YEAR_BEFORE.fullmatch(text.strip()):
        return None
    held = values.quarter(quarter.start.year - 1, (quarter.start.month - 1) // 3 + 1)
    return TimeExpr(span, text, held.value, held.granularity, held.start, held.end, quarter.anchor)


def latest_period(text: str, span: Span, quarter: TimeExpr | None) -> TimeExpr | None:
    """ "the latest period" after a reported quarter: that quarter."""
    if quarter is None or quarter.start is None or not LATEST_PERIOD.fullmatch(text.strip()):
        return None
    return TimeExpr(span, text, quarter.value, quarter.granularity, quarter.start, quarter.end, quarter.anchor)


__all__ = ["CALENDAR_UNITS", "apposed", "latest_period", "leans_on_text", "named_back", "year_before"]
