"""Cluster event mentions across articles: the mentions of one happening, however each article words it.

Nodes are event mentions; an edge joins two mentions whose triggers may name one event (the same or a synonymous
lemma, the same type), whose times do not contradict each other, and which share evidence: an agent, a patient or a
place (one actor, one whole name, or a name and its nationality, "Ukraine" and "the Ukrainian military"; never part
of a name: "David Frost", "David Davis"), or the same day; failing that, within one article, one trigger lemma
(weaker: related lemmas) with nothing in conflict is a weak edge, taken last. Across articles a shared word is no
evidence: a story of many places and people has many "moved", "reached" and "killed" that share nothing else.
Speech events of reports of one statement are one speech event, and a verb of saying that introduces quotes ("X
said: …", :data:`SAYING`) is one with another only so: its identity is what was said, and two articles' "said",
however alike their speakers, dates and places, are two acts of speaking unless they carry one statement (an appeal,
a letter or a petition is an act of its own, which outlets quote in different words: it joins as any event does, and
so does a "said" that one statement makes one with it).
Edges are taken best first, and a join is refused when the cluster would hold two mentions that cannot be one event
(different agents, disjoint dates): two petitions by two councils stay two events, and no chain of near matches can
join them. Agents clash when both are named and differ, or when they are different kinds of actor: "the actress" and
"Tara Reid" may be one, "another blogger" and "the district council" may not, nor two different agents in one
article.

Within one article nothing in conflict is enough: mentions of one word (or of synonyms, or of one word's verb and
noun) are one event unless their agents, kinds of agent or dates tell them apart, because most mentions of a word in
one article name its one happening. A mention with no participant, place or time ("the petition", "the push") names
an event told elsewhere: it joins the event of its word (failing that, of a related word) in its own article when
there is exactly one, else the largest such event that more than one article tells (the story's); mentions of a
word that no such event has are one event among themselves.
A lone one is dropped when it only names an event ("the war": background, or told elsewhere), kept when its words
tell what happened ("fire gutted the supermarket", whose participants the extractor did not find).

Lives apart from :mod:`graph.merge.events` (mentions in, events out) because clustering is its own concern.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections import defaultdict
from dataclasses import dataclass

from graph.merge.event_lemmas import NEWS_SYNONYMS as NEWS_SYNONYMS  # handed on to graph.merge.events
from graph.merge.event_lemmas import STEM as STEM
from graph.merge.event_lemmas import related_lemmas
from graph.merge.greedy import join_best_first
from graph.model import EventMention, Granularity, TimeExpr

SAME_STATEMENT = 10.0
"""Weight of the edge between speech events whose quotes are reports of one statement."""
SAME_LEMMA = 0.5
"""Weight of the edge between mentions of one trigger lemma with nothing shared and nothing in conflict: taken last,
so that a mention joins the event it shares participants with before one it only shares a word with. Related lemmas
with nothing shared get half of it."""
DATE_SLACK = dt.timedelta(days=1)
"""Dates this far apart may still be one event (an evening in one time zone is the next morning in another)."""
NOT_NAMES = frozenset(
    ["the", "a", "an", "more", "most", "many", "some", "several", "few", "one", "another", "other", "all", "both",
     "former", "new", "than"]
)  # fmt: skip
"""Words that name no happening: a mention of no other words only names an event ("the war", "another one")."""
ROLES = ("agents", "patients", "places")
SAYING = frozenset(["say", "tell", "add", "state", "write", "report", "explain", "note", "reply", "comment"])
"""Verbs that only carry the words they introduce: such a speech event is what was said, nothing more."""


@dataclass(frozen=True, slots=True)
class _Keys:
    """What names one participant (:func:`_share`): actors, whole names; name stems, which meet only nationalities';
    and the names of people (``person:`` keys, their words), which meet names of one person (:func:`_one_person`)."""

    plain: frozenset[str]
    names: frozenset[str]
    demonyms: frozenset[str]
    people: frozenset[tuple[str, ...]] = frozenset()

    @classmethod
    def of(cls, keys: set[str]) -> _Keys:
        stems: dict[str, set[str]] = {"actor": set(), "name": set(), "stem": set(), "demonym": set(), "person": set()}
        for key in keys:
            kind, stem = key.split(":", 1)
            stems[kind].add(stem)
        plain = frozenset(k for k in keys if k.startswith(("actor:", "name:")))
        people = frozenset(tuple(name.split()) for name in stems["person"])
        return cls(plain, frozenset(stems["stem"]), frozenset(stems["demonym"]), people)

    @property
    def named(self) -> bool:
        """Whether a proper name is among them: "the actress" may be anyone, "Reid" is not "Lohan"."""
        return bool(self.names or self.demonyms)

    def __bool__(self) -> bool:
        return bool(self.plain or self.demonyms)


@dataclass(frozen=True, slots=True)
class _Node:
    index: int
    article_id: str
    mention: EventMention
    agents: _Keys
    patients: _Keys
    places: _Keys
    time: TimeExpr | None
    families: frozenset[str]
    """Whether the agents are people or bodies; a country acts as its state, so places are bodies."""

    @property
    def bare(self) -> bool:
        return not (self.agents or self.patients or self.places or self.time or self.mention.quotes)


def _share(a: _Keys, b: _Keys) -> bool:
    """One actor, one proper name, or names of one person; "Ukrainian" meets "Ukraine", but two nationalities alone
    are not one actor."""
    if a.plain & b.plain or a.names & b.demonyms or a.demonyms & b.names:
        return True
    return any(_one_person(p, q) for p in a.people for q in b.people)


def _one_person(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether two names of people can name one person: the same surname, and the shorter name's first word (a given
    name, an initial) among the longer's words, or a surname alone: "Gigante", "Vincent Gigante" and "Vincent L.
    Gigante" can; "David Frost" and "David Davis" cannot, nor "Mrs Howard" and "Michael Howard"."""
    if not a or not b or a[-1] != b[-1]:
        return False
    short, long = sorted((a, b), key=len)
    return len(short) == 1 or short[0] in long


class _Cluster:
    """A growing event: its members, and what tells whether any of them cannot be one event with any member of another
    (:func:`_apart`), kept as a summary so that the test costs the distinct agents and articles, not every pair."""

    __slots__ = ("bodies_only", "by_article", "dates", "done", "members", "named", "people_only", "quoted", "type")

    def __init__(self, node: _Node) -> None:
        self.members = [node.index]
        self.type = node.mention.type
        self.named = {node.agents} if node.agents.named else set()
        self.people_only = node.families == {"person"}
        self.bodies_only = node.families == {"body"}
        self.by_article = {node.article_id: {node.agents}} if node.families else {}
        self.quoted = bool(node.mention.quotes) and node.mention.lemma in SAYING  # what was said tells it apart
        self.dates: tuple[dt.date, dt.date] | None = None  # the latest start and the earliest end of the members' times
        if node.time is not None and node.time.start is not None:
            self.dates = (node.time.start, node.time.end or node.time.start)
        self.done: set[str] = set()

    def absorb(self, other: _Cluster) -> None:
        self.members += other.members
        self.named |= other.named
        self.people_only |= other.people_only
        self.bodies_only |= other.bodies_only
        self.quoted &= other.quoted  # joined by one statement to an act ("a letter"), it is that act
        for article_id, agents in other.by_article.items():
            self.by_article.setdefault(article_id, set()).update(agents)
        if self.dates is None or other.dates is None:
            self.dates = self.dates or other.dates
        else:
            self.dates = (max(self.dates[0], other.dates[0]), min(self.dates[1], other.dates[1]))
        self.done |= other.done


def _apart(a: _Cluster, b: _Cluster, statement: bool = False) -> bool:
    """Whether a member of ``a`` and one of ``b`` cannot be one event: another kind, other agents, or dates apart, or,
    unless their quotes are reports of one ``statement``, a verb of saying that introduces quotes ("X said: …"): only
    the words said make two articles' "said" one. Agents clash when both are named and differ ("the actress"
    may be anyone; "Reid" is not "Lohan"), when one is people and the other bodies ("another blogger" is no council),
    or when one article names two ("one blogger …", "another blogger …" are two)."""
    if a.type is not b.type or (not statement and (a.quoted or b.quoted)):
        return True
    if a.dates and b.dates and (a.dates[0] - b.dates[1] > DATE_SLACK or b.dates[0] - a.dates[1] > DATE_SLACK):
        return True
    if (a.people_only and b.bodies_only) or (a.bodies_only and b.people_only):
        return True
    return _agents_apart(a, b)


def _agents_apart(a: _Cluster, b: _Cluster) -> bool:
    """Two named agents that differ, or two agents of one article that differ."""
    if any(not _share(x, y) for x in a.named for y in b.named):
        return True
    few, many = sorted((a.by_article, b.by_article), key=len)
    return any(
        not _share(x, y) for article_id in few.keys() & many.keys() for x in few[article_id] for y in many[article_id]
    )


def _evidence(a: _Node, b: _Node) -> float:
    score = 2.0 * _share(a.agents, b.agents) + _share(a.patients, b.patients) + _share(a.places, b.places)
    if a.time is not None and b.time is not None and a.time.start == b.time.start:
        score += 1.0
    return score


def _clusters(nodes: list[_Node], must: list[tuple[int, int]]) -> list[list[int]]:
    """Edges best first, a join refused when the clusters clash: reports of one statement, then mentions of related
    lemmas that share evidence (an agent, a patient, a place, a day), then mentions of one lemma, then of related ones.
    The weak edges of the last two (nothing shared, nothing in conflict) join every pair of a block of lemmas whose
    mentions are in one article and both or neither dated only to a year (:func:`_in_a_year`), so they are taken
    cluster by cluster (:func:`_weak`), which joins what taking them pair by pair in order would."""
    full = [n for n in nodes if not n.bare]
    related = related_lemmas(n.mention.lemma for n in nodes)
    cluster_of = [_Cluster(n) for n in nodes]
    for i, j in sorted(must):  # SAME_STATEMENT outweighs any evidence: these edges come first
        _join_unless_apart(cluster_of, cluster_of[i], cluster_of[j], statement=True)
    _join_sharing(full, related, cluster_of)
    grouped: dict[tuple[str, bool], list[_Node]] = defaultdict(list)
    for n in full:
        grouped[(n.article_id, _in_a_year(n))].append(n)
    groups = list(grouped.values())
    for told in groups:
        _weak(told, cluster_of, {n.mention.lemma: (n.mention.lemma,) for n in told})
    for told in groups:
        lemmas = {n.mention.lemma for n in told}
        _weak(told, cluster_of, {m: tuple(r for r in related[m] if r != m and r in lemmas) for m in lemmas})
    _attach_bare(nodes, cluster_of, related)
    return _kept(nodes, cluster_of)


def _in_a_year(node: _Node) -> bool:
    """Whether a mention is dated no finer than a year ("in 1983", "the 1930s"): history the article recalls, which a
    mention it shares nothing with, told undated or to the day, does not name. A time only placed in an article's
    estimated window ("seven months ago" in an undated article) is no such year."""
    time = node.time
    return time is not None and time.granularity in {Granularity.YEAR, Granularity.UNKNOWN} and not time.estimated


def _kept(nodes: list[_Node], cluster_of: list[_Cluster]) -> list[list[int]]:
    """The members of each cluster, but for a lone bare mention that does not tell what happened (:func:`_tells`)."""
    members = [sorted(c.members) for c in {id(c): c for c in cluster_of}.values()]
    return sorted((c for c in members if len(c) > 1 or not nodes[c[0]].bare or _tells(nodes[c[0]])), key=lambda c: c[0])


def _join_sharing(full: list[_Node], related: dict[str, list[str]], cluster_of: list[_Cluster]) -> None:
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


def _local_keys(full: list[_Node]) -> set[tuple[str, str]]:
    """The (role, key) pairs that the mentions of one article only hold."""
    held: dict[tuple[str, str], set[str]] = defaultdict(set)
    for n in full:
        for role in ROLES:
            for key in getattr(n, role).plain:
                held[(role, key)].add(n.article_id)
    return {role_key for role_key, articles in held.items() if len(articles) == 1}


def _classes(full: list[_Node], local: set[tuple[str, str]]) -> tuple[list[int], list[_Node]]:
    """The class of each mention (the same lemma, time and keys but the ``local`` ones), and a mention of each class
    without those keys."""
    public: dict[tuple[object, ...], _Node] = {}
    classes = []
    for n in full:
        agents, patients, places = (
            _Keys(frozenset(k for k in keys.plain if (role, k) not in local), keys.names, keys.demonyms)
            for role, keys in zip(ROLES, (n.agents, n.patients, n.places), strict=True)
        )
        signature = (n.mention.lemma, agents, patients, places, n.time is not None and n.time.start)
        representative = _Node(len(public), "", n.mention, agents, patients, places, n.time, n.families)
        classes.append(public.setdefault(signature, representative).index)
    return classes, list(public.values())


def _local_pairs(
    full: list[_Node], local: set[tuple[str, str]], related: dict[str, list[str]]
) -> set[tuple[float, int, int]]:
    """The edges ``(weight, p, q)`` between the mentions (by position in ``full``) of related lemmas that share a
    ``local`` key."""
    position = {n.index: p for p, n in enumerate(full)}
    by_key: dict[tuple[str, str], list[_Node]] = defaultdict(list)
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


def _weight(a: _Node, b: _Node) -> float:
    """The order in which an edge is taken, lowest first: by the evidence the two mentions share, then one lemma."""
    return -(_evidence(a, b) + (1.0 if a.mention.lemma == b.mention.lemma else 0.0))


def _sharing(full: list[_Node], related: dict[str, list[str]], within: bool = False) -> set[tuple[int, int]]:
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


def _join(cluster_of: list[_Cluster], a: _Cluster, b: _Cluster) -> _Cluster:
    big, small = (a, b) if len(a.members) >= len(b.members) else (b, a)
    big.absorb(small)
    for member in small.members:
        cluster_of[member] = big
    return big


def _join_unless_apart(cluster_of: list[_Cluster], a: _Cluster, b: _Cluster, statement: bool = False) -> bool:
    """Join two clusters unless they are one already or :func:`_apart` (``statement``: their quotes are reports of one
    statement); whether they are one now."""
    if a is b:
        return True
    if _apart(a, b, statement):
        return False
    _join(cluster_of, a, b)
    return True


def _weak(full: list[_Node], cluster_of: list[_Cluster], partners: dict[str, tuple[str, ...]]) -> None:
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
            if other is not cluster and not _apart(cluster, other):
                cluster = _join(cluster_of, cluster, other)
                met.add(cluster)
        pending[lemma] = kept


def _tells(node: _Node) -> bool:
    """Whether a mention tells what happened in words of its own ("fire gutted the supermarket"), rather than only
    naming an event ("the war"): a lone mention that only names one names an event told elsewhere, or background."""
    return len([w for w in node.mention.label.split() if w.casefold() not in NOT_NAMES]) > 1


def _attach_bare(nodes: list[_Node], cluster_of: list[_Cluster], related: dict[str, list[str]]) -> None:
    """Each bare mention joins an event of its own lemma, or failing that of a related one, of its own kind (it has
    nothing else to clash with): the one in its own article when there is one, else the largest that more than one
    article tells; with none, bare mentions of one lemma are one event among themselves."""
    full = _full_by_lemma(nodes, cluster_of)
    articles = {id(c): {nodes[m].article_id for m in c.members} for cs in full.values() for c in cs}
    least = {id(c): min(c.members) for cs in full.values() for c in cs}
    alone: dict[str, _Cluster] = {}
    for node in (n for n in nodes if n.bare):
        target = _largest(node, _candidates(node, full, related), articles, least)
        if target is None:
            if node.mention.lemma not in alone:
                alone[node.mention.lemma] = cluster_of[node.index]
                continue
            target = alone[node.mention.lemma]
        else:
            articles[id(target)].add(node.article_id)
            least[id(target)] = min(least[id(target)], node.index)
        target.members.append(node.index)
        cluster_of[node.index] = target


def _full_by_lemma(nodes: list[_Node], cluster_of: list[_Cluster]) -> dict[str, list[_Cluster]]:
    """The clusters holding mentions of each lemma that are not bare, first met first."""
    full: dict[str, list[_Cluster]] = defaultdict(list)
    seen: set[tuple[str, int]] = set()
    for node in nodes:
        if not node.bare and (key := (node.mention.lemma, id(cluster_of[node.index]))) not in seen:
            seen.add(key)
            full[node.mention.lemma].append(cluster_of[node.index])
    return full


def _candidates(node: _Node, full: dict[str, list[_Cluster]], related: dict[str, list[str]]) -> list[_Cluster]:
    """The events of ``node``'s kind among those of its lemma, or failing that of the lemmas related to it; never a
    verb of saying that introduces quotes, which only its statement joins (:func:`_apart`)."""
    lemma = node.mention.lemma
    found = full.get(lemma) or [c for other in related[lemma] for c in full.get(other, ())]
    return [c for c in found if c.type is node.mention.type and not c.quoted]


def _largest(
    node: _Node, candidates: list[_Cluster], articles: dict[int, set[str]], least: dict[int, int]
) -> _Cluster | None:
    """The one of ``candidates`` in ``node``'s article when there is one, else the largest (the first met on a tie)
    of those told in more than one article: an event one other article tells is that article's, not the story's."""
    local = [c for c in candidates if node.article_id in articles[id(c)]]
    pool = local if len(local) == 1 else [c for c in candidates if len(articles[id(c)]) > 1]
    return max(pool, key=lambda c: (len(c.members), -least[id(c)]), default=None)
