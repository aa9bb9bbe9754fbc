"""Extraction in worker processes: each loads the spaCy pipeline once, and only facts come back, never Docs.

Workers start with ``spawn``, so they hold no state of the parent (no threads, no half-loaded model) and behave the
same on every platform; everything they need arrives as arguments.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass

from graph.model import Article, ArticleFacts

IN_FLIGHT = 2
"""Batches queued per worker: enough to keep it busy, few enough that memory holds only these."""


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
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
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
