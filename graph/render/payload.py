"""The shape of the page's data: the one JSON document the page's script reads (``<script type="application/json"
id="ng-data">``).

These types are the definition; ``graph/render/static/page-1-data.js`` mirrors them field by field in the comment at
its top, and a field added, renamed or dropped here is changed there too. Every string that came from an article is
hostile input to the page, which shows it as text only. Node ids are ``n0``, ``n1``, ... and edge ids ``e0``, ...;
a date is ``YYYY-MM-DD`` and a date label (``"11 Sept 2022"``) is for reading; ``""`` means "none".
"""

from __future__ import annotations

from typing import Literal, NotRequired, TypedDict

from graph.render.dates import When

ActorKind = Literal["person", "organization", "group", "place", "actor", "outlet"]
"""The kinds of actor node; an outlet is an actor that publishes articles."""

EdgeKind = Literal["said", "reported", "published", "wrote", "via", "mentions", "agent", "patient", "place", "claims"]
"""speaker -> statement, statement (or event) -> article, article -> outlet, statement -> the actor or outlet it came
through, article -> actor, actor -> the event it did, event -> the actor it was done to, event -> where it happened,
actor -> the event its words claim happened (``ng:claimedBy`` of a report); the page labels them "said", "reported in",
"published by", "via", "mentions", "did", "to", "in" and "claims"."""


class WhenData(TypedDict):
    """When a statement was made or an event happened, as the timeline places it."""

    label: str
    granularity: str
    """``day``, ``week``, ``month``, ``window`` (an estimated span of publication dates), ... or ``unknown``."""
    start: str
    end: str
    text: str
    """The words of the time expression it comes from."""
    value: str
    estimated: NotRequired[bool]
    """Absent when there is no time at all."""
    basis: str
    """Where the timeline date comes from: ``stated``, ``published``, ``estimated``, ``undated`` or ``""``."""


class ReportData(TypedDict):
    """One article's report of a statement or event."""

    article: str | None
    """The article's node id."""
    articleTitle: str
    published: str
    outlet: str
    """The names of the article's publishers, comma separated."""
    wording: str
    sentence: str
    via: str | None
    """The node id of the actor or outlet the words came through."""
    viaName: str
    medium: str
    startOffset: int | None
    """Where the words start in the article's text (a character offset), if known."""
    endOffset: int | None
    """Where they end (exclusive)."""


class Names(TypedDict):
    label: str
    """At most :data:`graph.render.labels.LABEL_CHARS` characters, for the canvas."""
    name: str
    """The whole name, title or text."""
    iri: str


class NodeBase(Names):
    id: str


class ActorNode(NodeBase):
    kind: ActorKind
    aliases: list[str]
    roles: list[str]
    said: int
    """How many statements it made."""
    mentions: int
    """How many mentions of it the articles have."""
    value: int
    """``said + mentions``: the node's size."""


class ArticleNode(NodeBase):
    kind: Literal["article"]
    published: str
    sourceFile: str
    """The files it was read from, ``" | "`` between them."""
    publishers: list[str]
    authors: list[str]
    """The actor node ids of its writers (``ng:author``)."""
    url: str
    """Where it was published on the web, as the graph gives it (any scheme: the page links only http and https)."""


class StatementNode(NodeBase):
    kind: Literal["statement"]
    text: str
    speakers: list[str]
    when: WhenData
    reports: list[ReportData]
    """Earliest published first."""
    outlets: list[str]
    """The names of the outlets reporting it."""
    reportCount: int
    outletCount: int
    sourceCount: int
    """How many independent sources report it."""
    firstReported: str


class EventNode(NodeBase):
    kind: Literal["event"]
    eventType: str
    when: WhenData
    reports: list[ReportData]
    outlets: list[str]
    reportCount: int
    outletCount: int
    firstReported: str
    agents: list[str]
    """Who did it."""
    patients: list[str]
    """Who it was done to."""
    places: list[str]
    claimed: bool
    """Whether it is only what sources claim (``ng:claimed``): drawn, but not on the timeline."""
    claimedBy: list[str]
    """The actors its reports attribute it to."""
    claimCues: list[str]
    """The words that attribute it ("say", "allegedly")."""


PageNode = ActorNode | ArticleNode | StatementNode | EventNode
DatedNode = StatementNode | EventNode
"""What the timeline holds."""

Edge = TypedDict("Edge", {"id": str, "from": str, "to": str, "kind": EdgeKind})


class TimelineEntry(TypedDict):
    """A statement or event on the timeline."""

    node: str
    kind: Literal["statement", "event"]
    label: str
    who: str
    """The names of its speakers (of a statement) or agents (of an event), comma separated."""
    when: str
    """The date label, ``""`` when undated."""
    granularity: str
    start: str
    end: str
    estimated: bool
    basis: str


class Whole(TypedDict):
    """The counts of the whole story, for a page that holds an excerpt of it."""

    actors: int
    statements: int
    events: int
    articles: int


class Payload(TypedDict):
    title: str
    nodes: list[PageNode]
    edges: list[Edge]
    timeline: list[TimelineEntry]
    """Earliest first; undated last, in the order they were first reported."""
    focus: list[str] | None
    """Node ids of the most connected actors and their statements when the graph has more than the focus limit of
    nodes, else ``None``. The page computes its own first view (who said what) and does not read this."""
    whole: Whole | None


def when_data(when: When | None) -> WhenData:
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
