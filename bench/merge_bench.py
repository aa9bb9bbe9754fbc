"""How the statement merge grows with many near-duplicate quotes: time and peak memory of
:func:`graph.merge.story.merge`.

Run from the project root:  .venv/bin/python -m bench.merge_bench --near-duplicates 1000,2000,5000,10000

The corpus is N tiny records (JSONL, about 300 bytes each) that quote one of a few sentences with small word changes
(a word swapped for a synonym, a word left out or added), by a few named speakers or by nobody named: what a wire
story reprinted and lightly edited by many outlets looks like, and the worst case for comparing wordings, since every
wording resembles every other one. The records are written to ``--data`` (``merge-N.jsonl``), analysed once with
newsgraph's pipeline (facts kept there as a pickle), and each size is merged in a child process of its own, so that
its peak RSS is that size's (``--limit-gb`` caps a child's address space; a child over it is reported, not waited
for). Nothing here asserts timings.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import pickle
import random
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

SENTENCES = (
    "We will never give up our land to the invaders and we will defend every village",
    "The new budget cuts taxes for working families and raises spending on schools this year",
    "Nobody expected the storm to flood the whole valley so quickly last night",
    "Our soldiers are holding the line near the river despite heavy shelling",
)
SYNONYMS = {
    "never": "not",
    "land": "soil",
    "invaders": "occupiers",
    "defend": "protect",
    "village": "town",
    "cuts": "lowers",
    "raises": "increases",
    "schools": "hospitals",
    "expected": "predicted",
    "flood": "swamp",
    "quickly": "fast",
    "holding": "keeping",
    "heavy": "fierce",
}
SPEAKERS = ("Anna Petrova", "Boris Ivanov", "the Defence Ministry", None)
EXTRA = ("again", "today", "indeed", "still", "now")


def near_duplicate(rng: random.Random) -> str:
    """One of :data:`SENTENCES` with one to three small changes."""
    words = rng.choice(SENTENCES).split()
    for _ in range(rng.randint(1, 3)):
        change = rng.random()
        at = rng.randrange(1, len(words))
        if change < 0.4 and words[at] in SYNONYMS:
            words[at] = SYNONYMS[words[at]]
        elif change < 0.7 and len(words) > 8:
            del words[at]
        else:
            words.insert(at, rng.choice(EXTRA))
    return " ".join(words)


def records(count: int, seed: int = 16) -> list[dict[str, str]]:
    """``count`` tiny records, each quoting one near-duplicate sentence."""
    rng = random.Random(seed)
    found = []
    for n in range(count):
        speaker = rng.choice(SPEAKERS)
        quote = near_duplicate(rng)
        said = f'"{quote}," {speaker} said.' if speaker else f'"{quote}."'
        text = f"Officials spoke on Monday. {said} More details were expected later."
        day = 1 + n % 28
        found.append(
            {
                "id": f"r{n:05d}",
                "title": f"Report {n}",
                "published": f"2024-03-{day:02d}",
                "publisher": f"Outlet {n % 50}",
                "text": text,
            }
        )
    return found


def write_records(data: Path, count: int) -> Path:
    path = data / f"merge-{count}.jsonl"
    if not path.is_file():
        data.mkdir(parents=True, exist_ok=True)
        with path.open("w", encoding="utf-8") as handle:
            for record in records(count):
                handle.write(json.dumps(record) + "\n")
    return path


def analysed(data: Path, count: int, jobs: int) -> list[Any]:
    """The facts of the first ``count`` records, analysed once and kept in ``data``."""
    from graph.build.cache import fingerprint
    from graph.build.pipeline import BuildOptions, analyse, read_articles

    path = write_records(data, count)
    kept = data / f"merge-{count}-{fingerprint(None)[:16]}.pickle"
    if kept.is_file():
        with kept.open("rb") as handle:
            facts: list[Any] = pickle.load(handle)
            return facts
    articles, _ = read_articles([path])
    facts = list(analyse(articles, BuildOptions(jobs=jobs)))
    with kept.open("wb") as handle:
        pickle.dump(facts, handle)
    return facts


def run_one(data: Path, count: int, limit_gb: float) -> dict[str, float]:
    """Merge the facts of ``count`` records in this process: seconds, peak RSS, statements found."""
    from graph.merge.story import merge

    if limit_gb:
        limit = int(limit_gb * 2**30)
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    with (data / f"merge-{count}-facts.pickle").open("rb") as handle:
        facts = pickle.load(handle)
    before = _resident_mb("VmRSS")
    _reset_peak()
    start = time.perf_counter()
    story = merge(facts)
    seconds = time.perf_counter() - start
    peak = _resident_mb("VmHWM")
    reports = sum(len(s.reports) for s in story.statements)
    return {
        "size": count,
        "quotes": sum(len(f.quotes) for f in facts),
        "statements": len(story.statements),
        "reports": reports,
        "merge_s": seconds,
        "loaded_mb": before,
        "peak_mb": peak,
    }


def _reset_peak() -> None:
    """Start the peak resident size afresh (Linux: writing 5 to clear_refs), so the peak is the merge's own."""
    with contextlib.suppress(OSError):
        Path("/proc/self/clear_refs").write_text("5")


def _resident_mb(field: str) -> float:
    """``VmRSS`` (now) or ``VmHWM`` (peak since the last reset) of this process, in MB; the lifetime peak elsewhere."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--near-duplicates", default="1000", help="comma-separated record counts (default: 1000)")
    parser.add_argument("--data", type=Path, default=Path("bench/.data/merge_bench"), help="records and facts")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="processes for the analysis")
    parser.add_argument("--limit-gb", type=float, default=8.0, help="address-space cap of each merge (0: none)")
    parser.add_argument("--timeout", type=float, default=1800.0, help="seconds a size may take")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_one(args.data, args.one, args.limit_gb)))
        return
    sizes = [int(s) for s in args.near_duplicates.split(",")]
    facts = analysed(args.data, max(sizes), args.jobs)
    for size in sizes:
        with (args.data / f"merge-{size}-facts.pickle").open("wb") as handle:
            pickle.dump(facts[:size], handle)  # the first records of the largest corpus: one analysis for all
    for size in sizes:
        child = [sys.executable, "-m", "bench.merge_bench", "--one", str(size), "--data", str(args.data)]
        child += ["--limit-gb", str(args.limit_gb)]
        try:
            done = subprocess.run(child, capture_output=True, text=True, timeout=args.timeout)
        except subprocess.TimeoutExpired:
            print(f"{size:>6} records: over {args.timeout:.0f} s, stopped", flush=True)
            continue
        if done.returncode:
            last = (done.stderr.strip().splitlines() or ["?"])[-1]
            print(f"{size:>6} records: failed ({last}; limit {args.limit_gb} GB)", flush=True)
            continue
        row = json.loads(done.stdout.strip().splitlines()[-1])
        print(
            f"{size:>6} records, {row['quotes']:>6} quotes -> {row['statements']:>5} statements: "
            f"merge {row['merge_s']:8.2f} s, peak RSS {row['peak_mb']:7.0f} MB "
            f"({row['loaded_mb']:.0f} MB before the merge)",
            flush=True,
        )


if __name__ == "__main__":
    main()
