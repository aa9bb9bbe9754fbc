"""`newsgraph push` into a real Oxigraph server (the `oxigraph` package's binary), started on 127.0.0.1 here."""

from __future__ import annotations

import io
import shutil
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from typing import ClassVar
from urllib.error import URLError
from urllib.parse import urlencode
from urllib.request import Request, urlopen

import pytest
from rdflib import Literal
from rdflib.query import Result
from typer.testing import CliRunner

from cli.app import app
from graph.errors import EndpointError
from graph.store import load_graph, named_query, prefixes
from graph.store.push import graph_store_url, push_file
from tests.conftest import SeedBuild
from tests.store.conftest import Stores, comparable

OXIGRAPH = shutil.which("oxigraph", path=str(Path(sys.executable).parent)) or shutil.which("oxigraph")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def oxigraph_server(tmp_path: Path) -> Iterator[str]:
    """A fresh Oxigraph server on a free port, its default graph *not* the union (newsgraph pushes the merge)."""
    if OXIGRAPH is None:
        pytest.skip("the oxigraph server binary is not installed (pip install oxigraph, in the test extra)")
    port = free_port()
    command = [OXIGRAPH, "serve", "--location", str(tmp_path / "oxigraph"), "--bind", f"127.0.0.1:{port}"]
    with subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE) as server:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            try:
                with urlopen(f"{base}/query?{urlencode({'query': 'ASK {}'})}", timeout=5):
                    break
            except (URLError, OSError):
                assert server.poll() is None, server.stderr.read().decode() if server.stderr else "oxigraph exited"
                assert time.monotonic() < deadline, "oxigraph did not start"
                time.sleep(0.2)
        yield base
        server.terminate()
        server.communicate(timeout=30)


def remote_rows(base: str, query: str) -> list[tuple[object, ...]]:
    """SELECT over HTTP; the predeclared prefixes are sent along, since a server knows none of them."""
    declared = "".join(f"PREFIX {prefix}: <{iri}>\n" for prefix, iri in prefixes().items())
    request = Request(
        f"{base}/query",
        data=urlencode({"query": declared + query}).encode(),
        headers={"Accept": "application/sparql-results+json"},
    )
    with urlopen(request, timeout=60) as response:
        result = Result.parse(io.BytesIO(response.read()), format="json")
    return [tuple(binding.get(var) for var in result.vars or []) for binding in result.bindings]


@pytest.mark.model
def test_pushed_graph_answers_the_statements_query_like_the_local_one(stores: Stores, oxigraph_server: str) -> None:
    run = CliRunner().invoke(app, ["push", "--endpoint", oxigraph_server, "--graph", str(stores.graph_file)])
    assert run.exit_code == 0, run.output
    query = named_query("statements").text
    assert sorted(remote_rows(oxigraph_server, query), key=repr) == comparable(stores.rdflib.query(query))
    per_graph = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
    local = comparable(stores.rdflib.query(per_graph))
    assert sorted(remote_rows(oxigraph_server, per_graph), key=repr) == local, "one named graph per article"
    assert f"pushed {len(local)} named graphs" in run.output


@pytest.mark.model
def test_pushing_twice_replaces_rather_than_duplicates(stores: Stores, oxigraph_server: str) -> None:
    first = push_file(stores.graph_file, graph_store_url(oxigraph_server))
    count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    before = remote_rows(oxigraph_server, count)
    second = push_file(stores.graph_file, graph_store_url(oxigraph_server + "/query"))
    assert first == second and remote_rows(oxigraph_server, count) == before


def test_unreachable_server_is_a_clear_error(tmp_path: Path) -> None:
    graph_file = tmp_path / "graph.ttl"
    graph_file.write_text("<urn:x:s> <urn:x:p> <urn:x:o> .\n", encoding="utf-8")
    url = f"http://127.0.0.1:{free_port()}"
    run = CliRunner().invoke(app, ["push", "--endpoint", url, "--graph", str(graph_file)])
    assert run.exit_code == 2
    assert "cannot reach" in run.output and "is the triple store running" in run.output
    assert "Traceback" not in run.output
    with pytest.raises(EndpointError, match="not an http"):
        graph_store_url("ftp://example.org/store")


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("http://127.0.0.1:7878", "http://127.0.0.1:7878/store"),
        ("http://127.0.0.1:7878/", "http://127.0.0.1:7878/store"),
        ("http://127.0.0.1:7878/query", "http://127.0.0.1:7878/store"),
        ("http://localhost:3030/news/sparql", "http://localhost:3030/news/store"),
        ("http://localhost:3030/news/data", "http://localhost:3030/news/data"),
        ("http://h:7200/repositories/news/rdf-graphs/service", "http://h:7200/repositories/news/rdf-graphs/service"),
    ],
)
def test_graph_store_url(given: str, expected: str) -> None:
    assert graph_store_url(given) == expected


@pytest.mark.model
def test_small_batches_give_the_same_store(stores: Stores, oxigraph_server: str) -> None:
    """A graph pushed 7 triples a request (PUT, then POSTs) holds what one request per graph gives."""
    run = CliRunner().invoke(
        app, ["push", "--endpoint", oxigraph_server, "--graph", str(stores.graph_file), "--batch", "7"]
    )
    assert run.exit_code == 0, run.output
    query = named_query("statements").text
    assert sorted(remote_rows(oxigraph_server, query), key=repr) == comparable(stores.rdflib.query(query))
    per_graph = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
    assert sorted(remote_rows(oxigraph_server, per_graph), key=repr) == comparable(stores.rdflib.query(per_graph))
    merged = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    assert remote_rows(oxigraph_server, merged) == [(Literal(len(load_graph(stores.graph_file))),)]


class _Recorder(BaseHTTPRequestHandler):
    """A Graph Store that keeps nothing: it records each request's method, target and triple count."""

    seen: ClassVar[list[tuple[str, str, int]]] = []

    def _record(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        self.seen.append((self.command, self.path, body.count(b"\n")))
        self.send_response(204)
        self.end_headers()

    do_PUT = do_POST = _record

    def log_message(self, format: str, *args: object) -> None:
        return None


def test_a_large_graph_streams_in_bounded_requests(tmp_path: Path) -> None:
    graph_file = tmp_path / "graph.nq"
    with graph_file.open("w", encoding="utf-8") as out:
        for g in range(3):
            for n in range(2_500):
                out.write(f'<urn:x:s{n}> <urn:x:p> "{g}-{n}" <urn:x:g{g}> .\n')
        out.write("<urn:x:s> <urn:x:p> <urn:x:o> .\n")
    _Recorder.seen = []
    server = HTTPServer(("127.0.0.1", 0), _Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        result = push_file(graph_file, f"http://127.0.0.1:{server.server_port}/store", batch=1_000)
    finally:
        server.shutdown()
        server.server_close()
    assert (result.graphs, result.triples) == (3, 7_501)
    assert max(n for _m, _p, n in _Recorder.seen) <= 1_000
    graph0 = [(m, n) for m, p, n in _Recorder.seen if p.endswith("graph=urn%3Ax%3Ag0")]
    assert [m for m, _n in graph0] == ["PUT", "POST", "POST"] and sum(n for _m, n in graph0) == 2_500
    default = [(m, n) for m, p, n in _Recorder.seen if p.endswith("?default")]
    assert default[0] == ("PUT", 0) and sum(n for _m, n in default) == 7_501  # the merge, built on the server


def test_bulk_load_fills_an_empty_oxigraph_store(seed_build: SeedBuild, tmp_path: Path) -> None:
    import pyoxigraph as ox

    location = tmp_path / "store"
    run = CliRunner().invoke(
        app, ["push", "--oxigraph-store", str(location), "--graph", str(seed_build.out / "graph.trig")]
    )
    assert run.exit_code == 0, run.output
    quads = list(ox.parse(path=str(seed_build.out / "graph.trig")))
    store = ox.Store(str(location))
    named = [q for q in store if not isinstance(q.graph_name, ox.DefaultGraph)]
    assert len(named) == len([q for q in quads if not isinstance(q.graph_name, ox.DefaultGraph)])
    assert {q.graph_name for q in store} == {q.graph_name for q in quads}
    merged = load_graph(seed_build.out / "graph.trig")  # the default graph answers like `newsgraph query`
    assert len(list(store.quads_for_pattern(None, None, None, ox.DefaultGraph()))) == len(merged)
    assert f"loaded {len(store)} quads" in run.output
    del store
    again = CliRunner().invoke(
        app, ["push", "--oxigraph-store", str(location), "--graph", str(seed_build.out / "graph.trig")]
    )
    assert again.exit_code == 2 and "is not empty" in again.output


def test_push_needs_exactly_one_target(tmp_path: Path) -> None:
    run = CliRunner().invoke(app, ["push", "--graph", str(tmp_path / "g.ttl")])
    assert run.exit_code == 2 and "give one of" in run.output
