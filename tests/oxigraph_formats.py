"""The pyoxigraph parser format of each export format: tests re-parse every export with another RDF library."""

from __future__ import annotations

import pyoxigraph

from graph.store import GraphFormat

OXIGRAPH_FORMATS = {
    GraphFormat.turtle: pyoxigraph.RdfFormat.TURTLE,
    GraphFormat.trig: pyoxigraph.RdfFormat.TRIG,
    GraphFormat.nt: pyoxigraph.RdfFormat.N_TRIPLES,
    GraphFormat.nquads: pyoxigraph.RdfFormat.N_QUADS,
    GraphFormat.jsonld: pyoxigraph.RdfFormat.JSON_LD,
}
