"""Worker processes end with the build that started them, even when it is killed."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from graph.build.pipeline import PARALLEL_FROM, BuildOptions, processes
from tests.test_buildlock import NEWSGRAPH, ROOT, write_articles

PROC = Path("/proc")


def children(pid: int) -> list[int]:
    """The processes whose parent is ``pid`` (from /proc)."""
    found = []
    for stat in PROC.glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def is_worker(pid: int) -> bool:
    try:
        return b"spawn_main" in (PROC / str(pid) / "cmdline").read_bytes()
    except OSError:
        return False


def alive(pid: int) -> bool:
    """Whether ``pid`` runs (a zombie, dead but not yet reaped by whoever adopted it, does not)."""
    try:
        return (PROC / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def wait_for(condition: Callable[[], bool], seconds: float) -> bool:
    """Whether ``condition`` holds within ``seconds`` (checked five times a second)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.2)
    return False


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_workers_of_a_killed_build_end_with_it(tmp_path: Path) -> None:
    inputs = write_articles(tmp_path / "in", 0, 40)  # three batches: room for two workers
    command = [*NEWSGRAPH, "build", str(inputs), "-o", str(tmp_path / "out"), "--jobs", "2"]
    build = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    workers: set[int] = set()

    def two_workers() -> bool:
        workers.update(p for p in children(build.pid) if is_worker(p))
        return len(workers) >= 2

    try:
        assert wait_for(two_workers, 300), "--jobs 2 starts two workers"
    finally:
        build.send_signal(signal.SIGKILL)
        build.wait()
    try:
        assert wait_for(lambda: not any(alive(p) for p in workers), 60), "the workers outlive the build"
    finally:
        for pid in workers:
            if alive(pid):
                subprocess.run(["kill", "-9", str(pid)], check=False)


@pytest.mark.parametrize(
    ("jobs", "articles", "expected"),
    [(None, 0, 0), (None, 1, 1), (None, PARALLEL_FROM - 1, 1), (1, 5000, 1), (2, 17, 2), (4, 16, 1), (3, 40, 3)],
)
def test_processes_default_to_one_for_a_small_build_and_honour_jobs(
    jobs: int | None, articles: int, expected: int
) -> None:
    assert processes(BuildOptions(jobs=jobs), articles) == expected
