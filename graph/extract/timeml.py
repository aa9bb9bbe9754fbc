"""TimeML values for the words of a time expression, resolved against an anchor date (the publication date).

:func:`resolve` is pure: words, anchor and the tense of the sentence in, a :class:`Resolved` out. The rule tables of
:mod:`graph.extract.timeml_rules` read what news writes and dateparser does not ("just yesterday", "this weekend",
"the fourth quarter", "the past three years", "recently", "Friday morning", "18:00 UTC", "decades-long"); a part of
a unit ("early 2009", "the end of last year") takes the unit's value; a clock time with its day ("9 a.m. Saturday")
is that time on that day, and a month or day of a relative year ("July last year") lies in that year. Only calendar
dates ("February 24th", "7/8/07", "October 2007") go to dateparser, whose reading is cached by the words alone; a
date without a year ("October 25", "the fourth quarter", "Christmas") then takes the year that puts it nearest the
anchor, on the side the tense points to: the past for "was", the future for "will". Without an anchor, relative
expressions stay unresolved (``XXXX-XX-XX``, ``XXXX-10-25``, ``XXXX-WXX-2``) rather than guessed.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import Any

from graph.extract import timeml_values as values
from graph.extract.timeml_counts import count
from graph.extract.timeml_days import PARTS_OF_DAY, WEEKDAYS, clock
from graph.extract.timeml_periods import PERIOD_RULES
from graph.extract.timeml_rules import HEDGE, LEAD_MODIFIER, LEAF_RULES, MONTHS, holiday
from graph.extract.timeml_values import UNRESOLVED, YEAR, Resolved, Rule, Tense, timeml_type
from graph.model import Granularity

_WEEKDAY_PICKER = re.compile(rf"^(?:coming|next|last|this) (?=(?:{'|'.join(WEEKDAYS)}),? )")
"""A "this", "next", "last" or "coming" before a weekday that a date follows: the date says which one it is."""
_CALENDAR = re.compile(
    rf"\b(?:{'|'.join(MONTHS)}|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b|\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?|"
    r"\d{4}-\d\d"
)
PARSER_BASE = dt.datetime(2000, 6, 15)
"""dateparser's relative base: in a leap year, so that "February 29" without a year still reads."""
_HAS_YEAR = re.compile(rf"(?:^|\D){YEAR}(?:\D|$)|/\d{{2}}$|'\d\d\b")


def resolve(text: str, anchor: dt.date | None, tense: Tense | None = None) -> Resolved:
    """The TimeML value, granularity and first and last day of the words ``text``, relative to ``anchor``."""
    words = clean(text)
    try:
        return _resolve(words, anchor, tense)
    except (OverflowError, ValueError):  # counted from an anchor near year 1 or 9999, past the calendar's ends
        return UNRESOLVED


_TENS = {"ten": 10, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
         "ninety": 90}  # fmt: skip
_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_SPOKEN_YEAR = re.compile(
    rf"\b(?:(?P<century>nineteen|eighteen)\s+(?P<tens>{'|'.join(_TENS)})(?:[\s-](?P<unit>{'|'.join(_UNITS)}))?|"
    rf"two thousand(?:\s+(?:and\s+)?(?P<since>{'|'.join(_UNITS)}|ten))?)\b"
)
"""A year said in words, as broadcast transcripts write it: "nineteen ninety-six", "the year two thousand"."""


def _spoken_year(found: re.Match[str]) -> str:
    if found.group("century"):
        hundreds = 1900 if found.group("century") == "nineteen" else 1800
        return str(hundreds + _TENS[found.group("tens")] + _UNITS.get(found.group("unit") or "", 0))
    since = found.group("since") or ""
    return str(2000 + (10 if since == "ten" else _UNITS.get(since, 0)))


_LENGTH_UNIT = r"(?:second|minute|hour|day|week|month|quarter|year|decade|century)"
_WHOLE_UNIT = r"(?:week|month|year)"
"""A unit spent whole ("all week", "all year long"): the anchor's own; a whole day or night is the one the text last
gave (:data:`graph.extract.time_told.NAMED_BACK`)."""
_COUNT = rf"(?:\d+|{'|'.join((*_UNITS, *_TENS, 'eleven', 'twelve'))})"
"""A count said before a unit as its adjective ("a two day rally")."""


_ORDINAL_WORDS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                  "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
                  "eighteenth", "nineteenth", "twentieth")  # fmt: skip
_ORDINAL_DAY = rf"(?:(?:twenty|thirty)[\s-](?:{'|'.join(_ORDINAL_WORDS[:9])})|{'|'.join(_ORDINAL_WORDS)}|thirtieth)"
_MONTH_DAY_WORD = re.compile(
    rf"\b(?P<month>{'|'.join(MONTHS)})\s+(?:the\s+)?(?P<day>{_ORDINAL_DAY})\b|"
    rf"\b(?:the\s+)?(?P<day2>{_ORDINAL_DAY})\s+of\s+(?P<month2>{'|'.join(MONTHS)})\b"
)
"""A day of a month said as an ordinal word, as transcripts write it: "March eighth", "the twenty-first of May"."""


def _month_day(found: re.Match[str]) -> str:
    words = found.group("day") or found.group("day2")
    if words == "thirtieth":
        return f"{found.group('month') or found.group('month2')} 30"
    tens = 20 if words.startswith("twenty") else 30 if words.startswith("thirty") else 0
    unit = re.sub(r"^(?:twenty|thirty)[\s-]", "", words)
    day = tens + _ORDINAL_WORDS.index(unit) + 1
    return f"{found.group('month') or found.group('month2')} {day}"


def clean(text: str) -> str:
    """Lower case, plain apostrophes and spaces, tokenised punctuation rejoined, leading prepositions and hedges off,
    years said in words as digits."""
    text = text.lower().replace("’", "'").replace("`", "'")
    text = re.sub(r"\b(the|a|an) \1\b", r"\1", text)  # "at the the end of November": a typo's doubled article
    text = re.sub(r"\bmost recent\b", "latest", text)  # "the most recent quarter"
    text = _SPOKEN_YEAR.sub(_spoken_year, re.sub(r"\s+", " ", text))
    text = re.sub(r" (?:or (?:later|earlier|before|after)|and beyond)$", "", text)  # "1994 or later": open on one side
    text = re.sub(r"\b([01]\d|2[0-3])([0-5]\d)(?= local time\b)", r"\1:\2", text)  # "1500 local time": a clock, no year
    text = re.sub(r"(?<=[\dm.]) (?:local|eastern|central|mountain|pacific)(?: standard| daylight)? time\b", "", text)
    text = re.sub(r" or so\b", "", text)  # "a week or so ago", "the next two years or so": as said, hedged
    text = re.sub(r"\b(?:(?:an?|one) )?fortnight\b", "two weeks", text)  # "a fortnight ago", "the past fortnight"
    text = re.sub(r"^nightly$", "every night", text)
    text = re.sub(rf"^all (?:the )?({_WHOLE_UNIT})(?: long)?$", r"this \1", text)  # "all week": this week, as a whole
    text = re.sub(r" ([,.;:)]|'s)", r"\1", text).replace("( ", "(").replace(" - ", "-")
    text = re.sub(r"(\d)(st|nd|rd|th)\b(?! (?:straight |consecutive )?day$)", r"\1", text)  # "its 99th day" a day
    text = _MONTH_DAY_WORD.sub(_month_day, text)
    text = re.sub(r"(?<!\d0)(?:'s|')$", "", text.strip(" .,;:'\""))
    text = re.sub(r"^this (?:past|coming)\b", lambda m: "last" if m[0].endswith("past") else "coming", text)
    text = re.sub(r"(\d|-[a-z]+) (?:period|term)$", r"\1", text)  # "the 1988 period", "a one-year term"
    text = re.sub(rf"^(?:an?|the) (?=\S+-{_LENGTH_UNIT}$)", "", text)  # "a three-year (period)": the length
    text = re.sub(rf"^an? (?={_COUNT} {_LENGTH_UNIT}$)", "", text)  # "a two day (rally)"; "the 99th day" is a day
    text = re.sub(r"^the year-(?:earlier|ago) (?=\S+ \S+s$)", "the ", text)  # "the year-earlier nine months": a length
    return HEDGE.sub("", text)


def _resolve(words: str, anchor: dt.date | None, tense: Tense | None) -> Resolved:
    for rule in RULES:
        found = rule(words, anchor, tense)
        if found is not None:
            return found
    if _CALENDAR.search(words):  # "this coming Sunday, March 8": the date says which Sunday
        return _calendar(_WEEKDAY_PICKER.sub("", words), anchor, tense)
    return UNRESOLVED


def _modified(words: str, anchor: dt.date | None, tense: Tense | None) -> Resolved | None:
    """A part of a unit ("early 2009", "the end of last year", "earlier this month", "mid-2011"): the unit's value."""
    stripped = HEDGE.sub("", LEAD_MODIFIER.sub("", words))
    if stripped == words or not stripped:
        return None
    found = _resolve(stripped, anchor, tense)
    return found if found.value != UNRESOLVED.value else None


_CONNECTOR = re.compile(r"^(?:at|on|,)\s+|\s*(?:,|\bat|\bon)$")
_OF_RELATIVE_YEAR = re.compile(
    r"^(?P<part>.+?),?\s+(?:of\s+)?(?P<year>(?:last|this|next) year|the (?:previous|prior|following|same|current) year|"
    r"a year (?:ago|earlier|before))$"
)


def _time_on_day(words: str, anchor: dt.date | None, tense: Tense | None) -> Resolved | None:
    """A clock time and its day in one expression ("9 a.m. Saturday", "Monday at noon"): the time on that day; a day
    told with its part ("midnight tonight", "6 a.m. Sunday morning") takes the clock time, the finer of the two."""
    parts = words.split(" ")
    for cut in range(1, len(parts)):
        left, right = (_CONNECTOR.sub("", " ".join(p)) for p in (parts[:cut], parts[cut:]))
        for time_words, day_words in ((left, right), (right, left)):
            day = _resolve(day_words, anchor, tense)
            if day.granularity is not Granularity.DAY or day.start is None or re.search(r"T\d", day.value):
                continue
            told = _with_meridiem(time_words, day.value)
            if told is None:
                return day  # "at 4 tonight": the night, no clock time either side of midnight
            time = clock(told, day.start, tense)
            if time is not None:
                return time._replace(relative=day.relative)
    return None


_MERIDIEM_OF_PART = {"MO": "a.m.", "AF": "p.m.", "EV": "p.m.", "NI": "p.m."}
"""The half of the day a part of the day lies in: morning before noon; afternoon, evening and night after it."""
_BARE_HOUR = re.compile(r"(?P<hour>\d{1,2})(?:[:.]\d\d)?")
_NIGHT_HOURS_AFTER_NOON = range(6, 12)
"""The bare hours of a night that are after noon: "9 tonight" is 21:00; "12 tonight" is midnight, and "4 tonight" may
be 16:00 or the small hours after midnight, so it gets no clock time."""


def _with_meridiem(time_words: str, day_value: str) -> str | None:
    """A bare hour told with a part of the day is in that part's half of the day: "9:30 tonight" after noon, "11 this
    morning" before it; "12 tonight" is midnight; None for a bare hour of a night that may be either side of it ("at 4
    tonight")."""
    part = day_value[-2:] if re.search(r"T[A-Z]{2}$", day_value) else None
    meridiem = _MERIDIEM_OF_PART.get(part) if part else None
    bare = _BARE_HOUR.fullmatch(time_words)
    if not meridiem or bare is None:
        return time_words
    if part == "NI" and int(bare.group("hour")) not in _NIGHT_HOURS_AFTER_NOON:
        return "midnight" if time_words in {"12", "12:00", "12.00"} else None
    return f"{time_words} {meridiem}"


_QUARTER_VALUE = re.compile(r"\d{4}-[QH][1-4]")
_UNNAMED_PERIOD = re.compile(r"the (?:same|corresponding|comparable) period")


def _in_relative_year(words: str, anchor: dt.date | None, tense: Tense | None) -> Resolved | None:
    """A month, day or quarter of a year named from the anchor ("July last year", "the same month a year ago", "the
    quarter a year ago"): in that year; a period it does not name ("the same period last year"), that year."""
    found = _OF_RELATIVE_YEAR.match(words)
    if found is None or anchor is None:
        return None
    year = _resolve(found.group("year"), anchor, tense)
    if year.granularity is not Granularity.YEAR or year.start is None:
        return None
    target = year.start.year
    moved = anchor.replace(year=target, day=min(anchor.day, 28) if anchor.month == 2 else anchor.day)
    if _UNNAMED_PERIOD.fullmatch(found.group("part")):
        return values.year(target)  # "the same period last year", no period told before it: that year at least
    part = _resolve(re.sub(r"^the same\b", "the", found.group("part")), moved, None)
    if part.start is not None and _QUARTER_VALUE.fullmatch(part.value):
        return values.quarter(target, int(part.value[-1]), half=part.value[-2] == "H")
    if part.start is None or part.granularity not in {Granularity.DAY, Granularity.MONTH}:
        return None
    if part.granularity is Granularity.MONTH:
        return values.month(target, part.start.month)
    if (part.start.month, part.start.day) == (2, 29) and target % 4:
        return None
    return values.day(part.start.replace(year=target))


_WEEK_OF = re.compile(r"^(?:the\s+)?(?:week\s+of\s+(?P<day>.+)|(?P<holiday>.+?)\s+week)$")


def _week_of(words: str, anchor: dt.date | None, tense: Tense | None) -> Resolved | None:
    """The week holding a day: "the week of Oct. 23", "Easter week", "Thanksgiving week" (not "Tuesday week")."""
    found = _WEEK_OF.match(words)
    if found is None:
        return None
    day = _resolve(found.group("day"), anchor, tense) if found.group("day") else None
    day = day or holiday(found.group("holiday"), anchor, tense)
    if day is None or day.granularity is not Granularity.DAY or day.start is None or "T" in day.value:
        return None
    return values.week(day.start, day.relative)


_PART_OF_A_DATE = re.compile(rf"^the (?P<part>{'|'.join(PARTS_OF_DAY)}) of (?P<day>.+)$")


def _part_of_a_date(words: str, anchor: dt.date | None, tense: Tense | None) -> Resolved | None:
    """ "the morning of 6 June 1944", "the night of Oct. 23": that part of the day the date names."""
    found = _PART_OF_A_DATE.match(words)
    if not found:
        return None
    day = _resolve(found.group("day"), anchor, tense)
    if day.granularity is not Granularity.DAY or day.start is None or "T" in day.value:
        return None
    return day._replace(value=f"{day.value}T{PARTS_OF_DAY[found.group('part')]}")


_END_UNIT_OF = re.compile(r"^the (?P<side>first|last|final|opening|closing) (?P<unit>day|week|month) of (?P<whole>.+)$")


def _end_unit_of(words: str, anchor: dt.date | None, tense: Tense | None) -> Resolved | None:
    """ "the first day of next year", "the last day of June", "the first week of August": the day, week or month that
    opens or closes the time named; None when that time does not resolve ("the first day of the trial")."""
    found = _END_UNIT_OF.match(words)
    if not found:
        return None
    whole = _resolve(found.group("whole"), anchor, tense)
    if whole.start is None or whole.end is None or whole.granularity not in _WIDER_THAN[found.group("unit")]:
        return None
    at = whole.start if found.group("side") in {"first", "opening"} else whole.end
    if found.group("unit") == "day":
        return values.day(at, whole.relative)
    if found.group("unit") == "week":
        return values.week(at, whole.relative)
    return values.month(at.year, at.month, whole.relative)


_WIDER_THAN = {
    "day": {Granularity.WEEK, Granularity.MONTH, Granularity.YEAR},
    "week": {Granularity.MONTH, Granularity.YEAR},
    "month": {Granularity.YEAR},
}
"""What a first or last day, week or month can be of: a time of a coarser unit."""


WEEKS_FROM = re.compile(
    rf"^(?P<count>a|one|two|three|four|five|six|\d) weeks? (?:from |on )?(?P<day>today|tomorrow|{'|'.join(WEEKDAYS)})$"
)
"""Weeks counted from a day, as :func:`clean` leaves the words ("a week today", "two weeks tomorrow" for "a fortnight
tomorrow", "a week on tuesday"): one expression, the day that many weeks on."""


def _weeks_from(words: str, anchor: dt.date | None, tense: Tense | None) -> Resolved | None:
    """ "a week today", "three weeks tomorrow", "a week on Tuesday", "two weeks from Friday" (a fortnight is two weeks
    by :func:`clean`): the day that many weeks after the day named, which lies ahead."""
    found = WEEKS_FROM.match(words)
    if not found:
        return None
    day = _resolve(found.group("day"), anchor, Tense.FUTURE)
    if day.start is None or day.granularity is not Granularity.DAY:
        return None
    return values.day(day.start + dt.timedelta(weeks=count(found.group("count")) or 1))


RULES: tuple[Rule, ...] = (
    *PERIOD_RULES, *LEAF_RULES, _weeks_from, _end_unit_of, _modified, _part_of_a_date, _time_on_day,
    _in_relative_year, _week_of,
)  # fmt: skip

_DAYS = "(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_SET_WORDS = re.compile(
    r"^(?:every|each)\b|^(?:daily|weekly|monthly|quarterly|annually|yearly|hourly|nightly|annual)$|"
    r"\b(?:once|twice|times) (?:a|an|per|each|every)\b|\bper (?:second|minute|hour|day|night|week|month|year|annum)$|"
    rf"^{_DAYS}s$|^{_DAYS} (?:mornings|afternoons|evenings|nights)$"
)
"""Words of a time that recurs ("every day", "twice a week", "daily", "Mondays", "Tuesday nights"): a TimeML SET."""


def timex_type(text: str, value: str) -> str:
    """The TimeML type of an expression: SET for the words of a recurring time, else the type its value implies."""
    if not value.endswith("_REF") and _SET_WORDS.search(clean(text)):
        return "SET"
    return timeml_type(value)


def _calendar(words: str, anchor: dt.date | None, tense: Tense | None) -> Resolved:
    """A calendar date ("February 24th", "7/8/07", "October 2007"): dateparser reads the fields, the anchor and the
    tense place a missing year."""
    read = _dateparser(words)
    if read is None:
        return UNRESOLVED
    date, period = read
    has_year = bool(_HAS_YEAR.search(words))
    if period == "year":
        return values.year(date.year, relative=False) if has_year else UNRESOLVED
    if has_year:
        return values.month(date.year, date.month, False) if period == "month" else values.day(date, relative=False)
    if anchor is None:
        return Resolved(f"XXXX-{date:%m}" + ("" if period == "month" else f"-{date:%d}"), Granularity.UNKNOWN)
    options = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        if period == "month":
            options.append(values.month(year, date.month))
        elif (date.month, date.day) != (2, 29) or year % 4 == 0:
            options.append(values.day(date.replace(year=year)))
    return values.nearest(_on_weekday(options, words), anchor, tense)


def _on_weekday(options: list[Resolved], words: str) -> list[Resolved]:
    """Of a date in neighbouring years, those on the weekday the words name ("Saturday, April 25": the year whose
    April 25 is a Saturday); all of them when no year fits or no weekday is named."""
    named = re.search(rf"\b({'|'.join(WEEKDAYS)})\b", words)
    if named is None:
        return options
    day = WEEKDAYS.index(named.group(1))
    return [o for o in options if o.start is not None and o.start.weekday() == day] or options


@functools.lru_cache(maxsize=8192)
def _dateparser(words: str) -> tuple[dt.date, str] | None:
    """dateparser's reading of calendar words: the date and its precision (day, month or year), cached by words.

    Its relative base is a fixed leap day's year, never today: a year the words do not give is placed by
    :func:`_calendar`, so one reading serves every anchor.
    """
    data = _parser().get_date_data(words)
    if data.date_obj is None or data.period not in {"day", "month", "year"}:
        return None
    return data.date_obj.date(), str(data.period)


@functools.cache
def _parser() -> Any:
    from dateparser.date import DateDataParser

    settings = {"RELATIVE_BASE": PARSER_BASE, "PREFER_DATES_FROM": "current_period", "PREFER_DAY_OF_MONTH": "first"}
    return DateDataParser(languages=["en"], settings=settings)


__all__ = ["RULES", "UNRESOLVED", "WEEKS_FROM", "Resolved", "Tense", "clean", "resolve", "timeml_type", "timex_type"]
