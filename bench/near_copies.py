"""How word 5-gram Jaccard similarity (graph/merge/copies.py) separates copies of one story from other articles.

Run from the project root:  .venv/bin/python -m bench.near_copies [--list LOW HIGH]

For each corpus it prints how many pairs of articles reach each similarity, for pairs of one group (articles on one
event or topic: the copies are among them) and pairs of two groups (unrelated articles: none should reach the
threshold). As the build does, the words of quotes are left out (here: what stands between quotation marks; the
build leaves out the quotes it found) and articles with fewer than MIN_SHINGLES 5-grams of their own are passed
over. ECB+'s usual dev topics are held out: counted apart, their pairs never listed. ``--list`` prints the ids of
the development pairs whose similarity lies in [LOW, HIGH), to be read by hand.
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
from collections.abc import Iterator
from pathlib import Path

from graph.merge.copies import MIN_SHINGLES, NEAR_COPY, copied_pairs, jaccard, shingles
from graph.model import Article, Span

ROOT = Path(__file__).resolve().parents[1]
SHARED = next((p for p in (ROOT.parent / "shared" / "eval", ROOT.parents[1] / "shared" / "eval") if p.exists()), ROOT)
CORPORA = {
    "ecbplus": (SHARED / "ecbplus_topics_1-35.jsonl", "topic"),
    "meantime": (SHARED / "meantime_en.jsonl", "topic"),
    "polnear": (Path(__file__).resolve().parent / ".data" / "polnear" / "polnear_train.jsonl", "publication_date"),
}
HELD_OUT = {"2", "5", "12", "18", "21", "23", "34", "35"}
"""ECB+'s usual dev topics: measured, never read."""
THRESHOLDS = (0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.8)

Doc = tuple[str, str, frozenset[int]]


QUOTED = re.compile(r"``[^\n]*?''|“[^\n]*?”|\"[^\n]*?\"")
"""What stands between quotation marks on one line (MEANTIME and ECB+ write ``  and '' for them)."""


def _docs(path: Path, group: str) -> Iterator[tuple[bool, Doc]]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            held = path.name.startswith("ecbplus") and record["topic"] in HELD_OUT
            text = record["text"]
            quotes = [Span(m.start(), m.end()) for m in QUOTED.finditer(text)]
            grams = shingles(Article(record["doc"], text), quotes)
            if len(grams) >= MIN_SHINGLES:
                yield held, (str(record[group]), record["doc"], grams)


def _counts(scores: list[float]) -> str:
    return "  ".join(f">={t}: {sum(s >= t for s in scores):>4}" for t in THRESHOLDS) + f"  max {max(scores):.3f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--list", nargs=2, type=float, metavar=("LOW", "HIGH"))
    args = parser.parse_args()
    print(f"threshold in graph/merge/copies.py: NEAR_COPY = {NEAR_COPY}")
    for name, (path, group) in CORPORA.items():
        if not path.exists():
            print(f"{name}: {path} not found; skipped")
            continue
        docs = list(_docs(path, group))
        for held in (False, True):
            part = [d for h, d in docs if h is held]
            if not part:
                continue
            within, across, listed, scored = [], [], [], []
            for (ga, a, sa), (gb, b, sb) in itertools.combinations(part, 2):
                score = jaccard(sa, sb)
                scored.append((score, a, b))
                (within if ga == gb else across).append(score)
                if args.list and not held and args.list[0] <= score < args.list[1]:
                    listed.append((score, a, b))
            label = f"{name}{' (held out)' if held else ''}: {len(part)} articles"
            print(f"{label}\n  same group  {len(within):>7} pairs  {_counts(within)}")
            print(f"  two groups  {len(across):>7} pairs  {_counts(across)}")
            by_doc = {doc: grams for _group, doc, grams in part}
            found = set(copied_pairs(by_doc, by_doc.__getitem__))
            exhaustive = {tuple(sorted(pair)) for score, *pair in scored if score >= NEAR_COPY}
            print(f"  found through sketches {len(found & exhaustive)} of the {len(exhaustive)} pairs >= {NEAR_COPY}")
            for score, a, b in sorted(listed, reverse=True):
                print(f"    {score:.3f} {a} {b}")


if __name__ == "__main__":
    main()
