"""Write text triples (:mod:`graph.rdf.text`) as TriG, Turtle, N-Quads or N-Triples, giving the bytes pyoxigraph's
writers give for the same triples in the same order, several times faster: the terms are already text, so most of
the work is joining strings.

The layout is pyoxigraph's: the prefixes first (only once something is written), a subject's triples joined by
``;``, a predicate's objects by ``,``, a named graph's triples indented in ``<graph> { }``. Whatever the layout
cannot tell by a rule (prefixed names, and literals of datatypes newsgraph does not write) is asked of pyoxigraph,
once per distinct term.
"""

from __future__ import annotations

import io
import itertools
import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, BinaryIO

import pyoxigraph as ox
from rdflib import RDF, XSD

from graph.rdf.text import TextTriple, to_oxigraph
from ontology import NGD

TextGraphs = Iterable[tuple[str | None, Iterable[TextTriple]]]
"""Graphs one at a time: (graph name, bare, or None for the default graph; its triples)."""

_TYPE = str(RDF.type)
_DATA = str(NGD)
_DATA_OBJECT = f"<{_DATA}"
_XSD_DATE = str(XSD.date)
_BARE = {
    str(XSD.integer): re.compile(r"[+-]?[0-9]+"),
    str(XSD.decimal): re.compile(r"[+-]?[0-9]*\.[0-9]+"),
    str(XSD.boolean): re.compile(r"true|false"),
}
"""Datatypes whose literals Turtle writes bare when their text has the literal's grammar (``5``, ``0.85``, ``true``)."""
_PROBE = ("urn:newsgraph:s", "urn:newsgraph:p")
_CHUNK = 1 << 16
"""Pieces of text gathered before a write."""
_OBJECTS = 1 << 16
"""Printed objects remembered at most (see :attr:`Terms.objects`)."""
_BATCH = 1 << 12
"""Triples laid out between two checks of whether to write: a graph of any size is written as it goes."""


class Terms:
    """How Turtle and TriG print terms with a set of prefixes. Data IRIs (under ``ngd:``, which no prefix abbreviates:
    their slashes would need escaping) and plain strings are printed as N-Triples has them; anything else is asked of
    pyoxigraph once and remembered."""

    def __init__(self, prefixes: Mapping[str, str]) -> None:
        self.prefixes = dict(prefixes)
        if any(_DATA.startswith(namespace) or namespace.startswith(_DATA) for namespace in self.prefixes.values()):
            raise ValueError(f"a prefix would abbreviate data IRIs ({_DATA}): newsgraph's writers do not")
        self.header = self._printed(ox.NamedNode(_PROBE[0]), ox.NamedNode(_PROBE[1]), ox.NamedNode(_PROBE[0]))[0]
        self._nodes: dict[str, str] = {}
        self._others: dict[str, str] = {}
        self.predicates: dict[str, str] = {_TYPE: "a"}
        """Predicates as printed, filled by :meth:`predicate` (a story has a few dozen)."""
        self.objects: dict[str, str] = {}
        """Objects that do not print as they are (typed literals, prefixed names) as printed, filled by :meth:`object`
        and emptied when it grows past :data:`_OBJECTS`: offsets, counts and dates recur in every article."""

    def subject(self, term: str) -> str:
        if term.startswith(_DATA):
            return f"<{term}>"
        return self._node(term)

    def predicate(self, term: str) -> str:
        known = self.predicates.get(term)
        if known is None:
            known = self.predicates[term] = self._node(term)
        return known

    def object(self, term: str) -> str:
        first = term[0]
        if (first == '"' and term[-1] == '"') or term.startswith(_DATA_OBJECT):
            return term
        known = self.objects.get(term)
        if known is None:
            if len(self.objects) >= _OBJECTS:
                self.objects.clear()
            known = self._literal(term) if first == '"' else self._node(term[1:-1] if first == "<" else term)
            self.objects[term] = known
        return known

    def _node(self, term: str) -> str:
        """An IRI (bare) or blank node (``_:id``) as Turtle prints it."""
        if term.startswith("_:"):
            return term
        known = self._nodes.get(term)
        if known is None:
            node = to_oxigraph(term)
            known = self._nodes[term] = self._printed(node, ox.NamedNode(_PROBE[1]), node)[1].split(" ", 1)[0]
        return known

    def _literal(self, term: str) -> str:
        end = term.rindex('"')
        rest = term[end + 1 :]
        if rest[0] == "@":
            return term
        datatype = rest[3:-1]
        bare = _BARE.get(datatype)
        if bare is not None and "\\" not in term and bare.fullmatch(term, 1, end):
            return term[1:end]
        if datatype in _BARE or datatype == _XSD_DATE:
            return f"{term[: end + 1]}^^{self._node(datatype)}"
        return self._other_literal(term)

    def _other_literal(self, term: str) -> str:
        known = self._others.get(term)
        if known is None:
            printed = self._printed(ox.NamedNode(_PROBE[0]), ox.NamedNode(_PROBE[1]), to_oxigraph(term))[1]
            known = self._others[term] = printed[len(f"<{_PROBE[0]}> <{_PROBE[1]}> ") :]
        return known

    def _printed(self, subject: ox.NamedNode | ox.BlankNode, predicate: ox.NamedNode, value: Any) -> tuple[str, str]:
        """pyoxigraph's Turtle of one triple: (the prefix lines, the triple's line without its final " .")."""
        out = io.BytesIO()
        ox.serialize([ox.Triple(subject, predicate, value)], out, ox.RdfFormat.TURTLE, prefixes=self.prefixes)
        header, _, line = out.getvalue().decode("utf-8").removesuffix(" .\n").rpartition("\n")
        return header + "\n" if header else "", line  # pyoxigraph escapes "\n" in terms: lines end at "\n" only


class _Layout:
    """Turtle's grouping of a stream of triples, at one indentation: a subject's triples joined by ``;``, a predicate's
    objects by ``,``. ``close`` ends the last statement."""

    __slots__ = ("continued", "indent", "parts", "predicate", "subject", "terms")

    def __init__(self, terms: Terms, parts: list[str], indent: str) -> None:
        self.terms, self.parts, self.indent = terms, parts, indent
        self.continued = f" ;\n{indent}\t"
        self.subject: str | None = None
        self.predicate: str | None = None

    def add(self, triples: Iterable[TextTriple]) -> None:
        # The hottest loop of a build's writing: the common cases (a plain string, a data IRI, a known predicate or
        # object) are looked at here rather than through a call each.
        terms, append, continued, indent = self.terms, self.parts.append, self.continued, self.indent
        predicates, objects, data = terms.predicates, terms.objects, _DATA_OBJECT
        ended = " .\n" + indent
        last_subject, last_predicate = self.subject, self.predicate
        for subject, predicate, value in triples:
            if (value[0] == '"' and value[-1] == '"') or value.startswith(data):
                printed = value
            else:
                printed = objects.get(value) or terms.object(value)
            if subject == last_subject:
                if predicate == last_predicate:
                    append(f" , {printed}")
                    continue
                append(f"{continued}{predicates.get(predicate) or terms.predicate(predicate)} {printed}")
            else:
                start = indent if last_subject is None else ended
                append(f"{start}{terms.subject(subject)} {predicates.get(predicate) or terms.predicate(predicate)} "
                       f"{printed}")  # fmt: skip
                last_subject = subject
            last_predicate = predicate
        self.subject, self.predicate = last_subject, last_predicate

    def close(self) -> None:
        if self.subject is not None:
            self.parts.append(" .\n")
        self.subject = self.predicate = None


class _Output:
    """Text gathered in parts and written as UTF-8 every :data:`_CHUNK` parts; the prefixes go first, once anything
    is written (an empty graph is an empty file, as pyoxigraph writes it)."""

    def __init__(self, stream: BinaryIO, header: str) -> None:
        self.stream, self.header = stream, header
        self.parts: list[str] = []

    def flush(self, done: bool = False) -> None:
        if len(self.parts) < _CHUNK and not done:
            return
        if self.parts:
            if self.header:
                self.parts.insert(0, self.header)
                self.header = ""
            self.stream.write("".join(self.parts).encode("utf-8"))
            self.parts.clear()


class TrigWriter:
    """Graphs as TriG: named graphs in ``<name> { }`` blocks, the default graph's triples at the top level. A graph
    given again right after itself goes on in the same block, as in a stream of quads."""

    _NONE = "\0"
    """The graph name of "no graph open yet"."""

    def __init__(self, stream: BinaryIO, terms: Terms) -> None:
        self.out = _Output(stream, terms.header)
        self.terms = terms
        self.open: str | None = self._NONE
        self.layout = _Layout(terms, self.out.parts, "")

    def graph(self, name: str | None, triples: Iterable[TextTriple]) -> None:
        iterator = iter(triples)
        first = next(iterator, None)
        if first is None:  # pyoxigraph writes nothing for a graph without triples
            return
        if name != self.open:
            self._end()
            if name is not None:
                self.out.parts.append(f"{self.terms.subject(name)} {{\n")
            self.layout = _Layout(self.terms, self.out.parts, "" if name is None else "\t")
            self.open = name
        for batch in _batches(itertools.chain((first,), iterator)):
            self.layout.add(batch)
            self.out.flush()

    def _end(self) -> None:
        self.layout.close()
        if self.open not in (None, self._NONE):
            self.out.parts.append("}\n")

    def close(self) -> None:
        self._end()
        self.out.flush(done=True)


class TurtleWriter:
    """Triples as Turtle, grouped as they come: a subject that goes on from one call to the next stays one group."""

    def __init__(self, stream: BinaryIO, terms: Terms) -> None:
        self.out = _Output(stream, terms.header)
        self.layout = _Layout(terms, self.out.parts, "")

    def add(self, triples: Iterable[TextTriple]) -> None:
        for batch in _batches(triples):
            self.layout.add(batch)
            self.out.flush()

    def close(self) -> None:
        self.layout.close()
        self.out.flush(done=True)


def _node_text(term: str) -> str:
    return term if term.startswith("_:") else f"<{term}>"


def write_lines(graphs: TextGraphs, stream: BinaryIO, quads: bool) -> None:
    """N-Quads (``quads``, each graph's name on its lines) or N-Triples (every graph's triples, as they come)."""
    out = _Output(stream, "")
    parts = out.parts
    for name, triples in graphs:
        end = f" {_node_text(name)} .\n" if quads and name is not None else " .\n"
        for batch in _batches(triples):
            for subject, predicate, value in batch:
                parts.append(f"{_node_text(subject)} <{predicate}> {value}{end}")
            out.flush()
    out.flush(done=True)


def _batches(triples: Iterable[TextTriple]) -> Iterator[list[TextTriple]]:
    iterator = iter(triples)
    while batch := list(itertools.islice(iterator, _BATCH)):
        yield batch


class Union:
    """The triples of several graphs, each once. Only subjects that start with one of ``repeating`` are remembered
    (every subject by default): newsgraph's graphs share only the triples about actors, statements and events, a few
    per article, so memory stays small whatever the story's size."""

    def __init__(self, repeating: tuple[str, ...] = ("",)) -> None:
        self.repeating = repeating
        self.seen: set[TextTriple] = set()

    def fresh(self, triples: Iterable[TextTriple]) -> list[TextTriple]:
        """Those of ``triples`` not seen before."""
        repeating, seen = self.repeating, self.seen
        kept = []
        for triple in triples:
            if triple[0].startswith(repeating):
                if triple in seen:
                    continue
                seen.add(triple)
            kept.append(triple)
        return kept
