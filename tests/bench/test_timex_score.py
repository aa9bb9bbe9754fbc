"""The TempEval-3 time expression scorer on hand-made examples, and the MEANTIME bench on three real documents."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bench.timex import Document, Timex, article_of, load, predict, score, table
from graph.model import Span
from tests.eval_data import needs

EVAL = Path(__file__).resolve().parents[2].parent / "shared" / "eval" / "meantime_en.jsonl"


def t(start: int, end: int, value: str = "2008-03-01", type_: str = "DATE", doc: str = "d1") -> Timex:
    return Timex(doc, start, end, value, type_)


def test_exact_matches_score_one_everywhere() -> None:
    gold = [t(0, 5), t(10, 15, "P3Y", "DURATION")]
    s = score(gold, list(gold))
    assert (s.strict.f1, s.overlap.f1, s.value_accuracy, s.value_f1, s.type_accuracy) == (1, 1, 1, 1, 1)


def test_overlap_counts_for_relaxed_extent_only() -> None:
    """ "the past three years" against gold "past three years": no strict match, one overlap match."""
    s = score([t(4, 20)], [t(0, 20)])
    assert (s.strict.true_positives, s.overlap.true_positives) == (0, 1)
    assert s.strict.f1 == 0 and s.overlap.f1 == 1


def test_value_f1_is_overlap_f1_times_value_accuracy() -> None:
    """Gold 4, predicted 3 overlapping (one with a wrong value) + 1 spurious: P 3/4, R 3/4, accuracy 2/3."""
    gold = [t(0, 5), t(10, 15), t(20, 25), t(30, 35)]
    predicted = [t(0, 5), t(11, 15), t(20, 25, "2008-02-29"), t(40, 45)]
    s = score(gold, predicted)
    assert s.overlap.precision == pytest.approx(3 / 4)
    assert s.overlap.recall == pytest.approx(3 / 4)
    assert s.strict.true_positives == 2
    assert s.value_accuracy == pytest.approx(2 / 3)
    assert s.value_f1 == pytest.approx(3 / 4 * 2 / 3)


def test_matching_is_one_to_one_and_prefers_the_exact_extent() -> None:
    """Two predictions overlap one gold expression: the exact one matches, the other is a false positive."""
    gold = [t(10, 20, "2008")]
    predicted = [t(5, 20, "XXXX-XX-XX"), t(10, 20, "2008")]
    s = score(gold, predicted)
    assert (s.overlap.true_positives, s.overlap.predicted) == (1, 2)
    assert s.value_accuracy == 1


def test_expressions_match_only_within_their_document() -> None:
    s = score([t(0, 5, doc="a")], [t(0, 5, doc="b")])
    assert (s.strict.true_positives, s.overlap.true_positives, s.overlap.f1) == (0, 0, 0)


def test_type_accuracy_over_overlap_matches() -> None:
    s = score([t(0, 5, "P1Y", "SET"), t(6, 9)], [t(0, 5, "P1Y", "DURATION"), t(6, 9)])
    assert (s.value_accuracy, s.type_accuracy) == (1, 0.5)


def test_nothing_predicted_or_nothing_gold_scores_zero_without_dividing_by_zero() -> None:
    assert score([t(0, 5)], []).value_f1 == 0
    assert score([], [t(0, 5)]).overlap.precision == 0


def test_table_prints_percentages() -> None:
    lines = list(table([("all", score([t(0, 5)], [t(0, 5)]))]))
    assert "value F1" in lines[0]
    assert lines[1].split()[-2:] == ["100.0", "100.0"]


def test_article_leaves_the_dateline_and_the_unannotated_rest_out_of_the_body() -> None:
    lines = ["Headline", "March 01 , 2008", "One .", "Two .", "Three .", "Four .", "Five ."]
    text = "\n".join(lines)
    doc = Document("d", "corpus_x", text, dt.date(2008, 3, 1), ())
    article = article_of(doc)
    dateline = Span(9, 9 + len(lines[1]))
    assert not article.in_body(dateline)
    assert article.in_body(Span(0, 8))
    assert not article.in_body(Span(text.index("Five"), len(text)))
    undated = article_of(Document("d", "corpus_x", text, None, ()))
    assert undated.in_body(dateline) and undated.published is None


@pytest.mark.model
@needs(EVAL, "MEANTIME evaluation data")
def test_bench_on_three_meantime_documents() -> None:
    docs = load(EVAL)[:3]
    gold = [g for d in docs for g in d.gold]
    predicted = predict(docs)
    s = score(gold, predicted)
    assert gold and predicted
    assert s.overlap.recall >= 0.5 and s.overlap.precision >= 0.5, s
    assert all(p.doc in {d.id for d in docs} for p in predicted)
