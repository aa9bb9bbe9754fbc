"""Extraction quality gate: the seed build scored against hand-made gold (tests/gold/seeds.json).

The floors are pinned a little under what the pipeline measures today; a change that drops below them fails.
Raise them when extraction improves, never lower them to make a change pass.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import SeedBuild
from tests.gold.score import load_gold, score_non_statements, score_statements, story_predictions

pytestmark = pytest.mark.model
GOLD = load_gold(Path(__file__).parent / "gold" / "seeds.json")
FLOORS = {"precision": 0.93, "recall": 0.85, "speaker_accuracy": 0.95, "attribution_f1": 0.88}
MAX_SCARE_QUOTES = 0


def test_statement_quality_stays_above_floors(seed_build: SeedBuild) -> None:
    scores = score_statements(story_predictions(seed_build.result.story), GOLD, include_titles=False)
    measured = {name: round(getattr(scores, name), 3) for name in FLOORS}
    failing = {name: (measured[name], floor) for name, floor in FLOORS.items() if measured[name] < floor}
    assert not failing, f"below floor (measured, floor): {failing}; all: {scores}"


def test_scare_quotes_are_not_statements(seed_build: SeedBuild) -> None:
    assert score_non_statements(story_predictions(seed_build.result.story), GOLD) <= MAX_SCARE_QUOTES
