"""The one reader of the exports: a graph file, in any format newsgraph writes, read into plain tables of actors,
articles, statements, events and reports (:class:`StoryTables`) that every export format is written from.

The file is parsed by pyoxigraph as a stream and only the properties the exports show are kept, each triple once
however many article graphs state it: a 1,000-article story is read in seconds, without building a triple store.
Every value is one the graph carries (dates, granularities, counts); nothing is worked out again here. Where the
shapes (``ontology/shapes.ttl``) allow one value and a graph holds several, the first in text order is taken, so
the same graph always gives the same tables.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from urllib.parse import unquote

import pyoxigraph as ox
from rdflib import RDF, RDFS

from graph.errors import GraphFileError
from graph.store.files import graph_file_format, oxigraph_format
from ontology.namespace import NG

ACTOR_TYPES: tuple[tuple[str, str], ...] = (
    (str(NG.Outlet), "outlet"),
    (str(NG.Person), "person"),
    (str(NG.Organization), "organization"),
    (str(NG.Group), "group"),
    (str(NG.Place), "place"),
    (str(NG.Actor), "actor"),
)
"""Actor classes in order of precedence (an outlet is an organisation too), and the type the exports name."""

EVENT_ROLES = ("agent", "patient", "place")
"""How an actor takes part in an event (``ng:agent``, ``ng:patient``, ``ng:place``): who did it, to whom, where."""

_READ = {
    "type": RDF.type, "label": RDFS.label, "alias": NG.alias, "role": NG.role, "title": NG.title,
    "published": NG.published, "publishedNotBefore": NG.publishedNotBefore, "publishedNotAfter": NG.publishedNotAfter,
    "publisher": NG.publisher, "author": NG.author, "sourceFile": NG.sourceFile, "url": NG.url, "mentions": NG.mentions,
    "speaker": NG.speaker, "text": NG.text, "sentence": NG.sentence, "reportOf": NG.reportOf,
    "reportedIn": NG.reportedIn, "via": NG.via, "medium": NG.medium, "direct": NG.direct, "addressee": NG.addressee,
    "names": NG.names, "agent": NG.agent, "patient": NG.patient, "place": NG.place, "eventType": NG.eventType,
    "madeIn": NG.madeIn, "reportCount": NG.reportCount, "articleCount": NG.articleCount,
    "outletCount": NG.outletCount, "independentSourceCount": NG.independentSourceCount,
    "shownAsStatements": NG.shownAsStatements, "claimed": NG.claimed,
    "firstPublished": NG.firstPublished, "timelineDate": NG.timelineDate, "timelineBasis": NG.timelineBasis,
    "timelineGranularity": NG.timelineGranularity, "relatedFrom": NG.relatedFrom, "relatedTo": NG.relatedTo,
    "relationType": NG.relationType,
}  # fmt: skip
"""The properties the exports read, by the name the reader asks for them by (their local name); the rest (offsets,
time expressions, mentions' spans) is skipped as the file streams."""
_KEPT = {str(iri): name for name, iri in _READ.items()}


@dataclass(frozen=True, slots=True)
class ActorRow:
    iri: str
    label: str
    type: str
    """person, organization, group, place, outlet, or actor where the graph gives no class."""
    aliases: tuple[str, ...]
    roles: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ArticleRow:
    iri: str
    title: str
    published: str
    published_not_before: str
    published_not_after: str
    publisher: str
    authors: tuple[str, ...]
    source_file: str
    url: str
    mentions: tuple[str, ...]
    """The actors the article names."""


@dataclass(frozen=True, slots=True)
class Placement:
    """Where the timeline puts a statement or event, as the graph says (``ng:timelineDate`` and friends); ``date`` is
    ISO ``YYYY-MM-DD``, empty when undated."""

    date: str
    granularity: str
    basis: str
    first_published: str


@dataclass(frozen=True, slots=True)
class Counts:
    """The counts the graph carries; ``None`` where it carries none."""

    reports: int | None
    articles: int | None
    outlets: int | None
    independent_sources: int | None


@dataclass(frozen=True, slots=True)
class StatementRow:
    iri: str
    label: str
    text: str
    speaker: str
    placement: Placement
    counts: Counts
    made_in: tuple[str, ...]
    """The speech events the statement was made in."""


@dataclass(frozen=True, slots=True)
class EventRow:
    iri: str
    label: str
    event_type: str
    placement: Placement
    counts: Counts
    actors: tuple[tuple[str, str], ...]
    """(role, actor) pairs, role one of :data:`EVENT_ROLES`' names."""
    statements: tuple[str, ...]
    """The statements made in it (``ng:madeIn``)."""
    shown_as_its_statements: bool
    """Whether it is shown as the statements made in it, as the events and timeline queries and the map show it: a
    speech event that quotes were made in ("X said", "a letter from X"), not an act in which something was said
    ("signed a petition"). The merge decides which (``ng:shownAsStatements``)."""
    claimed: bool = False
    """Whether it is only what sources claim (``ng:claimed``): no happening of the timeline."""


@dataclass(frozen=True, slots=True)
class ReportRow:
    """One article's wording of a statement or an event."""

    iri: str
    of: str
    of_kind: str
    """statement or event"""
    article: str
    wording: str
    sentence: str
    via: str
    medium: str
    direct: str
    """true, false, or empty where the graph does not say."""
    addressee: str
    names: tuple[str, ...]
    """The actors the report's words refer to: whom it is about."""


@dataclass(frozen=True, slots=True)
class RelationRow:
    """A relation in time an article states between two events: ``source`` before, after or during ``target``."""

    source: str
    target: str
    type: str
    words: str


@dataclass(frozen=True, slots=True)
class StoryTables:
    """Everything the exports show, each list in IRI order."""

    actors: list[ActorRow]
    articles: list[ArticleRow]
    statements: list[StatementRow]
    events: list[EventRow]
    reports: list[ReportRow]
    relations: list[RelationRow]

    def actor_labels(self) -> dict[str, str]:
        return {actor.iri: actor.label for actor in self.actors}


def read_tables(path: Path) -> StoryTables:
    """Read the graph file at ``path`` (any suffix of :data:`graph.store.SUFFIX_FORMATS`) into tables."""
    name = graph_file_format(path)
    try:
        index = _index(ox.parse(path=str(path), format=oxigraph_format(name)))
    except (SyntaxError, ValueError, OSError) as exc:
        raise GraphFileError(f"{path} does not parse as {name}: {exc}") from exc
    return _Reader(index).tables()


def _actors_named(tables: StoryTables) -> set[str]:
    """Every IRI the tables point to as an actor, typed or not: each must be a key of the actors table."""
    named = {s.speaker for s in tables.statements}
    named.update(actor for e in tables.events for _role, actor in e.actors)
    named.update(actor for a in tables.articles for actor in (a.publisher, *a.authors))
    named.update(actor for a in tables.articles for actor in a.mentions)
    named.update(actor for r in tables.reports for actor in (r.via, r.addressee, *r.names))
    named.discard("")
    return named


_Index = dict[str, dict[str, set[str]]]
"""subject -> property name (:data:`_READ`) -> values: IRIs bare, blank nodes as ``_:id``, literals' lexical forms."""


def _index(quads: Iterable[ox.Quad]) -> _Index:
    """The kept properties of every subject, each value once however many graphs state it. The hot loop of an
    export (a million quads for a 1,000-article story), so it asks pyoxigraph as little as it can."""
    index: _Index = {}
    for quad in quads:
        name = _KEPT.get(quad.predicate.value)
        if name is None:
            continue
        s, o = quad.subject, quad.object
        if isinstance(s, ox.Triple) or isinstance(o, ox.Triple):
            continue  # an RDF-star triple term: nothing newsgraph writes
        subject = s.value if isinstance(s, ox.NamedNode) else f"_:{s.value}"
        value = f"_:{o.value}" if isinstance(o, ox.BlankNode) else o.value
        properties = index.get(subject)
        if properties is None:
            properties = index[subject] = {}
        values = properties.get(name)
        if values is None:
            properties[name] = {value}
        else:
            values.add(value)
    return index


class _Reader:
    def __init__(self, index: _Index) -> None:
        self.index = index
        self.by_type: dict[str, list[str]] = defaultdict(list)
        for subject in sorted(index):
            for cls in index[subject].get("type", ()):
                self.by_type[cls].append(subject)

    def values(self, subject: str, name: str) -> list[str]:
        """The values of ``subject``'s property ``name`` (a key of :data:`_READ`), in text order."""
        found = self.index.get(subject)
        return sorted(found.get(name, ())) if found else []

    def value(self, subject: str, name: str) -> str:
        values = self.values(subject, name)
        return values[0] if values else ""

    def integer(self, subject: str, name: str) -> int | None:
        value = self.value(subject, name)
        try:
            return int(value) if value else None
        except ValueError:
            return None

    def label(self, subject: str) -> str:
        """The actor's or event's ``rdfs:label``, else the last part of its IRI."""
        name = self.value(subject, "label")
        if name:
            return name
        tail = subject.rstrip("/#").rsplit("/", 1)[-1].rsplit("#", 1)[-1]
        return unquote(tail) or subject

    def tables(self) -> StoryTables:
        statements = [self.statement(iri) for iri in self.by_type[str(NG.Statement)]]
        made: dict[str, list[str]] = defaultdict(list)
        for statement in statements:
            for event in statement.made_in:
                made[event].append(statement.iri)
        events = [self.event(iri, tuple(made[iri])) for iri in self.by_type[str(NG.Event)]]
        articles = [self.article(iri) for iri in self.by_type[str(NG.Article)]]
        reports = [r for iri in self.by_type[str(NG.Report)] if (r := self.report(iri)) is not None]
        relations = [self.relation(iri) for iri in self.by_type[str(NG.EventRelation)]]
        tables = StoryTables([], articles, statements, events, reports, relations)
        typed = {iri for cls, _type in ACTOR_TYPES for iri in self.by_type[cls]}
        return replace(tables, actors=[self.actor(iri) for iri in sorted(typed | _actors_named(tables))])

    def actor(self, iri: str) -> ActorRow:
        classes = set(self.values(iri, "type"))
        kind = next((name for cls, name in ACTOR_TYPES if cls in classes), "actor")
        label = self.label(iri)
        aliases = tuple(a for a in self.values(iri, "alias") if a != label)
        return ActorRow(iri, label, kind, aliases, tuple(self.values(iri, "role")))

    def article(self, iri: str) -> ArticleRow:
        return ArticleRow(
            iri,
            self.value(iri, "title"),
            self.value(iri, "published"),
            self.value(iri, "publishedNotBefore"),
            self.value(iri, "publishedNotAfter"),
            self.value(iri, "publisher"),
            tuple(self.values(iri, "author")),
            self.value(iri, "sourceFile"),
            self.value(iri, "url"),
            tuple(self.values(iri, "mentions")),
        )

    def placement(self, iri: str) -> Placement:
        return Placement(
            self.value(iri, "timelineDate")[:10],
            self.value(iri, "timelineGranularity") or "unknown",
            self.value(iri, "timelineBasis") or "undated",
            self.value(iri, "firstPublished")[:10],
        )

    def counts(self, iri: str) -> Counts:
        return Counts(
            self.integer(iri, "reportCount"),
            self.integer(iri, "articleCount"),
            self.integer(iri, "outletCount"),
            self.integer(iri, "independentSourceCount"),
        )

    def statement(self, iri: str) -> StatementRow:
        text = self.value(iri, "text")
        return StatementRow(
            iri,
            self.value(iri, "label") or text,
            text,
            self.value(iri, "speaker"),
            self.placement(iri),
            self.counts(iri),
            tuple(self.values(iri, "madeIn")),
        )

    def event(self, iri: str, statements: tuple[str, ...]) -> EventRow:
        actors = tuple((role, actor) for role in EVENT_ROLES for actor in self.values(iri, role))
        return EventRow(
            iri, self.label(iri), self.value(iri, "eventType"), self.placement(iri), self.counts(iri), actors,
            statements, self.value(iri, "shownAsStatements") == "true", self.value(iri, "claimed") == "true",
        )  # fmt: skip

    def report(self, iri: str) -> ReportRow | None:
        of = self.value(iri, "reportOf")
        classes = set(self.values(of, "type"))
        kind = "statement" if str(NG.Statement) in classes else "event" if str(NG.Event) in classes else ""
        if not kind:
            return None  # a report of nothing the exports show
        return ReportRow(
            iri,
            of,
            kind,
            self.value(iri, "reportedIn"),
            self.value(iri, "text"),
            self.value(iri, "sentence"),
            self.value(iri, "via"),
            self.value(iri, "medium"),
            self.value(iri, "direct"),
            self.value(iri, "addressee"),
            tuple(self.values(iri, "names")),
        )

    def relation(self, iri: str) -> RelationRow:
        return RelationRow(
            self.value(iri, "relatedFrom"),
            self.value(iri, "relatedTo"),
            self.value(iri, "relationType"),
            self.value(iri, "text"),
        )
