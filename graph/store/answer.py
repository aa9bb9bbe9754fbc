"""What a query answers, whichever store ran it, and that answer in the W3C formats or as a table.

An :class:`Answer` holds rdflib terms only, so every store is compared, printed and served the same way.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from itertools import islice
from typing import TypeVar

from rdflib import BNode, Graph, Literal, URIRef, Variable
from rdflib.query import Result
from rdflib.term import Identifier

from graph.errors import QueryError
from ontology import bind_prefixes

T = TypeVar("T")


class QueryKind(StrEnum):
    select = "SELECT"
    ask = "ASK"
    graph = "CONSTRUCT"
    """CONSTRUCT and DESCRIBE: the answer is a graph."""


class ResultFormat(StrEnum):
    """Query result formats: a table for people; W3C SPARQL 1.1 JSON, XML, CSV and TSV for programs.

    A graph answer (CONSTRUCT, DESCRIBE) is Turtle as ``table``, JSON-LD as ``json`` and RDF/XML as ``xml``.
    """

    table = "table"
    json = "json"
    xml = "xml"
    csv = "csv"
    tsv = "tsv"


Row = tuple[Identifier | None, ...]


@dataclass(frozen=True, slots=True)
class Answer:
    """Rows for SELECT (``None`` where a variable is unbound), a boolean for ASK, a graph for CONSTRUCT/DESCRIBE."""

    kind: QueryKind
    variables: tuple[str, ...] = ()
    rows: tuple[Row, ...] = ()
    boolean: bool | None = None
    graph: Graph | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True)
class Page:
    """Which rows of a SELECT answer to keep: ``limit`` rows (all when None) after the first ``offset``. The rows are
    skipped as the store reads them, before they are turned into terms; pages are consistent when the query's
    ORDER BY gives every row its own place (the named queries end theirs with a key unique to the row)."""

    offset: int = 0
    limit: int | None = None

    def __post_init__(self) -> None:
        if self.offset < 0 or (self.limit is not None and self.limit < 0):
            raise QueryError(f"a page needs an offset and a limit of 0 or more, not {self.offset} and {self.limit}")

    def of(self, rows: Iterable[T]) -> Iterator[T]:
        """The rows of ``rows`` on this page, read lazily."""
        stop = None if self.limit is None else self.offset + self.limit
        return islice(rows, self.offset, stop)


RESULT_MEDIA_TYPES = {
    "application/sparql-results+json": ResultFormat.json,
    "application/json": ResultFormat.json,
    "application/sparql-results+xml": ResultFormat.xml,
    "application/xml": ResultFormat.xml,
    "text/csv": ResultFormat.csv,
    "text/tab-separated-values": ResultFormat.tsv,
    "text/plain": ResultFormat.table,
}
"""Media types of SELECT and ASK answers, the SPARQL 1.1 Protocol's default first."""
GRAPH_MEDIA_TYPES = {
    "text/turtle": "turtle",
    "application/n-triples": "nt",
    "application/ld+json": "json-ld",
    "application/rdf+xml": "xml",
    "application/trig": "trig",
    "application/n-quads": "nquads",
}
"""Media types of CONSTRUCT and DESCRIBE answers (rdflib serializer names), Turtle first."""
_GRAPH_FORMATS = {ResultFormat.table: "turtle", ResultFormat.json: "json-ld", ResultFormat.xml: "xml"}


def render(answer: Answer, fmt: ResultFormat) -> str:
    """``answer`` as text in ``fmt``; a graph answer in the RDF syntax ``fmt`` stands for (:class:`ResultFormat`)."""
    if answer.kind is QueryKind.graph:
        if fmt not in _GRAPH_FORMATS:
            raise QueryError(f"a CONSTRUCT or DESCRIBE answer is a graph: use --format table (Turtle), json (JSON-LD) "
                             f"or xml (RDF/XML), not {fmt.value}")  # fmt: skip
        return serialize_graph(answer, _GRAPH_FORMATS[fmt])
    if fmt in (ResultFormat.json, ResultFormat.xml):
        data = _rdflib_result(answer).serialize(format=fmt.value)
        assert data is not None  # rdflib returns bytes when given no destination
        return data.decode("utf-8") + ("\n" if fmt is ResultFormat.json else "")
    if answer.kind is QueryKind.ask:
        text = "true" if answer.boolean else "false"
        return {ResultFormat.csv: f"_askResult\r\n{text}\r\n", ResultFormat.tsv: f"?_askResult\n{text}\n"}.get(
            fmt, text + "\n"
        )
    if fmt is ResultFormat.csv:
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(answer.variables)
        writer.writerows([_csv_value(v) for v in row] for row in answer.rows)
        return out.getvalue()
    if fmt is ResultFormat.tsv:
        lines = ["\t".join("?" + n for n in answer.variables)]
        lines += ["\t".join(_tsv_value(v) for v in row) for row in answer.rows]
        return "\n".join(lines) + "\n"
    return _table(answer)


def serialize_graph(answer: Answer, rdflib_format: str) -> str:
    """A graph answer in one of rdflib's serializer formats, with the project's prefixes."""
    assert answer.graph is not None
    bind_prefixes(answer.graph)
    return answer.graph.serialize(format=rdflib_format)


def _rdflib_result(answer: Answer) -> Result:
    result = Result(answer.kind.value)
    if answer.kind is QueryKind.ask:
        result.askAnswer = bool(answer.boolean)
        return result
    variables = [Variable(name) for name in answer.variables]
    result.vars = variables
    result.bindings = [
        {var: value for var, value in zip(variables, row, strict=True) if value is not None} for row in answer.rows
    ]
    return result


def _csv_value(term: Identifier | None) -> str:
    if term is None:
        return ""
    if isinstance(term, BNode):
        return "_:" + str(term)
    return str(term)


_TSV_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\t": "\\t", "\n": "\\n", "\r": "\\r"})


def _tsv_value(term: Identifier | None) -> str:
    """A term as SPARQL 1.1 TSV writes it: Turtle syntax, a literal always in one line with its tab, newline,
    carriage return, quote and backslash escaped (rdflib's ``n3`` would write a long string over several lines)."""
    if term is None:
        return ""
    if not isinstance(term, Literal):
        return term.n3()
    suffix = f"@{term.language}" if term.language else (f"^^<{term.datatype}>" if term.datatype else "")
    return f'"{str(term).translate(_TSV_ESCAPES)}"{suffix}'


def _short(term: Identifier | None, namespaces: list[tuple[str, str]]) -> str:
    if term is None:
        return ""
    if isinstance(term, URIRef):
        for prefix, namespace in namespaces:
            if term.startswith(namespace) and len(term) > len(namespace):
                return f"{prefix}:{term[len(namespace) :]}"
    return str(term)


def _table(answer: Answer, width: int = 60) -> str:
    graph = Graph(bind_namespaces="core")
    bind_prefixes(graph)
    namespaces = sorted(((p, str(n)) for p, n in graph.namespaces() if p), key=lambda pn: -len(pn[1]))
    names = list(answer.variables)
    cells = [[_clip(_short(v, namespaces), width) for v in row] for row in answer.rows]
    widths = [max([len(n), *(len(r[i]) for r in cells)]) for i, n in enumerate(names)]
    out = ["  ".join(n.ljust(w) for n, w in zip(names, widths, strict=True)), "  ".join("-" * w for w in widths)]
    out += ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in cells]
    out.append(f"({len(answer.rows)} row{'s' if len(answer.rows) != 1 else ''})")
    return "\n".join(line.rstrip() for line in out) + "\n"


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
