"""How one article's analysis time grows with its length: spaCy's pass and the extractors, timed apart.

Run from the project root:  .venv/bin/python -m bench.long_article --sizes 50000,100000,200000,400000 [--profile]
                            [--eval ../shared/eval]

Each article is the real texts of ../shared/eval (MEANTIME, then ECB+) joined as paragraphs of one article, cut to
the size in characters; each size runs in its own child process, so peak RSS is that size's. Times are the process's
CPU seconds, not wall-clock ones, so that other work on a shared machine distorts them less. With ``--profile`` the
extractors' slowest functions (cumulative time) are printed for each size. Linear cost shows as a steady
seconds-per-100k-characters column. Nothing here asserts timings.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import resource
import subprocess
import sys
import time
from pathlib import Path

EVAL = Path(__file__).resolve().parent.parent.parent / "shared" / "eval"
FILES = ("meantime_en.jsonl", "ecbplus_topics_1-35.jsonl")


def long_text(size: int, folder: Path = EVAL) -> str:
    """One article of ``size`` characters: a title, then eval texts as paragraphs."""
    texts = []
    for name in FILES:
        with (folder / name).open(encoding="utf-8") as handle:
            texts += [json.loads(line)["text"] for line in handle if line.strip()]
    parts, length, n = ["A long article"], 0, 0
    while length < size:
        parts.append(texts[n % len(texts)])
        length += len(parts[-1]) + 2
        n += 1
    return "\n\n".join(parts)[:size]


def run_one(size: int, profile: bool, folder: Path) -> dict[str, float]:
    from graph.extract import extract
    from graph.model import Article
    from graph.nlp.loader import load_pipeline

    article = Article(id="long", text=long_text(size, folder))
    nlp = load_pipeline(None)
    nlp.max_length = max(nlp.max_length, size + 1)
    started = time.process_time()
    doc = nlp(article.analysable_text())
    parsed = time.process_time()
    profiler = cProfile.Profile() if profile else None
    if profiler is not None:
        profiler.enable()
    facts = extract(doc, article)
    if profiler is not None:
        profiler.disable()
        pstats.Stats(profiler, stream=sys.stderr).sort_stats("cumulative").print_stats(20)
    done = time.process_time()
    return {
        "chars": size,
        "spacy_s": parsed - started,
        "extract_s": done - parsed,
        "quotes": len(facts.quotes),
        "events": len(facts.events),
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="50000,100000,200000", help="article lengths in characters")
    parser.add_argument("--profile", action="store_true", help="print the extractors' slowest functions")
    parser.add_argument("--eval", type=Path, default=EVAL, help="the folder of MEANTIME and ECB+ [%(default)s]")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # the child process for one size
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one, args.profile, args.eval)))
        return
    header = ("chars", "spaCy s", "extract s", "extract s/100k", "quotes", "events", "RSS MB")  # CPU seconds
    print(" ".join(f"{name:>{width}}" for name, width in zip(header, (9, 8, 9, 14, 6, 6, 7), strict=True)))
    for size in (int(s) for s in args.sizes.split(",")):
        command = [sys.executable, "-m", "bench.long_article", "--one", str(size), "--eval", str(args.eval)]
        child = subprocess.run([*command, *(["--profile"] if args.profile else [])], stdout=subprocess.PIPE, text=True)
        row = json.loads(child.stdout.strip().splitlines()[-1])
        per = row["extract_s"] / size * 100_000
        print(
            f"{size:>9,} {row['spacy_s']:>8.1f} {row['extract_s']:>9.1f} {per:>14.2f} {row['quotes']:>6} "
            f"{row['events']:>6} {row['peak_rss_mb']:>7.0f}",
            flush=True,
        )


if __name__ == "__main__":
    main()
