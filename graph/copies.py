"""Copies among a story's articles: the same text given twice, and one wire story on two sites.

An article's *words* are those of its own text (the body, less what is not article text), NFKC-normalised and
casefolded, punctuation and layout ignored: a ``.txt`` file and a ``.jsonl`` record of one article have the same
words, whatever their line breaks, quotation marks or header lines.

- **The same text** (:func:`text_digest`): the SHA-256 of the words. :mod:`graph.identity` makes inputs of one digest
  from one outlet one article.
- **Near copies** (:func:`near_copies`): articles whose sets of word 5-grams, outside what they quote, have a Jaccard
  similarity of at least :data:`NEAR_COPY`: one wire story lightly edited by two sites (a headline, a sentence, a
  byline changed). They stay articles of their own outlets, but are one independent source. Candidates are found
  without comparing every pair: each article is summarised by a bottom-k MinHash sketch (the :data:`SKETCH` smallest
  64-bit hashes of its 5-grams), articles that share a sketch value are candidates, and the exact Jaccard similarity
  of the candidates' 5-grams decides.
"""

from __future__ import annotations

import hashlib
import heapq
import itertools
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence

import networkx as nx

from graph.model import Article, ArticleFacts, Span

SHINGLE = 5
"""Words per shingle: long enough that unrelated articles on one topic share few ("said in a statement on" aside)."""
NEAR_COPY = 0.3
"""Jaccard similarity of word 5-grams from which two articles are one story copied. ``bench/near_copies.py``:
unrelated articles (ECB+ pairs of two topics) score 0.024 at most, articles of one topic on other events (MEANTIME)
0.134; the ECB+ pairs of one event from 0.3 up (44 in the development topics) are each one wire story on two sites
or in two versions (read by hand), while below 0.3 independently written articles begin."""
MIN_SHINGLES = 20
"""5-grams an article needs outside its quotes (some 24 words) to be told a copy: two briefs that only say who said
a quote share too few words of their own to tell."""
SKETCH = 128
"""Hashes kept per article to find candidate pairs."""
BUCKET = 64
"""A sketch value shared by more articles than this is a boilerplate 5-gram, not evidence of a copy: passed over."""
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
    return _WORD.findall(unicodedata.normalize("NFKC", " ".join(pieces)).casefold())


def text_digest(article: Article) -> str | None:
    """A digest of the article's words: the same for two inputs of one text; None when it has no words."""
    found = words(article)
    return hashlib.sha256(" ".join(found).encode("utf-8")).hexdigest() if found else None


def shingles(article: Article, skip: Iterable[Span] = ()) -> frozenset[int]:
    """The 64-bit hashes of the article's word 5-grams (of all its words when it has fewer), less ``skip``."""
    found = words(article, skip)
    grams = (" ".join(found[i : i + SHINGLE]) for i in range(max(1, len(found) - SHINGLE + 1)))
    return frozenset(_hash(gram) for gram in grams if gram)


def _hash(gram: str) -> int:
    return int.from_bytes(hashlib.blake2b(gram.encode("utf-8"), digest_size=8).digest(), "big")


def jaccard(a: frozenset[int], b: frozenset[int]) -> float:
    """|a ∩ b| / |a ∪ b|; 0 for two empty sets."""
    union = len(a | b)
    return len(a & b) / union if union else 0.0


def near_copies(facts: Sequence[ArticleFacts], threshold: float = NEAR_COPY) -> dict[str, str]:
    """Articles that are near copies of another, each mapped to the id of the first of its group of copies (the
    earliest published, then the least id); articles copied from no other and copying none are left out.

    The words of what an article quotes are left out: independent reports of one statement share its words, copies
    share the rest. Copies chain: when A copies B and B copies C, the three are one group. The result does not
    depend on the order of ``facts``."""
    by_id = {f.article.id: f for f in facts}
    grams = {key: shingles(f.article, (q.span for q in f.quotes)) for key, f in sorted(by_id.items())}
    grams = {key: found for key, found in grams.items() if len(found) >= MIN_SHINGLES}
    pairs = nx.Graph(copied_pairs(grams))
    copy_of: dict[str, str] = {}
    for group in nx.connected_components(pairs):
        first = min(group, key=lambda i: _first_key(by_id[i].article))
        copy_of.update((member, first) for member in group if member != first)
    return dict(sorted(copy_of.items()))


def copied_pairs(grams: dict[str, frozenset[int]], threshold: float = NEAR_COPY) -> list[tuple[str, str]]:
    """The pairs of ids whose shingles (:func:`shingles`) reach ``threshold``, found through their sketches."""
    return [(a, b) for a, b in _candidates(grams) if jaccard(grams[a], grams[b]) >= threshold]


def _first_key(article: Article) -> tuple[bool, str, str]:
    return article.published is None, article.published.isoformat() if article.published else "", article.id


def _candidates(grams: dict[str, frozenset[int]]) -> Iterable[tuple[str, str]]:
    """Pairs of ids that share a value of their sketches, each once, in order."""
    holders: dict[int, list[str]] = defaultdict(list)
    for article_id, hashes in grams.items():
        for value in _sketch(hashes):
            holders[value].append(article_id)
    found = {pair for ids in holders.values() if len(ids) <= BUCKET for pair in itertools.combinations(ids, 2)}
    return sorted(found)


def _sketch(hashes: frozenset[int]) -> tuple[int, ...]:
    return tuple(heapq.nsmallest(SKETCH, hashes))
