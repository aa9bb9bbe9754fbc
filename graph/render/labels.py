"""The names a node carries on the page: a short label for the canvas, the whole name for the details panel."""

from __future__ import annotations

from rdflib.term import Node

from graph.render.payload import Names

LABEL_CHARS = 48
"""Longest label drawn on the canvas; the full text is in the details panel."""


def shorten(text: str, limit: int = LABEL_CHARS) -> str:
    """One line of at most ``limit`` characters, cut at a word where one is near."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:.") + "…"


def named(resource: Node, name: str) -> Names:
    """The label, name and IRI of ``resource`` called ``name``."""
    return {"label": shorten(name), "name": name, "iri": str(resource)}
