"""Two stores behind one small interface: rdflib in memory (the default) and Oxigraph in a persistent folder.

Both hold the same dataset: one named graph per article, and as the default graph of every query the *merged* graph
(each triple once, whichever articles state it), so ``GRAPH ?g { ... }`` finds an article's own triples and a plain
pattern sees everything. Oxigraph's ``use_default_graph_as_union`` is not used: it unions the graphs as a bag, so a
triple stated by three articles would match three times and rows would differ from rdflib's; the store keeps a
merged copy in its default graph instead.

Parameters are bound as values, never pasted into query text: rdflib's ``initBindings``, Oxigraph's
``substitutions``. Oxigraph substitutes only variables the SELECT projects (so the named queries project their
parameters); a binding it cannot apply is an error, never silently ignored.
"""

from __future__ import annotations

import fcntl
import json
import re
import warnings
from collections.abc import Callable, Iterable, Mapping
from enum import StrEnum
from itertools import islice
from pathlib import Path
from typing import IO, Any, Protocol, TypeVar

from rdflib import Dataset, Graph
from rdflib.plugins.sparql.sparql import Query
from rdflib.term import Identifier

from graph.errors import GraphFileError, QueryError, QueryLimitError
from graph.rdf.text import oxigraph_term, rdflib_term
from graph.store.answer import Answer, Page, QueryKind, Row
from graph.store.files import graph_file_format, load_dataset, oxigraph_format
from graph.store.guard import check_query
from graph.store.queries import prefixes
from graph.store.solutions import solution_rows

SOURCE_FILE = "newsgraph-source.json"
"""Written into an Oxigraph folder after a load: which graph file it holds, so a changed file is loaded again."""
LOAD_LOCK = "newsgraph-load.lock"
USE_LOCK = "newsgraph-use.lock"
T = TypeVar("T")
_OXIGRAPH_ERROR = re.compile(r"error at (\d+):(\d+): (.*)", re.S)


class StoreKind(StrEnum):
    rdflib = "rdflib"
    oxigraph = "oxigraph"


class TripleStore(Protocol):
    """What every store does: answer SPARQL with bound parameters."""

    kind: StoreKind

    def query(
        self,
        text: str,
        bindings: Mapping[str, Identifier] | None = None,
        limit: int | None = None,
        page: Page | None = None,
    ) -> Answer:
        """The answer to ``text`` with ``bindings`` bound, only the rows on ``page`` (SELECT only);
        :class:`QueryLimitError` when it holds more than ``limit`` rows (triples for CONSTRUCT and DESCRIBE), found
        without reading further."""
        ...

    def close(self) -> None: ...


def open_store(kind: StoreKind, graph_file: Path, store_path: Path | None = None) -> TripleStore:
    """A store holding ``graph_file``; Oxigraph keeps it in ``store_path`` (default: beside the file,
    ``out/graph.oxigraph`` for ``out/graph.trig``) and loads the file again only when it has changed."""
    if kind is StoreKind.rdflib:
        return RdflibStore(load_dataset(graph_file))
    return OxigraphStore.for_file(graph_file, store_path or default_store_path(graph_file))


def default_store_path(graph_file: Path) -> Path:
    return graph_file.with_suffix(".oxigraph")


def syntax_error(line: int | None, column: int | None, message: str) -> QueryError:
    where = f" at line {line}, column {column}" if line is not None else ""
    message = " ".join(message.split())
    return QueryError(f"SPARQL syntax error{where}: {message if len(message) <= 200 else message[:199] + '…'}")


def prepare(text: str) -> Query:
    """``text`` parsed by rdflib with the project's prefixes predeclared; a syntax error says where, and a query that
    reaches outside the store or uses an undeclared prefix is refused (:func:`graph.store.guard.check_query`)."""
    from rdflib.plugins.sparql import prepareQuery

    check_query(text, prefixes())
    try:
        return prepareQuery(text, initNs=prefixes())
    except Exception as exc:  # pyparsing's ParseException carries line and column
        line, column = getattr(exc, "lineno", None), getattr(exc, "col", None)
        raise syntax_error(line, column, str(getattr(exc, "msg", exc))) from exc


class RdflibStore:
    kind = StoreKind.rdflib

    def __init__(self, dataset: Dataset) -> None:
        if not dataset.default_union:
            raise ValueError("RdflibStore needs a Dataset with default_union=True (see graph.store.load_dataset)")
        self.dataset = dataset

    def query(
        self,
        text: str,
        bindings: Mapping[str, Identifier] | None = None,
        limit: int | None = None,
        page: Page | None = None,
    ) -> Answer:
        prepared = prepare(text)
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", DeprecationWarning)  # rdflib's own Dataset.default_context use
                result = self.dataset.query(prepared, initBindings=dict(bindings or {}))
                if result.type != "SELECT":
                    _unpaged(page)
                if result.type == "ASK":
                    return Answer(QueryKind.ask, boolean=bool(result.askAnswer))
                if result.type in {"CONSTRUCT", "DESCRIBE"}:
                    graph = Graph()
                    for triple in within(result.graph or (), limit, "triples"):
                        graph.add(triple)
                    return Answer(QueryKind.graph, graph=graph)
                variables = [str(v) for v in result.vars or []]
                selected = within(page.of(result) if page else result, limit, "rows")
                rows: tuple[Row, ...] = tuple(tuple(row) for row in selected)  # type: ignore[arg-type]
        except QueryError:  # the answer too long, or paged but not rows
            raise
        except Exception as exc:
            raise QueryError(f"query failed: {exc}") from exc
        return Answer(QueryKind.select, tuple(variables), rows)

    def close(self) -> None:
        self.dataset.close()


class OxigraphStore:
    kind = StoreKind.oxigraph

    def __init__(self, store: Any, lock: IO[bytes] | None = None) -> None:
        self.store = store
        self.lock = lock
        """The folder's use lock, held shared while the store is open (see :meth:`for_file`)."""

    @classmethod
    def for_file(cls, graph_file: Path, path: Path, reload: bool = True) -> OxigraphStore:
        """The Oxigraph folder at ``path`` holding ``graph_file``, always opened read-only, so that any number of
        processes can query it, a running ``newsgraph serve`` included.

        The folder is (re)loaded first when it does not hold the file as it is now: by one process at a time, under
        an exclusive lock on ``LOAD_LOCK`` that every opener takes briefly, so parallel first queries wait for the
        loader rather than fail. Every open store holds ``USE_LOCK`` shared, and a reload needs it exclusively, so
        a store is never rewritten under a process reading it: that reload fails instead, naming the cause. With
        ``reload`` false, a folder that holds any load is opened as it is."""
        import pyoxigraph

        if not graph_file.is_file():
            raise GraphFileError(f"graph file not found: {graph_file} (run `newsgraph build` first, or pass --graph)")
        try:
            path.mkdir(parents=True, exist_ok=True)
            use = (path / USE_LOCK).open("wb")
        except OSError as exc:
            raise GraphFileError(f"cannot open the Oxigraph store {path}: {exc}") from exc
        try:
            with (path / LOAD_LOCK).open("wb") as loading:
                fcntl.flock(loading, fcntl.LOCK_EX)
                held = _held(path)
                fingerprint = _fingerprint(graph_file)
                if held != fingerprint and (reload or held is None):
                    _take_for_reload(use, path, graph_file)
                    _load_folder(path, graph_file, fingerprint)
                fcntl.flock(use, fcntl.LOCK_SH)
            return cls(pyoxigraph.Store.read_only(str(path)), use)
        except OSError as exc:
            use.close()
            raise GraphFileError(f"cannot open the Oxigraph store {path}: {exc}") from exc
        except BaseException:
            use.close()
            raise

    @classmethod
    def in_memory(cls, graph_file: Path) -> OxigraphStore:
        import pyoxigraph

        opened = cls(pyoxigraph.Store())
        opened.load(graph_file)
        return opened

    def load(self, graph_file: Path) -> None:
        """Replace the store's content with ``graph_file``, then merge every graph into the default graph."""
        fmt = graph_file_format(graph_file)
        self.store.clear()
        try:
            self.store.bulk_load(path=str(graph_file), format=oxigraph_format(fmt))
        except (SyntaxError, ValueError) as exc:
            raise GraphFileError(f"{graph_file} does not parse as {fmt}: {exc}") from exc
        self.store.update("INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
        self.store.optimize()

    def query(
        self,
        text: str,
        bindings: Mapping[str, Identifier] | None = None,
        limit: int | None = None,
        page: Page | None = None,
    ) -> Answer:
        import pyoxigraph as ox

        check_query(text, prefixes())
        substitutions = {ox.Variable(name): to_oxigraph(value) for name, value in (bindings or {}).items()}
        try:
            result = self.store.query(text, prefixes=prefixes(), substitutions=substitutions or None)
        except SyntaxError as exc:
            match = _OXIGRAPH_ERROR.match(str(exc))
            if match is None:
                raise syntax_error(None, None, str(exc)) from exc
            raise syntax_error(int(match[1]), int(match[2]), match[3]) from exc
        except RuntimeError as exc:
            if "projection" in str(exc):
                raise QueryError(f"{exc}: with the Oxigraph store a bound variable must be projected by SELECT "
                                 f"(Oxigraph substitutes only projected variables, and none in ASK or CONSTRUCT)"
                                 ) from exc  # fmt: skip
            raise QueryError(f"query failed: {exc}") from exc
        except OSError as exc:
            raise QueryError(f"query failed: {exc}") from exc
        return _oxigraph_answer(result, limit, page)

    def quads(self) -> Iterable[tuple[Identifier, Identifier, Identifier, Identifier | None]]:
        """Every quad, in rdflib terms, with ``None`` as the graph of the (merged) default graph."""
        import pyoxigraph as ox

        for quad in self.store:
            graph = None if isinstance(quad.graph_name, ox.DefaultGraph) else from_oxigraph(quad.graph_name)
            yield from_oxigraph(quad.subject), from_oxigraph(quad.predicate), from_oxigraph(quad.object), graph

    def close(self) -> None:
        del self.store  # Oxigraph closes the folder when the last reference goes
        if self.lock is not None:
            self.lock.close()


def _oxigraph_answer(result: Any, limit: int | None, page: Page | None) -> Answer:
    """Oxigraph's ``result`` as an :class:`Answer` in rdflib terms, only the rows on ``page``."""
    import pyoxigraph as ox

    if not isinstance(result, ox.QuerySolutions):
        _unpaged(page)
    if isinstance(result, ox.QueryBoolean):
        return Answer(QueryKind.ask, boolean=bool(result))
    if isinstance(result, ox.QueryTriples):
        graph = Graph()
        for triple in within(result, limit, "triples"):
            terms = (triple.subject, triple.predicate, triple.object)
            subject, predicate, value = (from_oxigraph(term) for term in terms)
            graph.add((subject, predicate, value))
        return Answer(QueryKind.graph, graph=graph)
    if limit is None and page is None:
        variables, rows = solution_rows(result)
        return Answer(QueryKind.select, variables, rows)
    variables = tuple(v.value for v in result.variables)
    convert = _term_converter()
    solutions = within(page.of(result) if page else result, limit, "rows")
    rows = tuple(tuple(map(convert, solution)) for solution in solutions)
    return Answer(QueryKind.select, variables, rows)


def within(items: Iterable[T], limit: int | None, what: str) -> list[T]:
    """``items`` as a list, or :class:`QueryLimitError` as soon as there are more than ``limit`` of them."""
    if limit is None:
        return list(items)
    taken = list(islice(items, limit + 1))
    if len(taken) > limit:
        raise QueryLimitError(f"the answer holds more than {limit} {what}: add a LIMIT, or raise the limit")
    return taken


def _unpaged(page: Page | None) -> None:
    if page is not None:
        raise QueryError("only the rows of a SELECT answer can be paged (offset and limit)")


def _held(path: Path) -> dict[str, Any] | None:
    """The fingerprint (:func:`_fingerprint`) of the graph file the folder at ``path`` holds; None before a load."""
    marker = path / SOURCE_FILE
    if not marker.is_file():
        return None
    held: dict[str, Any] = json.loads(marker.read_text(encoding="utf-8"))
    return held


def _take_for_reload(use: IO[bytes], path: Path, graph_file: Path) -> None:
    try:
        fcntl.flock(use, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        raise GraphFileError(
            f"the Oxigraph store {path} does not hold {graph_file} as it is now, and another process has it open "
            "(a running `newsgraph serve`?): stop that process to reload it, or pass another --store-path"
        ) from None


def _load_folder(path: Path, graph_file: Path, fingerprint: dict[str, Any]) -> None:
    """Clear the folder at ``path`` and load ``graph_file`` into it, read-write, closing it again when done; then
    mark the folder as holding the file of ``fingerprint`` (taken before the load, so a file changed meanwhile is
    loaded again by the next opener)."""
    import pyoxigraph

    (path / SOURCE_FILE).unlink(missing_ok=True)
    loader = OxigraphStore(pyoxigraph.Store(str(path)))
    loader.load(graph_file)
    loader.store.flush()
    loader.close()
    (path / SOURCE_FILE).write_text(json.dumps(fingerprint), encoding="utf-8")


def _fingerprint(graph_file: Path) -> dict[str, Any]:
    stat = graph_file.stat()
    return {"file": str(graph_file.resolve()), "size": stat.st_size, "mtime_ns": stat.st_mtime_ns}


def to_oxigraph(term: Identifier) -> Any:
    try:
        return oxigraph_term(term)
    except TypeError:
        raise QueryError(f"cannot bind {term!r}: only IRIs, blank nodes and literals can be bound") from None


def _term_converter() -> Callable[[Any], Identifier | None]:
    """:func:`from_oxigraph` for the rows of one answer (``None`` for an unbound value), converting each distinct term
    once: the same IRIs, labels and dates come back row after row, and building an rdflib term (a typed literal
    parses its value) costs many times a dictionary lookup."""
    converted: dict[Any, Identifier] = {}

    def convert(term: Any) -> Identifier | None:
        if term is None:
            return None
        known = converted.get(term)
        if known is None:
            known = converted[term] = from_oxigraph(term)
        return known

    return convert


def from_oxigraph(term: Any) -> Identifier:
    try:
        return rdflib_term(term)
    except TypeError:
        raise QueryError(f"newsgraph cannot represent {term!r} (RDF-star triple terms are not supported)") from None
