"""Extractors: small pure functions from a spaCy ``Doc`` and its :class:`~graph.model.Article` to facts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from graph.extract.actor_cues import names_an_actor
from graph.extract.actors import extract_mentions, is_product, product_names
from graph.extract.dates import anchored_to_speech, extract_times
from graph.extract.descriptions import extract_descriptions, with_descriptions
from graph.extract.events import extract_events
from graph.extract.quotes import extract_quotes
from graph.extract.references import described_references, extract_references, spoken_bodies, with_references
from graph.extract.speakers import Attribution
from graph.extract.surnames import firms_short_named, untagged_names
from graph.model import Article, ArticleFacts, Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc


def extract(doc: Doc, article: Article) -> ArticleFacts:
    """Run every extractor on one article; speakers, sources, addressees, the participants of salient events (an
    incidental event's participants are actors only where the text names them otherwise) and the pronouns that stand
    for a named actor (directly or through a description of it) join the mentions."""
    products = product_names(doc)
    mentions = [m for m in extract_mentions(doc, article) if not is_product(m, products)]
    times = list(extract_times(doc, article))
    quotes = list(extract_quotes(doc, article, mentions, times))
    times = anchored_to_speech(doc, times, quotes)
    events, relations = extract_events(doc, article, mentions, times, quotes)
    found = [m for q in quotes for m in (q.speaker, q.via, q.addressee) if m is not None]
    found += [m for e in events if e.salient for m in (*e.agents, *e.patients, *e.places)]
    seen = {m.span for m in mentions}
    for mention in found:
        if mention.span not in seen and _joins(doc, article, mention, products):
            seen.add(mention.span)
            mentions.append(mention)
    mentions = firms_short_named(mentions, article.text)  # "Halvorsen Foods … Halvorsen will pay", before any "he"
    context = Attribution.read(doc, article, mentions, [q.span for q in quotes if q.direct])
    mentions = with_references(mentions, list(extract_references(doc, article, mentions, context)))
    mentions = with_descriptions(mentions, list(extract_descriptions(doc, article, mentions)))
    mentions = with_references(mentions, list(described_references(doc, article, mentions, context)))
    mentions = with_descriptions(mentions, list(spoken_bodies(doc, article, mentions)))
    mentions += untagged_names(doc, article, mentions)
    mentions.sort(key=lambda m: (m.span.start, m.span.end))
    return ArticleFacts(article, mentions, quotes, times, events, relations)


def _joins(doc: Doc, article: Article, mention: Mention, products: frozenset[str]) -> bool:
    """Whether a speaker or a participant the quote and event finders read joins the mentions: in the body, no
    product's name, and words that can name an actor."""
    return article.in_body(mention.span) and not is_product(mention, products) and _names_an_actor(doc, mention)


def _names_an_actor(doc: Doc, mention: Mention) -> bool:
    """Whether a speaker's or a participant's words can name an actor (:func:`names_an_actor`): "few" and "a new
    radio ad" speak in a quote but are no actors."""
    phrase = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
    return phrase is None or len(phrase) == 0 or names_an_actor(phrase, mention.kind)


__all__ = ["extract"]
