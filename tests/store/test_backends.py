"""rdflib and Oxigraph behind one interface: the same answers, the same errors, Oxigraph's folder reused."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from rdflib import RDFS, Literal, URIRef
from rdflib.compare import isomorphic

from graph.errors import GraphFileError, QueryError
from graph.store import (
    Answer,
    OxigraphStore,
    QueryKind,
    RdflibStore,
    StoreKind,
    TripleStore,
    default_store_path,
    named_queries,
    open_store,
)
from tests.store.conftest import Stores, comparable

pytestmark = pytest.mark.model
KNOWN_DIFFERENCES: dict[str, str] = {}
"""Named queries whose stores disagree for a reason outside the stores; strict, so a fixed query fails here."""
NAMED = [
    pytest.param(name, marks=pytest.mark.xfail(reason=KNOWN_DIFFERENCES[name], strict=True))
    if name in KNOWN_DIFFERENCES
    else name
    for name in sorted(named_queries())
]


def speakers(store: TripleStore) -> list[str]:
    answer = store.query("SELECT DISTINCT ?name WHERE { ?s ng:speaker/rdfs:label ?name } ORDER BY ?name")
    return [str(row[0]) for row in answer.rows]


def sample_bindings(stores: Stores, name: str) -> dict[str, Literal]:
    """Every declared parameter bound to the first actor name, most mentioned first, that gets rows from rdflib."""
    query = named_queries()[name]
    if not query.parameters:
        return {}
    names = stores.rdflib.query(
        "SELECT ?name (COUNT(?m) AS ?n) WHERE { ?actor rdfs:label ?name . OPTIONAL { ?m ng:refersTo ?actor } } "
        "GROUP BY ?name ORDER BY DESC(?n) ?name"
    ).rows
    for row in names:
        bindings = {p.name: Literal(str(row[0])) for p in query.parameters}
        if stores.rdflib.query(query.text, bindings).rows:
            return bindings
    pytest.fail(f"no actor of the seed build gets a row from {name!r}")


ENGINE_TEXTS = [(name, engine) for name, query in sorted(named_queries().items()) for engine, _ in query.engine_texts]
"""Every named query's text of its own for one engine (``NAME.ENGINE.rq``)."""


@pytest.mark.parametrize("name", NAMED)
def test_both_stores_give_the_same_rows_on_every_named_query(stores: Stores, name: str) -> None:
    """Each store runs the text the named query gives its kind, as ``newsgraph query --named`` does."""
    query = named_queries()[name]
    bindings = sample_bindings(stores, name)
    by_rdflib = stores.rdflib.query(query.text_for(stores.rdflib.kind), bindings)
    by_oxigraph = stores.oxigraph.query(query.text_for(stores.oxigraph.kind), bindings)
    assert_same_rows(by_rdflib, by_oxigraph)


@pytest.mark.parametrize(("name", "engine"), ENGINE_TEXTS)
def test_an_engines_own_text_gives_the_rows_of_the_named_query_on_both_stores(
    stores: Stores, name: str, engine: str
) -> None:
    query = named_queries()[name]
    own = query.text_for(engine)
    assert own != query.text
    bindings = sample_bindings(stores, name)
    expected = stores.rdflib.query(query.text, bindings)
    assert expected.rows
    for store in (stores.rdflib, stores.oxigraph):
        assert_same_rows(expected, store.query(query.text, bindings))
        assert_same_rows(expected, store.query(own, bindings))


def assert_same_rows(expected: Answer, answer: Answer) -> None:
    assert expected.variables == answer.variables
    only_expected = set(comparable(expected)) - set(comparable(answer))
    only_answer = set(comparable(answer)) - set(comparable(expected))
    differences = f"only expected: {only_expected}\nonly answered: {only_answer}"
    assert comparable(expected) == comparable(answer), differences
    assert expected.rows == answer.rows, "the same rows in the same order, each joined cell in one order"


def test_default_graph_is_the_merged_graph_and_graph_reaches_each_article(stores: Stores) -> None:
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    per_graph = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
    for store in (stores.rdflib, stores.oxigraph):
        assert store.query(count).rows == stores.rdflib.query(count).rows, "each triple counted once"
        assert comparable(store.query(per_graph)) == comparable(stores.rdflib.query(per_graph))
    graphs = {row[0] for row in stores.oxigraph.query(per_graph).rows}
    articles = stores.oxigraph.query("SELECT ?a WHERE { ?a a ng:Article }").rows
    assert len(graphs) == len(articles) > 1, "one named graph per article"
    assert all("/graph/" in str(g) for g in graphs)


@pytest.mark.parametrize("kind", list(StoreKind))
def test_ask_construct_and_describe(stores: Stores, kind: StoreKind) -> None:
    store = stores.rdflib if kind is StoreKind.rdflib else stores.oxigraph
    assert store.query("ASK { ?s a ng:Statement }").boolean is True
    assert store.query("ASK { ?s a ng:Nothing }").boolean is False
    built = store.query("CONSTRUCT { ?s ng:speaker ?o } WHERE { ?s ng:speaker ?o }")
    assert built.kind is QueryKind.graph and built.graph is not None
    assert isomorphic(built.graph, stores.rdflib.query("CONSTRUCT WHERE { ?s ng:speaker ?o }").graph)  # type: ignore[arg-type]
    first = "WHERE { ?x a ng:Person ; rdfs:label ?label } ORDER BY ?label ?x LIMIT 1"
    person, label = store.query("SELECT ?x ?label " + first).rows[0]
    described = store.query("DESCRIBE ?x " + first)
    assert described.kind is QueryKind.graph and described.graph is not None
    assert (person, RDFS.label, label) in described.graph
    assert set(described.graph.subjects()) >= {person}


@pytest.mark.parametrize("kind", list(StoreKind))
def test_bindings_are_values_never_query_text(stores: Stores, kind: StoreKind) -> None:
    store = stores.rdflib if kind is StoreKind.rdflib else stores.oxigraph
    name = speakers(store)[0]
    query = "SELECT ?who ?name WHERE { ?who rdfs:label ?name }"
    assert store.query(query, {"name": Literal(name)}).rows
    assert not store.query(query, {"name": Literal(name + '" } ?a ?b ?c { "')}).rows
    iri = store.query(query, {"name": Literal(name)}).rows[0][0]
    assert isinstance(iri, URIRef)
    assert store.query("SELECT ?who ?name WHERE { ?who rdfs:label ?name }", {"who": iri}).rows[0][1] == Literal(name)


@pytest.mark.parametrize("kind", list(StoreKind))
@pytest.mark.parametrize(("query", "line"), [("SELECT ?x WHERE { ?x a", 1), ("SELECT ?x\nWHERE {\n  ?x ?p ?o ?q }", 3)])
def test_syntax_errors_say_where(stores: Stores, kind: StoreKind, query: str, line: int) -> None:
    store = stores.rdflib if kind is StoreKind.rdflib else stores.oxigraph
    with pytest.raises(QueryError, match=rf"syntax error at line {line}, column \d+"):
        store.query(query)


def test_undeclared_prefix_is_an_error_naming_it_on_both(stores: Stores) -> None:
    for store in (stores.rdflib, stores.oxigraph):
        with pytest.raises(QueryError, match="unknown prefix nope:"):
            store.query("SELECT ?x WHERE { ?x a nope:Thing }")


def test_oxigraph_refuses_a_binding_it_cannot_apply(stores: Stores) -> None:
    with pytest.raises(QueryError, match="must be projected"):
        stores.oxigraph.query("SELECT ?who WHERE { ?who rdfs:label ?name }", {"name": Literal("x")})


def test_oxigraph_folder_is_reused_while_the_file_is_unchanged_and_reloaded_when_it_changes(
    stores: Stores, tmp_path: Path
) -> None:
    graph_file = tmp_path / "graph.trig"
    shutil.copy(stores.graph_file, graph_file)
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    first = open_store(StoreKind.oxigraph, graph_file)
    expected = first.query(count).rows
    assert default_store_path(graph_file).is_dir()
    reader_a = open_store(StoreKind.oxigraph, graph_file)  # read-only: any number at once, beside a writer too
    reader_b = open_store(StoreKind.oxigraph, graph_file)
    assert reader_a.query(count).rows == reader_b.query(count).rows == expected
    for store in (first, reader_a, reader_b):
        store.close()
    with graph_file.open("a", encoding="utf-8") as out:
        out.write("\n<urn:x:s> <urn:x:p> <urn:x:o> .\n")
    os.utime(graph_file, ns=(graph_file.stat().st_atime_ns, graph_file.stat().st_mtime_ns + 1_000_000_000))
    reloaded = open_store(StoreKind.oxigraph, graph_file)
    assert int(reloaded.query(count).rows[0][0]) == int(expected[0][0]) + 1  # type: ignore[arg-type]
    reloaded.close()


def test_missing_or_broken_graph_files_are_graph_file_errors(tmp_path: Path) -> None:
    broken = tmp_path / "broken.ttl"
    broken.write_text("<urn:a> <urn:b> .\n", encoding="utf-8")
    for kind in StoreKind:
        with pytest.raises(GraphFileError, match="not found"):
            open_store(kind, tmp_path / "missing.trig")
        with pytest.raises(GraphFileError, match="does not parse"):
            open_store(kind, broken, tmp_path / f"{kind.value}-store")


def test_in_memory_oxigraph_matches_the_folder(stores: Stores) -> None:
    memory = OxigraphStore.in_memory(stores.graph_file)
    query = named_queries()["statements"].text
    assert comparable(memory.query(query)) == comparable(stores.oxigraph.query(query))
    assert isinstance(stores.rdflib, RdflibStore)
