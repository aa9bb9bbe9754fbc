"""Extraction quality gate on articles nobody tuned the extractors on: MEANTIME Wikinews articles scored against
hand-made gold (tests/gold/meantime_quotes.json).

The floors are pinned a little under what the pipeline measured when the gold was written (measured - 0.05, rounded
down; see ``python -m bench.eval_meantime_quotes``); a change that drops below them fails. Raise them when extraction
improves, never lower them to make a change pass. The corpus lives outside the project: without it the gate skips,
except in CI, which always has it, where a missing corpus fails (:func:`tests.eval_data.needs`).
"""

from __future__ import annotations

import pytest

from graph.story import Story
from tests.eval_data import needs
from tests.gold.meantime import GOLD, MEANTIME, build_story, gold_articles_from
from tests.gold.score import gold_articles, load_gold, score_non_statements, score_statements, story_predictions

pytestmark = [
    pytest.mark.model,
    needs(MEANTIME, "MEANTIME corpus"),
]
GOLD_DATA = load_gold(GOLD)
FLOORS = {"precision": 0.87, "recall": 0.89, "speaker_accuracy": 0.87, "attribution_f1": 0.80}
"""Measured 0.922, 0.790, 0.855, 0.728 over 105 gold statements in 10 articles when the gold was written; 0.900,
0.943, 0.889, 0.819 after issue 18's first round; 0.900, 0.943, 0.929, 0.856 after its second (the precision floor
stays where it was)."""
MAX_SCARE_QUOTES = 5
"""Measured 4 (product and feature names quoted in the Apple articles); one of slack, like the floors."""


@pytest.fixture(scope="module")
def meantime_story() -> Story:
    return build_story(gold_articles_from(MEANTIME, gold_articles(GOLD_DATA)))


def test_statement_quality_stays_above_floors(meantime_story: Story) -> None:
    scores = score_statements(story_predictions(meantime_story), GOLD_DATA, include_titles=False)
    measured = {name: round(getattr(scores, name), 3) for name in FLOORS}
    failing = {name: (measured[name], floor) for name, floor in FLOORS.items() if measured[name] < floor}
    assert not failing, f"below floor (measured, floor): {failing}; all: {scores}"


def test_few_scare_quotes_become_statements(meantime_story: Story) -> None:
    assert score_non_statements(story_predictions(meantime_story), GOLD_DATA) <= MAX_SCARE_QUOTES


def test_every_gold_article_is_built(meantime_story: Story) -> None:
    built = {facts.article.id for facts in meantime_story.facts}
    assert set(gold_articles(GOLD_DATA)) <= built
