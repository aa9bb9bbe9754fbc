"""Extraction in worker processes: each loads the spaCy pipeline once, and only facts come back, never Docs.

Workers start with ``spawn``, so they hold no state of the parent (no threads, no half-loaded model) and behave the
same on every platform; everything they need arrives as arguments.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor

from graph.model import Article, ArticleFacts

IN_FLIGHT = 2
"""Batches queued per worker: enough to keep it busy, few enough that memory holds only these."""


def extract_batch(articles: list[Article], model: str | None) -> list[ArticleFacts]:
    """Run spaCy and the extractors over one batch of articles (in whichever process calls it)."""
    from graph.extract import extract
    from graph.nlp import load_pipeline

    nlp = load_pipeline(model)
    docs = nlp.pipe((article.analysable_text() for article in articles), batch_size=len(articles))
    return [extract(doc, article) for article, doc in zip(articles, docs, strict=True)]


def extract_parallel(batches: Iterable[list[Article]], model: str | None, jobs: int) -> Iterator[list[ArticleFacts]]:
    """The facts of each batch, in order, extracted by ``jobs`` worker processes."""
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        pending: deque[Future[list[ArticleFacts]]] = deque()
        try:
            for batch in batches:
                pending.append(pool.submit(extract_batch, batch, model))
                if len(pending) >= IN_FLIGHT * jobs:
                    yield pending.popleft().result()
            while pending:
                yield pending.popleft().result()
        finally:
            for future in pending:
                future.cancel()
