"""Extractors: small pure functions from a spaCy ``Doc`` and its :class:`~graph.model.Article` to facts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from graph.extract.actors import extract_mentions
from graph.extract.dates import extract_times
from graph.extract.quotes import extract_quotes
from graph.model import Article, ArticleFacts

if TYPE_CHECKING:
    from spacy.tokens import Doc


def extract(doc: Doc, article: Article) -> ArticleFacts:
    """Run every extractor on one article; speakers, sources and addressees found by the quotes join the mentions."""
    mentions = list(extract_mentions(doc, article))
    times = list(extract_times(doc, article))
    quotes = list(extract_quotes(doc, article, mentions, times))
    seen = {m.span for m in mentions}
    for quote in quotes:
        for mention in (quote.speaker, quote.via, quote.addressee):
            if mention is not None and mention.span not in seen and article.in_body(mention.span):
                seen.add(mention.span)
                mentions.append(mention)
    mentions.sort(key=lambda m: (m.span.start, m.span.end))
    return ArticleFacts(article, mentions, quotes, times)


__all__ = ["extract"]
