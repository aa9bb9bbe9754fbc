"""`newsgraph query` and `newsgraph validate` end to end: every query form, both stores, readable failures."""

from __future__ import annotations

import csv
import io
import json
import warnings
from pathlib import Path

import pytest
from rdflib import Graph
from typer.testing import CliRunner

from cli.app import app
from tests.conftest import SeedBuild

pytestmark = pytest.mark.model
runner = CliRunner()
STORES = ["rdflib", "oxigraph"]


def run(build: SeedBuild, store: str, *args: str, code: int = 0) -> str:
    where = ["--graph", str(build.out / "graph.trig"), "--store", store]
    if store == "oxigraph":
        where += ["--store-path", str(build.out / "cli.oxigraph")]
    result = runner.invoke(app, ["query", *where, *args])
    assert result.exit_code == code, result.output
    return result.output


@pytest.mark.parametrize("store", STORES)
def test_select_ask_construct_describe(seed_build: SeedBuild, store: str) -> None:
    rows = list(csv.reader(io.StringIO(run(seed_build, store, "SELECT ?a WHERE { ?a a ng:Article }", "-f", "csv"))))
    assert rows[0] == ["a"] and len(rows) - 1 == len(seed_build.result.story.facts)
    assert run(seed_build, store, "ASK { ?s a ng:Statement }") == "true\n"
    assert run(seed_build, store, "ASK { ?s a ng:Nothing }") == "false\n"
    assert json.loads(run(seed_build, store, "ASK { ?s a ng:Statement }", "-f", "json")) == {
        "head": {},
        "boolean": True,
    }
    turtle = run(seed_build, store, "CONSTRUCT { ?s ng:speaker ?o } WHERE { ?s ng:speaker ?o }")
    assert turtle.startswith("@prefix") and len(Graph().parse(data=turtle, format="turtle")) > 0
    jsonld = run(seed_build, store, "CONSTRUCT { ?s ng:speaker ?o } WHERE { ?s ng:speaker ?o }", "-f", "json")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # rdflib's JSON-LD parser uses its ConjunctiveGraph
        from_jsonld = Graph().parse(data=jsonld, format="json-ld")
    assert len(from_jsonld) == len(Graph().parse(data=turtle, format="turtle"))
    described = run(seed_build, store, "DESCRIBE ?a WHERE { ?a a ng:Article } ORDER BY ?a LIMIT 1")
    assert "ng:Article" in described
    errored = run(seed_build, store, "CONSTRUCT WHERE { ?s ?p ?o }", "-f", "csv", code=2)
    assert "is a graph" in errored


@pytest.mark.parametrize("store", STORES)
def test_named_said_by_with_a_bound_actor(seed_build: SeedBuild, store: str) -> None:
    speakers = csv.DictReader(io.StringIO(run(seed_build, store, "--named", "statements", "-f", "csv")))
    name = sorted({row["speaker_label"] for row in speakers if row["speaker_label"]})[0]
    rows = list(csv.DictReader(io.StringIO(run(seed_build, store, "-n", "said-by", "-b", f"actor={name.upper()}",
                                               "-f", "csv"))))  # fmt: skip
    assert rows and list(rows[0]) == [
        "actor", "speaker", "statement", "text", "date", "granularity", "articles", "outlets",
    ]  # fmt: skip
    assert {row["actor"] for row in rows} == {name.upper()}
    missing = run(seed_build, store, "--named", "said-by", code=2)
    assert "needs --bind actor=" in missing and "Traceback" not in missing


@pytest.mark.parametrize("store", STORES)
def test_limit_and_offset_page_a_named_listing(seed_build: SeedBuild, store: str) -> None:
    whole = list(csv.reader(io.StringIO(run(seed_build, store, "-n", "timeline", "-f", "csv"))))
    first = list(csv.reader(io.StringIO(run(seed_build, store, "-n", "timeline", "-f", "csv", "--limit", "5"))))
    rest = run(seed_build, store, "-n", "timeline", "-f", "csv", "--offset", "5")
    assert first + list(csv.reader(io.StringIO(rest)))[1:] == whole and len(first) == 6
    assert "only the rows of a SELECT" in run(seed_build, store, "ASK { ?s ?p ?o }", "--limit", "1", code=2)


def test_list_shows_every_named_query_and_its_parameters(seed_build: SeedBuild) -> None:
    listed = runner.invoke(app, ["query", "--list"]).output
    files = {path.stem for path in (Path(__file__).parent.parent / "graph" / "store" / "named").glob("*.rq")}
    names = {stem for stem in files if "." not in stem}  # NAME.ENGINE.rq is one engine's text of NAME
    assert names < files
    assert {line.split()[0] for line in listed.splitlines() if line and not line.startswith(" ")} == names
    assert "needs --bind actor=" in listed


@pytest.mark.parametrize("store", STORES)
def test_syntax_error_points_at_the_position(seed_build: SeedBuild, store: str) -> None:
    output = run(seed_build, store, "SELECT ?x\nWHERE { ?x ?p ?o ?q }", code=2)
    assert "syntax error at line 2, column" in output and "Traceback" not in output


def test_bind_takes_iris_in_angle_brackets(seed_build: SeedBuild) -> None:
    first = run(seed_build, "rdflib", "SELECT ?a WHERE { ?a a ng:Article } ORDER BY ?a LIMIT 1", "-f", "tsv")
    iri = first.splitlines()[1]
    answer = run(seed_build, "rdflib", "ASK { ?a a ng:Article }", "-b", f"a={iri}")
    assert answer == "true\n"
    assert "NAME=VALUE" in run(seed_build, "rdflib", "ASK {}", "-b", "no equals sign", code=2)


def test_validate_conforming_graph_exits_0(seed_build: SeedBuild) -> None:
    result = runner.invoke(app, ["validate", str(seed_build.out / "graph.trig")])
    assert result.exit_code == 0, result.output
    assert "conforms" in result.output


def test_validate_lists_violations_and_exits_1(tmp_path: Path) -> None:
    broken = tmp_path / "broken.ttl"
    broken.write_text(
        "@prefix ng: <https://w3id.org/newsgraph/ontology#> .\n"
        "<https://w3id.org/newsgraph/id/report/a/1-2> a ng:Report ; ng:text 5 .\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["validate", str(broken)])
    assert result.exit_code == 1, result.output
    assert "ngd:report/a/1-2" in result.output  # the focus node
    assert "path: ng:reportOf" in result.output and "path: ng:text" in result.output
    assert "violation(s) on 1 node(s)" in result.output
    missing = runner.invoke(app, ["validate", str(tmp_path / "missing.trig")])
    assert missing.exit_code == 2 and "not found" in missing.output
