"""`build --scheduler`: the analysis on a Dask cluster gives the same bytes as a local build.

One test runs a LocalCluster of two worker processes on loopback; another starts ``dask scheduler`` and two
``dask worker`` processes as separate programs, as a user would, and points ``build`` at the scheduler's address.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli.app import app
from graph.build.cluster import Scheduler, connect
from graph.errors import InputError
from tests.conftest import SEEDS, SeedBuild

runner = CliRunner()
OUTPUTS = ("graph.trig", "graph.ttl", "graph.html")
DASK = Path(sys.executable).parent / "dask"
START_TIMEOUT = 120.0


@pytest.mark.parametrize(
    ("text", "address", "workers"),
    [
        ("local:2", None, 2),
        ("local:1", None, 1),
        ("tcp://127.0.0.1:8786", "tcp://127.0.0.1:8786", 0),
        (" tcp://scheduler.example:8786 ", "tcp://scheduler.example:8786", 0),
    ],
)
def test_scheduler_names(text: str, address: str | None, workers: int) -> None:
    scheduler = Scheduler.parse(text)
    assert (scheduler.address, scheduler.workers) == (address, workers)


def test_local_without_a_count_uses_every_core() -> None:
    assert Scheduler.parse("local").workers >= 1


@pytest.mark.parametrize("text", ["", "localhost", "local:0", "local:x", "127.0.0.1:8786", "http://h:1"])
def test_a_scheduler_that_is_no_address_is_refused(text: str) -> None:
    with pytest.raises(InputError, match="scheduler"):
        Scheduler.parse(text)


def test_an_unreachable_scheduler_is_an_input_error() -> None:
    scheduler = Scheduler("tcp://127.0.0.1:9", timeout=2.0)  # the discard port: nothing listens there
    with (
        pytest.raises(InputError, match=r"cannot reach the Dask scheduler at tcp://127\.0\.0\.1:9"),
        connect(scheduler),
    ):
        pass


def test_the_cli_refuses_a_bad_scheduler(tmp_path: Path) -> None:
    run = runner.invoke(app, ["build", str(SEEDS), "-o", str(tmp_path), "--scheduler", "nowhere"])
    assert run.exit_code == 2
    assert "tcp://HOST:PORT" in run.output


def assert_same_outputs(out: Path, local: Path) -> None:
    for name in OUTPUTS:
        assert (out / name).read_bytes() == (local / name).read_bytes(), name


@pytest.mark.model
def test_a_local_cluster_builds_the_same_bytes(tmp_path: Path, seed_build: SeedBuild) -> None:
    run = runner.invoke(app, ["build", str(SEEDS), "-o", str(tmp_path), "--scheduler", "local:2"])
    assert run.exit_code == 0, run.output
    assert_same_outputs(tmp_path, seed_build.out)
    assert len(list((tmp_path / ".newsgraph" / "facts").iterdir())) == len(list(SEEDS.iterdir()))


@pytest.fixture
def dask_cluster(tmp_path: Path) -> Iterator[str]:
    """``dask scheduler`` and two ``dask worker`` programs on 127.0.0.1; the scheduler's address."""
    scheduler_file = tmp_path / "scheduler.json"
    common = ["--no-dashboard"]  # one single-threaded worker per program
    programs = [
        subprocess.Popen(
            [
                str(DASK),
                "scheduler",
                "--host",
                "127.0.0.1",
                "--port",
                "0",
                "--scheduler-file",
                str(scheduler_file),
                *common,
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
    ]
    try:
        deadline = time.monotonic() + START_TIMEOUT
        while not scheduler_file.is_file() or not scheduler_file.read_text(encoding="utf-8").strip():
            assert time.monotonic() < deadline, "dask scheduler did not start"
            time.sleep(0.2)
        for _ in range(2):
            programs.append(
                subprocess.Popen(
                    [str(DASK), "worker", "--scheduler-file", str(scheduler_file), "--nthreads", "1", *common],
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                )
            )
        yield str(json.loads(scheduler_file.read_text(encoding="utf-8"))["address"])
    finally:
        for program in reversed(programs):
            program.terminate()
        for program in programs:
            try:
                program.wait(timeout=30)
            except subprocess.TimeoutExpired:
                program.kill()


@pytest.mark.model
def test_separate_dask_programs_build_the_same_bytes(tmp_path: Path, seed_build: SeedBuild, dask_cluster: str) -> None:
    assert dask_cluster.startswith("tcp://127.0.0.1:")
    run = runner.invoke(app, ["build", str(SEEDS), "-o", str(tmp_path), "--scheduler", dask_cluster])
    assert run.exit_code == 0, run.output
    assert_same_outputs(tmp_path, seed_build.out)
