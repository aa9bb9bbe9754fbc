"""Where running the analysis in worker processes starts to pay: ``newsgraph build`` timed with each ``--jobs``.

Run from the project root:  .venv/bin/python -m bench.jobs_bench --sizes 16,32,64,128,256 [--jobs 1,2] [--repeat 3]
                            [--eval ../shared/eval]

Each size is a corpus of that many real article texts from ../shared/eval (as :mod:`bench.build_bench` writes it),
built from scratch into a fresh folder by the ``newsgraph`` command in a child process, once per ``--jobs`` value
(and once with no ``--jobs``: the default), ``--repeat`` times; the median wall time is printed. Worker processes
each load the spaCy pipeline, so for a small corpus one process is faster: the crossover is where the columns meet.
Nothing here asserts timings.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench import build_bench

NEWSGRAPH = Path(sys.executable).parent / "newsgraph"


def timed_build(corpus: Path, out: Path, jobs: int | None) -> float:
    """Seconds one ``newsgraph build`` of ``corpus`` into the fresh folder ``out`` takes, start to exit."""
    command = [str(NEWSGRAPH), "build", str(corpus), "-o", str(out)]
    if jobs is not None:
        command += ["--jobs", str(jobs)]
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if done.returncode not in (0, 1) or "wrote " not in done.stdout:  # 1: built, with problems (a skipped article)
        sys.exit(f"{' '.join(command)} failed:\n{done.stderr}")
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="16,32,64,128,256", help="comma-separated corpus sizes")
    parser.add_argument("--jobs", default=f"1,{os.cpu_count() or 1}", help="comma-separated --jobs values to time")
    parser.add_argument("--repeat", type=int, default=1, help="builds per cell; the median is printed")
    parser.add_argument("--eval", type=Path, default=build_bench.EVAL, help="folder of the eval .jsonl files")
    args = parser.parse_args()
    if not args.eval.is_dir():
        sys.exit(f"bench needs the article texts in {args.eval} (not shipped with newsgraph)")
    build_bench.EVAL = args.eval
    columns: list[int | None] = [int(j) for j in args.jobs.split(",")] + [None]
    print(f"{os.cpu_count()} cores; median of {args.repeat} build(s), seconds")
    print(f"{'articles':>8}" + "".join(f"{'-j ' + str(j) if j else 'default':>10}" for j in columns), flush=True)
    for size in (int(s) for s in args.sizes.split(",")):
        with tempfile.TemporaryDirectory() as tmp:
            corpus = Path(tmp, "corpus")
            build_bench.write_corpus(corpus, size)
            cells = []
            for jobs in columns:
                times = [timed_build(corpus, Path(tmp, f"out{jobs}-{i}"), jobs) for i in range(args.repeat)]
                cells.append(statistics.median(times))
        print(f"{size:>8}" + "".join(f"{cell:>10.1f}" for cell in cells), flush=True)


if __name__ == "__main__":
    main()
