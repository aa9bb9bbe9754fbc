"""`newsgraph build` on hostile input: whatever one input holds, or whatever fails while reading or analysing it, it
is named as PATH: MESSAGE and every other input is built (exit 1); ``--strict`` stops at the first (exit 2)."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli.app import app
from tests.articles.test_html import PAGE
from tests.test_pipeline_read import GOOD

runner = CliRunner()
STORY = "The mayor said on Tuesday that the bridge would close next week because of the storm."
BOMB = "KABOOM"
"""Text that the tests' stand-in for a failing library refuses to analyse."""


def build(*args: str | Path) -> tuple[int, str]:
    result = runner.invoke(app, ["build", *map(str, args)])
    return result.exit_code, result.output


def random_text_bytes(size: int = 4096) -> bytes:
    """Random printable bytes, no NUL and no line break: one long "title" line if taken as text."""
    rng = random.Random(16)
    return bytes(rng.randrange(32, 127) for _ in range(size))


def write_mixed(root: Path) -> Path:
    """Good ``.txt``, ``.html``, ``.json`` and ``.jsonl`` articles, and the inputs that once aborted a build."""
    root.mkdir(parents=True)
    (root / "a.txt").write_text(GOOD, encoding="utf-8")
    (root / "b.html").write_text(PAGE.format(charset="utf-8"), encoding="utf-8")
    (root / "c.json").write_text(json.dumps({"id": "c", "text": STORY}), encoding="utf-8")
    records = [{"id": "d1", "text": STORY}, {"id": "d\ud800", "title": "Half \udc00", "text": f"{STORY} \ud800"}]
    (root / "d.jsonl").write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    (root / "e-random.txt").write_bytes(random_text_bytes())
    (root / "f-long.txt").write_text("A long one\n\n" + (STORY + " ") * 12_000, encoding="utf-8")
    odd = b"\xff\xfe" + f"Bridge\n\n{STORY}".encode("utf-16-le")
    (root / "g-utf16-odd.txt").write_bytes(odd + b"!")
    (root / "h-utf16-surrogate.txt").write_bytes(odd + b"\x00\xd8" + " More.".encode("utf-16-le"))
    (root / "i-year1.json").write_text(json.dumps({"published": "0001-01-01", "text": f"Yesterday, {STORY}"}))
    (root / "j-year9999.json").write_text(json.dumps({"published": "9999-12-31", "text": f"Tomorrow, {STORY}"}))
    return root


@pytest.mark.model
def test_a_folder_of_mixed_and_broken_inputs_builds_its_good_articles(tmp_path: Path) -> None:
    folder = write_mixed(tmp_path / "in")
    code, output = build(folder, "-o", tmp_path / "out", "-j", "1")
    assert code == 1, output
    lines = output.splitlines()

    def said(name: str, label: str, message: str) -> bool:
        return any(line.startswith(f"newsgraph: {label}: {folder / name}") and message in line for line in lines)

    assert said("e-random.txt", "skipped", "not text: only")
    assert said("f-long.txt", "skipped", "characters, over the 1,000,000 one article may have")
    assert said("g-utf16-odd.txt", "warning", "1 piece(s) that are not UTF-16")
    assert said("h-utf16-surrogate.txt", "warning", "1 piece(s) that are not UTF-16")
    assert said("d.jsonl", "warning", "'text', 'id', 'title': lone surrogate escape(s)")
    assert "Traceback" not in output
    # a, b, c, d1, the second record of d, both UTF-16 files and the two at the ends of the calendar
    assert "9 articles" in output and (tmp_path / "out" / "graph.ttl").is_file()


def test_a_reader_that_cannot_import_its_library_skips_its_files_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.html").write_text(PAGE.format(charset="utf-8"), encoding="utf-8")
    (folder / "b.json").write_text(json.dumps({"text": "12345"}))  # no words: skipped too, no model needed
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # as when trafilatura cannot import lxml_html_clean
    code, output = build(folder, "-o", tmp_path / "out")
    assert code == 2, output
    assert f"{folder / 'a.html'}: cannot be read: a library it needs cannot be imported (" in output
    assert f"{folder / 'b.json'}: record 'b': not text: no words; skipped" in output
    assert "Traceback" not in output

    code, output = build(folder, "-o", tmp_path / "out", "--strict")
    assert code == 2 and "a.html: cannot be read" in output and "strict" in output, output


def write_many(root: Path, count: int) -> Path:
    """``count`` small articles, the middle one holding :data:`BOMB`."""
    root.mkdir(parents=True)
    for n in range(count):
        text = f"Story {n}\n\n{STORY} It was story number {n}. {BOMB if n == count // 2 else ''}\n"
        (root / f"a{n:02d}.txt").write_text(text, encoding="utf-8")
    return root


@pytest.mark.model
def test_an_article_whose_analysis_fails_is_a_problem_not_a_crash(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from spacy.language import Language

    make_doc = Language.make_doc

    def failing(self: Language, text: str) -> object:
        if BOMB in text:
            raise RuntimeError(f"{BOMB}\nsecond line")
        return make_doc(self, text)

    monkeypatch.setattr(Language, "make_doc", failing)
    folder = write_many(tmp_path / "in", 5)
    code, output = build(folder, "-o", tmp_path / "out", "-j", "1")
    assert code == 1, output
    assert f"newsgraph: skipped: {folder / 'a02.txt'}: could not be analysed: RuntimeError: {BOMB}; skipped" in output
    assert "4 articles" in output and "analysed 4 articles in 1 process\n" in output

    code, output = build(folder, "-o", tmp_path / "strict", "-j", "1", "--strict")
    assert code == 2 and "a02.txt: could not be analysed" in output and "strict" in output, output
    assert not (tmp_path / "strict" / "graph.ttl").exists()


SITE = f"""
from spacy.language import Language

_make_doc = Language.make_doc


def _failing(self, text):
    if {BOMB!r} in text:
        raise RuntimeError({BOMB!r})
    return _make_doc(self, text)


Language.make_doc = _failing
"""


@pytest.mark.model
def test_an_article_failing_in_a_worker_process_is_a_problem_for_it_alone(tmp_path: Path) -> None:
    """With --jobs 2, the failure happens in a worker process (the stand-in is installed in every process)."""
    site = tmp_path / "site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(textwrap.dedent(SITE), encoding="utf-8")
    folder = write_many(tmp_path / "in", 20)  # two batches of 16: both workers get one
    env = {**os.environ, "PYTHONPATH": str(site)}
    command = [sys.executable, "-c", "from cli.app import main; main()", "build", str(folder), "-o", str(tmp_path)]
    run = subprocess.run([*command, "-j", "2"], env=env, capture_output=True, text=True, timeout=600, check=False)
    assert run.returncode == 1, run.stderr
    assert f"{folder / 'a10.txt'}: could not be analysed: RuntimeError: {BOMB}; skipped" in run.stderr
    assert "19 articles" in run.stdout and "analysed 19 articles in 2 processes\n" in run.stdout
    assert "Traceback" not in run.stderr


@pytest.mark.model
@pytest.mark.parametrize("published", ["0001-01-01", "9999-12-31"])
def test_a_story_dated_at_an_end_of_the_calendar_builds(tmp_path: Path, published: str) -> None:
    """An undated article reporting what an article of year 1 (or 9999) reports: its window stops at the calendar's
    end, where it once ran past it."""
    folder = tmp_path / "in"
    folder.mkdir()
    said = (
        "“We will rebuild the bridge by next year,” Mayor Jane Doe said on Monday. The storm hit the town today. "
        "Officials closed the road on Friday."
    )
    (folder / "dated.json").write_text(json.dumps({"published": published, "text": said}), encoding="utf-8")
    (folder / "undated.json").write_text(json.dumps({"text": f"{said} Residents stayed home."}), encoding="utf-8")
    code, output = build(folder, "-o", tmp_path / "out", "-j", "1")
    assert code == 0, output
    assert "2 articles" in output and f'"{published}"^^xsd:date' in (tmp_path / "out" / "graph.ttl").read_text()
