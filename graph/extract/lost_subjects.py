"""The speaker of a cue whose subject the parse lost: in the commas around a quote ("“…,” Tom Hill, a strategist,
said"), among names the recogniser missed ("“…,” said Dorgle"), inside the quoted words it hung the cue on, or in a
clause the cue was joined to whose subject is a thing that cannot speak ("said the decision was made … and said");
and the person named in commas before a main verb the parse left with no subject, whom a later "he" takes up.

:func:`graph.extract.attribution.subject_of` reads a cue's subject from the parse; :mod:`graph.extract.quotes` asks
here when that gives none, or one inside the quote.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from graph.extract.attribution import FINITE, PARTICIPLES, entity_end, entity_start, opens_time, subject_of
from graph.extract.event_words import INCIDENTAL_NOUNS, NOUN_TYPES
from graph.extract.reported_words import can_speak, can_state
from graph.extract.speaker_words import of_people
from graph.model import EventType

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

TELLING_VERBS = frozenset({"tell", "remind"})
"""Verbs whose object follows them with no inversion: "told the Courier" names whom it was told to, not who speaks."""
STATING_THINGS = frozenset(
    {"lawsuit", "indictment", "contract", "agreement", "treaty", "settlement", "plan", "bid", "offer", "testimony",
     "release", "charge", "ruling", "verdict", "injunction", "sentence", "petition", "deal", "poll", "probe",
     "inquiry", "review", "audit", "investigation", "hearing", "trial"}
)  # fmt: skip
"""Nouns of happenings that are also texts or findings, which state, allege or call for ("the lawsuit alleges …",
"the plan calls for …"): a thing that cannot speak only with a verb no text has ("… said the contract was void and
warned …": the one who said it warns)."""
STATING_VERBS = frozenset(
    {"allege", "state", "require", "stipulate", "say", "claim", "find", "conclude", "call", "demand", "provide",
     "specify", "show", "propose", "recommend", "accuse", "charge", "argue", "seek", "ask", "urge", "list"}
)  # fmt: skip
"""What a text or a finding may do itself ("the lawsuit alleges …", "the plan calls for …")."""
THING_NOUNS = (
    frozenset(lemma for lemma, kind in NOUN_TYPES.items() if kind is not EventType.SPEECH)
    | INCIDENTAL_NOUNS
    | frozenset({"comment", "remark", "tone", "mood", "assumption", "refusal", "shakeup", "deadlock", "idea"})
) - STATING_THINGS
"""Nouns of happenings and of what is said or thought, which never speak ("his visit was private", "the tone was
friendly"): a reporting verb the parse gave one of them as its subject is someone else's. Speech events ("a
letter", "the warning") and texts that state (:data:`STATING_THINGS`) are no such things."""
THING_CUES = frozenset(
    {"signal", "suggest", "show", "indicate", "call", "mean", "reflect", "prove", "demonstrate", "reveal",
     "highlight", "underscore", "raise"}
)  # fmt: skip
"""Cues a thing may have as its subject ("the move signalled that …", "the vote showed that …")."""
PEOPLE_ENDINGS = ("ant", "ent", "ee")
"""Endings of nouns that may name people ("defendant", "resident", "employee"), beside those of
:func:`graph.extract.speaker_words.of_people`: a noun with one is never taken for a thing that cannot speak, though
many things end so too ("statement", "restaurant")."""
MAX_DESCRIPTION = 12
"""The most words a description set off in commas after a name may have ("Jay Orr, the club's president, said")."""
INVERTING = frozenset({"CCONJ", "ADV"})
"""The parts of speech that may open a sentence before a verb inverted with its subject ("And added Tom Hill:",
"Later added Ann Lee:")."""
SPEAKING_ENTITIES = frozenset({"PERSON", "ORG"})
"""The recogniser's labels on names that speak: people and organisations."""


def subject_outside(verb: Token, start: int, end: int) -> Token | None:
    """The speaker of a quote (tokens ``start`` to ``end``) whose cue's subject the parse found inside the quoted
    words: for a cue after the quote, the name after its closing mark ("''…,'' Mr. Quenby, now 67, said", "“…,”
    Ann Lee, who runs the firm, tweeted on Monday"); for a
    participle before it that the parse hung on the quoted words ("Ann Lee seemed ready, telling the crowd, “Some
    people …”"), the subject of its sentence's main verb, before it; else none."""
    if verb.i >= end:
        after_mark = verb.doc[end : verb.i]
        person = next((t for t in after_mark if t.ent_type_ == "PERSON"), None)
        return apposed_subject(verb, end) or (entity_end(person) if person is not None else None)
    root = verb.sent.root
    if verb.tag_ != "VBG" or root.i >= verb.i or start <= root.i < end:
        return None
    subject = subject_of(root)
    return subject if subject is not None and not start <= subject.i < end else None


def speaker_past_thing(verb: Token, subject: Token | None) -> Token | None:
    """The speaker of a cue whose subject the parse gives as ``subject``: that subject, unless it is a thing that
    cannot speak in a clause the cue was joined to, whose reporter speaks instead (:func:`_reporter_of_thing`)."""
    return _reporter_of_thing(verb, subject) or subject


def _reporter_of_thing(verb: Token, subject: Token | None) -> Token | None:
    """The speaker of a cue that the parse joined, by "and" or as a participle (after a preposition too), to a clause
    below another verb (one that someone reports, makes clear or acts in), and whose subject it took from that
    clause, when that subject is a thing, which cannot speak (:func:`_thing`): the subject of the verb above the
    clause ("Ann Lee said the decision was made by the board and said, “…”", "Tom Hill denied that a reshuffle was
    coming, explaining …", "The bishop made clear that his visit was not political, saying …", "Ann Lee said the
    budget failed before claiming …": Ann Lee, Tom Hill, the bishop, Ann Lee); and the speaker of an infinitive the
    parse hung on a thing as if the thing said it (:func:`_purpose_of`). None where that subject can speak ("Ann Lee
    said her son called and asked, “…”": the son asks; "Ann Lee said the study was funded by the council and
    concluded …": the study) or where the verb above has no speaking subject before the cue."""
    if subject is None or not _thing(subject, verb) or verb.lemma_.lower() in THING_CUES:
        return None
    purpose = _purpose_of(verb, subject)
    if purpose is not None:
        reporter = subject_of(purpose)
        if reporter is None or reporter.i > subject.i:
            return None
        return reporter if can_speak(reporter) or of_people(reporter) else None
    clause = _clause_joined(verb)
    if clause is None:
        return None
    if subject.head.i != clause.i or clause.i > verb.i:
        return None  # the cue's own subject, or one the parse found elsewhere
    nearer = _subject_between(clause, verb)
    if nearer is not None:
        return nearer
    if clause.dep_ in {"ccomp", "advcl"}:
        above = clause.head
    elif clause.dep_ == "acl" and clause.head.dep_ == "dobj":
        above = clause.head.head  # "denied the notion that …"
    else:
        return None
    if above.pos_ == "ADJ" and above.dep_ in {"ccomp", "acomp", "oprd"}:
        above = above.head  # "made clear that …"
    if above.pos_ not in {"VERB", "AUX"} or (verb.tag_ in FINITE and verb.tag_ != above.tag_):
        return None  # "… said the lawsuit was filed and alleges …": a verb in another tense goes on with the clause's
    reporter = subject_of(above)
    return reporter if reporter is not None and reporter.i < verb.i and can_speak(reporter) else None


def _subject_between(clause: Token, verb: Token) -> Token | None:
    """The subject of a finite clause of time (:func:`~graph.extract.attribution.opens_time`) below the verb a
    participle cue was hung on, standing between that verb and the participle, when that subject can speak: the
    participle goes with the nearer clause ("The first protest came at noon, when students blocked the gate, chanting
    …": the students)."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG":
        return None
    between = [t for t in clause.subtree if clause.i < t.i < verb.i and t.tag_ in FINITE and opens_time(t)]
    subject = subject_of(between[-1]) if between else None
    return subject if subject is not None and can_speak(subject) else None


def _purpose_of(verb: Token, thing: Token) -> Token | None:
    """The verb whose purpose an infinitive cue tells, where the parse hung the infinitive on that verb's object, a
    thing (``thing``), as if the thing were to say it ("The coach pointed to an earlier game to say …", "She cited the
    storm to explain …": the coach, she)."""
    infinitive = any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)
    if verb.dep_ not in {"relcl", "acl"} or verb.head.i != thing.i or not infinitive:
        return None
    if any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in {"by", "from"}) for c in thing.children):
        return None  # "his campaign's decision to tell …", "a visit from police to say …": whose it is
    above = thing.head.head if thing.dep_ == "pobj" and thing.head.dep_ == "prep" else thing.head
    return above if thing.dep_ in {"dobj", "pobj"} and above.pos_ == "VERB" else None


def _clause_joined(verb: Token) -> Token | None:
    """The clause a cue is joined to: by "and" or as a participle ("… and said", "…, explaining"), or as a participle
    after a preposition of time or manner ("… before claiming", "… without naming")."""
    if verb.dep_ in {"conj", "advcl"}:
        return verb.head
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.dep_ == "prep":
        return verb.head.head
    return None


def _thing(token: Token, verb: Token) -> bool:
    """Whether a subject is a happening or a thing said or thought (:data:`THING_NOUNS`), any other thing that is no
    person of any trade (``of_people``, :data:`PEOPLE_ENDINGS`: "the budget", "the drought"; not "the pilot", "the
    defendant", "the employee"), or a text that states (:data:`STATING_THINGS`) with a verb no text has (``verb``:
    "the contract … warned"); never one that can state something (a study, a letter, a campaign:
    :func:`graph.extract.reported_words.can_state`)."""
    lemma = token.lemma_.lower()
    stating = lemma in STATING_THINGS and verb.lemma_.lower() not in STATING_VERBS
    unspeaking = not (of_people(token) or lemma.endswith(PEOPLE_ENDINGS) or lemma in STATING_THINGS)
    return token.pos_ == "NOUN" and (lemma in THING_NOUNS or stating or unspeaking) and not can_state(token)


def lost_subject(verb: Token) -> Token | None:
    """The person named in the commas before a sentence's main verb that the parse left with no subject, hanging
    the name on a word before it ("At the club, where dues run high, Jay Orr, its president, suggested …": Jay Orr
    is the subject a later "he" or "his" takes up): the name right before the verb's commas
    (:func:`named_in_commas`), else the sentence's only person where no other name follows it in commas."""
    if verb.pos_ != "VERB" or subject_of(verb) is not None:
        return None
    named = named_in_commas(verb)
    if named is not None:
        return named
    doc = verb.doc
    people = sum(1 for t in doc[verb.sent.start : verb.i] if t.ent_type_ == "PERSON" and t.ent_iob_ == "B")
    found = apposed_subject(verb, verb.sent.start) if people == 1 else None  # no other person to mistake it for
    if found is None or any(doc[k - 1].text == "," and doc[k].pos_ == "PROPN" for k in range(found.i + 2, verb.i)):
        return None  # "… owned by Frank Ellis, a veteran, Grady, the nominee, promised": a name after it in commas
    return found


def named_in_commas(verb: Token) -> Token | None:
    """The last word of the name set off right before ``verb``, with at most a description after it in commas
    ("…, Jay Orr, the club's president, suggested", "…, Moran, 61, thanked"): the subject of a verb whose subject the
    parse lost, never a name further back ("At a dinner hosted by Simon Finch, the club's owner, Tom Hardy, the
    chairman, announced …": Tom Hardy); none where a verb or another name stands in the description."""
    doc, start = verb.doc, verb.sent.start
    at = verb.i - 1
    if at <= start or doc[at].text != ",":
        return None
    at -= 1
    if _ends_name(doc[at]):
        return doc[at]
    described = at
    while described > start and doc[described].text != "," and at - described < MAX_DESCRIPTION:
        if doc[described].ent_type_ == "PERSON" or doc[described].pos_ in {"VERB", "AUX"}:
            return None
        described -= 1
    if doc[described].text != "," or described - 1 <= start:
        return None
    return doc[described - 1] if _ends_name(doc[described - 1]) else None


def _ends_name(token: Token) -> bool:
    """Whether ``token`` is the last word of a person's or a body's name (:func:`name_end`)."""
    end = name_end(token)
    return end is not None and end.i == token.i


def apposed_subject(verb: Token, floor: int) -> Token | None:
    """For a finite reporting verb the parse left with no subject, the person named right after it ("“…,” said Ann
    Lee, explaining …"; after a cue of any form that opens its sentence too: "Continued Ann Lee: “…”"), right before
    it, past its own adverbs ("… former governor Tom Hill (R-Ohio) also said") or first in the stretch that runs up
    to it from token ``floor`` (the closing mark of its quote, or the start of its sentence) and ends with a comma,
    appositives between ("“…,” Tom Hill, a strategist wearing a “Hill for Mayor” pin, said"): a subject the parser
    lost in its commas."""
    doc = verb.doc
    after = _named_after(verb)
    if after is not None and all(t.is_punct or t.is_space for t in doc[verb.sent.start : verb.i]):
        return after  # "Added Tom Hill: “…”", the cue opening its sentence
    perfect = verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    if not (verb.tag_ in FINITE or perfect) or verb.i == 0:
        return None
    return after or _named_before(verb, _before_adverbs(verb, verb.i - 2 if perfect else verb.i - 1), floor)


def _before_adverbs(verb: Token, last: int) -> int:
    """Where the word before ``verb`` is, past the verb's own adverbs right before it ("Ann Lee, without naming him,
    also accused …": the comma before "also")."""
    doc = verb.doc
    while last > verb.sent.start and doc[last].dep_ in {"advmod", "neg"} and doc[last].head.i == verb.i:
        last -= 1
    return last


def _named_after(verb: Token) -> Token | None:
    """The last word of the person or body named right after ``verb``, if one is and is not whom it is told to ("told
    the Courier"), nor its object where the verb is not inverted, as it is after a quote, a comma or at its
    sentence's start, with at most a conjunction or an adverb before it ("And added Tom Hill: “…”"; "Ann Lee,
    without naming him, also accused Tom Hill of …": not Tom Hill)."""
    doc = verb.doc
    after = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    if after is None or after.ent_iob_ == "I" or verb.lemma_.lower() in TELLING_VERBS:
        return None
    named = name_end(after) or _lone_name(after)
    opening = doc[verb.sent.start : verb.i]
    inverted = doc[verb.i - 1].is_punct or all(t.is_punct or t.is_space or t.pos_ in INVERTING for t in opening)
    if named is None or inverted or named.dep_ not in {"dobj", "dative"} or named.head.i != verb.i:
        return named
    return None


def _lone_name(token: Token) -> Token | None:
    """A capitalised word the tagger and the recogniser both missed, standing alone before punctuation ("“…,” said
    Dorgle, explaining …"): a surname, when it is no common word and no date."""
    doc = token.doc
    alone = token.i + 1 == len(doc) or doc[token.i + 1].is_punct
    named = token.is_alpha and token.text.istitle() and not token.is_stop and not token.ent_type_
    return token if alone and named else None


def _named_before(verb: Token, last: int, floor: int) -> Token | None:
    """The person or body named at ``last``, the word before the verb, or first in the stretch from ``floor`` that
    ends with a comma there (a person before a body: "“…,” Tom Hill, the Senate candidate, said")."""
    doc = verb.doc
    before = _before_aside(doc, last)
    if before is not None and name_end(before) is not None:
        return before
    if last < 0 or doc[last].text != ",":
        return None
    stretch = doc[max(floor, verb.sent.start) : verb.i]
    first = next((t for t in stretch if t.ent_type_ == "PERSON" and not _object(entity_end(t))), None)
    if first is not None:
        return entity_end(first)
    return next((end for end in map(name_end, stretch) if end is not None and not _object(end)), None)


def _object(name: Token) -> bool:
    """Whether a name is the object of a participle that opens a phrase, or of a preposition after such a participle
    or a noun, never a lost subject ("After meeting Dana Cruz in Lisbon, the president, tired, said", "Standing beside
    Ken Mori, the ambassador … said", "After the funeral of Rex Dorn, his widow … said", "Of Carson, Levine … said");
    a sentence's main verb is no such participle ("The row had come up after Mr. Hill, asked …, had said": Mr.
    Hill)."""
    if _after_opening_preposition(name):
        return True
    if name.dep_ == "pobj":
        return _opening_participle(name.head.head) or name.head.head.pos_ == "NOUN"
    return name.dep_ in {"dobj", "dative"} and _opening_participle(name.head)


def _after_opening_preposition(name: Token) -> bool:
    """Whether a name, with its title, follows the preposition that opens its sentence, whose object it is whatever
    the parser made of it ("Of Carson, Levine, who …, said", "Of Mayor Daley, Hoffman … said": not Carson, Daley)."""
    start = min([entity_start(name).i] + [c.left_edge.i for c in name.lefts if c.dep_ == "compound"])
    opening = name.doc[start - 1] if start > name.sent.start else None
    return opening is not None and opening.i == name.sent.start and opening.pos_ == "ADP"


def _opening_participle(verb: Token) -> bool:
    """Whether a verb is a participle below its sentence's main verb ("After meeting …", "Standing beside …")."""
    return verb.tag_ in PARTICIPLES and verb.dep_ != "ROOT"


def name_end(token: Token) -> Token | None:
    """The last word of the name ``token`` begins or ends, when it names someone who can speak: a person or an
    organisation, or a proper name the recogniser left untagged ("Dorvek answers", "Continued Vaskel:"), never a place
    or a date; none for any other word."""
    if token.ent_type_ in SPEAKING_ENTITIES:
        return entity_end(token)
    if token.pos_ != "PROPN" or token.ent_type_ or not token.text[:1].isupper():
        return None
    while token.dep_ == "compound" and token.head.pos_ == "PROPN" and token.head.i > token.i:
        token = token.head
    return token


def _before_aside(doc: Doc, i: int) -> Token | None:
    """The word at ``i``, or the one before the parenthesis that ends there ("Tom Hill (R-Ohio)")."""
    if i >= 0 and doc[i].text == ")":
        while i >= 0 and doc[i].text != "(":
            i -= 1
        i -= 1
    return doc[i] if i >= 0 else None
