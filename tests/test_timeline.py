"""Best-known dates, estimated publication windows and placed relative dates, on hand-built facts: no model needed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace

import pytest

from graph.extract.dates import normalise
from graph.merge.story import merge
from graph.merge.timeline import WINDOW, WINDOW_MARGIN, Basis, best_time, enclosing, placement, publication_windows
from graph.model import ActorKind, Article, ArticleFacts, Granularity, Mention, Quote, Span, TimeExpr
from graph.story import Report, Window

D = dt.date
LETTER = "We ask you to resign from your post, your views are hopelessly outdated"
OTHER = "Russia is feared and hated again, we threaten the whole world with nuclear weapons"


def article(
    article_id: str, published: dt.date | None, quotes: list[str], time_text: str | None = None
) -> ArticleFacts:
    """An article where Harwick Council says each of ``quotes``, the first one dated by ``time_text`` if given."""
    text = "Harwick Council. "
    speaker = Mention(Span(0, 15), "Harwick Council", ActorKind.ORGANIZATION)
    times, made = [], []
    if time_text:
        span = Span(len(text), len(text) + len(time_text))
        times.append(normalise(time_text, span, published))
        text += time_text + ". "
    for words in quotes:
        span = Span(len(text), len(text) + len(words))
        made.append(Quote(span, words, span, speaker, time=times[0] if times and not made else None))
        text += words + " "
    return ArticleFacts(Article(article_id, text, published=published), [speaker], made, times)


@pytest.mark.parametrize(
    ("start", "end", "finest", "expected"),
    [
        (D(2022, 9, 11), D(2022, 9, 11), Granularity.DAY, ("2022-09-11", Granularity.DAY)),
        (D(2022, 9, 4), D(2022, 9, 18), Granularity.DAY, ("2022-09", Granularity.MONTH)),
        (D(2022, 8, 29), D(2022, 9, 18), Granularity.DAY, ("2022", Granularity.YEAR)),
        (D(2022, 12, 29), D(2023, 1, 4), Granularity.DAY, ("XXXX", Granularity.UNKNOWN)),
        (D(2022, 9, 1), D(2022, 9, 1), Granularity.YEAR, ("2022", Granularity.YEAR)),
    ],
)
def test_enclosing_is_the_smallest_unit_that_holds_the_range(
    start: dt.date, end: dt.date, finest: Granularity, expected: tuple[str, Granularity]
) -> None:
    assert enclosing(start, end, finest) == expected


def test_undated_article_gets_a_window_from_the_dated_one_reporting_the_same_statement() -> None:
    story = merge([article("dated", D(2022, 9, 12), [LETTER]), article("undated", None, [LETTER])])
    assert story.windows == {"undated": Window(D(2022, 9, 12) - WINDOW_MARGIN, D(2022, 9, 12) + WINDOW_MARGIN)}


def test_window_never_starts_before_the_statement_was_made() -> None:
    dated = article("dated", D(2022, 9, 12), [LETTER], time_text="yesterday")
    story = merge([dated, article("undated", None, [LETTER])])
    assert story.windows["undated"].start == D(2022, 9, 11)


def test_windows_spread_through_undated_articles_and_widen() -> None:
    story = merge(
        [
            article("a-dated", D(2022, 9, 12), [LETTER]),
            article("b-undated", None, [LETTER, OTHER]),
            article("c-undated", None, [OTHER]),
        ]
    )
    assert story.windows["b-undated"] == Window(D(2022, 9, 5), D(2022, 9, 19))
    assert story.windows["c-undated"] == Window(D(2022, 8, 29), D(2022, 9, 26))


def test_article_sharing_nothing_with_a_dated_one_gets_no_window() -> None:
    story = merge([article("dated", D(2022, 9, 12), [LETTER]), article("alone", None, [OTHER])])
    assert story.windows == {}


def test_relative_date_of_an_undated_article_is_placed_against_the_window_and_marked() -> None:
    undated = article("undated", None, [LETTER], time_text="yesterday")
    assert undated.times[0].start is None, "no anchor: unresolved before the merge"
    story = merge([article("dated", D(2022, 9, 12), [LETTER]), undated])
    placed = story.time("undated", undated.times[0])
    assert placed.estimated
    assert (placed.start, placed.end) == (D(2022, 9, 4), D(2022, 9, 18))
    assert (placed.value, placed.granularity) == ("2022-09", Granularity.MONTH)
    assert placed.anchor is None


def test_best_time_prefers_stated_over_estimated_then_finer_then_earlier() -> None:
    def quote(start: int, time: TimeExpr) -> Quote:
        return Quote(Span(start, start + 1), "x", Span(start, start + 1), None, time=time)

    month = TimeExpr(Span(0, 1), "September", "2022-09", Granularity.MONTH, D(2022, 9, 1), D(2022, 9, 30))
    day = TimeExpr(Span(2, 3), "Sunday", "2022-09-11", Granularity.DAY, D(2022, 9, 11), D(2022, 9, 11))
    guess = replace(day, span=Span(4, 5), start=D(2022, 9, 10), estimated=True)
    story = merge([])
    from graph.story import Report

    reports = [Report("a", quote(0, month)), Report("a", quote(2, day)), Report("b", quote(4, guess))]
    times = [(r.article_id, r.quote.time) for r in reports]
    assert best_time(story, times) == ("a", day)
    assert best_time(story, [times[0], times[2]]) == ("a", month)
    assert best_time(story, [("a", None)]) is None
    assert best_time(story, []) is None


def test_placement_prefers_a_stated_date_then_publication_then_the_window() -> None:
    """The timeline's one rule, as graph/rdf/mapping.py writes it (ng:timelineDate, ng:timelineBasis and
    granularity)."""
    month = TimeExpr(Span(0, 1), "September", "2022-09", Granularity.MONTH, D(2022, 9, 1), D(2022, 9, 30))
    guess = TimeExpr(Span(2, 3), "Saturday", "2022-09", Granularity.MONTH, D(2022, 9, 3), D(2022, 9, 17), None, True)
    story = merge([])
    story.windows["u"] = Window(D(2022, 9, 4), D(2022, 9, 18))
    published = {"a": D(2022, 9, 12), "b": D(2022, 9, 10)}
    cases = [
        ([("a", month), ("b", None)], (D(2022, 9, 1), Basis.STATED, "month", D(2022, 9, 10))),
        ([("u", guess), ("a", None)], (D(2022, 9, 12), Basis.PUBLISHED, "day", D(2022, 9, 12))),
        ([("u", guess)], (D(2022, 9, 3), Basis.ESTIMATED, "month", None)),
        ([("u", None)], (D(2022, 9, 4), Basis.ESTIMATED, WINDOW, None)),
        ([("x", None)], (None, Basis.UNDATED, "unknown", None)),
    ]
    for times, expected in cases:
        place = placement(story, times, published)
        assert (place.date, place.basis, place.granularity, place.first_published) == expected, times
        assert place.best == best_time(story, times)


class _CountedReports(list[Report]):
    """A statement's reports that count how often they are read through."""

    reads = 0

    def __iter__(self) -> Iterator[Report]:
        self.reads += 1
        return super().__iter__()


def test_windows_read_a_statements_reports_a_few_times_not_once_per_article_reporting_it() -> None:
    undated = 12
    story = merge(
        [article("dated", D(2022, 9, 12), [LETTER])] + [article(f"u{i}", None, [LETTER]) for i in range(undated)]
    )
    (statement,) = story.statements
    reports = statement.reports = _CountedReports(statement.reports)
    windows = publication_windows(story)
    assert len(windows) == undated
    assert reports.reads <= 4, f"{undated} articles reporting one statement read its reports {reports.reads} times"
