"""TimeML values and extents as TempEval-3's gold writes them, each rule on an invented sentence or phrase."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from graph.extract.dates import extract_times
from graph.extract.timeml import Tense, resolve
from graph.model import Article

WEDNESDAY = dt.date(2009, 11, 4)


def times(words: list[str], ents: list[str], published: dt.date = WEDNESDAY) -> list[tuple[str, str]]:
    doc = Doc(Vocab(), words=words, ents=ents, sent_starts=[True] + [False] * (len(words) - 1))
    return [(t.text, t.value) for t in extract_times(doc, Article("a", doc.text, published=published))]


@pytest.mark.parametrize(
    ("words", "tense", "value"),
    [
        ("Nov. 19", Tense.PAST, "2009-11-19"),  # "the vote was set for Nov. 19": the anchor's month, its year
        ("Nov. 2", Tense.FUTURE, "2009-11-02"),  # "is due by Nov. 2", told two days late: still this year's
        ("Sept. 19", Tense.FUTURE, "2010-09-19"),  # another month: the tense decides
        ("Dec. 19", Tense.PAST, "2008-12-19"),
    ],
)
def test_the_tense_places_a_date_by_month_not_by_day(words: str, tense: Tense, value: str) -> None:
    assert resolve(words, WEDNESDAY, tense).value == value


def test_a_weekday_beside_a_date_picks_its_year() -> None:
    assert resolve("Monday, Nov. 3", WEDNESDAY, Tense.FUTURE).value == "2008-11-03"  # the 2009 one is a Tuesday
    assert resolve("Tuesday, Nov. 3", WEDNESDAY, Tense.FUTURE).value == "2009-11-03"


def test_current_before_a_thing_dates_nothing() -> None:
    words = ["The", "current", "slump", "hurt", "the", "current", "year", "."]
    ents = ["O", "O", "O", "O", "B-DATE", "I-DATE", "I-DATE", "O"]
    assert times(words, ents) == [("the current year", "2009")]


def test_the_future_after_into_or_about_is_a_future_reference() -> None:
    words = ["They", "worried", "about", "the", "future", "but", "looked", "to", "the", "future", "of", "jobs", "."]
    assert times(words, ["O"] * len(words)) == [("the future", "FUTURE_REF")]


def test_punctuation_spacy_ran_on_with_is_left_out() -> None:
    words = ["Tuesday", ",", "Nov.", "3", ":", "\n\n", "Polls", "opened", "."]
    ents = ["B-DATE", "I-DATE", "I-DATE", "I-DATE", "I-DATE", "I-DATE", "O", "O", "O"]
    assert times(words, ents) == [("Tuesday , Nov. 3", "2009-11-03")]


@pytest.mark.parametrize(
    ("words", "ents", "found"),
    [
        (["Sales", "fell", "from", "the", "2007", "period", "."], ["O", "O", "O", "O", "B-DATE", "O", "O"],
         [("the 2007 period", "2007")]),
        (["She", "served", "a", "three-year", "term", "."], ["O", "O", "O", "B-DATE", "O", "O"],
         [("a three-year term", "P3Y")]),
        (["Prices", "rose", "during", "the", "week", "."], ["O", "O", "O", "O", "B-DATE", "O"],
         [("the week", "2009-W45")]),
    ],
)  # fmt: skip
def test_a_period_noun_and_the_article_of_a_bare_unit_belong_to_the_expression(
    words: list[str], ents: list[str], found: list[tuple[str, str]]
) -> None:
    assert times(words, ents) == found


def test_a_time_of_day_and_its_date_are_one_expression() -> None:
    words = ["Bids", "close", "at", "5", "p.m.", "EST", ",", "Nov.", "9", "."]
    ents = ["O", "O", "O", "B-TIME", "I-TIME", "I-TIME", "I-TIME", "I-TIME", "I-TIME", "O"]
    assert times(words, ents) == [("5 p.m. EST , Nov. 9", "2009-11-09T17:00")]


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("March eighth", "2010-03-08"),  # a day of a month as an ordinal word, as transcripts write it
        ("the twenty-first of May", "2010-05-21"),
        ("June thirtieth", "2010-06-30"),
        ("Mondays", "XXXX-WXX-1"),  # a weekday in the plural recurs, one a week
        ("on Tuesday nights", "XXXX-WXX-2TNI"),
    ],
)
def test_spoken_days_of_a_month_and_weekdays_in_the_plural(words: str, value: str) -> None:
    assert resolve(words, WEDNESDAY, Tense.FUTURE).value == value


def test_the_near_term_is_the_future_but_a_near_term_thing_is_not_a_time() -> None:
    words = ["Profits", "will", "dip", "in", "the", "near", "term", "and", "the", "short-term", "goal", "waits", "."]
    assert times(words, ["O"] * len(words)) == [("the near term", "FUTURE_REF")]


@pytest.mark.parametrize(
    ("words", "value"),
    [("the quarter a year ago", "2008-Q4"), ("the same quarter last year", "2008-Q4"), ("the first half last year",
     "2008-H1")],
)  # fmt: skip
def test_a_quarter_of_a_year_named_from_the_anchor_is_in_that_year(words: str, value: str) -> None:
    assert resolve(words, WEDNESDAY, Tense.PAST).value == value  # told in November: the fourth quarter, a year back


@pytest.mark.parametrize(
    ("words", "value", "length"),
    [
        ("decades ago", "PAST_REF", "PXY"),  # uncounted: only a side of now, its length vague
        ("months earlier", "PAST_REF", "PXM"),
        ("years from now", "FUTURE_REF", "PXY"),
    ],
)
def test_an_uncounted_count_back_is_a_side_of_now(words: str, value: str, length: str) -> None:
    found = resolve(words, WEDNESDAY, Tense.PAST)
    assert (found.value, found.length) == (value, length)


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("a year and a half", "P1Y6M"),  # the half in the next smaller unit, as TimeML writes lengths
        ("a minute and a half", "PT1M30S"),
        ("two and a half days", "P2DT12H"),
        ("half an hour", "PT30M"),
        ("half a century", "P50Y"),
        ("a half-century", "P50Y"),
        ("a quarter-century", "P25Y"),  # a quarter only of a unit said in a smaller one
        ("the fourth quarter", "2009-Q4"),  # a quarter of a year stays a quarter
    ],
)
def test_a_half_or_a_quarter_unit_is_said_in_a_smaller_one(words: str, value: str) -> None:
    assert resolve(words, WEDNESDAY).value == value


@pytest.mark.parametrize(
    ("words", "tense", "value"),
    [
        ("dawn Thursday", Tense.PAST, "2009-10-29TMO"),  # dawn is of the morning, dusk of the evening
        ("dusk Sunday", Tense.FUTURE, "2009-11-08TEV"),
        ("nightfall yesterday", None, "2009-11-03TEV"),
    ],
)
def test_dawn_or_dusk_of_a_day_is_its_morning_or_evening(words: str, tense: Tense | None, value: str) -> None:
    assert resolve(words, WEDNESDAY, tense).value == value


def test_dawn_or_dusk_without_a_day_is_no_time() -> None:
    assert times(["They", "left", "at", "dusk", "."], ["O", "O", "O", "B-TIME", "O"]) == []


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("all week", "2009-W45"),
        ("all year", "2009"),
        ("all the years", "XXXX-XX-XX"),  # no unit spent whole
    ],
)
def test_a_unit_spent_whole_is_the_anchors_own(words: str, value: str) -> None:
    assert resolve(words, WEDNESDAY).value == value


def test_a_unit_spent_whole_or_a_part_of_the_day_named_back_after_a_day_told_is_of_that_day() -> None:
    words = ["The", "dam", "broke", "on", "Oct.", "3", ";", "crews", "worked", "all", "day", "and", "later", "that",
             "night", "."]  # fmt: skip
    ents = ["O", "O", "O", "O", "B-DATE", "I-DATE", "O", "O", "O", "B-DATE", "I-DATE", "O", "B-TIME", "I-TIME",
            "I-TIME", "O"]  # fmt: skip
    assert times(words, ents) == [("Oct. 3", "2009-10-03"), ("all day", "2009-10-03"),
                                  ("later that night", "2009-10-03TNI")]  # fmt: skip


def test_a_noun_spacy_ran_into_a_weekday_is_left_out() -> None:
    words = ["Gales", "hit", "the", "coast", "Tuesday", "and", "eased", "by", "the", "end", "Sunday", "."]
    pos = ["NOUN", "VERB", "DET", "NOUN", "PROPN", "CCONJ", "VERB", "ADP", "DET", "NOUN", "PROPN", "PUNCT"]
    ents = ["O", "O", "B-DATE", "I-DATE", "I-DATE", "O", "O", "O", "B-DATE", "I-DATE", "I-DATE", "O"]
    doc = Doc(Vocab(), words=words, pos=pos, ents=ents, sent_starts=[True] + [False] * (len(words) - 1))
    found = [(t.text, t.value) for t in extract_times(doc, Article("a", doc.text, published=WEDNESDAY))]
    assert found[0] == ("Tuesday", "2009-11-03")  # "the coast" is no part of it
    assert found[1][0] == "the end Sunday"  # a noun naming a part of the time stays


@pytest.mark.parametrize(
    ("words", "value"),
    [("this coming Saturday", "2009-11-07"), ("this coming Saturday, Nov. 7", "2009-11-07")],
)
def test_this_coming_weekday_is_the_next_one(words: str, value: str) -> None:
    assert resolve(words, WEDNESDAY, Tense.FUTURE).value == value


def test_a_length_spacy_ran_on_into_the_day_it_fell_on_is_two_expressions() -> None:
    words = ["The", "hearing", "ran", "more", "than", "three", "hours", "Monday", "."]
    ents = ["O", "O", "O", "B-TIME", "I-TIME", "I-TIME", "I-TIME", "I-TIME", "O"]
    assert times(words, ents) == [("more than three hours", "PT3H"), ("Monday", "2009-11-02")]


def test_a_half_after_a_unit_belongs_to_the_length_and_later_stays_out() -> None:
    words = ["An", "hour", "and", "a", "half", "later", ",", "the", "polls", "closed", "."]
    ents = ["B-TIME", "I-TIME", "I-TIME", "I-TIME", "I-TIME", "I-TIME", "O", "O", "O", "O", "O"]
    assert times(words, ents) == [("An hour and a half", "PT1H30M")]


def test_a_preposition_before_the_second_of_two_joined_expressions_stays_out() -> None:
    words = ["Its", "fiscal", "2009", "ended", "in", "June", "."]
    ents = ["O", "B-DATE", "I-DATE", "I-DATE", "I-DATE", "I-DATE", "O"]
    assert times(words, ents) == [("fiscal 2009", "2009"), ("June", "2009-06")]


def test_a_range_of_days_splits_into_its_days() -> None:
    words = ["Ministers", "will", "meet", "on", "Dec.", "8", "-", "9", "."]
    ents = ["O", "O", "O", "O", "B-DATE", "I-DATE", "I-DATE", "I-DATE", "O"]
    assert times(words, ents) == [("Dec. 8", "2009-12-08"), ("9", "2009-12-09")]


def test_a_count_of_times_a_unit_is_a_set() -> None:
    words = ["The", "club", "meets", "twice", "a", "month", "and", "votes", "three", "times", "a", "year", "."]
    assert times(words, ["O"] * len(words)) == [("twice a month", "P1M"), ("three times a year", "P1Y")]


def test_the_hyphened_length_of_a_period_is_that_length() -> None:
    assert resolve("the 12-month period", WEDNESDAY).value == "P12M"


def test_counts_back_lengths_and_fiscal_quarters_spacy_left_unlabelled_are_found() -> None:
    words = ["The", "club", "opened", "more", "than", "three", "decades", "ago", "and", "held", "a", "day-long",
             "fair", "in", "its", "fiscal", "third-quarter", "."]  # fmt: skip
    assert times(words, ["O"] * len(words), dt.date(2009, 11, 4)) == [
        ("more than three decades ago", "1979"),
        ("day-long", "P1D"),
        ("fiscal third-quarter", "2009-Q3"),
    ]


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("Easter", "2010-04-04"),  # the next Easter, told in the future tense
        ("Good Friday", "2010-04-02"),
        ("Easter 2008", "2008-03-23"),
        ("a later date", "FUTURE_REF"),
        ("the year-earlier nine months", "P9M"),  # the length of the period compared with
    ],
)
def test_easter_later_dates_and_compared_lengths(words: str, value: str) -> None:
    assert resolve(words, WEDNESDAY, Tense.FUTURE).value == value


def test_a_count_before_a_count_back_is_no_part_of_it() -> None:
    words = ["The", "firm", "has", "nine", "shops", ",", "up", "from", "six", "a", "year", "ago", "."]
    ents = ["O", "O", "O", "B-CARDINAL", "O", "O", "O", "O", "B-DATE", "I-DATE", "I-DATE", "I-DATE", "O"]
    assert times(words, ents) == [("a year ago", "2008")]


def test_a_time_of_day_told_before_its_weekday_is_on_that_day() -> None:
    words = ["The", "blast", "came", "at", "9", "a.m.", "(", "1400", "GMT", ")", "on", "Monday", "."]
    ents = ["O", "O", "O", "O", "B-TIME", "I-TIME", "O", "B-TIME", "O", "O", "O", "B-DATE", "O"]
    assert times(words, ents) == [("9 a.m.", "2009-11-02T09:00"), ("1400 GMT", "2009-11-02T14:00Z"),
                                  ("Monday", "2009-11-02")]  # fmt: skip


def test_four_digits_are_a_time_of_day_only_with_their_zone() -> None:
    assert resolve("0630 GMT", WEDNESDAY).value == "2009-11-04T06:30Z"
    assert resolve("1630", WEDNESDAY).value == "1630"


@pytest.mark.parametrize(
    ("words", "value"),
    [("every weekend", "XXXX-WXX-WE"), ("weekends", "XXXX-WXX-WE"), ("nightly", "XXXX-XX-XXTNI"),
     ("twice daily", "P1D"), ("per annum", "P1Y")],
)  # fmt: skip
def test_recurring_weekends_nights_and_rates_are_sets(words: str, value: str) -> None:
    assert resolve(words, WEDNESDAY, Tense.PRESENT).value == value


def test_sets_spacy_leaves_unlabelled_are_found() -> None:
    words = ["The", "bar", "opens", "nightly", ",", "the", "market", "every", "weekend", ",", "at", "4%", "per",
             "annum", "."]  # fmt: skip
    found = times(words, ["O"] * len(words))
    assert found == [("nightly", "XXXX-XX-XXTNI"), ("every weekend", "XXXX-WXX-WE"), ("per annum", "P1Y")]


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("2Q", "2009-Q2"),  # told in the past in November: this year's
        ("Q3 2007", "2007-Q3"),
        ("4Q08", "2008-Q4"),
        ("1H 2010", "2010-H1"),
        ("H2", "2009-H2"),
        ("FY08", "2008"),  # a fiscal year valued as its calendar year, as TempEval-3 values it
        ("FY2011", "2011"),
        ("3H", "XXXX-XX-XX"),  # a year has two halves
    ],
)
def test_the_short_forms_of_quarters_halves_and_fiscal_years(words: str, value: str) -> None:
    assert resolve(words, WEDNESDAY, Tense.PAST).value == value


def test_short_forms_in_capitals_are_found_and_a_virus_or_visa_is_not() -> None:
    words = ["Sales", "of", "the", "H1N1", "test", "rose", "in", "3Q08", "and", "FY09", "for", "H1-B", "staff"]
    assert times(words, ["O"] * len(words)) == [("3Q08", "2008-Q3"), ("FY09", "2009")]


@pytest.mark.parametrize(
    ("words", "anchor", "value"),
    [
        ("the same period last year", WEDNESDAY, "2008"),  # no period told before it: the year it lies in
        ("the comparable period a year earlier", WEDNESDAY, "2008"),
        ("the new year", dt.date(2009, 12, 14), "2010"),  # told in December: the year about to begin
        ("the new year", dt.date(2010, 1, 12), "2010"),  # told in January: the year just begun
    ],
)
def test_a_period_compared_without_a_period_told_and_the_new_year(words: str, anchor: dt.date, value: str) -> None:
    assert resolve(words, anchor).value == value


def parsed_times(sentences: str) -> list[tuple[str, str]]:
    from graph.nlp.loader import load_pipeline

    doc = load_pipeline()(sentences)
    return [(t.text, t.value) for t in extract_times(doc, Article("a", doc.text, published=WEDNESDAY))]


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentences", "found"),
    [
        # a week, month or year spent whole is the anchor's, never one given long before
        ("Grenmark was founded on March 3, 2001. Its shares have climbed all year.",
         [("March 3, 2001", "2001-03-03"), ("all year", "2009")]),
        # a part of the day named back after a clock time of a day is of that day
        ("The ferry left Varrow at 10:15 p.m. Sunday. Later that night it ran aground.",
         [("10:15 p.m. Sunday", "2009-11-01T22:15"), ("Later that night", "2009-11-01TNI")]),
        # a half-century is a length, unless it is a score of runs
        ("The treaty ended a half-century of border disputes.", [("a half-century", "P50Y")]),
        ("Opener Rafe Dunmore struck a half-century as Westmarch chased down 240.", []),
        # overnight, told of a forecast, is tonight
        ("Forecasters said snow could fall overnight.", [("overnight", "2009-11-04TNI")]),
        ("Heavy rain is likely overnight, the weather service said.", [("overnight", "2009-11-04TNI")]),
    ],
)  # fmt: skip
def test_times_read_through_the_pipeline(sentences: str, found: list[tuple[str, str]]) -> None:
    assert parsed_times(sentences) == found
