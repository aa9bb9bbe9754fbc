"""What kind of actor a cluster of merged mentions is, where its mentions say more than the recogniser's labels: the
pronouns that stand for it ("she", "his") are said only of people."""

from __future__ import annotations

from collections.abc import Iterable

from graph.names import PRONOUN_SEXES
from graph.story import MentionRef

PERSONAL_LEAST = 3
"""How many personal pronouns ("she", "him") make a cluster a person's, at least, and at least one for every two of its
names. One or two may be the resolver's slips; and a firm named after its founder shares the founder's surname, so
the firm's mentions merged by that surname gather the founder's pronouns too: a few pronouns among many names are the
founder's, not the firm's."""
NEUTER = frozenset(["it", "its", "itself"])
"""Pronouns of things and bodies: a cluster the text also calls "it" is not told a person by "she" or "he"."""


def spoken_of_as_person(members: Iterable[MentionRef]) -> bool:
    """Whether the pronouns that stand for a cluster's names make it a person's: "he", "she", "him", "her" and the like
    (:data:`PERSONAL_LEAST`), and never "it" ("Dela Morrow … she" is a woman whatever the recogniser labelled the
    name; a ship or a country the text calls "she" once is not)."""
    pronouns = [r.mention.text.lower() for r in members if r.mention.refers is not None]
    if any(p in NEUTER for p in pronouns):
        return False
    names = sum(r.mention.refers is None for r in members)
    personal = sum(p in PRONOUN_SEXES for p in pronouns)
    return personal >= PERSONAL_LEAST and 2 * personal >= names
