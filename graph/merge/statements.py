"""Merge statement reports: reports whose wording is close join, best pairs first, into statements.

A statement has one speaker at most: a report of an unknown speaker may join the reports of a known one, but two
known speakers never share a statement, and reports with no known speaker join only inside their article (a quote
repeated in it). A wording whose words only hold, or are held by, another one ("never give up", of a longer quote)
joins it only when both reports name the same speaker. Two different sentences of one article are never one
statement, and every report belongs to exactly one statement.

Work is done per distinct wording, not per report: outlets print one quote word for word, so k reports of one quote
have one wording, and comparing wordings, and taking the edges of k reports through
:func:`~graph.merge.greedy.join_best_first`, keeps a quote that k articles carry from costing k².

Lives beside :mod:`graph.merge.actors` (actors) and :mod:`graph.merge.story` (the story) as its own concern.
"""

from __future__ import annotations

import bisect
import functools
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from rapidfuzz import fuzz

from graph.merge.greedy import join_best_first
from graph.model import ArticleFacts, Span
from graph.names import STOPWORDS, normalise
from graph.story import Report, Statement

STATEMENT_SIMILARITY = 80.0
"""rapidfuzz token-set ratio (0-100) from which two reports may be one statement."""
WHOLE_SIMILARITY = 80.0
"""rapidfuzz token-sort ratio (0-100) from which two wordings are alike as wholes; below it, a pair that is close
only as token sets is one wording held in the other (a cut, or a short quote inside a long one)."""
STATEMENT_COHESION = 60.0
"""The least similarity any two wordings of one statement may have (see :class:`_Group`)."""
BLOCKING_KEYS = 4
"""Wordings are compared only when one holds one of the other's rarest words: this many of them."""
BUCKET_CAP = 32
"""A wording is compared with at most this many of the wordings that hold one rare word (see :class:`_Wordings`)."""
BEST_CANDIDATES = 16
"""A wording keeps at most this many of its matches as candidate edges, the best ones."""
COHESION_SAMPLE = 16
"""The wordings of a statement that every wording joining it must resemble (see :meth:`_Group.coheres`)."""


class _Speaker(NamedTuple):
    """Who said a report, as far as merging goes: a known actor, or nobody known in one article."""

    key: str | None
    article: str
    """The article of a report with no known speaker; empty for a known one."""


_Class = tuple[str, _Speaker]
"""A report's wording and speaker: reports of one class have the same candidate edges."""


def statements(facts: Sequence[ArticleFacts], actor_of: dict[tuple[str, Span], str]) -> list[Statement]:
    """The statements of ``facts``' quotes, each with its reports, sorted by key."""
    reports = [Report(f.article.id, q) for f in facts for q in f.quotes]
    speaker = [actor_of.get((r.article_id, r.quote.speaker.span)) if r.quote.speaker else None for r in reports]
    normal = {raw: normalise(raw) for raw in {r.quote.text for r in reports}}
    texts = [normal[r.quote.text] for r in reports]
    wordings = _Wordings(texts)
    classes = [(texts[k], _Speaker(key, "" if key else reports[k].article_id)) for k, key in enumerate(speaker)]
    group = [_Group(k, reports[k].article_id, texts[k], speaker[k]) for k in range(len(reports))]
    similarity = [100.0] * len(reports)

    def join(weight: float, i: int, j: int) -> bool:
        a, b = group[i], group[j]
        if a.clashes(b) or not a.coheres(b, wordings):
            return False
        big, small = (a, b) if len(a.members) >= len(b.members) else (b, a)
        big.absorb(small)
        for k in small.members:
            group[k] = big
        similarity[j] = min(similarity[j], -weight)
        return True

    join_best_first(classes, _blocks(classes, wordings), group.__getitem__, join)
    found = []
    for one in {id(g): g for g in group}.values():
        ordered = sorted(one.members, key=lambda k: (reports[k].article_id, reports[k].quote.span.start))
        opening = reports[ordered[0]]
        found.append(
            Statement(
                key=f"{opening.article_id}/{opening.quote.span.start}-{opening.quote.span.end}",
                speaker=one.speaker,
                reports=[Report(reports[k].article_id, reports[k].quote, similarity[k]) for k in ordered],
            )
        )
    found.sort(key=lambda s: s.key)
    return found


def _blocks(classes: Sequence[_Class], wordings: _Wordings) -> Iterable[tuple[float, _Class, _Class]]:
    """The candidate edges between classes: each pair of close wordings, between the speakers that fit."""
    speakers_of: dict[str, _Speakers] = defaultdict(_Speakers)
    for text, who in set(classes):
        speakers_of[text].add(who)
    blocks: dict[frozenset[_Class], tuple[float, _Class, _Class]] = {}
    for a, b in wordings.pairs():
        score = wordings.score(a, b)
        held = fuzz.token_sort_ratio(a, b) < WHOLE_SIMILARITY
        for first in speakers_of[a].every():
            for second in speakers_of[b].fitting(first, held):
                blocks.setdefault(frozenset({(a, first), (b, second)}), (-score, (a, first), (b, second)))
    return blocks.values()


class _Speakers:
    """The speakers of one wording's reports: known ones by actor, unknown ones by article."""

    __slots__ = ("known", "unknown")

    def __init__(self) -> None:
        self.known: dict[str, _Speaker] = {}
        self.unknown: dict[str, _Speaker] = {}

    def add(self, speaker: _Speaker) -> None:
        if speaker.key is None:
            self.unknown[speaker.article] = speaker
        else:
            self.known[speaker.key] = speaker

    def every(self) -> list[_Speaker]:
        return [*self.known.values(), *self.unknown.values()]

    def fitting(self, speaker: _Speaker, held: bool) -> list[_Speaker]:
        """Those of these speakers that may have said what ``speaker`` said: the same actor, or an unknown speaker
        beside a known one, or two unknown ones in one article; only the same actor when one wording is ``held`` in
        the other. Found by look-up, without testing each speaker."""
        if held:
            same = self.known.get(speaker.key) if speaker.key else None
            return [same] if same else []
        if speaker.key is None:
            alike = self.unknown.get(speaker.article)
            return [*self.known.values(), *([alike] if alike else [])]
        same = self.known.get(speaker.key)
        return [*([same] if same else []), *self.unknown.values()]


def _content(text: str) -> set[str]:
    return set(text.split()) - STOPWORDS


class _Wordings:
    """The distinct wordings of reports, which of them to compare (:meth:`candidates`), and their similarities.

    Every bound here keeps the merge linear in the wordings when many of them resemble each other (a wire story
    reprinted with small edits by thousands of outlets): a wording meets at most :data:`BUCKET_CAP` others through each
    of its rare words, and keeps only its :data:`BEST_CANDIDATES` best matches. In ordinary stories a word is held
    by more wordings than that only when it is common there, a wording has a few matches at most, and the wordings
    nearest it in a crowded bucket's order (those that differ from it only before the word) are the ones that match.
    """

    def __init__(self, texts: Iterable[str]) -> None:
        holding: dict[str, set[str]] = defaultdict(set)
        self.rarity: Counter[str] = Counter()
        """How often each content word occurs, counting every occurrence of every wording."""
        counts = Counter(texts)
        for text, count in counts.items():
            for word in set(text.split()) - STOPWORDS:
                if len(word) > 3:
                    holding[word].add(text)
                    self.rarity[word] += count
        self.content = {text: frozenset(_content(text)) for text in counts}
        self.holding = {word: sorted(found, key=functools.partial(_after, word)) for word, found in holding.items()}
        """For each content word (longer than 3 letters), the wordings that hold it, by what follows the word in them:
        near neighbours in this order are wordings that differ only before the word."""
        self.scores: dict[tuple[str, str], float] = {}

    def pairs(self) -> set[tuple[str, str]]:
        """The pairs of wordings to compare (``(a, a)`` included: two reports of one wording), each in order: of each
        wording's candidates that share two content words with it, those of the :data:`BEST_CANDIDATES` best scores
        (from :data:`STATEMENT_SIMILARITY`)."""
        found = set()
        for text in sorted({t for texts in self.holding.values() for t in texts}):
            words = self.content[text]
            scored = sorted(
                (-score, other)
                for other in self.candidates(text)
                if len(words & self.content[other]) >= 2
                and (score := fuzz.token_set_ratio(text, other)) >= STATEMENT_SIMILARITY
            )
            for negative, other in scored[:BEST_CANDIDATES]:
                key = (min(text, other), max(text, other))
                self.scores[key] = -negative
                found.add(key)
        return found

    def candidates(self, text: str) -> set[str]:
        """The wordings that share one of the :data:`BLOCKING_KEYS` rarest words of ``text``: a translation or a cut
        of one quote shares its rare words, while common words would make every pair a candidate. Of a word held by
        more than :data:`BUCKET_CAP` wordings, only the :data:`BUCKET_CAP` nearest ``text`` in the word's order."""
        words = sorted((w for w in set(text.split()) if w in self.holding), key=lambda w: (self.rarity[w], w))
        found: set[str] = set()
        for word in words[:BLOCKING_KEYS]:
            bucket = self.holding[word]
            if len(bucket) > BUCKET_CAP:
                at = bisect.bisect_left(bucket, _after(word, text), key=functools.partial(_after, word))
                start = min(max(0, at - BUCKET_CAP // 2), len(bucket) - BUCKET_CAP)
                bucket = bucket[start : start + BUCKET_CAP]
            found.update(bucket)
        return found

    def score(self, a: str, b: str) -> float:
        key = (a, b) if a <= b else (b, a)
        found = self.scores.get(key)
        if found is None:
            found = self.scores[key] = fuzz.token_set_ratio(a, b)
        return found


def _after(word: str, text: str) -> tuple[str, str]:
    """Sorts the wordings that hold ``word`` by what follows its first occurrence, then by the whole wording."""
    at = (" " + text + " ").find(" " + word + " ")
    return (text[at:], text)


class _Group:
    """A growing statement: its reports, the wording each article gives it, and its first distinct wordings (at most
    :data:`COHESION_SAMPLE` of them)."""

    __slots__ = ("by_article", "members", "speaker", "texts")

    def __init__(self, member: int, article_id: str, text: str, speaker: str | None) -> None:
        self.members = [member]
        self.by_article = {article_id: text}
        self.texts = [text]
        self.speaker = speaker

    def clashes(self, other: _Group) -> bool:
        """Two different sentences of one article are two statements, never one; nor are two known speakers."""
        if self.speaker and other.speaker and self.speaker != other.speaker:
            return True
        few, many = sorted((self.by_article, other.by_article), key=len)
        return any(many.get(article, text) != text for article, text in few.items())

    def coheres(self, other: _Group, wordings: _Wordings) -> bool:
        """Complete-link guard against chaining: every wording of the joined group must resemble every other one, so
        a quote spanning two sentences cannot pull the statements of both sentences into one. A statement of more
        than :data:`COHESION_SAMPLE` wordings is checked on its first ones, so that a join costs a bounded number of
        comparisons."""
        return all(wordings.score(a, b) >= STATEMENT_COHESION for a in self.texts for b in other.texts)

    def absorb(self, other: _Group) -> None:
        self.members += other.members
        self.by_article.update(other.by_article)
        self.speaker = self.speaker or other.speaker
        if len(self.texts) < COHESION_SAMPLE:
            known = set(self.texts)
            self.texts += [t for t in other.texts if t not in known][: COHESION_SAMPLE - len(self.texts)]
