"""Oxigraph's SELECT answers read whole, as rdflib rows, through its own SPARQL TSV writer.

Iterating pyoxigraph's solutions makes a Python object for every solution and every term in it, and a long listing
(tens of thousands of rows) spends more time there than in the query. Oxigraph writes the same solutions as TSV
(SPARQL 1.1 Query Results CSV and TSV Formats) many times faster, and each distinct cell is turned into an rdflib
term once: in that format an IRI, a blank node and a quoted literal are written as N-Triples writes them
(:func:`graph.rdf.text.to_rdflib` reads them), and a boolean, integer, decimal or double in its canonical Turtle
form is written bare. An empty cell is an unbound variable.
"""

from __future__ import annotations

import re
from typing import Any

from rdflib import XSD, Literal
from rdflib.term import Identifier

from graph.errors import QueryError
from graph.rdf.text import to_rdflib
from graph.store.answer import Row

_BARE = re.compile(
    r"(?P<boolean>true|false)|(?P<integer>[+-]?\d+)|(?P<decimal>[+-]?\d*\.\d+)"
    r"|(?P<double>[+-]?(?:\d+\.?\d*|\.\d+)[eE][+-]?\d+)"
)
_BARE_TYPES = {"boolean": XSD.boolean, "integer": XSD.integer, "decimal": XSD.decimal, "double": XSD.double}


def solution_rows(solutions: Any) -> tuple[tuple[str, ...], tuple[Row, ...]]:
    """The variables and every row of pyoxigraph's ``solutions`` (unread), in rdflib terms."""
    import pyoxigraph as ox

    text = solutions.serialize(format=ox.QueryResultsFormat.TSV).decode("utf-8")
    header, *lines = text.split("\n")
    lines.pop()  # the text ends with a line break: the last "line" is empty
    variables = tuple(name[1:] for name in header.split("\t")) if header else ()
    if not variables:
        return variables, tuple(() for _ in lines)
    terms: dict[str, Identifier] = {}

    def term(cell: str) -> Identifier | None:
        if not cell:
            return None
        known = terms.get(cell)
        if known is None:
            known = terms[cell] = _term(cell)
        return known

    return variables, tuple(tuple(map(term, line.split("\t"))) for line in lines)


def _term(cell: str) -> Identifier:
    """The rdflib term of one non-empty TSV cell."""
    if cell[0] in '<"' or cell.startswith("_:"):
        if cell.startswith("<<"):
            raise QueryError(f"newsgraph cannot represent {cell} (RDF-star triple terms are not supported)")
        return to_rdflib(cell)
    bare = _BARE.fullmatch(cell)
    if bare is None or bare.lastgroup is None:
        raise QueryError(f"cannot read the term {cell!r} in Oxigraph's answer")
    return Literal(cell, datatype=_BARE_TYPES[bare.lastgroup])
