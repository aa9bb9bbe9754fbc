"""Events: what happened, named by a verb or an eventive noun, with who did it, to whom, where and when.

A trigger is a verb or a nominalisation ("offensive", "petition", "resignation") that the dependency parse puts in
an event reading: not negated, not under a modal or an "if", not the content of a demand ("calling for his
resignation", "urged Putin to resign"), not inside quoted words (those are the speaker's claims, carried by the
statement). Typed lemmas come from :mod:`graph.extract.event_words`; other verbs count only in the past or perfect
with a noun as subject or object, and never copulas, states or reporting verbs: "seems", "wants" and "is" are no
events. A light verb ("launched a counteroffensive", "signed a petition") lends its subject, tense and time to the
noun it governs.

Speech events come from the quotes: the reporting verb of each quote is an event of speaking, typed by its medium
when there is one ("the letter said": the letter). The statements made in it link to it through ``quotes``.

Participants are actor mentions (the extractor's own, or new ones for a named or collective noun such as "the
Ukrainian military"); places are named locations in "in/near/around X"; time is the time expression of the same
clause (or one written into the noun phrase: "his February 24th “special military operation”"), never the
publication date.
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import accumulate
from typing import TYPE_CHECKING

from graph.extract.actors import mention_at
from graph.extract.attribution import DOCUMENT_NOUNS
from graph.extract.event_words import (
    ACTOR_NOUNS,
    AGENT_PREPOSITIONS,
    BODIES,
    CONDITIONS,
    CONTAINER_NOUNS,
    HYPOTHETICAL_HEADS,
    LIGHT_VERBS,
    MODALS,
    NAMED_ENTITIES,
    NOUN_TYPES,
    OUTLET_VERBS,
    PATIENT_PREPOSITIONS,
    PLACE_ENTITIES,
    PLACE_PREPOSITIONS,
    QUALIFIED_NOUNS,
    QUALIFIERS,
    RELATION_MARKERS,
    SPEECH_VERBS,
    STOP_VERBS,
    VERB_TYPES,
)
from graph.model import (
    ActorKind,
    Article,
    EventMention,
    EventType,
    Granularity,
    Mention,
    Quote,
    RelationMention,
    Span,
    TimeExpr,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


@dataclass(frozen=True, slots=True)
class _Found:
    """An event before it becomes an :class:`EventMention`: its tokens, kept for relations."""

    mention: EventMention
    anchor: Token
    """The verb whose clause the event lives in: the trigger itself, or the verb governing the event noun."""
    trigger: Token


def extract_events(
    doc: Doc, article: Article, mentions: Sequence[Mention], times: Sequence[TimeExpr], quotes: Sequence[Quote]
) -> tuple[list[EventMention], list[RelationMention]]:
    """The events of one article and the relations in time its text states between them, in text order."""
    context = _Context(doc, article, mentions, times, quotes)
    found = context.speech_events()
    absorbed = {f.trigger.i for f in found} | {f.anchor.i for f in found} | context.media
    for token in doc:
        if token.pos_ not in TRIGGER_POS or token.i in absorbed:
            continue  # event_at takes no other part of speech
        if not article.in_body(Span(token.idx, token.idx + len(token))):
            continue
        event = context.event_at(token)
        if event is not None:
            found.append(event)
    found.sort(key=lambda f: f.trigger.i)
    return [f.mention for f in found], list(_relations(found))


TRIGGER_POS = frozenset({"VERB", "NOUN", "PROPN", "ADJ"})
"""The parts of speech an event's trigger can have: a verb, or a noun or adjective naming what happened."""


def lemma_of(token: Token) -> str:
    """The trigger lemma with hyphens and case gone: "Counter-offensives" -> "counteroffensive"."""
    words = [token]
    if token.i >= 2 and token.nbor(-1).text == "-" and token.nbor(-1).whitespace_ == "":
        words = [token.nbor(-2), token]
    text = "".join(w.lemma_.lower() if w.i == token.i else w.lower_ for w in words)
    return re.sub(r"[^a-z]", "", text)


def event_type(lemma: str, verb: bool) -> EventType | None:
    """The type a trigger lemma names, or None when the tables do not know it."""
    return (VERB_TYPES if verb else NOUN_TYPES).get(lemma)


class _Context:
    def __init__(
        self,
        doc: Doc,
        article: Article,
        mentions: Sequence[Mention],
        times: Sequence[TimeExpr],
        quotes: Sequence[Quote],
    ) -> None:
        self.doc, self.article, self.mentions, self.quotes = doc, article, mentions, quotes
        quoted = sorted((q.span.start, q.span.end) for q in quotes if q.direct)
        self.quoted_starts = [start for start, _ in quoted]
        self.quoted_reach = list(accumulate((end for _, end in quoted), max))  # furthest end up to each quote
        spans = [(t, doc.char_span(t.span.start, t.span.end, alignment_mode="expand")) for t in times]
        self.dated = [(t, span) for t, span in spans if span is not None and _dates(t)]
        # each looked up by token, not scanned for each event: one article's cost stays linear in its length
        self.dated_at: dict[int, int] = {}  # token -> the first dated expression holding it
        self.dated_ending: dict[int, list[int]] = {}  # token after an expression -> the expressions
        self.dated_in: dict[int, int] = {}  # clause head -> the first dated expression of its clause
        for n, (_, span) in enumerate(self.dated):
            for token in span:
                self.dated_at.setdefault(token.i, n)
            self.dated_ending.setdefault(span.end, []).append(n)
            if (head := _clause_head(span.root)) is not None:
                self.dated_in.setdefault(head.i, n)
        self.covering: dict[int, list[Mention]] = {}  # character -> the mentions holding it, in their order
        for mention in mentions:
            for offset in range(mention.span.start, mention.span.end):
                self.covering.setdefault(offset, []).append(mention)
        self.media: set[int] = set()

    # -- speech events ------------------------------------------------------------------------------------------

    def speech_events(self) -> list[_Found]:
        """One event per reporting verb that introduces quotes; continued quotes join the previous one."""
        by_verb: dict[int, tuple[Token, list[Quote]]] = {}
        previous: int | None = None
        for quote in self.quotes:
            verb = self._speech_verb(quote)
            if verb is None:
                if previous is not None and by_verb[previous][1][-1].speaker == quote.speaker:
                    by_verb[previous][1].append(quote)
                continue
            by_verb.setdefault(verb.i, (verb, []))[1].append(quote)
            previous = verb.i
        found = []
        for verb, quotes in by_verb.values():
            first = quotes[0]
            medium = self._medium(verb, first)
            lemma = lemma_of(medium) if medium is not None else verb.lemma_.lower()
            # in the order the quotes give them (a set's order would change with the hash seed)
            agents = tuple(m for m in dict.fromkeys(q.speaker for q in quotes) if m is not None)
            patients = tuple(m for m in dict.fromkeys(q.addressee for q in quotes) if m is not None)
            tokens = [verb, *([medium] if medium is not None else [])]
            who = re.sub(r"^(?:the|The)\s+", "", agents[0].text) if agents else ""
            if medium is not None:
                label = _label([*self._qualifiers(medium), medium]) + (f" from {who}" if who else "")
            else:
                label = f"{who} {verb.text}".strip()
            time = next((q.time for q in quotes if q.time is not None), None) or self._time(verb, verb, [])
            mention = self._mention(
                tokens, verb if medium is None else medium, lemma, label,
                NOUN_TYPES.get(lemma, EventType.SPEECH) if medium is not None else EventType.SPEECH,
                agents, patients, self._places(verb), time, tuple(q.span for q in quotes),
            )  # fmt: skip
            found.append(_Found(mention, verb, verb))
        return found

    def _speech_verb(self, quote: Quote) -> Token | None:
        sentence = self.doc.char_span(quote.sentence.start, quote.sentence.end, alignment_mode="expand")
        if sentence is None:
            return None
        candidates = [
            t
            for t in sentence
            if t.pos_ in {"VERB", "AUX"}
            and t.lemma_.lower() in SPEECH_VERBS
            and not (quote.direct and quote.span.start <= t.idx < quote.span.end)
            and not any(c.dep_ == "neg" for c in t.children)
        ]
        if not candidates:
            return None
        speaker = quote.speaker
        if speaker is not None:
            own = [t for t in candidates if any(speaker.span.start <= c.idx < speaker.span.end for c in t.subtree)]
            own = [t for t in own if t.lemma_.lower() not in OUTLET_VERBS]
            if own:
                candidates = own
        middle = (quote.span.start + quote.span.end) // 2
        return min(candidates, key=lambda t: (t.lemma_.lower() in OUTLET_VERBS, abs(t.idx - middle)))

    def _medium(self, verb: Token, quote: Quote) -> Token | None:
        """The document the words were said in, when the verb's own phrase names it ("the letter said")."""
        if verb.dep_ == "acl" and verb.head.lemma_.lower() in DOCUMENT_NOUNS:
            return verb.head  # "a petition calling for …": the petition is an event of its own too
        for child in verb.children:
            noun = child
            if child.dep_ == "prep" and child.lower_ in {"in", "through", "via"}:
                noun = next((c for c in child.children if c.dep_ == "pobj"), child)
            elif child.dep_ not in {"nsubj", "nsubjpass"}:
                continue
            while noun.lemma_.lower() in {"translation", "copy", "version", "text"}:
                noun = next((c for p in noun.children if p.lower_ == "of" for c in p.children), noun)
                if noun.dep_ != "pobj":
                    break
            if noun.lemma_.lower() in DOCUMENT_NOUNS:
                self.media.add(noun.i)
                return noun
        return None

    # -- other events -------------------------------------------------------------------------------------------

    def event_at(self, token: Token) -> _Found | None:
        if self._in_quote(token):
            return None
        if token.pos_ == "VERB" and token.dep_ not in {"amod", "aux", "auxpass"}:
            return self._verb_event(token)
        if token.pos_ in {"NOUN", "PROPN", "ADJ"} and token.dep_ not in {"amod", "compound"}:
            return self._noun_event(token)
        return None

    def _verb_event(self, verb: Token) -> _Found | None:
        lemma = lemma_of(verb)
        typed = event_type(lemma, verb=True)
        if lemma in STOP_VERBS or (lemma in LIGHT_VERBS and (typed is None or _event_object(verb) is not None)):
            return None
        if (lemma == "call" or typed is EventType.SPEECH) and not _appeal(verb):
            return None
        if not self._realis(verb):
            return None
        agents = self._agents(verb)
        patients = self._patients(verb)
        if typed is None and not (_past(verb) and (agents or patients or _nominal_argument(verb))):
            return None
        tokens = [verb, *[c for c in verb.children if c.dep_ == "prt"]]
        tokens += self._chunk_of(verb, {"nsubj", "nsubjpass", "dobj", "agent"})
        for prep in verb.children:  # "called on the Duma", "voted against the bill"; not "on February 24"
            pobj = next((x for x in prep.children if x.dep_ == "pobj"), None)
            if prep.dep_ == "prep" and prep.lower_ in {"on", "for", "against"} and pobj is not None:
                tokens += [prep, *self._chunk(pobj)] if pobj.ent_type_ not in {"DATE", "TIME"} else []
        subjects = [c for c in verb.children if c.dep_ == "nsubj"] or _stranded_subject(verb)
        tokens += [t for s in subjects for t in self._chunk(s)]
        places = self._places(verb) + tuple(p for s in subjects for p in self._places(s))  # "MPs in St. Petersburg"
        mention = self._mention(
            tokens, verb, lemma, _label(tokens), typed or EventType.OTHER, agents, patients,
            places, self._time(verb, verb, []), (),
        )  # fmt: skip
        return _Found(mention, verb, verb)

    def _noun_event(self, noun: Token) -> _Found | None:
        lemma = lemma_of(noun)
        typed = event_type(lemma, verb=False)
        qualifiers = QUALIFIED_NOUNS.get(lemma)
        if qualifiers is not None and any(c.lower_ in qualifiers for c in noun.children):
            typed = EventType.CONFLICT
        if typed is None or noun.ent_type_ in NAMED_ENTITIES:
            return None
        governor = _governor(noun)
        light = governor if governor is not None and governor.lemma_.lower() in LIGHT_VERBS else None
        if light is not None and not _same(_event_object(light), noun):
            light = None
        anchor = _clause_head(noun)
        if anchor is not None and not self._realis(anchor, nominal=noun):
            return None
        if _demanded(noun):
            return None
        agents = self._noun_agents(noun) or (self._agents(light) if light is not None else ())
        patients = self._noun_patients(noun)
        tokens = [noun, *self._qualifiers(noun)]
        if light is not None:
            tokens += [light, *self._chunk_of(light, {"nsubj", "nsubjpass"})]
        tokens += [
            t
            for c in noun.children
            if (c.dep_ in {"poss", "compound"} and c.pos_ == "PROPN") or (c.dep_ == "amod" and c.ent_type_)
            for t in [*self._chunk(c), *(x for x in c.children if x.dep_ == "case")]
        ]
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ in PATIENT_PREPOSITIONS | AGENT_PREPOSITIONS:
                pobj = next((x for x in prep.children if x.dep_ == "pobj"), None)
                if pobj is not None and (pobj.pos_ == "PROPN" or pobj.lower_ in ACTOR_NOUNS or pobj.ent_type_):
                    tokens += [prep, *self._chunk(pobj)]
        places = self._places(noun) + (self._places(light) if light is not None else ())
        time = self._time(light or anchor or noun, noun, tokens)
        mention = self._mention(tokens, noun, lemma, _label(tokens), typed, agents, patients, places, time, ())
        return _Found(mention, light or anchor or noun, noun)

    # -- participants -------------------------------------------------------------------------------------------

    def _agents(self, verb: Token) -> tuple[Mention, ...]:
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        subjects += [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        subjects = subjects or _stranded_subject(verb)
        if not subjects and verb.dep_ in {"conj", "advcl", "xcomp"} and verb.tag_ != "VBN":
            subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
        if not subjects and verb.dep_ == "pcomp":  # "joined in calling for …"
            subjects = [c for c in verb.head.head.children if c.dep_ == "nsubj"]
        if verb.dep_ == "relcl" and any(c.lower_ in {"who", "that", "which"} for c in subjects):
            subjects = [verb.head]
        return self._actors(subjects)

    def _patients(self, verb: Token) -> tuple[Mention, ...]:
        objects = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass", "dative"}]
        objects += [p for c in verb.children if c.dep_ == "prep" and c.lower_ in {"against", "on", "upon"}
                    for p in c.children if p.dep_ == "pobj"]  # fmt: skip
        return self._actors(objects)

    def _noun_agents(self, noun: Token) -> tuple[Mention, ...]:
        agents = [c for c in noun.children if c.dep_ in {"poss", "compound"} or (c.dep_ == "amod" and c.ent_type_)]
        agents += [p for c in noun.children if c.dep_ == "prep" and c.lower_ in AGENT_PREPOSITIONS
                   for p in c.children if p.dep_ == "pobj"]  # fmt: skip
        return self._actors(agents)

    def _noun_patients(self, noun: Token) -> tuple[Mention, ...]:
        return self._actors(
            [p for c in noun.children if c.dep_ == "prep" and c.lower_ in PATIENT_PREPOSITIONS
             for p in c.children if p.dep_ == "pobj"]
        )  # fmt: skip

    def _actors(self, tokens: Sequence[Token]) -> tuple[Mention, ...]:
        found: list[Mention] = []
        for token in tokens:
            for member in [token, *[c for c in token.children if c.dep_ == "conj"]]:
                mention = self._actor(member)
                if mention is not None and mention not in found:
                    found.append(mention)
        return tuple(found)

    def _actor(self, token: Token) -> Mention | None:
        """The actor mention covering ``token``, or a new one for a named or collective noun; None otherwise."""
        if covering := self.covering.get(token.idx):
            return covering[0]
        if token.pos_ == "PRON" or token.ent_type_ in {"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY"}:
            return None
        if token.ent_type_ in NAMED_ENTITIES or token.lower_ in ACTOR_NOUNS:
            mention = mention_at(token, self.article)
            if mention.kind is ActorKind.PERSON and token.lower_ in BODIES:  # "the military" is no person
                mention = dataclasses.replace(mention, kind=ActorKind.ORGANIZATION)
            return mention if self.article.in_body(mention.span) else None
        return None

    def _places(self, token: Token | None) -> tuple[Mention, ...]:
        if token is None:
            return ()
        pobjs = [
            p
            for c in token.children
            if c.dep_ == "prep" and c.lower_ in PLACE_PREPOSITIONS
            for p in c.children
            if p.dep_ == "pobj"
        ]
        places: list[Mention] = []
        for pobj in pobjs:
            for t in pobj.subtree:  # "in the Kharkiv region", "in Putin's hometown of St. Petersburg"
                if t.ent_type_ in PLACE_ENTITIES and t.ent_iob_ == "B":
                    mention = self._actor(t)
                    if mention is not None and mention not in places:
                        places.append(mention)
        return tuple(places)

    # -- reading --------------------------------------------------------------------------------------------------

    def _in_quote(self, token: Token) -> bool:
        before = bisect_right(self.quoted_starts, token.idx)  # the quotes that start at or before the token
        return before > 0 and self.quoted_reach[before - 1] > token.idx

    def _realis(self, verb: Token, nominal: Token | None = None) -> bool:
        """Not negated, not modal, not conditional, not wanted or threatened: it happened (or is happening)."""
        for child in verb.children:
            if child.dep_ == "neg" or (child.dep_ == "aux" and child.lower_ in MODALS):
                return False
            if child.dep_ == "mark" and child.lower_ in CONDITIONS:
                return False
        if verb.dep_ in {"xcomp", "ccomp", "advcl", "acl"} and verb.head.lemma_.lower() in HYPOTHETICAL_HEADS:
            return bool(nominal is not None and nominal.head.i == verb.i and verb.lemma_.lower() in LIGHT_VERBS)
        return not (verb.tag_ == "VB" and any(c.lower_ == "to" for c in verb.children) and verb.dep_ != "ROOT")

    def _chunk(self, token: Token | None) -> list[Token]:
        """The noun phrase of ``token`` without determiners or what follows it: "several city MPs"."""
        if token is None:
            return []
        if token.lower_ in {"who", "that", "which"} and token.head.dep_ == "relcl":
            return self._chunk(token.head.head)
        for mention in self.covering.get(token.idx, ()):
            if _is_named(mention):
                span = self.doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
                if span is not None and len(span) <= 5:
                    return [t for t in span if t.dep_ != "det"]
        keep = {"amod", "compound", "nummod", "quantmod", "poss", "case", "nmod"}
        left = [t for c in token.lefts if c.dep_ in keep and c.pos_ != "PRON" for t in c.subtree]
        return [*left, token]

    def _chunk_of(self, verb: Token, deps: set[str]) -> list[Token]:
        tokens: list[Token] = []
        for child in verb.children:
            if child.dep_ in deps:
                tokens += self._chunk(child)
            elif child.dep_ == "agent" and "agent" in deps:
                tokens += [child, *self._chunk(next((p for p in child.children if p.dep_ == "pobj"), None))]
        return tokens

    def _qualifiers(self, noun: Token) -> list[Token]:
        kept = [c for c in noun.children if c.dep_ in {"amod", "compound"} and c.lower_ in QUALIFIERS]
        if noun.i >= 2 and noun.nbor(-1).text == "-" and noun.nbor(-1).whitespace_ == "":
            kept += [noun.nbor(-2), noun.nbor(-1)]  # "counter-offensives"
        return kept

    def _time(self, anchor: Token, trigger: Token, tokens: Sequence[Token]) -> TimeExpr | None:
        """The time expression of the event's clause: inside its noun phrase, just before it, or on its verb."""
        inside = {x.i for x in trigger.subtree if x.i != trigger.i and x.dep_ not in {"relcl", "acl"}}
        held = [self.dated_at[i] for i in inside if i in self.dated_at]
        if held:
            return self.dated[min(held)][0]
        if trigger.pos_ != "VERB":  # "his February 24th “special military operation”", split by the quote mark
            start = min([trigger.i, *(c.left_edge.i for c in trigger.lefts)])
            for n in sorted(n for end in range(start - 2, start + 1) for n in self.dated_ending.get(end, ())):
                time, span = self.dated[n]
                if all(x.is_quote for x in self.doc[span.end : start]):
                    return time
        clause = self.dated_in.get(anchor.i) if anchor is not None else None
        return self.dated[clause][0] if clause is not None else None

    def _mention(
        self,
        tokens: Sequence[Token],
        trigger: Token,
        lemma: str,
        label: str,
        kind: EventType,
        agents: tuple[Mention, ...],
        patients: tuple[Mention, ...],
        places: tuple[Mention, ...],
        time: TimeExpr | None,
        quotes: tuple[Span, ...],
    ) -> EventMention:
        start = min(t.idx for t in tokens)
        end = max(t.idx + len(t) for t in tokens)
        sentence = trigger.sent
        first = _hyphen_start(trigger)
        return EventMention(
            span=Span(start, end),
            text=self.article.text[start:end],
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
        )


def _relations(found: Sequence[_Found]) -> Iterator[RelationMention]:
    """Relations the syntax states: "[B] just a day after [A]", "[B] as [A]", "[B] during [A]"."""
    by_anchor: dict[int, list[_Found]] = {}
    for event in found:
        by_anchor.setdefault(event.anchor.i, []).append(event)
    by_trigger = {f.trigger.i: f for f in found}
    for event in found:
        clause = event.anchor
        for marker in _markers(clause, event.trigger):
            kind = RELATION_MARKERS[marker.lower_]
            main = _main_events(clause, marker, by_anchor, event)
            words = clause.doc[min(marker.i, marker.left_edge.i, *(x.i for x in _marker_phrase(marker))) : marker.i + 1]
            for other in main:
                yield RelationMention(other.mention.trigger, event.mention.trigger, kind, words.text)
        if event.trigger.dep_ == "pobj" and event.trigger.head.lower_ in {"during", "amid", "after", "before"}:
            prep = event.trigger.head
            head = by_anchor.get(prep.head.i, []) + ([by_trigger[prep.head.i]] if prep.head.i in by_trigger else [])
            for other in dict.fromkeys(h for h in head if h is not event):
                yield RelationMention(other.mention.trigger, event.mention.trigger, RELATION_MARKERS[prep.lower_],
                                      prep.text)  # fmt: skip


def _markers(clause: Token, trigger: Token) -> list[Token]:
    """Relation words introducing the subordinate clause of ``clause`` ("as", "after", "a day after")."""
    if clause.dep_ != "advcl" and not (clause.dep_ == "pcomp" and clause.head.lower_ in RELATION_MARKERS):
        return []
    if clause.dep_ == "pcomp":
        return [clause.head]
    found = [c for c in clause.children if c.dep_ == "mark" and c.lower_ in RELATION_MARKERS]
    for child in clause.children:  # "just a day after": npadvmod -> prep "after"
        if child.dep_ == "npadvmod":
            found += [p for p in child.children if p.dep_ == "prep" and p.lower_ in RELATION_MARKERS]
        if child.dep_ == "prep" and child.lower_ in {"after", "before"} and child.i < trigger.i:
            found.append(child)
    return found


def _marker_phrase(marker: Token) -> list[Token]:
    return [marker.head, *marker.head.lefts] if marker.head.dep_ == "npadvmod" else [marker]


def _main_events(clause: Token, marker: Token, by_anchor: dict[int, list[_Found]], event: _Found) -> list[_Found]:
    head = clause.head.head if clause.dep_ == "pcomp" else clause.head
    while head.dep_ in {"prep", "pcomp", "pobj"} and head.head.i != head.i:
        head = head.head
    # a light verb's complement carries its event: "[B: joined in calling …] a day after [A]"
    places = [head, *(c for c in head.children if c.dep_ == "xcomp")]
    places += [p for c in head.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pcomp"]
    for place in places:
        main = [f for f in by_anchor.get(place.i, []) if f is not event and _heads_clause(f, place)]
        if main:
            return main
    return []


def _heads_clause(event: _Found, verb: Token) -> bool:
    """The clause's own event: its verb, the event noun of a light verb, or the subject of "comes", "began"."""
    if event.trigger.i == verb.i or _same(_event_object(verb), event.trigger):
        return True
    subject = event.trigger.dep_ == "nsubj" and event.trigger.head.i == verb.i
    return subject and not any(c.dep_ == "dobj" for c in verb.children)


def _stranded_subject(verb: Token) -> list[Token]:
    """A subject the parser hung on a preposition: in "a day after several MPs called …", "MPs" is parsed as the
    object of "after"; the noun phrase that ends right before the subjectless verb is its subject."""
    if verb.i == 0:
        return []
    token = verb.doc[verb.i - 1]
    while True:
        if token.dep_ == "pobj" and token.head.lower_ in RELATION_MARKERS and token.right_edge.i == verb.i - 1:
            return [token]
        if token.head.i == token.i or token.head.i > verb.i:
            return []
        token = token.head


def _governor(noun: Token) -> Token | None:
    """The verb whose object the noun is, through "a series of …"."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in CONTAINER_NOUNS:
        noun, head = head.head, head.head.head
    if noun.dep_ in {"dobj", "nsubjpass"} and head.pos_ == "VERB":
        return head
    return None


def _event_object(verb: Token) -> Token | None:
    """The event noun a light verb governs ("launched a series of counter-offensives": the counter-offensives)."""
    for child in verb.children:
        if child.dep_ != "dobj":
            continue
        if child.lemma_.lower() in CONTAINER_NOUNS:  # the last object of "of": "counter - offensives" parse apart
            objects = [p for c in child.children if c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
            child = max(objects, key=lambda t: t.i, default=child)
        if event_type(lemma_of(child), verb=False) is not None:
            return child
    return None


def _clause_head(token: Token) -> Token | None:
    """The nearest verb (or auxiliary root) above ``token``: the clause it belongs to."""
    current = token
    while current.pos_ not in {"VERB", "AUX"}:
        if current.head.i == current.i:
            return current if current.pos_ in {"VERB", "AUX"} else None
        current = current.head
    return current


def _demanded(noun: Token) -> bool:
    """An event noun that is asked for, not done: "calling for his resignation", "demand the resignation"."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "for":
        return head.head.lemma_.lower() in HYPOTHETICAL_HEADS
    return noun.dep_ == "dobj" and head.lemma_.lower() in HYPOTHETICAL_HEADS


def _appeal(verb: Token) -> bool:
    """A speech verb is an event of its own only as an appeal to someone ("called on the Duma", "urged Moscow")."""
    preps = {c.lower_ for c in verb.children if c.dep_ == "prep"}
    objects = any(c.dep_ == "dobj" for c in verb.children) and any(c.dep_ == "xcomp" for c in verb.children)
    return bool(preps & {"on", "upon", "for"}) or objects


def _nominal_argument(verb: Token) -> bool:
    """A noun (not a pronoun) as subject or object: "the ship sank", "police found the body"."""
    return any(c.dep_ in {"nsubj", "nsubjpass", "dobj"} and c.pos_ in {"NOUN", "PROPN"} for c in verb.children)


def _same(a: Token | None, b: Token | None) -> bool:
    """Whether two tokens are one: spaCy makes a new ``Token`` object on every access, so ``is`` never holds."""
    return a is not None and b is not None and a.i == b.i


def _past(verb: Token) -> bool:
    """Simple past, perfect, or past passive: "fled", "has driven", "was arrested" (not "are stunned")."""
    if verb.tag_ == "VBD":
        return True
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    return verb.tag_ == "VBN" and bool(auxiliaries & {"has", "have", "had", "was", "were", "been"})


def _dates(time: TimeExpr) -> bool:
    return time.granularity is not Granularity.DURATION


def _is_named(mention: Mention) -> bool:
    return mention.text[:1].isupper() or bool(re.search(r"\b[A-Z]", mention.text))


def _hyphen_start(token: Token) -> Token:
    if token.i >= 2 and token.nbor(-1).text == "-" and token.nbor(-1).whitespace_ == "":
        return token.nbor(-2)
    return token


def _label(tokens: Sequence[Token]) -> str:
    """The tokens in text order as one short phrase: "Ukrainian military launched counter-offensives"."""
    ordered = sorted({t.i: t for t in tokens}.values(), key=lambda t: t.i)
    text = " ".join(t.text for t in ordered if t.dep_ != "det" and not (t.is_punct and t.text != "-"))
    text = re.sub(r"\s+(['’]s?)\b", r"\1", text)
    text = re.sub(r"\s*-\s*", "-", text)
    return re.sub(r"^(?:the|The)\s+", "", text).strip()
