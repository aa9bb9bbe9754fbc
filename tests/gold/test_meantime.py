"""The MEANTIME loader: detokenisation on hand-written token strings (no corpus, no model), and, when the corpus is
there, that every gold statement of tests/gold/meantime_quotes.json lies in its article as the loader lays it out."""

from __future__ import annotations

import datetime as dt

import pytest

from bench.meantime import creation_date
from graph.model import Span
from tests.eval_data import needs
from tests.gold.meantime import GOLD, MEANTIME, detokenise, gold_articles_from, meantime_article, page_text
from tests.gold.score import gold_articles, load_gold


@pytest.mark.parametrize(
    ("tokens", "expected"),
    [
        ("Northrop Grumman ( EADS ) won .", "Northrop Grumman (EADS) won."),
        ("a US$ 40 billion ( GB # 20.1 billion ) deal", "a US$40 billion (GB #20.1 billion) deal"),
        ("Sugar said `` Everyone told us , '' he said .", "Sugar said “Everyone told us,” he said."),
        ('the so-called " death grip " , however', "the so-called “death grip”, however"),
        ('an " Antennagate , " saying', "an “Antennagate,” saying"),
        ("We do n't know ; it 's Boeing 's plane", "We don't know; it's Boeing's plane"),
        ("planes wo n't fly and we 're sure", "planes won't fly and we're sure"),
        ("I' ll be calling", "I'll be calling"),
        ("the facts : ''I' d distribute a memo , '' it said", "the facts: “I'd distribute a memo,” it said"),
        ("`` we say , ` well , after all , ' '' he said", "“we say, ‘well, after all,’” he said"),
        ("'' a closing mark with none open opens one", "“a closing mark with none open opens one"),
        ("Airbus ' best selling jet", "Airbus' best selling jet"),
        ("iLife '11 software", "iLife '11 software"),
        ("was an electronic trade ... ] and", "was an electronic trade...] and"),
        ("Steve called it “ Wayne ’ s World ” .", "Steve called it “Wayne’s World”."),
        ("up 9 % today !", "up 9% today!"),
    ],
)
def test_detokenise(tokens: str, expected: str) -> None:
    assert detokenise(tokens) == expected


def test_detokenise_keeps_sentence_lines_and_open_quotes_across_them() -> None:
    text = "He said `` One .\nTwo . ''\nThree ."
    assert detokenise(text) == "He said “One.\nTwo.”\nThree."


def test_page_lays_sentences_out_in_paragraphs_keeping_a_quoted_passage_together() -> None:
    text = "Boeing loses tanker deal\nMarch 01 , 2008\nBoeing lost .\nIt said `` We are sad .\nVery sad . ''\nThe end ."
    page, title, body = page_text(text)
    assert title == "Boeing loses tanker deal"
    assert page.startswith("Boeing loses tanker deal\n\nMarch 01, 2008\n\n")
    assert body.slice(page) == "Boeing lost.\n\nIt said “We are sad. Very sad.”\n\nThe end."


@pytest.mark.parametrize(
    ("value", "expected"),
    [("2008-03-01", dt.date(2008, 3, 1)), ("03-02-2009", dt.date(2009, 2, 3)), (None, None), ("soon", None)],
)
def test_creation_date(value: str | None, expected: dt.date | None) -> None:
    assert creation_date(value) == expected


def test_meantime_article_keeps_headline_and_dateline_out_of_the_body() -> None:
    record = {"doc": "1_Test", "dct": "2009-06-01", "url": "", "text": "Title here\nJune 01 , 2009\nObama spoke ."}
    article = meantime_article(record)
    assert (article.id, article.title, article.published, article.url) == (
        "1_Test",
        "Title here",
        dt.date(2009, 6, 1),
        None,
    )
    assert article.body is not None and article.body.slice(article.text) == "Obama spoke."
    dateline = article.text.index("June 01, 2009")
    assert not article.in_body(Span(dateline, dateline + len("June 01, 2009")))


@needs(MEANTIME, "MEANTIME corpus")
def test_every_gold_text_lies_in_its_article() -> None:
    gold = gold_articles(load_gold(GOLD))
    missing = []
    for article in gold_articles_from(MEANTIME, gold):
        body = article.body.slice(article.text) if article.body else article.text
        entry = gold[article.id]
        for statement in entry["statements"]:
            where = article.title if statement.get("in_title") else body
            if statement["text"] not in where:
                missing.append((article.id, statement["statement_id"]))
        missing += [(article.id, text) for text in entry.get("non_statements", []) if text not in body]
    assert not missing
