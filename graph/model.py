"""The domain objects an article becomes: what each extractor finds in one article.

An :class:`Article` goes in; extractors produce :class:`ArticleFacts` (actor mentions, quotes, time expressions,
events), each grounded in a character span of ``Article.text``. The merge turns many ``ArticleFacts`` into one
:class:`~graph.story.Story` (:mod:`graph.story`). Nothing here knows about RDF.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

ODD_SPACES = frozenset("\u00a0\u2007\u2009\u202f\u200a\u2002\u2003")
"""Spaces that change how spaCy parses ("a\u00a0“catastrophe”"); the analysed text uses plain spaces instead."""
ODD_DASHES = {"\u2015": "\u2014", "\u2012": "\u2013"}
"""Dashes spaCy's tagger does not know, which it may read as a verb ("attacking the plan as a “giveaway” ― just as he
did"): the analysed text uses the em or en dash each stands for."""
BEFORE_OPENING = frozenset(" \t\n([{—–-/:;")
"""What may stand right before an opening quotation mark."""


class ActorKind(StrEnum):
    """The kinds of actor the ontology knows (``ng:Person`` ...)."""

    PERSON = "Person"
    ORGANIZATION = "Organization"
    GROUP = "Group"
    PLACE = "Place"
    OUTLET = "Outlet"


WINDOW = "window"
"""The timeline granularity of a date that is the start of an estimated publication window (no calendar unit)."""


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


def author_span(index: int) -> Span:
    """The key of the mention of the article's ``index``-th author (from 0), named in metadata or a byline outside the
    body: an empty span, as the publisher's, one further on per author. No mention in the text is empty."""
    return Span(index + 1, index + 1)


def in_text(span: Span) -> bool:
    """Whether a mention's span lies in the text: not the empty key of a publisher or an author named in metadata."""
    return span.start < span.end


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
    given_id: str | None = None
    """The id the input gave the article (a record's ``id``, else one made from its file name) when the build had to
    give it another ``id``: ids, and the IRIs made from them, are unique within a build. None when ``id`` is it."""

    @property
    def identifier(self) -> str:
        """The id the input gave the article (``ng:identifier``)."""
        return self.given_id or self.id

    def in_body(self, span: Span) -> bool:
        """Whether ``span`` lies in the article's own text."""
        body = self.body or Span(0, len(self.text))
        if span.start < body.start or span.end > body.end:
            return False
        return not any(span.start < x.end and x.start < span.end for x in self.excluded)

    def analysable_text(self) -> str:
        """The text with everything outside the body blanked by spaces, odd spaces and dashes made plain ones
        (:data:`ODD_SPACES`, :data:`ODD_DASHES`) and doubled quotation marks folded into one
        (:func:`fold_doubled_marks`), so offsets stay those of ``text``."""
        body = self.body or Span(0, len(self.text))
        blank = [Span(0, body.start), Span(body.end, len(self.text)), *self.excluded]
        chars = [" " if ch in ODD_SPACES else ODD_DASHES.get(ch, ch) for ch in self.text]
        for span in blank:
            for i in range(span.start, span.end):
                if chars[i] != "\n":
                    chars[i] = " "
        return fold_doubled_marks("".join(chars), curly=True)


def fold_doubled_marks(text: str, curly: bool = False) -> str:
    """The text with each doubled mark (``''…''``, the typewriter style some newspapers still file in, and
    ````…''``) written as one double mark beside a space, keeping every offset: a straight mark with the space
    outside the quote (where a mark's side tells opening from closing), or, ``curly``, an opening or closing curly
    mark with the space inside the quote (which the parser reads as it reads a quote set in curly marks, with no run
    of two spaces)."""
    if "''" not in text and "``" not in text:
        return text
    chars = list(text)
    for i in range(len(chars) - 1):
        pair = chars[i] + chars[i + 1]
        if pair not in {"''", "``"} or (i > 0 and chars[i - 1] == "'"):
            continue
        before = chars[i - 1] if i > 0 else " "
        if before.isalnum() and i + 2 < len(chars) and chars[i + 2].isalnum():
            continue  # an apostrophe typed twice inside a word
        opening = pair == "``" or before in BEFORE_OPENING
        if curly:
            chars[i], chars[i + 1] = ("“", " ") if opening else (" ", "”")
        else:
            chars[i], chars[i + 1] = (" ", '"') if opening else ('"', " ")
    return "".join(chars)


class Severity(StrEnum):
    """How bad a :class:`Problem` is: a warning still builds the article, an error skips the input."""

    WARNING = "warning"
    ERROR = "error"


@dataclass(frozen=True, slots=True)
class Problem:
    """Something wrong with one input (a file, or one line or record of it), and what became of it."""

    path: Path
    message: str
    line: int | None = None
    """1-based line of a ``.jsonl`` record or of a JSON syntax error; None for the whole file."""
    severity: Severity = Severity.ERROR

    def __str__(self) -> str:
        """``path:line: message``, the form compilers and editors understand."""
        where = f"{self.path}:{self.line}" if self.line is not None else str(self.path)
        return f"{where}: {self.message}"


@dataclass(frozen=True, slots=True)
class Mention:
    """One span of an article naming an actor, with the kind the extractor believes it is."""

    span: Span
    text: str
    kind: ActorKind
    role: str | None = None
    refers: Span | None = None
    """For a pronoun that stands for an actor named earlier in the article ("he", "their"): the span of that name's
    mention; the merge gives the pronoun that mention's actor. None for a name or a description."""


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
    estimated: bool = False
    """True when placed against an estimated publication window: start and end bound the window, not a stated date."""
    length: str | None = None
    """The length the words count from the anchor, as a TimeML duration: "two years ago" is the date 2009 with the
    length ``P2Y``; None for expressions that count none."""


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
    cue: str | None = None
    """The word that attributes it ("said", "according to", "told"), as the article writes it."""
    pattern: str | None = None
    """How the words were found around the cue (see :data:`PATTERNS`)."""
    resolution: str | None = None
    """How the speaker was read (see :data:`RESOLUTIONS`); None when there is no speaker."""
    quoted_words: tuple[Span, ...] = ()
    """Where a reported statement holds its speaker's own words in quotation marks ("said the system was “chaotic”":
    chaotic); none for a direct quote, which is quoted words throughout."""


PATTERNS = (
    "content after cue",
    "content before cue",
    "content around cue",
    "infinitive",
    "noun content",
    "appeal",
    "according to",
    "continued quote",
    "colon",
    "speaker label",
    "signature",
    "no cue",
)
"""The patterns an attribution is found by: where its words lie against the cue, that it continues a quote, a source
named before a colon ("Jane Roe, in a statement: “…”"), a transcript's speaker label ("LEE: …") or a name a dash sets
off from the quote, a signature ("“…” — Jane Roe") or an aside ("among them Jane Roe — “…” — and …")."""
RESOLUTIONS = ("name", "pronoun", "role", "document", "description")
"""How a speaker was read: a name as written, a pronoun or a role ("the senator") resolved to a name earlier in the
article, a document resolved to its author, or a description kept as written ("officials", "the campaign")."""


class EventType(StrEnum):
    """What kind of thing happened, where the trigger word tells it (``ng:eventType``)."""

    CONFLICT = "conflict"
    POLITICAL = "political"
    SPEECH = "speech"
    LEGAL = "legal"
    ECONOMIC = "economic"
    MOVEMENT = "movement"
    OTHER = "other"


class RelationType(StrEnum):
    """How the first event of a relation stands in time to the second (``ng:relationType``)."""

    BEFORE = "before"
    AFTER = "after"
    DURING = "during"


@dataclass(frozen=True, slots=True)
class Claim:
    """Who the article says claims an event happened, and the words that say so: an allegation, not a fact.

    ``cue`` is the attributing word as the article writes it ("say", "allegedly", "accused", "according to");
    ``source`` is the actor it attributes the event to, None where the text names nobody ("reportedly")."""

    cue: str
    source: Mention | None = None


@dataclass(frozen=True, slots=True)
class EventMention:
    """One article's mention of something happening: its trigger word, a short label, who, to whom, where and when.

    ``span`` and ``text`` are the article's wording, from the first word of the label to the last; ``trigger`` is the
    word that names what happened ("counter-offensives" in "the military launched … counter-offensives").
    ``quotes`` are the spans of the quotes a speech event introduces: the statements made in it. ``claim`` is set
    when the article attributes the event to a source ("X lied, say the Tories", "allegedly"): it reports that the
    source claims it happened, not that it did. ``salient`` is False for an incidental happening ("checked into a
    clinic", "the game"): a content verb or event noun outside the typed tables, kept as data; the merge clusters
    such mentions apart and never shows them (``Story.incidental``). ``past`` is True when its trigger is a verb told
    in a plain past, read from the parse (``graph.extract.time_tense.told_in_past``: "met", "has met", not "will be
    named", "when it is ratified"): undated, it happened by the time its article was published.
    """

    span: Span
    text: str
    sentence: Span
    trigger: Span
    lemma: str
    label: str
    type: EventType
    agents: tuple[Mention, ...] = ()
    patients: tuple[Mention, ...] = ()
    places: tuple[Mention, ...] = ()
    time: TimeExpr | None = None
    quotes: tuple[Span, ...] = ()
    claim: Claim | None = None
    salient: bool = True
    past: bool = False
    things: tuple[str, ...] = ()
    """The lemmas of what a verb was done to that is no one ("condolences" of "offered his condolences", "money" for
    a sum): history an article recalls is not its news of one doer's act upon another thing (``graph.merge``)."""


@dataclass(frozen=True, slots=True)
class RelationMention:
    """A relation in time the article states between two of its events, with the words that state it."""

    source: Span
    """The ``trigger`` span of the first event: A in "A after B"."""
    target: Span
    type: RelationType
    words: str


@dataclass(slots=True)
class ArticleFacts:
    """Everything the extractors found in one article."""

    article: Article
    mentions: list[Mention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    events: list[EventMention] = field(default_factory=list)
    relations: list[RelationMention] = field(default_factory=list)
