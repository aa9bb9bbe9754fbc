"""`newsgraph query` never answers nothing in silence: a binding the named query does not declare and an undeclared
prefix are errors, an actor that matches no one is said so with the closest names, and TSV keeps one row a line.
Both stores run over a small hand-written graph (no model needed)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli.app import app

runner = CliRunner()
STORES = ["rdflib", "oxigraph"]
TRIG = """@prefix ng: <https://w3id.org/newsgraph/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<https://w3id.org/newsgraph/id/article/a> {
  <https://w3id.org/newsgraph/id/actor/tony-blair> a ng:Person ; rdfs:label "Tony Blair" ; ng:alias "Blair" .
  <https://w3id.org/newsgraph/id/actor/gordon-brown> a ng:Person ; rdfs:label "Gordon Brown" .
  <https://w3id.org/newsgraph/id/statement/1> a ng:Statement ;
    ng:speaker <https://w3id.org/newsgraph/id/actor/gordon-brown> ; ng:text "First line.\\n\\tSecond\\\\line." .
}
"""


def run(tmp_path: Path, store: str, *args: str, code: int = 0) -> tuple[str, str]:
    graph_file = tmp_path / "graph.trig"
    if not graph_file.exists():
        graph_file.write_text(TRIG, encoding="utf-8")
    where = ["--graph", str(graph_file), "--store", store, "--store-path", str(tmp_path / "graph.oxigraph")]
    result = runner.invoke(app, ["query", *where, *args])
    assert result.exit_code == code, (result.stdout, result.stderr)
    return result.stdout, result.stderr


@pytest.mark.parametrize("store", STORES)
def test_a_binding_the_named_query_does_not_declare_is_refused(tmp_path: Path, store: str) -> None:
    _, error = run(tmp_path, store, "--named", "actors", "--bind", "actor=Blair", code=2)
    assert "named query 'actors' has no parameter for --bind actor: it takes no parameters" in error
    _, error = run(tmp_path, store, "--named", "said-by", "--bind", "actor=Blair", "--bind", "who=x", code=2)
    assert "no parameter for --bind who: it takes --bind actor=VALUE (the actor's name" in error


@pytest.mark.parametrize("store", STORES)
def test_an_undeclared_prefix_is_an_error_naming_it(tmp_path: Path, store: str) -> None:
    _, error = run(tmp_path, store, "SELECT ?name WHERE { ?who foaf:name ?name }", code=2)
    assert "unknown prefix foaf:" in error


@pytest.mark.parametrize("store", STORES)
def test_an_actor_matching_no_one_is_said_so_with_the_closest_names(tmp_path: Path, store: str) -> None:
    out, error = run(tmp_path, store, "--named", "said-by", "--bind", "actor=Tony Blaire", "-f", "csv")
    assert out.splitlines() == ["actor,speaker,statement,text,date,granularity,articles,outlets"]
    assert error == "newsgraph: no actor in the graph is named 'Tony Blaire'; closest: 'Tony Blair', 'Blair'\n"
    _, error = run(tmp_path, store, "--named", "said-by", "--bind", "actor=Zzyzx Qwv", "-f", "csv")
    assert error == "newsgraph: no actor in the graph is named 'Zzyzx Qwv'\n"
    for known in ("blair", "<https://w3id.org/newsgraph/id/actor/tony-blair>"):  # an actor who said nothing
        out, error = run(tmp_path, store, "--named", "said-by", "--bind", f"actor={known}", "-f", "csv")
        assert len(out.splitlines()) == 1 and error == ""


@pytest.mark.parametrize("store", STORES)
def test_tsv_escapes_tabs_and_newlines_inside_literals(tmp_path: Path, store: str) -> None:
    out, _ = run(tmp_path, store, "--named", "said-by", "--bind", "actor=Gordon Brown", "-f", "tsv")
    header, row = out.splitlines()
    text = row.split("\t")[header.split("\t").index("?text")]
    assert text in {
        r'"First line.\n\tSecond\\line."',
        r'"First line.\n\tSecond\\line."^^<http://www.w3.org/2001/XMLSchema#string>',
    }
    csv_rows = list(
        csv.DictReader(io.StringIO(run(tmp_path, store, "-n", "said-by", "-b", "actor=gordon brown", "-f", "csv")[0]))
    )
    assert csv_rows[0]["text"] == "First line.\n\tSecond\\line."
