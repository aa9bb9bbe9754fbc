"""Reading the map without a mouse and at a glance: the lane view's items carry their words, claims look like claims,
and the keyboard moves, zooms and closes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from graph.render import RenderSummary, render_html
from tests.render.browser import PageRecord, open_in, wait_ready
from tests.render.sample_graph import CLAIM, story_graph
from tests.render.test_render_browser import assert_clean, node_id

pytestmark = pytest.mark.browser

LANE_ITEMS = """() => [...document.querySelectorAll('.ng-lane-track .ng-lane-item')].map(e => {
  const box = e.getBoundingClientRect();
  const label = e.querySelector('.ng-lane-label');
  return {
    node: e.dataset.node, title: e.title, left: box.left, right: box.right, top: box.top, bottom: box.bottom,
    words: label ? label.textContent : '', room: label ? label.clientWidth : 0,
    size: label ? parseFloat(getComputedStyle(label).fontSize) : 0,
    cut: label ? getComputedStyle(label).textOverflow : '',
  };
})"""
VIEW = "() => [window.newsgraph.network.getViewPosition(), window.newsgraph.network.getScale()]"


@pytest.fixture
def story(chromium: Any, story_page: tuple[Path, RenderSummary]) -> tuple[Any, PageRecord]:
    page, record = open_in(chromium, story_page[0])
    yield page, record
    page.close()


@pytest.fixture
def claims(chromium: Any, tmp_path: Path) -> tuple[Any, PageRecord]:
    path = tmp_path / "claims.html"
    render_html(story_graph(claim=True), path)
    page, record = open_in(chromium, path)
    yield page, record
    page.close()


def overlapping(items: list[dict[str, Any]]) -> list[tuple[str, str]]:
    pairs = []
    for i, a in enumerate(items):
        for b in items[i + 1 :]:
            apart = (
                a["right"] <= b["left"] or b["right"] <= a["left"] or a["bottom"] <= b["top"] or b["bottom"] <= a["top"]
            )
            if not apart:
                pairs.append((a["node"], b["node"]))
    return pairs


def test_lane_items_show_their_words_side_by_side(story: tuple[Any, PageRecord]) -> None:
    page, record = story
    page.click("#ng-mode-lanes")
    items = page.evaluate(LANE_ITEMS)
    assert items and overlapping(items) == []
    for item in items:  # a few items: each has room for its words, in type that can be read, cut with an ellipsis
        assert item["words"] and item["room"] >= 60 and item["size"] >= 11 and item["cut"] == "ellipsis", item
    mistakes = next(i for i in items if i["node"] == node_id(page, "Mistakes were made"))
    assert mistakes["words"].startswith("Mistakes were made. And if today")  # the words said, in Kadyrov's own lane
    assert "Ramzan Kadyrov" in mistakes["title"] and "Ministry of Defense." in mistakes["title"]  # all of it on hover
    regroup = next(i for i in items if i["node"] == node_id(page, "Russia has made a decision to regroup"))
    assert regroup["words"] == "Russia has made a decision to regroup."  # no one named: the words alone
    assert_clean(record)


def test_a_crowded_lane_stacks_its_items_and_keeps_the_rest_a_click_away(chromium: Any, tmp_path: Path) -> None:
    from tests.render.sample_graph import wide_graph

    path = tmp_path / "wide.html"
    render_html(wide_graph(actors=30, statements_each=4), path)
    page, record = open_in(chromium, path)
    page.click("#ng-mode-lanes")
    items = page.evaluate(LANE_ITEMS)
    assert overlapping(items) == []
    assert all(i["words"] == "" or i["room"] >= 40 for i in items)  # words where there is room, else a bare mark
    more = page.locator(".ng-lane-more")
    assert more.count() == 1  # the last lane holds 20 speakers' statements: more than its rows show
    shown = len(items)
    more.click()
    items = page.evaluate(LANE_ITEMS)
    assert len(items) > shown and overlapping(items) == []
    assert len(items) == page.evaluate("window.newsgraph.data.timeline.filter(t => t.when).length")
    assert_clean(record)
    page.close()


def test_claims_are_drawn_and_filtered_as_claims(claims: tuple[Any, PageRecord]) -> None:
    page, record = claims
    page.evaluate("window.newsgraph.showEverything(true)")
    wait_ready(page, layouts=2)
    claim, gallyamov = node_id(page, CLAIM), node_id(page, "Abbas Gallyamov")
    assert page.evaluate("id => window.newsgraph.nodeView.get(id).group", claim) == "claim"
    assert page.evaluate("window.newsgraph.nodeView.get().filter(n => n.group === 'event').length") == 2
    assert "Claim" in page.inner_text("#ng-legend") and "claims" in page.inner_text("#ng-legend")
    line = "([a, b]) => window.newsgraph.edgeView.get().some(e => e.from === a && e.to === b && e.kind === 'claims')"
    assert page.evaluate(line, [gallyamov, claim])
    assert "1 claim" in page.inner_text("#ng-counts")

    page.evaluate("id => window.newsgraph.select(id)", claim)
    details = page.inner_text("#ng-details-body")
    assert "Claimed by\nAbbas Gallyamov" in details.replace("\t", "\n") and "only what its sources claim" in details

    page.uncheck("#ng-kind-claim")  # statements vs claims vs events
    wait_ready(page, layouts=3)
    shown = set(page.evaluate("window.newsgraph.nodeView.getIds()"))
    assert claim not in shown and node_id(page, "Russia invades Ukraine") in shown
    assert node_id(page, "Mistakes were made") in shown
    page.check("#ng-kind-claim")
    wait_ready(page, layouts=4)
    page.uncheck("#ng-kind-event")
    wait_ready(page, layouts=5)
    shown = set(page.evaluate("window.newsgraph.nodeView.getIds()"))
    assert claim in shown and node_id(page, "Russia invades Ukraine") not in shown

    page.click("#ng-mode-lanes")
    item = page.locator(f'.ng-lane-track .ng-lane-claim[data-node="{claim}"]')
    assert item.count() == 1 and "Abbas Gallyamov claims" in (item.get_attribute("title") or "")
    assert "10 Sept 2022" in (item.get_attribute("title") or "")  # where the graph places it, as the claims query
    assert "Claim" in page.inner_text(".ng-lane-legend")
    item.click()
    assert CLAIM in page.inner_text("#ng-details-body")
    assert_clean(record)


def test_keyboard_moves_zooms_and_closes(story: tuple[Any, PageRecord]) -> None:
    page, record = story
    for _ in range(40):  # the map is a stop on the Tab key's way, and shows that it has the focus
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "ng-graph":
            break
    else:
        pytest.fail("Tab never reached the map")
    outline = page.evaluate(
        "(() => { const s = getComputedStyle(document.activeElement); return [s.outlineStyle, s.outlineWidth]; })()"
    )
    assert outline[0] == "solid" and outline[1] != "0px"

    (start, scale) = page.evaluate(VIEW)
    page.keyboard.press("ArrowRight")
    page.keyboard.press("ArrowDown")
    (moved, same) = page.evaluate(VIEW)
    assert moved["x"] > start["x"] and moved["y"] > start["y"] and same == pytest.approx(scale)
    page.keyboard.press("+")
    assert page.evaluate(VIEW)[1] > scale
    page.keyboard.press("-")
    page.keyboard.press("-")
    assert page.evaluate(VIEW)[1] < scale
    page.keyboard.press("0")
    assert page.evaluate(VIEW)[1] == pytest.approx(scale)

    kadyrov = node_id(page, "Ramzan Kadyrov")
    page.evaluate("id => window.newsgraph.setFilter({actor: id})", kadyrov)
    wait_ready(page, layouts=2)
    page.evaluate("id => window.newsgraph.select(id)", node_id(page, "Mistakes were made"))
    assert "Mistakes were made" in page.inner_text("#ng-details-body") and "sel=" in page.url
    page.keyboard.press("Escape")  # closes the details
    page.wait_for_function("() => !location.hash.includes('sel=')")
    assert "Click a node" in page.inner_text("#ng-details-body") and "sel=" not in page.url
    assert page.evaluate("window.newsgraph.network.getSelectedNodes()") == []
    page.keyboard.press("Escape")  # then steps back: out of the actor's view
    page.wait_for_function("() => !location.hash.includes('actor=')")
    wait_ready(page)
    assert "actor=" not in page.url and "who said what" in page.inner_text("#ng-trail")
    assert_clean(record)
