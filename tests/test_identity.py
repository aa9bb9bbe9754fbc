"""Ids are identities: one article, and one IRI, per input id; one article per text given twice; near copies of one
wire story are one independent source. Built end to end from invented articles, read back from the graph."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from rdflib import RDF, Graph, Literal, URIRef
from typer.testing import CliRunner

from cli.app import app
from graph.build.pipeline import BuildOptions, build
from graph.errors import ArticleError
from graph.model import Severity
from graph.rdf.mapping import mint
from graph.store import GraphFormat, load_dataset, serialize
from ontology import NG

pytestmark = pytest.mark.model
runner = CliRunner()

STORIES = [
    "The mayor of Springfield said on Monday that “the old bridge will close for repairs in March”.",
    "Firefighters in Riverside said the warehouse blaze was under control by Tuesday evening.",
    "The central bank said on Wednesday that “inflation is falling faster than we expected”.",
    "A spokesman for the university said the library would reopen after the summer break.",
    "The transport minister said on Thursday that “new trains will run on the coast line next year”.",
    "Farmers in the valley said the late frost had damaged most of the apple harvest this spring.",
    "The health ministry said on Friday that “vaccination centres will stay open through the winter”.",
    "Police in Lakeside said two men were arrested after a robbery at a jewellery shop on Saturday.",
    "The football club said its stadium would hold ten thousand more fans after the building work.",
]
"""Short articles of different texts: one per id below."""
CLASHING_IDS = ["a b", "a-b", "a/b", "A", "a", "x-", "x"]
"""Ids the IRI minter made one of (lower case, what an IRI cannot hold replaced, trailing - and . dropped)."""
ARTICLES_COLUMNS = ["article", "title", "published", "not_before", "not_after", "publisher", "author", "url", "file"]


def articles_query(out: Path) -> list[dict[str, str]]:
    run = runner.invoke(app, ["query", "--graph", str(out / "graph.trig"), "-n", "articles", "-f", "csv"])
    assert run.exit_code == 0, run.output
    return list(csv.DictReader(io.StringIO(run.output)))


def write_jsonl(path: Path, records: list[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def clashing_inputs(root: Path) -> list[Path]:
    """A ``.jsonl`` of records with the clashing ids, and two files whose names make one id apart from case."""
    root.mkdir(parents=True, exist_ok=True)
    records = [{"id": i, "title": f"Story {i}", "text": t} for i, t in zip(CLASHING_IDS, STORIES, strict=False)]
    jsonl = write_jsonl(root / "records.jsonl", records)
    upper, lower = root / "Story A.txt", root / "story-a.txt"
    upper.write_text(f"Upper story\n\n{STORIES[7]}\n", encoding="utf-8")
    lower.write_text(f"Lower story\n\n{STORIES[8]}\n", encoding="utf-8")
    return [jsonl, upper, lower]


def test_ids_that_made_one_iri_are_articles_of_their_own(tmp_path: Path) -> None:
    inputs = clashing_inputs(tmp_path / "in")
    out = tmp_path / "out"
    run = runner.invoke(app, ["build", *map(str, inputs), "-o", str(out)])
    assert run.exit_code == 0, run.output
    assert "9 articles" in run.output
    trig = load_dataset(out / "graph.trig")
    rows = articles_query(out)
    assert list(rows[0]) == [*ARTICLES_COLUMNS, "identifier"], "the columns of before, and the id last"
    assert len(rows) == 9 and len({row["article"] for row in rows}) == 9, "one IRI per input id"
    assert sorted(row["identifier"] for row in rows) == sorted([*CLASHING_IDS, "Story-A", "story-a"])
    titles = {row["identifier"]: row["title"] for row in rows}
    assert titles["A"] == "Story A" and titles["a"] == "Story a" and titles["Story-A"] == "Upper story"
    assert all(" | " not in row["title"] for row in rows), "no article took another's title"
    named = {str(g) for _s, _p, _o, g in trig.quads((None, RDF.type, NG.Article, None))}
    assert len(named) == 9


def test_an_id_that_clashes_with_none_keeps_its_iri_and_order_changes_nothing(tmp_path: Path) -> None:
    inputs = clashing_inputs(tmp_path / "in")
    result = build(inputs)
    iri = {str(row["identifier"]): str(row["article"]) for row in query_rows(result.graph)}
    assert iri["a"] == str(mint("article", "a")) and iri["a-b"] == str(mint("article", "a-b"))
    assert iri["story-a"] == str(mint("article", "story-a"))
    assert iri["A"] != iri["a"] and iri["A"].startswith(str(mint("article", "a")) + "-")
    alone = build([write_jsonl(tmp_path / "alone.jsonl", [{"id": "Story One", "text": STORIES[0]}])])
    assert {str(row["article"]) for row in query_rows(alone.graph)} == {str(mint("article", "Story One"))}
    again = build(list(reversed(inputs)))
    assert serialize(again.dataset, GraphFormat.trig) == serialize(result.dataset, GraphFormat.trig)
    folder = tmp_path / "kept"
    build(inputs[1:], BuildOptions(folder=folder))
    added = build(inputs[:1], BuildOptions(folder=folder, add=True))
    assert serialize(added.dataset, GraphFormat.trig) == serialize(result.dataset, GraphFormat.trig)


def query_rows(graph: Graph) -> list[dict[str, object]]:
    text = (Path(__file__).parents[1] / "graph" / "store" / "named" / "articles.rq").read_text(encoding="utf-8")
    return [row.asdict() for row in graph.query(text)]  # type: ignore[union-attr]


def test_one_id_given_to_two_inputs_is_reported_naming_both(tmp_path: Path) -> None:
    first = write_jsonl(tmp_path / "first.jsonl", [{"id": "x", "text": STORIES[0]}])
    second = write_jsonl(tmp_path / "second.jsonl", [{"id": "x", "text": STORIES[1]}])
    result = build([first, second])
    rows = query_rows(result.graph)
    assert len(rows) == 2 and {str(row["identifier"]) for row in rows} == {"x"}
    (warning,) = [p for p in result.problems if "'x'" in p.message]
    assert warning.severity is Severity.WARNING
    assert "first.jsonl" in str(warning) and "second.jsonl" in str(warning)
    with pytest.raises(ArticleError, match="given to 2 inputs"):
        build([first, second], BuildOptions(strict=True))
    one_file = write_jsonl(tmp_path / "one.jsonl", [{"id": "y", "text": STORIES[2]}, {"id": "y", "text": STORIES[3]}])
    result = build([one_file])
    rows = query_rows(result.graph)
    assert len({str(row["article"]) for row in rows}) == 2 and {str(row["identifier"]) for row in rows} == {"y"}
    assert any("'y' given to two records" in p.message for p in result.problems)


def wire(site: str, edit: str) -> str:
    """One wire story as two sites print it: a different opening sentence, the rest the same."""
    return (
        f"{edit} Springfield's mayor, Jane Holloway, announced the closure of the old river bridge on Monday. "
        "“The old bridge will close for repairs in March,” Holloway told reporters at city hall. "
        "Engineers found cracks in two of the supporting piers during an inspection last autumn, and the council "
        "voted to spend four million dollars on the work. Drivers will be sent along the northern ring road, which "
        "the transport office expects to add about fifteen minutes to a journey into the centre at rush hour. "
        f"Shops near the bridge said they feared losing customers during the three months of work. ({site})"
    )


def test_the_same_text_twice_is_one_article_counted_once(tmp_path: Path) -> None:
    texts = [wire("", ""), STORIES[1], STORIES[2], STORIES[3], STORIES[4]]
    folder = tmp_path / "txt"
    folder.mkdir()
    for n, text in enumerate(texts):
        (folder / f"story-{n}.txt").write_text(f"Title {n}\n\n{text}\n", encoding="utf-8")
    records = [{"id": f"rec-{n}", "title": f"Title {n}", "text": text} for n, text in enumerate(texts)]
    jsonl = write_jsonl(tmp_path / "records.jsonl", records)
    result = build([folder, jsonl])
    assert len(result.story.facts) == 5, "one article per text"
    merged = result.graph
    bridge = next(s for s in result.story.statements if "bridge will close" in s.text)
    node = mint("statement", *bridge.key.split("/"))
    assert merged.value(node, NG.outletCount) == Literal(1)
    assert merged.value(node, NG.independentSourceCount) == Literal(1)
    (article,) = [a for a in merged.subjects(NG.title, Literal("Title 0"))]
    files = {Path(str(f)).name for f in merged.objects(article, NG.sourceFile)}
    assert files == {"story-0.txt", "records.jsonl"}
    assert {str(i) for i in merged.objects(article, NG.identifier)} == {"story-0", "rec-0"}
    warnings = [str(p) for p in result.problems if "same text" in p.message]
    assert len(warnings) == 5 and all("story-" in w and "records.jsonl" in w for w in warnings)
    kept = tmp_path / "kept"
    build([jsonl], BuildOptions(folder=kept))
    added = build([folder], BuildOptions(folder=kept, add=True))
    assert serialize(added.dataset, GraphFormat.trig) == serialize(result.dataset, GraphFormat.trig)


def test_near_copies_of_one_wire_story_are_two_outlets_and_one_source(tmp_path: Path) -> None:
    records = [
        {"id": "gazette", "publisher": "The Springfield Gazette", "text": wire("Gazette", "By our city desk.")},
        {"id": "herald", "publisher": "The Valley Herald", "text": wire("Herald", "From wire reports.")},
        {
            "id": "radio",
            "publisher": "City Radio",
            "text": "City Radio spoke to Mayor Jane Holloway in the afternoon. “The old bridge will close for "
            "repairs in March,” Holloway said in an interview, adding that residents would be kept informed.",
        },
    ]
    result = build([write_jsonl(tmp_path / "news.jsonl", records)])
    assert len(result.story.facts) == 3, "near copies stay two articles"
    bridge = next(s for s in result.story.statements if "bridge will close" in s.text)
    node: URIRef = mint("statement", *bridge.key.split("/"))
    assert {r.article_id for r in bridge.reports} == {"gazette", "herald", "radio"}
    assert result.graph.value(node, NG.outletCount) == Literal(3)
    assert result.graph.value(node, NG.independentSourceCount) == Literal(2), "the wire story once, the radio once"
