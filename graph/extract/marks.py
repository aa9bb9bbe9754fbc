"""Pair quotation marks in raw text: curly, straight and mismatched, across sentences and paragraphs.

Pure string work, no model: :func:`find_quoted` returns the spans between paired marks. Single marks (‘…’) count
as top-level quotes only in texts that use no double marks at all (British style); inside double quotes they are
nested quotes and belong to the outer one.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from graph.model import BEFORE_OPENING, Span, fold_doubled_marks

OPENING_DOUBLE = frozenset("“„‟«")
CLOSING_DOUBLE = frozenset("”»")
AMBIGUOUS_DOUBLE = frozenset('"')
DOUBLE_MARKS = OPENING_DOUBLE | CLOSING_DOUBLE | AMBIGUOUS_DOUBLE
OPENING_SINGLE = frozenset("‘‛")
CLOSING_SINGLE = frozenset("’")
AMBIGUOUS_SINGLE = frozenset("'")
TRAILING_PUNCTUATION = " \t\n,;:"
MAX_QUOTE_CHARS = 3000
"""A quoted span longer than this (about 500 words) is not taken as a quote. The longest quoted paragraphs in news
run to a few hundred words; a longer span is a stray or unclosed mark running on, or a whole document in quotes, and
as one statement it would only be noise (and cost the merge a comparison of thousands of characters)."""


@dataclass(frozen=True, slots=True)
class Quoted:
    """The inside of one pair of marks; ``continued`` when it continues the previous quote in a new paragraph."""

    span: Span
    continued: bool = False


def find_quoted(text: str, body: Span | None = None) -> list[Quoted]:
    """Spans between paired quotation marks in ``text`` (within ``body``), trimmed of trailing commas."""
    body = body or Span(0, len(text))
    double = _pair(fold_doubled_marks(text), body, OPENING_DOUBLE, CLOSING_DOUBLE, AMBIGUOUS_DOUBLE)
    if double:
        return double
    return _pair(text, body, OPENING_SINGLE, CLOSING_SINGLE, AMBIGUOUS_SINGLE)


def _role(text: str, i: int, opening: frozenset[str], closing: frozenset[str], inside: bool = False) -> str | None:
    """``open``, ``close`` or None (an apostrophe) for the mark at ``i`` (``inside`` a quote or not)."""
    mistyped = _mistyped(text, i, inside)
    if mistyped is not None:
        return mistyped
    ch = text[i]
    joined = text[i - 1] if i > 0 else " "  # the very character before: a mark between two letters is an apostrophe
    after = text[i + 1] if i + 1 < len(text) else " "
    if ch in closing and joined.isalnum() and after.isalnum():
        return None  # an apostrophe: Russia’s, don’t
    if ch in opening:
        return "open"
    if ch in closing:
        return "close"
    if _before(text, i) in BEFORE_OPENING and not after.isspace():
        return "open"
    if after.isalnum() and joined.isalnum():
        return None
    return "close"


def _pair(
    text: str, body: Span, opening: frozenset[str], closing: frozenset[str], ambiguous: frozenset[str]
) -> list[Quoted]:
    marks = opening | closing | ambiguous
    found: list[Quoted] = []
    open_at: int | None = None
    depth = 0  # nested marks of the same kind ("“Outer “inner” outer”"): the outer pair is the quote
    continued = False
    for i in range(body.start, body.end):
        if text[i] == "\n" and open_at is not None and _paragraph_ends(text, i):
            # No closing mark before the paragraph ends: the quote runs to here, and continues if the
            # next paragraph opens with a mark (the newspaper convention for multi-paragraph quotes).
            _add(found, text, open_at + 1, i, continued)
            nxt = _next_nonspace(text, i, body.end)
            continued = nxt is not None and text[nxt] in marks and _role(text, nxt, opening, closing) == "open"
            open_at, depth = None, 0
            continue
        if text[i] not in marks:
            continue
        role = _role(text, i, opening, closing, inside=open_at is not None)
        if role == "open":
            if open_at is None:
                open_at = i
            depth += 1
        elif role == "close" and open_at is not None:
            depth -= 1
            if depth == 0:
                _add(found, text, open_at + 1, i, continued)
                open_at, continued = None, False
    if open_at is not None:
        _add(found, text, open_at + 1, body.end, continued)
    return found


def _mistyped(text: str, i: int, inside: bool) -> str | None:
    """The role of a double mark typed the wrong way round: an opening mark that closes the quote it is in, after the
    quote's own punctuation and before a space (“We lost,“ she said), or a closing mark that opens a quote outside
    one, after a space or a line break and before a word (⏎”We lost,” she said), or at the start of a paragraph,
    which no closing mark begins (⏎” … if the rain stops,” it read); None for any other mark."""
    before = _before(text, i)
    if (
        inside
        and text[i] in OPENING_DOUBLE
        and before in {",", ".", "?", "!"}
        and text[i + 1 : i + 2] in {" ", "\n", ""}
    ):
        return "close"
    if not inside and text[i] == "”" and (before == "\n" or i == 0) and _closed_on_its_line(text, i):
        return "open"
    if not inside and text[i] in CLOSING_DOUBLE and before in BEFORE_OPENING and text[i + 1 : i + 2].isalnum():
        return "open"
    return None


def _closed_on_its_line(text: str, i: int) -> bool:
    """Whether the next double mark on the line of the mark at ``i`` closes, with words before it: the mark at ``i``
    then opens what that one closes (⏎” … if he can visit,” it read), never a stray mark before narration
    (⏎” Workers cheered) nor one before a quote of its own (⏎”“Out,” they chanted)."""
    end = text.find("\n", i)
    line = text[i + 1 : len(text) if end < 0 else end]
    at = next((k for k, c in enumerate(line) if c in DOUBLE_MARKS), None)
    return at is not None and line[at] in '”"' and any(c.isalnum() for c in line[:at])


def _before(text: str, i: int) -> str:
    """The character before ``i``, past invisible format characters (a left-to-right mark, a zero-width space) that
    web copy leaves before quotation marks; a space at the start of the text."""
    i -= 1
    while i >= 0 and unicodedata.category(text[i]) == "Cf":
        i -= 1
    return text[i] if i >= 0 else " "


def _add(found: list[Quoted], text: str, start: int, end: int, continued: bool) -> None:
    while end > start and (text[end - 1] in TRAILING_PUNCTUATION or unicodedata.category(text[end - 1]) == "Cf"):
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    if 0 < end - start <= MAX_QUOTE_CHARS:
        found.append(Quoted(Span(start, end), continued))


def _paragraph_ends(text: str, i: int) -> bool:
    return text[i + 1 : i + 2] == "\n" or text[i - 1 : i] in ".!?”\"'’"


def _next_nonspace(text: str, i: int, end: int) -> int | None:
    while i < end and text[i].isspace():
        i += 1
    return i if i < end else None
