"""The listing ranks written at build time: every row of a ranked listing has one, 0 to n-1,
and sorting by the rank gives the order of the listing's own keys."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from rdflib.term import Identifier

from graph.merge.story import merge
from graph.rdf.mapping import to_dataset
from graph.store import RdflibStore, load_dataset, named_queries, named_query
from ontology import NG
from tests.conftest import SeedBuild
from tests.merge.test_actors import P, facts
from tests.store.conftest import Stores

pytestmark = pytest.mark.model
RANKED = {
    "timeline": "ng:timelineRank",
    "corroborated": "ng:corroborationRank",
    "statements": "ng:reportRank",
    "events": "ng:eventRank",
    "articles": "ng:articleRank",
    "dates": "ng:timeRank",
}
ACTOR_RANKED = {"said-by": "ng:saidRank", "about": "ng:aboutRank"}
"""The listings of one actor: a part of a whole ranked once."""


def text_of(name: str, engine: str) -> str:
    query = named_query(name)
    return query.text_for(engine) if engine else query.text


TEXTS = [
    (name, engine)
    for name, query in sorted(named_queries().items())
    for engine in ("", *(engine for engine, _ in query.engine_texts))
]
"""Every text of every named query: its own (engine "") and each engine's (``NAME.ENGINE.rq``)."""
SORTED_BY_RANK = [(name, engine) for name, engine in TEXTS if "ORDER BY ?rank " in text_of(name, engine)]


def bindings_to_try(stores: Stores, name: str) -> list[dict[str, Identifier]]:
    """No bindings for a listing; for a listing of one actor, each actor who said something or is talked about."""
    if not named_query(name).parameters:
        return [{}]
    actors = stores.rdflib.query("SELECT DISTINCT ?who WHERE { ?s ng:speaker|ng:names|ng:addressee ?who }").rows
    assert len(actors) > 3
    return [{"actor": actor} for (actor,) in actors if actor is not None]


def test_every_rank_is_read_by_a_named_query() -> None:
    texts = " ".join(text_of(name, engine) for name, engine in TEXTS)
    assert [rank for rank in (RANKED | ACTOR_RANKED).values() if rank not in texts] == []


@pytest.mark.parametrize(("name", "engine"), SORTED_BY_RANK)
def test_the_rank_orders_a_listing_as_its_own_keys_do(stores: Stores, name: str, engine: str) -> None:
    text = text_of(name, engine)
    by_keys = re.sub(r"ORDER BY \?rank ", "ORDER BY ", text)
    for bindings in bindings_to_try(stores, name):
        for store in (stores.rdflib, stores.oxigraph):
            assert store.query(text, bindings).rows == store.query(by_keys, bindings).rows, store.kind


@pytest.mark.parametrize(("name", "rank"), sorted(RANKED.items()))
def test_every_row_of_a_ranked_listing_has_its_own_rank(stores: Stores, name: str, rank: str) -> None:
    rows = stores.rdflib.query(named_query(name).text).rows
    ranks = stores.rdflib.query(f"SELECT ?rank WHERE {{ ?node {rank} ?rank }} ORDER BY ?rank").rows
    assert [int(row[0]) for row in ranks] == list(range(len(rows)))  # type: ignore[arg-type]


@pytest.mark.parametrize(("name", "engine"), SORTED_BY_RANK)
def test_a_graph_without_ranks_lists_in_the_same_order(
    seed_build: SeedBuild, stores: Stores, name: str, engine: str
) -> None:
    unranked = load_dataset(seed_build.out / "graph.trig")
    for predicate in (*RANKED.values(), *ACTOR_RANKED.values()):
        unranked.remove((None, NG[predicate.removeprefix("ng:")], None))
    store = RdflibStore(unranked)
    assert store.query("ASK { ?s ng:timelineRank|ng:saidRank ?o }").boolean is False
    text = text_of(name, engine)
    for bindings in bindings_to_try(stores, name):
        assert store.query(text, bindings).rows == stores.rdflib.query(text, bindings).rows


def test_two_quotes_at_one_span_are_listed_once() -> None:
    """Two speakers read for one span (the reporter, and the source "according to" names) make one report of one
    statement: it has one rank per listing, so no listing shows its rows twice."""
    article = facts("a", ("Jane Doe", P), ("a team official", P), quotes=(("the club is close to a deal", 0),))
    quote = article.quotes[0]
    article.quotes.append(replace(quote, speaker=article.mentions[1]))
    dataset = to_dataset(merge([article]))
    dataset.default_union = True
    store = RdflibStore(dataset)
    for name, rank in (RANKED | ACTOR_RANKED).items():
        ranks = store.query(f"SELECT ?node (COUNT(?rank) AS ?n) WHERE {{ ?node {rank} ?rank }} GROUP BY ?node").rows
        assert all(int(n) == 1 for _node, n in ranks), name  # type: ignore[arg-type]
    rows = store.query(named_query("statements").text).rows
    assert len(rows) == len(set(rows)) == 1


def test_the_timeline_articles_are_those_of_every_report(stores: Stores) -> None:
    written = stores.rdflib.query("SELECT ?item ?cell WHERE { ?item ng:timelineArticles ?cell } ORDER BY ?item").rows
    joined = stores.rdflib.query(
        'SELECT ?item (GROUP_CONCAT(DISTINCT STR(?a); separator=" | ") AS ?cell) WHERE { '
        "{ SELECT ?item ?a WHERE { ?report ng:reportOf ?item ; ng:reportedIn ?a "
        "MINUS { ?item a ng:IncidentalEvent } } ORDER BY ?a } } "  # incidental events are on no timeline
        "GROUP BY ?item ORDER BY ?item"
    ).rows
    assert any(" | " in str(cell) for _, cell in written)  # some item is reported in more than one article
    assert written == joined
