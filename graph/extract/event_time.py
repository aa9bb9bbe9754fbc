"""When an event happened: the time expression of its clause, or one written into its noun phrase ("his February
24th “special military operation”"), never the publication date. Durations ("for three days") and times the clause is
about ("asked about the 1930s") date nothing; a time that qualifies a noun ("the 2001 attacks", "last week's vote")
dates that noun's event, not the clause around it ("she invoked the 2001 attacks" is not dated 2001), even where the
parser takes the date for the verb's own object ("invoked the Sept. 11, 2001, attacks"). An event the clause is timed
against ("seven months before the attack") or is about ("testimony about the attacks") takes no time from it.
A time in a noun set beside another ("Ann Lee, a governor since 2014, signed …") describes that noun: the verb takes
its own clause's time or none."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from graph.extract.event_syntax import clause_head, occasion_noun, past
from graph.extract.event_words import TIME_NOUNS
from graph.model import Granularity, TimeExpr

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as TokenSpan


TOPIC_PREPOSITIONS = frozenset({"about", "regarding", "concerning"})
"""Prepositions whose object is what a clause is about: a time there dates nothing in the clause."""
NOUN_MODIFIERS = frozenset({"nummod", "compound", "amod", "nmod", "poss"})
"""How a time expression qualifies a noun ("the 2001 attacks", "last week's vote") rather than its clause."""
ARGUMENT_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "pobj", "attr"})
"""Where the parser may put a date written before a noun when it misreads the noun phrase ("invoked the Sept. 11
attacks": "Sept." as the object)."""
RELATIVE_PREPOSITIONS = frozenset({"before", "after", "since", "until", "following", "ahead", "preceding"})
"""Prepositions whose object the clause is timed against: "seven months before the attack" is not at the clause's
time."""
TIME_ENTITIES = frozenset({"DATE", "TIME"})
"""Entity labels of a noun that is itself a time: a time set beside it is the same time ("Tuesday, March 3")."""
DAY_PREPOSITIONS = frozenset({"on", "at", "during"})
"""Prepositions whose object, when a date is set beside it, is the verb's day: "on a public holiday, May 1"."""
AIMING_WORDS = frozenset(
    {"look", "laugh", "aim", "hint", "point", "stare", "glance", "scoff", "marvel", "balk", "jab", "swipe", "sneer",
     "jeer", "lash", "hit", "snap", "bark", "rail", "smile", "nod", "wink", "shout", "yell", "sniff"}
)  # fmt: skip
"""Words whose "at" names what a look, a jibe or a blow is aimed at, no occasion: "laughed at Friday's ruling"."""
OCCASION_PREPOSITIONS = frozenset({"at", "during", "in"})
"""Prepositions whose object is the occasion a clause happened at: its time is the clause's ("at Friday's rally",
"in the 2010 Senate election, Pate backed Crist")."""
ABOUT_PREPOSITIONS = TOPIC_PREPOSITIONS | {"into", "on", "over"}
"""Prepositions of a noun whose object is its topic: "testimony about the attacks", "an inquiry into the fire"."""


@dataclass(frozen=True, slots=True)
class DatedIndex:
    """An article's dated time expressions, each looked up by token rather than scanned for each event, so that one
    article's cost stays linear in its length."""

    doc: Doc
    dated: list[tuple[TimeExpr, TokenSpan]]
    """The time expressions that are no durations and no topics, with their tokens, in the extractor's order."""
    at: dict[int, int]
    """Token -> the first dated expression holding it."""
    ending: dict[int, list[int]]
    """The token after an expression -> the expressions ending there."""
    in_clause: dict[int, int]
    """Clause head -> the first dated expression of its clause."""
    borrowed: dict[int, int]
    """Clause head -> a dated expression it takes when it has none of its own: its occasion's ("at Thursday's
    debate") or one the parser hung on its participle clause ("in 2006 — defeating …")."""


def dated_index(doc: Doc, times: Sequence[TimeExpr]) -> DatedIndex:
    """The index of the time expressions of ``doc`` that date something."""
    spans = [(t, doc.char_span(t.span.start, t.span.end, alignment_mode="expand")) for t in times]
    dated = [
        (t, span)
        for t, span in spans
        if span is not None and t.granularity is not Granularity.DURATION and not _topic(span.root)
    ]
    at: dict[int, int] = {}
    ending: dict[int, list[int]] = {}
    in_clause: dict[int, int] = {}
    borrowed: dict[int, int] = {}
    for n, (_, span) in enumerate(dated):
        for token in span:
            at.setdefault(token.i, n)
        ending.setdefault(span.end, []).append(n)
        if _qualifies_noun(span.root) and (occasion := _occasion_of(span.root.head)) is not None:
            borrowed.setdefault(occasion.i, n)  # "at Thursday's debate, Clinton beamed": the debate's time
        if _qualifies_noun(span.root) or _before_noun(span) or (head := clause_head(span.root)) is None:
            continue
        if not _set_beside(span.root, head) and not _timed_against_phrase(span.root, head):
            in_clause.setdefault(head.i, n)
            if _between_clause_and_participle(span, head):
                borrowed.setdefault(head.head.i, n)
    for token in doc:
        if _when_clause(token) and (when := _time_of_when(token, in_clause, at)) is not None:
            borrowed.setdefault(token.i, when)
    return DatedIndex(doc, dated, at, ending, in_clause, borrowed)


def _when_clause(verb: Token) -> bool:
    """A clause told in the past that "when" opens: "… when Varga and Ruiz were pressed about their attacks"."""
    return past(verb) and any(c.lower_ == "when" and c.i < verb.i for c in verb.children if c.dep_ == "advmod")


def _time_of_when(verb: Token, in_clause: dict[int, int], at: dict[int, int]) -> int | None:
    """The dated expression a "when" clause happened at: the time of the clause it hangs on ("the debate began on
    Thursday when …") or the time it qualifies ("on Thursday night, when …")."""
    if verb.dep_ == "advcl":
        return in_clause.get(verb.head.i)
    return at.get(verb.head.i) if verb.dep_ == "relcl" else None


def _occasion_of(noun: Token) -> Token | None:
    """The clause told in the past that a dated noun is the occasion of, after "at" or "during" ("At Thursday night's
    debate, Clinton beamed", "spoke during Monday's rally"): what happened there happened then. None for any other
    noun ("invoked the 2001 attacks", "a vote before Friday's deadline"), for a noun that names no happening ("closed
    at their 2009 low", "gathered at the 1989 massacre site"), for what a look or a jibe is aimed at ("laughed at last
    week's ruling"), and for a clause in another tense, where the parser may have hung the phrase on the wrong verb
    ("is selling the gun he used during a 2012 confrontation")."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in OCCASION_PREPOSITIONS or not occasion_noun(noun):
        return None
    if noun.head.head.lemma_.lower() in AIMING_WORDS:
        return None  # "laughed at last week's ruling", "took aim at Tuesday's vote": what it was aimed at
    verb = clause_head(noun)
    return verb if verb is not None and past(verb) else None  # "is selling the gun … during a 2012 fight": misread


def _between_clause_and_participle(span: TokenSpan, head: Token) -> bool:
    """A time the parser hung on a participle clause though it stands before the participle, after the clause the
    participle hangs on: "was elected in 2006 — defeating Nancy Johnson" dates the election (and the defeat)."""
    participle = head.dep_ == "advcl" and head.tag_ == "VBG"
    return participle and head.head.i < span.start and span.end <= head.i


def _set_beside(root: Token, head: Token) -> bool:
    """A time inside a noun set beside another, with commas, dashes or brackets ("Ann Lee, a governor since 2014,
    signed …", "met Tom Vale (a minister since 2019) on Friday", "Tom Vale (2010 to 2014) resigned"), or set off
    after the clause to comment on it (:func:`_comment_on_clause`): it describes that noun, not what its clause
    tells."""
    current = root
    while current.i != head.i:
        if current.dep_ == "appos" and _described(current.head) and not _names_the_day(current, root):
            return True
        if _comment_on_clause(current):
            return True
        current = current.head
    return False


def _comment_on_clause(noun: Token) -> bool:
    """A noun set off after a clause by a dash or a comma that comments on it ("edged out Clinton in Tuesday's
    primary — a wild turnaround from eight years ago, when …"), which the parser may read as a second object: its
    time is the comment's."""
    set_off = noun.left_edge.i > 0 and noun.doc[noun.left_edge.i - 1].text in {"—", "–", "-", ","}
    second = noun.dep_ == "dobj" and any(c.dep_ == "dobj" and c.i < noun.i for c in noun.head.children)
    return (noun.dep_ == "npadvmod" or second) and noun.i > noun.head.i and set_off and _described(noun)


def _timed_against_phrase(root: Token, head: Token) -> bool:
    """A time inside the phrase a clause is timed against ("halted its ads after her victories on April 26": the
    victories' day, not the halt's), or the start a "since" gives ("Since December, Sanders has gained": not when he
    gained); "left after Friday" keeps its time, which the clause is told by."""
    current = root
    while current.i != head.i:
        if current.dep_ == "prep" and current.lower_ in RELATIVE_PREPOSITIONS:
            return current.lower_ == "since" or root.head.i != current.i
        current = current.head
    return False


def _names_the_day(appos: Token, root: Token) -> bool:
    """Whether a time set beside a noun is the date of the verb's own "on"/"at"/"during" phrase: "began on a public
    holiday, May 1" began on May 1."""
    noun = appos.head
    return appos.i == root.i and noun.dep_ == "pobj" and noun.head.lower_ in DAY_PREPOSITIONS


def _described(noun: Token) -> bool:
    """Whether an apposition describes ``noun``: a noun that is no time ("Tuesday, March 3", "this evening (0100 GMT
    Friday)" are one time) and no number (the parser may set "30 AM" beside the "3" of "3:30 AM")."""
    time = noun.ent_type_ in TIME_ENTITIES or noun.lemma_.lower() in TIME_NOUNS
    return noun.pos_ in {"NOUN", "PROPN"} and not time


def _topic(root: Token) -> bool:
    """A time the clause is about, not when it happened: "asked about the 1930s", "a question concerning 2019"."""
    return root.dep_ == "pobj" and root.head.lower_ in TOPIC_PREPOSITIONS


def _qualifies_noun(root: Token) -> bool:
    """A time written into a noun phrase ("the 2001 attacks", "last week's vote"): it dates the noun, not the clause."""
    return root.dep_ in NOUN_MODIFIERS and root.head.pos_ in {"NOUN", "PROPN"}


def qualifies_next_noun(token: Token) -> bool:
    """Whether the time expression ``token`` is part of is written before a noun it qualifies (:func:`_before_noun`)."""
    span = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    return span is not None and _before_noun(span)


def _before_noun(span: TokenSpan) -> bool:
    """A date the parser took for an argument of its own though a lower-case noun phrase follows it, with at most a
    comma between ("invoked the Sept. 11, 2001, terrorist attacks"): in English a date written before a noun is that
    noun's modifier."""
    return _noun_written_after(span) is not None


def _noun_written_after(span: TokenSpan) -> Token | None:
    """The noun a date is written before (:func:`_before_noun`): "attacks" of "invoked the Sept. 11, 2001, terrorist
    attacks"; None where the date is no such modifier."""
    if span.root.dep_ not in ARGUMENT_DEPS or span.end >= len(span.doc):
        return None
    after = span.doc[span.end + 1] if span.doc[span.end].text == "," and span.end + 1 < len(span.doc) else None
    noun = after if after is not None else span.doc[span.end]
    if noun.pos_ not in {"ADJ", "NOUN"} or not noun.is_lower:
        return None
    while noun.dep_ in NOUN_MODIFIERS and noun.head.i > noun.i:  # "terrorist" of "terrorist attacks"
        noun = noun.head
    return noun if noun.pos_ == "NOUN" and noun.head.i == span.root.head.i else None


def _timed_against(trigger: Token) -> bool:
    """An event noun the clause is timed against ("seven months before the attack") or tells about ("testimony about
    the attacks", "were pressed about the attacks"): the clause's time is not its time."""
    if trigger.dep_ != "pobj":
        return False
    preposition = trigger.head.lower_
    return preposition in RELATIVE_PREPOSITIONS | TOPIC_PREPOSITIONS or (
        preposition in ABOUT_PREPOSITIONS and trigger.head.head.pos_ in {"NOUN", "PROPN"}
    )


def event_time(index: DatedIndex, anchor: Token, trigger: Token) -> TimeExpr | None:
    """The time expression of the event's clause: inside its noun phrase, just before it, or on its verb
    (``anchor``, the clause the event lives in). A verb's own phrase holds its objects: a time inside them qualifies
    them, so a verb is dated by its clause only."""
    time = None
    if trigger.pos_ != "VERB":
        time = _inside(index, trigger) or _just_before(index, trigger)
    if time is not None or _timed_against(trigger):
        return time
    clause = index.in_clause.get(anchor.i, index.borrowed.get(anchor.i))
    return index.dated[clause][0] if clause is not None else None


def _inside(index: DatedIndex, trigger: Token) -> TimeExpr | None:
    """The first time expression within the trigger's phrase but one that qualifies another noun there ("the Iraq
    war … after the Sept. 11, 2001, attacks" is not dated 11 September 2001, nor "the talks before the 2019 election"
    2019); a time in a clause on the noun is its own ("Hoff's letter, emailed on Thursday")."""
    inside = {x.i for x in trigger.subtree if x.i != trigger.i and x.dep_ not in {"relcl", "acl"}}
    held = sorted({index.at[i] for i in inside if i in index.at})
    own = [n for n in held if not _qualifies_another(index.dated[n][1], trigger)]
    return index.dated[own[0]][0] if own else None


def _qualifies_another(span: TokenSpan, trigger: Token) -> bool:
    """Whether a time is written into the phrase of another noun of a happening than ``trigger`` ("the 2019 election"
    in "the talks before the 2019 election"); not of a noun of none, which the parser may have misread ("his vote in
    2005 shielding gunmakers", read as "2005 gunmakers")."""
    noun = span.root.head if _qualifies_noun(span.root) else _noun_written_after(span)
    return noun is not None and noun.i != trigger.i and occasion_noun(noun)


def _just_before(index: DatedIndex, trigger: Token) -> TimeExpr | None:
    """A time expression ending right before the noun's phrase, or before the quotation marks that open it: "his
    February 24th “special military operation”"."""
    start = min([trigger.i, *(c.left_edge.i for c in trigger.lefts)])
    for n in sorted(n for end in range(start - 2, start + 1) for n in index.ending.get(end, ())):
        time, span = index.dated[n]
        if all(x.is_quote or x.text == "," for x in index.doc[span.end : start]):  # "Sept. 11, 2001, attacks"
            return time
    return None
