"""`newsgraph serve` speaks the SPARQL 1.1 Protocol: driven over HTTP with urllib, on a free port."""

from __future__ import annotations

import csv
import io
import json
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from urllib.error import HTTPError
from urllib.parse import urlencode
from urllib.request import Request, urlopen

import pytest
from rdflib import Graph
from rdflib.query import Result

from graph.store import StoreKind, named_query
from graph.store.pool import StoreSource
from graph.store.protocol import SparqlServer, make_server, negotiate
from tests.store.conftest import Stores, comparable

pytestmark = pytest.mark.model


@pytest.fixture(params=list(StoreKind), ids=lambda kind: kind.value)
def endpoint(stores: Stores, request: pytest.FixtureRequest) -> Iterator[str]:
    source = StoreSource(request.param, stores.graph_file, stores.oxigraph_path)
    server: SparqlServer = make_server(source, "127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    host, port = server.server_address[:2]
    yield f"http://{host!s}:{port}/sparql"
    server.shutdown()
    server.server_close()


def fetch(request: Request | str) -> tuple[int, str, str]:
    try:
        with urlopen(request, timeout=30) as response:
            return response.status, response.headers["Content-Type"], response.read().decode("utf-8")
    except HTTPError as exc:
        return exc.code, exc.headers["Content-Type"], exc.read().decode("utf-8")


def get(endpoint: str, query: str, accept: str | None = None) -> tuple[int, str, str]:
    headers = {"Accept": accept} if accept else {}
    return fetch(Request(f"{endpoint}?{urlencode({'query': query})}", headers=headers))


def test_get_post_form_and_post_body_give_the_local_rows(stores: Stores, endpoint: str) -> None:
    query = named_query("statements").text
    expected = comparable(stores.rdflib.query(query))
    requests = [
        Request(f"{endpoint}?{urlencode({'query': query})}"),
        Request(endpoint, data=urlencode({"query": query}).encode(), method="POST"),
        Request(endpoint, data=query.encode(), method="POST", headers={"Content-Type": "application/sparql-query"}),
    ]
    for request in requests:
        request.add_header("Accept", "application/sparql-results+json")
        status, media, body = fetch(request)
        assert status == 200, body
        assert media.startswith("application/sparql-results+json")
        result = Result.parse(io.StringIO(body), format="json")
        rows = [tuple(binding.get(var) for var in result.vars or []) for binding in result.bindings]
        assert sorted(rows, key=repr) == expected


def test_accept_header_picks_the_format(endpoint: str) -> None:
    select = "SELECT ?s ?label WHERE { ?s a ng:Person ; rdfs:label ?label } ORDER BY ?label"
    status, media, body = get(endpoint, select, "text/csv")
    assert (status, media.split(";")[0]) == (200, "text/csv")
    rows = list(csv.reader(io.StringIO(body)))
    assert rows[0] == ["s", "label"] and len(rows) > 1
    status, media, body = get(endpoint, select, "text/tab-separated-values")
    assert media.startswith("text/tab-separated-values") and body.splitlines()[0] == "?s\t?label"
    status, media, body = get(endpoint, select, "application/sparql-results+xml")
    assert media.startswith("application/sparql-results+xml") and "<sparql" in body
    status, media, body = get(endpoint, select, "text/html;q=0.9, application/sparql-results+json;q=1")
    assert media.startswith("application/sparql-results+json") and json.loads(body)["head"]["vars"] == ["s", "label"]
    status, media, body = get(endpoint, "ASK { ?s a ng:Statement }")
    assert json.loads(body) == {"head": {}, "boolean": True}


def test_construct_answers_turtle_and_other_rdf_syntaxes(endpoint: str) -> None:
    query = "CONSTRUCT { ?s ng:speaker ?o } WHERE { ?s ng:speaker ?o }"
    status, media, body = get(endpoint, query)
    assert (status, media.split(";")[0]) == (200, "text/turtle")
    turtle = Graph().parse(data=body, format="turtle")
    assert len(turtle) > 0
    status, media, body = get(endpoint, query, "application/n-triples")
    assert media.startswith("application/n-triples")
    assert len(Graph().parse(data=body, format="nt")) == len(turtle)


def test_errors_are_http_statuses_with_a_message(endpoint: str) -> None:
    status, _, body = get(endpoint, "SELECT ?x WHERE { ?x a")
    assert status == 400 and "line 1, column" in body
    assert get(endpoint, "SELECT * WHERE { ?s ?p ?o } LIMIT 1", "image/png")[0] == 406
    assert fetch(endpoint)[0] == 400  # no query parameter
    assert fetch(endpoint.replace("/sparql", "/nowhere"))[0] == 404
    update = Request(endpoint, data=b"update=CLEAR+ALL", method="POST")
    assert fetch(update)[0] == 403
    assert fetch(Request(endpoint, data=b"x", method="PUT"))[0] == 405
    odd = Request(endpoint, data=b"x", method="POST", headers={"Content-Type": "text/plain"})
    assert fetch(odd)[0] == 415
    dataset = f"{endpoint}?{urlencode({'query': 'ASK {}', 'default-graph-uri': 'urn:x'})}"
    assert fetch(dataset)[0] == 400


@pytest.mark.parametrize(
    ("accept", "expected"),
    [
        (None, "application/sparql-results+json"),
        ("*/*", "application/sparql-results+json"),
        ("text/*", "text/csv"),
        ("text/csv;q=0.5, text/tab-separated-values", "text/tab-separated-values"),
        ("image/png", None),
        ("text/csv;q=0", None),
    ],
)
def test_negotiate(accept: str | None, expected: str | None) -> None:
    offered = ["application/sparql-results+json", "text/csv", "text/tab-separated-values"]
    assert negotiate(accept, offered) == expected


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _terminal_sigint() -> None:
    """In the server: Ctrl-C as a terminal gives it, even where the test runs in a script's background job, whose
    processes inherit an ignored SIGINT."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM], ids=["ctrl-c", "kill"])
def test_serve_command_answers_until_interrupted(stores: Stores, stop: signal.Signals) -> None:
    port = free_port()
    code = "import sys; from cli.app import main; sys.argv = ['newsgraph', *sys.argv[1:]]; main()"
    args = ["serve", "--graph", str(stores.graph_file), "--port", str(port), "--store", "oxigraph"]
    args += ["--store-path", str(stores.graph_file.parent / "serve.oxigraph")]
    command = [sys.executable, "-c", code, *args]
    with subprocess.Popen(command, stdout=subprocess.PIPE, text=True, preexec_fn=_terminal_sigint) as server:
        endpoint = f"http://127.0.0.1:{port}/sparql"
        deadline = time.monotonic() + 120
        while True:
            try:
                status, _, body = get(endpoint, "ASK { ?s a ng:Article }")
                break
            except OSError:
                assert server.poll() is None and time.monotonic() < deadline, "server did not start"
                time.sleep(0.2)
        server.send_signal(stop)
        try:
            out, _ = server.communicate(timeout=60)
        except subprocess.TimeoutExpired:
            server.kill()  # a server that ignores Ctrl-C fails the test instead of hanging the suite
            out, _ = server.communicate()
            pytest.fail(f"the server did not stop within 60 s of {stop.name}; it printed: {out!r}")
    assert status == 200 and json.loads(body)["boolean"] is True
    assert server.returncode == 0
    assert f"http://127.0.0.1:{port}/sparql" in out
