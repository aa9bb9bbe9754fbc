from __future__ import annotations

import datetime as dt

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from graph.extract.dates import extract_times, normalise, tense_of
from graph.extract.time_pieces import TIME_WORDS
from graph.extract.timeml import Tense, timeml_type
from graph.model import Article, Granularity, Span
from tests.conftest import SeedBuild

MONDAY = dt.date(2022, 9, 12)
SATURDAY = dt.date(2008, 3, 1)


@pytest.mark.parametrize(
    ("text", "anchor", "value", "granularity", "start"),
    [
        ("just yesterday", MONDAY, "2022-09-11", Granularity.DAY, dt.date(2022, 9, 11)),
        ("today", MONDAY, "2022-09-12", Granularity.DAY, MONDAY),
        ("February 24th", MONDAY, "2022-02-24", Granularity.DAY, dt.date(2022, 2, 24)),
        ("February 24th", None, "XXXX-02-24", Granularity.UNKNOWN, None),
        ("Saturday", MONDAY, "2022-09-10", Granularity.DAY, dt.date(2022, 9, 10)),
        ("Monday", MONDAY, "2022-09-12", Granularity.DAY, MONDAY),
        ("last Monday", MONDAY, "2022-09-05", Granularity.DAY, dt.date(2022, 9, 5)),
        ("Tuesday", None, "XXXX-WXX-2", Granularity.UNKNOWN, None),
        ("this weekend", MONDAY, "2022-W36-WE", Granularity.WEEK, dt.date(2022, 9, 10)),
        # TimeML (TempEval-3) values a count back as the date it points to, at the unit's granularity
        ("almost seven months ago", MONDAY, "2022-02", Granularity.MONTH, dt.date(2022, 2, 1)),
        ("a year earlier", MONDAY, "2021", Granularity.YEAR, dt.date(2021, 1, 1)),
        ("September 2022", None, "2022-09", Granularity.MONTH, dt.date(2022, 9, 1)),
        ("March 01 , 2008", None, "2008-03-01", Granularity.DAY, SATURDAY),
        ("7/8/07", MONDAY, "2007-07-08", Granularity.DAY, dt.date(2007, 7, 8)),
        ("2023", None, "2023", Granularity.YEAR, dt.date(2023, 1, 1)),
        ("the 1990s", None, "199", Granularity.UNKNOWN, dt.date(1990, 1, 1)),
        ("fiscal 2009", None, "2009", Granularity.YEAR, dt.date(2009, 1, 1)),
        ("last week", MONDAY, "2022-W36", Granularity.WEEK, dt.date(2022, 9, 5)),
        ("this year", MONDAY, "2022", Granularity.YEAR, dt.date(2022, 1, 1)),
        ("next month", MONDAY, "2022-10", Granularity.MONTH, dt.date(2022, 10, 1)),
        ("earlier this month", MONDAY, "2022-09", Granularity.MONTH, dt.date(2022, 9, 1)),
        ("the end of last year", MONDAY, "2021", Granularity.YEAR, dt.date(2021, 1, 1)),
        ("mid-2011", MONDAY, "2011", Granularity.YEAR, dt.date(2011, 1, 1)),
        ("the fourth quarter of 2005", MONDAY, "2005-Q4", Granularity.UNKNOWN, dt.date(2005, 10, 1)),
        ("the third quarter of this year", MONDAY, "2022-Q3", Granularity.UNKNOWN, dt.date(2022, 7, 1)),
        ("the last quarter", MONDAY, "2022-Q2", Granularity.UNKNOWN, dt.date(2022, 4, 1)),
        ("the first half of 2009", None, "2009-H1", Granularity.UNKNOWN, dt.date(2009, 1, 1)),
        ("the fall of 2011", None, "2011-FA", Granularity.UNKNOWN, dt.date(2011, 9, 1)),
        ("last winter", MONDAY, "2021-WI", Granularity.UNKNOWN, dt.date(2021, 12, 1)),
        ("this morning", SATURDAY, "2008-03-01TMO", Granularity.DAY, SATURDAY),
        ("Thursday night", SATURDAY, "2008-02-28TNI", Granularity.DAY, dt.date(2008, 2, 28)),
        ("18:00 UTC", SATURDAY, "2008-03-01T18:00Z", Granularity.DAY, SATURDAY),
        ("6:40 p.m.", SATURDAY, "2008-03-01T18:40", Granularity.DAY, SATURDAY),
        ("the first six months", MONDAY, "P6M", Granularity.DURATION, None),
        ("the past three years", MONDAY, "P3Y", Granularity.DURATION, None),
        ("the past decade", MONDAY, "P10Y", Granularity.DURATION, None),
        ("almost two and a half years", MONDAY, "P2Y6M", Granularity.DURATION, None),
        ("thirty minutes", MONDAY, "PT30M", Granularity.DURATION, None),
        ("12-hour", MONDAY, "PT12H", Granularity.DURATION, None),
        ("fifty-year", MONDAY, "P50Y", Granularity.DURATION, None),
        ("decades-long", MONDAY, "PXY", Granularity.DURATION, None),
        ("over the years", MONDAY, "PXY", Granularity.DURATION, None),
        ("few days", None, "PXD", Granularity.DURATION, None),
        ("a few weeks", None, "PXW", Granularity.DURATION, None),
        ("annual", MONDAY, "P1Y", Granularity.DURATION, None),
        ("now", MONDAY, "PRESENT_REF", Granularity.UNKNOWN, None),
        ("more recently", MONDAY, "PAST_REF", Granularity.UNKNOWN, None),
        ("very soon", MONDAY, "FUTURE_REF", Granularity.UNKNOWN, None),
        ("yesterday", None, "XXXX-XX-XX", Granularity.UNKNOWN, None),
        ("the Joint Strike Fighter program", MONDAY, "XXXX-XX-XX", Granularity.UNKNOWN, None),
    ],
)
def test_normalise(
    text: str, anchor: dt.date | None, value: str, granularity: Granularity, start: dt.date | None
) -> None:
    time = normalise(text, Span(0, len(text)), anchor)
    assert (time.value, time.granularity, time.start) == (value, granularity, start)


@pytest.mark.parametrize(
    ("text", "tense", "value"),
    [
        ("October 25", Tense.PAST, "2021-10-25"),
        ("October 25", Tense.FUTURE, "2022-10-25"),
        ("October 25", None, "2022-10-25"),  # nearest: seven weeks ahead, not ten months back
        ("March", None, "2022-03"),  # behind rather than as far ahead: news mostly reports the past
        ("November", None, "2022-11"),
        ("December", Tense.PAST, "2021-12"),
        ("the fourth quarter", Tense.PAST, "2021-Q4"),
        ("the fourth quarter", Tense.FUTURE, "2022-Q4"),
        ("Christmas", Tense.PAST, "2021-12-25"),
        ("Friday", Tense.PAST, "2022-09-09"),
        ("Friday", Tense.FUTURE, "2022-09-16"),
        ("this weekend", Tense.FUTURE, "2022-W37-WE"),
        ("this weekend", Tense.PAST, "2022-W36-WE"),
    ],
)
def test_the_tense_places_a_date_without_a_year(text: str, tense: Tense | None, value: str) -> None:
    assert normalise(text, Span(0, len(text)), MONDAY, tense).value == value


def test_anchor_is_kept_only_for_relative_expressions() -> None:
    assert normalise("yesterday", Span(0, 9), MONDAY).anchor == MONDAY
    assert normalise("October 25", Span(0, 10), MONDAY).anchor == MONDAY
    assert normalise("24 February 2022", Span(0, 16), MONDAY).anchor is None
    assert normalise("the past three years", Span(0, 20), MONDAY).anchor is None


@pytest.mark.parametrize(
    ("value", "type_"),
    [("2008-03-01", "DATE"), ("2008-W09-WE", "DATE"), ("P3Y", "DURATION"), ("PT5H", "DURATION"),
     ("PXY", "DURATION"), ("2008-03-01T10:00", "TIME"), ("2008-03-01TMO", "TIME"), ("PRESENT_REF", "DATE"),
     ("PAST_REF", "DATE"), ("XXXX-XX-XX", "DATE")],
)  # fmt: skip
def test_timeml_type(value: str, type_: str) -> None:
    assert timeml_type(value) == type_


# Hand-built Docs: words, entity labels (BIO), and for tense a dependency parse.


def make_doc(words: list[str], ents: list[str], **parse: list[str] | list[int]) -> Doc:
    sent_starts = None if "heads" in parse else [True] + [False] * (len(words) - 1)
    return Doc(Vocab(), words=words, ents=ents, sent_starts=sent_starts, **parse)  # type: ignore[arg-type]


def times(doc: Doc, published: dt.date | None = MONDAY, **article: object) -> list[tuple[str, str]]:
    found = extract_times(doc, Article("a", doc.text, published=published, **article))  # type: ignore[arg-type]
    return [(t.text, t.value) for t in found]


def test_leading_words_timeml_leaves_out_are_trimmed() -> None:
    """ "just" and prepositions go; "more than" stays (TimeML keeps it, as the expression's ``mod``)."""
    words = ["It", "fell", "just", "a", "week", "ago", "and", "in", "more", "than", "a", "week"]
    ents = ["O", "O", "B-DATE", "I-DATE", "I-DATE", "I-DATE", "O", "B-DATE", "I-DATE", "I-DATE", "I-DATE", "I-DATE"]
    assert times(make_doc(words, ents)) == [("a week ago", "2022-W36"), ("more than a week", "P1W")]


@pytest.mark.parametrize(
    ("words", "found"),
    [
        (["It", "lasted", "at", "least", "30", "days"], "at least 30 days"),  # a bound TimeML keeps as ``mod``
        (["It", "rose", "earlier", "Friday"], "Friday"),
        (["Sales", "fell", "last", "month", "'s"], "last month"),
        (["It", "beat", "its", "fourth", "quarter"], "fourth quarter"),
        (["It", "took", "the", "weeks"], "weeks"),
        (["They", "met", "three", "days", "later"], "three days"),
    ],
)
def test_extents_as_tempeval_marks_them(words: list[str], found: str) -> None:
    """Each whole entity is trimmed to what TempEval-3's gold marks: "earlier" before a day, possessives, "later"
    after a count, a possessive determiner, "the" before a bare plural unit."""
    ents = ["O"] * 2 + ["B-DATE"] + ["I-DATE"] * (len(words) - 3)
    assert [text for text, _ in times(make_doc(words, ents))] == [found]


def test_adjacent_date_and_time_join_and_a_missing_determiner_is_added() -> None:
    doc = make_doc(
        ["Held", "Friday", "morning", ",", "earlier", "this", "year"],
        ["O", "B-DATE", "B-TIME", "O", "O", "O", "B-DATE"],
    )
    assert times(doc) == [("Friday morning", "2022-09-09TMO"), ("this year", "2022")]


def test_two_expressions_in_one_entity_are_split_but_a_date_with_its_year_is_not() -> None:
    words = ["On", "June", "17", ",", "two", "days", "later", ",", "not", "between", "2014", "and", "2016", "or",
             "on", "February", "24", ",", "1955"]  # fmt: skip
    ents = ["O", "B-DATE", "I-DATE", "I-DATE", "I-DATE", "I-DATE", "I-DATE", "O", "O", "B-DATE", "I-DATE",
            "I-DATE", "I-DATE", "O", "O", "B-DATE", "I-DATE", "I-DATE", "I-DATE"]  # fmt: skip
    assert [text for text, _ in times(make_doc(words, ents))] == [
        "June 17", "two days", "2014", "2016", "February 24 , 1955",
    ]  # fmt: skip


def test_words_spacy_does_not_label_are_found_and_a_clock_time_takes_its_sentence_day() -> None:
    words = ["Boeing", "is", "now", "flying", ":", "it", "took", "off", "Tuesday", "at", "18:00", "UTC", "."]
    ents = ["O"] * 8 + ["B-DATE"] + ["O"] * 4
    assert times(make_doc(words, ents)) == [
        ("now", "PRESENT_REF"),
        ("Tuesday", "2022-09-06"),
        ("18:00 UTC", "2022-09-06T18:00Z"),
    ]


def test_a_number_spacy_calls_cardinal_before_a_unit_is_a_duration() -> None:
    doc = make_doc(
        ["almost", "two", "and", "a", "half", "years", "late"], ["B-CARDINAL"] + ["I-CARDINAL"] * 4 + ["O", "O"]
    )
    assert times(doc) == [("two and a half years", "P2Y6M")]  # "almost" outside, whole units, as TempEval-3 has them


def test_ages_and_bare_numbers_are_not_times() -> None:
    doc = make_doc(["a", "27-year-old", "pilot", "of", "49"], ["O", "B-DATE", "O", "O", "B-DATE"])
    assert times(doc) == []


@pytest.mark.parametrize(
    ("words", "found"),
    [
        # quarters of a town or sources of opinion, spaCy's DATE or not, are no stretch of time
        (["Criticism", "came", "from", "several", "quarters", "."], []),
        (["Guards", "searched", "several", "quarters", "of", "the", "old", "port", "."], []),
        (["Rents", "rose", "in", "a", "few", "quarters", "of", "the", "city", "."], []),
        # after a word of time they are one
        (["The", "chain", "made", "a", "profit", "after", "several", "quarters", "of", "decline", "."],
         [("several quarters", "PXQ")]),
    ],
)  # fmt: skip
@pytest.mark.parametrize("labelled", [True, False])
def test_uncounted_quarters_are_a_time_only_after_a_word_of_time(
    words: list[str], found: list[tuple[str, str]], labelled: bool
) -> None:
    end = words.index("quarters") + 1
    start = end - (3 if words[end - 2] == "few" else 2)  # "several quarters", "a few quarters"
    ents = ["O"] * len(words)
    if labelled:
        ents[start:end] = ["B-DATE"] + ["I-DATE"] * (end - start - 1)
    assert times(make_doc(words, ents)) == found


def test_undated_articles_record_relative_expressions_unresolved() -> None:
    doc = make_doc(["Yesterday", "and", "Tuesday", "in", "2008"], ["B-DATE", "O", "B-DATE", "O", "B-DATE"])
    assert times(doc, published=None) == [("Yesterday", "XXXX-XX-XX"), ("Tuesday", "XXXX-WXX-2"), ("2008", "2008")]


def test_expressions_outside_the_body_are_left_out() -> None:
    doc = make_doc(["Published", "Monday", ".", "Shares", "fell", "Friday"], ["O", "B-DATE", "O", "O", "O", "B-DATE"])
    assert times(doc, body=Span(17, len(doc.text))) == [("Friday", "2022-09-09")]


FUTURE_PARSE = {
    "words": ["The", "meeting", "will", "be", "held", "on", "Friday", "."],
    "heads": [1, 4, 4, 4, 4, 4, 5, 4],
    "deps": ["det", "nsubjpass", "aux", "auxpass", "ROOT", "prep", "pobj", "punct"],
    "tags": ["DT", "NN", "MD", "VB", "VBN", "IN", "NNP", "."],
    "pos": ["DET", "NOUN", "AUX", "AUX", "VERB", "ADP", "PROPN", "PUNCT"],
}
PAST_PARSE = {
    "words": ["The", "meeting", "was", "held", "on", "Friday", "."],
    "heads": [1, 3, 3, 3, 3, 4, 3],
    "deps": ["det", "nsubjpass", "auxpass", "ROOT", "prep", "pobj", "punct"],
    "tags": ["DT", "NN", "VBD", "VBN", "IN", "NNP", "."],
    "pos": ["DET", "NOUN", "AUX", "VERB", "ADP", "PROPN", "PUNCT"],
}


@pytest.mark.parametrize(
    ("parse", "tense", "value"), [(FUTURE_PARSE, Tense.FUTURE, "2022-09-16"), (PAST_PARSE, Tense.PAST, "2022-09-09")]
)
def test_the_tense_of_the_clause_picks_the_weekday(
    parse: dict[str, list[str] | list[int]], tense: Tense, value: str
) -> None:
    words = parse["words"]
    ents = ["B-DATE" if w == "Friday" else "O" for w in words]
    doc = Doc(Vocab(), ents=ents, **parse)  # type: ignore[arg-type]
    friday = doc.ents[0]
    assert tense_of(friday) is tense
    assert times(doc) == [("Friday", value)]


@pytest.mark.model
def test_the_dated_seed_resolves_against_its_publication_date(seed_build: SeedBuild) -> None:
    """The real pipeline on the seed dated 2022-09-12: relative and yearless dates placed against that date."""
    facts = [f for f in seed_build.result.story.facts if f.article.published is not None]
    found = {(t.text, t.value) for f in facts for t in f.times}
    # "just yesterday": TimeML leaves "just" outside the expression
    assert {("yesterday", "2022-09-11"), ("February 24th", "2022-02-24")} <= found, sorted(found)
    for f in facts:
        assert all(f.article.text[t.span.start : t.span.end] == t.text for t in f.times)


WEDNESDAY = dt.date(2008, 10, 15)


@pytest.mark.parametrize(
    ("text", "anchor", "tense", "value"),
    [
        # ISO 8601 weeks, as TimeML has them (MEANTIME's gold numbers 2006-W14 and 2010-W04-WE here: it counts from
        # the week holding January 1, which differs in years that begin on a Friday, Saturday or Sunday).
        ("this week", dt.date(2006, 3, 28), None, "2006-W13"),
        ("this weekend", dt.date(2010, 1, 25), None, "2010-W03-WE"),
        ("last week", dt.date(2004, 11, 24), None, "2004-W47"),  # 2004 began on a Thursday: as ISO 8601
        ("the third-quarter", WEDNESDAY, Tense.PAST, "2008-Q3"),
        ("first-half", WEDNESDAY, Tense.PAST, "2008-H1"),
        ("every quarter", WEDNESDAY, None, "P3M"),
        ("every two weeks", WEDNESDAY, None, "P2W"),
        ("per hour", WEDNESDAY, None, "PT1H"),
        ("Thursday", WEDNESDAY, Tense.PRESENT, "2008-10-16"),  # present tense: the nearest Thursday
        ("Tuesday", WEDNESDAY, Tense.PRESENT, "2008-10-14"),
        ("Thursday", WEDNESDAY, Tense.PAST, "2008-10-09"),
        ("morning", WEDNESDAY, None, "2008-10-15TMO"),
        ("in the afternoon", WEDNESDAY, None, "2008-10-15TAF"),
        ("the day before", WEDNESDAY, None, "2008-10-14"),
        ("the prior year", WEDNESDAY, None, "2007"),
        ("the week after", WEDNESDAY, None, "2008-W43"),
        ("decades", WEDNESDAY, None, "PXY"),
        ("the past two decades", WEDNESDAY, None, "P20Y"),
        ("the previous Friday", WEDNESDAY, None, "2008-10-10"),
        ("the following Monday", WEDNESDAY, None, "2008-10-20"),
        ("a single day", WEDNESDAY, None, "P1D"),
        ("from 2009 to 2011", WEDNESDAY, None, "P2Y"),
        ("between 2014 and 2016", WEDNESDAY, None, "P2Y"),
    ],
)
def test_timeml_conventions_of_news(text: str, anchor: dt.date, tense: Tense | None, value: str) -> None:
    assert normalise(text, Span(0, len(text)), anchor, tense).value == value


def test_a_range_splits_into_its_points() -> None:
    """TimeML marks the years of "from 2009 to 2011" and of "2007 and 2008", each a date, and no duration."""
    words = ["Deliveries", "run", "from", "2009", "to", "2011", "after", "sales", "in", "2007", "and", "2008"]
    ents = ["O", "O", "O", "B-DATE", "O", "B-DATE", "O", "O", "O", "B-DATE", "I-DATE", "I-DATE"]
    assert times(make_doc(words, ents)) == [("2009", "2009"), ("2011", "2011"), ("2007", "2007"), ("2008", "2008")]


def test_a_period_ended_on_a_date_splits_into_the_period_and_the_date() -> None:
    words = ["Profit", "rose", "in", "the", "quarter", "ended", "Sept.", "30", "and", "the", "first", "nine", "months",
             "of", "2021"]  # fmt: skip
    ents = ["O"] * 3 + ["B-DATE"] + ["I-DATE"] * 4 + ["O", "B-DATE"] + ["I-DATE"] * 5
    assert [text for text, _ in times(make_doc(words, ents))] == [
        "the quarter", "Sept. 30", "the first nine months", "2021",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "anchor", "tense", "value"),
    [
        ("the next day", WEDNESDAY, None, "2008-10-16"),  # a day, not a duration, unlike "the next month"
        ("the 19th century", WEDNESDAY, None, "18"),
        ("the twentieth century", WEDNESDAY, None, "19"),
        ("the 1970's", WEDNESDAY, None, "197"),
        ("the 60s", WEDNESDAY, None, "196"),
        ("the seventies", WEDNESDAY, None, "197"),
        ("twice a month", WEDNESDAY, None, "P1M"),
        ("once every year", WEDNESDAY, None, "P1Y"),
        ("every other day", WEDNESDAY, None, "P2D"),
        ("two years from now", WEDNESDAY, None, "2010"),
        ("four days ago", WEDNESDAY, None, "2008-10-11"),
        ("a century ago", WEDNESDAY, None, "19"),
        ("several years ago", WEDNESDAY, None, "PAST_REF"),
        ("a couple of years", WEDNESDAY, None, "P2Y"),
        ("less than a decade", WEDNESDAY, None, "P10Y"),
        ("the fiscal year", WEDNESDAY, None, "2008"),  # TempEval-3 values a fiscal year as its calendar year
        ("next financial year", WEDNESDAY, None, "2009"),
        ("the 2007 fiscal year", WEDNESDAY, None, "2007"),
        ("last June", WEDNESDAY, None, "2008-06"),
        ("last November", WEDNESDAY, None, "2007-11"),
        ("next March", WEDNESDAY, None, "2009-03"),
        ("this September", WEDNESDAY, None, "2008-09"),
        ("late last July", WEDNESDAY, None, "2008-07"),
        ("the quarter", WEDNESDAY, Tense.PAST, "2008-Q3"),  # the quarter a report in October speaks of
        ("the year-ago quarter", WEDNESDAY, None, "2007-Q3"),
        ("the year-earlier second quarter", WEDNESDAY, None, "2007-Q2"),
        ("last year's third quarter", WEDNESDAY, None, "2007-Q3"),
        ("the 2006 second quarter", WEDNESDAY, None, "2006-Q2"),
        ("the fiscal first quarter", WEDNESDAY, None, "2008-Q1"),
        ("three straight weeks", WEDNESDAY, None, "P3W"),
        ("six consecutive months", WEDNESDAY, None, "P6M"),
        ("single-day", WEDNESDAY, None, "P1D"),
        ("10 a.m. Friday", WEDNESDAY, Tense.PAST, "2008-10-10T10:00"),
        ("Thursday at noon", WEDNESDAY, Tense.FUTURE, "2008-10-16T12:00"),
        ("Monday, 4:15 p.m.", WEDNESDAY, Tense.PAST, "2008-10-13T16:15"),
        ("August last year", WEDNESDAY, None, "2007-08"),
        ("November of next year", WEDNESDAY, None, "2009-11"),
        ("the same month a year earlier", WEDNESDAY, None, "2007-10"),
        ("May 3 last year", WEDNESDAY, None, "2007-05-03"),
    ],
)
def test_counts_sets_centuries_fiscal_years_and_compounds(
    text: str, anchor: dt.date, tense: Tense | None, value: str
) -> None:
    assert normalise(text, Span(0, len(text)), anchor, tense).value == value


def test_a_count_back_is_the_date_it_points_to() -> None:
    time = normalise("two years ago", Span(0, 13), WEDNESDAY)
    assert (time.value, time.granularity, time.start, time.end) == (
        "2006", Granularity.YEAR, dt.date(2006, 1, 1), dt.date(2006, 12, 31),
    )  # fmt: skip
    assert normalise("two years ago", Span(0, 13), None).value == "XXXX-XX-XX"  # no anchor, no date


@pytest.mark.parametrize(
    ("words", "value"),
    [
        (["The", "boy", "must", "be", "returned", "by", "Jan.", "14"], "2023-01-14"),
        (["The", "vote", "was", "postponed", "until", "Saturday"], "2022-09-17"),
        (["It", "said", "the", "dividend", "is", "payable", "Dec.", "1"], "2022-12-01"),
    ],
)
def test_a_time_after_a_word_pointing_forward_lies_ahead(words: list[str], value: str) -> None:
    """ "by", "until", "payable" put a date without a year after the report, whatever the verb's tense."""
    i = next(i for i, w in enumerate(words) if w[0].isupper() and i > 1)
    ents = ["O"] * i + ["B-DATE"] + ["I-DATE"] * (len(words) - i - 1)
    assert [v for _, v in times(make_doc(words, ents))] == [value]


def test_an_undated_article_takes_its_first_full_date_as_anchor() -> None:
    words = ["Tuesday", "-", "October", "14", ",", "2008", ":", "shares", "fell", "today", "and", "Monday"]
    ents = ["B-DATE", "O", "B-DATE", "I-DATE", "I-DATE", "I-DATE", "O", "O", "O", "B-DATE", "O", "B-DATE"]
    assert times(make_doc(words, ents), published=None) == [
        ("Tuesday", "XXXX-WXX-2"), ("October 14 , 2008", "2008-10-14"), ("today", "2008-10-14"),
        ("Monday", "2008-10-13"),
    ]  # fmt: skip


def test_a_unit_named_back_is_the_one_holding_the_time_last_given() -> None:
    words = ["Founded", "on", "May", "2", ",", "1990", ",", "it", "grew", "that", "year", "and", "that", "day", ";",
             "in", "2001", "it", "shrank", ",", "that", "day"]  # fmt: skip
    ents = ["O", "O", "B-DATE", "I-DATE", "I-DATE", "I-DATE", "O", "O", "O", "B-DATE", "I-DATE", "O", "B-DATE",
            "I-DATE", "O", "O", "B-DATE", "O", "O", "O", "B-DATE", "I-DATE"]  # fmt: skip
    assert times(make_doc(words, ents)) == [
        ("May 2 , 1990", "1990-05-02"), ("that year", "1990"), ("that day", "1990-05-02"), ("2001", "2001"),
        ("that day", "2022-09-12"),  # a year gives no day to name back: the anchor's day
    ]  # fmt: skip


def test_a_year_earlier_after_a_quarter_is_that_quarter_a_year_before() -> None:
    words = ["Profit", "rose", "in", "the", "third", "quarter", "from", "$", "5", "million", "a", "year", "earlier"]
    ents = ["O"] * 3 + ["B-DATE", "I-DATE", "I-DATE"] + ["O"] * 4 + ["B-DATE", "I-DATE", "I-DATE"]
    assert times(make_doc(words, ents)) == [("the third quarter", "2022-Q3"), ("a year earlier", "2021-Q3")]


def _dated(text: str) -> tuple[list[str], list[str]]:
    """Words and entity labels of ``text``, whose time expressions are written in [brackets]."""
    words, ents, inside = [], [], False
    for word in text.split():
        opens, closes = word.startswith("["), word.endswith("]")
        words.append(word.strip("[]"))
        ents.append("B-DATE" if opens else "I-DATE" if inside else "O")
        inside = (inside or opens) and not closes
    return words, ents


REPORTED_IN_OCTOBER = dt.date(2022, 10, 20)


@pytest.mark.parametrize(
    ("text", "compared"),
    [
        # a stretch of months of the year has no value of its own: the year it lies in stands for it
        (
            "Profit rose in [the third quarter] ; in [the first nine months] it was up from $ 7 [a year earlier]",
            "2021",
        ),
        # a quarter still to come is a forecast, not the reported quarter
        (
            "Profit rose in [the third quarter] ; growth may slow in [the first quarter of 2023] from [a year earlier]",
            "2021-Q3",
        ),
        ("Sales rose 5 % in [the first half] from [a year earlier]", "2021-H1"),
        ("Sales rose in [the third quarter] from [the same period last year]", "2021-Q3"),
        ("Sales rose in [the third quarter] from [the corresponding quarter]", "2021-Q3"),
    ],
)
def test_a_year_earlier_compares_with_the_period_last_reported(text: str, compared: str) -> None:
    words, ents = _dated(text)
    assert times(make_doc(words, ents), published=REPORTED_IN_OCTOBER)[-1][1] == compared


def test_a_quarter_named_back_is_the_one_last_given() -> None:
    words, ents = _dated("Costs rose in [the third quarter] ; in [that quarter] sales fell and in [that half] too")
    assert times(make_doc(words, ents), published=REPORTED_IN_OCTOBER) == [
        ("the third quarter", "2022-Q3"), ("that quarter", "2022-Q3"), ("that half", "XXXX-XX-XX")
    ]  # fmt: skip


def test_the_year_ended_on_a_date_is_a_year_long() -> None:
    words = ["Sales", "rose", "in", "the", "year", "ended", "March", "31"]
    ents = ["O"] * 3 + ["B-DATE"] + ["I-DATE"] * 4
    assert times(make_doc(words, ents)) == [("the year", "P1Y"), ("March 31", "2022-03-31")]


def test_sets_are_found_and_soon_or_an_opening_now_are_not_times() -> None:
    doc = make_doc(["Now", ",", "it", "meets", "every", "day", "and", "will", "end", "soon", "."], ["O"] * 11)
    assert times(doc) == [("every day", "P1D")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the past several quarters", "PAST_REF"),
        ("the last few months", "PAST_REF"),
        ("coming months", "FUTURE_REF"),
        ("recent weeks", "PXW"),
        ("the past three years", "P3Y"),
    ],
)
def test_an_uncounted_stretch_is_a_side_of_now_and_recent_ones_are_vague_durations(text: str, value: str) -> None:
    assert normalise(text, Span(0, len(text)), WEDNESDAY).value == value


@pytest.mark.parametrize(
    ("words", "ents", "found"),
    [
        (["It", "ran", "in", "the", "1957", "-", "58", "season"], ["O", "O", "O", "O", "B-DATE", "I-DATE", "I-DATE",
         "I-DATE"], [("1957", "1957"), ("58", "1958")]),
        (["It", "took", "12", "and", "18", "months"], ["O", "O", "B-CARDINAL", "O", "B-DATE", "I-DATE"],
         [("12", "P12M"), ("18 months", "P18M")]),
        (["It", "took", "12", "or", "18", "months"], ["O", "O", "B-DATE", "I-DATE", "I-DATE", "I-DATE"],
         [("12", "P12M"), ("18 months", "P18M")]),
        (["Terms", "are", "six", "or", "nine", "months", "."], ["O", "O", "B-DATE", "I-DATE", "I-DATE", "I-DATE", "O"],
         [("six", "P6M"), ("nine months", "P9M")]),  # counts in words too
        (["It", "lasts", "between", "two", "and", "three", "hours", "."],
         ["O", "O", "B-TIME", "I-TIME", "I-TIME", "I-TIME", "I-TIME", "O"], [("two", "PT2H"), ("three hours", "PT3H")]),
    ],
)  # fmt: skip
def test_a_range_of_numbers_splits_into_its_points(
    words: list[str], ents: list[str], found: list[tuple[str, str]]
) -> None:
    """ "1957-58" is 1957 and 1958; "12 and 18 months" is P12M and P18M: the first point borrows from the second."""
    assert times(make_doc(words, ents)) == found


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("every morning", "XXXX-XX-XXTMO"),
        ("each Thursday", "XXXX-WXX-4"),
        ("each July", "XXXX-07"),
        ("the 99th day", "2008-10-15"),  # of the strike: counted up to the day the report speaks from
        ("a decade", "P10Y"),
    ],
)
def test_recurring_times_and_ordinal_days(text: str, value: str) -> None:
    assert normalise(text, Span(0, len(text)), WEDNESDAY).value == value


def test_a_weekday_after_each_is_a_set() -> None:
    words = ["Flights", "leave", "each", "Thursday"]
    assert times(make_doc(words, ["O", "O", "O", "B-DATE"])) == [("each Thursday", "XXXX-WXX-4")]


@pytest.mark.parametrize("words", ["on 7/8/07", "by 12/31", "at 10:30", "in the 1990s"])
def test_an_entity_written_with_digits_says_something_about_time(words: str) -> None:
    assert TIME_WORDS.search(words)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Prices rose between [March and May of last year] , the bank said",
         [("March", "2021-03"), ("May of last year", "2021-05")]),
        ("Sales fell from [June to August 2014]", [("June", "2014-06"), ("August 2014", "2014-08")]),
        ("The mill grew in [the 1980s and 90s]", [("the 1980s", "198"), ("90s", "199")]),
        ("The band toured in [the 1960s and '70s]", [("the 1960s", "196"), ("'70s", "197")]),
        ("The label thrived in [the 1990s and 00s]", [("the 1990s", "199"), ("00s", "200")]),
        ("Snow fell between [November and February 2015]", [("November", "2014-11"), ("February 2015", "2015-02")]),
    ],
)  # fmt: skip
def test_a_year_or_century_after_a_range_qualifies_both_ends(text: str, found: list[tuple[str, str]]) -> None:
    """The year after the second month of a range is the first month's too; a short decade after a full one shares its
    century."""
    assert times(make_doc(*_dated(text))) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The Varn board met on [March 3] ; the following [Monday] its chair quit",
         [("March 3", "2022-03-03"), ("the following Monday", "2022-03-07")]),
        ("The Varn board met on [March 3] . The previous [Friday] , its chair quit",
         [("March 3", "2022-03-03"), ("The previous Friday", "2022-02-25")]),
        ("Ann Voss was held on [June 12 , 2014] . [The day] before , she met the mayor",
         [("June 12 , 2014", "2014-06-12"), ("The day before", "2014-06-11")]),
        ("Ann Voss was held on [June 12 , 2014] ; [the week] after , she was freed",
         [("June 12 , 2014", "2014-06-12"), ("the week after", "2014-W25")]),
        ("[The day] before , she met the mayor", [("The day before", "2022-09-11")]),  # no day told: the article's
        ("Ann Voss won in [2015] ; [the year] earlier , she lost", [("2015", "2015"), ("the year earlier", "2014")]),
        ("Ann Voss won in [2015] ; [the year] later , she lost", [("2015", "2015"), ("the year later", "2016")]),
    ],
)  # fmt: skip
def test_a_day_named_from_the_day_the_text_gave_counts_from_it(text: str, found: list[tuple[str, str]]) -> None:
    assert times(make_doc(*_dated(text))) == found


def test_the_day_before_an_event_leaves_the_event_outside() -> None:
    words = ["She", "left", "the", "day", "before", "the", "vote"]
    heads, deps = [1, 1, 3, 1, 3, 6, 4], ["nsubj", "ROOT", "det", "npadvmod", "prep", "det", "pobj"]
    doc = make_doc(words, ["O", "O", "B-DATE", "I-DATE", "O", "O", "O"], heads=heads, deps=deps)
    assert [text for text, _ in times(doc)] == ["the day"]


def test_the_day_before_a_clause_is_the_day_just_given() -> None:
    words = ["The", "ferry", "docked", "May", "8", ",", "the", "day", "before", "inspectors", "closed", "the", "port"]
    heads = [1, 2, 2, 2, 3, 3, 7, 3, 10, 10, 2, 12, 10]
    deps = ["det", "nsubj", "ROOT", "npadvmod", "nummod", "punct", "det", "appos", "mark", "nsubj", "advcl",
            "det", "dobj"]  # fmt: skip
    ents = ["O", "O", "O", "B-DATE", "I-DATE", "O", "B-DATE", "I-DATE", "O", "O", "O", "O", "O"]
    doc = make_doc(words, ents, heads=heads, deps=deps)
    assert times(doc) == [("May 8", "2022-05-08"), ("the day", "2022-05-08")]


def test_the_day_before_a_quoted_name_is_not_joined() -> None:
    words, ents = _dated('Lia Brenn flew home [the day] before " Harvest Gala "')
    assert [text for text, _ in times(make_doc(words, ents))] == ["the day"]


def test_the_day_before_a_weekday_is_that_weekday() -> None:
    words, ents = _dated("Through [the day Tuesday] , the choir rehearsed in the chapel")
    assert times(make_doc(words, ents)) == [("Tuesday", "2022-09-06")]


def test_a_noun_spacy_ran_into_a_count_of_units_is_left_out() -> None:
    words = ["Tomas", "Reyl", "wrote", "a", "memo", "several", "weeks", "before", "the", "merger"]
    ents = ["O", "O", "O", "B-DATE", "I-DATE", "I-DATE", "I-DATE", "O", "O", "O"]
    pos = ["PROPN", "PROPN", "VERB", "DET", "NOUN", "ADJ", "NOUN", "ADP", "DET", "NOUN"]
    assert times(make_doc(words, ents, pos=pos)) == [("several weeks", "PXW")]


def test_a_part_of_a_time_before_a_year_is_kept() -> None:
    words = ["The", "depot", "shut", "at", "the", "end", "2019"]
    ents = ["O", "O", "O", "O", "B-DATE", "I-DATE", "I-DATE"]
    pos = ["DET", "NOUN", "VERB", "ADP", "DET", "NOUN", "NUM"]
    assert [text for text, _ in times(make_doc(words, ents, pos=pos))] == ["the end 2019"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Following [Friday] 's walkout , the Orvel union called a strike", [("Friday", "2022-09-09")]),
        ("Following [Monday] 's vote , the Tane party split", [("Monday", "2022-09-12")]),
    ],
)  # fmt: skip
def test_following_before_a_weekday_s_event_is_a_preposition(text: str, found: list[tuple[str, str]]) -> None:
    assert times(make_doc(*_dated(text))) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("In [1912] , the Calder sank . [The day] before , its crew saw ice", [("1912", "1912"),
         ("The day before", "XXXX-XX-XX")]),
        ("In [1912] , the Calder sank ; the following [Saturday] its crew was found", [("1912", "1912"),
         ("the following Saturday", "XXXX-WXX-6")]),
    ],
)  # fmt: skip
def test_a_day_named_from_a_year_is_unresolved(text: str, found: list[tuple[str, str]]) -> None:
    assert times(make_doc(*_dated(text))) == found
