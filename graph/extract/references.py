"""Pronouns that stand for an actor the article has named: "Ann Lee resigned on Monday. She had led the board" makes
"She" a mention of Ann Lee.

A personal or reflexive pronoun's antecedent is read as a speaker's is (:class:`graph.extract.speakers.Attribution`):
the fitting subject of the nearest sentence before that has one, else the nearest fitting actor, with the sex an
honorific gives a surname. A relative "who" stands for the name its clause describes ("Tom Hill, who chairs the
board"). A pronoun inside quoted words is left alone (there "he" is whoever the speaker means), as is one that finds
no named antecedent.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from graph.extract.attribution import PERSONAL_PRONOUNS
from graph.extract.speakers import Attribution, described
from graph.model import ActorKind, Article, Mention, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

REFLEXIVES = {"himself": "he", "herself": "she", "themselves": "they"}
"""Reflexive pronouns, with the personal pronoun whose antecedent they share ("Lee checked herself in")."""
RELATIVES = frozenset({"who", "whom", "whose"})
"""Relative pronouns of people: they stand for the noun their clause describes."""


def extract_references(
    doc: Doc, article: Article, mentions: Sequence[Mention], context: Attribution
) -> Iterator[tuple[Mention, Mention]]:
    """Each pronoun of the narration that stands for a named actor, as a mention that ``refers`` to the antecedent's
    span, with the antecedent."""
    ordered = sorted(mentions, key=lambda m: m.span.start)
    starts = [m.span.start for m in ordered]
    for token in doc:
        span = Span(token.idx, token.idx + len(token.text))
        if not article.in_body(span) or context.in_quote(span):
            continue
        antecedent = _antecedent(token, span, context, ordered, starts)
        if antecedent is not None and antecedent.span != span and _named(antecedent):
            yield Mention(span, token.text, antecedent.kind, refers=antecedent.span), antecedent


def _antecedent(
    token: Token, span: Span, context: Attribution, ordered: Sequence[Mention], starts: Sequence[int]
) -> Mention | None:
    lower = token.lower_
    if lower in PERSONAL_PRONOUNS:
        return context.resolve(Mention(span, token.text, PERSONAL_PRONOUNS[lower]), token)
    if lower in REFLEXIVES:
        personal = REFLEXIVES[lower]
        return context.antecedent(Mention(span, personal, PERSONAL_PRONOUNS[personal]), PERSONAL_PRONOUNS[personal])
    if lower in RELATIVES:
        noun = described(token)
        if noun is None:
            return None
        n = bisect_right(starts, noun.idx) - 1
        if n >= 0 and noun.idx < ordered[n].span.end and ordered[n].kind in {ActorKind.PERSON, ActorKind.GROUP}:
            return ordered[n]
    return None


def with_references(mentions: Sequence[Mention], references: Sequence[tuple[Mention, Mention]]) -> list[Mention]:
    """``mentions`` with the pronouns that stand for them, and the antecedents read from the text that were not
    among them yet (a proper name the recogniser missed)."""
    seen = {m.span for m in mentions}
    out = list(mentions)
    for pronoun, antecedent in references:
        for mention in (antecedent, pronoun):
            if mention.span not in seen:
                seen.add(mention.span)
                out.append(mention)
    return out


def _named(mention: Mention) -> bool:
    """Whether an antecedent is a name ("Ann Lee", "The Ohio senator" opening a sentence), not another pronoun."""
    return mention.text[:1].isupper() and mention.text.lower() not in PERSONAL_PRONOUNS
