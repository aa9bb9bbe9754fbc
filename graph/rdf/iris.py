"""IRIs: :func:`mint`, the one function that makes them, and the IRI of each kind of node the mapping writes.

An IRI is read from what it names: ``<data>/statement/<article id>/<start>-<end>`` for the statement first reported at
those offsets of that article. Parts are normalised names and article ids, so the same input always gives the same
IRIs. The mapping works on IRIs as text (:mod:`graph.rdf.text`); :func:`node` and the functions after it give that
text, :func:`mint` the rdflib term.
"""

from __future__ import annotations

import functools

from rdflib import URIRef

from graph.model import Article, Span
from graph.names import slug
from graph.story import Statement
from ontology import NGD

KINDS = frozenset(
    {"article", "outlet", "actor", "statement", "report", "mention", "time", "graph", "event", "relation"}
)
SHARED_KINDS = ("actor", "statement", "event")
"""Kinds of node that several articles' graphs describe: the merged graph holds each of their triples once."""
DATA = str(NGD)
SHARED_PREFIXES = tuple(DATA + kind + "/" for kind in SHARED_KINDS)
"""IRI prefixes of the nodes several article graphs describe (:data:`SHARED_KINDS`): the only subjects whose triples
repeat across the graphs of a story."""


def mint(kind: str, *parts: str) -> URIRef:
    """The IRI of a ``kind`` of thing named by ``parts``: readable, deterministic, always a valid IRI."""
    return URIRef(node(kind, *parts))


def node(kind: str, *parts: str) -> str:
    """:func:`mint`'s IRI as text."""
    if kind not in KINDS:
        raise ValueError(f"unknown IRI kind {kind!r} (expected one of: {', '.join(sorted(KINDS))})")
    return f"{DATA}{kind}/{'/'.join(slug(part) for part in parts)}"


def iri_part(part: str) -> str:
    """What ``part`` becomes in the IRIs :func:`mint` makes: two article ids of one part would make one IRI."""
    return slug(part)


def article_iri(article: Article) -> URIRef:
    return mint("article", article.id)


def statement_iri(statement: Statement) -> URIRef:
    return mint("statement", *statement.key.split("/"))


@functools.lru_cache(maxsize=1 << 16)
def actor_node(key: str) -> str:
    """The IRI of the merged actor ``key``."""
    return node("actor", *key.split("/"))


def statement_node(statement: Statement) -> str:
    return node("statement", *statement.key.split("/"))


def event_node(key: str) -> str:
    """The IRI of the merged event ``key``."""
    return node("event", *key.split("/"))


def spanned_node(kind: str, article_id: str, span: Span, *within: str) -> str:
    """The IRI of what an article says at ``span``: a mention, a time expression, a report (``within`` "event" for an
    event's report, whose offsets may be a quote's too)."""
    return node(kind, article_id, *within, f"{span.start}-{span.end}")
