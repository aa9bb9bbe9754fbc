"""Where the clause a cue reports lies: its complement, a "that" clause hung elsewhere by the parser, or the clause
the cue stands beside as an aside ("As the Times reported, …", "…, the budget office reported on Tuesday")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from graph.extract.attribution import INDIRECT_VERBS, NOMINAL_SUBJECTS, TAIL_VERBS, inverted_title, subject_of
from graph.extract.lost_subjects import speaker_past_thing
from graph.extract.reported_words import can_be_told
from graph.extract.titles import titles_a_work

if TYPE_CHECKING:
    from spacy.tokens import Span as DocSpan
    from spacy.tokens import Token

CLAUSE_MARKS = frozenset({"that", "whether", "if"})
"""The words that open a clause said or asked: "said that …", "asked whether …", "asked if …"."""
RUN_ON_CUES = frozenset({"say", "tell"})
"""Cues whose clause may follow with neither "that" nor a comma, where the parser may take it for the main clause."""


def before_aside(verb: Token) -> DocSpan | None:
    """The clause before a cue with a subject of its own that follows it after a comma, taken by the parser for an
    adverbial clause of it ("The deficit will grow, the budget office reported on Tuesday"); None for any other cue."""
    if verb.dep_ != "advcl" or verb.i < verb.head.i or any(c.dep_ == "mark" for c in verb.children):
        return None
    subject = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    if subject is None or subject.left_edge.i == 0 or verb.doc[subject.left_edge.i - 1].text != ",":
        return None
    doc, start, end = verb.doc, verb.head.left_edge.i, subject.left_edge.i
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return doc[start:end]


def stray_clause(verb: Token) -> list[DocSpan]:
    """A "that" clause the parser hung on a noun of the cue's own phrase ("said at a news conference that he would
    wait", "told reporters on Monday that …", "wrote in the letter that she had earned a fortune"): a relative clause
    never opens with the conjunction "that". Through the cue's object only when it is the one told
    (:func:`~graph.extract.reported_words.can_be_told`): "found no evidence that …", "denied reports that …" say
    nothing of what the clause holds, which is the object's content."""
    for prep in (c for c in verb.children if c.dep_ in {"prep", "npadvmod", "dobj"} and c.i > verb.i):
        if prep.dep_ == "dobj" and not can_be_told(prep):
            continue
        for token in prep.subtree:
            opening = next((c for c in token.children if _opens_that(c)), None)
            if token.dep_ in {"relcl", "acl"} and opening is not None:
                return [token.doc[opening.i : token.right_edge.i + 1]]
    return []


def _opens_that(token: Token) -> bool:
    """Whether ``token`` is a "that" opening its clause as a conjunction: tagged so, or taken by the parser for a
    relative pronoun in a role the clause gives another word ("that she had earned a fortune": "that" is no object
    of "earned", which has one)."""
    if token.lower_ != "that" or token.i > token.head.i:
        return False
    if token.dep_ == "mark":
        return True
    return token.dep_ in {"dobj", "nsubj"} and any(c.dep_ == token.dep_ and c.i != token.i for c in token.head.children)


def as_aside(verb: Token) -> bool:
    """Whether a cue is an "as" aside to the clause it reports, with a subject of its own: "As the Times reported,
    …"."""
    children = list(verb.children)
    own_subject = any(c.dep_ == "nsubj" for c in children)
    return verb.dep_ == "advcl" and own_subject and any(c.dep_ == "mark" and c.lower_ == "as" for c in children)


def said_clause(child: Token) -> bool:
    """Whether a cue's dependent is the clause said: a complement ("said (that) …"), a "that" or "whether" clause
    the parser took for an adverbial one, or a finite clause it took for an infinitive ("say any effort could
    fail"); never "to" infinitive ("is said to be")."""
    if child.dep_ == "ccomp":
        return True
    if child.i < child.head.i:
        return False
    if child.dep_ == "advcl":
        return any(c.dep_ == "mark" and c.lower_ in CLAUSE_MARKS for c in child.children)
    return child.dep_ == "xcomp" and child.pos_ in {"VERB", "AUX"} and not any(c.tag_ == "TO" for c in child.children)


def said_clauses(verb: Token) -> list[Token]:
    """The heads of the clauses a cue's dependents say (:func:`said_clause`). A title in quotation marks that the
    parser took for a clause ("said on NBC's “Meet the Press”": "Meet") says nothing, nor does the title of a
    speaker inverted after the cue ("said ranking Republican Ann Lee":
    :func:`~graph.extract.attribution.inverted_title`); a "that" clause it hung on the quoted title is the one said
    ("said on NBC's “Meet the Press” on Sunday that the polls were wrong")."""
    found = []
    title = inverted_title(verb)
    for child in verb.children:
        title_end = _quoted_title_end(child) if child.dep_ in {"xcomp", "ccomp"} else None
        if title_end is not None:
            found += [c for c in child.children if c.dep_ == "ccomp" and c.left_edge.i > title_end]
        elif said_clause(child) and child != title:
            found.append(child)
    return found


def _quoted_title_end(clause: Token) -> int | None:
    """Where the quotation marks close, when the clause opens right after a mark and the quoted words are set as a
    title (:func:`~graph.extract.titles.titles_a_work`); else None."""
    doc = clause.doc
    start = clause.left_edge.i
    if start == 0 or not doc[start - 1].is_quote:
        return None
    end = next((t.i for t in doc[start : clause.sent.end] if t.is_quote), None)
    if end is None or not titles_a_work(doc[start:end]):
        return None
    return end


def clause_without(head: Token, aside: Token) -> DocSpan:
    """The clause of ``head`` without an aside that opens or closes it ("According to officials, …", "…, as the
    Times reported.")."""
    doc = head.doc
    skip = aside.left_edge.i, aside.right_edge.i
    start, end = head.left_edge.i, head.right_edge.i
    while end > start and (doc[end].is_punct or doc[end].is_space):
        end -= 1
    while start < skip[0] and doc[start].dep_ == "cc":  # "And as Ann Lee noted, …": the conjunction is no content
        start += 1
    if skip[0] <= start:  # the aside opens the sentence: the content starts after it and its comma
        start = skip[1] + 1
        while start < end and doc[start].is_punct:
            start += 1
    elif skip[1] >= end:  # the aside closes it: "…, according to officials."
        end = skip[0] - 1
        while end > start and doc[end].is_punct:
            end -= 1
    return doc[start : end + 1]


def subtree(token: Token) -> DocSpan:
    return token.doc[token.left_edge.i : token.right_edge.i + 1]


CLAIM_NOUNS = frozenset(["claim", "charge", "allegation", "accusation", "assertion"])
"""Nouns by which a reporter names reported words in apposition after them, with what someone made of them ("…, a
claim the ministry denied"); "an account of her years" and "a version of the iPhone" are more of the content."""


def said_subtree(clause: Token) -> DocSpan:
    """The clause a cue reports, ending before a clause joined to it after a comma (:func:`_set_off`) that reports
    speech of its own, with its own subject and no "that" to make it more of the same content: in "Growers said the
    harvest was poor, and farmers said they wanted help", the parser may join the second "said" to "was"; the
    farmers' words are theirs, not more of the growers'. "… and that he told friends he was leaving" stays one
    content. It ends too before the reporter's own words after it (:func:`_reporters_tail`)."""
    doc = clause.doc
    end = clause.right_edge.i
    for token in doc[clause.i + 1 : end + 1]:
        own = token.dep_ == "conj" and ((_set_off(token) and _reports_own_clause(token)) or _goes_on(clause, token))
        if own or _reporters_tail(token):  # another's speech, or the reporter's words after the content
            end = min(end, token.left_edge.i - 1)
    while end > clause.i and (doc[end].is_punct or doc[end].dep_ == "cc"):
        end -= 1
    return doc[clause.left_edge.i : end + 1]


def _reporters_tail(token: Token) -> bool:
    """Whether words set off by a comma at the end of reported words are the reporter's: a participle of speaking
    ("…, speaking on condition of anonymity", "…, adding that …") or what the reporter calls the words ("…, a claim
    the ministry denied")."""
    if token.i == 0 or token.doc[token.left_edge.i - 1].text != ",":
        return False
    if token.tag_ == "VBG" and token.dep_ in {"advcl", "xcomp", "conj"}:
        return token.lemma_.lower() in TAIL_VERBS
    judged = any(c.dep_ in {"relcl", "acl"} for c in token.rights)  # "a claim the ministry denied"
    return token.dep_ == "appos" and token.lemma_.lower() in CLAIM_NOUNS and judged


def _goes_on(clause: Token, verb: Token) -> bool:
    """Whether a verb of reported speech joined inside the clause a cue reports, with no subject of its own, is the
    reporter's next statement, not more of the first: its speaker is the cue's own subject ("Tom Hill said the deal
    failed and added that nobody read it", "Ann Lee said the meeting was short and predicted that rents would fall");
    "Ann Lee said her son called and asked whether the bridge was open" reports the son's asking."""
    if clause.dep_ != "ccomp" or not _reports_clause(verb) or any(c.dep_ in NOMINAL_SUBJECTS for c in verb.children):
        return False
    reporter = subject_of(clause.head)
    speaker = speaker_past_thing(verb, subject_of(verb))
    return reporter is not None and speaker is not None and speaker.i == reporter.i


def _set_off(verb: Token) -> bool:
    """Whether a joined clause follows a comma and its conjunction (", and majorities said …"): without the comma
    ("… when the fire started and neighbours told her …") it is as likely more of the same account."""
    start = verb.left_edge.i
    return start >= 2 and verb.doc[start - 1].dep_ == "cc" and verb.doc[start - 2].text == ","


def _reports_own_clause(verb: Token) -> bool:
    """Whether a verb of reported speech has a subject and a clause said of its own (:func:`_reports_clause`)."""
    return _reports_clause(verb) and any(c.dep_ == "nsubj" for c in verb.children)


def _reports_clause(verb: Token) -> bool:
    """Whether a verb of reported speech has a clause said of its own, and no "that" or "if" making it part of
    another clause."""
    children = list(verb.children)
    if verb.lemma_.lower() not in INDIRECT_VERBS or any(c.dep_ == "mark" for c in children):
        return False
    return any(said_clause(c) for c in children)


def clause_run_on(verb: Token) -> list[DocSpan]:
    """The clause right after "say" or "tell" with no comma between, taken by the parser for the clause the cue is an
    adverbial clause of: "… days after the mayor told reporters he was not ready" (he was not ready)."""
    if verb.dep_ != "advcl" or verb.head.i < verb.i or verb.lemma_.lower() not in RUN_ON_CUES:
        return []
    head = verb.head
    subject = next((c for c in head.lefts if c.dep_ in {"nsubj", "nsubjpass"} and c.i > verb.i), None)
    if subject is None or subject.left_edge.i != verb.right_edge.i + 1:
        return []
    return [verb.doc[subject.left_edge.i : head.right_edge.i + 1]]
