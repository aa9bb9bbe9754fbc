"""The `newsgraph` command: one module per command, joined here. Nothing heavy is imported until a command runs."""

from __future__ import annotations

import typer

from cli import build, export, query

app = typer.Typer(
    name="newsgraph",
    help="Turn news articles about one story into an event timeline knowledge graph: who said what, when, "
    "reported by which outlet and through whom.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.command("build")(build.build)
app.command("query")(query.query)
app.command("export")(export.export)


def main() -> None:
    app()
