"""The Dask engine's overhead: the same corpus built with ``--jobs N`` and with ``--scheduler local:N``, side by side.

Run from the project root:  .venv/bin/python -m bench.cluster_bench [--size 300] [--workers 2] [--rounds 2]

Both are real ``newsgraph build`` commands in fresh processes, on a corpus of real article texts from ../shared/eval
(:func:`bench.build_bench.write_corpus`), alternating which runs first in each round. Both load the model in every
worker, so the ratio (local processes' time / Dask's time; 1.0 is no overhead) is the cost of the engine itself:
starting the cluster, sending articles as task data and facts back. The outputs are checked to be the same bytes.
Nothing here asserts timings.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.build_bench import EVAL, write_corpus

NEWSGRAPH = Path(sys.executable).parent / "newsgraph"


def timed_build(corpus: Path, out: Path, engine: list[str]) -> float:
    start = time.perf_counter()
    run = subprocess.run([str(NEWSGRAPH), "build", str(corpus), "-o", str(out), *engine], capture_output=True)
    if run.returncode not in (0, 1):  # 1: built, with warnings about some inputs
        sys.exit(f"cluster_bench: newsgraph build {' '.join(engine)} failed:\n{run.stderr.decode()}")
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--size", type=int, default=300, help="articles in the corpus")
    parser.add_argument("--workers", type=int, default=2, help="local processes, and Dask workers (one thread each)")
    parser.add_argument("--rounds", type=int, default=2, help="builds of each engine, alternating")
    args = parser.parse_args()
    if not EVAL.is_dir():
        sys.exit(f"cluster_bench: the evaluation texts are missing at {EVAL}")
    engines = {
        f"--jobs {args.workers}": ["--jobs", str(args.workers)],
        f"--scheduler local:{args.workers}": ["--scheduler", f"local:{args.workers}"],
    }
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        write_corpus(corpus, args.size)
        times: dict[str, list[float]] = {name: [] for name in engines}
        for round_ in range(args.rounds):
            order = list(engines) if round_ % 2 == 0 else list(reversed(engines))
            for name in order:
                out = Path(tmp) / f"out-{len(times[name])}-{name.split()[0].strip('-')}"
                times[name].append(timed_build(corpus, out, engines[name]))
                print(f"{name:>22}: {times[name][-1]:7.1f} s", flush=True)
        outputs = sorted(Path(tmp).glob("out-*/graph.trig"))
        same = len({path.read_bytes() for path in outputs}) == 1
    local, dask = (statistics.median(times[name]) for name in engines)
    print(
        f"{args.size} articles, {args.workers} workers, median of {args.rounds}: local {local:.1f} s, Dask {dask:.1f} s"
    )
    print(f"engine ratio (local / Dask, 1.0 = no overhead): {local / dask:.2f}; outputs identical: {same}")


if __name__ == "__main__":
    main()
