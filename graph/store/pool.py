"""Queries evaluated in worker processes, so that a runaway one can be abandoned.

Neither engine can stop a query from outside: rdflib evaluates in Python under the interpreter lock, Oxigraph in Rust
with no cancellation in pyoxigraph. So each worker is a process of its own that opens the store itself (rdflib parses
the graph file, Oxigraph opens its folder read-only) and answers one query at a time; a query past the time limit
has its worker killed, the client told, and a fresh worker started in its place. Workers are started with ``spawn``:
a process that serves requests on threads cannot be forked safely.
"""

from __future__ import annotations

import logging
import multiprocessing
import queue
import shutil
import signal
import tempfile
import threading
from dataclasses import dataclass, replace
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path

from graph.errors import NewsgraphError, QueryError, QueryLimitError
from graph.store.answer import Answer
from graph.store.backends import OxigraphStore, StoreKind, TripleStore, default_store_path, open_store

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class StoreSource:
    """Where a worker opens its store: the graph file, and for Oxigraph the folder holding it."""

    kind: StoreKind
    graph_file: Path
    store_path: Path | None = None
    as_loaded: bool = False
    """Open an Oxigraph folder as it is, without loading a changed graph file again."""

    def open(self) -> TripleStore:
        if self.kind is StoreKind.oxigraph:
            folder = self.store_path or default_store_path(self.graph_file)
            return OxigraphStore.for_file(self.graph_file, folder, reload=not self.as_loaded)
        return open_store(self.kind, self.graph_file, self.store_path)


@dataclass(frozen=True, slots=True)
class Limits:
    """How long one query may run (seconds), how many rows (or triples) its answer may hold, and how many queries
    run at once (each in a worker process holding its own copy of an rdflib store)."""

    timeout: float = 30.0
    max_rows: int = 100_000
    workers: int = 2


@dataclass(slots=True, eq=False)
class _Worker:
    process: BaseProcess
    connection: Connection

    def stop(self) -> None:
        self.connection.close()
        self.process.kill()
        self.process.join()


class QueryPool:
    """``workers`` processes answering queries from ``source`` within ``limits``; :meth:`answer` is thread-safe.

    Every worker answers from the graph as it was when the pool started, a worker replacing a stopped one included
    (:meth:`_served`). A script starting a pool needs the ``if __name__ == "__main__":`` guard, since workers are
    spawned (they import the main module).
    """

    def __init__(self, source: StoreSource, limits: Limits) -> None:
        self.source = source
        self.limits = limits
        self._snapshot = tempfile.TemporaryDirectory(prefix="newsgraph-serve-")
        self._held: TripleStore | None = None
        self._context = multiprocessing.get_context("spawn")
        self._idle: queue.SimpleQueue[_Worker] = queue.SimpleQueue()
        self._workers: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = False
        try:
            self._source = self._served(source)
            started = [self._spawn() for _ in range(max(1, limits.workers))]
            for worker in started:
                self._ready(worker)
        except BaseException:
            self.close()
            raise

    def answer(self, text: str) -> Answer:
        """The answer to ``text``; :class:`QueryLimitError` when it runs past the time limit (its worker is then
        replaced) or holds more rows than allowed, or when no worker comes free in that time."""
        timeout = self.limits.timeout
        try:
            worker = self._idle.get(timeout=timeout)
        except queue.Empty:
            raise QueryLimitError(f"every query worker stayed busy for {timeout:g} s: try again later") from None
        try:
            worker.connection.send(text)
            if not worker.connection.poll(timeout):
                raise QueryLimitError(f"the query ran past the time limit of {timeout:g} s and was stopped")
            outcome = worker.connection.recv()
        except (QueryLimitError, EOFError, OSError) as exc:
            self._replace(worker)
            if isinstance(exc, QueryLimitError):
                raise
            raise QueryError(f"the worker evaluating the query stopped: {exc or type(exc).__name__}") from exc
        self._idle.put(worker)
        if isinstance(outcome, NewsgraphError):
            raise outcome
        assert isinstance(outcome, Answer)
        return outcome

    def close(self) -> None:
        with self._lock:
            self._closed = True
            workers, self._workers = self._workers, set()
        for worker in workers:
            worker.stop()
        held, self._held = self._held, None
        if held is not None:
            held.close()
        self._snapshot.cleanup()

    def _served(self, source: StoreSource) -> StoreSource:
        """Where every worker opens the store, fixed now: a copy of an rdflib graph file (a build may replace the file
        while the pool serves); for Oxigraph the folder as it is, loaded here first if it does not hold the graph
        file, and held open by the pool, so that no reload rewrites it while the pool serves."""
        if source.kind is StoreKind.oxigraph:
            self._held = source.open()
            return replace(source, as_loaded=True)
        if not source.graph_file.is_file():
            return source  # the workers report it missing
        copy = Path(self._snapshot.name) / source.graph_file.name
        shutil.copyfile(source.graph_file, copy)
        return replace(source, graph_file=copy)

    def _spawn(self) -> _Worker:
        parent, child = self._context.Pipe()
        args = (self._source, self.limits.max_rows, child)
        process = self._context.Process(target=_serve_queries, args=args, daemon=True)
        process.start()
        child.close()
        worker = _Worker(process, parent)
        with self._lock:
            self._workers.add(worker)
        return worker

    def _ready(self, worker: _Worker) -> None:
        """Wait for ``worker`` to open its store, then offer it queries; raise the error it met opening it."""
        try:
            opened = worker.connection.recv()
        except EOFError:
            opened = QueryError("a query worker exited before opening the store")
        if isinstance(opened, NewsgraphError):
            self._forget(worker)
            raise opened
        self._idle.put(worker)

    def _replace(self, worker: _Worker) -> None:
        self._forget(worker)

        def start() -> None:
            with self._lock:
                if self._closed:
                    return
            try:
                self._ready(self._spawn())
            except NewsgraphError as exc:
                log.error("cannot start a query worker: %s", exc)

        threading.Thread(target=start, daemon=True).start()

    def _forget(self, worker: _Worker) -> None:
        with self._lock:
            self._workers.discard(worker)
        worker.stop()


def _serve_queries(source: StoreSource, max_rows: int, connection: Connection) -> None:
    """A worker's life: open the store (sending ``None``, or the error met), then answer each query sent."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole process group: the server stops workers
    try:
        store = source.open()
    except NewsgraphError as exc:
        connection.send(exc)
        return
    connection.send(None)
    while True:
        try:
            text = connection.recv()
        except EOFError:
            store.close()
            return
        try:
            connection.send(store.query(text, limit=max_rows))
        except NewsgraphError as exc:
            connection.send(exc)
        except Exception as exc:  # a query must never take the worker down
            connection.send(QueryError(f"query failed: {exc}"))
