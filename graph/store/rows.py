"""What the store's answers say to a person, line by line: the named queries, a binding that names no actor, SHACL
violations with their IRIs shortened to the project's prefixes. The commands print these lines as they are."""

from __future__ import annotations

from collections.abc import Mapping

from rdflib.term import Identifier

from graph.store.backends import TripleStore
from graph.store.queries import named_queries, prefixes
from ontology import ValidationReport


def named_query_lines() -> list[str]:
    """Each named query with what it answers, and the ``--bind`` options it needs on the line below."""
    lines = []
    for query in named_queries().values():
        lines.append(f"{query.name:13} {query.summary}")
        if query.parameters:
            lines.append(f"{'':13} needs " + " ".join(f"--bind {p.name}=…" for p in query.parameters))
    return lines


def no_actor_note(store: TripleStore, bindings: Mapping[str, Identifier]) -> str | None:
    """When the bound actor is not in the graph: a line that says so, with the closest names; None otherwise."""
    from graph.store.suggest import ACTOR_PARAMETER, closest_actor_names

    value = bindings.get(ACTOR_PARAMETER)
    suggestions = None if value is None else closest_actor_names(store, value)
    if value is None or suggestions is None:
        return None
    hint = f"; closest: {', '.join(repr(name) for name in suggestions)}" if suggestions else ""
    return f"no actor in the graph is named {str(value)!r}{hint}"


def violation_lines(report: ValidationReport) -> list[str]:
    """Each violation as its severity and focus node, then its property path and message, indented."""
    namespaces = sorted(prefixes().items(), key=lambda item: -len(item[1]))

    def short(iri: str) -> str:
        return next((f"{p}:{iri[len(ns) :]}" for p, ns in namespaces if iri.startswith(ns) and iri != ns), iri)

    lines = []
    for violation in report.violations:
        path = "-"
        if violation.path:
            path = ("^" if violation.path.startswith("^") else "") + short(violation.path.removeprefix("^"))
        lines.append(f"{violation.severity}: {short(violation.focus)}\n  path: {path}\n  {violation.message}")
    return lines


def violation_summary(report: ValidationReport) -> str:
    """``N violation(s) on M node(s)``."""
    return f"{len(report.violations)} violation(s) on {len({v.focus for v in report.violations})} node(s)"
