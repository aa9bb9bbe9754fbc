"""The rule tables of :mod:`graph.extract.timeml`: what news writes and dateparser does not read.

Each rule takes cleaned words, the anchor and the tense, and returns a :class:`~graph.extract.timeml_values.Resolved`
or None when the words are not its kind: references ("now", "recently"), named days and parts of days, weekends,
clock times, this/last/next units, quarters and halves, seasons, holidays, counts back ("seven months ago", valued as
the date where they land, as TimeML does) and durations ("the past three years", "fifty-year").
Years, fiscal years, decades and centuries are :mod:`graph.extract.timeml_years`'s.
"""

from __future__ import annotations

import datetime as dt
import re

from graph.extract import timeml_values as values
from graph.extract.timeml_values import UNRESOLVED, Resolved, Rule, Tense
from graph.extract.timeml_years import absolute_year, year_range
from graph.model import Granularity

ONE = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
       "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
       "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
       "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "single": 1, "couple": 2,
       "a couple": 2}  # fmt: skip
VAGUE = frozenset({"few", "a few", "several", "some", "many", "couple of", "a couple of", "the", "multi", "recent"})
UNITS = {"second": "TS", "minute": "TM", "hour": "TH", "day": "D", "week": "W", "month": "M", "quarter": "Q",
         "year": "Y", "decade": "DE", "century": "CE"}  # fmt: skip
"""Unit word -> TimeML duration letter; ``T`` marks units of the time of day (``PT5H``)."""
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december")  # fmt: skip
NAMED_HOURS = {"noon": 12, "midday": 12, "midnight": 24}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI"}
SEASONS = {"spring": ("SP", 3), "summer": ("SU", 6), "fall": ("FA", 9), "autumn": ("FA", 9), "winter": ("WI", 12)}
"""Season -> TimeML code and first month; winter runs from December into the next year."""
HOLIDAYS = {"christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24), "new year's day": (1, 1),
            "new year's eve": (12, 31), "halloween": (10, 31), "valentine's day": (2, 14),
            "independence day": (7, 4), "the fourth of july": (7, 4), "boxing day": (12, 26)}  # fmt: skip
REFERENCES = {
    "PRESENT_REF": ("now", "right now", "just now", "currently", "current", "at present", "presently", "nowadays",
                    "these days", "at the moment", "the present", "present"),
    "PAST_REF": ("recently", "recent", "more recently", "most recently", "lately", "the past", "in the past",
                 "the recent past", "earlier"),
    "FUTURE_REF": ("soon", "very soon", "the future", "in the future", "the near future", "later", "shortly",
                   "in the coming years", "the coming years", "coming years", "future"),
}  # fmt: skip
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "1": 1, "2": 2,
            "3": 3, "4": 4}  # fmt: skip
REFERENCE_OF = {words: value for value, table in REFERENCES.items() for words in table}
SETS = {"annual": "P1Y", "annually": "P1Y", "yearly": "P1Y", "every year": "P1Y", "each year": "P1Y",
        "a year": "P1Y", "per year": "P1Y", "daily": "P1D", "every day": "P1D", "each day": "P1D", "a day": "P1D",
        "per day": "P1D", "weekly": "P1W", "every week": "P1W", "a week": "P1W", "monthly": "P1M",
        "every month": "P1M", "a month": "P1M", "quarterly": "P3M"}  # fmt: skip
"""Rates ("15 a year", "annual"): TimeML SETs, valued by their period."""
BEFORE_AFTER = {"before": -1, "earlier": -1, "after": 1, "later": 1}
"""After a unit ("the day before", "the year after"): one unit back or on from the anchor."""

_NUM = r"(?:a few|a couple of|couple of|(?:\d+(?:\.\d+)?|[a-z]+(?:-[a-z]+)?)(?: and a half)?)"
_UNIT = rf"(?P<unit>{'|'.join(UNITS)}|centurie)s?"
HEDGE = re.compile(
    r"^(?:(?:just|only|almost|nearly|about|around|roughly|approximately|more than|over|under|less than|fewer than|"
    r"at least|at most|up to|barely|some|exactly|precisely|as of|on|in|at|since|until|till|by|from|for|during|"
    r"within|throughout|so far|through)\s+)+"
)
LEAD_MODIFIER = re.compile(
    r"^(?:the\s+)?(?:very\s+)?(?:(?:beginning|start|end|middle|close|rest|remainder|turn|balance)\s+of\s+|"
    r"(?:early|earlier|late|later|mid|middle)[\s-]+)"
)
_VAGUE_SIDE = re.compile(
    r"^(?:the\s+)?(?:(?P<past>(?:past|last)\s+(?:few|several)|past)|coming|future|next\s+(?:few|several))\s+"
    r"(?:days|weeks|months|quarters|years)$"
)
"""An uncounted stretch on one side of now ("the past several quarters", "coming months"): TimeML's ``PAST_REF`` or
``FUTURE_REF``; counted ("the past three years") or "recent" ("recent weeks", ``PXW``), a duration."""
_AGO = re.compile(rf"^(?P<n>{_NUM}(?: of)?)\s+{_UNIT}\s+(?:(?P<back>ago|earlier|before|back)|from now|hence)$")
_DURATION = re.compile(
    rf"^(?:the\s+)?(?:(?:first|last|past|next|coming|previous|following|final|initial|latest|other)\s+)?"
    rf"(?P<n>{_NUM}(?: of)?)?\s*(?:(?:single|full|consecutive|straight|successive|whole|entire)\s+)?{_UNIT}"
    r"(?:\s+and\s+a\s+half)?(?P<half>)$"
)
_ADJECTIVE = re.compile(rf"^(?P<n>{_NUM}|multi)[\s-]+(?:{_UNIT})?(?:-?long)?$")
_RELATIVE_UNIT = re.compile(
    r"^(?:the\s+)?(?P<rel>this|last|next|past|previous|prior|coming|following|current|same|latest|present)?\s*"
    rf"(?P<unit>week|month|year|quarter|decade|century|day)(?:\s+(?P<side>{'|'.join(BEFORE_AFTER)}))?$"
)
_WEEKDAY = re.compile(
    rf"^(?:(?:the\s+)?(?P<rel>last|this|next|past|coming|previous|following)\s+)?(?P<day>{'|'.join(WEEKDAYS)}|today|tonight|yesterday|tomorrow|"
    rf"the day|that day)(?:\s+(?P<part>{'|'.join(PARTS_OF_DAY)}))?$"
)
_PART_OF_DAY = re.compile(rf"^(?:(?P<rel>this|last|tomorrow|yesterday)\s+|the\s+)?(?P<part>{'|'.join(PARTS_OF_DAY)})$")
_WEEKEND = re.compile(r"^(?:the\s+)?(?:(?P<rel>this|last|next|past|coming)\s+)?weekend$")
_CLOCK = re.compile(
    r"^(?P<h>\d{1,2})(?:[:.](?P<m>\d{2}))?\s*(?P<ampm>[ap]\.?\s?m\.?)?(?:\s*(?P<tz>utc|gmt|z)\b)?"
    r"(?:\s*\(?\s*(?:[a-z]{2,4})?\s*[+-]?\d*\s*\)?)?$"
)
_QUARTER = re.compile(
    r"^(?:the\s+)?(?P<fiscal>fiscal[\s-]+)?(?P<ord>first|second|third|fourth|final|last|latest|[1-4]|q[1-4])[\s-]*"
    r"(?:(?:fiscal|financial|calendar)\s+)?(?P<unit>quarter|half)?(?:\s+(?:of\s+)?(?P<year>.+))?$"
)
_SEASON = re.compile(
    rf"^(?:the\s+)?(?:(?P<rel>this|last|next|past|coming)\s+)?(?P<season>{'|'.join(SEASONS)})(?:\s+(?:of\s+)?(?P<year>.+))?$"
)
_EVERY = re.compile(
    rf"^(?:(?:once|twice|thrice|{_NUM} times)\s+)?(?:(?:every|each|per)\s+(?:(?P<other>other)\s+|(?P<n>{_NUM})\s+)?|"
    rf"an?\s+){_UNIT}$"
)


def _count(word: str | None) -> float | None:
    """The number a count word says ("two and a half" -> 2.5, "27" -> 27, "twenty-five" -> 25); None if vague."""
    if not word:
        return 1
    word = word.strip().removesuffix(" of")
    half = 0.5 if word.endswith(" and a half") else 0.0
    word = word.removesuffix(" and a half")
    if re.fullmatch(r"\d+(?:\.\d+)?", word):
        return float(word) + half
    parts = [ONE.get(p) for p in word.split("-")]
    if not parts or None in parts:
        return None
    return sum(p for p in parts if p is not None) + half


def reference(words: str, anchor: dt.date | None, tense: Tense | None) -> Resolved | None:
    if words in SETS:
        return Resolved(SETS[words], Granularity.DURATION)
    every = _EVERY.match(words)  # "every quarter", "every two weeks", "per hour"
    if every and (n := _count(every.group("n"))) is not None:
        n = 2 if every.group("other") else n  # "every other week": one week in two
        letter = UNITS["century" if every.group("unit") == "centurie" else every.group("unit")]
        n, letter = (3 * n, "M") if letter == "Q" else (n, letter)  # "every quarter" = "quarterly" = P3M
        n, letter = (n * {"DE": 10, "CE": 100}[letter], "Y") if letter in {"DE", "CE"} else (n, letter)
        return Resolved(f"P{'T' if letter.startswith('T') else ''}{n:g}{letter[-1]}", Granularity.DURATION)
    value = REFERENCE_OF.get(words)
    vague = _VAGUE_SIDE.match(words)
    if vague and not value:
        value = "PAST_REF" if vague.group("past") else "FUTURE_REF"
    return Resolved(value, Granularity.UNKNOWN) if value else None


def deictic_day(words: str, anchor: dt.date | None, tense: Tense | None) -> Resolved | None:
    """Today, yesterday, weekdays ("last Tuesday", "Friday morning"), the day ("shares fell 3% on the day")."""
    found = _WEEKDAY.match(words) or _PART_OF_DAY.match(words)
    if not found:
        return None
    groups = found.groupdict()
    day_word, part = groups.get("day"), groups.get("part")
    rel = {"previous": "last", "following": "next"}.get(groups.get("rel") or "", groups.get("rel"))
    time = f"T{PARTS_OF_DAY[part]}" if part else ""
    if day_word is None:  # "this morning", "last night", "yesterday evening", "the morning"
        day_word = {"this": "today", "last": "yesterday", None: "today"}.get(rel, rel)
        rel = None
    shift = {"today": 0, "tonight": 0, "the day": 0, "that day": 0, "yesterday": -1, "tomorrow": 1}.get(day_word or "")
    time = "TNI" if day_word == "tonight" else time
    if anchor is None:
        if day_word in WEEKDAYS:
            return Resolved(f"XXXX-WXX-{WEEKDAYS.index(day_word) + 1}{time}", Granularity.UNKNOWN)
        return UNRESOLVED
    if shift is not None:
        return values.day(anchor + dt.timedelta(days=shift), time=time)
    target = WEEKDAYS.index(day_word or "")
    if rel in {"next", "coming"} or (tense is Tense.FUTURE and rel not in {"last", "past"}):
        return values.day(anchor + dt.timedelta(days=(target - anchor.weekday() - 1) % 7 + 1), time=time)
    if rel == "this":
        return values.day(anchor + dt.timedelta(days=target - anchor.weekday()), time=time)
    ahead = (target - anchor.weekday()) % 7
    if tense is Tense.PRESENT and rel is None and 0 < ahead < (anchor.weekday() - target) % 7:
        return values.day(anchor + dt.timedelta(days=ahead), time=time)  # "expect a rebound on Thursday": nearest
    # News reports the past: a bare weekday is the most recent one, the publication day included.
    back = (anchor.weekday() - target) % 7 or (7 if rel in {"last", "past"} else 0)
    return values.day(anchor - dt.timedelta(days=back), time=time)


def weekend(words: str, anchor: dt.date | None, tense: Tense | None) -> Resolved | None:
    found = _WEEKEND.match(words)
    if not found:
        return None
    if anchor is None:
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
    """A time of day ("18:00 UTC", "6:40 p.m.", "noon"), on the anchor: the day its sentence names, else publication."""
    found = _CLOCK.match(words)
    zone = ""
    if words in NAMED_HOURS:
        hour, minute = NAMED_HOURS[words], 0
    elif found and (found.group("m") or found.group("ampm")):
        hour, minute = int(found.group("h")), int(found.group("m") or 0)
        hour += 12 if (found.group("ampm") or "").startswith("p") and hour < 12 else 0
        zone = "Z" if found.group("tz") else ""
    else:
        return None
    if hour > 24 or minute > 59:
        return None
    if anchor is None:
        return Resolved(f"XXXX-XX-XXT{hour:02d}:{minute:02d}{zone}", Granularity.UNKNOWN)
    return values.day(anchor, time=f"T{hour:02d}:{minute:02d}{zone}")


def relative_unit(words: str, anchor: dt.date | None, tense: Tense | None) -> Resolved | None:
    """This/last/next week, month, year, quarter, decade; "the year" and "the same month" are the anchor's own."""
    found = _RELATIVE_UNIT.match(words)
    if not found or (found.group("rel") is None and not words.startswith("the ")) or words == "the day":
        return None
    if found.group("rel") == "past" or (
        found.group("rel") in {"next", "coming"} and words.startswith("the ") and found.group("unit") != "day"
    ):
        return None  # "the past year", "the next month": durations; "the next day" is the day after
    if anchor is None:
        return UNRESOLVED
    step = {"last": -1, "previous": -1, "prior": -1, "latest": -1, "next": 1, "coming": 1, "following": 1}.get(
        found.group("rel") or "", BEFORE_AFTER.get(found.group("side") or "", 0)
    )
    unit = found.group("unit")
    if unit == "day":
        return values.day(anchor + dt.timedelta(days=step))
    if unit == "week":
        return values.week(anchor + dt.timedelta(weeks=step))
    if unit == "month":
        return values.month(*values.shift_month(anchor, step))
    if unit == "quarter" and step == 0 and found.group("rel") is None and tense is Tense.PAST:
        return values.previous_quarter(anchor)  # "profit rose in the quarter": the one just reported
    if unit == "quarter":
        year, month = values.shift_month(anchor, 3 * step)
        return values.quarter(year, (month - 1) // 3 + 1)
    if unit == "decade":
        return values.decade(anchor.year // 10 + step)
    if unit == "century":
        century = anchor.year // 100 + step
        start = dt.date(max(century * 100, 1), 1, 1)
        return Resolved(f"{century:02d}", Granularity.UNKNOWN, start, dt.date(century * 100 + 99, 12, 31), True)
    return values.year(anchor.year + step)


def _year_of(words: str | None, anchor: dt.date | None) -> tuple[int, bool] | None:
    """The year named after "of" in "the fourth quarter of 2009 / of this year / last year"; with relativity."""
    if words is None:
        return None
    found = absolute_year(words, anchor, None) or relative_unit(words, anchor, None)
    if found is not None and found.granularity is Granularity.YEAR and found.start is not None:
        return found.start.year, found.relative
    return None


def quarter_or_half(words: str, anchor: dt.date | None, tense: Tense | None) -> Resolved | None:
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
    if order in {"last", "latest"} and not half:  # "the last quarter": the one before the anchor's
        return values.previous_quarter(anchor)
    if found.group("fiscal"):  # "the fiscal first quarter": of the fiscal year the anchor's calendar year names
        return values.quarter(anchor.year, number, half)
    # Quarters are reported after they end: "will report third-quarter results" is the nearest, not the next
    forward = None if tense is Tense.FUTURE else tense
    return values.nearest([values.quarter(anchor.year + k, number, half) for k in (-1, 0, 1)], anchor, forward)


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


def holiday(words: str, anchor: dt.date | None, tense: Tense | None) -> Resolved | None:
    key = re.sub(r"\s+(?:of\s+)?((?:1[5-9]|20)\d\d)$", "", words)
    day = HOLIDAYS.get(key)
    if day is None:
        return None
    if key != words:
        year = int(words[-4:])
        return values.day(dt.date(year, *day), relative=False)
    if anchor is None:
        return Resolved(f"XXXX-{day[0]:02d}-{day[1]:02d}", Granularity.UNKNOWN)
    return values.nearest([values.day(dt.date(anchor.year + k, *day)) for k in (-1, 0, 1)], anchor, tense)


def ago(words: str, anchor: dt.date | None, tense: Tense | None) -> Resolved | None:
    """Counted back from the anchor ("almost seven months ago", "a year earlier", "three years from now"): as TimeML
    values it, the calendar unit it lands in (a DATE, "two years ago" -> ``2006``); an uncounted "several years ago" is
    only in the past (``PAST_REF``)."""
    found = _AGO.match(words)
    if not found:
        return None
    n, unit = _count(found.group("n")), found.group("unit")
    if n is None and found.group("back"):
        return Resolved("PAST_REF", Granularity.UNKNOWN)
    if n is None or n != int(n) or unit not in {"day", "week", "month", "year", "decade", "century"}:
        return UNRESOLVED
    if anchor is None:
        return UNRESOLVED
    return _counted_back(int(n) if found.group("back") else -int(n), unit, anchor)  # "three years from now": on


def _counted_back(n: int, unit: str, anchor: dt.date) -> Resolved:
    """The calendar unit ``n`` units before ``anchor`` (after, for a negative ``n``)."""
    if unit == "century":  # "a century ago": the century it lands in
        century = (anchor.year - 100 * n) // 100
        return Resolved(f"{century:02d}", Granularity.UNKNOWN, dt.date(max(century * 100, 1), 1, 1),
                        dt.date(century * 100 + 99, 12, 31), True)  # fmt: skip
    if unit == "day":
        return values.day(anchor - dt.timedelta(days=n))
    if unit == "week":
        return values.week(anchor - dt.timedelta(weeks=n))
    if unit == "month":
        return values.month(*values.shift_month(anchor, -n))
    return values.year(anchor.year - n * (10 if unit == "decade" else 1))


def duration(words: str, anchor: dt.date | None, tense: Tense | None) -> Resolved | None:
    """A length of time: "the past three years", "two and a half years", "fifty-year", "decades-long", "12-hour"."""
    found = _DURATION.match(words) or _ADJECTIVE.match(words)
    if not found:
        return None
    word = found.group("n")
    unit = found.group("unit")
    if unit is None:  # "decades-long", "year-long"
        unit, word = (word or "").removesuffix("s"), "multi" if (word or "").endswith("s") else "one"
    unit = "century" if unit == "centurie" else unit
    if unit not in UNITS:
        return None
    plural = word is None and re.search(r"(?:s|ies)(?:-?long)?$", words) is not None
    if word is None and not plural and not re.match(r"^the\s+(?:past|last|next|coming|previous|following)\s", words):
        return None  # a bare "year", "the month" or "last week" is no duration
    n = None if plural else _count(word)
    if n is None and not plural and (word or "").removesuffix(" of") not in VAGUE:
        return None
    letter = UNITS[unit]
    if letter == "DE":  # "the past two decades" = P20Y; "decades" = PXY, as MEANTIME writes it
        n, letter = None if n is None else n * 10, "Y"
    if letter == "CE" and n is not None:
        n, letter = n * 100, "Y"
    amount = "X" if n is None else f"{n:g}"
    if letter.startswith("T"):
        return Resolved(f"PT{amount}{letter[1]}", Granularity.DURATION)
    return Resolved(f"P{amount}{letter}", Granularity.DURATION)


LEAF_RULES: tuple[Rule, ...] = (
    reference,
    deictic_day,
    weekend,
    clock,
    absolute_year,
    relative_unit,
    quarter_or_half,
    season,
    holiday,
    year_range,
    ago,
    duration,
)
"""In the order tried: the first that reads the words wins."""
