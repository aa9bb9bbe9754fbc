"""`newsgraph serve`: answer the SPARQL 1.1 Protocol on localhost, from rdflib or Oxigraph."""

from __future__ import annotations

import logging
from typing import Annotated

import typer

from cli.common import DEFAULT_OUT, configure_logging, reported_errors
from cli.query import GraphOption, StoreOption, StorePathOption
from graph.store import StoreKind


def serve(
    graph: GraphOption = None,
    store: StoreOption = StoreKind.rdflib,
    store_path: StorePathOption = None,
    host: Annotated[str, typer.Option(help="Address to listen on; keep 127.0.0.1 unless you mean to publish.")] = (
        "127.0.0.1"
    ),
    port: Annotated[int, typer.Option(min=0, max=65535, help="Port to listen on (0: any free port).")] = 7878,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log every request.")] = False,
) -> None:
    """Serve the graph read-only over the SPARQL 1.1 Protocol until interrupted (Ctrl-C).

    Queries go to /sparql (or /query) by GET or POST; the Accept header picks SPARQL results JSON, XML, CSV or TSV,
    or Turtle, N-Triples, JSON-LD for CONSTRUCT and DESCRIBE.

    Exit codes: 0 stopped; 2 unreadable graph file or address in use.
    """
    from graph.errors import EndpointError
    from graph.store import default_graph_file, open_store
    from graph.store.protocol import make_server

    configure_logging(verbose)
    source = graph or default_graph_file(DEFAULT_OUT)
    with reported_errors():
        opened = open_store(store, source, store_path)
        try:
            server = make_server(opened, host, port)
        except OSError as exc:
            raise EndpointError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from exc
    bound_host, bound_port = server.server_address[:2]
    typer.echo(f"serving {source} ({store.value}) at http://{bound_host!s}:{bound_port}/sparql  (Ctrl-C stops)")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        logging.getLogger(__name__).info("interrupted")
    finally:
        server.server_close()
        opened.close()
