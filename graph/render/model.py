"""Read the merged graph into what the page draws: nodes, edges, a timeline and the focused default view.

Everything is read with rdflib triple patterns on typed terms, never by building query text. Node ids on the page are
short (``n0``, ``n1``, ...) and assigned in a sorted order, so the same graph always gives the same page. Every value
that came from an article stays a plain string here; :mod:`graph.render.page` escapes it once, as JSON.

Mentions (``ng:Mention``) are provenance, not nodes: they only count towards an actor's size and tell which articles
name an actor. An article-to-actor "mentions" edge is drawn only where the article does not already reach the actor
through a statement it reports, so the picture is not doubled.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field

from rdflib import RDF, RDFS, URIRef
from rdflib.term import Node

from graph.render.dates import When, day_label
from graph.render.labels import named
from graph.render.payload import (
    ActorKind,
    ActorNode,
    ArticleNode,
    DatedNode,
    Edge,
    EdgeKind,
    EventNode,
    PageNode,
    ReportData,
    StatementNode,
    TimelineEntry,
    when_data,
)
from graph.render.reader import GraphReader
from graph.render.source import Triples
from ontology.namespace import NG

ACTOR_KINDS: tuple[tuple[URIRef, ActorKind], ...] = (
    (NG.Person, "person"),
    (NG.Organization, "organization"),
    (NG.Group, "group"),
    (NG.Place, "place"),
    (NG.Actor, "actor"),
)
"""Actor classes in order of precedence: a node typed both Person and Actor is a person. Outlets win over all."""


@dataclass(slots=True)
class PageData:
    """The page's nodes, edges and timeline (:mod:`graph.render.payload`), ready for ``json.dumps``."""

    nodes: list[PageNode] = field(default_factory=list)
    edges: list[Edge] = field(default_factory=list)
    timeline: list[TimelineEntry] = field(default_factory=list)
    focus: list[str] | None = None
    """Node ids of the default view when the graph is too large to draw whole, else ``None``."""


@dataclass(frozen=True, slots=True)
class _Dated:
    """A statement or event node, where the timeline places it, and the day it was first reported (ISO, or "")."""

    node: DatedNode
    when: When | None
    first_reported: str


def read_page_data(graph: Triples, focus_limit: int) -> PageData:
    return _Reader(graph).read(focus_limit)


class _Reader(GraphReader):
    def __init__(self, graph: Triples) -> None:
        super().__init__(graph)
        self.data = PageData()
        self.ids: dict[Node, str] = {}
        self.names: dict[str, str] = {}
        self.kinds: dict[str, str] = {}
        self.actors: list[ActorNode] = []
        self.dated: list[_Dated] = []
        self.articles: dict[str, tuple[str, dt.date | None, list[str]]] = {}
        """article id -> (title, published, publisher ids)"""
        self.said: dict[str, list[str]] = defaultdict(list)
        """actor id -> the statements it made"""
        self.edge_keys: set[tuple[str, str, str]] = set()

    # -- nodes and edges ------------------------------------------------------------------------------------------

    def register(self, resource: Node, kind: str, name: str) -> str:
        """The next node id, given to ``resource``."""
        node_id = f"n{len(self.ids)}"
        self.ids[resource] = node_id
        self.names[node_id] = name
        self.kinds[node_id] = kind
        return node_id

    def add_edge(self, source: str, target: str, kind: EdgeKind) -> None:
        key = (source, target, kind)
        if source == target or key in self.edge_keys:
            return
        self.edge_keys.add(key)
        self.data.edges.append({"id": f"e{len(self.data.edges)}", "from": source, "to": target, "kind": kind})

    def actor_kind(self, resource: Node) -> ActorKind:
        types = set(self.g.objects(resource, RDF.type))
        if NG.Outlet in types:
            return "outlet"
        return next((kind for cls, kind in ACTOR_KINDS if cls in types), "actor")

    def ensure_actor(self, resource: Node) -> str:
        """The node of an actor or outlet, added on first sight (a speaker need not carry a type of its own)."""
        if resource not in self.ids:
            name, kind = self.label(resource), self.actor_kind(resource)
            node: ActorNode = {
                "id": self.register(resource, kind, name),
                "kind": kind,
                **named(resource, name),
                "aliases": [a for a in self.texts(resource, NG.alias) if a != name],
                "roles": self.texts(resource, NG.role),
                "said": 0,
                "mentions": 0,
                "value": 0,
            }
            self.data.nodes.append(node)
            self.actors.append(node)
        return self.ids[resource]

    # -- the read -------------------------------------------------------------------------------------------------

    def read(self, focus_limit: int) -> PageData:
        actors = set(self.g.subjects(RDF.type, NG.Outlet))
        for cls, _kind in ACTOR_KINDS:
            actors.update(self.g.subjects(RDF.type, cls))
        for actor in sorted(actors, key=lambda a: (self.label(a).casefold(), str(a))):
            self.ensure_actor(actor)
        for article in self.subjects(RDF.type, NG.Article):
            self.read_article(article)
        for statement in self.subjects(RDF.type, NG.Statement):
            self.read_statement(statement)
        for event in self.subjects(RDF.type, NG.Event):
            if not self.is_speech_of_statements(event):
                self.read_event(event)
        self.add_mentions()
        self.size_actors()
        self.data.timeline = self.timeline()
        if len(self.data.nodes) > focus_limit:
            self.data.focus = self.focus(focus_limit)
        return self.data

    def is_speech_of_statements(self, event: Node) -> bool:
        """A speech event that quotes were made in ("X said", "a letter from X") is drawn as its statements, which
        carry its medium and time; an act in which something was said ("signed a petition") stays an event. The merge
        decides which (``ng:shownAsStatements``)."""
        return self.text(event, NG.shownAsStatements) == "true"

    def read_article(self, article: Node) -> None:
        published = self.date(article, NG.published)
        title = self.text(article, NG.title) or self.label(article)
        publishers = [self.ensure_actor(p) for p in self.objects(article, NG.publisher)]
        authors = [self.ensure_actor(a) for a in self.objects(article, NG.author)]
        node: ArticleNode = {
            "id": self.register(article, "article", title),
            "kind": "article",
            **named(article, title),
            "published": day_label(published) if published else "",
            "sourceFile": " | ".join(self.texts(article, NG.sourceFile)),  # each file of a text given twice
            "publishers": publishers,
            "authors": authors,
            "url": self.text(article, NG.url),
        }
        self.data.nodes.append(node)
        self.articles[node["id"]] = (title, published, publishers)
        for publisher in publishers:
            self.add_edge(node["id"], publisher, "published")
        for author in authors:
            self.add_edge(node["id"], author, "wrote")

    def read_statement(self, statement: Node) -> None:
        text = self.text(statement, NG.text)
        speakers = [self.ensure_actor(s) for s in self.objects(statement, NG.speaker)]
        report_iris = self.subjects(NG.reportOf, statement)
        reports, outlets, first = self.reports_of(report_iris)
        name = self.text(statement, RDFS.label) or text or self.label(statement)
        when = self.placed(statement, self.statement_whens(statement, report_iris), report_iris)
        node: StatementNode = {
            "id": self.register(statement, "statement", name),
            "kind": "statement",
            **named(statement, name),
            "text": text,
            "speakers": speakers,
            "when": when_data(when),
            "reports": reports,
            "outlets": outlets,
            "reportCount": self.integer(statement, NG.reportCount) or len(reports),
            "outletCount": self.integer(statement, NG.outletCount) or len(outlets),
            "sourceCount": self.integer(statement, NG.independentSourceCount) or len(outlets),
            "firstReported": day_label(first) if first else "",
        }
        self.add_dated(node, when, first)
        for speaker in speakers:
            self.add_edge(speaker, node["id"], "said")
            self.said[speaker].append(node["id"])
        self.add_reported(node["id"], reports)
        for report in reports:
            if report["via"] is not None:
                self.add_edge(node["id"], report["via"], "via")

    def reports_of(self, report_iris: list[Node]) -> tuple[list[ReportData], list[str], dt.date | None]:
        """The reports, earliest published first; the outlets they are in; the day the first was published."""
        reports = sorted(
            (self.read_report(r) for r in report_iris),
            key=lambda r: (r["published"] or "9999", r["outlet"], r["articleTitle"]),
        )
        outlets = sorted({r["outlet"] for r in reports if r["outlet"]})
        first = min((d for a in _reported_in(reports) if (d := self.articles[a][1]) is not None), default=None)
        return reports, outlets, first

    def read_report(self, report: Node) -> ReportData:
        article = next((self.ids[a] for a in self.objects(report, NG.reportedIn) if a in self.ids), None)
        title, published, publishers = self.articles[article] if article else ("", None, [])
        via = next(iter(self.objects(report, NG.via)), None)
        via_id = self.ensure_actor(via) if via is not None else None
        return {
            "article": article,
            "articleTitle": title,
            "published": day_label(published) if published else "",
            "outlet": ", ".join(self.names[p] for p in publishers),
            "wording": self.text(report, NG.text),
            "sentence": self.text(report, NG.sentence),
            "via": via_id,
            "viaName": self.names[via_id] if via_id else "",
            "medium": self.text(report, NG.medium),
            "startOffset": self.integer(report, NG.startOffset),
            "endOffset": self.integer(report, NG.endOffset),
        }

    def read_event(self, event: Node) -> None:
        """An event: when it happened (its own date, never the publication date), who did it, to whom, where."""
        report_iris = self.subjects(NG.reportOf, event)
        when = self.placed(event, self.event_whens(event, report_iris), report_iris)
        reports, outlets, first = self.reports_of(report_iris)
        agents, patients, places = ([self.ensure_actor(a) for a in self.objects(event, p)] for p in _ROLES)
        sources, cues = self.claimed_by(report_iris)
        name = self.label(event)
        node: EventNode = {
            "id": self.register(event, "event", name),
            "kind": "event",
            **named(event, name),
            "eventType": self.text(event, NG.eventType),
            "when": when_data(when),
            "reports": reports,
            "outlets": outlets,
            "reportCount": self.integer(event, NG.reportCount) or len(reports),
            "outletCount": self.integer(event, NG.outletCount) or len(outlets),
            "firstReported": day_label(first) if first else "",
            "agents": agents,
            "patients": patients,
            "places": places,
            "claimed": self.text(event, NG.claimed) == "true",
            "claimedBy": sources,
            "claimCues": cues,
        }
        self.add_dated(node, when, first)
        self.add_event_edges(event, node)

    def add_event_edges(self, event: Node, node: EventNode) -> None:
        """Lines to who did it, claims it, suffered it; where; the articles reporting it (else its times' articles)."""
        me, reports = node["id"], node["reports"]
        links: list[tuple[str, str, EdgeKind]] = [(a, me, "agent") for a in node["agents"]]
        links += [(s, me, "claims") for s in node["claimedBy"]] + [(me, p, "patient") for p in node["patients"]]
        for link in [*links, *((me, p, "place") for p in node["places"])]:
            self.add_edge(*link)
        self.add_reported(me, reports)
        times = [] if reports else self.objects(event, NG.occurredOn) + self.objects(event, NG.statedOn)
        for article in [self.ids[a] for t in times for a in self.objects(t, NG.inArticle) if a in self.ids]:
            self.add_edge(me, article, "reported")

    def claimed_by(self, report_iris: list[Node]) -> tuple[list[str], list[str]]:
        """The actors an event's reports attribute it to (``ng:claimedBy``), and the words that do ("allegedly")."""
        actors = {self.ensure_actor(a) for r in report_iris for a in self.objects(r, NG.claimedBy)}
        return sorted(actors), sorted({c for r in report_iris for c in self.texts(r, NG.attributionCue)})

    def add_dated(self, node: DatedNode, when: When | None, first: dt.date | None) -> None:
        """The node, and its timeline entry unless it is only what sources claim (``ng:claimed``)."""
        self.data.nodes.append(node)
        if node["kind"] == "statement" or not node["claimed"]:
            self.dated.append(_Dated(node, when, first.isoformat() if first else ""))

    def add_reported(self, node_id: str, reports: list[ReportData]) -> None:
        for article in _reported_in(reports):
            self.add_edge(node_id, article, "reported")

    def mentioned(self) -> Iterator[tuple[Node, Node]]:
        """(article, actor) pairs from ``ng:mentions`` and from ``ng:Mention`` provenance."""
        yield from self.g.subject_objects(NG.mentions)
        for mention in self.g.subjects(RDF.type, NG.Mention):
            for actor in self.g.objects(mention, NG.refersTo):
                for article in self.g.objects(mention, NG.inArticle):
                    yield article, actor

    def add_mentions(self) -> None:
        """Article -> actor edges for the actors an article names but does not already reach through a statement."""
        near: dict[str, set[str]] = defaultdict(set)  # statement -> the actors it hangs off (speaker, via)
        for source, target, kind in self.edge_keys:
            if kind == "said":
                near[target].add(source)
            elif kind == "via":
                near[source].add(target)
        linked = {(a, x) for s, a, kind in self.edge_keys if kind == "reported" for x in near[s]}
        pairs = {
            (self.ids[article], self.ids[actor])
            for article, actor in self.mentioned()
            if article in self.ids and actor in self.ids
        }
        for article_id, actor_id in sorted(pairs, key=lambda p: (int(p[0][1:]), int(p[1][1:]))):
            if self.kinds[article_id] == "article" and (article_id, actor_id) not in linked:
                self.add_edge(article_id, actor_id, "mentions")

    def size_actors(self) -> None:
        mentions = Counter(
            self.ids[actor]
            for mention in self.g.subjects(RDF.type, NG.Mention)
            for actor in self.g.objects(mention, NG.refersTo)
            if actor in self.ids
        )
        for node in self.actors:
            node["said"], node["mentions"] = len(self.said[node["id"]]), mentions[node["id"]]
            node["value"] = node["said"] + node["mentions"]

    def timeline(self) -> list[TimelineEntry]:
        """Statements and events, earliest first; undated ones last, in the order they were first reported."""
        return [self.timeline_entry(dated) for dated in sorted(self.dated, key=_timeline_order)]

    def timeline_entry(self, dated: _Dated) -> TimelineEntry:
        node, when = dated.node, when_data(dated.when)
        who = node["speakers"] if node["kind"] == "statement" else node["agents"]
        return {
            "node": node["id"],
            "kind": node["kind"],
            "label": node["name"],
            "who": ", ".join(self.names[s] for s in who),
            "when": when["label"] if dated.when and dated.when.dated else "",
            "granularity": when["granularity"],
            "start": when["start"],
            "end": when["end"],
            "estimated": when.get("estimated", False),
            "basis": when["basis"],
        }

    def focus(self, limit: int) -> list[str]:
        """The most connected actors with the statements they made, as many as fit in ``limit`` nodes."""
        degree = Counter(s for s, _t, _k in self.edge_keys) + Counter(t for _s, t, _k in self.edge_keys)
        actors = [node["id"] for node in self.actors]
        actors.sort(key=lambda a: (-len(self.said[a]), -degree[a], self.names[a].casefold()))
        chosen: dict[str, None] = {}
        for actor in actors:
            fresh = [n for n in (actor, *self.said[actor]) if n not in chosen]
            if len(chosen) + len(fresh) > limit:
                if chosen:
                    continue
                fresh = fresh[:limit]
            chosen.update(dict.fromkeys(fresh))
            if len(chosen) >= limit:
                break
        if not chosen:  # no actors at all: the most connected nodes of any kind
            ranked = sorted(self.kinds, key=lambda n: (-degree[n], int(n[1:])))
            chosen = dict.fromkeys(ranked[:limit])
        return list(chosen)


_ROLES = (NG.agent, NG.patient, NG.place)
"""An event's agents, patients and places."""


def _reported_in(reports: list[ReportData]) -> list[str]:
    """The articles ``reports`` are in, each once."""
    return list(dict.fromkeys(r["article"] for r in reports if r["article"] is not None))


def _timeline_order(dated: _Dated) -> tuple[bool, dt.date, dt.date, str, str]:
    far, when = dt.date.max, dated.when
    start, end = (when.start or far, when.end or far) if when else (far, far)
    undated = when is None or not when.dated
    return undated, start, end, dated.first_reported or "9999", dated.node["name"]
