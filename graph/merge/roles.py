"""Descriptions of a person by what they are to another person: "her lawyer", "Ann Lee's agent", "his mother".

An article that does not name Ann Lee's lawyer still tells who he is: the one person who is Ann Lee's lawyer in the
story. Such descriptions join across articles by the actor of their possessor ("her" read as Ann Lee, or "Ann Lee's")
and their role, and join the person the story names in that role ("her lawyer, Tom Hill") when it names only one.
Only roles a person has one of in a story are read so (a lawyer, an agent, a mother; not a brother or a friend), and
only for a person's: "the company's spokesman" may be any of several.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

import networkx as nx

from graph.merge.naming import NameNode, is_named
from graph.model import Mention
from graph.names import PRONOUN_SEXES, normalise
from graph.story import MentionRef

ROLES = {
    **dict.fromkeys(["lawyer", "attorney", "solicitor", "barrister", "counsel"], "lawyer"),
    **dict.fromkeys(["rep", "representative", "publicist", "spokesman", "spokeswoman", "spokesperson"], "publicist"),
    **dict.fromkeys(["agent", "manager"], "agent"),
    **dict.fromkeys(["mother", "mom", "mum"], "mother"),
    **dict.fromkeys(["father", "dad"], "father"),
    **dict.fromkeys(["wife", "husband", "widow", "widower"], "spouse"),
    **dict.fromkeys(["boyfriend", "girlfriend", "fiance", "fiancee", "fiancé", "fiancée"], "partner"),
}
"""Roles a person has one holder of in a story, by the nouns news writing gives them ("her rep", "her publicist" and
"her spokesman" are one person's one representative), with the role each names."""


def role_of(text: str) -> str:
    """The role a description names by its last word (:data:`ROLES`), if it is a description in lower case after its
    possessor ("her longtime lawyer", "Ann Lee's agent"); else ""."""
    words = normalise(text).split()
    if len(words) < 2 or not text.split()[-1].islower():
        return ""
    return ROLES.get(words[-1], "")


def role_clusters(nodes: dict[MentionRef, NameNode], clusters: dict[NameNode, int]) -> dict[NameNode, int]:
    """``clusters`` with the clusters of descriptions of one role of one person's joined, and with the one named
    person the story gives that role, if there is only one."""
    holders: dict[tuple[int, str], set[int]] = defaultdict(set)
    for ref, possessor in _possessed(nodes):
        role = role_of(ref.mention.text)
        owner = clusters[nodes[possessor]]
        if role and nodes[possessor].family == "person" and clusters[nodes[ref]] != owner:
            holders[(owner, role)].add(clusters[nodes[ref]])
    named = _named_clusters(nodes, clusters)
    joined = nx.utils.UnionFind(clusters.values())
    for found in holders.values():
        people = found & named
        if len(people) <= 1:
            joined.union(*found)
    return {node: joined[cluster] for node, cluster in clusters.items()}


def _possessed(nodes: dict[MentionRef, NameNode]) -> Iterable[tuple[MentionRef, MentionRef]]:
    """Each person's description with the mention that opens it (a possessive pronoun or name)."""
    by_start: dict[tuple[str, int], list[MentionRef]] = defaultdict(list)
    for ref in nodes:
        by_start[(ref.article_id, ref.mention.span.start)].append(ref)
    for refs in by_start.values():
        for ref in refs:
            if nodes[ref].family != "person" or _is_pronoun(ref.mention):
                continue
            inner = [r for r in refs if r.mention.span.end < ref.mention.span.end]
            if inner:
                yield ref, max(inner, key=lambda r: r.mention.span.end)


def _is_pronoun(mention: Mention) -> bool:
    return mention.text.lower() in PRONOUN_SEXES


def _named_clusters(nodes: dict[MentionRef, NameNode], clusters: dict[NameNode, int]) -> set[int]:
    """The clusters that hold a person's proper name, not only descriptions and pronouns."""
    return {
        clusters[node]
        for ref, node in nodes.items()
        if node.family == "person" and ref.mention.refers is None and is_named(ref.mention)
        and not role_of(ref.mention.text)
    }  # fmt: skip
