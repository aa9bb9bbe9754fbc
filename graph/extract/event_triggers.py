"""Events named by a verb or an eventive noun, found one trigger at a time.

A trigger is a verb or a nominalisation ("offensive", "petition", "resignation") that the dependency parse puts in
an event reading: not negated, not under a modal or an "if", not the content of a demand ("calling for his
resignation", "urged Putin to resign"), not inside quoted words (those are the speaker's claims, carried by the
statement). Typed lemmas come from :mod:`graph.extract.event_words`; other verbs count only in the past or perfect
with a noun as subject or object, and never copulas, states or reporting verbs: "seems", "wants" and "is" are no
events. A light verb ("launched a counteroffensive", "signed a petition") lends its subject, tense and time to the
noun it governs.

Those are the salient events. Any other content verb in an event reading ("checked into a hotel", "is playing"),
an event noun outside the typed tables ("the game", "his rehab", "the shooting" of a typed verb), an event noun
qualifying another ("murder charges") and a definite event noun in a clause that did not happen ("will investigate
the attack": the attack did) is an incidental event (``salient`` False): data the merge keeps apart and never
shows. Copulas, possession and states of mind (:data:`NEVER_EVENTS`) and a dateline's "Published" are no events at
all.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from graph.extract import event_participants as participants
from graph.extract.actor_words import PEOPLE_NOUNS
from graph.extract.attribution import NOMINAL_SUBJECTS, RELATIVE_PRONOUNS
from graph.extract.event_claims import claim_of, denied
from graph.extract.event_context import EventContext, Found, event_mention, quote_at
from graph.extract.event_figures import criticised, figurative, habitual, holds_post, stative, verbal
from graph.extract.event_syntax import (
    adjectival_participle,
    adverbial_antecedent,
    appeal,
    asked,
    bare_pronoun,
    children,
    clause_head,
    clause_label,
    demanded,
    event_object,
    event_type,
    generic_plural,
    governor,
    headline_lemma,
    headline_reading,
    headline_verb,
    incidental_noun_type,
    is_actor_noun,
    label,
    lemma_of,
    nominal_argument,
    noun_type,
    occasion_noun,
    past,
    prepositional_objects,
    presupposed,
    pronoun_held,
    qualifiers,
    realis,
    same,
    someone,
    stranded_subject,
    subject,
    unasserted,
)
from graph.extract.event_time import OCCASION_PREPOSITIONS, event_time, qualifies_next_noun
from graph.extract.event_words import (
    AGENT_PREPOSITIONS,
    AUDIENCE_NOUNS,
    AUDIENCE_VERBS,
    CANDIDACY_WORDS,
    CONTEST_OBJECTS,
    CONTEST_VERBS,
    COUNTED_NOUNS,
    CREDITED_WORK,
    DATELINE_VERBS,
    FEELING_VERBS,
    LIGHT_VERBS,
    MERE_SAYING,
    NAMED_ENTITIES,
    NEVER_EVENTS,
    PATIENT_PREPOSITIONS,
    PLACE_ENTITIES,
    PLACE_PREPOSITIONS,
    POSITION_VERBS,
    PROPOSITION_NOUNS,
    QUANTITY_WORDS,
    RELATION_VERBS,
    REPEATED_ADVERBS,
    REPORT_NOUNS,
    SHARE_WORDS,
    SOURCING_OBJECTS,
    SPEECH_ACTS,
    STANCE_VERBS,
    STATE_LEAVING_VERBS,
    STOP_VERBS,
    TALLIED_CONTESTS,
    TALLY_VERBS,
    UTTERING_VERBS,
    VIEWING_VERBS,
)
from graph.extract.speaker_subjects import is_phrasal_cue
from graph.model import Claim, EventType, Mention

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Token

TARGET_PREPOSITIONS = frozenset({"on", "against"})
"""Prepositions of an event noun whose object is what it was aimed at: "the attack on the embassy"."""
MODIFIER_DEPS = frozenset({"amod", "aux", "auxpass", "compound", "prep", "nmod"})
"""How a verb form hangs when it modifies rather than tells: "aggravating factors", "according to", "following"."""
DATELINE_DEPS = frozenset({"ROOT", "appos", "advcl", "parataxis", "dep", "npadvmod", "amod"})
"""How the parser hangs a dateline's verb: alone, beside another line of the page, or on its noun ("Published time")."""
ARGUMENT_PREPOSITIONS = frozenset({"on", "for", "against", "with"})
"""Prepositions whose object belongs in a verb event's label: "called on the Duma", "voted against the bill", "met
with the envoy"."""


def event_at(context: EventContext, token: Token) -> Found | None:
    """The event ``token`` triggers, if any: a verb, a past participle qualifying a noun ("the stolen car": what
    happened to it, incidental), or a noun or adjective that is no modifier of another word. An event inside a direct
    quote is incidental and what the speaker claims: the quote's words are the speaker's, carried by the statement."""
    found = _event_at(context, token)
    quote = quote_at(context, token) if found is not None else None
    if found is None or quote is None:
        return found
    claim = Claim(quote.cue or "said", quote.speaker)
    return Found(replace(found.mention, salient=False, claim=claim), found.anchor, found.trigger)


def _event_at(context: EventContext, token: Token) -> Found | None:
    if token.pos_ == "VERB" and adjectival_participle(token):
        return None
    if token.pos_ == "VERB" and token.dep_ == "amod" and token.tag_ == "VBN":
        found = verb_event(context, token)
        return Found(replace(found.mention, salient=False), found.anchor, found.trigger) if found else None
    if token.pos_ == "VERB" and token.dep_ not in MODIFIER_DEPS:
        return verb_event(context, token)
    if token.pos_ == "PROPN" and (found := _headline_event(context, token)) is not None:
        return found
    if token.pos_ in {"NOUN", "PROPN", "ADJ"} and token.dep_ != "amod":
        return noun_event(context, token)
    return None


def _headline_event(context: EventContext, token: Token) -> Found | None:
    """The event a proper noun of a title-case headline names as the common word it is there: a verb by the shape of
    its clause (:func:`headline_verb`) or by the tables, or an event noun (:func:`headline_reading`)."""
    if headline_verb(token):
        return verb_event(context, token, headline=True)
    reading = headline_reading(token)
    if reading is None:
        return None
    lemma, verb = reading
    return verb_event(context, token, headline=True) if verb else noun_event(context, token, lemma)


# -- verbs ----------------------------------------------------------------------------------------------------------


def verb_event(context: EventContext, verb: Token, headline: bool = False) -> Found | None:
    """The event ``verb`` names: a typed lemma, or an untyped verb in the past with a participant; a headline's verb
    (:func:`headline_verb`) is incidental, as its tags are guesses."""
    lemma = headline_lemma(verb) if headline else lemma_of(verb)
    typed = event_type(lemma, verb=True)
    spoken = verbal(verb, typed)  # "attacked her remarks", "slammed the mayor for the delay": criticism
    typed = None if spoken or figurative(verb, typed) else typed  # "struck down the law": told as any verb is
    named = _verb_reads_as_event(verb, lemma, typed) and not headline
    if not (named or _incidental_verb(verb, lemma, typed)) or _no_happening(context, verb, lemma):
        return None
    agents = participants.agents(context, verb)
    patients = participants.patients(context, verb)
    told = typed is not None or spoken or _told(verb, bool(agents or patients))
    salient = named and told and not unasserted(verb)  # "Did the mayor resign?", "plan to cross and attack"
    won = participants.contested(context, verb, patients)  # "won California": where, not to whom
    if spoken:
        typed = EventType.SPEECH
    elif typed in {None, EventType.OTHER}:  # "launched" a rocket, or a bid
        typed = _act_type(verb, lemma, won) or typed
    elif typed is EventType.MOVEMENT and _in_contest(verb, won):  # "entered the race", "withdrew from the race"
        typed = EventType.POLITICAL
    subjects = subject(verb) or stranded_subject(verb)
    parts = _verb_words(context, verb, subjects)
    tokens = [t for part in parts for t in part]
    places = participants.places(context, verb)  # and "MPs in St. Petersburg"
    places += tuple(p for s in subjects for p in participants.places(context, s))
    patients, places = tuple(p for p in patients if p not in won), places + won
    time = event_time(context.dated, verb, verb)
    if (_general_present(verb) or lemma in POSITION_VERBS or _repeated(verb)) and time is None:
        salient = False  # "a system where Wall Street buys off elections", "Hill opposed the bill": no happening
    if lemma in FEELING_VERBS and any(c.dep_ == "auxpass" for c in verb.children):
        salient = False  # "Trump was exasperated by the question": how he felt
    mention = event_mention(
        context.article,
        tokens,
        verb,
        lemma=" ".join([lemma, *(p.lower_ for p in particles(verb))]),  # "blasted out" releases, "blasted" a rival
        label=clause_label(parts),
        kind=typed or EventType.OTHER,
        agents=agents,
        patients=patients,
        places=places,
        time=time,
        claim=claim_of(context, verb, verb),
        salient=salient,
        things=_things(verb),
    )
    return Found(mention, verb, verb)


def _repeated(verb: Token) -> bool:
    """Whether an adverb of :data:`REPEATED_ADVERBS` tells a run of doings ("has repeatedly attacked Varga"), not told
    at or in one occasion, where its repeats are one happening ("repeatedly invoked Obama in the debate")."""
    if not any(c.dep_ == "advmod" and c.lower_ in REPEATED_ADVERBS for c in verb.children):
        return False
    return not any(occasion_noun(p) for p in prepositional_objects(verb, OCCASION_PREPOSITIONS))


def _things(verb: Token) -> tuple[str, ...]:
    """The lemmas of the objects of ``verb`` that are no one: common nouns ("offered his condolences", "the bill was
    passed") and, as "money", a sum ("offered states billions"); not people, bodies or names, which are patients."""
    found = []
    for noun in [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]:
        if noun.ent_type_ == "MONEY":
            found.append("money")
        elif (
            noun.pos_ == "NOUN" and not noun.ent_type_ and not someone(noun) and noun.lemma_.lower() not in PEOPLE_NOUNS
        ):
            found.append(noun.lemma_.lower())
    return tuple(dict.fromkeys(found))


def _general_present(verb: Token) -> bool:
    """A verb in the simple present with no auxiliary in a relative clause ("a system where Wall Street buys off
    elections", "firms that sell arms"): with no time of its own it tells what a thing is like, no happening. A
    lede's or a caption's present is news ("Rebels seize the town as troops retreat", "Residents say armed men kill
    three villagers"), and so is a relative clause in a headline's ("Police hunt gunman who shoots two officers")."""
    clause = verb
    while clause.dep_ == "conj":
        clause = clause.head
    return _simple_present(verb) and clause.dep_ == "relcl" and not _headline_sentence(verb.sent.root)


def _simple_present(verb: Token) -> bool:
    return verb.tag_ in {"VBZ", "VBP"} and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)


def _headline_sentence(root: Token) -> bool:
    """Whether a sentence is written as a headline is: its verb in the simple present with a singular object and no
    article ("Police arrest man who …"), or no verb the parser found ("Police hunt gunman who …" read as a noun)."""
    if root.pos_ in {"NOUN", "PROPN"}:
        return True
    objects = [c for c in root.children if c.dep_ == "dobj" and c.tag_ == "NN"]
    return _simple_present(root) and any(not _determined(o) for o in objects)


def _determined(noun: Token) -> bool:
    return any(c.dep_ in {"det", "poss"} for c in noun.children)


def _told(verb: Token, participants: bool) -> bool:
    """An untyped verb told as an event: in the past, with a participant or a noun as subject or object, and not
    done to a bare pronoun ("ordered them", "heard it"), which says nothing a reader can follow out of its sentence."""
    if any(c.dep_ == "dobj" and c.pos_ == "PRON" and bare_pronoun(c) for c in verb.children):
        return False
    return past(verb) and (participants or nominal_argument(verb))


def _stray_pronoun(token: Token) -> bool:
    """A pronoun standing for no noun of its clause: a personal or demonstrative one ("he", "they", "this"), or a
    relative one the parser hung on no noun ("that" of "that accused the board" read as a clause of its own)."""
    if token.tag_ in {"PRP", "PRP$", "WP$"}:
        return bare_pronoun(token)
    if token.tag_ in {"WDT", "WP"}:
        return True  # a relative pronoun :func:`participants.chunk` did not resolve to its noun
    demonstrative = token.pos_ == "PRON" and token.lower_ in {"this", "that", "these", "those"}
    return demonstrative and token.head.dep_ != "relcl"  # "Someone stole the car" keeps "Someone"


def _no_happening(context: EventContext, verb: Token, lemma: str) -> bool:
    """A clause that tells of no happening: no word of a clause (:func:`_no_word`), not realis, denied, a standing or
    a seeming (:func:`stative`: "led the polls", "sounded confident"), a habit (:func:`habitual`), its subject a
    time ("The end of the year leaves the race open", "Saturday brought rain"), or its object making it a formula of
    sourcing ("an aide who requested anonymity"), an instruction to the reader, a comparison of counts or a count of
    contests (:func:`_tally`)."""
    if _no_word(verb, lemma) or not realis(verb) or denied(verb, verb) or asked(verb) or stative(verb):
        return True
    if habitual(verb) or any(c.dep_ == "xcomp" and c.lemma_.lower() in SOURCING_OBJECTS for c in verb.children):
        return True  # "usually meets", "declined to comment"
    if _credit_line(verb, lemma):
        return True  # "Samantha Lachman contributed reporting from Charleston."
    if any(_imperative(v) for v in (verb, *verb.ancestors)) or _compared_count(verb):
        return True  # "Sign up by entering your email", "More mayors have endorsed her than him"
    if lemma in CONTEST_VERBS and _tally(verb):
        return True  # "lost 10 of the first 11 contests": a record, no one happening
    if any(c.dep_ in {"nsubj", "nsubjpass"} and c.i in context.dated.at for c in verb.children):
        return True
    return any(c.dep_ == "dobj" and c.lemma_.lower() in SOURCING_OBJECTS for c in verb.children)


def _tally(verb: Token) -> bool:
    """Whether a contest verb's object counts several contests (:data:`TALLIED_CONTESTS`): a number or a quantity of
    them ("six primaries", "most states") or "of" them ("10 of the first 11 contests", "most of the states")."""
    for noun in children(verb, "dobj"):
        if _counted_contests(noun):
            return True
        counting = noun.pos_ == "NUM" or noun.lemma_.lower() in QUANTITY_WORDS
        if counting and any(map(_plural_contests, prepositional_objects(noun, frozenset({"of"})))):
            return True
    return False


def _counted_contests(noun: Token) -> bool:
    """Contests with a number or a quantity before them: "six primaries", "all four states", "most states"."""
    counts = [c for c in noun.children if c.dep_ == "nummod" or c.lemma_.lower() in QUANTITY_WORDS]
    return _plural_contests(noun) and bool(counts)


def _plural_contests(noun: Token) -> bool:
    return noun.tag_ == "NNS" and noun.lemma_.lower() in TALLIED_CONTESTS


def _verb_reads_as_event(verb: Token, lemma: str, typed: EventType | None) -> bool:
    """No stop verb, no verb of a relation or a post (:data:`RELATION_VERBS`, :func:`holds_post`: "a woman who belonged
    to the club", "served as chief strategist", incidental) or of mere saying with no noun for object
    (:data:`MERE_SAYING`: "remarked upon the story"; "observed the election" is an act), a saying with a particle
    that tells what was said ("pointed out that …"), a stance on an idea (:data:`STANCE_VERBS`), a state left
    (:data:`STATE_LEAVING_VERBS`) or a judgement (:data:`VIEWING_VERBS` with "as"), no light verb lending itself to a
    noun, and no speech that is no appeal."""
    if lemma in STOP_VERBS or lemma in RELATION_VERBS or holds_post(verb):
        return False
    if lemma in MERE_SAYING and not _nominal_object(verb):
        return False
    if is_phrasal_cue(verb) and any(c.dep_ == "ccomp" for c in verb.children):
        return False  # "pointed out that the media …", "shot back that …": saying, what was said a statement
    if lemma in STANCE_VERBS and any(c.lemma_.lower() in PROPOSITION_NOUNS for c in children(verb, "dobj")):
        return False  # "dismissed the notion that …": a stance told in words
    if lemma in STATE_LEAVING_VERBS and _state_left(verb):
        return False  # "the collapse left the convention open": a state it left, no leaving
    if lemma in VIEWING_VERBS and any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children):
        return False  # "the filibuster was viewed as a victory": a judgement
    if lemma in LIGHT_VERBS and (typed is None or event_object(verb) is not None):
        return False
    return not ((lemma == "call" or typed is EventType.SPEECH) and not appeal(verb))


def _state_left(verb: Token) -> bool:
    """Whether an adjective after a verb's object tells the state the verb left it in ("left thousands homeless"),
    which the parser may hang on a common noun object ("left the convention open to activists"): in English an
    adjective after its noun is such a predicate. Not after a name, where it is a noun misread ("leaving the Broadway
    musical")."""
    if any(c.pos_ == "ADJ" for c in children(verb, "oprd")):
        return True
    objects = [noun for noun in children(verb, "dobj") if noun.pos_ in {"NOUN", "PRON"}]
    return any(a.pos_ == "ADJ" and a.i > noun.i for noun in objects for a in children(noun, "amod"))


def _nominal_object(verb: Token) -> bool:
    """Whether a verb has a noun for object, which makes a verb of saying an act ("observed the election", "recounted
    the ballots", "argued the case", "shouted slogans", "the case was argued in December")."""
    nominal = {"dobj", "prt", "nsubjpass"}  # "the case was argued in December"
    return any(c.dep_ in nominal and c.pos_ in {"NOUN", "PROPN", "ADP", "ADV"} for c in verb.children)


def _no_word(verb: Token, lemma: str) -> bool:
    """A verb that is no word of a clause: a clitic the tagger took for a verb ("’s"), the first part of a hyphened
    word ("co" of "co-founded", whose last part is the verb), or a page's dateline, a verb of publishing standing
    alone with no subject ("Published: 2 May", "Last updated at 11:04", "Friday | Updated 9:01"; not the complement
    of another verb: "will keep you updated")."""
    if len(lemma) < 2 or _hyphened_before(verb):
        return True
    if lemma not in DATELINE_VERBS or verb.dep_ not in DATELINE_DEPS:
        return False
    return not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)


def _imperative(verb: Token) -> bool:
    """An instruction that opens its sentence, a verb in the base form with no subject and no auxiliary ("Sign up by
    entering your email", "Click here to subscribe"): told to the reader, no happening."""
    return (
        verb.dep_ == "ROOT"
        and verb.tag_ == "VB"
        and bool(verb.is_sent_start)
        and not any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass", "expl"} for c in verb.children)
    )


def _compared_count(verb: Token) -> bool:
    """A clause that compares how many did something ("More black lawmakers have endorsed her than Sanders", "fewer
    donors gave than in 2012"): a count, no happening. "More than 100 people died" counts those who did."""
    compared = any(c.dep_ == "amod" and c.lower_ in {"more", "fewer"} for s in subject(verb) for c in s.children)
    return compared and any(t.lower_ == "than" for t in verb.subtree)


def _credit_line(verb: Token, lemma: str) -> bool:
    """Whether a clause is a report's credit line, which tells who helped write it, no happening: "Samantha Lachman
    contributed reporting from Charleston", "Ann Lee contributed to this report"."""
    if lemma != "contribute":
        return False
    if any(c.dep_ in {"dobj", "xcomp"} and c.lower_ in CREDITED_WORK for c in verb.children):
        return True
    told = [p for c in children(verb, "prep") if c.lower_ == "to" for p in children(c, "pobj")]
    return any(p.lower_ in REPORT_NOUNS and any(d.lower_ in {"this", "the"} for d in p.children) for p in told)


def _hyphened_prefix(verb: Token) -> list[Token]:
    """The first part of a hyphened verb and its hyphen: "co-" of "co-founded", "re-" of "re-opened"."""
    start = verb.i
    while start >= 2 and _hyphened_before(verb.doc[start - 2]):
        start -= 2
    return list(verb.doc[start : verb.i])


def _hyphened_before(token: Token) -> bool:
    """Whether a token is joined by a hyphen to the word after it, with no space: "co" of "co-founded"."""
    after = token.doc[token.i + 1 : token.i + 3]
    return not token.whitespace_ and len(after) == 2 and after[0].text == "-" and not after[0].whitespace_


def _incidental_verb(verb: Token, lemma: str, typed: EventType | None) -> bool:
    """A content verb that tells of some happening: no state, no light verb lending itself to an event noun. A verb
    of speech that introduces no quote ("was first reported by the paper") is one; one that does is the quote's
    speech event already."""
    if lemma in NEVER_EVENTS:
        return False
    return not (lemma in LIGHT_VERBS and event_object(verb) is not None)


def _verb_words(context: EventContext, verb: Token, subjects: list[Token]) -> list[list[Token]]:
    """The words of a verb event's label, in the order of a clause: the subject; the verb and its particle; its
    object, agent and argument phrases. A relative pronoun stands for the noun it qualifies ("a major who the senator
    fired": the senator fired a major), unless that noun is no argument (a time, a cleft's focus); a subject that is a
    bare pronoun is left out ("delivered a speech"), as a label is read away from the sentence that says who "he"
    is."""
    front = participants.chunk_of(context, verb, {"nsubjpass"})
    front += [t for s in subjects for t in participants.chunk(context, s)]
    front = [t for t in front if not _stray_pronoun(t)]  # "[he] delivered a speech": the label names no "he"
    front += participants.chunk(context, _participle_head(verb))
    stranded: list[Token] = []
    if (relative := _relative_object(verb)) is not None:  # "the issue they struggled with": struggled with the issue
        stranded = [c for c in verb.children if c.dep_ == "prep" and not list(c.children) and c.i > verb.i]
    verb_particles = particles(verb)
    late = verb_particles if any(c.dep_ == "dobj" and c.pos_ == "PRON" for c in verb.children) else []
    verb_words = [*_hyphened_prefix(verb), verb, *verb_particles] if not late else [*_hyphened_prefix(verb), verb]
    objects = [*_object_words(context, verb), *late]  # "signed them up for speeches": the particle after "them"
    return [front, verb_words, stranded, participants.chunk(context, relative), objects]


def particles(verb: Token) -> list[Token]:
    """The particles a verb is written with: "up" of "picked up the pieces", "out" of "blasted out a barrage"."""
    return children(verb, "prt") or _adverb_particle(verb)


def _act_type(verb: Token, lemma: str, won: Sequence[Mention]) -> EventType | None:
    """The type of an act no table types, from its words: speech for an act done in words (:data:`SPEECH_ACTS`:
    "praised Pence"; :data:`AUDIENCE_VERBS` with people for object: "addressed the crowd"; criticism,
    :func:`criticised`: "blasted Rubio"); politics for an act in a contest for office (:func:`_in_contest`: "won 44
    of 50 delegates", "ran for delegate slots"); trade for a sum of money as its object ("raised $4 million",
    "donated $2 million"); and the type of the event its object names, where that is politics, law or trade ("won the
    election", "ordered an investigation"), or words uttered (:data:`UTTERING_VERBS`: "released a statement", not
    "deleted the message"). An act upon a war or a death is not of their type ("opposed the war", "mourned the
    deaths")."""
    audience = lemma in AUDIENCE_VERBS and any(map(_audience, children(verb, "dobj")))
    if lemma in SPEECH_ACTS or audience or criticised(verb):
        return EventType.SPEECH  # "praised Pence", "addressed the crowd", "blasted Rubio"
    if _in_contest(verb, won):
        return EventType.POLITICAL
    if any(n.ent_type_ == "MONEY" for n in children(verb, "dobj")):
        return EventType.ECONOMIC
    for noun in children(verb, "dobj"):
        typed = event_type(noun.lemma_.lower(), verb=False)
        if typed in {EventType.POLITICAL, EventType.LEGAL, EventType.ECONOMIC}:
            return typed
        if typed is EventType.SPEECH and lemma in UTTERING_VERBS:  # "released a statement", not "deleted" one
            return typed
    return None


def _audience(noun: Token) -> bool:
    """People, or a gathering of them (:data:`AUDIENCE_NOUNS`), as an audience spoken to."""
    return someone(noun) or noun.lemma_.lower() in AUDIENCE_NOUNS


def _in_contest(verb: Token, won: Sequence[Mention]) -> bool:
    """Whether a verb tells an act in a contest for office: a place won (``won``), a contest as its object or what it
    leaves (:func:`_contest`: "won 44 of 50 delegates", "dropped out of the race") or what it is run for
    (:data:`CANDIDACY_WORDS`: "ran for office", "ran for president")."""
    objects = [n for noun in children(verb, "dobj") for n in (noun, *prepositional_objects(noun, frozenset({"of"})))]
    objects += prepositional_objects(verb, frozenset({"of", "from"}))  # "withdrew from the race"
    objects += [n for particle in particles(verb) for n in prepositional_objects(particle, frozenset({"of"}))]
    runs_for = prepositional_objects(verb, frozenset({"for"}))
    return (
        bool(won)
        or any(map(_contest, objects))
        or any(n.lemma_.lower() in CANDIDACY_WORDS or _contest(n) for n in runs_for)
    )


def _contest(noun: Token) -> bool:
    """Whether ``noun`` is a contest for office (:data:`CONTEST_OBJECTS`) or a noun of politics (:data:`NOUN_TYPES`),
    not one a noun before it tells the sort of ("his ad campaign"), unless that noun is the contest ("delegate
    slots")."""
    lemma = noun.lemma_.lower()
    sorts = [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
    if any(c.lemma_.lower() in CONTEST_OBJECTS for c in sorts):
        return True
    return not sorts and (lemma in CONTEST_OBJECTS or event_type(lemma, verb=False) is EventType.POLITICAL)


def _adverb_particle(verb: Token) -> list[Token]:
    """A particle the parser read as an adverb or a preposition, right after its verb: "back" of "pushed back against
    the attack", "out" of "dropped out of the race" (a preposition with no object of its own, only an "of")."""
    if verb.i + 1 >= len(verb.doc) or verb.doc[verb.i + 1].head != verb:
        return []
    after = verb.doc[verb.i + 1]
    back = after.dep_ == "advmod" and after.lower_ == "back"
    out = after.dep_ == "prep" and after.lower_ == "out" and not children(after, "pobj") and bool(_out_of(after))
    return [after] if back or out else []


def _out_of(particle: Token) -> list[Token]:
    """The "of" phrase of a particle "out": "of the race" of "dropped out of the race"."""
    return [p for p in children(particle, "prep") if p.lower_ == "of" and children(p, "pobj")]


def _participle_head(verb: Token) -> Token | None:
    """The noun a past participle right after it tells what was done to: "a letter signed by MPs" (a participle
    after a comma may hang on the wrong noun: "a letter to the mayor, signed by MPs")."""
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.i > 0 and verb.head.i == verb.i - 1:
        return verb.head
    return None


def _object_words(context: EventContext, verb: Token) -> list[Token]:
    """A verb's object, its "by" agent, its argument phrases and its clausal complement: "called on the Duma", "voted
    against the bill", "offered to carry the kettle"; not "on February 24"."""
    rest = [t for child in verb.children if _object(verb, child) for t in participants.chunk(context, child)]
    rest += [t for by in children(verb, "agent") for t in [by, *participants.chunk_of(context, by, {"pobj"})]]
    for prep, pobj in _prepositions(verb):
        timed = pobj.ent_type_ in {"DATE", "TIME"}
        if prep.lower_ in ARGUMENT_PREPOSITIONS and prep.i > verb.i and not (timed or _degree(pobj)):
            rest += [prep, *participants.chunk(context, pobj)]
    for of in [p for particle in particles(verb) for p in _out_of(particle)]:  # "dropped out of the race"
        rest += [of, *participants.chunk(context, children(of, "pobj")[0])]
    return rest + [t for c in children(verb, "xcomp") if c.i > verb.i for t in _complement_words(context, c)]


def _complement_words(context: EventContext, complement: Token) -> list[Token]:
    """The words of a verb's clausal complement that say what was done: its "to", its verb and its object ("offered
    to carry the kettle", "backed closing the pool"); none for a complement that is no verb ("seemed calm")."""
    if complement.pos_ != "VERB":
        return []
    marker = [c for c in complement.children if c.dep_ == "aux" and c.lower_ == "to"]
    objects = [t for c in complement.children if c.dep_ == "dobj" for t in participants.chunk(context, c)]
    return [*marker, complement, *objects]


def _object(verb: Token, child: Token) -> bool:
    """An object of ``verb`` its label names: no date the parser took for one though it qualifies the noun
    after it ("invoked the Sept. 11 attacks"; "survived 11 hours" keeps its object), no superlative ("reflected on
    what frightens him the most"), no relative pronoun standing for a noun that is no argument."""
    if child.dep_ != "dobj" or (child.ent_type_ in {"DATE", "TIME"} and qualifies_next_noun(child)):
        return False
    return not _degree(child) and not _adverbial_relative(verb, child)


def _degree(token: Token) -> bool:
    """A degree the parser took for an object: "reflected on what frightens him the most" (not "destroyed most of the
    village", "chose the youngest of the three", "beat the best in the league")."""
    return token.lower_ in {"most", "least"} and not any(c.lower_ == "of" for c in token.children)


def _adverbial_relative(verb: Token, child: Token) -> bool:
    """A relative pronoun object standing for a noun that is no argument of the clause: "the year that she won",
    "It was with that grit that she picked herself up" (whose object is "herself")."""
    if child.lower_ not in RELATIVE_PRONOUNS or verb.dep_ != "relcl":
        return False
    others = any(c.dep_ == "dobj" and c.i != child.i for c in verb.children)
    return others or adverbial_antecedent(verb.head)


def _relative_object(verb: Token) -> Token | None:
    """The noun a relative clause without an object of its own tells what was done to: "fees" of "the fees the mayor
    received", "role" of "the role Congress played" (a phrase before the verb, "For a moment, she paused", is an
    adverbial, never its argument, and so is a time: "the year the senator campaigned"; a clause between commas is a
    parenthesis, never a relative clause: "the situation, it turns out, is grim")."""
    if verb.dep_ != "relcl" or verb.head.pos_ not in {"NOUN", "PROPN"} or adverbial_antecedent(verb.head):
        return None
    if verb.left_edge.i > 0 and verb.doc[verb.left_edge.i - 1].text == ",":
        return None  # a clause without "that" set off by commas is a parenthesis: "the situation, it turns out, …"
    if any(t.tag_ in {"WDT", "WP"} and t.dep_ == "pobj" for t in verb.subtree if t.i < verb.i):
        return None  # "a situation in which it turns out …": the noun is the object of "in", not of the verb
    if any(c.dep_ in {"dobj", "nsubjpass"} for c in verb.children):
        return None
    subjects = children(verb, "nsubj")
    if not subjects or any(s.tag_ in {"WP", "WDT"} or s.lower_ == "that" for s in subjects):
        return None
    return verb.head


# -- nouns ----------------------------------------------------------------------------------------------------------


def noun_event(context: EventContext, noun: Token, headline: str | None = None) -> Found | None:
    """The event ``noun`` names: a typed event noun that is no name, in a realis clause, not asked for. A
    ``headline`` word (:func:`headline_reading`) comes with its lemma, and is incidental whatever its type, as the
    recogniser's names there are guesses."""
    reading = _noun_reading(context, noun, headline)
    if reading is None:
        return None
    lemma, typed, salient = reading
    light = _light_verb(noun)
    anchor = clause_head(noun)
    if demanded(noun):
        return None
    if anchor is not None and not realis(anchor, nominal=noun):
        if not presupposed(noun):
            return None
        salient = False  # "will review the attack": the attack happened, told in passing
    if anchor is not None and unasserted(anchor):
        salient = False  # "Did rebels launch an attack?"
    clause = light or anchor or noun
    if denied(clause, noun):
        return None
    agents = participants.noun_agents(context, noun) or (
        participants.agents(context, light) if light is not None else ()
    )
    tokens = _noun_words(context, noun, light)
    patients = participants.noun_patients(context, noun)
    places = participants.noun_places(context, noun) + participants.places(context, noun)
    places += participants.places(context, light)
    time = event_time(context.dated, clause, noun)
    if generic_plural(noun) and not (agents or patients or places or time):
        salient = False  # "Wall Street buys off elections": a kind of happening, kept as data
    mention = event_mention(
        context.article,
        tokens,
        noun,
        lemma=lemma,
        label=label(tokens),
        kind=typed,
        agents=agents,
        patients=patients,
        places=places,
        time=time,
        claim=claim_of(context, clause, noun),
        salient=salient,
    )
    return Found(mention, clause, noun)


def _noun_reading(context: EventContext, noun: Token, headline: str | None) -> tuple[str, EventType, bool] | None:
    """A noun's lemma, type and salience as an event; None for a name or a date's name ("in March", "by Sunday")."""
    lemma = headline or lemma_of(noun)
    typed = noun_type(noun, lemma)
    if figurative(noun, typed):
        typed = EventType.OTHER  # "a legal battle": a contest of words, kept as data, never shown
        salient = False
    elif verbal(noun, typed):
        typed = EventType.SPEECH  # "her attacks on his remarks": criticism
        salient = noun.dep_ != "compound" and headline is None
    else:
        salient = typed is not None and noun.dep_ != "compound" and headline is None and not _counted(noun)
    typed = typed or incidental_noun_type(lemma, context.verbs)
    if typed is None or (noun.ent_type_ in NAMED_ENTITIES and headline is None):
        return None
    if noun.ent_type_ in {"DATE", "TIME"} and noun.is_title:
        return None
    return lemma, typed, salient


def _counted(noun: Token) -> bool:
    """Whether a noun of :data:`COUNTED_NOUNS` names what is counted, not a happening: with a number or "every"
    ("18 first-place votes", "every last vote"), after a share ("52 percent of the vote") or as what was got or won
    ("got three votes"). "The vote on Friday", "cast their ballots" stay happenings."""
    if noun.lemma_.lower() not in COUNTED_NOUNS:
        return False
    if any(c.dep_ == "nummod" or (c.dep_ == "det" and c.lower_ in {"every", "each"}) for c in noun.children):
        return True
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "of":
        return head.head.lemma_.lower() in SHARE_WORDS or head.head.pos_ == "NUM"
    return noun.dep_ == "dobj" and head.lemma_.lower() in TALLY_VERBS


def _light_verb(noun: Token) -> Token | None:
    """The light verb whose event object ``noun`` is: "launched" of "launched a series of counter-offensives"."""
    verb = governor(noun)
    if verb is not None and verb.lemma_.lower() in LIGHT_VERBS and same(event_object(verb), noun):
        return verb
    return None


def _noun_words(context: EventContext, noun: Token, light: Token | None) -> list[Token]:
    """The words of a noun event's label: the noun and its qualifiers, the light verb and its subject (no bare
    pronoun: "gave a speech"), the named owner ("Putin's"), and participants in prepositions ("against Russia")."""
    tokens = [noun, *qualifiers(noun)]
    if light is not None:
        subject = participants.chunk_of(context, light, NOMINAL_SUBJECTS)
        tokens += [light, *(t for t in subject if not _stray_pronoun(t))]
    tokens += [
        t for c in noun.children if _named_owner(c) for t in [*participants.chunk(context, c), *children(c, "case")]
    ]
    tokens += _participant_phrases(context, noun)
    return tokens


def _named_owner(child: Token) -> bool:
    """A name owning the event: "Putin's", "Russian" (an entity), "Kremlin" (a proper-noun compound)."""
    if child.dep_ == "amod":
        return bool(child.ent_type_)
    return child.dep_ in {"poss", "compound"} and child.pos_ == "PROPN"


def _participant_phrases(context: EventContext, noun: Token) -> list[Token]:
    """The prepositional phrases of an event noun naming an actor ("against Russia", "by the military") or its
    target, whatever it is ("an attack on a Marine barracks"); a noun with nothing else to tell which one it is keeps
    its place ("the attack in Benghazi")."""
    tokens = [t for prep in noun.children for t in _participant_phrase(context, prep)]
    if tokens or any(c.dep_ in {"poss", "compound"} for c in noun.children):
        return tokens
    for prep, pobj in _prepositions(noun):
        if prep.lower_ in PLACE_PREPOSITIONS and pobj.ent_type_ in PLACE_ENTITIES:
            return [prep, *participants.chunk(context, pobj)]
    return tokens


def _prepositions(token: Token) -> list[tuple[Token, Token]]:
    """The prepositions of ``token`` with their objects."""
    return [(prep, pobj) for prep in children(token, "prep") for pobj in children(prep, "pobj")[:1]]


def _participant_phrase(context: EventContext, prep: Token) -> list[Token]:
    """A preposition's phrase naming an event's target or an actor in it; none for a time or a pronoun."""
    pobj = next((x for x in prep.children if x.dep_ == "pobj"), None)
    if prep.dep_ != "prep" or pobj is None or pobj.ent_type_ in {"DATE", "TIME"} or pronoun_held(pobj):
        return []
    actor = pobj.pos_ == "PROPN" or is_actor_noun(pobj) or bool(pobj.ent_type_)
    if prep.lower_ in TARGET_PREPOSITIONS or (prep.lower_ in PATIENT_PREPOSITIONS | AGENT_PREPOSITIONS and actor):
        return [prep, *participants.chunk(context, pobj)]
    return []
