"""Time expressions: spaCy's DATE entities, normalised to TimeML values against the publication date.

:func:`normalise` is pure and handles what news writes and dateparser does not ("just yesterday", "this weekend",
"almost seven months ago", "few days"); everything else falls back to dateparser with the anchor as relative base.
Without an anchor, relative expressions keep an unresolved value (``XXXX-XX-XX``) rather than a guess.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from graph.model import Article, Granularity, Span, TimeExpr

if TYPE_CHECKING:
    from spacy.tokens import Doc

TIME_LABELS = frozenset({"DATE"})
NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
}  # fmt: skip
VAGUE_NUMBERS = frozenset({"few", "a few", "several", "some", "many", "couple of", "a couple of"})
UNITS = {"day": ("D", Granularity.DAY), "week": ("W", Granularity.WEEK), "month": ("M", Granularity.MONTH),
         "year": ("Y", Granularity.YEAR)}  # fmt: skip
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
NOT_TIMES = re.compile(r"\d+[- ]year[- ]old|\bage[ds]?\b", re.I)
"""DATE entities that are ages, not times."""
HEDGES = r"(?:just|only|almost|nearly|about|around|roughly|some|more than|over|less than|barely|the)\s+"

_AGO = re.compile(
    rf"^(?:{HEDGES})*(?P<n>\d+|[a-z]+(?: of)?(?: a)?)\s+(?P<unit>day|week|month|year)s?\s+(?:ago|earlier)$"
)
_DURATION = re.compile(
    rf"^(?:(?:for|in|over|within|during)\s+)?(?:{HEDGES})*(?:first\s+|last\s+|past\s+|next\s+)?"
    r"(?P<n>\d+|[a-z]+(?: of)?)\s+(?P<unit>day|week|month|year)s?$"
)
_WEEKDAY = re.compile(rf"^(?:on\s+)?(?P<rel>last|this|next|past)?\s*(?P<day>{'|'.join(WEEKDAYS)})$")
_WEEKEND = re.compile(r"^(?:(?P<rel>this|last|next|past)\s+)?weekend$")


def extract_times(doc: Doc, article: Article) -> Iterator[TimeExpr]:
    """Every DATE entity in the article's body, normalised against its publication date."""
    for ent in doc.ents:
        span = Span(ent.start_char, ent.end_char)
        if ent.label_ not in TIME_LABELS or not article.in_body(span) or NOT_TIMES.search(ent.text):
            continue
        yield normalise(ent.text, span, article.published)


def normalise(text: str, span: Span, anchor: dt.date | None) -> TimeExpr:
    """Resolve ``text`` to a TimeML value, granularity and [start, end] dates, relative to ``anchor``."""
    value, granularity, start, end = _resolve(_clean(text), anchor)
    relative = start is not None and not re.search(r"\b\d{4}\b", text)
    return TimeExpr(span, text, value, granularity, start, end, anchor if relative else None)


def _clean(text: str) -> str:
    text = text.lower().replace("’", "'").strip(" .,;:")
    text = re.sub(r"\s+", " ", text)
    return re.sub(r"^(?:just|only|on|as of|since|until|by)\s+", "", text)


Resolved = tuple[str, Granularity, dt.date | None, dt.date | None]
UNRESOLVED: Resolved = ("XXXX-XX-XX", Granularity.UNKNOWN, None, None)


def _resolve(text: str, anchor: dt.date | None) -> Resolved:
    for rule in (_deictic, _weekday, _weekend, _ago, _duration):
        found = rule(text, anchor)
        if found is not None:
            return found
    return _dateparser(text, anchor)


def _day(date: dt.date) -> Resolved:
    return date.isoformat(), Granularity.DAY, date, date


def _deictic(text: str, anchor: dt.date | None) -> Resolved | None:
    shift = {"today": 0, "tonight": 0, "now": 0, "yesterday": -1, "tomorrow": 1}.get(text)
    if shift is None:
        return None
    return UNRESOLVED if anchor is None else _day(anchor + dt.timedelta(days=shift))


def _weekday(text: str, anchor: dt.date | None) -> Resolved | None:
    found = _WEEKDAY.match(text)
    if not found:
        return None
    if anchor is None:
        return UNRESOLVED
    target = WEEKDAYS.index(found.group("day"))
    if found.group("rel") == "next":
        return _day(anchor + dt.timedelta(days=(target - anchor.weekday() - 1) % 7 + 1))
    # News reports the past: a bare weekday is the most recent one on or before the publication date.
    return _day(anchor - dt.timedelta(days=(anchor.weekday() - target) % 7))


def _weekend(text: str, anchor: dt.date | None) -> Resolved | None:
    found = _WEEKEND.match(text)
    if not found:
        return None
    if anchor is None:
        return "XXXX-WXX-WE", Granularity.UNKNOWN, None, None
    rel = found.group("rel") or "this"
    saturday = anchor + dt.timedelta(days=5 - anchor.weekday())
    if rel in {"last", "past"} or (rel == "this" and anchor.weekday() <= 1):
        saturday -= dt.timedelta(days=7)  # early in the week, "this weekend" is the one just gone
    elif rel == "next":
        saturday += dt.timedelta(days=7)
    year, week, _ = saturday.isocalendar()
    return f"{year}-W{week:02d}-WE", Granularity.WEEK, saturday, saturday + dt.timedelta(days=1)


def _count(word: str) -> int | None:
    word = word.strip()
    if word.isdigit():
        return int(word)
    return NUMBERS.get(word.removesuffix(" of").removesuffix(" a"))


def _ago(text: str, anchor: dt.date | None) -> Resolved | None:
    found = _AGO.match(text)
    if not found:
        return None
    n, granularity = _count(found.group("n")), UNITS[found.group("unit")][1]
    if n is None or anchor is None:
        return UNRESOLVED
    if granularity is Granularity.DAY:
        return _day(anchor - dt.timedelta(days=n))
    if granularity is Granularity.WEEK:
        monday = anchor - dt.timedelta(days=anchor.weekday() + 7 * n)
        year, week, _ = monday.isocalendar()
        return f"{year}-W{week:02d}", granularity, monday, monday + dt.timedelta(days=6)
    if granularity is Granularity.MONTH:
        month_index = anchor.year * 12 + anchor.month - 1 - n
        first = dt.date(month_index // 12, month_index % 12 + 1, 1)
        return f"{first:%Y-%m}", granularity, first, _month_end(first)
    year = anchor.year - n
    return str(year), granularity, dt.date(year, 1, 1), dt.date(year, 12, 31)


def _duration(text: str, anchor: dt.date | None) -> Resolved | None:
    found = _DURATION.match(text)
    if not found:
        return None
    word = found.group("n")
    n = _count(word)
    if n is None and word.removesuffix(" of") not in VAGUE_NUMBERS:
        return None
    letter = UNITS[found.group("unit")][0]
    return f"P{n if n is not None else 'X'}{letter}", Granularity.DURATION, None, None


def _month_end(first: dt.date) -> dt.date:
    following = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
    return following - dt.timedelta(days=1)


@functools.lru_cache(maxsize=4096)
def _dateparser(text: str, anchor: dt.date | None) -> Resolved:
    base = dt.datetime.combine(anchor, dt.time()) if anchor else dt.datetime(1900, 1, 1)
    data = _parser(base).get_date_data(re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", text))
    if data.date_obj is None:
        return UNRESOLVED
    date = data.date_obj.date()
    has_year = bool(re.search(r"\b\d{4}\b", text))
    if anchor is None and not has_year:
        if data.period == "day" and re.search(r"\d", text):
            return f"XXXX-{date:%m-%d}", Granularity.DAY, None, None
        return UNRESOLVED
    if data.period == "year":
        return str(date.year), Granularity.YEAR, dt.date(date.year, 1, 1), dt.date(date.year, 12, 31)
    if data.period == "month":
        first = date.replace(day=1)
        return f"{first:%Y-%m}", Granularity.MONTH, first, _month_end(first)
    if data.period == "week":
        monday = date - dt.timedelta(days=date.weekday())
        year, week, _ = monday.isocalendar()
        return f"{year}-W{week:02d}", Granularity.WEEK, monday, monday + dt.timedelta(days=6)
    return _day(date)


@functools.lru_cache(maxsize=64)
def _parser(base: dt.datetime) -> Any:
    from dateparser.date import DateDataParser

    return DateDataParser(languages=["en"], settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"})
