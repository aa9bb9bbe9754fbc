"""Pronouns that stand for an actor the article has named: "Ann Lee resigned on Monday. She had led the board" makes
"She" a mention of Ann Lee.

The antecedent is read as a speaker's is (:class:`graph.extract.speakers.Attribution`): the fitting subject of the
nearest sentence before that has one, else the nearest fitting actor, with the sex an honorific gives a surname. A
pronoun inside quoted words is left alone (there "he" is whoever the speaker means), as is one that finds no named
antecedent.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from graph.extract.attribution import PERSONAL_PRONOUNS
from graph.extract.speakers import Attribution
from graph.model import Article, Mention, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc


def extract_references(doc: Doc, article: Article, context: Attribution) -> Iterator[tuple[Mention, Mention]]:
    """Each third-person pronoun of the narration that stands for a named actor, as a mention that ``refers`` to
    the antecedent's span, with the antecedent."""
    for token in doc:
        wanted = PERSONAL_PRONOUNS.get(token.lower_)
        if wanted is None:
            continue
        span = Span(token.idx, token.idx + len(token.text))
        if not article.in_body(span) or context.in_quote(span):
            continue
        antecedent = context.resolve(Mention(span, token.text, wanted), token)
        if antecedent.span == span or not _named(antecedent):
            continue
        yield Mention(span, token.text, antecedent.kind, refers=antecedent.span), antecedent


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
