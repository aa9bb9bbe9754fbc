"""The page file: counts, self-containment, escaping of hostile text, atomic writes and the focused view."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from rdflib import RDF, RDFS, XSD, Graph, Literal

from graph.render import RenderSummary, render_html
from graph.render.dates import days_label, describe
from graph.render.labels import shorten
from graph.render.model import read_page_data
from graph.render.page import page_script, script_json
from ontology.namespace import NG, NGD
from tests.render.sample_graph import (
    HOSTILE_ALIAS,
    HOSTILE_NAME,
    HOSTILE_QUOTE,
    HOSTILE_TITLE,
    Builder,
    story_graph,
    wide_graph,
)

DATA_BLOCK = re.compile(r'<script type="application/json" id="ng-data">(.*?)</script>', re.S)


def page_data(html: str) -> dict[str, object]:
    match = DATA_BLOCK.search(html)
    assert match, "no JSON data block"
    data = json.loads(match[1])
    assert isinstance(data, dict)
    return data


def nodes_by_name(html: str) -> dict[str, dict[str, object]]:
    nodes = page_data(html)["nodes"]
    assert isinstance(nodes, list)
    return {n["name"]: n for n in nodes}


def tiny_graph() -> Graph:
    """One outlet, one article, one speaker, one statement with one report: 4 nodes, 3 edges."""
    b = Builder()
    outlet = b.outlet("bbc", "BBC")
    article = b.article("a", "Headline", dt.date(2022, 9, 12), outlet)
    speaker = b.actor("x", NG.Person, "Speaker")
    b.statement("s", "short", "The full text.", speaker, [(article, "full text", None)])
    return b.g


def test_tiny_graph_counts(tmp_path: Path) -> None:
    summary = render_html(tiny_graph(), tmp_path / "page.html")
    assert summary == RenderSummary(nodes=4, edges=3, focused=False)
    data = page_data((tmp_path / "page.html").read_text(encoding="utf-8"))
    assert sorted(e["kind"] for e in data["edges"]) == ["published", "reported", "said"]  # type: ignore[union-attr]


def test_story_counts_by_kind(story_page: tuple[Path, RenderSummary]) -> None:
    path, summary = story_page
    data = page_data(path.read_text(encoding="utf-8"))
    nodes, edges = data["nodes"], data["edges"]
    assert isinstance(nodes, list) and isinstance(edges, list)
    assert summary == RenderSummary(nodes=len(nodes), edges=len(edges), focused=False)
    kinds = {k: sum(n["kind"] == k for n in nodes) for k in ("statement", "article", "outlet", "event")}
    assert kinds == {"statement": 7, "article": 4, "outlet": 4, "event": 2}
    edge_kinds = {k: sum(e["kind"] == k for e in edges) for k in ("said", "reported", "published", "via", "mentions")}
    # mentions only where the article does not already reach the actor through a statement (Kadyrov, the hostile one)
    assert edge_kinds == {"said": 6, "reported": 12, "published": 4, "via": 3, "mentions": 6}


class _Tags(HTMLParser):
    """Start tags as an HTML parser sees them (script bodies are raw text, so strings inside JS are not tags)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def start_tags(html: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = _Tags()
    parser.feed(html)
    parser.close()
    return parser.tags


def test_page_is_self_contained(story_page: tuple[Path, RenderSummary]) -> None:
    html = story_page[0].read_text(encoding="utf-8")
    tags = start_tags(html)
    urls = [v for _tag, attrs in tags for k, v in attrs.items() if k in ("src", "href", "action", "srcset") and v]
    assert urls == []
    assert not re.search(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", html, re.I)
    assert [tag for tag, _attrs in tags if tag in ("link", "iframe", "img", "object", "embed", "base")] == []
    scripts = [attrs for tag, attrs in tags if tag == "script"]
    assert scripts == [{"type": "application/json", "id": "ng-data"}, {}, {}]  # data, vis-network, the page: inline
    assert "bootstrap" not in html.lower()
    assert "vis-network" in html and "9.1.2" in html


def test_csp_allows_exactly_the_inline_scripts(story_page: tuple[Path, RenderSummary]) -> None:
    html = story_page[0].read_text(encoding="utf-8")
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html)
    assert csp and "default-src 'none'" in csp[1] and "connect-src 'none'" in csp[1]
    scripts = re.findall(r"<script>(.*?)</script>", html, re.S)
    hashes = {base64.b64encode(hashlib.sha256(s.encode()).digest()).decode() for s in scripts}
    assert set(re.findall(r"'sha256-([^']+)'", csp[1])) == hashes
    assert "unsafe-inline" not in csp[1].split("script-src", 1)[1].split(";", 1)[0]


@pytest.mark.parametrize(
    "raw",
    [
        "<script>alert(1)",
        "<img src=x onerror",
        "<svg onload",
        "</script><script>alert('title')",
        "<b>bold</b>",
        "\u2028",
        "\u2029",
    ],
)
def test_hostile_text_never_appears_raw(story_page: tuple[Path, RenderSummary], raw: str) -> None:
    assert raw not in story_page[0].read_text(encoding="utf-8")


def test_hostile_text_survives_as_data(story_page: tuple[Path, RenderSummary]) -> None:
    html = story_page[0].read_text(encoding="utf-8")
    nodes = nodes_by_name(html)
    statement = next(n for n in nodes.values() if n["kind"] == "statement" and n["text"] == HOSTILE_QUOTE)
    assert statement["reports"][0]["wording"] == HOSTILE_QUOTE  # type: ignore[index]
    assert nodes[HOSTILE_NAME]["aliases"] == [HOSTILE_ALIAS]
    assert HOSTILE_TITLE in nodes
    # the JSON block holds no markup at all: every <, > and & is a \u escape
    block = DATA_BLOCK.search(html)
    assert block and not set("<>&") & set(block[1])


def test_title_is_escaped(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    render_html(tiny_graph(), path, title=HOSTILE_TITLE)
    html = path.read_text(encoding="utf-8")
    assert HOSTILE_TITLE not in html
    assert "<title>&lt;/script&gt;&lt;script&gt;alert(&#x27;title&#x27;)&lt;/script&gt;</title>" in html
    assert page_data(html)["title"] == HOSTILE_TITLE


def test_script_json_escapes_markup_and_line_separators() -> None:
    text = script_json({"q": "</script><!-- & \u2028\u2029 \ud800"})
    assert not set("<>&\u2028\u2029") & set(text)
    assert json.loads(text) == {"q": "</script><!-- & \u2028\u2029 \ud800"}


def test_statement_details(story_page: tuple[Path, RenderSummary]) -> None:
    nodes = nodes_by_name(story_page[0].read_text(encoding="utf-8"))
    cold_war = nodes["threw our country back into the Cold War era"]
    assert cold_war["when"]["label"] == "11 Sept 2022"  # type: ignore[index]
    assert cold_war["reportCount"] == 3 and cold_war["outletCount"] == 2
    assert cold_war["outlets"] == ["New York Post", "Newsweek"]
    wordings = {r["wording"] for r in cold_war["reports"]}  # type: ignore[union-attr]
    assert "He has flung our country back into the Cold War era" in wordings
    via = [r for r in cold_war["reports"] if r["via"]]  # type: ignore[union-attr]
    assert [(r["viaName"], r["medium"]) for r in via] == [("Just the News", "letter")]
    speaker = nodes["Lomonosovsky District Council"]
    assert cold_war["speakers"] == [speaker["id"]]
    assert speaker["kind"] == "organization" and speaker["said"] == 1


def test_actor_size_counts_statements_and_mentions(story_page: tuple[Path, RenderSummary]) -> None:
    nodes = nodes_by_name(story_page[0].read_text(encoding="utf-8"))
    assert (nodes["Vladimir Putin"]["said"], nodes["Vladimir Putin"]["mentions"]) == (0, 3)
    assert nodes["Ramzan Kadyrov"]["value"] == 2  # one statement, one mention
    assert nodes["Ukraine"]["kind"] == "place"


def test_timeline_in_date_order_with_undated_last() -> None:
    timeline = read_page_data(story_graph(), 300).timeline
    whens = [(t["when"], t["granularity"]) for t in timeline]
    assert whens == [
        ("2022", "year"),
        ("24 Feb 2022", "day"),
        ("Sept 2022", "month"),
        ("week of 5 Sept 2022", "week"),
        ("10 Sept 2022", "day"),
        ("11 Sept 2022", "day"),
        ("", "unknown"),
        ("", "unknown"),
        ("", "duration"),
    ]
    assert [t["kind"] for t in timeline].count("event") == 2


def test_statement_date_falls_back_to_its_reports() -> None:
    b = Builder()
    article = b.article("a", "Headline", dt.date(2022, 9, 12), None)
    statement = b.statement("s", "short", "text", None, [(article, "text", None)])
    time = b.time(article, "last month", "2022-08", "month")
    b.g.add((NGD["report/s-0"], NG.statedOn, time))
    node = next(n for n in read_page_data(b.g, 300).nodes if n["iri"] == str(statement))
    assert node["when"]["label"] == "Aug 2022"  # type: ignore[index]


@pytest.mark.parametrize(
    ("granularity", "start", "value", "text", "label"),
    [
        ("day", dt.date(2022, 9, 11), "2022-09-11", "Sunday", "11 Sept 2022"),
        ("month", dt.date(2022, 9, 1), "2022-09", "September", "Sept 2022"),
        ("month", None, "2022-06", "in June", "June 2022"),
        ("year", None, "2022", "this year", "2022"),
        ("week", dt.date(2022, 9, 5), "2022-W36", "this week", "week of 5 Sept 2022"),
        ("week", None, "2022-W36-WE", "this weekend", "weekend of 10 Sept 2022"),
        ("duration", dt.date(2022, 2, 1), "P7M", "seven months", "seven months (Feb \u2013 Sept 2022)"),
        ("duration", None, "P7M", "almost seven months", "almost seven months"),
        ("unknown", None, "", "the other day", "the other day"),
        ("unknown", dt.date(1930, 1, 1), "193", "the thirties", "the 1930s"),
        ("unknown", dt.date(2004, 7, 1), "2004-Q3", "the third quarter", "Q3 2004"),
        ("unknown", dt.date(2005, 6, 1), "2005-SU", "last summer", "summer 2005"),
        ("month", None, "2022-13", "Smarch", "Smarch"),
        (None, dt.date(2022, 9, 11), "", "", "11 Sept 2022"),
    ],
)
def test_date_labels_keep_their_granularity(
    granularity: str | None, start: dt.date | None, value: str, text: str, label: str
) -> None:
    end = dt.date(2022, 9, 11) if granularity == "duration" and start else None
    assert describe(granularity, start, end, text, value).label == label


def test_month_covers_the_whole_month() -> None:
    when = describe("month", dt.date(2022, 2, 1), None, "", "2022-02")
    assert (when.start, when.end) == (dt.date(2022, 2, 1), dt.date(2022, 2, 28))


def test_shorten_cuts_at_a_word() -> None:
    assert shorten("short") == "short"
    cut = shorten("word " * 30, 20)
    assert len(cut) <= 20 and cut.endswith("…") and not cut.endswith(" …")


def test_focused_view_above_the_limit(tmp_path: Path) -> None:
    graph = wide_graph(actors=40)
    summary = render_html(graph, tmp_path / "wide.html", focus_limit=60)
    assert summary.focused and summary.nodes > 60
    data = page_data((tmp_path / "wide.html").read_text(encoding="utf-8"))
    focus = data["focus"]
    assert isinstance(focus, list) and 0 < len(focus) <= 60
    names = {n["id"]: n for n in data["nodes"]}  # type: ignore[union-attr]
    # the most talkative actors (every fourth has five statements) come first, with what they said
    assert names[focus[0]]["name"] == "Person 000" and names[focus[0]]["said"] == 5
    said = [e["to"] for e in data["edges"] if e["kind"] == "said" and e["from"] == focus[0]]  # type: ignore[union-attr]
    assert set(said) <= set(focus)
    assert render_html(graph, tmp_path / "all.html", focus_limit=10_000).focused is False


def test_same_graph_same_bytes(tmp_path: Path) -> None:
    render_html(story_graph(), tmp_path / "a.html")
    render_html(story_graph(), tmp_path / "b.html")
    assert (tmp_path / "a.html").read_bytes() == (tmp_path / "b.html").read_bytes()


def test_empty_graph(tmp_path: Path) -> None:
    assert render_html(Graph(), tmp_path / "empty.html") == RenderSummary(nodes=0, edges=0, focused=False)


def test_untyped_speaker_and_via_become_nodes(tmp_path: Path) -> None:
    g = Graph()
    statement, report, article = NGD["statement/s"], NGD["report/r"], NGD["article/a"]
    g.add((article, RDF.type, NG.Article))
    g.add((statement, RDF.type, NG.Statement))
    g.add((statement, NG.speaker, NGD["actor/nobody"]))
    g.add((statement, RDFS.label, Literal("said")))
    g.add((report, NG.reportOf, statement))
    g.add((report, NG.reportedIn, article))
    g.add((report, NG.via, NGD["actor/someone%20else"]))
    g.add((article, NG.published, Literal("not a date", datatype=XSD.date)))
    summary = render_html(g, tmp_path / "p.html")
    assert summary == RenderSummary(nodes=4, edges=3, focused=False)
    names = nodes_by_name((tmp_path / "p.html").read_text(encoding="utf-8"))
    assert {"nobody", "someone else"} <= set(names)


def test_the_page_replaces_the_old_one_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text("old page", encoding="utf-8")
    render_html(tiny_graph(), path)
    assert path.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["page.html"]


def test_focus_limit_must_be_positive(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="focus_limit"):
        render_html(tiny_graph(), tmp_path / "p.html", focus_limit=0)


@pytest.mark.parametrize(
    "sink", ["innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "Function("]
)
def test_page_script_has_no_html_sinks(sink: str) -> None:
    """The page's own script reaches the DOM through textContent and createElement only."""
    assert sink not in page_script()


def test_the_page_reads_none_of_what_its_index_leaves_out() -> None:
    """``IndexedTriples`` drops the predicates in ``UNREAD``: the page's reader must never ask for them."""
    import inspect
    import re

    from graph.render import model, reader
    from graph.render.source import UNREAD
    from ontology.namespace import NG

    source = inspect.getsource(model) + inspect.getsource(reader)
    read = {str(getattr(NG, name)) for name in re.findall(r"\bNG\.(\w+)", source)}
    assert read and not read & UNREAD


def test_a_span_of_days_says_its_year_once() -> None:
    assert days_label(dt.date(2022, 8, 29), dt.date(2022, 9, 26)) == "29 Aug \u2013 26 Sept 2022"
    assert days_label(dt.date(2022, 12, 29), dt.date(2023, 1, 2)) == "29 Dec 2022 \u2013 2 Jan 2023"
    assert days_label(dt.date(2022, 9, 1), dt.date(2022, 9, 1)) == "1 Sept 2022"
