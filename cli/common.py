"""What every command shares: logging set-up and turning library errors into a message and an exit code."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer

from graph.errors import EndpointError, GraphFileError, InputError, ModelError, NewsgraphError, QueryError
from graph.store import StoreKind

DEFAULT_OUT = Path("out")
EXIT_OK = 0
EXIT_PROBLEMS = 1
"""The build finished, but some inputs could not be used."""
EXIT_FAILED = 2
"""Nothing was built or answered: bad input, bad query, missing model."""
DEFAULT_GRAPH = f"{DEFAULT_OUT}/graph.trig, else {DEFAULT_OUT}/graph.ttl"
"""What a command reads without ``--graph`` (:func:`graph.store.default_graph_file`)."""
ERROR_LABELS: dict[type[NewsgraphError], str] = {
    InputError: "input error",
    ModelError: "model error",
    QueryError: "query error",
    GraphFileError: "graph file error",
    EndpointError: "endpoint error",
}


def configure_logging(verbose: bool) -> None:
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s"
    )


@contextmanager
def reported_errors() -> Iterator[None]:
    """Show a library error, or a file the system would not let us use (an output folder that is a file or
    read-only, a full disk), as one line on stderr naming it, and exit with :data:`EXIT_FAILED`."""
    try:
        yield
    except NewsgraphError as exc:
        label = next((v for k, v in ERROR_LABELS.items() if isinstance(exc, k)), "error")
        typer.secho(f"newsgraph: {label}: {exc}", fg=typer.colors.RED, err=True)
        raise typer.Exit(EXIT_FAILED) from exc
    except OSError as exc:
        typer.secho(f"newsgraph: error: {os_error(exc)}", fg=typer.colors.RED, err=True)
        raise typer.Exit(EXIT_FAILED) from exc


def os_error(exc: OSError) -> str:
    """``PATH: what the system said`` (both paths of a rename), without Python's ``[Errno N]``."""
    where = ", ".join(str(name) for name in (exc.filename, exc.filename2) if name is not None)
    reason = exc.strerror or str(exc)
    return f"{where}: {reason}" if where else reason


GraphOption = Annotated[
    Path | None,
    typer.Option("--graph", "-g", metavar="FILE", show_default=DEFAULT_GRAPH, help="Graph file to read."),
]
"""``--graph FILE``: every command that reads a graph takes it."""
OUTPUT_NAMES = ("--output", "--out", "-o")
"""The names of the output option of ``build`` and ``export``, each accepted by both."""
StoreOption = Annotated[
    StoreKind,
    typer.Option("--store", "-s", help="rdflib (in memory) or oxigraph (a persistent folder, for large graphs)."),
]
StorePathOption = Annotated[
    Path | None,
    typer.Option(
        "--store-path",
        metavar="DIR",
        show_default="beside the graph file, e.g. out/graph.oxigraph",
        help="Oxigraph folder.",
    ),
]
