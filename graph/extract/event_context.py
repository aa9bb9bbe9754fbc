"""What the event rules look up in one article, built once per article, and the event they find before it becomes an
:class:`~graph.model.EventMention`."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate
from typing import TYPE_CHECKING

from graph.extract.event_syntax import hyphen_start
from graph.extract.event_time import DatedIndex, dated_index
from graph.extract.time_tense import told_in_past
from graph.model import Article, Claim, EventMention, EventType, Mention, Quote, Span, TimeExpr

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


CLAIM_PATTERNS = frozenset(
    {"content after cue", "content before cue", "content around cue", "according to", "noun content"}
)
"""The patterns of a reported statement whose words are what its speaker claims: not an appeal or an infinitive
("urged Putin to leave …"), whose words are a demand, and whose span may run on into the narrator's own clause."""


@dataclass(frozen=True, slots=True)
class EventContext:
    """One article's parse with its actor mentions, quoted ranges and dated time expressions, indexed by position."""

    doc: Doc
    article: Article
    quoted: list[Quote]
    """The direct quotes, by start."""
    quoted_starts: list[int]
    """The starts of the direct quotes, in order."""
    quoted_reach: list[int]
    """The furthest end of a direct quote up to each start."""
    covering: dict[int, list[Mention]]
    """Character -> the mentions holding it, in their order."""
    dated: DatedIndex
    reported: list[Quote]
    """The reported statements (indirect quotes) of :data:`CLAIM_PATTERNS`, by start: their words are their speaker's
    claims."""
    reported_starts: list[int]
    reported_reach: list[int]
    """The furthest end of a reported statement up to each one."""
    verbs: frozenset[str]
    """The lemmas of the article's verbs: a noun formed from one of them names its happening ("negotiation")."""


def event_context(
    doc: Doc, article: Article, mentions: Sequence[Mention], times: Sequence[TimeExpr], quotes: Sequence[Quote]
) -> EventContext:
    """The lookups of one article, each built in one pass."""
    quoted = sorted((q for q in quotes if q.direct), key=lambda q: (q.span.start, q.span.end))
    reported = sorted(
        (q for q in quotes if not q.direct and q.pattern in CLAIM_PATTERNS), key=lambda q: (q.span.start, q.span.end)
    )
    covering: dict[int, list[Mention]] = {}
    for mention in mentions:
        for offset in range(mention.span.start, mention.span.end):
            covering.setdefault(offset, []).append(mention)
    return EventContext(
        doc=doc,
        article=article,
        quoted=quoted,
        quoted_starts=[q.span.start for q in quoted],
        quoted_reach=list(accumulate((q.span.end for q in quoted), max)),
        covering=covering,
        dated=dated_index(doc, times),
        reported=reported,
        reported_starts=[q.span.start for q in reported],
        reported_reach=list(accumulate((q.span.end for q in reported), max)),
        verbs=frozenset(t.lemma_.lower() for t in doc if t.pos_ == "VERB"),
    )


def quote_at(context: EventContext, token: Token) -> Quote | None:
    """The direct quote ``token`` lies inside, the last to start where quotes nest: the speaker's words, carried by
    the statement; None outside quotes."""
    before = bisect_right(context.quoted_starts, token.idx)  # the quotes that start at or before the token
    if before == 0 or context.quoted_reach[before - 1] <= token.idx:
        return None
    return next(q for q in reversed(context.quoted[:before]) if q.span.end > token.idx)


@dataclass(frozen=True, slots=True)
class Found:
    """An event before it becomes an :class:`EventMention`: its tokens, kept for relations."""

    mention: EventMention
    anchor: Token
    """The verb whose clause the event lives in: the trigger itself, or the verb governing the event noun."""
    trigger: Token


def event_mention(
    article: Article,
    tokens: Sequence[Token],
    trigger: Token,
    *,
    lemma: str,
    label: str,
    kind: EventType,
    agents: tuple[Mention, ...],
    patients: tuple[Mention, ...],
    places: tuple[Mention, ...],
    time: TimeExpr | None,
    quotes: tuple[Span, ...] = (),
    claim: Claim | None = None,
    salient: bool = True,
    things: tuple[str, ...] = (),
) -> EventMention:
    """The mention spanning ``tokens``; a participant is named once, as agent before patient before place."""
    start = min(t.idx for t in tokens)
    end = max(t.idx + len(t) for t in tokens)
    sentence = trigger.sent
    first = hyphen_start(trigger)
    return EventMention(
        span=Span(start, end),
        text=article.text[start:end],
        sentence=Span(sentence.start_char, sentence.end_char),
        trigger=Span(first.idx, trigger.idx + len(trigger)),
        lemma=lemma,
        label=label,
        type=kind,
        agents=agents,
        patients=tuple(p for p in patients if p not in agents),
        places=tuple(p for p in places if p not in agents and p not in patients),
        time=time,
        quotes=quotes,
        claim=claim,
        salient=salient,
        past=told_in_past(trigger),
        things=things,
    )
