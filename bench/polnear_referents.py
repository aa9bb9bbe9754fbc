"""How often a guess of a pronoun source's referent is right, against referents read by hand.

Run from the project root:  .venv/bin/python -m bench.polnear_referents [--split dev|train] [--labels FILE]

On dev (the default) the labels are :data:`bench.referents.LABELS`: every pronoun source of a quoted or speech
attribution, committed as offsets; parts are the halves of dev (:func:`bench.polnear.half`). On train they are the
69 labels of ``bench/.data/polnear/referents_train.jsonl`` (corpus-derived, never committed; lost with a machine reset,
so that run says so): one JSON object a line, ``doc``, ``source_start``, ``pronoun``, ``referent`` and ``part``,
``design`` (read while the guess was designed) or ``check`` (never read while designing); every 16th train article,
its first and last pronoun source. A guess is right when it names the label as the scorer matches a speaker (a shared
content word, :func:`bench.polnear.speaker_right`), and, for a pronoun labelled as standing for no one the article
names, when it leaves the pronoun unresolved.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from bench.polnear import DATA, Record, _words, half, load
from bench.referents import GUESSES, Labels, doc_key, read_labels
from graph.model import Span

TRAIN_LABELS = DATA / "referents_train.jsonl"
WORD = re.compile(r"[\w'’]+")
PARTS = {"dev": ("read", "blind", "all"), "train": ("design", "check", "all")}


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
        referent = label["referent"]
        if referent is None:
            right[part] += source.lower() == str(label.get("pronoun", "")).lower()
        else:
            right[part] += bool(_words(str(referent)) & _words(source))
    return right, total


def dev_labels(records: Iterable[Record], spans: Labels | None = None) -> list[dict[str, object]]:
    """The committed dev labels (or ``spans``) as label records: the referent's words read from each article."""
    by_doc: dict[str, list[tuple[int, Span | None]]] = {}
    for (key, start), span in (read_labels() if spans is None else spans).items():
        by_doc.setdefault(key, []).append((start, span))
    labels: list[dict[str, object]] = []
    for record in records:
        text = record.article.text
        for start, span in sorted(by_doc.get(doc_key(record.doc), []), key=lambda item: item[0]):
            word = WORD.match(text, start)
            referent = None if span is None else span.slice(text)
            labels.append({"doc": record.doc, "source_start": start, "pronoun": word.group() if word else "",
                           "referent": referent, "part": half(record.doc)})  # fmt: skip
    return labels


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=tuple(PARTS), default="dev")
    parser.add_argument("--labels", type=Path, default=TRAIN_LABELS, help="train labels (default: %(default)s)")
    parser.add_argument("--data", type=Path, default=DATA, help="folder of polnear_{dev,train}.jsonl")
    args = parser.parse_args(argv)
    split = args.data / f"polnear_{args.split}.jsonl"
    if not split.is_file():
        print(f"{split} not found: fetch PolNeAR with ../shared/eval/polnear.sh (kept outside git)", file=sys.stderr)
        return 2
    if args.split == "train" and not args.labels.is_file():
        print(f"{args.labels} not found: train's hand labels are kept outside git; --split dev", file=sys.stderr)
        return 2
    if args.split == "dev":
        labels = dev_labels(load(split, guess="agree"))
    else:
        labels = [json.loads(line) for line in args.labels.read_text(encoding="utf8").splitlines() if line.strip()]
    parts = PARTS[args.split]
    print(f"{len(labels)} labelled pronoun sources on {args.split}")
    print(f"{'guess':10} " + " ".join(f"{part:>14}" for part in parts))
    for name in GUESSES:
        right, total = accuracy(load(split, guess=name), labels)
        right["all"], total["all"] = sum(right.values()), sum(total.values())
        cells = (f"{right[p] / total[p] if total[p] else 0.0:6.3f} {right[p]:3d}/{total[p]:<3d}" for p in parts)
        print(f"{name:10} " + " ".join(cells))
    return 0


if __name__ == "__main__":
    sys.exit(main())
