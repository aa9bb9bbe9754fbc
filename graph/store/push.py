"""Load a dataset into a running triple store through the SPARQL 1.1 Graph Store HTTP Protocol.

Each article's named graph is PUT to ``STORE?graph=IRI`` (replacing what the server held under that IRI), and the
default graph to ``STORE?default``: by default the *merged* graph, so the server's default graph answers exactly
as ``newsgraph query`` does, without a union-default-graph setting (Oxigraph's union counts a triple once per
graph stating it). Servers whose default graph already is the union of every graph (GraphDB) take
``merged_default=False``: the default graph then holds only what the merge adds.

Graph Store endpoints: Oxigraph ``http://HOST:7878/store``; Apache Jena Fuseki ``http://HOST:3030/DATASET/data``;
GraphDB ``http://HOST:7200/repositories/REPO/rdf-graphs/service``.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from urllib.error import HTTPError, URLError
from urllib.parse import quote, urlsplit, urlunsplit
from urllib.request import Request, urlopen

from rdflib import Dataset, Graph
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from graph.errors import EndpointError
from graph.rdf import merged_graph

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


def push(dataset: Dataset, store_url: str, *, merged_default: bool = True, timeout: float = 60.0) -> PushResult:
    """PUT every named graph of ``dataset`` and its default graph to the Graph Store endpoint ``store_url``."""
    graphs = 0
    triples = 0
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # rdflib's own ConjunctiveGraph use
        named = sorted((g for g in dataset.graphs() if g.identifier != DATASET_DEFAULT_GRAPH_ID), key=_iri)
        default = merged_graph(dataset) if merged_default else dataset.graph(DATASET_DEFAULT_GRAPH_ID)
    for graph in named:
        _put(f"{store_url}?graph={quote(_iri(graph), safe='')}", graph, timeout)
        graphs += 1
        triples += len(graph)
    _put(f"{store_url}?default", default, timeout)
    return PushResult(store_url, graphs, triples + len(default))


def _iri(graph: Graph) -> str:
    return str(graph.identifier)


def _put(url: str, graph: Graph, timeout: float) -> None:
    body = graph.serialize(format="nt", encoding="utf-8")
    request = Request(url, data=body, method="PUT", headers={"Content-Type": "application/n-triples"})
    try:
        with urlopen(request, timeout=timeout) as response:
            response.read()
    except HTTPError as exc:
        detail = exc.read().decode("utf-8", errors="replace").strip()[:300]
        raise EndpointError(f"PUT {url} answered {exc.code} {exc.reason}: {detail or 'no detail'} (is it the "
                            f"server's Graph Store endpoint? see --store-endpoint)") from exc  # fmt: skip
    except (URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise EndpointError(f"cannot reach {url.split('?')[0]}: {reason} (is the triple store running? e.g. "
                            f"`oxigraph serve --location DIR --bind 127.0.0.1:7878`)") from exc  # fmt: skip
