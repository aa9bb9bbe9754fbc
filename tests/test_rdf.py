from __future__ import annotations

import pytest
from rdflib import URIRef

from graph.merge import merge
from graph.rdf import merged_graph, mint, to_dataset
from ontology import NG, validate
from tests.test_merge import P, facts


@pytest.mark.parametrize("name", ["Vladimir Putin", "Путин", 'a <b> "c" \\ d\n', "x" * 500, ""])
def test_mint_is_deterministic_and_valid(name: str) -> None:
    iri = mint("actor", name)
    assert iri == mint("actor", name)
    assert not any(ch in str(iri) for ch in ' <>"{}|\\^`\n')


def test_mint_keeps_distinct_non_ascii_names_apart() -> None:
    assert mint("actor", "Путин") != mint("actor", "Зеленский")


def test_mint_refuses_unknown_kinds() -> None:
    with pytest.raises(ValueError, match="unknown IRI kind"):
        mint("thing", "x")


def test_small_story_maps_to_valid_rdf_with_one_named_graph_per_article() -> None:
    story = merge([facts("a", ("Vladimir Putin", P), quotes=(("We will win this war together", 0),)),
                   facts("b", ("Putin", P), quotes=(("We will win this war together, all of us", 0),))])  # fmt: skip
    dataset = to_dataset(story)
    graphs = {str(g.identifier) for g in dataset.graphs() if len(g)}
    assert {str(mint("graph", "a")), str(mint("graph", "b"))} <= graphs
    graph = merged_graph(dataset)
    statements = set(graph.subjects(predicate=NG.speaker))
    assert len(statements) == 1
    assert isinstance(next(iter(statements)), URIRef)
    report = validate(graph)
    assert report.conforms, report.violations
