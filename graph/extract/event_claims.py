"""Whether the article says an event happened, or says that someone claims it did.

News writing attributes what it cannot vouch for. An event is a claim when it lies in reported speech ("Tony Blair
lied, say the Tories", "according to police, the gunman fled": the speaker and cue of the reported statement), when
an attributing adverb or adjective hedges it ("the mayor allegedly took bribes", "the alleged fraud"), or when it is
the complement of a verb or a noun of claiming, accusing or believing ("is accused of stealing", "claimed that the
governor bribed the judge", "is said to have fled", "thinks the governor bribed the judge", "Lee's claim to have
won the vote"). A denied or doubted event ("denied that he bribed the judge") did not happen by the article's
account: it is no event at all, as a negated one is not.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

from graph.extract import event_participants as participants
from graph.extract.attribution import INDIRECT_VERBS
from graph.extract.event_context import EventContext
from graph.extract.event_words import BELIEF_VERBS
from graph.model import Claim, Quote

if TYPE_CHECKING:
    from spacy.tokens import Token

ATTRIBUTING_ADVERBS = frozenset({"allegedly", "reportedly", "purportedly", "supposedly", "reputedly"})
"""Adverbs that hand an event to an unnamed source: "the mayor allegedly took bribes"."""
ATTRIBUTING_ADJECTIVES = frozenset(
    {"alleged", "reported", "suspected", "purported", "supposed", "rumoured", "rumored", "claimed"}
)
"""Adjectives that make an event noun a claim: "the alleged fraud", "a suspected arson attack"."""
CLAIMING_VERBS = (INDIRECT_VERBS | BELIEF_VERBS | frozenset({"accuse", "allege", "claim", "charge"})) - frozenset(
    {"deny", "admit", "confirm", "acknowledge", "concede", "doubt"}
)
"""Verbs whose complement is what their subject claims or believes: "accused X of lying", "alleged that …", "is said
to …", "thinks that …". Admitting or confirming an event vouches for it, so those verbs leave it a fact."""
CLAIMING_NOUNS = frozenset(
    {"claim", "allegation", "accusation", "assertion", "contention", "rumour", "rumor", "suspicion", "belief",
     "theory", "insinuation", "charge"}
)  # fmt: skip
"""Nouns whose content clause is what their owner claims, so its events are claims: "the mayor's claim that he paid",
"the theory that …". Not :data:`graph.extract.reported_words.CLAIM_NOUNS`, the nouns of saying whose "that" clause is
reported speech: a suspicion or a theory is held, not said; a promise or a remark is said, not claimed true."""
DENYING_VERBS = frozenset({"deny", "dispute", "refute", "reject", "doubt"})
"""Verbs whose complement did not happen by the account of their subject: "denied that he took the money",
"doubts that he took it"."""
COMPLEMENTS = frozenset({"ccomp", "xcomp"})
"""How a clause hangs on the verb that claims it: "claimed that …", "is said to have …"."""


def claim_of(context: EventContext, anchor: Token, trigger: Token) -> Claim | None:
    """Who the article says claims the event of ``trigger`` (in the clause of ``anchor``), and the cue; None when the
    article tells it as a fact."""
    quote = _reported(context, trigger)
    if quote is not None:
        return Claim(quote.cue or "said", quote.speaker)
    for token in {anchor.i: anchor, trigger.i: trigger}.values():
        hedge = next((c for c in token.children if _hedge(c)), None)
        if hedge is not None:
            return Claim(hedge.text)
    head = _claiming_head(anchor) or _claiming_head(trigger)
    if head is not None and head.lemma_.lower() in CLAIMING_VERBS:
        sources = participants.agents(context, head)
        return Claim(head.text, sources[0] if sources else None)
    noun = _claim_noun(anchor) or _claim_noun(trigger)
    if noun is not None:
        owners = participants.noun_agents(context, noun)
        return Claim(noun.text, owners[0] if owners else None)
    return None


def _claim_noun(token: Token) -> Token | None:
    """The noun of claiming whose content ``token``'s clause is: "the mayor's claim that he paid", "Lee's claim to
    have won", "allegations that the board lied"; None when it is none."""
    head = token.head
    if token.dep_ not in {"acl", "ccomp"} or head.pos_ != "NOUN" or head.i > token.i:  # a relcl is no content
        return None
    content = any(c.dep_ == "mark" and c.lower_ == "that" for c in token.children) or any(
        c.dep_ == "aux" and c.lower_ == "to" for c in token.children
    )  # "a theory developed by scientists" only describes its noun
    return head if content and head.lemma_.lower() in CLAIMING_NOUNS else None


def denied(anchor: Token, trigger: Token) -> bool:
    """Whether the event is the complement of a denial: "denied that he took the money", "denied taking bribes"."""
    head = _claiming_head(anchor) or _claiming_head(trigger)
    return head is not None and head.lemma_.lower() in DENYING_VERBS


def _hedge(child: Token) -> bool:
    """An attributing adverb on a verb ("allegedly") or adjective on a noun ("alleged")."""
    if child.dep_ == "advmod":
        return child.lower_ in ATTRIBUTING_ADVERBS
    return child.dep_ == "amod" and child.lower_ in ATTRIBUTING_ADJECTIVES


def _claiming_head(token: Token) -> Token | None:
    """The verb ``token``'s clause is the complement of: "claimed [that he lied]", "accused [of lying]", "accused of
    [fraud]", "is said [to have fled]"; None when it is no complement."""
    if token.dep_ in COMPLEMENTS and token.head.pos_ in {"VERB", "AUX"} and token.head.i != token.i:
        return token.head
    if token.dep_ in {"pcomp", "pobj"} and token.head.dep_ == "prep" and token.head.lower_ in {"of", "with"}:
        verb = token.head.head
        return verb if verb.pos_ == "VERB" else None
    return None


def _reported(context: EventContext, token: Token) -> Quote | None:
    """The reported statement (an indirect quote) whose words hold ``token``."""
    at = bisect_right(context.reported_starts, token.idx) - 1
    while at >= 0 and context.reported_reach[at] > token.idx:
        quote = context.reported[at]
        if quote.span.end > token.idx:
            return quote
        at -= 1
    return None
