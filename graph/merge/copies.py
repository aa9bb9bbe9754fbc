"""Copies among a story's articles: the same text given twice, and one wire story on two sites.

An article's *words* are those of its own text (the body, less what is not article text), NFKC-normalised and
casefolded, punctuation and layout ignored: a ``.txt`` file and a ``.jsonl`` record of one article have the same
words, whatever their line breaks, quotation marks or header lines.

- **The same text** (:func:`text_digest`): the SHA-256 of the words. :mod:`graph.build.identity` makes inputs of one
  digest from one outlet one article.
- **Near copies** (:func:`near_copies`): articles whose sets of word 5-grams, outside what they quote, have a Jaccard
  similarity of at least :data:`NEAR_COPY`: one wire story lightly edited by two sites (a headline, a sentence, a
  byline changed). They stay articles of their own outlets, but are one independent source. Candidates are found
  without comparing every pair: each article is summarised by a bottom-k MinHash sketch (the :data:`SKETCH` smallest
  hashes of its 5-grams), articles that share a sketch value are candidates, and the exact Jaccard similarity of the
  candidates' 5-grams decides.
"""

from __future__ import annotations

import functools
import hashlib
import heapq
import itertools
import re
import unicodedata
import zlib
from array import array
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence

import networkx as nx

from graph.model import Article, ArticleFacts, Span

SHINGLE = 5
"""Words per shingle: long enough that unrelated articles on one topic share few ("said in a statement on" aside)."""
NEAR_COPY = 0.3
"""Jaccard similarity of word 5-grams (outside quotes) from which two articles are one story copied.
``bench/near_copies.py``: unrelated articles (ECB+ pairs of two topics) score 0.025 at most, articles of one topic on
other events (MEANTIME) 0.146; the ECB+ pairs of one event from 0.3 up (42 in the development topics) are each one
wire story on two sites or in two versions (openings read by hand), and so are many between 0.2 and 0.3, where
independently written articles begin: the threshold keeps what it joins sure."""
MIN_SHINGLES = 20
"""5-grams an article needs outside its quotes (some 24 words) to be told a copy: two briefs that only say who said
a quote share too few words of their own to tell."""
SKETCH = 64
"""Smallest hashes of its 5-grams held per article: their share of the smallest of two articles' hashes together
estimates the two's Jaccard similarity (bottom-k MinHash; standard error 0.06 at 0.3, never worse than 0.0625)."""
INDEXED = 24
"""Smallest hashes per article by which candidate pairs are found: two articles of Jaccard similarity J share none
of them with probability (1 - J)^24: 1 in 5,000 at 0.3, 1 in 17 million at 0.5."""
MARGIN = 0.2
"""A candidate whose estimated similarity is this far from :data:`NEAR_COPY` (over three standard errors) is decided
by the estimate; a closer one by the exact similarity of its 5-grams, made again."""
CACHED = 256
"""Articles whose 5-grams are kept while candidates are checked."""
BUCKET = 16
"""Articles sharing a sketch value up to which every pair of them is a candidate; a value shared by more (a
boilerplate 5-gram, or a story copied by many sites) makes candidates of neighbours only, in id order, which still
joins the copies of a story, through the other values they share."""
_WORD = re.compile(r"\w+")


def words(article: Article, skip: Iterable[Span] = ()) -> list[str]:
    """The words of the article's own text, normalised (see the module docstring), less those in ``skip``."""
    body = article.body or Span(0, len(article.text))
    pieces, start = [], body.start
    for left_out in sorted([*article.excluded, *skip], key=lambda s: s.start):
        if left_out.start > start:
            pieces.append(article.text[start : min(left_out.start, body.end)])
        start = max(start, left_out.end)
    pieces.append(article.text[start : body.end])
    text = " ".join(pieces)
    return _WORD.findall(text.lower() if text.isascii() else unicodedata.normalize("NFKC", text).casefold())


def text_digest(article: Article) -> str | None:
    """A digest of the article's words: the same for two inputs of one text; None when it has no words."""
    found = words(article)
    return hashlib.sha256(" ".join(found).encode("utf-8")).hexdigest() if found else None


def shingles(article: Article, skip: Iterable[Span] = ()) -> frozenset[int]:
    """Hashes of the article's word 5-grams (of all its words when it has fewer), less ``skip``: each word's CRC-32,
    five of them hashed as a tuple of ints (which Python, unlike a string, hashes alike in every process)."""
    codes = list(map(zlib.crc32, map(str.encode, words(article, skip))))
    if len(codes) < SHINGLE:
        return frozenset([hash(tuple(codes))]) if codes else frozenset()
    return frozenset(map(hash, zip(*(codes[i:] for i in range(SHINGLE)), strict=False)))


def jaccard(a: frozenset[int], b: frozenset[int]) -> float:
    """|a ∩ b| / |a ∪ b|; 0 for two empty sets."""
    shared = len(a & b)
    return shared / (len(a) + len(b) - shared) if a or b else 0.0


def near_copies(facts: Sequence[ArticleFacts], threshold: float = NEAR_COPY) -> dict[str, str]:
    """Articles that are near copies of another, each mapped to the id of the first of its group of copies (the
    earliest published, then the least id); articles copied from no other and copying none are left out.

    The words of what an article quotes are left out: independent reports of one statement share its words, copies
    share the rest. Copies chain: when A copies B and B copies C, the three are one group. The result does not
    depend on the order of ``facts``."""
    by_id = {f.article.id: f for f in facts}

    def grams(key: str) -> frozenset[int]:
        return shingles(by_id[key].article, (q.span for q in by_id[key].quotes))

    pairs = nx.Graph(copied_pairs(by_id, grams, threshold))
    copy_of: dict[str, str] = {}
    for group in nx.connected_components(pairs):
        first = min(group, key=lambda i: _first_key(by_id[i].article))
        copy_of.update((member, first) for member in group if member != first)
    return dict(sorted(copy_of.items()))


def copied_pairs(
    ids: Iterable[str], grams: Callable[[str], frozenset[int]], threshold: float = NEAR_COPY
) -> list[tuple[str, str]]:
    """The pairs of ``ids`` whose 5-grams (``grams(id)``: :func:`shingles`) reach ``threshold``, found through their
    sketches; articles with fewer than :data:`MIN_SHINGLES` are left out. Only the sketches are held: the 5-grams of
    a candidate whose estimate is close to ``threshold`` (:data:`MARGIN`) are asked for again."""
    again = functools.lru_cache(maxsize=CACHED)(grams)
    sketches = {}
    for key in sorted(ids):
        found = again(key)
        if len(found) >= MIN_SHINGLES:
            sketches[key] = array("q", heapq.nsmallest(SKETCH, found))
    pairs = []
    for a, b in _candidates(sketches):
        estimate = _estimate(sketches[a], sketches[b])
        close = threshold - MARGIN < estimate < threshold + MARGIN
        if (close and jaccard(again(a), again(b)) >= threshold) or estimate >= threshold + MARGIN:
            pairs.append((a, b))
    return pairs


def _estimate(a: Sequence[int], b: Sequence[int]) -> float:
    """The Jaccard similarity of two sets estimated from their bottom-k sketches: the share of the k smallest values
    of both together that both hold (exact when the sets are that small)."""
    smallest = heapq.nsmallest(SKETCH, set(a) | set(b))
    both = set(a) & set(b)
    return sum(value in both for value in smallest) / len(smallest)


def _first_key(article: Article) -> tuple[bool, str, str]:
    return article.published is None, article.published.isoformat() if article.published else "", article.id


def _candidates(sketches: dict[str, array[int]]) -> list[tuple[str, str]]:
    """Pairs of ids that share one of the :data:`INDEXED` smallest values of their sketches (see :data:`BUCKET`),
    each once, in order."""
    holders: dict[int, list[str]] = defaultdict(list)
    for article_id, sketch in sketches.items():
        for value in sketch[:INDEXED]:
            holders[value].append(article_id)
    found: set[tuple[str, str]] = set()
    for ids in holders.values():
        found.update(itertools.combinations(ids, 2) if len(ids) <= BUCKET else itertools.pairwise(ids))
    return sorted(found)
