"""When a named query's actor parameter matches no actor: say so, and offer the closest names in the graph.

A parameter named :data:`ACTOR_PARAMETER` (``# param ?actor: ...`` in a ``.rq`` file) names an actor by its label or
any alias, in any case, or by its IRI. An empty answer then has two causes a reader cannot tell apart: no such actor,
or an actor with nothing to show; :func:`closest_actor_names` tells them apart.
"""

from __future__ import annotations

from rapidfuzz import fuzz, process
from rdflib import URIRef
from rdflib.term import Identifier

from graph.store.backends import TripleStore

ACTOR_PARAMETER = "actor"
SUGGESTIONS = 5
SCORE_CUTOFF = 60.0
"""rapidfuzz WRatio (0-100) from which a name is offered as a suggestion."""
_ACTOR = "VALUES ?class { ng:Person ng:Organization ng:Group ng:Place ng:Outlet } ?who a ?class ."


def closest_actor_names(store: TripleStore, value: Identifier) -> tuple[str, ...] | None:
    """``None`` when ``value`` names an actor of the graph (its IRI, or a label or alias in any case); otherwise the
    names of the graph's actors closest to it, best first (none when nothing comes close)."""
    if isinstance(value, URIRef):
        known = store.query(f"SELECT ?who {{ {_ACTOR} }} LIMIT 1", {"who": value}).rows  # Oxigraph binds projected
        return None if known else ()
    names = {
        str(row[0]) for row in store.query(f"SELECT DISTINCT ?name {{ {_ACTOR} ?who rdfs:label|ng:alias ?name }}").rows
    }
    wanted = str(value).casefold()
    if any(name.casefold() == wanted for name in names):
        return None
    matches = process.extract(str(value), sorted(names), scorer=fuzz.WRatio, processor=str.casefold,
                              limit=SUGGESTIONS, score_cutoff=SCORE_CUTOFF)  # fmt: skip
    return tuple(name for name, _score, _index in matches)
