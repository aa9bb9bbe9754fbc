"""Surnames the entity recogniser missed: a news story names a person in full once ("Ann Lee") and by the surname
after that ("Lee, who was 26, ..."), and the recogniser does not always tag the surname again, most often at the
start of a sentence. Each such surname becomes a mention of a person, as the tagged ones are, and the merge joins it
to the full name as it joins those (:mod:`graph.merge.people`)."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from graph.model import ActorKind, Article, Mention, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def untagged_surnames(doc: Doc, article: Article, mentions: Sequence[Mention]) -> Iterator[Mention]:
    """Each proper noun of the body, outside every mention and every name the recogniser tagged, that is written as
    the surname of a person the article names in full before it, and is no part of a longer name ("Lee Industries")."""
    first_named = _surnames_named_in_full(mentions)
    if not first_named:
        return
    ordered = sorted(mentions, key=lambda m: m.span.start)
    starts = [m.span.start for m in ordered]
    for token in doc:
        named_at = first_named.get(token.text)
        if named_at is None or named_at >= token.idx or token.ent_type_ or not _alone(token):
            continue
        span = Span(token.idx, token.idx + len(token.text))
        n = bisect_right(starts, span.start) - 1
        if n >= 0 and ordered[n].span.end > span.start:
            continue
        if article.in_body(span):
            yield Mention(span, token.text, ActorKind.PERSON)


def _surnames_named_in_full(mentions: Sequence[Mention]) -> dict[str, int]:
    """The surnames of the people ``mentions`` name in full, each with where its first full name starts."""
    first_named: dict[str, int] = {}
    for m in mentions:
        words = m.text.split()
        if m.kind is ActorKind.PERSON and m.refers is None and len(words) > 1 and words[-1][:1].isupper():
            first_named[words[-1]] = min(first_named.get(words[-1], m.span.start), m.span.start)
    return first_named


def _alone(token: Token) -> bool:
    """Whether a proper noun is a name by itself: no other proper noun makes a longer name with it."""
    if token.pos_ != "PROPN" or (token.dep_ == "compound" and token.head.pos_ == "PROPN"):
        return False
    return not any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in token.children)
