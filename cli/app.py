"""The `newsgraph` command: one module per command, joined here. Nothing heavy is imported until a command runs."""

from __future__ import annotations

import typer

from cli import build, export, push, query, serve, timeline, validate
from cli.help import Command, Group

app = typer.Typer(
    name="newsgraph",
    cls=Group,
    help="Turn news articles about one story into an event timeline knowledge graph: who said what, when, "
    "reported by which outlet and through whom.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.command("build", cls=Command)(build.build)
app.command("query", cls=Command)(query.query)
app.command("export", cls=Command)(export.export)
app.command("timeline", cls=Command)(timeline.timeline)
app.command("validate", cls=Command)(validate.validate)
app.command("serve", cls=Command)(serve.serve)
app.command("push", cls=Command)(push.push)


def main() -> None:
    app()
