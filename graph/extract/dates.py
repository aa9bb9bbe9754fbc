"""Time expressions of an article: found in the spaCy ``Doc``, normalised to TimeML against the publication date.

Where: spaCy's DATE and TIME entities with their extents put as TimeML marks them (no "just" or "on" in front,
"this year" whole where spaCy took only "year", "June 17, two days later" as two expressions, "between 2014 and
2016" as two dates), plus what spaCy leaves unlabelled ("now", "recently", "soon", "18:00 UTC", "7/8/07").
When: :mod:`graph.extract.timeml` resolves the words against the publication date, never today, using the tense of
the sentence to place a date without a year ("was on October 25" / "will be on October 25"); a time of day takes the
day its sentence names ("on Tuesday at 18:00 UTC"). Without a publication date, relative expressions keep an
unresolved value but are recorded.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from graph.extract import time_told as back
from graph.extract.time_pieces import (
    HALF,
    MONTH_NAME,
    OPEN_ENDS,
    TIME_WORDS,
    UNITS_AFTER_NUMBER,
    WEEKDAY,
    YEAR,
    borrowed,
    reads_day_first,
    split,
)
from graph.extract.time_tense import clause_of, tense_of
from graph.extract.timeml import UNRESOLVED, Tense, resolve
from graph.extract.timeml_periods import DAY_OF_MONTH, OLD_YEAR, ORDINAL_DAY
from graph.model import Article, Granularity, Quote, Span, TimeExpr

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

TIME_LABELS = frozenset({"DATE", "TIME"})
ARTICLES = frozenset({"a", "an", "the"})
NOT_TIMES = re.compile(
    r"\d+[- ](?:year|month|week|day)s?[- ]old|\bage[ds]?\b|\bold\b|\blast-minute\b|\beleventh[- ]hour\b|"
    r"\byear zero\b|\bday one\b",
    re.I,
)
"""DATE entities that are ages or idioms ("a last-minute goal", "at the eleventh hour", "from day one"), not times."""
LEADING = re.compile(
    r"^(?:(?:just|only|right|(?:shortly|soon|well|long|immediately) (?:after|before)|"
    r"(?:about|almost|around|barely)(?!\s.*\bago$)(?!\s+\d{1,2}(?::\d\d)?\s*[ap]\.?\s?m\b)|"
    r"as long as|as early as|as late as|as of|since|until|by|on|"
    r"its|their|his|her|both|"
    r"in|at(?! (?:least|most)\b)|from|between|during|for|"
    r"(?:[\d.,]+|one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?)(?= (?:a|an|per|each|every) )|"
    r"an?(?= (?:\d|(?:first|second|third|fourth|"
    r"jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)\b))|the(?= (?:days|weeks|months|years)$)|"
    r"(?:earlier|later|the day)(?= (?:today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b))\s+)+",
    re.I,
)
"""Words before an expression that TempEval-3's gold leaves outside it ("just yesterday", "on Tuesday", "15 a year",
"seven a year ago", "earlier Friday", "through the day Tuesday" (the day is that Tuesday), "its fourth quarter", "about
five hours", "almost two decades"); modifiers it keeps inside as the expression's ``mod`` ("more than a week", "at
least 30 days", "nearly two years", "earlier this month") stay, as does a hedge on a point in time ("about two years
ago", "around 7:15 p.m.")."""
TRAILING = re.compile(
    r"(?:second|minute|hour|day|week|month|quarter|year|decade|century|centuries)s?(?: and a half)?(?P<cut> later)$|"
    r"(?P<own>\s*['’]s)$",
    re.I,
)
"""Words after an expression that TimeML leaves outside it: a possessive ("last month's"), and "later" after a count
("three days later" is the duration "three days" with the signal "later")."""
DANGLING = frozenset({".", ":", ";", ",", "(", "-", "--", "–", "—"})
"""Punctuation that ends no time expression."""
BEFORE_UNIT = frozenset({"this", "last", "next", "that", "early", "late", "mid", "earlier", "later", "coming", "past",
                         "every", "each", "following", "previous", "prior", "same"})  # fmt: skip
"""Words spaCy sometimes leaves out in front of a bare unit ("this year" found as "year")."""
NAMED_FROM = frozenset({"following", "previous", "prior", "same"})
"""Of those, the ones that name a unit from a time the text gave, with their article ("the following" + "spring")."""
CLOCK_FIRST = re.compile(
    r"^(?:\d{1,2}(?:[:.]\d\d|\s*[ap]\.?m)|\d{4} (?:gmt|utc|bst|cet|cest|eet|msk|[ecmp][sd]t|et)\b|(?:midnight|noon)$)",
    re.I,
)
"""How a time of day begins: "18:00", "6 p.m.", "1700 GMT", "1930 BST"; or a time of day in one word, "midnight"."""
PERIOD_NOUNS = frozenset({"period", "term"})
NAMES_PERIOD = re.compile(
    rf"(?:^|\s){YEAR}$|\w\s?-\s?(?:year|month|week|day|quarter)$|year\s?-\s?(?:ago|earlier)$", re.I
)
"""How a time expression ends that a following "period" or "term" belongs to, as TimeML marks it."""
TAILS = OPEN_ENDS | {("from", "now")}
"""Two words after an expression that belong to it: an open end, or "from now" after a length ("two weeks from
now", the date it points to)."""
COUNTED_UNITS = UNITS_AFTER_NUMBER | {"quarters", "centuries", "summers", "winters", "springs", "autumns", "seasons"}
"""A unit after a number that ends an entity ("the past three" + "summers"): the count's unit."""
COUNT = re.compile(r"\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several", re.I)
PERIOD_OF = re.compile(r"the (?:same|corresponding|comparable) period(?: of)?", re.I)
YEAR_BACK = re.compile(r"(?:the )?(?:last|previous|prior) year|a year (?:ago|earlier|before)", re.I)
"""Before "last year" or "a year earlier": the part of that year the text compares with, one expression with it."""
FEW_QUARTERS = re.compile(r"(?:several|a few) (?:straight |consecutive )?quarters", re.I)
QUARTERS_AFTER = ("for", "after", "over", "in", "within", "during", "past", "next", "last")
"""Words of time before uncounted quarters ("after several quarters of losses"): without one, and before "of the",
they are parts of a town or sources ("searched several quarters of the old town", "came from several quarters")."""
EARLY_HOURS = re.compile(r"(?:the )?(?:early|small|wee) hours", re.I)
"""The first hours of a day: before "of" and the day, a part of it (see :func:`_hours_of_a_day`)."""
THE_UNIT = re.compile(r"the (?:day|week|month|year)", re.I)
CLAUSE_END = frozenset({",", ".", ";", ":", "—", ")"})
"""Marks that end a clause ("The day before, she had met him"); a quote mark does not ("the day before "Super
Tuesday"")."""
UNCOUNTED = frozenset({"several", "few", "many"})
"""Counts without a number ("several months")."""
PART_NOUNS = frozenset({"end", "start", "beginning", "turn", "middle"})
"""Nouns naming a part of the time after them ("at the end 2019"): never left out of it."""
EVERY = frozenset({"every", "each"})
"""Before a weekday spaCy found alone ("each" + "Thursday"): a set, one a week."""
PART_OF_DAY = re.compile(r"morning|afternoon|evening|night", re.I)
PART_OF_YEAR_VALUE = re.compile(r"\d{4}-[HQ][1-4]")
SCORE = re.compile(r"\b\d{1,3}-\d{1,3}\b")
"""A score ("led 21-10"), which tells a match."""
GAME_WORDS = frozenset({"goals", "scored", "match", "game", "kick-off", "kickoff", "half-time", "halftime",
                        "touchdown", "penalty", "whistle", "striker", "quarterback", "innings", "referee",
                        "midfielder", "defender", "goalkeeper"})  # fmt: skip
"""Words of play: with one in its sentence, "the first half" or "the third quarter" is a part of a game."""
MONEY_WORDS = frozenset({"profit", "revenue", "sale", "sales", "earning", "earnings", "loss", "growth", "gdp",
                         "economy", "income", "dividend", "share", "shares", "output", "inflation", "forecast",
                         "$", "£", "€", "%"})  # fmt: skip
"""Words and signs of money and the economy, whose halves and quarters are the year's."""
NUMBERED_NAME = re.compile(r"[A-Z][a-z]+\.? \d{1,4}")
"""A name and its number the recogniser took for a time ("Flight 1730", "Route 1960"): none when it resolves to none."""
RANKING_WORDS = frozenset({"consecutive", "straight", "successive"})
"""Words that rank a unit among others, beside superlatives ("the third consecutive month", "the most violent day")."""
SHORT_DECADE = re.compile(r"(?P<the>the\s+)?(?P<modifier>(?:early|mid|late)[\s-]*)?[1-9]0s", re.I)
"""A decade without its century or apostrophe ("the 90s", "the late 80s")."""
MEASURED_IN = frozenset({"in", "into", "to", "above", "below", "under", "over", "near", "at", "from"})
"""Prepositions before "the 40s" that as often measure a temperature, a price, a speed or a score ("highs in the
80s", "traded in the 40s"): a decade only with "early", "mid" or "late"."""
ORDINAL_COUNTED = frozenset({"birdie", "birdied", "bogey", "bogeyed", "par", "parred", "putt", "hole", "holes",
                             "green", "tee", "fairway", "eagle", "lap", "laps", "inning", "innings"})  # fmt: skip
"""Words of a sentence in which "the 18th" counts holes, laps or innings, not days."""
DAY_PREPOSITIONS = frozenset({"on", "since", "by", "until", "till", "from", "for", "before", "after", "through"})
"""Prepositions before a day of the month said alone ("on the 23rd")."""
CLOCK_AFTER = frozenset({"on", "hours", "hrs", "gmt", "utc", "local"})
"""Words after four digits that make them a time of day or a count, not a year ("by 1300 on Thursday")."""
TOLD_BACK_WORDS = frozenset({"same", "that", "period", "previous", "prior", "following", "next", "last", "this",
                             "comparable", "corresponding"})  # fmt: skip
"""Words that make a time lean on one told before it ("the same period of the last year"), read whole."""
PROBE_DAY = dt.date(2000, 1, 1)
"""A day to resolve words against only to learn whether they name a time at all."""
HOURS = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")
CLOCK_ZONES = frozenset({"gmt", "utc", "bst", "cet", "cest", "eet", "eest", "msk", "ist", "jst", "aest", "aedt", "est",
                         "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "et"})  # fmt: skip
"""Zones after four digits that make them a 24-hour time ("1930 BST"); "1200 hours" may be a count ("1200 hours of
community service")."""
OLD_YEAR_BEFORE = frozenset({"in", "since", "circa", "c."})
"""Words of time a year before 1500 follows ("in 1066", "since 1215"); after "until", "by" or "from" four such digits
are as often a time of day in British copy ("closed until 1430")."""
PART_THE = re.compile(r"the (?:morning|afternoon|evening|night)", re.I)
WEEKDAY_PART = re.compile(rf"(?:{WEEKDAY.pattern}) (?:{PART_OF_DAY.pattern})", re.I)
"""A weekday with a part of the day ("Sunday evening"): after "every", a set too."""
BARE_UNITS = re.compile(r"^(?:year|month|week|weekend|quarter|decade|morning|afternoon|evening|night|spring|summer|"
                        r"fall|autumn|winter)s?\b", re.I)  # fmt: skip
UNLABELLED = re.compile(
    r"\b(?:now|currently|nowadays|at present|(?:more |most )?recently|"
    r"lately|(?:every|each) (?:day|week|weekend|month|year|season|spring|summer|autumn|winter|morning|afternoon|"
    r"evening|night)|(?:that|the (?:same|following|next|previous)) (?:morning|afternoon|evening|night)|annually|hourly|"
    r"(?:an?|one|the (?:past|last|next|coming|previous|following)) fortnight(?: ago| earlier)?|"
    r"every (?:other|few|two|three|four|five|six|seven|eight|ten|twelve|\d+) (?:hour|day|week|month|quarter|year)s?|"
    r"nightly|per annum|"
    r"(?:once|twice|(?:three|four|five|six|\d+) times) (?:a|an|per|each|every) (?:hour|day|week|month|year)|"
    r"(?:(?:more than|less than|about|nearly|almost|some|over) )?(?:a|an|one|two|three|four|five|six|seven|eight|nine|"
    r"ten|a few|several|\d+) (?:year|month|week|day|decade|centur(?:y|ie))s? ago|"
    r"fiscal (?:first|second|third|fourth)[- ](?:quarter|half)|(?:day|week|month|year|hour)-long|"
    rf"{FEW_QUARTERS.pattern}|"
    r"(?<=for )(?:quite )?(?:a while|some time)(?! (?:ago|later))|"
    r"(?:a (?:little |short )?while|some time|not long) ago|"
    r"(?:(?:last|next) )?(?:thanksgiving(?: day)?|easter(?: sunday| monday)?|good friday)|a (?:later|future) date|"
    r"(?<=in )the (?:near )?future|(?:(?<=into )|(?<=about ))the future|(?<=in )the past|"
    r"the (?:near|short) term(?!-)|the latest period|(?:this|last|next|coming) (?:spring|summer|autumn|winter)|"
    r"(?:new year's|christmas|valentine's|boxing|independence) day|new year's eve|christmas eve|halloween)\b|"
    r"\b\d{1,2}:\d\d(?:\s*[ap]\.\s?m\.|\s*[ap]m\b)?(?:\s*(?:UTC|GMT)\b)?|\b\d{1,2}\s*[ap]\.m\.|"
    r"\b(?:1[0-2]|0?[1-9])\.[0-5]\d\s?(?:[ap]\.\s?m\.|[ap]m\b)|"
    r"\b(?:[01]\d|2[0-3])[0-5]\d (?:GMT|UTC|local time)\b|\b(?:[01]?\d|2[0-3])\.[0-5]\d ?(?:GMT|UTC|BST)\b|"
    rf"(?<=\bfrom ){YEAR}(?= (?:to|until) (?:{YEAR}|\d\d)\b)|(?<=\bfrom \d{{4}} to )(?:{YEAR}|\d\d)\b|"
    rf"(?<=\bbetween ){YEAR}(?= and (?:{YEAR}|\d\d)\b)|(?<=\bbetween \d{{4}} and )(?:{YEAR}|\d\d)\b|"
    r"\b\d{1,2}/\d{1,2}/(?:\d\d){1,2}\b|"
    r"\b(?-i:FY ?(?:(?:19|20)\d\d|'?\d\d)|"
    r"(?:[1-4]Q|Q[1-4]|[12]H|H[12])(?: ?(?:FY ?)?(?:(?:19|20)\d\d|'?\d\d))?)\b(?!-)",
    re.I,
)
"""What spaCy leaves unlabelled: present, past and future references (TimeML ``PRESENT_REF``, ``PAST_REF``,
``FUTURE_REF``; "the near term" is the future; not "soon", which TimeML leaves a plain adverb, nor "current" before
a thing, which TimeBank marks only at times and which would date an event by the adjective of its noun), sets ("every
day", "every morning", "twice a year", "every six months"), uncounted quarters ("after several quarters of decline"),
a stretch of unknown length after "for" ("for a while", "for some time": ``PXX``), counts back ("four decades ago"),
lengths ("day-long"), fiscal quarters, seasons and holidays ("this autumn", "New Year's Day"), "the latest period",
clock times ("18:00 UTC"; "9.30am" and "00.58 GMT", as British copy writes them, spaCy reads as numbers), the years
of a range ("played from 1880 to 1899", "between 2004 and 05"), numeric dates ("7/8/07") and the short forms of
quarters, halves and fiscal years, in capitals ("2Q", "Q3 2009", "1H09", "FY10")."""
MARCH_PREPOSITIONS = frozenset({"on", "for", "to", "against", "from"})
"""Prepositions after a march's name: "the March on Washington", "the March for Our Lives"."""
_MONTH_WORD = (
    r"(?:(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.|January|February|March|April|May|June|July|August|"
    r"September|October|November|December)"
)
NAMED_DAYS = re.compile(
    r"\b(?:(?i:today|yesterday|tomorrow|tonight)|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
    rf"{_MONTH_WORD} \d{{1,2}}(?:, {YEAR})?|\d{{1,2}}(?:st|nd|rd|th)? {_MONTH_WORD}(?: {YEAR}\b|(?! \d)))\b(?![:.]\d)"
)
"""Days named outright that spaCy at times leaves unlabelled ("the Aug. 7 bombings", "apply for visas today", "the
7 July bombings" as British copy writes a date)."""
DAY_WORDS = re.compile(
    rf"\b(?:today|tonight|yesterday|tomorrow|this (?:morning|afternoon|evening)|{WEEKDAY.pattern})\b|"
    rf"{NAMED_DAYS.pattern}",
)
"""Words by which a clock time names its own day ("3am today", "6pm yesterday", "9 a.m. Saturday"): it keeps it."""
DECADE_WORD = re.compile(r"\b(?:twent|thirt|fort|fift|sixt|sevent|eight|ninet)ies\b|(?<![\d'’])\b[1-9]0s\b", re.I)
POSSESSIVES = frozenset({"his", "her", "their", "its", "my", "your", "our"})
MEASURE_WORDS = frozenset({"temperature", "temperatures", "high", "highs", "low", "lows", "degree", "degrees",
                           "fahrenheit", "celsius", "mph", "speed", "speeds", "score", "scores"})  # fmt: skip
"""Words of a sentence that make a decade in words a measure ("highs in the mid-eighties")."""
RATE_UNITS = frozenset({"night", "day", "week", "month", "year", "hour", "minute", "head", "person", "tonne",
                        "ton", "barrel", "share", "unit", "pop", "go", "time"})  # fmt: skip
"""Nouns of a rate after "a" ("1,500 to 1,800 a night"): numbers before it count, they are no years."""
LIMIT_WORDS = frozenset({"until", "till", "before", "after", "since", "for"})
"""Words before a day that a time runs up to or from, or that an appointment is set for ("was first scheduled for 5
February"): no clock time of the sentence is on it."""
DAY_OF_SENTENCE = re.compile(rf"(?i:{WEEKDAY.pattern}) ?,? (?:{NAMED_DAYS.pattern})|{NAMED_DAYS.pattern}")
"""A day a sentence names for the clock times told in it: a weekday, a date, or both ("Friday, 18 March")."""
CENTURY_SCORE = re.compile(r"(?:an?\s+)?(?:(?:half|double)\s*-?\s*)?century", re.I)
"""A century that may be a score of runs ("a half-century", "a century")."""
SCORE_VERBS = frozenset({"score", "strike", "make", "hit"})
"""Lemmas of verbs whose object century is a score: "scored a century", "struck a half-century"."""
NUMBERED_WORDS = frozenset(
    ["bill", "resolution", "proposition", "prop", "amendment", "route", "highway", "flight", "section", "article",
     "chapter", "form", "room", "suite", "gate", "platform"]
)  # fmt: skip
"""Words of names that a number completes ("Resolution 2231", "Form 1040"): such a number is no year."""
BILL_PREFIX = re.compile(r"[HSA]\.?B\.?|H\.R\.|[HS]\.?J\.?R\.?|[HS]F|L\.?[BD]\.?")
"""How a legislature's bills are written short before their number ("HB 1523", "S.B. 1070", "H.R. 3590", "LD 1646";
not "HR", which is as often a human resources department)."""
NAME_LABELS = frozenset({"ORG", "PERSON", "WORK_OF_ART", "FAC", "PRODUCT", "EVENT", "LAW", "NORP", "GPE", "LOC"})
"""Entities whose words are a name, not a time: "USA Today", "The Sunday Times", "Super Tuesday"."""


def extract_times(doc: Doc, article: Article) -> Iterator[TimeExpr]:
    """Every time expression in the article's body, normalised against its publication date."""
    told = _Told(article.published)
    candidates = list(_candidates(doc))
    for words, day in _days_named(candidates, article.published):
        told.day_of_sentence.setdefault(words.sent.start_char, day)
        told.day_of_clause.setdefault(_clause(words), day)
        told.day_at[words.start] = day
    for words in candidates:
        span = Span(doc[words.start].idx, doc[words.end - 1].idx + len(doc[words.end - 1].text))
        if not article.in_body(span):
            continue
        time = told.read(words, span, article.text)
        if time.value == UNRESOLVED.value and (_ranked(words) or NUMBERED_NAME.fullmatch(words.text)):
            continue
        if not _part_of_a_game(words, time.value):
            yield time


def _part_of_a_game(words: SpacySpan, value: str) -> bool:
    """Whether a half or quarter with no year is one of a game, not of a year: its sentence tells a match, by a score
    or a word of play ("led 21-10 at the end of the third quarter", "scored in the first half"), and no money ("Profit
    rose in the third quarter")."""
    if not PART_OF_YEAR_VALUE.fullmatch(value) or any(t.is_digit for t in words):
        return False
    sentence = words.sent
    lemmas = {t.lemma_.lower() for t in sentence} | {t.text.lower() for t in sentence}
    played = SCORE.search(sentence.text) is not None or bool(lemmas & GAME_WORDS)
    return played and not lemmas & MONEY_WORDS


def _ranked(words: SpacySpan) -> bool:
    """Whether words rank a unit among others ("the hottest day", "the worst week in years", "the third consecutive
    month"): a day or month singled out, which no date values when it does not resolve."""
    if any(t.is_digit for t in words):
        return False  # "the hottest day of 2024": kept, for the year it names
    return any(_ranks(t) for t in words)


def _ranks(token: Token) -> bool:
    """Whether a word ranks: a superlative ("the hottest day"), "consecutive", "straight", or "most" before an
    adjective ("the most violent day"; not "most days")."""
    word = token.text.lower()
    if word in {"most", "least"}:
        return token.i + 1 < len(token.doc) and token.doc[token.i + 1].pos_ == "ADJ"
    return token.tag_ == "JJS" or word in RANKING_WORDS


def _days_named(candidates: Sequence[SpacySpan], published: dt.date | None) -> Iterator[tuple[SpacySpan, dt.date]]:
    """The days weekdays and dates name, for the clock times told before them: "at 1 p.m. (1700 GMT) on Tuesday" is on
    that Tuesday, "at 5 p.m. EST, Nov. 6" on that Nov. 6, "at midnight on 31 December" on that 31 December; not a day
    a time runs up to or from ("the curfew from 9pm to 6am lasts until 20 November")."""
    for words in candidates:
        before = words.doc[words.start - 1].text.lower() if words.start > 0 else ""
        if DAY_OF_SENTENCE.fullmatch(words.text) and before not in LIMIT_WORDS:
            found = resolve(words.text, published, tense_of(words))
            if found.start is not None and found.granularity is Granularity.DAY:
                yield words, found.start


def _clause(words: SpacySpan) -> tuple[int, int | None]:
    """The sentence (by its first character) and the clause (by its verb) an expression is told in."""
    return words.sent.start_char, clause_of(words)


@dataclass(slots=True)
class _Told:
    """What the text has told so far that later expressions lean on, read in document order."""

    dateline: dt.date | None
    """The publication date; in an undated article, its first full calendar date (a dateline) stands for it."""
    last: TimeExpr | None = None
    """The latest calendar time the text gave, for "that year"."""
    quarter: TimeExpr | None = None
    """The latest period it reported on (a quarter, a half, a year), for "a year earlier"."""
    told_quarter: TimeExpr | None = None
    """The latest quarter or half it gave, reported or compared, for "that quarter"."""
    latest: Span | None = None
    """Where the latest expression of any kind was told (a decade, a length too), for "a decade earlier"."""
    day_of_sentence: dict[int, dt.date] = field(default_factory=dict)
    """The day each sentence (by its first character) names, for "on Tuesday at 18:00 UTC"."""
    day_of_clause: dict[tuple[int, int | None], dt.date] = field(default_factory=dict)
    """The day each clause (:func:`_clause`) names, for a day counted in a story ("entered its 12th day on Monday"),
    not another clause's ("the strike, which began on Monday, entered its third day")."""
    day_at: dict[int, dt.date] = field(default_factory=dict)
    """The day each weekday or date names, by its first word, for a clock time right before it ("at 4.30am
    yesterday" in a sentence that named 1 March first)."""

    def read(self, words: SpacySpan, span: Span, text: str) -> TimeExpr:
        """The time expression ``words`` at ``span`` of the article ``text``, then remembered for those after it."""
        tense = tense_of(words)
        anchor = self._anchor(words)
        named_back = (
            back.apposed(words, span, self.last)
            or back.year_before(words.text, span, self.quarter)  # "the year earlier" after a quarter: that quarter's
            or back.named_back(words, span, self.last, anchor, tense)
            or back.counted_back(words, span, self.last, self.latest, tense)
            or back.quarter_named_back(words.text, span, self.told_quarter)
            or back.latest_period(words.text, span, self.quarter)
        )
        time = named_back or normalise(borrowed(words) or words.text, span, anchor, tense)
        time = back.period_ended(words, time, anchor, tense)
        if named_back is None:
            time = back.ahead_of_a_day(words, time, self.last, tense)  # "on Friday ahead of Sunday's vote"
            self.quarter = back.reported(time, words.text, self.quarter, self.dateline, tense)
        if back.PART_OF_YEAR.fullmatch(time.value):
            self.told_quarter = time
        time = replace(time, text=span.slice(text))  # the article's own characters, odd spaces and all
        self._remember(words, time, named_back is not None)
        self.latest = span
        return time

    def _remember(self, words: SpacySpan, time: TimeExpr, named_back: bool) -> None:
        """Keep ``time`` for the expressions after it: as the latest time given, its sentence's day, a dateline."""
        if not named_back and time.start is not None and time.granularity in back.CALENDAR_UNITS:
            self.last = time
        if time.granularity is not Granularity.DAY or time.start is None:
            return
        if "T" not in time.value:
            self.day_of_sentence[words.sent.start_char] = time.start
            self.day_of_clause[_clause(words)] = time.start
            if self.dateline is None and time.anchor is None:
                self.dateline = time.start
        elif DAY_WORDS.search(words.text):  # "opened at 7 a.m. Tuesday and closed at 8 p.m.": that Tuesday's
            self.day_of_sentence.setdefault(words.sent.start_char, time.start)
            self.day_of_clause.setdefault(_clause(words), time.start)

    def _anchor(self, words: SpacySpan) -> dt.date | None:
        """The date ``words`` are read against: for a clock time or a day counted in a story ("its 12th day"), the day
        named right after it or in its clause; else the dateline."""
        counted = ORDINAL_DAY.match(words.text) is not None  # "its 12th day": a day counted in a story
        if not (CLOCK_FIRST.match(words.text) or counted) or DAY_WORDS.search(words.text):
            return self.dateline  # "3am today" names its own day
        doc, after = words.doc, words.end
        after += after < len(doc) and doc[after].text.lower() in {"on", ","}
        if after in self.day_at:
            return self.day_at[after]  # "at 4.30am yesterday", "at midnight on 31 December"
        if counted:  # "entered its 12th day on Monday", not "the strike, which began on Monday"
            return self.day_of_clause.get(_clause(words), self.dateline)
        return self.day_of_sentence.get(words.sent.start_char, self.dateline)  # "on Tuesday at 18:00 UTC"


def anchored_to_speech(doc: Doc, times: Sequence[TimeExpr], quotes: Sequence[Quote]) -> list[TimeExpr]:
    """``times`` with each relative expression inside a quote read against the day of that speech, when the text gives
    it ("'We vote tomorrow,' she said on Friday": the Saturday after that Friday); its ``anchor`` is then that day.

    Expressions named back from a time the text gave ("that day", "the following year") keep their reading, as do
    those in quotes whose speech has no day of its own.
    """
    spoken = [(q.span, q.time.start) for q in quotes if q.time is not None and q.time.start is not None
              and q.time.granularity is Granularity.DAY]  # fmt: skip
    found = []
    for time in times:
        day = next((d for span, d in spoken if span.start <= time.span.start and time.span.end <= span.end), None)
        words = doc.char_span(time.span.start, time.span.end, alignment_mode="expand")
        found.append(time if day is None or words is None else _read_on(time, words, day))
    return found


def _read_on(time: TimeExpr, words: SpacySpan, day: dt.date) -> TimeExpr:
    """``time`` read again against ``day`` if it was read against an anchor that is not that day."""
    if time.anchor is None or day == time.anchor or back.leans_on_text(time.text):
        return time
    again = normalise(borrowed(words) or words.text, time.span, day, tense_of(words))
    return replace(again, text=time.text) if again.anchor is not None else time


def normalise(text: str, span: Span, anchor: dt.date | None, tense: Tense | None = None) -> TimeExpr:
    """Resolve ``text`` to a TimeML value, granularity and [start, end] dates, relative to ``anchor``."""
    found = resolve(text, anchor, tense)
    used = anchor if found.relative and anchor is not None else None
    return TimeExpr(span, text, found.value, found.granularity, found.start, found.end, used, length=found.length)


def _candidates(doc: Doc) -> Iterator[SpacySpan]:
    """Spans of time expressions in document order: entities trimmed, extended and split; then reference words."""
    found = _from_entities(doc)
    taken = {i for span in found for i in range(span.start, span.end)}
    found.extend(_unlabelled(doc, taken))
    yield from sorted(found, key=lambda s: (s.start, -s.end))


def _from_entities(doc: Doc) -> list[SpacySpan]:
    """The time expressions of spaCy's time entities, trimmed, extended and split, in document order."""
    found: list[SpacySpan] = []
    for ent in _time_entities(doc):
        if NOT_TIMES.search(ent.text) or _quarters_of_place(ent) or not _says_a_time(ent):
            continue
        if _a_march(ent):  # "the 1963 March on Washington": 1963 is its year
            ent = ent[:-1]
        if not ent or _an_age_or_a_measure(ent):
            continue
        taken_to = found[-1].end if found else 0  # "2011" of "2009 to 2011" is already found as part of the range
        pieces = map(_without_leading, split(_extend(_trim(ent))))  # "ended in January": "January"
        for piece in map(_without_words_before, pieces):
            if (
                _says_a_time(piece)
                and piece.start >= taken_to
                and not _hours_of_a_day(piece)
                and not _a_score(piece)  # "struck a half-century": fifty runs
                and not _that_opens_a_clause(piece)  # "said that evening classes would be cut"
            ):
                found.append(piece)
    return found


def _without_words_before(span: SpacySpan) -> SpacySpan:
    """The time an entity ends with, where words spaCy ran on before it make the whole say none: "the season on" +
    "March 28", "opener eight days later", "the school holidays end in early September"; the span itself when it
    resolves, when the words before name a part of the time ("at the end 2019") or point back to a time told before
    ("the same period of the last year": see :mod:`graph.extract.time_told`), and when only a number would be left
    after a name ("Flight 1730")."""
    if resolve(span.text, PROBE_DAY).value != UNRESOLVED.value:
        return span
    for start in range(span.start + 1, span.end):
        left, rest = span.doc[span.start : start], span.doc[start : span.end]
        if any(t.text.lower() in PART_NOUNS | TOLD_BACK_WORDS and t.pos_ != "VERB" for t in left):
            return span
        cut_after = span.doc[start - 1].pos_
        if span.doc[start - 1].text.lower() == "of":
            return span  # "the 15th of each month": a part of what follows
        if cut_after == "PROPN" or (len(rest) == 1 and cut_after != "ADP"):
            continue
        if cut_after in {"ADP", "VERB", "NOUN"} and resolve(rest.text, PROBE_DAY).value != UNRESOLVED.value:
            return _without_leading(rest)  # "on March 28": "March 28"
    return span


def _says_a_time(span: SpacySpan) -> bool:
    """Whether words of a time entity say a time (:data:`TIME_WORDS`, a number a range borrows its unit for), a year
    before 1500 after a word of time ("in 1066"; not "since 1450 troops arrived", "by 1300 on Thursday"), a decade
    without its century where no measure may be meant ("the late 80s", "the music of the 90s"; not "in the 40s", a
    temperature, a price or a score as often), or a day of the month after a preposition ("on the 23rd", "since the
    9th"; not "birdied the 18th", "the 11th Circuit"); never a number a name before it numbers ("HB 1523")."""
    doc = span.doc
    if re.fullmatch(YEAR, span.text) and _numbers_a_name(doc[span.start - 1] if span.start > 0 else None):
        return False  # "the HB 1523 lawsuit", "Resolution 2231"
    if TIME_WORDS.search(span.text) or borrowed(span):
        return True
    before = doc[span.start - 1].text.lower() if span.start > 0 else ""
    after = doc[span.end] if span.end < len(doc) else None
    named_after = after is not None and (
        after.pos_ in {"NOUN", "PROPN", "NUM", "ADJ"} or after.text.lower() in CLOCK_AFTER
    )
    if OLD_YEAR.fullmatch(span.text):
        return before in OLD_YEAR_BEFORE and not named_after
    if decade := SHORT_DECADE.fullmatch(span.text):
        the = span.start if decade.group("the") else span.start - 1
        preposition = doc[the - 1].text.lower() if the > 0 else ""
        return bool(decade.group("modifier")) or (
            (bool(decade.group("the")) or before == "the") and preposition not in MEASURED_IN
        )
    if DAY_OF_MONTH.match(span.text) is None or before not in DAY_PREPOSITIONS or named_after:
        return False
    return not any(t.text.lower() in ORDINAL_COUNTED for t in span.sent)  # "a birdie on the 18th": a hole


def _numbers_a_name(word: Token | None) -> bool:
    """Whether a word before a number names what the number numbers: a bill written short ("HB 1523", "S.B. 1070",
    "H.R. 3590") or a word of such names, capitalised or after a name ("Resolution 2231", "Senate bill 1070"); not
    "FY 2016", "a CNN 2015 poll", "the HR 2016 review", "the amendment 2014 voters approved"."""
    if word is None:
        return False
    named = word.text[:1].isupper() or (word.i > 0 and word.doc[word.i - 1].pos_ == "PROPN")
    return (named and word.text.lower() in NUMBERED_WORDS) or BILL_PREFIX.fullmatch(word.text) is not None


def _a_march(span: SpacySpan) -> bool:
    """Whether "March" after "the" is a march by its name ("the 1963 March on Washington", "the March for Our
    Lives", "the March Against Fear"), no month: a month is written "in March", "March 3" or "March 1963"."""
    doc = span.doc
    if span[-1].text != "March" or span.end + 1 >= len(doc):
        return False
    the = span[0].lower_ == "the" or (span.start > 0 and doc[span.start - 1].lower_ == "the")
    after, name = doc[span.end], doc[span.end + 1]
    named = name.text[:1].isupper() and not (WEEKDAY.fullmatch(name.text) or MONTH_NAME.fullmatch(name.text))
    return the and after.lower_ in MARCH_PREPOSITIONS and named


def _an_age_or_a_measure(span: SpacySpan) -> bool:
    """Whether a decade in words is an age ("in his mid-fifties") or a measure ("temperatures in the mid-twenties",
    "speeds in the seventies"), not the years of a decade."""
    if not DECADE_WORD.search(span.text):
        return False
    owner = span.doc[span.start - 1 if span.start > 0 else 0 : span.start + 1]  # "his" before it or opening it
    owned = any(t.text.lower() in POSSESSIVES for t in owner)
    return owned or any(t.text.lower() in MEASURE_WORDS for t in span.sent)


def _hours_of_a_day(span: SpacySpan) -> bool:
    """Whether words are the early hours of a day named after them ("in the early hours of Thursday"): the day is the
    time expression, the hours only a part of it, no length."""
    after = span.doc[span.end : span.end + 1].text.lower()
    return EARLY_HOURS.fullmatch(span.text) is not None and after == "of"


def _a_score(span: SpacySpan) -> bool:
    """Whether a century is a score, not a length: the thing scored, struck, made or hit ("struck a half-century",
    "made a century")."""
    head = span.root.head
    scored = head.lemma_.lower() in SCORE_VERBS and head.i < span.start
    return scored and CENTURY_SCORE.fullmatch(span.text) is not None


def _quarters_of_place(span: SpacySpan) -> bool:
    """Whether uncounted quarters (:data:`FEW_QUARTERS`) are not of time: after no word of time, or before "of the"
    ("came from several quarters", "several quarters of the old town")."""
    doc = span.doc
    if not FEW_QUARTERS.fullmatch(span.text):
        return False
    before = doc[span.start - 1].text.lower() if span.start > 0 else ""
    after = doc[span.end : span.end + 2].text.lower()
    return before not in QUARTERS_AFTER or after == "of the"


def _unlabelled(doc: Doc, taken: set[int]) -> Iterator[SpacySpan]:
    """The time words spaCy leaves unlabelled (:data:`UNLABELLED`, :data:`NAMED_DAYS`) outside the tokens already
    ``taken``, a day's name only outside a name ("The Sunday Times")."""
    matches = [*UNLABELLED.finditer(doc.text), *NAMED_DAYS.finditer(doc.text)]
    for span in (doc.char_span(m.start(), m.end()) for m in matches):
        if span is None or taken.intersection(range(span.start, span.end)) or _discourse_now(span):
            continue
        if _quarters_of_place(span) or _that_opens_a_clause(span):
            continue
        if span.text.isalpha() and NAMED_DAYS.fullmatch(span.text) and any(t.ent_type_ in NAME_LABELS for t in span):
            continue
        if re.fullmatch(rf"{YEAR}|\d\d", span.text) and _counts_something(span):
            continue  # "the index rose from 2010 to 2050 points"
        day_first = len(span) > 1 and span[0].text[:1].isdigit() and MONTH_NAME.fullmatch(span[1].text)
        if day_first and not reads_day_first(doc, span.start):
            continue  # "2-1 May 4", "18 May be replayed"
        taken.update(range(span.start, span.end))
        yield span


def _counts_something(span: SpacySpan) -> bool:
    """Whether a range of numbers spaCy did not call years, written "from 1880 to 1899", counts a noun after it ("from
    2010 to 2050 points"): numbers, not years."""
    doc, last = span.doc, span.end
    if last < len(doc) and doc[last].text.lower() in {"to", "until", "and"}:
        last += 2  # the first year of the range: look past the second
    after = doc[last] if last < len(doc) else None
    rate = after is not None and after.text.lower() in {"a", "an"} and last + 1 < len(doc)
    rate = rate and doc[last + 1].text.lower() in RATE_UNITS  # "from 1500 to 1800 a night", not "… a total"
    counted = rate or (after is not None and after.text.lower() in {"%", "per", "percent"})
    return counted or (after is not None and (after.pos_ in {"NOUN", "PROPN"} or after.tag_.startswith("NN")))


def _that_opens_a_clause(span: SpacySpan) -> bool:
    """Whether "that" before a part of the day opens a clause, not a time named back: the part of the day modifies the
    noun after it ("said that night flights should be banned", "that evening classes would be cut"); "told me what he
    knew that night" and "said that night the thieves came back" keep their time."""
    doc, part = span.doc, span[-1]
    if len(span) != 2 or span[0].text.lower() != "that" or not PART_OF_DAY.fullmatch(part.text):
        return False
    after = doc[span.end] if span.end < len(doc) else None
    return after is not None and part.head == after and after.pos_ == "NOUN"


def _discourse_now(span: SpacySpan) -> bool:
    """ "Now, ..." opening a sentence: a turn in the telling, not a time."""
    following = span.doc[span.end] if span.end < len(span.doc) else None
    return span.text == "Now" and span.start == span.sent.start and following is not None and following.text == ","


def _time_entities(doc: Doc) -> Iterator[SpacySpan]:
    """DATE and TIME entities, adjacent ones joined ("Friday" + "morning"); a CARDINAL before a unit joined to it."""
    pending: SpacySpan | None = None
    for label, ent in ((e.label_, piece) for e in doc.ents for piece in _by_sentence(e)):
        if label == "CARDINAL" and ent.end < len(doc) and doc[ent.end].text.lower() in UNITS_AFTER_NUMBER:
            ent = doc[ent.start : ent.end + 1]
        elif label not in TIME_LABELS and not (label == "CARDINAL" and borrowed(ent)):
            continue
        if pending is not None and pending.end == ent.start and not doc[ent.start].is_sent_start:
            pending = doc[pending.start : ent.end]
            continue
        if pending is not None:
            yield pending
        pending = ent
    if pending is not None:
        yield pending


def _by_sentence(ent: SpacySpan) -> Iterator[SpacySpan]:
    """An entity cut at the sentences it runs across: "Feb. 3. Two days later" is a date, then a length."""
    starts = [t.i for t in ent[1:] if t.is_sent_start]
    for start, end in zip([ent.start, *starts], [*starts, ent.end], strict=True):
        yield ent.doc[start:end]


def _trim(span: SpacySpan) -> SpacySpan:
    """The span without the words TimeML leaves outside: :data:`TRAILING` and :data:`LEADING`, and punctuation or
    line breaks spaCy ran on with ("Thursday, April 6:" is "Thursday, April 6")."""
    start, end = span.start, span.end
    while end - start > 1 and (span.doc[end - 1].text.isspace() or span.doc[end - 1].text in DANGLING):
        end -= 1
    span = _without_verb_or_article(span.doc[start:end])
    start = span.start
    trail = TRAILING.search(span.text)
    cut = trail.start("cut") if trail and trail.group("cut") else trail.start("own") if trail else 0
    if cut > 0:
        while end > start and span.doc[end - 1].idx >= span.start_char + cut:
            end -= 1
    return _without_leading(span.doc[start:end])


def _without_verb_or_article(span: SpacySpan) -> SpacySpan:
    """The span without a verb spaCy ran into it ("Retaliating" of "Retaliating 13 days after"), without a noun with
    its article ("a memo" of "a memo several weeks before") and without the article of a noun it modifies
    ("a" of "a two-day rally")."""
    doc, start, end = span.doc, span.start, span.end
    while end - start > 1 and doc[start].pos_ == "VERB" and not TIME_WORDS.match(doc[start].text):
        start += 1
    if end - start > 2 and doc[start].text.lower() in ARTICLES and _noun_before_a_time(doc[start + 1]):
        start += 2
    if end - start > 1 and doc[start].text.lower() in ARTICLES and _modifies_noun(doc[start:end]):
        start += 1
    return doc[start:end]


def _noun_before_a_time(token: Token) -> bool:
    """Whether a word is a noun that says nothing about time, right before a count of units or a named weekday or
    month ("memo" of "a memo several weeks before", "coast" of "hit the coast Tuesday"; not "end" of "the end of 1990"
    or "the end 2019" nor "couple" of "a couple of years")."""
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if after is None:
        return False
    named = after.text[:1].isupper() and bool(WEEKDAY.fullmatch(after.text) or MONTH_NAME.fullmatch(after.text))
    counted = after.like_num or after.text.lower() in UNCOUNTED or named
    told = TIME_WORDS.search(token.text) or token.text.lower() in PART_NOUNS
    return counted and token.pos_ == "NOUN" and not told


def _modifies_noun(span: SpacySpan) -> bool:
    """Whether the expression modifies a noun after it ("a two-day rally", "the year-ago results", "the 1996
    bombing"): the article is then the noun's, outside the expression; not before "period" or "term", which TimeML
    marks with the expression ("the year-ago period")."""
    head = span[-1].head
    noun = head.text.lower()
    return (
        head.i >= span.end
        and head.pos_ in {"NOUN", "PROPN"}
        and noun not in PERIOD_NOUNS
        and not (BARE_UNITS.fullmatch(noun) or noun in COUNTED_UNITS)  # "the year-ago" + "quarter": a time
    )


def _without_leading(span: SpacySpan) -> SpacySpan:
    """The span without the words before it that TimeML leaves outside (:data:`LEADING`)."""
    start, end = span.start, span.end
    lead = LEADING.match(span.text)
    if not lead or lead.end() >= len(span.text):
        return span
    while start < end and span.doc[start].idx < span.start_char + lead.end():
        start += 1
    return span.doc[start:end]


def _extend(span: SpacySpan) -> SpacySpan:
    """Words spaCy left out: "this year" where it found "year", "decades-long" where it found "decades", "to 2011"
    where it found "2009" of "from 2009 to 2011"."""
    doc, start, end = span.doc, span.start, span.end
    before = doc[start - 1].text.lower() if start > 0 else ""
    named = WEEKDAY.fullmatch(span.text) or MONTH_NAME.fullmatch(span.text) or WEEKDAY_PART.fullmatch(span.text)
    hence = before in ARTICLES and _time_hence(doc, end)  # "a" + "week" + "'s time"
    from_day = WEEKDAY.fullmatch(span.text) and before in NAMED_FROM and _the_before(doc, start - 1)
    if (BARE_UNITS.match(span.text) and (before in BEFORE_UNIT or hence)) or (named and before in EVERY) or from_day:
        start -= 1
        start -= before in NAMED_FROM and start > 0 and doc[start - 1].text.lower() == "the"
    elif PART_OF_DAY.fullmatch(span.text) and WEEKDAY.fullmatch(before):
        start -= 2 * (doc[start - 2 : start - 1].text.lower() in EVERY)  # "every Sunday" + "morning"
    if YEAR_BACK.fullmatch(span.text):  # "the same period" + "last year"
        start -= next((n for n in (3, 4) if n <= start and PERIOD_OF.fullmatch(doc[start - n : start].text)), 0)
    start, end = _with_article_and_noun(doc, start, _with_length_words(doc, end))
    end += _unit_then(doc[start:end])
    end = _with_date_after_weekday(doc[start:end])
    end = _with_date_of_part(doc[start:end])
    if end < len(doc) and HOURS.fullmatch(doc[start:end].text) and doc[end].text.lower() in CLOCK_ZONES:
        end += 1  # "1930" + " BST": a time of day, not a year
    if end + 1 < len(doc) and re.fullmatch(YEAR, doc[end - 1].text) and re.fullmatch(YEAR, doc[end + 1].text):
        end += 2 if doc[end].text.lower() in {"to", "through", "-", "–"} else 0  # "2009" of "from 2009 to 2011"
    return doc[start:end]


def _with_date_of_part(span: SpacySpan) -> int:
    """The end of a part of a day with the date it is "of": "the morning" + " of 6 June 1944", "the night" + " of Oct.
    23"; else the span's own end."""
    doc, end = span.doc, span.end
    if not PART_THE.fullmatch(span.text) or end + 1 >= len(doc) or doc[end].text.lower() != "of":
        return end
    if doc[end + 1].ent_type_ != "DATE" or doc[end + 1].ent_iob_ != "B":
        return end
    after = end + 2
    while after < len(doc) and doc[after].ent_iob_ == "I":
        after += 1
    return after


def _with_date_after_weekday(span: SpacySpan) -> int:
    """The end of a weekday with the date set after it by a comma ("Tuesday" + ", 15 March" + " 2005", "Thursday" +
    ", May 26, 2005"), which spaCy at times labels apart: TimeML marks one date; else the span's own end."""
    doc, end = span.doc, span.end
    if not WEEKDAY.fullmatch(span.text) or end + 2 >= len(doc) or doc[end].text != ",":
        return end
    day, month = (end + 1, end + 2) if doc[end + 1].text[:1].isdigit() else (end + 2, end + 1)
    dated = re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)?", doc[day].text) and doc[month].text.istitle()
    if not dated or not MONTH_NAME.fullmatch(doc[month].text):
        return end  # "Tuesday, 15 may die": no date
    year = end + 3 + (day > month and end + 3 < len(doc) and doc[end + 3].text == ",")  # "May 26, 2005"
    return year + 1 if year < len(doc) and re.fullmatch(YEAR, doc[year].text) else end + 3


def _the_before(doc: Doc, i: int) -> bool:
    """Whether "the" comes right before the word at ``i`` and no "'s" after the weekday after it: "the following" +
    "Monday" names a day, "Following" + "Friday's walkout" is a preposition before that Friday."""
    owned = i + 2 < len(doc) and doc[i + 2].text.lower() in {"'s", "’s"}
    return i > 0 and doc[i - 1].text.lower() == "the" and not owned


def _unit_then(span: SpacySpan) -> bool:
    """Whether "the day", "the week", "the month" or "the year" ends before an adverb that steps from the time the text
    gave ("The day before, she had met him"), one expression with it; not before a preposition with its object ("the
    day before the vote": the day is named from the vote) nor before a clause ("docked May 8, the day before inspectors
    closed the port": that May 8)."""
    doc, end = span.doc, span.end
    if end >= len(doc) or not THE_UNIT.fullmatch(span.text) or doc[end].text.lower() not in back.UNIT_SIDES:
        return False
    side, after = doc[end], doc[end + 1] if end + 1 < len(doc) else None
    if after is None or after.text in CLAUSE_END:
        return True  # "the day before." or "the day before, ..."
    return side.dep_ == "advmod" and not any(child.dep_ in {"pobj", "pcomp"} for child in side.children)


def _with_length_words(doc: Doc, end: int) -> int:
    """The end of a length or time with the words spaCy left after it: "decades" + "-long", "a minute" + "and a
    half", "1700" + "GMT", "the past three" + "summers", "1994" + "or later" (an open end TimeML keeps as ``mod``),
    "two weeks" + "from now", "three months" + "' time"."""
    if end + 1 < len(doc) and (doc[end].text.lower(), doc[end + 1].text.lower()) in TAILS:
        return end + 2
    if end < len(doc) and COUNT.fullmatch(doc[end - 1].text) and doc[end].text.lower() in COUNTED_UNITS:
        return end + 1
    if end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].text.lower() == "long":
        return end + 2
    if end < len(doc) and doc[end].text in {"GMT", "UTC"} and re.fullmatch(r"\d{4}", doc[end - 1].text):
        return end + 1
    if _time_hence(doc, end):
        return end + 2
    if doc[end - 1].text.lower() in UNITS_AFTER_NUMBER and [t.text.lower() for t in doc[end : end + 3]] == HALF:
        return end + 3
    return end


def _time_hence(doc: Doc, end: int) -> bool:
    """Whether a unit ends before "'s time" or "' time" ("in a week's time", "in three months' time"): the date that
    far on, one expression with it."""
    return (
        end + 1 < len(doc)
        and doc[end - 1].text.lower() in COUNTED_UNITS
        and doc[end].text.replace("’", "'") in {"'s", "'"}
        and doc[end + 1].text.lower() == "time"
    )


def _with_article_and_noun(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The token bounds of ``doc[start:end]`` with the article and the noun TimeML marks with it: "the 1988 period",
    "a three-year period", "the year-ago period", "its one-year term"; "the week" where spaCy found "week"."""
    words = doc[start:end].text
    article = start > 0 and doc[start - 1].text.lower() in {"a", "an", "the"}
    if end < len(doc) and doc[end].text.lower() in PERIOD_NOUNS and NAMES_PERIOD.search(words):
        return start - article, end + 1
    if article and doc[start - 1].text.lower() == "the" and BARE_UNITS.fullmatch(words) and not words.endswith("s"):
        return start - 1, end
    return start, end


__all__ = ["TIME_LABELS", "Tense", "anchored_to_speech", "extract_times", "normalise", "tense_of"]
