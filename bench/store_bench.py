"""Time every named query on rdflib and on Oxigraph over a graph of about a million triples, side by side.

The graph is the seed build replicated: each copy gets its own articles, reports, statements, mentions, times and
events (their IRIs minted again with a copy number), while actors and outlets stay shared, as they are across the
articles of one story. The listing ranks (``ng:timelineRank`` and the others of graph/rdf/ranks.py) are numbered
again so that they stay unique, as a build of the whole story would write them: copy ``c`` of rank ``r`` becomes
``r * copies + c``.
Every parameter of a named query is bound to the actor who made the most statements.

Run from the project root:  .venv/bin/python -m bench.store_bench [--triples 1000000] [--runs 3] [--graph FILE]
[--stores oxigraph] [--before DIR]
(``--graph out/graph.trig`` replicates an existing build instead of building the seeds with spaCy; ``--stores
oxigraph`` leaves rdflib out, for a quick loop; ``--before DIR`` also times the ``.rq`` files of DIR, e.g. the named
queries of an earlier commit, on the same stores in the same run, and shows how many times faster the current ones
are.) Not part of the test suite: it takes minutes, mostly rdflib's.
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
from graph.store import Answer, OxigraphStore, RdflibStore, TripleStore, load_dataset, named_queries
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
                value = Literal(int(o) * copies + copy) if p in RANKS else _renamed(o, copy)  # type: ignore[call-overload]
                renamed.graph(name).add((_renamed(s, copy), p, value))
            out.write(renamed.serialize(format="nquads", encoding="utf-8"))
            written += len(quads)
    return written


def _renamed(term: Node, copy: int) -> Node:
    if not isinstance(term, URIRef) or not term.startswith(str(NGD)):
        return term
    kind, *parts = term[len(NGD) :].split("/")
    return term if kind in SHARED_KINDS else mint(kind, *parts, f"copy{copy}")


Column = tuple[str, str]
"""A store kind and "now" (the named queries) or "before" (the ``--before`` files)."""


def timed(
    queries: dict[Column, tuple[TripleStore, str]], bindings: dict[str, Identifier], runs: int, patience: float
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
                answers[column] = store.query(text, bindings)
                times[column].append(time.perf_counter() - start)
    return {column: (statistics.median(spent), len(spent), answers[column]) for column, spent in times.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=1_000_000, help="about how many quads to generate")
    parser.add_argument("--runs", type=int, default=3, help="runs per query; the median is shown")
    parser.add_argument("--patience", type=float, default=60.0, help="seconds after which a query is not run again")
    parser.add_argument("--graph", type=Path, help="a built graph.trig to replicate (default: build seeds/)")
    parser.add_argument(
        "--stores", nargs="+", choices=["rdflib", "oxigraph"], default=["rdflib", "oxigraph"],
        help="the stores to time (default: both, side by side)",
    )  # fmt: skip
    parser.add_argument("--before", type=Path, help="a folder of .rq files to time beside the named queries")
    args = parser.parse_args()

    seed = load_dataset(args.graph) if args.graph else _seed_build()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        per_copy = len(list(seed.quads((None, None, None, None))))
    copies = max(1, round(args.triples / len(merged_graph(seed))))
    with tempfile.TemporaryDirectory(prefix="store-bench-") as folder:
        data = Path(folder) / "graph.nq"
        start = time.perf_counter()
        quads = replicate(seed, copies, data)
        print(f"generated {quads:,} quads ({copies} copies of {per_copy}) in {time.perf_counter() - start:.1f} s")
        stores = _opened(args.stores, data, Path(folder) / "oxigraph")
        before = {path.stem: path.read_text(encoding="utf-8") for path in sorted(args.before.glob("*.rq"))} if (
            args.before
        ) else {}  # fmt: skip
        _table(stores, before, args.runs, args.patience)


def _seed_build() -> Dataset:
    from graph.build.pipeline import build

    return build([ROOT / "seeds"]).dataset


def _opened(kinds: list[str], data: Path, folder: Path) -> dict[str, TripleStore]:
    """The stores of ``kinds`` holding ``data``, each timed as it loads."""
    stores: dict[str, TripleStore] = {}
    loads: dict[str, float] = {}
    for kind in ("rdflib", "oxigraph"):
        if kind in kinds:
            start = time.perf_counter()
            stores[kind] = RdflibStore(load_dataset(data)) if kind == "rdflib" else OxigraphStore.for_file(data, folder)
            loads[kind] = time.perf_counter() - start
    triples = next(iter(stores.values())).query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").rows[0][0]
    print(f"merged graph: {int(triples):,} distinct triples (the default graph of every store)")  # type: ignore[arg-type]
    print(f"{'load':24}" + "".join(f" {loads[k]:10.2f} s" for k in stores))
    return stores


def _table(stores: dict[str, TripleStore], before: dict[str, str], runs: int, patience: float) -> None:
    """Time every named query (and its ``before`` text, if any) on every store, a line per query."""
    columns = [(kind, version) for kind in stores for version in (("before", "now") if before else ("now",))]
    print(f"{'query (median of ' + str(runs) + ')':24}"
          + "".join(f" {kind + (' before' if version == 'before' else ''):>12}" for kind, version in columns)
          + f" {'ratio':>9} {'rows':>8}")  # fmt: skip
    speaker = _busiest_speaker(next(iter(stores.values())))
    for name, query in named_queries().items():
        bindings: dict[str, Identifier] = {p.name: speaker for p in query.parameters}
        texts = {"now": query.text, "before": before.get(name)}
        queries = {(kind, version): (stores[kind], texts[version] or "") for kind, version in columns}
        timings = timed({c: q for c, q in queries.items() if q[1]}, bindings, runs, patience)
        print(_line(name, timings, columns, runs), flush=True)


def _line(name: str, timings: dict[Column, tuple[float, int, Answer]], columns: list[Column], runs: int) -> str:
    medians = {column: median for column, (median, _, _) in timings.items()}
    counts = {len(answer.rows) for _, _, answer in timings.values()}
    rows = str(counts.pop()) if len(counts) == 1 else "differ"
    notes = "".join(f"  ({' '.join(c)}: {n} of {runs} runs)" for c, (_, n, _) in timings.items() if n != runs)
    times = "".join(f" {medians[c]:10.3f} s" if c in medians else f" {'-':>12}" for c in columns)
    return f"{name:24}{times}{_ratio(medians, columns)} {rows:>8}{notes}"


def _ratio(seconds: dict[Column, float], columns: list[Column]) -> str:
    """With ``--before``, how many times faster the current queries are on the last store; else how many times
    slower rdflib is than Oxigraph, when both ran."""
    kind = columns[-1][0]
    if (kind, "before") in seconds:
        return f" {seconds[kind, 'before'] / seconds[kind, 'now']:8.1f}x"
    if ("rdflib", "now") in seconds and ("oxigraph", "now") in seconds:
        return f" {seconds['rdflib', 'now'] / seconds['oxigraph', 'now']:8.1f}x"
    return f" {'':9}"


def _busiest_speaker(store: TripleStore) -> Literal:
    answer = store.query(
        "SELECT ?name (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ng:speaker/rdfs:label ?name } "
        "GROUP BY ?name ORDER BY DESC(?n) ?name LIMIT 1"
    )
    return Literal(str(answer.rows[0][0]))


if __name__ == "__main__":
    main()
