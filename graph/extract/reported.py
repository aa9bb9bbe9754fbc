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

from graph.extract.attribution import (
    FINITE,
    NOMINAL_SUBJECTS,
    NON_SPEAKERS,
    PERSONAL_PRONOUNS,
    RELATIVE_PRONOUNS,
    SAID_TO,
    SUBJECTS,
    agent_of,
    hypothetical,
    misread_perfect,
    named_head,
    object_of,
    opens_according_to,
    set_inside,
    subject_of,
)
from graph.extract.circumstances import TimesAt, medium_of, time_of, via_of
from graph.extract.documents import publisher_of
from graph.extract.lost_subjects import named_in_commas, speaker_past_thing
from graph.extract.reported_clauses import (
    as_aside,
    before_aside,
    clause_run_on,
    clause_without,
    said_clauses,
    said_subtree,
    stray_clause,
    subtree,
)
from graph.extract.reported_words import (
    ACCUSING_VERBS,
    APPEAL_VERBS,
    ASKING_NOUNS,
    BARE_NOUN_VERBS,
    CHARGE_VERBS,
    CLAUSE_PHRASALS,
    CLAUSE_VERBS,
    DEMAND_NOUNS,
    DESCRIBING_VERBS,
    GROUP_PRONOUNS,
    INFINITIVE_VERBS,
    MANNER_CUES,
    NOUN_VERBS,
    OBJECT_TOPICS,
    OFFENCES,
    OWNED_NOUN_VERBS,
    SAYING_NOUNS,
    TOPIC_VERBS,
    can_be_told,
    can_speak,
    can_state,
    finds,
)
from graph.extract.speaker_subjects import is_phrasal_cue, speaking_it
from graph.extract.speakers import Attribution, described, speaker_for
from graph.model import Article, Mention, Quote, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as DocSpan

MIN_CONTENT_TOKENS = 3
ANONYMITY_VERBS = frozenset(["name", "identify", "quote"])
"""Verbs of a source's wish to stay unnamed, in the passive: "asked not to be named", "not to be identified"."""
ELLIPTIC_VERBS = frozenset(["do", "have", "be"])
"""Verbs that stand for a clause left out ("he said he had", "she said she did")."""
HEARER_VERBS = frozenset(["tell", "inform", "notify", "remind", "assure"])
"""Cues that name their hearer as an object when active ("told police", "assured voters"): with none after a passive,
the subject is the one spoken to ("was jailed and told he must serve …"); not "warn", "advise" nor "ask", which
speak without one ("was sworn in and warned that …")."""
DEMAND_PREPOSITIONS = frozenset({"for", "on", "upon"})
"""The prepositions of an appeal made with "call": "called for talks", "called on Moscow to …", "called upon X"."""
ACCORDING_TO = "according to"
"""The cue and the pattern of a statement a source is said to hold: "according to officials, …"."""
SHARED_SUBJECT = frozenset({"conj", "xcomp"})
"""The places of a verb with no subject of its own that shares the subject of the verb it hangs on: a second verb
joined by "and" ("had “given up” and was “…”"), an infinitive or participle it takes ("was supposed to be “…”")."""
CLAUSE_SUBJECTS = SUBJECTS | {"expl"}
"""The subjects that make quoted words part of a clause of their own ("there were “substantial grounds”")."""
CLOSING_QUOTES = frozenset('”"’')
"""Marks that close a quotation a reported span must not stop inside."""


class Content(NamedTuple):
    """What a cue introduces: the tokens said, the cue word and the pattern that found them."""

    phrase: DocSpan
    cue: Token
    pattern: str
    short: bool = False
    """Whether the content may be shorter than a clause: "said yes", "called him divisive"."""


def extract_reported(
    doc: Doc, article: Article, direct: Sequence[Quote], context: Attribution, times: TimesAt
) -> Iterator[Quote]:
    """Reported speech not already covered by a direct quote, in text order."""
    for found in _contents(doc):
        quote = _reported(found, article, direct, context, times)
        if quote is not None:
            yield quote


def _reported(
    found: Content, article: Article, direct: Sequence[Quote], context: Attribution, times: TimesAt
) -> Quote | None:
    """The statement ``found`` makes, when it lies in the body outside every direct quote and has a speaker; never one
    whose cue is inside quotation marks, a word someone else said."""
    cue = found.cue
    if context.in_quote(Span(cue.idx, cue.idx + len(cue))):
        return None
    speaker_token = _speaker_token(found)
    placed = _outside_quotes(found, direct, speaker_token, context, article)
    if placed is None or not article.in_body(placed[0]):
        return None
    span, quoted_words = placed
    if speaker_token is None:
        return _put_question(found, span, article, context)
    if not _speaker_like(speaker_token):
        return None
    if _holds_its_speaker(found, speaker_token):
        return None  # "A delegate, who like others spoke …, said": the speaker, not what was said
    verb = found.cue
    if (verb.lemma_.lower() in MANNER_CUES or found.pattern == "appeal") and not can_state(speaker_token):
        return None  # "the traffic lights signalled that …", "the budget calls for cuts": a thing's, no statement
    according = found.pattern == ACCORDING_TO  # its source speaks, an outlet too: no other speaker says the clause
    speaker, resolution = speaker_for(speaker_token, context, article, span)
    if speaker is None:
        return None
    return Quote(
        span,
        span.slice(article.text),  # the article's own characters (the analysed text has plain spaces)
        Span(verb.sent.start_char, verb.sent.end_char),
        speaker,
        via=None if according else via_of(verb, verb.sent, article),
        medium=None if according else medium_of(verb, speaker_token),
        time=None if according else time_of(verb, times, span),
        direct=False,
        cue=ACCORDING_TO if according else verb.text,
        pattern=found.pattern,
        resolution=resolution,
        quoted_words=quoted_words,
    )


def _put_question(found: Content, span: Span, article: Article, context: Attribution) -> Quote | None:
    """A question or a message put to someone, said by the one named after "by" ("she was asked by reporters whether
    she would run", "he was told by his aides that the plan had failed"), to the one it was put to; None when no one
    is named as the asker: the subject of "was asked" never asked it."""
    cue = found.cue
    agent = agent_of(cue)
    if agent is None or cue.lemma_.lower() not in SAID_TO or not _addressed(cue):
        return None
    addressed = _addressed_one(cue)
    if addressed is None or not _speaker_like(addressed) or not can_speak(addressed):
        return None
    addressee, _ = speaker_for(addressed, context, article, span)
    speaker, resolution = speaker_for(agent, context, article, span)
    if addressee is None or speaker is None:
        return None
    sentence = Span(cue.sent.start_char, cue.sent.end_char)
    return Quote(
        span, span.slice(article.text), sentence, speaker, addressee=addressee, direct=False, cue=cue.text,
        pattern=found.pattern, resolution=resolution,
    )  # fmt: skip


def _addressed_one(cue: Token) -> Token | None:
    """Who a question or a message was put to: the passive subject of its cue, or the noun or the subject of the
    clause that a participle describes ("Ann Lee, asked …", "Asked …, Ann Lee said")."""
    passive = next((c for c in cue.children if c.dep_ == "nsubjpass"), None)
    if passive is not None:
        return passive
    return named_head(cue.head) if cue.dep_ == "acl" else subject_of(cue.head)


def _trimmed(phrase: DocSpan) -> Span:
    """Where ``phrase`` lies, without trailing spaces and punctuation: a clause at a paragraph's end ends before the
    blank lines and the full stop."""
    while len(phrase) > 1 and (phrase[-1].is_space or phrase[-1].is_punct):
        phrase = phrase[:-1]
    return Span(phrase.start_char, phrase.end_char)


def _closed(span: Span, phrase: DocSpan) -> Span | None:
    """``span``, where it opens a quotation mark, run on to the closing mark in the sentence of ``phrase`` ("said she
    never used the word “traitor”"); None where the sentence does not close it: a reported span never ends inside a
    quote."""
    sentence = phrase[-1].sent if len(phrase) else phrase
    mark = _mark_after(sentence)
    base, text = sentence.start_char, sentence.text + mark  # the sentence's words: a whole doc's text costs its length
    if not base <= span.start <= span.end <= sentence.end_char:
        base, text = 0, phrase.doc.text  # a phrase across a sentence break
    if not _opens_quote(text[span.start - base : span.end - base]):
        return span
    closing = next(
        (
            i
            for i in range(span.end, sentence.end_char + len(mark))
            if text[i - base] in CLOSING_QUOTES and not _opens_quote(text[span.start - base : i + 1 - base])
        ),
        None,
    )
    return None if closing is None else Span(span.start, closing + 1)


def _mark_after(sentence: DocSpan) -> str:
    """The closing mark the parser put at the start of the next sentence, glued to this one's last word ("… was
    “at random.”" before a paragraph that opens with a quote); empty where there is none. A straight mark glued there
    is taken for a closing one: :func:`_closed` only uses it where it closes a mark the span left open."""
    doc = sentence.doc
    if not len(sentence) or sentence.end >= len(doc) or sentence[-1].whitespace_ or sentence[-1].is_space:
        return ""
    following = doc[sentence.end].text
    return following[0] if following[0] in CLOSING_QUOTES else ""


def _opens_quote(text: str) -> bool:
    """Whether ``text`` leaves a quotation mark open: more “ than ”, an odd number of straight double marks, or more
    ‘ than ’ (an apostrophe is a ’ too, so a single mark left open always shows)."""
    return text.count("“") > text.count("”") or text.count('"') % 2 == 1 or text.count("‘") > text.count("’")


def _outside_quotes(
    found: Content, direct: Sequence[Quote], speaker: Token | None, context: Attribution, article: Article
) -> tuple[Span, tuple[Span, ...]] | None:
    """Where ``found`` lies, outside every direct quote, with the quoted words of its ``speaker`` it holds
    (:func:`_holds_partial_quotes`): when another quote runs into it, only a clause of its own before a second cue
    that says the quote ("X said A and said “B”": A); None otherwise, since words the quote finishes are no statement
    alone ("Russians would “…”", "“…,” he said")."""
    span = _trimmed(found.phrase)
    quotes = [q for q in direct if q.span.start < span.end and span.start < q.span.end]
    overlapping = [q.span for q in quotes]
    if all(_within_aside(found.phrase, q.start, q.end) for q in overlapping):
        return _holding(_closed(span, found.phrase))  # none, or in an aside: "the budget, which critics called “…”"
    said_by = speaker_for(speaker, context, article, span)[0] if speaker is not None else None
    if said_by is not None and _holds_partial_quotes(found, span, quotes, said_by):
        return _holding(_closed(span, found.phrase), tuple(overlapping))
    offset = min(q.start for q in overlapping)
    words = [t for t in found.phrase if t.idx + len(t) <= offset and not t.is_punct and not t.is_space]
    joined = _joined_clause(words, offset, found.cue)
    if joined is None:
        return None
    before = _clause_before(words, joined)
    opens = found.pattern in {"appeal", "content around cue"}  # "called on X to act, saying “…”", "X, said Y, is …"
    if len(before) < MIN_CONTENT_TOKENS or (not opens and before[0].i <= found.cue.i <= before[-1].i):
        return None
    return _holding(_closed(Span(before[0].idx, before[-1].idx + len(before[-1])), found.phrase))


def _holding(span: Span | None, quoted: tuple[Span, ...] = ()) -> tuple[Span, tuple[Span, ...]] | None:
    return None if span is None else (span, quoted)


def _holds_partial_quotes(found: Content, span: Span, quotes: Sequence[Quote], speaker: Mention) -> bool:
    """Whether a clause reported after its cue (or around it) holds ``quotes`` as its ``speaker``'s own words set in
    clauses of their own, each with a verb and a subject outside the quotation marks ("Ann Lee said the system was
    “chaotic” and had lost the public's trust", "The reforms, said Tom Hill, the health secretary, were “long
    overdue”"): the clause is the statement, quoted words and all. Not where the quote is all that was
    said ("said: “…”", "said that “…”"), sits in a phrase with no clause of its own ("described the plan as
    “reckless”"), or is someone else's inside the clause ("said the library was “vital”, a view the council leader
    said was “nonsense”")."""
    if found.pattern not in {"content after cue", "content around cue"} or not quotes:
        return False
    doc = found.phrase.doc
    return all(
        span.start <= q.span.start
        and q.span.end <= span.end
        and q.cue == found.cue.text
        and q.speaker is not None
        and q.speaker.span == speaker.span
        and _clause_around(doc, q.span, found.phrase)
        for q in quotes
    )


def _clause_around(doc: Doc, quoted: Span, phrase: DocSpan) -> bool:
    """Whether the quoted words at ``quoted`` lie in a clause of ``phrase`` whose verb and subject stand outside the
    quotation marks ("the system was “chaotic”": was, the system)."""
    words = doc.char_span(quoted.start, quoted.end, alignment_mode="expand")
    if words is None or not len(words):
        return False
    node = words.root
    while not _has_subject(node, words, phrase):
        verb = node.pos_ in {"VERB", "AUX"} and not words.start <= node.i < words.end
        if verb and node.dep_ in SHARED_SUBJECT and phrase.start <= node.head.i:
            node = node.head  # "had “given up” and was “only …”", "risked becoming “irrelevant”": the verb's subject
        elif verb or node.i == node.head.i or not phrase.start <= node.head.i < phrase.end:
            return False
        else:
            node = node.head
    return True


def _has_subject(verb: Token, quoted: DocSpan, phrase: DocSpan) -> bool:
    """Whether ``verb`` has a subject in ``phrase`` outside the ``quoted`` words ("there" of "there were “…”" too), or
    an auxiliary of it has one, where the parse hung it ("it was “exploring options”")."""
    helpers = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    return any(
        c.dep_ in CLAUSE_SUBJECTS and not quoted.start <= c.i < quoted.end and phrase.start <= c.i
        for c in [*verb.children, *(c for h in helpers for c in h.children)]
    )


def _joined_clause(words: Sequence[Token], offset: int, cue: Token) -> Token | None:
    """Of ``words``, a reported phrase's words before the quote at ``offset``, the head of a second clause joined to
    them that holds the quote ("he saw no need to change, telling her “…”", "he respects her and calls her “…”", "he
    had not read the report, which he called “…”"), or of a second cue that comes before it, also one after ``cue``
    that the parse left without the quote it gives (:func:`_gives_quote_after`)."""
    joined = (t for t in words if _second_clause(t, offset) or (cue.i < t.i and _gives_quote_after(t, offset)))
    return next(joined, None)


def _clause_before(words: Sequence[Token], joined: Token) -> list[Token]:
    """Of ``words``, those before the clause ``joined`` to them that holds the quote (:func:`_joined_clause`)."""
    start = joined.left_edge.i
    return [t for t in words if t.i < start and not (t.dep_ in {"cc", "mark"} and t.i >= start - 1)]


def _second_clause(token: Token, offset: int) -> bool:
    """Whether ``token`` heads a clause joined after its head ("and calls her …", ", adding …") that is a second cue
    or runs into the quote at ``offset``; or a relative clause set off by a comma that runs into it (", which he
    called “…”": the quoted words describe a noun of the reported clause, which stands without them)."""
    if token.head.i > token.i:
        return False
    if token.dep_ == "relcl":  # only one that ends what was said: "the budget, which X called “…”, was sound" goes on
        return token.pos_ in {"VERB", "AUX"} and not _embedded(token) and _runs_into(token, offset)
    if token.dep_ not in {"conj", "advcl"} or token.pos_ != "VERB":
        return False
    if token.dep_ == "conj" and token.lemma_.lower() in CLAUSE_VERBS:
        return True
    return _runs_into(token, offset)


def _gives_quote_after(token: Token, offset: int) -> bool:
    """Whether ``token`` is a participle of saying set off after its head whose words end on the quote at
    ``offset``, with only marks between (", explaining, “…”"): the quote's cue, where the parse hung the quote
    elsewhere."""
    if token.dep_ != "advcl" or token.tag_ != "VBG" or token.lemma_.lower() not in CLAUSE_VERBS:
        return False
    for following in token.doc[token.right_edge.i + 1 :]:
        if following.idx >= offset:
            break
        if not (following.is_punct or following.is_space):
            return False
    return _set_off(token)


def _embedded(relative: Token) -> bool:
    """Whether a relative clause lies inside what was said, the clause it belongs to going on after it: the noun it
    describes is governed by a word after it ("the budget, which critics called “reckless,” was sound")."""
    noun = relative.head
    return noun.head.i > relative.right_edge.i


def _within_aside(phrase: DocSpan, start: int, end: int) -> bool:
    """Whether characters ``start`` to ``end`` lie inside a relative clause in the middle of ``phrase``
    (:func:`_embedded`), before the word that governs its noun: a quote there describes a noun of the reported
    clause, which holds it whole."""
    return any(
        t.dep_ == "relcl" and _embedded(t) and t.doc[t.left_edge.i].idx <= start and end <= t.head.head.idx
        for t in phrase
    )


def _runs_into(token: Token, offset: int) -> bool:
    """Whether the clause of ``token``, set off from its head by a comma or a conjunction, runs on past ``offset``."""
    last = token.doc[token.right_edge.i]
    return last.idx + len(last) > offset and _set_off(token)


def _set_off(token: Token) -> bool:
    """Whether the clause of ``token`` is set off from its head before it by a mark or a conjunction."""
    return any(t.is_punct or t.dep_ == "cc" for t in token.doc[token.head.i : token.left_edge.i])


def _contents(doc: Doc) -> Iterator[Content]:
    for token in doc:
        if opens_according_to(token):
            found = [_according(token)]
        elif token.pos_ == "VERB" and not any(c.dep_ == "neg" for c in token.children):
            found = _verb_content(token)  # not "he didn't say where the cuts would fall"
        elif token.pos_ == "NOUN" and token.lemma_.lower() in SAYING_NOUNS:
            found = [_claim_content(token)]
        else:
            continue
        yield from (f for f in found if f is not None and (len(f.phrase) >= MIN_CONTENT_TOKENS or f.short))


def _verb_content(verb: Token) -> list[Content | None]:
    """The contents a speech verb introduces, and the pattern: each clause after, before or around the cue; else
    the first of an infinitive, an appeal or a noun that finds one."""
    lemma = verb.lemma_.lower()
    if lemma == "repeat" and not _repeats_a_clause(verb):
        return []
    if lemma in CLAUSE_VERBS or is_phrasal_cue(verb, CLAUSE_PHRASALS) or finds(verb):
        clauses = _clause_contents(verb)
        if clauses:
            return clauses
    readings = (
        _infinitive_content,
        _appeal_content,
        _noun_content,
        _topic_content,
        _object_topic,
        _object_said,
        _called,
        _accused,
    )
    return [next((c for r in readings if (c := r(verb, lemma))), None)]


def _full_clause(clause: DocSpan) -> bool:
    """Whether reported words are a clause of their own however short: a verb with its subject ("said sales rose"),
    not one that stands for a verb left out (:data:`ELLIPTIC_VERBS`)."""
    root = clause.root
    if root.pos_ != "VERB" or root.lemma_.lower() in ELLIPTIC_VERBS:
        return False  # "said he had", "said she did": what was said is left out
    return any(c.dep_ in {"nsubj", "nsubjpass"} for c in root.children)


def _repeats_a_clause(verb: Token) -> bool:
    """Whether "repeated" takes a clause ("repeated that the forces were not there", "… that inflation would fall"),
    not a thing ("repeated that experiment in 2020", "repeated the attack")."""
    doc = verb.doc
    if verb.i + 2 >= len(doc) or doc[verb.i + 1].lower_ != "that":
        return False
    noun = doc[verb.i + 2]
    verb_after = noun.i + 1 < len(doc) and doc[noun.i + 1].pos_ in {"VERB", "AUX"}
    return noun.tag_ not in {"NN", "VBG"} or verb_after


def _clause_contents(verb: Token) -> list[Content | None]:
    """ "X said (that) …", "…, X said", and a cue inside its content: "The tone, said Mr Milburn, would be …"."""
    inside = set_inside(verb)
    if inside is not None:  # "The tone, said Alan Milburn, the former health secretary, would be …"
        subject, speaker = inside
        end = said_subtree(speaker.head).end
        return [Content(verb.doc[subject.left_edge.i : end], verb, "content around cue")]
    clauses = [said_subtree(c) for c in said_clauses(verb)] or stray_clause(verb) or clause_run_on(verb)
    if clauses:
        return [Content(c, verb, cue_pattern(verb, c.start), short=_full_clause(c)) for c in clauses]
    if as_aside(verb):  # "As the Times reported, …", "…, as Mr Hill noted."
        return [Content(clause_without(verb.head, verb), verb, cue_pattern(verb, verb.head.i))]
    before = before_aside(verb)  # "The deficit will grow, the budget office reported on Tuesday -- a shift that …"
    if before is not None:
        return [Content(before, verb, "content before cue")]
    if verb.dep_ == "parataxis" and subject_of(verb) is not None:
        # "That culture, they said, was …", "The plan has stalled, officials said, and …"
        pattern = "content around cue" if verb.head.i > verb.i else "content before cue"
        return [Content(subtree(verb.head), verb, pattern)]
    return []


def _infinitive_content(verb: Token, lemma: str) -> Content | None:
    """ "claimed to have voted", "vowed to fight on"; for an appeal, the appeal itself: "urged X to …"."""
    if lemma not in INFINITIVE_VERBS and lemma not in APPEAL_VERBS:
        return None
    clause = next((c for c in verb.children if c.dep_ in {"xcomp", "ccomp"} and c.i > verb.i), None)
    if clause is None or (lemma in {"ask", "request"} and _asks_for_anonymity(clause)):
        return None
    start = verb.i if lemma in APPEAL_VERBS else clause.left_edge.i
    return Content(verb.doc[start : clause.right_edge.i + 1], verb, "infinitive")


def _asks_for_anonymity(clause: Token) -> bool:
    """Whether an infinitive asks that its speaker stay unnamed ("who asked not to be named", "not to be identified",
    "to remain anonymous"): the terms the reporter gives a source, nothing the source says ("asked to be named as the
    winner" is a request)."""
    words = {t.lemma_.lower() for t in clause.subtree}
    unnamed = clause.lemma_.lower() in ANONYMITY_VERBS and {"auxpass", "neg"} <= {c.dep_ for c in clause.children}
    return unnamed or (clause.lemma_.lower() == "remain" and "anonymous" in words)


def _appeal_content(verb: Token, lemma: str) -> Content | None:
    """ "called for talks", "called on Moscow to …": the demand, from the cue on."""
    demand = demand_of(verb)
    if demand is None:
        return None
    # "called on Moscow to withdraw": the demand runs through the infinitive
    ends = [demand.right_edge.i] + [c.right_edge.i for c in verb.children if c.dep_ == "xcomp" and c.i > demand.i]
    return Content(verb.doc[verb.i : max(ends) + 1], verb, "appeal")


def _noun_content(verb: Token, lemma: str) -> Content | None:
    """ "announced plans to close the plant": an object that is a phrase; for some cues a noun with its determiner
    ("announced his resignation"), never a lone noun ("stressed support")."""
    if lemma not in NOUN_VERBS and lemma not in BARE_NOUN_VERBS:
        return None
    thing = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if thing is None:
        return None
    if any(c.dep_ in {"acl", "relcl", "prep"} for c in thing.children):
        return Content(subtree(thing), verb, "noun content")
    bare = lemma in BARE_NOUN_VERBS and thing.pos_ in {"NOUN", "PROPN"} and thing.left_edge.i < thing.i
    if lemma in OWNED_NOUN_VERBS:  # "noted her long career", not "noted the time"
        bare = bare and any(c.dep_ == "poss" for c in thing.children)
    return Content(subtree(thing), verb, "noun content", short=True) if bare else None


def _topic_content(verb: Token, lemma: str) -> Content | None:
    """ "warned against a new war", "argued for lower taxes": what the cue's preposition names is what was urged."""
    prepositions = TOPIC_VERBS.get(lemma, ())
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in prepositions and c.i > verb.i), None)
    if prep is None or not any(c.dep_ in {"pobj", "pcomp"} for c in prep.children):
        return None
    return Content(verb.doc[prep.i + 1 : prep.right_edge.i + 1], verb, "noun content")


def _object_topic(verb: Token, lemma: str) -> Content | None:
    """ "claimed responsibility for the attack", "told the story of how she fled": what the object's preposition
    names is what was said."""
    thing = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    preposition = OBJECT_TOPICS.get((lemma, thing.lemma_.lower())) if thing is not None else None
    if thing is None or preposition is None:
        return None
    prep = next((c for c in thing.rights if c.dep_ == "prep" and c.lower_ == preposition), None)
    if prep is None or not any(c.dep_ in {"pobj", "pcomp"} for c in prep.children):
        return None
    return Content(verb.doc[prep.i + 1 : prep.right_edge.i + 1], verb, "noun content")


def _object_said(verb: Token, lemma: str) -> Content | None:
    """ "said yes", "said so", "said the same of her rival": the short answer "say" takes as its object."""
    if lemma != "say":
        return None
    answer = next((c for c in verb.rights if c.dep_ in {"dobj", "intj"} or c.lower_ == "so"), None)
    if answer is None or answer.pos_ == "PRON" or answer.lower_ in {"little", "much", "more", "less"}:
        return None  # "said it", "said little": no words of their own
    return Content(subtree(answer), verb, "content after cue", short=True)


def _called(verb: Token, lemma: str) -> Content | None:
    """ "called him divisive", "called the plan a disaster", "described the plan as a disaster": what the subject
    said its object is; not what a subject would or might call it, or calls it if or whether ("If Ann Lee describes
    the bill as “urgent”, …", "asked whether Ann Lee would describe …"): no one called it so."""
    if lemma not in DESCRIBING_VERBS or hypothetical(verb):
        return None
    thing = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    said = next(
        (c for c in verb.rights if c.dep_ == DESCRIBING_VERBS[lemma] and (c.dep_ != "prep" or c.lower_ == "as")), None
    )
    if thing is None or said is None or said.i < thing.i:
        return None
    return Content(verb.doc[thing.left_edge.i : said.right_edge.i + 1], verb, "content after cue", short=True)


def _accused(verb: Token, lemma: str) -> Content | None:
    """ "accused her rival of lying", "charged two developers with fraud", "blamed the crisis on the council": the
    object and what the subject holds it to, from the object through the preposition's phrase."""
    prepositions = ACCUSING_VERBS.get(lemma, ())
    thing = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    if thing is None or not prepositions:
        return None
    on = [c for c in (*verb.rights, *thing.rights) if c.dep_ == "prep" and c.lower_ in prepositions]
    prep = next((p for p in on if p.i > thing.i and any(c.dep_ in {"pobj", "pcomp"} for c in p.children)), None)
    if prep is None or (lemma in CHARGE_VERBS and not _offence(prep)):
        return None
    return Content(verb.doc[thing.left_edge.i : prep.right_edge.i + 1], verb, "noun content")


def _offence(prep: Token) -> bool:
    """Whether a preposition names a wrongdoing: a noun of :data:`OFFENCES` ("with fraud", "with two counts of
    theft") or a gerund ("with lying"); not a tool ("with batons")."""
    return any(c.tag_ == "VBG" or (c.dep_ == "pobj" and c.lemma_.lower() in OFFENCES) for c in prep.children)


def _claim_content(noun: Token) -> Content | None:
    """ "his claim that he won", "the warning that prices would rise": a "that" clause of a noun of saying; or, for a
    noun of demanding with its owner, what it asks for ("her call for an inquiry", "his pledge to cut taxes")."""
    clause = next((c for c in noun.rights if c.dep_ in {"acl", "relcl", "ccomp"}), None)
    if clause is not None and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return Content(subtree(clause), noun, "noun content")
    return _demanded(noun)


def _demanded(noun: Token) -> Content | None:
    """What a noun of demanding with its owner asks for: "her call for an inquiry", "his pledge to cut taxes"; never
    one with no owner ("a call for papers", "answered the call for volunteers")."""
    if noun.lemma_.lower() not in DEMAND_NOUNS or not any(c.dep_ == "poss" for c in noun.children):
        return None
    # only an appeal asks "for" something: "his vow for the new year" names a time, a promise its infinitive
    asking = noun.lemma_.lower() in ASKING_NOUNS
    asked = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "for"), None) if asking else None
    if asked is not None and any(c.dep_ == "pobj" for c in asked.children):
        return Content(noun.doc[asked.i + 1 : asked.right_edge.i + 1], noun, "noun content", short=True)
    act = next((c for c in noun.rights if c.dep_ == "acl" and any(t.tag_ == "TO" for t in c.lefts)), None)
    return None if act is None else Content(subtree(act), noun, "noun content")


def demand_of(verb: Token) -> Token | None:
    """The "for", "on" or "upon" of "call for", "call on", "call upon", or the clause of "called for all sides to
    talk" (the parser's "for" that opens a clause): a demand, which reports what the caller wants; never a time
    ("called on Monday", "On Monday")."""
    if verb.lemma_.lower() != "call":
        return None
    prep = next((c for c in verb.rights if c.dep_ == "prep" and _demanding(c)), None)
    if prep is not None:
        return prep
    return next((c for c in verb.rights if c.dep_ == "advcl" and any(_opens_for(m) for m in c.lefts)), None)


def _demanding(prep: Token) -> bool:
    """Whether a preposition of "call" makes an appeal: "for" anything but a time; "on" or "upon" one who can be
    asked, or asked to do something ("called on Moscow to …"), never a time or a thing drawn on ("called on the eve
    of the vote", "called upon the skills he learned")."""
    if prep.lower_ not in DEMAND_PREPOSITIONS or _when(prep):
        return False
    if prep.lower_ == "for" or any(c.dep_ == "xcomp" and c.i > prep.i for c in prep.head.children):
        return True  # "called on all sides to talk": the infinitive says what was asked
    return any(c.dep_ == "pobj" and can_be_told(c) for c in prep.children)


def _when(prep: Token) -> bool:
    """Whether a preposition's object is a time: "on Monday", "on March 3"."""
    return any(c.dep_ == "pobj" and c.ent_type_ in {"DATE", "TIME"} for c in prep.children)


def _opens_for(token: Token) -> bool:
    return token.dep_ == "mark" and token.lower_ == "for"


def cue_pattern(cue: Token, content_start: int) -> str:
    """Where the content lies against its cue: ``content after cue`` or ``content before cue``."""
    return "content after cue" if cue.i < content_start else "content before cue"


def _according(token: Token) -> Content | None:
    """ "According to officials, the plan …": the clause is what the officials say (unless a speech verb already
    has its own speaker: "X said, according to the Times", where the Times is only the channel)."""
    head = token.head
    if head.pos_ not in {"VERB", "AUX"} or (head.lemma_.lower() in CLAUSE_VERBS and _clause_contents(head)):
        return None
    content = clause_without(head, token)
    named = _named_after_source(token)
    if named is not None and content.start <= named.start:  # "According to the deputy mayor, Irina Sokol, …"
        content = token.doc[named.end + 1 : content.end]
    return Content(content, token, ACCORDING_TO)


def _named_after_source(token: Token) -> DocSpan | None:
    """The person's name set in commas after an opening "according to" and a description ("According to the town's
    deputy mayor, Irina Sokol, more than 200 families have fled"): who the source is, which the parser may take for
    the clause's subject."""
    source = object_of(token.nbor(1)) if token.i + 1 < len(token.doc) else None
    if source is None or source.tag_ != "NN":  # "According to officials, Tom Hill, the mayor, had fled": his fleeing
        return None
    doc, after = token.doc, source.doc[source.right_edge.i + 1 :]
    if len(after) < 3 or after[0].text != ",":
        return None
    name = next((e for e in doc.ents if e.start == after[0].i + 1 and e.label_ == "PERSON"), None)
    if name is None or name.end >= len(doc) or doc[name.end].text != ",":
        return None
    rest = doc[name.end + 1 : token.head.right_edge.i + 1]
    subjects = [t for t in rest if t.dep_ in {"nsubj", "nsubjpass"} and t.head.i == token.head.i]
    return name if any(s.left_edge.i == rest.start for s in subjects) else None  # the clause's subject opens the rest


def _speaker_token(found: Content) -> Token | None:
    if found.pattern == ACCORDING_TO:
        named = _named_after_source(found.cue)
        if named is not None:
            return named.root
        source = object_of(found.cue.nbor(1))
        return None if source is None else publisher_of(source)
    if found.cue.pos_ == "NOUN":
        return _claimant(found.cue)
    return None if _addressed(found.cue) else _verb_speaker(found.cue, found.pattern)


def _verb_speaker(cue: Token, pattern: str) -> Token | None:
    """The subject of a verb cue: never the one an appeal is made to, the noun a relative clause describes, or a
    share of a poll the parser took for a number of the cue ("4 in 10 say …")."""
    token = speaker_past_thing(cue, subject_of(cue))
    if token is None and cue.tag_ in FINITE and cue.dep_ == "ROOT":  # "As part of his plea, Dan Roe, 44, said …"
        token = named_in_commas(cue)  # the main verb's subject, which the parse hung on the opening phrase
    if token is None:
        return next((c for c in cue.lefts if c.pos_ == "NUM" and c.dep_ == "nummod"), None)
    if pattern == "appeal" and token.i > cue.i:
        # an appeal is never inverted: "X called on Moscow to …" (a subject after it is the one appealed to)
        token = next((c for c in cue.lefts if c.dep_ in NOMINAL_SUBJECTS), token)
    if token.lower_ in RELATIVE_PRONOUNS and token.head.dep_ == "relcl":
        # the cue's relative clause, or one joined to it: "Ann Lee, who endorsed him and said she would …"
        noun = described(token)  # the noun the clause describes (speakers.described): a person, never a place
        if noun is not None and token.head.i != cue.i and not _set_off_speaker(token, noun):
            return None  # "visited the school that burned down and promised that …": the cue may be the visitor's
        return None if noun is None else named_head(noun)  # "Simonyan, the editor of RT, who had urged …"
    return token


def _set_off_speaker(pronoun: Token, noun: Token) -> bool:
    """Whether a cue joined to a relative clause says what the noun the clause describes said: the noun can speak and
    is a subject ("Officials who read the plan and warned that … were ignored", which the parser may leave as the
    root of a fragment) or the clause is set off by a comma ("Ann Lee, who backed the plan and said …"); a
    restrictive clause on an object ("visited families who had lost homes and pledged …") may end before the cue,
    which is then the main verb's."""
    if not can_speak(noun):
        return False
    if noun.dep_ in NOMINAL_SUBJECTS or noun.dep_ == "ROOT":
        return True
    before = pronoun.doc[pronoun.left_edge.i - 1] if pronoun.left_edge.i > 0 else None
    return before is not None and before.text == ","


def _claimant(noun: Token) -> Token | None:
    """Who made a claim: its possessor ("Trump's claim", "his claim"), else the subject of the verb it is the object
    of ("she repeated the claim that …")."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None:
        return owner
    return subject_of(noun.head) if noun.dep_ == "dobj" else None


def _holds_its_speaker(found: Content, speaker: Token) -> bool:
    """Whether the clause found before a cue is the one whose subject the cue's speaker is: the parse took a speaker
    described in commas for what was said ("A third delegate, who like others asked not to be named, said …")."""
    clause = speaker.head
    before = speaker.dep_ in SUBJECTS and clause.dep_ == "ccomp" and clause.head.i == found.cue.i > clause.i
    return before and found.phrase.start <= clause.i < found.phrase.end


def _addressed(cue: Token) -> bool:
    """Whether a cue's subject is the one spoken to, not the speaker: a passive ("she was asked whether …", "he was
    told that …"), a participle opening the sentence ("Asked about the plan, the mayor said …", which the tagger may
    take for a past tense) or one set off after a name ("Ann Lee, asked whether she would run, said …")."""
    if any(c.dep_ in {"nsubjpass", "auxpass"} for c in cue.children):
        return not misread_perfect(cue)
    if any(c.dep_ in {"nsubj", "aux"} for c in cue.children):
        return False
    if _shares_a_passive(cue):
        return True
    opening = cue.tag_ == "VBD" and cue.dep_ == "advcl" and cue.i < cue.head.i
    return opening or (cue.tag_ == "VBN" and cue.dep_ in {"advcl", "ROOT", "acl"})


def _shares_a_passive(cue: Token) -> bool:
    """Whether a cue that names its hearer when active (:data:`HEARER_VERBS`), joined to a passive verb, is passive
    too, having no object of its own: "has been jailed for life and told he must serve 22 years" (he was told); not
    "was arrested and told police he was innocent", nor "was questioned and said she was innocent"."""
    if cue.lemma_.lower() not in HEARER_VERBS or cue.dep_ != "conj":
        return False
    joined = any(c.dep_ in {"nsubjpass", "auxpass"} for c in cue.head.children)
    return joined and not any(c.dep_ in {"dobj", "dative", "iobj"} for c in cue.children)


def _speaker_like(token: Token) -> bool:
    """Whether a subject can be a speaker: a noun phrase (a name, "the campaign", "officials") or a personal pronoun;
    never an empty "it" or "there", nor a clause."""
    lower = token.lower_
    if lower in NON_SPEAKERS:
        return speaking_it(token)
    if lower in GROUP_PRONOUNS or token.pos_ == "NUM":  # "some argue …", "six of the nine members said …"
        return token.dep_ in NOMINAL_SUBJECTS or token.dep_ in {"pobj", "nummod"}
    return token.pos_ in {"NOUN", "PROPN"} or lower in PERSONAL_PRONOUNS or bool(token.ent_type_)
