"""Join incidental events to the salient events they are further wordings of.

An incidental event (its mentions all ``EventMention.salient`` False: "the shooting suspect", "checked in") is often
the same happening as an event some article tells in salient words. Each joins at most one such event: one of its
lemma (failing that, of a related lemma), with nothing in conflict (agents, kinds of agent, dates; an untyped
incidental event takes the salient event's type), sharing the most evidence, then the largest. It becomes that event's
``incidental_reports``: data that neither changes what the event shows nor counts as a report of it. Two salient
events are never joined through one.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from graph.merge.event_lemmas import related_lemmas
from graph.merge.event_nodes import Cluster, Node, apart
from graph.model import EventType


def attach(told: Sequence[Sequence[Node]], quiet: Sequence[Sequence[Node]]) -> dict[int, int]:
    """Which of the ``told`` clusters (salient events' members) each of the ``quiet`` ones (incidental events'
    members) is a further wording of: quiet index -> told index."""
    summaries = [_summary(members) for members in told]
    keys = [_keys(members) for members in told]
    by_lemma: dict[str, list[int]] = defaultdict(list)
    for t, members in enumerate(told):
        for lemma in dict.fromkeys(n.mention.lemma for n in members):
            by_lemma[lemma].append(t)
    related = related_lemmas({n.mention.lemma for c in [*told, *quiet] for n in c})
    found: dict[int, int] = {}
    for q, members in enumerate(quiet):
        summary = _summary(members)
        fitting = [t for t in _candidates(members, by_lemma, related) if not _clash(summary, summaries[t])]
        if fitting:
            own = _keys(members)
            found[q] = max(fitting, key=lambda t: (len(own & keys[t]), len(told[t]), -t))
    return found


def _candidates(members: Sequence[Node], by_lemma: dict[str, list[int]], related: dict[str, list[str]]) -> list[int]:
    """The salient events of the members' lemmas, or failing that of lemmas related to them, first met first."""
    lemmas = dict.fromkeys(n.mention.lemma for n in members)
    found = [t for lemma in lemmas for t in by_lemma.get(lemma, ())]
    found = found or [t for lemma in lemmas for other in related[lemma] for t in by_lemma.get(other, ())]
    return list(dict.fromkeys(found))


def _summary(members: Sequence[Node]) -> Cluster:
    cluster = Cluster(members[0])
    for node in members[1:]:
        cluster.absorb(Cluster(node))
    return cluster


def _clash(quiet: Cluster, told: Cluster) -> bool:
    """:func:`~graph.merge.event_nodes.apart`, an untyped incidental event taking the salient event's type."""
    original = quiet.type
    if original is EventType.OTHER:
        quiet.type = told.type
    try:
        return apart(quiet, told)
    finally:
        quiet.type = original


def _keys(members: Sequence[Node]) -> set[object]:
    """What the members say of who, to whom, where and when: actors and whole names, and days."""
    found: set[object] = {n.time.start for n in members if n.time is not None and n.time.start is not None}
    for n in members:
        found |= n.agents.plain | n.patients.plain | n.places.plain
    return found
