"""`newsgraph timeline`: statements and events in date order, as a table for people, each date saying what it is."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

import typer

from cli.common import DEFAULT_OUT, GraphOption, StoreOption, StorePathOption, reported_errors
from graph.export.timeline_rows import Show
from graph.store import StoreKind


def timeline(
    graph: GraphOption = None,
    store: StoreOption = StoreKind.rdflib,
    store_path: StorePathOption = None,
    show: Annotated[Show, typer.Option("--show", help="What to list.")] = Show.all,
    since: Annotated[
        dt.datetime | None, typer.Option(formats=["%Y-%m-%d"], help="Only what happened on or after this day.")
    ] = None,
    until: Annotated[
        dt.datetime | None, typer.Option(formats=["%Y-%m-%d"], help="Only what happened on or before this day.")
    ] = None,
    undated: Annotated[bool, typer.Option(help="List undated statements and events at the end.")] = True,
) -> None:
    """Print the story's timeline: what was said and what happened, oldest first.

    A date is shown with its granularity ("2022-09 (month)" is a month, not the 1st; "2005-W06 (week)", "Q3 2004",
    "the 1930s"); "published" marks a publication date used for want of a stated one, and "estimated" a date placed
    against the window estimated for an undated article.

    Exit codes: 0 printed; 2 unreadable graph file.
    """
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from graph.export.timeline_rows import TimelineFilter, timeline_rows
    from graph.store import default_graph_file, open_store

    keep = TimelineFilter(show, since.date() if since else None, until.date() if until else None, undated)
    with reported_errors():
        source = graph or default_graph_file(DEFAULT_OUT)
        opened = open_store(store, source, store_path)
        try:
            rows = timeline_rows(opened, keep)
        finally:
            opened.close()
    table = Table(show_lines=False, header_style="bold", expand=False)
    for name, style in (("Date", "cyan"), ("Kind", ""), ("What", ""), ("Reported by", "dim")):
        table.add_column(name, style=style, overflow="fold")
    for row in rows:  # as Text, not markup: a quote's "[...]" is shown as written
        table.add_row(*(Text(cell) for cell in (row.when, row.kind, row.what, row.reported_by)))
    console = Console(soft_wrap=False)
    console.print(table)
    console.print(f"{len(rows)} entries from {source}")
