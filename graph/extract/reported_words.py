"""The words of reported speech: the cues and the nouns whose clause, infinitive, object or preposition is what was
said, and the test of a noun phrase that can say or be told something.

:mod:`graph.extract.reported` finds statements with them; :mod:`graph.extract.quote_cues` asks :func:`can_speak` of the
subject of a quote's cue.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from graph.extract.actor_words import STUDY_NOUNS
from graph.extract.attribution import INDIRECT_VERBS
from graph.extract.documents import document_of
from graph.extract.speaker_subjects import singular
from graph.extract.speaker_words import (
    BODY_NOUNS,
    COLLECTIVE_NOUNS,
    KIN_NOUNS,
    PERSON_NOUNS,
    PHRASAL_CUES,
    ROLE_NOUNS,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

APPEAL_VERBS = frozenset(
    {"advise", "appeal", "ask", "beg", "caution", "demand", "implore", "instruct", "tell", "urge", "warn"}
)
"""Reported appeals: "X urged Moscow to …" reports what X asked for."""
CLAUSE_VERBS = INDIRECT_VERBS | frozenset(
    {"ask", "respond", "reply", "suggest", "tweet", "post", "testify", "contend", "recall", "observe", "agree",
     "boast", "brag", "counter", "hint", "joke", "lament", "quip", "retort", "signal", "speculate", "wonder",
     "estimate", "calculate", "project", "imply", "repeat"}
)  # fmt: skip
"""Cues whose clause ("that …", "whether …", or the sentence around them) is what was said."""
MANNER_CUES = frozenset({"estimate", "calculate", "project", "hint", "imply", "signal"})
"""Cues that things do without speech ("the lights signalled that …", "the results hint that …", "the rise implies
that …", "the app calculates that …"): said only by one that can state something (:func:`can_state`)."""
CLAUSE_PHRASALS = PHRASAL_CUES - {("go", "on")}
"""Those whose clause is what was said ("she shot back that …"); not "go on", which goes on to do or goes on as if
nothing happened."""
INFINITIVE_VERBS = frozenset({"claim", "promise", "vow", "threaten", "pledge", "agree", "offer", "refuse", "deny"})
"""Cues whose infinitive is what was said: "claimed to have voted", "vowed to fight on"."""
NOUN_VERBS = frozenset(
    {"announce", "propose", "deny", "confirm", "acknowledge", "admit", "reveal", "disclose", "predict", "unveil"}
)
"""Cues whose object is what was said when it is a phrase, not a bare noun: "announced plans to close the plant"."""
BARE_NOUN_VERBS = frozenset(
    {"acknowledge", "announce", "concede", "emphasise", "emphasize", "note", "predict", "reiterate",
     "stress", "tweet"}
)  # fmt: skip
"""Cues whose object is what was said even as a bare noun: "announced his resignation", "tweeted her thanks"."""
OWNED_NOUN_VERBS = frozenset({"acknowledge", "note"})
"""Of those, cues that also take a thing seen or admitted ("noted the time and left"): its noun is what was said only
with an owner ("noted her long career", "acknowledged their long odds")."""
FINDING_VERBS = frozenset({"find"})
"""Verbs that report a study's result as its claim when a study or those who make one are the subject
(:func:`finds`)."""
INQUIRERS = frozenset(
    {"analyst", "auditor", "author", "coroner", "inspector", "investigator", "jury", "panel", "regulator",
     "researcher", "scientist", "watchdog"}
)  # fmt: skip
"""Those who inquire, whom the lists of speakers' nouns leave out: "investigators found that …", "scientists
estimated that …"; an office only in a compound that names its work ("the budget office", :func:`finds`)."""
FINDING_BODIES = frozenset({"board", "commission", "committee"})
"""Deliberative bodies, whose finding is a verdict they state ("the committee found that …"); a jury, a panel and an
inquiry find already as those who inquire (:data:`INQUIRERS`, :data:`STUDY_NOUNS`)."""
GROUP_PRONOUNS = frozenset(
    {"all", "another", "both", "few", "many", "most", "others", "several", "some", "someone", "those"}
)
"""Pronouns that name a group of speakers by themselves: "some argue that …", "most of them said …"."""
TOPIC_VERBS = {
    "argue": ("against", "for"),
    "ask": ("about", "for"),
    "caution": ("against",),
    "complain": ("about", "of"),
    "plead": ("for",),
    "press": ("for",),
    "warn": ("about", "against", "of"),
}
"""Cues whose preposition names what was urged or objected to: "warned against a new war", "argued for lower taxes"."""
OBJECT_TOPICS = {
    ("claim", "credit"): "for",
    ("claim", "responsibility"): "for",
    ("recount", "story"): "of",
    ("tell", "story"): "of",
    ("tell", "tale"): "of",
}
"""A cue and its object whose preposition names what was said: "claimed responsibility for the attack", "told the
story of how she fled"."""
ACCUSING_VERBS = {
    "accuse": ("of",),
    "blame": ("for", "on"),
    "charge": ("with",),
    "condemn": ("for",),
    "criticise": ("for",),
    "criticize": ("for",),
    "fault": ("for",),
    "praise": ("for",),
}
"""Cues that judge their object, and the preposition that says for what: "accused her rival of lying", "charged
the driver with fraud", "blamed the crisis on the council"."""
CHARGE_VERBS = frozenset({"charge"})
"""Accusing cues whose preposition also takes a tool or a task ("charged the crowd with batons", "charged her with
the task of …"): an accusation only when what it names is an offence (:data:`OFFENCES`) or a gerund ("with
lying")."""
OFFENCES = frozenset(
    {"abuse", "arson", "assault", "battery", "breach", "bribery", "burglary", "conspiracy", "contempt",
     "corruption", "count", "crime", "defamation", "desertion", "embezzlement", "espionage", "evasion",
     "extortion", "felony", "forgery", "fraud", "genocide", "harassment", "homicide", "incitement", "kidnapping",
     "larceny", "laundering", "libel", "manslaughter", "misappropriation", "misconduct", "misdemeanor",
     "misdemeanour", "murder", "negligence", "obstruction", "offence", "offense", "perjury", "possession", "rape",
     "racketeering", "robbery", "sabotage", "sedition", "slander", "smuggling", "terrorism", "theft",
     "trafficking", "treason", "vandalism", "violation", "wrongdoing"}
)  # fmt: skip
"""Nouns of wrongdoing that one is charged with: "charged two developers with fraud", "with two counts of theft"."""
DESCRIBING_VERBS = {"call": "oprd", "describe": "prep"}
"""Cues that say what their object is, and the dependency of what they say: "called it a disaster", "described it
as a disaster"."""
CLAIM_NOUNS = frozenset(
    {"accusation", "admission", "allegation", "announcement", "argument", "assertion", "assurance", "charge", "claim",
     "comment", "complaint", "contention", "declaration", "denial", "insistence", "message", "pledge", "prediction",
     "promise", "remark", "statement", "suggestion", "threat", "vow", "warning"}
)  # fmt: skip
"""Nouns of saying whose "that" clause is what was said: "his claim that he won"."""
ASKING_NOUNS = frozenset({"appeal", "call", "demand", "plea"})
"""Nouns of asking whose "for" phrase is what was asked: "her call for an inquiry"."""
DEMAND_NOUNS = ASKING_NOUNS | frozenset({"pledge", "promise", "threat", "vow"})
"""Nouns of asking or promising whose infinitive is what was said ("his pledge to cut taxes"); a "for" phrase only of
asking (:data:`ASKING_NOUNS`): "his pledge for the new year" names a time, not a promise."""
SAYING_NOUNS = CLAIM_NOUNS | DEMAND_NOUNS
"""Every noun whose content is what was said (:data:`CLAIM_NOUNS`, :data:`DEMAND_NOUNS`)."""
SOURCE_NOUNS = ROLE_NOUNS | KIN_NOUNS | BODY_NOUNS | COLLECTIVE_NOUNS
"""Singular nouns of people and bodies that "according to" gives as a source ("according to a senior official")."""
PEOPLE = frozenset(
    {"people", "person", "crowd", "audience", "public", "family", "child", "kid", "student", "parent", "citizen",
     "fan", "veteran", "soldier", "police", "officer", "doctor", "nurse", "teacher", "neighbor", "neighbour"}
)  # fmt: skip
"""Nouns of people that the lists of speakers' nouns leave out: "people told her “…”" is speech by people."""


def finds(verb: Token) -> bool:
    """Whether a verb reports what a study or those who made one found: "the audit found that …", "investigators
    found that …", "a poll found “…”", "the committee found that …"; the subject is a study (:data:`STUDY_NOUNS`),
    one who inquires (:data:`INQUIRERS`, "the budget office") or a deliberative body (:data:`FINDING_BODIES`), never
    a thing, a person or the police, whose finding is what they came upon ("the woman found that her car was gone",
    "police found that the door was open")."""
    if verb.lemma_.lower() not in FINDING_VERBS:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ in {"PRON", "PROPN"} or subject.ent_type_ == "PERSON":
        return False
    return _inquires(subject) or bool(_head_nouns(subject) & FINDING_BODIES)


def _inquires(token: Token) -> bool:
    """Whether a noun phrase's head is a study (:data:`STUDY_NOUNS`) or one who inquires (:data:`INQUIRERS`), or an
    office named for its work ("the budget office", never a bare "the office")."""
    nouns = _head_nouns(token)
    if "office" in nouns and any(c.dep_ == "compound" for c in token.children):
        return True
    return bool(nouns & (STUDY_NOUNS | INQUIRERS))


def _head_nouns(token: Token) -> set[str]:
    """The forms a noun phrase's head is looked up by in the lists: its lemma and its singular ("officials")."""
    return {token.lemma_.lower(), singular(token.lower_)}


def can_state(token: Token) -> bool:
    """Whether a noun phrase's head can state, estimate or call for something: one that can speak
    (:func:`can_speak`), a study or a legal text (:data:`STUDY_NOUNS`) or one who inquires (:data:`INQUIRERS`)."""
    return _inquires(token) or can_speak(token)


def can_be_told(token: Token) -> bool:
    """Whether a noun phrase's head is one something can be told to ("told reporters on Monday that …"): a name, a
    pronoun, or a noun of people or bodies; never a document nor a noun whose clause is its content ("denied reports
    that …", "found no evidence that …")."""
    if token.ent_type_ or token.pos_ in {"PRON", "PROPN"}:
        return True
    return bool(_head_nouns(token) & (SOURCE_NOUNS | PERSON_NOUNS | PEOPLE))


def can_speak(token: Token) -> bool:
    """Whether a noun phrase's head can say or be told something: a name, a pronoun, or a noun of people, bodies or
    documents; never a thing ("the deal would demand", "the question was asked")."""
    return can_be_told(token) or document_of(token) is not None
