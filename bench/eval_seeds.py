"""Score the seed build against the hand-made gold in tests/gold/seeds.json and print the numbers.

Run from the project root:  .venv/bin/python -m bench.eval_seeds
The floors that fail the test suite are pinned in tests/test_eval_gate.py.
"""

from __future__ import annotations

from pathlib import Path

from graph.build.pipeline import build
from tests.gold.score import load_gold, score_non_statements, score_statements, story_predictions

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    result = build([ROOT / "seeds"])
    predicted = story_predictions(result.story)
    gold = load_gold(ROOT / "tests" / "gold" / "seeds.json")
    scores = score_statements(predicted, gold, include_titles=False)
    for name in ("precision", "recall", "f1", "speaker_accuracy", "attribution_f1"):
        print(f"{name:18} {getattr(scores, name):.3f}")
    print(f"{'reports':18} {len(predicted)} (tp {scores.true_positives}, fp {scores.false_positives}, "
          f"fn {scores.false_negatives})")  # fmt: skip
    print(f"{'scare quotes kept':18} {score_non_statements(predicted, gold)}")


if __name__ == "__main__":
    main()
