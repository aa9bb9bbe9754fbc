"""The nodes an article's graph shares among its parts: typed actors, mentions' actors, time expressions, offsets,
and the actors a report's words name. :mod:`graph.rdf.mapping` puts them together."""

from __future__ import annotations

from bisect import bisect_left

from graph.model import Article, ArticleFacts, Mention, Span, TimeExpr
from graph.rdf.iris import actor_node, node, spanned_node
from graph.rdf.triples import ACTOR_CLASS, TERM, TripleSet, boolean, date, integer, plain
from graph.story import Story


def typed_actor(graph: TripleSet, story: Story, key: str) -> str:
    """The actor ``key``, typed by its kind and labelled."""
    actor = story.actors[key]
    iri = actor_node(key)
    graph.link(iri, TERM.type, ACTOR_CLASS[actor.kind])
    graph.add(iri, TERM.label, plain(actor.label))
    return iri


def mentioned(graph: TripleSet, story: Story, article_id: str, mention: Mention | None) -> str | None:
    """The typed actor ``mention`` was merged into, if any."""
    if mention is None:
        return None
    key = story.actor_of.get((article_id, mention.span))
    return typed_actor(graph, story, key) if key else None


def offsets(graph: TripleSet, iri: str, span: Span) -> None:
    """Where in its article's text ``iri`` lies."""
    graph.add(iri, TERM.startOffset, integer(span.start))
    graph.add(iri, TERM.endOffset, integer(span.end))


def time_node(graph: TripleSet, article: Article, time: TimeExpr) -> str:
    """A time expression of ``article``, normalised."""
    iri = spanned_node("time", article.id, time.span)
    graph.link(iri, TERM.type, TERM.TimeExpression)
    graph.link(iri, TERM.inArticle, node("article", article.id))
    graph.add(iri, TERM.text, plain(time.text))
    graph.add(iri, TERM.value, plain(time.value))
    graph.add(iri, TERM.granularity, plain(time.granularity.value))
    graph.add(iri, TERM.start, date(time.start) if time.start else None)
    graph.add(iri, TERM.end, date(time.end) if time.end else None)
    graph.add(iri, TERM.anchor, date(time.anchor) if time.anchor else None)
    graph.add(iri, TERM.length, plain(time.length) if time.length else None)
    graph.add(iri, TERM.estimated, boolean(True) if time.estimated else None)
    offsets(graph, iri, time.span)
    return iri


ActorSpans = list[tuple[int, int, str]]
"""An article's mentions of actors as (start, end, actor), by start."""


def actor_spans(story: Story, facts: ArticleFacts) -> ActorSpans:
    """The article's mentions of actors, by start."""
    spans = []
    for mention in facts.mentions:
        key = story.actor_of.get((facts.article.id, mention.span))
        if key is not None:
            spans.append((mention.span.start, mention.span.end, actor_node(key)))
    return sorted(spans, key=lambda span: span[:2])


def name_actors(graph: TripleSet, iri: str, span: Span, spans: ActorSpans) -> None:
    """``iri`` (a report) ng:names every actor a mention inside ``span`` refers to: the join of mention and report
    offsets that "what was said about X" needs, made once here instead of by every query that asks it."""
    for start, end, actor in spans[bisect_left(spans, span.start, key=lambda s: s[0]) :]:
        if start > span.end:
            break
        if end <= span.end:
            graph.link(iri, TERM.names, actor)
