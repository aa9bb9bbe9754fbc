"""One build at a time in a build folder: concurrent builds wait for each other, lose nothing, and a killed one
leaves neither a lock nor temporary files behind."""

from __future__ import annotations

import os
import queue
import re
import signal
import subprocess
import sys
import threading
from pathlib import Path
from typing import IO

import pytest
from typer.testing import CliRunner

from cli.app import app
from graph.build import cache
from graph.build.lock import locked
from graph.model import Article, ArticleFacts

runner = CliRunner()
NEWSGRAPH = [sys.executable, "-c", "from cli.app import main; main()"]
ROOT = Path(__file__).resolve().parent.parent
SPEAKERS = ("Maria Lopez", "Tom Becker", "Anna Novak", "Lee Chang", "Omar Haddad", "Sofia Rossi")


def write_articles(folder: Path, first: int, count: int) -> Path:
    """``count`` small articles, each with a quote by its own speaker, numbered from ``first``."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(first, first + count):
        speaker = SPEAKERS[i % len(SPEAKERS)]
        text = f"date 2023-03-{10 + i:02d} Council vote {i}\n\n{speaker} said on Monday: “The vote {i} was fair.”\n"
        (folder / f"article{i}.txt").write_text(text, encoding="utf-8")
    return folder


def articles_in(out: Path) -> set[str]:
    """The article files graph.ttl names as sources."""
    return set(re.findall(r"article\d+\.txt", (out / "graph.ttl").read_text(encoding="utf-8")))


def start(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([*NEWSGRAPH, *args], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def first_line(stream: IO[str], timeout: float) -> str:
    """The first line of ``stream``, or "" when none comes within ``timeout`` seconds."""
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: lines.put(stream.readline()), daemon=True).start()
    try:
        return lines.get(timeout=timeout)
    except queue.Empty:
        return ""


@pytest.mark.model
def test_builds_into_one_folder_at_once_keep_every_article(tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = runner.invoke(app, ["build", str(write_articles(tmp_path / "a", 0, 2)), "-o", str(out), "-j", "1"])
    assert first.exit_code == 0, first.output
    b, c = write_articles(tmp_path / "b", 2, 2), write_articles(tmp_path / "c", 4, 2)
    builds = [start("build", str(folder), "--into", str(out), "-j", "1") for folder in (b, c)]
    for build in builds:
        stdout, stderr = build.communicate(timeout=600)
        assert build.returncode == 0, stdout + stderr
    assert articles_in(out) == {f"article{i}.txt" for i in range(6)}
    assert len(cache.load(out)) == 6, "neither build deleted the facts the other kept"


def test_a_build_waits_while_another_holds_the_folder_and_says_so(tmp_path: Path) -> None:
    inputs = write_articles(tmp_path / "in", 0, 1)
    out = tmp_path / "out"
    with locked(out):
        build = start("build", str(inputs), "-o", str(out), "--model", "no_such_pipeline")
        try:
            said = first_line(build.stderr, timeout=120)  # type: ignore[arg-type]
            assert f"{out} is in use by another build (process {os.getpid()}); waiting" in said
            assert build.poll() is None, "it waits, it does not give up"
        except BaseException:
            build.kill()
            build.communicate()
            raise
    _, stderr = build.communicate(timeout=120)  # then it goes on: here, to say the model is missing
    assert build.returncode == 2 and "no_such_pipeline" in stderr


def test_a_killed_build_leaves_no_lock(tmp_path: Path) -> None:
    out = tmp_path / "out"
    code = "import os, sys\nfrom pathlib import Path\nfrom graph.build.lock import locked\n"
    code += f"with locked(Path(sys.argv[1])):\n    os.kill(os.getpid(), {int(signal.SIGKILL)})"
    killed = subprocess.run([sys.executable, "-c", code, str(out)], cwd=ROOT, check=False)
    assert killed.returncode == -signal.SIGKILL
    told: list[str] = []
    with locked(out, told.append):
        pass
    assert told == [], "the lock died with its holder"


def test_a_later_build_removes_what_a_killed_write_left(tmp_path: Path) -> None:
    out = tmp_path / "out"
    facts = out / cache.FACTS_FOLDER
    facts.mkdir(parents=True)
    left = [out / ".graph.ttl.k2j4h1x0.tmp", out / ".graph.html.a8d7s6f5.tmp", facts / ".0123abcd.json.x1y2z3.tmp"]
    others = [out / "notes.tmp", out / ".draft.tmp", out / "graph.ttl.bak"]
    for path in left + others:
        path.write_text("half", encoding="utf-8")
    with locked(out):
        pass
    assert [p for p in left if p.exists()] == []
    assert [p for p in others if not p.exists()] == [], "only newsgraph's own temporaries are removed"


def test_keeping_facts_removes_only_the_facts_this_build_loaded(tmp_path: Path) -> None:
    def entry(name: str) -> cache.CachedFacts:
        article = Article(id=name, text="text", path=tmp_path / f"{name}.txt")
        return cache.CachedFacts(cache.source_key(article), cache.digest(article), "fp", ArticleFacts(article))

    mine, replaced, theirs = entry("mine"), entry("replaced"), entry("theirs")
    cache.save(tmp_path, [mine, replaced])
    loaded = cache.load(tmp_path)
    cache.write(tmp_path, theirs)  # kept by another build after this one loaded the folder
    cache.save(tmp_path, [mine], loaded=loaded)
    assert set(cache.load(tmp_path)) == {mine.source, theirs.source}


@pytest.mark.parametrize("where", ["file", "under a file"])
def test_an_output_that_cannot_be_written_is_one_error_line_and_exit_2(tmp_path: Path, where: str) -> None:
    inputs = write_articles(tmp_path / "in", 0, 1)
    (tmp_path / "file").write_text("not a folder", encoding="utf-8")
    out = tmp_path / "file" if where == "file" else tmp_path / "file" / "out"
    build = subprocess.run([*NEWSGRAPH, "build", str(inputs), "-o", str(out)], cwd=ROOT, capture_output=True, text=True)
    assert build.returncode == 2, build.stderr
    (line,) = build.stderr.splitlines()
    assert line.startswith(f"newsgraph: error: {tmp_path / 'file'}"), line


def test_another_thread_waits_for_the_folder_too(tmp_path: Path) -> None:
    told: list[str] = []
    entered = threading.Event()

    def other_build() -> None:
        with locked(tmp_path / "out", told.append):
            entered.set()

    with locked(tmp_path / "out"):
        with locked(tmp_path / "out"):  # the same thread again: build() inside the CLI's hold
            pass
        thread = threading.Thread(target=other_build)
        thread.start()
        assert not entered.wait(timeout=2), "the other thread waits while the folder is held"
    thread.join(timeout=60)
    assert entered.is_set() and len(told) == 1 and "waiting for it to finish" in told[0]


def test_help_says_what_jobs_and_title_default_to_and_that_builds_wait() -> None:
    shown = " ".join(runner.invoke(app, ["build", "--help"], env={"COLUMNS": "200"}).output.split())
    assert "[default: (one for fewer than 200 articles to analyse, else one per idle core)]" in shown
    assert "[default: (the most quoted actors, the number of articles and their dates)]" in shown
    assert "another build into it waits for the first to finish" in shown
