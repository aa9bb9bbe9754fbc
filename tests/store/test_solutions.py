"""Oxigraph's answers read whole through its TSV writer hold the same rdflib terms as its solutions read one by one
(a page), and as rdflib's own answers where the two stores agree on the value."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.errors import QueryError
from graph.store import OxigraphStore, Page, RdflibStore, load_dataset

TERMS = r"""
SELECT ?term ?other WHERE {
  VALUES (?term ?other) {
    (1 -7) (1.5 .25) (1.0e3 -2E-1) (true false) ("plain" "") ("with\ttab\nline\rreturn" "quote \" and \\ backslash")
    ("Zürich — “quoted”"@de "x"@en-gb) ("2022-02-24"^^xsd:date "0042"^^xsd:integer) (<http://example.org/a> UNDEF)
    (UNDEF UNDEF) ("12"^^xsd:string "3.0"^^xsd:double)
  }
}
"""


@pytest.fixture(scope="module")
def stores(tmp_path_factory: pytest.TempPathFactory) -> tuple[RdflibStore, OxigraphStore]:
    graph = Path(tmp_path_factory.mktemp("solutions")) / "graph.nq"
    graph.write_text('<http://example.org/a> <http://example.org/p> "v" <http://example.org/g> .\n', "utf-8")
    return RdflibStore(load_dataset(graph)), OxigraphStore.in_memory(graph)


def test_every_kind_of_term_reads_as_one_by_one(stores: tuple[RdflibStore, OxigraphStore]) -> None:
    rdflib, oxigraph = stores
    whole = oxigraph.query(TERMS)
    assert whole.variables == ("term", "other")
    assert whole.rows == oxigraph.query(TERMS, page=Page()).rows
    assert (None, None) in whole.rows
    agreed = rdflib.query(TERMS).rows[:7]  # after these, Oxigraph writes 0042 as 42 and keeps a row of UNDEFs
    assert whole.rows[:7] == agreed


def test_answers_without_rows_or_without_variables(stores: tuple[RdflibStore, OxigraphStore]) -> None:
    _, oxigraph = stores
    assert oxigraph.query("SELECT ?x WHERE { ?x <http://example.org/none> ?y }").rows == ()
    assert oxigraph.query("SELECT * WHERE { }").rows == ((),)


def test_a_triple_term_is_refused(stores: tuple[RdflibStore, OxigraphStore]) -> None:
    _, oxigraph = stores
    with pytest.raises(QueryError):
        oxigraph.query("SELECT ?t WHERE { BIND (<<( <http://e/a> <http://e/b> <http://e/c> )>> AS ?t) }")
