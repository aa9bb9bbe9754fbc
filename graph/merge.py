"""Merge the facts of many articles into one story: networkx clusters actor mentions and statement reports.

Actors: nodes are distinct (kind, normalised name) pairs; edges join names of one actor ("Putin" and "Vladimir
Putin", "Defense Ministry" and "Ministry of Defense", "the Times" and "The New York Times"); connected components
are actors. A short name joins a full name only when exactly one full name fits, so two people who share a surname
or a first name are never chained together.

Statements: reports of the same speaker (or of unknown or collective speakers) whose wording is close join, best
pairs first, and never two different sentences of one article into one statement.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import networkx as nx
from rapidfuzz import fuzz

from graph.model import (
    PUBLISHER_SPAN,
    Actor,
    ActorKind,
    ArticleFacts,
    Mention,
    MentionRef,
    Report,
    Span,
    Statement,
    Story,
)

TITLES = frozenset(
    [
        "president",
        "prime",
        "minister",
        "mr",
        "mrs",
        "ms",
        "dr",
        "sir",
        "lord",
        "lady",
        "general",
        "gen",
        "col",
        "colonel",
        "sen",
        "senator",
        "rep",
        "representative",
        "gov",
        "governor",
        "mayor",
        "chancellor",
        "king",
        "queen",
        "prince",
        "princess",
        "pope",
        "former",
        "late",
        "russian",
        "ukrainian",
        "us",
        "u.s.",
        "american",
        "british",
        "chinese",
        "french",
        "german",
        "leader",
        "blogger",
        "deputy",
        "secretary",
        "spokesman",
        "spokeswoman",
        "minister",
    ]
)
STOPWORDS = frozenset(["the", "of", "and", "for", "in", "on", "at", "a", "an", "'s"])
FAMILY = {
    ActorKind.PERSON: "person",
    ActorKind.PLACE: "place",
    ActorKind.ORGANIZATION: "org",
    ActorKind.OUTLET: "org",
    ActorKind.GROUP: "org",
}
STATEMENT_SIMILARITY = 80.0
"""rapidfuzz token-set ratio (0-100) from which two reports may be one statement."""
NAME_SIMILARITY = 90.0
"""rapidfuzz ratio from which two single names are spelling variants ("Zelensky" / "Zelenskyy")."""


@dataclass(frozen=True, slots=True)
class NameNode:
    family: str
    name: str
    scope: str = ""
    """An article id for descriptions that only make sense inside their article ("another blogger")."""


def normalise(name: str) -> str:
    """Casefolded, accent-free, possessive-free, determiner-free name."""
    name = unicodedata.normalize("NFKD", name)
    name = "".join(ch for ch in name if not unicodedata.combining(ch))
    name = re.sub(r"['’]s\b", "", name.casefold())
    name = re.sub(r"[^\w\s.-]", " ", name)
    name = re.sub(r"^(?:the|a|an)\s+", "", name.strip())
    return re.sub(r"\s+", " ", name).strip(" .")


def _person_tokens(name: str) -> list[str]:
    tokens = normalise(name).split()
    while len(tokens) > 1 and tokens[0] in TITLES:
        tokens = tokens[1:]
    return tokens


def _is_named(mention: Mention) -> bool:
    words = re.findall(r"[\w'’-]+", mention.text)
    if words[:1] == ["the"] and len(words) > 1:
        words = words[1:]
    return bool(words) and words[0][:1].isupper() and words[0].lower() not in {"a", "an", "another", "one", "some"}


def _node(ref: MentionRef) -> NameNode:
    mention = ref.mention
    family = FAMILY[mention.kind]
    if mention.kind is ActorKind.PERSON and _is_named(mention):
        return NameNode(family, " ".join(_person_tokens(mention.text)))
    if _is_named(mention) or _distinctive(mention.text):
        return NameNode(family, normalise(mention.text))
    return NameNode(family, normalise(mention.text), ref.article_id)


def _distinctive(text: str) -> set[str]:
    """Capitalised words after the first: the proper names inside a description ("deputies from … Lomonosovsky")."""
    words = re.findall(r"[\w'’-]+", text)
    return {normalise(w) for w in words[1:] if w[:1].isupper() and normalise(w) not in STOPWORDS}


def merge(facts: Sequence[ArticleFacts]) -> Story:
    """Cluster actors and statements across ``facts``; the result does not depend on the order of ``facts``."""
    facts = sorted(facts, key=lambda f: f.article.id)
    refs = [MentionRef(f.article.id, m) for f in facts for m in f.mentions]
    refs += [_outlet_ref(f) for f in facts if f.article.publisher]
    places = {normalise(r.mention.text) for r in refs if r.mention.kind is ActorKind.PLACE}
    nodes = {ref: _node(ref) for ref in refs}
    clusters = _actor_clusters(sorted(set(nodes.values()), key=_sort_key), places)
    actors: dict[str, Actor] = {}
    actor_of: dict[tuple[str, Span], str] = {}
    by_cluster: dict[int, list[MentionRef]] = defaultdict(list)
    for ref, node in nodes.items():
        by_cluster[clusters[node]].append(ref)
    for members in by_cluster.values():
        actor = _actor(members, nodes)
        actors[actor.key] = actor
        for ref in members:
            actor_of[(ref.article_id, ref.mention.span)] = actor.key
    statements = _statements(facts, actor_of, actors)
    return Story(list(facts), actors, statements, actor_of)


def _outlet_ref(facts: ArticleFacts) -> MentionRef:
    name = facts.article.publisher or ""
    return MentionRef(facts.article.id, Mention(PUBLISHER_SPAN, name, ActorKind.OUTLET))


def _sort_key(node: NameNode) -> tuple[str, str, str]:
    return (node.family, node.name, node.scope)


def _actor_clusters(names: list[NameNode], places: set[str]) -> dict[NameNode, int]:
    graph = nx.Graph()
    graph.add_nodes_from(names)
    by_family: dict[str, list[NameNode]] = defaultdict(list)
    for node in names:
        by_family[node.family].append(node)
    for family, members in by_family.items():
        if family == "person":
            graph.add_edges_from(_person_edges(members))
        elif family == "org":
            graph.add_edges_from(_org_edges(members, places))
    components = sorted(nx.connected_components(graph), key=lambda c: min(_sort_key(n) for n in c))
    return {node: i for i, component in enumerate(components) for node in component}


def _person_edges(members: list[NameNode]) -> Iterable[tuple[NameNode, NameNode]]:
    named = [m for m in members if not m.scope]
    full = [m for m in named if len(m.name.split()) > 1]
    for short in (m for m in named if len(m.name.split()) == 1):
        fitting = {f.name for f in full if _surname_fits(short.name, f.name.split()[-1])}
        if len(fitting) == 1:
            target = next(f for f in full if f.name in fitting)
            yield short, target
        elif not fitting:
            yield from ((short, o) for o in named if o is not short and len(o.name.split()) == 1
                        and _surname_fits(short.name, o.name))  # fmt: skip
    for i, a in enumerate(full):
        for b in full[i + 1 :]:
            ta, tb = a.name.split(), b.name.split()
            if _surname_fits(ta[-1], tb[-1]) and _first_names_fit(ta[0], tb[0]):
                yield a, b


def _surname_fits(a: str, b: str) -> bool:
    return a == b or (min(len(a), len(b)) >= 6 and fuzz.ratio(a, b) >= NAME_SIMILARITY)


def _first_names_fit(a: str, b: str) -> bool:
    a, b = a.strip("."), b.strip(".")
    return a == b or (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b))


def _content(name: str) -> frozenset[str]:
    return frozenset(w for w in name.split() if w not in STOPWORDS)


def _org_edges(members: list[NameNode], places: set[str]) -> Iterable[tuple[NameNode, NameNode]]:
    named = [m for m in members if not m.scope]
    for i, a in enumerate(named):
        ca = _content(a.name)
        for b in named[i + 1 :]:
            cb = _content(b.name)
            if ca == cb:  # "Defense Ministry" / "Ministry of Defense"
                yield a, b
    for short in named:  # "Times" / "New York Times": only when one longer name fits
        cs = _content(short.name)
        longer = [o for o in named if o is not short and cs < _content(o.name)]
        if len(cs) == 1 and len({o.name for o in longer}) == 1:
            yield short, longer[0]
    proper: dict[str, list[NameNode]] = defaultdict(list)
    for node in members:  # descriptions sharing a rare proper name ("… Lomonosovsky district")
        for word in _distinctive(node.name.title()) - places:
            if len(word) > 3 and not any(word in p.split() for p in places):
                proper[word].append(node)
    for group in proper.values():
        if 1 < len(group) <= 8:
            yield from itertools.pairwise(group)


def _actor(members: list[MentionRef], nodes: dict[MentionRef, NameNode]) -> Actor:
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
    key_parts = [FAMILY[kind], normalise(label), *sorted(scope)]
    return Actor(
        key="/".join(key_parts),
        label=label,
        kind=kind,
        aliases=set(names),
        roles={r.mention.role for r in members if r.mention.role},
        mentions=sorted(
            (r for r in members if r.mention.span != PUBLISHER_SPAN), key=lambda r: (r.article_id, r.mention.span.start)
        ),
    )


def _statements(
    facts: Sequence[ArticleFacts], actor_of: dict[tuple[str, Span], str], actors: dict[str, Actor]
) -> list[Statement]:
    reports = [Report(f.article.id, q) for f in facts for q in f.quotes]
    speaker = [actor_of.get((r.article_id, r.quote.speaker.span)) if r.quote.speaker else None for r in reports]
    texts = [normalise(r.quote.text) for r in reports]
    index: dict[str, set[int]] = defaultdict(set)
    for i, text in enumerate(texts):
        for word in set(text.split()) - STOPWORDS:
            if len(word) > 3:
                index[word].add(i)
    pairs: list[tuple[float, int, int]] = []
    for i in range(len(reports)):
        candidates = set().union(*(index[w] for w in set(texts[i].split()) if w in index)) if texts[i] else set()
        for j in sorted(c for c in candidates if c > i):
            if not _speakers_fit(speaker[i], speaker[j], actors):
                continue
            score = fuzz.token_set_ratio(texts[i], texts[j])
            shared = (set(texts[i].split()) & set(texts[j].split())) - STOPWORDS
            if score >= STATEMENT_SIMILARITY and len(shared) >= 2:
                pairs.append((score, i, j))
    groups = {i: {i} for i in range(len(reports))}
    similarity = [100.0] * len(reports)
    for score, i, j in sorted(pairs, key=lambda p: (-p[0], p[1], p[2])):
        gi, gj = groups[i], groups[j]
        if gi is gj or _same_article_clash(gi | gj, reports, texts):
            continue
        merged = gi | gj
        for k in merged:
            groups[k] = merged
        similarity[j] = min(similarity[j], score)
    statements = []
    for group in {id(g): g for g in groups.values()}.values():
        members = sorted(group, key=lambda k: (reports[k].article_id, reports[k].quote.span.start))
        first = reports[members[0]]
        speakers = Counter(speaker[k] for k in members if speaker[k])
        statements.append(
            Statement(
                key=f"{first.article_id}/{first.quote.span.start}-{first.quote.span.end}",
                speaker=speakers.most_common(1)[0][0] if speakers else None,
                reports=[Report(reports[k].article_id, reports[k].quote, similarity[k]) for k in members],
            )
        )
    return sorted(statements, key=lambda s: s.key)


def _speakers_fit(a: str | None, b: str | None, actors: dict[str, Actor]) -> bool:
    if a is None or b is None or a == b:
        return True
    persons = actors[a].kind is ActorKind.PERSON or actors[b].kind is ActorKind.PERSON
    return not persons


def _same_article_clash(group: set[int], reports: list[Report], texts: list[str]) -> bool:
    """Two different sentences of one article are two statements, never one."""
    seen: dict[str, str] = {}
    for k in group:
        article = reports[k].article_id
        if article in seen and seen[article] != texts[k]:
            return True
        seen[article] = texts[k]
    return False
