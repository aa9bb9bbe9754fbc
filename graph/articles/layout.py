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

from graph.articles.dates import parse_date
from graph.model import Problem, Severity, Span

_DATE = r"(?P<date>\d{4}[-/]\d{2}[-/]\d{2}|\d{1,2}\s+[A-Z][a-z]+\.?\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4})\b"
_DATE_WORD = r"(?:last\s+)?(?:date|published|posted|updated|dated)\s*(?:on|:)?\s*"
_WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
HEADER_DATE = re.compile(rf"^\s*{_DATE_WORD}{_WEEKDAY}{_DATE}[\s:|,-]*", re.IGNORECASE)
"""A header date opening the first line, before the title or alone ("date 2022-09-12 Title", "Published: Monday,
12 September 2022")."""
_CLOCK_BEFORE = r"(?:(?:at\s+)?\d{1,2}[:.]\d\d(?:\s*(?:GMT|BST|UTC))?,?\s+)?"
DATE_LINE = re.compile(
    rf"\s*(?:(?:page\s+)?{_DATE_WORD})?{_CLOCK_BEFORE}{_WEEKDAY}{_DATE}"
    r"(?:[\s,]+(?:at\s+)?\d{1,2}[:.]\d\d(?::\d\d)?(?:\s*[ap]\.?m\.?)?(?:\s+(?:GMT|BST|UTC|UK|[ECMP][SD]T|ET))?)*"
    r"[\s|,-]*",
    re.IGNORECASE,
)
"""A line under the title that is nothing but the date it was published, as a page prints it ("Published: 10 March
2005", "Thursday, 10 March 2005, 14:32 GMT", "Page last updated at 14:32 GMT, Thursday, 10 March 2005", "Last
Updated: Thursday, 10 March 2005, 14:32 GMT 15:32 UK", "Published: 2005/03/10 14:32:08 GMT"): the header date."""
_NAME_WORD = r"[A-Z][\w.'’-]*"
BYLINE = re.compile(
    rf"\s*By\s+(?P<author>{_NAME_WORD}(?:\s+(?:{_NAME_WORD}|and|&|de|van|von|der|da|di|le|la)){{0,6}})"
    rf"(?:\s*[,|]\s*{_NAME_WORD}(?:\s+{_NAME_WORD})*)?\s*$"
)
"""A byline under the title ("By Ann Lee", "By Tom Hill and Ann Lee", "By Staff Reporter, BBC News"): the author, no
body text; "By Monday, the fire was out" is body."""
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
SIGN_OFF = re.compile(
    r"^\s*[\"“]?(?i:you can )?(?i:follow)\s+(?!The\b)(?P<author>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+on\s+"
    r"(?i:twitter|x|facebook|instagram|threads|bluesky|mastodon|linkedin)\b(?:\s*(?i:at|:)?\s*@[\w.]+?)?\.?[\"”]?\s*$"
)
"""A writer's sign-off that closes a story ("Follow Ann Lee on Twitter @annlee."), naming the writer."""
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
    nonempty = [span for span in _lines(text) if span.slice(text).strip()]
    if not nonempty:
        return Layout("", None, Span(0, len(text)), (), None, None)
    header_date, head_end = _header(text, nonempty[0], titled)
    title, body_lines, empty_body_at = _title_and_body(text, nonempty, head_end, titled)
    byline = None
    for _ in range(2):  # under the title, a date line and a byline, in either order
        first = body_lines[0].slice(text) if titled and body_lines else ""
        if header_date is None and (dated := DATE_LINE.fullmatch(first)):
            header_date, body_lines = dated.group("date"), body_lines[1:]
        elif byline is None and len(body_lines) > 1 and (by := BYLINE.fullmatch(first)):
            byline, body_lines = by.group("author"), body_lines[1:]
    end, publisher, author = _trailer(text, body_lines)
    author = author or byline
    body_lines = [span for span in body_lines if span.end <= end]
    # Photo credits are captions, not article text.
    excluded = tuple(span for span in body_lines if _is_photo_credit(span.slice(text)))
    body_start = body_lines[0].start if body_lines else empty_body_at
    body_end = body_lines[-1].end if body_lines else empty_body_at
    body_end = _strip_repeated_title(text, body_start, body_end, title)
    published = parse_date(header_date) if header_date is not None else None
    return Layout(title, published, Span(body_start, body_end), excluded, publisher, author, header_date)


def _header(text: str, first: Span, titled: bool) -> tuple[str | None, int]:
    """The header date the first line gives (as written) and where the text after it starts. Without ``titled``
    only a line that is nothing but a header date counts."""
    first_text = first.slice(text)
    header = HEADER_DATE.match(first_text)
    if header and (titled or not first_text[header.end() :].strip()):
        return header.group("date"), first.start + header.end()
    return None, first.start


def _title_and_body(text: str, nonempty: list[Span], head_end: int, titled: bool) -> tuple[str, list[Span], int]:
    """The title (empty without ``titled``), the lines after it, and where an empty body would be."""
    if not titled:
        return "", [span for span in nonempty if span.start >= head_end and span.end > head_end], head_end
    title_line = nonempty[0]
    if not text[head_end : title_line.end].strip() and len(nonempty) > 1:
        title_line = nonempty[1]  # the first line was only a header date
        head_end = title_line.start
    title = text[head_end : title_line.end].strip()
    return title, [span for span in nonempty if span.start > title_line.start], title_line.end


def _trailer(text: str, body_lines: list[Span]) -> tuple[int, str | None, str | None]:
    """Where the trailing boilerplate starts (walking back from the end while lines look like boilerplate), and the
    publisher and author it names."""
    publisher = author = None
    end = len(text)
    for span in reversed(body_lines):
        found = _boilerplate(span.slice(text))
        if found is None:
            break
        publisher, author = publisher or found[0], author or found[1]
        end = span.start
    return end, publisher, author


def _boilerplate(line: str) -> tuple[str | None, str | None] | None:
    """The publisher and author a trailing boilerplate line names ("This article appeared on ...", an author's
    bio); None when the line is not boilerplate."""
    if appeared := APPEARED_ON.match(line):
        return _clean_outlet(appeared.group("outlet")), None
    if bio := AUTHOR_BIO.match(line):
        outlet = next((found.group("outlet") for pattern in BIO_OUTLET if (found := pattern.search(line))), None)
        return (_clean_outlet(outlet) if outlet else None), bio.group("author")
    if sign_off := SIGN_OFF.match(line):
        return None, sign_off.group("author")
    return (None, None) if BOILERPLATE_LINE.match(line) else None


def _is_photo_credit(line: str) -> bool:
    return bool(PHOTO_CREDIT.match(line)) and not re.search(r"[“”\"]", line)


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


def _clean_outlet(name: str) -> str:
    name = re.sub(r"\s+", " ", name).strip(" .,'’\"")
    return name


def _strip_repeated_title(text: str, start: int, end: int, title: str) -> int:
    """Some scrapes glue the headline again to the end of the last paragraph; cut it off."""
    if len(title) >= 20 and text[start:end].rstrip().endswith(title):
        return max(start, text.rstrip().rfind(title, start, end))
    return end
