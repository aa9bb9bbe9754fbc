"""Event participants against hand-made gold: who did it (agents) and to whom (patients).

Run from the project root:  .venv/bin/python -m bench.participants  [--gold FILE] [--verbose]

Neither converted corpus in ``../shared/eval/`` keeps participant links (ECB+ has none; the MEANTIME conversion keeps
entities and times, not its ``HAS_PARTICIPANT`` relations), so the gold is ``bench/participants.jsonl``: invented
sentences, one a line, ``{"text": ..., "events": [{"trigger", "agents", "patients"}]}``, each participant written as
words of the sentence (its head, or the name). A gold event is found when a predicted event's trigger overlaps the
trigger's first occurrence; a predicted participant is right when its span overlaps a gold participant's. Precision
counts the participants of found events only, so detection does not weigh on it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from graph.model import Article, EventMention, Mention, Span

GOLD = Path(__file__).resolve().parent / "participants.jsonl"
ROLES = ("agents", "patients")


@dataclass(frozen=True, slots=True)
class GoldEvent:
    """One gold event: where its trigger is, and where the words naming its agents and patients are."""

    trigger: Span
    agents: tuple[Span, ...]
    patients: tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class Sentence:
    """One invented sentence and its gold events."""

    text: str
    events: tuple[GoldEvent, ...]


@dataclass(slots=True)
class Tally:
    """Counts for one role: a predicted participant and a gold one are each matched on their own (two predicted
    mentions may overlap one gold participant), so precision and recall keep separate matched counts."""

    predicted: int = 0
    gold: int = 0
    matched_predicted: int = 0
    matched_gold: int = 0

    @property
    def precision(self) -> float:
        return self.matched_predicted / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched_gold / self.gold if self.gold else 0.0


def _span(text: str, words: str) -> Span:
    start = text.find(words)
    if start < 0:
        raise ValueError(f"{words!r} is not in {text!r}")
    return Span(start, start + len(words))


def read(path: Path) -> list[Sentence]:
    """The gold sentences of a JSONL file, each participant located at its first occurrence."""
    sentences = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        text = row["text"]
        events = tuple(
            GoldEvent(
                _span(text, e["trigger"]),
                tuple(_span(text, w) for w in e["agents"]),
                tuple(_span(text, w) for w in e["patients"]),
            )
            for e in row["events"]
        )
        sentences.append(Sentence(text, events))
    return sentences


def _overlaps(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def score(
    gold: Iterable[GoldEvent], predicted: Sequence[EventMention], tallies: dict[str, Tally]
) -> list[tuple[str, str]]:
    """Add one sentence's counts to ``tallies`` (per role, and "events" for detection); the misses, as (role, what)."""
    misses: list[tuple[str, str]] = []
    events = tallies["events"]
    for event in gold:
        events.gold += 1
        found = next((p for p in predicted if _overlaps(p.trigger, event.trigger)), None)
        if found is None:
            misses.append(("event", f"{event.trigger.start}-{event.trigger.end}"))
            continue
        events.matched_gold += 1
        for role in ROLES:
            wanted: tuple[Span, ...] = getattr(event, role)
            got: tuple[Mention, ...] = getattr(found, role)
            tally = tallies[role]
            tally.gold += len(wanted)
            tally.predicted += len(got)
            tally.matched_gold += sum(any(_overlaps(w, m.span) for m in got) for w in wanted)
            tally.matched_predicted += sum(any(_overlaps(w, m.span) for w in wanted) for m in got)
            misses += [
                (role, f"missed {w.start}-{w.end}") for w in wanted if not any(_overlaps(w, m.span) for m in got)
            ]
            misses += [(role, f"extra {m.text!r}") for m in got if not any(_overlaps(w, m.span) for w in wanted)]
    return misses


def table(tallies: dict[str, Tally]) -> str:
    """The gold events found, then precision and recall of each role."""
    events = tallies["events"]
    lines = [f"events found {events.matched_gold}/{events.gold}", f"{'':10} {'P':>6} {'R':>6} {'gold':>5} {'pred':>5}"]
    for name in ROLES:
        t = tallies[name]
        lines.append(f"{name:10} {t.precision:6.3f} {t.recall:6.3f} {t.gold:5} {t.predicted:5}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--verbose", action="store_true", help="list the misses of each sentence")
    args = parser.parse_args(argv)

    from graph.extract import extract
    from graph.nlp.loader import load_pipeline

    nlp = load_pipeline()
    tallies = {name: Tally() for name in ("events", *ROLES)}
    for i, sentence in enumerate(read(args.gold)):
        article = Article(f"p{i}", sentence.text, published=dt.date(2024, 1, 1))
        facts = extract(nlp(sentence.text), article)
        misses = score(sentence.events, facts.events, tallies)
        if args.verbose and misses:
            print(sentence.text)
            for role, what in misses:
                print(f"    {role}: {what}")
    print(table(tallies))


if __name__ == "__main__":
    main()
