"""Graph files: read any RDF format newsgraph writes into an rdflib Dataset, and write one in any of them."""

from __future__ import annotations

import io
import json
import warnings
from enum import StrEnum
from pathlib import Path
from typing import Any

from rdflib import Dataset, Graph
from rdflib.plugins.serializers.trig import TrigSerializer

from graph.errors import GraphFileError
from graph.rdf import merged_graph
from ontology import bind_prefixes

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
RDFLIB_FORMATS = {"turtle": "turtle", "trig": "trig", "nt": "nt", "nquads": "nquads", "jsonld": "json-ld"}
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


def serialize(dataset: Dataset, fmt: GraphFormat) -> bytes:
    """``dataset`` in ``fmt``: named graphs for TriG and N-Quads, the merged graph otherwise.

    The bytes depend only on the triples, never on the order they were added or on Python's hash seed: rdflib's
    Turtle writer sorts subjects and objects; graphs (TriG), lines (N-Triples, N-Quads) and nodes (JSON-LD) are
    sorted here.
    """
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        if fmt is GraphFormat.trig:
            stream = io.BytesIO()
            _SortedTrigSerializer(dataset).serialize(stream, encoding="utf-8")
            return stream.getvalue()
        if fmt is GraphFormat.nquads:
            return _sorted_lines(dataset.serialize(format="nquads", encoding="utf-8"))
        graph = merged_graph(dataset)
        if fmt is GraphFormat.jsonld:
            from ontology import CONTEXT_PATH

            context = json.loads(CONTEXT_PATH.read_text(encoding="utf-8"))["@context"]
            document = json.loads(graph.serialize(format="json-ld", context=context, encoding="utf-8"))
            return (json.dumps(_sorted_json(document), ensure_ascii=False, indent=2) + "\n").encode("utf-8")
        if fmt is GraphFormat.nt:
            return _sorted_lines(graph.serialize(format="nt", encoding="utf-8"))
        return graph.serialize(format=RDFLIB_FORMATS[fmt.value], encoding="utf-8")


class _SortedTrigSerializer(TrigSerializer):
    """rdflib's TriG writer with the named graphs in IRI order (rdflib keeps them in a set), the default one last."""

    def __init__(self, store: Dataset) -> None:
        super().__init__(store)
        self.contexts.sort(key=lambda g: (g.identifier == self.default_context, str(g.identifier)))


def _sorted_lines(data: bytes) -> bytes:
    lines = sorted(line for line in data.splitlines() if line.strip())
    return b"".join(line + b"\n" for line in lines)


def _sorted_json(value: Any) -> Any:
    """JSON-LD with every array sorted (newsgraph writes no ordered ``@list``): nodes, then values."""
    if isinstance(value, dict):
        return {key: _sorted_json(item) for key, item in sorted(value.items())}
    if isinstance(value, list):
        items = [_sorted_json(item) for item in value]
        return sorted(items, key=lambda item: json.dumps(item, sort_keys=True, ensure_ascii=False))
    return value
