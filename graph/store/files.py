"""Graph files: read any RDF format newsgraph writes into an rdflib Dataset, and write one in any of them."""

from __future__ import annotations

import io
import json
import warnings
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from rdflib import Dataset, Graph

from graph.errors import GraphFileError
from graph.rdf.mapping import SHARED_PREFIXES, Quads, dataset_graphs, merged_graph, story_quads, to_dataset
from graph.store.writers import Terms, TrigWriter, TurtleWriter, Union, write_lines
from ontology import bind_prefixes, prefixes

if TYPE_CHECKING:
    from graph.story import Story

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
_OXIGRAPH_NAMES = {"turtle": "TURTLE", "nt": "N_TRIPLES", "trig": "TRIG", "nquads": "N_QUADS", "json-ld": "JSON_LD"}


def graph_file_format(path: Path) -> str:
    """The format (a value of :data:`SUFFIX_FORMATS`) of the graph file at ``path``; raises :class:`GraphFileError`
    when the file is missing or its suffix names no format newsgraph reads."""
    if not path.is_file():
        raise GraphFileError(f"graph file not found: {path} (run `newsgraph build` first, or pass --graph)")
    fmt = SUFFIX_FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise GraphFileError(f"unknown graph file type {path.suffix!r} (expected one of: {', '.join(SUFFIX_FORMATS)})")
    return fmt


def oxigraph_format(fmt: str) -> Any:
    """The ``pyoxigraph.RdfFormat`` of a format name of :data:`SUFFIX_FORMATS` (pyoxigraph imported on first use)."""
    import pyoxigraph

    return getattr(pyoxigraph.RdfFormat, _OXIGRAPH_NAMES[fmt])


def default_graph_file(out: Path) -> Path:
    """The graph file a command uses when none is named: ``out/graph.trig`` if it exists, else ``out/graph.ttl``."""
    candidates = [out / name for name in DEFAULT_GRAPH_FILES]
    return next((path for path in candidates if path.is_file()), candidates[-1])


def load_dataset(path: Path) -> Dataset:
    """Parse a graph file; Turtle, N-Triples and JSON-LD land in the default graph, TriG and N-Quads keep theirs."""
    fmt = graph_file_format(path)
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
    """Write ``story``'s graph to ``output`` in ``fmt``, streamed one article's graph at a time (JSON-LD, which needs
    the whole graph to frame it, goes through rdflib).

    The bytes depend only on the facts: graphs come in article-id order, and each graph's triples sorted.
    """
    if fmt is GraphFormat.jsonld:
        output.write(serialize(to_dataset(story), fmt))
        return
    write_graphs(story_quads(story), output, fmt)


def write_graphs(graphs: Quads, output: BinaryIO, fmt: GraphFormat, shared_only: bool = True) -> None:
    """Write graphs (as :func:`graph.rdf.mapping.story_quads` yields them) to ``output`` in any format but JSON-LD: TriG
    and N-Quads keep them apart, the others write their union, each triple once. ``shared_only`` trusts that only the
    triples about actors, statements and events repeat across graphs, as in every graph newsgraph builds."""
    if fmt is GraphFormat.trig:
        trig = TrigWriter(output, Terms(prefixes()))
        for name, triples in graphs:
            trig.graph(name, triples)
        trig.close()
    elif fmt is GraphFormat.nquads:
        write_lines(graphs, output, quads=True)
    else:
        union = Union(SHARED_PREFIXES if shared_only else ("",))
        merged = ((None, union.fresh(triples)) for _name, triples in graphs)
        if fmt is GraphFormat.turtle:
            turtle = TurtleWriter(output, Terms(prefixes()))
            for _none, triples in merged:
                turtle.add(triples)
            turtle.close()
        elif fmt is GraphFormat.nt:
            write_lines(merged, output, quads=False)
        else:
            raise ValueError(f"write_graphs writes no {fmt.value}: JSON-LD goes through serialize()")


def write_trig_and_turtle(graphs: Quads, trig: BinaryIO, turtle: BinaryIO) -> int:
    """Write the graphs as TriG to ``trig`` and their merged graph as Turtle to ``turtle``, in one pass over them: the
    same bytes as :func:`write_graphs` in each format, without holding more than a graph at a time (and the triples
    that graphs share, to write them once). Returns the number of triples in the merged graph."""
    terms = Terms(prefixes())
    trig_writer, turtle_writer = TrigWriter(trig, terms), TurtleWriter(turtle, terms)
    union = Union(SHARED_PREFIXES)
    written = 0
    for name, triples in graphs:
        trig_writer.graph(name, triples)
        fresh = union.fresh(triples)
        turtle_writer.add(fresh)
        written += len(fresh)
    trig_writer.close()
    turtle_writer.close()
    return written


def serialize(dataset: Dataset, fmt: GraphFormat) -> bytes:
    """``dataset`` in ``fmt``: named graphs for TriG and N-Quads, the merged graph otherwise.

    The bytes depend only on the triples, never on the order they were added or on Python's hash seed: graphs in IRI
    order, the default one last, each one's triples sorted (:func:`graph.rdf.mapping.dataset_graphs`), as a build writes
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
