"""The tense an expression is told in: the side of the anchor its clause points to ("was on Friday", "will be on
Friday", "postponed until Saturday", "has scheduled a hearing Thursday"), read from the spaCy parse.

:func:`graph.extract.dates.extract_times` hands it to :func:`graph.extract.timeml.resolve`, which places a weekday or a
date without a year by it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from graph.extract.time_pieces import MONTH_ABBREVIATION, MONTH_NAME
from graph.extract.timeml_values import Tense

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

FUTURE_AUX = frozenset({"will", "'ll", "wo", "shall", "would", "must"})
POSSIBLE_AUX = frozenset({"may", "might", "can", "ca", "should"})
"""Modals of what may yet happen: "may announce the plan on Friday", "can tender until Thursday" point ahead, unless a
perfect makes them a guess about the past ("may have left on Friday")."""
PAST_MODALS = frozenset({"would", "'d", "could", "might", "should"})
"""Modals of a future seen from the past ("said she would leave the next week"): the future of a time the text
gave, not of the telling."""
PARTICIPLE_CLAUSES = frozenset({"xcomp", "advcl"})
"""How a gerund without auxiliaries hangs on the verb whose time frame it shares: "began raising its stake in July",
"has fluctuated, rising to a high in June"."""
FORWARD_SIGNALS = frozenset({"effective", "payable", "record", "postponed", "delayed", "deferred", "adjourned"})
"""A word before an expression that points it forward: "payable Dec. 1", "postponed until Saturday" name a time after
the report, whatever the tense of the verb."""
LIMIT_SIGNALS = frozenset({"until", "till", "by", "through"})
"""A limit ("must be returned by Jan. 14", "as soon as Tuesday") points forward unless its clause is told in the past
("had filed by Wednesday", "until Thursday, they had not named him"): then it is the latest such day."""
DEFER_VERBS = frozenset({"postpone", "delay", "defer", "adjourn", "extend", "push", "put", "move", "reschedule", "give",
                         "grant", "allow"})  # fmt: skip
"""Verbs that move a time forward or grant time up to it: "extended its deadline until Tuesday", "gave them until
mid-November" lie ahead though told in the past."""
FUTURE_VERBS = frozenset({"expect", "plan", "schedule", "set", "due", "hope", "aim", "intend", "slate", "go", "want"})
"""Verbs whose infinitive complement or passive ("is scheduled for", "plans to") points to the future."""
FORECAST_VERBS = frozenset({"expect", "forecast", "predict", "project", "anticipate", "foresee"})
"""Verbs of a forecast: told in the present ("expects growth in the second half"), the time they name lies ahead."""
SCHEDULE_VERBS = frozenset({"open", "reopen", "resume", "start", "begin", "kick", "expire", "convene", "debut",
                            "premiere", "air", "hear"})  # fmt: skip
"""Verbs of what a schedule sets ("The trial opens Monday", "The court hears the case Tuesday", "The show airs
Sunday"): told in the simple present with a day, the day ahead. Verbs a caption or a market report tells in the
present about what is over ("Police take a man into custody on Monday", "Stocks close higher Friday", "Mourners leave
flowers on Tuesday") are left out, and so is an event named by its day ("Thursday's ruling opens the door")."""
SCHEDULE_STATES = frozenset({"due", "set", "scheduled", "slated", "expected", "planned"})
"""Words after "is" that make it a schedule ("is due Monday", "The vote is set for Friday")."""
SCHEDULING_VERBS = frozenset({"schedule", "plan", "set", "slate"})
"""Verbs whose object is an appointment: "has scheduled a news conference Thursday" names the Thursday ahead."""
AHEAD_PREPOSITIONS = frozenset({"for", "until", "till", "through", "by"})
"""Prepositions of a time a participle arranges ("called for Saturday", "delayed until May")."""
SAME_IN_THE_PAST = frozenset({"put", "set", "cut", "hit", "let", "cost", "hurt", "quit", "shut", "spread", "bet",
                              "bid", "burst", "cast", "broadcast", "forecast", "read", "beat", "upset", "split",
                              "thrust", "rid", "shed", "slit", "wed", "fit", "reset", "offset", "outbid", "overbid",
                              "input", "output", "recast", "telecast", "sublet", "undercut", "wet"})  # fmt: skip
"""Verbs whose past is spelled as their base form: a "put" tagged past may be one."""
PART_OF_YEAR = re.compile(r"\b(?:quarter|half)\b", re.I)
AHEAD_OF = re.compile(r"(?:\bahead of|\bin advance of|\bon the eve of|\b(?:run|lead)\s?-\s?up to|\bin time for)$", re.I)
"""A preposition of looking ahead: what follows it has not happened yet when its clause is not told in the past
("campaign ahead of Sunday's vote", "hopes to reopen in time for Christmas"); told in the past ("rose on Tuesday
ahead of Wednesday's decision, which left rates unchanged") the time may be over too, and the tense of the clause
places it."""
LOOKED_AHEAD_REACH = 7
"""How many heads up the verb that governs a preposition of looking ahead may stand: "In the run-up to Tuesday's vote,
Lee campaigned" is five."""
LOOKED_AHEAD_DETERMINERS = frozenset({"the", "this", "next"})
"""Words between a preposition of looking ahead and the time it names ("ahead of the weekend")."""
CONTINGENT_MARKS = frozenset({"when", "whenever", "until", "till", "once", "if", "unless", "after"})
"""Words that open a clause of what happens on a condition or at a time ("takes effect when it is ratified", "stays
until a successor is appointed", "once approved"): under a verb not told in the past, its verb tells no plain past,
whatever its form; "as soon as it is signed" is the same, its "soon" hung on the verb above."""
ADVERB_MARKS = CONTINGENT_MARKS - {"once", "after"}
"""The contingent words that open such a clause as an adverb too ("when it is ratified"); "once" and "after" as adverbs
are no clause's opening ("who once led the council")."""
REDUCED_CLAUSES = frozenset({"advcl", "acl"})
"""How a participle clause without a subject of its own hangs on its verb or noun ("Once approved by parliament, the
bill will …"): its time is its head's, not its form's."""


def tense_of(span: SpacySpan) -> Tense | None:
    """The tense of the clause an expression sits in: its nearest verb's, read from tags and auxiliaries; the future
    after a word that points forward ("until Saturday")."""
    before = span.doc[span.start - 1].text.lower() if span.start > 0 else ""
    if before in FORWARD_SIGNALS:
        return Tense.FUTURE
    if before == "since":
        return Tense.PAST  # "the best week since November": whatever the verb, a time already gone
    if _day_of_a_noun(span):
        return None  # "the Nov. 8 election": the day of that event, the nearest, whatever the clause's tense
    verb = _clause_verb(span)
    tense = None if verb is None else _verb_tense(verb)
    if looked_ahead_to(span):
        if verb is None:
            governing = _clause_verb(span, reach=LOOKED_AHEAD_REACH)
            tense = None if governing is None else _verb_tense(governing)
        # "rose ahead of Wednesday's decision": the decision may be over too
        return Tense.PAST if tense is Tense.PAST else Tense.FUTURE
    if _limit(span) and (tense is not Tense.PAST or (verb is not None and verb.lemma_ in DEFER_VERBS)):
        return Tense.FUTURE
    if verb is not None and (_moved_to(span, verb) or _scheduled(span, verb)):
        return Tense.FUTURE
    if tense is Tense.FUTURE and _covered_period(span):
        return None
    return tense


def _day_of_a_noun(span: SpacySpan) -> bool:
    """Whether a month and day with no year are written before the noun they date ("the Nov. 8 election", "the
    March 3 decision"): the day of that happening, not of the clause around it."""
    root = span.root
    named_month = any(MONTH_NAME.fullmatch(t.text) or MONTH_ABBREVIATION.fullmatch(t.text) for t in span)
    return named_month and root.dep_ in {"nmod", "compound"} and root.head.pos_ == "NOUN" and root.head.i >= span.end


def told_in_past(verb: Token) -> bool:
    """Whether ``verb`` tells a plain past, read from the parse: a past tense ("met", "was nominated") or a perfect
    ("has met", "had signed"), not after a modal or a word of the future ("will be nominated", "she'll meet", "won't
    sign"), not in a clause of a condition or a time yet to come ("when it is ratified", "if convicted", "once
    approved"), and not a participle clause without a subject of its own."""
    if verb.pos_ not in {"VERB", "AUX"} or _verb_tense(verb) is not Tense.PAST:
        return False
    clause = verb
    while clause.dep_ == "conj" and clause.head.i != clause.i:  # "if the council cut taxes and approved the budget"
        clause = clause.head
    if _contingent(clause) and (clause.head.i == clause.i or _verb_tense(clause.head) is not Tense.PAST):
        return False  # "After police arrested him, protesters gathered" is told in the past
    return clause.dep_ not in REDUCED_CLAUSES or any(c.dep_.startswith("nsubj") for c in clause.children)


def _contingent(clause: Token) -> bool:
    """Whether a clause opens with a word of a condition or a time (:data:`CONTINGENT_MARKS`), or with "as soon as",
    whose "soon" the parser hangs on the verb above."""
    for child in clause.children:
        word = child.text.lower()
        if (child.dep_ == "mark" and word in CONTINGENT_MARKS) or (child.dep_ == "advmod" and word in ADVERB_MARKS):
            return True
        if child.dep_ == "mark" and word == "as" and any(c.text.lower() == "soon" for c in clause.head.children):
            return True
    return False


def future_in_the_past(span: SpacySpan) -> bool:
    """Whether the expression's clause is told with a past modal ("would fly", "could leave"): a future seen from a
    time the text gave, not from the telling."""
    verb = _clause_verb(span)
    if verb is None:
        return False
    modals = {c.text.lower() for c in verb.children if c.dep_ in {"aux", "auxpass"}} | {verb.text.lower()}
    return bool(modals & PAST_MODALS)


def looked_ahead_to(span: SpacySpan) -> bool:
    """Whether the expression, or the event it dates, is what a preposition of looking ahead names: "ahead of Sunday's
    vote", "in advance of the weekend", "on the eve of Friday's summit", "in the run-up to Tuesday's vote"."""
    doc, i = span.doc, span.start
    if i > 0 and doc[i - 1].text.lower() in LOOKED_AHEAD_DETERMINERS:
        i -= 1  # "ahead of the weekend"
    return AHEAD_OF.search(doc[max(i - 5, 0) : i].text) is not None


def _covered_period(span: SpacySpan) -> bool:
    """Whether the expression is a quarter or half that a noun reports on ("will post third-quarter earnings", "will
    report results for the first half"): the period is over before its report, so a future verb tells when the report
    comes, not which period it covers."""
    if not PART_OF_YEAR.search(span.text):
        return False
    root = span.root
    if root.dep_ in {"compound", "amod", "nmod"}:
        return root.head.pos_ in {"NOUN", "PROPN"}
    if root.dep_ != "pobj":
        return False
    preposition = root.head.text.lower()
    return preposition == "for" or (preposition == "of" and root.head.head.pos_ == "NOUN")


def _moved_to(span: SpacySpan, verb: Token) -> bool:
    """A time an appointment or deadline is moved or set to: "extended to Nov. 16", "has set Nov. 10 as the
    deadline"."""
    root = span.root
    if verb.lemma_ in DEFER_VERBS and root.dep_ == "pobj" and root.head.text.lower() in {"to", "through", "into"}:
        return True
    if verb.lemma_ not in SCHEDULING_VERBS or any(c.dep_ == "prt" for c in verb.children):
        return False  # "set out on Friday", "set off Friday": a going, not an appointment
    return root.head == verb and root.dep_ in {"npadvmod", "dobj", "oprd"}


def _scheduled(span: SpacySpan, verb: Token) -> bool:
    """Whether the expression dates what a clause in the simple present sets to come: "The trial opens Monday",
    "Polls open at 7 a.m. Tuesday", "The new rules take effect Monday", "The report is due Friday". Only verbs of a
    schedule (:data:`SCHEDULE_VERBS`) tell one: news writes headlines, captions and the news of the day in the present
    too ("Senate passes bill Tuesday", "Tuesday's ruling means …"), about what is over. The time must hang on that
    verb: "closing unchanged Friday" tells no schedule."""
    present = verb.tag_ in {"VBZ", "VBP"} or (
        verb.tag_ == "VB" and verb.dep_ == "conj" and verb.head.tag_ in {"VBZ", "VBP"}
    )
    if not present or any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return False
    if verb.lemma_ == "be":
        arranged = [c for c in verb.children if c.dep_ in {"acomp", "attr"} and c.text.lower() in SCHEDULE_STATES]
        if not arranged:
            return False  # "Tuesday's vote marks", "Monday is a holiday"
    elif verb.lemma_ not in SCHEDULE_VERBS and not _takes_effect(verb):
        return False
    root = span.root
    head = root.head.head if root.dep_ in {"pobj", "poss"} else root.head

    if head.dep_ in {"acomp", "attr"} and head.head.i == verb.i:
        head = verb  # "is due Friday"
    between = span.doc[min(span.end, verb.i) : max(span.start, verb.i)]
    if any(t.is_quote for t in between):
        return False  # "McCurry on Friday: “I want …”": the parse hung a time outside the quote on a verb in it
    return head.i == verb.i and root.dep_ in {"npadvmod", "pobj", "nsubj", "attr", "dobj"}


def _takes_effect(verb: Token) -> bool:
    """ "takes effect Monday", "comes into force on Friday": a rule that starts to apply."""
    if verb.lemma_ == "take":
        return any(c.dep_ == "dobj" and c.text.lower() == "effect" for c in verb.children)
    return verb.lemma_ == "come" and any(
        c.dep_ == "prep" and c.text.lower() == "into" and any(g.text.lower() == "force" for g in c.children)
        for c in verb.children
    )


def _limit(span: SpacySpan) -> bool:
    """Whether a limit word stands before the expression: "until", "by", "as soon as", "as early as"."""
    doc, i = span.doc, span.start
    before = [t.text.lower() for t in doc[max(i - 3, 0) : i]]
    return bool(before) and (
        before[-1] in LIMIT_SIGNALS or before[-3:] in (["as", "soon", "as"], ["as", "early", "as"])
    )


def _clause_verb(span: SpacySpan, reach: int = 4) -> Token | None:
    """The verb or auxiliary nearest above the expression's root, at most ``reach`` heads up; None if there is none."""
    verb: Token | None = span.root
    for _ in range(reach):
        if verb is None or _verb(verb):
            break
        verb = verb.head if verb.head != verb else None
    if verb is None or not _verb(verb):
        return None
    return verb


def _verb(token: Token) -> bool:
    """Whether a token is a verb, and not one a time is spelled with: "9am" tagged "9 am", "am" a verb."""
    return token.pos_ in {"VERB", "AUX"} and token.ent_type_ not in {"TIME", "DATE"}


def clause_of(span: SpacySpan) -> int | None:
    """The clause an expression is told in, as the index of its verb (the first of verbs joined by "and": "arrested
    on Tuesday and charged at 6pm" is one telling); None where no verb is near."""
    verb = _clause_verb(span)
    while verb is not None and verb.dep_ == "conj" and verb.head.i != verb.i and verb.head.pos_ in {"VERB", "AUX"}:
        verb = verb.head
    return None if verb is None else verb.i


def _verb_tense(verb: Token) -> Tense | None:
    """The tense of ``verb`` with its auxiliaries: the future, the past (a perfect too), the present, or None."""
    auxiliaries = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    words = {a.text.lower() for a in auxiliaries}
    if _points_ahead(verb, words):
        return Tense.FUTURE
    if verb.dep_ == "acl" and verb.tag_ in {"VBN", "VBD"} and not auxiliaries:
        # "the quarter ended Sept. 30", "the book, published on 1 April": done by then; "called for 1 April": ahead
        return Tense.PAST if _done_by_then(verb) else None
    if verb.tag_ == "VBD" and not auxiliaries and _base_form(verb):
        return Tense.PRESENT  # "The Olympics run Aug. 13-29": a base form the tagger read as a past
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxiliaries) or words & {"has", "have", "'ve"}:
        return Tense.PAST
    if verb.tag_ == "VBG" and verb.dep_ in PARTICIPLE_CLAUSES and not auxiliaries and verb.head.pos_ in {"VERB", "AUX"}:
        return _verb_tense(verb.head)  # "began raising its stake in July": the tense of the verb it hangs on
    if verb.tag_ in {"VBZ", "VBP", "VBG"} or words & {"is", "are", "am"}:
        return Tense.PRESENT
    return None


def _done_by_then(participle: Token) -> bool:
    """Whether a participle after its noun tells a thing done ("the book, published on 1 April", "the man, arrested
    on Tuesday"), not one arranged ahead ("the vote, scheduled for 1 April", "a march called for Saturday") nor one
    in a clause told in the future ("will buy all shares tendered through Nov. 17")."""
    if participle.lemma_ == "end":
        return True  # "results for the quarter ended Sept. 30": a period over by the time it is reported on
    arranged = participle.lemma_ in FUTURE_VERBS | FORECAST_VERBS | SCHEDULING_VERBS
    if arranged or any(c.dep_ == "prep" and c.text.lower() in AHEAD_PREPOSITIONS for c in participle.children):
        return False
    clause = _clause_verb(participle.doc[participle.head.i : participle.head.i + 1])  # the verb above its noun
    return clause is None or clause.i == participle.i or _verb_tense(clause) is not Tense.FUTURE


def _base_form(verb: Token) -> bool:
    """Whether a verb tagged past is written in its base form, which is no past of that verb ("run", "come", "take";
    not "put", "cut", "set", "read", whose past is spelled the same)."""
    word = verb.text.lower()
    return word == verb.lemma_.lower() and not word.endswith("ed") and word not in SAME_IN_THE_PAST


def _points_ahead(verb: Token, auxiliaries: set[str]) -> bool:
    """Whether ``verb`` with its ``auxiliaries`` (lower-cased words) speaks of the future: "will", "plans to",
    "is scheduled"."""
    if _modal_ahead(verb, auxiliaries):
        return True
    if verb.tag_ == "VB" and "to" in auxiliaries:
        head = verb.head
        if head.lemma_ in FUTURE_VERBS | FORECAST_VERBS and not _past_perfect(head):
            return True  # "plans to launch it in October", "are forecast to pick up on Tuesday"; not "had been
            # scheduled to expire Friday"
        if head.lemma_ == "be" and head.tag_ in {"VBZ", "VBP"}:
            return True  # "is to resume trading Tuesday"
    if verb.lemma_ in FORECAST_VERBS and verb.tag_ in {"VBZ", "VBP"} and not auxiliaries:
        return True  # "expects a recovery in the fourth quarter"
    if verb.lemma_ in SCHEDULING_VERBS and any(c.dep_ == "dobj" for c in verb.children):
        return True  # "has scheduled a news conference Thursday"
    # "is scheduled for October 25"
    return verb.tag_ == "VBN" and verb.lemma_ in FUTURE_VERBS and bool(auxiliaries & {"is", "are", "be", "'s", "'re"})


def _modal_ahead(verb: Token, auxiliaries: set[str]) -> bool:
    """ "will", "would", "may" (not "may have"): a modal of what is yet to happen."""
    if auxiliaries & FUTURE_AUX or verb.text.lower() in FUTURE_AUX:
        return True
    return bool(auxiliaries & POSSIBLE_AUX) and not auxiliaries & {"have", "'ve"}


def _past_perfect(verb: Token) -> bool:
    """ "had been scheduled", "had been due": a plan the telling has already overtaken."""
    told = (verb, verb.head) if verb.dep_ == "acomp" else (verb,)  # "had been due": "had" hangs on "been"
    return any(c.dep_ in {"aux", "auxpass"} and c.text.lower() in {"had", "'d"} for v in told for c in v.children)


__all__ = ["Tense", "clause_of", "future_in_the_past", "looked_ahead_to", "tense_of", "told_in_past"]
