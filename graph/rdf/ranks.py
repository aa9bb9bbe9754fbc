"""The order of the listings, written at build time: each listed node's place in its listing as an integer.

A store sorts integers cheaply, while the listings' own keys (a date, then labels and IRIs) tie often and make it
compare long strings, which Oxigraph reads back from its disk for every comparison. So the order of the listings of
``graph/store/named`` is worked out here once, from the story, and written as an integer rank (0 first):
``ng:timelineRank`` (``timeline.rq``: date, kind, label, articles, item), ``ng:corroborationRank``
(``corroborated.rq``: independent sources, outlets, reports, most first, then the statement), ``ng:reportRank``
(``statements.rq``, one row per report: date, speaker, statement, article, words, report), ``ng:eventRank``
(``events.rq``: date, most articles first, label, event), ``ng:articleRank`` (``articles.rq``: publication date,
then the start of the estimated window, article), ``ng:timeRank`` (``dates.rq``: article, offset, words, time
expression), and for the listings of one actor, whose rows are a part of a whole ranked once: ``ng:saidRank``
(``said-by.rq``: every statement by the date it was said, else first published, then the statement) and
``ng:aboutRank`` (``about.rq``: every report by the date it gives, else its article's, then article and report).
The queries sort by the rank first and by their own keys after it (timeline, corroborated, statements and events in
every text; articles, dates, said-by and about in their Oxigraph texts, ``NAME.oxigraph.rq``), so a graph written
before the ranks existed lists in the same order, only slower.

Beside the ranks, one cell the timeline would otherwise aggregate is written the same way: ``ng:timelineArticles``,
the articles that report a statement or event, as the timeline's ``article`` column shows them (a store reads one
value per row instead of joining every report to its article and concatenating).

The ranks read what the merge decided (each item's placement, counts and whether an event is shown as its
statements), IRIs are made by :func:`graph.rdf.iris.node` and statement labels by the mapping's ``label`` function,
so that the ranks sort exactly the values the graph holds.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from graph.model import Span, TimeExpr
from graph.rdf.iris import event_node, node, spanned_node, statement_node
from graph.story import Event, Placement, Story
from ontology import NG

TIMELINE_RANK = str(NG.timelineRank)
CORROBORATION_RANK = str(NG.corroborationRank)
REPORT_RANK = str(NG.reportRank)
EVENT_RANK = str(NG.eventRank)
ARTICLE_RANK = str(NG.articleRank)
TIME_RANK = str(NG.timeRank)
SAID_RANK = str(NG.saidRank)
ABOUT_RANK = str(NG.aboutRank)
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
        (ARTICLE_RANK, _article_keys(story)),
        (TIME_RANK, _time_keys(story)),
        (SAID_RANK, _said_keys(story)),
        (ABOUT_RANK, _about_keys(story)),
    ]
    for predicate, keys in listings:
        ranked: set[str] = set()
        for rank, key in enumerate(sorted(keys)):
            if key[-1] not in ranked:
                ranked.add(key[-1])
                yield key[-1], predicate, rank


def timeline_articles(story: Story) -> Iterator[tuple[str, str]]:
    """(statement or event IRI, its articles) for every statement and event reported in some article: the IRIs of
    the articles of all its reports, in IRI order, joined by " | ", as ``timeline.rq`` joins them. Where the story
    holds two items with one IRI, the graph holds one node reported in the articles of both, and so does its cell."""
    reported: dict[str, set[str]] = {}
    for statement in story.statements:
        articles = reported.setdefault(statement_node(statement), set())
        articles.update(node("article", report.article_id) for report in statement.reports)
    for event in story.events:
        articles = reported.setdefault(event_node(event.key), set())
        articles.update(node("article", report.article_id) for report in event.reports)
    for item, articles in reported.items():
        if articles:
            yield item, " | ".join(sorted(articles))


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


def _article_keys(story: Story) -> Iterator[tuple[Any, ...]]:
    """The articles listing's rows: by publication date (undated last), the start of the estimated window of an
    undated one (none first), and IRI."""
    for facts in story.facts:
        article = facts.article
        window = story.windows.get(article.id)
        start = window.start if window else None
        published = article.published
        iri = node("article", article.id)
        yield published is None, published or _NO_DATE, start is not None, start or _NO_DATE, iri


def _time_keys(story: Story) -> Iterator[tuple[str, int, str, str]]:
    """The dates listing's rows: every time expression the graph holds (an article's own, and those its reports
    give), by article, offset, words and IRI."""
    given: list[tuple[str, TimeExpr]] = [(f.article.id, time) for f in story.facts for time in f.times]
    given += [(r.article_id, r.quote.time) for s in story.statements for r in s.reports if r.quote.time]
    given += [(r.article_id, r.mention.time) for e in story.events for r in e.reports if r.mention.time]
    listed: set[str] = set()
    for article_id, time in given:
        placed = story.time(article_id, time)
        iri = spanned_node("time", article_id, placed.span)
        if iri not in listed:  # a report's time is mostly one of its article's own
            listed.add(iri)
            yield node("article", article_id), placed.span.start, placed.text, iri


def _said_keys(story: Story) -> Iterator[tuple[Any, ...]]:
    """Every statement by the date ``said-by.rq`` shows: the start of the best time its reports state, else the
    earliest publication date of its articles (undated last); then the statement."""
    for statement in story.statements:
        placement = statement.placement
        stated = placement.best[1].start if placement and placement.best else None
        date = stated or (placement.first_published if placement else None)
        yield date is None, date or _NO_DATE, statement_node(statement)


def _about_keys(story: Story) -> Iterator[tuple[Any, ...]]:
    """Every report, of a statement or of an event, by the date ``about.rq`` shows: the start of the time the report
    gives, else its article's publication date (undated last); then article and report."""
    published = {f.article.id: f.article.published for f in story.facts}
    reports: list[tuple[str, Span, TimeExpr | None, tuple[str, ...]]]
    reports = [(r.article_id, r.quote.span, r.quote.time, ()) for s in story.statements for r in s.reports]
    reports += [(r.article_id, r.mention.span, r.mention.time, ("event",)) for e in story.events for r in e.reports]
    for article_id, span, time, within in reports:
        stated = story.time(article_id, time).start if time else None
        date = stated or published.get(article_id)
        iri = spanned_node("report", article_id, span, *within)
        yield date is None, date or _NO_DATE, node("article", article_id), iri
