"""Triggers of violence that name words, and verbs that name a state: figures of speech ("struck down the law", "a
legal battle"), criticism told in words of attack ("attacked her remarks", "lambasted the plan"), and
standings or seemings told in the past ("led the polls", "sounded confident").

:mod:`graph.extract.event_triggers` reads these to type an event or to drop it; the parse helpers are in
:mod:`graph.extract.event_syntax`, the word tables in :mod:`graph.extract.event_words`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from graph.extract.event_syntax import clause_head, event_type, prepositional_objects, someone
from graph.extract.event_words import (
    ARMED_PEOPLE,
    ATTACK_QUALIFIERS,
    CONTEST_PREPOSITIONS,
    CONTEST_QUALIFIERS,
    COPULAR_VERBS,
    CRITICISM_ONLY,
    CRITICISM_WORDS,
    FIGHT_WORDS,
    FIGURATIVE_OBJECTS,
    FLOOR_VERBS,
    HABITUAL_ADVERBS,
    HARM_WORDS,
    MANAGING_VERBS,
    PASSED_ISSUES,
    PASSING_PREPOSITIONS,
    PLACE_STANDINGS,
    POLICY_ISSUES,
    ROLE_VERBS,
    SEIZING_PREPOSITIONS,
    SEIZING_VERBS,
    STANDING_VERBS,
    STANDINGS,
    VERBAL_TARGETS,
    VIOLENCE_VERBS,
)
from graph.model import EventType

if TYPE_CHECKING:
    from spacy.tokens import Token


def figurative(token: Token, typed: EventType | None) -> bool:
    """Whether a trigger of violence is a figure of speech: a verb done to a text, a plan or an idiom's object
    ("struck down the law", "killed the Dorvan Jobs Bill", "struck a chord", "seized the floor"; never a person:
    "shot Detective Ray Law"), a verb of seizing with no object falling "on" words or a plan ("seized on her
    remark", "pounced upon the plan"), or rising without an object ("the odds shot up"); a fight that is a contest of
    words (:func:`_contest_of_words`: "a legal battle", "the fight over the budget", "fought over the budget"); or a
    motion past an issue ("moved past the scandal", "went beyond the budget"; not "drove past the checkpoint", "moved
    past the rally")."""
    if typed is EventType.MOVEMENT:
        passed = prepositional_objects(token, PASSING_PREPOSITIONS)
        return any(_passed_issue(o) for o in passed)
    if typed is not EventType.CONFLICT:
        return False
    if _contest_of_words(token):
        return True
    if token.pos_ != "VERB":
        return False
    objects = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    if any(_figurative_object(token, o) for o in objects):
        return True
    if not objects and _seized_on_words(token):
        return True  # "seized on her remark", "pounced upon the plan"
    return not objects and any(c.dep_ == "prt" and c.lower_ == "up" for c in token.children)


def verbal(token: Token, typed: EventType | None) -> bool:
    """Whether a word of attacking or fighting names words, not violence, which is read narrowly: a verb's object, or
    a noun's "on", "against" or "of" object, is a text, a word, a decision or a policy ("attacked her remarks",
    "lambasted the plan", "her attacks on his decision", "a war of words"); or "a personal/verbal/rhetorical attack".
    Never where its clause (:func:`_violence_told`) tells of a death or a wound, has a "with" phrase, a second verb of
    violence or armed or violent people ("attacked the convoy with rockets, killing six", "Rioters attacked the
    reform, smashing windows", "Taliban fighters attacked the vote"), and never from a reason, a setting, a name
    called or a quote nearby: "attacked protesters for blocking the motorway", "attacked a referee on live
    television", "attacked Ravi Sen as a traitor", "the troops shot back" stay violence. A noun is read only if it is
    typed violence already; a verb if it is, or if it is a verb of criticism ("slammed", "lambasted")."""
    lemma = token.lemma_.lower()
    noun = token.pos_ != "VERB"
    if typed is not EventType.CONFLICT and (noun or lemma not in CRITICISM_WORDS):
        return False
    if noun and lemma in {"blast", "bash"}:  # "a bomb blast"
        return False
    if lemma not in CRITICISM_WORDS | FIGHT_WORDS or _harm_told(token) or _violence_told(token):
        return False
    targets = prepositional_objects(token, frozenset({"on", "against"} | ({"of"} if noun else set())))
    targets += [] if noun else [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    contests = [t for t in targets if t.lemma_.lower() in FIGHT_WORDS]  # "fought a war of words"
    if any(_verbal_target(t) for t in targets) or any(verbal(t, EventType.CONFLICT) for t in contests):
        return True
    return noun and any(c.dep_ == "amod" and c.lower_ in ATTACK_QUALIFIERS for c in token.children)


def criticised(verb: Token) -> bool:
    """Whether a verb of :data:`~graph.extract.event_words.CRITICISM_ONLY` with a person or a body for object names
    criticism ("blasted Rubio", "slammed the mayor"), its clause telling no violence ("blasted the protesters with
    water cannon")."""
    if verb.lemma_.lower() not in CRITICISM_ONLY or _harm_told(verb) or _violence_told(verb):
        return False
    return any(someone(c) for c in verb.children if c.dep_ == "dobj")


def _violence_told(token: Token) -> bool:
    """Whether the clause of ``token`` (its head verb's subtree) has a "with" phrase ("fought against the tax with
    stones"), a second verb of violence (:data:`VIOLENCE_VERBS`: "attacked the reform, smashing windows") or armed or
    violent people (:data:`ARMED_PEOPLE`: "Taliban fighters attacked the vote", "attacks on the election by
    militants"): then an attack or a fight is never words."""
    head = clause_head(token)
    for word in head.subtree if head is not None else token.sent:
        if word.dep_ == "prep" and word.lower_ == "with":
            return True
        if word.i != token.i and word.pos_ == "VERB" and word.lemma_.lower() in VIOLENCE_VERBS:
            return True
        if word.pos_ in {"NOUN", "PROPN"} and {word.lemma_.lower(), word.lower_} & ARMED_PEOPLE:
            return True
    return False


def _contest_of_words(token: Token) -> bool:
    """Whether a fight, the verb or the noun alike, is a contest of words: a noun qualified so ("a legal battle", "a
    trade war"; "a turf war" only where no death or wound is told), or a fight over a policy issue with no one
    fought ("the fight over the budget", "the mayor fought over the budget"; not "fought protesters over the tax",
    "the fight with police over the tax", "fought over a seat") in a clause that tells of no death or wound. A subject
    joined by "and" or in the plural fought one another: "Police and protesters fought over the fuel tax", "two
    senators fought over the budget" stay violence."""
    if token.lemma_.lower() not in FIGHT_WORDS and token.lower_ not in FIGHT_WORDS:
        return False
    modifiers = [c for c in token.children if c.dep_ in {"amod", "compound"}] if token.pos_ != "VERB" else []
    words = set().union(*({c.lower_, "".join(w.lower_ for w in c.subtree if w.is_alpha)} for c in modifiers))
    qualified = words & CONTEST_QUALIFIERS  # "re-election" is one word of three tokens
    if qualified - {"turf"}:
        return True
    fought = any(c.dep_ in {"dobj", "nsubjpass"} for c in token.children)
    fought = fought or bool(prepositional_objects(token, frozenset({"with", "against", "between"})))
    subjects = [c for c in token.children if c.dep_ == "nsubj"]  # "Police and protesters fought", "Rivals fought"
    fought = fought or any(s.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "conj" for c in s.children) for s in subjects)
    objects = prepositional_objects(token, CONTEST_PREPOSITIONS)
    issues = [o for o in objects if o.pos_ == "NOUN" and o.lemma_.lower() in POLICY_ISSUES] if not fought else []
    return bool(qualified or issues) and not _harm_told(token)


def _passed_issue(noun: Token) -> bool:
    """A common noun naming an issue, no gathering or place: "scandal", "the dispute", "the budget"."""
    lemma = noun.lemma_.lower()
    return noun.pos_ == "NOUN" and (lemma in PASSED_ISSUES or lemma in POLICY_ISSUES)


def _verbal_target(target: Token) -> bool:
    """A common noun one attacks or fights only with words or policy: "remarks", "the bill", "the tax"."""
    if target.pos_ != "NOUN":
        return False
    words = {target.lemma_.lower(), target.lower_}
    return bool(words & (VERBAL_TARGETS | FIGURATIVE_OBJECTS))


def stative(verb: Token) -> bool:
    """A verb that tells a standing or how something seems, no happening: "led the polls", "topped a list", "trailed
    in the race", "sounded confident", "the count stayed flat", "looked like a winner" (not "led the march",
    "sounded the alarm"). An "in" object counts only where the verb has no object, and never a field or a market:
    "headed the delegation in the race", "led the troops in the field" happen."""
    lemma = verb.lemma_.lower()
    if lemma in STANDING_VERBS:
        ranks = [c for c in verb.children if c.dep_ == "dobj"]
        places = [] if ranks else prepositional_objects(verb, frozenset({"in"}))
        standing = [r for r in ranks if {r.lemma_.lower(), r.lower_} & STANDINGS]
        return bool(standing) or any({p.lemma_.lower(), p.lower_} & (STANDINGS - PLACE_STANDINGS) for p in places)
    if lemma in COPULAR_VERBS:
        like = prepositional_objects(verb, frozenset({"like"}))
        return bool(like) or any(c.dep_ in {"acomp", "attr", "oprd"} for c in verb.children)
    return False


def holds_post(verb: Token) -> bool:
    """A verb that tells a post someone holds ("who served as Romney's chief strategist", "worked for Breitbart at the
    time", "Stuart Dunn, who managed Lee's 1996 campaign": :data:`~graph.extract.event_words.MANAGING_VERBS`): a
    standing, kept as data (not "served dinner", "worked for months", "the man who led the attack")."""
    lemma = verb.lemma_.lower()
    if lemma in MANAGING_VERBS and verb.dep_ == "relcl" and someone(verb.head):
        managed = [o for o in verb.children if o.dep_ == "dobj"]  # "who ran for president" runs nothing
        return bool(managed) and not any(event_type(o.lemma_.lower(), verb=False) for o in managed)
    posts = prepositional_objects(verb, ROLE_VERBS[lemma]) if lemma in ROLE_VERBS else []
    return any(p.ent_type_ not in {"DATE", "TIME"} for p in posts)


def habitual(verb: Token) -> bool:
    """A verb told as a habit by an adverb of its own ("voters who have typically backed her", "the council usually
    meets in May"; :data:`~graph.extract.event_words.HABITUAL_ADVERBS`): what tends to happen, no happening."""
    return any(c.dep_ == "advmod" and c.lower_ in HABITUAL_ADVERBS for c in verb.children)


def _seized_on_words(verb: Token) -> bool:
    """Whether a verb of taking up an opening falls "on" words or a plan: "seized on her remark", "pounced upon the
    plan" (not "seized upon the bridge", nor "attacked a nurse on admission")."""
    on_words = any(_verbal_target(o) for o in prepositional_objects(verb, SEIZING_PREPOSITIONS))
    return verb.lemma_.lower() in SEIZING_VERBS and on_words


def _figurative_object(verb: Token, obj: Token) -> bool:
    """Whether a verb of violence's object makes it a figure of speech: a text, a plan or an idiom's object, common
    ("the bill") or the last word of a name ("the Dorvan Jobs Bill"), or "the floor" of "seized the floor". A person
    is never one ("shot Detective Ray Law", "killed Bill"), nor is a name with no entity unless "the" comes before it,
    as it never does before a person's name."""
    if obj.ent_type_ == "PERSON":
        return False
    named = any(c.dep_ == "det" and c.lower_ == "the" for c in obj.children)
    if obj.pos_ == "PROPN" and not obj.ent_type_ and not named:
        return False
    if obj.lemma_.lower() in FIGURATIVE_OBJECTS or obj.lower_ in FIGURATIVE_OBJECTS:
        return True
    plain = all(c.dep_ == "det" for c in obj.children)  # "the floor", not "the third floor", "the floor of …"
    return obj.lower_ == "floor" and plain and verb.lemma_.lower() in FLOOR_VERBS


def _harm_told(noun: Token) -> bool:
    """Whether the clause of ``noun`` (its head verb's subtree) tells of a death or a wound: a word of
    :data:`HARM_WORDS` that is no part of a name of an issue ("the death tax") and whose own event is no figure of
    speech ("killed the bill")."""
    head = clause_head(noun)
    for word in head.subtree if head is not None else noun.sent:
        if word.lemma_.lower() not in HARM_WORDS and word.lower_ not in HARM_WORDS:
            continue
        if word.dep_ == "compound" or (word.pos_ == "VERB" and figurative(word, EventType.CONFLICT)):
            continue
        return True
    return False
