"""`newsgraph export`: the graph in Turtle, TriG, N-Triples, N-Quads or JSON-LD."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from cli.common import DEFAULT_OUT, reported_errors
from graph.store import GraphFormat


def export(
    fmt: Annotated[GraphFormat, typer.Option("--format", "-f", help="Output format.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="File to write.")],
    graph: Annotated[
        Path | None,
        typer.Option("--graph", "-g", help="Graph file to export (default: out/graph.trig, else out/graph.ttl)."),
    ] = None,
) -> None:
    """Write the graph in another RDF format. TriG and N-Quads keep one named graph per article.

    Exit codes: 0 written; 2 unreadable graph file.
    """
    from graph.pipeline import write_atomic
    from graph.store import default_graph_file, load_dataset, serialize

    source = graph or default_graph_file(DEFAULT_OUT)
    with reported_errors():
        write_atomic(output, serialize(load_dataset(source), fmt))
    typer.echo(f"wrote {output}")
