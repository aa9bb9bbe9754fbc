"""Which side of the anchor a time lies on, read from the clause that tells it, and periods named by the day they
ended: each rule on an invented sentence."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from graph.extract.dates import extract_times, tense_of
from graph.extract.timeml import Tense, resolve
from graph.model import Article

WEDNESDAY = dt.date(2009, 11, 4)
MID_MARCH = dt.date(2005, 3, 16)


def parsed(words: str, heads: list[int], deps: str, tags: str, pos: str, time: str) -> Doc:
    """A hand-parsed sentence whose words ``time`` (one token or more, in order) are a DATE entity."""
    tokens = words.split()
    first, last = tokens.index(time.split()[0]), tokens.index(time.split()[-1])
    ents = ["B-DATE" if i == first else "I-DATE" if first < i <= last else "O" for i in range(len(tokens))]
    return Doc(Vocab(), words=tokens, heads=heads, deps=deps.split(), tags=tags.split(), pos=pos.split(), ents=ents,
               sent_starts=[True] + [False] * (len(tokens) - 1))  # fmt: skip


def times(doc: Doc, published: dt.date = WEDNESDAY) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in extract_times(doc, Article("a", doc.text, published=published))]


MAY_ANNOUNCE = (
    "The minister may announce the plan on Friday .",
    [1, 3, 3, 3, 5, 3, 3, 6, 3],
    "det nsubj aux ROOT det dobj prep pobj punct",
    "DT NN MD VB DT NN IN NNP .",
    "DET NOUN AUX VERB DET NOUN ADP PROPN PUNCT",
)
MAY_HAVE_LEFT = (
    "He may have left on Friday .",
    [3, 3, 3, 3, 3, 4, 3],
    "nsubj aux aux ROOT prep pobj punct",
    "PRP MD VB VBN IN NNP .",
    "PRON AUX AUX VERB ADP PROPN PUNCT",
)


@pytest.mark.parametrize(
    ("parse", "tense", "value"),
    [(MAY_ANNOUNCE, Tense.FUTURE, "2009-11-06"), (MAY_HAVE_LEFT, Tense.PAST, "2009-10-30")],
)
def test_a_modal_of_what_may_yet_happen_points_ahead_unless_it_guesses_at_the_past(
    parse: tuple[str, list[int], str, str, str], tense: Tense, value: str
) -> None:
    doc = parsed(*parse, time="Friday")
    assert tense_of(doc.ents[0]) is tense
    assert times(doc) == [("Friday", value)]


def test_a_gerund_takes_the_tense_of_the_verb_it_hangs_on() -> None:
    doc = parsed(
        "The fund began raising its stake in July .",
        [1, 2, 2, 2, 5, 3, 3, 6, 2],
        "det nsubj ROOT xcomp poss dobj prep pobj punct",
        "DT NN VBD VBG PRP$ NN IN NNP .",
        "DET NOUN VERB VERB PRON NOUN ADP PROPN PUNCT",
        time="July",
    )
    assert tense_of(doc.ents[0]) is Tense.PAST
    assert times(doc, published=MID_MARCH) == [("July", "2004-07")]


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("October", "2005-10"),  # "the law takes effect in October", told in March: this October, ahead
        ("January", "2005-01"),  # "January sales are up 4%", told in March: within a quarter back, the one gone
        ("Oct. 3", "2005-10-03"),
    ],
)
def test_a_time_told_in_the_present_lies_ahead_or_at_most_a_quarter_back(words: str, value: str) -> None:
    assert resolve(words, MID_MARCH, Tense.PRESENT).value == value


@pytest.mark.parametrize(
    ("ended", "published", "quarter", "day"),
    [
        (["July", "31"], WEDNESDAY, "2009-Q2", "2009-07-31"),  # May, June, July: mostly the calendar second quarter
        (["Sept.", "30"], WEDNESDAY, "2009-Q3", "2009-09-30"),
        (["Jan.", "31"], MID_MARCH, "2004-Q4", "2005-01-31"),  # November, December, January: the year before's
    ],
)
def test_a_quarter_named_by_the_day_it_ended_is_the_calendar_quarter_of_most_of_its_months(
    ended: list[str], published: dt.date, quarter: str, day: str
) -> None:
    words = ["Net", "rose", "in", "the", "quarter", "ended", *ended, "."]
    ents = ["O", "O", "O", "B-DATE", "I-DATE", "O", "B-DATE", "I-DATE", "O"]
    doc = Doc(Vocab(), words=words, ents=ents, sent_starts=[True] + [False] * (len(words) - 1))
    assert times(doc, published) == [("the quarter", quarter), (" ".join(ended), day)]


def test_the_year_earlier_quarter_after_a_reported_quarter_is_that_quarter_a_year_back() -> None:
    words = ["Profit", "in", "the", "third", "quarter", "rose", "from", "the", "year-earlier", "quarter", "."]
    ents = ["O", "O", "B-DATE", "I-DATE", "I-DATE", "O", "O", "B-DATE", "I-DATE", "I-DATE", "O"]
    doc = Doc(Vocab(), words=words, ents=ents, sent_starts=[True] + [False] * (len(words) - 1))
    assert times(doc) == [("the third quarter", "2009-Q3"), ("the year-earlier quarter", "2008-Q3")]


@pytest.mark.parametrize(
    ("tense", "value"),
    [
        (Tense.PAST, "2008"),  # "shares have risen 20% since year-end": the end of the year before
        (Tense.FUTURE, "2009"),  # "the deal will close by year-end": this one
        (None, "2009"),
    ],
)
def test_a_year_end_told_in_the_past_is_the_one_before_the_anchor(tense: Tense | None, value: str) -> None:
    assert resolve("year-end", WEDNESDAY, tense).value == value
    assert resolve("year-end 2004", WEDNESDAY, tense).value == "2004"  # a year named is that year, whatever the tense


def test_a_year_and_the_day_it_ends_on_joined_in_one_entity_are_two_expressions() -> None:
    words = ["Its", "fiscal", "year", "ends", "June", "30", "."]
    ents = ["O", "B-DATE", "I-DATE", "I-DATE", "I-DATE", "I-DATE", "O"]
    doc = Doc(Vocab(), words=words, ents=ents, sent_starts=[True] + [False] * (len(words) - 1))
    assert times(doc, MID_MARCH) == [("fiscal year", "2005"), ("June 30", "2005-06-30")]


def test_a_time_after_since_is_gone_whatever_the_tense() -> None:
    doc = parsed(
        "Stocks have their best week since November .",
        [1, 1, 4, 4, 1, 4, 5, 1],
        "nsubj ROOT poss amod dobj prep pobj punct",
        "NNS VBP PRP$ JJS NN IN NNP .",
        "NOUN VERB PRON ADJ NOUN ADP PROPN PUNCT",
        time="November",
    )
    assert tense_of(doc.ents[0]) is Tense.PAST
    assert times(doc, published=MID_MARCH) == [("November", "2004-11")]


def test_a_time_of_day_told_before_its_date_is_on_that_date() -> None:
    words = ["The", "offer", "expires", "at", "5", "p.m.", "on", "Nov.", "6", "."]
    ents = ["O", "O", "O", "O", "B-TIME", "I-TIME", "O", "B-DATE", "I-DATE", "O"]
    doc = Doc(Vocab(), words=words, ents=ents, sent_starts=[True] + [False] * (len(words) - 1))
    assert times(doc) == [("5 p.m.", "2009-11-06T17:00"), ("Nov. 6", "2009-11-06")]


def test_the_year_to_a_month_is_a_year_long_and_the_year_to_date_is_the_year() -> None:
    words = ["Sales", "rose", "in", "the", "year", "to", "March", "."]
    ents = ["O", "O", "O", "B-DATE", "I-DATE", "O", "B-DATE", "O"]
    doc = Doc(Vocab(), words=words, ents=ents, sent_starts=[True] + [False] * (len(words) - 1))
    assert times(doc, MID_MARCH) == [("the year", "P1Y"), ("March", "2005-03")]
    words = ["Sales", "rose", "in", "the", "year", "to", "date", "."]
    doc = Doc(Vocab(), words=words, ents=ents, sent_starts=[True] + [False] * (len(words) - 1))
    assert times(doc, MID_MARCH)[0] == ("the year", "2005")
