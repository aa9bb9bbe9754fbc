"""The `newsgraph` command: one module per command, joined here. Nothing heavy is imported until a command runs."""

from __future__ import annotations

import typer

from cli import build, export, push, query, serve, timeline, validate

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
app.command("timeline")(timeline.timeline)
app.command("validate")(validate.validate)
app.command("serve")(serve.serve)
app.command("push")(push.push)


def main() -> None:
    app()
