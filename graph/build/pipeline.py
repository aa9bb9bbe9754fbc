"""The build: read -> nlp -> extract -> merge -> rdf -> write.

Library code: reports progress through a callback and problems as values, never prints or exits.
"""

from __future__ import annotations

import functools
import logging
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from rdflib import Dataset, Graph

from graph.articles import MAX_ARTICLE_BYTES, iter_article_paths, read_article_file
from graph.articles.lang import check_english, not_text
from graph.atomic import open_atomic
from graph.build.lock import OUTPUTS, locked
from graph.errors import ArticleError, InputError, describe
from graph.model import Article, ArticleFacts, Problem, Severity
from graph.render.excerpt import MAP_NODES, Counts, excerpt
from graph.render.title import story_title
from graph.story import Story

if TYPE_CHECKING:
    from graph.build.cluster import Scheduler
    from graph.build.workers import Extracted

PARALLEL_FROM = 200
"""Articles to analyse from which a build runs worker processes by default (``bench/jobs_bench.py``): each worker
loads the spaCy pipeline again, which costs more than it saves on fewer articles."""
log = logging.getLogger(__name__)
MAX_ARTICLE_CHARS = 1_000_000
"""Longer texts are refused: it is the length spaCy's pipelines accept by default (``nlp.max_length``), and the
analysis of a text that long needs over 3 GB of memory."""

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
    """Articles per spaCy batch, and per task sent to a worker process."""
    jobs: int | None = None
    """Processes that run spaCy and the extractors; 1 runs them in this process; None: :func:`processes` decides."""
    folder: Path | None = None
    """A build folder whose kept facts are reused, and which keeps this build's facts afterwards."""
    add: bool = False
    """Keep every article already kept in ``folder`` too: add the inputs to an earlier build."""
    strict: bool = False
    """Stop at the first problem with any input (raise :class:`ArticleError`) instead of building the rest."""
    max_article_bytes: int = MAX_ARTICLE_BYTES
    """Larger article files (HTML pages: four times larger) and records are refused; ``.jsonl`` files are not."""
    scheduler: Scheduler | None = None
    """A Dask cluster that runs spaCy and the extractors instead of local processes (``jobs`` is then unused)."""


@dataclass
class BuildResult:
    """The merged story and the problems met; its RDF is written by :func:`write_outputs`, streaming, and is built
    as rdflib objects only when asked for (``dataset``, ``graph``)."""

    story: Story
    problems: list[Problem] = field(default_factory=list)
    analysed: int = 0
    """Articles analysed by this build; the others' facts were reused from the build folder."""
    processes: int = 0
    """Local processes that analysed them (:func:`processes`); 0 when none was analysed, or a Dask cluster did."""
    reused: int = 0
    """Articles whose facts were reused from the build folder."""

    @functools.cached_property
    def dataset(self) -> Dataset:
        """One named graph per article and the default graph, as an rdflib ``Dataset``."""
        from graph.rdf.mapping import to_dataset

        return to_dataset(self.story)

    @functools.cached_property
    def graph(self) -> Graph:
        """The merged graph, as an rdflib ``Graph``."""
        from graph.rdf.mapping import merged_graph

        return merged_graph(self.dataset)


def read_articles(inputs: Iterable[Path], options: BuildOptions | None = None) -> tuple[list[Article], list[Problem]]:
    """Read every article under ``inputs``: inputs that cannot be used become problems, the rest still build.

    Articles that are not text (:func:`graph.articles.lang.not_text`), longer than :data:`MAX_ARTICLE_CHARS` or not
    in English (:func:`graph.articles.lang.check_english`) are skipped with a problem: the extractors would only
    produce noise from them.
    A reader that raises makes a problem of its file. With ``options.strict`` the first problem raises
    :class:`ArticleError` instead.
    """
    options = options or BuildOptions()
    articles: list[Article] = []
    problems: list[Problem] = []
    for item in _read_all(inputs, options.max_article_bytes):
        if isinstance(item, Article):
            item = _usable(item)
        if isinstance(item, Problem):
            if options.strict:
                raise _stopped(item)
            problems.append(item)
        else:
            articles.append(item)  # two files with one name get distinct ids in build(), whatever their order
    return articles, problems


def _read_all(inputs: Iterable[Path], max_bytes: int) -> Iterator[Article | Problem]:
    """Every article and problem of every file, in file order; ids repeated inside one file get a suffix."""
    for path in iter_article_paths(inputs):
        ids: set[str] = set()
        try:
            for item in read_article_file(path, max_bytes=max_bytes):
                if isinstance(item, Article) and item.id in ids:
                    base, n = item.id, 2
                    while f"{base}-{n}" in ids:
                        n += 1
                    item.id, item.given_id = f"{base}-{n}", base
                    message = f"id {base!r} given to two records; the later one is {item.id!r}"
                    yield Problem(path, message, severity=Severity.WARNING)
                if isinstance(item, Article):
                    ids.add(item.id)
                yield item
        except ArticleError as exc:
            yield Problem(exc.path, exc.reason, exc.line)
        except Exception as exc:  # a reader's failure (even an optional library's ImportError) skips one file only
            log.info("reading %s failed", path, exc_info=exc)
            yield Problem(path, f"cannot be read: {describe(exc)}; skipped")


def _usable(article: Article) -> Article | Problem:
    """The article, or a problem saying why it is not analysed: not text, too long, or not in English."""
    if reason := not_text(article.text):
        return _problem(article, f"{reason}; skipped")
    if len(article.text) > MAX_ARTICLE_CHARS:
        return _problem(
            article,
            f"{len(article.text):,} characters, over the {MAX_ARTICLE_CHARS:,} one article may have; is it really "
            "one article? skipped (split it into articles)",
        )
    language = check_english(article.body.slice(article.text) if article.body else article.text)
    if not language.english:
        return _problem(article, f"not in English: {language.reason}; skipped")
    return article


def _problem(article: Article, message: str) -> Problem:
    """A problem with one article, named by its file (and record, for JSON)."""
    path = article.path or Path(article.id)
    record = f"record {article.id!r}: " if path.suffix.lower() in {".json", ".jsonl"} else ""
    return Problem(path, record + message)


def _stopped(problem: Problem) -> ArticleError:
    return ArticleError(problem.path, f"{problem.message} (a strict build stops at the first problem)", problem.line)


def analyse(
    articles: Sequence[Article], options: BuildOptions, progress: Progress = _no_progress
) -> Iterator[ArticleFacts]:
    """Run the spaCy pipeline and the extractors over ``articles``, yielding their facts in the same order.

    With ``options.jobs`` above one and more than one batch of articles, worker processes each load the pipeline
    once and send back only facts (never Docs), a few batches in flight at a time; otherwise it runs here.
    An article whose analysis fails raises :class:`ArticleError`.
    """
    for extracted in _extract(articles, options, progress, processes(options, len(articles)), keep=False):
        if isinstance(extracted, Problem):
            raise ArticleError(extracted.path, extracted.message, extracted.line)
        yield extracted.facts


def _extract(
    articles: Sequence[Article], options: BuildOptions, progress: Progress, jobs: int, keep: bool
) -> Iterator[Extracted | Problem]:
    """:func:`analyse`, with what keeping the facts needs worked out by the same workers when ``keep``; an article
    whose analysis failed gives a problem instead."""
    from graph.build.workers import Failed, extract_batch, extract_parallel

    progress("analyse", 0, len(articles))
    if not articles:  # every article reused from an earlier build: no model to load
        return
    batches = [list(articles[i : i + options.batch_size]) for i in range(0, len(articles), options.batch_size)]
    results: Iterator[list[Extracted | Failed]]
    if options.scheduler is not None:
        from graph.build.cluster import extract_on_cluster

        def on_worker(worker: str, done: int) -> None:
            progress(f"worker {worker.split('://')[-1]}", done, len(articles))

        results = extract_on_cluster(batches, options.model, keep, options.scheduler, on_worker)
    elif jobs > 1:
        results = extract_parallel(batches, options.model, jobs, keep)
    else:
        progress("load model", 0, 1)
        from graph.nlp.loader import load_pipeline

        load_pipeline(options.model)
        progress("load model", 1, 1)
        results = (extract_batch(batch, options.model, keep) for batch in batches)
    done = 0
    for extracted in results:
        for article, found in zip(articles[done : done + len(extracted)], extracted, strict=True):
            if isinstance(found, Failed):
                log.info("analysing %s failed:\n%s", article.path or article.id, found.traceback)
                yield _problem(article, f"could not be analysed: {found.message}; skipped")
            else:
                yield found
        done += len(extracted)
        progress("analyse", done, len(articles))


def processes(options: BuildOptions, articles: int) -> int:
    """How many local processes analyse ``articles`` articles (none on a Dask cluster, ``options.scheduler``):
    ``options.jobs`` (at most one per batch). By default one for
    fewer than :data:`PARALLEL_FROM` articles, since each worker process loads the model again; else one per idle
    core (:func:`idle_cores`), since a worker that has no core of its own only slows the others down."""
    if articles < 1 or options.scheduler is not None:  # a Dask cluster's workers are the cluster's to count
        return 0
    jobs = options.jobs
    if jobs is None:
        jobs = 1 if articles < PARALLEL_FROM else idle_cores()
    return max(1, min(jobs, -(-articles // options.batch_size)))


def idle_cores() -> int:
    """The cores this process may run on, less those other programs kept busy over the last minute (the load
    average, where the system has one, less this process's own share); at least 1."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    if hasattr(os, "getloadavg"):
        others = max(0.0, os.getloadavg()[0] - 1.0)
        cores -= int(others)
    return max(1, cores)


def build(
    inputs: Sequence[Path], options: BuildOptions | None = None, progress: Progress = _no_progress
) -> BuildResult:
    """Build the story graph of every article under ``inputs`` (and, with ``options.add``, of the kept ones).

    With ``options.folder``, facts kept there from earlier builds are reused for articles whose content, extractor
    code and model are unchanged, and the folder keeps the facts of this build's articles afterwards. The build holds
    the folder's lock (:func:`graph.build.lock.locked`) throughout, waiting for any other build into it to finish.
    Adding to a folder that holds a graph but no kept facts raises :class:`InputError`.
    """
    options = options or BuildOptions()
    if options.folder is None:
        return _build(inputs, options, progress)
    if options.add:
        from graph.build.cache import check_addable

        check_addable(options.folder)
    with locked(options.folder):
        return _build(inputs, options, progress)


def _build(inputs: Sequence[Path], options: BuildOptions, progress: Progress) -> BuildResult:
    from graph.build import cache
    from graph.build.identity import distinct_articles
    from graph.build.plan import Plan
    from graph.merge.story import merge

    progress("read", 0, 1)
    articles, problems = read_articles(inputs, options)
    kept = cache.load(options.folder) if options.folder else {}
    progress("read", 1, 1)
    plan = Plan.of(articles, kept, cache.fingerprint(options.model), options.add)
    jobs = processes(options, len(plan.todo))
    extracted = _extract(list(plan.todo.values()), options, progress, jobs, keep=options.folder is not None)
    failed = 0
    for problem in plan.take(extracted, options.folder):
        if options.strict:
            raise _stopped(problem)
        problems.append(problem)
        failed += 1
    if not plan.entries:
        raise _nothing_read(inputs, problems)
    progress("merge", 0, 1)
    distinct = distinct_articles(plan.entries.values())
    if options.strict and distinct.problems:
        raise _stopped(distinct.problems[0])
    problems += distinct.problems
    story = merge(distinct.facts)
    story.copies = distinct.copies
    progress("merge", 1, 1)
    if options.folder:
        progress("keep facts", 0, 1)
        cache.save(options.folder, plan.entries.values(), plan.unchanged, loaded=kept)
        progress("keep facts", 1, 1)
    analysed = len(plan.todo) - failed
    return BuildResult(story, problems, analysed, jobs, reused=len(plan.entries) - analysed)


def _nothing_read(inputs: Sequence[Path], problems: list[Problem]) -> InputError:
    """The error of a build that has no article: the inputs, and the first 20 problems."""
    why = "".join(f"\n  {problem}" for problem in problems[:20])
    more = f"\n  and {len(problems) - 20} more" if len(problems) > 20 else ""
    return InputError("no article could be read from: " + ", ".join(str(p) for p in inputs) + why + more)


@dataclass(frozen=True, slots=True)
class Outputs:
    paths: list[Path]
    """graph.ttl, graph.trig, graph.html"""
    triples: int
    """Triples in the merged graph."""


def write_outputs(
    story: Story, out: Path, title: str | None = None, progress: Progress = _no_progress, map_nodes: int = MAP_NODES
) -> Outputs:
    """Write ``graph.ttl``, ``graph.trig`` and ``graph.html`` for ``story`` into ``out``, holding its lock
    (:func:`graph.build.lock.locked`). The map's title is ``title``, by default :func:`graph.render.title.story_title`.

    The RDF streams from the facts, one article's graph at a time, into both files at once
    (:func:`graph.store.write_trig_and_turtle`): memory does not grow with the story. The map holds the story, or its
    excerpt (:func:`graph.render.excerpt.excerpt`) when it would have more than ``map_nodes`` nodes: a page's worth of
    triples.
    """
    from graph.rdf.mapping import story_quads
    from graph.render import IndexedTriples, render_html
    from graph.store import write_trig_and_turtle

    steps = 2
    progress("write", 0, steps)
    turtle, trig, html = (out / name for name in OUTPUTS)
    with locked(out):
        with open_atomic(trig) as trig_handle, open_atomic(turtle) as turtle_handle:
            triples = write_trig_and_turtle(story_quads(story), trig_handle, turtle_handle)
        progress("write", 1, steps)
        page = excerpt(story, map_nodes)
        whole = None if page is story else Counts.of(story)
        page_triples = (triple for _name, graph in story_quads(page) for triple in graph)
        render_html(
            IndexedTriples(page_triples), html, title=story_title(story) if title is None else title, whole=whole
        )
    progress("write", 2, steps)
    return Outputs([turtle, trig, html], triples)
