"""Turn a MEANTIME record (``../shared/eval/meantime_en.jsonl``) into an :class:`~graph.model.Article` laid out the way
a news page is, so the quote extractors see ordinary text.

MEANTIME texts are tokenised: tokens joined by single spaces, one sentence a line, the headline first and the
dateline second, quotation marks written ````…''`` (some articles use ASCII ``"``, a few `` `…' `` single quotes),
contractions split (``do n't``, ``it 's``, even ``I' m``). :func:`detokenise` undoes that token by token:

- double quotes become curly ones by nesting state: `````` and an ASCII ``"`` when none is open open (“), ``''`` and
  ``"`` when one is open close (”); a ``''`` with none open is an opening mark, as ``''I' d`` is in one article;
- a lone `````` opens a single quote (‘); a lone ``'`` closes one (’) when one is open, else it is a possessive
  apostrophe (``Airbus '`` -> ``Airbus'``);
- contraction pieces (``'s``, ``n't``, ``'re`` ...) join the word before, and ``I' m`` becomes ``I'm``;
- no space before closing punctuation and closing quotes, none after opening brackets, currency signs and opening
  quotes.

The sentence lines are kept: :func:`page_text` then lays the body out in paragraphs, one sentence each, except that a
sentence that ends inside an open quotation continues the paragraph (a page keeps a quoted passage together).
``bench/coref.py`` has a detokeniser that carries gold offsets over for the coreference bench; it leaves ASCII ``"``
marks spaced and ``I' m`` split, which quote texts cannot have, so this one is separate.
Everything here is a pure function but :func:`read_records` (reads the corpus) and :func:`build_story` (runs the
pipeline).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.meantime import creation_date
from graph.model import Article, Span
from graph.story import Story

ROOT = Path(__file__).resolve().parents[2]
MEANTIME = ROOT.parent / "shared" / "eval" / "meantime_en.jsonl"
"""The MEANTIME English corpus; never copied into the project (tests that need it skip when it is absent)."""
GOLD = Path(__file__).resolve().parent / "meantime_quotes.json"
"""Hand-made quote and speaker gold of a few MEANTIME articles (doc ids and statement texts only)."""

NO_SPACE_BEFORE = frozenset([",", ".", ";", ":", "?", "!", ")", "]", "}", "%", "...", "n't"])
NO_SPACE_AFTER = frozenset(["(", "[", "{", "$", "#", "£", "€", "¥"])
CONTRACTIONS = frozenset(["'s", "'re", "'ve", "'ll", "'d", "'m", "’s", "’re", "’ve", "’ll", "’d", "’m"])
"""Pieces the tokeniser split off the word before (``it 's``); ``'11`` (a year) is not one."""
SPLIT_APOSTROPHE = re.compile(r"\b\w+['’]$")
"""The first half of a word the tokeniser split after its apostrophe (the ``I'`` of ``I' m``)."""
AFTER_SPLIT = frozenset(["m", "ll", "d", "re", "ve", "s", "t"])
PARAGRAPH = "\n\n"


def detokenise(text: str) -> str:
    """``text`` with the spaces of tokenisation removed and its quotation marks made typographic; newlines kept."""
    lines = []
    state = _QuoteState()
    for line in text.split("\n"):
        lines.append(_detokenise_line(line.split(), state))
    return "\n".join(lines)


@dataclass(slots=True)
class _QuoteState:
    """Which quotations are open, carried across sentence lines."""

    double: bool = False
    single: bool = False


def _detokenise_line(raw: list[str], state: _QuoteState) -> str:
    out = ""
    glue_next = True  # no space before the first token, nor after an opening mark
    for token in _split_glued_quotes(raw):
        piece, attach, opens = _token(token, state, out)
        if out and not glue_next and not attach:
            out += " "
        out += piece
        glue_next = opens
    return out


def _split_glued_quotes(tokens: Iterable[str]) -> Iterable[str]:
    """``''I'`` (a quotation mark glued to the word it opens) as two tokens."""
    for token in tokens:
        if token.startswith(("``", "''")) and len(token) > 2:
            yield token[:2]
            yield token[2:]
        else:
            yield token


def _token(token: str, state: _QuoteState, before: str) -> tuple[str, bool, bool]:
    """The text of one token, whether it attaches to what precedes it, and whether what follows attaches to it."""
    if token in ("``", "''", '"', "“", "”"):
        opening = token in ("``", "“") or (token in ('"', "''") and not state.double)
        if token == "”":
            opening = False
        state.double = opening
        return ("“", False, True) if opening else ("”", True, False)
    if token in ("`", "‘"):
        state.single = True
        return "‘", False, True
    if token in ("'", "’"):
        if state.single:
            state.single = False
            return "’", True, False
        return token, True, False
    if token in CONTRACTIONS or token == "n't":
        return token, True, False
    if token.lower() in AFTER_SPLIT and SPLIT_APOSTROPHE.search(before):
        return token, True, False
    if token in NO_SPACE_BEFORE:
        return token, True, False
    if token in NO_SPACE_AFTER or token.endswith("$"):
        return token, False, True
    return token, False, False


def page_text(text: str) -> tuple[str, str, Span]:
    """The page of a tokenised MEANTIME text: (page text, headline, span of the body).

    The page is the headline, a blank line, the dateline, a blank line, then the body in paragraphs.
    """
    lines = detokenise(text).split("\n")
    title, dateline, sentences = lines[0], lines[1] if len(lines) > 1 else "", lines[2:]
    paragraphs: list[str] = []
    continues = False
    for sentence in sentences:
        if not sentence.strip():
            continue
        if continues and paragraphs:
            paragraphs[-1] += " " + sentence
        else:
            paragraphs.append(sentence)
        continues = _quote_open(paragraphs[-1])
    head = title + PARAGRAPH + dateline + PARAGRAPH
    body = PARAGRAPH.join(paragraphs)
    return head + body, title, Span(len(head), len(head) + len(body))


def _quote_open(paragraph: str) -> bool:
    """Whether a double quotation opened in ``paragraph`` is still open at its end."""
    return paragraph.rfind("“") > paragraph.rfind("”")


def meantime_article(record: Mapping[str, Any]) -> Article:
    """The :class:`Article` of one MEANTIME record: id ``doc``, published on its ``dct``, headline and dateline out of
    the body."""
    text, title, body = page_text(str(record["text"]))
    return Article(
        id=str(record["doc"]),
        text=text,
        title=title,
        published=creation_date(record.get("dct")),
        url=record.get("url") or None,
        body=body,
    )


def read_records(path: Path, docs: Iterable[str] | None = None) -> dict[str, dict[str, Any]]:
    """The records of a MEANTIME ``.jsonl`` file by ``doc`` id; only those of ``docs`` when given."""
    wanted = None if docs is None else set(docs)
    records: dict[str, dict[str, Any]] = {}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            record = json.loads(line)
            if wanted is None or record["doc"] in wanted:
                records[record["doc"]] = record
    return records


def gold_articles_from(path: Path, docs: Iterable[str]) -> list[Article]:
    """The articles of ``docs`` read from the corpus at ``path``, in the order given; a doc it lacks is an error."""
    docs = list(docs)
    records = read_records(path, docs)
    missing = [doc for doc in docs if doc not in records]
    if missing:
        raise KeyError(f"{path} has no record for {missing}")
    return [meantime_article(records[doc]) for doc in docs]


def build_story(articles: Iterable[Article]) -> Story:
    """Run the real pipeline over ``articles``: the spaCy model and extractors (:func:`graph.build.pipeline.analyse`),
    then the merge, as ``newsgraph build`` does."""
    from graph.build.pipeline import BuildOptions, analyse
    from graph.merge.story import merge

    return merge(list(analyse(list(articles), BuildOptions())))
