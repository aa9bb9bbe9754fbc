"""Finding one's way in the map: search ranking, an actor clicked, filters by kind, the back button, a link that
restores the view, what the details give a fact-checker, and the keyboard."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from graph.render import RenderSummary, render_html
from tests.render.browser import PageRecord, open_in, wait_ready
from tests.render.sample_graph import Builder, story_graph
from tests.render.test_render_browser import ON_SCREEN, assert_clean, node_id

pytestmark = pytest.mark.browser

SHOWN = "() => window.newsgraph.nodeView.getIds()"


@pytest.fixture
def story(chromium: Any, story_page: tuple[Path, RenderSummary]) -> tuple[Any, PageRecord, Path]:
    page, record = open_in(chromium, story_page[0])
    yield page, record, story_page[0]
    page.close()


def test_search_ranks_whole_names_first(story: tuple[Any, PageRecord, Path]) -> None:
    page, record, _path = story
    page.fill("#ng-search", "putin")  # also in a role ("former speechwriter for Putin") and in many quotes
    page.wait_for_function("() => window.newsgraph.searched === 'putin'")
    assert page.inner_text("#ng-details-body h3") == "Vladimir Putin"
    assert_clean(record)


def test_clicking_an_actor_focuses_on_it_and_back_returns(story: tuple[Any, PageRecord, Path]) -> None:
    page, record, _path = story
    first = set(page.evaluate(SHOWN))
    kadyrov = node_id(page, "Ramzan Kadyrov")
    page.mouse.click(*page.evaluate(ON_SCREEN, kadyrov))
    wait_ready(page, layouts=2)
    focused = set(page.evaluate(SHOWN))
    assert kadyrov in focused and node_id(page, "Mistakes were made") in focused and focused < first | focused
    assert "Ramzan Kadyrov" in page.inner_text("#ng-trail") and f"actor={kadyrov}" in page.url
    page.click("#ng-back")
    wait_ready(page, layouts=3)
    assert set(page.evaluate(SHOWN)) == first
    assert_clean(record)


def test_a_link_restores_the_view(story: tuple[Any, PageRecord, Path], chromium: Any) -> None:
    page, record, _path = story
    statement = node_id(page, "Mistakes were made")
    page.evaluate("o => window.newsgraph.setFilter({kinds: ['statement'], outlet: o})", node_id(page, "New York Post"))
    wait_ready(page, layouts=2)
    page.evaluate("id => window.newsgraph.select(id)", statement)
    shown = sorted(page.evaluate(SHOWN))
    link = page.url
    assert "#" in link and "kinds=statement" in link and f"sel={statement}" in link
    other = chromium.new_page()
    other.goto(link)
    wait_ready(other)
    assert sorted(other.evaluate(SHOWN)) == shown
    assert "Mistakes were made" in other.inner_text("#ng-details-body")
    assert not other.is_checked("#ng-kind-event")
    other.close()
    assert_clean(record)


def test_kind_filter_hides_events(story: tuple[Any, PageRecord, Path]) -> None:
    page, record, _path = story
    page.evaluate("window.newsgraph.showEverything(true)")
    wait_ready(page, layouts=2)
    kinds = "() => window.newsgraph.nodeView.get().map(n => n.group)"
    assert "event" in page.evaluate(kinds)
    page.uncheck("#ng-kind-event")
    wait_ready(page, layouts=3)
    assert "event" not in page.evaluate(kinds) and "statement" in page.evaluate(kinds)
    assert "events" in page.inner_text("#ng-counts")  # "0 of 2 events"
    assert_clean(record)


def test_details_give_every_wording_its_source(story: tuple[Any, PageRecord, Path]) -> None:
    page, record, _path = story
    select = "id => window.newsgraph.select(id)"
    page.evaluate(select, node_id(page, "Strength is the only source of Putin's legitimacy"))
    details = page.inner_text("#ng-details-body")
    assert "Source chain: Newsweek, citing The New York Times" in details
    assert "characters 10–" in details and "Sentence: Strength is the only source" in details
    assert "Corroboration" in details and "cites The New York Times" in details
    page.evaluate(select, node_id(page, "Kremlin officials ask Putin to resign"))
    assert page.get_attribute("#ng-details-body a.ng-web", "href") == "https://example.org/kremlin-officials"
    page.evaluate(select, node_id(page, "Moscow officials are urging Vladimir Putin to step down"))
    assert page.locator("#ng-details-body a").count() == 0
    assert "javascript:alert(1)" in page.inner_text("#ng-details-body")
    assert_clean(record)


def test_keyboard_reaches_search_and_details(story: tuple[Any, PageRecord, Path]) -> None:
    page, record, _path = story
    page.focus("#ng-search")
    page.keyboard.type("kadyrov")
    page.keyboard.press("Enter")
    page.wait_for_function("() => document.querySelector('#ng-details-body h3')?.textContent === 'Ramzan Kadyrov'")
    for _ in range(60):  # Tab reaches the details panel's links, and Enter follows one
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.closest('#ng-details-body') !== null"):
            break
    else:
        pytest.fail("Tab never reached the details panel")
    page.keyboard.press("Enter")
    assert page.inner_text("#ng-details-body")
    assert_clean(record)


def test_timeline_lanes(story: tuple[Any, PageRecord, Path]) -> None:
    """Every dated item on the time axis at its granularity, undated ones apart, each opening its details."""
    page, record, _path = story
    page.click("#ng-mode-lanes")
    assert page.is_visible("#ng-lanes") and page.is_hidden("#ng-graph") and "view=lanes" in page.url
    timeline = page.evaluate("window.newsgraph.data.timeline")
    on_axis = page.eval_on_selector_all(".ng-lane-track .ng-lane-item", "els => els.map(e => e.dataset.node)")
    apart = page.eval_on_selector_all(".ng-lane-undated .ng-lane-item", "els => els.map(e => e.dataset.node)")
    assert sorted(on_axis) == sorted(t["node"] for t in timeline if t["when"])
    assert sorted(apart) == sorted(t["node"] for t in timeline if not t["when"])
    estimated = {t["node"] for t in timeline if t["when"] and t["estimated"]}
    marked = page.eval_on_selector_all(".ng-lane-track .ng-lane-estimated", "els => els.map(e => e.dataset.node)")
    assert set(marked) == estimated
    mistakes = node_id(page, "Mistakes were made")
    page.click(f'.ng-lane-item[data-node="{mistakes}"]')
    assert "Mistakes were made" in page.inner_text("#ng-details-body")
    page.click("#ng-mode-map")
    assert page.is_visible("#ng-graph")
    assert_clean(record)


def test_the_timeline_marks_a_date_as_the_terminal_timeline_does(chromium: Any, tmp_path: Path) -> None:
    """A week, a month or a year is marked with its granularity; a day, a duration, a period ("the 1990s") or an
    undated time is not, as `newsgraph timeline` prints them."""
    builder = Builder()
    builder.g = story_graph()
    nineties = builder.time(builder.iri("article", "000"), "in the 1990s", "199", "unknown", dt.date(1990, 1, 1))
    builder.event("reforms", "Market reforms begin", nineties)
    path = tmp_path / "story.html"
    render_html(builder.g, path, title="Calls for Putin to resign")
    page, record = open_in(chromium, path)
    timeline = page.evaluate("window.newsgraph.data.timeline")
    assert any(t["when"] == "the 1990s" and t["granularity"] == "unknown" for t in timeline)
    grains = {t["granularity"] for t in timeline}
    chips = page.eval_on_selector_all("#ng-timeline-list .ng-gran", "els => els.map(e => e.textContent)")
    chips = [c for c in chips if c in grains]  # the other chips say where a date comes from ("reported …")
    marked = [t["granularity"] for t in timeline if t["when"] and t["granularity"] in {"week", "month", "year"}]
    assert sorted(chips) == sorted(marked) and marked
    assert_clean(record)
    page.close()
