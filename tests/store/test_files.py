"""Every export format is valid for other tools: re-parsed by Oxigraph, it is the graph rdflib wrote."""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import Any

import pytest
from rdflib import Dataset, Graph
from rdflib.compare import graph_diff, isomorphic, to_isomorphic
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.term import Identifier
from typer.testing import CliRunner

from cli.app import app
from graph.store import DATASET_FORMATS, GraphFormat, load_dataset
from graph.store.backends import from_oxigraph
from tests.conftest import SeedBuild

pytestmark = pytest.mark.model
SUFFIXES = {"turtle": "ttl", "trig": "trig", "nt": "nt", "nquads": "nq", "jsonld": "jsonld"}
Quad = tuple[Identifier, Identifier, Identifier, Identifier | None]


def oxigraph_format(fmt: GraphFormat) -> Any:
    from tests.oxigraph_formats import OXIGRAPH_FORMATS

    return OXIGRAPH_FORMATS[fmt]


def parsed_by_oxigraph(path: Path, fmt: GraphFormat) -> list[Quad]:
    import pyoxigraph

    quads: list[Quad] = []
    for quad in pyoxigraph.parse(path=str(path), format=oxigraph_format(fmt)):
        default = isinstance(quad.graph_name, pyoxigraph.DefaultGraph)
        graph = None if default else from_oxigraph(quad.graph_name)
        quads.append((from_oxigraph(quad.subject), from_oxigraph(quad.predicate), from_oxigraph(quad.object), graph))
    return quads


def rdflib_quads(dataset: Dataset) -> set[Quad]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        return {
            (s, p, o, None if g is None or g == DATASET_DEFAULT_GRAPH_ID else g)
            for s, p, o, g in dataset.quads((None, None, None, None))
        }


def as_graph(quads: list[Quad]) -> Graph:
    graph = Graph()
    for s, p, o, _ in quads:
        graph.add((s, p, o))
    return graph


def assert_isomorphic(found: Graph, expected: Graph) -> None:
    if not isomorphic(found, expected):
        _, only_found, only_expected = graph_diff(to_isomorphic(found), to_isomorphic(expected))
        pytest.fail(f"graphs differ:\n{only_found.serialize()}\n---\n{only_expected.serialize()}")


@pytest.mark.parametrize("fmt", list(GraphFormat))
def test_oxigraph_reads_every_export_as_the_graph_rdflib_wrote(
    seed_build: SeedBuild, tmp_path: Path, fmt: GraphFormat
) -> None:
    source = seed_build.out / "graph.trig"
    target = tmp_path / f"export.{SUFFIXES[fmt.value]}"
    run = CliRunner().invoke(app, ["export", "--graph", str(source), "--format", fmt.value, "--output", str(target)])
    assert run.exit_code == 0, run.output
    dataset = load_dataset(source)
    quads = parsed_by_oxigraph(target, fmt)
    assert_isomorphic(as_graph(quads), as_graph(list(rdflib_quads(dataset))))
    if fmt.value in DATASET_FORMATS:
        assert set(quads) == rdflib_quads(dataset), "every triple keeps the graph (article) it came from"
        articles = {s for s, _, o, _ in quads if str(o).endswith("#Article")}
        named = {g for *_, g in quads if g is not None}
        assert len(named) == len(articles) > 1, "one named graph per article"
    else:
        assert {g for *_, g in quads} == {None}, "a merged format has only the default graph"


def test_oxigraph_store_loads_the_trig_with_its_named_graphs(seed_build: SeedBuild) -> None:
    import pyoxigraph

    store = pyoxigraph.Store()
    store.load(path=str(seed_build.out / "graph.trig"), format=pyoxigraph.RdfFormat.TRIG)
    named = {str(g.value) for g in store.named_graphs()}
    expected = {str(g) for *_, g in rdflib_quads(load_dataset(seed_build.out / "graph.trig")) if g is not None}
    assert named == expected
    assert len(store) == len(rdflib_quads(load_dataset(seed_build.out / "graph.trig")))
