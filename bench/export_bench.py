"""How long `newsgraph export` takes to write each view of a story of about 1,000 articles, and its peak memory.

The story is the seed build replicated (:func:`bench.store_bench.replicate`: each copy's articles, reports,
statements and events minted again, actors and outlets shared), written as TriG as a build writes it. Each format is
timed in a child process running the command, as a user runs it: wall-clock and CPU seconds (on a shared machine the
CPU time is the steadier number), and peak memory. Nothing here asserts timings.

Run from the project root:  .venv/bin/python -m bench.export_bench [--articles 1000] [--graph out/graph.trig]
(``--graph`` replicates an existing build instead of building the seeds with spaCy.)
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox
from rdflib import RDF

from bench.store_bench import ROOT, replicate
from graph.store import load_dataset
from ontology.namespace import NG

FORMATS = ("gexf", "graphml", "csv", "timelinejs")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000, help="about how many articles the story has")
    parser.add_argument("--graph", type=Path, help="a built graph.trig to replicate (default: build seeds/)")
    args = parser.parse_args()
    if args.graph:
        seed = load_dataset(args.graph)
    else:
        from graph.build.pipeline import build

        seed = build([ROOT / "seeds"]).dataset
    per_copy = len(set(seed.subjects(RDF.type, NG.Article)))
    copies = max(1, round(args.articles / max(1, per_copy)))
    with tempfile.TemporaryDirectory(prefix="export-bench-") as folder:
        nquads, trig = Path(folder) / "graph.nq", Path(folder) / "graph.trig"
        quads = replicate(seed, copies, nquads)
        ox.serialize(ox.parse(path=str(nquads), format=ox.RdfFormat.N_QUADS), output=str(trig),
                     format=ox.RdfFormat.TRIG)  # fmt: skip
        print(f"story: {copies * per_copy} articles, {quads:,} quads, {trig.stat().st_size / 1e6:.0f} MB of TriG")
        for fmt in FORMATS:
            target = Path(folder) / f"export.{fmt}"
            newsgraph = Path(sys.executable).parent / "newsgraph"
            start = time.perf_counter()
            child = subprocess.Popen([newsgraph, "export", "-g", trig, "-f", fmt, "-o", target], cwd=ROOT,
                                     stdout=subprocess.PIPE, text=True)  # fmt: skip
            output = child.stdout.read() if child.stdout else ""
            _pid, status, usage = os.wait4(child.pid, 0)
            seconds = time.perf_counter() - start
            child.returncode = os.waitstatus_to_exitcode(status)
            if child.returncode:
                raise SystemExit(f"newsgraph export -f {fmt} failed with exit code {child.returncode}")
            said = output.strip().splitlines()[0]
            cpu = usage.ru_utime + usage.ru_stime
            print(f"{fmt:11} {seconds:6.1f} s ({cpu:5.1f} s CPU)  peak RSS {usage.ru_maxrss / 1024:5.0f} MB  {said}")


if __name__ == "__main__":
    main()
