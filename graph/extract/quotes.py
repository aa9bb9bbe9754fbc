"""Statements: direct quotes with their speaker, and reported (indirect) speech.

A quoted span becomes a statement when a reporting cue governs it ("X said", "said X", "the letter said",
"called it a “…”") or when it continues the quote just before it. A short quoted term with no cue, or one that
modifies a noun phrase ("his “special military operation”"), is a scare quote and not a statement.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, NamedTuple

from graph.extract.attribution import (
    NOMINAL_SUBJECTS,
    OUTLET_VERBS,
    REPORTING_VERBS,
    object_of,
    opens_according_to,
    subject_of,
)
from graph.extract.circumstances import TimesAt, addressee_of, medium_of, time_of, via_of
from graph.extract.documents import document_of
from graph.extract.marks import Quoted, find_quoted
from graph.extract.reported import cue_pattern, demand_of, extract_reported
from graph.extract.speakers import Attribution, speaker_for
from graph.model import Article, Mention, Quote, Span, TimeExpr

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
NAMING_VERBS = frozenset({"call", "dub", "label", "name", "term", "title", "entitle", "nickname"})
"""Verbs that name a thing ("a film called “…”"): a name, not a statement, unless someone is said to use it."""
SCARE_MODIFIERS = frozenset({"poss", "amod", "advmod", "compound", "nummod"})
OPENING_MARKS = " \t“\"'‘"
"""What may stand between a quote's first word and the end of the sentence before it: spaces and opening marks."""


def extract_quotes(
    doc: Doc, article: Article, mentions: Sequence[Mention], times: Sequence[TimeExpr]
) -> Iterator[Quote]:
    """Direct quotes, then reported speech not already covered by a quote, in text order."""
    index = _Index(doc, times)
    found = find_quoted(article.text, article.body)
    context = Attribution.read(doc, article, mentions, [q.span for q in found])
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


class _Site(NamedTuple):
    """A quoted span in its parse: the tokens inside the marks, the sentences around them and their other words."""

    span: Span
    inside: DocSpan
    sentences: list[DocSpan]
    outside: list[Token]
    """The words of those sentences outside the marks, without punctuation and spaces."""
    roots: list[Token]
    """The tokens inside whose head is outside (or who are their own head)."""
    words: int

    @property
    def sentence(self) -> Span:
        return Span(self.sentences[0].start_char, self.sentences[-1].end_char) if self.sentences else self.span


def _site(doc: Doc, span: Span, index: _Index) -> _Site | None:
    inside = doc.char_span(span.start, span.end, alignment_mode="expand")
    if inside is None:
        return None
    sentences = index.overlapping(span.start - 1, span.end + 1)
    first, last = _paragraph(index.text, span)
    outside = [t for s in sentences for t in s if t.idx + len(t) <= span.start - 1 or t.idx >= span.end + 1]
    outside = [t for t in outside if not t.is_punct and not t.is_space and first <= t.idx < last]
    roots = [t for t in inside if not (inside.start <= t.head.i < inside.end) or t.head is t]
    words = sum(1 for t in inside if not t.is_punct)
    return _Site(span, inside, sentences, outside, roots, words)


def _paragraph(text: str, span: Span) -> tuple[int, int]:
    """Where the paragraph of ``span`` starts and ends: a sentence the splitter ran on across a line break lends the
    quote no words from the next paragraph."""
    end = text.find("\n", span.end)
    return text.rfind("\n", 0, span.start) + 1, len(text) if end < 0 else end


def _direct(
    doc: Doc, article: Article, quoted: Quoted, previous: Quote | None, context: Attribution, index: _Index
) -> Quote | None:
    """The statement a quoted span makes: attributed to the cue that governs it or stands beside it, continuing the
    quote before it, or of unknown speaker when it is long and stands alone; None for a scare quote."""
    site = _site(doc, quoted.span, index) if article.in_body(quoted.span) else None
    if site is None or _is_name(site):
        return None
    verb = _cue(doc, site, quoted, index)
    if verb is None:
        source = _named_source(doc, site, index.text)
        if source is not None:
            return _sourced(site, source, article, context)
        continued = _continuation(site, article, quoted, previous, index)
        if continued is not None or quoted.continued or site.outside:
            return continued
        verb = _preceding_verb(doc, site.span, index.text)
        if verb is None:
            return _uncued(site, article)
    if _is_scare_quote(site, verb, index.text):
        return None
    return _attributed(site, verb, article, context, index)


def _cue(doc: Doc, site: _Site, quoted: Quoted, index: _Index) -> Token | None:
    """The reporting verb of a quote: the one above it in the parse, else the nearest in its sentences, else one
    just across a sentence break (never for a quote that continues the one before it in a new paragraph)."""
    verb = _governing_verb(site.roots, site.inside.start, site.inside.end)
    if verb is None:
        verb = _sentence_verb(site.outside, site.inside.start)
    if verb is None and not quoted.continued:
        verb = _adjacent_verb(doc, site.span, index.text)
    return verb


def _is_name(site: _Site) -> bool:
    """Whether the quoted words are the name of a thing, not what someone said: the nearest verb above them is a
    naming participle with no "by" agent ("a film called “…”", "a group dubbed “…”")."""
    for root in site.roots:
        verb = next((a for a in root.ancestors if a.pos_ == "VERB" and a.i < site.inside.start), None)
        if verb is not None and _is_naming(verb):
            return True
    return False


def _is_naming(verb: Token) -> bool:
    """A naming participle that describes a noun with no "by" agent ("a film called", "a plan dubbed")."""
    if verb.lemma_.lower() not in NAMING_VERBS or verb.dep_ != "acl":
        return False
    return not any(c.dep_ == "agent" for c in verb.children)


def _is_scare_quote(site: _Site, verb: Token, text: str) -> bool:
    """Whether a short quote is a scare quote: one its cue does not govern, or one modified from outside the marks
    ("his “special military operation”"); never a whole utterance ("“No comment,” he said")."""
    if site.words >= SHORT_QUOTE_WORDS or _is_utterance(site.span, text):
        return False
    return _scare_modified(site.roots, site.inside.start) or not _governs(verb, site.roots)


def _is_utterance(span: Span, text: str) -> bool:
    """Whether a quote is a whole utterance: it opens its sentence (after a line break, a full stop or a colon) and
    closes with punctuation of its own ("“That would be you?” she asked", "“No,” he said")."""
    before = span.start - 1
    while before >= 0 and text[before] in OPENING_MARKS:
        before -= 1
    opens = before < 0 or text[before] in ".?!:\n"
    closes = text[span.end - 1 : span.end] in {".", "?", "!"} or any(c in ",.?!" for c in text[span.end : span.end + 2])
    return opens and closes


def _continuation(site: _Site, article: Article, quoted: Quoted, previous: Quote | None, index: _Index) -> Quote | None:
    """A quote with no cue that continues the quote before it (next sentence or next paragraph), said by its
    speaker."""
    span, text = site.span, site.span.slice(article.text)
    if previous is None or not _continues(index, previous, span, quoted):
        return None
    return Quote(
        span, text, site.sentence, previous.speaker, previous.via, previous.medium, previous.time,
        cue=previous.cue, pattern="continued quote", resolution=previous.resolution,
    )  # fmt: skip


def _uncued(site: _Site, article: Article) -> Quote | None:
    """A quote that stands alone with no cue: a statement of unknown speaker when it is long, else nothing."""
    if site.words >= UNATTRIBUTED_MIN_WORDS:
        return Quote(site.span, site.span.slice(article.text), site.sentence, None, pattern="no cue")
    return None


def _attributed(site: _Site, verb: Token, article: Article, context: Attribution, index: _Index) -> Quote:
    """The quote said by the subject of its cue (never a word inside the quote), with how it reached the article."""
    speaker_token = subject_of(verb)
    if speaker_token is not None and site.inside.start <= speaker_token.i < site.inside.end:
        speaker_token = None
    speaker, resolution = speaker_for(speaker_token, context, article)
    sentence_tokens = [t for s in site.sentences for t in s]
    return Quote(
        site.span,
        site.span.slice(article.text),
        site.sentence,
        speaker,
        via=via_of(verb, sentence_tokens, article),
        medium=medium_of(verb, speaker_token),
        time=time_of(verb, index.times, site.span),
        addressee=addressee_of(verb, speaker_token, article),
        cue=verb.text,
        pattern=cue_pattern(verb, site.inside.start),
        resolution=resolution,
    )


def _sourced(site: _Site, source: tuple[Token, str], article: Article, context: Attribution) -> Quote:
    """A quote whose source is named with no reporting verb: "Jane Roe, in a statement: “…”", "“…,” according to
    officials"."""
    token, pattern = source
    speaker, resolution = speaker_for(token, context, article)
    text = site.span.slice(article.text)
    cue = "according to" if pattern == "according to" else ":"
    return Quote(site.span, text, site.sentence, speaker, cue=cue, pattern=pattern, resolution=resolution)


def _named_source(doc: Doc, site: _Site, text: str) -> tuple[Token, str] | None:
    """The source of a quote with no reporting verb, and how it was named: the object of "according to" in its
    sentence, or the last person or organisation named in a lead-in with no verb that ends with a colon ("Jane Roe,
    in a statement: “…”", "More from Tom Hill: “…”")."""
    according = next((t for t in site.outside if opens_according_to(t)), None)
    if according is not None:
        source = object_of(according.nbor(1))
        return (source, "according to") if source is not None and _may_speak(source) else None
    sentence = _lead_in(doc, site.span, text)
    lead = [t for t in sentence if t.idx < site.span.start] if sentence is not None else []
    if not lead or any(t.pos_ == "VERB" for t in lead):
        return None
    named = [t for t in lead if t.ent_type_ in {"PERSON", "ORG"} and t.ent_iob_ == "B"]
    if not named:
        return None
    return _entity_root(named[-1]), "colon"


def _may_speak(token: Token) -> bool:
    """Whether the object of "according to" can be a source: a name, a plural ("officials"), or a document."""
    return bool(token.ent_type_) or token.pos_ == "PROPN" or token.tag_ == "NNS" or document_of(token) is not None


def _entity_root(first: Token) -> Token:
    """The last word of the entity that starts at ``first`` (the head of a name like "Jane Roe")."""
    token = first
    while token.i + 1 < len(token.doc) and token.doc[token.i + 1].ent_iob_ == "I":
        token = token.doc[token.i + 1]
    return token


def _governing_verb(roots: Sequence[Token], start: int, end: int) -> Token | None:
    """The nearest reporting verb above the quote in the parse tree."""
    for root in roots:
        for ancestor in root.ancestors:
            if start <= ancestor.i < end:
                continue
            if _is_reporting(ancestor) or (ancestor.lemma_.lower() in CHARACTERISING_VERBS and ancestor.pos_ == "VERB"):
                if _passes_on(ancestor):
                    continue
                return ancestor
    return None


def _sentence_verb(outside: Sequence[Token], near: int) -> Token | None:
    """The reporting verb nearest the quote elsewhere in its sentence(s) ("“…,” the letter said.")."""
    verbs = [t for t in outside if _is_reporting(t) and not _passes_on(t)]
    speaking = [v for v in verbs if v.lemma_.lower() not in GOVERNING_ONLY or demand_of(v) is not None]
    return min(speaking, key=lambda v: abs(v.i - near), default=None)


def _adjacent_verb(doc: Doc, span: Span, text: str) -> Token | None:
    """A reporting verb just across a sentence break: in a lead-in that ends with a colon ("X told reporters:
    “…”"), the last one there; with no lead-in, one at the start of the sentence right after the closing mark ("“Why
    …?” Mr. X asked.")."""
    lead = _lead_in(doc, span, text)
    if lead is not None:
        return _first_reporting(reversed(list(lead)))
    return _following_verb(doc, span, text)


def _lead_in(doc: Doc, span: Span, text: str) -> DocSpan | None:
    """The sentence that ends with a colon right before the quote."""
    colon = span.start - 1  # walked back over spaces and marks, never copying the text before the quote
    while colon >= 0 and text[colon] in OPENING_MARKS + "\n":
        colon -= 1
    if colon < 0 or text[colon] != ":":
        return None
    lead = doc.char_span(colon, colon + 1, alignment_mode="expand")
    return lead[0].sent if lead is not None and len(lead) else None


def _following_verb(doc: Doc, span: Span, text: str) -> Token | None:
    """A reporting verb among the first words of the sentence that starts right after the closing mark, or its main
    verb when the sentence opens with that verb's subject ("“…?” Ann Lee, a retired nurse from Ohio, asked.")."""
    after = span.end
    while after < len(text) and text[after] in " \t”\"'’,.?!":  # never into the next paragraph
        after += 1
    if after >= len(text):
        return None
    first = doc.char_span(after, after + 1, alignment_mode="expand")
    if first is None or not len(first) or not first[0].is_sent_start:
        return None
    sentence = first[0].sent
    verb = _first_reporting(t for t in sentence[:MAX_CUE_TOKENS] if t.dep_ != "ccomp")
    if verb is None and _is_reporting(sentence.root):
        subject = subject_of(sentence.root)
        verb = sentence.root if subject is not None and subject.left_edge.i == first[0].i else None
    return verb


def _preceding_verb(doc: Doc, span: Span, text: str) -> Token | None:
    """For a quote that is a sentence of its own, the reporting verb of the main clause of the sentence just before
    it in the same paragraph ("Ann Lee agreed. “…”", "Tom Hill, an analyst, says the plan will fail. “…”")."""
    end = span.start - 1
    while end >= 0 and text[end] in OPENING_MARKS:
        end -= 1
    if end < 0 or text[end] not in ".?!":
        return None
    last = doc.char_span(end, end + 1, alignment_mode="expand")
    if last is None or not len(last):
        return None
    root = last[0].sent.root
    verbs = [root, *(c for c in root.children if c.dep_ == "conj")]
    return next((v for v in verbs if _is_reporting(v) and not _passes_on(v) and subject_of(v) is not None), None)


def _first_reporting(tokens: Iterable[Token]) -> Token | None:
    return next((t for t in tokens if _is_reporting(t)), None)


def _is_reporting(token: Token) -> bool:
    """A reporting verb, or "put it" ("as one official put it, “…”")."""
    if token.pos_ not in {"VERB", "AUX"}:
        return False
    lemma = token.lemma_.lower()
    return lemma in REPORTING_VERBS or (lemma == "put" and any(c.lower_ == "it" for c in token.children))


def _passes_on(verb: Token) -> bool:
    """Whether ``verb`` is an organisation passing on what others said ("Reuters reported"): the channel, not the
    cue of the speaker."""
    outlet = any(c.dep_ in NOMINAL_SUBJECTS and c.ent_type_ == "ORG" for c in verb.children)
    return verb.lemma_.lower() in OUTLET_VERBS and outlet


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
