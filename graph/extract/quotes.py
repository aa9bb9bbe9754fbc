"""Statements: direct quotes with their speaker, and reported (indirect) speech.

A quoted span becomes a statement when a reporting cue governs it ("X said", "said X", "the letter said",
"called it a “…”") or when it continues the quote just before it. A short quoted term with no cue, or one that
modifies a noun phrase ("his “special military operation”"), is a scare quote and not a statement.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from graph.extract.actors import mention_at
from graph.extract.attribution import (
    OUTLET_VERBS,
    REPORTING_VERBS,
    Attribution,
    TimesAt,
    addressee_of,
    medium_of,
    reporting_verb,
    speaker_for,
    subject_of,
    time_of,
    via_of,
)
from graph.extract.marks import Quoted, find_quoted
from graph.extract.reported import extract_reported, named_head
from graph.model import ActorKind, Article, Mention, Quote, Span, TimeExpr

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as DocSpan

SHORT_QUOTE_WORDS = 5
"""Quotes shorter than this need a governing reporting verb and no modifier outside the marks."""
MAX_CUE_TOKENS = 6
"""A sentence right after a quote attributes it when a reporting verb is among its first words ("Mr. X said")."""
UNATTRIBUTED_MIN_WORDS = 8
"""An unattributed quote this long is still a statement (of unknown speaker); shorter ones are dropped."""
GOVERNING_ONLY = frozenset({"call", "describe", "indicate", "suggest"})
"""Verbs that report a quote only when it sits in their own phrase ("called it a “catastrophe”")."""
CHARACTERISING_VERBS = frozenset(
    {"accuse", "refer", "label", "dub", "brand", "criticize", "criticise", "blast", "slam", "deride", "mock",
     "dismiss", "denounce", "praise", "hail", "characterize", "characterise", "term", "attack", "condemn"}
)  # fmt: skip
"""Verbs whose quoted complement is the subject's own words ("accused X of being “…”", "referred to her as “…”",
"criticized the act as a “crazy system”"); like "call", they report only a quote in their own phrase."""
SCARE_MODIFIERS = frozenset({"poss", "amod", "advmod", "compound", "nummod"})


def extract_quotes(
    doc: Doc, article: Article, mentions: Sequence[Mention], times: Sequence[TimeExpr]
) -> Iterator[Quote]:
    """Direct quotes, then reported speech not already covered by a quote, in text order."""
    index = _Index(doc, times)
    context = Attribution(article)
    found = find_quoted(article.text, article.body)
    context.quoted = [q.span for q in found]
    for mention in mentions:
        if mention.kind in {ActorKind.PERSON, ActorKind.GROUP, ActorKind.ORGANIZATION}:
            context.note(mention, subject=_is_subject(doc, mention))
    for name in _untagged_subjects(doc, mentions):
        context.note(mention_at(name, article), subject=True)
    context.learn_documents(doc)
    direct: list[Quote] = []
    previous: Quote | None = None
    for quoted in found:
        quote = _direct(doc, article, quoted, previous, context, index)
        if quote is not None:
            direct.append(quote)
            previous = quote
    yield from direct
    yield from extract_reported(doc, article, direct, context, index.times)


class _Index:
    """The text, sentences and time expressions of one article, found by character offset without a scan of the
    whole article for each quote: one article's cost stays linear in its length."""

    def __init__(self, doc: Doc, times: Sequence[TimeExpr]) -> None:
        self.text = doc.text  # spaCy makes it from the tokens on every access
        self.sentences = list(doc.sents)
        self.starts = [s.start_char for s in self.sentences]
        self.ends = [s.end_char for s in self.sentences]
        self.times = TimesAt(times)

    def overlapping(self, start: int, end: int) -> list[DocSpan]:
        """The sentences with characters in ``[start, end)``."""
        return self.sentences[bisect_right(self.ends, start) : bisect_left(self.starts, end)]

    def starting(self, start: int, end: int) -> list[DocSpan]:
        """The sentences that start in ``[start, end)``."""
        return self.sentences[bisect_left(self.starts, start) : bisect_left(self.starts, end)]


def _untagged_subjects(doc: Doc, mentions: Sequence[Mention]) -> Iterator[Token]:
    """Proper names the recogniser missed that are the subject of a verb ("Ham made it clear …"): actors a later
    "he" can stand for."""
    starts = {m.span.start for m in mentions}
    for token in doc:
        named = token.pos_ == "PROPN" and token.text[:1].isupper() and not token.ent_type_
        if named and token.dep_ == "nsubj" and token.head.pos_ == "VERB" and token.left_edge.idx not in starts:
            yield token


def _is_subject(doc: Doc, mention: Mention) -> bool:
    """Whether ``mention`` is the subject of its clause (or an apposition to one)."""
    span = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
    if span is None:
        return False
    root = named_head(span.root)
    return root.dep_ in {"nsubj", "nsubjpass"}


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
    if verb is None and not quoted.continued:
        verb = _adjacent_verb(doc, span, index.text)
    if verb is None:
        if previous is not None and _continues(index, previous, span, quoted):
            return Quote(
                span, text, sentence, previous.speaker, previous.via, previous.medium, previous.time,
                cue=previous.cue, pattern="continued quote", resolution=previous.resolution,
            )  # fmt: skip
        if words >= UNATTRIBUTED_MIN_WORDS and not outside:
            return Quote(span, text, sentence, None, pattern="no cue")
        return None
    if words < SHORT_QUOTE_WORDS and (_scare_modified(roots, inside.start) or not _governs(verb, roots)):
        return None
    speaker_token = subject_of(verb)
    if speaker_token is not None and inside.start <= speaker_token.i < inside.end:
        speaker_token = None
    speaker, resolution = speaker_for(speaker_token, context, article)
    sentence_tokens = [t for s in sentences for t in s]
    return Quote(
        span,
        text,
        sentence,
        speaker,
        via=via_of(verb, sentence_tokens, article),
        medium=medium_of(verb, speaker_token),
        time=time_of(verb, index.times, span),
        addressee=addressee_of(verb, speaker_token, article),
        cue=verb.text,
        pattern="content after cue" if verb.i < inside.start else "content before cue",
        resolution=resolution,
    )


def _governing_verb(roots: Sequence[Token], start: int, end: int) -> Token | None:
    """The nearest reporting verb above the quote in the parse tree."""
    for root in roots:
        for ancestor in root.ancestors:
            if start <= ancestor.i < end:
                continue
            lemma = ancestor.lemma_.lower()
            if (lemma in REPORTING_VERBS or lemma in CHARACTERISING_VERBS) and ancestor.pos_ in {"VERB", "AUX"}:
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


def _adjacent_verb(doc: Doc, span: Span, text: str) -> Token | None:
    """A reporting verb just across a sentence break: in a lead-in that ends with a colon ("X told reporters:
    “…”") or at the start of the sentence right after the closing mark ("“Why …?” Mr. X asked.")."""
    colon = span.start - 1  # walked back over spaces and marks, never copying the text before the quote
    while colon >= 0 and text[colon] in " \n\t“\"'‘":
        colon -= 1
    if colon >= 0 and text[colon] == ":":
        lead = doc.char_span(colon, colon + 1, alignment_mode="expand")
        if lead is not None and len(lead):
            return reporting_verb(reversed(list(lead[0].sent)))
    after = span.end
    while after < len(text) and text[after] in " \n\t”\"'’,.?!":
        after += 1
    if after < len(text):
        first = doc.char_span(after, after + 1, alignment_mode="expand")
        if first is not None and len(first) and first[0].is_sent_start:
            sentence = first[0].sent
            return reporting_verb(t for t in sentence[:MAX_CUE_TOKENS] if t.dep_ != "ccomp")
    return None


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
