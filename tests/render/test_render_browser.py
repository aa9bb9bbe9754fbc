"""The page in headless Chromium, from file:// with no network: drawn, searchable, filterable and inert to hostile text.

Needs ``apt-get install chromium`` and ``pip install playwright`` (no browser download). Skipped with the reason
when either is missing.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from graph.render import RenderSummary, render_html
from graph.render.excerpt import Counts
from tests.render.browser import PageRecord, open_in, screenshot, wait_ready
from tests.render.sample_graph import HOSTILE_NAME, HOSTILE_QUOTE, HOSTILE_TITLE, story_graph, wide_graph

pytestmark = pytest.mark.browser

COUNTS = """() => {
  const g = window.newsgraph;
  return {
    nodes: g.nodes.length, edges: g.edges.length, viewNodes: g.nodeView.length, viewEdges: g.edgeView.length,
    drawnNodes: g.network.body.nodeIndices.length, drawnEdges: g.network.body.edgeIndices.length,
  };
}"""
INK = """() => {
  // share of canvas pixels that are not the background: a blank graph has none
  const canvas = document.querySelector('#ng-graph canvas');
  const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
  let ink = 0;
  for (let i = 0; i < data.length; i += 4) if (data[i + 3] > 0 && data[i] + data[i + 1] + data[i + 2] < 700) ink++;
  return ink / (canvas.width * canvas.height);
}"""

OVERLAPS = """() => {
  // pairs of nodes on screen whose boxes (labels included) overlap; vis measures a box when it draws the node
  const g = window.newsgraph;
  const frame = document.getElementById('ng-graph');
  const positions = g.network.getPositions(g.nodeView.getIds());
  const onScreen = ([id, p]) => {
    const dom = g.network.canvasToDOM(p);
    return dom.x > 0 && dom.y > 0 && dom.x < frame.clientWidth && dom.y < frame.clientHeight;
  };
  const boxes = Object.entries(positions).filter(onScreen).map(([id]) => [id, g.network.getBoundingBox(id)]);
  const out = [];
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
    const [a, b] = [boxes[i][1], boxes[j][1]];
    const apart = a.right - 1 <= b.left || b.right - 1 <= a.left || a.bottom - 1 <= b.top || b.bottom - 1 <= a.top;
    if (!apart) out.push([boxes[i][0], boxes[j][0]]);
  }
  return out;
}"""
ON_SCREEN = """id => {
  const network = window.newsgraph.network;
  const dom = network.canvasToDOM(network.getPositions([id])[id]);
  const box = document.getElementById('ng-graph').getBoundingClientRect();
  return [dom.x + box.left, dom.y + box.top];
}"""


def node_id(page: Any, name: str) -> str:
    found = page.evaluate("name => window.newsgraph.data.nodes.find(n => n.name === name)?.id", name)
    assert found, name
    return str(found)


def assert_clean(record: PageRecord) -> None:
    assert record.console_errors == []
    assert record.page_errors == []
    assert record.dialogs == []
    assert record.off_disk_requests == []


@pytest.fixture
def story(chromium: Any, story_page: tuple[Path, RenderSummary]) -> tuple[Any, PageRecord, RenderSummary]:
    page, record = open_in(chromium, story_page[0])
    yield page, record, story_page[1]
    page.close()


SHOWN_LINES = "() => window.newsgraph.data.edges.filter(e => window.newsgraph.edgeView.get(e.id)).map(e => e.kind)"


def test_drawn_offline_with_every_node_and_edge(story: tuple[Any, PageRecord, RenderSummary]) -> None:
    page, record, summary = story
    page.evaluate("window.newsgraph.showEverything(true)")
    wait_ready(page, layouts=2)
    for line in ("reported", "mentions", "via", "patient", "place"):  # lines across the map: drawn when asked
        page.evaluate("kind => window.newsgraph.setLine(kind, true)", line)
    counts = page.evaluate(COUNTS)
    assert counts == {
        "nodes": summary.nodes,
        "edges": summary.edges,
        "viewNodes": summary.nodes,
        "viewEdges": summary.edges,
        "drawnNodes": summary.nodes,
        "drawnEdges": summary.edges,
    }
    assert page.evaluate("window.newsgraph.network.physics.physicsEnabled") is False
    assert page.evaluate(INK) > 0.005
    assert "4 articles" in page.text_content("#ng-counts")
    assert record.requests and all(url.startswith("file://") for url in record.requests)
    assert_clean(record)


def test_first_view_is_who_said_what(story: tuple[Any, PageRecord, RenderSummary]) -> None:
    """Opens on the speakers and their statements, mentions and reported-in lines off, events left for later."""
    page, record, _summary = story
    shown = set(page.evaluate("window.newsgraph.nodeView.getIds()"))
    data = page.evaluate("window.newsgraph.data")
    statements = [n for n in data["nodes"] if n["kind"] == "statement"]
    assert statements and all(n["id"] in shown and set(n["speakers"]) <= shown for n in statements)
    assert not {"mentions", "reported"} & set(page.evaluate(SHOWN_LINES))
    assert "who said what" in page.inner_text("#ng-trail")
    assert_clean(record)


def test_search_selects_the_node(story: tuple[Any, PageRecord, RenderSummary]) -> None:
    page, record, _summary = story
    kadyrov = node_id(page, "Ramzan Kadyrov")
    page.fill("#ng-search", "kadyrov")
    page.wait_for_function("() => window.newsgraph.searched === 'kadyrov'")
    assert kadyrov in page.evaluate("window.newsgraph.network.getSelectedNodes()")
    assert page.text_content("#ng-search-count") == "1 match"
    assert "Ramzan Kadyrov" in page.text_content("#ng-details-body")

    page.fill("#ng-search", "flung our country")  # one outlet's wording finds the statement
    page.wait_for_function("() => window.newsgraph.searched === 'flung our country'")
    statement = node_id(page, "threw our country back into the Cold War era")
    assert page.evaluate("window.newsgraph.network.getSelectedNodes()") == [statement]
    assert_clean(record)


def test_actor_filter_keeps_the_graph_visible(story: tuple[Any, PageRecord, RenderSummary]) -> None:
    page, record, summary = story
    first = page.evaluate(COUNTS)["viewNodes"]
    kadyrov = node_id(page, "Ramzan Kadyrov")
    page.select_option("#ng-actor", kadyrov)
    wait_ready(page, layouts=2)
    counts = page.evaluate(COUNTS)
    assert 0 < counts["viewNodes"] < summary.nodes and counts["drawnNodes"] == counts["viewNodes"]
    assert counts["nodes"] == summary.nodes  # filtering hides, it does not delete
    visible = set(page.evaluate("window.newsgraph.nodeView.getIds()"))
    assert kadyrov in visible and node_id(page, "Mistakes were made") in visible
    assert node_id(page, "Margarita Simonyan") not in visible
    assert page.evaluate(INK) > 0.002
    timeline = page.eval_on_selector_all(".ng-tl-entry .ng-tl-who", "els => els.map(e => e.textContent)")
    assert timeline == ["Ramzan Kadyrov"]

    page.click("#ng-reset")
    wait_ready(page, layouts=3)
    assert page.evaluate(COUNTS)["viewNodes"] == first
    assert_clean(record)


def test_outlet_and_date_filters(story: tuple[Any, PageRecord, RenderSummary]) -> None:
    page, record, _summary = story
    page.select_option("#ng-outlet", node_id(page, "New York Post"))
    wait_ready(page, layouts=2)
    visible = set(page.evaluate("window.newsgraph.nodeView.getIds()"))
    assert node_id(page, "Mistakes were made") in visible
    assert node_id(page, "Strength is the only source of Putin's legitimacy") not in visible
    assert node_id(page, "Newsweek") not in visible

    page.click("#ng-reset")
    wait_ready(page, layouts=3)
    page.evaluate("window.newsgraph.setFilter({from: '2022-09-10', to: '2022-09-11'})")
    wait_ready(page, layouts=4)
    dates = page.eval_on_selector_all(".ng-tl-entry .ng-tl-date", "els => els.map(e => e.firstChild.textContent)")
    # whatever overlaps the two days, each at its own precision; the February invasion and undated ones drop out
    assert dates == ["2022", "Sept 2022", "week of 5 Sept 2022", "10 Sept 2022", "11 Sept 2022"]
    assert_clean(record)


def test_timeline_in_date_order_and_clickable(story: tuple[Any, PageRecord, RenderSummary]) -> None:
    page, record, _summary = story
    entries = page.eval_on_selector_all(
        ".ng-tl-entry", "els => els.map(e => window.newsgraph.data.nodes.find(n => n.id === e.dataset.node))"
    )
    starts = [e["when"]["start"] for e in entries]
    dated = [s for s in starts if s]
    assert dated == sorted(dated) and starts == dated + [""] * (len(starts) - len(dated))
    groups = page.eval_on_selector_all(".ng-tl-group", "els => els.map(e => e.textContent)")
    assert groups == ["2022", "Undated"]
    assert "Sept 2022" in page.text_content(".ng-timeline")  # a month stays a month

    mistakes = node_id(page, "Mistakes were made")
    page.click(f".ng-tl-entry[data-node='{mistakes}']")
    page.wait_for_timeout(100)
    assert page.evaluate("window.newsgraph.network.getSelectedNodes()") == [mistakes]
    details = page.text_content("#ng-details-body")
    assert "Ministry of Defense" in details and "Telegram" in details and "10 Sept 2022" in details
    assert_clean(record)


def test_hostile_text_stays_text(chromium: Any, tmp_path: Path) -> None:
    path = tmp_path / "hostile.html"
    render_html(story_graph(), path, title=HOSTILE_TITLE)
    page, record = open_in(chromium, path)
    assert page.title() == HOSTILE_TITLE
    assert page.text_content("#ng-title") == HOSTILE_TITLE
    statement = page.evaluate("q => window.newsgraph.data.nodes.find(n => n.text === q).id", HOSTILE_QUOTE)
    page.click(f".ng-tl-entry[data-node='{statement}']")
    details = page.text_content("#ng-details-body")
    assert "<script>alert(1)</script>" in details and "<img src=x onerror=alert(1)>" in details
    page.wait_for_timeout(500)  # the focus animation
    for _ in range(20):  # on a loaded machine the node may still move: point at it again until its tooltip shows
        page.mouse.move(*page.evaluate(ON_SCREEN, statement))
        if page.is_visible(".vis-tooltip"):
            break
        page.wait_for_timeout(500)
    page.wait_for_selector(".vis-tooltip", state="visible")
    assert "<script>alert(1)</script>" in page.text_content(".vis-tooltip")
    page.click(f"#ng-details-body button.ng-link:text-is('{HOSTILE_NAME}')")
    assert '"><svg onload=alert(1)>' in page.text_content("#ng-details-body")
    page.fill("#ng-search", "alert")
    page.wait_for_function("() => window.newsgraph.searched === 'alert'")
    page.hover("#ng-graph")
    page.wait_for_timeout(200)
    assert page.evaluate("document.querySelectorAll('img, svg, iframe, object, embed').length") == 0
    assert page.evaluate("document.scripts.length") == 3
    assert_clean(record)
    page.close()


def test_focused_view_and_show_everything(chromium: Any, tmp_path: Path) -> None:
    path = tmp_path / "wide.html"
    summary = render_html(wide_graph(actors=60), path, focus_limit=80)
    assert summary.focused
    page, record = open_in(chromium, path)
    counts = page.evaluate(COUNTS)
    assert counts["nodes"] == summary.nodes and 0 < counts["viewNodes"] < summary.nodes
    assert page.is_visible("#ng-notice") and " of " in page.inner_text("#ng-counts")
    page.click("#ng-notice button")
    wait_ready(page, layouts=2)
    counts = page.evaluate(COUNTS)
    assert counts["viewNodes"] == summary.nodes and counts["drawnEdges"] == counts["viewEdges"] > 0
    assert page.is_hidden("#ng-notice") and page.inner_text("#ng-counts").startswith("Showing all")
    assert page.evaluate(INK) > 0.002
    assert_clean(record)
    page.close()


def test_an_excerpt_says_it_holds_part_of_the_story(chromium: Any, tmp_path: Path) -> None:
    path = tmp_path / "part.html"
    render_html(story_graph(), path, whole=Counts(actors=4000, statements=9000, events=3000, articles=100_000))
    page, record = open_in(chromium, path)
    header = page.inner_text("#ng-counts")
    assert "part of a story of 4000 actors, 9000 statements, 100000 articles, 3000 events" in header
    assert "graph.ttl holds it all" in header
    assert_clean(record)
    page.close()


def test_screenshot(story_page: tuple[Path, RenderSummary], tmp_path: Path, chromium: Any) -> None:
    png = tmp_path / "story.png"
    record = screenshot(story_page[0], png, context=chromium)
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 20_000
    assert_clean(record)


@pytest.mark.model
def test_seed_build_page(seed_build: Any, chromium: Any, tmp_path: Path) -> None:
    """The page of the real seed build, as ``newsgraph build`` writes it: drawn whole, offline, without errors."""
    path = tmp_path / "seeds.html"
    summary = render_html(seed_build.result.graph, path, title="newsgraph: seeds")
    assert summary.nodes > 10 and summary.edges > 10
    page, record = open_in(chromium, path)
    counts = page.evaluate(COUNTS)
    assert counts["drawnNodes"] == counts["viewNodes"] and counts["drawnEdges"] == counts["viewEdges"] > 10
    assert page.evaluate(INK) > 0.005
    assert page.evaluate(OVERLAPS) == []  # no two labels on top of each other in the first view
    page.evaluate("window.newsgraph.showEverything(true)")
    wait_ready(page, layouts=2)
    assert page.evaluate(COUNTS)["viewNodes"] == summary.nodes
    assert page.evaluate(OVERLAPS) == []  # nor when everything is shown, events and all
    assert page.eval_on_selector_all(".ng-tl-entry", "els => els.length") == page.evaluate(
        "window.newsgraph.data.nodes.filter(n => n.kind === 'statement' || (n.kind === 'event' && !n.claimed)).length"
    )
    page.screenshot(path=str(tmp_path / "seeds.png"))
    assert_clean(record)
    page.close()


def test_missing_chromium_is_a_clear_skip_reason(monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.render import browser

    monkeypatch.setattr(browser.shutil, "which", lambda _name: None)
    assert browser.missing_reason() == "no system Chromium (apt-get install chromium)"
