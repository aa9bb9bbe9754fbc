"""How well a statement is corroborated: by how many articles, outlets and independent sources.

An article's *outlet* is its publisher (an article with no known publisher counts as an outlet of its own). A report's
*source* is the outlet or person the article says it got the statement through (``Quote.via``: "according to The New
York Times"), else the article's own outlet; a near copy of another article (one wire story on two sites,
``Story.copy_of``) rests on the outlet of the first of its copies. Two outlets that both cite The New York Times are
one independent source; an outlet that reports first-hand and another that cites it are one source too, because the
cited name and the publisher merge into one actor.
"""

from __future__ import annotations

from collections.abc import Iterable

from graph.model import PUBLISHER_SPAN
from graph.story import Counts, Event, Report, Statement, Story


def outlet_key(story: Story, article_id: str) -> str:
    """The publisher's actor key, or the article itself when its outlet is unknown."""
    return story.actor_of.get((article_id, PUBLISHER_SPAN), "article/" + article_id)


def source_key(story: Story, report: Report) -> str:
    """Whom ``report`` ultimately rests on: the outlet or person it cites, else the reporting outlet."""
    via = report.quote.via
    if via is not None and (key := story.actor_of.get((report.article_id, via.span))) is not None:
        return key
    return outlet_key(story, story.copy_of.get(report.article_id, report.article_id))


def outlets(story: Story, article_ids: Iterable[str]) -> set[str]:
    """The distinct outlets of the articles ``article_ids`` (of a statement's or an event's reports)."""
    return {outlet_key(story, article_id) for article_id in article_ids}


def independent_sources(story: Story, reports: Iterable[Report]) -> set[str]:
    """The distinct sources (:func:`source_key`) of ``reports``."""
    return {source_key(story, r) for r in reports}


def statement_counts(story: Story, statement: Statement) -> Counts:
    """How many reports, articles, outlets and independent sources ``statement`` has."""
    articles = [r.article_id for r in statement.reports]
    sources = len(independent_sources(story, statement.reports))
    return Counts(len(articles), len(set(articles)), len(outlets(story, articles)), sources)


def event_counts(story: Story, event: Event) -> Counts:
    """How many reports, articles and outlets ``event`` has (an event's reports cite no source)."""
    articles = [r.article_id for r in event.reports]
    return Counts(len(articles), len(set(articles)), len(outlets(story, articles)), None)
