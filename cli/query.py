"""`newsgraph query`: ad-hoc SPARQL, a .rq file or a named query, on rdflib or Oxigraph, parameters bound safely."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from cli.common import DEFAULT_OUT, EXIT_FAILED, reported_errors
from graph.store import QueryKind, ResultFormat, StoreKind

if TYPE_CHECKING:
    from rdflib.term import Identifier

    from graph.store import TripleStore

GraphOption = Annotated[
    Path | None,
    typer.Option("--graph", "-g", help="Graph file to query (default: out/graph.trig, else out/graph.ttl)."),
]
StoreOption = Annotated[
    StoreKind,
    typer.Option("--store", "-s", help="rdflib (in memory) or oxigraph (a persistent folder, for large graphs)."),
]
StorePathOption = Annotated[
    Path | None,
    typer.Option("--store-path", help="Oxigraph folder (default: beside the graph file, e.g. out/graph.oxigraph)."),
]


def query(
    sparql: Annotated[str | None, typer.Argument(help="SPARQL text, or the path of a .rq file.")] = None,
    named: Annotated[
        str | None, typer.Option("--named", "-n", help="A named query (see --list), e.g. statements, said-by.")
    ] = None,
    graph: GraphOption = None,
    store: StoreOption = StoreKind.rdflib,
    store_path: StorePathOption = None,
    fmt: Annotated[ResultFormat, typer.Option("--format", "-f", help="Result format.")] = ResultFormat.table,
    bind: Annotated[
        list[str] | None,
        typer.Option(
            "--bind", "-b", help='Bind a variable: --bind actor="Ramzan Kadyrov" (a string), --bind actor="<IRI>".'
        ),
    ] = None,
    limit: Annotated[
        int | None, typer.Option(min=0, help="Print at most this many rows (a page of a SELECT answer).")
    ] = None,
    offset: Annotated[int, typer.Option(min=0, help="Skip this many rows first (the pages of a listing).")] = 0,
    list_named: Annotated[bool, typer.Option("--list", help="List the named queries and their parameters.")] = False,
) -> None:
    """Ask the graph a SPARQL question (SELECT, ASK, CONSTRUCT or DESCRIBE) and print the answer.

    SELECT prints rows, ASK prints true or false, CONSTRUCT and DESCRIBE print Turtle (JSON-LD with --format json).
    Prefixes ng:, ngd:, rdf:, rdfs:, xsd:, schema:, prov:, time:, sem:, skos:, dcterms: are predeclared.

    A query may not use FROM or SERVICE (it answers from this graph only), nor a prefix it does not declare.
    --limit and --offset page the rows of a SELECT answer; the named queries order their rows so that pages follow
    on from each other (--offset 0 --limit 50, then --offset 50 --limit 50, ...).
    When a named query's --bind actor=NAME matches no actor, stderr says so and suggests the closest names.

    Exit codes: 0 answered (an empty answer included); 2 bad query, unknown named query, missing or unknown
    parameter, or unreadable graph file.
    """
    from graph.store import Page, default_graph_file, named_query, open_store, render

    with reported_errors():
        if list_named:
            list_named_queries()
            return
        if (sparql is None) == (named is None):
            typer.secho("newsgraph: give either SPARQL text (or a .rq file) or --named NAME", err=True, fg="red")
            raise typer.Exit(EXIT_FAILED)
        bindings = parse_bindings(bind or [])
        entry = named_query(named) if named is not None else None
        if entry is not None:
            entry.check_bindings(bindings)
        text = entry.text if entry is not None else query_text(sparql or "")
        opened = open_store(store, graph or default_graph_file(DEFAULT_OUT), store_path)
        try:
            page = Page(offset, limit) if offset or limit is not None else None
            answer = opened.query(text, bindings, page=page)
            if entry is not None and answer.kind is QueryKind.select and not answer.rows and not offset:
                explain_no_actor(opened, bindings)
        finally:
            opened.close()
        typer.echo(render(answer, fmt), nl=False)


def list_named_queries() -> None:
    from graph.store import named_queries

    for listed in named_queries().values():
        params = " ".join(f"--bind {p.name}=…" for p in listed.parameters)
        typer.echo(f"{listed.name:13} {listed.summary}" + (f"\n{'':13} needs {params}" if params else ""))


def query_text(sparql: str) -> str:
    """``sparql`` itself, or the text of the ``.rq`` file it names."""
    path = Path(sparql)
    return path.read_text(encoding="utf-8") if sparql.endswith(".rq") and path.is_file() else sparql


def explain_no_actor(store: TripleStore, bindings: dict[str, Identifier]) -> None:
    """Say on stderr when an empty answer is because the bound actor is not in the graph, with the closest names."""
    from graph.store.suggest import ACTOR_PARAMETER, closest_actor_names

    value = bindings.get(ACTOR_PARAMETER)
    suggestions = None if value is None else closest_actor_names(store, value)
    if value is None or suggestions is None:
        return
    hint = f"; closest: {', '.join(repr(name) for name in suggestions)}" if suggestions else ""
    typer.secho(f"newsgraph: no actor in the graph is named {str(value)!r}{hint}", err=True, fg="yellow")


def parse_bindings(items: list[str]) -> dict[str, Identifier]:
    """``NAME=VALUE`` pairs as bindings: ``<...>`` is an IRI, anything else a plain string literal."""
    from rdflib import Literal, URIRef

    from graph.errors import QueryError

    bindings: dict[str, Identifier] = {}
    for item in items:
        name, sep, value = item.partition("=")
        name = name.strip().lstrip("?$")
        if not sep or not name.isidentifier():
            raise QueryError(f"--bind takes NAME=VALUE, got {item!r}")
        is_iri = value.startswith("<") and value.endswith(">") and len(value) > 2
        bindings[name] = URIRef(value[1:-1]) if is_iri else Literal(value)
    return bindings
