"""Terms as text: the same text as pyoxigraph's ``str()`` of the same term, and back to the same rdflib term."""

from __future__ import annotations

import pyoxigraph as ox
from hypothesis import given
from hypothesis import strategies as st
from rdflib import XSD, BNode, Literal, URIRef

from graph.rdf.text import escaped, from_rdflib, subject_text, text, to_oxigraph, to_rdflib, typed, unescaped

_TEXT = st.text(st.characters(exclude_categories=("Cs",)))


@given(_TEXT)
def test_a_string_reads_as_pyoxigraph_writes_it_and_back(value: str) -> None:
    assert text(value) == str(ox.Literal(value))
    assert unescaped(escaped(value)) == value
    assert to_rdflib(text(value)) == Literal(value)
    assert to_oxigraph(text(value)) == ox.Literal(value)


@given(_TEXT, st.sampled_from([str(XSD.integer), str(XSD.date), "http://example.org/t"]))
def test_a_typed_literal_reads_as_pyoxigraph_writes_it_and_back(value: str, datatype: str) -> None:
    term = typed(value, datatype)
    assert term == str(ox.Literal(value, datatype=ox.NamedNode(datatype)))
    assert to_oxigraph(term) == ox.Literal(value, datatype=ox.NamedNode(datatype))
    assert to_rdflib(term) == Literal(value, datatype=URIRef(datatype))  # rdflib reads "00" as 0: the same integer
    assert to_rdflib(term).datatype == URIRef(datatype)  # type: ignore[union-attr]


@given(_TEXT, st.sampled_from(["en", "ru-RU"]))
def test_rdflib_terms_go_to_text_and_back(value: str, language: str) -> None:
    terms = [URIRef("https://example.org/a"), BNode("b1"), Literal(value), Literal(value, lang=language),
             Literal(value, datatype=XSD.string), Literal("5", datatype=XSD.integer)]  # fmt: skip
    for term in terms:
        back = to_rdflib(from_rdflib(term))
        plain = isinstance(term, Literal) and term.datatype == XSD.string
        assert back == (Literal(value) if plain else term)
    assert subject_text(URIRef("https://example.org/a")) == "https://example.org/a"
    assert to_rdflib(subject_text(BNode("b1"))) == BNode("b1")


def test_text_is_pyoxigraphs_for_an_upper_case_tag_and_an_explicit_xsd_string() -> None:
    assert from_rdflib(Literal("x", lang="EN-gb")) == str(ox.Literal("x", language="EN-gb")) == '"x"@en-gb'
    xsd_string = ox.Literal("x", datatype=ox.NamedNode(str(XSD.string)))
    assert typed("x", str(XSD.string)) == from_rdflib(Literal("x", datatype=XSD.string)) == str(xsd_string) == '"x"'
