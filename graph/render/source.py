"""What the map reads the graph through: rdflib's triple-pattern calls, answered by an rdflib ``Graph`` or by an
index of the mapping's text triples (:mod:`graph.rdf.text`), so a build can draw its map without building an rdflib
graph (ten times slower to fill).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Protocol

from rdflib import URIRef
from rdflib.term import Node

from graph.rdf.text import TextTriple, rdflib_terms
from ontology.namespace import NG

UNREAD = frozenset(str(p) for p in (NG.similarity, NG.direct, NG.anchor, NG.names))
"""Predicates the page (:mod:`graph.render.model`, :mod:`graph.render.reader`) never reads: its index leaves them
out."""


class Triples(Protocol):
    """The part of ``rdflib.Graph`` the map reader uses; answers hold each triple once."""

    def objects(self, subject: Node, predicate: Node) -> Iterable[Node]: ...

    def subjects(self, predicate: Node, object: Node) -> Iterable[Node]: ...

    def subject_objects(self, predicate: Node) -> Iterable[tuple[Node, Node]]: ...


class IndexedTriples:
    """:class:`Triples` answered from dicts filled once from text triples (each triple kept once however often it
    comes), keyed by IRI text: every call the map makes is a dict lookup. Terms become rdflib terms once each;
    predicates the page never reads (scores, anchors: :data:`UNREAD`) are left out.
    Meant for a page's worth of triples (an excerpt of a large story, :mod:`graph.render.excerpt`), held in memory."""

    def __init__(self, triples: Iterable[TextTriple]) -> None:
        term = rdflib_terms()
        self.forward: dict[tuple[str, str], list[Node]] = defaultdict(list)
        self.backward: dict[tuple[str, str], list[Node]] = defaultdict(list)
        self.pairs: dict[str, list[tuple[Node, Node]]] = defaultdict(list)
        last, subject = "", term("urn:x")
        for s, p, value in triples:
            if p in UNREAD:
                continue
            if s != last:  # triples come a subject at a time
                last, subject = s, term(s)
            o = term(value)
            values = self.forward[s, p]
            if o in values:
                continue  # a triple that several graphs hold
            values.append(o)
            if value[0] == "<":  # the map asks for subjects by IRI only
                self.backward[p, value[1:-1]].append(subject)
            self.pairs[p].append((subject, o))

    def objects(self, subject: Node, predicate: Node) -> list[Node]:
        return self.forward.get((str(subject), str(predicate)), [])

    def subjects(self, predicate: Node, object: Node) -> list[Node]:
        if not isinstance(object, URIRef):
            raise TypeError(f"the map reader asks by IRI only, not by {object!r}")
        return self.backward.get((str(predicate), str(object)), [])

    def subject_objects(self, predicate: Node) -> list[tuple[Node, Node]]:
        return self.pairs.get(str(predicate), [])
