"""Merging event mentions across articles, on hand-built facts: no model needed."""

from __future__ import annotations

import datetime as dt
import itertools
import random

import pytest

from graph import merge_events
from graph.extract.event_words import SYNONYMS
from graph.merge import merge
from graph.model import (
    ActorKind,
    Article,
    ArticleFacts,
    EventMention,
    EventType,
    Granularity,
    Mention,
    Span,
    TimeExpr,
)

ORG, PLACE = ActorKind.ORGANIZATION, ActorKind.PLACE


def article(
    article_id: str, *events: tuple[str, str, EventType, str | None, ActorKind, dt.date | None]
) -> ArticleFacts:
    """One article per call; each event is (label, lemma, type, agent name, agent kind, date)."""
    text, mentions, found = "", [], []
    for label, lemma, kind, agent, agent_kind, day in events:
        agents: tuple[Mention, ...] = ()
        if agent:
            mention = Mention(Span(len(text), len(text) + len(agent)), agent, agent_kind)
            mentions.append(mention)
            agents = (mention,)
            text += agent + " "
        span = Span(len(text), len(text) + len(label))
        time = None
        if day is not None:
            time = TimeExpr(span, day.isoformat(), day.isoformat(), Granularity.DAY, day, day)
        found.append(EventMention(span, label, span, span, lemma, label, kind, agents=agents, time=time))
        text += label + ". "
    return ArticleFacts(Article(article_id, text), mentions, events=found)


C, P, S = EventType.CONFLICT, EventType.POLITICAL, EventType.SPEECH


def reports(facts: list[ArticleFacts]) -> list[list[str]]:
    story = merge(facts)
    return sorted(sorted(f"{r.article_id}:{r.mention.lemma}" for r in e.reports) for e in story.events)


def test_one_counteroffensive_in_three_wordings() -> None:
    found = reports(
        [
            article("a", ("offensive", "offensive", C, "Ukraine", PLACE, None)),
            article("b", ("pursues a counteroffensive", "counteroffensive", C, "the Ukrainian military", ORG, None)),
            article("c", ("launched counter-offensives", "counteroffensive", C, "the Ukrainian military", ORG, None)),
        ]
    )
    assert found == [["a:offensive", "b:counteroffensive", "c:counteroffensive"]]


def test_two_petitions_by_two_councils_stay_apart() -> None:
    found = reports(
        [
            article("a", ("signed a petition", "petition", P, "Moscow council", ORG, None)),
            article("b", ("signed a petition", "petition", P, "St. Petersburg council", ORG, None)),
        ]
    )
    assert found == [["a:petition"], ["b:petition"]]


def test_no_chain_through_an_agentless_mention() -> None:
    day = dt.date(2022, 9, 10)
    found = reports(
        [
            article("a", ("a letter", "letter", S, "Lomonosovsky deputies", ORG, day)),
            article("b", ("the letter", "letter", S, None, ORG, day)),
            article("c", ("a letter", "letter", S, "Dmitry Palyuga", ActorKind.PERSON, day)),
        ]
    )
    assert len(found) == 2 and ["a:letter", "c:letter"] not in found
    assert not any({"a:letter", "c:letter"} <= set(cluster) for cluster in found)


def test_dates_apart_are_two_events() -> None:
    found = reports(
        [
            article("a", ("an election", "election", P, "Ukraine", PLACE, dt.date(2019, 3, 31))),
            article("b", ("an election", "election", P, "Ukraine", PLACE, dt.date(2019, 4, 21))),
        ]
    )
    assert found == [["a:election"], ["b:election"]]


def test_bare_mention_joins_the_one_event_it_can_name() -> None:
    found = reports(
        [
            article(
                "a",
                ("signed a petition", "petition", P, "municipal deputies", ORG, None),
                ("the petition", "petition", P, None, ORG, None),
            ),
            article("b", ("the war", "war", C, None, ORG, None)),
        ]
    )
    assert found == [["a:petition", "a:petition"]]


def test_another_agent_is_another_event() -> None:
    person = ActorKind.PERSON
    found = reports(
        [
            article(
                "a",
                ("called it a failure", "call", S, "One pro-Russian blogger", person, None),
                ("called it a catastrophe", "call", S, "Another blogger", person, None),
            ),
            article("b", ("calling for change", "call", S, "the district council", ORG, None)),
        ]
    )
    assert found == [["a:call"], ["a:call"], ["b:call"]]


def test_bare_mention_joins_the_largest_event_of_its_word_and_verb_meets_noun() -> None:
    found = reports(
        [
            article("a", ("exploded", "explode", C, "the bomb", ORG, None)),
            article("b", ("the explosion", "explosion", C, "the bomb", ORG, None)),
            article("c", ("an attack", "attack", C, "Hamas", ORG, None)),
            article("d", ("an attack", "attack", C, "Hezbollah", ORG, None)),
            article("e", ("an attack", "attack", C, "Hezbollah militants", ORG, None)),
            article("f", ("the attack", "attack", C, None, ORG, None)),
        ]
    )
    assert found == [["a:explode", "b:explosion"], ["c:attack"], ["d:attack", "e:attack", "f:attack"]]


def test_lone_mentions_kept_when_they_tell_and_bare_ones_of_one_word_are_one_event() -> None:
    found = reports(
        [
            article(
                "a", ("fire gutted the store", "gut", C, None, ORG, None), ("the quake", "quake", C, None, ORG, None)
            ),
            article(
                "b", ("the quake", "quake", C, None, ORG, None), ("the explosion", "explosion", C, None, ORG, None)
            ),
            article("c", ("exploded", "explode", C, "the bomb", ORG, None)),
        ]
    )
    assert found == [["a:gut"], ["a:quake", "b:quake"], ["b:explosion", "c:explode"]]


LEMMAS = ("attack", "offensive", "assault", "explode", "explosion", "blast", "say", "war", "invasion")
KEYS = ("actor:person/a", "actor:person/b", "actor:org/c", "actor:place/d", "name:ukrai", "demonym:ukrai", "name:russi")


def random_nodes(seed: int, count: int) -> tuple[list[merge_events._Node], list[tuple[int, int]]]:
    """Mentions of a few related lemmas with a few agents, patients, places, days and articles, some bare, and a few
    reports of one statement: enough overlap and conflict for every kind of edge and refusal."""
    rng = random.Random(seed)
    nodes = []
    for index in range(count):
        span = Span(index, index + 1)
        lemma = rng.choice(LEMMAS)

        def keys(chance: float) -> set[str]:
            return set(rng.sample(KEYS, rng.randint(1, 2))) if rng.random() < chance else set()

        agents, patients, places = merge_events._Keys.of(keys(0.5)), keys(0.2), keys(0.2)
        time = None
        if rng.random() < 0.4:
            start = dt.date(2022, 9, 1) + dt.timedelta(days=rng.choice((0, 1, 3, 7)))
            end = start + dt.timedelta(days=rng.choice((0, 0, 2)))
            time = TimeExpr(span, "", "", Granularity.DAY, start, end)
        families = {k.removeprefix("actor:").split("/")[0] for k in agents.plain if k.startswith("actor:")}
        mention = EventMention(span, lemma, span, span, lemma, lemma, rng.choice((C, C, P)))
        nodes.append(
            merge_events._Node(
                index,
                f"article-{rng.randint(0, 5)}",
                mention,
                agents,
                merge_events._Keys.of(patients),
                merge_events._Keys.of(places),
                time,
                frozenset("person" if f == "person" else "body" for f in families),
            )
        )
    full = [n.index for n in nodes if not n.bare]
    must = sorted({tuple(sorted(rng.sample(full, 2))) for _ in range(3)})
    return nodes, [(i, j) for i, j in must]


def pair_by_pair(nodes: list[merge_events._Node], must: list[tuple[int, int]]) -> list[list[int]]:
    """The clustering the module describes, done the slow way: an edge for every pair, taken best first, a join refused
    when any member of one cluster clashes with any member of the other; then the bare mentions."""

    def clash(a: merge_events._Node, b: merge_events._Node) -> bool:
        return merge_events._apart(merge_events._Cluster(a), merge_events._Cluster(b))

    edges: dict[tuple[int, int], float] = {}
    for a, b in itertools.combinations([n for n in nodes if not n.bare], 2):
        if merge_events._related(a.mention.lemma, b.mention.lemma) and not clash(a, b):
            same = a.mention.lemma == b.mention.lemma
            evidence = merge_events._evidence(a, b)
            edges[(a.index, b.index)] = evidence + same if evidence else 0.5 if same else 0.25
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
    alone: dict[str, set[int]] = {}
    for node in (n for n in nodes if n.bare):
        lemma = node.mention.lemma
        related = full.get(lemma) or [c for o in sorted(full) if merge_events._related(lemma, o) for c in full[o]]
        candidates = [c for c in related if not any(clash(node, nodes[m]) for m in c)]
        local = [c for c in candidates if any(nodes[m].article_id == node.article_id for m in c)]
        target = max(local if len(local) == 1 else candidates, key=lambda c: (len(c), -min(c)), default=None)
        target = alone.setdefault(lemma, set()) if target is None else target
        target.add(node.index)
        cluster_of[node.index] = target
    unique = {id(c): sorted(c) for c in cluster_of.values()}.values()
    return sorted(c for c in unique if len(c) > 1 or not nodes[c[0]].bare or merge_events._tells(nodes[c[0]]))


@pytest.mark.parametrize("seed", range(12))
def test_clusters_join_as_taking_every_pair_in_order_would(seed: int) -> None:
    nodes, must = random_nodes(seed, 70)
    assert merge_events._clusters(nodes, must) == pair_by_pair(nodes, must)


def test_related_lemmas_are_those_related_pairwise() -> None:
    words = {w for group in merge_events.NEWS_SYNONYMS + SYNONYMS for w in group}
    words |= {"explode", "explosion", "explorer", "statement", "states", "state", "say", "war", "warfare"}
    found = merge_events._related_lemmas(words)
    assert found == {w: sorted(o for o in words if merge_events._related(w, o)) for w in sorted(words)}
