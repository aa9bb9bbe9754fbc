"""The order of the long listings, written at build time: each listed node's place in its listing as an integer.

A store sorts integers cheaply, while the listings' own keys (a date, then labels and IRIs) tie often and make it
compare long strings, which Oxigraph reads back from its disk for every comparison. So the order of four listings of
``graph/store/named`` is worked out here once, from the story, and written as an integer rank (0 first):
``ng:timelineRank`` (``timeline.rq``: date, kind, label, articles, item), ``ng:corroborationRank``
(``corroborated.rq``: independent sources, outlets, reports, most first, then the statement), ``ng:reportRank``
(``statements.rq``, one row per report: date, speaker, statement, article, words, report) and ``ng:eventRank``
(``events.rq``: date, most articles first, label, event). The queries sort by the rank first and by their own keys
after it, so a graph written before the ranks existed lists in the same order, only slower.

IRIs are made by the caller's minter (``node(kind, *parts)``, :mod:`graph.rdf.mapping`), statement labels by its
``label`` function, so that the ranks sort exactly the text the graph holds.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from graph.merge.corroboration import independent_sources, outlets
from graph.merge.events import made_in
from graph.merge.timeline import placement, publication_dates
from graph.model import EventType, Story, TimeExpr
from ontology import NG

TIMELINE_RANK = str(NG.timelineRank)
CORROBORATION_RANK = str(NG.corroborationRank)
REPORT_RANK = str(NG.reportRank)
EVENT_RANK = str(NG.eventRank)
Minter = Callable[..., str]
Row = tuple[bool, dt.date, str, str, str, str]
"""A timeline row's sort key: undated, date, kind, label, articles (joined by " | "), item IRI."""
_NO_DATE = dt.date.min


def listing_ranks(story: Story, node: Minter, label: Callable[[str], str]) -> Iterator[tuple[str, str, int]]:
    """(node IRI, rank predicate, rank) for every row of the four ranked listings."""
    listings: list[tuple[str, Iterable[tuple[Any, ...]]]] = [
        (TIMELINE_RANK, _timeline_rows(story, node, label)),
        (CORROBORATION_RANK, _corroboration_keys(story, node)),
        (REPORT_RANK, _report_keys(story, node)),
        (EVENT_RANK, _event_keys(story, node)),
    ]
    for predicate, keys in listings:
        for rank, key in enumerate(sorted(keys)):
            yield key[-1], predicate, rank


def _timeline_rows(story: Story, node: Minter, label: Callable[[str], str]) -> Iterator[Row]:
    """The timeline's rows as ``timeline.rq`` lists them: every statement, every event not shown as its statements,
    and every dated time expression that dates no report."""
    published = publication_dates(story)
    used: set[tuple[str, int, int]] = set()
    for statement in story.statements:
        times = [(r.article_id, r.quote.time) for r in statement.reports]
        used.update((a, t.span.start, t.span.end) for a, t in times if t is not None)
        said = label(statement.text)
        if statement.speaker:
            said = f"{story.actors[statement.speaker].label}: {said}"
        item = node("statement", *statement.key.split("/"))
        yield _row(placement(story, times, published).date, "statement", said, _articles(times, node), item)
    shown = _shown_as_statements(story)
    for event in story.events:
        times = [(r.article_id, r.mention.time) for r in event.reports]
        used.update((a, t.span.start, t.span.end) for a, t in times if t is not None)
        if event.key in shown:
            continue
        item = node("event", *event.key.split("/"))
        yield _row(placement(story, times, published).date, "event", event.label, _articles(times, node), item)
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


def _articles(times: list[tuple[str, TimeExpr | None]], node: Minter) -> str:
    return " | ".join(sorted({node("article", article_id) for article_id, _ in times}))


def _corroboration_keys(story: Story, node: Minter) -> Iterator[tuple[int, int, int, str]]:
    for statement in story.statements:
        articles = (r.article_id for r in statement.reports)
        independent = len(independent_sources(story, statement.reports))
        iri = node("statement", *statement.key.split("/"))
        yield -independent, -len(outlets(story, articles)), -len(statement.reports), iri


def _report_keys(story: Story, node: Minter) -> Iterator[tuple[Any, ...]]:
    """The statements listing's rows, one per report: the date it was said if the article says, else the article's
    publication date (undated last); the speaker's label (none first); the statement, article, words and report."""
    published = publication_dates(story)
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


def _event_keys(story: Story, node: Minter) -> Iterator[tuple[Any, ...]]:
    """The events listing's rows: every event not shown as its statements, by the date it happened (undated last),
    most articles first, label and IRI."""
    published = publication_dates(story)
    shown = _shown_as_statements(story)
    for event in story.events:
        if event.key in shown:
            continue
        times = [(r.article_id, r.mention.time) for r in event.reports]
        best = placement(story, times, published).best
        date = best[1].start if best else None
        articles = len({r.article_id for r in event.reports})
        yield date is None, date or _NO_DATE, -articles, event.label, node("event", *event.key.split("/"))


def _shown_as_statements(story: Story) -> set[str]:
    """The keys of the speech events that statements were made in (``ng:madeIn``): listed as those statements."""
    speech = made_in(story)
    made = {speech.get((r.article_id, r.quote.span)) for statement in story.statements for r in statement.reports}
    return {event.key for event in story.events if event.type is EventType.SPEECH and event.key in made}
