"""`newsgraph validate`: check a graph file against the SHACL shapes in ontology/shapes.ttl."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from cli.common import DEFAULT_OUT, EXIT_OK, EXIT_PROBLEMS, reported_errors


def validate(
    graph: Annotated[
        Path | None, typer.Argument(help="Graph file to check (default: out/graph.trig, else out/graph.ttl).")
    ] = None,
) -> None:
    """Validate a graph against the newsgraph SHACL shapes (pySHACL) and list every violation.

    Each violation is printed as its severity, the node that failed (focus), the property path and the message.

    Exit codes: 0 the graph conforms; 1 it does not (violations listed); 2 unreadable graph file.
    """
    from graph.store import default_graph_file, load_graph, prefixes
    from ontology import validate as shacl_validate

    source = graph or default_graph_file(DEFAULT_OUT)
    with reported_errors():
        loaded = load_graph(source)
    report = shacl_validate(loaded)
    namespaces = sorted(prefixes().items(), key=lambda item: -len(item[1]))

    def short(iri: str) -> str:
        return next((f"{p}:{iri[len(ns) :]}" for p, ns in namespaces if iri.startswith(ns) and iri != ns), iri)

    for violation in report.violations:
        path = short(violation.path.removeprefix("^")) if violation.path else "-"
        if violation.path and violation.path.startswith("^"):
            path = "^" + path
        typer.echo(f"{violation.severity}: {short(violation.focus)}\n  path: {path}\n  {violation.message}")
    nodes = len({v.focus for v in report.violations})
    if report.conforms:
        typer.echo(f"{source}: conforms to the shapes ({len(loaded)} triples)")
        raise typer.Exit(EXIT_OK)
    typer.secho(f"{source}: {len(report.violations)} violation(s) on {nodes} node(s)", fg=typer.colors.RED, err=True)
    raise typer.Exit(EXIT_PROBLEMS)
