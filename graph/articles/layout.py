"""The layout of an article's plain text: title line, header date line, body, photo credits, trailing boilerplate.

Used on ``.txt`` files (whose first line is the title) and on the text of JSON records and HTML pages (which give
their title apart, ``titled=False``). Boilerplate and credits are kept in the text, so offsets slice it as it is, but
marked outside the body, and mined for the publisher and author.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from graph.model import Problem, Severity, Span

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
    header_date: str | None = None
    """The date as the header line wrote it; set while ``published`` is None when it is not a real date."""


def parse_layout(text: str, *, titled: bool = True) -> Layout:
    """Find title, header date, body and boilerplate of a plain-text article.

    With ``titled`` the first line (after a header date on it, if any) is the title; without, only a line that is
    nothing but a header date is taken out of the body, and the title is left to the caller.
    """
    lines = _lines(text)
    nonempty = [span for span in lines if span.slice(text).strip()]
    if not nonempty:
        return Layout("", None, Span(0, len(text)), (), None, None)
    first = nonempty[0]
    first_text = first.slice(text)
    published = None
    header_date = None
    head_end = first.start
    header = HEADER_DATE.match(first_text)
    if header and (titled or not first_text[header.end() :].strip()):
        header_date = header.group("date")
        published = _parse_header_date(header_date)
        head_end = first.start + header.end()
    if titled:
        title_line = first
        if not text[head_end : first.end].strip() and len(nonempty) > 1:
            title_line = nonempty[1]
            head_end = title_line.start
        title = text[head_end : title_line.end].strip()
        body_lines = [span for span in nonempty if span.start > title_line.start]
        empty_body_at = title_line.end
    else:
        title = ""
        body_lines = [span for span in nonempty if span.start >= head_end and span.end > head_end]
        empty_body_at = head_end

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
    body_start = body_lines[0].start if body_lines else empty_body_at
    body_end = body_lines[-1].end if body_lines else empty_body_at
    body_end = _strip_repeated_title(text, body_start, body_end, title)
    return Layout(title, published, Span(body_start, body_end), tuple(excluded), publisher, author, header_date)


def header_date_problem(layout: Layout, path: Path, line: int | None = None) -> Problem | None:
    """A warning when the header line gives a date that does not exist ("February 30", "2022-13-01")."""
    if layout.header_date is None or layout.published is not None:
        return None
    message = f"header date {layout.header_date!r} is not a valid date; the article is built undated"
    return Problem(path, message, line, Severity.WARNING)


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
