"""The named queries (the ``.rq`` files in ``graph/store/named``), the prefixes every query may use undeclared, and the
parameters a named query needs.

A named query documents itself in its leading comment lines: the first is its summary, and a line
``# param ?NAME: what to bind`` declares a parameter the caller must bind (``--bind NAME=VALUE``). Every ``.rq`` file
in the folder is a named query; nothing here knows their names.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources

from rdflib import Graph
from rdflib.term import Identifier

from graph.errors import QueryError
from ontology import bind_prefixes

_PARAM = re.compile(r"^#\s*param\s+[?$](?P<name>\w+)\s*:\s*(?P<help>.*)$")


@dataclass(frozen=True, slots=True)
class Parameter:
    """A variable a named query needs bound, and what to bind it to."""

    name: str
    help: str


@dataclass(frozen=True, slots=True)
class NamedQuery:
    name: str
    text: str
    summary: str
    parameters: tuple[Parameter, ...]

    def check_bindings(self, bindings: Mapping[str, Identifier]) -> None:
        """Raise :class:`QueryError` naming every declared parameter that ``bindings`` leaves unbound, or every
        binding the query does not declare (it would be ignored, or empty the answer)."""
        declared = {p.name for p in self.parameters}
        unknown = sorted(set(bindings) - declared)
        if unknown:
            given = ", ".join(f"--bind {name}" for name in unknown)
            takes = "; ".join(f"--bind {p.name}=VALUE ({p.help})" for p in self.parameters) or "no parameters"
            raise QueryError(f"named query {self.name!r} has no parameter for {given}: it takes {takes}")
        missing = [p for p in self.parameters if p.name not in bindings]
        if missing:
            wanted = "; ".join(f"--bind {p.name}=VALUE ({p.help})" for p in missing)
            raise QueryError(f"named query {self.name!r} needs {wanted}")


@cache
def prefixes() -> dict[str, str]:
    """The prefixes every query may use without declaring them: the project's (``ng:``, ``ngd:``, ``schema:``, ...)
    and rdflib's core ones (``rdf:``, ``rdfs:``, ``xsd:``, ``owl:``)."""
    graph = Graph(bind_namespaces="core")
    bind_prefixes(graph)
    return {prefix: str(namespace) for prefix, namespace in graph.namespaces() if prefix}


def named_queries() -> dict[str, NamedQuery]:
    """Every named query shipped with newsgraph, by name (the ``.rq`` file name without its suffix)."""
    folder = resources.files("graph.store.named")
    queries = [
        _named_query(entry.name.removesuffix(".rq"), entry.read_text(encoding="utf-8"))
        for entry in folder.iterdir()
        if entry.name.endswith(".rq")
    ]
    return {query.name: query for query in sorted(queries, key=lambda q: q.name)}


def named_query(name: str) -> NamedQuery:
    queries = named_queries()
    if name not in queries:
        raise QueryError(f"no named query {name!r} (available: {', '.join(queries)})")
    return queries[name]


def _named_query(name: str, text: str) -> NamedQuery:
    comments = [line.strip() for line in text.splitlines()]
    comments = comments[: next((i for i, line in enumerate(comments) if not line.startswith("#")), len(comments))]
    prose = " ".join(line.lstrip("#").strip() for line in comments if not _PARAM.match(line))
    summary = re.split(r"(?<=\.)\s", prose, maxsplit=1)[0]
    parameters = tuple(
        Parameter(match["name"], match["help"].strip()) for line in comments if (match := _PARAM.match(line))
    )
    return NamedQuery(name, text, summary, parameters)
