"""The map's default title, made from the story alone: who is quoted most, how many articles, and when.

It is never made from where the articles were read (paths, file order), so the same articles give the same title,
and the same page, in any order and however they were built: all at once, or added to an earlier build.
"""

from __future__ import annotations

from collections import Counter

from graph.model import PUBLISHER_SPAN
from graph.story import Actor, Story

NAMES = 3
"""Actors named in the title."""


def story_title(story: Story, names: int = NAMES) -> str:
    """``"A, B, C: N articles, FIRST to LAST"``: the actors who made the most statements (then those named most often
    in the articles' text, publishers aside; ties by name), the article count, and the span of publication dates
    (left out when no article has a date)."""
    who = ", ".join(a.label for a in _most_quoted(story)[:names])
    count = len(story.facts)
    what = f"{count} article" + ("" if count == 1 else "s")
    dates = sorted({f.article.published for f in story.facts if f.article.published})
    if dates:
        when = dates[0].isoformat() if len(dates) == 1 else f"{dates[0].isoformat()} to {dates[-1].isoformat()}"
        what += f", {when}"
    return f"{who}: {what}" if who else what


def _most_quoted(story: Story) -> list[Actor]:
    """The actors who said or are named in anything, most statements first, then most named in the text."""
    said = Counter(s.speaker for s in story.statements if s.speaker)
    named = {
        actor.key: sum(1 for ref in actor.mentions if ref.mention.span != PUBLISHER_SPAN)
        for actor in story.actors.values()
    }
    return sorted(
        (a for a in story.actors.values() if said[a.key] or named[a.key]),
        key=lambda a: (-said[a.key], -named[a.key], a.label.casefold(), a.label, a.key),
    )
