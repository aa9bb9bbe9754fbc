"""Extraction in worker processes: each loads the spaCy pipeline once, and only facts come back, never Docs.

Workers start with ``spawn``, so they hold no state of the parent (no threads, no half-loaded model) and behave the
same on every platform; everything they need arrives as arguments. They end with the build that started them, however
it ends (:func:`_die_with_parent`).
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass

from graph.model import Article, ArticleFacts

IN_FLIGHT = 2
"""Batches queued per worker: enough to keep it busy, few enough that memory holds only these."""
WATCH_SECONDS = 1.0
"""How often a worker checks that the build that started it is still running."""
_PR_SET_PDEATHSIG = 1
"""``prctl`` option of Linux: the signal a process gets when its parent ends."""


@dataclass(frozen=True, slots=True)
class Extracted:
    """One article's facts and, when they are to be kept, what keeping them needs: worked out where they were
    extracted, so that a build's workers share that work instead of the main process doing it after them."""

    facts: ArticleFacts
    digest: str | None = None
    """:func:`graph.cache.digest` of the article."""
    text: str | None = None
    """:func:`graph.cache.facts_json` of the facts."""


def extract_batch(articles: list[Article], model: str | None, keep: bool = False) -> list[Extracted]:
    """Run spaCy and the extractors over one batch of articles (in whichever process calls it); with ``keep``, also
    the articles' digests and the facts' JSON text."""
    from graph import cache
    from graph.extract import extract
    from graph.nlp import load_pipeline

    nlp = load_pipeline(model)
    docs = nlp.pipe((article.analysable_text() for article in articles), batch_size=len(articles))
    found = (extract(doc, article) for article, doc in zip(articles, docs, strict=True))
    if not keep:
        return [Extracted(facts) for facts in found]
    return [Extracted(facts, cache.digest(facts.article), cache.facts_json(facts)) for facts in found]


def extract_parallel(
    batches: Iterable[list[Article]], model: str | None, jobs: int, keep: bool = False
) -> Iterator[list[Extracted]]:
    """What :func:`extract_batch` gives for each batch, in order, from ``jobs`` worker processes."""
    context = multiprocessing.get_context("spawn")
    pool = ProcessPoolExecutor(jobs, context, initializer=_die_with_parent, initargs=(os.getpid(),))
    with pool:
        pending: deque[Future[list[Extracted]]] = deque()
        try:
            for batch in batches:
                pending.append(pool.submit(extract_batch, batch, model, keep))
                if len(pending) >= IN_FLIGHT * jobs:
                    yield pending.popleft().result()
            while pending:
                yield pending.popleft().result()
        finally:
            for future in pending:
                future.cancel()


def _die_with_parent(parent: int) -> None:
    """Make this worker end as soon as the build process ``parent`` ends, even when it is killed (SIGKILL, a crash)
    and so cannot stop its workers: else they would wait for work for ever, each holding a loaded model.

    Two ways, as robust as each platform allows. On Linux the kernel sends the worker SIGKILL the moment its parent
    ends (``prctl(PR_SET_PDEATHSIG)``): nothing in the worker needs to run. Everywhere, a daemon thread also checks
    every :data:`WATCH_SECONDS` that the worker's parent is still ``parent`` (an orphan is adopted by another process)
    and ends the worker if not: the fallback where prctl does not exist (macOS, Windows) or did not take.
    """
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):
            pass  # the watchdog below still ends the worker
    if os.getppid() != parent:  # the build ended before the signal was asked for
        os._exit(1)
    threading.Thread(target=_watch_parent, args=(parent,), name="newsgraph-watch-parent", daemon=True).start()


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(WATCH_SECONDS)
    os._exit(1)  # from this thread, ends the whole worker at once
