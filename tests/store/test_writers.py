"""The text writers give pyoxigraph's bytes: pyoxigraph's own writers, fed the same triples in the same order, are the
oracle, over random graphs of every kind of term (not only those newsgraph writes) in any order."""

from __future__ import annotations

import io
from collections.abc import Iterator

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import RDF, RDFS, XSD

from graph.rdf.text import TextTriple, link, text, to_oxigraph, typed
from graph.store.writers import Terms, TrigWriter, TurtleWriter, Union, write_lines
from ontology import NG, NGD, prefixes

_NODES = [f"{NGD}actor/person/{name}" for name in ("putin", "putin-2", "a", "a.b")] + [
    f"{NGD}statement/doc/1-10",
    str(NG.Person),
    "http://example.org/x",
    "_:b1",
]
_PREDICATES = [str(RDF.type), str(RDFS.label), str(NG.text), str(NG.speaker), "http://purl.org/dc/terms/title",
               "http://example.org/p"]  # fmt: skip
_LEXICAL = st.sampled_from(["5", "-5", "+5", "01", "0.85", ".5", "1", "1.5e3", "true", "True", "2022-09-12", "x y"])
_DATATYPES = st.sampled_from(
    [str(XSD.integer), str(XSD.decimal), str(XSD.boolean), str(XSD.date), str(XSD.double), str(XSD.anyURI),
     str(XSD.string), "http://example.org/type"]
)  # fmt: skip
_TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=12)
_OBJECTS = st.one_of(
    st.sampled_from(_NODES).map(lambda node: node if node.startswith("_:") else link(node)),
    _TEXT.map(text),
    st.builds(typed, _LEXICAL | _TEXT, _DATATYPES),
    st.builds(lambda value, tag: f"{text(value)}@{tag}", _TEXT, st.sampled_from(["en", "ru", "en-gb"])),
)
_TRIPLES = st.lists(st.tuples(st.sampled_from(_NODES), st.sampled_from(_PREDICATES), _OBJECTS), max_size=12)
_GRAPHS = st.lists(st.tuples(st.sampled_from([None, f"{NGD}graph/a", f"{NGD}graph/b", "_:g"]), _TRIPLES), max_size=4)


def _pyoxigraph(items: list[ox.Quad] | list[ox.Triple], fmt: ox.RdfFormat) -> bytes:
    out = io.BytesIO()
    plain = fmt in (ox.RdfFormat.N_TRIPLES, ox.RdfFormat.N_QUADS)
    ox.serialize(items, out, fmt, prefixes=None if plain else prefixes())
    return out.getvalue()


def _quad(triple: TextTriple, name: str | None) -> ox.Quad:
    graph = ox.DefaultGraph() if name is None else to_oxigraph(name)
    return ox.Quad(*(to_oxigraph(term) for term in triple), graph)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_GRAPHS)
def test_trig_and_n_quads_are_pyoxigraphs_bytes(graphs: list[tuple[str | None, list[TextTriple]]]) -> None:
    quads = [_quad(triple, name) for name, triples in graphs for triple in triples]
    out = io.BytesIO()
    writer = TrigWriter(out, Terms(prefixes()))
    for name, triples in graphs:
        writer.graph(name, triples)
    writer.close()
    assert out.getvalue() == _pyoxigraph(quads, ox.RdfFormat.TRIG)
    out = io.BytesIO()
    write_lines(graphs, out, quads=True)
    assert out.getvalue() == _pyoxigraph(quads, ox.RdfFormat.N_QUADS)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_GRAPHS)
def test_turtle_and_n_triples_are_pyoxigraphs_bytes(graphs: list[tuple[str | None, list[TextTriple]]]) -> None:
    union = Union()
    merged = [triple for _name, triples in graphs for triple in union.fresh(triples)]
    triples = [ox.Triple(*(to_oxigraph(term) for term in triple)) for triple in merged]
    out = io.BytesIO()
    writer = TurtleWriter(out, Terms(prefixes()))
    for part in (merged[: len(merged) // 2], merged[len(merged) // 2 :]):  # a subject may go on across calls
        writer.add(part)
    writer.close()
    assert out.getvalue() == _pyoxigraph(triples, ox.RdfFormat.TURTLE)
    out = io.BytesIO()
    write_lines([(None, merged)], out, quads=False)
    assert out.getvalue() == _pyoxigraph(triples, ox.RdfFormat.N_TRIPLES)


def test_union_remembers_only_the_subjects_it_is_told_repeat() -> None:
    shared, own = (f"{NGD}actor/person/putin", str(RDFS.label), text("Putin")), (f"{NGD}mention/a/1-2", "p", "<x>")
    union = Union((f"{NGD}actor/",))
    assert union.fresh([shared, own]) == [shared, own]
    assert union.fresh([shared, own]) == [own]
    assert union.seen == {shared}


def test_a_prefix_over_data_iris_is_refused() -> None:
    with pytest.raises(ValueError, match="abbreviate data IRIs"):
        Terms({**prefixes(), "ngd": str(NGD)})


@pytest.mark.parametrize("fmt", ["trig", "turtle", "nquads"])
def test_a_large_graph_is_written_as_it_goes(fmt: str) -> None:
    out = io.BytesIO()
    written_before_the_end = []

    def triples() -> Iterator[TextTriple]:
        for i in range(100_000):
            yield f"{NGD}mention/a/{i}", str(NG.text), text(f"mention {i}")
        written_before_the_end.append(out.tell())

    if fmt == "nquads":
        write_lines([(f"{NGD}graph/a", triples())], out, quads=True)
    elif fmt == "trig":
        trig = TrigWriter(out, Terms(prefixes()))
        trig.graph(f"{NGD}graph/a", triples())
        trig.close()
    else:
        turtle = TurtleWriter(out, Terms(prefixes()))
        turtle.add(triples())
        turtle.close()
    assert written_before_the_end[0] > len(out.getvalue()) // 2
