"""Pages of an answer (offset and limit): they follow on from each other on both stores, and only SELECT rows page."""

from __future__ import annotations

import pytest
from rdflib import Literal

from graph.errors import QueryError
from graph.store import Page, named_queries
from tests.store.conftest import Stores

LISTINGS = sorted(name for name, query in named_queries().items() if not query.parameters)


@pytest.mark.model
@pytest.mark.parametrize("name", LISTINGS)
def test_pages_of_a_listing_join_into_the_whole_listing(stores: Stores, name: str) -> None:
    text = named_queries()[name].text
    for store in (stores.rdflib, stores.oxigraph):
        whole = store.query(text).rows
        size = max(1, len(whole) // 3)
        pages = [store.query(text, page=Page(offset, size)).rows for offset in range(0, len(whole) + size, size)]
        assert [row for page in pages for row in page] == list(whole), (name, store.kind)
        assert all(len(page) <= size for page in pages)
        assert store.query(text, page=Page(len(whole) + 5)).rows == ()


@pytest.mark.model
def test_only_select_rows_page(stores: Stores) -> None:
    for store in (stores.rdflib, stores.oxigraph):
        with pytest.raises(QueryError, match="SELECT"):
            store.query("ASK { ?s ?p ?o }", page=Page(limit=1))
        with pytest.raises(QueryError, match="SELECT"):
            store.query("CONSTRUCT WHERE { ?s ng:speaker ?o }", page=Page(limit=1))
        rows = store.query("SELECT ?x WHERE { VALUES ?x { 1 2 3 } } ORDER BY ?x", page=Page(1, 1)).rows
        assert rows == ((Literal(2),),)


def test_a_page_needs_counts_of_zero_or_more() -> None:
    with pytest.raises(QueryError, match="0 or more"):
        Page(-1)
    with pytest.raises(QueryError, match="0 or more"):
        Page(0, -2)
