"""Triples as text (:mod:`graph.rdf.text`): the vocabulary's IRIs as strings (:data:`TERM`), the literals the mapping
writes, and :class:`TripleSet`, the triples of one graph, each once."""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any

from rdflib import RDF, RDFS, XSD

from graph.model import ActorKind
from graph.rdf import text as rdf_text
from graph.rdf.text import TextTriple
from ontology import NG


class TermStrings:
    """The IRIs of rdflib namespaces as plain strings: ``TERM.label`` is ``str(RDFS.label)``."""

    def __init__(self, *namespaces: Any) -> None:
        self._namespaces = namespaces

    def __getattr__(self, name: str) -> str:
        for namespace in self._namespaces:
            try:
                iri = str(getattr(namespace, name))
            except AttributeError:
                continue
            setattr(self, name, iri)
            return iri
        raise AttributeError(name)


TERM = TermStrings(NG, RDFS, RDF)
"""Every predicate and class newsgraph writes; ``NG`` is closed, so a misspelt term raises."""
RDF_TYPE = str(RDF.type)
_XSD_DATE = str(XSD.date)
_XSD_ANYURI = str(XSD.anyURI)
_XSD_DECIMAL = str(XSD.decimal)
_XSD_INTEGER = str(XSD.integer)
_XSD_BOOLEAN = str(XSD.boolean)
ACTOR_CLASS = {
    ActorKind.PERSON: TERM.Person,
    ActorKind.ORGANIZATION: TERM.Organization,
    ActorKind.GROUP: TERM.Group,
    ActorKind.PLACE: TERM.Place,
    ActorKind.OUTLET: TERM.Outlet,
}
plain = rdf_text.text
"""A plain string literal."""


@functools.lru_cache(maxsize=1 << 14)
def integer(value: int) -> str:
    return rdf_text.typed(str(value), _XSD_INTEGER)


@functools.lru_cache(maxsize=1 << 14)
def date(value: dt.date) -> str:
    return rdf_text.typed(value.isoformat(), _XSD_DATE)


def boolean(value: bool) -> str:
    return rdf_text.typed("true" if value else "false", _XSD_BOOLEAN)


def any_uri(value: str) -> str:
    return rdf_text.typed(value, _XSD_ANYURI)


def score(similarity: float) -> str:
    """A 0-100 match score as an ``xsd:decimal`` from 0 to 1, written with two decimals so it reads back unchanged."""
    return rdf_text.typed(f"{similarity / 100:.2f}", _XSD_DECIMAL)


class TripleSet:
    """The triples of one graph, each once, in the order first added."""

    __slots__ = ("triples",)

    def __init__(self) -> None:
        self.triples: dict[TextTriple, None] = {}

    def add(self, subject: str, predicate: str, value: str | None) -> None:
        """A triple whose object is a literal (its text, :mod:`graph.rdf.text`); none if ``value`` is None."""
        if value is not None:
            self.triples[(subject, predicate, value)] = None

    def link(self, subject: str, predicate: str, iri: str | None) -> None:
        """A triple whose object is the IRI ``iri``; none if ``iri`` is None."""
        if iri is not None:
            self.triples[(subject, predicate, f"<{iri}>")] = None

    def sorted(self) -> list[TextTriple]:
        """Subjects in IRI order, each one's type first: the files read the same whatever order facts came in. The
        predicates the mapping writes (``ng:`` and ``rdfs:``, :data:`TERM`) all sort after ``rdf:type``, so its
        graphs sort as plain tuples; a graph read from a file may hold others."""
        return sorted(self.triples)

    def sorted_type_first(self) -> list[TextTriple]:
        """:meth:`sorted` for a graph of any predicates."""
        return sorted(self.triples, key=_triple_key)


def _triple_key(triple: TextTriple) -> tuple[str, bool, str, str]:
    subject, predicate, value = triple
    return subject, predicate != RDF_TYPE, predicate, value
