"""The named queries: every .rq file parses on both engines and declares what it needs; said-by and about answer
for one actor however the actor is named."""

from __future__ import annotations

import re

import pytest
from rdflib import Literal, URIRef
from rdflib.term import Identifier

from graph.errors import QueryError
from graph.merge.events import made_in
from graph.merge.timeline import placement, publication_dates
from graph.model import EventType
from graph.rdf.mapping import mint, statement_iri
from graph.store import OxigraphStore, RdflibStore, named_queries, named_query, prefixes
from graph.store.backends import prepare
from tests.conftest import SeedBuild
from tests.store.conftest import Stores

NAMED = sorted(named_queries())
TEXTS = [(name, engine) for name in NAMED for engine in ("", *(e for e, _ in named_queries()[name].engine_texts))]
"""Every text of every named query: its own (engine "") and each engine's (``NAME.ENGINE.rq``)."""


@pytest.mark.parametrize("name", NAMED)
def test_every_named_query_parses_and_documents_itself(name: str) -> None:
    query = named_queries()[name]
    prepare(query.text)
    assert query.summary and query.summary.endswith("."), f"{name}.rq: start with a one-sentence summary comment"
    assert query.text.lstrip().upper().count("SELECT") >= 1


@pytest.mark.parametrize(("name", "engine"), TEXTS)
def test_parameters_are_projected_so_every_store_can_bind_them(name: str, engine: str) -> None:
    """Oxigraph substitutes only projected variables; an empty store shows whether the query can take its bindings.
    An engine's own text takes the named query's parameters and answers with its columns."""
    import pyoxigraph

    query = named_queries()[name]
    text = query.text_for(engine) if engine else query.text
    store = OxigraphStore(pyoxigraph.Store())
    bindings: dict[str, Identifier] = {p.name: Literal("x") for p in query.parameters}
    assert store.query(text, bindings).rows == ()
    algebra = prepare(text).algebra
    assert {p.name for p in query.parameters} <= {str(v) for v in algebra["PV"]}
    assert algebra["PV"] == prepare(query.text).algebra["PV"], "the named query's columns, in its order"


def test_a_store_gets_its_engines_own_text_else_the_named_querys() -> None:
    timeline = named_query("timeline")
    assert dict(timeline.engine_texts).keys() == {"oxigraph"}
    assert timeline.text_for("oxigraph") == dict(timeline.engine_texts)["oxigraph"] != timeline.text
    assert timeline.text_for("rdflib") == timeline.text
    assert named_query("actors").text_for("oxigraph") == named_query("actors").text
    assert "timeline.oxigraph" not in named_queries(), "an engine's text is no named query of its own"


def test_parameters_are_declared_and_required() -> None:
    said_by = named_query("said-by")
    assert [p.name for p in said_by.parameters] == ["actor"]
    with pytest.raises(QueryError, match="--bind actor="):
        said_by.check_bindings({})
    said_by.check_bindings({"actor": Literal("anyone")})
    with pytest.raises(QueryError, match=r"available: .*statements"):
        named_query("no-such-query")


def test_predeclared_prefixes_include_the_project_and_core_ones() -> None:
    assert {"ng", "ngd", "rdf", "rdfs", "xsd", "schema", "prov", "skos", "dcterms"} <= set(prefixes())


def actor_names(store: RdflibStore, iri: URIRef) -> set[str]:
    rows = store.query("SELECT ?name WHERE { ?a rdfs:label|ng:alias ?name }", {"a": iri}).rows
    return {str(row[0]) for row in rows}


def busiest_speaker(store: RdflibStore) -> URIRef:
    row = store.query(
        "SELECT ?who (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ng:speaker ?who } GROUP BY ?who ORDER BY DESC(?n) ?who"
    ).rows[0]
    assert isinstance(row[0], URIRef)
    return row[0]


@pytest.mark.model
def test_said_by_matches_label_alias_any_case_or_iri_on_both_stores(stores: Stores) -> None:
    speaker = busiest_speaker(stores.rdflib)
    expected = {row[0] for row in stores.rdflib.query("SELECT ?s WHERE { ?s ng:speaker ?who }", {"who": speaker}).rows}
    text = named_query("said-by").text
    spellings: list[Identifier] = [speaker]
    for name in actor_names(stores.rdflib, speaker):
        spellings += [Literal(name), Literal(name.upper()), Literal(name.lower())]
    for store in (stores.rdflib, stores.oxigraph):
        for spelling in spellings:
            answer = store.query(text, {"actor": spelling})
            column = answer.variables.index
            assert {row[column("statement")] for row in answer.rows} == expected, spelling
            assert {row[column("speaker")] for row in answer.rows} == {speaker}
            assert all(row[column("actor")] == spelling for row in answer.rows)
            assert all(int(row[column("articles")]) >= int(row[column("outlets")]) >= 1 for row in answer.rows)  # type: ignore[arg-type]
            assert all(row[column("granularity")] is not None for row in answer.rows)
    assert stores.rdflib.query(text, {"actor": Literal("Nobody Anyone")}).rows == ()


@pytest.mark.model
def test_names_is_the_join_of_mention_and_report_offsets(stores: Stores) -> None:
    """ng:names, made by graph/rdf/mapping.py, links each report to exactly the actors of the mentions inside its
    words."""
    by_offsets = stores.rdflib.query(
        "SELECT DISTINCT ?report ?actor WHERE { "
        "?mention ng:refersTo ?actor ; ng:inArticle ?article ; ng:startOffset ?ms ; ng:endOffset ?me . "
        "?report a ng:Report ; ng:reportedIn ?article ; ng:startOffset ?rs ; ng:endOffset ?re . "
        "FILTER (?ms >= ?rs && ?me <= ?re) }"
    ).rows
    named = stores.rdflib.query("SELECT ?report ?actor WHERE { ?report ng:names ?actor }").rows
    assert by_offsets
    assert sorted(named) == sorted(by_offsets)


@pytest.mark.model
def test_about_finds_reports_naming_the_actor_in_their_words(stores: Stores) -> None:
    text = named_query("about").text
    top = stores.rdflib.query(
        "SELECT ?a (COUNT(?m) AS ?n) WHERE { ?m ng:refersTo ?a } GROUP BY ?a ORDER BY DESC(?n) ?a"
    ).rows
    for row in top:
        assert isinstance(row[0], URIRef)
        answer = stores.rdflib.query(text, {"actor": row[0]})
        if answer.rows:
            break
    else:
        pytest.fail("no actor of the seed build is named inside any report")
    subject = row[0]
    names = [name.lower() for name in actor_names(stores.rdflib, subject)]
    # a pronoun that stands for the actor ("his") is a mention of it too
    query = "SELECT DISTINCT ?words WHERE { ?mention ng:refersTo ?actor ; ng:text ?words }"
    said = stores.rdflib.query(query, {"actor": subject}).rows
    words = {str(r[0]).lower() for r in said}
    column = answer.variables.index
    for found in answer.rows:
        assert found[column("subject")] == subject
        assert str(found[column("kind")]) in {"statement", "event"}
        if str(found[column("how")]) == "named":
            report = str(found[column("text")]).lower()
            assert any(name in report for name in names) or set(re.findall(r"[\w'’-]+", report)) & words, found
    by_name = stores.oxigraph.query(text, {"actor": Literal(sorted(names)[0].upper())})
    assert {r[column("item")] for r in by_name.rows} == {r[column("item")] for r in answer.rows}


@pytest.mark.model
def test_statements_lists_every_report_of_a_statement_and_nothing_else(stores: Stores) -> None:
    reports = stores.rdflib.query("SELECT ?r ?s WHERE { ?r ng:reportOf ?s . ?s a ng:Statement }").rows
    for store in (stores.rdflib, stores.oxigraph):
        answer = store.query(named_query("statements").text)
        column = answer.variables.index("statement")
        assert len(answer.rows) == len(reports)
        assert {row[column] for row in answer.rows} == {s for _r, s in reports}


@pytest.mark.model
def test_timeline_places_statements_and_events_by_the_one_rule(stores: Stores, seed_build: SeedBuild) -> None:
    """The timeline reads what graph.merge.timeline.placement decided at build time, for every statement and event."""
    story = seed_build.result.story
    published = publication_dates(story)
    expected = {
        str(statement_iri(s)): placement(story, ((r.article_id, r.quote.time) for r in s.reports), published)
        for s in story.statements
    }
    spoken = set(made_in(story).values())  # speech events that quotes were made in are listed as those quotes
    expected |= {
        str(mint("event", *e.key.split("/"))): placement(
            story, ((r.article_id, r.mention.time) for r in e.reports), published
        )
        for e in story.events
        if not (e.key in spoken and e.type is EventType.SPEECH) and not e.claimed  # claims: in their own listing
    }
    answer = stores.oxigraph.query(named_query("timeline").text)
    got = {str(row[6]): row for row in answer.rows if str(row[1]) != "time"}
    assert got.keys() == expected.keys()
    for item, (date, _kind, _label, _article, granularity, basis, _item, _value) in got.items():
        place = expected[item]
        assert (date, str(granularity), str(basis)) == (
            Literal(place.date) if place.date else None,
            place.granularity,
            place.basis.value,
        ), item
