"""A read-only SPARQL 1.1 Protocol endpoint over any store, on the standard library's HTTP server.

``GET /sparql?query=...``, ``POST /sparql`` with a form (``query=...``) or a ``application/sparql-query`` body; the
path ``/query`` answers too, as on an Oxigraph server. The answer's format follows the ``Accept`` header: SPARQL
results JSON (the default), XML, CSV or TSV for SELECT and ASK; Turtle (the default), N-Triples, JSON-LD or RDF/XML
for CONSTRUCT and DESCRIBE. Updates and dataset parameters (``default-graph-uri``, ``named-graph-uri``) are refused.
"""

from __future__ import annotations

import logging
import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from graph.errors import QueryError
from graph.store.answer import GRAPH_MEDIA_TYPES, RESULT_MEDIA_TYPES, Answer, QueryKind, render, serialize_graph
from graph.store.backends import StoreKind, TripleStore

log = logging.getLogger(__name__)
QUERY_PATHS = frozenset({"/sparql", "/query"})
MAX_BODY = 10 * 1024 * 1024
"""Largest request body read, in bytes: a query, not data."""


class SparqlServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, store: TripleStore, host: str, port: int) -> None:
        super().__init__((host, port), SparqlHandler)
        self.store = store
        self.lock = threading.Lock() if store.kind is StoreKind.rdflib else None
        """rdflib's SPARQL engine is not known to be thread-safe; Oxigraph's store is."""

    def answer(self, query: str) -> Answer:
        if self.lock is None:
            return self.store.query(query)
        with self.lock:
            return self.store.query(query)


def make_server(store: TripleStore, host: str = "127.0.0.1", port: int = 7878) -> SparqlServer:
    """A server bound to ``host:port`` (port 0 picks a free one: read it from ``server.server_address``)."""
    return SparqlServer(store, host, port)


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

    def do_GET(self) -> None:
        url = urlsplit(self.path)
        if url.path == "/":
            self._send(HTTPStatus.OK, "text/plain", _HELP.encode("utf-8"))
            return
        if url.path not in QUERY_PATHS:
            self._error(HTTPStatus.NOT_FOUND, f"no such endpoint {url.path!r}: queries go to /sparql (or /query)")
            return
        self._query(parse_qs(url.query, keep_blank_values=True))

    def do_POST(self) -> None:
        url = urlsplit(self.path)
        if url.path not in QUERY_PATHS:
            self._error(HTTPStatus.NOT_FOUND, f"no such endpoint {url.path!r}: queries go to /sparql (or /query)")
            return
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            self._error(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, f"request body over {MAX_BODY} bytes")
            return
        body = self.rfile.read(length).decode("utf-8", errors="replace")
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
        try:
            answer = self.server.answer(queries[0])
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
