"""Relations in time the syntax states between two events of one article: "[B] just a day after [A]", "[B] as [A]",
"[B] during [A]". The words that state a relation are kept with it."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from graph.extract.event_context import Found
from graph.extract.event_syntax import children, event_object, same
from graph.extract.event_words import RELATION_MARKERS
from graph.model import RelationMention

if TYPE_CHECKING:
    from spacy.tokens import Token

SITUATING_PREPOSITIONS = frozenset({"during", "amid", "after", "before"})
"""Prepositions whose object is an event that situates the clause they modify: "[A] during [B]"."""


def relations(found: Sequence[Found]) -> Iterator[RelationMention]:
    """The relations between ``found`` events that subordinate clauses and prepositions state, in event order."""
    by_anchor: dict[int, list[Found]] = {}
    for event in found:
        by_anchor.setdefault(event.anchor.i, []).append(event)
    by_trigger = {f.trigger.i: f for f in found}
    for event in found:
        yield from _clause_relations(event, by_anchor)
        yield from _preposition_relations(event, by_anchor, by_trigger)


def _clause_relations(event: Found, by_anchor: dict[int, list[Found]]) -> Iterator[RelationMention]:
    """The event of a subordinate clause related to the events of the clause it modifies: "[B] after [A]"."""
    clause = event.anchor
    for marker in markers(clause, event.trigger):
        kind = RELATION_MARKERS[marker.lower_]
        main = _main_events(clause, by_anchor, event)
        words = clause.doc[min(marker.i, marker.left_edge.i, *(x.i for x in _marker_phrase(marker))) : marker.i + 1]
        for other in main:
            yield RelationMention(other.mention.trigger, event.mention.trigger, kind, words.text)


def _preposition_relations(
    event: Found, by_anchor: dict[int, list[Found]], by_trigger: dict[int, Found]
) -> Iterator[RelationMention]:
    """An event noun in "during/amid/after/before" related to the events of the word the preposition modifies."""
    if event.trigger.dep_ != "pobj" or event.trigger.head.lower_ not in SITUATING_PREPOSITIONS:
        return
    prep = event.trigger.head
    head = by_anchor.get(prep.head.i, []) + ([by_trigger[prep.head.i]] if prep.head.i in by_trigger else [])
    for other in dict.fromkeys(h for h in head if h is not event):
        yield RelationMention(other.mention.trigger, event.mention.trigger, RELATION_MARKERS[prep.lower_], prep.text)


def markers(clause: Token, trigger: Token) -> list[Token]:
    """Relation words introducing the subordinate clause of ``clause`` ("as", "after", "a day after")."""
    if clause.dep_ == "pcomp":
        return [clause.head] if clause.head.lower_ in RELATION_MARKERS else []
    if clause.dep_ != "advcl":
        return []
    found = [c for c in children(clause, "mark") if c.lower_ in RELATION_MARKERS]
    for child in clause.children:  # "just a day after": npadvmod -> prep "after"
        if child.dep_ == "npadvmod":
            found += [p for p in children(child, "prep") if p.lower_ in RELATION_MARKERS]
        if child.dep_ == "prep" and child.lower_ in {"after", "before"} and child.i < trigger.i:
            found.append(child)
    return found


def _marker_phrase(marker: Token) -> list[Token]:
    return [marker.head, *marker.head.lefts] if marker.head.dep_ == "npadvmod" else [marker]


def _main_events(clause: Token, by_anchor: dict[int, list[Found]], event: Found) -> list[Found]:
    """The salient events of the clause ``clause`` modifies, other than ``event``: an incidental one ("joined" of
    "joined in calling for …") does not stand for its clause."""
    head = clause.head.head if clause.dep_ == "pcomp" else clause.head
    while head.dep_ in {"prep", "pcomp", "pobj"} and head.head.i != head.i:
        head = head.head
    # a light verb's complement carries its event: "[B: joined in calling …] a day after [A]"
    places = [head, *children(head, "xcomp")]
    places += [p for c in children(head, "prep") for p in children(c, "pcomp")]
    for place in places:
        main = [
            f for f in by_anchor.get(place.i, []) if f is not event and f.mention.salient and _heads_clause(f, place)
        ]
        if main:
            return main
    return []


def _heads_clause(event: Found, verb: Token) -> bool:
    """The clause's own event: its verb, the event noun of a light verb, or the subject of "comes", "began"."""
    if event.trigger.i == verb.i or same(event_object(verb), event.trigger):
        return True
    subject = event.trigger.dep_ == "nsubj" and event.trigger.head.i == verb.i
    return subject and not any(c.dep_ == "dobj" for c in verb.children)
