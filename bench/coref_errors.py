"""The errors of one topic's actor merging, listed for reading: gold entities the merge split, actors that join
several gold entities, and gold mentions no system mention stands for (by kind of phrase: pronoun, common noun, name).

Only :mod:`bench.coref` calls this, and only for topics whose errors may be read (never ECB+'s dev topics).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence

from graph.model import Span

PRONOUNS = frozenset(
    ["he", "she", "they", "him", "her", "them", "his", "hers", "its", "their", "theirs", "it", "we", "us", "our",
     "i", "me", "my", "you", "your", "who", "whom", "whose", "himself", "herself", "themselves", "itself"]
)  # fmt: skip

MentionId = tuple[str, Span]


def _order(mention: MentionId) -> tuple[str, int, int]:
    return mention[0], mention[1].start, mention[1].end


def phrase_kind(text: str) -> str:
    """ "pronoun", "name" (a capitalised word after any determiner) or "common" for a gold mention's text."""
    words = text.split()
    if not words:
        return "common"
    if len(words) == 1 and words[0].lower() in PRONOUNS:
        return "pronoun"
    first = words[1] if words[0].lower() in {"the", "a", "an"} and len(words) > 1 else words[0]
    return "name" if first[:1].isupper() else "common"


def topic_errors(
    topic: str,
    texts: Mapping[MentionId, str],
    key: Mapping[str, set[MentionId]],
    response: Mapping[str, set[MentionId]],
    unmatched: Sequence[MentionId],
) -> list[str]:
    """Lines naming the topic's errors: each split gold entity (its mentions by system actor), each actor joining
    gold entities (its mentions by gold entity), and the unmatched gold mentions counted by phrase kind and text."""
    entity_of = {m: e for e, ms in key.items() for m in ms}
    actor_of = {m: a for a, ms in response.items() for m in ms}
    lines = [f"== topic {topic}"]
    lines += _mixed("split", key, actor_of, texts)
    lines += _mixed("joined", response, entity_of, texts)
    missed = Counter((phrase_kind(texts[m]), texts[m]) for m in unmatched)
    for kind in ("pronoun", "common", "name"):
        found = [(text, n) for (k, text), n in missed.most_common() if k == kind]
        if found:
            total = sum(n for _, n in found)
            lines.append(f"unmatched {kind} ({total}): " + ", ".join(f"{t} x{n}" for t, n in found))
    return lines


def _mixed(
    word: str, clusters: Mapping[str, set[MentionId]], other: Mapping[MentionId, str], texts: Mapping[MentionId, str]
) -> list[str]:
    """Each cluster whose mentions fall in more than one cluster of the ``other`` partition, with them by cluster."""
    lines = []
    for name, mentions in sorted(clusters.items()):
        by_other: dict[str, list[str]] = defaultdict(list)
        for m in sorted(mentions, key=_order):
            if m in other:
                by_other[other[m]].append(f"{texts[m]}@{m[0]}")
        if len(by_other) > 1:
            lines.append(f"{word} {name}:")
            lines += [f"    {o}: {' | '.join(ms)}" for o, ms in sorted(by_other.items())]
    return lines
