"""Read article files into :class:`~graph.model.Article` objects, one reader per kind of file.

Each reader is ``(path, *, max_bytes) -> Iterator[Article | Problem]``: the articles of the file (a ``.jsonl`` holds
many), each after the warnings about it, and error problems for records it skipped. A file that cannot be used at
all raises :class:`~graph.errors.ArticleError`.

- ``.txt``: :mod:`graph.articles.txt`, laid out by :mod:`graph.articles.layout`;
- ``.html`` / ``.htm``: :mod:`graph.articles.html`, through trafilatura;
- ``.json`` / ``.jsonl``: :mod:`graph.articles.records`.

Every file first passes the byte-level checks of :mod:`graph.articles.source` (size, empty, binary, encoding).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Protocol

from graph.articles.html import read_html
from graph.articles.layout import Layout, parse_layout
from graph.articles.records import read_json, read_jsonl
from graph.articles.source import MAX_ARTICLE_BYTES, article_id
from graph.articles.txt import read_txt
from graph.errors import InputError
from graph.model import Article, Problem


class Reader(Protocol):
    def __call__(self, path: Path, *, max_bytes: int = ...) -> Iterator[Article | Problem]: ...


READERS: dict[str, Reader] = {
    ".txt": read_txt,
    ".html": read_html,
    ".htm": read_html,
    ".json": read_json,
    ".jsonl": read_jsonl,
}
SUFFIXES = tuple(READERS)


def iter_article_paths(inputs: Iterable[Path]) -> Iterator[Path]:
    """Every article file named by ``inputs``, each once: files as given, folders searched recursively and sorted.

    In folders, files of other kinds and hidden files and folders (``.git``, editor backups) are passed over.
    """
    seen: set[Path] = set()
    for root in inputs:
        if not root.exists():
            raise InputError(f"input path does not exist: {root}")
        if root.is_dir():
            candidates = sorted(
                p
                for p in root.rglob("*")
                if p.is_file()
                and p.suffix.lower() in READERS
                and not any(part.startswith(".") for part in p.relative_to(root).parts)
            )
        elif root.suffix.lower() in READERS:
            candidates = [root]
        else:
            valid = ", ".join(SUFFIXES)
            raise InputError(f"unsupported article file {root} (expected one of: {valid}, or a folder)")
        for path in candidates:
            resolved = path.resolve()
            if resolved not in seen:
                seen.add(resolved)
                yield path


def read_article_file(path: Path, *, max_bytes: int = MAX_ARTICLE_BYTES) -> Iterator[Article | Problem]:
    """The articles and problems of one file, by the reader its suffix names."""
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise InputError(f"unsupported article file {path} (expected one of: {', '.join(SUFFIXES)})")
    return reader(path, max_bytes=max_bytes)


__all__ = [
    "MAX_ARTICLE_BYTES",
    "READERS",
    "SUFFIXES",
    "Layout",
    "article_id",
    "iter_article_paths",
    "parse_layout",
    "read_article_file",
    "read_html",
    "read_json",
    "read_jsonl",
    "read_txt",
]
