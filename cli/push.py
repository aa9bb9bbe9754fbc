"""`newsgraph push`: load the graph into a running triple store (SPARQL 1.1 Graph Store HTTP Protocol)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from cli.common import DEFAULT_OUT, EXIT_FAILED, GraphOption, reported_errors
from graph.store.push import BATCH_TRIPLES


def push(
    endpoint: Annotated[
        str | None,
        typer.Option(
            metavar="URL",
            help="The server's base or SPARQL query URL, Oxigraph style: http://127.0.0.1:7878 (PUTs go to its "
            "/store).",
        ),
    ] = None,
    store_endpoint: Annotated[
        str | None,
        typer.Option(
            metavar="URL",
            help="The Graph Store endpoint itself: Fuseki http://HOST:3030/DATASET/data, GraphDB "
            "http://HOST:7200/repositories/REPO/rdf-graphs/service, Oxigraph http://HOST:7878/store.",
        ),
    ] = None,
    graph: GraphOption = None,
    oxigraph_store: Annotated[
        Path | None,
        typer.Option(
            "--oxigraph-store",
            metavar="DIR",
            file_okay=False,
            help="Bulk-load into a new, empty Oxigraph store folder instead of a running server (no HTTP; fastest "
            "for millions of triples); then `oxigraph serve --location DIR`.",
        ),
    ] = None,
    batch: Annotated[
        int | None,
        typer.Option(
            "--batch", min=1, metavar="N", show_default=f"{BATCH_TRIPLES:,}", help="Triples per request to a server."
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

    Push a .trig file (out/graph.trig is one): it keeps one named graph per article.

    The graph file is streamed in batches of --batch triples, so a graph of any size is pushed in bounded memory.
    Exit codes: 0 pushed; 2 unreadable graph file, server unreachable or request refused.
    """
    from graph.store import default_graph_file
    from graph.store.push import bulk_load, graph_store_url, push_file

    if sum(target is not None for target in (endpoint, store_endpoint, oxigraph_store)) != 1:
        typer.secho(
            "newsgraph: give one of --endpoint URL, --store-endpoint URL or --oxigraph-store DIR", err=True, fg="red"
        )
        raise typer.Exit(EXIT_FAILED)
    source = graph or default_graph_file(DEFAULT_OUT)
    with reported_errors():
        if oxigraph_store is not None:
            quads = bulk_load(source, oxigraph_store, merged_default=merged_default)
            typer.echo(f"loaded {quads} quads into the Oxigraph store {oxigraph_store}")
            return
        url = store_endpoint if store_endpoint is not None else graph_store_url(endpoint or "")
        result = push_file(source, url, merged_default=merged_default, batch=batch or BATCH_TRIPLES)
    typer.echo(f"pushed {result.graphs} named graphs and the default graph ({result.triples} triples) to {url}")
