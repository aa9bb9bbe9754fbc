"""Where things sit in time: the best-known date of a statement, and estimated windows for undated articles.

An article without a date line still reports statements that dated articles report too. News about one statement is
published within days of it, so the undated article's publication window is estimated from those dated articles:
from ``WINDOW_MARGIN`` before the first to ``WINDOW_MARGIN`` after the last, and never before the statements it reports
were made. Its relative time expressions ("just yesterday", "on Saturday") are then placed against both ends of the
window: the result is a range, marked ``estimated``, with the value of the coarsest unit that holds it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping

from graph.extract.timeml import resolve
from graph.model import WINDOW, Granularity, Span, TimeExpr
from graph.story import Basis, Placement, Statement, Story, Window

WINDOW_MARGIN = dt.timedelta(days=7)
"""How far before the first and after the last dated co-reporting article an undated article may have appeared."""
PRECISION = {
    Granularity.DAY: 0,
    Granularity.WEEK: 1,
    Granularity.MONTH: 2,
    Granularity.YEAR: 3,
    Granularity.UNKNOWN: 4,
    Granularity.DURATION: 5,
}
"""Finer first: the order in which competing dates of one statement are preferred."""


def publication_windows(story: Story) -> dict[str, Window]:
    """An estimated window for every undated article that reports something a dated (or already windowed) article
    reports too; windows spread from article to article until none changes, each hop widening by the margin."""
    known = {f.article.id: Window(d, d) for f in story.facts if (d := f.article.published) is not None}
    dated = set(known)
    reporting: dict[str, list[int]] = {}  # the statements (indexes) each article reports
    for n, statement in enumerate(story.statements):
        for article_id in {r.article_id for r in statement.reports}:
            reporting.setdefault(article_id, []).append(n)
    made = [t.start if (t := _dated_time(s, dated)) is not None else None for s in story.statements]
    for _ in range(len(story.facts)):
        found = _next_windows(story, known, reporting, made)
        if not found:
            break
        known.update(found)
    return {article_id: window for article_id, window in known.items() if article_id not in dated}


def _next_windows(
    story: Story, known: dict[str, Window], reporting: dict[str, list[int]], made: list[dt.date | None]
) -> dict[str, Window]:
    """One round: a window for each article without one that shares a statement with an article that has one.

    ``reporting``: the statements (indexes) each article reports; ``made``: when each statement was made, where a
    dated article states it."""
    pending = sorted(set(reporting) - set(known))
    spans = _reported_spans(story, known, {n for article_id in pending for n in reporting[article_id]})
    found: dict[str, Window] = {}
    for article_id in pending:
        shared = [spans[n] for n in reporting[article_id] if n in spans]
        if not shared:
            continue
        start = _moved(min(first for first, _ in shared), -WINDOW_MARGIN)
        end = _moved(max(last for _, last in shared), WINDOW_MARGIN)
        stated = [day for n in reporting[article_id] if (day := made[n]) is not None]
        if stated:  # an article cannot report a statement before it was made
            start = max(start, max(stated))
        found[article_id] = Window(start, max(start, end))
    return found


def _reported_spans(story: Story, known: dict[str, Window], statements: set[int]) -> dict[int, tuple[dt.date, dt.date]]:
    """For each of ``statements`` (indexes) that an article with a window reports: from the earliest start to the
    latest end of those windows.

    Each statement's known reporters once per round, not once per article reporting it (k articles: k², not k)."""
    spans: dict[int, tuple[dt.date, dt.date]] = {}
    for n in statements:
        others = [known[r.article_id] for r in story.statements[n].reports if r.article_id in known]
        if others:
            spans[n] = (min(w.start for w in others), max(w.end for w in others))
    return spans


def _moved(day: dt.date, by: dt.timedelta) -> dt.date:
    """``day`` moved by ``by``, held at the ends of the calendar (year 1, year 9999)."""
    try:
        return day + by
    except OverflowError:
        return dt.date.max if by > dt.timedelta(0) else dt.date.min


def place_times(story: Story, windows: dict[str, Window]) -> dict[tuple[str, Span], TimeExpr]:
    """The unresolved time expressions of windowed articles, placed against both ends of the window."""
    placed: dict[tuple[str, Span], TimeExpr] = {}
    for facts in story.facts:
        window = windows.get(facts.article.id)
        if window is None:
            continue
        for time in facts.times:
            if time.start is None and time.granularity is not Granularity.DURATION:
                found = _place(time, window)
                if found is not None:
                    placed[(facts.article.id, time.span)] = found
    return placed


def best_time(story: Story, times: Iterable[tuple[str, TimeExpr | None]]) -> tuple[str, TimeExpr] | None:
    """The most precise date that the reports' ``(article id, time)`` give for when it was said or happened:
    (article id, time), or None.

    A date stated in a dated article beats one placed against an estimated window; then finer beats coarser, then
    earlier beats later.
    """
    candidates = []
    for article_id, given in times:
        if given is None:
            continue
        time = story.time(article_id, given)
        if time.start is not None:
            rank = (time.estimated, PRECISION[time.granularity], time.start, article_id, time.span.start)
            candidates.append((rank, article_id, time))
    if not candidates:
        return None
    _, article_id, time = min(candidates, key=lambda c: c[0])
    return article_id, time


def publication_dates(story: Story) -> dict[str, dt.date]:
    """The publication date of every dated article, by article id."""
    return {f.article.id: f.article.published for f in story.facts if f.article.published is not None}


def placement(
    story: Story, times: Iterable[tuple[str, TimeExpr | None]], published: Mapping[str, dt.date]
) -> Placement:
    """The timeline's one rule for a statement or event whose reports give ``(article id, time)``: the best stated
    time (:func:`best_time`), unless it was placed against an estimated window and a dated article reports it, in
    which case that article's publication date; with no stated time, the earliest publication date, else the start
    of the earliest estimated window of the undated articles reporting it. ``published``: :func:`publication_dates`.
    """
    times = list(times)
    articles = {article_id for article_id, _ in times}
    first = min((published[a] for a in articles if a in published), default=None)
    best = best_time(story, times)
    if best is not None and (not best[1].estimated or first is None):
        time = best[1]
        basis = Basis.ESTIMATED if time.estimated else Basis.STATED
        return Placement(time.start, basis, time.granularity.value, first, best)
    if first is not None:
        return Placement(first, Basis.PUBLISHED, Granularity.DAY.value, first, best)
    window = min((story.windows[a].start for a in articles if a in story.windows), default=None)
    if window is not None:
        return Placement(window, Basis.ESTIMATED, WINDOW, None, best)
    return Placement(None, Basis.UNDATED, Granularity.UNKNOWN.value, None, best)


def _dated_time(statement: Statement, dated: set[str]) -> TimeExpr | None:
    """The earliest stated time of ``statement`` in an article that has its own date."""
    times = [
        r.quote.time
        for r in statement.reports
        if r.quote.time is not None and r.quote.time.start is not None and r.article_id in dated
    ]
    return min(times, key=lambda t: t.start or dt.date.max, default=None)


def _place(time: TimeExpr, window: Window) -> TimeExpr | None:
    """``time`` read against both ends of ``window``: the smallest calendar unit holding both readings, estimated;
    None when it does not resolve against them."""
    early, late = resolve(time.text, window.start), resolve(time.text, window.end)
    if early.start is None or late.end is None:
        return None
    start, end = min(early.start, late.start or early.start), max(late.end, early.end or late.end)
    value, granularity = enclosing(start, end, early.granularity)
    return TimeExpr(time.span, time.text, value, granularity, start, end, None, estimated=True)


def enclosing(start: dt.date, end: dt.date, finest: Granularity = Granularity.DAY) -> tuple[str, Granularity]:
    """The TimeML value and granularity of the smallest calendar unit holding ``[start, end]``, never finer than
    ``finest``."""
    if start == end and finest is Granularity.DAY:
        return start.isoformat(), Granularity.DAY
    if (start.year, start.month) == (end.year, end.month) and PRECISION[finest] <= PRECISION[Granularity.MONTH]:
        return f"{start.year:04d}-{start.month:02d}", Granularity.MONTH
    if start.year == end.year:
        return f"{start.year:04d}", Granularity.YEAR
    return "XXXX", Granularity.UNKNOWN
