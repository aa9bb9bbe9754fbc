"""Rules for months and quarters named from the anchor ("last June", "this September", "the year-ago quarter",
"last year's third quarter", "the 1988 second quarter"), recurring times ("every morning") and ordinal days.

A month named with "last" is the latest such month before the anchor's own ("last June", said in October, is this
year's June; said in February, last year's), one named with "next" the first after it, one named with "this" the
anchor year's. A quarter "a year ago" is the quarter a report speaks of (the one before the anchor's) a year back.
"""

from __future__ import annotations

import datetime as dt
import re

from graph.extract import timeml_values as values
from graph.extract.timeml_days import PARTS_OF_DAY, WEEKDAYS
from graph.extract.timeml_rules import MONTHS, ORDINALS, SEASONS
from graph.extract.timeml_values import YEAR, Resolved, Tense
from graph.model import Granularity

_NAMED_MONTH = re.compile(rf"^(?P<rel>last|this|next|past|coming)\s+(?P<month>{'|'.join(MONTHS)})$")
_YEAR_AGO = re.compile(
    r"^(?:the\s+)?(?:comparable\s+|corresponding\s+)?(?:year[\s-]ago|year[\s-]earlier)"
    r"(?:\s+(?:(?P<ord>first|second|third|fourth)[\s-]+)?(?P<unit>quarter|period))?$"
)
_YEARS_QUARTER = re.compile(
    rf"^(?:the\s+)?(?:fiscal\s+)?(?P<year>(?:this|last|next) year's|{YEAR}(?:'s)?)\s+"
    r"(?:(?P<ord>first|second|third|fourth)[\s-]+)?quarter$"
)


def named_month(words: str, anchor: dt.date | None, tense: Tense | None) -> Resolved | None:
    """ "last June", "next March", "this September": the month of that name on the side of the anchor it names."""
    found = _NAMED_MONTH.match(words)
    if not found:
        return None
    number = MONTHS.index(found.group("month")) + 1
    if anchor is None:
        return Resolved(f"XXXX-{number:02d}", Granularity.UNKNOWN)
    rel = found.group("rel")
    if rel == "this":
        return values.month(anchor.year, number)
    if rel in {"last", "past"}:
        return values.month(anchor.year - (number >= anchor.month), number)
    return values.month(anchor.year + (number <= anchor.month), number)


def year_ago(words: str, anchor: dt.date | None, tense: Tense | None) -> Resolved | None:
    """ "the year-ago quarter", "the year-earlier period": the reported quarter a year back; "year-ago": the year."""
    found = _YEAR_AGO.match(words)
    if not found or anchor is None:
        return None
    if found.group("unit") is None:
        return values.year(anchor.year - 1)
    reported = values.previous_quarter(anchor)
    assert reported.start is not None
    number = ORDINALS.get(found.group("ord") or "", (reported.start.month - 1) // 3 + 1)
    return values.quarter(reported.start.year - 1, number)


_TWO_QUARTERS = re.compile(rf"^the (?P<side>first|last) two quarters of (?P<year>{YEAR}|(?:this|last|next) year)$")
"""The first or last two quarters of a named year: its first or second half."""


def two_quarters(words: str, anchor: dt.date | None, tense: Tense | None) -> Resolved | None:
    """ "the first two quarters of 1990": the half of that year (``1990-H1``); "the last two quarters": ``H2``."""
    found = _TWO_QUARTERS.match(words)
    if not found:
        return None
    named = _named_year(found.group("year"), anchor)
    if named is None:
        return None
    return values.quarter(named[0], 1 if found.group("side") == "first" else 2, half=True, relative=named[1])


def _named_year(given: str, anchor: dt.date | None) -> tuple[int, bool] | None:
    """The year ``given`` names ("1988", "1988's", "last year's") and whether the anchor placed it."""
    if given[0].isdigit():
        return int(given.removesuffix("'s")), False
    if anchor is None:
        return None
    return anchor.year + {"this": 0, "last": -1, "next": 1}[given.split(" ")[0]], True


def years_quarter(words: str, anchor: dt.date | None, tense: Tense | None) -> Resolved | None:
    """ "last year's third quarter", "the 1988 second quarter", "last year's quarter" (the reported one)."""
    found = _YEARS_QUARTER.match(words)
    if not found:
        return None
    named = _named_year(found.group("year"), anchor)
    if named is None:
        return None
    year, relative = named
    if found.group("ord"):
        return values.quarter(year, ORDINALS[found.group("ord")], relative=relative)
    if anchor is None:
        return Resolved(f"{year}-QX", Granularity.UNKNOWN)
    reported = values.previous_quarter(anchor)
    assert reported.start is not None
    return values.quarter(year, (reported.start.month - 1) // 3 + 1, relative=relative)


_RECURRING = re.compile(
    rf"^(?:every|each)\s+(?P<named>{'|'.join((*PARTS_OF_DAY, *WEEKDAYS, *MONTHS, *SEASONS, 'season'))})$"
)
"""A named part of a day, weekday, month or season that recurs: a TimeML SET valued by the unit it names; "each
season" recurs every three months."""
ORDINAL_DAY = re.compile(
    r"^(?:the\s+)?(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+"
    r"(?:straight\s+|consecutive\s+)?day$",
    re.I,
)
"""An ordinal day ("the 99th day", "the eighth straight day", "its third day" without its article): a day counted
from the start of what the story tells, which news counts up to the day it reports; never "99 days"."""


_DAY_PARTS = [part for part in PARTS_OF_DAY if part != "overnight"]
_PLURAL_WEEKDAY = re.compile(
    rf"^(?:on\s+)?(?P<day>{'|'.join(WEEKDAYS)})(?:s|\s+(?P<part>{'|'.join(_DAY_PARTS)})s)$|"
    rf"^(?:every|each)\s+(?P<every_day>{'|'.join(WEEKDAYS)})\s+(?P<every_part>{'|'.join(_DAY_PARTS)})$"
)
"""A weekday said in the plural ("Mondays", "on Tuesday nights") or with "every" and a part of the day ("every Sunday
morning"): it recurs, one a week."""


def recurring(words: str, anchor: dt.date | None, tense: Tense | None) -> Resolved | None:
    """ "every morning", "each Thursday", "each July", "Tuesday nights": a set, one a day, a week, a year."""
    if plural := _PLURAL_WEEKDAY.match(words):
        part = plural.group("part") or plural.group("every_part")
        time = f"T{PARTS_OF_DAY[part]}" if part else ""
        day = plural.group("day") or plural.group("every_day")
        return Resolved(f"XXXX-WXX-{WEEKDAYS.index(day) + 1}{time}", Granularity.DURATION)
    found = _RECURRING.match(words)
    if not found:
        return None
    named = found.group("named")
    if named in PARTS_OF_DAY:
        return Resolved(f"XXXX-XX-XXT{PARTS_OF_DAY[named]}", Granularity.DURATION)
    if named in WEEKDAYS:
        return Resolved(f"XXXX-WXX-{WEEKDAYS.index(named) + 1}", Granularity.DURATION)
    if named == "season":
        return Resolved("P3M", Granularity.DURATION)
    if named in SEASONS:
        return Resolved(f"XXXX-{SEASONS[named][0]}", Granularity.DURATION)
    return Resolved(f"XXXX-{MONTHS.index(named) + 1:02d}", Granularity.DURATION)


def ordinal_day(words: str, anchor: dt.date | None, tense: Tense | None) -> Resolved | None:
    """ "the 99th day" (of a strike): the day the report speaks from."""
    if not ORDINAL_DAY.match(words):
        return None
    return values.day(anchor) if anchor is not None else None


DAY_OF_MONTH = re.compile(r"^the (?P<day>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)$", re.I)
"""A day of the month said alone ("on the 23rd", "since the 9th"): of the month the report is told in, or one beside
it."""
_DAY_OF_MONTH_CLEANED = re.compile(r"^the (?P<day>[1-9]|[12]\d|3[01])$")
"""The same words as :func:`graph.extract.timeml.clean` leaves them: "the 23"."""


def day_of_month(words: str, anchor: dt.date | None, tense: Tense | None) -> Resolved | None:
    """ "took place on the 23rd", "is set for the 24th": that day of the anchor's month, or of the month before or
    after it where the tense points there ("since the 28th", told on the 3rd, is last month's)."""
    found = _DAY_OF_MONTH_CLEANED.match(words)
    if not found:
        return None
    day = int(found.group("day"))
    if anchor is None:
        return Resolved(f"XXXX-XX-{day:02d}", Granularity.UNKNOWN)
    options = []
    for step in (-1, 0, 1):
        year, month = values.shift_month(anchor, step)
        if day <= values.month_end(year, month).day:
            options.append(values.day(dt.date(year, month, day)))
    return values.nearest(options, anchor, tense)


OLD_YEAR = re.compile(r"1[0-4]\d\d")
"""A year before 1500 ("landed in 1066"), said alone: news gives such years only after a word of time (see
:func:`graph.extract.dates`), where a later number could as well be a count."""


def old_year(words: str, anchor: dt.date | None, tense: Tense | None) -> Resolved | None:
    """ "in 1066", "since 1215": that year."""
    return values.year(int(words), relative=False) if OLD_YEAR.fullmatch(words) else None


PERIOD_RULES = (named_month, year_ago, years_quarter, two_quarters, recurring, ordinal_day, day_of_month, old_year)
"""Tried before the other leaf rules: their words would otherwise go to dateparser or stay unread."""
