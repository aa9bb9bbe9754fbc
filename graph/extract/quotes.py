"""Statements: direct quotes with their speaker, and reported (indirect) speech.

A quoted span becomes a statement when a reporting cue governs it ("X said", "said X", "the letter said",
"called it a “…”") or when it continues the quote just before it. A short quoted term with no cue, or one that
modifies a noun phrase ("his “special military operation”"), is a scare quote and not a statement.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from itertools import accumulate
from typing import TYPE_CHECKING

from graph.extract.actors import GROUP_HEADS, PERSON_NOUNS, mention_at
from graph.extract.attribution import (
    DOCUMENT_NOUNS,
    INDIRECT_VERBS,
    OUTLET_VERBS,
    PERSONAL_PRONOUNS,
    REPORTING_VERBS,
    Attribution,
    addressee_of,
    medium_of,
    subject_of,
    via_of,
)
from graph.extract.marks import Quoted, find_quoted
from graph.model import ActorKind, Article, Mention, Quote, Span, TimeExpr

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as DocSpan

SHORT_QUOTE_WORDS = 5
"""Quotes shorter than this need a governing reporting verb and no modifier outside the marks."""
UNATTRIBUTED_MIN_WORDS = 8
"""An unattributed quote this long is still a statement (of unknown speaker); shorter ones are dropped."""
APPEAL_VERBS = frozenset({"urge", "demand", "appeal", "implore", "beg"})
"""Reported appeals: "X urged Moscow to …" reports what X asked for."""
GOVERNING_ONLY = frozenset({"call", "describe", "indicate", "suggest"})
"""Verbs that report a quote only when it sits in their own phrase ("called it a “catastrophe”")."""
SCARE_MODIFIERS = frozenset({"poss", "amod", "advmod", "compound", "nummod"})
RELATIVE_PRONOUNS = frozenset({"who", "that", "which"})
ACTOR_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def extract_quotes(
    doc: Doc, article: Article, mentions: Sequence[Mention], times: Sequence[TimeExpr]
) -> Iterator[Quote]:
    """Direct quotes, then reported speech not already covered by a quote, in text order."""
    index = _Index(doc, times)
    context = Attribution(article)
    for mention in mentions:
        if mention.kind in {ActorKind.PERSON, ActorKind.GROUP, ActorKind.ORGANIZATION}:
            context.note(mention)
    context.learn_documents(doc)
    direct: list[Quote] = []
    previous: Quote | None = None
    for quoted in find_quoted(article.text, article.body):
        quote = _direct(doc, article, quoted, previous, context, index)
        if quote is not None:
            direct.append(quote)
            previous = quote
    yield from direct
    yield from _indirect(doc, article, direct, context, index)


class _Index:
    """The sentences and time expressions of one article, found by character offset without a scan of the whole
    article for each quote: one article's cost stays linear in its length."""

    def __init__(self, doc: Doc, times: Sequence[TimeExpr]) -> None:
        self.text = doc.text  # made from the tokens on every access
        self.sentences = list(doc.sents)
        self.starts = [s.start_char for s in self.sentences]
        self.ends = [s.end_char for s in self.sentences]
        self.times: dict[int, list[tuple[int, TimeExpr]]] = {}
        for n, time in enumerate(times):
            self.times.setdefault(time.span.start, []).append((n, time))

    def overlapping(self, start: int, end: int) -> list[DocSpan]:
        """The sentences with characters in ``[start, end)``."""
        return self.sentences[bisect_right(self.ends, start) : bisect_left(self.starts, end)]

    def starting(self, start: int, end: int) -> list[DocSpan]:
        """The sentences that start in ``[start, end)``."""
        return self.sentences[bisect_left(self.starts, start) : bisect_left(self.starts, end)]


def _direct(
    doc: Doc, article: Article, quoted: Quoted, previous: Quote | None, context: Attribution, index: _Index
) -> Quote | None:
    span = quoted.span
    inside = doc.char_span(span.start, span.end, alignment_mode="expand")
    if inside is None or not article.in_body(span):
        return None
    sentences = index.overlapping(span.start - 1, span.end + 1)
    outside = [t for s in sentences for t in s if t.idx + len(t) <= span.start - 1 or t.idx >= span.end + 1]
    outside = [t for t in outside if not t.is_punct and not t.is_space]
    roots = [t for t in inside if not (inside.start <= t.head.i < inside.end) or t.head is t]
    words = sum(1 for t in inside if not t.is_punct)
    sentence = Span(sentences[0].start_char, sentences[-1].end_char) if sentences else span
    text = span.slice(article.text)

    verb = _governing_verb(roots, inside.start, inside.end) or _sentence_verb(outside, inside.start)
    if verb is None:
        if previous is not None and _continues(index, previous, span, quoted):
            return Quote(span, text, sentence, previous.speaker, previous.via, previous.medium, previous.time)
        if words >= UNATTRIBUTED_MIN_WORDS and not outside:
            return Quote(span, text, sentence, None)
        return None
    if words < SHORT_QUOTE_WORDS and (_scare_modified(roots, inside.start) or not _governs(verb, roots)):
        return None
    speaker_token = subject_of(verb)
    if speaker_token is not None and inside.start <= speaker_token.i < inside.end:
        speaker_token = None
    speaker = _speaker(speaker_token, context, article)
    sentence_tokens = [t for s in sentences for t in s]
    return Quote(
        span,
        text,
        sentence,
        speaker,
        via=via_of(verb, sentence_tokens, article),
        medium=medium_of(verb, speaker_token),
        time=_time_of(verb, index, span),
        addressee=addressee_of(verb, speaker_token, article),
    )


def _governing_verb(roots: Sequence[Token], start: int, end: int) -> Token | None:
    """The nearest reporting verb above the quote in the parse tree."""
    for root in roots:
        for ancestor in root.ancestors:
            if start <= ancestor.i < end:
                continue
            if ancestor.lemma_.lower() in REPORTING_VERBS and ancestor.pos_ in {"VERB", "AUX"}:
                if ancestor.lemma_.lower() in OUTLET_VERBS and _outlet_subject(ancestor):
                    continue
                return ancestor
    return None


def _sentence_verb(outside: Sequence[Token], near: int) -> Token | None:
    """The reporting verb nearest the quote elsewhere in its sentence(s) ("“…,” the letter said.")."""
    verbs = [t for t in outside if t.lemma_.lower() in REPORTING_VERBS and t.pos_ in {"VERB", "AUX"}]
    speaking = [v for v in verbs if not (v.lemma_.lower() in OUTLET_VERBS and _outlet_subject(v))]
    speaking = [v for v in speaking if v.lemma_.lower() not in GOVERNING_ONLY or _demands(v)]
    return min(speaking, key=lambda v: abs(v.i - near), default=None)


def _demands(verb: Token) -> bool:
    """ "call for", "call on": a demand, which reports what the caller wants."""
    return verb.lemma_.lower() == "call" and any(c.dep_ == "prep" and c.lower_ in {"for", "on"} for c in verb.children)


def _outlet_subject(verb: Token) -> bool:
    return any(c.dep_ in {"nsubj", "nsubjpass"} and c.ent_type_ == "ORG" for c in verb.children)


def _governs(verb: Token, roots: Sequence[Token]) -> bool:
    return any(verb in root.ancestors for root in roots)


def _scare_modified(roots: Sequence[Token], start: int) -> bool:
    """A short quote modified from outside the marks ("his “special military operation”") is a scare quote."""
    nouns = [root for root in roots if root.pos_ in {"NOUN", "PROPN"}]
    return any(child.i < start and child.dep_ in SCARE_MODIFIERS for root in nouns for child in root.lefts)


def _continues(index: _Index, previous: Quote, span: Span, quoted: Quoted) -> bool:
    """Whether a quote with no cue of its own continues ``previous`` (next sentence or next paragraph)."""
    if quoted.continued:
        return True
    between = index.text[previous.span.end : span.start]
    if "\n\n" in between.strip("\n ") or len(between) > 400:
        return False
    later = index.starting(previous.sentence.end, span.start - 1)
    return not any(t for s in later for t in s if not (t.is_punct or t.is_space))


def _speaker(token: Token | None, context: Attribution, article: Article) -> Mention | None:
    if token is None or token.lower_ in {"it", "this", "that", "which", "who", "what"}:
        return None
    return context.resolve(mention_at(token, article), token)


def _time_of(verb: Token, index: _Index, quote: Span) -> TimeExpr | None:
    """A time expression attached to the reporting verb ("said on Saturday"), outside the quote; the first in text
    order when there are several."""
    found = [
        entry
        for token in verb.subtree
        if not quote.start <= token.idx < quote.end and (token.head is verb or token.head.head is verb)
        for entry in index.times.get(token.idx, ())
    ]
    return min(found, key=lambda entry: entry[0])[1] if found else None


def _indirect(
    doc: Doc, article: Article, direct: Sequence[Quote], context: Attribution, index: _Index
) -> Iterator[Quote]:
    """Reported speech: "X said (that) …", "X warned that …", "X called for …"."""
    quoted = sorted((q.span.start, q.span.end) for q in direct)
    starts = [start for start, _ in quoted]
    reach = list(accumulate((end for _, end in quoted), max))  # the furthest end of the quotes up to each one
    for verb in doc:
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or not article.in_body(Span(verb.idx, verb.idx + len(verb))):
            continue
        if any(c.dep_ == "neg" for c in verb.children):  # "he didn't say where the cuts would fall"
            continue
        if lemma in INDIRECT_VERBS:
            content = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
        elif lemma == "call":
            content = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"for", "on"}), None)
        elif lemma in APPEAL_VERBS:
            content = next((c for c in verb.children if c.dep_ in {"xcomp", "ccomp"} and c.i > verb.i), None)
        else:
            continue
        if content is None or content.right_edge.i - content.left_edge.i < 2:
            continue
        phrase = doc[content.left_edge.i : content.right_edge.i + 1]
        if lemma == "call" or lemma in APPEAL_VERBS:  # the demand itself: "called on X to …", "urged X to …"
            phrase = doc[verb.i : content.right_edge.i + 1]
        while len(phrase) > 1 and phrase[-1].is_space:  # a clause at a paragraph's end ends before the blank lines
            phrase = phrase[:-1]
        span = Span(phrase.start_char, phrase.end_char)
        before = bisect_left(starts, span.end)  # the quotes that start before the phrase ends
        if not article.in_body(span) or (before and reach[before - 1] > span.start):
            continue
        speaker_token = subject_of(verb)
        if speaker_token is not None and speaker_token.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            speaker_token = _named_head(verb.head)  # "Simonyan, the editor of RT, who had urged …"
        if speaker_token is None or not _actor_like(speaker_token):
            continue
        sentence = verb.sent
        yield Quote(
            span,
            span.slice(article.text),  # the article's own characters (the analysed text has plain spaces)
            Span(sentence.start_char, sentence.end_char),
            _speaker(speaker_token, context, article),
            via=via_of(verb, sentence, article),
            medium=medium_of(verb, speaker_token),
            time=_time_of(verb, index, span),
            direct=False,
        )


def _named_head(token: Token) -> Token:
    """From an apposition ("the editor-in-chief of RT") back to the name it describes."""
    while token.dep_ == "appos" and token.head is not token:
        token = token.head
    return token


def _actor_like(token: Token) -> bool:
    """Whether a subject can be a speaker: a name, a person or group noun, a pronoun, or a document."""
    lemma = token.lemma_.lower()
    return (
        token.ent_type_ in ACTOR_ENTITIES
        or token.lower_ in PERSONAL_PRONOUNS
        or lemma in DOCUMENT_NOUNS
        or lemma in PERSON_NOUNS
        or token.lower_ in GROUP_HEADS
    )
