"""What the dependency parse says about a would-be event, one token at a time: its lemma and type, the clause it
belongs to, whether that clause says it happened, and the light verb or demand it hangs under.

Nothing here looks at the article beyond the ``Doc``: these are the rules :mod:`graph.extract.event_triggers` and
:mod:`graph.extract.event_participants` combine.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from graph.extract.attribution import NOBODY, RELATIVE_PRONOUNS, is_dateline, negated
from graph.extract.event_words import (
    ACTOR_NOUNS,
    ATTITUDE_HEADS,
    AVOIDING_HEADS,
    CANCELLING_VERBS,
    CERTAINTY_ADJECTIVES,
    CONDITIONS,
    CONFIRMING_VERBS,
    CONTAINER_NOUNS,
    DOUBT_ADJECTIVES,
    EVIDENCE_NOUNS,
    FAILING_HEADS,
    GROUP_PEOPLE_NOUNS,
    HEDGING_PARTICIPLES,
    HYPOTHETICAL_HEADS,
    IMPLICATIVE_HEADS,
    INCIDENTAL_NOUNS,
    INVERTED_CONDITIONS,
    LIGHT_VERBS,
    MODALS,
    NEAR_NEGATIONS,
    NOTHING,
    NOUN_TYPES,
    OCCASIONS,
    PREVENTING_HEADS,
    PROPOSITION_NOUNS,
    QUALIFIED_NOUNS,
    QUALIFIERS,
    RELATION_MARKERS,
    RESTRICTING_NOUNS,
    SEEMING_VERBS,
    TIME_NOUNS,
    VERB_TYPES,
)
from graph.model import EventType

if TYPE_CHECKING:
    from spacy.tokens import Token

TRIGGER_POS = frozenset({"VERB", "NOUN", "PROPN", "ADJ"})
"""The parts of speech an event's trigger can have: a verb, or a noun or adjective naming what happened."""


def is_actor_noun(token: Token) -> bool:
    """Whether the common noun ``token`` names an actor: one of :data:`ACTOR_NOUNS` in either number ("senators",
    "a leader"), or the plural of one of :data:`GROUP_PEOPLE_NOUNS` ("prosecutors")."""
    lemma = token.lemma_.lower()
    plural = token.tag_ in {"NNS", "NNPS"}
    return token.lower_ in ACTOR_NOUNS or lemma in ACTOR_NOUNS or (plural and lemma in GROUP_PEOPLE_NOUNS)


def someone(token: Token) -> bool:
    """A person or a body, by name or by a noun of people: "Rubio", "Washington", "the mayor", "critics"."""
    return token.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"} or is_actor_noun(token)


def lemma_of(token: Token) -> str:
    """The trigger lemma with hyphens and case gone: "Counter-offensives" -> "counteroffensive"."""
    first = hyphen_start(token)
    words = [token] if first.i == token.i else [first, token]
    text = "".join(w.lemma_.lower() if w.i == token.i else w.lower_ for w in words)
    return re.sub(r"[^a-z]", "", text)


def event_type(lemma: str, verb: bool) -> EventType | None:
    """The type a trigger lemma names, or None when the tables do not know it."""
    return (VERB_TYPES if verb else NOUN_TYPES).get(lemma)


def hyphen_start(token: Token) -> Token:
    """The first half of a word written with a hyphen and no spaces ("counter" of "counter-offensives"), else
    ``token`` itself."""
    if token.i >= 2 and token.nbor(-1).text == "-" and token.nbor(-1).whitespace_ == "":
        return token.nbor(-2)
    return token


def adjectival_participle(verb: Token) -> bool:
    """A participle that qualifies a noun as an adjective does and tells of no happening: a present participle before
    its noun ("the running back", "a growing crowd"), a participle written with a hyphen ("a top-ranked team", "a
    mob-related case"), or one that hedges the noun ("the suspected thief", "an estimated 200 people")."""
    if verb.dep_ not in {"amod", "acl"} or verb.i > verb.head.i:
        return False
    if verb.tag_ == "VBG" or hyphen_start(verb).i != verb.i:
        return True
    return verb.lemma_.lower() in HEDGING_PARTICIPLES


def qualifiers(noun: Token) -> list[Token]:
    """The words kept in a label before an event noun: "open" letter, "special military" operation, "counter-"."""
    kept = [c for c in noun.children if c.dep_ in {"amod", "compound"} and c.lower_ in QUALIFIERS]
    first = hyphen_start(noun)
    if first.i != noun.i:
        kept += [first, noun.nbor(-1)]  # "counter-offensives"
    return kept


def label(tokens: Sequence[Token]) -> str:
    """The tokens in text order as one short phrase: "Ukrainian military launched counter-offensives"."""
    ordered = sorted({t.i: t for t in tokens}.values(), key=lambda t: t.i)
    text = " ".join(t.text for t in ordered if t.dep_ != "det" and not (t.is_punct and t.text != "-"))
    text = re.sub(r"\s+(['’]s?)\b", r"\1", text)
    text = re.sub(r"\s*-\s*", "-", text)
    return re.sub(r"^(?:the|The)\s+", "", text).strip()


def clause_label(parts: Sequence[Sequence[Token]]) -> str:
    """A clause's words as one phrase in the order English tells a clause, whatever order the text put them in:
    subject, verb, object ("Gowdy fired an Air Force major" for "a major who Gowdy fired"); each part in text order,
    a word told once."""
    seen: set[int] = set()
    texts = []
    for part in parts:
        kept = [t for t in part if t.i not in seen]
        seen.update(t.i for t in kept)
        if text := label(kept):
            texts.append(text)
    return " ".join(texts)


def adverbial_antecedent(noun: Token) -> bool:
    """A noun a relative clause qualifies that is no argument of it: a time ("the year the senator campaigned", "a
    time when voters left") or the focus of a cleft ("It was with that grit that she recovered")."""
    if noun.ent_type_ in {"DATE", "TIME"} or noun.lemma_.lower() in TIME_NOUNS:
        return True
    return noun.dep_ == "pobj" and noun.head.head.lemma_.lower() == "be"


def children(token: Token, dep: str) -> list[Token]:
    """The children of ``token`` attached with ``dep``, in text order."""
    return [c for c in token.children if c.dep_ == dep]


def subject(verb: Token) -> list[Token]:
    """The active subject of a clause. Where the parser gave it several, the one nearest the verb ("Clinton top aide
    Huma Abedin emailed", "the year that closures outpaced openings", "WASHINGTON (AP) — Donald Trump has invested"),
    passing over a title in quotation marks ("Washington, star of “Scandal,” thanked Obama") and a dateline's place in
    capitals; all of them where "and" or "or" stands between them ("Ali Rahm, who took office in May, and his cabinet
    resigned"). Subjects joined by "and" otherwise hang on the first."""
    subjects = children(verb, "nsubj")
    if len(subjects) > 1 and any(t.dep_ == "cc" for t in verb.doc[subjects[0].i : subjects[-1].i]):
        return subjects
    told = [s for s in subjects if not (_quoted(s) or is_dateline(s))]
    return (told or subjects)[-1:]


def _quoted(token: Token) -> bool:
    return token.i > 0 and token.doc[token.i - 1].is_quote


def prepositional_objects(token: Token, prepositions: frozenset[str]) -> list[Token]:
    """The objects of the prepositions of ``token`` that are among ``prepositions``: "Duma" of "called on the
    Duma"."""
    return [p for c in token.children if c.dep_ == "prep" and c.lower_ in prepositions for p in children(c, "pobj")]


def same(a: Token | None, b: Token | None) -> bool:
    """Whether two tokens are one: spaCy makes a new ``Token`` object on every access, so ``is`` never holds."""
    return a is not None and b is not None and a.i == b.i


def past(verb: Token) -> bool:
    """Simple past, perfect, or past passive: "fled", "has driven", "was arrested" (not "are stunned")."""
    if verb.tag_ == "VBD":
        return True
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    return verb.tag_ == "VBN" and bool(auxiliaries & {"has", "have", "had", "was", "were", "been"})


def generic_plural(noun: Token) -> bool:
    """An event noun in the plural with no determiner, owner, number or name before it, in a clause not told in the
    past or hung on a noun of no happening: a kind of happening, not one ("Wall Street buys off elections", "limits on
    punitive damages"; not "the elections", "Sunday's protests", "three raids", "Protests erupted", "police reported
    explosions", "stepped up attacks in the north")."""
    if noun.tag_ != "NNS":
        return False
    if any(c.dep_ in {"det", "poss", "nummod", "predet"} or c.ent_type_ for c in noun.children):
        return False
    head = noun
    while head.dep_ == "conj":
        head = head.head
    above = head.head.head
    if head.dep_ == "pobj" and above.pos_ in {"NOUN", "PROPN"} and not occasion_noun(above):
        return True  # "limits on punitive damages"; not "responded to protests with mass arrests"
    verb = clause_head(noun)
    return verb is not None and not past(verb)


def clause_head(token: Token) -> Token | None:
    """The nearest verb (or auxiliary root) above ``token``: the clause it belongs to."""
    current = token
    while current.pos_ not in {"VERB", "AUX"}:
        if current.head.i == current.i:
            return current if current.pos_ in {"VERB", "AUX"} else None
        current = current.head
    return current


def realis(verb: Token, nominal: Token | None = None) -> bool:
    """Not negated, not modal, not conditional, not wanted or threatened: it happened (or is happening).

    Under a head that wants or threatens it ("plans to …", "urged … to …") a clause is no event of its own; it counts
    only as the clause of ``nominal``, an event noun that ``verb``, a light verb, governs directly."""
    if _negated_or_modal(verb):
        return False
    # what is kept from happening or only supported is the gerund and what it governs directly ("from holding
    # rallies"), not a happening it is told against ("refrained from commenting on the arrest", "after the riots")
    own = nominal is None or nominal.head.i == verb.i
    if own and (prevented(verb) or (verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ATTITUDE_HEADS)):
        return False  # "barred the firm from selling", "support banning imports"
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in AVOIDING_HEADS:
        return False  # "avoided criticizing the police", "declined to attend"
    if verb.dep_ in {"xcomp", "ccomp", "advcl", "acl"} and verb.head.lemma_.lower() in HYPOTHETICAL_HEADS:
        return bool(nominal is not None and nominal.head.i == verb.i and verb.lemma_.lower() in LIGHT_VERBS)
    if verb.tag_ == "VB" and any(c.lower_ == "to" for c in verb.children) and verb.dep_ != "ROOT":
        return implied(verb)
    return True


def _means_told(gerund: Token) -> bool:
    """Whether a gerund after a preposition is told as done: not after "without" or "instead of" ("left without
    paying", "walked instead of driving"), and after "by" only where what it was the means of happened ("won by
    attacking his record", not "plans to win by attacking his record")."""
    preposition = gerund.head
    if preposition.lower_ == "without" and not negated(preposition.head):  # "did not leave without shooting": did
        return False
    if any(c.lower_ == "instead" for c in preposition.children):
        return False
    means_of = preposition.head
    return preposition.lower_ != "by" or means_of.pos_ != "VERB" or realis(means_of)


def prevented(verb: Token) -> bool:
    """A gerund told as kept from happening: after "from" under a verb of preventing ("barred the firm from selling
    the drug", "stopped him from leaving", "refrained from commenting"; not "returned from fighting", nor where the
    preventing failed, :func:`_prevention_denied`), or qualifying whom a rule restricts ("a ban on tourists entering
    the country")."""
    if verb.tag_ != "VBG":
        return False
    head = verb.head
    if verb.dep_ == "pcomp" and head.lower_ == "from":
        preventing = head.head
        return preventing.lemma_.lower() in PREVENTING_HEADS and not _prevention_denied(preventing)
    if verb.dep_ == "acl" and head.dep_ == "pobj" and head.head.lower_ in {"on", "against"}:
        return head.head.head.lemma_.lower() in RESTRICTING_NOUNS
    return False


def _prevention_denied(verb: Token) -> bool:
    """Whether the preventing itself is denied, so that what it was to prevent happened: "could not stop the fire
    from spreading", "nothing could stop the crowd from storming", "failed to dissuade unions from striking", "were
    unable to stop the gunman from fleeing", "did nothing to stop him from fleeing"."""
    if negated(verb) or any(c.dep_ in {"nsubj", "nsubjpass"} and _nobody(c) for c in verb.children):
        return True
    if verb.dep_ == "relcl":  # "nothing to stop him"
        return _nothing(verb.head)
    if verb.dep_ not in {"xcomp", "advcl"}:
        return False
    head = verb.head
    if head.lemma_.lower() in FAILING_HEADS or negated(head):
        return True
    return any(c.dep_ == "dobj" and _nothing(c) for c in head.children)


def _joined_infinitive(verb: Token) -> bool:
    """A bare infinitive joined to another with no subject or auxiliary of its own, which shares its "to" and so its
    reading: "plan to cross and attack", "managed to climb the wall and escape"."""
    own = {"nsubj", "nsubjpass", "aux", "auxpass"}
    joined = verb.dep_ == "conj" and verb.tag_ == "VB" and verb.head.tag_ == "VB"
    return joined and not any(c.dep_ in own for c in verb.children)


WH_TAGS = frozenset({"WRB", "WP", "WDT", "WP$"})
MANNER_DEPS = frozenset({"prep", "advmod", "advcl", "npadvmod"})
"""What a question may ask about a verb besides whether it happened: "Did police shoot him in self-defence?",
"Did the mayor resign over the audit?" take the happening as given."""
ANSWER_DEPS = frozenset({"nsubj", "intj", "npadvmod", "prep", "punct", "advmod"})
"""What a short answer may hold besides its auxiliary: a subject, "yes" and a time ("Yes, he did, on Friday.")."""


def unasserted(verb: Token) -> bool:
    """A clause the text does not tell as having happened, though it names a happening: a question asked
    (:func:`yes_no_question`), an infinitive joined to a plan (:func:`planned_with`), or a gerund after "without",
    "instead of", or "by" under a clause that did not happen (:func:`_means_told`). Its event stays as data, never
    shown. So is a clause under a hedge (:func:`hedged`) and someone's proposition (:func:`proposed`)."""
    untold_means = verb.tag_ == "VBG" and verb.dep_ == "pcomp" and not _means_told(verb)
    return yes_no_question(verb) or planned_with(verb) or untold_means or hedged(verb) or proposed(verb)


def proposed(verb: Token) -> bool:
    """A clause that is the content of an idea, a claim or a fear ("rejected the idea that the changes amounted to a
    shake-up", "the possibility that rebels crossed the river", "fears that the dam would burst"), or that only seems
    to have happened ("appears to have hit a new high", "it seems that support has grown"): someone's proposition,
    not told by the writer. "The fact that …" is told."""
    noun = verb.head
    if verb.dep_ in {"acl", "ccomp"} and noun.pos_ == "NOUN" and noun.lemma_.lower() in PROPOSITION_NOUNS:
        marked = any(c.dep_ == "mark" and c.lower_ in HEDGE_MARKS for c in verb.children)
        return marked and _complete(verb) and not _confirmed(noun)
    seeming = verb.head.lemma_.lower() in SEEMING_VERBS and verb.head.pos_ == "VERB"
    if verb.dep_ == "ccomp":  # "it seems that support has grown": only how it seems
        return seeming and all(c.lower_ == "it" for c in children(verb.head, "nsubj"))
    return verb.dep_ == "xcomp" and seeming


def _complete(verb: Token) -> bool:
    """Whether a clause after "that" has what its verb governs, so that "that" opens it: "the idea that the changes
    amounted to a shake-up", "the claim that he lied"; not "the idea that the council rejected last year", a relative
    clause the parser read as one whose object is the noun itself."""
    if any(c.dep_ in {"dobj", "attr", "acomp", "ccomp", "xcomp", "nsubjpass", "prt"} for c in verb.children):
        return True
    objects = [p for c in verb.children if c.dep_ == "prep" for p in children(c, "pobj")]
    if any(p.ent_type_ not in {"DATE", "TIME"} for p in objects):
        return True
    return not any(c.dep_ in {"npadvmod", "prep"} for c in verb.children)  # only a time: the noun is its object


def _confirmed(noun: Token) -> bool:
    """Whether a claim or a fear is the object of a verb that bears it out: "confirmed fears that the girl drowned",
    "the video proved claims that police beat him" tell the happening as fact."""
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in CONFIRMING_VERBS:
        return True
    return any(c.lemma_.lower() in CONFIRMING_VERBS for c in noun.children)  # the parser's "confirmed" as a modifier


HEDGE_MARKS = frozenset({"that", "whether", "if"})
REASON_WORDS = frozenset({"because", "due", "owing", "thanks"})
"""Words of a reason on a hedged clause: the hedge is on why, and the happening is taken as given."""


def hedged(verb: Token) -> bool:
    """A clause under a hedge that leaves it untold: "it is unclear whether …", "it is (un)likely that …", "it is not
    clear that …", "it remains to be seen whether …", "there is no evidence that …" (not "it is clear that the army
    attacked the town", nor "he was unclear about the plan")."""
    while verb.dep_ == "conj" and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        verb = verb.head  # "… whether the ferry capsized or sank"; not "… and police arrested his brother"
    marks = [c.lower_ for c in verb.children if c.dep_ == "mark"]
    if verb.dep_ not in {"ccomp", "advcl", "acl"} or (marks and not HEDGE_MARKS.intersection(marks)):
        return False
    if any(t.tag_ in WH_TAGS for t in verb.subtree if t.i < verb.i):
        return False  # "it is unclear how rebels crossed the river": they did
    if any(c.lower_ in REASON_WORDS for c in verb.children):
        return False  # "it is possible that the fire started because of a fault": it started
    head = verb.head
    if head.pos_ == "NOUN":
        denied = any(c.lower_ == "no" for c in head.children) or negated(head.head)
        return head.lemma_.lower() in EVIDENCE_NOUNS and denied
    if head.lemma_.lower() == "see" and head.dep_ == "xcomp":
        return head.head.lemma_.lower() == "remain"
    if not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in head.children):
        return False
    adjectives = {c.lemma_.lower() for c in head.children if c.dep_ == "acomp"}
    return bool(adjectives & DOUBT_ADJECTIVES) or (bool(adjectives & CERTAINTY_ADJECTIVES) and negated(head))


def planned_with(verb: Token) -> bool:
    """A bare infinitive joined to a wanted, planned or denied one, whose "to" it shares: "plan to cross the river
    and attack the town", "urged them to bribe, rob or kill" (not "managed to climb the wall and escape", "were
    quick to arrest him and seize his car", nor after "but")."""
    first = verb
    while _joined_infinitive(first) and _shares_auxiliaries(first):
        first = first.head
    if first is verb or first.dep_ != "xcomp":
        return False
    return first.head.lemma_.lower() in HYPOTHETICAL_HEADS or _negated_or_modal(first.head)


def yes_no_question(verb: Token) -> bool:
    """A clause asked, not told: an auxiliary before the subject in a sentence that ends in a question mark ("Did the
    mayor resign?", "Has the council voted?"), unless the next sentence answers yes ("He did, on Friday."). A question
    on a wh-word ("Why did the mayor resign?", "In which year did rebels attack the town?") or on how or why it
    happened ("Did the mayor resign over the audit?") takes the happening as given."""
    subjects = [c.i for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    auxiliaries = [c.i for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    inverted = bool(subjects and auxiliaries) and min(auxiliaries) < min(subjects)
    if not inverted or any(t.tag_ in WH_TAGS for t in verb.doc[verb.sent.start : min(auxiliaries)]):
        return False
    if any(c.dep_ in MANNER_DEPS for c in verb.children):
        return False
    return verb.sent.text.rstrip().rstrip("\"'”’)").endswith("?") and not _answered_yes(verb)


def _answered_yes(verb: Token) -> bool:
    """Whether the sentence after a question says yes: a bare "Yes." or the question's own auxiliary with at most a
    subject, "yes" and a time ("He did.", "Yes, she has, on Friday."; not "He did not.", "He was in Lisbon.")."""
    end = verb.sent.end
    if end >= len(verb.doc):
        return False
    answer = verb.doc[end].sent
    if [t.lower_ for t in answer if not t.is_punct] == ["yes"]:
        return True
    asked = {c.lemma_.lower() for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    root = answer.root
    return root.lemma_.lower() in asked and all(c.dep_ in ANSWER_DEPS for c in root.children)


def implied(verb: Token) -> bool:
    """An infinitive that its head, having happened, entails: "managed to escape", "began to shout", "the first
    official to resign" (not "went there to shout", "plans to shout", "the next one to resign")."""
    head = verb.head
    if verb.dep_ in {"relcl", "acl"}:
        return ranked(head) and (anchor := clause_head(head)) is not None and anchor.i != verb.i and realis(anchor)
    return verb.dep_ == "xcomp" and head.lemma_.lower() in IMPLICATIVE_HEADS and head.pos_ == "VERB" and realis(head)


def ranked(noun: Token) -> bool:
    """A noun ranked in a series by an ordinal or a superlative ("the first official", "the latest", "the only team",
    "the second one"): an infinitive on it tells what the one ranked did ("the first official to resign")."""
    words = [noun, *(c for c in noun.children if c.dep_ in {"amod", "nummod", "advmod"})]
    return any(w.lower_ in RANKS or w.tag_ == "JJS" or w.ent_type_ == "ORDINAL" for w in words)


def _negated_or_modal(verb: Token) -> bool:
    """A "not" or "barely", a modal ("could"), a condition ("if") or a subject that is nobody ("no nation has …") on
    the verb."""
    if negated(verb):
        return True
    for child in verb.children:
        if child.dep_ == "aux" and child.lower_ in MODALS:
            return True
        if child.dep_ == "mark" and child.lower_ in CONDITIONS:
            return True
        if child.dep_ == "aux" and child.lower_ in INVERTED_CONDITIONS and _inverted(verb, child):
            return True  # "Had Sanders won the popular vote, …"
        if child.dep_ == "advmod" and child.lower_ in NEAR_NEGATIONS:
            return True
        if child.dep_ in {"nsubj", "nsubjpass"} and _nobody(child):
            return True
        if child.dep_ in {"dobj", "advmod", "npadvmod"} and _nothing(child):
            return True
    return verb.dep_ == "conj" and _shares_auxiliaries(verb) and _negated_or_modal(verb.head)


def _inverted(verb: Token, auxiliary: Token) -> bool:
    """Whether an auxiliary opens a clause under another before its subject, with no question mark ending the
    sentence: a condition ("Had Sanders won, …", "Were the council to vote, …", "Should talks fail, …"); not a
    clause reported after its verb ("said only then had the army withdrawn")."""
    subjects = [c.i for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    opens = auxiliary.i == verb.left_edge.i and bool(subjects) and auxiliary.i < min(subjects)
    before = verb.dep_ == "advcl" or (verb.dep_ in {"ccomp", "parataxis"} and verb.i < verb.head.i)
    return opens and before and not verb.sent.text.rstrip().endswith("?")


def _nothing(word: Token) -> bool:
    """Whether an object or a measure says that nothing came of the verb: "achieved nothing", "settled little",
    "caused no damage", "won few votes", "stirred little interest" (not "a little house", "a few votes")."""
    if word.lower_ in NOTHING and not any(c.dep_ == "det" for c in word.children):
        return True
    if any(c.dep_ == "det" and c.lower_ == "no" for c in word.children):
        return True
    scant = any(c.dep_ == "amod" and c.lower_ in {"little", "few"} for c in word.children)
    return scant and not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in word.children)


def _shares_auxiliaries(verb: Token) -> bool:
    """Whether a coordinated verb with no subject or auxiliary of its own takes those of the verb before it: after
    "or"/"nor" ("has not won or managed to …"), or as a bare infinitive after "and" ("could not sleep and eat");
    never after "but" ("did not arrest him but freed him"), nor a finite verb after "and" ("did not meet and
    adjourned"). A member of a list set off by a comma takes the list's joiner ("could not hold the town, seize the
    bridge or cross the river")."""
    if any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in verb.children):
        return False
    before = [c for c in verb.head.children if c.dep_ == "cc" and c.i < verb.i]
    after = [c for c in (*verb.children, *verb.head.children) if c.dep_ == "cc" and c.i > verb.i]
    joiners = before[-1:] or sorted(after, key=lambda c: c.i)[:1]
    joiner = joiners[0].lower_ if joiners else ""
    return joiner in {"or", "nor"} or (joiner == "and" and verb.tag_ == "VB")


def _nobody(subject: Token) -> bool:
    """Whether a subject says no one: "nobody", "none of them", "no Western nation"."""
    return subject.lower_ in NOBODY or any(c.dep_ == "det" and c.lower_ == "no" for c in subject.children)


def governor(noun: Token) -> Token | None:
    """The verb whose object the noun is, through "a series of …"."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in CONTAINER_NOUNS:
        noun, head = head.head, head.head.head
    if noun.dep_ in {"dobj", "nsubjpass"} and head.pos_ == "VERB":
        return head
    return None


def event_object(verb: Token) -> Token | None:
    """The event noun a light verb governs ("launched a series of counter-offensives": the counter-offensives)."""
    for child in children(verb, "dobj"):
        if child.lemma_.lower() in CONTAINER_NOUNS:  # the last object of "of": "counter - offensives" parse apart
            objects = [p for c in child.children if c.lower_ == "of" for p in children(c, "pobj")]
            child = max(objects, key=lambda t: t.i, default=child)
        if event_type(lemma_of(child), verb=False) is not None:
            return child
    return None


def demanded(noun: Token) -> bool:
    """An event noun that is asked for, not done: "calling for his resignation", "demand the resignation"; or one
    called off before it happened: "cancelled the interview", "the vote was postponed"."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "for":
        return head.head.lemma_.lower() in HYPOTHETICAL_HEADS
    if noun.dep_ in {"dobj", "nsubjpass"} and _called_off(head):
        return True
    return noun.dep_ == "dobj" and head.lemma_.lower() in HYPOTHETICAL_HEADS


def _called_off(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    return lemma in CANCELLING_VERBS or (lemma == "call" and any(c.lower_ == "off" for c in verb.children))


def appeal(verb: Token) -> bool:
    """A speech verb is an event of its own only as an appeal to someone ("called on the Duma", "urged Moscow")."""
    preps = {c.lower_ for c in verb.children if c.dep_ == "prep"}
    objects = any(c.dep_ == "dobj" for c in verb.children) and any(c.dep_ == "xcomp" for c in verb.children)
    return bool(preps & {"on", "upon", "for"}) or objects


def nominal_argument(verb: Token) -> bool:
    """A noun (not a pronoun) as subject or object: "the ship sank", "police found the body"."""
    return any(c.dep_ in {"nsubj", "nsubjpass", "dobj"} and c.pos_ in {"NOUN", "PROPN"} for c in verb.children)


def stranded_subject(verb: Token) -> list[Token]:
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


def headline_verb(token: Token) -> bool:
    """Whether a proper noun is the verb of a headline in title case, which taggers read as a name: "Singer Checks
    Into Clinic" (a name before it, a particle or preposition after it, itself in no entity)."""
    if token.ent_type_ or token.dep_ not in {"ROOT", "conj", "appos"} or not title_case(token):
        return False
    before = any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < token.i for c in token.children)
    return before and any(c.dep_ in {"prep", "prt", "advmod", "dobj"} and c.i > token.i for c in token.children)


def headline_lemma(token: Token) -> str:
    """The lemma of a headline's verb, whose tagger lemma is the word itself: "Checks" -> "check", "Launches" ->
    "launch"."""
    word = re.sub(r"[^a-z]", "", token.lower_)
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def title_case(token: Token) -> bool:
    """Whether ``token``'s sentence is a headline in title case (or capitals): every word of four letters or more
    capitalised."""
    return all(t.is_title or t.is_upper for t in token.sent if t.is_alpha and len(t) > 3)


UNREAD_ENTITIES = frozenset({"PERSON", "WORK_OF_ART", "DATE", "TIME"})
"""Entities whose words a headline never turns into events: "Tom Hill", "The Long Winter", "March"."""


def headline_reading(token: Token) -> tuple[str, bool] | None:
    """What a proper noun of a title-case headline, where taggers read every word as a name, names as a common word:
    a typed verb ("Gunman Kills Two": kill, a verb) or an event noun ("Factory Shooting", "Quake Deaths": shooting,
    death), as its lemma and whether it is a verb; None for a word the tables do not know, a person's name, a title
    or a date ("March 8")."""
    if token.pos_ != "PROPN" or token.ent_type_ in UNREAD_ENTITIES or not title_case(token):
        return None
    if any(0 <= i < len(token.doc) and token.doc[i].like_num for i in (token.i - 1, token.i + 1)):
        return None  # a date: "March 8", "12 March"
    word, stem = re.sub(r"[^a-z]", "", token.lower_), headline_lemma(token)
    if stem in VERB_TYPES:
        return stem, True
    return next(((w, False) for w in (word, stem) if w in NOUN_TYPES or w in INCIDENTAL_NOUNS), None)


RANKS = frozenset({"first", "last", "latest", "only", "second", "third", "fourth", "fifth", "sole"})
"""Words that rank a noun in a series of things that happened; "next" is none, as what is next is still to come."""
DEFINITE = frozenset({"the", "this", "that", "these", "those"})


def presupposed(noun: Token) -> bool:
    """Whether an event noun is definite, so that the text takes it as having happened whatever its clause says:
    "police will investigate the attack", "to serve her sentence" (not "plans an attack")."""
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE) for c in noun.children)


def bare_pronoun(pronoun: Token) -> bool:
    """A personal or demonstrative pronoun: no relative pronoun, which stands for its noun, and no reflexive
    ("picked herself up"), whose subject says who it is."""
    return pronoun.lower_ not in RELATIVE_PRONOUNS and not pronoun.lower_.endswith(("self", "selves"))


def asked(verb: Token) -> bool:
    """A question's clause ("Who had vetted the speech?"): an interrogative subject, not a relative one."""
    return verb.dep_ not in {"relcl", "acl"} and any(
        c.dep_ in {"nsubj", "nsubjpass"} and c.tag_ == "WP" for c in verb.children
    )


def pronoun_held(noun: Token) -> bool:
    """A pronoun, or a noun a pronoun owns ("her willingness"): a label would leave the pronoun stray."""
    return noun.pos_ == "PRON" or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children)


NOMINAL_SUFFIXES = ("ation", "ition", "tion", "sion", "ion", "ment", "al", "ure", "ance", "ence")
"""How English makes a noun of a verb: negotiate -> negotiation, treat -> treatment, arrive -> arrival. A bare "-ion"
needs a stem of five letters ("confession" of "confess"), so that "station", "billion" and "million" are not made of
"state", "bill" and "mill"."""


def nominalisation(lemma: str, verbs: frozenset[str]) -> bool:
    """Whether ``lemma`` is a verb of ``verbs`` with a nominal suffix ("negotiation" of "negotiate")."""
    for suffix in NOMINAL_SUFFIXES:
        stem = lemma.removesuffix(suffix)
        if (
            stem != lemma
            and len(stem) >= (5 if suffix == "ion" else 4)
            and (stem in verbs or stem + "e" in verbs or stem + "ate" in verbs)
        ):
            return True
    return False


def incidental_noun_type(lemma: str, verbs: frozenset[str]) -> EventType | None:
    """The type of an incidental event noun: one of :data:`INCIDENTAL_NOUNS`, a nominalisation of one of the
    article's ``verbs`` ("negotiation" where it negotiates, "treatment" where it treats), or the "-ing" noun of a typed
    verb ("shooting", "robbing", "shelling")."""
    if lemma in INCIDENTAL_NOUNS or nominalisation(lemma, verbs):
        return EventType.OTHER
    if not lemma.endswith("ing") or len(lemma) < 6:
        return None
    stem = lemma[:-3]
    for verb in (stem, stem + "e", stem[:-1] if stem[-1] == stem[-2] else stem):
        if verb in VERB_TYPES:
            return VERB_TYPES[verb]
    return None


def occasion_noun(noun: Token) -> bool:
    """Whether a noun names a happening one may be at: a typed event noun or an incidental one ("the debate", "the
    funeral", "the game"); not "their 2009 low" or "the massacre site"."""
    lemma = lemma_of(noun)
    return noun_type(noun, lemma) is not None or lemma in INCIDENTAL_NOUNS or lemma in OCCASIONS


def noun_type(noun: Token, lemma: str) -> EventType | None:
    """The type of an event noun; a qualified noun is a conflict with its qualifier ("military operation")."""
    qualified = QUALIFIED_NOUNS.get(lemma)
    if qualified is not None and any(c.lower_ in qualified for c in noun.children):
        return EventType.CONFLICT
    return event_type(lemma, verb=False)
