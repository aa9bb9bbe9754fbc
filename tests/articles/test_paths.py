"""Which files a build reads: folders searched recursively, sorted, each file once."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.articles import SUFFIXES, iter_article_paths, read_article_file
from graph.errors import InputError


def test_folders_are_searched_recursively_for_every_supported_suffix(tmp_path: Path) -> None:
    names = ["b.txt", "a/c.HTML", "a/d.htm", "a/b/e.json", "f.jsonl", "skip.pdf", "skip.md", ".hidden.txt"]
    names += [".git/x.json", "a/.cache/y.txt"]
    for name in names:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    found = [p.relative_to(tmp_path).as_posix() for p in iter_article_paths([tmp_path])]
    assert found == ["a/b/e.json", "a/c.HTML", "a/d.htm", "b.txt", "f.jsonl"]
    assert set(SUFFIXES) == {".txt", ".html", ".htm", ".json", ".jsonl"}


def test_each_file_is_read_once_however_it_is_named(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    found = list(iter_article_paths([tmp_path, tmp_path / "a.txt", tmp_path / ".." / tmp_path.name / "a.txt"]))
    assert found == [tmp_path / "a.txt"]


def test_an_unsupported_file_named_explicitly_is_an_error_listing_the_valid_kinds(tmp_path: Path) -> None:
    (tmp_path / "a.pdf").write_bytes(b"%PDF")
    with pytest.raises(InputError, match=r"\.txt, \.html, \.htm, \.json, \.jsonl"):
        list(iter_article_paths([tmp_path / "a.pdf"]))
    with pytest.raises(InputError, match="does not exist"):
        list(iter_article_paths([tmp_path / "nope"]))


def test_the_suffix_picks_the_reader(tmp_path: Path) -> None:
    (tmp_path / "a.JSONL").write_text('{"text": "One."}\n{"text": "Two."}\n', encoding="utf-8")
    assert [a.text for a in read_article_file(tmp_path / "a.JSONL")] == ["One.", "Two."]
