"""`newsgraph validate`: check a graph file against the SHACL shapes in ontology/shapes.ttl."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from cli.common import DEFAULT_OUT, EXIT_OK, EXIT_PROBLEMS, GraphOption, reported_errors


def validate(
    graph_file: Annotated[
        Path | None,
        typer.Argument(metavar="FILE", show_default=False, help="The graph file, as --graph gives it."),
    ] = None,
    graph: GraphOption = None,
) -> None:
    """Validate a graph against the newsgraph SHACL shapes (pySHACL) and list every violation.

    Each violation is printed as its severity, the node that failed (focus), the property path and the message.

    Exit codes: 0 the graph conforms; 1 it does not (violations listed); 2 unreadable graph file.
    """
    if graph_file is not None and graph is not None and graph_file != graph:
        raise typer.BadParameter(f"give the graph file once: --graph {graph} or {graph_file}", param_hint="--graph")
    from graph.store import default_graph_file, load_graph
    from graph.store.rows import violation_lines, violation_summary
    from ontology import validate as shacl_validate

    with reported_errors():
        source = graph or graph_file or default_graph_file(DEFAULT_OUT)
        loaded = load_graph(source)
    report = shacl_validate(loaded)
    for line in violation_lines(report):
        typer.echo(line)
    if report.conforms:
        typer.echo(f"{source}: conforms to the shapes ({len(loaded)} triples)")
        raise typer.Exit(EXIT_OK)
    typer.secho(f"{source}: {violation_summary(report)}", fg=typer.colors.RED, err=True)
    raise typer.Exit(EXIT_PROBLEMS)
