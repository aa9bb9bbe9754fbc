"""Extractors: small pure functions from a spaCy ``Doc`` and its :class:`~graph.model.Article` to facts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from graph.extract.actors import extract_mentions
from graph.extract.dates import anchored_to_speech, extract_times
from graph.extract.events import extract_events
from graph.extract.quotes import extract_quotes
from graph.model import Article, ArticleFacts

if TYPE_CHECKING:
    from spacy.tokens import Doc


def extract(doc: Doc, article: Article) -> ArticleFacts:
    """Run every extractor on one article; speakers, sources, addressees and the participants of salient events join
    the mentions (an incidental event's participants are actors only where the text names them otherwise)."""
    mentions = list(extract_mentions(doc, article))
    times = list(extract_times(doc, article))
    quotes = list(extract_quotes(doc, article, mentions, times))
    times = anchored_to_speech(doc, times, quotes)
    events, relations = extract_events(doc, article, mentions, times, quotes)
    seen = {m.span for m in mentions}
    found = [m for q in quotes for m in (q.speaker, q.via, q.addressee)]
    found += [m for e in events if e.salient for m in (*e.agents, *e.patients, *e.places)]
    for mention in found:
        if mention is not None and mention.span not in seen and article.in_body(mention.span):
            seen.add(mention.span)
            mentions.append(mention)
    mentions.sort(key=lambda m: (m.span.start, m.span.end))
    return ArticleFacts(article, mentions, quotes, times, events, relations)


__all__ = ["extract"]
