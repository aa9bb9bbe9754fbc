"""`newsgraph query`: ad-hoc SPARQL, a .rq file or a named query, on rdflib or Oxigraph, parameters bound safely."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from cli.common import DEFAULT_OUT, EXIT_FAILED, reported_errors
from graph.store import ResultFormat, StoreKind

if TYPE_CHECKING:
    from rdflib.term import Identifier

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
    list_named: Annotated[bool, typer.Option("--list", help="List the named queries and their parameters.")] = False,
) -> None:
    """Ask the graph a SPARQL question (SELECT, ASK, CONSTRUCT or DESCRIBE) and print the answer.

    SELECT prints rows, ASK prints true or false, CONSTRUCT and DESCRIBE print Turtle (JSON-LD with --format json).
    Prefixes ng:, ngd:, rdf:, rdfs:, xsd:, schema:, prov:, time:, sem:, skos:, dcterms: are predeclared.

    Exit codes: 0 answered; 2 bad query, unknown named query, missing parameter or unreadable graph file.
    """
    from graph.store import default_graph_file, named_queries, named_query, open_store, render

    with reported_errors():
        if list_named:
            for entry in named_queries().values():
                params = " ".join(f"--bind {p.name}=…" for p in entry.parameters)
                typer.echo(f"{entry.name:13} {entry.summary}" + (f"\n{'':13} needs {params}" if params else ""))
            return
        if (sparql is None) == (named is None):
            typer.secho("newsgraph: give either SPARQL text (or a .rq file) or --named NAME", err=True, fg="red")
            raise typer.Exit(EXIT_FAILED)
        bindings = parse_bindings(bind or [])
        if named is not None:
            entry = named_query(named)
            entry.check_bindings(bindings)
            text = entry.text
        else:
            assert sparql is not None
            path = Path(sparql)
            text = path.read_text(encoding="utf-8") if sparql.endswith(".rq") and path.is_file() else sparql
        opened = open_store(store, graph or default_graph_file(DEFAULT_OUT), store_path)
        try:
            answer = opened.query(text, bindings)
        finally:
            opened.close()
        typer.echo(render(answer, fmt), nl=False)


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
