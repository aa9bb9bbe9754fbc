"""Statements: direct quotes with their speaker, and reported (indirect) speech.

A quoted span becomes a statement when a reporting cue governs it ("X said", "said X", "the letter said",
"called it a “…”") or when it continues the quote just before it. A short quoted term with no cue, or one that
modifies a noun phrase ("his “special military operation”"), is a scare quote and not a statement.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, NamedTuple

from graph.extract.attribution import (
    ADDRESSING_VERBS,
    NOMINAL_SUBJECTS,
    PARTICIPLES,
    SAID_TO,
    agent_of,
    object_of,
    subject_of,
)
from graph.extract.circumstances import TimesAt, addressee_of, medium_of, time_of, via_of
from graph.extract.lost_subjects import apposed_subject, speaker_past_thing, subject_outside
from graph.extract.marks import Quoted, find_quoted
from graph.extract.quote_cues import (
    OPENING_MARKS,
    SPEAKING_PRONOUNS,
    WORDING_VERBS,
    adjacent_verb,
    calls_it,
    cast_as_verb,
    casting_cue,
    colon_verb,
    frame_subject,
    framing_verb,
    governing_verb,
    inverted_subject,
    inverted_verb,
    is_passive,
    is_reporting,
    judged_name,
    judged_object,
    named_source,
    preceding_verb,
    read_frame,
    said_alone,
    sentence_verb,
    speaking_between,
    speaking_verb,
    unsaid,
    unsaid_words,
    wording_verb,
)
from graph.extract.quote_layouts import dashed_aside, signature, speaker_label, stage_direction
from graph.extract.quote_names import is_utterance, names_a_thing
from graph.extract.reported import cue_pattern, extract_reported
from graph.extract.reported_words import SAYING_NOUNS, can_be_told, can_speak
from graph.extract.speakers import Attribution, bare_surname, speaker_for
from graph.model import Article, Mention, Quote, Span, TimeExpr

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as DocSpan

CONTINUED = "continued quote"
"""The pattern of a quote with no cue of its own said by the speaker of a quote next to it: one it goes on from
(the next sentence or paragraph), or a later part of the same quote that names its speaker."""
SHORT_QUOTE_WORDS = 5
"""Quotes shorter than this need a governing reporting verb and no modifier outside the marks."""
UNATTRIBUTED_MIN_WORDS = 8
"""A quote of unknown speaker this long is still a statement, whether or not it has a cue; shorter ones are
dropped. Quoted words that no one is said to say are mostly titles, names, slogans and phrases the writer holds at a
distance (“Half Baked”, “the people's budget”, “a plan that will never work”); a full sentence rarely runs under
eight words, and a fragment with no speaker gives a fact-checker nothing to check."""
ATTRIBUTING_PRONOUNS = frozenset({"he", "she"})
"""Pronoun subjects that give a sentence's quoted words to someone named before."""
ADDRESSED_VERBS = ADDRESSING_VERBS | {"ask", "warn", "assure", "urge"}
"""Verbs of saying whose object is whom the words are said to ("telling a crowd, “…”", "asked reporters: “…”")."""
CIRCUMSTANCES = frozenset({"prep", "agent", "npadvmod", "advmod", "parataxis"})
"""What may stand between a passive "was asked" and the quote put to its subject: when, where, how, by whom, and an
aside that says who tells it ("Ann Lee was told, she said, “…”")."""
QUESTION_NOUNS = frozenset({"question", "questions"})
"""A question put, as the object or the passive subject of "ask" ("was asked the same question: “…”"); the plural
for a capitalised "Questions" the tagger keeps as its own lemma."""
OWNED_SAYINGS = SAYING_NOUNS - {"denial", "charge", "call"}
"""Nouns of saying whose content is their owner's words (:func:`_owner_of_saying`); not a denial, which may repeat the
words it denies, nor a charge or a call, which may be a price or a referee's decision."""
CONTENT_PREPOSITIONS = frozenset({"about", "over", "regarding", "concerning"})
"""Prepositions that tell what a question was about ("was asked about the plan"), after which a quote answers it."""
SCARE_MODIFIERS = frozenset({"poss", "amod", "advmod", "compound", "nummod"})
"""Dependencies of a word outside the marks that makes short quoted words part of a noun phrase ("his “plan”")."""
NOUN_MODIFIERS = SCARE_MODIFIERS | {"nmod"}
"""Dependencies of quoted words that modify the noun after the marks ("the “Obamacare” law")."""


def extract_quotes(
    doc: Doc, article: Article, mentions: Sequence[Mention], times: Sequence[TimeExpr]
) -> Iterator[Quote]:
    """Direct quotes, then reported speech not already covered by a quote, in text order."""
    index = _Index(doc, times)
    found = find_quoted(article.text, article.body)
    context = Attribution.read(doc, article, mentions, [q.span for q in found])
    read: list[_Read] = []
    previous: Quote | None = None
    for n, quoted in enumerate(found):
        goes_on = n + 1 < len(found) and found[n + 1].continued
        read.append(_direct(doc, article, quoted, previous, context, index, goes_on))
        if read[-1].quote is not None and not read[-1].pending:
            previous = read[-1].quote
    direct = _speakers_from_later_parts(found, read)
    reported = list(extract_reported(doc, article, direct, context, index.times))
    held = {span for r in reported for span in r.quoted_words}  # a speaker's words a reported clause holds
    yield from (q for q in direct if q.span not in held)
    yield from reported


def _speakers_from_later_parts(found: Sequence[Quoted], read: Sequence[_Read]) -> list[Quote]:
    """The statements ``read`` of the quoted spans ``found``, where a paragraph's quote that the next paragraph goes on
    with (its marks left open, the next one reopened: a quote of several paragraphs) and that has no speaker of its
    own takes the speaker of the part that names one after it ("“This town has been forgotten.⏎⏎“We will change
    that,” she said."): each paragraph is the one statement's, as when the cue opens the quote; not a part that names
    that speaker, which tells of them (an excerpt of a report quoted paragraph by paragraph). A short part that
    waited for a speaker (:attr:`_Read.pending`) and finds none is dropped."""
    statements = [r.quote for r in read]
    for n in range(len(statements) - 2, -1, -1):
        quote, after = statements[n], statements[n + 1]
        if quote is None or quote.speaker is not None or after is None or after.speaker is None:
            continue
        if found[n + 1].continued and not _names_in_third_person(quote.text, after.speaker):
            statements[n] = replace(
                quote, speaker=after.speaker, via=after.via, medium=after.medium, time=after.time, cue=after.cue,
                pattern=CONTINUED, resolution=after.resolution,
            )  # fmt: skip
    return [q for q, r in zip(statements, read, strict=True) if q is not None and (q.speaker or not r.pending)]


def _names_in_third_person(words: str, speaker: Mention) -> bool:
    """Whether quoted ``words`` name ``speaker``, as one tells of someone, not as they speak: by surname, whatever the
    case ("Tom Hill Jr.": Hill), or by the description's noun ("the senator": senator)."""
    name = bare_surname(speaker.text)
    return bool(name) and re.search(rf"\b{re.escape(name)}\b", words, re.IGNORECASE) is not None


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
    roots = [t for t in inside if not (inside.start <= t.head.i < inside.end) or t.head.i == t.i]
    words = sum(1 for t in inside if not t.is_punct)
    return _Site(span, inside, sentences, outside, roots, words)


def _paragraph(text: str, span: Span) -> tuple[int, int]:
    """Where the paragraph of ``span`` starts and ends: a sentence the splitter ran on across a line break lends the
    quote no words from the next paragraph."""
    end = text.find("\n", span.end)
    return text.rfind("\n", 0, span.start) + 1, len(text) if end < 0 else end


class _Read(NamedTuple):
    """A quoted span's statement, and whether it stands only if a later part of the same quote names its speaker."""

    quote: Quote | None
    pending: bool = False


def _direct(
    doc: Doc,
    article: Article,
    quoted: Quoted,
    previous: Quote | None,
    context: Attribution,
    index: _Index,
    goes_on: bool,
) -> _Read:
    """The statement a quoted span makes: attributed to the cue that governs it or stands beside it, continuing the
    quote before it, or of unknown speaker when it is long; no statement for a scare quote, and for a short one whose
    cue names no speaker (“pirates”, “Half Baked.”, “a plan that will never work”): fewer than
    :data:`UNATTRIBUTED_MIN_WORDS` words that nobody is said to say are no statement, unless the quote ``goes_on``
    in the next paragraph, whose part may name its speaker (``pending``); nor is a quote with no letter (“!”, “…”),
    which says nothing."""
    site = _site(doc, quoted.span, index) if article.in_body(quoted.span) else None
    if site is None or stage_direction(site.span, index.text):
        return _Read(None)
    quote = _statement(doc, article, site, quoted, previous, context, index)
    if quote is None or not any(c.isalpha() for c in quote.text):
        return _Read(None)
    short = quote.speaker is None and site.words < UNATTRIBUTED_MIN_WORDS
    return _Read(None) if short and not goes_on else _Read(quote, pending=short)


def _statement(
    doc: Doc, article: Article, site: _Site, quoted: Quoted, previous: Quote | None, context: Attribution, index: _Index
) -> Quote | None:
    """The statement of a quoted span in the body (see :func:`_direct`), whether or not a speaker was found."""
    laid_out = _laid_out(doc, site, article, context, index.text)
    if laid_out is not None:
        return laid_out
    wording = wording_verb(site.inside) if site.words < UNATTRIBUTED_MIN_WORDS else None
    if wording is not None and (wording.lemma_.lower() not in WORDING_VERBS or unsaid(wording)):
        return None  # "He avoided the word “strike”": words mentioned, not said
    if wording is not None and _attributes(wording, site.inside.start, site.inside.end):
        return _attributed(site, wording, article, context, index)  # "Trustee Fenn used the phrase “…”"
    if names_a_thing(site.inside, site.roots, site.span, index.text):
        return None
    if unsaid_words(site.roots, site.inside.start, site.inside.end):
        return None  # "Ann Lee did not describe the budget as “…”": no one said it
    owner = _owner_of_saying(site)
    if owner is not None:
        owned = _said_in_noun(site, owner, article, context)
        if owned.speaker is not None and owned.speaker.text.lower() != owner.lower_:
            return owned  # not "their accusation that …" with no one "their" stands for
    verb = _cue(doc, site, quoted, index)
    if verb is None:
        return _without_cue(doc, article, site, quoted, previous, context, index)
    if _opens_next_sentence(verb, site):
        continued = _continuation(site, article, quoted, previous, index)
        if continued is not None:
            return continued  # "“…,” Ann Lee said. “…” Asked about the polls, Tom Hill said: …": still Ann Lee's
    if _is_scare_quote(site, verb, index.text):
        return None
    return _attributed(site, verb, article, context, index)


def _owner_of_saying(site: _Site) -> Token | None:
    """Who owns the noun of saying whose content a quote gives ("Tom Hill's claim that the council had “lied to the
    town”", "Ann Lee's warning of “a lost decade for the port”"): the quote is theirs, whoever speaks of the claim
    ("The mayor dismissed Tom Hill's claim that …": Tom Hill). The quote must be the verb of the noun's "that"
    clause or infinitive, that verb's predicate or object, or the object of its "of" or "about", three words at
    least; never words that only name something in the clause ("his claim that the “experts” were wrong", "his
    remark about her “very fine people” speech"), the content of a noun with no owner or one that cannot speak
    ("the film's message of “hope for all”"), a denial, a charge or a call, whose words may be another's or none
    ("her denial that she had “misled …”", "the bank's charge of “£25 a month”"), nor a claim that a reporting verb
    reports ("The mayor said Tom Hill's claim that … was wrong": the mayor's statement holds it), nor words a
    reporting verb in the clause gives another ("her claim that the mayor had replied “no comment”")."""
    start, end = site.inside.start, site.inside.end
    roots = [r for r in site.roots if not r.is_punct]
    if len(roots) != 1 or (site.words < SHORT_QUOTE_WORDS and _scare_modified(roots, start)):
        return None
    root = clause = roots[0]
    if root.dep_ in {"attr", "acomp", "oprd", "dobj"} and not start <= root.head.i < end:
        clause = root.head  # "that the plan was “a disaster”": was
    elif root.dep_ == "pobj" and root.head.lower_ in {"of", "about"}:
        clause = root.head  # "warning of “a lost decade”"
    noun = clause.head
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in OWNED_SAYINGS or clause.i < noun.i:
        return None
    if clause.dep_ == "prep":
        if clause.lower_ not in {"of", "about"} or site.words < 3:
            return None
    elif clause.dep_ in {"acl", "ccomp"} and clause.pos_ in {"VERB", "AUX"} and not is_reporting(clause):
        helped = any(c.dep_ in {"aux", "auxpass", "mark"} for c in clause.children)  # "that it had …", "to fix …"
        if clause.tag_ in {"VBN", "VBG"} and not helped:
            return None  # "his remarks, made at a “town hall” meeting": a participle, no content
        if clause.right_edge.i >= end and not clause.right_edge.is_punct:
            return None  # the quote names a thing of the clause, which goes on: "that the “we will not …” speech was"
    else:
        return None
    if _reported_within(noun):
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    return owner if owner is not None and owner.lower_ != "its" and can_speak(owner) else None


def _reported_within(noun: Token) -> bool:
    """Whether a noun lies in a clause that a reporting verb reports ("The mayor said Tom Hill's claim … was wrong")."""
    child = noun
    for ancestor in noun.ancestors:
        if child.dep_ in {"ccomp", "parataxis"} and is_reporting(ancestor):
            return True
        child = ancestor
    return False


def _said_in_noun(site: _Site, owner: Token, article: Article, context: Attribution) -> Quote:
    """The quote said by the owner of the noun of saying that holds it (:func:`_owner_of_saying`)."""
    speaker, resolution = speaker_for(owner, context, article, site.span)
    text = site.span.slice(article.text)
    cue, pattern = owner.head.text, "content after cue"
    return Quote(site.span, text, site.sentence, speaker, cue=cue, pattern=pattern, resolution=resolution)


def _without_cue(
    doc: Doc, article: Article, site: _Site, quoted: Quoted, previous: Quote | None, context: Attribution, index: _Index
) -> Quote | None:
    """A quote with no reporting verb of its own: said by a source named without one, continuing the quote before it,
    given by its sentence to the subject of the verb above it, said by the cue of the sentence just before it, or of
    unknown speaker when it is long and stands alone."""
    source = named_source(doc, site.outside, site.span, index.text)
    if source is not None:
        return _sourced(site, source, article, context)
    continued = _continuation(site, article, quoted, previous, index)
    if continued is not None or quoted.continued:
        return continued
    if site.outside:
        verb = _attributing_predicate(site)
        cast = cast_as_verb(site.roots, site.inside.start, site.inside.end) if verb is None else None
        if cast is not None and not unsaid(cast) and _attributes(cast, site.inside.start, site.inside.end):
            verb = casting_cue(cast)  # "Coach Vokes rated the pitch as “unplayable”"
        if verb is None or (site.words < SHORT_QUOTE_WORDS and _scare_modified(site.roots, site.inside.start)):
            return None
        return _attributed(site, verb, article, context, index)
    verb = preceding_verb(doc, site.span, index.text)
    if verb is None:
        return _uncued(site, article)
    return None if _is_scare_quote(site, verb, index.text) else _attributed(site, verb, article, context, index)


def _cue(doc: Doc, site: _Site, quoted: Quoted, index: _Index) -> Token | None:
    """The reporting verb of a quote: the one above it in the parse (but for the verb that ends a lead-in before a
    colon with a subject of its own: "Ann Lee said as a man shouted: “…”"; and for a question or an exclamation, a verb
    inverted with its subject right after it: "… as the ministry denies — “why not?” asked Ann Lee"), else the
    nearest in its sentences, else one just across a sentence break (never for a quote that continues the one before
    it in a new paragraph), else any verb inverted with its subject right after the quote (“…!” beamed Ann Lee), else
    a verb of a manner of speaking in the frame right after it (“…,” Ann Lee fumed), else a "read" ending that frame
    (“…,” the editorial read)."""
    verb = governing_verb(site.roots, site.inside.start, site.inside.end)
    if verb is not None and verb.i < site.inside.start:
        verb = colon_verb(doc, site.span, index.text) or verb
    if verb is not None and index.text[site.span.end - 1] in "?!" and _set_apart(verb, site.inside.start):
        verb = inverted_verb(doc, site.span, index.text) or verb
    if verb is None:
        verb = sentence_verb(site.outside, site.inside.start)
    if verb is None and not quoted.continued:
        verb = adjacent_verb(doc, site.span, index.text)
    if verb is None:
        verb = inverted_verb(doc, site.span, index.text)
    if verb is None:
        verb = framing_verb(doc, site.span, index.text)
    if verb is None:
        verb = read_frame(doc, site.span, index.text)
    return verb


def _set_apart(verb: Token, start: int) -> bool:
    """Whether a verb before a quote is parted from it by another verb, a conjunction, a dash or a semicolon
    ("… as the ministry denies — “why not?” asked Ann Lee"), so that it does not introduce the quote ("Officials kept
    asking “Why now?” said Tom Reed": the officials asked it)."""
    between = verb.doc[verb.i + 1 : start]
    return any(t.pos_ in {"VERB", "AUX", "CCONJ"} or t.text in {"—", "–", "--", ";"} for t in between)


def _opens_next_sentence(verb: Token, site: _Site) -> bool:
    """Whether a quote's cue is a participle opening the sentence after it ("“…” Asked about the polls, Tom Hill
    said: …", "“…” Pressed by reporters, the mayor refused to …"): news copy sets such a sentence after a speaker's
    last words to turn to what comes next, so a quote that can go on with the speaker before it does; one that
    cannot is that sentence's answer ("“I do not recall.” Asked about the meeting, the witness said nothing more")."""
    return verb.i >= site.inside.end and verb.dep_ == "advcl" and verb.head.i > verb.i


def _is_scare_quote(site: _Site, verb: Token, text: str) -> bool:
    """Whether a short quote is a scare quote: one its cue does not govern, or one modified from outside the marks
    ("his “special military operation”"); never a whole utterance ("“No comment,” he said")."""
    if site.words >= SHORT_QUOTE_WORDS or is_utterance(site.span, text) or _exclaimed_after(verb, site.span, text):
        return False
    if verb.i >= site.inside.end and text[site.span.end - 1] in "?!":
        return False  # "… — “Why now?” asked Ann Lee": a question or a cry before its cue is said whole
    modifier = _modifies_noun_after(site.roots, site.inside.end)
    if judged_name(verb, site.inside, site.roots):
        return True  # "ridiculed “Summer Nights”, the new musical": a title, not words said
    if not modifier and judged_object(verb, site.inside, site.roots):
        return False  # "praised his deputy's “steady hand”": the subject's words, though "his" modifies them
    if not modifier and calls_it(verb, site.roots, site.inside.start, site.inside.end):
        return False  # "what they call the council's “parking grab”": the name they give it
    return (
        modifier or _scare_modified(site.roots, site.inside.start) or not _governs(verb, site.roots, site.inside.start)
    )


def _exclaimed_after(verb: Token, span: Span, text: str) -> bool:
    """Whether a short quote is a whole sentence said right after its cue, which only a comma or a colon may part
    from it ("a woman shouted “Cut it now!”", "she said: “Never.”"), however the parser hangs it: a scare quote never
    ends with its own full stop, question or exclamation mark."""
    if verb.idx + len(verb) > span.start:  # a cue after the quote: "the “experts.” Ann Lee said …" is no such case
        return False
    between = text[_cue_end(verb, span.start) : span.start]
    return text[span.end - 1 : span.end] in {".", "?", "!"} and not between.strip(OPENING_MARKS + ",:")


def _cue_end(verb: Token, start: int) -> int:
    """Where the cue of a quote that follows it ends: after the verb, or after whom it is said to when that comes
    between ("telling a crowd, “…”", "said to reporters: “…”"); never after an object that says what was said ("told
    reporters the plan was …")."""
    addressees = [c for c in verb.rights if _addressee(c, verb) and c.right_edge.idx + len(c.right_edge) <= start]
    last = max((c.right_edge for c in addressees), key=lambda t: t.i, default=verb)
    return last.idx + len(last)


def _addressee(child: Token, verb: Token) -> bool:
    """Whether a word after a verb of saying names whom it is said to: its dative or, for a verb of addressing, its
    object ("told the crowd"), or "to" and its object ("said to reporters"); someone or a body, never a thing ("told
    the crowd her nickname": not "her nickname")."""
    if child.dep_ == "prep" and child.lower_ == "to":
        told = object_of(child)
        return told is not None and can_be_told(told)
    addressed = child.dep_ == "dative" or (child.dep_ == "dobj" and verb.lemma_.lower() in ADDRESSED_VERBS)
    return addressed and can_be_told(child)


def _continuation(site: _Site, article: Article, quoted: Quoted, previous: Quote | None, index: _Index) -> Quote | None:
    """A quote with no cue that continues the quote before it (next sentence or next paragraph), said by its
    speaker."""
    span, text = site.span, site.span.slice(article.text)
    if previous is None or not _continues(index, previous, span, quoted, alone=not site.outside):
        return None
    return Quote(
        span, text, site.sentence, previous.speaker, previous.via, previous.medium, previous.time,
        cue=previous.cue, pattern=CONTINUED, resolution=previous.resolution,
    )  # fmt: skip


def _uncued(site: _Site, article: Article) -> Quote:
    """A quote that stands alone with no cue: a statement of unknown speaker (which :func:`_direct` keeps when it is
    long, or when a later part of the same quote may name its speaker)."""
    return Quote(site.span, site.span.slice(article.text), site.sentence, None, pattern="no cue")


def _attributed(site: _Site, verb: Token, article: Article, context: Attribution, index: _Index) -> Quote:
    """The quote said by the subject of its cue (never a word inside the quote), with how it reached the article; a
    quote put to the subject of a passive "was asked" is said by the one named after "by", if anyone, and is said to
    that subject (:func:`_put_to`)."""
    told = _put_to(verb, site)
    speaker_token = _speaker_token(site, verb, context) if told is None else agent_of(verb)
    speaker, resolution = speaker_for(speaker_token, context, article, site.span)
    if told is None:
        addressee = addressee_of(verb, speaker_token, article)
    else:
        put = told.lemma_.lower() in QUESTION_NOUNS  # "Questions were asked, “…?”": what was put, not to whom
        addressee = None if put else speaker_for(told, context, article)[0]
    sentence_tokens = [t for s in site.sentences for t in s]
    return Quote(
        site.span,
        site.span.slice(article.text),
        site.sentence,
        speaker,
        via=via_of(verb, sentence_tokens, article),
        medium=medium_of(verb, speaker_token),
        time=time_of(verb, index.times, site.span),
        addressee=addressee,
        cue=verb.text,
        pattern=cue_pattern(verb, site.inside.start),
        resolution=resolution,
    )


def _speaker_token(site: _Site, verb: Token, context: Attribution) -> Token | None:
    """The word that names who says a quote: the subject of its cue, else one the parse lost around it; never a word
    of this quote nor of another one (the parse may take a one-word quote for the subject of the cue after it)."""
    speaker_token = speaker_past_thing(verb, subject_of(speaking_verb(verb)))
    if speaker_token is None or speaker_token.tag_ in PARTICIPLES:  # "Rattled by …, Ann Lee, …, said"
        speaker_token = apposed_subject(verb, site.inside.end if site.inside.end <= verb.i else 0)
    if speaker_token is None and verb.i >= site.inside.end:  # "“Gone!” blared the front page"
        speaker_token = inverted_subject(verb)
    quoted = speaker_token
    if quoted is not None and site.inside.start <= quoted.i < site.inside.end:
        speaker_token = subject_outside(verb, site.inside.start, site.inside.end)
    elif quoted is not None and _another_quotes_word(quoted, verb, context):
        speaker_token = _goes_on_reporting(verb, context)
    if speaker_token is None and quoted is not None and quoted.i < verb.i and _right_after_marks(verb):
        speaker_token = inverted_subject(verb, quoted)  # "“Rubbish,” wrote a fan": "Rubbish" taken for the subject
    if speaker_token is None and verb.i >= site.inside.end:  # "“…,” the editorial read"
        speaker_token = frame_subject(verb)
    return speaker_token


def _goes_on_reporting(verb: Token, context: Attribution) -> Token | None:
    """The speaker of a cue the parse joined by "and" to a word of the quote before it, whose subject it took from
    there: the subject of the verb that reported that quote, hung on the same word ("“We know that the deal ― pay,
    leave ― we know those gains will last,” she said, and then added: “…”": she goes on, not "we"), where it stands
    between the two and outside them."""
    if verb.dep_ != "conj" or context.quote_around(_word_span(verb.head)) is None:
        return None
    for reporting in verb.head.children:
        if not (reporting.i < verb.i and reporting.dep_ in {"ccomp", "parataxis"} and is_reporting(reporting)):
            continue
        subject = subject_of(reporting)
        if subject is not None and subject.i < verb.i and context.quote_around(_word_span(subject)) is None:
            return subject
    return None


def _word_span(token: Token) -> Span:
    """Where ``token`` lies in the text."""
    return Span(token.idx, token.idx + len(token))


def _another_quotes_word(subject: Token, verb: Token, context: Attribution) -> bool:
    """Whether the subject the parse gave a cue is a word of a quote: of one right before the cue ("“Rubbish,” wrote a
    fan"), or of quoted words that run past the subject's phrase ("opposes “sweeping wage cuts” and recalled …");
    not a description quoted whole, which names who speaks ("quoted a “senior official” as saying")."""
    quote = context.quote_around(_word_span(subject))
    if quote is None:
        return False
    if subject.i < verb.i and _right_after_marks(verb):
        return True
    doc = subject.doc
    phrase = Span(doc[subject.left_edge.i].idx, subject.right_edge.idx + len(subject.right_edge))
    words = quote.slice(context.article.text)
    inside = Span(quote.start + len(words) - len(words.lstrip()), quote.end - len(words) + len(words.rstrip(" ,.;:")))
    return inside.start < phrase.start or inside.end > phrase.end


def _right_after_marks(verb: Token) -> bool:
    """Whether ``verb`` follows a quotation mark, with at most a comma between ("“No,” wrote", "“No”, wrote")."""
    doc = verb.doc
    before = doc[verb.i - 1] if verb.i > 0 else None
    if before is not None and before.text == "," and verb.i > 1:
        before = doc[verb.i - 2]
    return before is not None and before.is_quote


def _put_to(verb: Token, site: _Site) -> Token | None:
    """The one a quote is put to: the subject of a passive "was asked" or "was told" whose question or message holds
    the quote ("Ann Lee was told that she had been “let go”", "was asked whether the budget was “a fantasy”"), or
    that stands right before the quote with only its circumstances, an aside and its asker between ("Ann Lee was
    asked on Monday, “…?”", "The recruits were told by their trainer: “…”") or right after it ("“…?” Ann Lee was
    asked"). Never when the cue has words of its own before a quote outside them, whose answer the quote then is
    ("Ann Lee was asked what she would do: “Sleep.”", "was asked about her plans and smiled: “…”")."""
    if verb.lemma_.lower() not in SAID_TO or not is_passive(verb):
        return None
    told = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if told is None:
        return None
    doc = verb.doc
    if any(_holds(c, site) for c in verb.children if c.dep_ in {"ccomp", "xcomp"}):
        return told
    if verb.i >= site.inside.end:  # "“…?” Ann Lee was asked"
        between = doc[site.inside.end : verb.i]
        allowed = {t.i for t in told.subtree} | {c.i for c in verb.children if c.dep_ in {"aux", "auxpass", "neg"}}
    elif verb.i < site.inside.start:
        around = [c for c in verb.rights if _circumstance(c)]
        allowed = {t.i for c in around for t in c.subtree}
        between = doc[verb.i + 1 : site.inside.start]
    else:
        return None
    return told if all(t.i in allowed or t.is_punct or t.is_space for t in between) else None


def _holds(clause: Token, site: _Site) -> bool:
    """Whether a clause begins before a quote and holds it: the quote is part of what the clause says ("that she had
    been “let go”")."""
    inside = any(root.i == clause.i or clause in root.ancestors for root in site.roots)
    return inside and clause.left_edge.i < site.inside.start - 1


def _circumstance(child: Token) -> bool:
    """Whether a word after a passive "was asked" tells only when, where, how or by whom, or is the question put
    ("was asked the same question: “…”"), so that the quote after it is what was put."""
    if child.dep_ == "dobj":
        return child.lemma_.lower() in QUESTION_NOUNS
    return child.dep_ in CIRCUMSTANCES and child.lower_ not in CONTENT_PREPOSITIONS


def _sourced(site: _Site, source: tuple[Token, str], article: Article, context: Attribution) -> Quote:
    """A quote whose source is named with no reporting verb: "Jane Roe, in a statement: “…”", "“…,” according to
    officials"."""
    token, pattern = source
    speaker, resolution = speaker_for(token, context, article)
    text = site.span.slice(article.text)
    cue = "according to" if pattern == "according to" else ":"
    return Quote(site.span, text, site.sentence, speaker, cue=cue, pattern=pattern, resolution=resolution)


def _laid_out(doc: Doc, site: _Site, article: Article, context: Attribution, text: str) -> Quote | None:
    """A quote the layout attributes: a transcript turn after its speaker's label (“PENCE: …”, the quote's words
    start after the label), a quote signed with a dash and a name (““…” ― Ann Lee”), or one set off by dashes right
    after a person's name ("including Ann Lee -- “…” -- and Tom Hill")."""
    labelled = speaker_label(doc, site.span, text)
    signed = signature(doc, site.span, text) or dashed_aside(doc, site.span, text)
    token, span = labelled if labelled is not None else (signed, site.span)
    if token is None:
        return None
    speaker, resolution = speaker_for(token, context, article)
    cue, pattern = (":", "speaker label") if labelled is not None else ("—", "signature")
    return Quote(
        span, span.slice(article.text), site.sentence, speaker, cue=cue, pattern=pattern, resolution=resolution
    )


def _attributing_predicate(site: _Site) -> Token | None:
    """The verb above a quote with no reporting verb, when its subject is a person or an organisation named outside
    the quote, or "he" or "she": the sentence gives that subject the quoted words ("Ann Lee thanked the council for
    “keeping us all safe”", "He blasted the firm for its “outrageous practices”"), or the verb of an aside with
    such a subject ("The plan, she believes, is “a disaster”"); None for a quote in a sentence
    that says it of nobody ("so-called “closed” primaries", "the “autopsy” recommended a change")."""
    start, end = site.inside.start, site.inside.end
    for root in (r for r in site.roots if r.dep_ not in SCARE_MODIFIERS | {"nmod"}):  # not “somewhat odd” voters
        verb = next((a for a in root.ancestors if a.pos_ in {"VERB", "AUX"} and not start <= a.i < end), None)
        if verb is None:
            continue
        aside = next((c for c in verb.children if c.dep_ == "parataxis" and _attributes(c, start, end)), None)
        if aside is not None:  # "The plan, she believes, is “a disaster”"
            return aside
        if verb.lemma_ != "be" and _attributes(verb, start, end):  # not “she” is a “he”
            return verb
    return None


def _quoted_alone(token: Token) -> bool:
    """Whether a word stands between quotation marks of its own (“she”)."""
    doc = token.doc
    return 0 < token.i < len(doc) - 1 and doc[token.i - 1].is_quote and doc[token.i + 1].is_quote


def _attributes(verb: Token, start: int, end: int) -> bool:
    """Whether ``verb`` has for subject, outside the quote whose tokens run from ``start`` to ``end`` and not quoted
    itself, a person or an organisation named, or "he" or "she"; never the subject of a passive, who is spoken of
    ("He is widely seen as a “moderate”")."""
    subject = subject_of(verb)
    if subject is None or start <= subject.i < end or subject.i > verb.i or _quoted_alone(subject):
        return False
    if is_passive(verb):
        return False
    return subject.ent_type_ in {"PERSON", "ORG"} or subject.lower_ in ATTRIBUTING_PRONOUNS


def _governs(verb: Token, roots: Sequence[Token], start: int) -> bool:
    """Whether ``verb`` is above the quote in the parse, or is the participle of saying that says what the parser hangs
    on a verb before it (:func:`graph.extract.quote_cues.speaking_between`)."""
    if any(verb in root.ancestors for root in roots):
        return True
    above = verb.ancestors if verb.tag_ == "VBG" else ()
    return any(a in root.ancestors and speaking_between(a, start) == verb for a in above for root in roots)


def _modifies_noun_after(roots: Sequence[Token], end: int) -> bool:
    """Whether short quoted words modify a noun after the marks ("noted “significant” gaps", "the “Harbor” star"):
    a word set off in marks within a noun phrase, not a sentence said."""
    return any(
        root.dep_ in NOUN_MODIFIERS and root.head.i >= end and root.head.pos_ in {"NOUN", "PROPN"} for root in roots
    )


def _scare_modified(roots: Sequence[Token], start: int) -> bool:
    """A short quote modified from outside the marks ("his “special military operation”") is a scare quote."""
    nouns = [root for root in roots if root.pos_ in {"NOUN", "PROPN"}]
    return any(child.i < start and _modifies(child) for root in nouns for child in root.lefts)


def _modifies(child: Token) -> bool:
    """Whether a word before a quoted noun modifies it: not an object pronoun the parser hangs on it as a possessive
    ("called her “a liar”": "her" is the verb's object, tagged as a personal pronoun, not as "her" of "her plan")."""
    return child.dep_ in SCARE_MODIFIERS and child.tag_ != "PRP"


def _continues(index: _Index, previous: Quote, span: Span, quoted: Quoted, alone: bool) -> bool:
    """Whether a quote with no cue of its own continues ``previous``: in the next sentence, as a sentence of its own
    later in the same paragraph with no one else named as a subject between (““…,” said Ann Lee. She has run the
    clinic for years. “…”"), or as a paragraph of its own right after the paragraph that ``previous`` ends (““…,”
    Ann Lee said.⏎⏎“…”"): the newsroom ways of letting a speaker go on."""
    if quoted.continued:
        return True
    between = index.text[previous.span.end : span.start]
    if len(between) > 400 or ("\n\n" in between.strip("\n ") and not (alone and _next_paragraph(between))):
        return False
    opening = span.start  # the sentences between end before the quote's own marks, one or two of them (“ or '')
    while opening > previous.span.end and index.text[opening - 1] in OPENING_MARKS:
        opening -= 1
    later = index.starting(previous.sentence.end, opening)
    if alone and "\n" not in between and previous.speaker is not None:
        own = [t for s in index.overlapping(previous.span.end, previous.sentence.end) for t in s]
        if _hands_on(own, previous.span.end, previous.speaker.text):
            return False
        return not any(_names_another(s, previous.speaker.text) for s in later)
    return not any(t for s in later for t in s if not (t.is_punct or t.is_space))


def _hands_on(tokens: Sequence[Token], after: int, speaker: str) -> bool:
    """Whether the words after a quote in its own sentence join to its cue a verb of saying whose subject is someone
    else ("“…,” Ann Lee said, and her brother broke in."), who says the quote alone after it."""
    words = set(speaker.lower().split())
    joined = (t for t in tokens if t.idx >= after and t.dep_ == "conj" and said_alone(t))
    subjects = (c for t in joined for c in t.children if c.dep_ in NOMINAL_SUBJECTS)
    return any(c.lower_ not in words | SPEAKING_PRONOUNS for c in subjects)


def _names_another(sentence: DocSpan, speaker: str) -> bool:
    """Whether a sentence of narration between two quotes of one paragraph has for subject a name other than the
    speaker's ("Ann Lee disagreed."), which hands the paragraph to someone else."""
    words = set(speaker.lower().split())
    subjects = (t for t in sentence if t.dep_ in {"nsubj", "nsubjpass"})
    return any((t.ent_type_ or t.pos_ == "PROPN") and t.lower_ not in words for t in subjects)


def _next_paragraph(between: str) -> bool:
    """Whether the text ``between`` two quotes runs on to the end of the first one's paragraph and then only opens the
    paragraph right after it (blank lines, spaces and opening marks)."""
    first = between.find("\n")
    return first >= 0 and not between[first:].strip("\n \t“\"'‘")
