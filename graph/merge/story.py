"""Merge the facts of many articles into one story: networkx clusters actor mentions and statement reports.

Actors: nodes are distinct (kind, normalised name) pairs; edges join names of one actor ("Putin" and "Vladimir
Putin", "Defense Ministry" and "Ministry of Defense", "the Times" and "The New York Times"); connected components
are actors. A short name joins a full name only when exactly one full name fits, so two people who share a surname
or a first name are never chained together.

Statements: reports of the same speaker (or of unknown or collective speakers) whose wording is close join, best
pairs first, and never two different sentences of one article into one statement (:mod:`graph.merge.statements`).
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Hashable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TypeVar

import networkx as nx
from rapidfuzz import fuzz, process

from graph.merge.copies import near_copies
from graph.merge.decide import decide
from graph.merge.events import merge_events
from graph.merge.statements import STATEMENT_COHESION, STATEMENT_SIMILARITY, statements
from graph.merge.timeline import place_times, publication_windows
from graph.model import (
    PUBLISHER_SPAN,
    Actor,
    ActorKind,
    ArticleFacts,
    Mention,
    MentionRef,
    Span,
    Story,
)
from graph.names import NAMES_KEPT, STOPWORDS, TITLES, normalise

__all__ = ["STATEMENT_COHESION", "STATEMENT_SIMILARITY", "STOPWORDS", "NameNode", "merge", "normalise"]

K = TypeVar("K", bound=Hashable)

FAMILY = {
    ActorKind.PERSON: "person",
    ActorKind.PLACE: "place",
    ActorKind.ORGANIZATION: "org",
    ActorKind.OUTLET: "org",
    ActorKind.GROUP: "org",
}
NAME_SIMILARITY = 90.0
"""rapidfuzz ratio from which two single names are spelling variants ("Zelensky" / "Zelenskyy")."""
NAME_SUFFIXES = frozenset(["jr", "sr", "ii", "iii", "iv"])
LEGAL_FORMS = frozenset(
    ["inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited", "llc", "llp", "plc", "n.v", "nv",
     "ag", "sa", "s.a", "gmbh"]
)  # fmt: skip
"""Words that do not tell organisations apart ("Apple Inc." is Apple)."""
DEMONYM_ENDINGS = ("ian", "ean", "ese", "ish")
"""Endings of words that qualify rather than name ("Russian", "European", "Chinese", "British")."""
RETYPED = frozenset([ActorKind.PERSON, ActorKind.ORGANIZATION, ActorKind.PLACE])
"""Kinds the entity recogniser confuses for one name; outlets and unnamed groups keep theirs."""
RARE = 8
"""A proper word shared by at most this many names may join a description to them ("Lomonosovsky")."""


@dataclass(frozen=True, slots=True)
class NameNode:
    family: str
    name: str
    scope: str = ""
    """An article id for descriptions that only make sense inside their article ("another blogger")."""
    within: str = ""
    """An article id for a surname shared by people who cannot be one ("Smith" beside Anna Smith and John Smith):
    such a surname is resolved inside its article."""


def _person_tokens(name: str) -> list[str]:
    tokens = normalise(name).split()
    while len(tokens) > 1 and tokens[0] in TITLES:
        tokens = tokens[1:]
    while len(tokens) > 2 and tokens[-1].strip(".") in NAME_SUFFIXES:
        tokens = tokens[:-1]
    return tokens


def _is_named(mention: Mention) -> bool:
    return _names_something(mention.text)


@functools.lru_cache(maxsize=NAMES_KEPT)
def _names_something(text: str) -> bool:
    """Whether a mention's words are a name rather than a description ("the Kremlin", not "another blogger")."""
    words = re.findall(r"[\w'’-]+", text)
    if words[:1] == ["the"] and len(words) > 1:
        words = words[1:]
    return bool(words) and words[0][:1].isupper() and words[0].lower() not in {"a", "an", "another", "one", "some"}


def _node(ref: MentionRef, kind: ActorKind) -> NameNode:
    mention = ref.mention
    family = FAMILY[kind]
    if kind is ActorKind.PERSON and _is_named(mention):
        return NameNode(family, " ".join(_person_tokens(mention.text)))
    if _is_named(mention) or _distinctive(mention.text):
        return NameNode(family, normalise(mention.text))
    return NameNode(family, normalise(mention.text), ref.article_id)


def _distinctive(text: str) -> set[str]:
    """Capitalised words after the first: the proper names inside a description ("deputies from … Lomonosovsky")."""
    words = re.findall(r"[\w'’-]+", text)
    return {normalise(w) for w in words[1:] if w[:1].isupper() and normalise(w) not in STOPWORDS}


def _name_nodes(refs: Sequence[MentionRef]) -> dict[MentionRef, NameNode]:
    """The name node of every mention; a surname that fits people who cannot be one gets one node per article.

    A name the entity recogniser types differently in different places ("Lohan" a person here, a place there) takes
    the kind it is given most often in the story (a person on a tie)."""
    votes: dict[str, Counter[ActorKind]] = defaultdict(Counter)
    for ref in refs:
        if ref.mention.kind in RETYPED and _is_named(ref.mention):
            votes[normalise(ref.mention.text)][ref.mention.kind] += 1
    nodes = {}
    for ref in refs:
        kind = ref.mention.kind
        if kind in RETYPED and _is_named(ref.mention):
            counts = votes[normalise(ref.mention.text)]
            kind = max(counts, key=lambda k: (counts[k], k is ActorKind.PERSON, k.value))
        nodes[ref] = _node(ref, kind)
    people = {n.name for n in nodes.values() if n.family == "person" and not n.scope}
    full = sorted(name for name in people if " " in name)
    singles = sorted(name for name in people if " " not in name)
    surnames = _Surnames([f.split()[-1] for f in full] + singles)
    by_surname: dict[str, list[str]] = defaultdict(list)
    for name in full:
        by_surname[name.split()[-1]].append(name)
    shared = {
        name
        for name in singles
        if _clash(sorted(f for s in surnames.fitting(name) for f in by_surname.get(s, ())), _people_fit)
    }
    for ref, node in nodes.items():
        if node.family == "person" and not node.scope and node.name in shared:
            nodes[ref] = NameNode(node.family, node.name, within=ref.article_id)
    return nodes


def _clash(names: Sequence[str], fit: Callable[[str, str], bool]) -> bool:
    return any(not fit(a, b) for a, b in itertools.combinations(names, 2))


def merge(facts: Sequence[ArticleFacts]) -> Story:
    """Cluster actors and statements across ``facts``; the result does not depend on the order of ``facts``."""
    facts = sorted(facts, key=lambda f: f.article.id)
    refs = [MentionRef(f.article.id, m) for f in facts for m in f.mentions]
    refs += [_outlet_ref(f) for f in facts if f.article.publisher]
    nodes = _name_nodes(refs)
    clusters = _actor_clusters(nodes)
    actors: dict[str, Actor] = {}
    actor_of: dict[tuple[str, Span], str] = {}
    by_cluster: dict[int, list[MentionRef]] = defaultdict(list)
    for ref, node in nodes.items():
        by_cluster[clusters[node]].append(ref)
    for members in by_cluster.values():
        actor = _actor(members, nodes, actors.keys())
        actors[actor.key] = actor
        for ref in members:
            actor_of[(ref.article_id, ref.mention.span)] = actor.key
    found = statements(facts, actor_of)
    story = Story(list(facts), actors, found, actor_of, copy_of=near_copies(facts))
    story.windows = publication_windows(story)
    story.placed = place_times(story, story.windows)
    story.events, story.relations = merge_events(story)
    decide(story)
    return story


def _outlet_ref(facts: ArticleFacts) -> MentionRef:
    name = facts.article.publisher or ""
    return MentionRef(facts.article.id, Mention(PUBLISHER_SPAN, name, ActorKind.OUTLET))


def _sort_key(node: NameNode) -> tuple[str, str, str, str]:
    return (node.family, node.name, node.scope, node.within)


def _actor_clusters(nodes: dict[MentionRef, NameNode]) -> dict[NameNode, int]:
    """Connected components of the graph of names that name one actor; edges never join names that clash."""
    names = sorted(set(nodes.values()), key=_sort_key)
    places = {normalise(r.mention.text) for r in nodes if r.mention.kind is ActorKind.PLACE}
    place_words = _place_words(places)
    present: dict[NameNode, set[str]] = defaultdict(set)
    proper: dict[NameNode, set[str]] = defaultdict(set)
    words_of: dict[str, set[str]] = {}  # a story prints each name many times: its proper words are found once
    named: set[NameNode] = set()
    for ref, node in nodes.items():
        present[node].add(ref.article_id)
        text = ref.mention.text
        words = words_of.get(text)
        if words is None:
            words = words_of[text] = _proper_words(ref.mention, place_words)
        proper[node] |= words
        if _is_named(ref.mention):
            named.add(node)
    graph = nx.Graph()
    graph.add_nodes_from(names)
    people = [n for n in names if n.family == "person"]
    graph.add_edges_from(_unclashing(_person_edges(people, present), lambda n: n.name, _people_fit))
    orgs = [n for n in names if n.family == "org"]
    graph.add_edges_from(_unclashing(_org_edges(orgs, named, proper), lambda n: (n.name, n in named), _orgs_fit))
    components = sorted(nx.connected_components(graph), key=lambda c: min(_sort_key(n) for n in c))
    return {node: i for i, component in enumerate(components) for node in component}


def _unclashing(
    edges: Iterable[tuple[NameNode, NameNode]], key: Callable[[NameNode], K], fit: Callable[[K, K], bool]
) -> Iterator[tuple[NameNode, NameNode]]:
    """The edges, strongest first, that never put two names that cannot be one actor into one cluster: no chaining
    of "Anna Smith" and "John Smith" through "Smith", nor of two outlets through "the Times".

    Whether two names fit depends on their ``key`` only, so a group is held as the distinct keys of its names: a join
    costs the distinct names of the two groups, not every pair of members (a surname resolved inside each of k
    articles is k nodes of one key)."""
    groups = nx.utils.UnionFind()
    keys: dict[NameNode, set[K]] = {}
    for a, b in edges:
        root_a, root_b = groups[a], groups[b]
        if root_a == root_b:
            continue
        keys_a, keys_b = keys.pop(root_a, None) or {key(a)}, keys.pop(root_b, None) or {key(b)}
        if all(fit(x, y) for x in keys_a for y in keys_b):
            groups.union(a, b)
            big, small = (keys_a, keys_b) if len(keys_a) >= len(keys_b) else (keys_b, keys_a)
            big |= small
            keys[groups[a]] = big
            yield a, b
        else:
            keys[root_a], keys[root_b] = keys_a, keys_b


def _person_edges(members: list[NameNode], present: dict[NameNode, set[str]]) -> Iterator[tuple[NameNode, NameNode]]:
    """Full names that fit, then surnames to the full names they fit, then surnames that fit only each other.

    Candidates come from indexes by surname (and by first name), never from every pair of names."""
    named = [m for m in members if not m.scope]
    full = [m for m in named if " " in m.name]
    shorts = [m for m in named if " " not in m.name]
    surnames = _Surnames([f.name.split()[-1] for f in full] + [m.name for m in shorts])
    by_surname: dict[str, list[int]] = defaultdict(list)
    by_first: dict[str, list[int]] = defaultdict(list)
    for i, f in enumerate(full):
        by_surname[f.name.split()[-1]].append(i)
        by_first[f.name.split()[0]].append(i)

    def full_fitting(surname: str) -> list[NameNode]:
        return [full[i] for i in sorted(i for other in surnames.fitting(surname) for i in by_surname.get(other, ()))]

    pairs = {
        (i, j)
        for i, f in enumerate(full)
        for other in surnames.fitting(f.name.split()[-1])
        for j in by_surname.get(other, ())
        if i < j
    }
    for i, j in sorted(pairs):
        if _people_fit(full[i].name, full[j].name):
            yield full[i], full[j]
    unresolved = []
    for short in shorts:
        fitting = full_fitting(short.name)
        if short.within:  # a shared surname: only the people of its own article
            fitting = [f for f in fitting if short.within in present[f]]
        if fitting and not _clash([f.name for f in fitting], _people_fit):
            yield from ((short, f) for f in fitting)
        elif not fitting:
            unresolved.append(short)
    position = {m: i for i, m in enumerate(unresolved)}
    # the first node of each name stands for the others of its name (a surname resolved inside each of k articles):
    # nodes of one name fit each other and fit the same names, so every pair of them would join what these join, at k²
    first: dict[str, NameNode] = {}
    for m in unresolved:
        first.setdefault(m.name, m)
    unresolved_pairs = {
        (position[a], position[b])
        for a in first.values()
        for other in surnames.fitting(a.name)
        if (b := first.get(other)) is not None and position[a] < position[b]
    } | {(position[first[m.name]], position[m]) for m in unresolved if first[m.name] is not m}
    for i, j in sorted(unresolved_pairs):  # "Zelensky" / "Zelenskyy", "Smith" where no Smith is named
        yield unresolved[i], unresolved[j]
    for short in unresolved:  # "Lindsay" beside "Lindsay Lohan" in one article, and no other Lindsay there
        fitting = [full[i] for i in by_first.get(short.name, ()) if present[full[i]] & present[short]]
        if fitting and not _clash([f.name for f in fitting], _people_fit):
            yield from ((short, f) for f in fitting)


class _Surnames:
    """Which of a story's surnames fit each other (:func:`_surname_fits`), found without comparing every pair: a
    fuzzy match needs lengths within a fifth of each other, so each name is scored only against names of near
    lengths, in rapidfuzz's C loop."""

    def __init__(self, names: Iterable[str]) -> None:
        self.by_length: dict[int, list[str]] = defaultdict(list)
        for name in sorted(set(names)):
            self.by_length[len(name)].append(name)
        self.cache: dict[str, frozenset[str]] = {}

    def fitting(self, name: str) -> frozenset[str]:
        """The known names that fit ``name``, itself included."""
        found = self.cache.get(name)
        if found is None:
            found = frozenset({name} | (self._fuzzy(name) if len(name) >= 6 else set()))
            self.cache[name] = found
        return found

    def _fuzzy(self, name: str) -> set[str]:
        # ratio = 2 * matches / (len a + len b) >= 0.9 needs the shorter name at least 9/11 of the longer one
        low, high = max(6, -(-len(name) * 9 // 11)), len(name) * 11 // 9
        pool = [other for length in range(low, high + 1) for other in self.by_length.get(length, ())]
        found = process.extract(name, pool, scorer=fuzz.ratio, score_cutoff=NAME_SIMILARITY, limit=None)
        return {other for other, _score, _index in found}


def _people_fit(a: str, b: str) -> bool:
    """Whether two person names can name one person: surnames fit, and so do first names and middle initials where
    both names have them ("George W. Bush" is not "George H. W. Bush"); a name that ends the other fits it, and a
    single name fits the surname or the first name of a full one."""
    ta, tb = a.split(), b.split()
    if len(ta) == 1 or len(tb) == 1:  # a surname, or a first name alone
        short, other = (ta[0], tb) if len(ta) == 1 else (tb[0], ta)
        return _surname_fits(short, other[-1]) or short == other[0]
    if not _surname_fits(ta[-1], tb[-1]):
        return False
    if ta[-len(tb) :] == tb or tb[-len(ta) :] == ta:
        return True
    middle_a, middle_b = ta[1:-1], tb[1:-1]
    if middle_a and middle_b and middle_a[0][0] != middle_b[0][0]:
        return False
    return _first_names_fit(ta[0], tb[0])


def _surname_fits(a: str, b: str) -> bool:
    return a == b or (min(len(a), len(b)) >= 6 and fuzz.ratio(a, b) >= NAME_SIMILARITY)


def _first_names_fit(a: str, b: str) -> bool:
    a, b = a.strip("."), b.strip(".")
    return a == b or (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b))


def _content(name: str) -> frozenset[str]:
    return frozenset(w for w in name.split() if w not in STOPWORDS)


@functools.cache
def _org_words(name: str) -> tuple[str, ...]:
    """The words that tell an organisation apart, in order: no stopwords, no legal form ("Apple Inc." is Apple)."""
    words = tuple(w for w in name.split() if w not in STOPWORDS)
    return tuple(w for w in words if w.strip(".") not in LEGAL_FORMS) or words


def _acronym_of(short: str, name: str) -> bool:
    """Whether ``short`` spells the initials of ``name`` ("USAF", "United States Air Force")."""
    letters = short.replace(".", "")
    words = [w for w in _org_words(name) if w != short]
    return 2 <= len(letters) <= 6 and " " not in short and len(words) > 1 and letters == "".join(w[0] for w in words)


def _orgs_fit(a: tuple[str, bool], b: tuple[str, bool]) -> bool:
    """Whether two organisation names ``(name, whether it is a proper name)`` can name one organisation: a
    description fits any name; two proper names fit when one's words hold the other's, or one is the other's acronym."""
    (name_a, named_a), (name_b, named_b) = a, b
    if not named_a or not named_b:
        return True
    wa, wb = set(_org_words(name_a)), set(_org_words(name_b))
    return wa <= wb or wb <= wa or _acronym_of(name_a, name_b) or _acronym_of(name_b, name_a)


def _org_edges(
    members: list[NameNode], named: set[NameNode], proper: dict[NameNode, set[str]]
) -> Iterator[tuple[NameNode, NameNode]]:
    """Word-order and legal-form variants, then acronyms and short forms that fit one name only, then descriptions
    that share a rare proper word and one more word with a name or another description ("Lomonosovsky district")."""
    names = [m for m in members if not m.scope and m in named]
    words = {m: frozenset(_org_words(m.name)) for m in names}
    # indexes, so that no step compares every pair of names (merging must grow about linearly with the input)
    position = {m: i for i, m in enumerate(names)}
    same_words: dict[frozenset[str], list[NameNode]] = defaultdict(list)
    with_word: dict[str, set[NameNode]] = defaultdict(set)
    by_initials: dict[str, set[NameNode]] = defaultdict(set)
    for m in names:
        same_words[words[m]].append(m)
        for word in words[m]:
            with_word[word].add(m)
        by_initials["".join(w[0] for w in _org_words(m.name))].add(m)
    for group in same_words.values():  # "Defense Ministry" / "Ministry of Defense", "Apple" / "Apple Inc."
        yield from itertools.combinations(group, 2)
    for short in names:
        letters = short.name.replace(".", "")
        if not 2 <= len(letters) <= 6 or " " in short.name:
            continue
        candidates = by_initials.get(letters, set()) | with_word.get(short.name, set())
        fitting = [o for o in sorted(candidates, key=position.__getitem__) if o is not short]
        fitting = [o for o in fitting if _acronym_of(short.name, o.name)]
        if len({words[o] for o in fitting}) == 1:  # "USAF" / "United States Air Force"
            yield from ((short, o) for o in fitting)
    for short in names:  # "Times" / "New York Times": only when one longer name fits
        if not words[short]:
            continue
        holding = set.intersection(*(with_word.get(w, set()) for w in words[short]))
        fitting = [o for o in sorted(holding, key=position.__getitem__) if words[short] < words[o]]
        if len({words[o] for o in fitting}) == 1:
            yield from ((short, o) for o in fitting)
    by_word: dict[str, list[NameNode]] = defaultdict(list)
    for node in members:  # "deputies from Moscow's Lomonosovsky district" / "Lomonosovsky District Council"
        for word in proper[node]:
            by_word[word].append(node)
    for group in by_word.values():
        if len(group) > RARE:
            continue
        for a, b in itertools.combinations(group, 2):
            if (a not in named or b not in named) and len(_content(a.name) & _content(b.name)) > 1:
                yield a, b


def _place_words(places: set[str]) -> tuple[frozenset[str], frozenset[str]]:
    """The long words of place names, and those words less their last letter (the stem a demonym starts with)."""
    words = frozenset(w for p in places for w in p.split() if len(w) > 4)
    return words, frozenset(w[:-1] for w in words)


def _proper_words(mention: Mention, place_words: tuple[frozenset[str], frozenset[str]]) -> set[str]:
    """The proper words a mention names: capitalised, not the first word of a description, neither a demonym
    ("Russian", "Ukrainian" beside Ukraine) nor a title."""
    words = re.findall(r"[\w'’-]+", mention.text)
    if not _is_named(mention):
        words = words[1:]
    whole, stems = place_words
    found = set()
    for word in words:
        norm = normalise(word)
        if not word[:1].isupper() or len(norm) <= 3 or norm in STOPWORDS | TITLES or norm.endswith(DEMONYM_ENDINGS):
            continue
        if norm not in whole and any(norm[:k] in stems for k in range(4, len(norm) + 1)):
            continue
        found.add(norm)
    return found


def _actor(members: list[MentionRef], nodes: dict[MentionRef, NameNode], taken: Collection[str]) -> Actor:
    kinds = Counter(r.mention.kind for r in members)
    kind = ActorKind.OUTLET if kinds[ActorKind.OUTLET] else kinds.most_common(1)[0][0]
    names = [r.mention.text for r in members if r.mention.text]
    proper = [r.mention.text for r in members if r.mention.kind is not ActorKind.GROUP and _is_named(r.mention)]
    named = proper or [n for n in names if n[:1].isupper()] or names
    counts = Counter(named)
    label = max(counts, key=lambda n: (len(_content(normalise(n))), counts[n], -len(n), n))
    label = re.sub(r"^(?:the|The)\s+(?=[A-Z])", "", label) if kind is not ActorKind.OUTLET else label
    if kind is ActorKind.PERSON:
        label = " ".join(w for w in label.split() if normalise(w) not in TITLES or w == label.split()[-1])
    scope = {r.article_id for r in members if nodes[r].scope}
    key = "/".join([FAMILY[kind], normalise(label), *sorted(scope)])
    if key in taken:  # two actors of one name (a surname resolved apart in two articles): the first article tells
        key += "/" + min(r.article_id for r in members)
        base, n = key, 2
        while key in taken:
            key, n = f"{base}-{n}", n + 1
    return Actor(
        key=key,
        label=label,
        kind=kind,
        aliases=set(names),
        roles={r.mention.role for r in members if r.mention.role},
        mentions=sorted(
            (r for r in members if r.mention.span != PUBLISHER_SPAN), key=lambda r: (r.article_id, r.mention.span.start)
        ),
    )
