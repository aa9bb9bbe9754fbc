"""Quoted words that name a thing rather than say something: a title, or a name given with "called" or "known as";
and the test of a whole utterance, which is never one of them.

News style sets the titles of shows, books and films, slogans and nicknames in quotation marks ("told NBC's
“Sunrise”", "the film “Long Way Home”", "the hacker known as “Red Rosa”").
:mod:`graph.extract.quotes` asks :func:`names_a_thing` before it looks for a quote's cue, and drops such words.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from graph.extract.quote_cues import CHARACTERISING_VERBS, OPENING_MARKS, is_naming, is_reporting
from graph.extract.titles import placed_as_title, set_as_title

if TYPE_CHECKING:
    from spacy.tokens import Span as DocSpan
    from spacy.tokens import Token

    from graph.model import Span


def names_a_thing(inside: DocSpan, roots: Sequence[Token], span: Span, text: str) -> bool:
    """Whether the quoted words (tokens ``inside``, those of them whose head is outside ``roots``, characters
    ``span`` of ``text``) name a thing rather than say something: a name given by a naming verb, or a title."""
    return _is_name(inside, roots) or _is_title(inside, roots, span, text)


def _is_name(inside: DocSpan, roots: Sequence[Token]) -> bool:
    """Whether the quoted words are the name of a thing, not what someone said: the nearest verb above them is a
    naming participle with no "by" agent ("a film called “…”", "a group dubbed “…”")."""
    for root in roots:
        verb = next((a for a in root.ancestors if a.pos_ == "VERB" and a.i < inside.start), None)
        if verb is not None and is_naming(verb, inside.start, inside.end):
            return True
    return False


def _is_title(inside: DocSpan, roots: Sequence[Token], span: Span, text: str) -> bool:
    """Whether the quoted words are the title of a show, a book or a film, or a slogan, set in quotation marks as news
    style has it ("told ABC's “Good Morning America”", "the “Never Again” campaign"): a few words, each capitalised but
    the small ones (a subtitle after a colon may double them: "“Long Road: My Years in the Senate”"), neither an
    utterance of its own nor the words a reporting verb says ("chanted “No More Wars”"). A single word, a question or
    an exclamation is a title only after a noun for a work or a broadcaster's possessive ("the film “Hail, Sheriff!”",
    "NBC's “Today”"); else it is what someone said ("“Absolutely,” he said")."""
    if not set_as_title(inside):
        return False
    if placed_as_title(inside):
        return True
    words = [t for t in inside if not (t.is_punct or t.is_space)]
    if len(words) < 2 or any(t.text in {"!", "?"} for t in inside):
        return False
    return not (is_utterance(span, text) or any(_said_as_object(root) for root in roots))


def _said_as_object(root: Token) -> bool:
    """Whether quoted words are what a reporting verb says ("chanted “No More Wars”"), not whom it is said to, or
    what a verb of characterising calls something ("referred to the plan as “Project Fear”")."""
    if root.dep_ in {"dobj", "ccomp"} and is_reporting(root.head) and root.head.lemma_.lower() != "tell":
        return True
    verb = next((a for a in root.ancestors if a.pos_ == "VERB"), None)
    return verb is not None and verb.lemma_.lower() in CHARACTERISING_VERBS | {"call"}


def is_utterance(span: Span, text: str) -> bool:
    """Whether a quote is a whole utterance: it opens its sentence (after a line break, a full stop or a colon) and
    closes with punctuation of its own ("“That would be you?” she asked", "“No,” he said")."""
    before = span.start - 1
    while before >= 0 and text[before] in OPENING_MARKS:
        before -= 1
    opens = before < 0 or text[before] in ".?!:\n"
    closes = text[span.end - 1 : span.end] in {".", "?", "!"} or any(c in ",.?!" for c in text[span.end : span.end + 2])
    return opens and closes
