"""The participant bench's scoring, on an invented sentence and hand-made predictions."""

from __future__ import annotations

import json
from pathlib import Path

from bench.participants import ROLES, Tally, read, score, table
from graph.model import ActorKind, EventMention, EventType, Mention, Span

TEXT = "Police in Harlow arrested Ned Arlow and Mira Toll."


def _mention(words: str, kind: ActorKind = ActorKind.PERSON) -> Mention:
    start = TEXT.index(words)
    return Mention(Span(start, start + len(words)), words, kind)


def _arrest(agents: tuple[Mention, ...], patients: tuple[Mention, ...]) -> EventMention:
    trigger = Span(TEXT.index("arrested"), TEXT.index("arrested") + len("arrested"))
    whole = Span(0, len(TEXT))
    return EventMention(whole, TEXT, whole, trigger, "arrest", "arrested", EventType.LEGAL, agents, patients)


def _gold(tmp_path: Path) -> Path:
    row = {
        "text": TEXT,
        "events": [{"trigger": "arrested", "agents": ["Police"], "patients": ["Ned Arlow", "Mira Toll"]}],
    }
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(row) + "\n", encoding="utf-8")
    return path


def test_a_participant_counts_when_its_span_overlaps_the_gold_words(tmp_path: Path) -> None:
    (sentence,) = read(_gold(tmp_path))
    tallies = {name: Tally() for name in ("events", *ROLES)}
    predicted = _arrest(
        (_mention("Police in Harlow", ActorKind.ORGANIZATION),), (_mention("Ned Arlow"), _mention("Harlow"))
    )
    misses = score(sentence.events, [predicted], tallies)
    assert (tallies["agents"].precision, tallies["agents"].recall) == (1.0, 1.0)
    assert (tallies["patients"].precision, tallies["patients"].recall) == (0.5, 0.5)
    assert ("patients", "extra 'Harlow'") in misses
    assert "events found 1/1" in table(tallies)


def test_an_event_not_found_costs_recall_but_not_participant_precision(tmp_path: Path) -> None:
    (sentence,) = read(_gold(tmp_path))
    tallies = {name: Tally() for name in ("events", *ROLES)}
    misses = score(sentence.events, [], tallies)
    assert tallies["events"].recall == 0.0
    assert tallies["agents"].predicted == 0
    assert misses[0][0] == "event"


def test_the_shipped_gold_reads() -> None:
    assert len(read(Path(__file__).resolve().parents[2] / "bench" / "participants.jsonl")) >= 30
