"""Read article files into :class:`~graph.model.Article` objects.

A ``.txt`` article is plain text: the first non-empty line is the title, optionally preceded on the same line by a
header such as ``date 2022-09-12`` or ``Published: 12 September 2022``. Photo credits and trailing boilerplate
("This article appeared originally on …", author bios, "Related Articles") are kept in ``Article.text`` (so offsets
slice the file as it is) but marked outside the body, and mined for the publisher and author.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from graph.errors import InputError
from graph.model import Article, Span

SUFFIXES = (".txt",)

HEADER_DATE = re.compile(
    r"^\s*(?:date|published|posted|updated|dated)\s*(?:on|:)?\s*"
    r"(?P<date>\d{4}-\d{2}-\d{2}|\d{1,2}\s+[A-Z][a-z]+\.?\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4})\b[\s:|,-]*",
    re.IGNORECASE,
)
PHOTO_CREDIT = re.compile(r"^\s*\(?(?:photo|image|picture|pictured|credit|top image|main image)s?\b.{0,160}$", re.I)
APPEARED_ON = re.compile(
    r"^\s*this (?:article|story|piece) (?:appeared|was (?:originally |first )?published)\s+"
    r"(?:originally |first )?(?:on|in|at|by)\s+(?P<outlet>[^.\n]+?)\.?\s*$",
    re.I,
)
AUTHOR_BIO = re.compile(
    r"^\s*(?P<author>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+(?:is|was)\s+(?:a|an|the)\s+[^\n]{0,80}?"
    r"\b(?i:reporter|correspondent|journalist|editor|writer|columnist|contributor|producer)\b",
)
BIO_OUTLET = (
    re.compile(r"\bjoined\s+(?P<outlet>(?:[A-Z][\w&'’.-]*\s?)+?)\s+(?:in|as|from)\b"),
    re.compile(
        r"\b(?:reporter|correspondent|editor|writer|columnist)\s+(?:for|at|with)\s+(?P<outlet>(?:the\s)?(?:[A-Z][\w&'’.-]*\s?)+)"
    ),
)
BOILERPLATE_LINE = re.compile(
    r"^\s*(?:related (?:articles|stories|posts)|back to top(?: button)?|share this(?: article)?:?|read more:?|"
    r"advertisement|sign up for .{0,80}|subscribe .{0,80}|follow us on .{0,80}|languages?:.*|"
    r"you can get in touch with .*|copyright .{0,120}|©.{0,120}|all rights reserved\.?)\s*$",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Layout:
    """What the reader found around the body of a plain-text article."""

    title: str
    published: dt.date | None
    body: Span
    excluded: tuple[Span, ...]
    publisher: str | None
    author: str | None


def iter_article_paths(inputs: Iterable[Path]) -> Iterator[Path]:
    """Every article file named by ``inputs`` (files, or folders searched recursively), sorted, each once."""
    seen: set[Path] = set()
    for root in inputs:
        if not root.exists():
            raise InputError(f"input path does not exist: {root}")
        if root.is_dir():
            candidates = sorted(p for p in root.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
        elif root.suffix.lower() in SUFFIXES:
            candidates = [root]
        else:
            valid = ", ".join(SUFFIXES)
            raise InputError(f"unsupported article file {root} (expected one of: {valid}, or a folder)")
        for path in candidates:
            resolved = path.resolve()
            if resolved not in seen:
                seen.add(resolved)
                yield path


def article_id(path: Path) -> str:
    """A stable id from the file name; the pipeline disambiguates two files with the same name."""
    return re.sub(r"[^A-Za-z0-9_.-]+", "-", path.stem).strip("-.") or "article"


def read_txt(path: Path) -> Article:
    """Read one plain-text article."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path} is not UTF-8 text (byte {exc.start}: {raw[exc.start : exc.start + 1]!r})") from exc
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(f"{path} is empty")
    layout = parse_layout(text)
    return Article(
        id=article_id(path),
        text=text,
        title=layout.title,
        path=path,
        published=layout.published,
        publisher=layout.publisher,
        author=layout.author,
        body=layout.body,
        excluded=layout.excluded,
    )


def parse_layout(text: str) -> Layout:
    """Find title, header date, body and boilerplate of a plain-text article."""
    lines = _lines(text)
    nonempty = [span for span in lines if span.slice(text).strip()]
    if not nonempty:
        return Layout("", None, Span(0, len(text)), (), None, None)
    first = nonempty[0]
    first_text = first.slice(text)
    published = None
    title_start = first.start
    header = HEADER_DATE.match(first_text)
    if header:
        published = _parse_header_date(header.group("date"))
        title_start = first.start + header.end()
    title_line = first
    if not text[title_start : first.end].strip() and len(nonempty) > 1:
        title_line = nonempty[1]
        title_start = title_line.start
    title = text[title_start : title_line.end].strip()

    body_lines = [span for span in nonempty if span.start > title_line.start]
    excluded: list[Span] = []
    publisher = author = None
    # Trailing boilerplate: walk back from the end while lines look like boilerplate.
    end = len(text)
    for span in reversed(body_lines):
        line = span.slice(text)
        appeared = APPEARED_ON.match(line)
        bio = AUTHOR_BIO.match(line)
        if appeared:
            publisher = publisher or _clean_outlet(appeared.group("outlet"))
        elif bio:
            author = author or bio.group("author")
            for pattern in BIO_OUTLET:
                found = pattern.search(line)
                if found:
                    publisher = publisher or _clean_outlet(found.group("outlet"))
                    break
        elif not BOILERPLATE_LINE.match(line):
            break
        end = span.start
    body_lines = [span for span in body_lines if span.end <= end]
    # Photo credits are captions, not article text.
    for span in body_lines:
        if PHOTO_CREDIT.match(span.slice(text)) and not re.search(r"[“”\"]", span.slice(text)):
            excluded.append(span)
    body_start = body_lines[0].start if body_lines else title_line.end
    body_end = body_lines[-1].end if body_lines else title_line.end
    body_end = _strip_repeated_title(text, body_start, body_end, title)
    return Layout(title, published, Span(body_start, body_end), tuple(excluded), publisher, author)


def _lines(text: str) -> list[Span]:
    spans, start = [], 0
    for line in text.split("\n"):
        spans.append(Span(start, start + len(line)))
        start += len(line) + 1
    return spans


def _parse_header_date(value: str) -> dt.date | None:
    import dateparser

    parsed = dateparser.parse(value, languages=["en"], settings={"STRICT_PARSING": True})
    return parsed.date() if parsed else None


def _clean_outlet(name: str) -> str:
    name = re.sub(r"\s+", " ", name).strip(" .,'’\"")
    return name


def _strip_repeated_title(text: str, start: int, end: int, title: str) -> int:
    """Some scrapes glue the headline again to the end of the last paragraph; cut it off."""
    if len(title) >= 20 and text[start:end].rstrip().endswith(title):
        return max(start, text.rstrip().rfind(title, start, end))
    return end
