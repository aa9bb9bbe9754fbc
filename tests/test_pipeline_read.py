"""``read_articles``: every input's problems reported with file (and line), the other articles kept; ``strict``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from graph.build.pipeline import BuildOptions, read_articles
from graph.errors import ArticleError
from graph.model import Severity
from tests.test_lang import NOT_ENGLISH

GOOD = "A title\n\n“We will win,” said Jane Doe on Monday in the capital.\n"


def write_corpus(root: Path) -> Path:
    """Good, empty, binary, non-UTF-8 and German files, and a ``.jsonl`` with a bad line and a French record."""
    (root / "sub").mkdir(parents=True)
    (root / "a-good.txt").write_text(GOOD, encoding="utf-8")
    (root / "b-empty.txt").write_text(" \n", encoding="utf-8")
    (root / "c-binary.txt").write_bytes(b"GIF89a\x01\x00\x01\x00\x00\xff")
    (root / "d-latin.txt").write_bytes("Caf\u00e9 owners protest\n\nThe owners said they would close.".encode("cp1252"))
    (root / "sub" / "e-german.txt").write_text("Titel\n\n" + NOT_ENGLISH["German"], encoding="utf-8")
    lines = [json.dumps({"id": "r1", "text": "The mayor said the bridge would close."}), "{oops",
             json.dumps({"id": "r3", "text": NOT_ENGLISH["French"]})]  # fmt: skip
    (root / "sub" / "f.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return root


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    return write_corpus(tmp_path / "in")


def test_every_problem_is_reported_and_every_good_article_read(corpus: Path) -> None:
    articles, problems = read_articles([corpus])
    assert [a.id for a in articles] == ["a-good", "d-latin", "r1"]
    got = {(p.path.name, p.line, p.severity): p.message for p in problems}
    assert set(got) == {
        ("b-empty.txt", None, Severity.ERROR),
        ("c-binary.txt", None, Severity.ERROR),
        ("d-latin.txt", None, Severity.WARNING),
        ("e-german.txt", None, Severity.ERROR),
        ("f.jsonl", 2, Severity.ERROR),
        ("f.jsonl", None, Severity.ERROR),
    }
    assert "not in English" in got[("e-german.txt", None, Severity.ERROR)]
    assert got[("f.jsonl", None, Severity.ERROR)].startswith("record 'r3': not in English")
    assert str(next(p for p in problems if p.line == 2)).startswith(f"{corpus / 'sub' / 'f.jsonl'}:2: ")


def test_strict_stops_at_the_first_problem(corpus: Path) -> None:
    with pytest.raises(ArticleError, match=r"b-empty\.txt: empty") as caught:
        read_articles([corpus], BuildOptions(strict=True))
    assert "strict" in str(caught.value)
    articles, problems = read_articles([corpus / "a-good.txt"], BuildOptions(strict=True))
    assert len(articles) == 1 and problems == []


def test_a_warning_stops_a_strict_build_too(corpus: Path) -> None:
    with pytest.raises(ArticleError, match="not UTF-8"):
        read_articles([corpus / "a-good.txt", corpus / "d-latin.txt"], BuildOptions(strict=True))


def test_the_size_limit_is_an_option(corpus: Path) -> None:
    _, problems = read_articles([corpus / "a-good.txt"], BuildOptions(max_article_bytes=20))
    assert [p.message.split(",")[0] for p in problems] == [f"{len(GOOD.encode())} bytes"]


def test_ids_repeated_in_one_file_are_made_unique_with_a_warning(tmp_path: Path) -> None:
    lines = [json.dumps({"id": "x", "text": f"The mayor said {n} things."}) for n in range(3)]
    (tmp_path / "dup.jsonl").write_text("\n".join(lines), encoding="utf-8")
    articles, problems = read_articles([tmp_path / "dup.jsonl"])
    assert [a.id for a in articles] == ["x", "x-2", "x-3"]
    assert [p.severity for p in problems] == [Severity.WARNING, Severity.WARNING]
