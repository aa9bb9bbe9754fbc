"""Coreference scores: MUC, B³, CEAF-e and their mean, the CoNLL F1.

A partition is an iterable of clusters, a cluster an iterable of hashable mention ids; the key (gold) and the
response (system) may cover different mentions. Mentions are handled as the reference scorer does it (Pradhan et
al. 2014, "Scoring Coreference Partitions of Predicted Mentions"): a mention missing from the other partition is
a singleton of its own there; singletons count for B³ and CEAF-e and, by MUC's definition, add no links.

Scores keep their numerators and denominators, so the scores of disjoint documents or topics add up to the score
of the whole corpus: ``sum(scores, Score())``. Entities of different topics never overlap, so CEAF-e's optimal
assignment decomposes by topic too.

Nothing here is specific to actors: events are scored the same way.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from dataclasses import dataclass

import numpy as np
from scipy.optimize import linear_sum_assignment

Cluster = frozenset[Hashable]


@dataclass(frozen=True, slots=True)
class Score:
    """Precision and recall as sums, so that scores of disjoint parts of a corpus add up."""

    precision_num: float = 0.0
    precision_den: float = 0.0
    recall_num: float = 0.0
    recall_den: float = 0.0

    @property
    def precision(self) -> float:
        return self.precision_num / self.precision_den if self.precision_den else 0.0

    @property
    def recall(self) -> float:
        return self.recall_num / self.recall_den if self.recall_den else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Score) -> Score:
        return Score(
            self.precision_num + other.precision_num,
            self.precision_den + other.precision_den,
            self.recall_num + other.recall_num,
            self.recall_den + other.recall_den,
        )


@dataclass(frozen=True, slots=True)
class CorefScores:
    """The three metrics of the CoNLL-2011/2012 shared tasks."""

    muc: Score = Score()
    b_cubed: Score = Score()
    ceaf_e: Score = Score()

    @property
    def conll(self) -> float:
        """The CoNLL F1: the unweighted mean of the MUC, B³ and CEAF-e F1s."""
        return (self.muc.f1 + self.b_cubed.f1 + self.ceaf_e.f1) / 3

    def __add__(self, other: CorefScores) -> CorefScores:
        return CorefScores(self.muc + other.muc, self.b_cubed + other.b_cubed, self.ceaf_e + other.ceaf_e)


def partition(clusters: Iterable[Iterable[Hashable]]) -> list[Cluster]:
    """``clusters`` as non-empty frozensets; a mention in two clusters is an error, not a guess."""
    result: list[Cluster] = []
    seen: set[Hashable] = set()
    for cluster in clusters:
        members = frozenset(cluster)
        if not members:
            continue
        if twice := members & seen:
            raise ValueError(f"mentions in more than one cluster: {sorted(map(repr, twice))[:5]}")
        seen |= members
        result.append(members)
    return result


def muc(key: Iterable[Iterable[Hashable]], response: Iterable[Iterable[Hashable]]) -> Score:
    """Vilain et al. 1995: the links a partition needs, and how many of them the other partition keeps."""
    k, r = partition(key), partition(response)
    recall_num, recall_den = _muc_links(k, r)
    precision_num, precision_den = _muc_links(r, k)
    return Score(precision_num, precision_den, recall_num, recall_den)


def _muc_links(gold: list[Cluster], other: list[Cluster]) -> tuple[int, int]:
    """Σ(|G| − |p(G)|) and Σ(|G| − 1), p(G) being G cut by ``other`` (unseen mentions: one part each)."""
    cluster_of = {m: i for i, cluster in enumerate(other) for m in cluster}
    kept = needed = 0
    for cluster in gold:
        parts = {cluster_of.get(m, ("alone", m)) for m in cluster}
        kept += len(cluster) - len(parts)
        needed += len(cluster) - 1
    return kept, needed


def b_cubed(key: Iterable[Iterable[Hashable]], response: Iterable[Iterable[Hashable]]) -> Score:
    """Bagga and Baldwin 1998, per mention; mentions only in the response count against precision only."""
    k, r = partition(key), partition(response)
    recall_num = _b_cubed_sum(k, r)
    precision_num = _b_cubed_sum(r, k)
    return Score(precision_num, sum(map(len, r)), recall_num, sum(map(len, k)))


def _b_cubed_sum(gold: list[Cluster], other: list[Cluster]) -> float:
    """Σ over clusters G of Σ over clusters O of |G ∩ O|² / |G|."""
    cluster_of = {m: i for i, cluster in enumerate(other) for m in cluster}
    total = 0.0
    for cluster in gold:
        overlaps: dict[int, int] = {}
        for m in cluster:
            if m in cluster_of:
                overlaps[cluster_of[m]] = overlaps.get(cluster_of[m], 0) + 1
        total += sum(n * n for n in overlaps.values()) / len(cluster)
    return total


def ceaf_e(key: Iterable[Iterable[Hashable]], response: Iterable[Iterable[Hashable]]) -> Score:
    """Luo 2005, entity-based (φ4): the best one-to-one alignment of key and response entities, by Kuhn-Munkres."""
    k, r = partition(key), partition(response)
    if not k or not r:
        return Score(0.0, len(r), 0.0, len(k))
    index = {m: j for j, cluster in enumerate(r) for m in cluster}
    similarity = np.zeros((len(k), len(r)))
    for i, cluster in enumerate(k):
        for m in cluster:
            if m in index:
                similarity[i, index[m]] += 1
    sizes_k = np.array([len(c) for c in k], dtype=float)[:, None]
    sizes_r = np.array([len(c) for c in r], dtype=float)[None, :]
    similarity = 2 * similarity / (sizes_k + sizes_r)
    rows, cols = linear_sum_assignment(similarity, maximize=True)
    best = float(similarity[rows, cols].sum())
    return Score(best, len(r), best, len(k))


def score(key: Iterable[Iterable[Hashable]], response: Iterable[Iterable[Hashable]]) -> CorefScores:
    """MUC, B³ and CEAF-e of ``response`` against ``key``."""
    k, r = partition(key), partition(response)
    return CorefScores(muc(k, r), b_cubed(k, r), ceaf_e(k, r))
