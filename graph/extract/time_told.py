"""Times read against what the text told before them rather than the anchor: a unit named back ("that year", "later
that day") or from the time last given ("the following year", "the previous Friday", "the next day"), "the day" set
beside a date, "the morning" after a day, and "a year earlier" after a reported quarter.

Helpers of :class:`graph.extract.dates._Told`, which keeps the times these lean on in document order.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from graph.extract import timeml_values as values
from graph.extract.time_tense import future_in_the_past, looked_ahead_to
from graph.extract.timeml import UNRESOLVED, resolve
from graph.extract.timeml_days import PARTS_OF_DAY, WEEKDAYS
from graph.extract.timeml_rules import SEASONS
from graph.extract.timeml_values import Resolved, Tense
from graph.model import Granularity, Span, TimeExpr

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan

NAMED_BACK = re.compile(
    r"(?:(?:earlier|later|early|late) )?(?:that|the same|all(?= day)) (?P<unit>day|week|month|year)|"
    r"the (?P<rel>following|previous|prior) (?P<step_unit>day|week|month|year)|"
    r"the next (?P<next_unit>day|week|month|year)|"
    r"the (?P<side_unit>day|week|month|year) (?P<side>before|after|earlier|later)",
    re.I,
)
"""A unit named back ("that year", "later that day", "the same day", "all day", not "all year"): the one holding the
time the text last gave, not the anchor's; one named from it ("the following year", "the previous day", "the next
month", "the day before", "the week after", "the year earlier"): the unit before or after that one (after a reported
period, "the year earlier" is the same period a year before: :data:`YEAR_BEFORE`)."""
LENGTH_BEFORE = frozenset({"over", "for", "within", "during", "throughout", "through", "in"})
"""Words before "the next week" that make it a stretch from now ("over the next week", "in the next month"), not the
week after a time the text gave ("was rebuilt the next week")."""
SEASON_NAMED_BACK = re.compile(
    r"(?:(?:early|late) )?(?:that|the same|the (?P<rel>following|next|previous|prior)) "
    rf"(?P<season>{'|'.join(SEASONS)})",
    re.I,
)
"""A season named back ("that summer") or from the time the text last gave ("the following spring", "the previous
winter"): of that time's year, or the first such season after it or the last before it."""
PART_NAMED_BACK = re.compile(
    r"the (?P<the>morning|afternoon|evening)|"
    r"(?:(?:earlier|later|early|late) )?(?:that|the same|all) (?P<that>morning|afternoon|evening|night)|"
    r"the (?P<rel>following|next|previous|prior) (?P<step>morning|afternoon|evening|night)"
)
"""A part of a day named with "the", "that" ("later that night") or "all": of the day the text last gave; with "the
following" or "the previous": of the day after or before it."""
CLOCK_VALUE = re.compile(r"T\d")
"""A value with a clock time ("2009-11-08T22:15"), not only a part of a day."""
WEEKDAY_FROM = re.compile(rf"the (?P<rel>previous|prior|following) (?P<day>{'|'.join(WEEKDAYS)})", re.I)
"""A weekday named from the day the text last gave ("the previous Friday", "the following Monday")."""
_A_YEAR_BACK = r"(?:(?:of )?(?:the )?(?:last|previous|prior) year|a year (?:ago|earlier|before))"
YEAR_BEFORE = re.compile(
    r"(?:a|one) year (?:ago|earlier|before)|(?:the )?(?:comparable |corresponding )?year[- ](?:ago|earlier)"
    rf"(?: period| quarter| half)?|the (?:comparable|corresponding) (?:period|quarter)(?: {_A_YEAR_BACK})?|"
    rf"the same (?:period|quarter) {_A_YEAR_BACK}",
    re.I,
)
"""Words naming the period a year before the one reported: "a year earlier", "the year-ago period", "the year-earlier
quarter", "the comparable period", "the same quarter last year"."""
QUARTER_NAMED_BACK = re.compile(r"(?:that|the same|the (?P<before>previous|prior|preceding)) (?:quarter|half)", re.I)
"""A quarter or half named back ("that quarter", "the same quarter"): the one the text last gave; or the one before it
("the previous quarter", "the preceding half")."""
LATEST_PERIOD = re.compile(r"the (?:latest|current) period", re.I)
"""The period just reported ("the latest period"): the quarter the text reported."""
UNIT_SIDES = {"before": -1, "earlier": -1, "after": 1, "later": 1}
"""After "the day", "the week": the side of the time the text gave it lies on ("the day before", "the week after")."""
STEP_FROM = {word: values.STEPS[word] for word in ("following", "next", "previous", "prior")} | UNIT_SIDES
"""The step of a unit, season or part of a day named from the time the text last gave: "the following", "the next"
one after it, "the previous", "the prior" one before it; so "the day after", "the week before"."""
COARSER_THAN_DAY = frozenset({Granularity.WEEK, Granularity.MONTH, Granularity.YEAR})
CALENDAR_UNITS = (Granularity.DAY, Granularity.WEEK, Granularity.MONTH, Granularity.YEAR)
"""Finest first: a time the text gave can be named back by its own unit or a coarser one."""


def leans_on_text(text: str) -> bool:
    """Whether words are read against a time the text gave rather than the anchor ("that day", "a year earlier")."""
    text = text.strip()
    patterns = (NAMED_BACK, WEEKDAY_FROM, YEAR_BEFORE, QUARTER_NAMED_BACK, SEASON_NAMED_BACK)
    return any(p.fullmatch(text) for p in patterns)


def named_back(
    words: SpacySpan, span: Span, last: TimeExpr | None, anchor: dt.date | None = None, tense: Tense | None = None
) -> TimeExpr | None:
    """ "that day", "the same year", "the next month", "the following spring": the unit holding the time the text
    last gave, when that time is as fine, or the one after or before it; "the next week" told in the future (its
    clause's ``tense``) after a time over by the ``anchor``, the week after the anchor's."""
    text = words.text
    weekday = _weekday_from(text, span, last) or _season_named_back(text, span, last)
    if weekday is not None:
        return weekday
    found = NAMED_BACK.fullmatch(text.strip())
    if found is None or last is None or last.start is None:
        return None
    word = next(found.group(g) for g in ("unit", "step_unit", "next_unit", "side_unit") if found.group(g)).lower()
    from_next = bool(found.group("next_unit")) and word != "day"  # "the next day" stays the day after the time given
    before = words.doc[words.start - 1].text.lower() if words.start > 0 else ""
    if from_next and before in LENGTH_BEFORE:
        return None  # "over the next month": a length from now
    if from_next and anchor is not None and _ahead_of_a_time_gone(words, last, anchor, tense):
        held = values.unit_from(anchor, word, 1)  # "burned on March 2 ... will vote the next week": from the anchor
        return TimeExpr(span, text, held.value, held.granularity, held.start, held.end, anchor)
    unit = Granularity(word)
    step = STEP_FROM.get((found.group("rel") or found.group("side") or "").lower(), 0)
    if CALENDAR_UNITS.index(last.granularity) > CALENDAR_UNITS.index(unit):
        stepped = step or found.group("next_unit")  # "In 1912 ... the day before": a day the text never gave
        return _unresolved(text, span, last) if stepped else None  # "2007 ... that day": no day to name back
    held = values.unit_from(last.start, word, 1 if found.group("next_unit") else step)
    return TimeExpr(span, text, held.value, held.granularity, held.start, held.end, last.anchor)


def _unresolved(text: str, span: Span, last: TimeExpr) -> TimeExpr:
    """A day, week or month named from a time the text gave only coarser ("In 1912 ... the day before"): unresolved,
    not counted from the anchor."""
    return TimeExpr(span, text, UNRESOLVED.value, Granularity.UNKNOWN, None, None, last.anchor)


def _ahead_of_a_time_gone(words: SpacySpan, last: TimeExpr, anchor: dt.date, tense: Tense | None) -> bool:
    """Whether "the next week" is told in the future or a present modal ("will vote the next week") after a time the
    text gave that is over by the ``anchor``: the next one after the anchor, not after that time. A past modal ("said
    she would leave the next week") looks ahead from that time, not from the anchor."""
    gone = last.end or last.start
    ahead = tense is Tense.FUTURE and not future_in_the_past(words)
    return ahead and gone is not None and gone < anchor


def quarter_named_back(text: str, span: Span, told: TimeExpr | None) -> TimeExpr | None:
    """ "that quarter", "the same half": the quarter or half the text last gave, when it gave one of that kind; "the
    previous quarter" after it ("First-quarter revenue rose 7% from the previous quarter"): the one before."""
    found = QUARTER_NAMED_BACK.fullmatch(text.strip())
    if (
        found is None
        or told is None
        or told.start is None
        or told.value[-2] != ("H" if text.strip().endswith("half") else "Q")
    ):
        return None
    if not found.group("before"):
        return replace(told, span=span, text=text)
    half = told.value[-2] == "H"
    year, month = values.shift_month(told.start, -6 if half else -3)
    held = values.quarter(year, (month - 1) // (6 if half else 3) + 1, half=half)
    return TimeExpr(span, text, held.value, held.granularity, held.start, held.end, told.anchor)


def apposed(words: SpacySpan, span: Span, last: TimeExpr | None) -> TimeExpr | None:
    """ "Oct. 12, the day before the crash": "the day" set beside a date just given is that date; "the morning" after
    a day the text gave ("dashed Friday ... in the morning") is that day's; "that night" after a time coarser than a
    day ("arrived in March 2009. That night ...") is of a day the text does not name; one after a clock time of a day
    ("at 10:15 p.m. Sunday ... later that night") of that day."""
    if last is not None and last.start is not None and last.granularity in COARSER_THAN_DAY:
        return _part_of_a_day_unnamed(words, span, last)
    if last is None or last.start is None or last.granularity is not Granularity.DAY:
        return None
    timed = "T" in last.value
    text = words.text.lower()
    comma = words.doc[words.start - 1] if words.start > 0 else None
    beside = comma is not None and comma.text == "," and not words.doc.text[last.span.end : comma.idx].strip()
    if text == "the day" and beside and not timed:
        return TimeExpr(span, words.text, last.value, last.granularity, last.start, last.end, last.anchor)
    part = PART_NAMED_BACK.fullmatch(text)
    if part is None or (timed and (part.group("the") or not CLOCK_VALUE.search(last.value))):
        return None  # "Friday morning ... the evening", "at 9 p.m. ... in the morning": left to the anchor's reading
    shift = STEP_FROM.get(part.group("rel") or "", 0)
    word = part.group("the") or part.group("that") or part.group("step")
    held = values.day(last.start + dt.timedelta(days=shift), time=f"T{PARTS_OF_DAY[word]}")
    return TimeExpr(span, words.text, held.value, held.granularity, held.start, held.end, last.anchor)


def _part_of_a_day_unnamed(words: SpacySpan, span: Span, last: TimeExpr) -> TimeExpr | None:
    """ "that night", "the following morning" after a month or a year the text gave: a part of some day in it, not of
    the anchor's day (``XXXX-XX-XXTNI``)."""
    part = PART_NAMED_BACK.fullmatch(words.text.lower())
    if part is None or part.group("the"):
        return None  # "the morning" alone is left to the anchor's reading
    word = part.group("that") or part.group("step")
    value = f"XXXX-XX-XXT{PARTS_OF_DAY[word]}"
    return TimeExpr(span, words.text, value, Granularity.UNKNOWN, None, None, last.anchor)


def _season_named_back(text: str, span: Span, last: TimeExpr | None) -> TimeExpr | None:
    """ "that summer": the summer of the year of the time the text last gave; "the following spring": the first spring
    after it; "the previous winter": the last winter over before it."""
    found = SEASON_NAMED_BACK.fullmatch(text.strip())
    if found is None or last is None or last.start is None:
        return None
    season, rel = found.group("season").lower(), (found.group("rel") or "").lower()
    step = STEP_FROM.get(rel, 0)
    if not step or last.granularity is Granularity.YEAR:  # "in 2009 ... the previous winter": 2008's
        held = resolve(f"{season} {last.start.year + step}", None, None)
    elif step > 0:
        held = resolve(f"next {season}", last.end or last.start, None)
    else:
        held = resolve(f"last {season}", last.start, None)
    return TimeExpr(span, text, held.value, held.granularity, held.start, held.end, last.anchor)


def _weekday_from(text: str, span: Span, last: TimeExpr | None) -> TimeExpr | None:
    """ "the previous Friday": the Friday before the day the text last gave ("the following Monday": after it)."""
    weekday = WEEKDAY_FROM.fullmatch(text.strip())
    if weekday is None or last is None or last.start is None:
        return None
    if last.granularity is not Granularity.DAY:  # "In 1912 ... the following Saturday": that Saturday is unknown
        day = WEEKDAYS.index(weekday.group("day").lower()) + 1
        return TimeExpr(span, text, f"XXXX-WXX-{day}", Granularity.UNKNOWN, None, None, last.anchor)
    target = WEEKDAYS.index(weekday.group("day").lower())
    if weekday.group("rel").lower() == "following":
        held = values.day(_weekday_after(last.start, target))
    else:
        held = values.day(last.start - dt.timedelta(days=(last.start.weekday() - target) % 7 or 7))
    return TimeExpr(span, text, held.value, held.granularity, held.start, held.end, last.anchor)


COUNTED_EARLIER = re.compile(r"\S.* (?:day|week|month|year|decade|centur(?:y|ies))s? earlier", re.I)
"""A count of units back ("a day earlier", "two years earlier", "a decade earlier"), not "earlier this year"."""
COMPARED_WITH = frozenset({"from", "with", "than", "over", "versus", "vs", "vs."})
"""Words before "a year earlier" that compare a figure with the one before ("up from $10 million a year earlier")."""
OPEN_SIDES = frozenset({"since", "until", "till"})
"""Words before a time that only bound a stretch ("the lowest since 2001"), no time the story tells of."""
COMPARED_REACH = 5
"""How many words before "a year earlier" a word of comparison may stand ("up from $1.8 billion a year earlier")."""


def counted_back(
    words: SpacySpan, span: Span, last: TimeExpr | None, latest: Span | None, tense: Tense | None
) -> TimeExpr | None:
    """ "a day earlier", "a decade earlier": counted back from the time the text gave last, when it is the latest
    expression told (``latest``: no decade or length came between) and lies in its sentence or the one before
    ("resigned on Monday; a day earlier she had denied it" is the Sunday; "collapsed in 2008. A decade earlier" is
    1998), as news counts a story's times from one another. A time an aside gives ("the company, founded in 1987,
    …", "which collapsed in 2008") tells no time of the story; a figure compared with the one before ("rose 5% from a
    year earlier") counts from a time of its own sentence only ("Last year it recorded 60, up from 52 a year
    earlier"). Else the expression counts from the anchor."""
    if last is None or last.start is None or last.span != latest or not COUNTED_EARLIER.fullmatch(words.text.strip()):
        return None
    doc = words.doc
    told = doc.char_span(last.span.start, last.span.end, alignment_mode="expand")
    if told is None or _in_an_aside(told) or (told.start > 0 and doc[told.start - 1].text.lower() in OPEN_SIDES):
        return None  # "the lowest since 2001. A year earlier": no time of the story
    sentence = words.sent
    near = sentence.start if sentence.start == 0 or _compares(words) else doc[sentence.start - 1].sent.start
    if last.span.start < doc[near].idx:
        return None
    found = resolve(words.text, last.start, tense)
    if found.start is None or not found.relative:
        return None
    return TimeExpr(span, words.text, found.value, found.granularity, found.start, found.end, last.anchor)


def _in_an_aside(words: SpacySpan) -> bool:
    """Whether a time is told in a clause that describes a noun ("the company, founded in 1987", "the bank, which
    collapsed in 2008") or in an apposition, not in the story's own telling."""
    token = words.root
    for _ in range(6):
        if token.dep_ in {"acl", "relcl", "appos"}:
            return True
        if token.head.i == token.i:
            return False
        token = token.head
    return False


def _compares(words: SpacySpan) -> bool:
    """Whether "a year earlier" compares a figure with the one before: "from", "with", "than" a few words before it
    in its clause ("up from $10 million a year earlier", "compared with a year earlier")."""
    doc = words.doc
    for token in reversed(doc[max(words.sent.start, words.start - COMPARED_REACH) : words.start]):
        if token.is_punct and token.text not in {"$", "%"}:
            return False
        if token.text.lower() in COMPARED_WITH:
            return True
    return False


def year_before(text: str, span: Span, reported: TimeExpr | None) -> TimeExpr | None:
    """ "a year earlier", "the year-ago period" after a reported period (see :func:`reported`): the same quarter, half
    or year a year before (results are compared with the same period of the year before)."""
    if reported is None or reported.start is None or not YEAR_BEFORE.fullmatch(text.strip()):
        return None
    year = reported.start.year - 1
    if reported.granularity is Granularity.YEAR and re.search(r"(?:quarter|half)$", text.strip()):
        return None  # "the year-earlier quarter" after a year's results: no quarter to name back
    if reported.granularity is Granularity.YEAR:
        held = values.year(year)
    else:
        half = reported.value[-2] == "H"
        held = values.quarter(year, (reported.start.month - 1) // (6 if half else 3) + 1, half=half)
    return TimeExpr(span, text, held.value, held.granularity, held.start, held.end, reported.anchor)


PART_OF_YEAR = re.compile(r"\d{4}-[QH][1-4]")
MONTHS_OF_YEAR = re.compile(r"P(?:[1-9]|1[01])M")
"""A stretch of months shorter than a year ("the nine months", "the first six months")."""
COMPARED = re.compile(r"year[- ]?(?:ago|earlier)", re.I)
"""Words of a period compared with ("the year-ago quarter"): not the period a later "a year earlier" leans on."""


def reported(
    time: TimeExpr, text: str, before: TimeExpr | None, dateline: dt.date | None, tense: Tense | None = None
) -> TimeExpr | None:
    """The period a later "a year earlier" compares with, once ``time`` is told after ``before``.

    A quarter or half the text reports on is that period. One that begins after the dateline, or is not yet over
    and told in the future ("expects growth to continue into the fourth quarter"), is a forecast, not a result; one
    said as the comparison ("the year-ago quarter") is no new report: both leave ``before``. A stretch of months of a
    year ("in the first nine months") has no TimeML value of its own, so the year it lies in (the reported
    quarter's, else the dateline's) stands for it: "up 4% from a year earlier" after it is the year before.
    """
    if COMPARED.search(text):
        return before
    if PART_OF_YEAR.fullmatch(time.value) and time.start is not None:
        ahead = dateline is not None and (
            time.start > dateline or (time.end is not None and time.end > dateline and tense is Tense.FUTURE)
        )
        return before if ahead else time
    if not MONTHS_OF_YEAR.fullmatch(time.value):
        return before
    quarter = before.start if before is not None else values.previous_quarter(dateline).start if dateline else None
    if quarter is None:
        return before
    held = values.year(quarter.year)
    return TimeExpr(time.span, time.text, held.value, held.granularity, held.start, held.end, dateline)


ENDED = frozenset({"ended", "ending", "to"})
"""Words between a period and the day it ended on: "the year ended March 31", "the year to March" (British style)."""
BEGUN = frozenset({"beginning", "commencing", "starting"})
"""Words between a week and the day it began on, as British copy dates a week: "the week commencing 4 July"."""
QUARTER_WORDS = re.compile(r"(?:the )?(?:latest |last |most recent |fiscal |same )*quarter")
"""A quarter named by no number, which the date it ended on names ("the quarter ended July 31")."""


def ahead_of_a_day(words: SpacySpan, time: TimeExpr, last: TimeExpr | None, tense: Tense | None) -> TimeExpr:
    """A weekday looked ahead to in a clause told in the past after a day its sentence gave ("held rallies on Friday
    ahead of Sunday's vote"): the first such weekday after that day, not the last one before the anchor."""
    if tense is not Tense.PAST or time.start is None or time.granularity is not Granularity.DAY:
        return time
    if last is None or last.start is None or last.granularity is not Granularity.DAY or "T" in last.value:
        return time
    if last.span.start < words.sent.start_char or time.start > last.start or not looked_ahead_to(words):
        return time
    if words.text.lower() not in WEEKDAYS:
        return time
    held = values.day(_weekday_after(last.start, WEEKDAYS.index(words.text.lower())))
    return replace(time, value=held.value, start=held.start, end=held.end)


def _weekday_after(day: dt.date, target: int) -> dt.date:
    """The first day after ``day`` that falls on the weekday ``target`` (0 for Monday): a week on for the same
    weekday."""
    return day + dt.timedelta(days=(target - day.weekday()) % 7 or 7)


def period_ended(words: SpacySpan, time: TimeExpr, anchor: dt.date | None, tense: Tense | None) -> TimeExpr:
    """A year or a quarter told with the day it ended on: "the year ended March 31" or "the year to March" is a
    year's length up to then, not the calendar year; "the quarter ended July 31" is the calendar quarter holding most
    of the three months up to that day (``Q2``: May, June, July), as TimeML values a company's fiscal quarter; "the
    week ending 5 March" or "the week commencing 4 July" is the week holding that day."""
    doc, end = words.doc, words.end
    text = words.text.lower()
    if end < len(doc) and text == "the week" and doc[end].text.lower() in ENDED | BEGUN:
        return _week_of_day(words, time, anchor, tense)
    if end >= len(doc) or doc[end].text.lower() not in ENDED:
        return time
    if not (re.fullmatch(r"the (?:fiscal )?year", text) or QUARTER_WORDS.fullmatch(text)):
        return time
    ended = _day_ended(words, anchor, tense)
    if text.endswith("year") and (ended is not None or doc[end].text.lower() != "to"):
        return replace(time, value="P1Y", granularity=Granularity.DURATION, start=None, end=None, anchor=None)
    if ended is None or ended.granularity is not Granularity.DAY or ended.start is None:
        return time
    year, month = values.shift_month(ended.start, -1)  # the middle of the three months
    held = values.quarter(year, (month - 1) // 3 + 1)
    return replace(time, value=held.value, granularity=held.granularity, start=held.start, end=held.end)


def _week_of_day(words: SpacySpan, time: TimeExpr, anchor: dt.date | None, tense: Tense | None) -> TimeExpr:
    """ "the week ending 5 March", "the week to Friday", "the week beginning 18 April": the week holding that day."""
    day = _day_ended(words, anchor, tense)
    if day is None or day.granularity is not Granularity.DAY or day.start is None:
        return time
    held = values.week(day.start)
    return replace(time, value=held.value, granularity=held.granularity, start=held.start, end=held.end)


def _day_ended(words: SpacySpan, anchor: dt.date | None, tense: Tense | None) -> Resolved | None:
    """The day or month named after "ended" ("July 31, 1989", "July 31", "March"); None if none is."""
    doc, end = words.doc, words.end
    for last in range(min(end + 5, words.sent.end), end + 1, -1):
        found = resolve(doc[end + 1 : last].text, anchor, tense)
        if found.start is not None and found.granularity in {Granularity.DAY, Granularity.MONTH}:
            return found
    return None


def latest_period(text: str, span: Span, quarter: TimeExpr | None) -> TimeExpr | None:
    """ "the latest period" after a reported quarter: that quarter."""
    if quarter is None or quarter.start is None or not LATEST_PERIOD.fullmatch(text.strip()):
        return None
    return replace(quarter, span=span, text=text)


__all__ = [
    "CALENDAR_UNITS",
    "apposed",
    "latest_period",
    "leans_on_text",
    "named_back",
    "period_ended",
    "quarter_named_back",
    "reported",
    "year_before",
]
