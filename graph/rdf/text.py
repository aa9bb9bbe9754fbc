"""RDF terms as text, the form the mapping (:mod:`graph.rdf.mapping`) builds its triples of: a Python string is made,
hashed and compared many times faster than any RDF library's term object, and a build makes millions of them.

A triple is ``(subject, predicate, object)``: the subject and the predicate bare (an IRI, or ``_:id`` for a blank
node), the object as N-Triples writes it (``<iri>``, ``_:id``, ``"text"``, ``"text"@en``, ``"5"^^<...#integer>``).
Objects sorted as text come in the order pyoxigraph's ``str()`` of the same terms gives.
:mod:`graph.store.writers` prints such triples in the formats newsgraph writes.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Any

import pyoxigraph as ox
from rdflib import XSD, BNode, Literal, URIRef
from rdflib.term import Identifier

TextTriple = tuple[str, str, str]
"""(subject, predicate, object): see the module's docstring."""

_SPECIAL = re.compile(r'[\x00-\x1f"\\\x7f]')
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
_ESCAPED = re.compile(r"\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))", re.DOTALL)
_UNESCAPES = {"\\": "\\", '"': '"', "'": "'", "n": "\n", "r": "\r", "t": "\t", "b": "\b", "f": "\f"}
XSD_STRING = str(XSD.string)


def escaped(value: str) -> str:
    """``value`` as it reads between the quotes of an N-Triples (or Turtle) literal, escaped as pyoxigraph escapes:
    quotes, backslashes and control characters, nothing else."""
    if _SPECIAL.search(value) is None:
        return value
    return _SPECIAL.sub(_escape, value)


def _escape(match: re.Match[str]) -> str:
    char = match[0]
    return _ESCAPES.get(char) or f"\\u{ord(char):04X}"


def unescaped(value: str) -> str:
    """The inverse of :func:`escaped` (and of N-Triples' other escapes)."""
    if "\\" not in value:
        return value
    return _ESCAPED.sub(_unescape, value)


def _unescape(match: re.Match[str]) -> str:
    code = match[1] or match[2]
    if code:
        return chr(int(code, 16))
    char = match[3]
    if char not in _UNESCAPES:
        raise ValueError(f"unknown escape \\{char} in an N-Triples literal")
    return _UNESCAPES[char]


def text(value: str) -> str:
    """A plain string literal."""
    return f'"{escaped(value)}"'


def typed(value: str, datatype: str) -> str:
    """A literal of ``datatype`` (an IRI); of ``xsd:string``, the plain literal it is."""
    if datatype == XSD_STRING:
        return text(value)
    return f'"{escaped(value)}"^^<{datatype}>'


def link(iri: str) -> str:
    """An IRI as an object."""
    return f"<{iri}>"


def from_rdflib(term: Any) -> str:
    """An rdflib term as an object (:func:`subject_text` gives a subject or predicate)."""
    if isinstance(term, URIRef):
        return f"<{term}>"
    if isinstance(term, BNode):
        return f"_:{term}"
    if isinstance(term, Literal):
        if term.language:  # rdflib keeps the tag's case; pyoxigraph lowercases it
            return f'"{escaped(str(term))}"@{term.language.lower()}'
        if term.datatype is None or str(term.datatype) == XSD_STRING:
            return text(str(term))
        return typed(str(term), str(term.datatype))
    raise TypeError(f"not an RDF term newsgraph writes: {term!r}")


def subject_text(term: Any) -> str:
    """An rdflib IRI or blank node as a subject or predicate."""
    if isinstance(term, URIRef):
        return str(term)
    if isinstance(term, BNode):
        return f"_:{term}"
    raise TypeError(f"not a subject: {term!r}")


def split_literal(term: str) -> tuple[str, str | None, str | None]:
    """A literal object's (value, datatype IRI or None, language or None)."""
    end = term.rindex('"')
    value, rest = unescaped(term[1:end]), term[end + 1 :]
    if not rest:
        return value, None, None
    if rest[0] == "@":
        return value, None, rest[1:]
    return value, rest[3:-1], None


def to_rdflib(term: str) -> Identifier:
    """The rdflib term of an object (or, bare, of a subject or predicate)."""
    first = term[0]
    if first == "<":
        return URIRef(term[1:-1])
    if first == '"':
        value, datatype, language = split_literal(term)
        return Literal(value, lang=language, datatype=_rdflib_datatype(datatype) if datatype else None)
    if term.startswith("_:"):
        return BNode(term[2:])
    return URIRef(term)


def rdflib_terms() -> Callable[[str], Identifier]:
    """:func:`to_rdflib`, converting each distinct text once: a graph's IRIs, dates and names recur, and an rdflib
    term (a typed literal parses its value) costs many times a dictionary lookup."""
    terms: dict[str, Identifier] = {}

    def convert(term: str) -> Identifier:
        known = terms.get(term)
        if known is None:
            known = terms[term] = to_rdflib(term)
        return known

    return convert


@functools.lru_cache(maxsize=4096)
def _rdflib_datatype(iri: str) -> URIRef | None:
    return None if iri == XSD_STRING else URIRef(iri)


def to_oxigraph(term: str) -> Any:
    """The pyoxigraph term of an object (or, bare, of a subject or predicate)."""
    first = term[0]
    if first == "<":
        return ox.NamedNode(term[1:-1])
    if first == '"':
        value, datatype, language = split_literal(term)
        if language:
            return ox.Literal(value, language=language)
        return ox.Literal(value, datatype=ox.NamedNode(datatype) if datatype else None)
    if term.startswith("_:"):
        return ox.BlankNode(term[2:])
    return ox.NamedNode(term)


def oxigraph_term(term: Any) -> Any:
    """The pyoxigraph term of an rdflib one (blank nodes, which newsgraph never writes, keep their ids)."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)) if term.datatype else None)
    raise TypeError(f"not an RDF term newsgraph writes: {term!r}")


def rdflib_term(term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple) -> Identifier:
    """The rdflib term of a pyoxigraph one (RDF-star triple terms, which newsgraph never writes, are refused)."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        return Literal(term.value, datatype=_rdflib_datatype(term.datatype.value))
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    raise TypeError(f"newsgraph reads no RDF-star triple terms: {term!r}")
