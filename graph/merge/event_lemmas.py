"""Which trigger lemmas may name one event: synonyms (the extractor's, and general news words), or one word's verb and
noun ("explode", "explosion")."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from graph.extract.event_words import SYNONYMS, synonymous

STEM = 5
"""Lemmas longer than this that share their first letters are one word's verb and noun: "explode", "explosion"."""
NEWS_SYNONYMS = (
    frozenset({"die", "death", "dead", "kill", "killing", "murder", "slay", "slaying"}),
    frozenset({"explode", "explosion", "blast"}),
    frozenset({"injure", "injury", "wound"}),
    frozenset({"escape", "flee"}),
    frozenset({"hit", "strike"}),
    frozenset({"destroy", "demolish", "damage"}),
    frozenset({"earthquake", "quake", "tremor", "temblor"}),
    frozenset({"fire", "blaze", "inferno"}),
    frozenset({"win", "victory", "beat"}),
    frozenset({"rob", "robbery", "heist"}),
    frozenset({"shoot", "shooting", "gunfire"}),
)
"""General news verbs and nouns that name one happening, beside the extractor's :data:`SYNONYMS`."""
CONTESTS = frozenset({"win", "victory", "beat", "lose", "loss", "defeat", "carry", "sweep"})
"""Wins and losses, whose place is the contest won or lost: one person's wins in two places on one day are two
contests ("won Minnesota", "won Oklahoma" on Super Tuesday), never one place told finer and coarser."""
OUTCOMES = frozenset({"die", "death", "dead", "injure", "injury"})
"""What came to someone, typed other, which may be what a killing or a wounding of the conflict type did to them:
"Tomas Vane was killed" and "Tomas Vane died" are one happening."""


def related(first: str, second: str) -> bool:
    """Whether two trigger lemmas may name one event: synonyms, or one word's verb and noun ("explode", "explosion")."""
    if synonymous(first, second) or any(first in group and second in group for group in NEWS_SYNONYMS):
        return True
    return min(len(first), len(second)) > STEM and first[:STEM] == second[:STEM]


def related_lemmas(lemmas: Iterable[str]) -> dict[str, list[str]]:
    """Each of ``lemmas`` with those of them it is :func:`related` to, itself included, sorted: looked up through the
    synonym groups and the first letters that make lemmas related, rather than by testing every pair."""

    def buckets(lemma: str) -> list[tuple[str, str]]:
        found = [("group", str(n)) for n, group in enumerate(SYNONYMS + NEWS_SYNONYMS) if lemma in group]
        return [("lemma", lemma), *found, *([("stem", lemma[:STEM])] if len(lemma) > STEM else [])]

    known = set(lemmas)
    members: dict[tuple[str, str], set[str]] = defaultdict(set)
    for lemma in known:
        for bucket in buckets(lemma):
            members[bucket].add(lemma)
    return {
        lemma: sorted({other for b in buckets(lemma) for other in members[b] if related(lemma, other)})
        for lemma in sorted(known)
    }
