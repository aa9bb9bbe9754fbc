"""How newsgraph's build compares with the bare spaCy pass on the same texts and processes, stage by stage.

Run from the project root:  .venv/bin/python -m bench.build_bench --sizes 1000,10000 [--jobs N]

The corpus is the real article texts of ../shared/eval (about 900), replicated with distinct file names up to each
size. Each size runs in its own child process (so peak RSS is that size's), which runs, one after the other, the bare
spaCy pass (``nlp.pipe`` with the same ``n_process``) and the library build with the same number of jobs, then
writes graph.ttl, graph.trig and graph.html as ``newsgraph build`` does. Nothing here asserts timings.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

EVAL = Path(__file__).resolve().parent.parent.parent / "shared" / "eval"
STAGES = ("read", "analyse", "merge", "rdf", "keep facts", "write")


def corpus_texts() -> list[str]:
    texts = []
    for path in sorted(EVAL.glob("*.jsonl")):
        with path.open(encoding="utf-8") as handle:
            texts += [json.loads(line)["text"] for line in handle if line.strip()]
    return texts


def write_corpus(folder: Path, size: int) -> list[Path]:
    texts = corpus_texts()
    paths = []
    for i in range(size):
        path = folder / f"{i // 1000:03d}" / f"doc{i:06d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(texts[i % len(texts)], encoding="utf-8")
        paths.append(path)
    return paths


def run_one(size: int, jobs: int) -> dict[str, float]:
    """Both passes over a corpus of ``size`` articles; seconds per stage, megabytes of memory."""
    from graph.nlp import load_pipeline
    from graph.pipeline import BuildOptions, build, read_articles, write_atomic
    from graph.render import render_html
    from graph.store import GraphFormat, serialize

    here = psutil.Process()
    with tempfile.TemporaryDirectory() as tmp:
        folder, out = Path(tmp, "corpus"), Path(tmp, "out")
        paths = write_corpus(folder, size)
        articles, _ = read_articles([folder])
        texts = [a.analysable_text() for a in articles]
        words = sum(len(t.split()) for t in texts)

        start = time.perf_counter()
        nlp = load_pipeline(None)
        tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=16, n_process=jobs))
        spacy_s = time.perf_counter() - start
        del articles, texts

        marks: dict[str, float] = {}
        rss: dict[str, float] = {}

        def progress(stage: str, done: int, total: int) -> None:
            key = "analyse" if stage == "load model" else stage
            if done == 0 and f"{key} start" not in marks:
                marks[f"{key} start"] = time.perf_counter()
                rss[f"{key} start"] = here.memory_info().rss
            if done == total:
                marks[f"{key} end"] = time.perf_counter()
                rss[f"{key} end"] = here.memory_info().rss

        start = time.perf_counter()
        result = build([folder], BuildOptions(jobs=jobs, folder=out), progress)
        marks["keep facts start"], marks["keep facts end"] = marks["rdf end"], time.perf_counter()
        marks["write start"] = time.perf_counter()
        for name, fmt in (("graph.ttl", GraphFormat.turtle), ("graph.trig", GraphFormat.trig)):
            write_atomic(out / name, serialize(result.dataset, fmt))
        render_html(result.graph, out / "graph.html", title="bench")
        marks["write end"] = time.perf_counter()
        build_s = marks["write end"] - start
        report = {
            "size": size,
            "files": len(paths),
            "words": words,
            "tokens": tokens,
            "triples": len(result.graph),
            "spacy_s": spacy_s,
            "build_s": build_s,
            "merge_rss_mb": (rss["merge end"] - rss["merge start"]) / 2**20,
            "peak_self_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "peak_child_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
        }
        report |= {f"{s}_s": marks[f"{s} end"] - marks[f"{s} start"] for s in STAGES}
        return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000", help="comma-separated corpus sizes (default: 1000)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="processes (default: all cores)")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one, args.jobs)))
        return
    if not EVAL.is_dir():
        sys.exit(f"bench needs the article texts in {EVAL} (not shipped with newsgraph)")
    rows = []
    for size in (int(s) for s in args.sizes.split(",")):
        child = [sys.executable, "-m", "bench.build_bench", "--one", str(size), "--jobs", str(args.jobs)]
        done = subprocess.run(child, capture_output=True, text=True, check=True)
        row = json.loads(done.stdout.strip().splitlines()[-1])
        rows.append(row)
        print_row(row, args.jobs)
    if len(rows) > 1:
        first, last = rows[0], rows[-1]
        growth, merge = last["size"] / first["size"], last["merge_s"] / first["merge_s"]
        memory = last["merge_rss_mb"] / max(first["merge_rss_mb"], 1)
        peak = last["peak_self_mb"] / first["peak_self_mb"]
        print(f"\n{first['size']} -> {last['size']} articles (x{growth:g}): merge time x{merge:.1f}, ", end="")
        print(f"merge memory x{memory:.1f}, peak RSS x{peak:.1f}")


def print_row(row: dict[str, float], jobs: int) -> None:
    print(f"\n== {row['size']} articles, {row['words']:,} words, {jobs} processes, {row['triples']:,} triples ==")
    print(f"bare spaCy nlp.pipe:  {row['spacy_s']:8.1f} s  ({row['words'] / row['spacy_s']:,.0f} words/s)")
    print(f"newsgraph build:      {row['build_s']:8.1f} s  ({row['words'] / row['build_s']:,.0f} words/s)")
    print(f"throughput ratio (build / bare spaCy): {row['spacy_s'] / row['build_s']:.2f}")
    for stage in STAGES:
        seconds = row[f"{stage}_s"]
        print(f"  {stage:<11} {seconds:8.2f} s  {100 * seconds / row['build_s']:5.1f} %")
    after = sum(row[f"{s}_s"] for s in ("merge", "rdf", "keep facts", "write"))
    print(f"  merge + rdf + keep facts + write: {100 * after / row['build_s']:.1f} % of the build")
    print(f"merge memory (RSS growth): {row['merge_rss_mb']:.0f} MB")
    print(f"peak RSS: main {row['peak_self_mb']:.0f} MB, largest worker {row['peak_child_mb']:.0f} MB")


if __name__ == "__main__":
    main()
