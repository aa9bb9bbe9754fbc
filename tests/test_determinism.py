"""The same inputs, in any order and under any hash seed, give byte-identical exports."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Dataset, Literal, URIRef
from typer.testing import CliRunner

from cli.app import app
from graph.store import GraphFormat, serialize
from tests.conftest import ROOT, SEEDS

runner = CliRunner()


def shuffled_dataset(quads: list[tuple[URIRef, URIRef, Literal, URIRef]]) -> Dataset:
    dataset = Dataset()
    for s, p, o, g in quads:
        dataset.graph(g).add((s, p, o))
    return dataset


@pytest.mark.parametrize("fmt", list(GraphFormat))
def test_serialisation_ignores_insertion_order(fmt: GraphFormat) -> None:
    ex = "https://example.org/"
    quads = [
        (URIRef(f"{ex}s{i % 7}"), URIRef(f"{ex}p{i % 3}"), Literal(f"v{i}"), URIRef(f"{ex}g{i % 5}")) for i in range(60)
    ]
    assert serialize(shuffled_dataset(quads), fmt) == serialize(shuffled_dataset(quads[::-1]), fmt)


def seed_folders(root: Path) -> tuple[Path, Path]:
    """The seeds split over two folders, one file in both (same name, same text: one article of two sources)."""
    first, second = root / "first", root / "second"
    files = sorted(SEEDS.glob("*.txt"))
    for folder, members in ((first, files[:1]), (second, files)):
        folder.mkdir(parents=True)
        for path in members:
            shutil.copy(path, folder / path.name)
    return first, second


def cli_build(*args: str, cwd: Path, seed: str) -> None:
    env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", "from cli.app import main; main()", "build", *args],
        cwd=cwd, env=env, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert done.returncode == 1 and "the same text as" in done.stderr, done.stderr  # the file given twice


@pytest.mark.model
def test_input_order_and_hash_seed_change_no_byte(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # relative inputs: ng:sourceFile is the same path in every build
    _, second = seed_folders(tmp_path)
    one, two = tmp_path / "one", tmp_path / "two"
    result = runner.invoke(app, ["build", "first", "second", "-o", str(one), "-j", "1"])
    assert result.exit_code == 1 and "the same text as" in result.output, result.output  # the file given twice
    assert "3 articles" in result.output
    reversed_files = [str(p.relative_to(tmp_path)) for p in sorted(second.glob("*.txt"), reverse=True)]
    result = runner.invoke(app, ["build", *reversed_files, "second", "first", "-o", str(two), "-j", "1"])
    assert result.exit_code == 1, result.output
    for name in ("graph.ttl", "graph.trig"):
        assert (one / name).read_bytes() == (two / name).read_bytes(), f"{name} depends on the input order"
    # Another process, another hash seed, the kept facts: the same bytes again.
    three = tmp_path / "three"
    shutil.copytree(one / ".newsgraph", three / ".newsgraph")
    cli_build("second", "first", "-o", str(three), cwd=tmp_path, seed="12345")
    for name in ("graph.ttl", "graph.trig"):
        assert (one / name).read_bytes() == (three / name).read_bytes(), f"{name} depends on the hash seed"


SPEECH_OF_TWO = (
    "Sox make an offer\n\nThe Red Sox have made an eight-year offer to the player, but sources close to the "
    "negotiations say it is less than the $184 million reported by Boston sportscaster Mike Lynch, who first "
    "reported that the meeting would take place.\n"
)
"""One speech verb whose quotes have two speakers: the speech event's agents (and so its label) came out of a set."""

EXTRACT_AGENTS = """
import sys
from graph.model import Article
from graph.build.workers import extract_batch
facts = extract_batch([Article(id="x", title="t", text=sys.stdin.read())], None)[0].facts
print([(e.label, [m.text for m in e.agents]) for e in facts.events])
"""


@pytest.mark.model
def test_event_agents_do_not_depend_on_the_hash_seed() -> None:
    outputs = set()
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)}
        run = subprocess.run(
            [sys.executable, "-c", EXTRACT_AGENTS], input=SPEECH_OF_TWO, capture_output=True, text=True, env=env
        )
        assert run.returncode == 0, run.stderr
        outputs.add(run.stdout)
    assert len(outputs) == 1, outputs
    assert "['sources', 'Mike Lynch']" in outputs.pop()  # the order the quotes give them
