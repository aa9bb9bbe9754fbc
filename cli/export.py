"""`newsgraph export`: the graph in Turtle, TriG, N-Triples, N-Quads or JSON-LD, or as a view for another tool:
GEXF or GraphML (Gephi), CSV tables (spreadsheets, Neo4j) or TimelineJS JSON."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from cli.common import DEFAULT_OUT, EXIT_FAILED, OUTPUT_NAMES, GraphOption, reported_errors
from graph.export import ExportFormat, ViewFormat
from graph.store import GraphFormat


def export(
    fmt: Annotated[
        ExportFormat,
        typer.Option(
            "--format",
            "-f",
            metavar="FORMAT",
            help=f"Output format: {', '.join(f.value for f in ExportFormat)}.",
        ),
    ],
    output: Annotated[
        Path,
        typer.Option(
            *OUTPUT_NAMES, metavar="PATH", help="File to write (for csv: the folder to write the tables into)."
        ),
    ],
    graph: GraphOption = None,
    title: Annotated[str, typer.Option(help="The timeline's title (timelinejs).")] = "newsgraph",
) -> None:
    """Write the graph in another RDF format, or as a view for Gephi, a spreadsheet, Neo4j or TimelineJS.

    TriG and N-Quads keep one named graph per article. gexf and graphml: actors, statements, events and articles as
    nodes with a "kind" to colour and filter by, edges typed (said, reported in, via, did, to, in, about, ...).
    csv: actors, articles, statements, events, event_actors and reports tables keyed by IRI; a text cell starting
    with = + - @ (or ') is written with a leading apostrophe, so no spreadsheet runs it. timelinejs: every dated
    statement and event at its date's own precision; undated ones are left out and counted.

    Exit codes: 0 written; 2 unreadable graph file, or an output that is not what the format needs.
    """
    from graph.store import default_graph_file

    source = graph or default_graph_file(DEFAULT_OUT)
    if fmt.value in GraphFormat.__members__:
        _write_rdf(source, GraphFormat(fmt.value), output)
        return
    view = ViewFormat(fmt.value)
    if (view is ViewFormat.csv and output.is_file()) or (view is not ViewFormat.csv and output.is_dir()):
        needed = "a folder" if view is ViewFormat.csv else "a file"
        typer.secho(f"newsgraph: --output {output} must be {needed} for {view.value}", fg=typer.colors.RED, err=True)
        raise typer.Exit(EXIT_FAILED)
    from graph.export import write_view

    with reported_errors():
        summary = write_view(source, view, output, title)
    for line in summary.lines(output):
        typer.echo(line)


def _write_rdf(source: Path, fmt: GraphFormat, output: Path) -> None:
    from graph.atomic import write_atomic
    from graph.store import load_dataset, serialize

    with reported_errors():
        write_atomic(output, serialize(load_dataset(source), fmt))
    typer.echo(f"wrote {output}")
