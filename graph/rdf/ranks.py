"""The order of the long listings, written at build time: each listed node's place in its listing as an integer.

A store sorts integers cheaply, while the listings' own keys (a date, then labels and IRIs) tie often and make it
compare long strings, which Oxigraph reads back from its disk for every comparison. So the order of four listings of
``graph/store/named`` is worked out here once, from the story, and written as an integer rank (0 first):
``ng:timelineRank`` (``timeline.rq``: date, kind, label, articles, item), ``ng:corroborationRank``
(``corroborated.rq``: independent sources, outlets, reports, most first, then the statement), ``ng:reportRank``
(``statements.rq``, one row per report: date, speaker, statement, article, words, report) and ``ng:eventRank``
(``events.rq``: date, most articles first, label, event). The queries sort by the rank first and by their own keys
after it, so a graph written before the ranks existed lists in the same order, only slower.

The ranks read what the merge decided (each item's placement, counts and whether an event is shown as its
statements), IRIs are made by :func:`graph.rdf.iris.node` and statement labels by the mapping's ``label`` function,
so that the ranks sort exactly the values the graph holds.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from graph.model import TimeExpr
from graph.rdf.iris import node
from graph.story import Event, Placement, Story
from ontology import NG

TIMELINE_RANK = str(NG.timelineRank)
CORROBORATION_RANK = str(NG.corroborationRank)
REPORT_RANK = str(NG.reportRank)
EVENT_RANK = str(NG.eventRank)
Row = tuple[bool, dt.date, str, str, str, str]
"""A timeline row's sort key: undated, date, kind, label, articles (joined by " | "), item IRI."""
_NO_DATE = dt.date.min


def listing_ranks(story: Story, label: Callable[[str], str]) -> Iterator[tuple[str, str, int]]:
    """(node IRI, rank predicate, rank) for every row of the four ranked listings.

    A node has one rank per listing, its first row's: where the story holds two items with one IRI (two quotes
    extracted at one span), the graph holds one node, and a second rank would list its rows twice."""
    listings: list[tuple[str, Iterable[tuple[Any, ...]]]] = [
        (TIMELINE_RANK, _timeline_rows(story, label)),
        (CORROBORATION_RANK, _corroboration_keys(story)),
        (REPORT_RANK, _report_keys(story)),
        (EVENT_RANK, _event_keys(story)),
    ]
    for predicate, keys in listings:
        ranked: set[str] = set()
        for rank, key in enumerate(sorted(keys)):
            if key[-1] not in ranked:
                ranked.add(key[-1])
                yield key[-1], predicate, rank


def _timeline_rows(story: Story, label: Callable[[str], str]) -> Iterator[Row]:
    """The timeline's rows as ``timeline.rq`` lists them: every statement, every event that is no claim and not shown
    as its statements, and every dated time expression that dates no report."""
    listed = {event.key for event in _listed_events(story)}
    used: set[tuple[str, int, int]] = set()
    for statement in story.statements:
        times = [(r.article_id, r.quote.time) for r in statement.reports]
        used.update((a, t.span.start, t.span.end) for a, t in times if t is not None)
        said = label(statement.text)
        if statement.speaker:
            said = f"{story.actors[statement.speaker].label}: {said}"
        item = node("statement", *statement.key.split("/"))
        yield _row(_date(statement.placement), "statement", said, _articles(times), item)
    for event in story.events:
        times = [(r.article_id, r.mention.time) for r in event.reports]
        used.update((a, t.span.start, t.span.end) for a, t in times if t is not None)
        if event.key not in listed:
            continue
        item = node("event", *event.key.split("/"))
        yield _row(_date(event.placement), "event", event.label, _articles(times), item)
    yield from _time_rows(story, used)


def _time_rows(story: Story, used: set[tuple[str, int, int]]) -> Iterator[Row]:
    """The timeline's rows of dated time expressions that date no report (``used``: article id, start, end)."""
    for facts in story.facts:
        article_id = facts.article.id
        for given in facts.times:
            time = story.time(article_id, given)
            if time.start is None or (article_id, time.span.start, time.span.end) in used:
                continue
            item = node("time", article_id, f"{time.span.start}-{time.span.end}")
            yield _row(time.start, "time", time.text, node("article", article_id), item)


def _row(date: dt.date | None, kind: str, label: str, articles: str, item: str) -> Row:
    return date is None, date or _NO_DATE, kind, label, articles, item


def _date(placement: Placement | None) -> dt.date | None:
    return placement.date if placement else None


def _articles(times: list[tuple[str, TimeExpr | None]]) -> str:
    return " | ".join(sorted({node("article", article_id) for article_id, _ in times}))


def _corroboration_keys(story: Story) -> Iterator[tuple[int, int, int, str]]:
    for statement in story.statements:
        counts = statement.counts
        assert counts is not None and counts.independent_sources is not None, "the merge counts every statement"
        iri = node("statement", *statement.key.split("/"))
        yield -counts.independent_sources, -counts.outlets, -counts.reports, iri


def _report_keys(story: Story) -> Iterator[tuple[Any, ...]]:
    """The statements listing's rows, one per report: the date it was said if the article says, else the article's
    publication date (undated last); the speaker's label (none first); the statement, article, words and report."""
    published = {f.article.id: f.article.published for f in story.facts}
    for statement in story.statements:
        speaker = story.actors[statement.speaker].label if statement.speaker else None
        iri = node("statement", *statement.key.split("/"))
        for report in statement.reports:
            quote = report.quote
            stated = story.time(report.article_id, quote.time).start if quote.time else None
            date = stated or published.get(report.article_id)
            article = node("article", report.article_id)
            where = node("report", report.article_id, f"{quote.span.start}-{quote.span.end}")
            yield date is None, date or _NO_DATE, speaker is not None, speaker or "", iri, article, quote.text, where


def _event_keys(story: Story) -> Iterator[tuple[Any, ...]]:
    """The events listing's rows: every event not shown as its statements, by the date it happened (undated last),
    most articles first, label and IRI."""
    for event in _listed_events(story):
        best = event.placement.best if event.placement else None
        date = best[1].start if best else None
        articles = len({r.article_id for r in event.reports})
        yield date is None, date or _NO_DATE, -articles, event.label, node("event", *event.key.split("/"))


def _listed_events(story: Story) -> list[Event]:
    """The events the listings hold: all but claims (``ng:claimed``) and those shown as the statements made in them
    (as the mapping writes ``ng:shownAsStatements``: only where the story holds such a statement)."""
    made = {key for statement in story.statements for key in statement.made_in}
    return [e for e in story.events if not (e.claimed or (e.shown_as_statements and e.key in made))]
