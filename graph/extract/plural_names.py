"""Names the entity recogniser missed that a news story writes as a capitalised plural inside a sentence: a team, a
club or a band ("the Harriers beat the Ospreys", "a win over the Red Larks", "the Ospreys' coach").

Inside a sentence, after a word or a comma, a capital letter is the writer's: a plural so written is the name of a
body, not the common noun it is spelled like (the harriers of a hunt are no team). Such a name becomes a mention of an
organisation, as a tagged one is, and the merge joins it with the longer name the story gives it ("Dorchester
Harriers"). Words of a title-case line are capitalised for the line, not for the name, and are left alone; so are the
first word of a sentence, the names of events ("the Games", "the Olympics"), a plural of a surname the article gives a
person ("the Hales" beside Tom Hale: a family) and a name that modifies another noun ("the Harriers quarterback").
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from graph.extract.actor_words import WORK_HEADS
from graph.extract.headlines import TitleCaseLines
from graph.model import ActorKind, Article, Mention, Span
from graph.names import surname

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as DocSpan

PLURAL_TAGS = frozenset(["NNPS", "NNS"])
MODIFYING = frozenset(["compound", "amod", "nmod", "npadvmod"])
"""Dependencies of a noun that modifies another ("the Harriers quarterback"): a name there is an attribute."""


def plural_names(doc: Doc, article: Article, mentions: Sequence[Mention]) -> Iterator[Mention]:
    """Each capitalised plural inside a sentence that no mention holds and the recogniser did not tag, with the
    capitalised words before it that make its name ("Red Larks"), as a mention of an organisation."""
    lines = TitleCaseLines(doc)
    families = {surname(m.text) for m in mentions if m.kind is ActorKind.PERSON and len(m.text.split()) > 1}
    ordered = sorted(mentions, key=lambda m: m.span.start)
    starts = [m.span.start for m in ordered]
    for token in doc:
        name = plural_name(token)
        if name is None or lines.hold(name) or _family(name.text, families):
            continue
        span = Span(name.start_char, name.end_char)
        n = bisect_right(starts, span.end) - 1
        if any(ordered[i].span.end > span.start for i in range(max(0, n - 3), n + 1) if n >= 0):
            continue
        if article.in_body(span):
            yield Mention(span, span.slice(article.text), ActorKind.ORGANIZATION)


def plural_name(token: Token) -> DocSpan | None:
    """The name ``token`` ends, if it is a capitalised plural the recogniser left untagged, heading its noun phrase
    after a word or a comma of its sentence."""
    if token.tag_ not in PLURAL_TAGS or not token.is_title or not token.is_alpha or token.ent_type_:
        return None
    if token.dep_ in MODIFYING or token.text in WORK_HEADS:
        return None
    doc, start = token.doc, token.i
    while start > token.sent.start and _joins_name(doc[start - 1], token):
        start -= 1
    if start == token.sent.start:
        return None
    before = doc[start - 1]
    if not (before.is_alpha or before.text == ","):
        return None
    return doc[start : token.i + 1]


def _joins_name(word: Token, head: Token) -> bool:
    """Whether a capitalised word right before a plural name is part of it ("Red" of "Red Larks")."""
    untagged = word.is_title and word.is_alpha and not word.ent_type_
    return untagged and word.dep_ in {"compound", "amod"} and word.head == head


def _family(name: str, surnames: set[str]) -> bool:
    """Whether a one-word plural is that of a surname the article gives a person in full ("Hales" beside Tom Hale)."""
    word = name.lower()
    stems = {word.removesuffix("s"), word.removesuffix("es")}
    return " " not in name and bool(stems & surnames)
