"""Which trigger lemmas may name one event."""

from __future__ import annotations

from graph.extract.event_words import SYNONYMS
from graph.merge.event_lemmas import NEWS_SYNONYMS, related, related_lemmas


def test_related_lemmas_are_those_related_pairwise() -> None:
    words = {w for group in NEWS_SYNONYMS + SYNONYMS for w in group}
    words |= {"explode", "explosion", "explorer", "statement", "states", "state", "say", "war", "warfare"}
    found = related_lemmas(words)
    assert found == {w: sorted(o for o in words if related(w, o)) for w in sorted(words)}


def test_news_words_for_one_fire_or_quake_are_related() -> None:
    assert related("blaze", "fire") and related("inferno", "blaze")
    assert related("temblor", "earthquake")
    assert not related("fire", "quake")
