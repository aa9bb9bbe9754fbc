"""The one module that maps facts to RDF, and :func:`mint`, the one function that makes IRIs.

Each article gets a named graph holding what that article says (its mentions, reports, time expressions and the
typed actors and statements they point to); the default graph holds what only the merge knows (aliases, roles,
report and outlet counts). The merged graph is the union of all of them.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable

from rdflib import RDF, RDFS, XSD, Dataset, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.term import Node

from graph.corroboration import independent_sources, outlets
from graph.merge_events import made_in
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
from graph.timeline import best_time
from ontology import NG, NGD, bind_prefixes

KINDS = frozenset(
    {"article", "outlet", "actor", "statement", "report", "mention", "time", "graph", "event", "relation"}
)
LABEL_WORDS = 10
"""Words kept in a statement's short label."""
ACTOR_CLASS = {
    ActorKind.PERSON: NG.Person,
    ActorKind.ORGANIZATION: NG.Organization,
    ActorKind.GROUP: NG.Group,
    ActorKind.PLACE: NG.Place,
    ActorKind.OUTLET: NG.Outlet,
}


def mint(kind: str, *parts: str) -> URIRef:
    """The IRI of a ``kind`` of thing named by ``parts``: readable, deterministic, always a valid IRI."""
    if kind not in KINDS:
        raise ValueError(f"unknown IRI kind {kind!r} (expected one of: {', '.join(sorted(KINDS))})")
    return NGD[kind + "/" + "/".join(_slug(part) for part in parts)]


def _slug(part: str) -> str:
    ascii_part = unicodedata.normalize("NFKD", part).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^A-Za-z0-9_.-]+", "-", ascii_part).strip("-.").lower()[:80] or "x"
    if ascii_part != part or len(part) > 80 or not slug.strip("x"):
        slug += "-" + hashlib.sha1(part.encode("utf-8")).hexdigest()[:8]
    return slug


def article_iri(article: Article) -> URIRef:
    return mint("article", article.id)


def to_dataset(story: Story) -> Dataset:
    """One named graph per article, plus a default graph of what the merge adds."""
    dataset = Dataset()
    bind_prefixes(dataset)
    default = dataset.graph(DATASET_DEFAULT_GRAPH_ID)
    statements_by_article: dict[str, list[tuple[Statement, Report]]] = {}
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
    for facts in story.facts:
        article_id = facts.article.id
        named = dataset.graph(mint("graph", article_id))
        _article(named, facts, story)
        for statement, report in statements_by_article.get(article_id, []):
            _report(named, statement, report, story, facts.article)
        for event, event_report in events_by_article.get(article_id, []):
            _event_report(named, story, facts.article, event, event_report)
        for relation in relations_by_article.get(article_id, []):
            _relation(named, relation)
    for actor in story.actors.values():
        _actor_details(default, actor)
    for statement in story.statements:
        _statement_details(default, statement, story)
    _event_details(default, story)
    return dataset


def merged_graph(dataset: Dataset) -> Graph:
    """Every triple of every graph of ``dataset`` in one graph."""
    graph = Graph()
    bind_prefixes(graph)
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        graph.add((s, p, o))
    return graph


def _actor_iri(key: str) -> URIRef:
    return mint("actor", *key.split("/"))


def _add_all(graph: Graph, subject: Node, pairs: Iterable[tuple[URIRef, Node | None]]) -> None:
    for predicate, value in pairs:
        if value is not None:
            graph.add((subject, predicate, value))


def _typed_actor(graph: Graph, story: Story, key: str) -> URIRef:
    actor = story.actors[key]
    iri = _actor_iri(key)
    graph.add((iri, RDF.type, ACTOR_CLASS[actor.kind]))
    graph.add((iri, RDFS.label, Literal(actor.label)))
    return iri


def _mentioned(graph: Graph, story: Story, article_id: str, mention: Mention | None) -> URIRef | None:
    if mention is None:
        return None
    key = story.actor_of.get((article_id, mention.span))
    return _typed_actor(graph, story, key) if key else None


def _article(graph: Graph, facts: ArticleFacts, story: Story) -> None:
    article = facts.article
    iri = article_iri(article)
    graph.add((iri, RDF.type, NG.Article))
    _add_all(
        graph,
        iri,
        [
            (NG.title, Literal(article.title) if article.title else None),
            (NG.published, Literal(article.published, datatype=XSD.date) if article.published else None),
            (NG.sourceFile, Literal(str(article.path)) if article.path else None),
            (NG.url, Literal(article.url, datatype=XSD.anyURI) if article.url else None),
        ],
    )
    window = story.windows.get(article.id)
    if window is not None:
        graph.add((iri, NG.publishedNotBefore, Literal(window.start, datatype=XSD.date)))
        graph.add((iri, NG.publishedNotAfter, Literal(window.end, datatype=XSD.date)))
    if article.publisher:
        key = story.actor_of[(article.id, PUBLISHER_SPAN)]
        graph.add((iri, NG.publisher, _typed_actor(graph, story, key)))
    for mention in facts.mentions:
        actor = _mentioned(graph, story, article.id, mention)
        if actor is None:
            continue
        node = mint("mention", article.id, f"{mention.span.start}-{mention.span.end}")
        graph.add((iri, NG.mentions, actor))
        graph.add((node, RDF.type, NG.Mention))
        _add_all(graph, node, [(NG.refersTo, actor), (NG.inArticle, iri), (NG.text, Literal(mention.text))])
        _offsets(graph, node, mention.span.start, mention.span.end)
    for time in facts.times:
        _time(graph, article, story.time(article.id, time))


def _offsets(graph: Graph, node: URIRef, start: int, end: int) -> None:
    graph.add((node, NG.startOffset, Literal(start)))
    graph.add((node, NG.endOffset, Literal(end)))


def _time_iri(article_id: str, span: Span) -> URIRef:
    return mint("time", article_id, f"{span.start}-{span.end}")


def _time(graph: Graph, article: Article, time: TimeExpr) -> URIRef:
    node = _time_iri(article.id, time.span)
    graph.add((node, RDF.type, NG.TimeExpression))
    _add_all(
        graph,
        node,
        [
            (NG.inArticle, article_iri(article)),
            (NG.text, Literal(time.text)),
            (NG.value, Literal(time.value)),
            (NG.granularity, Literal(time.granularity.value)),
            (NG.start, Literal(time.start, datatype=XSD.date) if time.start else None),
            (NG.end, Literal(time.end, datatype=XSD.date) if time.end else None),
            (NG.anchor, Literal(time.anchor, datatype=XSD.date) if time.anchor else None),
            (NG.estimated, Literal(True) if time.estimated else None),
        ],
    )
    _offsets(graph, node, time.span.start, time.span.end)
    return node


def statement_iri(statement: Statement) -> URIRef:
    return mint("statement", *statement.key.split("/"))


def _report(graph: Graph, statement: Statement, report: Report, story: Story, article: Article) -> None:
    quote = report.quote
    node = mint("report", report.article_id, f"{quote.span.start}-{quote.span.end}")
    target = statement_iri(statement)
    graph.add((target, RDF.type, NG.Statement))
    graph.add((target, RDFS.label, Literal(short_label(statement.text))))
    if statement.speaker:
        graph.add((target, NG.speaker, _typed_actor(graph, story, statement.speaker)))
    graph.add((node, RDF.type, NG.Report))
    _add_all(
        graph,
        node,
        [
            (NG.reportOf, target),
            (NG.reportedIn, article_iri(article)),
            (NG.text, Literal(quote.text)),
            (NG.sentence, Literal(quote.sentence.slice(article.text).strip())),
            (NG.via, _mentioned(graph, story, report.article_id, quote.via)),
            (NG.addressee, _mentioned(graph, story, report.article_id, quote.addressee)),
            (NG.medium, Literal(quote.medium) if quote.medium else None),
            (NG.statedOn, _time(graph, article, story.time(article.id, quote.time)) if quote.time else None),
            (NG.direct, Literal(quote.direct)),
            (NG.similarity, None if report.shared else _score(report.similarity)),
        ],
    )
    _offsets(graph, node, quote.span.start, quote.span.end)


def _score(similarity: float) -> Literal:
    """A 0-100 match score as an ``xsd:decimal`` from 0 to 1, written with two decimals so it reads back unchanged."""
    return Literal(f"{similarity / 100:.2f}", datatype=XSD.decimal)


def short_label(text: str) -> str:
    """The first words of a statement, for labels on a map."""
    words = text.split()
    return " ".join(words[:LABEL_WORDS]) + ("…" if len(words) > LABEL_WORDS else "")


def _actor_details(graph: Graph, actor: Actor) -> None:
    iri = _actor_iri(actor.key)
    graph.add((iri, RDF.type, ACTOR_CLASS[actor.kind]))
    graph.add((iri, RDFS.label, Literal(actor.label)))
    for alias in sorted(actor.aliases):
        graph.add((iri, NG.alias, Literal(alias)))
    for role in sorted(actor.roles):
        graph.add((iri, NG.role, Literal(role)))


def _statement_details(graph: Graph, statement: Statement, story: Story) -> None:
    iri = statement_iri(statement)
    graph.add((iri, NG.text, Literal(statement.text)))
    graph.add((iri, NG.reportCount, Literal(len(statement.reports))))
    graph.add((iri, NG.outletCount, Literal(len(outlets(story, (r.article_id for r in statement.reports))))))
    graph.add((iri, NG.independentSourceCount, Literal(len(independent_sources(story, statement.reports)))))
    _best_time(graph, iri, NG.statedOn, story, ((r.article_id, r.quote.time) for r in statement.reports))


def _best_time(
    graph: Graph, iri: URIRef, predicate: URIRef, story: Story, times: Iterable[tuple[str, TimeExpr | None]]
) -> None:
    """Date a statement or event by the best time its reports give (:func:`graph.timeline.best_time`)."""
    best = best_time(story, times)
    if best is not None:
        article_id, time = best
        graph.add((iri, predicate, _time_iri(article_id, time.span)))


def _event_iri(key: str) -> URIRef:
    return mint("event", *key.split("/"))


def _relation(graph: Graph, relation: EventRelation) -> None:
    """A relation in time one article states between two events, with its words."""
    node = mint("relation", relation.article_id, relation.source, relation.target, relation.type.value)
    graph.add((node, RDF.type, NG.EventRelation))
    _add_all(
        graph,
        node,
        [
            (NG.relatedFrom, _event_iri(relation.source)),
            (NG.relatedTo, _event_iri(relation.target)),
            (NG.relationType, Literal(relation.type.value)),
            (NG.text, Literal(relation.words)),
        ],
    )


def _event_report(graph: Graph, story: Story, article: Article, event: Event, report: EventReport) -> None:
    """One article's wording of an event, who and where it names, and the time it gives."""
    iri = _event_iri(event.key)
    mention = report.mention
    graph.add((iri, RDF.type, NG.Event))
    graph.add((iri, RDFS.label, Literal(event.label)))
    roles = ((NG.agent, mention.agents), (NG.patient, mention.patients), (NG.place, mention.places))
    for predicate, mentions in roles:
        for m in mentions:
            _add_all(graph, iri, [(predicate, _mentioned(graph, story, article.id, m))])
    node = mint("report", article.id, "event", f"{mention.span.start}-{mention.span.end}")
    graph.add((node, RDF.type, NG.Report))
    _add_all(
        graph,
        node,
        [
            (NG.reportOf, iri),
            (NG.reportedIn, article_iri(article)),
            (NG.text, Literal(mention.text)),
            (NG.sentence, Literal(mention.sentence.slice(article.text).strip())),
            (NG.occurredOn, _time(graph, article, story.time(article.id, mention.time)) if mention.time else None),
        ],
    )
    _offsets(graph, node, mention.span.start, mention.span.end)


def _event_details(graph: Graph, story: Story) -> None:
    """What only the merge knows: the type, how many reports and outlets, the best date, and the statements made."""
    for event in story.events:
        iri = _event_iri(event.key)
        graph.add((iri, RDF.type, NG.Event))
        graph.add((iri, RDFS.label, Literal(event.label)))
        graph.add((iri, NG.eventType, Literal(event.type.value)))
        graph.add((iri, NG.reportCount, Literal(len(event.reports))))
        graph.add((iri, NG.outletCount, Literal(len(outlets(story, (r.article_id for r in event.reports))))))
        _best_time(graph, iri, NG.occurredOn, story, ((r.article_id, r.mention.time) for r in event.reports))
    speech = made_in(story)
    for statement in story.statements:
        for report in statement.reports:
            key = speech.get((report.article_id, report.quote.span))
            if key is not None:
                graph.add((statement_iri(statement), NG.madeIn, _event_iri(key)))
