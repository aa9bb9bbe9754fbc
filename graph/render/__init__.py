"""The pyvis page: one self-contained HTML file of the merged graph, opened straight from disk with no network.

``render_html`` reads the graph (:mod:`graph.render.model`), builds the page around vis-network as pyvis bundles it
(:mod:`graph.render.page`) and writes it atomically. The page shows actors, statements, articles, outlets and events
told apart by shape and colour, a details panel, a timeline at each date's own granularity (also as lanes on a time
axis), search and filters. It opens on who said what: the most quoted actors with their statements, chosen and laid out
by the page's script (``static/page-2-view.js``, ``static/page-8-layout.js``). For a graph larger than ``focus_limit``
nodes the data also names its most connected actors and their statements (``focus``), for readers of the data; the
page itself does not need them. A page made from an excerpt of a larger story (:mod:`graph.render.excerpt`) is told
the whole story's counts, and says it holds a part.

pyvis's ``Network`` is not used to draw: its template links Bootstrap from a CDN and its ``add_node`` scans lists on
every call; the node and edge dicts are built here and handed to vis-network directly.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from graph.atomic import write_atomic
from graph.render.excerpt import Counts
from graph.render.model import read_page_data
from graph.render.page import build_html
from graph.render.payload import Payload
from graph.render.source import IndexedTriples, Triples

__all__ = ["IndexedTriples", "RenderSummary", "Triples", "render_html"]


@dataclass(frozen=True, slots=True)
class RenderSummary:
    """What the page holds: ``nodes`` and ``edges`` drawn when everything is shown; ``focused`` when the graph has
    more than ``focus_limit`` nodes and its data names a focused subset."""

    nodes: int
    edges: int
    focused: bool


def render_html(
    graph: Triples, path: Path, *, title: str = "newsgraph", focus_limit: int = 300, whole: Counts | None = None
) -> RenderSummary:
    """Write the page for ``graph`` (an rdflib ``Graph``, or a :class:`IndexedTriples`) to ``path`` (replacing it
    atomically) and say what it holds. ``whole``: the counts of the story ``graph`` is an excerpt of, if it is one."""
    if focus_limit < 1:
        raise ValueError(f"focus_limit must be at least 1, not {focus_limit}")
    data = read_page_data(graph, focus_limit)
    payload: Payload = {
        "title": title,
        "nodes": data.nodes,
        "edges": data.edges,
        "timeline": data.timeline,
        "focus": data.focus,
        "whole": None if whole is None else {
            "actors": whole.actors, "statements": whole.statements, "events": whole.events, "articles": whole.articles,
        },
    }  # fmt: skip
    write_atomic(Path(path), build_html(title, payload))
    return RenderSummary(nodes=len(data.nodes), edges=len(data.edges), focused=data.focus is not None)
