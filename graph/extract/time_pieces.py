"""Where spaCy's time entities join or cut what TimeML marks apart: ranges split into their points ("1957-58",
"March 20-21", "May 12 to 18", "from 12 to 18 May", "between 2014 and 2016", "12 and 18 months"), two expressions
joined into one ("November 11, three days later", "more than four hours Friday") split, and a bare number of a range
read with the words it borrows.

:mod:`graph.extract.dates` finds the candidates; these pure functions take a spaCy span and return spans or words.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from graph.extract.timeml import UNRESOLVED, WEEKS_FROM, clean, resolve, timeml_type
from graph.extract.timeml_periods import ORDINAL_DAY
from graph.extract.timeml_rules import MONTHS
from graph.extract.timeml_values import YEAR

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

TIME_WORDS = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    r"(?:second|minute|hour|day|night|week|weekend|fortnight|month|quarter|year|decade|centur(?:y|ie)|morning|"
    r"afternoon|evening|spring|summer|fall|autumn|winter|christmas|easter|halloween|today|tonight|yesterday|tomorrow|"
    r"now|annual|daily|"
    r"weekly|monthly|fiscal|fy|half|future|past|recent|current|later|earlier|soon|noon|midnight|thanksgiving)s?\b|"
    rf"\b{YEAR}(?:s|\b)|\bnineteen [a-z]+ty\b|\btwo thousand\b|'\d0s|\d{{1,2}}/\d{{1,2}}|\d:\d\d|"
    r"\d\s*[ap]\.?m\b|\bq[1-4]\b|\b\d{4} (?:gmt|utc)\b|"
    r"\b(?:the (?:early |late )?|mid-?\s?)(?:twent|thirt|fort|fift|sixt|sevent|eight|ninet)ies\b",
    re.I,
)
"""An entity must say something about time: spaCy also labels bare numbers ("49") and rates as DATE. A decade in
words takes "the" or "mid" ("the Sixties", "the mid-Eighties"; see :func:`graph.extract.dates` for ages and
temperatures)."""
CLOCK = re.compile(r"\d\s*[ap]\.?\s?m\b|\d:\d\d|\b(?:noon|midnight)\b", re.I)
SPLIT_WORDS = frozenset({",", ";", "and", "to", "through", "-", "–", "until", "or", "ended", "ending", "ends", "of"})
WEEKDAY = re.compile(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day", re.I)
ISO_DATE = re.compile(r"\d{4}-\d\d-\d\d(?!\d)")
DEICTIC_OPENINGS = frozenset({"last", "this", "next", "yesterday", "today", "tomorrow", "tonight"})
"""Words that open a time named from the anchor: after a counted length in one entity, a time of its own."""
MONTH_ABBREVIATION = re.compile(r"(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?", re.I)
MONTH_NAME = re.compile(r"january|february|march|april|may|june|july|august|september|october|november|december", re.I)
MONTH_PREFIXES = tuple(month[:3] for month in MONTHS)
_MONTH_WORD = rf"(?:{MONTH_NAME.pattern}|{MONTH_ABBREVIATION.pattern})"
_DAY_NUMBER = r"\d{1,2}(?:st|nd|rd|th)?"
DAY_OF_MONTH_NAMED = re.compile(rf"{_MONTH_WORD}\s+{_DAY_NUMBER}|{_DAY_NUMBER}\s+{_MONTH_WORD}", re.I)
"""A day and its month, with no year: "June 6", "Oct. 11", "6 June"."""
RANGE_END_YEAR = re.compile(
    rf"\s*(?:-|–|to|through|until|and)\s+(?P<last>{_MONTH_WORD}\s+{_DAY_NUMBER}|{_DAY_NUMBER}\s+{_MONTH_WORD}),?\s+"
    rf"(?P<year>{YEAR})\b",
    re.I,
)
"""The end of a range of dates that gives the year of both: " to June 24, 2021", " - 24 June 2021"."""
HALF = ["and", "a", "half"]
OPEN_ENDS = frozenset({("or", "later"), ("or", "earlier"), ("or", "before"), ("or", "after"), ("and", "beyond")})
"""After a date, words that leave it open on one side ("1994 or later", "1990 and beyond"): part of the expression."""
UNITS_AFTER_NUMBER = frozenset({"years", "months", "weeks", "days", "hours", "minutes", "decades", "year", "month",
                                "week", "day", "hour", "minute", "decade"})  # fmt: skip
"""A unit after a number spaCy calls CARDINAL ("almost two and a half" + "years") makes a duration."""
COUNT_WORD = re.compile(r"\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve", re.I)
"""A count of units in digits or words: the first of two counts sharing one unit ("six or nine months")."""
RANGE_WORDS = r"(?:and|or|to|through|until|-|–)"
"""Words between the two ends of a range of months or decades."""
COUNTED_AFTER = frozenset({"aged", "ages", "page", "pages", "clause", "clauses", "section", "sections", "article",
                           "articles", "chapter", "chapters", "paragraph", "paragraphs", "room", "rooms", "platform",
                           "platforms", "junction", "junctions", "number", "numbers", "no", "nos", "item", "items",
                           "some", "grade", "grades", "level", "levels"})  # fmt: skip
"""Words before a number that make it a count or a label, never a day of a month ("aged 12 to 18 May …")."""
DAYS_RANGE_WORDS = frozenset({"-", "–", "/", "to", "and", "through", "until"})
"""Words between the two days of a range ("March 20-21", "May 12 to 18", "between 3 and 5 June")."""
YEAR_AFTER_RANGE = re.compile(
    rf"\s*{RANGE_WORDS}\s*(?P<month>{MONTH_NAME.pattern})\s*,?\s+"
    rf"(?P<year>(?:of )?(?:(?:last|next|this) year|{YEAR}))\b",
    re.I,
)
"""After a bare month, the other end of its range and the year that qualifies both ("March and May of last year",
"from June to August 2014"): the year is the first month's too, or the one before when the range crosses New Year
("between November and February 2015": November 2014)."""
DECADE_BEFORE = re.compile(rf"(?P<century>\d\d)(?P<decade>\d)0s\s*{RANGE_WORDS}\s*$", re.I)
"""A decade written in full before a second one written short ("the 1980s and 90s"): the century both share, or the
next one when the short decade is below the full one ("the 1990s and 00s": the 2000s)."""
DECADE_REACH = 20
"""How many characters before a short decade the full one may start ("the 1980s and" + "90s")."""


def borrowed(span: SpacySpan) -> str | None:
    """The words a bare number or month of a range means, borrowed from its neighbours: "58" of "1957-58" is "1958",
    "21" of "March 20-21" is "March 21", "June 6" of "from June 6 to June 24, 2021" is "June 6, 2021", "12" of "12
    and 18 months" is "12 months", "six" of "six or nine months" "six months", a bare month before another and their
    year ("March" of "between March and May of last year": "March of last year"), a short decade after a full one
    ("90s" of "the 1980s and 90s": "1990s"); None for anything else."""
    doc, start, end = span.doc, span.start, span.end
    if (range_year := _year_of_range(span)) is not None:
        return f"{span.text}, {range_year}"  # "June 6" of "from June 6 to June 24, 2021"
    if end - start != 1:
        return None
    if MONTH_NAME.fullmatch(span.text) and (year := YEAR_AFTER_RANGE.match(doc.text, span.end_char)):
        return _month_of_range(span.text, year)  # "March" of "between March and May of last year"
    decade = re.fullmatch(r"['’]?(\d)0s", span.text)
    if decade and (full := DECADE_BEFORE.search(doc.text, max(0, span.start_char - DECADE_REACH), span.start_char)):
        century = int(full.group("century")) + (decade.group(1) < full.group("decade"))  # "the 1990s and 00s"
        return f"{century}{decade.group(1)}0s"  # "90s" of "the 1980s and 90s" is the 1990s
    if not COUNT_WORD.fullmatch(span.text):
        return None
    if start >= 2 and doc[start - 1].text.lower() in DAYS_RANGE_WORDS and re.fullmatch(r"\d{1,2}", span.text):
        return _range_end(span)
    if end + 2 < len(doc) and doc[end].text.lower() in {"and", "or"}:  # "two to three weeks" is one length
        unit = doc[end + 2].text.lower()
        if COUNT_WORD.fullmatch(doc[end + 1].text) and unit in UNITS_AFTER_NUMBER:
            return f"{span.text} {unit}"
    return _first_day_of_range(span)


def _year_of_range(span: SpacySpan) -> str | None:
    """The year of a range of dates written once, after its last date: "June 6" of "from June 6 to June 24, 2021",
    "6 June" of "6 June to 24 June 2021" is of 2021, "Dec. 20" of "from Dec. 20 to Jan. 5, 2022" of the year before;
    None for a date that gives its own year or ends no range."""
    if not DAY_OF_MONTH_NAMED.fullmatch(span.text):
        return None
    found = RANGE_END_YEAR.match(span.doc.text, span.end_char)
    if not found:
        return None
    year = int(found.group("year"))
    return str(year - 1 if _month_number(span.text) > _month_number(found.group("last")) else year)


def _month_number(words: str) -> int:
    """The number of the month named in a day and its month ("Dec. 20", "5 January")."""
    name = next(w for w in re.findall(r"[a-z]+", words.lower()) if w[:3] in MONTH_PREFIXES)
    return MONTH_PREFIXES.index(name[:3]) + 1


def _first_day_of_range(span: SpacySpan) -> str | None:
    """The first day of a range of days written before their month, as British copy writes it: "12" of "from 12 to
    18 May" is "12 May", of "between 3 and 5 June 2005" "3 June 2005"; the second day must come after the first
    (a score, "won 2-1", is no range) and be read day first (:func:`reads_day_first`)."""
    doc, end = span.doc, span.end
    if end + 2 >= len(doc) or doc[end].text.lower() not in DAYS_RANGE_WORDS or not reads_day_first(doc, end + 1):
        return None
    first, last = span.text, re.sub(r"\D", "", doc[end + 1].text)
    if not (re.fullmatch(r"\d{1,2}", first) and int(first) < int(last)) or _counted(doc, span.start):
        return None
    year = doc[end + 3].text if end + 3 < len(doc) and re.fullmatch(YEAR, doc[end + 3].text) else ""
    return f"{first} {doc[end + 2].text} {year}".strip()


def _month_of_range(month: str, after: re.Match[str]) -> str | None:
    """The first month of a range with the year after its second ("March" + "May of last year": "March of last
    year"); a month later in the calendar than the second is of the year before ("November" + "February 2015":
    "November 2014"), None when that year is not written in digits."""
    year = after.group("year")
    if MONTHS.index(month.lower()) <= MONTHS.index(after.group("month").lower()):
        return f"{month} {year}"
    digits = re.search(r"\d{4}", year)
    return f"{month} {int(digits.group()) - 1}" if digits else None


def reads_day_first(doc: Doc, i: int) -> bool:
    """Whether the number at ``i`` and the month after it are a date written day first ("18 May"): a day of the
    month before a month's name that is no verb ("Matches 12 to 18 May be replayed"), with no day of its own after
    it ("won 3-4 April 2": April 2), and not the second number of a score ("beat them 2-1 May 4", "the 2-1 June
    defeat"), which a range of days is only when it counts up ("12-18 May")."""
    if i + 1 >= len(doc) or not re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)?", doc[i].text):
        return False
    month, day = doc[i + 1], int(re.sub(r"\D", "", doc[i].text))
    if not (MONTH_NAME.fullmatch(month.text) and month.text.istitle()) or month.tag_ == "MD" or month.pos_ == "VERB":
        return False
    after = doc[i + 2] if i + 2 < len(doc) else None
    if after is not None and (re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)?|[-–]", after.text) or _modal_may(month, after)):
        return False  # "April 2", "March-order units", "12 to 18 May apply"
    if not 1 <= day <= 31 or _counted(doc, i):
        return False
    scored = i >= 2 and doc[i - 1].text in {"-", "–"} and doc[i - 2].text.isdigit()
    return not scored or int(doc[i - 2].text) < day


def _modal_may(month: Token, after: Token) -> bool:
    """Whether "May" is the verb of its clause: a base form or "not" after it ("12 to 18 May apply", "may not")."""
    return month.text == "May" and (after.tag_ in {"VB", "VBP"} or after.text.lower() in {"be", "not", "have"})


def _counted(doc: Doc, i: int) -> bool:
    """Whether the number at ``i`` (or the first of the range it ends) counts something named before it: an age, a
    page, a clause, a room ("aged 12 to 18", "pages 12 to 18", "some 15")."""
    first = i - 2 if i >= 2 and doc[i - 1].text.lower() in DAYS_RANGE_WORDS and doc[i - 2].text.isdigit() else i
    before = doc[first - 1].text.lower() if first >= 1 else ""
    return before in COUNTED_AFTER


def _range_end(span: SpacySpan) -> str | None:
    """The second number of a range of years or days: "58" of "1957-58" is "1958", "21" of "March 20-21" or "March 20
    to 21" "March 21"."""
    doc, start = span.doc, span.start
    if re.fullmatch(YEAR, doc[start - 2].text):
        framed = start >= 3 and doc[start - 3].text.lower() in {"from", "between"}  # "from 1995 to 98"
        joined = doc[start - 1].text in {"-", "–", "/"} or framed
        return doc[start - 2].text[:2] + span.text.zfill(2) if len(span.text) == 2 and joined else None
    if start < 3 or doc[start - 1].text == "/" or not re.fullmatch(r"\d{1,2}", doc[start - 2].text):
        return None
    month = doc[start - 3].text
    return f"{month} {span.text}" if MONTH_NAME.match(month) or MONTH_ABBREVIATION.fullmatch(month) else None


def split(span: SpacySpan) -> Iterator[SpacySpan]:
    """Two expressions spaCy joined into one entity: split where both parts resolve on their own.

    "November 11, three days later" and "between 2014 and 2016" split; "February 24, 1955" and "two and a half
    years" do not (a bare year or number does not resolve to a date of its own).
    """
    if WEEKS_FROM.match(clean(span.text)):
        yield span  # "a week today", "three weeks tomorrow": one day ahead, as British copy writes it
        return
    day = next((t.i for t in span[1:] if _day_after(t) and _before_a_day(span.doc[span.start : t.i])), None)
    if day is not None:  # "more than four hours Friday", "for three days last week": a length, then when it fell
        yield span.doc[span.start : day]
        yield from split(span.doc[day : span.end])
    else:
        yield from _split_at_words(span)


def _split_at_words(span: SpacySpan) -> Iterator[SpacySpan]:
    """``span`` split at the first word between two expressions (:data:`SPLIT_WORDS`), or whole."""
    for token in span[1:-1]:
        if token.text.lower() not in SPLIT_WORDS:
            continue
        left, right = span.doc[span.start : token.i], span.doc[token.i + 1 : span.end]
        if _one_expression(left, token, right):
            continue
        if token.text.lower() == "of" and (
            timeml_type(resolve(left.text, dt.date(2000, 1, 1)).value) != "DURATION" or _names_half(span)
        ):
            continue  # "the end of November", "the first two quarters of 2012"; "the first nine months of 1997" splits
        if borrowed(left) or ((token.text in {"-", "–", "/"} or len(right) == 1) and borrowed(right[:1])):
            yield from (left, right[:1] if borrowed(right[:1]) else right)  # "1957-58": 1957, 1958; "12 and 18 months"
            return
        if _year_range(left, token, right):
            yield from (left, right)  # TimeML marks the years of a range, each a date
            return
        if _stands_alone(left) and _stands_alone(right):
            yield from split(left)
            yield from split(right)
            return
    yield span


def _names_half(span: SpacySpan) -> bool:
    """Whether words name a half of a year by its quarters ("the first two quarters of 2012": 2012-H1), one date."""
    return re.search(r"-H[12]$", resolve(span.text, dt.date(2000, 1, 1)).value) is not None


def _day_after(token: Token) -> bool:
    """Whether a time named from the anchor opens at ``token``: a weekday, or "last", "this", "next", "yesterday",
    "today" and the like ("two days this week", "two hours this morning")."""
    return WEEKDAY.fullmatch(token.text) is not None or token.text.lower() in DEICTIC_OPENINGS


def _before_a_day(span: SpacySpan) -> bool:
    """Whether words before a weekday are a time of their own: a counted length ("more than four hours" + "Friday")
    or a day counted in a story ("its 12th day" + "Tuesday")."""
    return _is_length(span) or ORDINAL_DAY.match(span.text) is not None


def _is_length(span: SpacySpan) -> bool:
    """Whether words are a counted length of time ("four hours", "more than a week")."""
    return bool(re.search(r"\d|\b(?:an?|one|two|three|four|five|six|seven|eight|nine|ten)\b", span.text, re.I)) and (
        timeml_type(resolve(span.text, dt.date(2000, 1, 1)).value) == "DURATION"
    )


def _one_expression(left: SpacySpan, token: Token, right: SpacySpan) -> bool:
    """Whether a hyphen or comma joins the words of one expression: "the year-earlier third quarter", "year-end",
    "February 24, 1955", "Saturday, April 25", "5 p.m. EST, Nov. 6" (a time of day and its day)."""
    if token.text in {"-", "–"}:
        return right[0].text.lower() in {"ago", "earlier", "end", "long", "old"} or _in_iso_date(token)
    if len(right) == 1 and (token.text.lower(), right.text.lower()) in OPEN_ENDS:
        return True  # "1994 or later"
    if token.text.lower() == "and":
        return [t.text.lower() for t in right[:2]] == HALF[1:]  # "a minute and a half"
    if token.text != ",":
        return False
    return bool(re.fullmatch(r"\d{4}", right.text) or WEEKDAY.fullmatch(left[-1].text) or CLOCK.search(left.text))


def _in_iso_date(hyphen: Token) -> bool:
    """Whether a hyphen is one of a date written as ISO 8601 writes it ("2024-11-05"), not a range ("2009-11")."""
    text, at = hyphen.doc.text, hyphen.idx
    return any(ISO_DATE.fullmatch(text, start, start + 10) for start in (at - 4, at - 7) if start >= 0)


def _year_range(left: SpacySpan, token: Token, right: SpacySpan) -> bool:
    """ "from 2009 to 2011", "2009-2011", "between 2014 and 2016" (not "in 2009 and 2010"): one span of years."""
    if not (re.fullmatch(YEAR, left.text) and re.fullmatch(YEAR, right.text)):
        return False
    before = left.doc[left.start - 1].text.lower() if left.start > 0 else ""
    return token.text.lower() != "and" or before == "between"


def _stands_alone(span: SpacySpan) -> bool:
    """Whether words say a time on their own: they resolve, or count units from some other time ("two days later")."""
    text = span.text.strip()
    if not TIME_WORDS.search(text):
        return False
    if re.search(r"\b(?:later|earlier)$", text):
        return True
    return resolve(text, dt.date(2000, 1, 1)).value != UNRESOLVED.value


__all__ = [
    "CLOCK", "HALF", "MONTH_NAME", "OPEN_ENDS", "TIME_WORDS", "UNITS_AFTER_NUMBER", "WEEKDAY", "YEAR", "borrowed",
    "reads_day_first", "split",
]  # fmt: skip
