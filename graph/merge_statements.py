"""Merge statement reports: reports of the same speaker (or of unknown or collective speakers) whose wording is close
join, best pairs first, and never two different sentences of one article into one statement.

Work is done per distinct wording, not per report: outlets print one quote word for word, so k reports of one quote
have one wording, and comparing wordings, and taking the edges of k reports through
:func:`~graph.merge_greedy.join_best_first`, keeps a quote that k articles carry from costing k².

Lives beside :mod:`graph.merge` (actors, and the story) because it is its own concern.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Sequence
from dataclasses import replace

from rapidfuzz import fuzz

from graph.merge_greedy import join_best_first
from graph.model import Actor, ActorKind, ArticleFacts, Report, Span, Statement
from graph.names import STOPWORDS, normalise

STATEMENT_SIMILARITY = 80.0
"""rapidfuzz token-set ratio (0-100) from which two reports may be one statement."""
STATEMENT_COHESION = 60.0
"""The least similarity any two wordings of one statement may have (see :class:`_Group`)."""
SENTENCE_BREAK = re.compile(r"(?<=[.!?;])[\s”’\"']+(?=[A-Z“‘\"'])")
"""Where a quote that runs over several sentences may be cut into them."""
BLOCKING_KEYS = 4
"""Wordings are compared only when one holds one of the other's rarest words: this many of them."""
BUCKET_CAP = 32
"""A wording is compared with at most this many of the wordings that hold one rare word (see :class:`_Wordings`)."""
BEST_CANDIDATES = 16
"""A wording keeps at most this many of its matches as candidate edges, the best ones."""
COHESION_SAMPLE = 16
"""The wordings of a statement that every wording joining it must resemble (see :meth:`_Group.coheres`)."""
BODY = "*"
"""The speaker class of every actor that is not a person (actor keys hold a '/'): such speakers all fit each other."""


def statements(
    facts: Sequence[ArticleFacts], actor_of: dict[tuple[str, Span], str], actors: dict[str, Actor]
) -> list[Statement]:
    """The statements of ``facts``' quotes, each with its reports, sorted by key."""
    reports = [Report(f.article.id, q) for f in facts for q in f.quotes]
    speaker = [actor_of.get((r.article_id, r.quote.speaker.span)) if r.quote.speaker else None for r in reports]
    normal = {raw: normalise(raw) for raw in {r.quote.text for r in reports}}
    texts = [normal[r.quote.text] for r in reports]
    wordings = _Wordings(texts)
    classes = [(texts[k], _speaker_class(speaker[k], actors)) for k in range(len(reports))]
    speakers_of: dict[str, set[str | None]] = defaultdict(set)
    for text, kind in classes:
        speakers_of[text].add(kind)
    blocks: dict[frozenset[tuple[str, str | None]], tuple[float, tuple[str, str | None], tuple[str, str | None]]] = {}
    for a, b in wordings.pairs():
        score = wordings.score(a, b)
        for first in speakers_of[a]:
            for second in _fitting(first, speakers_of[b]):
                blocks.setdefault(frozenset({(a, first), (b, second)}), (-score, (a, first), (b, second)))
    group = [_Group(k, reports[k].article_id, texts[k]) for k in range(len(reports))]
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

    join_best_first(classes, blocks.values(), group.__getitem__, join)
    found = []
    for members in {id(g): g.members for g in group}.values():
        ordered = sorted(members, key=lambda k: (reports[k].article_id, reports[k].quote.span.start))
        opening = reports[ordered[0]]
        speakers = Counter(speaker[k] for k in ordered if speaker[k])
        found.append(
            Statement(
                key=f"{opening.article_id}/{opening.quote.span.start}-{opening.quote.span.end}",
                speaker=speakers.most_common(1)[0][0] if speakers else None,
                reports=[Report(reports[k].article_id, reports[k].quote, similarity[k]) for k in ordered],
            )
        )
    found.sort(key=lambda s: s.key)
    _share_long_quotes(found, actors)
    return found


def _content(text: str) -> set[str]:
    return set(text.split()) - STOPWORDS


def _speaker_class(key: str | None, actors: dict[str, Actor]) -> str | None:
    """What tells which speakers may have said one thing: unknown speakers fit any, a person fits only that person,
    and actors that are no persons (an outlet, a ministry, a group) fit each other."""
    if key is None or actors[key].kind is ActorKind.PERSON:
        return key
    return BODY


def _fitting(cls: str | None, classes: Collection[str | None]) -> Iterable[str | None]:
    """The speaker classes among ``classes`` that fit ``cls``, without testing each."""
    if cls is None:
        return classes
    return [c for c in (None, cls) if c in classes]


class _Wordings:
    """The distinct wordings of reports, which of them to compare (:meth:`candidates`), and their similarities.

    Every bound here keeps the merge linear in the wordings when many of them resemble each other (a wire story
    reprinted with small edits by thousands of outlets): a wording meets at most :data:`BUCKET_CAP` others through each
    of its rare words, and keeps only its :data:`BEST_CANDIDATES` best matches. In ordinary stories no bucket and no
    list of matches is that long, and every pair that shares a rare word is compared.
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

    __slots__ = ("by_article", "members", "texts")

    def __init__(self, member: int, article_id: str, text: str) -> None:
        self.members = [member]
        self.by_article = {article_id: text}
        self.texts = [text]

    def clashes(self, other: _Group) -> bool:
        """Two different sentences of one article are two statements, never one."""
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
        if len(self.texts) < COHESION_SAMPLE:
            known = set(self.texts)
            self.texts += [t for t in other.texts if t not in known][: COHESION_SAMPLE - len(self.texts)]


def _share_long_quotes(found: list[Statement], actors: dict[str, Actor]) -> None:
    """Let one quoted span that holds several sentences report each of them.

    One outlet quotes two sentences of a letter in one span where another quotes them apart: the long span joins its
    best statement in the clustering, and is added here, as a shared report, to the statement each further sentence
    matches (same constraints: fitting speakers, enough shared words, no second report from the same article).
    Statements of one wording score alike, so of those the first that may take the report is the one to try.
    """
    texts = [normalise(s.text) for s in found]
    wordings = _Wordings(texts)
    holding: dict[str, dict[str | None, list[int]]] = defaultdict(lambda: defaultdict(list))
    every: dict[str, list[int]] = defaultdict(list)  # a speaker no one knows fits every class: not one list each
    for j, (text, statement) in enumerate(zip(texts, found, strict=True)):
        holding[text][_speaker_class(statement.speaker, actors)].append(j)
        every[text].append(j)
    articles = [{r.article_id for r in s.reports} for s in found]
    additions: list[tuple[int, Report]] = []
    for owner, statement in enumerate(found):
        fitting = _speaker_class(statement.speaker, actors)
        for report in statement.reports:
            sentences = [normalise(s) for s in SENTENCE_BREAK.split(report.quote.text)]
            if len(sentences) < 2:
                continue
            for sentence in sentences:
                words = _content(sentence)
                best: tuple[float, int] | None = None
                for text in wordings.candidates(sentence):
                    score = wordings.score(sentence, text)
                    if score < STATEMENT_SIMILARITY or len(words & set(text.split())) < 2:
                        continue
                    lists = (
                        [every[text]]
                        if fitting is None
                        else [holding[text][c] for c in _fitting(fitting, holding[text])]
                    )
                    firsts = (
                        next((j for j in js if j != owner and report.article_id not in articles[j]), None)
                        for js in lists
                    )
                    taker = min((j for j in firsts if j is not None), default=None)
                    if taker is not None:
                        best = max(best or (score, taker), (score, taker), key=lambda b: (b[0], -b[1]))
                if best is not None:
                    additions.append((best[1], Report(report.article_id, report.quote, best[0], shared=True)))
    split = {(r.article_id, r.quote.span) for _, r in additions}
    for statement in found:
        statement.reports = [
            replace(r, shared=True) if (r.article_id, r.quote.span) in split else r for r in statement.reports
        ]
    for j, report in additions:
        found[j].reports.append(report)
