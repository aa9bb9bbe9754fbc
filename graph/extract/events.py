"""Events: what happened, named by a verb or an eventive noun, with who did it, to whom, where and when, and the
relations in time the text states between them.

The work is split by concern: speech events come from the quotes (:mod:`graph.extract.speech_events`); the other
events from their triggers, verbs and event nouns (:mod:`graph.extract.event_triggers`), with participants and places
from :mod:`graph.extract.event_participants` and the time of their clause from :mod:`graph.extract.event_time`;
relations from :mod:`graph.extract.event_relations`. What the parse says about a single token is in
:mod:`graph.extract.event_syntax`, which words of violence name words and which verbs a state in
:mod:`graph.extract.event_figures`, the word tables in :mod:`graph.extract.event_words`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from graph.extract.event_context import event_context
from graph.extract.event_relations import relations
from graph.extract.event_syntax import TRIGGER_POS
from graph.extract.event_triggers import event_at
from graph.extract.speech_events import speech_events
from graph.model import Article, EventMention, Mention, Quote, RelationMention, Span, TimeExpr

if TYPE_CHECKING:
    from spacy.tokens import Doc


def extract_events(
    doc: Doc, article: Article, mentions: Sequence[Mention], times: Sequence[TimeExpr], quotes: Sequence[Quote]
) -> tuple[list[EventMention], list[RelationMention]]:
    """The events of one article and the relations in time its text states between them, in text order.

    A reporting verb, and a document it was said in ("the letter said"), make one speech event and no event of their
    own."""
    context = event_context(doc, article, mentions, times, quotes)
    found, media = speech_events(context, quotes)
    absorbed = {f.trigger.i for f in found} | {f.anchor.i for f in found} | media
    for token in doc:
        if token.pos_ not in TRIGGER_POS or token.i in absorbed:
            continue  # event_at takes no other part of speech
        if not article.in_body(Span(token.idx, token.idx + len(token))):
            continue
        event = event_at(context, token)
        if event is not None:
            found.append(event)
    found.sort(key=lambda f: f.trigger.i)
    return [f.mention for f in found], list(relations(found))
