"""`newsgraph push`: load the graph into a running triple store (SPARQL 1.1 Graph Store HTTP Protocol)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from cli.common import DEFAULT_OUT, EXIT_FAILED, reported_errors


def push(
    endpoint: Annotated[
        str | None,
        typer.Option(
            help="The server's base or SPARQL query URL, Oxigraph style: http://127.0.0.1:7878 (PUTs go to its /store)."
        ),
    ] = None,
    store_endpoint: Annotated[
        str | None,
        typer.Option(
            help="The Graph Store endpoint itself: Fuseki http://HOST:3030/DATASET/data, GraphDB "
            "http://HOST:7200/repositories/REPO/rdf-graphs/service, Oxigraph http://HOST:7878/store."
        ),
    ] = None,
    graph: Annotated[
        Path | None,
        typer.Option(
            "--graph",
            "-g",
            help="Graph file to push (default: out/graph.trig, which keeps one named graph per article).",
        ),
    ] = None,
    merged_default: Annotated[
        bool,
        typer.Option(
            "--merged-default/--no-merged-default",
            help="PUT the merged graph as the server's default graph, so it answers like `newsgraph query`. "
            "Use --no-merged-default where the default graph already is the union of all graphs (GraphDB).",
        ),
    ] = True,
) -> None:
    """PUT each article's named graph, and the default graph, into a triple store; each replaces what was there.

    Exit codes: 0 pushed; 2 unreadable graph file, server unreachable or request refused.
    """
    from graph.store import default_graph_file, load_dataset
    from graph.store.push import graph_store_url
    from graph.store.push import push as push_dataset

    if (endpoint is None) == (store_endpoint is None):
        typer.secho("newsgraph: give either --endpoint URL or --store-endpoint URL", err=True, fg="red")
        raise typer.Exit(EXIT_FAILED)
    source = graph or default_graph_file(DEFAULT_OUT)
    with reported_errors():
        url = store_endpoint if store_endpoint is not None else graph_store_url(endpoint or "")
        result = push_dataset(load_dataset(source), url, merged_default=merged_default)
    typer.echo(f"pushed {result.graphs} named graphs and the default graph ({result.triples} triples) to {url}")
