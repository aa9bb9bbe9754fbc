"""How newsgraph's build compares with the bare spaCy pass on the same texts and processes, stage by stage.

Run from the project root:  .venv/bin/python -m bench.build_bench --sizes 1000,10000 [--jobs N]
                            .venv/bin/python -m bench.build_bench --after-analysis 1000,10000,100000

The corpus is the real article texts of ../shared/eval (about 900), replicated with distinct file names and last words
up to each size (near copies of each other, as the build finds: graph/merge/copies.py). Each size runs in its own
child process (so peak RSS is that size's), which runs, one after the other, the bare spaCy pass (the stock
pipeline's ``nlp.pipe`` with the same ``n_process``; newsgraph's own pipeline swaps two rule components for exact,
faster ones, :mod:`graph.nlp.rules`) and the library build with the same number of jobs, then writes graph.ttl,
graph.trig and graph.html as ``newsgraph build`` does. The share of the analysis that is extraction rather than
spaCy is measured on a sample in one process.

``--after-analysis`` times what follows the analysis (merge, keeping facts, RDF and files) at sizes whose spaCy pass
would take hours here: the corpus is analysed once, and its facts are replicated with distinct article ids (each
copy unpickled into objects of its own, so memory is a real corpus's), which is what a replicated corpus's analysis
gives. "keep facts" is the writing of every facts file, which a build does while the workers hand facts over
(during the analysis), one at a time; it is timed here on its own, before the merge. Nothing here asserts timings.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import psutil

EVAL = Path(__file__).resolve().parent.parent.parent / "shared" / "eval"
STAGES = ("read", "analyse", "merge", "keep facts", "write")
AFTER = ("merge", "keep facts", "write")
EXTRACT_SAMPLE = 100
"""Articles on which the extractors' share of the analysis is measured, in one process."""


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
        copy = i // len(texts)  # a copy's own last words: the same text twice would be built as one article
        text = texts[i % len(texts)]
        path.write_text(f"{text.rstrip()} Copy {copy}.\n" if copy else text, encoding="utf-8")
        paths.append(path)
    return paths


def run_one(size: int, jobs: int) -> dict[str, float]:
    """Both passes over a corpus of ``size`` articles; seconds per stage, megabytes of memory."""
    import spacy

    from graph.build.pipeline import BuildOptions, build, read_articles, write_outputs
    from graph.nlp.loader import DEFAULT_PIPELINES, load_pipeline

    here = psutil.Process()
    with tempfile.TemporaryDirectory() as tmp:
        folder, out = Path(tmp, "corpus"), Path(tmp, "out")
        paths = write_corpus(folder, size)
        articles, _ = read_articles([folder])
        texts = [a.analysable_text() for a in articles]
        words = sum(len(t.split()) for t in texts)

        start = time.perf_counter()
        bare = spacy.load(next(name for name in DEFAULT_PIPELINES if spacy.util.is_package(name)))
        tokens = sum(len(doc) for doc in bare.pipe(texts, batch_size=16, n_process=jobs))
        spacy_s = time.perf_counter() - start
        del bare
        nlp = load_pipeline(None)  # newsgraph's own, for the extractors' share
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
        marks["write start"] = time.perf_counter()
        outputs = write_outputs(result.story, out, "bench")
        marks["write end"] = time.perf_counter()
        build_s = marks["write end"] - start
        report = {
            "size": size,
            "files": len(paths),
            "words": words,
            "tokens": tokens,
            "triples": outputs.triples,
            "spacy_s": spacy_s,
            "build_s": build_s,
            "extract_share": extract_share(nlp, [f.article for f in result.story.facts[:EXTRACT_SAMPLE]]),
            "merge_rss_mb": (rss["merge end"] - rss["merge start"]) / 2**20,
            "peak_self_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "peak_child_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
        }
        report |= {f"{s}_s": marks[f"{s} end"] - marks[f"{s} start"] for s in STAGES}
        return report


def extract_share(nlp: Any, articles: list[Any]) -> float:
    """The extractors' share of spaCy + extractors, on ``articles`` in this process."""
    from graph.extract import extract

    start = time.perf_counter()
    docs = list(nlp.pipe([a.analysable_text() for a in articles], batch_size=16))
    nlp_s = time.perf_counter() - start
    start = time.perf_counter()
    for article, doc in zip(articles, docs, strict=True):
        extract(doc, article)
    extract_s = time.perf_counter() - start
    return extract_s / (nlp_s + extract_s)


def analysed_facts(cache: Path, jobs: int) -> list[Any]:
    """The facts of the eval corpus, analysed once and kept in ``cache`` (a pickle) for later runs."""
    from graph.build.cache import fingerprint
    from graph.build.pipeline import BuildOptions, analyse, read_articles

    key = cache / f"facts-{fingerprint(None)[:16]}.pickle"
    if key.is_file():
        with key.open("rb") as handle:
            facts: list[Any] = pickle.load(handle)
            return facts
    with tempfile.TemporaryDirectory() as tmp:
        write_corpus(Path(tmp), len(corpus_texts()))
        articles, _ = read_articles([Path(tmp)])
        facts = list(analyse(articles, BuildOptions(jobs=jobs)))
    cache.mkdir(parents=True, exist_ok=True)
    with key.open("wb") as handle:
        pickle.dump(facts, handle)
    return facts


def run_after(size: int, cache: Path, jobs: int) -> dict[str, float]:
    """Merge, keep facts and write for ``size`` articles whose facts are the analysed corpus's, replicated."""
    from graph.build import cache as kept
    from graph.build.pipeline import write_outputs
    from graph.merge.story import merge

    facts = analysed_facts(cache, jobs)
    blobs = [pickle.dumps(f) for f in facts]
    del facts
    here = psutil.Process()
    replicated = []
    for i in range(size):  # each copy its own objects, as a real corpus's facts are: memory is measured honestly
        copy = pickle.loads(blobs[i % len(blobs)])
        copy.article.id = f"{copy.article.id}-{i // len(blobs)}"
        replicated.append(copy)
    with tempfile.TemporaryDirectory() as tmp:
        # A build keeps each article's facts as the workers hand them over (with their digest and JSON text, made
        # in the workers): only the writing is the main process's, and no text is held. So here too.
        keeping = 0.0
        for f in replicated:
            entry = kept.CachedFacts(f.article.id, kept.digest(f.article), "bench", f, kept.facts_json(f))
            start = time.perf_counter()
            kept.write(Path(tmp), entry)
            keeping += time.perf_counter() - start
        before = here.memory_info().rss
        marks = {"start": time.perf_counter()}
        story = merge(replicated)
        marks["merge"] = time.perf_counter()
        merge_rss = here.memory_info().rss - before
        steps: list[float] = []
        outputs = write_outputs(
            story, Path(tmp), "bench", lambda _stage, _done, _total: steps.append(time.perf_counter())
        )
        marks["write"] = time.perf_counter()
    return {
        "size": size,
        "triples": outputs.triples,
        "merge_s": marks["merge"] - marks["start"],
        "keep facts_s": keeping,
        "write_s": marks["write"] - marks["merge"],
        "rdf_s": steps[1] - steps[0],
        "map_s": steps[2] - steps[1],
        "merge_rss_mb": merge_rss / 2**20,
        "peak_self_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000", help="comma-separated corpus sizes (default: 1000)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="processes (default: all cores)")
    parser.add_argument(
        "--after-analysis", metavar="SIZES", help="time merge, keeping facts and writing at these sizes (see above)"
    )
    parser.add_argument("--cache", type=Path, default=Path("bench/.cache"), help="where analysed facts are kept")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--one-after", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one, args.jobs)))
        return
    if args.one_after:
        print(json.dumps(run_after(args.one_after, args.cache, args.jobs)))
        return
    if not EVAL.is_dir():
        sys.exit(f"bench needs the article texts in {EVAL} (not shipped with newsgraph)")
    if args.after_analysis:
        after_analysis([int(s) for s in args.after_analysis.split(",")], args.cache, args.jobs)
        return
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


def after_analysis(sizes: list[int], cache: Path, jobs: int) -> None:
    analysed_facts(cache, jobs)  # once, before the timed children
    rows = []
    for size in sizes:
        child = [sys.executable, "-m", "bench.build_bench", "--one-after", str(size), "--cache", str(cache)]
        done = subprocess.run(child, capture_output=True, text=True, check=True)
        row = json.loads(done.stdout.strip().splitlines()[-1])
        rows.append(row)
        stages = "  ".join(f"{stage} {row[f'{stage}_s']:7.1f} s" for stage in AFTER)
        per = sum(row[f"{stage}_s"] for stage in AFTER) / size * 1000
        print(f"{size:>7} articles, {row['triples']:>11,} triples: {stages}  ({per:.1f} ms/article)")
        print(f"{'':9}write = RDF, graph.trig and graph.ttl {row['rdf_s']:.1f} s, map ", end="")
        print(f"{row['map_s']:.1f} s; merge +{row['merge_rss_mb']:.0f} MB, ", end="")
        print(f"peak RSS {row['peak_self_mb']:.0f} MB", flush=True)
    first, last = rows[0], rows[-1]
    growth = last["size"] / first["size"]
    for stage in AFTER:
        ratio = last[f"{stage}_s"] / first[f"{stage}_s"]
        print(f"{first['size']} -> {last['size']} articles (x{growth:g}): {stage} time x{ratio:.1f}")
    print(f"peak RSS x{last['peak_self_mb'] / first['peak_self_mb']:.1f}")


def print_row(row: dict[str, float], jobs: int) -> None:
    print(f"\n== {row['size']} articles, {row['words']:,} words, {jobs} processes, {row['triples']:,} triples ==")
    print(f"bare spaCy nlp.pipe:  {row['spacy_s']:8.1f} s  ({row['words'] / row['spacy_s']:,.0f} words/s)")
    print(f"newsgraph build:      {row['build_s']:8.1f} s  ({row['words'] / row['build_s']:,.0f} words/s)")
    print(f"throughput ratio (build / bare spaCy): {row['spacy_s'] / row['build_s']:.2f}")
    for stage in STAGES:
        seconds = row[f"{stage}_s"]
        print(f"  {stage:<11} {seconds:8.2f} s  {100 * seconds / row['build_s']:5.1f} %")
    share = row["extract_share"]
    print(f"    of which spaCy ~{100 * (1 - share):.0f} %, extractors ~{100 * share:.0f} % (on a sample, one process)")
    after = sum(row[f"{s}_s"] for s in AFTER)
    print(f"  merge + keep facts + RDF and write: {100 * after / row['build_s']:.1f} % of the build")
    print(f"merge memory (RSS growth): {row['merge_rss_mb']:.0f} MB")
    print(f"peak RSS: main {row['peak_self_mb']:.0f} MB, largest worker {row['peak_child_mb']:.0f} MB")


if __name__ == "__main__":
    main()
