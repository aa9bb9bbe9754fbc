"""Who took part in an event, and where: actor mentions found through the parse, and the short noun phrases that name
them in the event's label.

A participant is the extractor's own actor mention, or a new one for a named or collective noun such as "the
Ukrainian military"; pronouns, dates and amounts are none. Places are named locations in "in/near/around X".
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING

from graph.extract.actor_words import PEOPLE_NOUNS
from graph.extract.actors import mention_at, written_as_name
from graph.extract.attribution import RELATIVE_PRONOUNS, set_off_appositions
from graph.extract.event_context import EventContext
from graph.extract.event_syntax import children, is_actor_noun, prepositional_objects, stranded_subject, subject
from graph.extract.event_words import (
    AGENT_PREPOSITIONS,
    BODIES,
    CONTEST_OBJECTS,
    CONTEST_VERBS,
    COUNTED_NOUNS,
    DISASTERS_AND_GATHERINGS,
    KIND_WORDS,
    NAMED_ENTITIES,
    OBJECT_PREPOSITIONS,
    PATIENT_PREPOSITIONS,
    PLACE_ENTITIES,
    PLACE_PREPOSITIONS,
    PLACED_NOUNS,
    QUANTITY_WORDS,
    RESULT_VERBS,
    SHARING_PREPOSITIONS,
    UNDERGONE_NOUNS,
    UNDERGONE_VERBS,
)
from graph.model import ActorKind, Mention

if TYPE_CHECKING:
    from spacy.tokens import Token

NO_ACTOR_ENTITIES = frozenset({"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY"})
PERSON_PRONOUNS = frozenset({"who", "whom"})
"""Relative pronouns that stand for people, never for a place."""
VERB_PATIENT_PREPOSITIONS = frozenset({"against", "on", "upon"})
CHUNK_DEPS = frozenset({"amod", "compound", "nummod", "quantmod", "poss", "case", "nmod"})
"""The dependents of a noun kept in its chunk: "several city MPs", "Putin's"."""


def agents(context: EventContext, verb: Token) -> tuple[Mention, ...]:
    """Who did what ``verb`` says: its subject, its "by" agent, or a subject it shares with the verb it hangs on; no
    one for a verb whose subject underwent it ("died", :data:`~graph.extract.event_words.UNDERGONE_VERBS`)."""
    return () if _undergone(verb) else _actors(context, _subjects(context, verb))


def _undergone(verb: Token) -> bool:
    return verb.lemma_.lower() in UNDERGONE_VERBS


def _subjects(context: EventContext, verb: Token) -> list[Token]:
    subjects = subject(verb) + [p for c in children(verb, "agent") for p in children(c, "pobj")]
    subjects = subjects or stranded_subject(verb) or _shared_subject(verb)
    pronoun = next((c for c in subjects if c.lower_ in RELATIVE_PRONOUNS), None)
    if verb.dep_ == "relcl" and pronoun is not None:
        return [antecedent(context, pronoun)]  # "MPs who signed …": the MPs
    return subjects


def antecedent(context: EventContext, pronoun: Token) -> Token:
    """The noun a relative clause's pronoun stands for: the noun the clause hangs on, but for "who" hung on a place,
    which names no one: the one whose phrase holds the place ("Robert Stone, a retiree from Hilton Head, South
    Carolina, who cast a ballot": Robert Stone)."""
    noun = pronoun.head.head
    if pronoun.lower_ not in PERSON_PRONOUNS or not _place(context, noun):
        return noun
    while noun.dep_ in {"pobj", "prep"} or (noun.dep_ == "compound" and _place(context, noun.head)):
        noun = noun.head
    return noun.head if noun.dep_ == "appos" and noun.head.pos_ == "PROPN" else noun


def _place(context: EventContext, token: Token) -> bool:
    """Whether a word is a place's name: the recogniser's, or the extractor's place ("from Hilton Head", which the
    recogniser may tag a person)."""
    found = actor(context, token) if token.pos_ == "PROPN" else None
    return token.ent_type_ in PLACE_ENTITIES or (found is not None and found.kind is ActorKind.PLACE)


def _shared_subject(verb: Token) -> list[Token]:
    """The subject of the verb ``verb`` continues or completes: "[they] fled and hid", "joined in calling for …"; of
    a passive one, who underwent it: "Murphy was elected in 2006, defeating Nancy Johnson", "was arrested after
    attacking a guard", "was ordered to pay a fine" (Murphy defeated her; he attacked, he pays); not what someone is
    accused, acquitted or suspected "of" doing, which the passive clause does not tell as done by them."""
    if verb.dep_ in {"conj", "advcl", "xcomp"} and verb.tag_ != "VBN":
        return subject(verb.head) or _undergoer(verb, verb.head)
    if verb.dep_ == "pcomp":
        shared = subject(verb.head.head)
        return shared or (_undergoer(verb, verb.head.head) if verb.head.lower_ in SHARING_PREPOSITIONS else [])
    return []


def _undergoer(verb: Token, passive: Token) -> list[Token]:
    """The subject of the passive clause ``verb`` hangs on, as its doer; none where the clause names its own doer
    ("was replaced by Olga Sunn, ending speculation") or ``verb`` tells what came of it ("was ousted in a vote,
    clearing the way")."""
    if children(passive, "agent") or verb.lemma_.lower() in RESULT_VERBS:
        return []
    return children(passive, "nsubjpass")[:1]


def patients(context: EventContext, verb: Token) -> tuple[Mention, ...]:
    """Who ``verb`` was done to: its object, passive subject, indirect object, or "against/on/upon" object; the subject
    of a verb whose subject underwent it ("Tom Hill died"); the owner of a thing done to ("questioned Rubio's depth",
    "searched the suspect's home"), not of a person ("praised Cruz's father": the father); not the delegates, seats
    or votes a contest won ("won 44 of 50 delegates")."""
    objects = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass", "dative"}]
    objects += _subjects(context, verb) if _undergone(verb) else []
    objects += prepositional_objects(verb, VERB_PATIENT_PREPOSITIONS)
    if verb.lemma_.lower() in CONTEST_VERBS:  # "won 44 of 50 delegates": what was won, no one it was done to
        objects = [o for o in objects if counted(o).lemma_.lower() not in CONTEST_OBJECTS | COUNTED_NOUNS]
    things = [t for t in objects if t.pos_ == "NOUN" and not is_actor_noun(t) and t.lemma_.lower() not in PEOPLE_NOUNS]
    owners = [o for t in things for o in children(t, "poss")]
    return _actors(context, objects + owners)


def contested(context: EventContext, verb: Token, patients: Sequence[Mention]) -> tuple[Mention, ...]:
    """The places among a contest verb's patients, and the place named before or in the contest it won, which are
    where it was won or lost: "Clinton won California", "won the Minnesota caucus", "won the primary in Oklahoma",
    "won the race in his home state of Vermont" (:data:`~graph.extract.event_words.CONTEST_VERBS`)."""
    if verb.lemma_.lower() not in CONTEST_VERBS:
        return ()
    contests = children(verb, "dobj")
    before = [c for o in contests for c in o.children if c.dep_ in {"compound", "nmod", "amod", "poss"}]
    within = [t for o in contests for p in prepositional_objects(o, frozenset({"in"})) for t in p.subtree]
    within = [t for t in within if t.ent_iob_ == "B"]  # each name once, by its first word
    named = _actors(context, [c for c in before + within if c.ent_type_ in PLACE_ENTITIES])
    return tuple(dict.fromkeys([*(p for p in patients if p.kind is ActorKind.PLACE), *named]))


def noun_agents(context: EventContext, noun: Token) -> tuple[Mention, ...]:
    """Whose event ``noun`` names: "Putin's offensive", "the Russian invasion", "a petition by MPs"."""
    owners = [c for c in noun.children if c.dep_ == "compound" or (c.dep_ == "amod" and c.ent_type_)]
    owners = [c for c in owners if not _place_before(c)]
    owners += [] if _possessor_undergoes(noun) else children(noun, "poss")
    owners += prepositional_objects(noun, AGENT_PREPOSITIONS)
    return _actors(context, owners)


def noun_places(context: EventContext, noun: Token) -> tuple[Mention, ...]:
    """The places a name before ``noun`` says its event happened in: "the Orlando shooting", "the Geneva talks"."""
    return _actors(context, [c for c in noun.children if c.dep_ == "compound" and _place_before(c)])


def _place_before(token: Token) -> bool:
    """A place's name before an event noun that happens somewhere (:data:`PLACED_NOUNS`), which says where it
    happened ("the Orlando shooting", "the Geneva talks"); not a capital before an act of its government ("the
    Beijing crackdown", "Washington sanctions"), nor a state written short before an attack ("U.S. airstrikes", "a
    U.S. attack"; "the UK floods" happened there)."""
    if token.ent_type_ not in PLACE_ENTITIES or token.dep_ != "compound":
        return False
    noun = token.head.lemma_.lower()
    short = token.text.replace(".", "").isupper() and len(token.text) <= 5
    return noun in DISASTERS_AND_GATHERINGS or (noun in PLACED_NOUNS and not short)


def noun_patients(context: EventContext, noun: Token) -> tuple[Mention, ...]:
    """Whom ``noun``'s event was against: "the invasion of Ukraine", "sanctions against Russia", and the possessor
    of an event one undergoes ("Quell's arrest")."""
    undergoes = _possessor_undergoes(noun)
    owners = children(noun, "poss") if undergoes else []
    prepositions = PATIENT_PREPOSITIONS - {"to"} if undergoes else PATIENT_PREPOSITIONS  # "extradition to Dorvan"
    return _actors(context, owners + prepositional_objects(noun, prepositions))


def _possessor_undergoes(noun: Token) -> bool:
    """Whether the possessor of ``noun`` is who underwent it: "Quell's arrest", "Quell's arrest by the police" (whose
    "by" names the doer), but not "the police's arrest of two teenagers", whose object underwent it and whose
    possessor did it."""
    undergone = noun.lemma_.lower() in UNDERGONE_NOUNS
    return undergone and not prepositional_objects(noun, OBJECT_PREPOSITIONS)


def places(context: EventContext, token: Token | None) -> tuple[Mention, ...]:
    """The named places in the place phrases of ``token``: "in the Kharkiv region", "in Putin's hometown of St.
    Petersburg"."""
    if token is None:
        return ()
    found: list[Mention] = []
    for pobj in prepositional_objects(token, PLACE_PREPOSITIONS):
        for t in pobj.subtree:
            if t.ent_type_ in PLACE_ENTITIES and t.ent_iob_ == "B":
                mention = actor(context, t)
                if mention is not None and mention not in found:
                    found.append(mention)
    return tuple(found)


def _actors(context: EventContext, tokens: Sequence[Token]) -> tuple[Mention, ...]:
    """The actors of ``tokens`` and of the words joined to them by "and", each once."""
    found: list[Mention] = []
    for token in (named_beside(counted(_whose(t))) for t in tokens):
        for member in [token, *children(token, "conj")]:
            mention = actor(context, member)
            if mention is not None and mention not in found:
                found.append(mention)
    return tuple(found)


def _whose(token: Token) -> Token:
    """The noun a "whose" stands for, the one its clause qualifies: "Eric Garner" of "Eric Garner, whose death in 2014
    inspired the movement"; else ``token``."""
    if token.lower_ != "whose":
        return token
    clause = next((a for a in token.ancestors if a.dep_ == "relcl"), None)
    return clause.head if clause is not None else token


def counted(token: Token) -> Token:
    """The group a quantity of it stands for: "farmers" of "Hundreds of farmers", "council" of "a majority of the
    council", "guards" of "two of the guards"; else ``token``, also before a pronoun ("both of which", "many of
    them": the pronoun names no one a label can show). A quantity with a name set beside it stands for the name:
    "Ravi Sen" of "One of the suspects, Ravi Sen, was arrested". A word of a kind stands for what it is a kind of:
    "rhetoric" of "the kind of rhetoric"."""
    words = QUANTITY_WORDS | KIND_WORDS
    if token.lemma_.lower() not in words and token.lower_ not in words and token.pos_ != "NUM":
        return token
    names = [c for c in token.children if c.dep_ == "appos" and (c.pos_ == "PROPN" or c.ent_type_)]
    if names:
        return names[0]
    groups = [o for o in prepositional_objects(token, frozenset({"of"})) if o.pos_ in {"NOUN", "PROPN"}]
    return groups[0] if groups else token


def named_beside(token: Token) -> Token:
    """The name set off by a comma right after a common noun, which names the one the noun describes: "Ann Lee" of
    "His opponent, Ann Lee, won Georgia" or of "defeated her rival, Ann Lee"; else ``token``. Only a name: in "the
    victim, a nurse" the second noun names no one more surely than the first. Only with the comma right after the noun
    (:func:`~graph.extract.attribution.set_off_appositions` takes any comma): a name the parser hung on a noun further
    back ("booed the mention of Lee or her running mate, Tom Hill") or with no comma
    ("launched his underdog White House bid", "formed the name Trump") is no second name of that noun."""
    names = [
        c
        for c in set_off_appositions(token)
        if c.left_edge.i == token.i + 2 and c.ent_type_ in NAMED_ENTITIES and written_as_name(c.text)
    ]
    return names[0] if names else token


def actor(context: EventContext, token: Token) -> Mention | None:
    """The actor mention covering ``token``, or a new one for a named or collective noun; None otherwise."""
    if covering := context.covering.get(token.idx):
        return covering[0]
    if token.pos_ == "PRON" or token.ent_type_ in NO_ACTOR_ENTITIES:
        return None
    named = token.ent_type_ in NAMED_ENTITIES and written_as_name(token.text)  # not "by tacit admissions"
    if not named and not is_actor_noun(token):
        return None
    mention = mention_at(token, context.article)
    if mention.kind is ActorKind.PERSON and token.lower_ in BODIES:  # "the military" is no person
        mention = dataclasses.replace(mention, kind=ActorKind.ORGANIZATION)
    return mention if context.article.in_body(mention.span) else None


def chunk(context: EventContext, token: Token | None) -> list[Token]:
    """The noun phrase of ``token`` without determiners or what follows it: "several city MPs"."""
    if token is None:
        return []
    if token.lower_ in RELATIVE_PRONOUNS and token.head.dep_ == "relcl":
        return chunk(context, antecedent(context, token))
    if (name := named_beside(token)) is not token:  # "Ann Lee won", not "opponent won"
        return chunk(context, name)
    named = _named_chunk(context, token)
    if named is not None:
        return named
    left = [t for c in token.lefts if c.dep_ in CHUNK_DEPS and c.pos_ != "PRON" for t in c.subtree]
    group = counted(token)  # "Hundreds of farmers gathered", not "Hundreds gathered"
    whole = [group.head, *chunk(context, group)] if group.i != token.i and group.dep_ != "appos" else []
    return [*left, token, *whole]


def _named_chunk(context: EventContext, token: Token) -> list[Token] | None:
    """The words of a short named mention covering ``token`` ("the Ukrainian military" without "the"), if any."""
    for mention in context.covering.get(token.idx, ()):
        if _is_named(mention):
            span = context.doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
            if span is not None and len(span) <= 5:
                return [t for t in span if t.dep_ != "det"]
    return None


def chunk_of(context: EventContext, verb: Token, deps: Collection[str]) -> list[Token]:
    """The chunks of the verb's dependents attached with one of ``deps``."""
    return [t for child in verb.children if child.dep_ in deps for t in chunk(context, child)]


def _is_named(mention: Mention) -> bool:
    return mention.text[:1].isupper() or bool(re.search(r"\b[A-Z]", mention.text))
