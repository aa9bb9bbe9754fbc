"""`newsgraph timeline`: statements and events in date order, as a table for people, each date saying what it is."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated

import typer

from cli.common import DEFAULT_OUT, reported_errors
from cli.query import GraphOption, StoreOption, StorePathOption
from graph.store import StoreKind


class Show(StrEnum):
    statements = "statements"
    events = "events"
    all = "all"
    """Statements, events, and time expressions that date neither."""


KINDS = {Show.statements: {"statement"}, Show.events: {"event"}, Show.all: {"statement", "event", "time"}}


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
    "the 1930s"); "published" marks a
    publication date used for want of a stated one, and "estimated" a date placed against the window estimated for
    an undated article. Exit codes: 0 printed; 2 unreadable graph file.
    """
    from rich.console import Console
    from rich.table import Table

    from graph.store import default_graph_file, named_query, open_store

    with reported_errors():
        source = graph or default_graph_file(DEFAULT_OUT)
        opened = open_store(store, source, store_path)
        try:
            entries = opened.query(named_query("timeline").text)
            articles = opened.query(named_query("articles").text)
        finally:
            opened.close()

    outlet, window = {}, {}
    for row in articles.rows:
        about = dict(zip(articles.variables, row, strict=True))
        outlet[str(about["article"])] = str(about["publisher"] or about["title"] or about["article"])
        if about["not_before"] is not None:
            window[str(about["article"])] = (str(about["not_before"]), str(about["not_after"]))
    table = Table(show_lines=False, header_style="bold", expand=False)
    for name, style in (("Date", "cyan"), ("Kind", ""), ("What", ""), ("Reported by", "dim")):
        table.add_column(name, style=style, overflow="fold")
    shown = 0
    for row in entries.rows:
        values = {k: None if v is None else str(v) for k, v in zip(entries.variables, row, strict=True)}
        if values["kind"] not in KINDS[show] or (values["date"] is None and not undated):
            continue
        if values["date"] is not None and not _within(dt.date.fromisoformat(values["date"][:10]), since, until):
            continue
        reported_in = [a for a in (values["article"] or "").split(" | ") if a]
        reporters = sorted({outlet.get(a, a) for a in reported_in})
        windows = [window[a] for a in reported_in if a in window]
        if values["granularity"] == "window" and windows:
            values["date"] = f"{min(w[0] for w in windows)} … {max(w[1] for w in windows)}"
        table.add_row(_when(values), values["kind"] or "", values["label"] or "", ", ".join(reporters))
        shown += 1
    console = Console(soft_wrap=False)
    console.print(table)
    console.print(f"{shown} entries from {source}")


def _within(day: dt.date, since: dt.datetime | None, until: dt.datetime | None) -> bool:
    return (since is None or day >= since.date()) and (until is None or day <= until.date())


def _when(values: dict[str, str | None]) -> str:
    """The date as honest text: its granularity, and where it comes from when the text does not state it."""
    date, granularity, basis = values["date"], values["granularity"], values["basis"]
    if date is None:
        return "undated"
    from graph.render.dates import period_label

    value = values.get("value") or ""
    period = period_label(value) if basis != "published" else None
    shown = period or {"month": date[:7], "year": date[:4]}.get(granularity or "", date)
    if granularity == "week" and basis != "published" and value[:8] == f"{value[:4]}-W{value[6:8]}":
        shown = value  # "2005-W06": the week, not its Monday
    notes = [granularity] if granularity in {"week", "month", "year"} else []
    if basis == "published":
        notes.append("published")
    elif basis == "estimated":
        notes.append("estimated window" if granularity == "window" else "estimated")
        shown = shown if granularity == "window" else "~" + shown
    return shown + (f" ({', '.join(notes)})" if notes else "")
