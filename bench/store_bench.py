"""Time every named query on rdflib and on Oxigraph over a graph of about a million triples, side by side.

The graph is the seed build replicated: each copy gets its own articles, reports, statements, mentions, times and
events (their IRIs minted again with a copy number), while actors and outlets stay shared, as they are across the
articles of one story. The listing ranks (``ng:timelineRank`` and the others of graph/rdf/ranks.py) are numbered
again so that they stay unique, as a build of the whole story would write them: copy ``c`` of rank ``r`` becomes
``r * copies + c``; the article IRIs joined in ``ng:timelineArticles`` are renamed as the articles are.
Every parameter of a named query is bound to the actor who made the most statements. Each store runs the text
the named query gives its kind (``NAME.oxigraph.rq`` on Oxigraph where there is one, see graph/store/queries.py).

Run from the project root:  .venv/bin/python -m bench.store_bench [--triples 1000000] [--runs 3] [--graph FILE]
[--stores oxigraph,rdflib] [--rdflib-triples N] [--before DIR]
(``--graph out/graph.trig`` replicates an existing build instead of building the seeds with spaCy; ``--stores
oxigraph`` leaves rdflib out, for a quick loop; ``--rdflib-triples 100000`` gives rdflib a smaller copy of the graph
of its own, since rdflib takes minutes on a million; ``--before DIR`` also times the ``.rq`` files of DIR, e.g. the
named queries of an earlier commit, on the same stores in the same run (``NAME.ENGINE.rq`` there on that engine,
else ``NAME.rq``), and shows how many times faster the current ones are on each store.) Not part of the test suite:
it takes minutes, mostly rdflib's.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
import warnings
from pathlib import Path

from rdflib import Dataset, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.term import Identifier, Node

from graph.rdf.mapping import merged_graph, mint
from graph.store import (
    Answer,
    OxigraphStore,
    RdflibStore,
    StoreKind,
    TripleStore,
    load_dataset,
    named_queries,
)
from ontology import NG, NGD

ROOT = Path(__file__).resolve().parent.parent
RANKS = frozenset(
    {
        NG.timelineRank,
        NG.corroborationRank,
        NG.reportRank,
        NG.eventRank,
        NG.articleRank,
        NG.timeRank,
        NG.saidRank,
        NG.aboutRank,
    }
)
JOINED_IRIS = frozenset({NG.timelineArticles})
"""Literals that hold IRIs joined by " | " (a listing's cell written at build time): renamed IRI by IRI."""
SHARED_KINDS = frozenset({"actor", "outlet"})
"""IRIs kept across copies: the same people and outlets appear in every article of a story."""


def replicate(seed: Dataset, copies: int, target: Path) -> int:
    """Write ``copies`` renamed copies of ``seed`` to ``target`` as N-Quads; returns the quads written."""
    written = 0
    with warnings.catch_warnings(), target.open("wb") as out:
        warnings.simplefilter("ignore", DeprecationWarning)  # rdflib's own ConjunctiveGraph use
        quads = list(seed.quads((None, None, None, None)))
        for copy in range(copies):
            renamed = Dataset()
            for s, p, o, g in quads:
                name = DATASET_DEFAULT_GRAPH_ID if g in (None, DATASET_DEFAULT_GRAPH_ID) else _renamed(g, copy)
                assert isinstance(name, URIRef)  # newsgraph names every graph with an IRI
                renamed.graph(name).add((_renamed(s, copy), p, _value(p, o, copy, copies)))
            out.write(renamed.serialize(format="nquads", encoding="utf-8"))
            written += len(quads)
    return written


def _value(predicate: Node, value: Node, copy: int, copies: int) -> Node:
    """The object of a triple in copy ``copy``: a rank numbered again, the IRIs joined in a cell renamed."""
    if predicate in RANKS:
        return Literal(int(value) * copies + copy)  # type: ignore[call-overload]
    if predicate in JOINED_IRIS:
        return Literal(" | ".join(_renamed(URIRef(iri), copy) for iri in str(value).split(" | ")))
    return _renamed(value, copy)


def _renamed(term: Node, copy: int) -> Node:
    if not isinstance(term, URIRef) or not term.startswith(str(NGD)):
        return term
    kind, *parts = term[len(NGD) :].split("/")
    return term if kind in SHARED_KINDS else mint(kind, *parts, f"copy{copy}")


Column = tuple[StoreKind, str]
"""A store kind and "now" (the named queries) or "before" (the ``--before`` files)."""


def timed(
    queries: dict[Column, tuple[TripleStore, str]],
    bindings: dict[StoreKind, dict[str, Identifier]],
    runs: int,
    patience: float,
) -> dict[Column, tuple[float, int, Answer]]:
    """For each query, the median time of up to ``runs`` runs, how many ran, and its answer. The queries take turns
    run by run, so that a machine busy with something else slows each of them alike. A query whose runs took more
    than ``patience`` seconds is not run again: one minutes-long run already says what the table needs."""
    times: dict[Column, list[float]] = {column: [] for column in queries}
    answers: dict[Column, Answer] = {}
    for _ in range(runs):
        for column, (store, text) in queries.items():
            if sum(times[column]) < patience:
                start = time.perf_counter()
                answers[column] = store.query(text, bindings[store.kind])
                times[column].append(time.perf_counter() - start)
    return {column: (statistics.median(spent), len(spent), answers[column]) for column, spent in times.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=1_000_000, help="about how many quads to generate")
    parser.add_argument(
        "--rdflib-triples", type=int,
        help="about how many quads rdflib's own, smaller copy of the graph holds (default: as many as --triples)",
    )  # fmt: skip
    parser.add_argument("--runs", type=int, default=3, help="runs per query; the median is shown")
    parser.add_argument("--patience", type=float, default=60.0, help="seconds after which a query is not run again")
    parser.add_argument("--graph", type=Path, help="a built graph.trig to replicate (default: build seeds/)")
    parser.add_argument(
        "--stores", type=_kinds, default=[StoreKind.rdflib, StoreKind.oxigraph],
        help="the stores to time, joined by commas (default: rdflib,oxigraph, side by side)",
    )  # fmt: skip
    parser.add_argument("--before", type=Path, help="a folder of .rq files to time beside the named queries")
    args = parser.parse_args()

    seed = load_dataset(args.graph) if args.graph else _seed_build()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        per_copy = len(list(seed.quads((None, None, None, None))))
    merged = len(merged_graph(seed))
    with tempfile.TemporaryDirectory(prefix="store-bench-") as folder:
        stores: dict[StoreKind, TripleStore] = {}
        for kind in args.stores:
            wanted = args.rdflib_triples if kind is StoreKind.rdflib and args.rdflib_triples else args.triples
            copies = max(1, round(wanted / merged))
            data = Path(folder) / f"graph-{copies}.nq"
            if not data.exists():
                start = time.perf_counter()
                quads = replicate(seed, copies, data)
                print(
                    f"generated {quads:,} quads ({copies} copies of {per_copy}) in {time.perf_counter() - start:.1f} s"
                )
            stores[kind] = _opened(kind, data, Path(folder) / "oxigraph")
        _table(stores, _texts(args.before) if args.before else {}, args.runs, args.patience)


def _kinds(value: str) -> list[StoreKind]:
    return [StoreKind(kind.strip()) for kind in value.split(",")]


def _texts(folder: Path) -> dict[str, str]:
    """The ``.rq`` files of ``folder`` by their names (``timeline``, ``timeline.oxigraph``)."""
    return {path.name.removesuffix(".rq"): path.read_text(encoding="utf-8") for path in sorted(folder.glob("*.rq"))}


def _seed_build() -> Dataset:
    from graph.build.pipeline import build

    return build([ROOT / "seeds"]).dataset


def _opened(kind: StoreKind, data: Path, folder: Path) -> TripleStore:
    """A store of ``kind`` holding ``data``, timed as it loads."""
    start = time.perf_counter()
    store = RdflibStore(load_dataset(data)) if kind is StoreKind.rdflib else OxigraphStore.for_file(data, folder)
    triples = store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").rows[0][0]
    print(f"{kind}: loaded in {time.perf_counter() - start:.1f} s, {int(triples):,} distinct triples "  # type: ignore[arg-type]
          f"(the default graph)")  # fmt: skip
    return store


def _table(stores: dict[StoreKind, TripleStore], before: dict[str, str], runs: int, patience: float) -> None:
    """Time every named query, each store running its own text (and the ``before`` text, if any), a line per
    query; with ``before``, each store's ratio (how many times faster the query is now)."""
    columns = [(kind, version) for kind in stores for version in (("before", "now") if before else ("now",))]
    heads = "".join(_head(column, columns) for column in columns)
    print(f"{'query (median of ' + str(runs) + ')':24}{heads} {'rows':>8}")
    speakers = {kind: _busiest_speaker(store) for kind, store in stores.items()}
    for name, query in named_queries().items():
        texts = {
            (kind, version): query.text_for(kind) if version == "now" else _before_text(before, name, kind)
            for kind, version in columns
        }
        queries = {column: (stores[column[0]], text) for column, text in texts.items() if text}
        bindings = {kind: {p.name: speaker for p in query.parameters} for kind, speaker in speakers.items()}
        timings = timed(queries, bindings, runs, patience)
        print(_line(name, timings, columns, runs), flush=True)


def _before_text(before: dict[str, str], name: str, kind: StoreKind) -> str | None:
    """The ``before`` text a store of ``kind`` runs for ``name``, chosen as :meth:`NamedQuery.text_for` chooses."""
    return before.get(f"{name}.{kind}", before.get(name))


def _head(column: Column, columns: list[Column]) -> str:
    kind, version = column
    if version == "before":
        return f" {kind + ' before':>12}"
    return f" {kind:>12}" + (f" {'ratio':>7}" if (kind, "before") in columns else "")


def _line(name: str, timings: dict[Column, tuple[float, int, Answer]], columns: list[Column], runs: int) -> str:
    cells = "".join(_cells(column, columns, timings) for column in columns)
    kinds = dict.fromkeys(kind for kind, _ in columns)
    counts = [{len(answer.rows) for (k, _), (_, _, answer) in timings.items() if k == kind} for kind in kinds]
    rows = "/".join(str(n.pop()) if len(n) == 1 else "differ" for n in counts if n)
    notes = "".join(f"  ({' '.join(c)}: {n} of {runs} runs)" for c, (_, n, _) in timings.items() if n != runs)
    return f"{name:24}{cells} {rows:>8}{notes}"


def _cells(column: Column, columns: list[Column], timings: dict[Column, tuple[float, int, Answer]]) -> str:
    """The median of ``column``, and after a "now" column with a "before" one beside it, how many times faster."""
    kind, version = column
    median = timings[column][0] if column in timings else None
    cells = f" {median:10.3f} s" if median is not None else f" {'-':>12}"
    if version == "now" and (kind, "before") in columns:
        earlier = timings.get((kind, "before"))
        ratio = f"{earlier[0] / median:6.1f}x" if earlier and median else ""
        cells += f" {ratio:>7}"
    return cells


def _busiest_speaker(store: TripleStore) -> Literal:
    answer = store.query(
        "SELECT ?name (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ng:speaker/rdfs:label ?name } "
        "GROUP BY ?name ORDER BY DESC(?n) ?name LIMIT 1"
    )
    return Literal(str(answer.rows[0][0]))


if __name__ == "__main__":
    main()
