"""Score quote and speaker extraction on MEANTIME articles nobody tuned the extractors on.

Run from the project root:  .venv/bin/python -m bench.eval_meantime_quotes [--eval PATH] [--verbose]

The articles named in ``tests/gold/meantime_quotes.json`` are read from ``../shared/eval/meantime_en.jsonl``, laid out
as news pages (:func:`tests.gold.meantime.meantime_article`), built with the real pipeline and scored against the
hand-made gold with ``tests/gold/score.py`` (headline statements optional, as in the seed gate). ``--verbose`` lists
each miss, each false positive and each matched statement whose speaker is wrong. The floors that fail the test
suite are pinned in ``tests/test_eval_gate_meantime.py``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from tests.gold.meantime import GOLD, MEANTIME, build_story, gold_articles_from
from tests.gold.score import (
    Predicted,
    Scores,
    gold_articles,
    is_non_statement,
    load_gold,
    score_non_statements,
    score_statements,
    speaker_matches,
    story_predictions,
    text_similarity,
)

METRICS = ("precision", "recall", "f1", "speaker_accuracy", "attribution_f1")


def explain(predicted: Sequence[Predicted], gold: Mapping[str, Any]) -> Iterator[str]:
    """One line per miss, false positive and wrong speaker, pairing predictions with gold as ``score_statements``
    does (greedy, best similarity first, each side at most once; headline statements optional)."""
    for article_id, entry in gold_articles(gold).items():
        statements = list(entry.get("statements") or [])
        optional = [bool(s.get("optional")) or bool(s.get("in_title")) for s in statements]
        scare = [str(t) for t in entry.get("non_statements") or []]
        preds = [p for p in predicted if p.article_id == article_id]
        candidates = sorted(
            (-text_similarity(p.text, str(s.get("text", ""))), int(optional[gi]), pi, gi)
            for pi, p in enumerate(preds)
            if not is_non_statement(p.text, scare)
            for gi, s in enumerate(statements)
            if text_similarity(p.text, str(s.get("text", ""))) > 0.0
        )
        pairs: dict[int, int] = {}
        for _, _, pi, gi in candidates:
            if pi not in pairs and gi not in pairs.values():
                pairs[pi] = gi
        short = article_id.split("_", 1)[0]
        for gi, s in enumerate(statements):
            if gi not in pairs.values() and not optional[gi]:
                kind = "direct" if s.get("direct") else "reported"
                yield f"{short} MISS ({kind}, {s.get('speaker')}): {_clip(str(s.get('text')))}"
        for pi, p in enumerate(preds):
            if pi not in pairs:
                what = "SCARE QUOTE" if is_non_statement(p.text, scare) else "FALSE POSITIVE"
                yield f"{short} {what} ({p.speaker_label}): {_clip(p.text)}"
            elif not optional[pairs[pi]] and not speaker_matches(p.speaker_label, statements[pairs[pi]]):
                s = statements[pairs[pi]]
                yield f"{short} WRONG SPEAKER ({p.speaker_label} for {s.get('speaker')}): {_clip(p.text)}"


def _clip(text: str, width: int = 110) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def report(scores: Scores, predicted: Sequence[Predicted], gold: Mapping[str, Any]) -> Iterator[str]:
    for name in METRICS:
        yield f"{name:18} {getattr(scores, name):.3f}"
    yield (
        f"{'reports':18} {len(predicted)} (tp {scores.true_positives}, fp {scores.false_positives}, "
        f"fn {scores.false_negatives}, optional matched {scores.ignored})"
    )
    yield f"{'scare quotes kept':18} {score_non_statements(predicted, gold)}"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--eval", type=Path, default=MEANTIME, help="meantime_en.jsonl (default: %(default)s)")
    parser.add_argument("--verbose", action="store_true", help="list each miss, false positive and wrong speaker")
    args = parser.parse_args(argv)
    if not args.eval.is_file():
        print(f"{args.eval} not found: the MEANTIME corpus lives outside the project", file=sys.stderr)
        return 2
    gold = load_gold(GOLD)
    articles = gold_articles_from(args.eval, gold_articles(gold))
    predicted = story_predictions(build_story(articles))
    scores = score_statements(predicted, gold, include_titles=False)
    print(f"MEANTIME quotes: {len(articles)} articles, gold {GOLD.relative_to(GOLD.parents[2])}")
    for line in report(scores, predicted, gold):
        print(line)
    if args.verbose:
        print()
        for line in explain(predicted, gold):
            print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
