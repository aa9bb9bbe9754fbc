"""Load a dataset into a running triple store through the SPARQL 1.1 Graph Store HTTP Protocol.

Each article's named graph is PUT to ``STORE?graph=IRI`` (replacing what the server held under that IRI), and the
default graph to ``STORE?default``: by default the *merged* graph, so the server's default graph answers exactly
as ``newsgraph query`` does, without a union-default-graph setting (Oxigraph's union counts a triple once per
graph stating it). Servers whose default graph already is the union of every graph (GraphDB) take
``merged_default=False``: the default graph then holds only what the merge adds.

Graph Store endpoints: Oxigraph ``http://HOST:7878/store``; Apache Jena Fuseki ``http://HOST:3030/DATASET/data``;
GraphDB ``http://HOST:7200/repositories/REPO/rdf-graphs/service``.

:func:`push_file` streams a graph file of any size in bounded memory: it reads one quad at a time and sends batches
of :data:`BATCH_TRIPLES` as N-Triples, the first batch of a graph as a PUT (replacing it) and the rest as POSTs
(adding to it); the merged default graph is built on the server by POSTing every batch to the default graph too,
which the server keeps as a set. :func:`bulk_load` fills an empty Oxigraph store folder the same way, with no server.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.error import HTTPError, URLError
from urllib.parse import quote, urlsplit, urlunsplit
from urllib.request import Request, urlopen

import pyoxigraph as ox

from graph.errors import EndpointError, GraphFileError
from graph.store.files import graph_file_format, oxigraph_format

BATCH_TRIPLES = 50_000
"""Triples per request when streaming a file: a request's body is a few megabytes, whatever the graph's size."""
DEFAULT = "default"

GRAPH_STORE_SUFFIXES = ("/store", "/data", "/rdf-graphs/service")
"""How the Graph Store endpoints of Oxigraph, Fuseki and GraphDB end: a URL ending so is used as it is."""
QUERY_SUFFIXES = ("/query", "/sparql")


@dataclass(frozen=True, slots=True)
class PushResult:
    store_url: str
    graphs: int
    """Named graphs PUT, the default graph not counted."""
    triples: int
    """Triples sent, over every request."""


def graph_store_url(endpoint: str) -> str:
    """The Graph Store endpoint of a server given by its base or query URL, the way Oxigraph lays them out:
    ``http://h:7878`` and ``http://h:7878/query`` give ``http://h:7878/store``. A URL that already ends like a
    Graph Store endpoint (``/store``, ``/data``, ``/rdf-graphs/service``) is returned unchanged."""
    parts = urlsplit(endpoint)
    if parts.scheme not in {"http", "https"} or not parts.netloc:
        raise EndpointError(f"not an http(s) URL: {endpoint!r} (e.g. http://127.0.0.1:7878)")
    path = parts.path.rstrip("/")
    if not path.endswith(GRAPH_STORE_SUFFIXES):
        for suffix in QUERY_SUFFIXES:
            path = path.removesuffix(suffix)
        path += "/store"
    return urlunsplit((parts.scheme, parts.netloc, path, "", ""))


def push_file(
    path: Path,
    store_url: str,
    *,
    merged_default: bool = True,
    timeout: float = 60.0,
    batch: int = BATCH_TRIPLES,
) -> PushResult:
    """Stream the graph file ``path`` (TriG, N-Quads, Turtle, N-Triples, ...) to the Graph Store endpoint
    ``store_url`` in batches of ``batch`` triples: memory holds one batch, whatever the file's size.

    Each named graph replaces what the server held under its IRI; the default graph becomes the file's default
    graph, plus (``merged_default``) every triple of every named graph. Blank nodes are scoped to one request, as
    in any N-Triples document: a file whose blank nodes span more than one batch should be loaded whole instead
    (:func:`bulk_load`, or the store's own loader).
    """
    graphs: set[str] = set()
    triples = 0
    _send(f"{store_url}?default", b"", "PUT", timeout)  # the default graph is rebuilt from this file alone
    for name, chunk in _batches(_quads(path), batch):
        body = ox.serialize(chunk, format=ox.RdfFormat.N_TRIPLES) or b""
        if name == DEFAULT:
            _send(f"{store_url}?default", body, "POST", timeout)
        else:
            method = "POST" if name in graphs else "PUT"
            graphs.add(name)
            _send(f"{store_url}?graph={quote(name, safe='')}", body, method, timeout)
            if merged_default:
                _send(f"{store_url}?default", body, "POST", timeout)
        triples += len(chunk)
    return PushResult(store_url, len(graphs), triples)


def bulk_load(path: Path, location: Path, *, merged_default: bool = True) -> int:
    """Load the graph file ``path`` into a new or empty Oxigraph store folder ``location`` with Oxigraph's bulk
    loader (no server, no transaction held in memory; much faster than HTTP for millions of triples), and give the
    quads the store then holds. As with :func:`push_file`, the default graph also receives every triple of every
    named graph (``merged_default``), so ``oxigraph serve --location DIR`` answers like ``newsgraph query``."""
    if location.exists() and any(location.iterdir()):
        raise GraphFileError(f"{location} is not empty: the bulk path fills a new store (push to a running one)")
    format_ = oxigraph_format(graph_file_format(path))
    store = ox.Store(str(location))
    try:
        store.bulk_extend(_with_merge(ox.parse(path=str(path), format=format_), merged_default))
        store.flush()
        return len(store)
    except (SyntaxError, ValueError) as exc:
        raise GraphFileError(f"{path} does not parse as {format_.name}: {exc}") from exc
    finally:
        del store


def _with_merge(quads: Iterable[ox.Quad], merged_default: bool) -> Iterator[ox.Quad]:
    """Each quad, then (``merged_default``) its triple in the default graph: the file is read once."""
    default = ox.DefaultGraph()
    for quad in quads:
        yield quad
        if merged_default:
            yield ox.Quad(quad.subject, quad.predicate, quad.object, default)


def _quads(path: Path) -> Iterator[tuple[str, ox.Triple]]:
    """(graph name or :data:`DEFAULT`, triple) for every quad of the file at ``path``, one at a time."""
    format_ = oxigraph_format(graph_file_format(path))
    try:
        for quad in ox.parse(path=str(path), format=format_):
            name = DEFAULT if isinstance(quad.graph_name, ox.DefaultGraph) else quad.graph_name.value
            yield name, quad.triple
    except SyntaxError as exc:
        raise GraphFileError(f"{path} does not parse as {format_.name}: {exc}") from exc


def _batches(quads: Iterable[tuple[str, ox.Triple]], size: int) -> Iterator[tuple[str, list[ox.Triple]]]:
    """Runs of at most ``size`` triples of one graph, in file order."""
    name, chunk = DEFAULT, list[ox.Triple]()
    for graph, triple in quads:
        if chunk and (graph != name or len(chunk) >= size):
            yield name, chunk
            chunk = []
        name = graph
        chunk.append(triple)
    if chunk:
        yield name, chunk


def _send(url: str, body: bytes, method: str, timeout: float) -> None:
    request = Request(url, data=body, method=method, headers={"Content-Type": "application/n-triples"})
    try:
        with urlopen(request, timeout=timeout) as response:
            response.read()
    except HTTPError as exc:
        detail = exc.read().decode("utf-8", errors="replace").strip()[:300]
        raise EndpointError(f"{method} {url} answered {exc.code} {exc.reason}: {detail or 'no detail'} (is it the "
                            f"server's Graph Store endpoint? see --store-endpoint)") from exc  # fmt: skip
    except (URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise EndpointError(f"cannot reach {url.split('?')[0]}: {reason} (is the triple store running? e.g. "
                            f"`oxigraph serve --location DIR --bind 127.0.0.1:7878`)") from exc  # fmt: skip
