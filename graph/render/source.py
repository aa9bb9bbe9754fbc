"""What the map reads the graph through: rdflib's triple-pattern calls, answered by an rdflib ``Graph`` or by a
pyoxigraph store, so a build can draw its map without building an rdflib graph (ten times slower to fill).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from typing import Protocol

import pyoxigraph as ox
from rdflib import URIRef
from rdflib.term import Node

from graph.rdf import rdflib_term


class Triples(Protocol):
    """The part of ``rdflib.Graph`` the map reader uses; answers hold each triple once."""

    def objects(self, subject: Node, predicate: Node) -> Iterable[Node]: ...

    def subjects(self, predicate: Node, object: Node) -> Iterable[Node]: ...

    def subject_objects(self, predicate: Node) -> Iterable[tuple[Node, Node]]: ...


class StoreTriples:
    """:class:`Triples` answered from the default graph of a pyoxigraph store (fill it with the merged graph)."""

    def __init__(self, store: ox.Store) -> None:
        self.store = store

    def objects(self, subject: Node, predicate: Node) -> Iterator[Node]:
        for quad in self.store.quads_for_pattern(_named(subject), _named(predicate), None, ox.DefaultGraph()):
            yield rdflib_term(quad.object)

    def subjects(self, predicate: Node, object: Node) -> Iterator[Node]:
        for quad in self.store.quads_for_pattern(None, _named(predicate), _named(object), ox.DefaultGraph()):
            yield rdflib_term(quad.subject)

    def subject_objects(self, predicate: Node) -> Iterator[tuple[Node, Node]]:
        for quad in self.store.quads_for_pattern(None, _named(predicate), None, ox.DefaultGraph()):
            yield rdflib_term(quad.subject), rdflib_term(quad.object)


@functools.lru_cache(maxsize=65536)
def _named(term: Node) -> ox.NamedNode:
    if not isinstance(term, URIRef):
        raise TypeError(f"the map reader asks by IRI only, not by {term!r}")
    return ox.NamedNode(str(term))
