import itertools
import random

import pytest

from graph.merge.greedy import join_best_first


class Group:
    def __init__(self, item: int, colour: int) -> None:
        self.members = [item]
        self.colours = {colour}


class Groups:
    """Groups of items that refuse a join when it would hold two items of one colour: a refusal that stays a refusal
    as the groups grow, as :func:`join_best_first` asks."""

    def __init__(self, colours: list[int]) -> None:
        self.of = [Group(i, colour) for i, colour in enumerate(colours)]
        self.joins: list[tuple[float, int, int]] = []

    def join(self, weight: float, i: int, j: int) -> bool:
        a, b = self.of[i], self.of[j]
        if a.colours & b.colours:
            return False
        a.members += b.members
        a.colours |= b.colours
        for k in b.members:
            self.of[k] = a
        self.joins.append((weight, i, j))
        return True

    def partition(self) -> list[list[int]]:
        return sorted(sorted(g.members) for g in {id(g): g for g in self.of}.values())


def random_case(seed: int) -> tuple[list[int], list[int], list[tuple[float, int, int]], list[tuple[float, int, int]]]:
    """Items in a few classes (replicas: many items of one class), a few colours, blocks of tied and untied weights,
    and item pairs of their own, some again at a lower weight than their block's."""
    rng = random.Random(seed)
    count = rng.randint(5, 60)
    classes = [rng.randrange(8) for _ in range(count)]
    colours = [rng.randrange(count // 2 + 1) for _ in range(count)]
    blocks = {}
    for u, v in itertools.combinations_with_replacement(range(8), 2):
        if rng.random() < 0.3:
            blocks[(u, v)] = (float(rng.choice((-3, -2, -2, -1))), u, v)
    weight_of = {frozenset(k): w for k, (w, _u, _v) in blocks.items()}
    pairs = []
    for _ in range(rng.randint(0, 10)):
        i, j = sorted(rng.sample(range(count), 2))
        block = weight_of.get(frozenset((classes[i], classes[j])))
        pairs.append((float(rng.choice((-4, -3))) if block is not None else float(rng.choice((-3, -1))), i, j))
    return classes, colours, list(blocks.values()), pairs


def pair_by_pair(
    classes: list[int], colours: list[int], blocks: list[tuple[float, int, int]], pairs: list[tuple[float, int, int]]
) -> Groups:
    """Every edge of every block, sorted, then taken in order."""
    weight_of = {frozenset((u, v)): w for w, u, v in blocks}
    edges = set(pairs)
    for i, j in itertools.combinations(range(len(classes)), 2):
        weight = weight_of.get(frozenset((classes[i], classes[j])))
        if weight is not None:
            edges.add((weight, i, j))
    groups = Groups(colours)
    for weight, i, j in sorted(edges):
        if groups.of[i] is not groups.of[j]:
            groups.join(weight, i, j)
    return groups


@pytest.mark.parametrize("seed", range(60))
def test_blocks_join_as_taking_every_edge_in_order_would(seed: int) -> None:
    classes, colours, blocks, pairs = random_case(seed)
    expected = pair_by_pair(classes, colours, blocks, pairs)
    found = Groups(colours)
    join_best_first(classes, blocks, found.of.__getitem__, found.join, pairs)
    assert found.partition() == expected.partition()
    assert found.joins == expected.joins


def test_a_block_of_replicas_costs_about_one_join_attempt_per_item() -> None:
    """2000 copies of one wording: every pair is an edge, but one pass joins them, not two million attempts."""
    count = 2000
    groups = Groups(list(range(count)))
    calls = 0

    def join(weight: float, i: int, j: int) -> bool:
        nonlocal calls
        calls += 1
        return groups.join(weight, i, j)

    join_best_first([0] * count, [(-1.0, 0, 0)], groups.of.__getitem__, join)
    assert groups.partition() == [list(range(count))]
    assert calls == count - 1
