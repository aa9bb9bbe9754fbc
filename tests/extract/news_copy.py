"""Invented news copy run through the whole extraction, as a build reads a plain-text article."""

from __future__ import annotations

from graph.articles import parse_layout
from graph.extract import extract
from graph.model import Article, Quote


def statements(body: str) -> list[Quote]:
    """The statements, direct and reported, found in an article whose body is ``body`` (under a title line)."""
    from graph.nlp.loader import load_pipeline

    text = f"Title\n\n{body}\n"
    layout = parse_layout(text)
    article = Article("a", text, title=layout.title, published=layout.published, body=layout.body)
    return list(extract(load_pipeline()(article.analysable_text()), article).quotes)


def direct_quotes(body: str) -> list[Quote]:
    """The direct quotes found in an article whose body is ``body`` (under a title line)."""
    return [q for q in statements(body) if q.direct]
