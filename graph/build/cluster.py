"""Extraction on a Dask cluster: batches of articles go to the workers, each article's facts come back.

The analysis (spaCy and the extractors) is the only part of a build that needs many machines; the merge and the
writing stay where the build runs. A scheduler is named as ``tcp://HOST:PORT`` (a running ``dask scheduler``) or
``local`` / ``local:N`` (a :class:`distributed.LocalCluster` of N single-threaded worker processes on this machine,
default one per core). Every worker loads the spaCy pipeline once, when it joins
(:class:`graph.build.cluster_worker.LoadModel`), and keeps it.

Articles travel to the workers as text, inside the task: a worker needs newsgraph and the model installed, never the
build's input files. Results come back in the order the batches were sent, a few batches per worker in flight, so
memory holds only those; Dask runs a task again elsewhere when its worker is lost.
"""

from __future__ import annotations

import os
import re
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from graph.build.workers import IN_FLIGHT, Extracted, Failed
from graph.errors import InputError
from graph.model import Article

if TYPE_CHECKING:
    from distributed import Client

LOCAL = "local"
CONNECT_TIMEOUT = 30.0

_LOCAL = re.compile(r"^local(?::(\d+))?$")
_ADDRESS = re.compile(r"^(tcp|tls|inproc|ucx|ws|wss)://\S+$")

WorkerProgress = Callable[[str, int], None]
"""Called as ``progress(worker address, articles it has done)``."""


@dataclass(frozen=True, slots=True)
class Scheduler:
    """Where the analysis runs: a scheduler's address, or a local cluster of ``workers`` processes."""

    address: str | None
    workers: int = 0
    timeout: float = CONNECT_TIMEOUT
    """Seconds to wait for a ``tcp://`` scheduler before saying it cannot be reached."""

    @classmethod
    def parse(cls, text: str) -> Scheduler:
        """``local``, ``local:N`` or a scheduler address such as ``tcp://10.0.0.5:8786``."""
        text = text.strip()
        if match := _LOCAL.match(text):
            workers = int(match[1]) if match[1] else (os.cpu_count() or 1)
            if workers < 1:
                raise InputError(f"--scheduler {text}: a local cluster needs at least one worker")
            return cls(None, workers)
        if _ADDRESS.match(text):
            return cls(text)
        raise InputError(f"--scheduler {text!r}: give a scheduler address (tcp://HOST:PORT), local or local:N")

    def __str__(self) -> str:
        return self.address or f"{LOCAL}:{self.workers}"


@contextmanager
def connect(scheduler: Scheduler) -> Iterator[Client]:
    """A client of ``scheduler``; a local cluster lives as long as the client."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:
        raise InputError(
            f"--scheduler needs Dask's distributed package ({exc}); install it with pip install -e '.[cluster]'"
        ) from exc
    if scheduler.address is None:
        cluster = LocalCluster(  # type: ignore[no-untyped-call]
            n_workers=scheduler.workers, threads_per_worker=1, processes=True, dashboard_address=":0"
        )
        with cluster, Client(cluster) as client:  # type: ignore[no-untyped-call]
            yield client
        return
    try:
        client = Client(scheduler.address, timeout=scheduler.timeout)  # type: ignore[no-untyped-call]
    except (OSError, TimeoutError) as exc:
        raise InputError(f"cannot reach the Dask scheduler at {scheduler.address}: {exc}") from exc
    with client:
        yield client


def extract_on_cluster(
    batches: Iterable[list[Article]],
    model: str | None,
    keep: bool,
    scheduler: Scheduler,
    progress: WorkerProgress | None = None,
) -> Iterator[list[Extracted | Failed]]:
    """What :func:`graph.build.workers.extract_batch` gives for each batch, in order, computed on ``scheduler``'s
    workers; ``progress`` hears how many articles each worker has done."""
    with connect(scheduler) as client:
        from graph.build.cluster_worker import LoadModel, extract_on_worker

        client.register_plugin(LoadModel(model), name=LoadModel.name)
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        done: dict[str, int] = {}
        pending: deque[object] = deque()

        def collect() -> list[Extracted | Failed]:
            future = pending.popleft()
            worker, extracted = future.result()  # type: ignore[attr-defined]
            done[worker] = done.get(worker, 0) + len(extracted)
            if progress is not None:
                progress(worker, done[worker])
            return list(extracted)

        try:
            for batch in batches:
                pending.append(client.submit(extract_on_worker, batch, model, keep, pure=False))
                if len(pending) >= IN_FLIGHT * workers:
                    yield collect()
            while pending:
                yield collect()
        finally:
            for future in pending:
                future.cancel()  # type: ignore[attr-defined]
