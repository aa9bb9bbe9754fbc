"""The rule tables of :mod:`graph.extract.timeml`: what news writes and dateparser does not read.

Each rule takes cleaned words, the anchor and the tense, and returns a :class:`~graph.extract.timeml_values.Resolved`
or None when the words are not its kind: references ("now", "recently"), this/last/next units, quarters and halves,
seasons and holidays here; named days, parts of days, weekends and clock times are :mod:`graph.extract.timeml_days`'s;
rates, counts back and durations :mod:`graph.extract.timeml_counts`'s; years, fiscal years, decades and centuries
:mod:`graph.extract.timeml_years`'s. The leaf rules below list them all in the order they are tried.
"""

from __future__ import annotations

import datetime as dt
import re

from graph.extract import timeml_values as values
from graph.extract.timeml_counts import ago, duration, half_unit, rate
from graph.extract.timeml_days import clock, deictic_day, weekend
from graph.extract.timeml_values import UNRESOLVED, YEAR, Resolved, Rule, Tense
from graph.extract.timeml_years import absolute_year, year_range
from graph.model import Granularity

MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december")  # fmt: skip
SEASONS = {"spring": ("SP", 3), "summer": ("SU", 6), "fall": ("FA", 9), "autumn": ("FA", 9), "winter": ("WI", 12)}
"""Season -> TimeML code and first month; winter runs from December into the next year."""
HOLIDAYS = {"christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24), "new year's day": (1, 1),
            "new year's eve": (12, 31), "halloween": (10, 31), "valentine's day": (2, 14),
            "independence day": (7, 4), "the fourth of july": (7, 4), "boxing day": (12, 26)}  # fmt: skip
REFERENCES = {
    "PRESENT_REF": ("now", "right now", "just now", "currently", "current", "at present", "presently", "nowadays",
                    "these days", "at the moment", "the present", "present"),
    "PAST_REF": ("recently", "recent", "more recently", "most recently", "lately", "the past", "in the past",
                 "the recent past", "earlier", "a while ago", "a little while ago", "a short while ago",
                 "some time ago", "not long ago"),
    "FUTURE_REF": ("soon", "very soon", "the future", "in the future", "the near future", "later", "shortly",
                   "in the coming years", "the coming years", "coming years", "future", "the near term",
                   "the short term", "a later date", "a future date", "a later time"),
}  # fmt: skip
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "1": 1, "2": 2,
            "3": 3, "4": 4}  # fmt: skip
REFERENCE_OF = {words: value for value, table in REFERENCES.items() for words in table}
BEFORE_AFTER = {"before": -1, "earlier": -1, "after": 1, "later": 1}
"""After a unit ("the day before", "the year after"): one unit back or on from the anchor."""

HEDGE = re.compile(
    r"^(?:(?:just|only|almost|nearly|about|around|roughly|approximately|more than|over|under|less than|fewer than|"
    r"at least|at most|up to|barely|some(?! time\b)|exactly|precisely|as of|on|in|at|since|until|till|by|from|for|"
    r"during|within|throughout|so far|through|sometime|some time(?!\s+ago\b)|each of)\s+)+"
)
LEAD_MODIFIER = re.compile(
    r"^(?:the\s+)?(?:very\s+)?(?:(?:beginning|start|end|middle|close|rest|remainder|turn|balance)\s+of\s+|"
    r"(?:early|earlier|late|later|mid|middle)[\s-]+)"
)
_VAGUE_SIDE = re.compile(
    r"^(?:the\s+)?(?:(?P<past>(?:past|last)\s+(?:few|several)|past)|coming|future|(?P<next>next\s+(?:few|several)))\s+"
    r"(?P<unit>day|week|month|quarter|year)s$"
)
"""An uncounted stretch on one side of now ("the past several quarters", "coming months"): TimeML's ``PAST_REF`` or
``FUTURE_REF``; counted ("the past three years"), "recent" ("recent weeks", ``PXW``) or the next few ("the next few
days", ``PXD``: a stretch that starts now), a duration."""
_AHEAD = re.compile(r"^(?:the\s+)?(?:day|week|month|quarter|year|decade)s\s+(?:ahead|to come)$")
"""An uncounted stretch after now ("the months ahead", "the years to come"): TimeML's ``FUTURE_REF``."""
_YEAR_END = re.compile(rf"^(?:the\s+)?(?:year(?:'s)?[\s-]end|full year)(?:\s+(?:of\s+)?(?P<year>{YEAR}))?$")
"""The end of the anchor's year ("by year-end", "by year's end") or all of it ("for the full year"): that year, or the
year named ("year-end 2004"); a
year-end told in the past ("has risen since year-end") is the one before the anchor, the year before's."""
_RELATIVE_UNIT = re.compile(
    r"^(?:the\s+)?(?P<rel>this|last|next|past|previous|prior|coming|following|current|same|latest|present)?\s*"
    rf"(?P<unit>week|month|year|quarter|decade|century|day)(?:\s+(?P<side>{'|'.join(BEFORE_AFTER)}))?$"
)
_QUARTER = re.compile(
    r"^(?:the\s+)?(?P<fiscal>fiscal[\s-]+)?(?P<ord>first|second|third|fourth|final|last|latest|[1-4]|q[1-4])[\s-]*"
    r"(?:(?:fiscal|financial|calendar)\s+)?(?P<unit>quarter|half)?(?:\s+(?:of\s+)?(?P<year>.+))?$"
)
_SEASON = re.compile(
    rf"^(?:the\s+)?(?:(?P<rel>this|last|next|past|coming)\s+)?(?P<season>{'|'.join(SEASONS)})(?:\s+(?:of\s+)?(?P<year>.+))?$"
)


_NEW_YEAR = re.compile(r"^(?:the\s+)?new\s+year$")
NEW_YEAR_FROM = 7
"""From this month on, "the new year" is the coming one ("talks resume in the new year", told in December); before
it, the one begun ("the new year has brought floods", told in January)."""


def new_year(words: str, anchor: dt.date | None, tense: Tense | None) -> Resolved | None:
    """ "the new year": the year that begins at the New Year nearest the anchor."""
    if not _NEW_YEAR.match(words):
        return None
    if anchor is None:
        return Resolved("XXXX", Granularity.UNKNOWN)
    return values.year(anchor.year + (anchor.month >= NEW_YEAR_FROM))


def reference(words: str, anchor: dt.date | None, tense: Tense | None) -> Resolved | None:
    """Present, past and future references ("now", "recently", "the past several quarters", "coming months")."""
    value = REFERENCE_OF.get(words)
    vague = _VAGUE_SIDE.match(words)
    if vague and vague.group("next"):
        return Resolved(f"PX{vague.group('unit')[0].upper()}", Granularity.DURATION)
    if vague and not value:
        value = "PAST_REF" if vague.group("past") else "FUTURE_REF"
    if _AHEAD.match(words):
        value = "FUTURE_REF"
    return Resolved(value, Granularity.UNKNOWN) if value else None


def year_end(words: str, anchor: dt.date | None, tense: Tense | None) -> Resolved | None:
    """A year's end or all of it ("by year-end", "for the full year", "year-end 2004"): the year (see
    :data:`_YEAR_END`)."""
    found = _YEAR_END.match(words)
    if found is None:
        return None
    if found.group("year"):
        return values.year(int(found.group("year")), relative=False)
    if anchor is None:
        return None
    gone = tense is Tense.PAST and "end" in words and (anchor.month, anchor.day) != (12, 31)
    return values.year(anchor.year - gone)  # "has risen since year-end": the end the year before


def relative_unit(words: str, anchor: dt.date | None, tense: Tense | None) -> Resolved | None:
    """This/last/next week, month, year, quarter, decade; "the year" and "the same month" are the anchor's own."""
    found = _named_unit(words)
    if found is None:
        return None
    if anchor is None:
        return UNRESOLVED
    rel, unit = found.group("rel"), found.group("unit")
    step = values.STEPS.get(rel or "", BEFORE_AFTER.get(found.group("side") or "", 0))
    if unit == "quarter" and step == 0 and rel is None and (tense is Tense.PAST or anchor.month % 3 == 1):
        # "profit rose in the quarter", or any bare quarter in a quarter's first month: the one just reported
        return values.previous_quarter(anchor)
    return values.unit_from(anchor, unit, step)


def _named_unit(words: str) -> re.Match[str] | None:
    """The words as a unit named from the anchor's own ("last month", "the year", "the day after"); None for a bare
    unit, "the day", and what is a length ("the past year", "the next month"; "the next day" is the day after)."""
    found = _RELATIVE_UNIT.match(words)
    if not found or (found.group("rel") is None and not words.startswith("the ")) or words == "the day":
        return None
    rel = found.group("rel")
    if rel == "past" or (rel in {"next", "coming"} and words.startswith("the ") and found.group("unit") != "day"):
        return None
    return found


def _year_of(words: str | None, anchor: dt.date | None) -> tuple[int, bool] | None:
    """The year named after "of" in "the fourth quarter of 2009 / of this year / last year"; with relativity."""
    if words is None:
        return None
    found = absolute_year(words, anchor, None) or relative_unit(words, anchor, None)
    if found is not None and found.granularity is Granularity.YEAR and found.start is not None:
        return found.start.year, found.relative
    return None


def quarter_or_half(words: str, anchor: dt.date | None, tense: Tense | None) -> Resolved | None:
    """A quarter or half of a year ("the fourth quarter", "Q3", "the first half of 2009", "fiscal first quarter")."""
    found = _QUARTER.match(words)
    if not found or (found.group("unit") is None and not found.group("ord").startswith("q")):
        return None
    half = found.group("unit") == "half"
    order = found.group("ord")
    last = 2 if half else 4
    number = ORDINALS.get(order.removeprefix("q"), last if order in {"final", "last", "latest"} else None)
    if number is None or number > last:
        return None
    year = _year_of(found.group("year"), anchor)
    if found.group("year") and year is None:
        return None
    if year is not None:
        return values.quarter(year[0], number, half, year[1])
    if anchor is None:
        return Resolved(f"XXXX-{'H' if half else 'Q'}{number}", Granularity.UNKNOWN)
    return _quarter_near(anchor, number, half, found, tense)


_SHORTHAND = re.compile(
    r"^(?:fy\s*)?(?:(?P<n>[1-4])(?P<unit>[qh])|(?P<unit2>[qh])(?P<n2>[1-4]))"
    r"(?:\s*(?:fy\s*)?(?P<year>(?:19|20)\d\d|'?\d\d))?$"
)
"""A quarter or half as business news abbreviates it ("2Q", "Q3 2009", "1H09", "H2 FY10")."""
_SHORT_YEAR = re.compile(r"^(?:the\s+)?(?:fy|fiscal)\s*'?(?P<yy>\d\d)$")
"""A fiscal year with two digits ("FY09", "fiscal '09")."""
_ORDINAL_WORD = {1: "first", 2: "second", 3: "third", 4: "fourth"}


def shorthand(words: str, anchor: dt.date | None, tense: Tense | None) -> Resolved | None:
    """A quarter, half or fiscal year written short ("2Q", "Q3 2009", "1H09", "FY09"): read as its words are."""
    if found := _SHORT_YEAR.match(words):
        return values.year(_full_year(found.group("yy"), anchor), relative=False)
    found = _SHORTHAND.match(words)
    if found is None:
        return None
    number, unit = int(found.group("n") or found.group("n2")), found.group("unit") or found.group("unit2")
    if unit == "h" and number > 2:
        return None
    spelt = f"the {_ORDINAL_WORD[number]} {'half' if unit == 'h' else 'quarter'}"
    year = found.group("year")
    if year:
        spelt += f" of {year if len(year) == 4 else _full_year(year.lstrip(chr(39)), anchor)}"
    return quarter_or_half(spelt, anchor, tense)


def _full_year(yy: str, anchor: dt.date | None) -> int:
    """A year written with two digits: in the century that puts it nearest the anchor (else nearest 2000)."""
    near = anchor.year if anchor else 2000
    return min((near // 100 * 100 + k + int(yy) for k in (-100, 0, 100)), key=lambda y: abs(y - near))


def _quarter_near(anchor: dt.date, number: int, half: bool, found: re.Match[str], tense: Tense | None) -> Resolved:
    """Quarter (or half) ``number`` of no named year: of the year around the anchor that news speaks of."""
    if found.group("ord") in {"last", "latest"} and not half:  # "the last quarter": the one before the anchor's
        return values.previous_quarter(anchor)
    if found.group("fiscal"):  # "the fiscal first quarter": of the fiscal year the anchor's calendar year names
        return values.quarter(anchor.year, number, half)
    return values.nearest([values.quarter(anchor.year + k, number, half) for k in (-1, 0, 1)], anchor, tense)


def season(words: str, anchor: dt.date | None, tense: Tense | None) -> Resolved | None:
    found = _SEASON.match(words)
    if not found:
        return None
    code, first = SEASONS[found.group("season")]

    def season(year: int, relative: bool = True) -> Resolved:
        start = dt.date(year, first, 1)
        end_year, end_month = values.shift_month(start, 2)
        return Resolved(f"{year}-{code}", Granularity.UNKNOWN, start, values.month_end(end_year, end_month), relative)

    year = _year_of(found.group("year"), anchor)
    if found.group("year"):
        return season(*year) if year else None
    if anchor is None:
        return Resolved(f"XXXX-{code}", Granularity.UNKNOWN)
    rel = found.group("rel")
    tense = {"last": Tense.PAST, "past": Tense.PAST, "next": Tense.FUTURE, "coming": Tense.FUTURE}.get(rel or "", tense)
    options = [season(anchor.year + k) for k in (-2, -1, 0, 1)]
    if rel in {"last", "past"}:
        options = [o for o in options if o.end is not None and o.end < anchor]
    elif rel in {"next", "coming"}:
        options = [o for o in options if o.start is not None and o.start > anchor]
    return values.nearest(options, anchor, tense)


FLOATING_HOLIDAYS = {"thanksgiving": (11, 3, 3), "thanksgiving day": (11, 3, 3), "election day": (11, 0, 0),
                     "labor day": (9, 0, 0), "memorial day": (5, 0, -1)}  # fmt: skip
"""US holidays on a weekday of a month: month, weekday (0 for Monday), which one (0 the first; -1 the last). Election
Day is the Tuesday after the first Monday of November: the day after that Monday."""


EASTER_DAYS = {"easter": 0, "easter sunday": 0, "easter day": 0, "easter monday": 1, "good friday": -2}
"""Holidays counted from Easter Sunday, in days."""


def easter(year: int) -> dt.date:
    """Easter Sunday of ``year`` in the Gregorian calendar (the anonymous computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    weekday = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * weekday) // 433
    month = (h + weekday - 7 * m + 90) // 25
    return dt.date(year, month, (h + weekday - 7 * m + 33 * month + 19) % 32)


def holiday_date(key: str, year: int) -> dt.date | None:
    """The date of holiday ``key`` (cleaned words) in ``year``; None if it is no holiday."""
    if key in HOLIDAYS:
        return dt.date(year, *HOLIDAYS[key])
    if key in EASTER_DAYS:
        return easter(year) + dt.timedelta(days=EASTER_DAYS[key])
    if key not in FLOATING_HOLIDAYS:
        return None
    month, weekday, which = FLOATING_HOLIDAYS[key]
    first = dt.date(year, month, 1)
    day = first + dt.timedelta(days=(weekday - first.weekday()) % 7)
    if which < 0:
        last_month_day = values.month_end(year, month)
        return last_month_day - dt.timedelta(days=(last_month_day.weekday() - weekday) % 7)
    return day + dt.timedelta(days=7 * which + (1 if key == "election day" else 0))


def holiday(words: str, anchor: dt.date | None, tense: Tense | None) -> Resolved | None:
    """A named holiday ("Christmas", "Thanksgiving Day", "last Thanksgiving", "Election Day 1998")."""
    key = re.sub(rf"\s+(?:of\s+)?{YEAR}$", "", words)
    rel = re.match(r"^(?:(last|next|this)\s+)", key)
    key = key[rel.end() :] if rel else key
    if holiday_date(key, 2000) is None:
        return None
    if key != words.removeprefix(rel.group(0) if rel else ""):
        return values.day(holiday_date(key, int(words[-4:])) or dt.date(2000, 1, 1), relative=False)
    if anchor is None:
        sample = holiday_date(key, 2000) or dt.date(2000, 1, 1)
        return Resolved(f"XXXX-{sample:%m-%d}" if key in HOLIDAYS else "XXXX-XX-XX", Granularity.UNKNOWN)
    options = [values.day(d) for k in (-1, 0, 1) if (d := holiday_date(key, anchor.year + k)) is not None]
    return _on_side(options, anchor, rel.group(1) if rel else None, tense)


def _on_side(options: list[Resolved], anchor: dt.date, rel: str | None, tense: Tense | None) -> Resolved:
    """Of a holiday in neighbouring years, the one "last" or "next" names, else the one the tense points to."""
    if rel in {"last", "next"}:
        before = rel == "last"
        options = [o for o in options if o.start is not None and (o.start < anchor if before else o.start > anchor)]
        tense = Tense.PAST if before else Tense.FUTURE
    return values.nearest(options, anchor, tense)


LEAF_RULES: tuple[Rule, ...] = (
    rate,
    reference,
    year_end,
    deictic_day,
    weekend,
    clock,
    absolute_year,
    new_year,
    relative_unit,
    quarter_or_half,
    shorthand,
    season,
    holiday,
    year_range,
    ago,
    duration,
    half_unit,
)
"""In the order tried: the first that reads the words wins."""
