"""When a statement was made: the time hung on its reporting verb, read on hand-built parses and on invented copy."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from graph.extract.circumstances import TimesAt, time_of
from graph.model import Granularity, Span, TimeExpr

MONDAY = dt.date(2012, 5, 7)


def parsed(words: list[str], heads: list[int], deps: list[str]) -> Doc:
    return Doc(Vocab(), words=words, heads=heads, deps=deps)


def monday_at(doc: Doc, index: int) -> TimeExpr:
    token = doc[index]
    span = Span(token.idx, token.idx + len(token.text))
    return TimeExpr(span, token.text, MONDAY.isoformat(), Granularity.DAY, MONDAY, MONDAY)


@pytest.mark.parametrize(
    ("words", "heads", "deps"),
    [
        # "The mayor said on Monday": the time on the verb's own phrase
        (["The", "mayor", "said", "on", "Monday"], [1, 2, 2, 2, 3], ["det", "nsubj", "ROOT", "prep", "pobj"]),
        # "The mayor wrote in an e-mail sent on Monday": through the medium the words came in
        (["The", "mayor", "wrote", "in", "an", "e-mail", "sent", "on", "Monday"], [1, 2, 2, 2, 5, 3, 5, 6, 7],
         ["det", "nsubj", "ROOT", "prep", "det", "pobj", "acl", "prep", "pobj"]),
    ],
)  # fmt: skip
def test_the_time_of_a_speech_hangs_on_its_reporting_verb(words: list[str], heads: list[int], deps: list[str]) -> None:
    doc = parsed(words, heads, deps)
    monday = monday_at(doc, len(words) - 1)
    assert time_of(doc[2], TimesAt([monday]), Span(0, 0)) == monday


def test_a_time_inside_what_was_said_is_not_the_time_of_saying() -> None:
    # "The mayor said the council votes Monday": the Monday is the vote's, in the clause said
    words = ["The", "mayor", "said", "the", "council", "votes", "Monday"]
    doc = parsed(words, [1, 2, 2, 4, 5, 2, 5], ["det", "nsubj", "ROOT", "det", "nsubj", "ccomp", "npadvmod"])
    assert time_of(doc[2], TimesAt([monday_at(doc, 6)]), Span(0, 0)) is None


@pytest.mark.model
def test_a_quote_reads_tomorrow_from_the_day_it_was_said() -> None:
    from graph.extract import extract
    from graph.model import Article
    from graph.nlp.loader import load_pipeline

    text = 'Title\n\n"The bridge reopens tomorrow," the engineer said in an interview on Tuesday.\n'
    article = Article("a", text, title="Title", published=dt.date(2012, 5, 10), body=Span(7, len(text)))
    facts = extract(load_pipeline()(article.analysable_text()), article)
    quote = facts.quotes[0]
    assert quote.time is not None and quote.time.text == "Tuesday"
    tomorrow = next(t for t in facts.times if t.text == "tomorrow")
    assert (tomorrow.value, tomorrow.anchor) == ("2012-05-09", dt.date(2012, 5, 8))
