"""The named queries (the ``.rq`` files in ``graph/store/named``), the prefixes every query may use undeclared, and the
parameters a named query needs.

A named query documents itself in its leading comment lines: the first is its summary, and a line
``# param ?NAME: what to bind`` declares a parameter the caller must bind (``--bind NAME=VALUE``). Every ``NAME.rq``
file in the folder is a named query; nothing here knows their names.

A named query means one thing, but an engine may need its own text to answer fast: ``NAME.ENGINE.rq`` beside
``NAME.rq`` (``timeline.oxigraph.rq``) is the text :meth:`NamedQuery.text_for` gives that engine (a store's kind), and
``NAME.rq`` the text every other engine gets. Both texts give the same rows in the same order on every store (the
parity tests of ``tests/store`` run each text on each store); only the time they take differs. The summary and the
parameters are those of ``NAME.rq``. This is the one place where a store's text is chosen.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
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
    """The text any engine can answer (``NAME.rq``)."""
    summary: str
    parameters: tuple[Parameter, ...]
    engine_texts: tuple[tuple[str, str], ...] = ()
    """(engine, text) for each engine with a text of its own (``NAME.ENGINE.rq``)."""

    def text_for(self, engine: str) -> str:
        """The text to run on a store of kind ``engine`` (``"oxigraph"``, ``"rdflib"``): its own, else :attr:`text`."""
        return dict(self.engine_texts).get(engine, self.text)

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
    """Every named query shipped with newsgraph, by name (the ``.rq`` file name without its suffix), each with the
    texts of its engines (``NAME.ENGINE.rq``)."""
    texts: dict[str, str] = {}
    engine_texts: dict[str, dict[str, str]] = {}
    for entry in resources.files("graph.store.named").iterdir():
        if entry.name.endswith(".rq"):
            name, _, engine = entry.name.removesuffix(".rq").partition(".")
            text = entry.read_text(encoding="utf-8")
            if engine:
                engine_texts.setdefault(name, {})[engine] = text
            else:
                texts[name] = text
    orphans = sorted(set(engine_texts) - set(texts))
    if orphans:
        raise QueryError(f"engine texts without a named query: {', '.join(f'{name}.rq' for name in orphans)}")
    return {
        name: replace(_named_query(name, texts[name]), engine_texts=tuple(sorted(engine_texts.get(name, {}).items())))
        for name in sorted(texts)
    }


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
