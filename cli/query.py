"""`newsgraph query`: ad-hoc SPARQL, a .rq file, or a named query, with parameters bound safely."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from cli.common import DEFAULT_OUT, EXIT_FAILED, reported_errors
from graph.store import ResultFormat


def query(
    sparql: Annotated[str | None, typer.Argument(help="SPARQL text, or the path of a .rq file.")] = None,
    named: Annotated[
        str | None, typer.Option("--named", "-n", help="A named query: statements, actors, timeline, dates.")
    ] = None,
    graph: Annotated[Path, typer.Option("--graph", "-g", help="Graph file to query.")] = DEFAULT_OUT / "graph.ttl",
    fmt: Annotated[ResultFormat, typer.Option("--format", "-f", help="Result format.")] = ResultFormat.table,
    bind: Annotated[
        list[str] | None,
        typer.Option("--bind", "-b", help='Bind a variable to a string: --bind actor_label="Ramzan Kadyrov".'),
    ] = None,
    list_named: Annotated[bool, typer.Option("--list", help="List the named queries and exit.")] = False,
) -> None:
    """Ask the graph a SPARQL question and print the answer.

    Exit codes: 0 answered; 2 bad query, unknown named query or unreadable graph file.
    """
    from rdflib import Literal

    from graph.errors import QueryError
    from graph.store import format_result, load_graph, named_queries, named_query, run_query

    with reported_errors():
        if list_named:
            for name, text in sorted(named_queries().items()):
                first = next((line[1:].strip() for line in text.splitlines() if line.startswith("#")), "")
                typer.echo(f"{name:12} {first}")
            return
        if (sparql is None) == (named is None):
            typer.secho("newsgraph: give either SPARQL text (or a .rq file) or --named NAME", err=True, fg="red")
            raise typer.Exit(EXIT_FAILED)
        if named is not None:
            text = named_query(named)
        else:
            assert sparql is not None
            path = Path(sparql)
            text = path.read_text(encoding="utf-8") if sparql.endswith(".rq") and path.is_file() else sparql
        bindings = {}
        for item in bind or []:
            name, sep, value = item.partition("=")
            if not sep or not name.strip():
                raise QueryError(f"--bind takes NAME=VALUE, got {item!r}")
            bindings[name.strip().lstrip("?$")] = Literal(value)
        loaded = load_graph(graph)
        result = run_query(loaded, text, bindings)
        typer.echo(format_result(result, fmt, loaded), nl=False)
