"""Rules for counted units of time: rates ("annual", "every two weeks"), counts back ("seven months ago", valued as the
date where they land, as TimeML does) and lengths ("the past three years", "fifty-year", "decades-long").

Leaf rules of :mod:`graph.extract.timeml_rules`, which lists them in the order they are tried.
"""

from __future__ import annotations

import datetime as dt
import re

from graph.extract import timeml_values as values
from graph.extract.timeml_values import UNRESOLVED, YEAR, Resolved, Tense
from graph.model import Granularity

ONE = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
       "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
       "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
       "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000,
       "single": 1, "couple": 2, "a couple": 2}  # fmt: skip
VAGUE = frozenset({"few", "a few", "several", "some", "many", "couple of", "a couple of", "the", "multi", "recent",
                   "dozens", "hundreds", "thousands", "tens"})  # fmt: skip
"""Counts that say only that there are several ("a few", "hundreds of"): a length of unknown size (``PXY``)."""
UNITS = {"second": "TS", "minute": "TM", "hour": "TH", "day": "D", "week": "W", "month": "M", "quarter": "Q",
         "year": "Y", "decade": "DE", "century": "CE"}  # fmt: skip
"""Unit word -> TimeML duration letter; ``T`` marks units of the time of day (``PT5H``)."""
HALVES = {"Y": ("P{}Y6M", "P6M"), "D": ("P{}DT12H", "PT12H"), "TH": ("PT{}H30M", "PT30M"), "TM": ("PT{}M30S", "PT30S")}
"""Half of a unit said in the next smaller one: the whole units' form and the half ("a day and a half": P1DT12H)."""
SETS = {"annual": "P1Y", "annually": "P1Y", "yearly": "P1Y", "every year": "P1Y", "each year": "P1Y",
        "a year": "P1Y", "per year": "P1Y", "daily": "P1D", "every day": "P1D", "each day": "P1D", "a day": "P1D",
        "per day": "P1D", "hourly": "PT1H", "weekly": "P1W", "every week": "P1W", "a week": "P1W", "monthly": "P1M",
        "every month": "P1M", "a month": "P1M", "quarterly": "P3M", "twice daily": "P1D", "per annum": "P1Y",
        "twice weekly": "P1W", "twice yearly": "P1Y"}  # fmt: skip
"""Rates ("15 a year", "annual"): TimeML SETs, valued by their period."""

_NUM = (
    r"(?:a few|a couple of|couple of|an? (?:hundred|thousand)|\d+ 1/2|"
    r"(?:\d+(?:\.\d+)?|[a-z]+ty[- ][a-z]+|[a-z]+(?:-[a-z]+)?)(?: and a half)?)"
)
"""A count: a number in digits or words ("27", "twenty-five", "twenty four", "a hundred", "2 1/2", "two and a half")."""
_UNIT = rf"(?P<unit>{'|'.join(UNITS)}|centurie)s?"
_AGO = re.compile(
    rf"^(?:(?P<n>half\s+an?|{_NUM}(?: of)?)\s+)?{_UNIT}(?P<half>\s+and\s+a\s+half)?"
    r"(?:'s?\s+time|\s+(?:(?P<back>ago|earlier|before|back)|from now|hence))$"
)
"""A count back or on from now: "two years ago", "a week earlier", "three years from now", "in a month's time"."""
_DURATION = re.compile(
    rf"^(?:the\s+)?(?:(?:first|last|past|next|coming|previous|following|final|initial|latest|other)\s+)?"
    rf"(?P<n>{_NUM}(?: of)?)?(?:\s+(?:to|or)\s+{_NUM})?\s*"
    rf"(?:(?:single|full|consecutive|straight|successive|whole|entire|additional|extra|further|more|trading|"
    rf"business|working)\s+)?{_UNIT}"
    r"(?P<half>\s+and\s+a\s+half)?$"
)
_ADJECTIVE = re.compile(rf"^(?P<n>{_NUM}|multi)[\s-]+(?:{_UNIT})?(?:-?long)?$")
_EVERY = re.compile(
    rf"^(?:(?:once|twice|thrice|{_NUM} times)\s+)?(?:(?:every|each|per)\s+(?:(?P<other>other)\s+|(?P<n>{_NUM})\s+)?|"
    rf"an?\s+){_UNIT}$"
)
_HALF = re.compile(rf"^(?:(?P<part>half)\s+an?\s+|(?:an?\s+)?(?P<whole>half|quarter)(?:-|\s+)){_UNIT}$")
"""Half or a quarter of one unit: "half a century", "a half-century", "a quarter-century", "quarter-hour"."""
FRACTIONS = {"half": 0.5, "quarter": 0.25}
_SIDE_OF_NOW = re.compile(r"^the\s+(?:past|last|next|coming|previous|following)\s")
"""Before a unit without a count ("the past year", "the next month"): a length of one unit."""


def count(word: str | None) -> float | None:
    """The number a count word says ("two and a half" -> 2.5, "27" -> 27, "twenty-five" -> 25); None if vague."""
    if not word:
        return 1
    word = word.strip().removesuffix(" of")
    half = 0.5 if word.endswith(" and a half") else 0.0
    word = word.removesuffix(" and a half")
    if fraction := re.fullmatch(r"(\d+) 1/2", word):
        word, half = fraction.group(1), 0.5
    if re.fullmatch(r"\d+(?:\.\d+)?", word):
        return float(word) + half
    if word in ONE:
        return ONE[word] + half
    total = 0
    for part in re.split(r"[- ]", word):
        value = ONE.get(part)
        if value is None:
            return None
        total = max(total, 1) * value if value in {100, 1000} else total + value
    return total + half


def rate(words: str, anchor: dt.date | None, tense: Tense | None) -> Resolved | None:
    """A rate ("annual", "every quarter", "every two weeks", "per hour"): a TimeML SET valued by its period."""
    if words in SETS:
        return Resolved(SETS[words], Granularity.DURATION)
    every = _EVERY.match(words)
    if not every or (n := count(every.group("n"))) is None:
        return None
    n = 2 if every.group("other") else n  # "every other week": one week in two
    letter = UNITS["century" if every.group("unit") == "centurie" else every.group("unit")]
    n, letter = (3 * n, "M") if letter == "Q" else (n, letter)  # "every quarter" = "quarterly" = P3M
    n, letter = (n * {"DE": 10, "CE": 100}[letter], "Y") if letter in {"DE", "CE"} else (n, letter)
    return Resolved(f"P{'T' if letter.startswith('T') else ''}{n:g}{letter[-1]}", Granularity.DURATION)


def ago(words: str, anchor: dt.date | None, tense: Tense | None) -> Resolved | None:
    """Counted back from the anchor ("almost seven months ago", "a year earlier", "three years from now", "in two
    weeks' time"): as TimeML
    values it, the calendar unit it lands in (a DATE, "two years ago" -> ``2006``), with the length counted kept beside
    it (``P2Y``); an uncounted "several years ago" or "decades ago" is only in the past (``PAST_REF``, length
    ``PXY``), "years from now" only in the future."""
    found = _AGO.match(words)
    if not found or (found.group("n") is None and not re.match(r"\S+s\s", words)):
        return None  # "decades ago" is many; a bare "year ago" is no count
    n, unit = _counted(found.group("n"), bool(found.group("half"))), found.group("unit")
    length = _length(n, UNITS["century" if unit == "centurie" else unit]).value
    if n is not None and n % 1 and unit in IN_SMALLER_UNITS:  # "a year and a half ago": 18 months back
        unit, n = IN_SMALLER_UNITS[unit][0], n * IN_SMALLER_UNITS[unit][1]
    if n is None:  # "several years ago", "decades from now": only a side of now
        return Resolved("PAST_REF" if found.group("back") else "FUTURE_REF", Granularity.UNKNOWN, length=length)
    if n is None or n != int(n) or unit not in {"day", "week", "month", "year", "decade", "century"}:
        return UNRESOLVED._replace(length=length)
    if anchor is None:
        return UNRESOLVED._replace(length=length)
    back = int(n) if found.group("back") else -int(n)  # "three years from now": on
    if unit == "decade":  # "a decade ago": the year it lands in
        return values.year(anchor.year - 10 * back)._replace(length=length)
    return values.unit_from(anchor, unit, -back)._replace(length=length)


IN_SMALLER_UNITS = {"year": ("month", 12), "decade": ("year", 10), "century": ("year", 100), "hour": ("minute", 60)}
"""A unit a part of which is counted in a smaller one ("half a century ago": 50 years back; "a quarter-century":
``P25Y``; "a quarter-hour": ``PT15M``)."""


def _counted(word: str | None, and_a_half: bool) -> float | None:
    """The count before a unit counted back ("two", "half a"), with a half said after the unit ("a year and a half");
    None for an uncounted many."""
    if word is None:
        return None
    n = 0.5 if re.fullmatch(r"half\s+an?", word) else count(word)
    return None if n is None else n + 0.5 * and_a_half


UNKNOWN_LENGTHS = frozenset({"a while", "quite a while", "some time", "quite some time"})
"""A stretch whose length and unit the text leaves open ("for a while", "for some time"): TimeML's ``PXX``."""
_OF_A_YEAR = re.compile(rf"^(?P<stretch>the (?:first|last) .+?) of (?:{YEAR}|(?:this|last|next) year|the year)$")
"""The first or last stretch of a named year ("the first nine months of 1988"): a length, as TimeML values it."""


def duration(words: str, anchor: dt.date | None, tense: Tense | None) -> Resolved | None:
    """A length of time: "the past three years", "two and a half years", "fifty-year", "decades-long", "12-hour",
    "the first nine months of 1988"; "a while" (:data:`UNKNOWN_LENGTHS`)."""
    if words in UNKNOWN_LENGTHS:
        return Resolved("PXX", Granularity.DURATION)
    if of_year := _OF_A_YEAR.match(words):
        words = of_year.group("stretch")
    found = _DURATION.match(words) or _ADJECTIVE.match(words)
    if not found:
        return None
    word, unit = _count_and_unit(found)
    if unit not in UNITS:
        return None
    plural = word is None and re.search(r"(?:s|ies)(?:-?long)?$", words) is not None
    if word is None and not plural and not _SIDE_OF_NOW.match(words):
        return None  # a bare "year", "the month" or "last week" is no duration
    n = None if plural else count(word)
    if n is None and not plural and (word or "").removesuffix(" of") not in VAGUE:
        return None
    return _length(n, UNITS[unit])


def half_unit(words: str, anchor: dt.date | None, tense: Tense | None) -> Resolved | None:
    """Half or a quarter of one unit ("half an hour", "a half-century", "a quarter-century"): a length in a smaller
    unit; a quarter only of a unit said in a smaller one ("a quarter year" ``P3M``; "a quarter day" is no length)."""
    if not (found := _HALF.match(words)):
        return None
    unit = "century" if found.group("unit") == "centurie" else found.group("unit")
    part = FRACTIONS[found.group("part") or found.group("whole")]
    if unit in IN_SMALLER_UNITS:
        smaller, size = IN_SMALLER_UNITS[unit]
        return _length(part * size, UNITS[smaller])
    return _length(part, UNITS[unit]) if part == FRACTIONS["half"] else None


def _count_and_unit(found: re.Match[str]) -> tuple[str | None, str]:
    """The count word and the unit word of a length; a unit alone ("decades-long", "year-long") is many or one; a half
    after the unit joins the count ("a year and a half")."""
    word, unit = found.group("n"), found.group("unit")
    if unit is None:
        unit, word = (word or "").removesuffix("s"), "multi" if (word or "").endswith("s") else "one"
    if word and found.groupdict().get("half"):
        word += " and a half"
    return word, "century" if unit == "centurie" else unit


def _length(n: float | None, letter: str) -> Resolved:
    """``n`` units of duration letter ``letter`` (None: an uncounted many) as a TimeML duration."""
    if letter == "DE":  # "the past two decades" = P20Y; "decades" = PXY, as MEANTIME writes it
        n, letter = None if n is None else n * 10, "Y"
    if letter == "CE" and n is not None:
        n, letter = n * 100, "Y"
    amount = "X" if n is None else f"{n:g}"
    if n is not None and n % 1 == 0.5 and letter in HALVES:  # "two and a half years": P2Y6M, whole units as TimeML has
        whole, half = HALVES[letter]
        return Resolved(whole.format(int(n)) if n > 1 else half, Granularity.DURATION)
    if letter.startswith("T"):
        return Resolved(f"PT{amount}{letter[1]}", Granularity.DURATION)
    return Resolved(f"P{amount}{letter}", Granularity.DURATION)
