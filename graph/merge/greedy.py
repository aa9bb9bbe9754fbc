"""Best-first joining of items whose edges come in blocks: every item of one class meets every item of another.

The merge joins statement reports, and event mentions, by taking candidate edges best first and refusing a join when
the two groups cannot be one. Replicated wordings make blocks: a quote that k outlets print word for word gives k
reports with the same edges, and k² edges among them. :func:`join_best_first` gives the result of taking every edge
of every block in order without meeting each one: for an item, only the first item of each other group that a block
reaches can change anything, because an edge inside one group does nothing and a join once refused stays refused.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Sequence
from typing import Generic, TypeVar

C = TypeVar("C", bound=Hashable)
G = TypeVar("G", bound=Hashable)


def join_best_first(
    classes: Sequence[C],
    blocks: Iterable[tuple[float, C, C]],
    group_of: Callable[[int], G],
    join: Callable[[float, int, int], bool],
    pairs: Iterable[tuple[float, int, int]] = (),
) -> None:
    """Take the edges of ``blocks`` best first, as sorting every edge would and taking them in that order.

    Items are ``0 .. len(classes) - 1``, ``classes[i]`` the class of item ``i``. A block ``(weight, u, v)`` gives an
    edge of that weight between every item of class ``u`` and every other item of class ``v`` (``u`` may be ``v``);
    each unordered pair of classes comes in one block at most. ``pairs`` are further edges ``(weight, i, j)`` between
    two items (a pair of a block may come again here at a lower weight, never at a higher one). Edges are taken by
    weight, lowest first, then by the lower item, then the higher: ``join(weight, i, j)`` (``i < j``) is called for an
    edge whose items are in different groups (``group_of``) and joins them (returning True) or refuses. A refusal must
    stay a refusal while the groups only grow; the groups change only through ``join``, and ``group_of`` answers with
    the group an item is in now.
    """
    holdings = _Holdings(classes, group_of)
    levels: dict[float, dict[C, set[C]]] = defaultdict(lambda: defaultdict(set))
    for weight, u, v in blocks:
        levels[weight][u].add(v)
        levels[weight][v].add(u)
    singles: dict[float, dict[int, list[int]]] = defaultdict(lambda: defaultdict(list))
    for weight, i, j in pairs:
        singles[weight][min(i, j)].append(max(i, j))
    refused: set[tuple[G, G]] = set()  # groups once refused stay refused: each pair is asked once
    for weight in sorted(levels.keys() | singles.keys()):
        partners, further = levels.get(weight, {}), singles.get(weight, {})
        for i in sorted({i for cls in partners for i in holdings.members[cls]} | further.keys()):
            for j in holdings.firsts(i, partners.get(classes[i], ()), further.get(i, ())):
                a, b = group_of(i), group_of(j)
                if a == b or (a, b) in refused or (b, a) in refused:
                    continue
                if join(weight, i, j):
                    holdings.joined((a, b), group_of(i))
                else:
                    refused.add((a, b))


class _Holdings(Generic[C, G]):
    """Which items of each class each group holds, in order, as the groups join."""

    def __init__(self, classes: Sequence[C], group_of: Callable[[int], G]) -> None:
        self.group_of = group_of
        self.count = len(classes)
        self.members: dict[C, list[int]] = defaultdict(list)
        self.held: dict[G, dict[C, list[int]]] = {}  # the items of each class in each group, in order
        self.holders: dict[C, set[G]] = defaultdict(set)
        for i, cls in enumerate(classes):
            self.members[cls].append(i)
            self.held.setdefault(group_of(i), {}).setdefault(cls, []).append(i)
            self.holders[cls].add(group_of(i))

    def firsts(self, i: int, partners: Iterable[C], further: Iterable[int]) -> list[int]:
        """The items that can change anything for item ``i``, in order: of each other group, the first item after
        ``i`` that an edge reaches, of the ``partners`` classes or among the ``further`` items."""
        own = self.group_of(i)
        firsts: dict[G, int] = {}
        for j in further:
            group = self.group_of(j)
            if group != own and firsts.get(group, self.count) > j:
                firsts[group] = j
        for other in partners:
            for group in self.holders[other]:
                items = self.held[group][other]
                at = bisect.bisect_right(items, i)
                if group != own and at < len(items) and firsts.get(group, self.count) > items[at]:
                    firsts[group] = items[at]
        return sorted(firsts.values())

    def joined(self, groups: tuple[G, G], joined: G) -> None:
        """Two ``groups`` are one now, ``joined``."""
        for old in groups:
            if old != joined:
                self._absorbed(old, joined)

    def _absorbed(self, old: G, new: G) -> None:
        for cls, items in self.held.pop(old).items():
            self.holders[cls].discard(old)
            self.holders[cls].add(new)
            mine = self.held.setdefault(new, {}).setdefault(cls, [])
            if len(items) == 1:  # k copies of one report join one at a time: no copy of a growing list for each
                bisect.insort(mine, items[0])
            else:
                mine[:] = sorted(mine + items)
