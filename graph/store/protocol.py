"""A read-only SPARQL 1.1 Protocol endpoint over any store, on the standard library's HTTP server.

``GET /sparql?query=...``, ``POST /sparql`` with a form (``query=...``) or a ``application/sparql-query`` body; the
path ``/query`` answers too, as on an Oxigraph server. The answer's format follows the ``Accept`` header: SPARQL
results JSON (the default), XML, CSV or TSV for SELECT and ASK; Turtle (the default), N-Triples, JSON-LD or RDF/XML
for CONSTRUCT and DESCRIBE. Updates and dataset parameters (``default-graph-uri``, ``named-graph-uri``) are refused,
as are queries that would read anything but the store (:mod:`graph.store.guard`).

Each query runs in a worker process (:mod:`graph.store.pool`) within a time limit and a cap on its answer's size, so
a runaway query is answered 503 and stopped while other clients are served. Only requests naming the server by an
address it listens on (the ``Host`` header: ``localhost``, ``127.0.0.1``, ``[::1]`` or the listening address, with
its port) are answered, so that a web page cannot reach the endpoint through a DNS name it rebinds to this machine.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from graph.errors import QueryError, QueryLimitError
from graph.store.answer import GRAPH_MEDIA_TYPES, RESULT_MEDIA_TYPES, QueryKind, render, serialize_graph
from graph.store.pool import Limits, QueryPool, StoreSource

log = logging.getLogger(__name__)
QUERY_PATHS = frozenset({"/sparql", "/query"})
MAX_BODY = 10 * 1024 * 1024
"""Largest request body read, in bytes: a query, not data."""


LOCAL_NAMES = ("localhost", "127.0.0.1", "[::1]")
_DIGITS = re.compile(r"[0-9]+")


class SparqlServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128
    """Connections the kernel holds while every thread is busy accepting (the standard library's default is 5)."""

    def __init__(self, host: str, port: int, allowed_hosts: Iterable[str] = ()) -> None:
        self.pool: QueryPool | None = None  # before binding: a failed bind calls server_close
        super().__init__((host, port), SparqlHandler)
        bound_port = self.server_address[1]
        names = {*LOCAL_NAMES, *(name.lower() for name in allowed_hosts)}
        if host not in {"", "0.0.0.0", "::"}:
            names.add(f"[{host}]" if ":" in host else host.lower())
        self.hosts = {f"{name}:{bound_port}" for name in names} | (names if bound_port == 80 else set())
        """``Host`` header values answered: each name with the port, or bare on port 80."""

    def server_close(self) -> None:
        super().server_close()
        if self.pool is not None:
            self.pool.close()


def make_server(
    source: StoreSource,
    host: str = "127.0.0.1",
    port: int = 7878,
    limits: Limits | None = None,
    allowed_hosts: Iterable[str] = (),
) -> SparqlServer:
    """A server bound to ``host:port`` (port 0 picks a free one: read it from ``server.server_address``), its query
    workers started on ``source`` (the store's errors are raised here). Also answers requests naming the server as
    one of ``allowed_hosts`` (host names, without the port). ``server_close`` stops the workers."""
    server = SparqlServer(host, port, allowed_hosts)
    try:
        server.pool = QueryPool(source, limits or Limits())
    except BaseException:
        server.server_close()
        raise
    return server


def negotiate(accept: str | None, offered: list[str]) -> str | None:
    """The media type of ``offered`` that ``accept`` prefers (the first offered when any will do), else ``None``."""
    ranges: list[tuple[float, int, str]] = []
    for position, part in enumerate((accept or "*/*").split(",")):
        media, *params = (piece.strip() for piece in part.split(";"))
        quality = 1.0
        for param in params:
            name, _, value = param.partition("=")
            if name.strip() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if media:
            ranges.append((-quality, position, media.lower()))
    for negative_quality, _, media in sorted(ranges):
        if negative_quality >= 0:
            break
        for candidate in offered:
            major = candidate.split("/")[0]
            if media in {candidate, f"{major}/*", "*/*"}:
                return candidate
    return None


class SparqlHandler(BaseHTTPRequestHandler):
    server: SparqlServer
    server_version = "newsgraph-sparql"
    timeout = 60
    """Seconds a client may leave the connection idle (mid-request included) before it is closed."""

    def parse_request(self) -> bool:
        if not super().parse_request():
            return False
        host = self.headers.get("Host")
        if host is not None and host.strip().lower() not in self.server.hosts:
            self._error(HTTPStatus.MISDIRECTED_REQUEST, f"this server does not answer for host {host!r}: use "
                        f"{sorted(self.server.hosts)[0]} (or newsgraph serve --allow-host NAME)")  # fmt: skip
            return False
        return True

    def do_GET(self) -> None:
        url = urlsplit(self.path)
        if url.path == "/":
            self._send(HTTPStatus.OK, "text/plain", _HELP.encode("utf-8"))
            return
        if url.path not in QUERY_PATHS:
            self._error(HTTPStatus.NOT_FOUND, f"no such endpoint {url.path!r}: queries go to /sparql (or /query)")
            return
        self._query(parse_qs(url.query, keep_blank_values=True))

    do_HEAD = do_GET

    def do_POST(self) -> None:
        url = urlsplit(self.path)
        if url.path not in QUERY_PATHS:
            self._error(HTTPStatus.NOT_FOUND, f"no such endpoint {url.path!r}: queries go to /sparql (or /query)")
            return
        body = self._body()
        if body is None:
            return
        content_type = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        params = parse_qs(url.query, keep_blank_values=True)
        if content_type == "application/x-www-form-urlencoded":
            params.update(parse_qs(body, keep_blank_values=True))
        elif content_type == "application/sparql-query":
            params["query"] = [body]
        elif content_type == "application/sparql-update":
            self._error(HTTPStatus.FORBIDDEN, "this endpoint is read-only: SPARQL Update is not accepted")
            return
        else:
            self._error(
                HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
                f"unsupported Content-Type {content_type!r} (expected application/x-www-form-urlencoded or "
                "application/sparql-query)",
            )
            return
        self._query(params)

    def _body(self) -> str | None:
        """The request body (``None`` once an error is sent): ``Content-Length`` bytes, at most :data:`MAX_BODY`."""
        declared = (self.headers.get("Content-Length") or "0").strip()
        if not _DIGITS.fullmatch(declared):
            self.close_connection = True
            self._error(HTTPStatus.BAD_REQUEST, f"Content-Length must be a number of bytes, not {declared!r}")
            return None
        if int(declared) > MAX_BODY:
            self.close_connection = True
            self._error(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, f"request body over {MAX_BODY} bytes: send a query")
            return None
        return self.rfile.read(int(declared)).decode("utf-8", errors="replace")

    def do_PUT(self) -> None:
        self._error(HTTPStatus.METHOD_NOT_ALLOWED, "this endpoint is read-only (use a triple store to load data)")

    do_DELETE = do_PUT
    do_PATCH = do_PUT

    def _query(self, params: dict[str, list[str]]) -> None:
        if "update" in params:
            self._error(HTTPStatus.FORBIDDEN, "this endpoint is read-only: SPARQL Update is not accepted")
            return
        if params.get("default-graph-uri") or params.get("named-graph-uri"):
            self._error(HTTPStatus.BAD_REQUEST, "default-graph-uri and named-graph-uri are not supported: the "
                        "default graph is every graph merged, and GRAPH ?g reaches each article's graph")  # fmt: skip
            return
        queries = params.get("query", [])
        if len(queries) != 1:
            self._error(HTTPStatus.BAD_REQUEST, "give exactly one 'query' parameter")
            return
        assert self.server.pool is not None
        try:
            answer = self.server.pool.answer(queries[0])
        except QueryLimitError as exc:
            self._error(HTTPStatus.SERVICE_UNAVAILABLE, str(exc))
            return
        except QueryError as exc:
            self._error(HTTPStatus.BAD_REQUEST, str(exc))
            return
        except Exception as exc:  # a request must never take the server down
            log.exception("query failed")
            self._error(HTTPStatus.INTERNAL_SERVER_ERROR, f"query failed: {exc}")
            return
        offered = list(GRAPH_MEDIA_TYPES if answer.kind is QueryKind.graph else RESULT_MEDIA_TYPES)
        media = negotiate(self.headers.get("Accept"), offered)
        if media is None:
            self._error(HTTPStatus.NOT_ACCEPTABLE, f"cannot answer in {self.headers.get('Accept')!r}; "
                        f"this answer comes as one of: {', '.join(offered)}")  # fmt: skip
            return
        if answer.kind is QueryKind.graph:
            body = serialize_graph(answer, GRAPH_MEDIA_TYPES[media])
        else:
            body = render(answer, RESULT_MEDIA_TYPES[media])
        self._send(HTTPStatus.OK, media, body.encode("utf-8"))

    def _error(self, status: HTTPStatus, message: str) -> None:
        self._send(status, "text/plain", (message + "\n").encode("utf-8"))

    def _send(self, status: HTTPStatus, media: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", f"{media}; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Vary", "Accept")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        log.info("%s %s", self.address_string(), format % args)


_HELP = """newsgraph SPARQL 1.1 Protocol endpoint (read-only)

  GET  /sparql?query=...                       (URL-encoded query)
  POST /sparql  query=...                      (application/x-www-form-urlencoded)
  POST /sparql  SELECT ...                     (application/sparql-query)

Accept: application/sparql-results+json (default), application/sparql-results+xml, text/csv,
text/tab-separated-values for SELECT and ASK; text/turtle (default), application/n-triples,
application/ld+json, application/rdf+xml for CONSTRUCT and DESCRIBE.
The default graph is every graph merged; GRAPH ?g { ... } reaches each article's own graph.
"""
