"""Shared fixtures: one build of the seed articles per test session (it needs the spaCy model)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli.app import app
from graph.build.pipeline import BuildResult

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@dataclass(frozen=True)
class SeedBuild:
    out: Path
    output: str
    result: BuildResult


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory: pytest.TempPathFactory) -> SeedBuild:
    """`newsgraph build seeds/ -o OUT`, run once, plus the same build as library objects for inspection."""
    from graph.build.pipeline import build

    out = tmp_path_factory.mktemp("seed-build")
    run = CliRunner().invoke(app, ["build", str(SEEDS), "-o", str(out)])
    assert run.exit_code == 0, run.output
    return SeedBuild(out, run.output, build([SEEDS]))
