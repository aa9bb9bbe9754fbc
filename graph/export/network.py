"""The story as a network for Gephi and other graph tools: GEXF or GraphML, written by networkx.

Actors, statements, events and articles are nodes, keyed by their IRIs, with a ``kind`` (and for actors an
``actor_type``) to colour and filter by; a speech event that quotes were made in is there as its statements, as on
the map. Reports are not nodes: each becomes a "reported in" edge from what it
reports to its article, and its "via", "addressed to" and "about" links become edges of the statement or event.
Every attribute value is a string or an integer; a value the graph does not carry is left out, never written as
an empty or made-up one.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from enum import StrEnum

import networkx as nx

from graph.export.source import Counts, Placement, StoryTables

EDGE_LABELS = {
    "said": "said",
    "reported": "reported in",
    "published": "published by",
    "author": "written by",
    "via": "via",
    "addressed": "addressed to",
    "about": "about",
    "mentions": "mentions",
    "agent": "did",
    "patient": "to",
    "place": "in",
    "made_in": "made in",
    "before": "before",
    "after": "after",
    "during": "during",
}
"""Edge kinds and the label a reader sees: actor -said-> statement, statement or event -reported in-> article,
article -published by-> outlet, article -written by-> actor, statement -via-> the actor or outlet it came through,
statement -addressed to-> actor, statement or event -about-> an actor its words name, article -mentions-> actor,
actor -did-> event, event -to-> actor, event -in-> place, statement -made in-> speech event, event
-before/after/during-> event."""

Attributes = dict[str, str | int]

_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
"""Characters XML 1.0 cannot hold, even escaped: a stray form feed from an article would make the file unreadable."""


class NetworkFormat(StrEnum):
    gexf = "gexf"
    graphml = "graphml"


def story_network(tables: StoryTables) -> nx.MultiDiGraph:
    """The network of ``tables``: one node per actor, statement, event and article, edges typed by ``kind``."""
    network = nx.MultiDiGraph()
    for actor in tables.actors:
        network.add_node(actor.iri, **_plain(
            label=actor.label, kind="actor", actor_type=actor.type,
            aliases=" | ".join(actor.aliases), roles=" | ".join(actor.roles),
        ))  # fmt: skip
    for article in tables.articles:
        network.add_node(article.iri, **_plain(
            label=article.title or article.iri, kind="article", date=article.published,
            granularity="day" if article.published else "", source_file=article.source_file, url=article.url,
        ))  # fmt: skip
    for statement in tables.statements:
        network.add_node(statement.iri, **_plain(
            label=statement.label, kind="statement", text=statement.text,
            **_placement(statement.placement), **_counts(statement.counts),
        ))  # fmt: skip
    for event in (e for e in tables.events if not e.shown_as_its_statements):
        network.add_node(event.iri, **_plain(
            label=event.label, kind="event", text=event.label, event_type=event.event_type,
            claimed="claim" if event.claimed else None, **_placement(event.placement), **_counts(event.counts),
        ))  # fmt: skip
    edges = [(s, t, kind) for s, t, kind in sorted(set(_edges(tables))) if s in network and t in network]
    for number, (source, target, kind) in enumerate(edges):  # ids unique in the file: Gephi drops repeated ones
        network.add_edge(source, target, key=kind, id=f"e{number}", kind=kind, label=EDGE_LABELS[kind])
    _actor_totals(network)
    return network


def network_bytes(tables: StoryTables, fmt: NetworkFormat) -> tuple[bytes, int, int]:
    """``tables`` as a GEXF 1.2 or GraphML document, and how many nodes and edges it holds."""
    network = story_network(tables)
    stream = io.BytesIO()
    if fmt is NetworkFormat.gexf:
        from networkx.readwrite.gexf import GEXFWriter

        writer = GEXFWriter(encoding="utf-8", prettyprint=True, version="1.2draft")
        meta = writer.xml.find("meta")
        if meta is not None:  # the same graph gives the same bytes: no date of writing, newsgraph as the creator
            meta.attrib.pop("lastmodifieddate", None)
            for creator in meta.iter("creator"):
                creator.text = "newsgraph"
        writer.add_graph(network)
        writer.write(stream)
    else:
        nx.write_graphml(
            network, stream, encoding="utf-8", prettyprint=True, named_key_ids=True, edge_id_from_attribute="id"
        )
    return stream.getvalue(), network.number_of_nodes(), network.number_of_edges()


def _edges(tables: StoryTables) -> Iterator[tuple[str, str, str]]:
    """(source, target, kind) of every edge, in the directions :data:`EDGE_LABELS` gives."""
    for statement in tables.statements:
        if statement.speaker:
            yield statement.speaker, statement.iri, "said"
        for speech in statement.made_in:
            yield statement.iri, speech, "made_in"
    for event in tables.events:
        for role, actor in event.actors:
            yield (actor, event.iri, role) if role == "agent" else (event.iri, actor, role)
    yield from _article_edges(tables)
    yield from _report_edges(tables)
    for relation in tables.relations:
        if relation.type in EDGE_LABELS:
            yield relation.source, relation.target, relation.type


def _article_edges(tables: StoryTables) -> Iterator[tuple[str, str, str]]:
    for article in tables.articles:
        if article.publisher:
            yield article.iri, article.publisher, "published"
        for author in article.authors:
            yield article.iri, author, "author"
        for actor in article.mentions:
            yield article.iri, actor, "mentions"


def _report_edges(tables: StoryTables) -> Iterator[tuple[str, str, str]]:
    for report in tables.reports:
        if report.article:
            yield report.of, report.article, "reported"
        for actor, kind in ((report.via, "via"), (report.addressee, "addressed")):
            if actor:
                yield report.of, actor, kind
        for actor in report.names:
            yield report.of, actor, "about"


def _actor_totals(network: nx.MultiDiGraph) -> None:
    """How many statements each actor made and how many articles name it, for sizing nodes in Gephi."""
    for node, data in network.nodes(data=True):
        if data["kind"] == "actor":
            edges = [(kind, other) for _s, other, kind in network.out_edges(node, keys=True)]
            edges += [(kind, other) for other, _t, kind in network.in_edges(node, keys=True)]
            data["statements"] = sum(1 for kind, _other in edges if kind == "said")
            data["mentioned_in"] = sum(1 for kind, _other in edges if kind == "mentions")


def _placement(placement: Placement) -> Attributes:
    return {
        "date": placement.date,
        "granularity": placement.granularity if placement.date else "",
        "date_basis": placement.basis,
        "first_published": placement.first_published,
    }


def _counts(counts: Counts) -> dict[str, int | None]:
    return {
        "reports": counts.reports,
        "articles": counts.articles,
        "outlets": counts.outlets,
        "independent_sources": counts.independent_sources,
    }


def _plain(**values: str | int | None) -> Attributes:
    """The attributes that have a value (no ``None``, no empty string), strings without the characters XML cannot
    hold."""
    return {
        key: _NOT_XML.sub("", value) if isinstance(value, str) else value
        for key, value in values.items()
        if value is not None and value != ""
    }
