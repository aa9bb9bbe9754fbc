"""Read the merged graph into what the page draws: nodes, edges, a timeline and the focused default view.

Everything is read with rdflib triple patterns on typed terms, never by building query text. Node ids on the page are
short (``n0``, ``n1``, ...) and assigned in a sorted order, so the same graph always gives the same page. Every value
that came from an article stays a plain string here; :mod:`graph.render.page` escapes it once, as JSON.

Mentions (``ng:Mention``) are provenance, not nodes: they only count towards an actor's size and tell which articles
name an actor. An article-to-actor "mentions" edge is drawn only where the article does not already reach the actor
through a statement it reports, so the picture is not doubled.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from urllib.parse import unquote

from rdflib import RDF, RDFS, Literal, URIRef
from rdflib.term import Node

from graph.model import WINDOW
from graph.render.dates import When, day_label, days_label, describe
from graph.render.source import Triples
from ontology.namespace import NG

ACTOR_KINDS: tuple[tuple[URIRef, str], ...] = (
    (NG.Person, "person"),
    (NG.Organization, "organization"),
    (NG.Group, "group"),
    (NG.Place, "place"),
    (NG.Actor, "actor"),
)
"""Actor classes in order of precedence: a node typed both Person and Actor is a person. Outlets win over all."""

EDGE_KINDS = ("said", "reported", "published", "via", "mentions", "agent", "patient", "place")
"""speaker -> statement, statement (or event) -> article, article -> outlet, statement -> the actor or outlet it came
through, article -> actor, actor -> the event it did, event -> the actor it was done to, event -> where it happened;
the page labels them "said", "reported in", "published by", "via", "mentions", "did", "to" and "in"."""

LABEL_CHARS = 48
"""Longest label drawn on the canvas; the full text is in the details panel."""

JsonObject = dict[str, object]


@dataclass(slots=True)
class PageData:
    """The page's data, ready for ``json.dumps``: plain dicts, lists, strings and numbers."""

    nodes: list[JsonObject] = field(default_factory=list)
    edges: list[JsonObject] = field(default_factory=list)
    timeline: list[JsonObject] = field(default_factory=list)
    focus: list[str] | None = None
    """Node ids of the default view when the graph is too large to draw whole, else ``None``."""


def read_page_data(graph: Triples, focus_limit: int) -> PageData:
    return _Reader(graph).read(focus_limit)


def shorten(text: str, limit: int = LABEL_CHARS) -> str:
    """One line of at most ``limit`` characters, cut at a word where one is near."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:.") + "…"


class _Reader:
    def __init__(self, graph: Triples) -> None:
        self.g = graph
        self.data = PageData()
        self.ids: dict[Node, str] = {}
        self.names: dict[str, str] = {}
        self.kinds: dict[str, str] = {}
        self.whens: dict[str, When | None] = {}
        self.first_reported: dict[str, str] = {}
        self.articles: dict[str, tuple[str, dt.date | None, list[str]]] = {}
        """article id -> (title, published, publisher ids)"""
        self.said: dict[str, list[str]] = defaultdict(list)
        """actor id -> the statements it made"""
        self.edge_keys: set[tuple[str, str, str]] = set()

    # -- literals -------------------------------------------------------------------------------------------------

    def text(self, subject: Node, predicate: URIRef) -> str:
        values = self.texts(subject, predicate)
        return values[0] if values else ""

    def texts(self, subject: Node, predicate: URIRef) -> list[str]:
        return sorted({str(o) for o in self.g.objects(subject, predicate) if isinstance(o, Literal)})

    def integer(self, subject: Node, predicate: URIRef) -> int | None:
        for value in self.texts(subject, predicate):
            try:
                return int(value)
            except ValueError:
                continue
        return None

    def date(self, subject: Node, predicate: URIRef) -> dt.date | None:
        for value in self.texts(subject, predicate):
            try:
                return dt.date.fromisoformat(value[:10])
            except ValueError:
                continue
        return None

    def label(self, subject: Node) -> str:
        name = self.text(subject, RDFS.label) or self.text(subject, NG.title)
        if name:
            return name
        tail = str(subject).rstrip("/#").rsplit("/", 1)[-1].rsplit("#", 1)[-1]
        return unquote(tail) or str(subject)

    def objects(self, subject: Node, predicate: URIRef) -> list[Node]:
        return sorted({o for o in self.g.objects(subject, predicate) if not isinstance(o, Literal)}, key=str)

    def subjects(self, predicate: URIRef, obj: Node) -> list[Node]:
        return sorted(set(self.g.subjects(predicate, obj)), key=str)

    def whens_of(self, subject: Node, predicate: URIRef = NG.statedOn) -> list[When]:
        """Every ``ng:statedOn`` (or ``predicate``) of ``subject``, earliest first, undated last."""
        whens = [
            describe(
                self.text(time, NG.granularity) or None,
                self.date(time, NG.start),
                self.date(time, NG.end),
                self.text(time, NG.text),
                self.text(time, NG.value),
                self.text(time, NG.estimated) == "true",
            )
            for time in self.objects(subject, predicate)
        ]
        return sorted(whens, key=lambda w: (not w.dated, w.sort_key()))

    def placed(self, item: Node, stated: list[When], report_iris: list[Node]) -> list[When]:
        """Where the timeline places ``item``, as the merge wrote it (``ng:timelineDate``, ``ng:timelineBasis``,
        ``ng:timelineGranularity``): the page shows what ``newsgraph timeline`` and the named queries show.

        A stated or estimated date is shown with the time expression it comes from (its words and the whole period
        it covers); a publication date as that day; an estimated publication window as the window of the undated
        articles reporting it. A graph that carries no placement (not written by newsgraph) keeps the item's own
        stated times, ``stated``.
        """
        basis = self.text(item, NG.timelineBasis)
        if not basis:
            return stated
        date, grain = self.date(item, NG.timelineDate), self.text(item, NG.timelineGranularity)
        if date is None:
            undated = [dataclasses.replace(w, basis=basis) for w in stated if not w.dated]
            return undated or [When("", "unknown", None, None, basis=basis)]
        if grain == WINDOW:
            articles = [a for r in report_iris for a in self.objects(r, NG.reportedIn)]
            end = max((d for a in articles if (d := self.date(a, NG.publishedNotAfter))), default=date)
            return [When(days_label(date, max(date, end)), WINDOW, date, max(date, end), estimated=True, basis=basis)]
        if basis == "published":
            return [dataclasses.replace(describe("day", date), basis=basis)]
        same = [w for w in stated if w.start == date and w.granularity == grain]
        when = same[0] if same else describe(grain, date, estimated=basis == "estimated")
        return [dataclasses.replace(when, basis=basis)]

    # -- nodes and edges ------------------------------------------------------------------------------------------

    def add_node(self, resource: Node, kind: str, label: str, **info: object) -> str:
        node_id = f"n{len(self.ids)}"
        self.ids[resource] = node_id
        self.names[node_id] = label
        self.kinds[node_id] = kind
        node: JsonObject = {"id": node_id, "kind": kind, "label": shorten(label), "name": label, "iri": str(resource)}
        node.update(info)
        self.data.nodes.append(node)
        return node_id

    def add_edge(self, source: str, target: str, kind: str) -> None:
        key = (source, target, kind)
        if source == target or key in self.edge_keys:
            return
        self.edge_keys.add(key)
        self.data.edges.append({"id": f"e{len(self.data.edges)}", "from": source, "to": target, "kind": kind})

    def actor_kind(self, resource: Node) -> str:
        types = set(self.g.objects(resource, RDF.type))
        if NG.Outlet in types:
            return "outlet"
        return next((kind for cls, kind in ACTOR_KINDS if cls in types), "actor")

    def ensure_actor(self, resource: Node) -> str:
        """The node of an actor or outlet, added on first sight (a speaker need not carry a type of its own)."""
        if resource not in self.ids:
            name = self.label(resource)
            self.add_node(
                resource,
                self.actor_kind(resource),
                name,
                aliases=[a for a in self.texts(resource, NG.alias) if a != name],
                roles=self.texts(resource, NG.role),
            )
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
        node_id = self.add_node(
            article,
            "article",
            title,
            published=day_label(published) if published else "",
            sourceFile=" | ".join(self.texts(article, NG.sourceFile)),  # each file of a text given twice
            publishers=publishers,
        )
        self.articles[node_id] = (title, published, publishers)
        for publisher in publishers:
            self.add_edge(node_id, publisher, "published")

    def read_statement(self, statement: Node) -> None:
        text = self.text(statement, NG.text)
        speakers = [self.ensure_actor(s) for s in self.objects(statement, NG.speaker)]
        report_iris = self.subjects(NG.reportOf, statement)
        reports = [self.read_report(r) for r in report_iris]
        reports.sort(key=lambda r: (str(r["published"] or "9999"), str(r["outlet"]), str(r["articleTitle"])))
        # the statement's own time, else the earliest its reports give: never the publication date
        whens = self.whens_of(statement) or sorted(
            (w for r in report_iris for w in self.whens_of(r)), key=lambda w: (not w.dated, w.sort_key())
        )
        if whens and not whens[0].dated:
            whens = [w for r in report_iris for w in self.whens_of(r) if w.dated][:1] or whens
        whens = self.placed(statement, whens, report_iris)
        outlets = sorted({str(r["outlet"]) for r in reports if r["outlet"]})
        published = sorted(d for a in self.reported_in(reports) if (d := self.articles[a][1]) is not None)
        node_id = self.add_node(
            statement,
            "statement",
            self.text(statement, RDFS.label) or text or self.label(statement),
            text=text,
            speakers=speakers,
            when=_when_json(whens[0] if whens else None),
            reports=reports,
            outlets=outlets,
            reportCount=self.integer(statement, NG.reportCount) or len(reports),
            outletCount=self.integer(statement, NG.outletCount) or len(outlets),
            sourceCount=self.integer(statement, NG.independentSourceCount) or len(outlets),
            firstReported=day_label(published[0]) if published else "",
        )
        self.whens[node_id] = whens[0] if whens else None
        self.first_reported[node_id] = published[0].isoformat() if published else ""
        for speaker in speakers:
            self.add_edge(speaker, node_id, "said")
            self.said[speaker].append(node_id)
        for article in self.reported_in(reports):
            self.add_edge(node_id, article, "reported")
        for report in reports:
            if isinstance(report["via"], str):
                self.add_edge(node_id, report["via"], "via")

    @staticmethod
    def reported_in(reports: list[JsonObject]) -> list[str]:
        return list(dict.fromkeys(r["article"] for r in reports if isinstance(r["article"], str)))

    def read_report(self, report: Node) -> JsonObject:
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
        }

    def read_event(self, event: Node) -> None:
        """An event: when it happened (its own date, never the publication date), who did it, to whom, where."""
        report_iris = self.subjects(NG.reportOf, event)
        whens = self.whens_of(event, NG.occurredOn) or sorted(
            (w for r in report_iris for w in self.whens_of(r, NG.occurredOn)), key=lambda w: (not w.dated, w.sort_key())
        )
        whens = self.placed(event, whens, report_iris)
        reports = [self.read_report(r) for r in report_iris]
        reports.sort(key=lambda r: (str(r["published"] or "9999"), str(r["outlet"]), str(r["articleTitle"])))
        predicates = (("agents", NG.agent), ("patients", NG.patient), ("places", NG.place))
        roles = {role: [self.ensure_actor(a) for a in self.objects(event, p)] for role, p in predicates}
        outlets = sorted({str(r["outlet"]) for r in reports if r["outlet"]})
        published = sorted(d for a in self.reported_in(reports) if (d := self.articles[a][1]) is not None)
        node_id = self.add_node(
            event,
            "event",
            self.label(event),
            eventType=self.text(event, NG.eventType),
            when=_when_json(whens[0] if whens else None),
            speakers=roles["agents"],
            reports=reports,
            outlets=outlets,
            reportCount=self.integer(event, NG.reportCount) or len(reports),
            outletCount=self.integer(event, NG.outletCount) or len(outlets),
            firstReported=day_label(published[0]) if published else "",
            **roles,
        )
        self.whens[node_id] = whens[0] if whens else None
        self.first_reported[node_id] = published[0].isoformat() if published else ""
        for agent in roles["agents"]:
            self.add_edge(agent, node_id, "agent")
        for kind, role in (("patient", "patients"), ("place", "places")):
            for actor in roles[role]:
                self.add_edge(node_id, actor, kind)
        for article in self.reported_in(reports):
            self.add_edge(node_id, article, "reported")
        if not reports:  # an event with no report of its own: the articles its time expressions are in
            for time in self.objects(event, NG.occurredOn) + self.objects(event, NG.statedOn):
                for source in self.objects(time, NG.inArticle):
                    if source in self.ids:
                        self.add_edge(node_id, self.ids[source], "reported")

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
        for node in self.data.nodes:
            node_id = str(node["id"])
            if node["kind"] not in NOT_ACTORS:
                said = len(self.said[node_id])
                node.update(said=said, mentions=mentions[node_id], value=said + mentions[node_id])

    def timeline(self) -> list[JsonObject]:
        """Statements and events, earliest first; undated ones last, in the order they were first reported."""
        far = dt.date.max
        keyed: list[tuple[tuple[bool, dt.date, dt.date, str, str], JsonObject]] = []
        for node in self.data.nodes:
            node_id = str(node["id"])
            if node["kind"] not in ("statement", "event"):
                continue
            when = self.whens.get(node_id)
            dated = when is not None and when.dated
            speakers = node.get("speakers", [])
            entry: JsonObject = {
                "node": node_id,
                "kind": node["kind"],
                "label": node["name"],
                "who": ", ".join(self.names[s] for s in speakers) if isinstance(speakers, list) else "",
                "when": when.label if when and dated else "",
                "granularity": when.granularity if when else "unknown",
                "start": when.start.isoformat() if when and when.start else "",
                "end": when.end.isoformat() if when and when.end else "",
                "estimated": bool(when and when.estimated),
                "basis": when.basis if when else "",
            }
            start, end = (when.start or far, when.end or far) if when else (far, far)
            first = self.first_reported.get(node_id) or "9999"
            keyed.append(((not dated, start, end, first, self.names[node_id]), entry))
        keyed.sort(key=lambda k: k[0])
        return [entry for _key, entry in keyed]

    def focus(self, limit: int) -> list[str]:
        """The most connected actors with the statements they made, as many as fit in ``limit`` nodes."""
        degree = Counter(s for s, _t, _k in self.edge_keys) + Counter(t for _s, t, _k in self.edge_keys)
        actors = [node_id for node_id, kind in self.kinds.items() if kind not in NOT_ACTORS]
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


NOT_ACTORS = frozenset({"statement", "article", "event"})


def _when_json(when: When | None) -> JsonObject:
    if when is None:
        return {"label": "", "granularity": "unknown", "start": "", "end": "", "text": "", "value": "", "basis": ""}
    return {
        "label": when.label,
        "granularity": when.granularity,
        "start": when.start.isoformat() if when.start else "",
        "end": when.end.isoformat() if when.end else "",
        "text": when.text,
        "value": when.value,
        "estimated": when.estimated,
        "basis": when.basis,
    }
