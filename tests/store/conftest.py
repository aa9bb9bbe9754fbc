"""Both stores over the seed build, opened once per session."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from rdflib.term import Identifier

from graph.store import Answer, OxigraphStore, RdflibStore, StoreKind, load_dataset, open_store
from tests.conftest import SeedBuild

SEPARATOR = " | "
"""What the named queries join GROUP_CONCAT values with. SPARQL 1.1 leaves the order of GROUP_CONCAT open, and
rdflib and Oxigraph differ, so comparisons treat such a value as the set of its parts."""


@dataclass(frozen=True)
class Stores:
    graph_file: Path
    rdflib: RdflibStore
    oxigraph: OxigraphStore
    oxigraph_path: Path


@pytest.fixture(scope="session")
def stores(seed_build: SeedBuild, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stores]:
    graph_file = seed_build.out / "graph.trig"
    oxigraph_path = tmp_path_factory.mktemp("oxigraph") / "store"
    oxigraph = open_store(StoreKind.oxigraph, graph_file, oxigraph_path)
    assert isinstance(oxigraph, OxigraphStore)
    yield Stores(graph_file, RdflibStore(load_dataset(graph_file)), oxigraph, oxigraph_path)
    oxigraph.close()


def comparable(answer: Answer) -> list[tuple[Identifier | str | None, ...]]:
    """The rows as a sorted list, each GROUP_CONCAT value (joined by :data:`SEPARATOR`) as its sorted parts."""

    def cell(value: Identifier | None) -> Identifier | str | None:
        if value is not None and SEPARATOR in value:
            return SEPARATOR.join(sorted(value.split(SEPARATOR)))
        return value

    return sorted((tuple(cell(v) for v in row) for row in answer.rows), key=repr)
