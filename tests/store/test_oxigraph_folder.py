"""An Oxigraph folder is shared: a process holding it open (as `newsgraph serve` does) never stops `newsgraph query`
beside it, parallel first queries wait for one loader, and a changed graph file is never loaded under a reader."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from cli.app import app
from graph.store import StoreKind, open_store

TRIG = """@prefix ng: <https://w3id.org/newsgraph/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<https://w3id.org/newsgraph/id/article/a> {{
  <https://w3id.org/newsgraph/id/actor/{slug}> a ng:Person ; rdfs:label "{label}" .
}}
"""
QUERY = "SELECT ?label WHERE { ?who a ng:Person ; rdfs:label ?label }"
runner = CliRunner()


def write_graph(folder: Path, label: str) -> Path:
    graph_file = folder / "graph.trig"
    graph_file.write_text(TRIG.format(slug=label.lower().replace(" ", "-"), label=label), encoding="utf-8")
    return graph_file


def query(graph_file: Path, store_path: Path) -> tuple[int, list[str]]:
    args = ["query", QUERY, "-g", str(graph_file), "-s", "oxigraph", "--store-path", str(store_path), "-f", "csv"]
    result = runner.invoke(app, args)
    return result.exit_code, result.output.splitlines()


def test_query_beside_a_process_holding_the_store(tmp_path: Path) -> None:
    graph_file, store_path = write_graph(tmp_path, "Tony Blair"), tmp_path / "graph.oxigraph"
    held = open_store(StoreKind.oxigraph, graph_file, store_path)  # the first open loads the folder
    try:
        assert query(graph_file, store_path) == (0, ["label", "Tony Blair"])
        assert [str(row[0]) for row in held.query(QUERY).rows] == ["Tony Blair"]
    finally:
        held.close()


def test_parallel_first_queries_wait_for_one_loader(tmp_path: Path) -> None:
    graph_file, store_path = write_graph(tmp_path, "Tony Blair"), tmp_path / "graph.oxigraph"
    code = "import sys; from cli.app import main; sys.argv = ['newsgraph', *sys.argv[1:]]; main()"
    args = ["query", QUERY, "-g", str(graph_file), "-s", "oxigraph", "--store-path", str(store_path), "-f", "csv"]
    processes = [
        subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for _ in range(3)
    ]
    results = [(process.wait(timeout=120), *process.communicate()) for process in processes]
    assert [(status, out.splitlines()) for status, out, _ in results] == [(0, ["label", "Tony Blair"])] * 3, results


def test_a_changed_graph_is_not_loaded_under_a_reader(tmp_path: Path) -> None:
    graph_file, store_path = write_graph(tmp_path, "Tony Blair"), tmp_path / "graph.oxigraph"
    held = open_store(StoreKind.oxigraph, graph_file, store_path)
    write_graph(tmp_path, "Gordon Brown")
    try:
        status, output = query(graph_file, store_path)
        assert status == 2 and "another process has it open" in " ".join(output)
        assert [str(row[0]) for row in held.query(QUERY).rows] == ["Tony Blair"]
    finally:
        held.close()
    assert query(graph_file, store_path) == (0, ["label", "Gordon Brown"])
