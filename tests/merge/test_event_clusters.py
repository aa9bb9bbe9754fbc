"""Clustering event mentions, on random hand-built mentions checked against taking every pair in order."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import random
from collections.abc import Iterable

import pytest

from graph.merge import event_clusters as clusters
from graph.merge import event_lemmas, event_nodes
from graph.model import EventMention, EventType, Granularity, Span, TimeExpr

C, P = EventType.CONFLICT, EventType.POLITICAL

LEMMAS = ("attack", "offensive", "assault", "explode", "explosion", "blast", "say", "war", "invasion")
KEYS = ("actor:person/a", "actor:person/b", "actor:org/c", "actor:place/d", "name:ukrai", "demonym:ukrai", "name:russi")


def random_nodes(seed: int, count: int) -> tuple[list[event_nodes.Node], list[tuple[int, int]]]:
    """Mentions of a few related lemmas with a few agents, patients, places, days and articles, some bare, and a few
    reports of one statement: enough overlap and conflict for every kind of edge and refusal."""
    rng = random.Random(seed)
    nodes = []
    for index in range(count):
        span = Span(index, index + 1)
        lemma = rng.choice(LEMMAS)

        def keys(chance: float) -> set[str]:
            return set(rng.sample(KEYS, rng.randint(1, 2))) if rng.random() < chance else set()

        agents, patients, places = event_nodes.Keys.of(keys(0.5)), keys(0.2), keys(0.2)
        time = None
        if rng.random() < 0.4:
            start = dt.date(2022, 9, 1) + dt.timedelta(days=rng.choice((0, 1, 3, 7)))
            end = start + dt.timedelta(days=rng.choice((0, 0, 2)))
            time = TimeExpr(span, "", "", Granularity.DAY, start, end)
        families = {k.removeprefix("actor:").split("/")[0] for k in agents.plain if k.startswith("actor:")}
        words = Span(index, index + 2) if rng.random() < 0.3 else span  # some go on after their trigger
        mention = EventMention(words, lemma, words, span, lemma, lemma, rng.choice((C, C, P)))
        nodes.append(
            event_nodes.Node(
                index,
                f"article-{rng.randint(0, 5)}",
                mention,
                agents,
                event_nodes.Keys.of(patients),
                event_nodes.Keys.of(places),
                time,
                frozenset("person" if f == "person" else "body" for f in families),
                dt.date(2022, 9, 1) + dt.timedelta(days=rng.choice((0, 1, 2, 5, 30))),
            )
        )
    full = [n.index for n in nodes if not n.bare]
    must = sorted({tuple(sorted(rng.sample(full, 2))) for _ in range(3)})
    return nodes, [(i, j) for i, j in must]


def same_news(node: event_nodes.Node, members: Iterable[event_nodes.Node]) -> bool:
    return any(a.published is None or b.published is None or abs(a.published - b.published) <= event_nodes.NEWS_CYCLE
               for a in [node] for b in members)  # fmt: skip


def recalled(node: event_nodes.Node) -> bool:
    """Whether a mention's day ends more than a week before its article was published (the nodes have no years)."""
    end = node.time and (node.time.end or node.time.start)
    return node.published is not None and end is not None and node.published - end > event_nodes.RECALLED


def pair_by_pair(nodes: list[event_nodes.Node], must: list[tuple[int, int]]) -> list[list[int]]:
    """The clustering the module describes, done the slow way: an edge for every pair, taken best first, a join refused
    when any member of one cluster clashes with any member of the other; then the bare mentions."""

    def clash(a: event_nodes.Node, b: event_nodes.Node) -> bool:
        return event_nodes.apart(event_nodes.Cluster(a), event_nodes.Cluster(b))

    edges: dict[tuple[int, int], float] = {}
    for a, b in itertools.combinations([n for n in nodes if not n.bare], 2):
        if event_lemmas.related(a.mention.lemma, b.mention.lemma) and not clash(a, b):
            same = a.mention.lemma == b.mention.lemma
            evidence = clusters._evidence(a, b)
            if evidence:
                edges[(a.index, b.index)] = evidence + same
            elif a.article_id == b.article_id and not a.plural and not b.plural and recalled(a) == recalled(b):
                # a weak edge: one article, singulars, both or neither history the article recalls
                edges[(a.index, b.index)] = 0.5 if same else 0.25
    edges.update(dict.fromkeys(must, 10.0))
    cluster_of = {n.index: {n.index} for n in nodes}
    for (i, j), _weight in sorted(edges.items(), key=lambda e: (-e[1], e[0])):
        ca, cb = cluster_of[i], cluster_of[j]
        if ca is not cb and not any(clash(nodes[x], nodes[y]) for x in ca for y in cb):
            for member in (merged := ca | cb):
                cluster_of[member] = merged
    full: dict[str, list[set[int]]] = {}
    for node in (n for n in nodes if not n.bare):
        found = full.setdefault(node.mention.lemma, [])
        if all(cluster_of[node.index] is not c for c in found):
            found.append(cluster_of[node.index])
    alone: dict[str, list[set[int]]] = {}
    for node in (n for n in nodes if n.bare):
        lemma = node.mention.lemma
        related = full.get(lemma) or [c for o in sorted(full) if event_lemmas.related(lemma, o) for c in full[o]]
        candidates = [
            c for c in related if same_news(node, (nodes[m] for m in c)) and not any(clash(node, nodes[m]) for m in c)
        ]
        local = [c for c in candidates if any(nodes[m].article_id == node.article_id for m in c)]
        widely = [c for c in candidates if len({nodes[m].article_id for m in c}) > 1]  # told in more than one article
        target = max(local if len(local) == 1 else widely, key=lambda c: (len(c), -min(c)), default=None)
        if target is None and node.mention.span.end > node.mention.trigger.end:  # its words go on: its own event
            continue
        if target is None:
            target = next((c for c in alone.get(lemma, []) if same_news(node, (nodes[m] for m in c))), set())
            if not target:
                alone.setdefault(lemma, []).append(target)
        target.add(node.index)
        cluster_of[node.index] = target
    unique = {id(c): sorted(c) for c in cluster_of.values()}.values()
    return sorted(c for c in unique if len(c) > 1 or not nodes[c[0]].bare or clusters._tells(nodes[c[0]]))


@pytest.mark.parametrize("seed", range(12))
def test_clusters_join_as_taking_every_pair_in_order_would(seed: int) -> None:
    nodes, must = random_nodes(seed, 70)
    assert clusters.cluster_mentions(nodes, must) == pair_by_pair(nodes, must)


def replicated_nodes(seed: int) -> tuple[list[event_nodes.Node], list[tuple[int, int]]]:
    """Random mentions, each printed again by other outlets, some with an actor only their article names (an agent
    one article describes, as agent or patient there): classes of mentions, and keys that set one copy apart."""
    rng = random.Random(seed)
    base, _must = random_nodes(seed, 24)
    nodes: list[event_nodes.Node] = []

    def keys(found: event_nodes.Keys, extra: set[str]) -> event_nodes.Keys:
        return event_nodes.Keys.of(set(found.plain) | {"demonym:" + d for d in found.demonyms} | extra)

    for copy in range(rng.randint(2, 4)):
        for node in base:
            article_id = f"{node.article_id}-{copy}"
            local = {f"actor:person/one of them/{article_id}"} if rng.random() < 0.4 else set()
            roles = [set(), set(), set()]
            roles[rng.randrange(3)] |= local
            index = len(nodes)
            nodes.append(
                event_nodes.Node(
                    index,
                    article_id,
                    node.mention,
                    keys(node.agents, roles[0]),
                    keys(node.patients, roles[1]),
                    keys(node.places, roles[2]),
                    node.time,
                    node.families | ({"person"} if roles[0] else set()),
                    node.published,
                )
            )
    full = [n.index for n in nodes if not n.bare]
    must = sorted({tuple(sorted(rng.sample(full, 2))) for _ in range(3)})
    return nodes, [(i, j) for i, j in must]


@pytest.mark.parametrize("seed", range(12))
def test_copies_of_mentions_join_as_taking_every_pair_in_order_would(seed: int) -> None:
    nodes, must = replicated_nodes(seed)
    assert clusters.cluster_mentions(nodes, must) == pair_by_pair(nodes, must)


def scanning_every_event(self: clusters._NewsDays, node: event_nodes.Node, related: dict[str, list[str]]) -> list:
    """The candidates of a bare mention found the slow way: every event of its lemma (or related lemmas), then
    :func:`~graph.merge.event_nodes.same_news` on each."""
    lemma = node.mention.lemma
    found = self.full.get(lemma) or [c for other in related[lemma] for c in self.full.get(other, ())]
    kind = [c for c in found if c.type is node.mention.type and not c.quoted]
    return [c for c in kind if event_nodes.same_news(node, c)]


@pytest.mark.parametrize("seed", range(6))
def test_bare_mentions_look_only_at_their_news_days_and_find_what_scanning_every_event_would(
    seed: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An invented story told over half a year (some articles undated), half its mentions bare: looking only at the
    events of a mention's news days joins what looking at every event of its word would."""
    rng = random.Random(seed)
    nodes, must = random_nodes(seed, 90)
    days = [None, *(dt.date(2031, 1, 1) + dt.timedelta(days=d) for d in range(0, 180, 3))]
    nodes = [dataclasses.replace(n, published=rng.choice(days)) for n in nodes]
    indexed = clusters.cluster_mentions(nodes, must)
    monkeypatch.setattr(clusters._NewsDays, "candidates", scanning_every_event)
    assert indexed == clusters.cluster_mentions(nodes, must)
