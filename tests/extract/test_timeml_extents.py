"""Extents as TimeML 1.2.1 marks them, on hand-built Docs: where an expression begins and ends."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from graph.extract.dates import extract_times
from graph.extract.timeml import resolve, timex_type
from graph.model import Article

PUBLISHED = dt.date(2021, 6, 9)
DEPS = ["nsubj", "ROOT", "det", "nummod", "compound", "dobj", "prep", "det", "npadvmod", "punct", "amod", "pobj",
        "punct"]  # fmt: skip


def times(doc: Doc) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in extract_times(doc, Article("a", doc.text, published=PUBLISHED))]


def plain(words: list[str], ents: list[str], **tags: list[str]) -> Doc:
    return Doc(Vocab(), words=words, ents=ents, sent_starts=[True] + [False] * (len(words) - 1), **tags)  # type: ignore[arg-type]


def test_the_article_of_a_noun_the_expression_modifies_stays_outside() -> None:
    """ "a two day march": the article is the march's; "the year-ago period" keeps it (TimeML marks the period)."""
    words = ["Unions", "began", "a", "two", "day", "march", "after", "the", "year", "-", "ago", "period", "."]
    doc = Doc(
        Vocab(),
        words=words,
        spaces=[True] * 8 + [False, False] + [True] * 3,
        heads=[1, 1, 5, 4, 5, 1, 1, 11, 10, 10, 11, 6, 1],
        deps=DEPS,
        pos=["NOUN", "VERB", "DET", "NUM", "NOUN", "NOUN", "ADP", "DET", "NOUN", "PUNCT", "ADV", "NOUN", "PUNCT"],
        ents=["O", "O", "B-DATE", "I-DATE", "I-DATE", "O", "O", "B-DATE", "I-DATE", "I-DATE", "I-DATE", "I-DATE", "O"],
    )
    assert [text for text, _ in times(doc)] == ["two day", "the year-ago period"]


def test_a_verb_spacy_ran_into_the_expression_is_left_out() -> None:
    words = ["Striking", "nine", "days", "after", "the", "flood"]
    doc = plain(words, ["B-DATE", "I-DATE", "I-DATE", "O", "O", "O"], pos=["VERB", "NUM", "NOUN", "ADP", "DET", "NOUN"])
    assert times(doc) == [("nine days", "P9D")]


def test_a_hedge_stays_on_a_point_and_goes_from_a_length() -> None:
    """ "about two years ago" and "around 6:30 p.m." are points TimeML marks with their ``mod``; "about five hours",
    a length, is marked without it, as TempEval-3's gold has them."""
    words = ["It", "opened", "about", "two", "years", "ago", ",", "shut", "around", "6:30", "p.m.", "for", "about",
             "five", "hours"]  # fmt: skip
    ents = ["O", "O", "B-DATE", "I-DATE", "I-DATE", "I-DATE", "O", "O", "B-TIME", "I-TIME", "I-TIME", "O", "B-TIME",
            "I-TIME", "I-TIME"]  # fmt: skip
    found = [text for text, _ in times(plain(words, ents))]
    assert found == ["about two years ago", "around 6:30 p.m.", "five hours"]


def test_a_date_left_open_on_one_side_keeps_its_open_end() -> None:
    words = ["No", "profit", "until", "2025", "or", "later", ",", "growth", "for", "2023", "and", "beyond"]
    ents = ["O", "O", "O", "B-DATE", "O", "O", "O", "O", "O", "B-DATE", "O", "O"]
    assert times(plain(words, ents)) == [("2025 or later", "2025"), ("2023 and beyond", "2023")]


def test_a_count_takes_the_unit_spacy_left_after_it() -> None:
    words = ["Riots", "followed", "in", "the", "past", "three", "summers"]
    ents = ["O", "O", "O", "B-DATE", "I-DATE", "I-DATE", "O"]
    assert [text for text, _ in times(plain(words, ents))] == ["the past three summers"]


def test_a_period_compared_with_is_one_expression_valued_from_the_reported_quarter() -> None:
    """ "the same period last year" is the reported quarter a year back; "the latest period" is that quarter."""
    words = ["Sales", "rose", "in", "the", "first", "quarter", "from", "the", "same", "period", "of", "last", "year",
             ";", "in", "the", "latest", "period", "costs", "fell"]  # fmt: skip
    ents = ["O", "O", "O", "B-DATE", "I-DATE", "I-DATE", "O", "O", "O", "O", "O", "B-DATE", "I-DATE"] + ["O"] * 7
    assert times(plain(words, ents)) == [
        ("the first quarter", "2021-Q1"), ("the same period of last year", "2020-Q1"), ("the latest period", "2021-Q1"),
    ]  # fmt: skip


def test_a_day_named_outright_is_found_where_spacy_left_it_unlabelled_but_not_in_a_name() -> None:
    words = ["The", "Sunday", "Times", "said", "the", "June", "2", "attacks", "ended", "talks", "set", "for", "today"]
    ents = ["B-ORG", "I-ORG", "I-ORG", "O", "O", "B-EVENT", "I-EVENT", "I-EVENT", "O", "O", "O", "O", "O"]
    assert times(plain(words, ents)) == [("June 2", "2021-06-02"), ("today", "2021-06-09")]


@pytest.mark.parametrize(
    ("text", "value", "type_"),
    [
        ("every day", "P1D", "SET"),
        ("twice a week", "P1W", "SET"),
        ("daily", "P1D", "SET"),
        ("Mondays", "XXXX-WXX-1", "SET"),
        ("Tuesday nights", "XXXX-WXX-2TNI", "SET"),
        ("a day", "P1D", "DURATION"),
        ("Monday", "2021-06-07", "DATE"),
        ("now", "PRESENT_REF", "DATE"),
    ],
)
def test_the_words_of_a_recurring_time_make_a_set(text: str, value: str, type_: str) -> None:
    assert timex_type(text, value) == type_


def test_seasons_holidays_and_midnight_on_a_named_day_are_found() -> None:
    words = ["Work", "starts", "this", "autumn", ";", "the", "last", "ended", "at", "midnight", "on", "Sunday", "and",
             "on", "New", "Year", "'s", "Day"]  # fmt: skip
    spaces = [True] * 15 + [False] + [True] * 2
    doc = Doc(
        Vocab(),
        words=words,
        spaces=spaces,
        sent_starts=[True] + [False] * 17,
        ents=["O"] * 9 + ["B-TIME", "O", "B-DATE"] + ["O"] * 6,
    )
    assert times(doc) == [
        ("this autumn", "2021-FA"), ("midnight", "2021-06-06T24:00"), ("Sunday", "2021-06-06"),
        ("New Year's Day", "2021-01-01"),
    ]  # fmt: skip


def test_a_length_from_now_is_the_date_it_points_to() -> None:
    words = ["The", "vote", "is", "two", "weeks", "from", "now"]
    ents = ["O", "O", "O", "B-DATE", "I-DATE", "O", "O"]
    assert times(plain(words, ents)) == [("two weeks from now", "2021-W25")]


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("the months ahead", "FUTURE_REF"),
        ("the years to come", "FUTURE_REF"),
        ("6 a.m. local time", "2021-06-09T06:00"),
        ("7:30 p.m. Eastern time", "2021-06-09T19:30"),
    ],
)
def test_stretches_ahead_and_clock_times_in_a_named_zone(words: str, value: str) -> None:
    assert resolve(words, PUBLISHED).value == value


def test_the_same_quarter_a_year_ago_is_the_reported_quarter_a_year_back() -> None:
    words = ["Sales", "rose", "in", "the", "first", "quarter", "from", "the", "same", "quarter", "a", "year", "ago"]
    ents = ["O", "O", "O", "B-DATE", "I-DATE", "I-DATE", "O"] + ["B-DATE"] + ["I-DATE"] * 5
    assert times(plain(words, ents))[1] == ("the same quarter a year ago", "2020-Q1")


def test_every_counted_units_is_found_as_a_set() -> None:
    words = ["A", "bonus", "is", "paid", "every", "six", "months"]
    doc = plain(words, ["O"] * 7)
    assert [(t.text, t.value, timex_type(t.text, t.value)) for t in extract_times(doc, Article("a", doc.text))] == [
        ("every six months", "P6M", "SET")
    ]


def test_an_entity_run_across_a_sentence_end_is_cut_there() -> None:
    """ "Floods hit on Feb. 3. Two days later, the dam broke.": the date ends with its sentence, its full stop
    outside."""
    words = ["Floods", "hit", "on", "Feb.", "3", ".", "Two", "days", "later", ",", "the", "dam", "broke", "."]
    ents = ["O", "O", "O", "B-DATE", "I-DATE", "I-DATE", "I-DATE", "I-DATE", "I-DATE", "O", "O", "O", "O", "O"]
    starts = [True, False, False, False, False, False, True, False, False, False, False, False, False, False]
    doc = Doc(Vocab(), words=words, ents=ents, sent_starts=starts)
    assert times(doc) == [("Feb. 3", "2021-02-03"), ("Two days", "P2D")]


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["The", "ferry", "stays", "in", "port", "for", "a", "while", "."], [("a while", "PXX")]),
        (["Troops", "may", "stay", "for", "some", "time", "."], [("some time", "PXX")]),
        (["The", "chain", "posted", "a", "profit", "after", "several", "quarters", "of", "decline", "."],
         [("several quarters", "PXQ")]),
    ],
)  # fmt: skip
def test_a_length_spacy_leaves_unlabelled_is_found(words: list[str], expected: list[tuple[str, str]]) -> None:
    """A stretch of unknown length after "for" is TimeML's ``PXX``; uncounted quarters a vague length."""
    found = times(plain(words, ["O"] * len(words)))
    assert found == expected
    assert all(timex_type(text, value) == "DURATION" for text, value in found)


def test_some_time_before_a_date_stays_a_hedge() -> None:
    """ "some time next year" is next year, hedged; "some time ago" no unknown length but a time gone, TimeML's
    ``PAST_REF``."""
    assert resolve("some time next year", PUBLISHED).value == "2022"
    words = ["Vessa", "Rook", "left", "some", "time", "ago", "."]
    assert times(plain(words, ["O"] * len(words))) == [("some time ago", "PAST_REF")]


def test_quarters_of_a_year_stay_one_expression_and_name_its_half() -> None:
    """ "the first two quarters of 2012" is the year's first half; "the first nine months of 2010" a length, then the
    year."""
    words = ["Tarlow", "expects", "growth", "in", "the", "first", "two", "quarters", "of", "2012", "and", "fell", "in",
             "the", "first", "nine", "months", "of", "2010"]  # fmt: skip
    ents = ["O", "O", "O", "O", "B-DATE", "I-DATE", "I-DATE", "I-DATE", "I-DATE", "I-DATE", "O", "O", "O", "B-DATE",
            "I-DATE", "I-DATE", "I-DATE", "I-DATE", "I-DATE"]  # fmt: skip
    assert times(plain(words, ents)) == [
        ("the first two quarters of 2012", "2012-H1"),
        ("the first nine months", "P9M"),
        ("2010", "2010"),
    ]
