"""Merge actor mentions: networkx clusters the names that name one actor.

Nodes are distinct (kind, normalised name) pairs; edges join names of one actor ("Putin" and "Vladimir Putin",
"Defense Ministry" and "Ministry of Defense", "the Times" and "The New York Times"); connected components are actors.
A short name joins a full name only when exactly one full name fits, so two people who share a surname or a first name
are never chained together. The rules for person names are in :mod:`graph.merge.people`, those for organisation names
in :mod:`graph.merge.organisations`.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Hashable, Iterable, Iterator, Mapping, Sequence
from dataclasses import replace
from typing import TypeVar

import networkx as nx

from graph.extract.actor_words import OUTLET_NAMES
from graph.extract.bylines import byline_authors
from graph.extract.speaker_words import ROLE_GENDERS
from graph.merge.kinds import spoken_of_as_person
from graph.merge.naming import (
    FAMILY,
    NameNode,
    bare_plural,
    content,
    distinctive,
    indefinite,
    is_event_name,
    is_named,
    is_phrase,
    pronoun_led,
    sexes_fit,
)
from graph.merge.organisations import (
    bare_institutions,
    one_country_spelling,
    org_edges,
    orgs_fit,
    place_words,
    proper_words,
)
from graph.merge.people import (
    description_head,
    epithets,
    named_part,
    people_fit,
    person_edges,
    person_tokens,
    shared_surnames,
    surname_of,
    titles_only,
)
from graph.merge.roles import role_clusters
from graph.model import PUBLISHER_SPAN, ActorKind, ArticleFacts, Mention, Span, in_text
from graph.names import (
    HONORIFICS,
    PRONOUN_SEXES,
    TITLES,
    given_name_sex,
    normalise,
    opens_with_rank,
    sex_of,
    slug,
)
from graph.story import Actor, MentionRef

K = TypeVar("K", bound=Hashable)

UNIDENTIFIED = {
    ActorKind.PERSON: "person",
    ActorKind.GROUP: "group",
    ActorKind.ORGANIZATION: "organisation",
    ActorKind.OUTLET: "outlet",
    ActorKind.PLACE: "place",
}
"""What an actor known only by a pronoun is called, by kind: "unidentified person (her)"."""
RETYPED = frozenset([ActorKind.PERSON, ActorKind.ORGANIZATION, ActorKind.PLACE])
"""Kinds the entity recogniser confuses for one name; outlets and unnamed groups keep theirs."""

KNOWN_OUTLETS = {normalise(name).replace(" ", "").replace("-", ""): name for name in OUTLET_NAMES}
"""Known outlets by their names run together: how a feed's slug writes them ("huff-post", "usa-today")."""


def merge_actors(facts: Sequence[ArticleFacts]) -> tuple[dict[str, Actor], dict[tuple[str, Span], str]]:
    """The actors of ``facts`` (sorted by article id) by key, and the key of the actor of each mention, by article id
    and span; each article's publisher is a mention of an outlet, and each of its authors a mention of the writer or
    agency (:func:`graph.extract.bylines.byline_authors`)."""
    refs = [MentionRef(f.article.id, m) for f in facts for m in f.mentions if m.refers is None]
    refs += [_outlet_ref(f) for f in facts if f.article.publisher]
    refs += [MentionRef(f.article.id, m) for f in facts for m in byline_authors(f.article)]
    pronouns = [MentionRef(f.article.id, m) for f in facts for m in f.mentions if m.refers is not None]
    nodes = _name_nodes(refs, pronouns, {f.article.id: f.article.text for f in facts})
    clusters = _actor_clusters(nodes)
    _referring_nodes(nodes, clusters, pronouns, _cluster_sexes(nodes, clusters))
    clusters = role_clusters(nodes, clusters)
    actors: dict[str, Actor] = {}
    actor_of: dict[tuple[str, Span], str] = {}
    by_cluster: dict[int, list[MentionRef]] = defaultdict(list)
    for ref, node in nodes.items():
        by_cluster[clusters[node]].append(ref)
    minted: set[str] = set()
    for members in by_cluster.values():
        actor = _actor(members, nodes, minted)
        actors[actor.key] = actor
        minted.add(_slugs(actor.key))
        for ref in members:
            actor_of[(ref.article_id, ref.mention.span)] = actor.key
    return actors, actor_of


def _referring_nodes(
    nodes: dict[MentionRef, NameNode],
    clusters: dict[NameNode, int],
    pronouns: Sequence[MentionRef],
    sexes: dict[int, str],
) -> None:
    """Give each pronoun the name node of the mention it ``refers`` to, through a description that refers on ("he" →
    "The Chancellor" → Rishi Patel); one whose antecedent is not among the mentions, or whose sex is not the sex of
    the person that name was merged into ("he" read as standing for "Lee", where the story calls her Ann Lee), stands
    alone in its article."""
    by_span = {(ref.article_id, ref.mention.span): node for ref, node in nodes.items()}
    onward = {(ref.article_id, ref.mention.span): ref.mention.refers for ref in pronouns}
    for ref in pronouns:
        mention = ref.mention
        target, seen = mention.refers or mention.span, {mention.span}
        while (step := onward.get((ref.article_id, target))) is not None and step not in seen:
            seen.add(target)  # "he" → "The Chancellor" → "Rishi Patel": what the description stands for
            target = step
        node = by_span.get((ref.article_id, target))
        said = PRONOUN_SEXES.get(mention.text.lower(), "")
        if node is not None and not sexes_fit(said, sexes.get(clusters[node], "")):
            node = None
        if node is None:
            node = NameNode(FAMILY[_pronoun_kind(mention, mention.kind)], normalise(mention.text), ref.article_id)
            clusters.setdefault(node, len(clusters))
        nodes[ref] = node


def _pronoun_kind(mention: Mention, kind: ActorKind) -> ActorKind:
    """The kind of an actor a mention names: a person for "she" or "he" read as no one's, whatever kind the tagger or
    its antecedent gave it; else ``kind``."""
    return ActorKind.PERSON if PRONOUN_SEXES.get(mention.text.lower()) else kind


def _cluster_sexes(nodes: dict[MentionRef, NameNode], clusters: dict[NameNode, int]) -> dict[int, str]:
    """The sex of each person cluster, where its names tell one and only one: by an honorific ("Mrs Lee") or a given
    name news gives to one sex (:func:`graph.names.given_name_sex`: "Ann Lee"); not by the census's likelihood, which
    the article's own "she" outweighs ("Glenn Harker … She")."""
    told: dict[int, set[str]] = defaultdict(set)
    for ref, node in nodes.items():
        if node.family == "person" and (sex := node.sex or given_name_sex(ref.mention.text, census=False)):
            told[clusters[node]].add(sex)
    return {cluster: next(iter(said)) for cluster, said in told.items() if len(said) == 1}


def _outlet_ref(facts: ArticleFacts) -> MentionRef:
    name = facts.article.publisher or ""
    return MentionRef(facts.article.id, Mention(PUBLISHER_SPAN, name, ActorKind.OUTLET))


def _name_nodes(
    refs: Sequence[MentionRef], pronouns: Sequence[MentionRef], texts: Mapping[str, str]
) -> dict[MentionRef, NameNode]:
    """The name node of every mention; a surname that fits people who cannot be one gets one node per article, and
    ``pronouns`` (the mentions that refer to others) tell the sex of the full names they stand for. A surname is a
    person's whatever kind the extractor gave it, a group's too: "Pellows said", which the tagger reads as a plural,
    beside "Ann Pellows" in the article."""
    kinds = _voted_kinds(refs)
    surnames = _surnames_by_article(refs)
    alone = _single_names_by_article(refs)
    people = {normalise(r.mention.text) for r in refs if r.mention.kind is ActorKind.PERSON}
    nodes = {}
    for ref in refs:
        kind = ref.mention.kind
        if (kind in RETYPED or kind is ActorKind.GROUP) and is_named(ref.mention):
            name = normalise(ref.mention.text)
            surname = name in surnames.get(ref.article_id, ()) or (name in surnames.get("", ()) and name in people)
            if kind is ActorKind.ORGANIZATION:
                surname = surname or _full_name_of(ref.mention.text, alone.get(ref.article_id, set()))
            kind = ActorKind.PERSON if surname else kinds[name] if kind in RETYPED else kind
            if kind is ActorKind.PERSON and _family_name(name, surnames.get("", set())):
                kind = ActorKind.GROUP
        nodes[ref] = _node(ref, _pronoun_kind(ref.mention, kind))
    _strip_epithets(nodes)
    _definite_after_indefinite(nodes, texts)
    _sex_full_names(nodes, pronouns)
    _resolve_in_articles(nodes, "person", shared_surnames)
    _surnames_before_kin(nodes)
    _resolve_in_articles(nodes, "org", bare_institutions)
    return nodes


def _definite_after_indefinite(nodes: dict[MentionRef, NameNode], texts: Mapping[str, str]) -> None:
    """Give "the" and a noun the node of the one description by that noun the article brought in before it ("A Downing
    Street spokesman denied it … the spokesman said": one spokesman), when no other description by that noun came
    before it, nor the noun in the article's ``texts`` between them ("A Labour spokesman … the prime minister's
    official spokesman … the spokesman said" is either)."""
    brought: dict[tuple[str, str], MentionRef] = {}
    described: dict[tuple[str, str], set[NameNode]] = defaultdict(set)
    for ref in sorted(nodes, key=lambda r: (r.article_id, r.mention.span.start)):
        words = ref.mention.text.lower().split()
        node = nodes[ref]
        if not node.scope or not words:
            continue
        key = (ref.article_id, words[-1])
        if indefinite(ref.mention.text) and len(words) > 1:
            brought[key] = ref
        elif words[0] == "the" and len(words) == 2 and key in brought and described[key] == {nodes[brought[key]]}:
            between = texts.get(ref.article_id, "")[brought[key].mention.span.end : ref.mention.span.start]
            if not re.search(rf"\b{re.escape(words[1])}\b", between, re.I):  # no other spokesman between
                nodes[ref] = nodes[brought[key]]
        described[key].add(nodes[ref])


def _resolve_in_articles(
    nodes: dict[MentionRef, NameNode], family: str, ambiguous: Callable[[set[str]], set[str]]
) -> None:
    """Give the names of ``family`` that are ``ambiguous`` among the story's names one node per article: a surname
    that fits people who cannot be one, a bare institution beside a qualified one."""
    found = ambiguous({n.name for n in nodes.values() if n.family == family and not n.scope})
    for ref, node in nodes.items():
        if node.family == family and not node.scope and node.name in found:
            nodes[ref] = replace(node, within=ref.article_id)


def _surnames_before_kin(nodes: dict[MentionRef, NameNode]) -> None:
    """Give a surname its article shares among people who cannot be one (resolved inside the article) the first of
    them where it is written before the second is named, when its sex fits: the reader has met only one bearer
    ("Tanya Whitford pleaded not guilty … Whitford's lawyer … Whitford's husband, Dale Whitford, …": Tanya). Written
    after both, it names whom its honorific picks, else no one, as before: copy gives a bare surname to either."""
    bearers: dict[tuple[str, str], dict[NameNode, int]] = defaultdict(dict)
    for ref, node in nodes.items():
        if node.family == "person" and not node.scope and " " in node.name:
            seen = bearers[(ref.article_id, surname_of(node.name))]
            seen[node] = min(seen.get(node, ref.mention.span.start), ref.mention.span.start)
    met: dict[tuple[str, str], tuple[NameNode, int]] = {}  # (article, surname): the first bearer, until the second
    for key, first_seen in bearers.items():
        named = sorted(first_seen.items(), key=lambda item: (item[1], item[0].name))
        first = named[0][0]
        second = next((at for other, at in named if not people_fit(first.name, other.name)), None)
        if second is not None:
            met[key] = (first, second)
    for ref, node in nodes.items():
        if node.family != "person" or node.within != ref.article_id or " " in node.name:
            continue
        bearer = met.get((ref.article_id, node.name))
        if bearer is not None and ref.mention.span.start < bearer[1] and sexes_fit(node.sex, bearer[0].sex):
            nodes[ref] = bearer[0]


def _strip_epithets(nodes: dict[MentionRef, NameNode]) -> None:
    """Name a person node without the epithet or title the recogniser took into its name (:func:`epithets`)."""
    found = epithets(n.name for n in nodes.values() if n.family == "person" and not n.scope)
    for ref, node in nodes.items():
        if node.family == "person" and not node.scope and node.name in found:
            nodes[ref] = replace(node, name=found[node.name])


def _sex_full_names(nodes: dict[MentionRef, NameNode], pronouns: Sequence[MentionRef]) -> None:
    """Give a full name the sex the story tells, where all it tells agrees: its given name ("Victor Roe", see
    :func:`graph.names.given_name_sex`), the pronouns that stand for it ("Dana Roe ... her husband"), and its article's
    honorific before its surname ("Michael Howard" ... "Mr Howard") where the article names one person of that
    surname and the given name tells no sex ("Daniel Dunn" … "Mrs Dunn" is another Dunn). A bare "Ms. Roe" then names
    the one Roe of the article who may be a woman."""
    full: dict[tuple[str, str], set[NameNode]] = defaultdict(set)
    told: dict[tuple[str, str], set[str]] = defaultdict(set)
    sexes: dict[NameNode, set[str]] = defaultdict(set)
    for ref, node in nodes.items():
        if node.family != "person" or node.scope:
            continue
        words = node.name.split()
        if len(words) > 1:
            full[(ref.article_id, surname_of(node.name))].add(node)
            if sex := given_name_sex(node.name, census=False):
                sexes[node].add(sex)
        elif node.sex:
            told[(ref.article_id, words[0])].add(node.sex)
    by_span = {(ref.article_id, ref.mention.span): node for ref, node in nodes.items()}
    for ref in pronouns:
        named = by_span.get((ref.article_id, ref.mention.refers or ref.mention.span))
        pronoun_sex = _told_sex(ref.mention.text)
        if pronoun_sex and named is not None and named.family == "person" and not named.scope and " " in named.name:
            sexes[named].add(pronoun_sex)
    for place, said in told.items():
        people = full.get(place, set())
        if len(people) == 1 and not given_name_sex((person := next(iter(people))).name, census=False):
            sexes[person] |= said
    for ref, node in nodes.items():
        said = sexes.get(node, set()) | ({node.sex} if node.sex else set())
        if len(said) == 1 and not node.sex:
            nodes[ref] = replace(node, sex=next(iter(said)))


def _told_sex(words: str) -> str | None:
    """The sex a mention that stands for a person tells: its pronoun ("her") or the noun it ends with ("her
    husband"); None when it tells none."""
    last = words.lower().split()[-1] if words.split() else ""
    return PRONOUN_SEXES.get(last) or PRONOUN_SEXES.get(ROLE_GENDERS.get(last, ""))


def _surnames_by_article(refs: Iterable[MentionRef]) -> dict[str, set[str]]:
    """The surnames of the people each article names in full, less the words of its longer organisation names where
    those are written as often as the people: there "Henderson" is Fritz Henderson though the recogniser typed it a
    place, while "Ford" beside "William Ford" once and "Ford Motor Company" as often is left to the vote, and "Hale"
    named as Tom Hale many times beside one "Hale University" is his. Under the key "" are the same for the whole
    story: a surname alone in an article, that the recogniser typed a person somewhere, is such a person's too
    ("Gowdy" mostly typed an organisation, "Ann Gowdy" named in another article)."""
    people: dict[str, Counter[str]] = defaultdict(Counter)
    org_words: dict[str, Counter[str]] = defaultdict(Counter)
    for ref in refs:
        mention = ref.mention
        if not is_named(mention):
            continue
        if mention.kind is ActorKind.PERSON:
            tokens = person_tokens(mention.text)
            if len(tokens) > 1 and not titles_only(mention.text):
                people[ref.article_id][surname_of(" ".join(tokens))] += 1
                people[""][surname_of(" ".join(tokens))] += 1
        elif mention.kind is not ActorKind.PLACE and _longer_name(mention.text):
            words = set(normalise(mention.text).split())
            org_words[ref.article_id].update(words)
            org_words[""].update(words)
    return {
        article: {name for name, n in named.items() if n > org_words[article][name]}
        for article, named in people.items()
    }


def _single_names_by_article(refs: Iterable[MentionRef]) -> dict[str, set[str]]:
    """The names of one word each article gives a person alone or after a title ("Varley said", "Mr Varley"), less
    the surnames of the people it names in full: "Larrow" beside Ann Larrow is hers, and makes no person of "Ralph
    Larrow"."""
    found: dict[str, set[str]] = defaultdict(set)
    full: dict[str, set[str]] = defaultdict(set)
    for ref in refs:
        if ref.mention.kind is not ActorKind.PERSON or not is_named(ref.mention) or titles_only(ref.mention.text):
            continue
        tokens = person_tokens(ref.mention.text)
        if len(tokens) == 1:
            found[ref.article_id].add(tokens[0])
        else:
            full[ref.article_id].add(surname_of(" ".join(tokens)))
    return {article: names - full[article] for article, names in found.items()}


def _full_name_of(text: str, single: Collection[str]) -> bool:
    """Whether a name of two capitalised words that the recogniser typed an organisation is a person's full name: a
    known given name (:data:`graph.names.FEMALE_GIVEN_NAMES`, :data:`graph.names.MALE_GIVEN_NAMES`) and a surname its
    article gives a person alone (``single``): "Tom Varley" beside "Varley said" is Tom Varley; "Varley Holdings" and
    "Morrow Douglas" (no given name) are no such name."""
    words = normalise(text).split()
    return len(words) == 2 and text.replace(" ", "").isalpha() and given_name_sex(text) != "" and words[-1] in single


def _family_name(name: str, surnames: Collection[str]) -> bool:
    """Whether a normalised name of one word is the plural of a surname the story gives a person in full and no
    surname itself: "the Pellowses", "Pellows" beside Nora Pellows stays hers; "Hales" beside Tom Hale is a family."""
    stem = name.removesuffix("es") if name.endswith(("ses", "xes", "zes", "shes", "ches")) else name.removesuffix("s")
    return " " not in name and stem != name and stem in surnames and name not in surnames


def _longer_name(text: str) -> bool:
    """Whether an organisation's mention is a name of two words or more, which a proper name's capitalised last word
    ends ("Hale Motor Company", "Channel 4"); the recogniser's stray "Hale in" (a surname and the word after it) is
    none."""
    return " " in normalise(text) and not text.split()[-1][:1].islower()


def _voted_kinds(refs: Iterable[MentionRef]) -> dict[str, ActorKind]:
    """The kind of each name the entity recogniser may type differently in different places ("Lohan" a person here, a
    place there): the kind it is given most often in the story; on a tie, :func:`_tie_rank` decides."""
    votes: dict[str, Counter[ActorKind]] = defaultdict(Counter)
    for ref in refs:
        if ref.mention.kind in RETYPED and is_named(ref.mention):
            votes[normalise(ref.mention.text)][ref.mention.kind] += 1
    return {name: max(counts, key=lambda k: (counts[k], _tie_rank(name, k), k.value)) for name, counts in votes.items()}


def _tie_rank(name: str, kind: ActorKind) -> int:
    """Which kind wins a tie of votes: a place for a name of one word, which the story never gives as a person's full
    name ("Schengen" a place in one sentence and a person in the next), else a person ("Ann Lee")."""
    if kind is ActorKind.PLACE and " " not in name:
        return 2
    return 1 if kind is ActorKind.PERSON else 0


def _node(ref: MentionRef, kind: ActorKind) -> NameNode:
    mention = ref.mention
    family = FAMILY[kind]
    named = is_named(mention) and not _opening_description(mention.text)
    if pronoun_led(mention.text):  # "She", read as no one's: whoever this article means, never another's "she"
        return NameNode(family, normalise(mention.text), ref.article_id)
    if kind is ActorKind.PERSON and named:
        sex = sex_of(mention.text) or sex_of(mention.role or "")
        return NameNode(family, " ".join(person_tokens(mention.text)), sex=sex)
    if kind is ActorKind.PLACE and named:
        return NameNode(family, one_country_spelling(normalise(mention.text)))
    if mention.span == PUBLISHER_SPAN:  # a publisher's name, however cased
        return NameNode(family, _publisher_name(mention.text))
    if bare_plural(mention):  # "Investigators", "the police": the article's own, as "two workers" is
        return NameNode(family, normalise(mention.text), ref.article_id)
    if kind is ActorKind.GROUP and lists_names(mention.text):  # "Varga and Ruiz": never Varga, nor another pair
        return NameNode(family, normalise(mention.text), ref.article_id)
    if named or (distinctive(mention.text) and not indefinite(mention.text)):
        return NameNode(family, normalise(mention.text))
    return NameNode(family, normalise(mention.text), ref.article_id)


LIST_JOINS = re.compile(r"\s+(?:and|&)\s+|\s*,\s*")


def lists_names(text: str) -> bool:
    """Whether a group is named by listing its members' names ("Varga and Ruiz", "Tom Hill, Ann Lee and Dan Moss"):
    each member is an actor of their own, and the list the article's own group of them, which no name joins."""
    parts = [p for p in LIST_JOINS.split(text) if p]
    return len(parts) > 1 and all(p.split()[-1][:1].isupper() for p in parts)


def _opening_description(text: str) -> bool:
    """Whether a mention is "The" and common nouns, capitalised only for opening a sentence ("The spokesman said"):
    the article's own, as "the spokesman" is; not "The Kremlin"."""
    words = text.split()
    return len(words) > 1 and words[0] == "The" and not words[1][:1].isupper()  # "The 34-year-old" too


def _publisher_name(name: str) -> str:
    """A publisher's name as the merge compares it: normalised, and a slug given for its name ("daily-ledger") read
    as the words it stands for, so the outlet is one with the name its articles write ("the Daily Ledger"); a slug
    that is a known outlet's name run together ("huff-post", "usa-today") is that outlet's name ("HuffPost")."""
    name = normalise(name)
    if "-" not in name or " " in name:
        return name
    known = KNOWN_OUTLETS.get(name.replace("-", ""))
    return normalise(known) if known is not None else name.replace("-", " ")


def _actor_clusters(nodes: dict[MentionRef, NameNode]) -> dict[NameNode, int]:
    """Connected components of the graph of names that name one actor; edges never join names that clash."""
    names = sorted(set(nodes.values()), key=lambda n: n.sort_key)
    places = place_words({normalise(r.mention.text) for r in nodes if r.mention.kind is ActorKind.PLACE})
    present: dict[NameNode, set[str]] = defaultdict(set)
    proper: dict[NameNode, set[str]] = defaultdict(set)
    words_of: dict[str, set[str]] = {}  # a story prints each name many times: its proper words are found once
    named: set[NameNode] = set()
    for ref, node in nodes.items():
        present[node].add(ref.article_id)
        text = ref.mention.text
        words = words_of.get(text)
        if words is None:
            words = words_of[text] = proper_words(ref.mention, places)
        proper[node] |= words
        if is_named(ref.mention):
            named.add(node)
    graph = nx.Graph()
    graph.add_nodes_from(names)
    people = [n for n in names if n.family == "person"]
    graph.add_edges_from(_unclashing(person_edges(people, present), lambda n: (n.name, n.sex), _people_fit))
    orgs = [n for n in names if n.family == "org"]
    groups = _mostly_groups(nodes)
    story_places = frozenset(n.name for n in names if n.family == "place")
    edges = org_edges(orgs, named, proper, present, groups, story_places)
    graph.add_edges_from(_unclashing(edges, lambda n: (n.name, n in named), orgs_fit))
    components = sorted(nx.connected_components(graph), key=lambda c: min(n.sort_key for n in c))
    return {node: i for i, component in enumerate(components) for node in component}


def _mostly_groups(nodes: dict[MentionRef, NameNode]) -> frozenset[NameNode]:
    """The name nodes most of whose mentions the extractor took for an unnamed group of people ("Democrats"), rather
    than for an organisation ("the Colts" typed a group a few times beside many "Colts" typed a team)."""
    votes: dict[NameNode, Counter[bool]] = defaultdict(Counter)
    for ref, node in nodes.items():
        votes[node][ref.mention.kind is ActorKind.GROUP] += 1
    return frozenset(node for node, counts in votes.items() if counts[True] > counts[False])


def _people_fit(a: tuple[str, str], b: tuple[str, str]) -> bool:
    """Whether two (name, sex) keys may name one person."""
    return sexes_fit(a[1], b[1]) and people_fit(a[0], b[0])


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


def _actor(members: list[MentionRef], nodes: dict[MentionRef, NameNode], taken: Collection[str]) -> Actor:
    """The actor of one cluster's mentions, keyed apart from the keys ``taken`` (as their slugs: :func:`_slugs`)."""
    kind = _kind(members, nodes[members[0]].family)
    label = _label(members, kind)
    scoped = all(nodes[r].scope for r in members)  # a name's actor is the story's, though descriptions joined it
    scope = {r.article_id for r in members} if scoped else set()
    return Actor(
        key=_free_key("/".join([FAMILY[kind], normalise(label), *sorted(scope)]), members, taken),
        label=label,
        kind=kind,
        aliases={r.mention.text for r in members if r.mention.text and r.mention.refers is None},
        roles=_roles(members, kind),
        mentions=sorted(
            (r for r in members if in_text(r.mention.span)), key=lambda r: (r.article_id, r.mention.span.start)
        ),
    )


def _roles(members: list[MentionRef], kind: ActorKind) -> set[str]:
    """The roles an actor's mentions give it, but an honorific alone ("Mr.", which tells only a sex) and none of a
    place's: the words set beside a place name ("Dunmore, Varnland", "greater Dunmore", "the state of Varnland") say
    where it is or what sort of place it is, not what it does."""
    if kind is ActorKind.PLACE:
        return set()
    return {role for r in members if (role := r.mention.role) and normalise(role) not in HONORIFICS}


def _kind(members: list[MentionRef], family: str) -> ActorKind:
    """The kind of one cluster's actor, decided from all its mentions and the ``family`` its names were merged as (a
    surname the recogniser typed an organisation is a person's when it joined a person's full name): an outlet where
    it publishes an article or a quarter of its mentions call it one (a company is not an outlet for one "Apple
    News"), else the commonest kind of its family."""
    if family != "org":
        return ActorKind.PERSON if family == "person" else ActorKind.PLACE
    if spoken_of_as_person(members):  # "Dela Morrow … she said": a woman, whatever the recogniser labelled her
        return ActorKind.PERSON
    kinds = Counter(r.mention.kind for r in members if r.mention.refers is None and FAMILY[r.mention.kind] == family)
    publishes = any(r.mention.span == PUBLISHER_SPAN for r in members)
    if publishes or 4 * kinds[ActorKind.OUTLET] >= len(members):
        return ActorKind.OUTLET
    if kinds:
        return kinds.most_common(1)[0][0]
    people = any(r.mention.kind is ActorKind.PERSON for r in members)  # a family ("the Hales": :func:`_family_name`)
    return ActorKind.GROUP if people else ActorKind.ORGANIZATION


def _label(members: list[MentionRef], kind: ActorKind) -> str:
    """The fullest proper name the mentions give, without "the" (but for an outlet: "The Guardian") or a person's
    titles ("Mr Hewitt" beside "Patricia Hewitt" is Patricia Hewitt), and never a phrase that runs past a name
    (:func:`graph.merge.naming.is_phrase`: "Ann Lee to Tom Hill"). An organisation's fuller name must be given
    often enough to be its name rather than a stray phrase ("the first Airbus A380" beside Airbus many times), and
    names of events ("Conservative Party Conference") label no organisation. An actor the article gives only by a
    pronoun whose antecedent it does not name ("She said", "his lawyers") keeps its mentions, so what it did and said
    stays traced to its sentences, under a label that says so: "unidentified person (She)", never "She" as a name."""
    if all(pronoun_led(r.mention.text) for r in members):
        return f"unidentified {UNIDENTIFIED[kind]} ({Counter(r.mention.text for r in members).most_common(1)[0][0]})"
    own = [r for r in members if r.mention.refers is None] or members  # a description whose name was dropped
    counts = Counter(_label_candidates(own, kind))
    least = 1 if kind is ActorKind.PERSON else max(1, max(counts.values()) // 10)
    label = max(
        counts, key=lambda n: (counts[n] >= least, not is_phrase(n), len(content(normalise(n))), counts[n], -len(n), n)
    )
    return re.sub(r"^(?:the|The)\s+(?=[a-z]*[A-Z])", "", label) if kind is not ActorKind.OUTLET else label


def _label_candidates(members: list[MentionRef], kind: ActorKind) -> list[str]:
    """The names a label is chosen from: proper names (else capitalised ones, else any), a person's without titles,
    an organisation's without names of events."""
    names = [r.mention.text for r in members if r.mention.text]
    proper = [r.mention.text for r in members if r.mention.kind is not ActorKind.GROUP and is_named(r.mention)]
    named = proper or [n for n in names if n[:1].isupper()] or names
    if kind is ActorKind.PERSON:
        return _person_names(named)
    return [n for n in named if not is_event_name(n)] or named


def _person_names(names: list[str]) -> list[str]:
    """A person's names without their titles (:func:`_untitled`) and without an epithet the recogniser took into
    them (:func:`graph.merge.people.epithets`)."""
    untitled = [_untitled(n) for n in names]
    found = epithets(normalise(n) for n in untitled)
    return [n.split(" ", 1)[1] if normalise(n) in found else n for n in untitled]


def _untitled(name: str) -> str:
    """A person's name without the titles before it ("Mr", "President"), its last word kept; a description of titles
    keeps them, less a place phrase after them (:func:`graph.merge.people.titles_only`: "the French president" of "the
    French president in Varnford"); a description before a name gives way to it ("Tom Orrin")."""
    if titles_only(name):
        return " ".join(description_head(name.split()))
    words = named_part(name).split()
    words = words[1:] if opens_with_rank(words) else words
    return " ".join(w for i, w in enumerate(words) if normalise(w) not in TITLES or i == len(words) - 1)


def _free_key(key: str, members: list[MentionRef], taken: Collection[str]) -> str:
    """``key``, or when its slugs are ``taken`` (two actors of one name: a surname resolved apart in two articles,
    "Acme Corp" and "Acme-Corp" kept apart) ``key`` with the first article of the actor, and failing that a number:
    no two actors share an IRI."""
    if _slugs(key) not in taken:
        return key
    key += "/" + min(r.article_id for r in members)
    base, n = key, 2
    while _slugs(key) in taken:
        key, n = f"{base}-{n}", n + 1
    return key


def _slugs(key: str) -> str:
    """A key as its IRI will spell it (:func:`graph.names.slug` of each part)."""
    return "/".join(slug(part) for part in key.split("/"))
