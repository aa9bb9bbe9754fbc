"""Load graph files, run SPARQL with bound parameters, and write results in W3C formats or as a table."""

from __future__ import annotations

import csv
import io
import json
import warnings
from collections.abc import Mapping
from enum import StrEnum
from importlib import resources
from pathlib import Path

from rdflib import BNode, Dataset, Graph, URIRef
from rdflib.query import Result
from rdflib.term import Identifier, Node

from graph.errors import GraphFileError, QueryError
from graph.rdf import merged_graph
from ontology import bind_prefixes


class GraphFormat(StrEnum):
    """Export formats: the merged graph (turtle, nt, jsonld) or one named graph per article (trig, nquads)."""

    turtle = "turtle"
    trig = "trig"
    nt = "nt"
    nquads = "nquads"
    jsonld = "jsonld"


class ResultFormat(StrEnum):
    """Query result formats: a table for people; W3C SPARQL 1.1 JSON, CSV and TSV for programs."""

    table = "table"
    json = "json"
    csv = "csv"
    tsv = "tsv"


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
    """``dataset`` in ``fmt``: named graphs for TriG and N-Quads, the merged graph otherwise."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        if fmt.value in DATASET_FORMATS:
            return dataset.serialize(format=RDFLIB_FORMATS[fmt.value], encoding="utf-8")
        graph = merged_graph(dataset)
        if fmt is GraphFormat.jsonld:
            from ontology import CONTEXT_PATH

            context = json.loads(CONTEXT_PATH.read_text(encoding="utf-8"))["@context"]
            return graph.serialize(format="json-ld", context=context, encoding="utf-8")
        return graph.serialize(format=RDFLIB_FORMATS[fmt.value], encoding="utf-8")


def named_queries() -> dict[str, str]:
    """The named queries shipped with newsgraph, by name."""
    folder = resources.files("graph.queries")
    return {
        entry.name.removesuffix(".rq"): entry.read_text(encoding="utf-8")
        for entry in folder.iterdir()
        if entry.name.endswith(".rq")
    }


def named_query(name: str) -> str:
    queries = named_queries()
    if name not in queries:
        raise QueryError(f"no named query {name!r} (available: {', '.join(sorted(queries))})")
    return queries[name]


def run_query(graph: Graph, text: str, bindings: Mapping[str, Identifier] | None = None) -> Result:
    """Run SPARQL ``text`` on ``graph`` with ``bindings`` bound as initial values (never pasted into the text)."""
    from rdflib.plugins.sparql import prepareQuery

    try:
        query = prepareQuery(text, initNs=dict(graph.namespaces()))
    except Exception as exc:  # pyparsing's ParseException carries line and column
        line, column = getattr(exc, "lineno", None), getattr(exc, "col", None)
        where = f" at line {line}, column {column}" if line is not None else ""
        raise QueryError(f"SPARQL syntax error{where}: {getattr(exc, 'msg', exc)}") from exc
    try:
        return graph.query(query, initBindings=dict(bindings or {}))
    except Exception as exc:
        raise QueryError(f"query failed: {exc}") from exc


def format_result(result: Result, fmt: ResultFormat, graph: Graph | None = None) -> str:
    """Rows as a table, or the W3C SPARQL 1.1 results formats (JSON, CSV, TSV)."""
    if result.type in {"CONSTRUCT", "DESCRIBE"}:
        assert result.graph is not None
        if graph is not None:
            for prefix, namespace in graph.namespaces():
                result.graph.bind(prefix, namespace)
        return result.graph.serialize(format="turtle")
    if fmt is ResultFormat.json:
        return result.serialize(format="json").decode("utf-8")  # type: ignore[union-attr]
    if result.type == "ASK":
        return ("true" if result.askAnswer else "false") + "\n"
    names = [str(v) for v in result.vars or []]
    variables = result.vars or []
    rows: list[list[Node | None]] = [[binding.get(var) for var in variables] for binding in result.bindings]
    if fmt is ResultFormat.csv:
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(names)
        writer.writerows([_csv_value(v) for v in row] for row in rows)
        return out.getvalue()
    if fmt is ResultFormat.tsv:
        lines = ["\t".join("?" + n for n in names)]
        lines += ["\t".join(_tsv_value(v) for v in row) for row in rows]
        return "\n".join(lines) + "\n"
    return _table(names, rows, graph)


def _csv_value(term: Node | None) -> str:
    if term is None:
        return ""
    if isinstance(term, BNode):
        return "_:" + str(term)
    return str(term)


def _tsv_value(term: Node | None) -> str:
    return "" if term is None else term.n3()


def _short(term: Node | None, graph: Graph | None) -> str:
    if term is None:
        return ""
    if isinstance(term, URIRef) and graph is not None:
        for prefix, namespace in graph.namespaces():
            if prefix and str(term).startswith(str(namespace)) and len(term) > len(namespace):
                return f"{prefix}:{term[len(namespace) :]}"
        return str(term)
    return str(term)


def _table(names: list[str], rows: list[list[Node | None]], graph: Graph | None, width: int = 60) -> str:
    cells = [[_clip(_short(v, graph), width) for v in row] for row in rows]
    widths = [max([len(n), *(len(r[i]) for r in cells)]) for i, n in enumerate(names)]
    line = "  ".join(n.ljust(w) for n, w in zip(names, widths, strict=True))
    out = [line, "  ".join("-" * w for w in widths)]
    out += ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) for row in cells]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out) + "\n"


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
