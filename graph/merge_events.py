"""Merge event mentions across articles: networkx clusters mentions of one happening, however each article words it.

Nodes are event mentions; an edge joins two mentions whose triggers may name one event (the same or a synonymous
lemma, the same type), whose times do not contradict each other, and which share evidence: an agent, a patient or a
place (the same merged actor, or a shared proper name: "Ukraine" and "the Ukrainian military"), or the same day;
failing that, the same trigger lemma (weaker still: related lemmas) with nothing in conflict is a weak edge, taken last.
Speech events of reports of one statement are one speech event. Edges are taken best first, and a join is refused
when the cluster would hold two mentions that cannot be one event (different agents, disjoint dates): two petitions
by two councils stay two events, and no chain of near matches can join them. Agents clash when both are named
and differ, or when they are different kinds of actor: "the actress" and "Tara Reid" may be one, "another blogger"
and "the district council" may not, nor two different agents in one article.

Nothing in conflict is enough: mentions of one word (or of synonyms, or of one word's verb and noun) are one event
unless their agents, kinds of agent or dates tell them apart, because most mentions of a word in one story name the
story's one happening. A mention with no participant, place or time ("the petition", "the push") names an event told
elsewhere: it joins the event of its word (failing that, of a related word) in its own article when there is exactly
one, else the largest such event in the story; mentions of a word that no event has are one event among themselves.
A lone one is dropped when it only names an event ("the war": background, or told elsewhere), kept when its words
tell what happened ("fire gutted the supermarket", whose participants the extractor did not find).

Lives beside :mod:`graph.merge` (actors, statements) because it is its own concern and ``merge.py`` is long enough.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

import networkx as nx

from graph.extract.event_words import synonymous
from graph.model import (
    Event,
    EventMention,
    EventRelation,
    EventReport,
    Granularity,
    Mention,
    Span,
    Story,
    TimeExpr,
)

SAME_STATEMENT = 10.0
"""Weight of the edge between speech events whose quotes are reports of one statement."""
SAME_LEMMA = 0.5
"""Weight of the edge between mentions of one trigger lemma with nothing shared and nothing in conflict: taken last,
so that a mention joins the event it shares participants with before one it only shares a word with. Related lemmas
with nothing shared get half of it."""
STEM = 5
"""Lemmas longer than this that share their first letters are one word's verb and noun: "explode", "explosion"."""
NEWS_SYNONYMS = (
    frozenset({"die", "death", "dead", "kill", "killing"}),
    frozenset({"explode", "explosion", "blast"}),
    frozenset({"injure", "injury", "wound"}),
    frozenset({"escape", "flee"}),
    frozenset({"hit", "strike"}),
    frozenset({"destroy", "demolish", "damage"}),
)
"""General news verbs and nouns that name one happening, beside the extractor's :data:`SYNONYMS`."""
DATE_SLACK = dt.timedelta(days=1)
"""Dates this far apart may still be one event (an evening in one time zone is the next morning in another)."""
NAME_STEM = 5
"""Proper names share a participant when their first letters agree: "Ukraine" / "Ukrainian", "Russia" / "Russian"."""
DEMONYM = re.compile(r"(?:ian|an|ese|ish|i)$")
"""How a nationality adjective ends: Ukrainian, Russian, Chinese, British, Israeli."""
NOT_NAMES = frozenset(
    [
        "the",
        "a",
        "an",
        "more",
        "most",
        "many",
        "some",
        "several",
        "few",
        "one",
        "another",
        "other",
        "all",
        "both",
        "former",
        "new",
        "more",
        "than",
    ]
)


@dataclass(frozen=True, slots=True)
class _Node:
    index: int
    article_id: str
    mention: EventMention
    agents: frozenset[str]
    patients: frozenset[str]
    places: frozenset[str]
    time: TimeExpr | None

    @property
    def bare(self) -> bool:
        return not (self.agents or self.patients or self.places or self.time or self.mention.quotes)


def merge_events(story: Story) -> tuple[list[Event], list[EventRelation]]:
    """The events of ``story``'s articles, merged, and the relations the articles state between them."""
    nodes = [
        _node(i, story, article_id, mention)
        for i, (article_id, mention) in enumerate(
            (f.article.id, m) for f in sorted(story.facts, key=lambda f: f.article.id) for m in f.events
        )
    ]
    clusters = _clusters(nodes, _statement_links(story, nodes))
    events: list[Event] = []
    key_of: dict[tuple[str, Span], str] = {}
    for members in clusters:
        event = _event(story, [nodes[i] for i in sorted(members)])
        events.append(event)
        for report in event.reports:
            key_of[(report.article_id, report.mention.trigger)] = event.key
    events.sort(key=lambda e: e.key)
    return events, _relations(story, key_of)


def _node(index: int, story: Story, article_id: str, mention: EventMention) -> _Node:
    def keys(mentions: Iterable[Mention]) -> frozenset[str]:
        found: set[str] = set()
        for m in mentions:
            actor = story.actor_of.get((article_id, m.span))
            if actor is not None:
                found.add("actor:" + actor)
            found.update(_name_stems(m.text))
        return frozenset(found)

    time = story.time(article_id, mention.time) if mention.time is not None else None
    if time is not None and (time.start is None or time.granularity is Granularity.DURATION):
        time = None
    return _Node(index, article_id, mention, keys(mention.agents), keys(mention.patients), keys(mention.places), time)


def _name_stems(text: str) -> set[str]:
    """Keys of the proper names in a participant's words; a nationality ("Russian") is kept apart from a name."""
    words = [w for w in re.findall(r"[A-Z][\w'’.-]+", text) if len(w) >= 4 and w.casefold() not in NOT_NAMES]
    return {("demonym:" if DEMONYM.search(w) else "name:") + w[:NAME_STEM].casefold() for w in words}


def _families(keys: frozenset[str]) -> frozenset[str]:
    """Whether the actors among ``keys`` are people or bodies; a country acts as its state, so places are bodies.
    Actor keys begin with their family (person, org, place)."""
    families = {k.removeprefix("actor:").split("/", 1)[0] for k in keys if k.startswith("actor:")}
    return frozenset("person" if f == "person" else "body" for f in families)


def _names(keys: frozenset[str]) -> frozenset[str]:
    return frozenset(k for k in keys if not k.startswith("actor:"))


def _share(a: frozenset[str], b: frozenset[str]) -> bool:
    """One actor, or one proper name; "Ukrainian" meets "Ukraine", but two nationalities alone are not one actor."""
    if a & {k for k in b if not k.startswith("demonym:")}:
        return True
    names_a = {k.split(":", 1)[1] for k in a if k.startswith("name:")}
    names_b = {k.split(":", 1)[1] for k in b if k.startswith("name:")}
    demonyms_a = {k.split(":", 1)[1] for k in a if k.startswith("demonym:")}
    demonyms_b = {k.split(":", 1)[1] for k in b if k.startswith("demonym:")}
    return bool(names_a & demonyms_b or demonyms_a & names_b)


def _statement_links(story: Story, nodes: list[_Node]) -> list[tuple[int, int]]:
    """Pairs of speech events that introduce reports of one statement."""
    by_quote = {(n.article_id, q): n.index for n in nodes for q in n.mention.quotes}
    links = []
    for statement in story.statements:
        speech = sorted({by_quote[k] for r in statement.reports if (k := (r.article_id, r.quote.span)) in by_quote})
        links += [(speech[0], other) for other in speech[1:]]
    return links


def _clashes(a: _Node, b: _Node) -> bool:
    """Two mentions that cannot be one event: another kind, other agents, or dates apart."""
    if a.mention.type is not b.mention.type:
        return True
    named_a, named_b = _names(a.agents), _names(b.agents)
    if named_a and named_b and not _share(a.agents, b.agents):  # "the actress" may be anyone; "Reid" is not "Lohan"
        return True
    families_a, families_b = _families(a.agents), _families(b.agents)
    if families_a and families_b and not families_a & families_b:  # "another blogger" is no council
        return True
    if a.article_id == b.article_id and families_a and families_b and not _share(a.agents, b.agents):
        return True  # one article names one agent one way: "one blogger …", "another blogger …" are two
    if a.time is not None and b.time is not None and a.time.start and b.time.start:
        a_end, b_end = a.time.end or a.time.start, b.time.end or b.time.start
        if a.time.start > b_end + DATE_SLACK or b.time.start > a_end + DATE_SLACK:
            return True
    return False


def _evidence(a: _Node, b: _Node) -> float:
    score = 2.0 * _share(a.agents, b.agents) + _share(a.patients, b.patients) + _share(a.places, b.places)
    if a.time is not None and b.time is not None and a.time.start == b.time.start:
        score += 1.0
    return score


def _related(first: str, second: str) -> bool:
    """Whether two trigger lemmas may name one event: synonyms, or one word's verb and noun ("explode", "explosion")."""
    if synonymous(first, second) or any(first in group and second in group for group in NEWS_SYNONYMS):
        return True
    return min(len(first), len(second)) > STEM and first[:STEM] == second[:STEM]


def _clusters(nodes: list[_Node], must: list[tuple[int, int]]) -> list[set[int]]:
    graph = nx.Graph()
    graph.add_nodes_from(n.index for n in nodes)
    by_lemma: dict[str, list[_Node]] = defaultdict(list)
    for node in nodes:
        by_lemma[node.mention.lemma].append(node)
    lemmas = sorted(by_lemma)
    for i, first in enumerate(lemmas):
        for second in lemmas[i:]:
            if not _related(first, second):
                continue
            bonus = 1.0 if first == second else 0.0
            for a in by_lemma[first]:
                for b in by_lemma[second]:
                    if (a.index >= b.index and first == second) or a.index == b.index or a.bare or b.bare:
                        continue
                    if _clashes(a, b):
                        continue
                    evidence = _evidence(a, b)
                    if evidence:
                        graph.add_edge(a.index, b.index, weight=evidence + bonus)
                    elif first == second:
                        graph.add_edge(a.index, b.index, weight=SAME_LEMMA)
                    else:
                        graph.add_edge(a.index, b.index, weight=SAME_LEMMA / 2)
    for first_index, second_index in must:
        graph.add_edge(first_index, second_index, weight=SAME_STATEMENT)
    cluster_of = {n.index: {n.index} for n in nodes}
    edges = sorted(graph.edges(data="weight"), key=lambda e: (-e[2], min(e[0], e[1]), max(e[0], e[1])))
    for i, j, _weight in edges:
        ca, cb = cluster_of[i], cluster_of[j]
        if ca is cb or any(_clashes(nodes[x], nodes[y]) for x in ca for y in cb):
            continue
        merged = ca | cb
        for member in merged:
            cluster_of[member] = merged
    _attach_bare(nodes, cluster_of)
    unique = {id(c): c for c in cluster_of.values()}.values()
    return sorted((c for c in unique if len(c) > 1 or not nodes[min(c)].bare or _tells(nodes[min(c)])), key=min)


def _tells(node: _Node) -> bool:
    """Whether a mention tells what happened in words of its own ("fire gutted the supermarket"), rather than only
    naming an event ("the war"): a lone mention that only names one names an event told elsewhere, or background."""
    return len([w for w in node.mention.label.split() if w.casefold() not in NOT_NAMES]) > 1


def _attach_bare(nodes: list[_Node], cluster_of: dict[int, set[int]]) -> None:
    """Each bare mention joins an event of its own lemma, or failing that of a related one, that does not clash with it:
    the one in its own article when there is one, else the largest; with none, bare mentions of one lemma are one event
    among themselves."""
    full: dict[str, list[set[int]]] = defaultdict(list)
    for node in nodes:
        if not node.bare:
            cluster = cluster_of[node.index]
            if all(cluster is not c for c in full[node.mention.lemma]):
                full[node.mention.lemma].append(cluster)
    alone: dict[str, set[int]] = {}
    for node in nodes:
        if not node.bare or len(cluster_of[node.index]) > 1:
            continue
        lemma = node.mention.lemma
        related = full[lemma] or [c for other in sorted(full) if _related(lemma, other) for c in full[other]]
        candidates = [c for c in related if not any(_clashes(node, nodes[m]) for m in c)]
        local = [c for c in candidates if any(nodes[m].article_id == node.article_id for m in c)]
        pool = local if len(local) == 1 else candidates
        largest = max(pool, key=lambda c: (len(c), -min(c)), default=None)
        target = largest if largest is not None else alone.setdefault(node.mention.lemma, set())
        target.add(node.index)
        cluster_of[node.index] = target


def _event(story: Story, members: list[_Node]) -> Event:
    lemmas = Counter(n.mention.lemma for n in members)
    best = max(
        members,
        key=lambda n: (
            not n.bare,
            bool(n.agents),
            not n.mention.quotes,
            bool(n.patients) + bool(n.places),
            lemmas[n.mention.lemma],
            -abs(len(n.mention.label) - 40),
            -n.index,
        ),
    )
    first = min(members, key=lambda n: (n.article_id, n.mention.trigger.start))
    types = Counter(n.mention.type for n in members)

    def actors(role: str) -> set[str]:
        return {
            key
            for n in members
            for m in getattr(n.mention, role)
            if (key := story.actor_of.get((n.article_id, m.span))) is not None
        }

    return Event(
        key=f"{first.article_id}/{first.mention.trigger.start}-{first.mention.trigger.end}",
        label=best.mention.label,
        type=types.most_common(1)[0][0],
        reports=[EventReport(n.article_id, n.mention) for n in sorted(members, key=lambda n: n.index)],
        agents=actors("agents"),
        patients=actors("patients"),
        places=actors("places"),
    )


def _relations(story: Story, key_of: dict[tuple[str, Span], str]) -> list[EventRelation]:
    found: dict[tuple[str, str, str], EventRelation] = {}
    for facts in sorted(story.facts, key=lambda f: f.article.id):
        for relation in facts.relations:
            source = key_of.get((facts.article.id, relation.source))
            target = key_of.get((facts.article.id, relation.target))
            if source is None or target is None or source == target:
                continue
            found.setdefault(
                (source, target, relation.type.value),
                EventRelation(source, target, relation.type, relation.words, facts.article.id),
            )
    return list(found.values())


def made_in(story: Story) -> dict[tuple[str, Span], str]:
    """The speech event each quote was made in: (article id, quote span) -> event key."""
    return {(r.article_id, q): e.key for e in story.events for r in e.reports for q in r.mention.quotes}
