"""How a statement reached the article: through whom (the via), in what medium, to whom, and when.

Each reading starts from the reporting verb: "according to X", "X reported" or "he told the Times" name the via;
"on Telegram", "in a phone interview", "the letter said" or "tweeted" the medium; "in a letter to Putin" or "told X"
the addressee; "said on Saturday" the time.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from graph.extract.actors import is_outlet, is_platform, mention_at
from graph.extract.attribution import DOCUMENT_NOUNS, OUTLET_VERBS, SUBJECTS, object_of, opens_according_to
from graph.model import ActorKind, Article, Mention, Span, TimeExpr

if TYPE_CHECKING:
    from spacy.tokens import Token

MEDIUM_PREPOSITIONS = frozenset({"on", "in", "via", "during"})
"""Prepositions that name a medium: "on Telegram", "in a video", "via Twitter", "during an interview"."""


def via_of(verb: Token, sentence_tokens: Iterable[Token], article: Article) -> Mention | None:
    """The outlet or person the article got the statement through: "according to X", "cited by X", "X reported"."""
    tokens = list(sentence_tokens)
    via = _according_to(tokens, article)
    if via is None:
        via = _reporting_outlet(verb, tokens, article)
    if via is None:
        via = _told(verb, article, outlet=True)
    return via


def _according_to(tokens: Sequence[Token], article: Article) -> Mention | None:
    """The last organisation or person named in the first "according to" phrase that names one."""
    for token in tokens:
        if opens_according_to(token):
            names = [t for t in token.nbor(1).subtree if t.ent_type_ in {"ORG", "PERSON"}]
            if names:
                return mention_at(names[-1], article)
    return None


def _reporting_outlet(verb: Token, tokens: Sequence[Token], article: Article) -> Mention | None:
    """An outlet that passes the statement on in its sentence: "the Times reported", "as cited by Reuters"."""
    for token in tokens:
        if token.lemma_.lower() not in OUTLET_VERBS or token.i == verb.i:
            continue
        for source in _sources(token):
            found = mention_at(source, article)
            if found.kind is ActorKind.OUTLET or is_outlet(found.text, article):
                return found
    return None


def _sources(verb: Token) -> Iterator[Token]:
    """Who does ``verb``: its subjects, then the objects of its "by" agents."""
    yield from (c for c in verb.children if c.dep_ in SUBJECTS)
    yield from (o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj")


def _told(verb: Token, article: Article, outlet: bool) -> Mention | None:
    """Whom a "told" tells, when that is a news outlet ("he told the Times") or, with ``outlet`` false, when it is
    not ("she told reporters")."""
    if verb.lemma_ != "tell":
        return None
    for child in verb.children:
        if child.dep_ in {"dobj", "dative"}:
            found = mention_at(child, article)
            if is_outlet(found.text, article) is outlet:
                return found
    return None


def medium_of(verb: Token, speaker_token: Token | None) -> str | None:
    """The medium of a statement: "on Telegram", "in a phone interview", "the letter said", "tweeted"."""
    if speaker_token is not None:
        document = _speaking_document(speaker_token)
        if document is not None:
            return document
    if verb.lemma_ == "tweet":
        return "Twitter"
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in MEDIUM_PREPOSITIONS:
            for obj in prep.children:
                medium = _medium_named(obj)
                if medium is not None:
                    return medium
    return None


def _speaking_document(speaker_token: Token) -> str | None:
    """The kind of document a speaker phrase names: "the letter said", "a translation of the petition reads"."""
    lemma = speaker_token.lemma_.lower()
    if lemma in DOCUMENT_NOUNS:
        return lemma
    for prep in speaker_token.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.lemma_.lower() in DOCUMENT_NOUNS:
                    return obj.lemma_.lower()
    return None


def _medium_named(obj: Token) -> str | None:
    """The medium the object of "on", "in", "via" or "during" names: a platform ("Telegram") or a document with its
    modifiers ("phone interview")."""
    if obj.dep_ != "pobj":
        return None
    if is_platform(obj.text):
        return obj.text
    if obj.lemma_.lower() in DOCUMENT_NOUNS:
        words = [t.text for t in obj.lefts if t.dep_ in {"compound", "amod"}] + [obj.lemma_.lower()]
        return " ".join(words)
    return None


def addressee_of(verb: Token, speaker_token: Token | None, article: Article) -> Mention | None:
    """To whom: "wrote in a letter to Putin", "told X" (when X is not an outlet)."""
    heads = [verb] if speaker_token is None else [verb, speaker_token]
    for head in heads:
        for token in head.subtree:
            if token.lower_ == "to" and token.dep_ == "prep" and token.head.lemma_.lower() in DOCUMENT_NOUNS:
                obj = object_of(token)
                if obj is not None:
                    return mention_at(obj, article)
    return _told(verb, article, outlet=False)


class TimesAt:
    """An article's time expressions by the character offset they start at: a look-up, not a scan of them all, for
    each reporting verb (one article's cost stays linear in its length)."""

    def __init__(self, times: Iterable[TimeExpr]) -> None:
        self.starting: dict[int, list[tuple[int, TimeExpr]]] = {}
        for n, time in enumerate(times):
            self.starting.setdefault(time.span.start, []).append((n, time))


SPEECH_TIME_PATH = frozenset({"prep", "pobj", "npadvmod", "acl", "tmod", "nmod", "appos"})
"""Dependencies a time may hang by on its way up to the reporting verb: "said on Saturday", "wrote in an e-mail sent on
Monday", "said in an interview on Tuesday"; never through a clause of what was said."""


def time_of(verb: Token, times: TimesAt, quote: Span) -> TimeExpr | None:
    """A time expression attached to the reporting verb ("said on Saturday", "in an e-mail sent on Monday"), outside
    the quote; the first in text order when there are several."""
    found = [
        entry
        for token in verb.subtree
        if not quote.start <= token.idx < quote.end and _hangs_on(token, verb)
        for entry in times.starting.get(token.idx, ())
    ]
    return min(found, key=lambda entry: entry[0])[1] if found else None


def _hangs_on(token: Token, verb: Token) -> bool:
    """Whether ``token`` reaches ``verb`` in at most five heads, each step by :data:`SPEECH_TIME_PATH` (a time's own
    words first: "the" of "the next day")."""
    token = token.head if token.dep_ in {"det", "amod", "compound", "nummod"} else token
    for _ in range(5):
        if token.dep_ not in SPEECH_TIME_PATH or token.head == token:
            return False
        if token.head == verb:
            return True
        token = token.head
    return False
