"""`newsgraph serve`: answer the SPARQL 1.1 Protocol on localhost, from rdflib or Oxigraph."""

from __future__ import annotations

import logging
import signal
import threading
from types import FrameType
from typing import Annotated

import typer

from cli.common import DEFAULT_OUT, GraphOption, StoreOption, StorePathOption, configure_logging, reported_errors
from graph.store import StoreKind

DEFAULT_TIMEOUT = 30.0
DEFAULT_MAX_ROWS = 100_000
DEFAULT_WORKERS = 2


def serve(
    graph: GraphOption = None,
    store: StoreOption = StoreKind.rdflib,
    store_path: StorePathOption = None,
    host: Annotated[
        str, typer.Option(metavar="ADDRESS", help="Address to listen on; keep 127.0.0.1 unless you mean to publish.")
    ] = ("127.0.0.1"),
    port: Annotated[
        int, typer.Option(min=0, max=65535, metavar="PORT", help="Port to listen on (0: any free port).")
    ] = 7878,
    timeout: Annotated[
        float,
        typer.Option(min=0.1, metavar="SECONDS", help="Seconds a query may run before it is stopped and answered 503."),
    ] = DEFAULT_TIMEOUT,
    max_rows: Annotated[
        int,
        typer.Option(
            min=1, metavar="N", help="Most rows (or triples) an answer may hold; a larger one is answered 503."
        ),
    ] = DEFAULT_MAX_ROWS,
    workers: Annotated[
        int,
        typer.Option(
            min=1, metavar="N", help="Queries answered at once, each in a process (with rdflib, each holds the graph)."
        ),
    ] = DEFAULT_WORKERS,
    allow_host: Annotated[
        list[str] | None,
        typer.Option(
            metavar="HOST", help="Also answer requests addressed to this host name (when publishing with --host)."
        ),
    ] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log every request.")] = False,
) -> None:
    """Serve the graph read-only over the SPARQL 1.1 Protocol until interrupted (Ctrl-C).

    Queries go to /sparql (or /query) by GET or POST; the Accept header picks SPARQL results JSON, XML, CSV or TSV,
    or Turtle, N-Triples, JSON-LD for CONSTRUCT and DESCRIBE. A query past --timeout or --max-rows is answered 503.
    Only requests addressed to localhost, 127.0.0.1, [::1] or --host (and --allow-host) with the port are answered.

    The graph is read when the server starts: restart it after a new build.

    `kill PID` (SIGTERM) stops it as Ctrl-C does. Exit codes: 0 stopped; 2 unreadable graph file or address in use.
    """
    from graph.errors import EndpointError
    from graph.store import default_graph_file
    from graph.store.pool import Limits, StoreSource
    from graph.store.protocol import make_server

    configure_logging(verbose)
    source = StoreSource(store, graph or default_graph_file(DEFAULT_OUT), store_path)
    with reported_errors():
        try:
            server = make_server(source, host, port, Limits(timeout, max_rows, workers), allow_host or ())
        except OSError as exc:
            raise EndpointError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from exc
    bound_host, bound_port = server.server_address[:2]
    typer.echo(
        f"serving {source.graph_file} ({store.value}) at http://{bound_host!s}:{bound_port}/sparql  (Ctrl-C stops)"
    )
    on_main_thread = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGTERM, _interrupt) if on_main_thread else None
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        logging.getLogger(__name__).info("interrupted")
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
        server.server_close()


def _interrupt(signum: int, frame: FrameType | None) -> None:
    """Stop the server on ``kill PID`` (SIGTERM) as on Ctrl-C, so that its query workers and snapshot go too: a
    server started in the background by a script does not get Ctrl-C (the shell ignores SIGINT there)."""
    raise KeyboardInterrupt
