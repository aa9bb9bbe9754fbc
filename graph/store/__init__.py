"""Graph files in and out, and SPARQL over them through one small store interface (rdflib or Oxigraph).

``files``: read and write every RDF format newsgraph supports. ``queries``: the named ``.rq`` queries and the
predeclared prefixes. ``backends``: the stores. ``answer``: what a query returns, as a table or W3C results.
"""

from __future__ import annotations

from collections.abc import Mapping

from rdflib import Graph
from rdflib.query import Result
from rdflib.term import Identifier

from graph.errors import QueryError
from graph.store.answer import (
    GRAPH_MEDIA_TYPES,
    RESULT_MEDIA_TYPES,
    Answer,
    Page,
    QueryKind,
    ResultFormat,
    render,
)
from graph.store.backends import (
    OxigraphStore,
    RdflibStore,
    StoreKind,
    TripleStore,
    default_store_path,
    open_store,
    prepare,
)
from graph.store.files import (
    DATASET_FORMATS,
    SUFFIX_FORMATS,
    GraphFormat,
    default_graph_file,
    load_dataset,
    load_graph,
    serialize,
    write_graphs,
    write_story,
    write_trig_and_turtle,
)
from graph.store.queries import NamedQuery, Parameter, named_queries, named_query, prefixes

__all__ = [
    "DATASET_FORMATS",
    "GRAPH_MEDIA_TYPES",
    "RESULT_MEDIA_TYPES",
    "SUFFIX_FORMATS",
    "Answer",
    "GraphFormat",
    "NamedQuery",
    "OxigraphStore",
    "Page",
    "Parameter",
    "QueryKind",
    "RdflibStore",
    "ResultFormat",
    "StoreKind",
    "TripleStore",
    "default_graph_file",
    "default_store_path",
    "load_dataset",
    "load_graph",
    "named_queries",
    "named_query",
    "open_store",
    "prefixes",
    "render",
    "run_query",
    "serialize",
    "write_graphs",
    "write_story",
    "write_trig_and_turtle",
]


def run_query(graph: Graph, text: str, bindings: Mapping[str, Identifier] | None = None) -> Result:
    """Run SPARQL ``text`` on an rdflib ``graph`` with ``bindings`` bound as initial values (never pasted into the
    text), with the project's prefixes predeclared. For scripts that hold a graph already; commands use a store."""
    query = prepare(text)
    try:
        return graph.query(query, initBindings=dict(bindings or {}))
    except Exception as exc:
        raise QueryError(f"query failed: {exc}") from exc
