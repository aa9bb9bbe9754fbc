"""Merge statement reports: reports whose wording is close join, best pairs first, into statements.

A statement has one speaker at most: a report of an unknown speaker may join the reports of a known one, but two known
speakers never share a statement, and reports with no known speaker join only inside their article (a quote repeated in
it); a statement that spans articles holds no report without a known speaker whose wording is shorter than
:data:`DISTINCT_WORDS` words ("a new era" is said by many; a sentence of ten words is one quote). A wording whose words
only hold, or are held by, another one ("never give up our land", of a longer quote) joins it only when both reports
name the same speaker and :func:`may_hold` finds it a paraphrase or a cut of the other, with two words beside
:data:`FUNCTION_WORDS` in common: a few words held in a long quote ("very sad"), or a short sentence whose words are
scattered through a long one, are no evidence that the long quote is the one reported. Two different sentences of one
article are never one statement, and every report belongs to exactly one statement: quotes that an article's extractors
found twice at one span are one report, of the better read speaker (:func:`distinct_quotes`).

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
from graph.model import RESOLUTIONS, ArticleFacts, Quote, Span
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
DISTINCT_WORDS = 5
"""The fewest words of a wording that two articles print only when they quote one statement: a shorter one held in a
longer quote ("very sad", "take our fight") or said by nobody known ("Morning Joe") joins no other article's report."""
PARAPHRASE_SHARE = 1 / 4
"""A wording whose words another one holds may be a paraphrase of it when it has this share of its words at least
(outlets retell a quote at about its length); a shorter one must be a cut of it, its words in order."""
_FUNCTION_WORDS = (
    "i me my we us our you your he him his she her it its they them their this that these those who what which when "
    "there here is are was were be been being am will would shall should can could may might must do does did have has "
    "had not no so to from by with as or but if then than too very just also all some any always never now up out "
    "about into over s t m re ve ll d don"
)
FUNCTION_WORDS = STOPWORDS | frozenset(_FUNCTION_WORDS.split())
"""Words that say nothing of what a quote is about: two wordings that share only these are not one statement."""
EXCERPT_SLACK = 2
"""Words of the longer wording that a cut of it may skip between its own ("the building is a total loss", of "the
building here is a total loss")."""


class _Speaker(NamedTuple):
    """Who said a report, as far as merging goes: a known actor, or nobody known in one article."""

    key: str | None
    article: str
    """The article of a report with no known speaker; empty for a known one."""


_Class = tuple[str, _Speaker]
"""A report's wording and speaker: reports of one class have the same candidate edges."""


def statements(facts: Sequence[ArticleFacts], actor_of: dict[tuple[str, Span], str]) -> list[Statement]:
    """The statements of ``facts``' quotes, each with its reports, sorted by key."""
    reports = [Report(f.article.id, q) for f in facts for q in distinct_quotes(f, actor_of)]
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
        if held and not may_hold(a, b):
            continue
        for first in speakers_of[a].every():
            for second in speakers_of[b].fitting(first, held):
                blocks.setdefault(frozenset({(a, first), (b, second)}), (-score, (a, first), (b, second)))
    return blocks.values()


def distinct_quotes(facts: ArticleFacts, actor_of: dict[tuple[str, Span], str]) -> list[Quote]:
    """``facts``' quotes, one for each span: of quotes found twice at one span (by two extractors), the one whose
    speaker is an actor read best (a name before a pronoun or role, before a description), so that a report is in
    one statement and keeps its best speaker."""
    best: dict[Span, Quote] = {}
    for quote in facts.quotes:
        kept = best.get(quote.span)
        if kept is None or _reading(facts.article.id, quote, actor_of) < _reading(facts.article.id, kept, actor_of):
            best[quote.span] = quote
    if len(best) == len(facts.quotes):
        return list(facts.quotes)
    return [q for q in facts.quotes if best[q.span] is q]


def _reading(article_id: str, quote: Quote, actor_of: dict[tuple[str, Span], str]) -> tuple[int, int]:
    """How well ``quote``'s speaker was read, lower is better: an actor or none, then how it was resolved."""
    if quote.speaker is None or (article_id, quote.speaker.span) not in actor_of:
        return (1, len(RESOLUTIONS))
    return (0, RESOLUTIONS.index(quote.resolution) if quote.resolution in RESOLUTIONS else len(RESOLUTIONS) - 1)


def may_hold(a: str, b: str) -> bool:
    """Whether two wordings, one of which holds the other's words, may be one statement: they share two words that are
    not :data:`FUNCTION_WORDS`, the shorter has :data:`DISTINCT_WORDS` words at least, and it is either a paraphrase of
    the longer (:data:`PARAPHRASE_SHARE` of its length at least) or a cut of it, its words in order with at most
    :data:`EXCERPT_SLACK` others between them (:func:`_words`)."""
    short, long = sorted((_words(a), _words(b)), key=len)
    if len(short) < DISTINCT_WORDS or len(set(short) & set(long) - FUNCTION_WORDS) < 2:
        return False
    return len(short) >= PARAPHRASE_SHARE * len(long) or _runs_through(short, long)


def _words(text: str) -> list[str]:
    """The words of a wording as :func:`graph.names.normalise` leaves them, a sentence's full stop apart."""
    return text.replace(".", " ").split()


def _runs_through(short: list[str], long: list[str]) -> bool:
    for start in (k for k, word in enumerate(long) if word == short[0]):
        end, at = start + len(short) + EXCERPT_SLACK, start
        for word in short[1:]:
            at = _index(long, word, at + 1, end)
            if at < 0:
                break
        else:
            return True
    return False


def _index(words: list[str], word: str, start: int, end: int) -> int:
    try:
        return words.index(word, start, end)
    except ValueError:
        return -1


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

    __slots__ = ("by_article", "loose", "members", "speaker", "texts")

    def __init__(self, member: int, article_id: str, text: str, speaker: str | None) -> None:
        self.members = [member]
        self.by_article = {article_id: text}
        self.texts = [text]
        self.speaker = speaker
        self.loose = speaker is None and len(_words(text)) < DISTINCT_WORDS
        """Whether the group holds a short wording that nobody known said: it stays in one article."""

    def clashes(self, other: _Group) -> bool:
        """Two different sentences of one article are two statements, never one; nor are two known speakers; nor
        does a short wording said by nobody known join another article's reports."""
        if self.speaker and other.speaker and self.speaker != other.speaker:
            return True
        if (self.loose or other.loose) and len(self.by_article.keys() | other.by_article.keys()) > 1:
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
        self.loose = self.loose or other.loose
        if len(self.texts) < COHESION_SAMPLE:
            known = set(self.texts)
            self.texts += [t for t in other.texts if t not in known][: COHESION_SAMPLE - len(self.texts)]
