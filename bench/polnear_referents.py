"""How often the scorer's guess of a pronoun source's referent is right, against hand labels on PolNeAR train.

Run from the project root:  .venv/bin/python -m bench.polnear_referents [--labels FILE]

The labels (``bench/.data/polnear/referents_train.jsonl``, corpus-derived, never committed) are one JSON object a line:
``doc``, ``source_start`` (where the pronoun source is), ``pronoun``, ``referent`` (the words that name whom it stands
for, as a reader of the article takes it) and ``part``: ``design`` (read while the guess was designed) or ``check``
(labelled, never read while designing). The sample is fixed: every 16th train article in file order, in each its
first and last pronoun source of a quoted or speech attribution; articles alternate between design and check.
A guess is right when its source text holds every word of the label (the scorer's own word match, see
:func:`bench.polnear.speaker_right`).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from bench.polnear import DATA, Record, _words, load
from bench.referents import GUESSES

LABELS = DATA / "referents_train.jsonl"
PARTS = ("design", "check", "all")


def accuracy(records: Iterable[Record], labels: Sequence[Mapping[str, object]]) -> tuple[Counter[str], Counter[str]]:
    """Right guesses and labelled cases per part; a label whose source is not found counts as wrong."""
    guessed = {
        (r.doc, g.written_span.start): g.source
        for r in records
        for g in r.gold
        if g.written == "pronoun" and g.written_span is not None
    }
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for label in labels:
        part = str(label["part"])
        source = guessed.get((str(label["doc"]), int(str(label["source_start"]))), "")
        total[part] += 1
        right[part] += _words(str(label["referent"])) <= _words(source)
    return right, total


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--labels", type=Path, default=LABELS)
    parser.add_argument("--data", type=Path, default=DATA, help="folder of polnear_train.jsonl")
    args = parser.parse_args(argv)
    train = args.data / "polnear_train.jsonl"
    if not args.labels.is_file() or not train.is_file():
        print(f"{args.labels} or {train} not found (both kept outside git)", file=sys.stderr)
        return 2
    labels = [json.loads(line) for line in args.labels.read_text(encoding="utf8").splitlines() if line.strip()]
    print(f"{'guess':10} " + " ".join(f"{part:>14}" for part in PARTS))
    for name in GUESSES:
        right, total = accuracy(load(train, guess=name), labels)
        right["all"], total["all"] = sum(right.values()), sum(total.values())
        cells = (f"{right[p] / total[p] if total[p] else 0.0:6.3f} {right[p]:3d}/{total[p]:<3d}" for p in PARTS)
        print(f"{name:10} " + " ".join(cells))
    return 0


if __name__ == "__main__":
    sys.exit(main())
