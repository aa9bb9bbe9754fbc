"""The listing ranks written at build time: every row of a ranked listing has one, 0 to n-1,
and sorting by the rank gives the order of the listing's own keys."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from graph.merge.story import merge
from graph.rdf.mapping import to_dataset
from graph.store import RdflibStore, load_dataset, named_query
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
ORDERED_BY_RANK = ("corroborated", "events", "statements", "timeline")
"""The listings whose ORDER BY reads the rank (the other ranks are written as data for queries of one's own)."""


@pytest.mark.parametrize("name", ORDERED_BY_RANK)
def test_the_rank_orders_a_listing_as_its_own_keys_do(stores: Stores, name: str) -> None:
    text = named_query(name).text
    by_keys = re.sub(r"ORDER BY \?rank ", "ORDER BY ", text)
    assert by_keys != text
    for store in (stores.rdflib, stores.oxigraph):
        assert store.query(text).rows == store.query(by_keys).rows, store.kind


@pytest.mark.parametrize(("name", "rank"), sorted(RANKED.items()))
def test_every_row_of_a_ranked_listing_has_its_own_rank(stores: Stores, name: str, rank: str) -> None:
    rows = stores.rdflib.query(named_query(name).text).rows
    ranks = stores.rdflib.query(f"SELECT ?rank WHERE {{ ?node {rank} ?rank }} ORDER BY ?rank").rows
    assert [int(row[0]) for row in ranks] == list(range(len(rows)))  # type: ignore[arg-type]


def test_a_graph_without_ranks_lists_in_the_same_order(seed_build: SeedBuild, stores: Stores) -> None:
    unranked = load_dataset(seed_build.out / "graph.trig")
    ranks = (NG.timelineRank, NG.corroborationRank, NG.reportRank, NG.eventRank, NG.articleRank, NG.timeRank)
    for predicate in (*ranks, NG.saidRank, NG.aboutRank):
        unranked.remove((None, predicate, None))
    assert stores.rdflib.query("ASK { ?s ng:timelineRank ?o }").boolean is True
    store = RdflibStore(unranked)
    assert store.query("ASK { ?s ng:timelineRank ?o }").boolean is False
    for name in RANKED:
        assert store.query(named_query(name).text).rows == stores.rdflib.query(named_query(name).text).rows
    speakers = stores.rdflib.query("SELECT DISTINCT ?who WHERE { ?s ng:speaker ?who }").rows
    for name in ACTOR_RANKED:
        text = named_query(name).text
        for (speaker,) in speakers:
            assert speaker is not None
            assert store.query(text, {"actor": speaker}).rows == stores.rdflib.query(text, {"actor": speaker}).rows


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
