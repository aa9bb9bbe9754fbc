"""Rules for days and times of day: today, yesterday, weekdays ("last Tuesday", "Friday morning"), parts of days
("this morning", "last night"), weekends and clock times ("18:00 UTC", "6:40 p.m.", "noon").

Leaf rules of :mod:`graph.extract.timeml_rules`, which lists them in the order they are tried.
"""

from __future__ import annotations

import datetime as dt
import re

from graph.extract import timeml_values as values
from graph.extract.timeml_values import UNRESOLVED, Resolved, Tense
from graph.model import Granularity

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
NAMED_HOURS = {"noon": 12, "midday": 12, "midnight": 24}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI", "dawn": "MO",
                "daybreak": "MO", "dusk": "EV", "nightfall": "EV"}  # fmt: skip
"""Parts of a day as TimeML writes them; dawn is of the morning, dusk of the evening ("at dawn Thursday")."""
DAY_SHIFTS = {"today": 0, "tonight": 0, "the day": 0, "that day": 0, "yesterday": -1, "tomorrow": 1,
              "the day before yesterday": -2, "the day after tomorrow": 2}  # fmt: skip
"""Days named from the anchor: days on from it."""

_WEEKDAY = re.compile(
    rf"^(?:(?:the\s+)?(?P<rel>last|this|next|past|coming|previous|following)\s+)?(?P<day>{'|'.join(WEEKDAYS)}|today|tonight|yesterday|tomorrow|"
    rf"the day before yesterday|the day after tomorrow|the day|that day)(?:\s+(?P<part>{'|'.join(PARTS_OF_DAY)}))?$"
)
_PART_OF_DAY = re.compile(
    r"^(?:(?P<rel>this|last|tomorrow|yesterday|that|the same|the following|the next|the previous)\s+|the\s+)?"
    rf"(?P<part>{'|'.join(PARTS_OF_DAY)})$"
)
PART_DAYS = {"this": "today", "that": "today", "the same": "today", None: "today", "last": "yesterday",
             "the previous": "yesterday", "the following": "tomorrow", "the next": "tomorrow"}  # fmt: skip
"""The day a part of the day is of, by the word before it ("last night": yesterday's; "the following morning", with
no day told before it: the anchor's next)."""
_WEEKEND = re.compile(
    r"^(?:the\s+)?(?:(?P<rel>this|last|next|past|coming)\s+|(?P<every>every|each)\s+)?weekend$|"
    r"^(?P<plural>weekends)$"
)
_HOURS_OF_ZONE = re.compile(
    r"^(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)\s*(?P<ampm>)(?:(?P<tz>utc|gmt)|(?:bst|cet|cest|eet|eest|msk|ist|jst|"
    r"aest|aedt|[ecmp][sd]t|et|ct|pt))$"
)
"""A 24-hour time without a colon, only with its zone ("1700 GMT", "1930 BST"): without one, four digits are a year.
Only UTC and GMT are written as TimeML's "Z"; another zone is not invented."""
_CLOCK = re.compile(
    r"^(?P<h>\d{1,2})(?:[:.](?P<m>\d{2}))?\s*(?P<ampm>[ap]\.?\s?m\.?)?(?:\s*(?P<tz>utc|gmt|z)\b)?"
    r"(?:\s*\(?\s*(?:[a-z]{2,4})?\s*[+-]?\d*\s*\)?)?$"
)


def deictic_day(words: str, anchor: dt.date | None, tense: Tense | None) -> Resolved | None:
    """Today, yesterday, weekdays ("last Tuesday", "Friday morning"), the day ("shares fell 3% on the day")."""
    words = re.sub(
        rf"^({'|'.join(PARTS_OF_DAY)}) ({'|'.join(WEEKDAYS)}|today|yesterday|tomorrow)$", r"\2 \1", words
    )  # "afternoon yesterday", "dawn Thursday"
    found = _WEEKDAY.match(words) or _PART_OF_DAY.match(words)
    if not found:
        return None
    day_word, rel, time = _named_day(found.groupdict())
    if anchor is None:
        if day_word in WEEKDAYS:
            return Resolved(f"XXXX-WXX-{WEEKDAYS.index(day_word) + 1}{time}", Granularity.UNKNOWN)
        return UNRESOLVED
    shift = DAY_SHIFTS.get(day_word or "")
    if shift is not None:
        return values.day(anchor + dt.timedelta(days=shift), time=time)
    return values.day(_weekday(WEEKDAYS.index(day_word or ""), rel, anchor, tense), time=time)


def _named_day(groups: dict[str, str | None]) -> tuple[str | None, str | None, str]:
    """The day word of a named day, its relation to the anchor ("last", "next", "this", or None) and its part of the
    day as a TimeML time ("TMO"; "" for the whole day)."""
    day_word, part = groups.get("day"), groups.get("part")
    rel = {"previous": "last", "following": "next"}.get(groups.get("rel") or "", groups.get("rel"))
    time = f"T{PARTS_OF_DAY[part]}" if part else ""
    if day_word is None:  # "this morning", "last night", "yesterday evening", "the morning"
        day_word = PART_DAYS.get(rel, rel)
        rel = None
    return day_word, rel, "TNI" if day_word == "tonight" else time


def _weekday(target: int, rel: str | None, anchor: dt.date, tense: Tense | None) -> dt.date:
    """The date of weekday ``target`` (0 for Monday) on the side of the anchor that ``rel`` or the tense points to."""
    if rel in {"next", "coming"}:
        return anchor + dt.timedelta(days=(target - anchor.weekday() - 1) % 7 + 1)
    if tense is Tense.FUTURE and rel not in {"last", "past"}:
        return anchor + dt.timedelta(days=(target - anchor.weekday()) % 7)  # "will vote Friday", told on a Friday
    if rel == "this":
        return anchor + dt.timedelta(days=target - anchor.weekday())
    ahead = (target - anchor.weekday()) % 7
    if tense is Tense.PRESENT and rel is None and 0 < ahead < (anchor.weekday() - target) % 7:
        return anchor + dt.timedelta(days=ahead)  # "expect a rebound on Thursday": the nearest
    # News reports the past: a bare weekday is the most recent one, the publication day included.
    back = (anchor.weekday() - target) % 7 or (7 if rel in {"last", "past"} else 0)
    return anchor - dt.timedelta(days=back)


def weekend(words: str, anchor: dt.date | None, tense: Tense | None) -> Resolved | None:
    """A weekend named from the anchor ("this weekend", "last weekend"); every weekend ("weekends") recurs."""
    found = _WEEKEND.match(words)
    if not found:
        return None
    if anchor is None or found.group("every") or found.group("plural"):
        return Resolved("XXXX-WXX-WE", Granularity.UNKNOWN)
    rel = found.group("rel")
    saturday = anchor + dt.timedelta(days=5 - anchor.weekday())  # of the anchor's week
    weekend_now = anchor.weekday() >= 5
    if rel in {"last", "past"}:
        saturday -= dt.timedelta(days=7)
    elif rel in {"next", "coming"} or tense is Tense.FUTURE:
        saturday += dt.timedelta(days=7 if anchor.weekday() == 6 else 0)
    elif not weekend_now and (tense is Tense.PAST or (tense is None and anchor.weekday() <= 1)):
        saturday -= dt.timedelta(days=7)  # said in the past tense, or early in the week: the one just gone
    year, week = values.week_number(saturday)
    return Resolved(f"{year}-W{week:02d}-WE", Granularity.WEEK, saturday, saturday + dt.timedelta(days=1), True)


def clock(words: str, anchor: dt.date | None, tense: Tense | None) -> Resolved | None:
    """A time of day ("18:00 UTC", "6:40 p.m.", "noon", "1700 GMT"; "12:50 a.m." is ten to one in the night), on the
    anchor: the day its sentence names, else publication."""
    found = _CLOCK.match(words) or _HOURS_OF_ZONE.match(words)
    zone = ""
    if words in NAMED_HOURS:
        hour, minute = NAMED_HOURS[words], 0
    elif found and (found.group("m") or found.group("ampm")):
        hour, minute = int(found.group("h")), int(found.group("m") or 0)
        ampm = found.group("ampm") or ""
        hour += 12 if ampm.startswith("p") and hour < 12 else -12 if ampm.startswith("a") and hour == 12 else 0
        zone = "Z" if found.group("tz") else ""
    else:
        return None
    if hour > 24 or minute > 59:
        return None
    if anchor is None:
        return Resolved(f"XXXX-XX-XXT{hour:02d}:{minute:02d}{zone}", Granularity.UNKNOWN)
    return values.day(anchor, time=f"T{hour:02d}:{minute:02d}{zone}")
