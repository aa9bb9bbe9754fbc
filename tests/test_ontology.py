"""The ontology, the typed namespace, the shapes, the JSON-LD context and docs/architecture.md name one vocabulary."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from inspect import get_annotations
from pathlib import Path
from typing import Any, TypeGuard

import pytest
from rdflib import OWL, RDF, RDFS, SH, XSD, BNode, Graph, Literal, URIRef
from rdflib.compare import graph_diff, isomorphic
from rdflib.term import Node

import ontology
from ontology import NG, NGD, bind_prefixes, load_ontology, load_shapes, validate

NG_NS = str(NG)
TERM_KINDS = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)
NG_NAMES = sorted(name for name in get_annotations(NG) if not name.startswith("_"))
ARCHITECTURE = Path(__file__).parents[1] / "docs" / "architecture.md"
DOC_SECTIONS = {
    "Classes": OWL.Class,
    "Object properties": OWL.ObjectProperty,
    "Datatype properties": OWL.DatatypeProperty,
}


def is_ng(node: Node | None) -> TypeGuard[URIRef]:
    return isinstance(node, URIRef) and node.startswith(NG_NS)


def declared_terms() -> dict[URIRef, set[URIRef]]:
    """Every ng: subject the ontology types as a class or property, with the kinds it is typed as."""
    terms: dict[URIRef, set[URIRef]] = {}
    for kind in TERM_KINDS:
        for term in load_ontology().subjects(RDF.type, kind):
            if is_ng(term):
                terms.setdefault(term, set()).add(kind)
    return terms


def documented_terms() -> dict[URIRef, URIRef]:
    """The ng: terms of the vocabulary tables in docs/architecture.md, with the kind their table gives them."""
    terms: dict[URIRef, URIRef] = {}
    kind = None
    for line in ARCHITECTURE.read_text(encoding="utf-8").splitlines():
        if line.strip() in DOC_SECTIONS:
            kind = DOC_SECTIONS[line.strip()]
        elif kind is not None and line.startswith("| ng:"):
            for name in line.split("|")[1].split(","):
                terms[URIRef(NG_NS + name.strip().removeprefix("ng:"))] = kind
    return terms


def local_names(terms: set[URIRef]) -> list[str]:
    return sorted(term.removeprefix(NG_NS) for term in terms)


# The ontology and the namespace class


def test_ontology_parses_with_its_header() -> None:
    header = URIRef("https://w3id.org/newsgraph/ontology")
    g = load_ontology()
    assert (header, RDF.type, OWL.Ontology) in g
    assert g.value(header, OWL.versionInfo) == Literal("0.1.0")
    for predicate in (RDFS.label, RDFS.comment, URIRef("http://purl.org/dc/terms/license")):
        assert g.value(header, predicate) is not None, predicate


def test_ontology_and_namespace_class_name_the_same_terms() -> None:
    in_turtle = set(local_names(set(declared_terms())))
    in_class = set(NG_NAMES)
    assert in_turtle == in_class, (
        f"only in newsgraph.ttl: {sorted(in_turtle - in_class)}; only in namespace.NG: {sorted(in_class - in_turtle)}"
    )


def test_ontology_declares_exactly_the_documented_terms() -> None:
    documented = documented_terms()
    declared = declared_terms()
    assert set(declared) == set(documented), (
        f"only in newsgraph.ttl: {local_names(set(declared) - set(documented))}; "
        f"only in architecture.md: {local_names(set(documented) - set(declared))}"
    )
    wrong_kind = {term.removeprefix(NG_NS) for term, kinds in declared.items() if kinds != {documented[term]}}
    assert not wrong_kind, f"declared with another kind than architecture.md gives: {sorted(wrong_kind)}"


def test_every_ng_iri_the_ontology_uses_is_declared() -> None:
    used = {node for triple in load_ontology() for node in triple if is_ng(node)}
    assert not used - set(declared_terms()), f"undeclared: {local_names(used - set(declared_terms()))}"


def test_namespace_class_is_closed() -> None:
    assert NG.speaker == URIRef(NG_NS + "speaker")
    with pytest.raises(AttributeError):
        _ = NG.speakr


@pytest.mark.parametrize("name", NG_NAMES)
def test_every_term_has_a_label_and_a_comment(name: str) -> None:
    g = load_ontology()
    assert g.value(NG[name], RDFS.label) is not None
    assert g.value(NG[name], RDFS.comment) is not None


def test_every_class_is_aligned() -> None:
    g = load_ontology()
    unaligned = {c for c in g.subjects(RDF.type, OWL.Class) if is_ng(c) and g.value(c, RDFS.subClassOf) is None}
    assert not unaligned, f"no rdfs:subClassOf: {local_names(unaligned)}"


@pytest.mark.parametrize("kind", [OWL.ObjectProperty, OWL.DatatypeProperty])
def test_every_property_has_one_domain_and_one_range(kind: URIRef) -> None:
    g = load_ontology()
    for prop in g.subjects(RDF.type, kind):
        assert len(list(g.objects(prop, RDFS.domain))) == 1, prop
        (range_,) = g.objects(prop, RDFS.range)
        assert str(range_).startswith(str(XSD)) == (kind == OWL.DatatypeProperty), prop


def test_bind_prefixes_binds_the_newsgraph_prefixes() -> None:
    g = Graph()
    bind_prefixes(g)
    prefixes = dict(g.namespaces())
    assert prefixes["ng"] == URIRef(NG_NS)
    assert prefixes["ngd"] == URIRef(str(NGD))
    assert prefixes["sem"] == URIRef("http://semanticweb.cs.vu.nl/2009/11/sem/")
    assert {"schema", "prov", "time", "skos", "xsd", "rdfs", "owl", "dcterms"} <= set(prefixes)


# The shapes


def test_shapes_name_only_declared_classes_and_properties() -> None:
    shapes = load_shapes()
    declared = declared_terms()
    classes = set(shapes.objects(None, SH.targetClass)) | set(shapes.objects(None, SH["class"]))
    undeclared_classes = {str(c) for c in classes if not is_ng(c) or OWL.Class not in declared.get(c, set())}
    assert not undeclared_classes, f"shapes name undeclared classes: {sorted(undeclared_classes)}"
    paths = set(shapes.objects(None, SH.path)) | set(shapes.objects(None, SH.inversePath))
    undeclared_paths = {p for p in paths if is_ng(p) and p not in declared}
    assert not undeclared_paths, f"shapes name undeclared properties: {sorted(undeclared_paths)}"


ARTICLE = NGD["article/a1"]
OUTLET = NGD["outlet/tass"]
PERSON = NGD["actor/ella-pamfilova"]
STATEMENT = NGD["statement/s1"]
REPORT = NGD["report/a1-0"]
MENTION = NGD["mention/a1-0"]
TIME = NGD["time/a1-0"]
OTHER = NGD["statement/s2"]


def valid_graph() -> Graph:
    """One article, its publisher, a person who said one thing, one report of it, one mention and one date."""
    g = Graph()
    triples: list[tuple[URIRef, URIRef, URIRef | Literal]] = [
        (ARTICLE, RDF.type, NG.Article),
        (ARTICLE, NG.title, Literal("Election commission head speaks")),
        (ARTICLE, NG.sourceFile, Literal("seeds/000.txt")),
        (ARTICLE, NG.published, Literal(dt.date(2022, 9, 12))),
        (ARTICLE, NG.publisher, OUTLET),
        (ARTICLE, NG.mentions, PERSON),
        (OUTLET, RDF.type, NG.Outlet),
        (OUTLET, RDFS.label, Literal("TASS")),
        (PERSON, RDF.type, NG.Person),
        (PERSON, RDFS.label, Literal("Ella Pamfilova")),
        (PERSON, NG.alias, Literal("Pamfilova")),
        (PERSON, NG.role, Literal("head of the Central Election Commission")),
        (STATEMENT, RDF.type, NG.Statement),
        (STATEMENT, RDFS.label, Literal("The vote was fair")),
        (STATEMENT, NG.speaker, PERSON),
        (STATEMENT, NG.text, Literal("The vote was fair")),
        (STATEMENT, NG.reportCount, Literal(1)),
        (STATEMENT, NG.outletCount, Literal(1)),
        (REPORT, RDF.type, NG.Report),
        (REPORT, NG.reportOf, STATEMENT),
        (REPORT, NG.reportedIn, ARTICLE),
        (REPORT, NG.text, Literal("The vote was fair")),
        (REPORT, NG.sentence, Literal('"The vote was fair," Pamfilova said on Sunday.')),
        (REPORT, NG.startOffset, Literal(101)),
        (REPORT, NG.endOffset, Literal(118)),
        (REPORT, NG.via, OUTLET),
        (REPORT, NG.statedOn, TIME),
        (MENTION, RDF.type, NG.Mention),
        (MENTION, NG.refersTo, PERSON),
        (MENTION, NG.inArticle, ARTICLE),
        (MENTION, NG.text, Literal("Pamfilova")),
        (MENTION, NG.startOffset, Literal(121)),
        (MENTION, NG.endOffset, Literal(130)),
        (TIME, RDF.type, NG.TimeExpression),
        (TIME, NG.inArticle, ARTICLE),
        (TIME, NG.text, Literal("Sunday")),
        (TIME, NG.value, Literal("2022-09-11")),
        (TIME, NG.granularity, Literal("day")),
        (TIME, NG.start, Literal(dt.date(2022, 9, 11))),
        (TIME, NG.end, Literal(dt.date(2022, 9, 11))),
        (TIME, NG.anchor, Literal(dt.date(2022, 9, 12))),
        (TIME, NG.startOffset, Literal(139)),
        (TIME, NG.endOffset, Literal(145)),
    ]
    for triple in triples:
        g.add(triple)
    return g


def test_valid_graph_conforms_and_is_left_unchanged() -> None:
    data = valid_graph()
    report = validate(data)
    assert report.violations == []
    assert report.conforms
    assert isomorphic(data, valid_graph()), "validate() modified its input"


INVALID: list[tuple[str, Callable[[Graph], Any], URIRef, str]] = [
    ("report without reportedIn", lambda g: g.remove((REPORT, NG.reportedIn, None)), REPORT, NG.reportedIn),
    ("fortnight granularity", lambda g: g.set((TIME, NG.granularity, Literal("fortnight"))), TIME, NG.granularity),
    ("length not a duration", lambda g: g.set((TIME, NG.length, Literal("two years"))), TIME, NG.length),
    ("negative mention offset", lambda g: g.set((MENTION, NG.startOffset, Literal(-1))), MENTION, NG.startOffset),
    ("report ends before it starts", lambda g: g.set((REPORT, NG.endOffset, Literal(100))), REPORT, NG.startOffset),
    ("empty report text", lambda g: g.set((REPORT, NG.text, Literal(""))), REPORT, NG.text),
    ("two speakers", lambda g: g.add((STATEMENT, NG.speaker, OUTLET)), STATEMENT, NG.speaker),
    ("person as publisher", lambda g: g.set((ARTICLE, NG.publisher, PERSON)), ARTICLE, NG.publisher),
    ("date as free text", lambda g: g.set((ARTICLE, NG.published, Literal("12 September"))), ARTICLE, NG.published),
    ("actor without label", lambda g: g.remove((PERSON, RDFS.label, None)), PERSON, RDFS.label),
    ("mention of an unknown node", lambda g: g.set((MENTION, NG.refersTo, BNode())), MENTION, NG.refersTo),
    ("statement nobody reports", lambda g: g.add((OTHER, RDF.type, NG.Statement)), OTHER, f"^{NG.reportOf}"),
]


@pytest.mark.parametrize(("mutate", "focus", "path"), [case[1:] for case in INVALID], ids=[c[0] for c in INVALID])
def test_invalid_graph_names_the_failing_node(mutate: Callable[[Graph], Any], focus: URIRef, path: str) -> None:
    data = valid_graph()
    mutate(data)
    report = validate(data)
    assert not report.conforms
    assert (str(focus), str(path)) in {(v.focus, v.path) for v in report.violations}, report.violations
    assert all(v.severity == "Violation" and v.message for v in report.violations)
    assert validate(data) == report, "the same graph gave a different report"


# The JSON-LD context


def test_context_maps_every_term_with_its_type() -> None:
    context = json.loads(ontology.CONTEXT_PATH.read_text(encoding="utf-8"))["@context"]
    g = load_ontology()
    for term in declared_terms():
        name = term.removeprefix(NG_NS)
        entry = context.get(name)
        assert entry is not None, f"{name} missing from context.jsonld"
        iri, type_ = (entry, None) if isinstance(entry, str) else (entry["@id"], entry.get("@type"))
        assert iri == f"ng:{name}"
        if (term, RDF.type, OWL.ObjectProperty) in g:
            assert type_ == "@id", name
        elif (term, RDF.type, OWL.DatatypeProperty) in g:
            range_ = str(g.value(term, RDFS.range))
            assert type_ == (None if range_ == str(XSD.string) else f"xsd:{range_.removeprefix(str(XSD))}"), name


# rdflib 7.6's own JSON-LD parser builds a ConjunctiveGraph internally, which rdflib itself deprecates.
@pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")
def test_context_expands_a_document_to_ng_triples() -> None:
    context = json.loads(ontology.CONTEXT_PATH.read_text(encoding="utf-8"))["@context"]
    document = {
        "@context": context,
        "id": "ngd:report/a1-0",
        "type": "Report",
        "reportOf": "ngd:statement/s1",
        "text": "The vote was fair",
        "startOffset": 101,
        "statedOn": {"id": "ngd:time/a1-0", "start": "2022-09-11"},
    }
    expected = Graph()
    for triple in [
        (REPORT, RDF.type, NG.Report),
        (REPORT, NG.reportOf, STATEMENT),
        (REPORT, NG.text, Literal("The vote was fair")),
        (REPORT, NG.startOffset, Literal("101", datatype=XSD.integer)),
        (REPORT, NG.statedOn, TIME),
        (TIME, NG.start, Literal("2022-09-11", datatype=XSD.date)),
    ]:
        expected.add(triple)
    parsed = Graph().parse(data=json.dumps(document), format="json-ld")
    _, only_parsed, only_expected = graph_diff(parsed, expected)
    assert isomorphic(parsed, expected), (
        f"only parsed:\n{only_parsed.serialize(format='nt')}\nonly expected:\n{only_expected.serialize(format='nt')}"
    )
