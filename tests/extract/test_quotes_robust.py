"""Quotes the way scrapers deliver them, unbalanced, nested, runaway and thousands of characters long, never crash
extraction, and every fact still slices back to its text."""

from __future__ import annotations

import pytest

from graph.articles import parse_layout
from graph.extract import extract
from graph.extract.marks import MAX_QUOTE_CHARS
from graph.model import Article, ArticleFacts

LONG = " ".join(f"The council met on day {i} and argued about the budget for the town." for i in range(120))
ARTICLES = {
    "unclosed": "Title\n\n“We will never give up, the mayor said on Monday.\n\nThe council met later.\n",
    "unopened": "Title\n\nWe will never give up,” the mayor said. “We stay,” she added.\n",
    "nested same marks": 'Title\n\n“He told me “no” twice,” Jane Doe said. And "she said "yes" once," Bob Roe said.\n',
    "only marks": 'Title\n\n“ ” “ ” " " ‘ ’ “““ ”””\n\n“\n',
    "runaway": f"Title\n\nThe mayor said: “{LONG}” He left. “We will win,” Jane Doe said.\n",
    "impossible dates": "date 2022-09-12\nTitle\n\nOn February 30, 2022 and on 31 June the mayor said “yes.”\n",
}


@pytest.mark.model
@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_extraction_survives_and_stays_grounded(name: str) -> None:
    facts = _extract(ARTICLES[name])
    text = facts.article.text
    for quote in facts.quotes:
        assert quote.span.slice(text) == quote.text
        assert len(quote.text) <= MAX_QUOTE_CHARS or not quote.direct
    for mention in facts.mentions:
        assert mention.span.slice(text) == mention.text or mention.span.start == mention.span.end
    for time in facts.times:
        assert time.span.slice(text) == time.text


@pytest.mark.model
def test_the_runaway_quote_is_dropped_and_the_next_one_kept() -> None:
    quotes = [q.text for q in _extract(ARTICLES["runaway"]).quotes if q.direct]
    assert quotes == ["We will win"]


def _extract(text: str) -> ArticleFacts:
    from graph.nlp.loader import load_pipeline

    layout = parse_layout(text)
    article = Article("a", text, title=layout.title, published=layout.published, body=layout.body)
    return extract(load_pipeline()(article.analysable_text()), article)
