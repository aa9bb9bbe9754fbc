"""The store bench's graph: copies of a build, renamed so that each copy is a story of its own."""

from __future__ import annotations

from pathlib import Path

from rdflib import Dataset, Literal

from bench.store_bench import replicate
from graph.rdf.iris import mint
from graph.store import RdflibStore, load_dataset
from ontology import NG


def test_a_copy_renames_the_articles_joined_in_a_timeline_cell(tmp_path: Path) -> None:
    seed = Dataset(default_union=True)
    cell = Literal(f"{mint('article', 'a')} | {mint('article', 'b')}")
    seed.graph(mint("graph", "a")).add((mint("statement", "s"), NG.timelineArticles, cell))
    assert replicate(seed, 2, tmp_path / "copies.nq") == 2
    copies = RdflibStore(load_dataset(tmp_path / "copies.nq"))
    cells = [str(row[0]) for row in copies.query("SELECT ?c WHERE { ?s ng:timelineArticles ?c } ORDER BY ?c").rows]
    expected = [f"{mint('article', 'a', f'copy{c}')} | {mint('article', 'b', f'copy{c}')}" for c in (0, 1)]
    assert cells == expected
