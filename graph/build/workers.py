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
from typing import TYPE_CHECKING

from graph.errors import describe
from graph.model import Article, ArticleFacts

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

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
    """:func:`graph.build.cache.digest` of the article."""
    text: str | None = None
    """:func:`graph.build.cache.facts_json` of the facts."""


@dataclass(frozen=True, slots=True)
class Failed:
    """An article whose analysis raised: what went wrong, in one line, and the traceback for the log."""

    message: str
    traceback: str


def extract_batch(articles: list[Article], model: str | None, keep: bool = False) -> list[Extracted | Failed]:
    """Run spaCy and the extractors over one batch of articles (in whichever process calls it); with ``keep``, also
    the articles' digests and the facts' JSON text.

    An exception while analysing one article makes that article :class:`Failed`; the others are analysed all the
    same (when spaCy itself fails on the batch, the articles it had not given back are run again one at a time).
    """
    from graph.nlp.loader import load_pipeline

    nlp = load_pipeline(model)
    done: list[Extracted | Failed] = []
    try:
        docs = nlp.pipe((article.analysable_text() for article in articles), batch_size=len(articles))
        for article, doc in zip(articles, docs, strict=True):
            done.append(_extract_one(doc, article, keep))
    except Exception:  # one article's failure; which one is found by taking them one at a time
        done += [_analyse_one(nlp, article, keep) for article in articles[len(done) :]]
    return done


def _analyse_one(nlp: Language, article: Article, keep: bool) -> Extracted | Failed:
    try:
        doc = nlp(article.analysable_text())
    except Exception as exc:  # reported as this article's problem
        return _failed(exc)
    return _extract_one(doc, article, keep)


def _extract_one(doc: Doc, article: Article, keep: bool) -> Extracted | Failed:
    from graph.build import cache
    from graph.extract import extract

    try:
        facts = extract(doc, article)
        if not keep:
            return Extracted(facts)
        return Extracted(facts, cache.digest(facts.article), cache.facts_json(facts))
    except Exception as exc:  # reported as this article's problem
        return _failed(exc)


def _failed(exc: Exception) -> Failed:
    import traceback

    return Failed(describe(exc), "".join(traceback.format_exception(exc)))


def extract_parallel(
    batches: Iterable[list[Article]], model: str | None, jobs: int, keep: bool = False
) -> Iterator[list[Extracted | Failed]]:
    """What :func:`extract_batch` gives for each batch, in order, from ``jobs`` worker processes."""
    context = multiprocessing.get_context("spawn")
    pool = ProcessPoolExecutor(jobs, context, initializer=_die_with_parent, initargs=(os.getpid(),))
    with pool:
        pending: deque[Future[list[Extracted | Failed]]] = deque()
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
