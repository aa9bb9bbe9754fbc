"""Speech events: the reporting verb of each quote is an event of speaking, typed by its medium when there is one
("the letter said": the letter). The statements made in it link to it through ``quotes``; a quote whose sentence has
no reporting verb continues the speech of the quote before it, when the speaker is the same.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from graph.extract.attribution import DOCUMENT_NOUNS, OUTLET_VERBS
from graph.extract.event_context import EventContext, Found, event_mention
from graph.extract.event_participants import places
from graph.extract.event_syntax import label, lemma_of, qualifiers
from graph.extract.event_time import event_time
from graph.extract.event_words import NOUN_TYPES, SPEECH_VERBS
from graph.model import EventType, Mention, Quote

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

MEDIUM_PREPOSITIONS = frozenset({"in", "through", "via"})
"""Said "in a letter", "through a statement", "via a post"."""
COPY_NOUNS = frozenset({"translation", "copy", "version", "text"})
"""Nouns that stand for the document of their "of": "a copy of the letter" is the letter."""


def speech_events(context: EventContext, quotes: Sequence[Quote]) -> tuple[list[Found], set[int]]:
    """One event per reporting verb that introduces quotes, and the tokens of the documents they were said in (the
    letter of "the letter said", an event only through this speech)."""
    found: list[Found] = []
    media: set[int] = set()
    for verb, said in _by_verb(context.doc, quotes):
        medium = _petition(verb)
        if medium is None and (medium := _document(verb)) is not None:
            media.add(medium.i)
        found.append(_speech_event(context, verb, said, medium))
    return found, media


def _by_verb(doc: Doc, quotes: Sequence[Quote]) -> list[tuple[Token, list[Quote]]]:
    """The quotes grouped by the reporting verb introducing them, in the order of the verbs' first quotes."""
    by_verb: dict[int, tuple[Token, list[Quote]]] = {}
    previous: int | None = None
    for quote in quotes:
        verb = _speech_verb(doc, quote)
        if verb is None:
            if previous is not None and by_verb[previous][1][-1].speaker == quote.speaker:
                by_verb[previous][1].append(quote)
            continue
        by_verb.setdefault(verb.i, (verb, []))[1].append(quote)
        previous = verb.i
    return list(by_verb.values())


def _speech_event(context: EventContext, verb: Token, said: list[Quote], medium: Token | None) -> Found:
    """The event of ``verb`` saying ``said``: named by its medium when it has one ("open letter from MPs")."""
    # in the order the quotes give them (a set's order would change with the hash seed)
    agents = _distinct(q.speaker for q in said)
    who = re.sub(r"^(?:the|The)\s+", "", agents[0].text) if agents else ""
    if medium is None:
        trigger, lemma, kind, name = verb, verb.lemma_.lower(), EventType.SPEECH, f"{who} {verb.text}".strip()
    else:
        trigger, lemma = medium, lemma_of(medium)
        kind = NOUN_TYPES.get(lemma, EventType.SPEECH)
        name = label([*qualifiers(medium), medium]) + (f" from {who}" if who else "")
    time = next((q.time for q in said if q.time is not None), None) or event_time(context.dated, verb, verb)
    mention = event_mention(
        context.article,
        [verb] if medium is None else [verb, medium],
        trigger,
        lemma=lemma,
        label=name,
        kind=kind,
        agents=agents,
        patients=_distinct(q.addressee for q in said),
        places=places(context, verb),
        time=time,
        quotes=tuple(q.span for q in said),
    )
    return Found(mention, verb, verb)


def _distinct(mentions: Iterable[Mention | None]) -> tuple[Mention, ...]:
    return tuple(m for m in dict.fromkeys(mentions) if m is not None)


def _speech_verb(doc: Doc, quote: Quote) -> Token | None:
    """The reporting verb of the quote's sentence: the speaker's own before an outlet's ("told Reuters"), the one
    nearest the middle of the quote among equals."""
    sentence = doc.char_span(quote.sentence.start, quote.sentence.end, alignment_mode="expand")
    if sentence is None:
        return None
    candidates = [t for t in sentence if _reports(t, quote)]
    if not candidates:
        return None
    middle = (quote.span.start + quote.span.end) // 2
    return min(
        _speakers_own(candidates, quote.speaker) or candidates,
        key=lambda t: (t.lemma_.lower() in OUTLET_VERBS, abs(t.idx - middle)),
    )


def _reports(token: Token, quote: Quote) -> bool:
    """Whether ``token`` is a reporting verb, not negated, outside the quote's own words."""
    if token.pos_ not in {"VERB", "AUX"} or token.lemma_.lower() not in SPEECH_VERBS:
        return False
    if quote.direct and quote.span.start <= token.idx < quote.span.end:
        return False
    return not any(c.dep_ == "neg" for c in token.children)


def _speakers_own(candidates: list[Token], speaker: Mention | None) -> list[Token]:
    """The candidates whose phrase holds the speaker, other than an outlet's verb ("said", not "reported")."""
    if speaker is None:
        return []
    own = [t for t in candidates if any(speaker.span.start <= c.idx < speaker.span.end for c in t.subtree)]
    return [t for t in own if t.lemma_.lower() not in OUTLET_VERBS]


def _petition(verb: Token) -> Token | None:
    """A document the verb describes: "a petition calling for …" (the petition is an event of its own too)."""
    return verb.head if verb.dep_ == "acl" and verb.head.lemma_.lower() in DOCUMENT_NOUNS else None


def _document(verb: Token) -> Token | None:
    """The document the words were said in, when the verb's own phrase names it ("the letter said")."""
    for child in verb.children:
        noun = _medium_noun(child)
        if noun is not None and noun.lemma_.lower() in DOCUMENT_NOUNS:
            return noun
    return None


def _medium_noun(child: Token) -> Token | None:
    """The noun a child of a reporting verb names as the medium: its subject, or the object of "in/through/via"."""
    if child.dep_ == "prep" and child.lower_ in MEDIUM_PREPOSITIONS:
        noun = next((c for c in child.children if c.dep_ == "pobj"), child)
    elif child.dep_ in {"nsubj", "nsubjpass"}:
        noun = child
    else:
        return None
    return _through_copies(noun)


def _through_copies(noun: Token) -> Token:
    """The document a copy noun stands for: "a copy of the letter" -> "letter"; ``noun`` when it is no copy."""
    while noun.lemma_.lower() in COPY_NOUNS:
        document = next((c for p in noun.children if p.lower_ == "of" for c in p.children), None)
        if document is None:  # "said in translation": a copy of nothing named
            return noun
        noun = document
        if noun.dep_ != "pobj":
            break
    return noun
