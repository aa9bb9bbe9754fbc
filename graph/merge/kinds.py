"""What kind of actor a cluster of merged mentions is, where its mentions say more than the recogniser's labels: the
pronouns that stand for it ("she", "his") are said only of people."""

from __future__ import annotations

from collections.abc import Iterable

from graph.names import PRONOUN_SEXES
from graph.story import MentionRef

PERSONAL_LEAST = 2
"""How many personal pronouns ("she", "him") make a cluster a person's: one may be the resolver's slip."""
NEUTER = frozenset(["it", "its", "itself"])
"""Pronouns of things and bodies: a cluster the text also calls "it" is not told a person by "she" or "he"."""


def spoken_of_as_person(members: Iterable[MentionRef]) -> bool:
    """Whether the pronouns that stand for a cluster's names make it a person's: at least :data:`PERSONAL_LEAST` of
    "he", "she", "him", "her" and the like, and never "it" ("Dela Morrow … she" is a woman whatever the recogniser
    labelled the name; a ship or a country the text calls "she" once is not)."""
    pronouns = [r.mention.text.lower() for r in members if r.mention.refers is not None]
    if any(p in NEUTER for p in pronouns):
        return False
    return sum(p in PRONOUN_SEXES for p in pronouns) >= PERSONAL_LEAST
