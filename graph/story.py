"""The merged story: what the merge makes of many articles' facts and every later stage reads.

:class:`Story` holds the actors, statements and events merged across articles, each :class:`Statement` and
:class:`Event` carrying what the merge decided for it: where it sits on the timeline (:class:`Placement`), how many
articles, outlets and independent sources report it (:class:`Counts`), and the speech event it was made in. Nothing
here knows about RDF: ``graph/rdf/mapping.py`` maps these objects to triples.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from graph.model import (
    ActorKind,
    Article,
    ArticleFacts,
    EventMention,
    EventType,
    Mention,
    Quote,
    RelationType,
    Span,
    TimeExpr,
    author_span,
)


@dataclass(frozen=True, slots=True)
class MentionRef:
    """A mention located in its article."""

    article_id: str
    mention: Mention


@dataclass(slots=True)
class Actor:
    """One real-world actor after merging: its canonical name, every name seen, and where it was mentioned."""

    key: str
    label: str
    kind: ActorKind
    aliases: set[str] = field(default_factory=set)
    roles: set[str] = field(default_factory=set)
    mentions: list[MentionRef] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Report:
    """One article's wording of a merged statement, and the similarity that joined it to the statement."""

    article_id: str
    quote: Quote
    similarity: float = 100.0
    """rapidfuzz score (0-100) of the match that joined the report to its statement; 100 for the first report."""


class Basis(StrEnum):
    """Where a statement's or event's place on the timeline comes from."""

    STATED = "stated"
    """The text dates it."""
    PUBLISHED = "published"
    """No date in the text: the publication date of the earliest dated article that reports it."""
    ESTIMATED = "estimated"
    """Only undated articles date it or report it: placed against their estimated publication window."""
    UNDATED = "undated"


@dataclass(frozen=True, slots=True)
class Placement:
    """Where the timeline puts a statement or an event: ``date`` (None when undated), where it comes from, and the
    granularity of that date (a :class:`Granularity` value, "day" for a publication date, :data:`WINDOW`)."""

    date: dt.date | None
    basis: Basis
    granularity: str
    first_published: dt.date | None
    """The earliest publication date of the dated articles that report it, whatever the basis."""
    best: tuple[str, TimeExpr] | None
    """The best time its reports state, with the id of the article that states it."""


@dataclass(frozen=True, slots=True)
class Counts:
    """How many reports, articles, outlets and independent sources (None for an event) a statement or event has."""

    reports: int
    articles: int
    outlets: int
    independent_sources: int | None


@dataclass(slots=True)
class Statement:
    """One thing said, however many articles report it; what the merge decides about it is None until it has."""

    key: str
    speaker: str | None
    reports: list[Report] = field(default_factory=list)
    placement: Placement | None = None
    counts: Counts | None = None
    made_in: tuple[str, ...] = ()
    """The keys of the speech events it was made in."""

    @property
    def text(self) -> str:
        """The longest wording reported: the most complete account of what was said."""
        return max((r.quote.text for r in self.reports), key=len, default="")


@dataclass(frozen=True, slots=True)
class EventReport:
    """One article's wording of a merged event."""

    article_id: str
    mention: EventMention


@dataclass(slots=True)
class Event:
    """One thing that happened, however many articles report it, in whatever words; what the merge decides about it
    is None until it has."""

    key: str
    label: str
    type: EventType
    reports: list[EventReport] = field(default_factory=list)
    agents: set[str] = field(default_factory=set)
    patients: set[str] = field(default_factory=set)
    places: set[str] = field(default_factory=set)
    """Actor keys of who did it, to whom or what, and where."""
    placement: Placement | None = None
    counts: Counts | None = None
    shown_as_statements: bool = False
    """Whether it is shown as the statements made in it (a speech event that statements were made in is)."""
    claimed: bool = False
    """Whether it is only what sources claim: every report attributes it to a source (``EventMention.claim``)."""
    incidental_reports: list[EventReport] = field(default_factory=list)
    """Wordings of it in incidental words ("the shooting suspect": ``EventMention.salient`` False), kept as data:
    they change nothing it shows and count as no report (:mod:`graph.merge.event_incidental`)."""


@dataclass(frozen=True, slots=True)
class EventRelation:
    """A stated relation in time between two merged events (keys), as one article put it."""

    source: str
    target: str
    type: RelationType
    words: str
    article_id: str


@dataclass(frozen=True, slots=True)
class Window:
    """An estimated publication window ``[start, end]`` (both days included) for an article that gives no date."""

    start: dt.date
    end: dt.date


@dataclass(slots=True)
class Story:
    """The merged result of a build: articles, actors keyed by ``Actor.key``, statements, and time expressions."""

    facts: list[ArticleFacts]
    actors: dict[str, Actor]
    statements: list[Statement]
    actor_of: dict[tuple[str, Span], str]
    """Maps (article id, mention span) to the key of the actor the mention was merged into."""
    windows: dict[str, Window] = field(default_factory=dict)
    """Estimated publication windows of undated articles, keyed by article id."""
    placed: dict[tuple[str, Span], TimeExpr] = field(default_factory=dict)
    """Relative time expressions of undated articles placed against their window, keyed by (article id, span)."""

    events: list[Event] = field(default_factory=list)
    relations: list[EventRelation] = field(default_factory=list)
    incidental: list[Event] = field(default_factory=list)
    """Events no article tells in salient words (every report's ``EventMention.salient`` is False: "checked into a
    clinic", "the game"): kept as data, left out of the graph, the listings and the map."""
    copies: dict[str, list[Article]] = field(default_factory=dict)
    """Other inputs of the same text as an article (another file, format or id), by the id of the article that stands
    for them: one article, whose sources they are too (:mod:`graph.build.identity`)."""
    copy_of: dict[str, str] = field(default_factory=dict)
    """Articles that are near copies of another (one wire story on two sites), each mapped to the id of the first of
    its copies: they stay articles of their own outlets, but are one independent source (:mod:`graph.merge.copies`)."""

    def authors(self, article_id: str) -> list[str]:
        """The keys of the actors who wrote an article, in byline order (:func:`graph.model.author_span`)."""
        keys: list[str] = []
        while (key := self.actor_of.get((article_id, author_span(len(keys))))) is not None:
            keys.append(key)
        return keys

    def time(self, article_id: str, time: TimeExpr) -> TimeExpr:
        """``time`` as best known: placed against the article's estimated window when it had no anchor."""
        return self.placed.get((article_id, time.span), time)
