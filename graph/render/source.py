"""What the map reads the graph through: rdflib's triple-pattern calls, answered by an rdflib ``Graph`` or by an
index of pyoxigraph triples, so a build can draw its map without building an rdflib graph (ten times slower to fill).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
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


class IndexedTriples:
    """:class:`Triples` answered from dicts filled once from pyoxigraph triples: every term is converted to rdflib
    once, and every call the map makes is a dict lookup. Meant for a page's worth of triples (an excerpt of a large
    story, :mod:`graph.excerpt`), which it holds in memory."""

    def __init__(self, triples: Iterable[tuple[ox.NamedNode, ox.NamedNode, ox.NamedNode | ox.Literal]]) -> None:
        terms: dict[object, Node] = {}

        def converted(term: ox.NamedNode | ox.Literal) -> Node:
            known = terms.get(term)
            if known is None:
                known = terms[term] = rdflib_term(term)
            return known

        self.forward: dict[tuple[Node, Node], list[Node]] = defaultdict(list)
        self.backward: dict[tuple[Node, Node], list[Node]] = defaultdict(list)
        self.pairs: dict[Node, list[tuple[Node, Node]]] = defaultdict(list)
        for subject, predicate, value in set(triples):
            s, p, o = converted(subject), converted(predicate), converted(value)
            self.forward[s, p].append(o)
            if isinstance(value, ox.NamedNode):  # the map asks for subjects by IRI only
                self.backward[p, o].append(s)
            self.pairs[p].append((s, o))

    def objects(self, subject: Node, predicate: Node) -> list[Node]:
        return self.forward.get((subject, predicate), [])

    def subjects(self, predicate: Node, object: Node) -> list[Node]:
        if not isinstance(object, URIRef):
            raise TypeError(f"the map reader asks by IRI only, not by {object!r}")
        return self.backward.get((predicate, object), [])

    def subject_objects(self, predicate: Node) -> list[tuple[Node, Node]]:
        return self.pairs.get(predicate, [])
