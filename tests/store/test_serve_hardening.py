"""`newsgraph serve` under hostile or careless clients: a runaway query is stopped while others are answered, an
oversized answer is refused, a foreign Host header is refused, a bad Content-Length gets 400, HEAD works. Both stores
run over a small hand-written graph (no model needed)."""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from pathlib import Path
from urllib.error import HTTPError
from urllib.parse import urlencode
from urllib.request import Request, urlopen

import pytest
from typer.testing import CliRunner

from cli.app import app
from graph.store import StoreKind
from graph.store.pool import Limits, StoreSource
from graph.store.protocol import MAX_BODY, make_server

PEOPLE = 40
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n ?o . ?p ?q ?r }"
"""Every combination of six triples: about 10^13 of them, more than either engine counts in a test's lifetime."""


def graph_text(people: int = PEOPLE) -> str:
    lines = ["@prefix ng: <https://w3id.org/newsgraph/ontology#> .", "<https://w3id.org/newsgraph/id/article/a> {"]
    lines += [f'  <urn:person:{n}> a ng:Person ; ng:alias "Person {n}" .' for n in range(people)]
    return "\n".join([*lines, "}", ""])


@pytest.fixture(params=list(StoreKind), ids=lambda kind: kind.value)
def endpoint(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[str]:
    """A server on ``tmp_path / "graph.trig"``."""
    graph_file = tmp_path / "graph.trig"
    graph_file.write_text(graph_text(), encoding="utf-8")
    source = StoreSource(request.param, graph_file, tmp_path / "graph.oxigraph")
    server = make_server(source, "127.0.0.1", 0, Limits(timeout=2, max_rows=PEOPLE, workers=2))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/sparql"
    server.shutdown()
    server.server_close()


def fetch(request: Request | str) -> tuple[int, str]:
    try:
        with urlopen(request, timeout=60) as response:
            return response.status, response.read().decode("utf-8")
    except HTTPError as exc:
        return exc.code, exc.read().decode("utf-8")


def url(endpoint: str, query: str) -> str:
    return f"{endpoint}?{urlencode({'query': query})}"


def raw(endpoint: str, request: bytes) -> bytes:
    """Send ``request`` bytes as they are and read the whole response."""
    host, port = endpoint.removeprefix("http://").split("/")[0].split(":")
    with socket.create_connection((host, int(port)), timeout=60) as sock:
        sock.sendall(request)
        chunks = []
        while chunk := sock.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)


def test_a_runaway_query_is_stopped_while_other_clients_are_answered(endpoint: str) -> None:
    runaway: list[tuple[int, str]] = []
    thread = threading.Thread(target=lambda: runaway.append(fetch(url(endpoint, RUNAWAY))))
    thread.start()
    assert fetch(url(endpoint, "ASK { ?s a ng:Person }"))[0] == 200
    thread.join(timeout=60)
    status, body = runaway[0]
    assert status == 503 and "time limit of 2 s" in body
    for _ in range(3):  # its worker was replaced: the server still answers every query
        assert fetch(url(endpoint, "ASK { ?s a ng:Person }"))[0] == 200


def test_an_answer_over_max_rows_is_refused(endpoint: str) -> None:
    status, body = fetch(url(endpoint, "SELECT ?s ?p ?o WHERE { ?s ?p ?o }"))
    assert status == 503 and f"more than {PEOPLE} rows" in body
    assert fetch(url(endpoint, "CONSTRUCT WHERE { ?s ?p ?o }"))[0] == 503
    status, body = fetch(url(endpoint, "SELECT ?s WHERE { ?s a ng:Person }"))
    assert status == 200 and len(json.loads(body)["results"]["bindings"]) == PEOPLE


def test_only_requests_addressed_to_the_server_are_answered(endpoint: str) -> None:
    port = endpoint.split(":")[2].split("/")[0]
    query = url(endpoint, "ASK { ?s a ng:Person }")
    for host in (f"localhost:{port}", f"127.0.0.1:{port}", f"[::1]:{port}"):
        assert fetch(Request(query, headers={"Host": host}))[0] == 200, host
    for host in (f"attacker.example:{port}", "localhost", f"localhost:{int(port) + 1}"):
        status, body = fetch(Request(query, headers={"Host": host}))
        assert status == 421 and "does not answer for host" in body, host


@pytest.mark.parametrize("length", ["-1", "abc", "1e3"])
def test_a_bad_content_length_is_a_400(endpoint: str, length: str) -> None:
    request = f"POST /sparql HTTP/1.1\r\nHost: {endpoint.split('/')[2]}\r\nContent-Length: {length}\r\n"
    response = raw(endpoint, f"{request}Content-Type: application/sparql-query\r\n\r\nASK {{}}".encode())
    assert response.startswith(b"HTTP/1.0 400") and b"Content-Length must be a number" in response


def test_a_large_body_is_a_413_unread(endpoint: str) -> None:
    request = f"POST /sparql HTTP/1.1\r\nHost: {endpoint.split('/')[2]}\r\nContent-Length: {MAX_BODY + 1}\r\n"
    response = raw(endpoint, f"{request}Content-Type: application/sparql-query\r\n\r\nASK {{}}".encode())
    assert response.startswith(b"HTTP/1.0 413")


def test_head_answers_like_get_without_a_body(endpoint: str) -> None:
    query = url(endpoint, "SELECT ?s WHERE { ?s a ng:Person }")
    with urlopen(Request(query, method="HEAD"), timeout=60) as response:
        assert response.status == 200
        assert response.headers["Content-Type"].startswith("application/sparql-results+json")
        assert int(response.headers["Content-Length"]) > 0 and response.read() == b""


def test_queries_reaching_outside_the_store_are_a_400(endpoint: str, tmp_path: Path) -> None:
    secret = tmp_path / "secret.nt"
    secret.write_text('<urn:s> <urn:p> "secret" .\n', encoding="utf-8")
    status, body = fetch(url(endpoint, f"SELECT * FROM <{secret.as_uri()}> WHERE {{ ?s ?p ?o }}"))
    assert status == 400 and "FROM and FROM NAMED are not supported" in body and "secret" not in body
    status, body = fetch(url(endpoint, f"SELECT * WHERE {{ SERVICE <{endpoint}> {{ ?s ?p ?o }} }}"))
    assert status == 400 and "SERVICE is not supported" in body
    assert fetch(Request(endpoint, data=b"update=LOAD+%3Cfile%3A%2F%2F%2Fetc%2Fpasswd%3E", method="POST"))[0] == 403


def test_workers_replacing_stopped_ones_answer_from_the_graph_served(endpoint: str, tmp_path: Path) -> None:
    (tmp_path / "graph.trig").write_text(graph_text(PEOPLE + 1), encoding="utf-8")  # a new build, serve not restarted
    runaways = [threading.Thread(target=fetch, args=(url(endpoint, RUNAWAY),)) for _ in range(2)]
    for thread in runaways:  # both workers are stopped and replaced
        thread.start()
    for thread in runaways:
        thread.join(timeout=60)
    count = url(endpoint, "SELECT (COUNT(*) AS ?n) WHERE { ?s a ng:Person }")
    answers = [fetch(count) for _ in range(30)]
    counts = {json.loads(body)["results"]["bindings"][0]["n"]["value"] for status, body in answers if status == 200}
    assert counts == {str(PEOPLE)}


def test_an_address_in_use_is_exit_2(tmp_path: Path) -> None:
    graph_file = tmp_path / "graph.trig"
    graph_file.write_text(graph_text(), encoding="utf-8")
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = str(taken.getsockname()[1])
        result = CliRunner().invoke(app, ["serve", "--graph", str(graph_file), "--port", port])
    assert result.exit_code == 2 and "cannot listen on 127.0.0.1:" in result.output, result.output
