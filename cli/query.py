"""`newsgraph query`: ad-hoc SPARQL, a .rq file or a named query, on rdflib or Oxigraph, parameters bound safely."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from cli.common import (
    DEFAULT_OUT,
    EXIT_FAILED,
    GraphOption,
    StoreOption,
    StorePathOption,
    reported_errors,
)
from graph.store import QueryKind, ResultFormat, StoreKind

if TYPE_CHECKING:
    from rdflib.term import Identifier


def query(
    sparql: Annotated[
        str | None, typer.Argument(metavar="TEXT|FILE", help="SPARQL text, or the path of a .rq file.")
    ] = None,
    named: Annotated[
        str | None,
        typer.Option("--named", "-n", metavar="NAME", help="A named query (see --list), e.g. statements, said-by."),
    ] = None,
    graph: GraphOption = None,
    store: StoreOption = StoreKind.rdflib,
    store_path: StorePathOption = None,
    fmt: Annotated[ResultFormat, typer.Option("--format", "-f", help="Result format.")] = ResultFormat.table,
    bind: Annotated[
        list[str] | None,
        typer.Option(
            "--bind",
            "-b",
            metavar="NAME=VALUE",
            help='Bind a variable, once per variable: --bind actor="Ramzan Kadyrov" (a string), --bind actor="<IRI>".',
        ),
    ] = None,
    limit: Annotated[
        int | None, typer.Option(min=0, metavar="N", help="Print at most this many rows (a page of a SELECT answer).")
    ] = None,
    offset: Annotated[
        int, typer.Option(min=0, metavar="N", help="Skip this many rows first (the pages of a listing).")
    ] = 0,
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
    from graph.store import Page, default_graph_file, open_store, render
    from graph.store.rows import named_query_lines, no_actor_note

    if (sparql is None) == (named is None) and not list_named:
        typer.secho("newsgraph: give either SPARQL text (or a .rq file) or --named NAME", err=True, fg="red")
        raise typer.Exit(EXIT_FAILED)
    with reported_errors():
        if list_named:
            typer.echo("\n".join(named_query_lines()))
            return
        bindings = parse_bindings(bind or [])
        text = _query_text(sparql, named, bindings, store)
        opened = open_store(store, graph or default_graph_file(DEFAULT_OUT), store_path)
        try:
            page = Page(offset, limit) if offset or limit is not None else None
            answer = opened.query(text, bindings, page=page)
            empty = answer.kind is QueryKind.select and not answer.rows and not offset
            note = no_actor_note(opened, bindings) if named is not None and empty else None
        finally:
            opened.close()
        if note is not None:
            typer.secho(f"newsgraph: {note}", err=True, fg="yellow")
        typer.echo(render(answer, fmt), nl=False)


def _query_text(sparql: str | None, named: str | None, bindings: dict[str, Identifier], store: StoreKind) -> str:
    """The named query's text for ``store`` (its bindings checked against its parameters), a .rq file's, or
    ``sparql``."""
    from graph.store import named_query

    if named is not None:
        entry = named_query(named)
        entry.check_bindings(bindings)
        return entry.text_for(store)
    assert sparql is not None
    path = Path(sparql)
    return path.read_text(encoding="utf-8") if sparql.endswith(".rq") and path.is_file() else sparql


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
