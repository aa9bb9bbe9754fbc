"""The actor-merging bench: reading, detokenising, aligning and scoring, on a tiny synthetic corpus."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path

import pytest

from bench.coref import (
    EVAL,
    Document,
    GoldMention,
    align,
    detokenise,
    evaluate,
    main,
    name_ceiling,
    read_ecbplus,
    read_meantime,
)
from graph.model import ActorKind, Article, ArticleFacts, Mention, Span
from tests.eval_data import needs


def located(text: str, *names: tuple[str, ActorKind]) -> list[Mention]:
    """Mentions of ``names`` at their first occurrence after the previous one."""
    mentions, at = [], 0
    for name, kind in names:
        start = text.index(name, at)
        mentions.append(Mention(Span(start, start + len(name)), name, kind))
        at = start + len(name)
    return mentions


def gold(text: str, *items: tuple[str, str]) -> list[GoldMention]:
    found, at = [], 0
    for words, entity in items:
        start = text.index(words, at)
        found.append(GoldMention(Span(start, start + len(words)), entity))
        at = start + len(words)
    return found


P = ActorKind.PERSON
TEXT_A = "Vladimir Putin met Joe Biden. Putin left. He was tired."
TEXT_B = "President Putin spoke. Biden answered."
DOCUMENTS = [
    Document(
        Article("a", TEXT_A),
        "t",
        gold(TEXT_A, ("Vladimir Putin", "putin"), ("Joe Biden", "biden"), ("Putin", "putin"), ("He", "putin")),
    ),
    Document(Article("b", TEXT_B), "t", gold(TEXT_B, ("President Putin", "putin"), ("Biden", "biden"))),
]
FACTS = [
    ArticleFacts(DOCUMENTS[0].article, located(TEXT_A, ("Vladimir Putin", P), ("Joe Biden", P), ("Putin", P))),
    ArticleFacts(DOCUMENTS[1].article, located(TEXT_B, ("Putin", P), ("Biden", P))),
]


def test_scores_of_a_hand_made_topic() -> None:
    """Matched mentions: "He" has no system mention; "President Putin" is matched by "Putin" (its head).
    newsgraph merges the five matched mentions exactly as gold does. The exact-name baseline clusters
    {Vladimir Putin} {Putin, Putin} {Joe Biden} {Biden}: MUC recall 1/3 (one of the three key links kept), precision
    1; B³ recall ((1² + 2²)/3 + (1² + 1²)/2) / 5 = 8/15; CEAF-e φ4 4/5 + 2/3 = 22/15 over 2 key, 4 response entities.
    Over all annotated mentions "He" is a response singleton: newsgraph's MUC recall is (2 + 1) / (3 + 1)."""
    tally = evaluate(DOCUMENTS, FACTS, {"all": {"t"}})["all"]
    assert (tally.gold, tally.matched) == (6, 5)
    ours, baseline = tally.scores[("matched", "newsgraph")], tally.scores[("matched", "exact name")]
    assert ours.conll == pytest.approx(1.0)
    assert (baseline.muc.precision, baseline.muc.recall) == pytest.approx((1.0, 1 / 3))
    assert (baseline.b_cubed.precision, baseline.b_cubed.recall) == pytest.approx((1.0, 8 / 15))
    assert (baseline.ceaf_e.precision, baseline.ceaf_e.recall) == pytest.approx((22 / 15 / 4, 22 / 15 / 2))
    everything = tally.scores[("all annotated", "newsgraph")]
    assert (everything.muc.precision, everything.muc.recall) == pytest.approx((1.0, 3 / 4))


def test_the_linked_setting_leaves_out_what_the_annotators_linked_to_nothing() -> None:
    """ "Putin" in the second article is in no gold chain, a singleton of its own: newsgraph joining it to Vladimir
    Putin costs precision over the matched mentions, none over the linked ones, where the gold has an answer."""
    (putin, biden) = gold(TEXT_B, ("President Putin", "putin"), ("Biden", "biden"))
    unlinked = GoldMention(putin.span, "b/alone", chained=False)
    documents = [DOCUMENTS[0], Document(Article("b", TEXT_B), "t", [unlinked, biden])]
    tally = evaluate(documents, FACTS, {"all": {"t"}})["all"]
    matched, linked = tally.scores[("matched", "newsgraph")], tally.scores[("linked", "newsgraph")]
    assert matched.muc.precision < 1.0
    assert linked.muc.precision == pytest.approx(1.0) and linked.conll == pytest.approx(1.0)


def test_a_gold_mention_is_aligned_with_the_mention_of_its_head() -> None:
    text = "JSA Research analyst Paul Nesbit said so."
    system = located(text, ("JSA Research", ActorKind.ORGANIZATION), ("Paul Nesbit", P))
    (mention,) = gold(text, ("JSA Research analyst Paul Nesbit", "nesbit"))
    assert align(mention, system) == system[1]
    assert align(GoldMention(Span(36, 40), "x"), system) is None


def test_a_possessive_gold_mention_is_aligned_with_the_name_not_the_phrase_it_opens() -> None:
    text = "Ann Lee's lawyer spoke."
    name, phrase = Mention(Span(0, 7), "Ann Lee", P), Mention(Span(0, 16), "Ann Lee's lawyer", P)
    system = [name, phrase]
    mention = GoldMention(Span(0, 9), "lee")
    assert align(mention, system, text) == system[0]


def test_a_mention_that_misses_the_gold_head_stands_for_something_else() -> None:
    text = "A Harwick mother of six was cleared."
    system = located(text, ("Harwick", ActorKind.PLACE))
    (mention,) = gold(text, ("Harwick mother", "mother"))
    assert align(mention, system, text) is None


def test_a_pronoun_is_stood_for_by_itself_not_by_the_phrase_it_opens() -> None:
    text = "Her lawyer said so. She agreed."
    phrase, pronoun = located(text, ("Her lawyer", P), ("She", P))
    her, she = gold(text, ("Her", "lee"), ("She", "lee"))
    assert align(her, [phrase, pronoun], text) is None
    assert align(she, [phrase, pronoun], text) == pronoun


def test_detokenise_keeps_offsets() -> None:
    text = "Airbus parent EADS ( EADS ) said `` no '' .\nBoeing 's chief did n't ."
    clean, where = detokenise(text)
    assert clean == "Airbus parent EADS (EADS) said “no”.\nBoeing's chief didn't."
    start = text.index("( EADS )") + 2
    assert clean[where[start] : where[start + 3] + 1] == "EADS"
    boeing = text.index("Boeing")
    assert clean[where[boeing] : where[boeing + 5] + 1] == "Boeing"


def write_jsonl(path: Path, records: Sequence[Mapping[str, object]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


MEANTIME_RECORD = {
    "doc": "m1",
    "topic": "corpus_x",
    "dct": "03-02-2009",
    "text": "Boeing chief Jim McNerney said `` yes '' .\nMcNerney left Boeing .",
    "entity_mentions": [
        {"start": 0, "end": 6, "text": "Boeing", "instance_id": "B", "ent_type": "ORG"},
        {"start": 13, "end": 25, "text": "Jim McNerney", "instance_id": "J", "ent_type": "PER"},
        {"start": 43, "end": 51, "text": "McNerney", "instance_id": "J", "ent_type": "PER"},
        {"start": 57, "end": 63, "text": "Boeing", "instance_id": "B", "ent_type": "ORG"},
        {"start": 57, "end": 63, "text": "Boeing", "instance_id": "B", "ent_type": "ORG"},
        {"start": 34, "end": 37, "text": "yes", "instance_id": "Y", "ent_type": "PRO"},
        {"start": 0, "end": 25, "text": "Boeing chief Jim McNerney", "instance_id": None, "ent_type": "PER"},
    ],
}
ECBPLUS_RECORD = {
    "doc": "1_1ecb",
    "topic": 1,
    "text": "http : / / example . com /\nTara Reid checked in , her rep told People .",
    "mentions": [
        {"tag": "HUMAN_PART_PER", "start": 27, "end": 36, "chain": "TR", "chain_kind": "CROSS_DOC_COREF"},
        {"tag": "HUMAN_PART_PER", "start": 50, "end": 53, "chain": "TR", "chain_kind": "CROSS_DOC_COREF"},
        {"tag": "HUMAN_PART_PER", "start": 54, "end": 57, "chain": None, "chain_kind": None},
        {"tag": "HUMAN_PART_ORG", "start": 63, "end": 69, "chain": "PE", "chain_kind": "INTRA_DOC_COREF"},
        {"tag": "ACTION_OCCURRENCE", "start": 37, "end": 44, "chain": "A", "chain_kind": "CROSS_DOC_COREF"},
    ],
}


def test_readers_keep_actor_mentions_in_detokenised_offsets(tmp_path: Path) -> None:
    (meantime,) = read_meantime(write_jsonl(tmp_path / "m.jsonl", [MEANTIME_RECORD]))
    assert meantime.article.published is not None and meantime.article.published.isoformat() == "2009-02-03"
    texts = [(g.span.slice(meantime.article.text), g.entity) for g in meantime.gold]
    assert texts == [("Boeing", "B"), ("Jim McNerney", "J"), ("McNerney", "J"), ("Boeing", "B")]
    (ecb,) = read_ecbplus(write_jsonl(tmp_path / "e.jsonl", [ECBPLUS_RECORD]))
    assert ecb.topic == "1" and ecb.article.body is not None
    assert ecb.article.body.slice(ecb.article.text) == "Tara Reid checked in, her rep told People."
    assert [(g.span.slice(ecb.article.text), g.entity) for g in ecb.gold] == [
        ("Tara Reid", "TR"),
        ("her", "TR"),
        ("rep", "1_1ecb/54-57"),
        ("People", "1_1ecb/PE"),
    ]


@pytest.mark.model
def test_bench_runs_end_to_end_on_a_synthetic_corpus(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_jsonl(tmp_path / "meantime_en.jsonl", [MEANTIME_RECORD])
    write_jsonl(tmp_path / "ecbplus_topics_1-35.jsonl", [ECBPLUS_RECORD])
    main(["--eval-dir", str(tmp_path)])
    printed = capsys.readouterr().out
    assert "MEANTIME (English): 1 documents, 1 topics" in printed
    assert "ECB+ topics 1-35: 1 documents, 1 topics" in printed
    assert "all topics: 4 gold actor mentions" in printed
    assert "other topics: 4 gold actor mentions" in printed, "topic 1 is not a dev topic"
    assert "dev topics" not in printed


@pytest.mark.model
@needs(EVAL, "evaluation data")
def test_bench_on_two_meantime_documents(capsys: pytest.CaptureFixture[str]) -> None:
    main(["--corpus", "meantime", "--limit", "2"])
    rows = [line.split() for line in capsys.readouterr().out.splitlines() if " newsgraph " in line]
    assert len(rows) == 3  # matched, linked, all annotated
    for row in rows:
        numbers = [float(x) for x in row[-10:]]
        assert all(0.0 <= x <= 100.0 for x in numbers)
        assert numbers[-1] > 0.0, "two annotated documents must give some coreference credit"


def test_the_name_ceiling_joins_an_unchained_name_to_the_entities_of_that_name() -> None:
    """A mention in no chain that is a name joins every entity with a mention of that name ("Acme's" is Acme, "the
    Acme" too); chained mentions keep their gold entities even where they share a name, and a pronoun in no chain
    stays alone."""
    a, b, c, d, e, f = (("a", Span(i, i + 1)) for i in range(6))
    texts = {a: "Acme", b: "Acme's", c: "the Acme", d: "Tom Hill", e: "Tom Hill", f: "he"}
    entities = {"acme": {a}, "x1": {b}, "x2": {c}, "hill1": {d}, "hill2": {e}, "x3": {f}}
    clusters = name_ceiling(entities, texts, unchained={b, c, f})
    assert sorted(sorted(s[1].start for s in cluster) for cluster in clusters) == [[0, 1, 2], [3], [4], [5]]
