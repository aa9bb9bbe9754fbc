"""The newsgraph vocabulary: the OWL ontology, the SHACL shapes, the JSON-LD context and the typed namespace.

``validate()`` checks a data graph against the shapes and returns the violations as plain values, so callers (the
CLI, tests) need not read a SHACL results graph.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from rdflib import RDF, SH, BNode, Graph, URIRef
from rdflib.term import Node

from ontology.namespace import NG, NGD, SEM, bind_prefixes, prefixes

__all__ = [
    "CONTEXT_PATH",
    "NG",
    "NGD",
    "ONTOLOGY_PATH",
    "SEM",
    "SHAPES_PATH",
    "ValidationReport",
    "Violation",
    "bind_prefixes",
    "load_ontology",
    "load_shapes",
    "prefixes",
    "validate",
]

_HERE = Path(__file__).parent
ONTOLOGY_PATH = _HERE / "newsgraph.ttl"
SHAPES_PATH = _HERE / "shapes.ttl"
CONTEXT_PATH = _HERE / "context.jsonld"


@cache
def load_ontology() -> Graph:
    """The ontology graph, parsed once. Shared between callers: copy it before adding triples."""
    return Graph().parse(ONTOLOGY_PATH, format="turtle")


@cache
def load_shapes() -> Graph:
    """The SHACL shapes graph, parsed once. Shared between callers: copy it before adding triples."""
    return Graph().parse(SHAPES_PATH, format="turtle")


@dataclass(frozen=True, slots=True)
class Violation:
    """One SHACL validation result: the node that failed, the property path it failed on, and why."""

    focus: str
    path: str | None
    message: str
    severity: str
    """The local name of the ``sh:resultSeverity``: ``Violation``, ``Warning`` or ``Info``."""


@dataclass(frozen=True, slots=True)
class ValidationReport:
    """The outcome of :func:`validate`; ``violations`` is sorted, so the same graph always gives the same report."""

    conforms: bool
    violations: list[Violation]


def validate(data: Graph) -> ValidationReport:
    """Validate ``data`` against the shapes, with the ontology mixed into a copy of it and no inference.

    The ontology supplies the ``rdfs:subClassOf`` triples that let ``sh:class ng:Actor`` match an ``ng:Person``.
    RDFS inference is left off on purpose: it would type each property's object with the property's range, so
    ``sh:class`` could never fail (see the comment at the top of ``shapes.ttl``). ``data`` is not modified.
    """
    import pyshacl  # deferred: pulls in owlrl and the SHACL engine, which most callers of this package never need

    conforms, results, _text = pyshacl.validate(
        data,
        shacl_graph=load_shapes(),
        ont_graph=load_ontology(),
        inference="none",
        advanced=False,
    )
    violations = sorted(
        (_violation(results, result) for result in results.subjects(RDF.type, SH.ValidationResult)),
        key=lambda v: (v.focus, v.path or "", v.message, v.severity),
    )
    return ValidationReport(conforms=bool(conforms), violations=violations)


def _violation(results: Graph, result: Node) -> Violation:
    messages = sorted(str(m) for m in results.objects(result, SH.resultMessage))
    severity = results.value(result, SH.resultSeverity)
    return Violation(
        focus=str(results.value(result, SH.focusNode)),
        path=_path_text(results, results.value(result, SH.resultPath)),
        message="; ".join(messages) or str(results.value(result, SH.sourceConstraintComponent)),
        severity=str(severity).removeprefix(str(SH)) if severity is not None else "Violation",
    )


def _path_text(results: Graph, path: Node | None) -> str | None:
    """A property path as text: the IRI of a predicate path, ``^IRI`` for an inverse path, else ``None``."""
    if isinstance(path, URIRef):
        return str(path)
    if isinstance(path, BNode):
        inverse = results.value(path, SH.inversePath)
        if isinstance(inverse, URIRef):
            return f"^{inverse}"
    return None
