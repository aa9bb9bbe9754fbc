"""``.json`` (one record, or a list of records) and ``.jsonl`` (one record per line) articles.

A record has ``text`` (required) and any of ``id``, ``title``, ``published``, ``publisher``, ``author``, ``url``;
other fields are ignored. The text is laid out like a ``.txt`` body (:func:`parse_layout` with ``titled=False``):
a header date line, photo credits and trailing boilerplate are marked out of the body and mined for metadata, but a
value the record gives always wins over one guessed from the text.

A ``.jsonl`` file is read line by line, so it may be of any size; each line is limited like one article file, and a
bad line (even one whose reading raised) is reported with its number while the other lines still build. A ``.json``
file is parsed whole and is limited like one article file: use ``.jsonl`` for large collections.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from graph.articles.dates import parse_date, undated_fallback
from graph.articles.layout import header_date_problem, parse_layout
from graph.articles.source import (
    MAX_ARTICLE_BYTES,
    article_id,
    decode,
    human_size,
    read_limited,
    repair_text,
)
from graph.errors import ArticleError, describe
from graph.model import Article, Problem, Severity

METADATA_FIELDS = ("id", "title", "published", "publisher", "author", "url")
_SURROGATE = re.compile("[\ud800-\udfff]")


def read_json(path: Path, *, max_bytes: int = MAX_ARTICLE_BYTES) -> Iterator[Article | Problem]:
    """The records of a ``.json`` file: one object, or a list of objects."""
    text, warning = decode(read_limited(path, max_bytes), path)
    if warning is not None:
        yield warning
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ArticleError(path, f"not valid JSON: {exc.msg} (column {exc.colno})", exc.lineno) from exc
    if isinstance(data, dict):
        yield from record_articles(data, path, article_id(path), max_bytes=max_bytes)
    elif isinstance(data, list):
        for n, record in enumerate(data, 1):
            yield from record_articles(record, path, f"{article_id(path)}-{n}", max_bytes=max_bytes, where=n)
    else:
        raise ArticleError(path, f"expected a JSON object or a list of objects, found {_kind(data)}")


def read_jsonl(path: Path, *, max_bytes: int = MAX_ARTICLE_BYTES) -> Iterator[Article | Problem]:
    """The records of a ``.jsonl`` file, one per line; blank lines are skipped."""
    try:
        with path.open("rb") as handle:
            for line, raw in _bounded_lines(handle, max_bytes):
                if raw is None:
                    yield Problem(path, f"line over the {human_size(max_bytes)} limit for one article; skipped", line)
                    continue
                if not raw.strip():
                    continue
                try:
                    text, warning = decode(raw, path, line)
                    if warning is not None:
                        yield warning
                    record = json.loads(text)
                except ArticleError as exc:
                    yield Problem(path, exc.reason, line)
                    continue
                except json.JSONDecodeError as exc:
                    yield Problem(path, f"not valid JSON: {exc.msg} (column {exc.colno}); line skipped", line)
                    continue
                try:
                    yield from record_articles(
                        record, path, f"{article_id(path)}-{line}", max_bytes=max_bytes, line=line
                    )
                except Exception as exc:  # one record's failure skips its line, not the rest of the file
                    yield Problem(path, f"cannot be read: {describe(exc)}; line skipped", line)
    except OSError as exc:
        raise ArticleError(path, f"cannot read: {exc.strerror or exc}") from exc


def record_articles(
    record: Any,
    path: Path,
    default_id: str,
    *,
    max_bytes: int = MAX_ARTICLE_BYTES,
    line: int | None = None,
    where: int | None = None,
) -> Iterator[Article | Problem]:
    """The article of one record, after warnings about it; an error problem instead when it cannot be used.

    ``line`` is the record's line in a ``.jsonl`` file; ``where`` its 1-based position in a ``.json`` list.
    """
    label = f"record {where}: " if where is not None else ""

    def problem(message: str, severity: Severity = Severity.WARNING) -> Problem:
        return Problem(path, label + message, line, severity)

    if not isinstance(record, dict):
        yield problem(f"expected a JSON object, found {_kind(record)}; skipped", Severity.ERROR)
        return
    record, broken = _whole_characters(record)
    if broken:
        names = ", ".join(f"'{name}'" for name in broken)
        yield problem(f"{names}: lone surrogate escape(s) (\\ud800-\\udfff, half of a UTF-16 pair) read as U+FFFD")
    if refused := _unusable_text(record.get("text"), max_bytes):
        yield problem(f"{refused}; skipped", Severity.ERROR)
        return
    given: dict[str, str] = {}
    for name, value in _metadata(record):
        if isinstance(value, str):
            given[name] = value
        else:
            yield problem(f"'{name}' should be a string, found {_kind(value)}; ignored")
    text = repair_text(record["text"])
    layout = parse_layout(text, titled=False)
    published = layout.published
    if "published" in given:
        parsed = parse_date(given["published"])
        if parsed is None:
            fallback = undated_fallback(layout.published, "text's header date")
            yield problem(f"'published' {given['published']!r} is not a date (use YYYY-MM-DD); {fallback}")
        published = parsed or layout.published
    elif bad_date := header_date_problem(layout, path, line):
        yield Problem(bad_date.path, label + bad_date.message, line, bad_date.severity)
    yield Article(
        id=given.get("id", default_id),
        text=text,
        title=given.get("title", layout.title),
        path=path,
        published=published,
        publisher=given.get("publisher", layout.publisher),
        author=given.get("author", layout.author),
        url=given.get("url"),
        body=layout.body,
        excluded=layout.excluded,
    )


def _unusable_text(text: Any, max_bytes: int) -> str | None:
    """Why a record's ``text`` cannot be analysed (missing, empty, not a string, too long, binary); None if it can."""
    if not isinstance(text, str) or not text.strip():
        found = (
            "no 'text' field" if text is None else "'text' is " + ("empty" if isinstance(text, str) else _kind(text))
        )
        return f"{found} (text is the one required field)"
    if len(text.encode("utf-8")) > max_bytes:
        return f"text over the {human_size(max_bytes)} limit for one article"
    if "\x00" in text:
        return "text holds NUL characters (binary data, not text)"
    return None


def _metadata(record: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    """The metadata fields the record gives (not null, not blank), strings stripped; a numeric id as a string."""
    for name in METADATA_FIELDS:
        value = record.get(name)
        if name == "id" and isinstance(value, int) and not isinstance(value, bool):
            value = str(value)  # numeric ids are common in exports
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        yield name, value.strip() if isinstance(value, str) else value


def _whole_characters(record: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """The record with every lone surrogate (``"\\ud800"`` in JSON: half a UTF-16 pair, no character, and no UTF-8
    for it) in the fields read replaced by U+FFFD, and the names of the fields that held one."""
    broken = [
        name for name in ("text", *METADATA_FIELDS) if isinstance(v := record.get(name), str) and _SURROGATE.search(v)
    ]
    if not broken:
        return record, broken
    return {k: _SURROGATE.sub("\ufffd", v) if k in broken else v for k, v in record.items()}, broken


def _bounded_lines(handle: IO[bytes], max_bytes: int) -> Iterator[tuple[int, bytes | None]]:
    """``(line number, bytes)`` for each line, ``None`` for a line over ``max_bytes`` (never held whole in memory)."""
    line = 0
    while True:
        raw = handle.readline(max_bytes + 1)
        if not raw:
            return
        line += 1
        if len(raw) > max_bytes and not raw.endswith(b"\n"):
            while (rest := handle.readline(max_bytes)) and not rest.endswith(b"\n"):
                pass
            yield line, None
            continue
        yield line, raw


def _kind(value: object) -> str:
    names = {dict: "an object", list: "a list", str: "a string", bool: "a boolean", type(None): "null"}
    return names.get(type(value), "a number" if isinstance(value, int | float) else type(value).__name__)
