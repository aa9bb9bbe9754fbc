"""`newsgraph build` on bad input, end to end: messages name file and line, exit codes tell the three outcomes."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli.app import app
from tests.articles.test_html import PAGE
from tests.test_pipeline_read import GOOD, write_corpus

runner = CliRunner()


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    return write_corpus(tmp_path / "in")


def build(*args: str | Path) -> tuple[int, str]:
    result = runner.invoke(app, ["build", *map(str, args)])
    return result.exit_code, result.output


def test_help_documents_exit_codes_inputs_and_strict() -> None:
    result = runner.invoke(app, ["build", "--help"], terminal_width=200)
    assert result.exit_code == 0
    text = " ".join(result.output.split())
    assert "0 all good; 1 built, with problems" in text and "2 nothing built, or stopped by --strict" in text
    assert "--strict" in text and ".jsonl" in text


@pytest.mark.model
def test_clean_inputs_of_every_kind_exit_0(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "in" / "b.html").write_text(PAGE.format(charset="utf-8"), encoding="utf-8")
    (tmp_path / "in" / "c.jsonl").write_text(json.dumps({"text": "The mayor said the bridge will close."}) + "\n")
    code, output = build(tmp_path / "in", "-o", tmp_path / "out")
    assert code == 0, output
    assert "3 articles" in output and "newsgraph: warning" not in output and "skipped" not in output


@pytest.mark.model
def test_problems_are_named_with_file_and_line_and_exit_1(corpus: Path, tmp_path: Path) -> None:
    code, output = build(corpus, "-o", tmp_path / "out")
    assert code == 1, output
    lines = output.splitlines()
    assert f"newsgraph: skipped: {corpus / 'b-empty.txt'}: empty: only whitespace, no text" in lines
    assert any(line.startswith(f"newsgraph: warning: {corpus / 'd-latin.txt'}: not UTF-8") for line in lines)
    assert any(line.startswith(f"newsgraph: skipped: {corpus / 'sub' / 'f.jsonl'}:2: not valid JSON") for line in lines)
    assert any("e-german.txt: not in English" in line for line in lines)
    assert "3 articles" in output and (tmp_path / "out" / "graph.ttl").is_file()


@pytest.mark.model
def test_strict_stops_at_the_first_problem_and_writes_nothing(corpus: Path, tmp_path: Path) -> None:
    code, output = build(corpus, "-o", tmp_path / "out", "--strict")
    assert code == 2, output
    assert f"{corpus / 'b-empty.txt'}: empty" in output and "strict" in output
    assert not (tmp_path / "out" / "graph.ttl").exists()


def test_nothing_usable_exits_2_and_says_why(corpus: Path, tmp_path: Path) -> None:
    for name in ("a-good.txt", "d-latin.txt", "sub"):
        path = corpus / name
        shutil.rmtree(path) if path.is_dir() else path.unlink()
    code, output = build(corpus, "-o", tmp_path / "out")
    assert code == 2, output
    assert "no article could be read" in output and "b-empty.txt: empty" in output and "c-binary.txt: binary" in output
    assert not (tmp_path / "out" / "graph.ttl").exists()


@pytest.mark.model
def test_the_authors_a_record_names_are_the_articles_authors_in_the_graph(tmp_path: Path) -> None:
    records = [
        {"id": "r1", "author": "Ann Lee and Tom Hill", "text": "The mayor said the bridge will close on Monday."},
        {"id": "r2", "author": "Staff Reporter", "text": "Ann Lee, a reporter, said the council had not met."},
    ]
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "story.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    code, output = build(tmp_path / "in", "-o", tmp_path / "out")
    assert code == 0, output
    result = runner.invoke(
        app, ["query", "--graph", str(tmp_path / "out" / "graph.ttl"), "--named", "articles", "-f", "csv"]
    )
    assert result.exit_code == 0, result.output
    rows = {row["identifier"]: row["author"] for row in csv.DictReader(io.StringIO(result.output))}
    assert rows == {"r1": "Ann Lee | Tom Hill", "r2": ""}
