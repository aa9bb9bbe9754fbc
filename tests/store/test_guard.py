"""A query answers from the store only: FROM, FROM NAMED and SERVICE are refused before either engine reads a file or
fetches a URL, and a prefix that is neither declared nor predeclared is named in an error rather than matching
nothing. Both stores run over a small hand-written graph (no model needed)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest

from graph.errors import QueryError
from graph.store import StoreKind, TripleStore, open_store

TRIG = """@prefix ng: <https://w3id.org/newsgraph/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<https://w3id.org/newsgraph/id/article/a> {
  <https://w3id.org/newsgraph/id/actor/tony-blair> a ng:Person ; rdfs:label "Tony Blair" .
}
"""


@pytest.fixture(params=list(StoreKind), ids=lambda kind: kind.value)
def store(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[TripleStore]:
    graph_file = tmp_path / "graph.trig"
    graph_file.write_text(TRIG, encoding="utf-8")
    opened = open_store(request.param, graph_file, tmp_path / "graph.oxigraph")
    yield opened
    opened.close()


@pytest.fixture
def visited() -> Iterator[tuple[str, list[str]]]:
    """A local web server and the paths requested from it."""
    paths: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            paths.append(self.path)
            self.send_response(404)
            self.end_headers()

        do_POST = do_GET

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}", paths
    server.shutdown()
    server.server_close()


def test_from_a_local_file_is_refused(store: TripleStore, tmp_path: Path) -> None:
    secret = tmp_path / "secret.nt"
    secret.write_text('<urn:s> <urn:p> "secret" .\n', encoding="utf-8")
    for clause in ("FROM", "FROM NAMED"):
        with pytest.raises(QueryError, match="FROM and FROM NAMED are not supported"):
            store.query(f"SELECT * {clause} <{secret.as_uri()}> WHERE {{ ?s ?p ?o }}")


def test_from_and_service_fetch_nothing(store: TripleStore, visited: tuple[str, list[str]]) -> None:
    url, paths = visited
    queries = [
        f"SELECT * FROM <{url}/graph> WHERE {{ ?s ?p ?o }}",
        f"select * from named <{url}/named> where {{ graph ?g {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ SERVICE <{url}/sparql> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ ?s ?p ?o . OPTIONAL {{ service silent <{url}/silent> {{ ?s ?q ?v }} }} }}",
        f"SELECT * WHERE {{ SERVIC\\u0045 <{url}/escaped> {{ ?s ?p ?o }} }}",  # escapes are expanded before parsing
        f"SELECT * FR\\u004fM <{url}/escaped> WHERE {{ ?s ?p ?o }}",
    ]
    for query in queries:
        with pytest.raises(QueryError, match="not supported"):
            store.query(query)
    assert paths == []


def test_words_inside_strings_iris_and_comments_are_not_clauses(store: TripleStore) -> None:
    query = """# FROM <file:///etc/passwd> in a comment
    SELECT ?who WHERE { ?who rdfs:label ?label . FILTER (?label != "from service" && ?who != <urn:service:from>) }"""
    assert [str(row[0]) for row in store.query(query).rows] == ["https://w3id.org/newsgraph/id/actor/tony-blair"]


def test_an_undeclared_prefix_is_named(store: TripleStore) -> None:
    with pytest.raises(
        QueryError, match=r"unknown prefix foaf: \(declare it: PREFIX foaf: <\.\.\.>; predeclared: .*ng:"
    ):
        store.query("SELECT ?name WHERE { ?who foaf:name ?name }")
    declared = "PREFIX foaf: <http://xmlns.com/foaf/0.1/> SELECT ?name WHERE { ?who foaf:name ?name }"
    assert store.query(declared).rows == ()


def test_load_is_refused(store: TripleStore, tmp_path: Path) -> None:
    with pytest.raises(QueryError):
        store.query(f"LOAD <{(tmp_path / 'graph.trig').as_uri()}>")
