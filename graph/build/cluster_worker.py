"""What runs on a Dask worker: the plugin that loads the spaCy pipeline once, and the task that analyses a batch.

Kept apart from :mod:`graph.build.cluster` because it imports Dask's distributed package at import time (a worker plugin
must inherit from its ``WorkerPlugin``), which a build without ``--scheduler`` never needs.
"""

from __future__ import annotations

from distributed import WorkerPlugin, get_worker

from graph.build.workers import Extracted, Failed, extract_batch
from graph.model import Article


class LoadModel(WorkerPlugin):
    """The worker loads the spaCy pipeline as it joins the cluster, once, and keeps it for every batch."""

    idempotent = True
    name = "newsgraph-model"

    def __init__(self, model: str | None) -> None:
        self.model = model

    def setup(self, worker: object) -> None:
        from graph.nlp.loader import load_pipeline

        load_pipeline(self.model)


def extract_on_worker(articles: list[Article], model: str | None, keep: bool) -> tuple[str, list[Extracted | Failed]]:
    """One batch, run on a worker: the worker's address (for progress) and what :func:`extract_batch` gives."""
    return str(get_worker().address), extract_batch(articles, model, keep)
