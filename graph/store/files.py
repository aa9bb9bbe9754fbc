"""Graph files: read any RDF format newsgraph writes into an rdflib Dataset, and write one in any of them."""

from __future__ import annotations

import io
import json
import warnings
from collections.abc import Iterable, Iterator
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from rdflib import Dataset, Graph

from graph.errors import GraphFileError
from graph.rdf import (
    Quads,
    dataset_graphs,
    dataset_quads,
    merged_graph,
    merged_quads,
    merged_triples,
    story_quads,
    to_dataset,
)
from ontology import bind_prefixes, prefixes

if TYPE_CHECKING:
    from graph.model import Story

DEFAULT_GRAPH_FILES = ("graph.trig", "graph.ttl")
"""What a command reads from the output folder when no graph file is named: the TriG first (it keeps provenance)."""


class GraphFormat(StrEnum):
    """Export formats: the merged graph (turtle, nt, jsonld) or one named graph per article (trig, nquads)."""

    turtle = "turtle"
    trig = "trig"
    nt = "nt"
    nquads = "nquads"
    jsonld = "jsonld"


SUFFIX_FORMATS = {
    ".ttl": "turtle",
    ".turtle": "turtle",
    ".nt": "nt",
    ".trig": "trig",
    ".nq": "nquads",
    ".jsonld": "json-ld",
    ".json": "json-ld",
}
DATASET_FORMATS = frozenset({"trig", "nquads"})


def default_graph_file(out: Path) -> Path:
    """The graph file a command uses when none is named: ``out/graph.trig`` if it exists, else ``out/graph.ttl``."""
    candidates = [out / name for name in DEFAULT_GRAPH_FILES]
    return next((path for path in candidates if path.is_file()), candidates[-1])


def load_dataset(path: Path) -> Dataset:
    """Parse a graph file; Turtle, N-Triples and JSON-LD land in the default graph, TriG and N-Quads keep theirs."""
    if not path.is_file():
        raise GraphFileError(f"graph file not found: {path} (run `newsgraph build` first, or pass --graph)")
    fmt = SUFFIX_FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise GraphFileError(f"unknown graph file type {path.suffix!r} (expected one of: {', '.join(SUFFIX_FORMATS)})")
    dataset = Dataset(default_union=True)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)  # rdflib's own ConjunctiveGraph deprecations
            dataset.parse(path, format=fmt)
    except Exception as exc:  # rdflib raises parser-specific types
        raise GraphFileError(f"{path} does not parse as {fmt}: {exc}") from exc
    bind_prefixes(dataset)
    return dataset


def load_graph(path: Path) -> Graph:
    """The union of every graph in the file at ``path``."""
    return merged_graph(load_dataset(path))


def write_story(story: Story, output: BinaryIO, fmt: GraphFormat) -> None:
    """Write ``story``'s graph to ``output`` in ``fmt``, streamed one article's graph at a time through pyoxigraph's
    writers (JSON-LD, which needs the whole graph to frame it, goes through rdflib).

    The bytes depend only on the facts: graphs come in article-id order, and each graph's triples sorted.
    """
    if fmt is GraphFormat.jsonld:
        output.write(serialize(to_dataset(story), fmt))
        return
    write_graphs(story_quads(story), output, fmt)


def write_graphs(graphs: Quads, output: BinaryIO, fmt: GraphFormat, shared_only: bool = True) -> None:
    """Write graphs (as :func:`graph.rdf.story_quads` yields them) to ``output`` in a format pyoxigraph writes:
    TriG and N-Quads keep them apart, the others write their union (see :func:`graph.rdf.merged_triples`)."""
    items = dataset_quads(graphs) if fmt in DATASET_FORMATS else merged_triples(graphs, shared_only)
    write_rdf(items, output, fmt)


def write_merged(trig: Path, output: BinaryIO) -> int:
    """Write the merged graph of a TriG file newsgraph wrote to ``output`` as Turtle, reading the file back one quad
    at a time: the same bytes as writing :func:`graph.rdf.merged_triples` of its graphs, in constant memory. Returns
    the number of triples written."""
    import pyoxigraph as ox

    written = 0

    def triples() -> Iterator[ox.Triple]:
        nonlocal written
        for triple in merged_quads(ox.parse(path=trig, format=ox.RdfFormat.TRIG)):
            written += 1
            yield triple

    write_rdf(triples(), output, GraphFormat.turtle)
    return written


def write_rdf(items: Iterable[Any], output: BinaryIO, fmt: GraphFormat) -> None:
    """Write pyoxigraph quads (TriG, N-Quads) or triples (the others, but JSON-LD) to ``output``, in their order."""
    import pyoxigraph as ox

    formats = {
        GraphFormat.turtle: ox.RdfFormat.TURTLE,
        GraphFormat.trig: ox.RdfFormat.TRIG,
        GraphFormat.nt: ox.RdfFormat.N_TRIPLES,
        GraphFormat.nquads: ox.RdfFormat.N_QUADS,
    }
    plain = fmt in (GraphFormat.nt, GraphFormat.nquads)
    ox.serialize(items, output, formats[fmt], prefixes=None if plain else prefixes())


def serialize(dataset: Dataset, fmt: GraphFormat) -> bytes:
    """``dataset`` in ``fmt``: named graphs for TriG and N-Quads, the merged graph otherwise.

    The bytes depend only on the triples, never on the order they were added or on Python's hash seed: graphs in IRI
    order, the default one last, each one's triples sorted (:func:`graph.rdf.dataset_graphs`), as a build writes
    them; JSON-LD nodes and arrays are sorted here.
    """
    if fmt is GraphFormat.jsonld:
        from ontology import CONTEXT_PATH

        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            context = json.loads(CONTEXT_PATH.read_text(encoding="utf-8"))["@context"]
            graph = merged_graph(dataset)
            document = json.loads(graph.serialize(format="json-ld", context=context, encoding="utf-8"))
        return (json.dumps(_sorted_json(document), ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    stream = io.BytesIO()
    write_graphs(dataset_graphs(dataset), stream, fmt, shared_only=False)
    return stream.getvalue()


def _sorted_json(value: Any) -> Any:
    """JSON-LD with every array sorted (newsgraph writes no ordered ``@list``): nodes, then values."""
    if isinstance(value, dict):
        return {key: _sorted_json(item) for key, item in sorted(value.items())}
    if isinstance(value, list):
        items = [_sorted_json(item) for item in value]
        return sorted(items, key=lambda item: json.dumps(item, sort_keys=True, ensure_ascii=False))
    return value
