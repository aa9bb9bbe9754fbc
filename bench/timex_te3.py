"""Time expressions against TempEval-3's training news (TBAQ-cleaned: TimeBank and AQUAINT, 256 documents with
TimeML 1.2.1 gold), scored as TempEval-3 scores them.

Run from the project root:  .venv/bin/python -m bench.timex_te3  [--data DIR] [--docs N] [--errors] [--tune-only]

Each document's text (the TEXT element, header left out) becomes an :class:`~graph.model.Article` published on its
document creation time; the build's spaCy pipeline and date extractor find and value the expressions, and
:func:`bench.timex.score` scores them. The documents are split once, by a hash of their id that no error decided:
those whose ``sha1(id) mod 4 == 0`` are held out. Only the tuning part's errors can be listed; the held-out part
reports scores alone, so that its numbers say how the rules generalise.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from bench.timex import REFERENCE, Document, Timex, errors, predict_articles, score, table
from graph.model import Article

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bench" / ".data" / "te3"
FILES = ("timebank.jsonl", "aquaint.jsonl")
HELD_OUT_MODULUS = 4
"""A document is held out when the SHA-1 of its id, as a number, is divisible by this: a quarter of the corpus."""


@dataclass(frozen=True, slots=True)
class Split:
    tune: list[Document]
    held_out: list[Document]


def held_out(doc_id: str) -> bool:
    """Whether a document belongs to the held-out part: decided by its id alone."""
    return int(hashlib.sha1(doc_id.encode("utf-8")).hexdigest(), 16) % HELD_OUT_MODULUS == 0


def load(folder: Path) -> list[Document]:
    """The TBAQ-cleaned documents of ``folder`` (JSON Lines: doc, dct, text, timex with start, end, type, value)."""
    docs = []
    for name in FILES:
        with (folder / name).open(encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                gold = tuple(Timex(record["doc"], t["start"], t["end"], t["value"], t["type"]) for t in record["timex"])
                dct = dt.date.fromisoformat(record["dct"][:10]) if record.get("dct") else None
                docs.append(Document(record["doc"], name.removesuffix(".jsonl"), record["text"], dct, gold))
    return docs


def split(docs: Sequence[Document]) -> Split:
    return Split([d for d in docs if not held_out(d.id)], [d for d in docs if held_out(d.id)])


def article_of(doc: Document) -> Article:
    """The document as the pipeline sees it: all of its text is body, published on its creation date."""
    return Article(id=doc.id, text=doc.text, published=doc.dct)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--data", type=Path, default=DATA, help="folder of timebank.jsonl and aquaint.jsonl")
    parser.add_argument("--docs", type=int, default=0, help="only the first N documents of each part")
    parser.add_argument("--errors", action="store_true", help="also list the tuning part's errors")
    parser.add_argument("--tune-only", action="store_true", help="score the tuning part alone (while rules are chosen)")
    args = parser.parse_args(argv)
    parts = split(load(args.data))
    tune, held = (p[: args.docs] if args.docs else p for p in (parts.tune, parts.held_out))
    held = [] if args.tune_only else held
    predicted = predict_articles([article_of(d) for d in [*tune, *held]])
    rows = []
    shown = (("tune", tune),) if args.tune_only else (("tune", tune), ("held-out", held), ("all", [*tune, *held]))
    for name, chosen in shown:
        ids = {d.id for d in chosen}
        gold = [t for d in chosen for t in d.gold]
        rows.append((f"{name} ({len(chosen)} docs)", score(gold, [p for p in predicted if p.doc in ids])))
    for line in table(rows):
        print(line)
    print(REFERENCE + " (on the TempEval-3 evaluation set)")
    if args.errors:
        ids = {d.id for d in tune}
        for line in errors(tune, [p for p in predicted if p.doc in ids]):
            print(line)


if __name__ == "__main__":
    main()
