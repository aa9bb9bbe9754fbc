"""Names the entity recogniser missed: a news story names a person in full once ("Ann Lee") and by the surname
after that ("Lee, who was 26, ..."), and the recogniser does not always tag the surname again, most often at the
start of a sentence, or tags it a nationality ("Lee" read as a people); it tags a one-word name of an organisation in
some sentences and not in others ("the Otters"), or the short form of a firm's name ("Valdra" for "Valdra AB"); and
it misses a full name it does not know ("Kel Varo") whose surname it tags alone later. Each such surname and full
name becomes a mention of a person, and each such name of an organisation a mention of it, as the tagged ones are;
the merge joins them as it joins those (:mod:`graph.merge.people`)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from graph.extract.actor_words import SHORT_FORM_ENDINGS
from graph.extract.ages import AGE_AFTER, aged_name
from graph.extract.headlines import TitleCaseLines
from graph.extract.speaker_words import KIN_NOUNS, PARTISANS, PERSON_NOUNS, ROLE_NOUNS
from graph.model import ActorKind, Article, Mention, Span
from graph.names import NAME_SUFFIXES, TITLES, normalise, without_post_nominals

DESCRIBED_AFTER = re.compile(r",\s*(?:who\b|(?:the|a|an)\s+[a-z])")
"""What marks a one-word name a person's after it, beside an age: a relative "who" or a description set off by a
comma."""
ACTOR_LABELS = frozenset(["PERSON", "ORG", "GPE", "LOC", "FAC"])
"""The recogniser's labels of names that are actors' (:data:`graph.extract.actors.ENTITY_KINDS`): a word tagged
otherwise ("NORP": a people) may still be a surname."""

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

NO_GIVEN_NAMES = TITLES | ROLE_NOUNS | KIN_NOUNS | PERSON_NOUNS | PARTISANS
"""Words of offices, trades, kin and sides, which stand before a name as a title, never as its given name ("Candidate
Varo", "Incumbent Varo"), in lower case."""


def untagged_names(doc: Doc, article: Article, mentions: Sequence[Mention]) -> Iterator[Mention]:
    """Each proper noun of the body, outside every mention and every name the recogniser tagged an actor, that is
    written as the surname of a person the article names in full before it, or as a one-word name the article gives
    an organisation elsewhere, and is no part of a longer name ("Lee Industries"); and each full name of a person
    whose surname the article gives a person alone (:func:`_given_name`: "Kel Varo kept ... Varo said")."""
    yield from _aged_names(doc, article, mentions)
    first_named = _surnames_named_in_full(mentions)
    tagged = _one_word_names(mentions, ActorKind.ORGANIZATION)
    firms = _firms_but_people(mentions, article.text)
    organisations = tagged | set(firms)
    surnames = _one_word_names(mentions, ActorKind.PERSON)
    if not first_named and not organisations and not surnames:
        return
    ordered = sorted(mentions, key=lambda m: m.span.start)
    starts = [m.span.start for m in ordered]
    lines = TitleCaseLines(doc)
    common = frozenset(t.text for t in doc if t.is_lower) if surnames else frozenset()
    for token in doc:
        kind = _untagged_kind(token, first_named, organisations)
        given = _given_name(token, surnames, lines, common) if kind is None else None
        if kind is None and given is None:
            continue
        span = Span((given or token).idx, token.idx + len(token.text))
        n = bisect_right(starts, span.end - 1) - 1
        if (n >= 0 and ordered[n].span.end > span.start) or not article.in_body(span):
            continue
        if given is not None:
            yield Mention(span, span.slice(article.text), ActorKind.PERSON)
        elif kind is not None and (_alone(token) or (token.text in tagged and _read_as_noun(token))):
            firm = firms.get(token.text) if kind is ActorKind.ORGANIZATION else None
            refers = firm.span if firm is not None and firm.span.end <= span.start else None
            yield Mention(span, token.text, kind, refers=refers)  # "Valdra" after "Valdra AB": that firm


def firms_short_named(mentions: Sequence[Mention], text: str) -> list[Mention]:
    """``mentions`` with each one-word name after a firm's full name that is its short form
    (:func:`_firms_by_short_form`: "Halvorsen Foods agreed to buy … Halvorsen will pay cash") made a mention that
    refers to the full name, as a description does, where the recogniser took it for a person's: the firm's, never a
    person's another article names ("Tom Halvorsen"); not where the surname of a person the article names in full is
    that word ("Tom Halvorsen founded Halvorsen Foods … Halvorsen said"), nor where the words around it mark a person
    once (:func:`_marked_a_person`: "President Trump … Trump said", "Icahn, 88,"). One it took for an organisation's
    stays as it is, and joins the firm by its name."""
    full = _firms_but_people(mentions, text)
    if not full:
        return list(mentions)
    out = []
    for m in mentions:
        firm = full.get(m.text)
        shortened = m.refers is None and m.kind is ActorKind.PERSON
        if firm is not None and shortened and firm.span.end <= m.span.start:
            m = replace(m, kind=ActorKind.ORGANIZATION, refers=firm.span)
        out.append(m)
    return out


def _firms_but_people(mentions: Sequence[Mention], text: str) -> dict[str, Mention]:
    """The firms by their short names (:func:`_firms_by_short_form`), but for the words the article gives a person:
    as the surname of a full name, or marked a person's once (:func:`_marked_a_person`: "President Trump … Trump
    said" is that person throughout)."""
    full = _firms_by_short_form(mentions)
    for surname in _surnames_named_in_full(mentions):
        full.pop(surname, None)
    for m in mentions:
        if m.kind is ActorKind.PERSON and (m.role or _marked_a_person(text, m.span)):
            full.pop(m.text.split()[-1], None)
    return full


def _marked_a_person(text: str, span: Span) -> bool:
    """Whether the words around a one-word name mark a person, whatever firm bears the name: a title before it ("Mr
    Johnson", "President Lee", "Senator Hill"), or after it an age, a relative "who" or a description set off by a
    comma ("Icahn, 88,", "Trump, who owns 57%", "Koch, the chairman,")."""
    before = text[max(0, span.start - 20) : span.start].split()
    if before and normalise(before[-1]) in TITLES:
        return True
    return AGE_AFTER.match(text, span.end) is not None or DESCRIBED_AFTER.match(text, span.end) is not None


def _aged_names(doc: Doc, article: Article, mentions: Sequence[Mention]) -> Iterator[Mention]:
    """Each proper noun the recogniser missed that is given an age between commas, as only a person is ("Holt, 52,
    did not take questions", the full name in another article): a person's surname. Not one word of a longer name,
    nor one of several words given numbers in a sentence ("Airbus, 20, and Boeing, 30": figures)."""
    taken = [(m.span.start, m.span.end) for m in mentions]
    for token in doc:
        if token.pos_ != "PROPN" or not token.is_title or not token.is_alpha or token.ent_type_ in ACTOR_LABELS:
            continue
        if not aged_name(doc[token.i : token.i + 1]):
            continue
        if token.i > 0 and doc[token.i - 1].pos_ == "PROPN":
            continue  # "Karen Holt, 52," the recogniser tags whole, or a longer name it missed
        span = Span(token.idx, token.idx + len(token.text))
        if article.in_body(span) and not any(start < span.end and span.start < end for start, end in taken):
            yield Mention(span, token.text, ActorKind.PERSON)


def _given_name(token: Token, surnames: set[str], lines: TitleCaseLines, common: frozenset[str]) -> Token | None:
    """The given name before ``token`` where the two make a person's full name the recogniser missed: ``token`` is a
    surname the article gives a person alone (``surnames``: "Varo said"), the word before it a capitalised proper
    noun that is no title and opens the name ("Kel Varo kept his belts"); neither tagged an actor's name, nor on a
    title-case headline line ("Beats Varo")."""
    if token.text not in surnames or token.i == 0 or token.ent_type_ in ACTOR_LABELS or not _alone_but_given(token):
        return None
    given = token.doc[token.i - 1]
    if not (given.pos_ == "PROPN" and given.is_title and given.is_alpha and given.head.i == token.i):
        return None
    if given.ent_type_ in ACTOR_LABELS or given.lower_ in NO_GIVEN_NAMES or given.lower_ in common:
        return None
    before = token.doc[given.i - 1] if given.i > 0 else None
    if before is not None and before.pos_ == "PROPN" and before.is_title and normalise(before.text) not in TITLES:
        return None  # a longer name ("Port Kel Varo"), but a title may stand before a name ("Judge Kel Varo")
    return None if lines.hold(token.doc[given.i : token.i + 1]) else given


def _alone_but_given(token: Token) -> bool:
    """Whether a proper noun ends its name: no proper noun it goes on into ("Varo Industries")."""
    return token.pos_ == "PROPN" and not (token.dep_ == "compound" and token.head.pos_ == "PROPN")


def _one_word_names(mentions: Sequence[Mention], kind: ActorKind) -> set[str]:
    """The capitalised one-word names ``mentions`` give actors of ``kind`` ("Otters", "Varo")."""
    names = {m.text for m in mentions if m.kind is kind and m.refers is None}
    return {name for name in names if " " not in name and name[:1].isupper()}


def _firms_by_short_form(mentions: Sequence[Mention]) -> dict[str, Mention]:
    """The first mention of each firm's full name, by the one word it is shortened to once given in full, its legal
    form or trade dropped (:data:`~graph.extract.actor_words.SHORT_FORM_ENDINGS`): "Valdra" for "Valdra AB", "Corvane"
    for "Corvane Systems"."""
    found: dict[str, Mention] = {}
    for m in sorted(mentions, key=lambda m: m.span.start):
        words = m.text.removeprefix("the ").removeprefix("The ").split()
        ending = [w for w in words[1:] if w.lower().rstrip(".") in SHORT_FORM_ENDINGS]
        short = len(words) > 1 and ending == words[1:] and words[0][:1].isupper() and words[0].isalpha()
        if m.kind is ActorKind.ORGANIZATION and m.refers is None and short:
            found.setdefault(words[0], m)
    return found


def _read_as_noun(token: Token) -> bool:
    """Whether a name the tagger took for a common noun stands as one all the same: capitalised, heading its phrase
    ("Saints put Bush on injured reserve", where the article tags "Saints" an organisation elsewhere); only for a name
    the recogniser tagged once, never a firm's shortened name, which may be a common word ("Harvest Foods … Harvest
    was poor")."""
    return token.pos_ == "NOUN" and token.is_title and token.dep_ != "compound"


def _untagged_kind(token: Token, first_named: dict[str, int], organisations: set[str]) -> ActorKind | None:
    """A person's for a surname named in full before ``token``, an organisation's for one of its one-word names; None
    for any other word, one the recogniser tagged an actor, or a people's ("an American" beside American Airlines)."""
    if token.ent_type_ in ACTOR_LABELS:
        return None
    named_at = first_named.get(token.text)
    if named_at is not None and named_at < token.idx:
        return ActorKind.PERSON
    return ActorKind.ORGANIZATION if token.text in organisations and token.ent_type_ != "NORP" else None


def _surnames_named_in_full(mentions: Sequence[Mention]) -> dict[str, int]:
    """The surnames of the people ``mentions`` name in full, each with where its first full name starts; a
    generation's suffix ("Jr.") is no surname."""
    first_named: dict[str, int] = {}
    for m in mentions:
        words = without_post_nominals(m.text.replace(",", " ").split())
        if len(words) > 2 and words[-1].strip(".").lower() in NAME_SUFFIXES:  # "Tom Hale Jr." is a Hale
            words = words[:-1]
        if m.kind is ActorKind.PERSON and m.refers is None and len(words) > 1 and words[-1][:1].isupper():
            first_named[words[-1]] = min(first_named.get(words[-1], m.span.start), m.span.start)
    return first_named


def _alone(token: Token) -> bool:
    """Whether a proper noun is a name by itself: no other proper noun makes a longer name with it."""
    if token.pos_ != "PROPN" or (token.dep_ == "compound" and token.head.pos_ == "PROPN"):
        return False
    return not any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in token.children)
