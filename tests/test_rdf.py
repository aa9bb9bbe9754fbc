from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import RDF, Literal, URIRef
from rdflib.compare import isomorphic

from graph.merge.story import merge
from graph.rdf.mapping import SHARED_PREFIXES, merged_graph, mint, story_quads, to_dataset
from graph.rdf.text import from_rdflib, subject_text, to_rdflib
from graph.render import IndexedTriples
from graph.render.source import UNREAD
from graph.store import GraphFormat, load_dataset, load_graph, serialize, write_story
from graph.store.writers import Union
from graph.story import Story
from ontology import NG, validate
from tests.merge.test_actors import P, facts


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


def _two_article_story() -> Story:
    return merge([facts("a", ("Vladimir Putin", P), ("Zelensky", P), quotes=(("We will win this war together", 0),)),
                  facts("b", ("Putin", P), quotes=(("We will win this war together, all of us", 0),))])  # fmt: skip


def test_streamed_merged_graph_is_the_union_of_the_dataset() -> None:
    story = _two_article_story()
    union = Union(SHARED_PREFIXES)
    merged = [triple for _name, triples in story_quads(story) for triple in union.fresh(triples)]
    assert len(merged) == len(set(merged))  # each triple once, though both articles type Putin and the statement
    union = merged_graph(to_dataset(story))
    assert {tuple(map(to_rdflib, triple)) for triple in merged} == set(union)


def test_each_graph_lists_a_subjects_type_first() -> None:
    for _name, triples in story_quads(_two_article_story()):
        subjects = [s for s, _p, _o in triples]
        assert subjects == sorted(subjects)
        for subject in set(subjects):
            predicates = [p for s, p, _o in triples if s == subject]
            assert str(RDF.type) not in predicates or predicates[0] == str(RDF.type)


def test_written_turtle_and_trig_read_back_as_the_dataset(tmp_path: Path) -> None:
    story = _two_article_story()
    dataset = to_dataset(story)
    for fmt, suffix in ((GraphFormat.trig, ".trig"), (GraphFormat.turtle, ".ttl")):
        path = tmp_path / f"graph{suffix}"
        with path.open("wb") as handle:
            write_story(story, handle, fmt)
        assert isomorphic(load_graph(path), merged_graph(dataset))
        if fmt is GraphFormat.trig:
            quads = {(s, p, o, str(g)) for s, p, o, g in load_dataset(path).quads((None, None, None, None))}
            assert quads == {(s, p, o, str(g)) for s, p, o, g in dataset.quads((None, None, None, None))}
        assert path.read_bytes() == serialize(dataset, fmt)  # a build's file and an export of it are the same bytes


def test_map_reads_the_same_answers_from_text_triples() -> None:
    graph = merged_graph(to_dataset(_two_article_story()))
    triples = IndexedTriples([(subject_text(s), subject_text(p), from_rdflib(o)) for s, p, o in graph] * 2)
    for subject in set(graph.subjects()):
        for predicate in set(graph.predicates(subject)):  # values, as Oxigraph writes "1.00"^^xsd:decimal as "1"
            got = sorted(t.toPython() for t in triples.objects(subject, predicate))
            expected = (
                [] if str(predicate) in UNREAD else sorted(t.toPython() for t in graph.objects(subject, predicate))
            )
            assert got == expected
    assert sorted(triples.subjects(RDF.type, NG.Person)) == sorted(graph.subjects(RDF.type, NG.Person))
    assert sorted(triples.subject_objects(NG.mentions)) == sorted(graph.subject_objects(NG.mentions))


@pytest.mark.parametrize("fmt", [GraphFormat.trig, GraphFormat.nquads])
def test_an_export_keeps_a_graph_named_by_a_blank_node(tmp_path: Path, fmt: GraphFormat) -> None:
    source = tmp_path / "in.trig"
    source.write_text('_:g { <https://example.org/s> <https://example.org/p> "x"@EN-GB } <https://example.org/s> '
                      '<https://example.org/p> "y" .\n', encoding="utf-8")  # fmt: skip
    exported = tmp_path / f"out.{'trig' if fmt is GraphFormat.trig else 'nq'}"
    exported.write_bytes(serialize(load_dataset(source), fmt))
    quads = list(load_dataset(exported).quads((None, None, None, None)))
    assert len(quads) == 2
    assert {str(o) for _s, _p, o, _g in quads} == {"x", "y"}
    assert b"@en-gb" in exported.read_bytes()  # as pyoxigraph writes a tag


def test_a_count_back_is_a_date_with_its_length_as_its_own_triple() -> None:
    import datetime as dt

    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from graph.extract.dates import extract_times
    from graph.model import Article, ArticleFacts

    words = ["The", "mill", "closed", "two", "years", "ago", "and", "reopened", "yesterday", "."]
    ents = ["O", "O", "O", "B-DATE", "I-DATE", "I-DATE", "O", "O", "B-DATE", "O"]
    doc = Doc(Vocab(), words=words, ents=ents, sent_starts=[True] + [False] * (len(words) - 1))
    article = Article("a", doc.text, published=dt.date(2011, 10, 27))
    graph = merged_graph(to_dataset(merge([ArticleFacts(article, times=list(extract_times(doc, article)))])))
    found = {str(graph.value(t, NG.text)): (str(graph.value(t, NG.value)), graph.value(t, NG.length))
             for t in graph.subjects(RDF.type, NG.TimeExpression)}  # fmt: skip
    assert found == {"two years ago": ("2009", Literal("P2Y")), "yesterday": ("2011-10-26", None)}
    assert validate(graph).conforms
