"""Tests of the gold scorer on hand-made inputs, and sanity checks of the gold file against the seed articles."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.gold.score import (
    Predicted,
    Scores,
    gold_articles,
    load_gold,
    normalize,
    score_non_statements,
    score_statements,
    speaker_matches,
    text_similarity,
    texts_match,
    token_jaccard,
)

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
GOLD_PATH = Path(__file__).with_name("seeds.json")

SPEAKER_KINDS = {"Person", "Organization", "Group"}
ACTOR_KINDS = {"Person", "Organization", "Group", "Place", "Outlet"}


def _statement(text: str, speaker: str, kind: str = "Person", aliases: list[str] | None = None, **flags: Any) -> dict:
    return {
        "text": text,
        "direct": True,
        "speaker": speaker,
        "speaker_aliases": aliases or [],
        "speaker_kind": kind,
        "via": None,
        "medium": None,
        "statement_id": re.sub(r"\W+", "-", text.lower()).strip("-")[:30],
        "optional": flags.get("optional", False),
        "in_title": flags.get("in_title", False),
    }


@pytest.fixture
def toy_gold() -> dict[str, Any]:
    return {
        "a1": {
            "title": "A toy article",
            "statements": [
                _statement("The bridge will open in spring,", "Jane Q. Doe", aliases=["Doe"]),
                _statement(
                    "We reject the plan entirely.",
                    "Harbour Board",
                    kind="Organization",
                    aliases=["the board", "the letter"],
                ),
                _statement("the project is over budget", "City auditors", kind="Group", optional=True),
            ],
            "non_statements": ["grand vision"],
        },
        "a2": {
            "title": "'Nobody asked us': residents protest",
            "statements": [
                _statement("Nobody asked us", "Residents' association", kind="Organization", in_title=True),
                _statement("a total disaster.", "Mayor Tom Brink", aliases=["Brink"]),
            ],
            "non_statements": [],
        },
        "statement_clusters": {},
    }


def _perfect(gold: dict[str, Any]) -> list[Predicted]:
    return [
        Predicted(article_id, s["text"], s["speaker"])
        for article_id, entry in gold_articles(gold).items()
        for s in entry["statements"]
        if not s["optional"]
    ]


# --- text helpers -------------------------------------------------------------------------------------------------


def test_normalize_strips_quotes_whitespace_and_folds_typography() -> None:
    assert normalize("  \u201cPutin\u2019s  war,\u201d ") == "putin's war"
    assert normalize("\u2018hello\u00a0world'") == "hello world"
    assert normalize("\u201c\u201d") == ""


def test_containment_and_jaccard_matching() -> None:
    assert texts_match("\u201cThe bridge will open in spring\u201d", "The bridge will open in spring,")
    assert texts_match("will open", "The bridge will open in spring,")  # contiguous run
    assert texts_match("The bridge will open in spring, the mayor said today", "The bridge will open in spring,")
    assert not texts_match("open bridge", "The bridge will open in spring,")  # not a run, Jaccard 2/6
    assert not texts_match("ward", "toward zero")  # tokens, not characters
    assert token_jaccard("a b c", "a b d") == pytest.approx(0.5)
    assert texts_match("the plan we reject entirely", "We reject the plan entirely.")  # Jaccard 1.0
    assert text_similarity("", "anything") == 0.0


# --- statements ---------------------------------------------------------------------------------------------------


def test_perfect(toy_gold: dict[str, Any]) -> None:
    scores = score_statements(_perfect(toy_gold), toy_gold)
    assert scores == Scores(1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 4, 0, 0, 4, 0)


def test_empty_predictions(toy_gold: dict[str, Any]) -> None:
    scores = score_statements([], toy_gold)
    assert (scores.precision, scores.recall, scores.f1) == (0.0, 0.0, 0.0)
    assert scores.attribution_f1 == 0.0
    assert scores.speaker_accuracy == 0.0
    assert scores.false_negatives == 4


def test_empty_gold_and_predictions() -> None:
    gold: dict[str, Any] = {"x": {"statements": [], "non_statements": []}}
    scores = score_statements([], gold)
    assert (scores.precision, scores.recall, scores.f1, scores.attribution_f1) == (1.0, 1.0, 1.0, 1.0)


def test_partial(toy_gold: dict[str, Any]) -> None:
    predicted = [
        ("a1", " \u201cThe bridge will open in spring,\u201d ", "Doe"),
        ("a1", "Something nobody said", "Jane Q. Doe"),
    ]
    scores = score_statements(predicted, toy_gold)
    assert (scores.true_positives, scores.false_positives, scores.false_negatives) == (1, 1, 3)
    assert scores.precision == pytest.approx(0.5)
    assert scores.recall == pytest.approx(0.25)
    assert scores.f1 == pytest.approx(2 * 0.5 * 0.25 / 0.75)
    assert scores.speaker_accuracy == 1.0
    assert scores.attribution_f1 == pytest.approx(scores.f1)


def test_wrong_speaker(toy_gold: dict[str, Any]) -> None:
    predicted = [Predicted(p.article_id, p.text, "Somebody Else") for p in _perfect(toy_gold)]
    scores = score_statements(predicted, toy_gold)
    assert (scores.precision, scores.recall, scores.f1) == (1.0, 1.0, 1.0)
    assert scores.speaker_accuracy == 0.0
    assert scores.attribution_f1 == 0.0


def test_missing_speaker_counts_as_wrong(toy_gold: dict[str, Any]) -> None:
    predicted = [Predicted(p.article_id, p.text, None) for p in _perfect(toy_gold)]
    scores = score_statements(predicted, toy_gold)
    assert scores.f1 == 1.0
    assert scores.speaker_correct == 0


def test_each_gold_matched_once(toy_gold: dict[str, Any]) -> None:
    text = "The bridge will open in spring,"
    scores = score_statements(
        [("a1", text, "Doe"), ("a1", text, "Doe"), ("a1", "will open in spring", "Doe")], toy_gold
    )
    assert (scores.true_positives, scores.false_positives) == (1, 2)


def test_best_match_wins(toy_gold: dict[str, Any]) -> None:
    # "the plan" is a run of the second statement only; the full text must go to the best-matching gold entry.
    predicted = [("a1", "We reject the plan entirely", "the board"), ("a1", "The bridge will open", "Doe")]
    scores = score_statements(predicted, toy_gold)
    assert (scores.true_positives, scores.false_positives, scores.speaker_correct) == (2, 0, 2)


def test_optional_gold_is_neither_hit_nor_miss(toy_gold: dict[str, Any]) -> None:
    base = score_statements(_perfect(toy_gold), toy_gold)
    with_optional = score_statements([*_perfect(toy_gold), ("a1", "the project is over budget", "auditors")], toy_gold)
    assert with_optional == Scores(1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 4, 0, 0, 4, 1)
    assert base.false_negatives == 0


def test_titles_can_be_excluded(toy_gold: dict[str, Any]) -> None:
    predicted = [p for p in _perfect(toy_gold) if p.text != "Nobody asked us"]
    assert score_statements(predicted, toy_gold).recall == pytest.approx(0.75)
    assert score_statements(predicted, toy_gold, include_titles=False).recall == 1.0


def test_scare_quotes_are_false_positives(toy_gold: dict[str, Any]) -> None:
    predicted = [*_perfect(toy_gold), ("a1", "\u201cgrand vision\u201d", None), ("a2", "grand vision", None)]
    scores = score_statements(predicted, toy_gold)
    assert scores.false_positives == 2
    assert score_non_statements(predicted, toy_gold) == 1  # a2 has no such scare quote
    assert score_non_statements(_perfect(toy_gold), toy_gold) == 0
    assert score_non_statements([], toy_gold) == 0


def test_unknown_articles_are_ignored(toy_gold: dict[str, Any]) -> None:
    scores = score_statements([*_perfect(toy_gold), ("zz", "anything at all", "x")], toy_gold)
    assert scores.false_positives == 0


def test_accepts_objects_and_pairs(toy_gold: dict[str, Any]) -> None:
    @dataclass(frozen=True)
    class Quote:
        article_id: str
        text: str
        speaker_label: str | None

    objects = [Quote(p.article_id, p.text, p.speaker_label) for p in _perfect(toy_gold)]
    assert score_statements(objects, toy_gold).attribution_f1 == 1.0
    pairs = [(p.article_id, p.text) for p in _perfect(toy_gold)]
    scores = score_statements(pairs, toy_gold)
    assert (scores.f1, scores.speaker_correct) == (1.0, 0)
    with pytest.raises(ValueError):
        score_statements([("a1",)], toy_gold)  # type: ignore[list-item]


def test_speaker_rules() -> None:
    person = _statement("x", "Jane Q. Doe", aliases=["the city engineer"])
    org = _statement("x", "Harbour Board", kind="Organization", aliases=["the letter"])
    assert speaker_matches("jane q. doe", person)
    assert speaker_matches("Doe", person)  # contained; also the last-word rule
    assert speaker_matches("Ms. Jane Doe", person)  # last word
    assert speaker_matches("City Engineer", person)  # contained in an alias
    assert speaker_matches("Jane Q. Doe, the city engineer", person)  # contains the name
    assert not speaker_matches("John Smith", person)
    assert not speaker_matches("the", person)  # function words alone never match by containment
    assert not speaker_matches("she", person)
    assert not speaker_matches(None, person)
    assert not speaker_matches("", person)
    assert speaker_matches("Letter", org)
    assert speaker_matches("the Harbour Board of Trustees", org)
    assert not speaker_matches("Trustees", org)
    assert not speaker_matches("Port Board", org)  # last-word rule is for persons only


# --- the gold file ------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def gold() -> dict[str, Any]:
    return load_gold(GOLD_PATH)


@pytest.fixture(scope="module")
def seed_texts() -> dict[str, str]:
    return {path.stem: path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))}


def test_gold_covers_every_seed(gold: dict[str, Any], seed_texts: dict[str, str]) -> None:
    assert set(gold_articles(gold)) == set(seed_texts)


def test_gold_texts_occur_verbatim(gold: dict[str, Any], seed_texts: dict[str, str]) -> None:
    for article_id, entry in gold_articles(gold).items():
        text = seed_texts[article_id]
        for statement in entry["statements"]:
            assert statement["text"] in text, (article_id, statement["text"])
            assert statement["text"] == statement["text"].strip(), (article_id, statement["text"])
        for scare in entry["non_statements"]:
            assert scare in text, (article_id, scare)
        for time in entry["times"]:
            assert time["text"] in text, (article_id, time["text"])
        for actor in entry["actors"]:
            for alias in actor["aliases"]:
                assert alias in text, (article_id, actor["name"], alias)
            assert actor["role"] is None or actor["role"] in text, (article_id, actor["name"])


def test_gold_statement_fields(gold: dict[str, Any]) -> None:
    for article_id, entry in gold_articles(gold).items():
        assert entry["statements"], article_id
        for s in entry["statements"]:
            assert isinstance(s["direct"], bool)
            assert s["speaker"] and isinstance(s["speaker_aliases"], list)
            assert s["speaker_kind"] in SPEAKER_KINDS
            assert s["via"] is None or isinstance(s["via"], str)
            assert s["medium"] is None or isinstance(s["medium"], str)
            assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", s["statement_id"]), s["statement_id"]
            assert speaker_matches(s["speaker"], s)
        for actor in entry["actors"]:
            assert actor["kind"] in ACTOR_KINDS, actor
        if entry["published"] is not None:
            dt.date.fromisoformat(entry["published"])


def test_gold_clusters_are_derived_from_statements(gold: dict[str, Any]) -> None:
    derived: dict[str, list[list[str]]] = {}
    for article_id, entry in gold_articles(gold).items():
        for s in entry["statements"]:
            derived.setdefault(s["statement_id"], []).append([article_id, s["text"]])
    assert {k: sorted(v) for k, v in gold["statement_clusters"].items()} == {k: sorted(v) for k, v in derived.items()}
    for article_id, entry in gold_articles(gold).items():
        for s in entry["statements"]:
            for other in s.get("also_statement_ids", []):
                assert other in derived, (article_id, other)


def test_gold_scores_itself_perfectly(gold: dict[str, Any]) -> None:
    predicted = [
        Predicted(article_id, s["text"], s["speaker"])
        for article_id, entry in gold_articles(gold).items()
        for s in entry["statements"]
    ]
    scores = score_statements(predicted, gold)
    assert (scores.precision, scores.recall, scores.attribution_f1) == (1.0, 1.0, 1.0)
    assert score_non_statements(predicted, gold) == 0
    scare = [
        (article_id, t, None) for article_id, entry in gold_articles(gold).items() for t in entry["non_statements"]
    ]
    assert score_non_statements(scare, gold) == len(scare)


def test_scorer_is_generic(gold: dict[str, Any]) -> None:
    source = Path(__file__).with_name("score.py").read_text(encoding="utf-8").casefold()
    for article_id, entry in gold_articles(gold).items():
        assert article_id.casefold() not in source
        for s in entry["statements"]:
            assert s["speaker"].casefold() not in source, s["speaker"]
            assert s["text"].casefold() not in source or len(s["text"]) < 12, s["text"]
