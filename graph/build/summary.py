"""What a finished build says to a person: each problem with its label, what the story holds, how many articles were
analysed and where, the files written. ``newsgraph build`` prints these lines as they are."""

from __future__ import annotations

from pathlib import Path

from graph.build.pipeline import BuildResult, Outputs
from graph.model import Problem, Severity


def problem_line(problem: Problem) -> str:
    """``warning: PATH[:LINE]: MESSAGE`` (the article is built anyway) or ``skipped: ...``."""
    label = "warning" if problem.severity is Severity.WARNING else "skipped"
    return f"{label}: {problem}"


def summary_lines(result: BuildResult, outputs: Outputs, folder: Path, scheduler: str | None = None) -> list[str]:
    """What the story holds, how its articles were analysed (:func:`analysed`), each file written, and the map to
    open."""
    story = result.story
    dates = sum(len(f.times) for f in story.facts)
    reports = sum(len(s.reports) for s in story.statements)
    held = (
        f"{len(story.facts)} articles, {len(story.actors)} actors, {len(story.statements)} statements "
        f"({reports} reports), {dates} dates, {outputs.triples} triples"
    )
    html = outputs.paths[-1]
    return [
        held,
        analysed(result, folder, scheduler),
        *(f"wrote {path}" for path in outputs.paths),
        f"open {html.resolve().as_uri()} in a browser to explore the map",
    ]


def analysed(result: BuildResult, folder: Path, scheduler: str | None = None) -> str:
    """How many articles were analysed, in how many processes (or on the Dask cluster at ``scheduler``), how many
    reused from ``folder``."""
    reused = result.reused
    if not result.analysed:
        return f"analysed none: all {reused} articles reused from {folder}"
    where = f"{result.processes} process" + ("es" if result.processes > 1 else "")
    where = f"the Dask cluster {scheduler}" if scheduler is not None else where
    articles = f"{result.analysed} article" + ("s" if result.analysed > 1 else "")
    return f"analysed {articles} in {where}" + (f"; {reused} reused from {folder}" if reused else "")
