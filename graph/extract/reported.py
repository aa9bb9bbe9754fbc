"""Reported (indirect) speech: what a cue word says someone said, without quotation marks.

The content may follow the cue ("X said (that) …", "X asked whether …"), precede it ("…, officials said."), surround
it ("The tone, said Mr Milburn, would be …"), be an infinitive ("claimed to have voted") or a noun phrase ("announced
plans to …"), or be what a source is said to hold ("according to officials, the plan …"). The speaker is the cue's
subject (any noun phrase, a name, a pronoun resolved in the article) or the object of "according to"; nothing inside
the quoted words ever is.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, NamedTuple

from graph.extract.actors import is_outlet, mention_at
from graph.extract.attribution import (
    INDIRECT_VERBS,
    PERSONAL_PRONOUNS,
    Attribution,
    TimesAt,
    medium_of,
    speaker_for,
    subject_of,
    time_of,
    via_of,
)
from graph.model import Article, Quote, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as DocSpan

APPEAL_VERBS = frozenset({"urge", "demand", "appeal", "implore", "beg"})
"""Reported appeals: "X urged Moscow to …" reports what X asked for."""
CLAUSE_VERBS = INDIRECT_VERBS | frozenset(
    {"ask", "respond", "reply", "suggest", "tweet", "post", "testify", "contend", "recall", "observe", "agree"}
)
"""Cues whose clause ("that …", "whether …", or the sentence around them) is what was said."""
INFINITIVE_VERBS = frozenset({"claim", "promise", "vow", "threaten", "pledge", "agree", "offer", "refuse", "deny"})
"""Cues whose infinitive is what was said: "claimed to have voted", "vowed to fight on"."""
NOUN_VERBS = frozenset(
    {"announce", "propose", "deny", "confirm", "acknowledge", "admit", "reveal", "disclose", "predict", "unveil"}
)
"""Cues whose object is what was said when it is a phrase, not a bare noun: "announced plans to close the plant"."""
NON_SPEAKERS = frozenset({"it", "this", "that", "which", "what", "there", "who"})
MIN_CONTENT_TOKENS = 3


class Content(NamedTuple):
    """What a cue introduces: the tokens said, the cue word and the pattern that found them."""

    phrase: DocSpan
    cue: Token
    pattern: str


def extract_reported(
    doc: Doc, article: Article, direct: Sequence[Quote], context: Attribution, times: TimesAt
) -> Iterator[Quote]:
    """Reported speech not already covered by a direct quote, in text order."""
    for found in _contents(doc):
        phrase = found.phrase
        while len(phrase) > 1 and (phrase[-1].is_space or phrase[-1].is_punct):
            phrase = phrase[:-1]  # a clause at a paragraph's end ends before the blank lines and the full stop
        span = Span(phrase.start_char, phrase.end_char)
        if not article.in_body(span) or any(q.span.start < span.end and span.start < q.span.end for q in direct):
            continue
        speaker_token = _speaker_token(found)
        if speaker_token is None or not _speaker_like(speaker_token):
            continue
        verb = found.cue
        according = found.pattern == "according to"
        if according and is_outlet(mention_at(speaker_token, article).text, article):
            continue  # a news outlet is the channel (the sentence's via), not the one who said it
        speaker, resolution = speaker_for(speaker_token, context, article)
        yield Quote(
            span,
            span.slice(article.text),  # the article's own characters (the analysed text has plain spaces)
            Span(verb.sent.start_char, verb.sent.end_char),
            speaker,
            via=None if according else via_of(verb, verb.sent, article),
            medium=None if according else medium_of(verb, speaker_token),
            time=None if according else time_of(verb, times, span),
            direct=False,
            cue=verb.text if not according else "according to",
            pattern=found.pattern,
            resolution=resolution,
        )


def _contents(doc: Doc) -> Iterator[Content]:
    for token in doc:
        if token.lower_ == "according" and token.i + 1 < len(doc) and token.nbor(1).lower_ == "to":
            found = _according(token)
        elif token.pos_ == "VERB" and not any(c.dep_ == "neg" for c in token.children):
            found = _verb_content(token)  # not "he didn't say where the cuts would fall"
        else:
            continue
        if found is not None and len(found.phrase) >= MIN_CONTENT_TOKENS:
            yield found


def _verb_content(verb: Token) -> Content | None:
    """The content a speech verb introduces, and the pattern: after, before or around the cue, infinitive, noun."""
    lemma = verb.lemma_.lower()
    doc = verb.doc
    if lemma in CLAUSE_VERBS:
        clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
        if clause is not None:
            pattern = "content after cue" if clause.i > verb.i else "content before cue"
            return Content(_subtree(clause), verb, pattern)
        if verb.dep_ == "parataxis" and verb.head.i > verb.i and subject_of(verb) is not None:
            head = verb.head  # "The tone, said Mr Milburn, would be …", "That culture, they said, was …"
            return Content(doc[head.left_edge.i : head.right_edge.i + 1], verb, "content around cue")
    if lemma in INFINITIVE_VERBS or lemma in APPEAL_VERBS:
        clause = next((c for c in verb.children if c.dep_ in {"xcomp", "ccomp"} and c.i > verb.i), None)
        if clause is not None:
            start = verb.i if lemma in APPEAL_VERBS else clause.left_edge.i  # the appeal itself: "urged X to …"
            return Content(doc[start : clause.right_edge.i + 1], verb, "infinitive")
    if lemma == "call":
        demand = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"for", "on"}), None)
        if demand is not None:
            return Content(doc[verb.i : demand.right_edge.i + 1], verb, "appeal")
    if lemma in NOUN_VERBS:
        thing = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
        if thing is not None and any(c.dep_ in {"acl", "relcl", "prep"} for c in thing.children):
            return Content(_subtree(thing), verb, "noun content")
    return None


def _according(token: Token) -> Content | None:
    """ "According to officials, the plan …": the clause is what the officials say (unless a speech verb already
    has its own speaker: "X said, according to the Times", where the Times is only the channel)."""
    head = token.head
    if head.lemma_.lower() in CLAUSE_VERBS and subject_of(head) is not None:
        return None
    if head.pos_ not in {"VERB", "AUX"}:
        return None
    doc = token.doc
    skip = token.i, token.right_edge.i
    start, end = head.left_edge.i, head.right_edge.i
    if skip[0] <= start:  # the source opens the sentence: the content starts after it and its comma
        start = skip[1] + 1
        while start < end and doc[start].is_punct:
            start += 1
    elif skip[1] >= end - 1:  # the source closes it: "…, according to officials."
        end = skip[0] - 1
        while end > start and doc[end].is_punct:
            end -= 1
    return Content(doc[start : end + 1], token, "according to")


def _subtree(token: Token) -> DocSpan:
    return token.doc[token.left_edge.i : token.right_edge.i + 1]


def _speaker_token(found: Content) -> Token | None:
    if found.pattern == "according to":
        to = found.cue.nbor(1)
        return next((c for c in to.children if c.dep_ == "pobj"), None)
    token = subject_of(found.cue)
    if token is not None and token.lower_ in {"who", "that", "which"} and found.cue.dep_ == "relcl":
        token = named_head(found.cue.head)  # "Simonyan, the editor of RT, who had urged …"
    return token


def named_head(token: Token) -> Token:
    """From an apposition ("the editor-in-chief of RT") back to the name it describes."""
    while token.dep_ == "appos" and token.head is not token:
        token = token.head
    return token


def _speaker_like(token: Token) -> bool:
    """Whether a subject can be a speaker: a noun phrase (a name, "the campaign", "officials") or a personal pronoun;
    never an empty "it" or "there", nor a clause."""
    lower = token.lower_
    if lower in NON_SPEAKERS:
        return False
    return token.pos_ in {"NOUN", "PROPN"} or lower in PERSONAL_PRONOUNS or bool(token.ent_type_)
