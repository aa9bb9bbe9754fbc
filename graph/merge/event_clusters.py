"""Cluster event mentions across articles: the mentions of one happening, however each article words it.

Nodes are event mentions; an edge joins two mentions whose triggers may name one event (the same or a synonymous
lemma, the same type), whose times do not contradict each other, and which share evidence: an agent, a patient or a
place (one actor, one whole name, or a name and its nationality, "Ukraine" and "the Ukrainian military"; never part
of a name: "David Frost", "David Davis"), or the same day; failing that, within one article, one trigger lemma
(weaker: related lemmas) with nothing in conflict is a weak edge, taken last. Across articles a shared word is no
evidence: a story of many places and people has many "moved", "reached" and "killed" that share nothing else.
Speech events of reports of one statement are one speech event, and a verb of saying that introduces quotes ("X
said: …", :data:`~graph.merge.event_nodes.SAYING`) is one with another only so: its identity is what was said, and
two articles' "said", however alike their speakers, dates and places, are two acts of speaking unless they carry one
statement (an appeal, a letter or a petition is an act of its own, which outlets quote in different words: it joins
as any event does, and so does a "said" that one statement makes one with it).
Edges are taken best first, and a join is refused when the cluster would hold two mentions that cannot be one event
(different agents, disjoint dates, different places): two petitions by two councils
stay two events, and no chain of near matches can join them. A plural or present-tense trigger ("rallies", "votes")
names several happenings or a habit: it joins only on shared evidence, never on its word alone. Agents clash when
both are named and differ, or when they are different kinds of actor: "the actress" and "Tara Reid" may be one,
"another blogger" and "the district council" may not, nor two different agents in one article.

Within one article nothing in conflict is enough: mentions of one word (or of synonyms, or of one word's verb and
noun) are one event unless their agents, kinds of agent or dates tell them apart, because most mentions of a word in
one article name its one happening. A mention with no participant, place or time ("the petition", "the push") names
an event told elsewhere: it joins the event of its word (failing that, of a related word) in its own article when
there is exactly one, else the largest such event that more than one article tells (the story's); mentions of a
word that no such event has are one event among themselves. Either way only within the news of its own days: articles
published weeks apart name different meetings and interviews by one word.
A lone one is dropped when it only names an event ("the war": background, or told elsewhere), kept when its words
tell what happened ("fire gutted the supermarket", whose participants the extractor did not find).

Lives apart from :mod:`graph.merge.events` (mentions in, events out) because clustering is its own concern; what a
mention is to it, and the test that refuses a join, are :mod:`graph.merge.event_nodes`.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections import defaultdict
from collections.abc import Iterable, Iterator

from graph.merge.event_lemmas import NEWS_SYNONYMS as NEWS_SYNONYMS  # handed on to graph.merge.events
from graph.merge.event_lemmas import STEM as STEM
from graph.merge.event_lemmas import related_lemmas
from graph.merge.event_nodes import NEWS_CYCLE, Cluster, Keys, Node, apart, recalled, same_news, share
from graph.merge.greedy import join_best_first

SAME_STATEMENT = 10.0
"""Weight of the edge between speech events whose quotes are reports of one statement."""
SAME_LEMMA = 0.5
"""Weight of the edge between mentions of one trigger lemma with nothing shared and nothing in conflict: taken last,
so that a mention joins the event it shares participants with before one it only shares a word with. Related lemmas
with nothing shared get half of it."""
NOT_NAMES = frozenset(
    ["the", "a", "an", "more", "most", "many", "some", "several", "few", "one", "another", "other", "all", "both",
     "former", "new", "than"]
)  # fmt: skip
"""Words that name no happening: a mention of no other words only names an event ("the war", "another one")."""
ROLES = ("agents", "patients", "places")


def _evidence(a: Node, b: Node) -> float:
    score = 2.0 * share(a.agents, b.agents) + share(a.patients, b.patients) + share(a.places, b.places)
    if a.time is not None and b.time is not None and a.time.start == b.time.start:
        score += 1.0
    return score


def cluster_mentions(nodes: list[Node], must: list[tuple[int, int]]) -> list[list[int]]:
    """Edges best first, a join refused when the clusters clash: reports of one statement, then mentions of related
    lemmas that share evidence (an agent, a patient, a place, a day), then mentions of one lemma, then of related ones.
    The weak edges of the last two (nothing shared, nothing in conflict) join every pair of a block of lemmas whose
    mentions are in one article and both or neither history the article recalls (:func:`recalled`), so they are
    taken cluster by cluster (:func:`_weak`), which joins what taking them pair by pair in order would."""
    full = [n for n in nodes if not n.bare]
    related = related_lemmas(n.mention.lemma for n in nodes)
    cluster_of = [Cluster(n) for n in nodes]
    for i, j in sorted(must):  # SAME_STATEMENT outweighs any evidence: these edges come first
        _join_unless_apart(cluster_of, cluster_of[i], cluster_of[j], statement=True)
    _join_sharing(full, related, cluster_of)
    grouped: dict[tuple[str, bool], list[Node]] = defaultdict(list)
    for n in full:
        if not n.plural:  # "rallies": one with another only on shared evidence
            grouped[(n.article_id, recalled(n))].append(n)
    groups = list(grouped.values())
    for told in groups:
        _weak(told, cluster_of, {n.mention.lemma: (n.mention.lemma,) for n in told})
    for told in groups:
        lemmas = {n.mention.lemma for n in told}
        _weak(told, cluster_of, {m: tuple(r for r in related[m] if r != m and r in lemmas) for m in lemmas})
    _attach_bare(nodes, cluster_of, related)
    return _kept(nodes, cluster_of)


def _kept(nodes: list[Node], cluster_of: list[Cluster]) -> list[list[int]]:
    """The members of each cluster, but for a lone bare mention that does not tell what happened (:func:`_tells`)."""
    members = [sorted(c.members) for c in {id(c): c for c in cluster_of}.values()]
    return sorted((c for c in members if len(c) > 1 or not nodes[c[0]].bare or _tells(nodes[c[0]])), key=lambda c: c[0])


def _join_sharing(full: list[Node], related: dict[str, list[str]], cluster_of: list[Cluster]) -> None:
    """Join the mentions of related lemmas that share evidence, best first (:func:`_weight`).

    Mentions that one article's words give again in another (outlets print one agency's report) have the same edges:
    they are one class, and :func:`~graph.merge.greedy.join_best_first` takes each block of edges between two classes
    without meeting every pair. A key that only one article's mentions hold (an actor described there, "another
    blogger") tells apart classes that are otherwise one, so classes leave such keys out, and the pairs that share one
    are taken as edges of their own, at their own weight."""
    local = _local_keys(full)
    classes, representatives = _classes(full, local)
    blocks = [
        (_weight(representatives[u], representatives[v]), u, v)
        for u, v in _sharing(representatives, related, within=True)
    ]

    def join(weight: float, p: int, q: int) -> bool:  # the weight orders the edges, and decides nothing here
        return _join_unless_apart(cluster_of, cluster_of[full[p].index], cluster_of[full[q].index])

    join_best_first(classes, blocks, lambda p: cluster_of[full[p].index], join, _local_pairs(full, local, related))


def _local_keys(full: list[Node]) -> set[tuple[str, str]]:
    """The (role, key) pairs that the mentions of one article only hold."""
    held: dict[tuple[str, str], set[str]] = defaultdict(set)
    for n in full:
        for role in ROLES:
            for key in getattr(n, role).plain:
                held[(role, key)].add(n.article_id)
    return {role_key for role_key, articles in held.items() if len(articles) == 1}


def _classes(full: list[Node], local: set[tuple[str, str]]) -> tuple[list[int], list[Node]]:
    """The class of each mention (the same lemma, time and keys but the ``local`` ones), and a mention of each class
    without those keys."""
    public: dict[tuple[object, ...], Node] = {}
    classes = []
    for n in full:
        agents, patients, places = (
            Keys(frozenset(k for k in keys.plain if (role, k) not in local), keys.names, keys.demonyms)
            for role, keys in zip(ROLES, (n.agents, n.patients, n.places), strict=True)
        )
        signature = (n.mention.lemma, agents, patients, places, n.time is not None and n.time.start)
        representative = Node(len(public), "", n.mention, agents, patients, places, n.time, n.families)
        classes.append(public.setdefault(signature, representative).index)
    return classes, list(public.values())


def _local_pairs(
    full: list[Node], local: set[tuple[str, str]], related: dict[str, list[str]]
) -> set[tuple[float, int, int]]:
    """The edges ``(weight, p, q)`` between the mentions (by position in ``full``) of related lemmas that share a
    ``local`` key."""
    position = {n.index: p for p, n in enumerate(full)}
    by_key: dict[tuple[str, str], list[Node]] = defaultdict(list)
    for n in full:
        for role in ROLES:
            for key in getattr(n, role).plain:
                if (role, key) in local:
                    by_key[(role, key)].append(n)
    return {
        (_weight(a, b), position[a.index], position[b.index])
        for group in by_key.values()
        for a, b in itertools.combinations(group, 2)
        if b.mention.lemma in related[a.mention.lemma]
    }


def _weight(a: Node, b: Node) -> float:
    """The order in which an edge is taken, lowest first: by the evidence the two mentions share, then one lemma."""
    return -(_evidence(a, b) + (1.0 if a.mention.lemma == b.mention.lemma else 0.0))


def _sharing(full: list[Node], related: dict[str, list[str]], within: bool = False) -> set[tuple[int, int]]:
    """The pairs of mentions of related lemmas that share evidence, found through an index of their keys; ``within``:
    with ``(i, i)`` for a mention that shares evidence with itself (for classes of mentions: between two members)."""
    index: dict[tuple[str, str, object], dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for n in full:
        for role, keys in (("agents", n.agents), ("patients", n.patients), ("places", n.places)):
            for kind, values in (("plain", keys.plain), ("name", keys.names), ("demonym", keys.demonyms)):
                for value in values:
                    index[(role, kind, value)][n.mention.lemma].append(n.index)
        if n.time is not None:
            index[("time", "plain", n.time.start)][n.mention.lemma].append(n.index)
    pairs: set[tuple[int, int]] = set()

    def meet(first: dict[str, list[int]], second: dict[str, list[int]], itself: bool) -> None:
        for lemma, some in first.items():
            for other in related[lemma]:
                if itself and other == lemma:
                    pairs.update(
                        itertools.combinations_with_replacement(some, 2) if within else itertools.combinations(some, 2)
                    )  # in order already
                elif not itself or other > lemma:  # itself, each pair of lemmas meets once
                    pairs.update(
                        (i, j) if i < j else (j, i) for i in some for j in second.get(other, ()) if within or i != j
                    )

    for key, by_lemma in index.items():
        if key[1] == "name":  # "Ukraine" meets "Ukrainian"; two nationalities alone are not one actor
            meet(by_lemma, index.get((key[0], "demonym", key[2]), {}), itself=False)
        elif key[1] == "plain":
            meet(by_lemma, by_lemma, itself=True)
    return pairs


def _join(cluster_of: list[Cluster], a: Cluster, b: Cluster) -> Cluster:
    big, small = (a, b) if len(a.members) >= len(b.members) else (b, a)
    big.absorb(small)
    for member in small.members:
        cluster_of[member] = big
    return big


def _join_unless_apart(cluster_of: list[Cluster], a: Cluster, b: Cluster, statement: bool = False) -> bool:
    """Join two clusters unless they are one already or :func:`~graph.merge.event_nodes.apart` (``statement``: their
    quotes are reports of one statement); whether they are one now."""
    if a is b:
        return True
    if apart(a, b, statement):
        return False
    _join(cluster_of, a, b)
    return True


def _weak(full: list[Node], cluster_of: list[Cluster], partners: dict[str, tuple[str, ...]]) -> None:
    """Join, for each mention in turn, the clusters holding later mentions of its partner lemmas that do not clash,
    first met first: as taking the edges between every such pair in order would, without meeting each pair.

    A cluster that took this step for a lemma has met every later cluster of its partners, and one that took it for
    a partner lemma has met this one: neither needs to again, since a join once refused stays refused."""
    by_lemma: dict[str, list[int]] = defaultdict(list)
    for n in full:
        by_lemma[n.mention.lemma].append(n.index)
        cluster_of[n.index].done = set()
    pending: dict[str, list[int]] = {}  # per lemma, the first partner mention of each cluster, in order
    for lemma, others in partners.items():
        firsts: dict[int, int] = {}
        for i in sorted(i for other in others for i in by_lemma[other]):
            firsts.setdefault(id(cluster_of[i]), i)
        pending[lemma] = list(firsts.values())
    for node in full:
        lemma = node.mention.lemma
        wanted = set(partners[lemma])
        cluster = cluster_of[node.index]
        if lemma in cluster.done:
            continue
        cluster.done.add(lemma)
        kept, met = [], set()
        for first in pending[lemma]:
            other = cluster_of[first]
            if other in met or other.done & wanted:
                continue
            met.add(other)
            kept.append(first)
            if other is not cluster and not apart(cluster, other):
                cluster = _join(cluster_of, cluster, other)
                met.add(cluster)
        pending[lemma] = kept


def _tells(node: Node) -> bool:
    """Whether a mention tells what happened in words of its own ("fire gutted the supermarket"), rather than only
    naming an event ("the war"): a lone mention that only names one names an event told elsewhere, or background."""
    return len([w for w in node.mention.label.split() if w.casefold() not in NOT_NAMES]) > 1


def _attach_bare(nodes: list[Node], cluster_of: list[Cluster], related: dict[str, list[str]]) -> None:
    """Each bare mention joins an event of its own lemma, or failing that of a related one, of its own kind (it has
    nothing else to clash with): the one in its own article when
    there is one, else the largest that more than one article tells; with none, bare mentions of one lemma that only
    name an event ("the explosion") are one event among themselves, and one whose words go on (:func:`_goes_on`) is
    an event of its own. A bare mention names the news of its own days: it joins only an event told in an article
    published within :data:`~graph.merge.event_nodes.NEWS_CYCLE` of its own
    (:func:`~graph.merge.event_nodes.same_news`)."""
    full = _full_by_lemma(nodes, cluster_of)
    days = _NewsDays(full)
    articles = {id(c): {nodes[m].article_id for m in c.members} for cs in full.values() for c in cs}
    least = {id(c): min(c.members) for cs in full.values() for c in cs}
    alone: dict[str, list[Cluster]] = defaultdict(list)
    for node in (n for n in nodes if n.bare and not n.another):
        own = cluster_of[node.index]
        fitting = [c for c in days.candidates(node, related) if not apart(own, c)]
        target = _largest(node, fitting, articles, least)
        if target is None:
            if _goes_on(node):
                continue
            target = next((c for c in alone[node.mention.lemma] if same_news(node, c)), None)
            if target is None:
                alone[node.mention.lemma].append(own)
                continue
        else:
            articles[id(target)].add(node.article_id)
            least[id(target)] = min(least[id(target)], node.index)
            days.told(target, node.published)
        _join(cluster_of, target, own)  # the larger, or the first on a tie: ``target`` stays itself


class _NewsDays:
    """The events of each lemma (:func:`_full_by_lemma`) by the publication days of their articles, and those of
    articles of no known date: a bare mention looks only at the events told within
    :data:`~graph.merge.event_nodes.NEWS_CYCLE` of its own day (:func:`~graph.merge.event_nodes.same_news`), not at
    every event of its word in a story of many months."""

    def __init__(self, full: dict[str, list[Cluster]]) -> None:
        self.full = full
        self.by_day: dict[str, dict[dt.date | None, list[Cluster]]] = {}
        self.lemmas: dict[int, list[str]] = defaultdict(list)  # the lemmas whose events each cluster is among
        for lemma, clusters in full.items():
            by_day: dict[dt.date | None, list[Cluster]] = defaultdict(list)
            for c in clusters:
                self.lemmas[id(c)].append(lemma)
                for day in c.published or [None]:
                    by_day[day].append(c)
            self.by_day[lemma] = by_day

    def candidates(self, node: Node, related: dict[str, list[str]]) -> list[Cluster]:
        """The events of ``node``'s kind among those of its lemma, or failing that of the lemmas related to it, told
        in its news days (:func:`~graph.merge.event_nodes.same_news`); never a verb of saying that introduces quotes,
        which only its statement joins (:func:`~graph.merge.event_nodes.apart`)."""
        lemma = node.mention.lemma
        found: list[Cluster] = []
        for other in [lemma] if self.full.get(lemma) else related[lemma]:
            if other not in self.full:
                continue
            day = node.published
            if day is None:
                some: Iterable[Cluster] = self.full[other]
            else:
                by_day = self.by_day[other]
                near = {id(c): c for c in by_day.get(None, ()) if not c.published}  # no date: any day's news
                for near_day in _news_days(day):
                    for c in by_day.get(near_day, ()):
                        near.setdefault(id(c), c)
                some = near.values()
            found += [c for c in some if c.type is node.mention.type and not c.quoted]
        return found

    def told(self, cluster: Cluster, day: dt.date | None) -> None:
        """Note that ``cluster`` is about to take a mention of an article published on ``day``."""
        if day is None or day in cluster.published:
            return
        for lemma in self.lemmas[id(cluster)]:
            self.by_day[lemma][day].append(cluster)


def _news_days(day: dt.date) -> Iterator[dt.date]:
    """The days within :data:`~graph.merge.event_nodes.NEWS_CYCLE` of ``day`` that the calendar holds: none before
    1 January of year 1 or after 31 December 9999, which a publication date may be."""
    first = max(day.toordinal() - NEWS_CYCLE.days, dt.date.min.toordinal())
    last = min(day.toordinal() + NEWS_CYCLE.days, dt.date.max.toordinal())
    return (dt.date.fromordinal(n) for n in range(first, last + 1))


def _goes_on(node: Node) -> bool:
    """Whether a mention's words go on after its trigger ("raised questions", "raised $8 million"): what it tells
    besides its word, with no participant found in it, sets it apart from another article's mention of that word."""
    return node.mention.span.end > node.mention.trigger.end


def _full_by_lemma(nodes: list[Node], cluster_of: list[Cluster]) -> dict[str, list[Cluster]]:
    """The clusters holding mentions of each lemma that are not bare, first met first."""
    full: dict[str, list[Cluster]] = defaultdict(list)
    seen: set[tuple[str, int]] = set()
    for node in nodes:
        if not node.bare and (key := (node.mention.lemma, id(cluster_of[node.index]))) not in seen:
            seen.add(key)
            full[node.mention.lemma].append(cluster_of[node.index])
    return full


def _largest(
    node: Node, candidates: list[Cluster], articles: dict[int, set[str]], least: dict[int, int]
) -> Cluster | None:
    """The one of ``candidates`` in ``node``'s article when there is one, else the largest (the first met on a tie)
    of those told in more than one article: an event one other article tells is that article's, not the story's."""
    local = [c for c in candidates if node.article_id in articles[id(c)]]
    pool = local if len(local) == 1 else [c for c in candidates if len(articles[id(c)]) > 1]
    return max(pool, key=lambda c: (len(c.members), -least[id(c)]), default=None)
