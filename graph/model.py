"""The domain objects that travel through the pipeline.

An :class:`Article` goes in; extractors produce :class:`ArticleFacts` (actor mentions, quotes, time expressions), each
grounded in a character span of ``Article.text``; the merge turns many ``ArticleFacts`` into one :class:`Story`.
Nothing here knows about RDF: ``graph/rdf.py`` maps these objects to triples.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

ODD_SPACES = frozenset("\u00a0\u2007\u2009\u202f\u200a\u2002\u2003")
"""Spaces that change how spaCy parses ("a\u00a0“catastrophe”"); the analysed text uses plain spaces instead."""


class ActorKind(StrEnum):
    """The kinds of actor the ontology knows (``ng:Person`` ...)."""

    PERSON = "Person"
    ORGANIZATION = "Organization"
    GROUP = "Group"
    PLACE = "Place"
    OUTLET = "Outlet"


class Granularity(StrEnum):
    """How precise a resolved time expression is: a month is not a day."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"
    DURATION = "duration"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class Span:
    """Half-open character offsets ``[start, end)`` into ``Article.text``."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"invalid span [{self.start}, {self.end})")

    def slice(self, text: str) -> str:
        return text[self.start : self.end]


PUBLISHER_SPAN = Span(0, 0)
"""The publisher named in metadata has no span in the text; its mention is keyed by this empty span."""


@dataclass(slots=True)
class Article:
    """One news article: the text the offsets of every fact point into, and its metadata."""

    id: str
    text: str
    title: str = ""
    path: Path | None = None
    published: dt.date | None = None
    publisher: str | None = None
    author: str | None = None
    url: str | None = None
    body: Span | None = None
    """Where the article's own text lies (after title and header, before trailing boilerplate); all if None."""
    excluded: tuple[Span, ...] = ()
    """Spans inside the body that are not article text (photo credits and the like)."""

    def in_body(self, span: Span) -> bool:
        """Whether ``span`` lies in the article's own text."""
        body = self.body or Span(0, len(self.text))
        if span.start < body.start or span.end > body.end:
            return False
        return not any(span.start < x.end and x.start < span.end for x in self.excluded)

    def analysable_text(self) -> str:
        """The text with everything outside the body blanked by spaces, so offsets stay those of ``text``."""
        body = self.body or Span(0, len(self.text))
        blank = [Span(0, body.start), Span(body.end, len(self.text)), *self.excluded]
        chars = [" " if ch in ODD_SPACES else ch for ch in self.text]
        for span in blank:
            for i in range(span.start, span.end):
                if chars[i] != "\n":
                    chars[i] = " "
        return "".join(chars)


@dataclass(frozen=True, slots=True)
class Mention:
    """One span of an article naming an actor, with the kind the extractor believes it is."""

    span: Span
    text: str
    kind: ActorKind
    role: str | None = None


@dataclass(frozen=True, slots=True)
class TimeExpr:
    """A time expression, normalised against an anchor (usually the publication date)."""

    span: Span
    text: str
    value: str
    granularity: Granularity
    start: dt.date | None = None
    end: dt.date | None = None
    anchor: dt.date | None = None


@dataclass(frozen=True, slots=True)
class Quote:
    """One article's report of something said: the quoted words, who said them, and how it reached the article."""

    span: Span
    text: str
    sentence: Span
    speaker: Mention | None
    via: Mention | None = None
    medium: str | None = None
    time: TimeExpr | None = None
    addressee: Mention | None = None
    direct: bool = True


@dataclass(slots=True)
class ArticleFacts:
    """Everything the extractors found in one article."""

    article: Article
    mentions: list[Mention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)


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
    similarity: float = 1.0


@dataclass(slots=True)
class Statement:
    """One thing said, however many articles report it."""

    key: str
    speaker: str | None
    reports: list[Report] = field(default_factory=list)

    @property
    def text(self) -> str:
        """The longest wording reported: the most complete account of what was said."""
        return max((r.quote.text for r in self.reports), key=len, default="")


@dataclass(slots=True)
class Story:
    """The merged result of a build: articles, actors keyed by ``Actor.key``, statements, and time expressions."""

    facts: list[ArticleFacts]
    actors: dict[str, Actor]
    statements: list[Statement]
    actor_of: dict[tuple[str, Span], str]
    """Maps (article id, mention span) to the key of the actor the mention was merged into."""
