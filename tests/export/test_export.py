"""`newsgraph export` to other tools' formats, each read back by its consumer's library: networkx for GEXF and
GraphML, Python's csv for the tables, a JSON Schema of TimelineJS3's fields for the timeline."""

from __future__ import annotations

import csv
import html
import json
import re
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import jsonschema
import networkx as nx
import pytest
from rdflib import RDF, Graph, Literal
from typer.testing import CliRunner

from cli.app import app
from ontology.namespace import NG
from tests.conftest import SeedBuild
from tests.export.story_graph import DELIMITERS, FORM_FEED, FORMULA, HOSTILE_HTML, QUOTED_TITLE, iri, story_graph

SCHEMA = json.loads((Path(__file__).parent / "timelinejs.schema.json").read_text(encoding="utf-8"))
ACTOR_CLASSES = (NG.Actor, NG.Person, NG.Organization, NG.Group, NG.Place, NG.Outlet)
ACTOR_LINKS = (NG.speaker, NG.agent, NG.patient, NG.place, NG.publisher, NG.author, NG.mentions, NG.via, NG.addressee,
               NG.names)  # fmt: skip
READERS = {"gexf": nx.read_gexf, "graphml": nx.read_graphml}


def export(graph: Path, fmt: str, output: Path, *extra: str) -> str:
    run = CliRunner().invoke(app, ["export", "--graph", str(graph), "-f", fmt, "-o", str(output), *extra])
    assert run.exit_code == 0, run.output
    return run.output


@pytest.fixture
def story(tmp_path: Path) -> Path:
    path = tmp_path / "story.ttl"
    story_graph().serialize(path, format="turtle", encoding="utf-8")
    return path


def expected_kinds(graph: Graph) -> Counter[str]:
    """What the graph holds, counted with rdflib: actors are typed as one, or pointed to as one; a speech event that
    quotes were made in is not an event of its own (as in the events query and on the map)."""
    actors = {s for cls in ACTOR_CLASSES for s in graph.subjects(RDF.type, cls)}
    actors |= {o for p in ACTOR_LINKS for o in graph.objects(None, p)}
    kinds = Counter({"actor": len(actors)})
    for cls, kind in ((NG.Statement, "statement"), (NG.Event, "event"), (NG.Article, "article")):
        kinds[kind] = len(set(graph.subjects(RDF.type, cls)))
    speech = {e for e in graph.subjects(NG.eventType, Literal("speech")) if (None, NG.madeIn, e) in graph}
    kinds["event"] -= len(speech)
    return kinds


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.mark.model
@pytest.mark.parametrize("fmt", ["gexf", "graphml"])
def test_network_holds_the_graphs_nodes_by_kind(seed_build: SeedBuild, tmp_path: Path, fmt: str) -> None:
    target = tmp_path / f"story.{fmt}"
    export(seed_build.out / "graph.trig", fmt, target)
    network = READERS[fmt](target)
    merged = Graph().parse(seed_build.out / "graph.ttl", format="turtle")
    assert Counter(kind for _node, kind in network.nodes(data="kind")) == expected_kinds(merged)
    speaker = next(iter(merged.objects(None, NG.speaker)))
    assert network.nodes[str(speaker)]["actor_type"] in {"person", "organization", "group", "place", "outlet"}
    said = [(s, t) for s, t, kind in network.edges(data="kind") if kind == "said"]
    assert len(said) == len(set(merged.subject_objects(NG.speaker)))
    for node, data in network.nodes(data=True):
        assert None not in data.values() and "" not in data.values(), node
        if data["kind"] == "statement":
            assert isinstance(data["reports"], int) and data["date_basis"]


@pytest.mark.parametrize("fmt", ["gexf", "graphml"])
def test_network_edge_ids_are_unique(story: Path, tmp_path: Path, fmt: str) -> None:
    """Gephi keeps the first edge of each id and drops the others."""
    export(story, fmt, tmp_path / f"story.{fmt}")
    ids = [e.get("id") for e in ET.parse(tmp_path / f"story.{fmt}").iter() if e.tag.endswith("}edge")]
    assert len(ids) == len(set(ids)) == READERS[fmt](tmp_path / f"story.{fmt}").number_of_edges() > 10


@pytest.mark.model
def test_gexf_is_the_same_from_any_graph_file_and_undated(seed_build: SeedBuild, tmp_path: Path) -> None:
    export(seed_build.out / "graph.trig", "gexf", tmp_path / "a.gexf")
    export(seed_build.out / "graph.ttl", "gexf", tmp_path / "b.gexf")
    assert (tmp_path / "a.gexf").read_bytes() == (tmp_path / "b.gexf").read_bytes()
    assert b"lastmodifieddate" not in (tmp_path / "a.gexf").read_bytes()


@pytest.mark.parametrize("fmt", ["gexf", "graphml"])
def test_network_edges_are_typed_and_text_xml_cannot_hold_is_dropped(story: Path, tmp_path: Path, fmt: str) -> None:
    target = tmp_path / f"story.{fmt}"
    export(story, fmt, target)
    network = READERS[fmt](target)
    edges = {(s, t, kind) for s, t, kind in network.edges(data="kind")}
    putin, council, ukraine = (str(iri("actor", slug)) for slug in ("putin", "council", "ukraine"))
    day, invasion = str(iri("statement", "day")), str(iri("event", "invasion"))
    assert (council, day, "said") in edges
    assert (day, str(iri("article", "a1")), "reported") in edges
    assert (day, str(iri("actor", "unnamed-official")), "via") in edges
    assert (day, putin, "about") in edges and (day, putin, "addressed") in edges
    assert (putin, invasion, "agent") in edges and (invasion, ukraine, "place") in edges
    assert (day, invasion, "made_in") in edges
    assert (str(iri("article", "a1")), str(iri("actor", "reporter")), "author") in edges
    assert network.nodes[str(iri("actor", "unnamed-official"))]["actor_type"] == "actor"
    assert str(iri("event", "letter")) not in network  # a speech event quotes were made in: there as its statements
    hostile = network.nodes[str(iri("statement", "hostile"))]
    assert hostile["text"] == f"{HOSTILE_HTML} {DELIMITERS} pagebreak"
    assert "date" not in hostile and hostile["date_basis"] == "undated"
    assert network.nodes[str(iri("statement", "year"))]["granularity"] == "year"


@pytest.mark.model
def test_csv_tables_join_on_their_keys(seed_build: SeedBuild, tmp_path: Path) -> None:
    folder = tmp_path / "tables"
    output = export(seed_build.out / "graph.trig", "csv", folder)
    tables = {name: read_csv(folder / f"{name}.csv") for name in
              ("actors", "articles", "statements", "events", "event_actors", "reports")}  # fmt: skip
    actors = {row["actor"] for row in tables["actors"]}
    statements = {row["statement"] for row in tables["statements"]}
    events = {row["event"] for row in tables["events"]}
    articles = {row["article"] for row in tables["articles"]}
    merged = Graph().parse(seed_build.out / "graph.ttl", format="turtle")
    assert len(statements) == len(tables["statements"]) == expected_kinds(merged)["statement"]
    assert len(actors) == expected_kinds(merged)["actor"]
    assert all(row["speaker"] in actors for row in tables["statements"] if row["speaker"])
    assert sum(bool(row["speaker"]) for row in tables["statements"]) == len(set(merged.subjects(NG.speaker, None)))
    for row in tables["reports"]:
        assert row["article"] in articles
        assert (row["statement"] in statements) != (row["event"] in events), row["report"]
        assert row["via"] == "" or row["via"] in actors
    assert all(row["event"] in events and row["actor"] in actors for row in tables["event_actors"])
    linked = [[row["publisher"], *row["author"].split(" | ")] for row in tables["articles"]]
    assert all(iri == "" or iri in actors for row in linked for iri in row)
    assert f"{len(statements)} statements" in output


@pytest.mark.model
@pytest.mark.parametrize(("fmt", "suffix"), [("nt", "nt"), ("nquads", "nq"), ("jsonld", "jsonld"), ("turtle", "ttl")])
def test_views_are_the_same_from_every_rdf_format(seed_build: SeedBuild, tmp_path: Path, fmt: str, suffix: str) -> None:
    export(seed_build.out / "graph.trig", fmt, tmp_path / f"graph.{suffix}")
    export(tmp_path / f"graph.{suffix}", "csv", tmp_path / "tables")
    export(seed_build.out / "graph.trig", "csv", tmp_path / "from-trig")
    for table in sorted((tmp_path / "from-trig").iterdir()):
        assert (tmp_path / "tables" / table.name).read_bytes() == table.read_bytes(), table.name


def test_csv_neutralises_formulas_and_keeps_delimiters(story: Path, tmp_path: Path) -> None:
    export(story, "csv", tmp_path / "tables")
    raw = (tmp_path / "tables" / "statements.csv").read_bytes()
    assert raw.startswith(b"statement,speaker,") and b"\r\n" in raw
    rows = {row["statement"]: row for row in read_csv(tmp_path / "tables" / "statements.csv")}
    assert rows[str(iri("statement", "formula"))]["text"] == "'" + FORMULA
    assert rows[str(iri("statement", "hostile"))]["text"] == f"{HOSTILE_HTML} {DELIMITERS} {FORM_FEED}"
    assert rows[str(iri("statement", "month"))] | {"statement": ""} == {
        "statement": "", "speaker": str(iri("actor", "putin")), "label": "Mistakes were made in Septembe",
        "text": "Mistakes were made in September", "date": "2022-09-01", "granularity": "month",
        "date_basis": "stated", "first_published": "", "reports": "1", "articles": "1", "outlets": "1",
        "independent_sources": "1",
    }  # fmt: skip
    events = {row["event"]: row for row in read_csv(tmp_path / "tables" / "events.csv")}
    assert events[str(iri("event", "letter"))]["statements_made"] == "1"  # the data keeps the speech event
    titles = [row["title"] for row in read_csv(tmp_path / "tables" / "articles.csv")]
    assert sorted(titles) == sorted([f"'{FORMULA} {HOSTILE_HTML}", f"'{QUOTED_TITLE}"])  # one apostrophe off: exact
    for name in ("actors", "articles", "events", "event_actors", "reports"):
        for row in read_csv(tmp_path / "tables" / f"{name}.csv"):
            assert not any(value.startswith(("=", "+", "-", "@")) for value in row.values()), row


def test_timelinejs_dates_at_their_granularity(story: Path, tmp_path: Path) -> None:
    target = tmp_path / "timeline.json"
    output = export(story, "timelinejs", target, "--title", "Calls for <Putin> to resign")
    document = json.loads(target.read_text(encoding="utf-8"))
    jsonschema.validate(document, SCHEMA)
    slides = {slide["text"]["headline"]: slide for slide in document["events"]}
    assert slides["This year changed everything"]["start_date"] == {"year": 2022}
    assert slides["Mistakes were made in Septembe"]["start_date"] == {"year": 2022, "month": 9}
    assert slides["We demand the resignation of V"]["start_date"] == {"year": 2022, "month": 9, "day": 11}
    week = slides["This week was decisive"]["start_date"]
    assert (week["day"], week["display_date"]) == (5, "week of 5 Sept 2022")
    published = next(s for s in document["events"] if s["text"]["headline"].startswith("=HYPERLINK"))
    assert "first reported" in published["start_date"]["display_date"]
    assert slides["We demand the resignation of V"]["group"] == "Lomonosovsky District Council"
    assert "New York Post, The New York Times" in slides["We demand the resignation of V"]["text"]["text"]
    assert slides["Russia invades Ukraine"]["group"] == "Vladimir Putin"
    assert document["title"]["text"]["headline"] == "Calls for &lt;Putin&gt; to resign"
    assert len(document["events"]) == 6 and "a letter from the council" not in slides  # there as its statement
    assert "left out 2 undated statements and events" in output


def test_timelinejs_escapes_html_from_articles(story: Path, tmp_path: Path) -> None:
    graph = story_graph()
    hostile = iri("statement", "hostile")
    graph.set((hostile, NG.timelineDate, next(graph.objects(iri("statement", "day"), NG.timelineDate))))
    graph.serialize(story, format="turtle", encoding="utf-8")
    export(story, "timelinejs", tmp_path / "timeline.json")
    document = json.loads((tmp_path / "timeline.json").read_text(encoding="utf-8"))
    jsonschema.validate(document, SCHEMA)
    markup = set(re.findall(r"<[^>]*>?", json.dumps(document)))
    assert markup <= {"<blockquote>", "</blockquote>", "<p>", "</p>"}, markup  # newsgraph's own, nothing else
    slide = next(s for s in document["events"] if s["text"]["headline"].startswith("&lt;script&gt;"))
    assert html.unescape(slide["text"]["headline"]) == f"{HOSTILE_HTML} {DELIMITERS}"[:30]
    # TimelineJS reads a group as text (an HTML parse: one level of escaping off), then shows that as HTML
    assert html.unescape(slide["group"]) == html.escape(HOSTILE_HTML)


def test_export_says_what_is_wrong(story: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    missing = runner.invoke(app, ["export", "-g", str(tmp_path / "none.trig"), "-f", "gexf", "-o", str(tmp_path / "x")])
    assert missing.exit_code == 2 and "graph file not found" in missing.output
    (tmp_path / "file").write_text("", encoding="utf-8")
    into_file = runner.invoke(app, ["export", "-g", str(story), "-f", "csv", "-o", str(tmp_path / "file")])
    assert into_file.exit_code == 2 and "must be a folder" in into_file.output
    (tmp_path / "broken.ttl").write_text("<a> <b> .\n", encoding="utf-8")
    broken = runner.invoke(app, ["export", "-g", str(tmp_path / "broken.ttl"), "-f", "csv", "-o", str(tmp_path / "t")])
    assert broken.exit_code == 2 and "does not parse as turtle" in broken.output
    unknown = runner.invoke(app, ["export", "-g", str(tmp_path / "file"), "-f", "gexf", "-o", str(tmp_path / "j")])
    assert unknown.exit_code == 2 and "unknown graph file type" in unknown.output


def test_csv_marks_what_sources_only_claim(tmp_path: Path) -> None:
    graph = story_graph()
    graph.add((iri("event", "talks"), NG.claimed, Literal(True)))
    graph.serialize(tmp_path / "story.ttl", format="turtle", encoding="utf-8")
    export(tmp_path / "story.ttl", "csv", tmp_path / "tables")
    events = {row["event"]: row["claimed"] for row in read_csv(tmp_path / "tables" / "events.csv")}
    assert events[str(iri("event", "talks"))] == "claim"
    assert events[str(iri("event", "invasion"))] == ""
