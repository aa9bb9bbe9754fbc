"""Rules for years and longer: calendar and fiscal years, decades, centuries, and spans from one year to another.

Split from :mod:`graph.extract.timeml_rules` (which lists them among its leaf rules) to keep each a screenful or two.
"""

from __future__ import annotations

import datetime as dt
import re

from graph.extract import timeml_values as values
from graph.extract.timeml_values import YEAR, Resolved, Tense
from graph.model import Granularity

DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7, "eighties": 8,
                "nineties": 9}  # fmt: skip
CENTURY_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
                    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
                    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
                    "twentieth": 20, "twenty-first": 21}  # fmt: skip
_YEAR = re.compile(
    r"^(?:the\s+)?(?:year\s+|(?P<fiscal>(?:fiscal|financial)(?:\s+year)?\s+|fy\s*))?"
    rf"(?P<year>{YEAR})(?P<fiscal_after>\s+(?:fiscal|financial)\s+year)?$"
)
_FISCAL_YEAR = re.compile(
    r"^(?:the\s+)?(?P<rel>this|last|next|current|previous|prior|following|coming|same|latest)?\s*(?:fiscal|financial)\s+year$"
)
"""A fiscal year named by its relation to the anchor ("the current fiscal year", "last financial year"): valued as the
calendar year, as TempEval-3 values it; the year the anchor falls in stands for the current one, whatever month the
company's year begins in."""
_YEAR_RANGE = re.compile(rf"^(?:from|between)?\s*(?P<first>{YEAR})\s*(?:to|and|through|-|–)\s*(?P<last>{YEAR})$")
_DECADE = re.compile(
    rf"^(?:the\s+)?(?:(?P<century>1[5-9]|20)(?P<decade>\d)0|'?(?P<short>\d)0|(?P<word>{'|'.join(DECADE_WORDS)}))'?s?$"
)
CENTURY_NOT_DECADE_BEFORE = 20
"""Hundreds with an "s" before this one name a century ("the 1800s", "the early 1900s": all of it); "the 2000s" names
the decade, as news now uses it."""
_CENTURY = re.compile(rf"^(?:the\s+)?(?P<n>\d{{1,2}}|{'|'.join(CENTURY_ORDINALS)})(?:\s+|\s?-\s?)century$")
"""An ordinal century ("the 20th century", its suffix cleaned off; "the nineteenth century"; "an 18th-century church"
before a noun): TimeML ``19``, ``18``, ``17``."""


def absolute_year(words: str, anchor: dt.date | None, tense: Tense | None) -> Resolved | None:
    found = _YEAR.match(words)
    if found:
        year = int(found.group("year"))
        return values.year(year, relative=False)  # "fiscal 2009" is valued 2009, as TempEval-3 values it
    found = _FISCAL_YEAR.match(words)
    if found:
        if anchor is None:
            return Resolved("XXXX", Granularity.UNKNOWN)
        return values.year(anchor.year + values.STEPS.get(found.group("rel") or "", 0))
    found = _CENTURY.match(words)
    if found:
        number = CENTURY_ORDINALS.get(found.group("n")) or int(found.group("n"))
        return values.century(number - 1, relative=False)
    found = _DECADE.match(words)
    if not found or (found.group("word") is None and not words.endswith("s")):
        return None
    if found.group("word"):  # "the eighties": the twentieth century's
        return values.decade(190 + DECADE_WORDS[found.group("word")], relative=False)
    if found.group("short") is None:
        hundreds, tens = int(found.group("century")), int(found.group("decade"))
        if tens == 0 and hundreds < CENTURY_NOT_DECADE_BEFORE:  # "the 1800s": the century, TimeML ``18``
            return values.century(hundreds, relative=False)
        return values.decade(hundreds * 10 + tens, relative=False)
    # "the '90s": the latest such decade that had begun by the anchor
    latest = (anchor.year if anchor else 1999) // 10
    decade = max(d for d in (190 + int(found.group("short")), 200 + int(found.group("short"))) if d <= latest)
    return values.decade(decade, relative=anchor is not None)


def year_range(words: str, anchor: dt.date | None, tense: Tense | None) -> Resolved | None:
    """From one year to another ("from 2009 to 2011", "between 2014 and 2016") read as one expression: its length.
    The extractor marks the two years instead, as TimeML does."""
    found = _YEAR_RANGE.match(words)
    if not found or int(found.group("last")) <= int(found.group("first")):
        return None
    return Resolved(f"P{int(found.group('last')) - int(found.group('first'))}Y", Granularity.DURATION)
