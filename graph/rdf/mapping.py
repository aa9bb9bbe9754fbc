"""The one module that maps facts to RDF, and :func:`mint`, the one function that makes IRIs.

Each article gets a named graph holding what that article says (its mentions, reports, time expressions and the
typed actors and statements they point to); the default graph holds what only the merge knows (aliases, roles,
report and outlet counts). The merged graph is the union of all of them.

The mapping streams: :func:`story_quads` yields one article's graph at a time, each sorted, then the default graph,
so that a build of any size writes its files without ever holding the whole graph. Terms are text
(:mod:`graph.rdf.text`): a string is made, hashed and sorted many times faster than any library's term object, and
:mod:`graph.store.writers` prints them. :func:`to_dataset` gathers the graphs into an rdflib ``Dataset`` for callers
that want one.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from rdflib import RDF, RDFS, XSD, Dataset, Graph, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from graph.merge.corroboration import independent_sources, outlets
from graph.merge.events import made_in
from graph.merge.timeline import placement, publication_dates
from graph.model import (
    PUBLISHER_SPAN,
    Actor,
    ActorKind,
    Article,
    ArticleFacts,
    Event,
    EventRelation,
    EventReport,
    Mention,
    Report,
    Span,
    Statement,
    Story,
    TimeExpr,
)
from graph.rdf import text as rdf_text
from graph.rdf.ranks import listing_ranks
from graph.rdf.text import TextTriple
from ontology import NG, NGD, bind_prefixes

KINDS = frozenset(
    {"article", "outlet", "actor", "statement", "report", "mention", "time", "graph", "event", "relation"}
)
LABEL_WORDS = 10
"""Words kept in a statement's short label."""
SHARED_KINDS = ("actor", "statement", "event")
"""Kinds of node that several articles' graphs describe: the merged graph holds each of their triples once."""
_SAFE_PART = re.compile(r"[a-z0-9_][a-z0-9_.-]{0,78}[a-z0-9_]|[a-z0-9_]")


def mint(kind: str, *parts: str) -> URIRef:
    """The IRI of a ``kind`` of thing named by ``parts``: readable, deterministic, always a valid IRI."""
    return URIRef(_minted(kind, parts))


def _minted(kind: str, parts: tuple[str, ...]) -> str:
    if kind not in KINDS:
        raise ValueError(f"unknown IRI kind {kind!r} (expected one of: {', '.join(sorted(KINDS))})")
    return f"{_DATA}{kind}/{'/'.join(_slug(part) for part in parts)}"


@functools.lru_cache(maxsize=1 << 16)
def _slug(part: str) -> str:
    if _SAFE_PART.fullmatch(part) and part.strip("x"):  # most parts: ids, offsets, slugs already minted
        return part
    ascii_part = unicodedata.normalize("NFKD", part).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^A-Za-z0-9_.-]+", "-", ascii_part).strip("-.").lower()[:80] or "x"
    if ascii_part != part or len(part) > 80 or not slug.strip("x"):
        slug += "-" + hashlib.sha1(part.encode("utf-8")).hexdigest()[:8]
    return slug


def iri_part(part: str) -> str:
    """What ``part`` becomes in the IRIs :func:`mint` makes: two article ids of one part would make one IRI."""
    return _slug(part)


def _node(kind: str, *parts: str) -> str:
    return _minted(kind, parts)


def article_iri(article: Article) -> URIRef:
    return mint("article", article.id)


def statement_iri(statement: Statement) -> URIRef:
    return mint("statement", *statement.key.split("/"))


class _Terms:
    """The IRIs of rdflib namespaces as plain strings: ``V.label`` is ``str(RDFS.label)``."""

    def __init__(self, *namespaces: Any) -> None:
        self._namespaces = namespaces

    def __getattr__(self, name: str) -> str:
        for namespace in self._namespaces:
            try:
                iri = str(getattr(namespace, name))
            except AttributeError:
                continue
            setattr(self, name, iri)
            return iri
        raise AttributeError(name)


V = _Terms(NG, RDFS, RDF)
"""Every predicate and class newsgraph writes; ``NG`` is closed, so a misspelt term raises."""
_DATA = str(NGD)
_TYPE = str(RDF.type)
_XSD_DATE = str(XSD.date)
_XSD_ANYURI = str(XSD.anyURI)
_XSD_DECIMAL = str(XSD.decimal)
_XSD_INTEGER = str(XSD.integer)
_XSD_BOOLEAN = str(XSD.boolean)
ACTOR_CLASS = {
    ActorKind.PERSON: V.Person,
    ActorKind.ORGANIZATION: V.Organization,
    ActorKind.GROUP: V.Group,
    ActorKind.PLACE: V.Place,
    ActorKind.OUTLET: V.Outlet,
}
_text = rdf_text.text


@functools.lru_cache(maxsize=1 << 14)
def _integer(value: int) -> str:
    return rdf_text.typed(str(value), _XSD_INTEGER)


@functools.lru_cache(maxsize=1 << 14)
def _date(value: dt.date) -> str:
    return rdf_text.typed(value.isoformat(), _XSD_DATE)


def _boolean(value: bool) -> str:
    return rdf_text.typed("true" if value else "false", _XSD_BOOLEAN)


class _Graph:
    """The triples of one graph, each once."""

    __slots__ = ("triples",)

    def __init__(self) -> None:
        self.triples: dict[TextTriple, None] = {}

    def add(self, subject: str, predicate: str, value: str | None) -> None:
        """A triple whose object is a literal (its text, :mod:`graph.rdf.text`); none if ``value`` is None."""
        if value is not None:
            self.triples[(subject, predicate, value)] = None

    def link(self, subject: str, predicate: str, iri: str | None) -> None:
        """A triple whose object is the IRI ``iri``; none if ``iri`` is None."""
        if iri is not None:
            self.triples[(subject, predicate, f"<{iri}>")] = None

    def sorted(self) -> list[TextTriple]:
        """Subjects in IRI order, each one's type first: the files read the same whatever order facts came in. The
        predicates the mapping writes (``ng:`` and ``rdfs:``, :data:`V`) all sort after ``rdf:type``, so its graphs
        sort as plain tuples; a graph read from a file (:func:`dataset_graphs`) may hold others."""
        return sorted(self.triples)

    def sorted_type_first(self) -> list[TextTriple]:
        """:meth:`sorted` for a graph of any predicates."""
        return sorted(self.triples, key=_triple_key)


def _triple_key(triple: TextTriple) -> tuple[str, bool, str, str]:
    subject, predicate, value = triple
    return subject, predicate != _TYPE, predicate, value


Quads = Iterator[tuple[str | None, list[TextTriple]]]
"""Graphs one at a time: (graph name, or None for the default graph; its triples, sorted), in text
(:mod:`graph.rdf.text`)."""


def story_quads(story: Story) -> Quads:
    """One named graph per article, in IRI order, then the default graph of what the merge adds."""
    statements_by_article: dict[str, list[tuple[Statement, Report]]] = {}
    labels = {statement.key: _text(short_label(statement.text)) for statement in story.statements}
    for statement in story.statements:
        for report in statement.reports:
            statements_by_article.setdefault(report.article_id, []).append((statement, report))
    events_by_article: dict[str, list[tuple[Event, EventReport]]] = {}
    for event in story.events:
        for event_report in event.reports:
            events_by_article.setdefault(event_report.article_id, []).append((event, event_report))
    relations_by_article: dict[str, list[EventRelation]] = {}
    for relation in story.relations:
        relations_by_article.setdefault(relation.article_id, []).append(relation)
    for facts in sorted(story.facts, key=lambda f: _minted("graph", (f.article.id,))):
        article_id = facts.article.id
        named = _Graph()
        _article(named, facts, story)
        spans = _actor_spans(story, facts)
        for statement, report in statements_by_article.get(article_id, []):
            _report(named, statement, labels[statement.key], report, story, facts.article, spans)
        for event, event_report in events_by_article.get(article_id, []):
            _event_report(named, story, facts.article, event, event_report, spans)
        for relation in relations_by_article.get(article_id, []):
            _relation(named, relation)
        yield _node("graph", article_id), named.sorted()
    default = _Graph()
    for actor in story.actors.values():
        _actor_details(default, actor)
    published = publication_dates(story)
    for statement in story.statements:
        _statement_details(default, statement, story, published)
    _event_details(default, story, published)
    for node, predicate, rank in listing_ranks(story, _node, short_label):
        default.add(node, predicate, _integer(rank))
    yield None, default.sorted()


def dataset_graphs(dataset: Dataset) -> Quads:
    """The graphs of an rdflib ``Dataset`` in :func:`story_quads`' order: named graphs by IRI, the default one last,
    each one's triples sorted; a story's dataset gives exactly the graphs of the story."""
    by_graph: dict[str, _Graph] = {}
    for s, p, o, g in dataset.quads((None, None, None, None)):
        name = "" if g is None or g == DATASET_DEFAULT_GRAPH_ID else rdf_text.subject_text(g)
        graph = by_graph.get(name) or by_graph.setdefault(name, _Graph())
        graph.add(rdf_text.subject_text(s), rdf_text.subject_text(p), rdf_text.from_rdflib(o))
    for name in sorted(by_graph, key=lambda n: (n == "", n)):
        yield (name or None), by_graph[name].sorted_type_first()


SHARED_PREFIXES = tuple(_DATA + kind + "/" for kind in SHARED_KINDS)
"""IRI prefixes of the nodes several article graphs describe (:data:`SHARED_KINDS`): the only subjects whose triples
repeat across the graphs of a story."""


def to_dataset(story: Story) -> Dataset:
    """The story's graphs as an rdflib ``Dataset``: one named graph per article, plus the default graph."""
    dataset = Dataset()
    bind_prefixes(dataset)
    term = rdf_text.rdflib_terms()
    for name, triples in story_quads(story):
        graph = dataset.graph(URIRef(name) if name is not None else DATASET_DEFAULT_GRAPH_ID)
        for subject, predicate, value in triples:
            graph.add((term(subject), term(predicate), term(value)))
    return dataset


def merged_graph(dataset: Dataset) -> Graph:
    """Every triple of every graph of ``dataset`` in one graph."""
    graph = Graph()
    bind_prefixes(graph)
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        graph.add((s, p, o))
    return graph


@functools.lru_cache(maxsize=1 << 16)
def _actor_node(key: str) -> str:
    return _node("actor", *key.split("/"))


def _typed_actor(graph: _Graph, story: Story, key: str) -> str:
    actor = story.actors[key]
    iri = _actor_node(key)
    graph.link(iri, V.type, ACTOR_CLASS[actor.kind])
    graph.add(iri, V.label, _text(actor.label))
    return iri


def _mentioned(graph: _Graph, story: Story, article_id: str, mention: Mention | None) -> str | None:
    if mention is None:
        return None
    key = story.actor_of.get((article_id, mention.span))
    return _typed_actor(graph, story, key) if key else None


def _article(graph: _Graph, facts: ArticleFacts, story: Story) -> None:
    article = facts.article
    iri = _node("article", article.id)
    graph.link(iri, V.type, V.Article)
    graph.add(iri, V.title, _text(article.title) if article.title else None)
    graph.add(iri, V.published, _date(article.published) if article.published else None)
    for source in (article, *story.copies.get(article.id, ())):
        graph.add(iri, V.identifier, _text(source.identifier))
        graph.add(iri, V.sourceFile, _text(str(source.path)) if source.path else None)
    graph.add(iri, V.url, rdf_text.typed(article.url, _XSD_ANYURI) if article.url else None)
    window = story.windows.get(article.id)
    if window is not None:
        graph.add(iri, V.publishedNotBefore, _date(window.start))
        graph.add(iri, V.publishedNotAfter, _date(window.end))
    if article.publisher:
        key = story.actor_of[(article.id, PUBLISHER_SPAN)]
        graph.link(iri, V.publisher, _typed_actor(graph, story, key))
    for mention in facts.mentions:
        actor = _mentioned(graph, story, article.id, mention)
        if actor is None:
            continue
        node = _node("mention", article.id, f"{mention.span.start}-{mention.span.end}")
        graph.link(iri, V.mentions, actor)
        graph.link(node, V.type, V.Mention)
        graph.link(node, V.refersTo, actor)
        graph.link(node, V.inArticle, iri)
        graph.add(node, V.text, _text(mention.text))
        _offsets(graph, node, mention.span)
    for time in facts.times:
        _time(graph, article, story.time(article.id, time))


def _offsets(graph: _Graph, node: str, span: Span) -> None:
    graph.add(node, V.startOffset, _integer(span.start))
    graph.add(node, V.endOffset, _integer(span.end))


def _time_node(article_id: str, span: Span) -> str:
    return _node("time", article_id, f"{span.start}-{span.end}")


def _time(graph: _Graph, article: Article, time: TimeExpr) -> str:
    node = _time_node(article.id, time.span)
    graph.link(node, V.type, V.TimeExpression)
    graph.link(node, V.inArticle, _node("article", article.id))
    graph.add(node, V.text, _text(time.text))
    graph.add(node, V.value, _text(time.value))
    graph.add(node, V.granularity, _text(time.granularity.value))
    graph.add(node, V.start, _date(time.start) if time.start else None)
    graph.add(node, V.end, _date(time.end) if time.end else None)
    graph.add(node, V.anchor, _date(time.anchor) if time.anchor else None)
    graph.add(node, V.estimated, _boolean(True) if time.estimated else None)
    _offsets(graph, node, time.span)
    return node


def _statement_node(statement: Statement) -> str:
    return _node("statement", *statement.key.split("/"))


ActorSpans = list[tuple[int, int, str]]
"""An article's mentions of actors as (start, end, actor), by start."""


def _actor_spans(story: Story, facts: ArticleFacts) -> ActorSpans:
    spans = []
    for mention in facts.mentions:
        key = story.actor_of.get((facts.article.id, mention.span))
        if key is not None:
            spans.append((mention.span.start, mention.span.end, _actor_node(key)))
    return sorted(spans, key=lambda span: span[:2])


def _names(graph: _Graph, node: str, span: Span, spans: ActorSpans) -> None:
    """``node`` (a report) ng:names every actor a mention inside ``span`` refers to: the join of mention and report
    offsets that "what was said about X" needs, made once here instead of by every query that asks it."""
    for start, end, actor in spans[bisect_left(spans, span.start, key=lambda s: s[0]) :]:
        if start > span.end:
            break
        if end <= span.end:
            graph.link(node, V.names, actor)


def _report(
    graph: _Graph,
    statement: Statement,
    label: str,
    report: Report,
    story: Story,
    article: Article,
    spans: ActorSpans,
) -> None:
    """One article's report of a statement; ``label`` is the statement's short label, worked out once per statement
    (its text looks at every report, and each of them writes the label)."""
    quote = report.quote
    node = _node("report", report.article_id, f"{quote.span.start}-{quote.span.end}")
    target = _statement_node(statement)
    graph.link(target, V.type, V.Statement)
    graph.add(target, V.label, label)
    if statement.speaker:
        graph.link(target, V.speaker, _typed_actor(graph, story, statement.speaker))
    graph.link(node, V.type, V.Report)
    graph.link(node, V.reportOf, target)
    graph.link(node, V.reportedIn, _node("article", article.id))
    graph.add(node, V.text, _text(quote.text))
    graph.add(node, V.sentence, _text(quote.sentence.slice(article.text).strip()))
    graph.link(node, V.via, _mentioned(graph, story, report.article_id, quote.via))
    graph.link(node, V.addressee, _mentioned(graph, story, report.article_id, quote.addressee))
    graph.add(node, V.medium, _text(quote.medium) if quote.medium else None)
    graph.link(node, V.statedOn, _time(graph, article, story.time(article.id, quote.time)) if quote.time else None)
    graph.add(node, V.direct, _boolean(quote.direct))
    graph.add(node, V.attributionCue, _text(quote.cue) if quote.cue else None)
    graph.add(node, V.attributionPattern, _text(quote.pattern) if quote.pattern else None)
    graph.add(node, V.speakerResolution, _text(quote.resolution) if quote.resolution else None)
    graph.add(node, V.similarity, _score(report.similarity))
    _offsets(graph, node, quote.span)
    _names(graph, node, quote.span, spans)


def _score(similarity: float) -> str:
    """A 0-100 match score as an ``xsd:decimal`` from 0 to 1, written with two decimals so it reads back unchanged."""
    return rdf_text.typed(f"{similarity / 100:.2f}", _XSD_DECIMAL)


def short_label(text: str) -> str:
    """The first words of a statement, for labels on a map."""
    words = text.split()
    return " ".join(words[:LABEL_WORDS]) + ("…" if len(words) > LABEL_WORDS else "")


def _actor_details(graph: _Graph, actor: Actor) -> None:
    iri = _actor_node(actor.key)
    graph.link(iri, V.type, ACTOR_CLASS[actor.kind])
    graph.add(iri, V.label, _text(actor.label))
    for alias in actor.aliases:
        graph.add(iri, V.alias, _text(alias))
    for role in actor.roles:
        graph.add(iri, V.role, _text(role))


def _statement_details(graph: _Graph, statement: Statement, story: Story, published: Mapping[str, dt.date]) -> None:
    iri = _statement_node(statement)
    graph.add(iri, V.text, _text(statement.text))
    graph.add(iri, V.reportCount, _integer(len(statement.reports)))
    graph.add(iri, V.articleCount, _integer(len({r.article_id for r in statement.reports})))
    graph.add(iri, V.outletCount, _integer(len(outlets(story, (r.article_id for r in statement.reports)))))
    graph.add(iri, V.independentSourceCount, _integer(len(independent_sources(story, statement.reports))))
    times = ((r.article_id, r.quote.time) for r in statement.reports)
    _dated(graph, iri, V.statedOn, story, times, published)


def _dated(
    graph: _Graph,
    iri: str,
    predicate: str,
    story: Story,
    times: Iterable[tuple[str, TimeExpr | None]],
    published: Mapping[str, dt.date],
) -> None:
    """Date a statement or event by the best time its reports give (:func:`graph.merge.timeline.best_time`), and write
    the earliest publication date of its articles and its place on the timeline
    (:func:`graph.merge.timeline.placement`): aggregates over its reports that queries would otherwise compute again for
    every statement in the graph."""
    place = placement(story, times, published)
    if place.best is not None:
        article_id, time = place.best
        graph.link(iri, predicate, _time_node(article_id, time.span))
    graph.add(iri, V.firstPublished, _date(place.first_published) if place.first_published else None)
    graph.add(iri, V.timelineDate, _date(place.date) if place.date else None)
    graph.add(iri, V.timelineBasis, _text(place.basis.value))
    graph.add(iri, V.timelineGranularity, _text(place.granularity))


def _event_node(key: str) -> str:
    return _node("event", *key.split("/"))


def _relation(graph: _Graph, relation: EventRelation) -> None:
    """A relation in time one article states between two events, with its words."""
    node = _node("relation", relation.article_id, relation.source, relation.target, relation.type.value)
    graph.link(node, V.type, V.EventRelation)
    graph.link(node, V.relatedFrom, _event_node(relation.source))
    graph.link(node, V.relatedTo, _event_node(relation.target))
    graph.add(node, V.relationType, _text(relation.type.value))
    graph.add(node, V.text, _text(relation.words))


def _event_report(
    graph: _Graph, story: Story, article: Article, event: Event, report: EventReport, spans: ActorSpans
) -> None:
    """One article's wording of an event, who and where it names, and the time it gives."""
    iri = _event_node(event.key)
    mention = report.mention
    graph.link(iri, V.type, V.Event)
    graph.add(iri, V.label, _text(event.label))
    roles = ((V.agent, mention.agents), (V.patient, mention.patients), (V.place, mention.places))
    for predicate, mentions in roles:
        for m in mentions:
            graph.link(iri, predicate, _mentioned(graph, story, article.id, m))
    node = _node("report", article.id, "event", f"{mention.span.start}-{mention.span.end}")
    graph.link(node, V.type, V.Report)
    graph.link(node, V.reportOf, iri)
    graph.link(node, V.reportedIn, _node("article", article.id))
    graph.add(node, V.text, _text(mention.text))
    graph.add(node, V.sentence, _text(mention.sentence.slice(article.text).strip()))
    when = _time(graph, article, story.time(article.id, mention.time)) if mention.time else None
    graph.link(node, V.occurredOn, when)
    _offsets(graph, node, mention.span)
    _names(graph, node, mention.span, spans)


def _event_details(graph: _Graph, story: Story, published: Mapping[str, dt.date]) -> None:
    """What only the merge knows: the type, how many reports and outlets, the best date, and the statements made."""
    for event in story.events:
        iri = _event_node(event.key)
        graph.link(iri, V.type, V.Event)
        graph.add(iri, V.label, _text(event.label))
        graph.add(iri, V.eventType, _text(event.type.value))
        graph.add(iri, V.reportCount, _integer(len(event.reports)))
        graph.add(iri, V.articleCount, _integer(len({r.article_id for r in event.reports})))
        graph.add(iri, V.outletCount, _integer(len(outlets(story, (r.article_id for r in event.reports)))))
        _dated(graph, iri, V.occurredOn, story, ((r.article_id, r.mention.time) for r in event.reports), published)
    speech = made_in(story)
    for statement in story.statements:
        for report in statement.reports:
            key = speech.get((report.article_id, report.quote.span))
            if key is not None:
                graph.link(_statement_node(statement), V.madeIn, _event_node(key))
