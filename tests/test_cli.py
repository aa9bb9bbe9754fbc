"""Every command driven end to end through the CLI, writing into tmp_path, as a user would run it."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import graph_diff, isomorphic, to_isomorphic
from typer.testing import CliRunner

from cli.app import app
from ontology import validate
from tests.conftest import SEEDS, SeedBuild

pytestmark = pytest.mark.model
runner = CliRunner()


def query(build: SeedBuild, *args: str) -> str:
    result = runner.invoke(app, ["query", "--graph", str(build.out / "graph.ttl"), *args])
    assert result.exit_code == 0, result.output
    return result.output


def test_help_is_instant_and_loads_no_model() -> None:
    code = (
        "import sys; from cli.app import app; sys.argv=['newsgraph','--help']\n"
        "try:\n    app()\nexcept SystemExit:\n    pass\nassert 'spacy' not in sys.modules, 'spaCy loaded by --help'"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "build" in done.stdout and "query" in done.stdout


def test_build_writes_parseable_turtle_and_offline_html(seed_build: SeedBuild) -> None:
    graph = Graph().parse(seed_build.out / "graph.ttl", format="turtle")
    assert len(graph) > 100
    html = (seed_build.out / "graph.html").read_text(encoding="utf-8")
    assert not re.search(r"<(?:script|link)[^>]+(?:src|href)=[\"']?(?:https?:)?//", html, re.I)
    assert "3 articles" in seed_build.output and "wrote" in seed_build.output


def test_map_nodes_caps_the_page_not_the_graph(seed_build: SeedBuild, tmp_path: Path) -> None:
    run = CliRunner().invoke(app, ["build", str(SEEDS), "-o", str(tmp_path), "--map-nodes", "20"])
    assert run.exit_code == 0, run.output
    assert (tmp_path / "graph.ttl").read_bytes() == (seed_build.out / "graph.ttl").read_bytes()
    html = (tmp_path / "graph.html").read_text(encoding="utf-8")
    assert '"whole":{' in html and '"whole":null' in (seed_build.out / "graph.html").read_text(encoding="utf-8")
    bad = CliRunner().invoke(app, ["build", str(SEEDS), "-o", str(tmp_path / "bad"), "--map-nodes", "0"])
    assert bad.exit_code == 2 and not (tmp_path / "bad").exists()


def test_turtle_is_the_built_graph(seed_build: SeedBuild) -> None:
    on_disk = Graph().parse(seed_build.out / "graph.ttl", format="turtle")
    rebuilt = seed_build.result.graph
    if not isomorphic(on_disk, rebuilt):
        _, only_disk, only_rebuilt = graph_diff(to_isomorphic(on_disk), to_isomorphic(rebuilt))
        pytest.fail(f"written and rebuilt graphs differ:\n{only_disk.serialize()}\n---\n{only_rebuilt.serialize()}")


def test_built_graph_conforms_to_shapes(seed_build: SeedBuild) -> None:
    report = validate(Graph().parse(seed_build.out / "graph.ttl", format="turtle"))
    assert report.conforms, "\n".join(f"{v.focus} {v.path}: {v.message}" for v in report.violations[:20])


def test_statements_lists_the_cold_war_letter_with_speaker_and_outlet(seed_build: SeedBuild) -> None:
    rows = list(csv.DictReader(io.StringIO(query(seed_build, "--named", "statements", "--format", "csv"))))
    assert list(rows[0]) == ["statement", "text", "speaker", "speaker_label", "date", "article", "publisher", "via"]
    cold_war = [r for r in rows if "Cold War era" in r["text"]]
    assert cold_war, "the Lomonosovsky letter's Cold War quote is missing"
    assert all("Lomonosovsky" in r["speaker_label"] for r in cold_war)
    assert {r["publisher"] for r in cold_war} >= {"The Western Journal"}
    holding = Counter(r["statement"] for r in cold_war)
    statement, reports = holding.most_common(1)[0]
    assert reports == 2 and len({r["article"] for r in cold_war if r["statement"] == statement}) == 2, (
        "one statement, reported by two articles in two translations"
    )
    assert len(holding) <= 2, "only the span that also quotes the next sentence reports a second statement"


def test_json_is_sparql_results_json(seed_build: SeedBuild) -> None:
    data = json.loads(query(seed_build, "--named", "actors", "--format", "json"))
    assert data["head"]["vars"] == ["actor", "label", "type", "aliases", "articles"]
    bindings = data["results"]["bindings"]
    assert bindings and all(b["actor"]["type"] == "uri" for b in bindings)
    putin = [b for b in bindings if b["label"]["value"] == "Vladimir Putin"]
    assert len(putin) == 1 and "Putin" in putin[0]["aliases"]["value"].split(" | ")


def test_tsv_and_table(seed_build: SeedBuild) -> None:
    tsv = query(seed_build, "--named", "timeline", "--format", "tsv").splitlines()
    assert tsv[0] == "?date\t?kind\t?label\t?article\t?granularity\t?basis\t?item\t?value"
    dated = [line.split("\t")[0] for line in tsv[1:] if line.split("\t")[0]]
    assert dated == sorted(dated), "timeline is in date order"
    table = query(seed_build, "--named", "dates")
    assert table.splitlines()[0].split() == ["article", "text", "start", "end", "value", "granularity", "anchor"]
    assert "2022-09-11" in table  # "just yesterday" in the article dated 2022-09-12


def test_query_binds_parameters_safely(seed_build: SeedBuild) -> None:
    sparql = "SELECT ?actor WHERE { ?actor rdfs:label ?name }"
    assert "vladimir-putin" in query(seed_build, sparql, "--bind", "name=Vladimir Putin")
    hostile = query(seed_build, sparql, "--bind", 'name=x" } ?a ?b ?c { "')
    assert "(0 rows)" in hostile


def test_query_syntax_error_points_at_position(seed_build: SeedBuild) -> None:
    result = runner.invoke(app, ["query", "SELECT ?x WHERE { ?x a", "--graph", str(seed_build.out / "graph.ttl")])
    assert result.exit_code == 2
    assert "line 1, column" in result.output and "Traceback" not in result.output


def test_unknown_named_query_lists_the_valid_ones(seed_build: SeedBuild) -> None:
    result = runner.invoke(app, ["query", "--named", "nope", "--graph", str(seed_build.out / "graph.ttl")])
    assert result.exit_code == 2 and "statements" in result.output


@pytest.mark.parametrize(("fmt", "suffix", "rdflib_format"), [
    ("turtle", "ttl", "turtle"), ("nt", "nt", "nt"), ("jsonld", "jsonld", "json-ld"),
    ("trig", "trig", "trig"), ("nquads", "nq", "nquads"),
])  # fmt: skip
def test_export_round_trips(seed_build: SeedBuild, tmp_path: Path, fmt: str, suffix: str, rdflib_format: str) -> None:
    import warnings

    from rdflib import Dataset

    target = tmp_path / f"export.{suffix}"
    result = runner.invoke(app, ["export", "--graph", str(seed_build.out / "graph.trig"), "-f", fmt, "-o", str(target)])
    assert result.exit_code == 0, result.output
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # rdflib's own ConjunctiveGraph use in the parsers
        dataset = Dataset(default_union=True).parse(target, format=rdflib_format)
    exported = Graph()
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        exported.add((s, p, o))
    assert isomorphic(exported, Graph().parse(seed_build.out / "graph.ttl", format="turtle"))
    if fmt in {"trig", "nquads"}:
        named = {str(c) for _, _, _, c in dataset.quads((None, None, None, None)) if c is not None}
        assert sum("/graph/" in c for c in named) == len(list(SEEDS.glob("*.txt"))), "one named graph per article"


def test_build_reports_missing_input(tmp_path: Path) -> None:
    result = runner.invoke(app, ["build", str(tmp_path / "nope"), "-o", str(tmp_path)])
    assert result.exit_code == 2 and "does not exist" in result.output


def test_build_skips_unreadable_article_and_says_so(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "good.txt").write_text("A title\n\n“We will win,” said Jane Doe on Monday.\n", encoding="utf-8")
    (tmp_path / "in" / "empty.txt").write_text("  \n", encoding="utf-8")
    result = runner.invoke(app, ["build", str(tmp_path / "in"), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1, result.output
    assert "empty.txt" in result.output and "1 articles" in result.output
    assert (tmp_path / "out" / "graph.ttl").is_file()
