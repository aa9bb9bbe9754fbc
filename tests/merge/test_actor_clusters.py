"""Which names the actor merge clusters as one: short forms, teams typed as groups, quoted nicknames (hand-built
facts, invented names)."""

from __future__ import annotations

from graph.model import ActorKind
from tests.merge.test_actors import facts, labels

P, ORG, GROUP = ActorKind.PERSON, ActorKind.ORGANIZATION, ActorKind.GROUP


def test_a_short_name_joins_the_least_of_the_names_that_hold_it() -> None:
    found = labels([facts("a", ("the Harbourside Otters", ORG), ("Otters", ORG), ("Harbourside Otters fans", ORG)),
                    facts("b", ("Harbourside Otters Twitter", ORG), ("Otters", ORG))])  # fmt: skip
    assert any({"the Harbourside Otters", "Otters"} <= aliases for _, aliases in found)


def test_a_team_the_extractor_sometimes_took_for_a_group_joins_its_qualified_name() -> None:
    found = labels([facts("a", ("Otters", ORG), ("the Otters", GROUP), ("Otters", ORG)),
                    facts("b", ("the Harbourside Otters", ORG))])  # fmt: skip
    assert found == [("Harbourside Otters", {"Otters", "the Otters", "the Harbourside Otters"})]


def test_a_group_qualified_by_more_words_stays_apart_from_the_group() -> None:
    found = labels([facts("a", ("Greens", GROUP), ("Valley Greens", GROUP), ("Greens", GROUP))])
    assert len(found) == 2


def test_a_quoted_nickname_inside_a_name_does_not_split_the_person() -> None:
    found = labels([facts("a", ('Vincent "The Fish" Moretti', P), ("Moretti", P)),
                    facts("b", ("Vincent 'Fish' Moretti", P), ('The Fish" Moretti', P)),
                    facts("c", ("Vincent Moretti", P))])  # fmt: skip
    assert len(found) == 1
