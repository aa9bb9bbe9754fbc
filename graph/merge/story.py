"""Merge the facts of many articles into one story: its actors, statements and events, and where they stand in time.

Actors are the clusters of names that name one actor (:mod:`graph.merge.actors`); statements the reports of one
quote, joined best pairs first, never two different sentences of one article into one statement
(:mod:`graph.merge.statements`); events the clusters of event mentions of one happening (:mod:`graph.merge.events`).
"""

from __future__ import annotations

from collections.abc import Sequence

from graph.merge.actors import merge_actors
from graph.merge.copies import near_copies
from graph.merge.decide import decide
from graph.merge.events import merge_events
from graph.merge.statements import STATEMENT_COHESION, STATEMENT_SIMILARITY, statements
from graph.merge.timeline import place_times, publication_windows
from graph.model import ArticleFacts
from graph.story import Story

__all__ = ["STATEMENT_COHESION", "STATEMENT_SIMILARITY", "merge"]


def merge(facts: Sequence[ArticleFacts]) -> Story:
    """Cluster actors and statements across ``facts``; the result does not depend on the order of ``facts``."""
    facts = sorted(facts, key=lambda f: f.article.id)
    actors, actor_of = merge_actors(facts)
    found = statements(facts, actor_of)
    story = Story(list(facts), actors, found, actor_of, copy_of=near_copies(facts))
    story.windows = publication_windows(story)
    story.placed = place_times(story, story.windows)
    story.events, story.relations, story.incidental = merge_events(story)
    decide(story)
    return story
