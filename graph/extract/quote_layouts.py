"""Quotes whose speaker the page's layout names, with no reporting verb: a transcript's speaker label and a signature.

A transcript gives each turn to the name before a colon, set in capitals in most newsrooms' copy (“HILL: Let's
start with the budget.”); a list of reactions, a pull quote or an epigraph signs each quote with a dash and a name after
it (“We will win.” — Ann Lee, a voter in Ohio). :mod:`graph.extract.quotes` asks for both before it looks for a cue,
and drops a transcript's stage directions (“(CROSSTALK)”), which nobody says.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from graph.model import Span
from graph.names import NAME_PARTICLES

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

LABEL = re.compile(r"((?:[A-Z][\w.'’-]*\s){0,3}[A-Z][\w.'’-]*)\s?(?:\([^()\n]{1,30}\))?:\s+(?=\S)")
"""A speaker label: up to four capitalised words (a party and state in brackets may follow) and a colon."""
NOT_SPEAKERS = frozenset(
    {"update", "note", "editor's note", "editor’s note", "correction", "breaking", "watch", "video", "photo",
     "read", "more", "related", "source", "sources", "warning", "alert", "exclusive", "live", "transcript", "quote",
     "advertisement", "disclaimer", "clarification", "caption", "credit", "subscribe", "listen", "see", "also"}
)  # fmt: skip
"""Capitalised words before a colon that head a note or a link, not a turn of speech."""
DASHES = frozenset("—―–-")
"""The marks that set off a signature or an aside: em dash, horizontal bar, en dash and the typed hyphen (doubled in
typewriter copy: "--")."""
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def stage_direction(span: Span, text: str) -> bool:
    """Whether quoted words are a transcript's stage direction, wholly in brackets: “(CROSSTALK)”, “[Applause.]”."""
    words = span.slice(text).rstrip(" .")
    closing = {"(": ")", "[": "]"}.get(words[:1])
    return closing is not None and words.endswith(closing) and closing not in words[1:-1]


def speaker_label(doc: Doc, span: Span, text: str) -> tuple[Token, Span] | None:
    """The speaker a transcript's label gives a quote that opens with one, and the words after the label: the label is
    a name the recogniser knows as a person (“Ann Lee: …”), or a name in capitals that the article writes again, as a
    transcript does for each turn (“LEE: Well, look …”, “SEN. ANN LEE: …”), at the start of its paragraph; never a
    note or a heading (“UPDATE: …”), a single letter (“Q: …”), nor a name and a colon inside words quoted in the
    narration (the protesters chanted “Tom Hill: bad for the town”)."""
    line = text.rfind("\n", 0, span.start) + 1
    if text[line : span.start].strip(" \t\u00a0\"“‘'"):
        return None  # “…,” tweeted Tom Hill. “Lee: ‘…’”: a turn of a transcript starts its paragraph
    match = LABEL.match(text, span.start, span.end)
    if match is None or match.group(1).lower() in NOT_SPEAKERS:
        return None
    label = match.group(1)
    letters = [c for c in label if c.isalpha()]
    capitals = len(letters) >= 2 and all(c.isupper() for c in letters)
    tokens = doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
    if tokens is None or not len(tokens):
        return None
    head = tokens[-1] if tokens[-1].text not in {".", "'"} else tokens[0]
    named = head.ent_type_ == "PERSON" or (capitals and text.lower().count(label.lower()) > 1)
    if not named:
        return None
    return head, Span(match.end(), span.end)


def signature(doc: Doc, span: Span, text: str) -> Token | None:
    """The name that signs a quote after a dash, on its own line or at the end of the quote's paragraph (““…” ― Ann
    Lee⏎”, ““…”⏎⏎- Tom Hill, a nurse in Ohio.⏎”): the last word of the name, or None when the dash opens a clause
    of the narration (““…” — Lee said later”)."""
    at = _after_quote(text, span.end)
    if at >= len(text) or text[at] not in DASHES:
        return None
    while at < len(text) and (text[at] in DASHES or text[at] in " \t\u00a0"):
        at += 1
    line_end = text.find("\n", at)
    tokens = doc.char_span(at, len(text) if line_end < 0 else line_end, alignment_mode="expand")
    if tokens is None or not len(tokens) or not text[at].isupper():  # "-President Obama": one word with its dash
        return None
    return _signed_name(list(tokens))


def dashed_aside(doc: Doc, span: Span, text: str) -> Token | None:
    """The person whose words a quote set off by dashes right after the name gives ("a chorus of critics, including
    the former governor Ann Lee -- “…” -- and Tom Hill"): the last word of the name, or None where a dash does not
    open and close the quote on its line or no person's name stands right before it."""
    before = span.start
    while before > 0 and text[before - 1] in " \t\u00a0“\"'‘":
        before -= 1
    dash = before
    while dash > 0 and text[dash - 1] in DASHES:
        dash -= 1
    after = _after_quote(text, span.end)
    closed = after < len(text) and text[after] in DASHES and "\n" not in text[span.end : after]
    if dash == before or dash < 2 or not text[dash - 1].isspace() or not closed:
        return None
    word = doc.char_span(dash - 2, dash - 1, alignment_mode="expand")
    last = word[-1] if word is not None and len(word) else None
    return last if last is not None and last.ent_type_ == "PERSON" else None


def _signed_name(line: list[Token]) -> Token | None:
    """The last word of the name that opens a signature line, when what follows it is at most a description with no
    verb of its own (“Tom Hill, a nurse in Ohio”, “Ann Lee (@annlee)”)."""
    size = 1
    while size < len(line) and (line[size].text[:1].isupper() or line[size].lower_ in NAME_PARTICLES):
        size += 1
    rest = line[size:]
    if rest and rest[0].text not in {",", "(", "."}:
        return None
    if any(t.tag_ in FINITE_TAGS and t.dep_ != "relcl" for t in rest):
        return None
    return line[size - 1]


def _after_quote(text: str, end: int) -> int:
    """Where the text goes on after a quote's closing mark and punctuation, across at most one paragraph break."""
    at = end
    while at < len(text) and text[at] in " \t\u00a0”\"'’.,?!":
        at += 1
    if text[at : at + 1] == "\n":
        while at < len(text) and text[at] in " \t\u00a0\n":
            at += 1
    return at
