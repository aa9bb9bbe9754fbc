"""Reading hostile bytes: what once raised out of a reader is read (with a warning) or skipped (with the reason).

Covers :mod:`graph.articles.source` (UTF-16 that is not), :mod:`graph.articles.records` (lone surrogates in JSON),
:func:`graph.articles.lang.not_text` and the length limit of :func:`graph.build.pipeline.read_articles`. No model is
needed.
"""

from __future__ import annotations

import codecs
import json
import random
from pathlib import Path

import pytest

from graph.articles.lang import not_text
from graph.articles.records import read_jsonl
from graph.articles.source import decode
from graph.build.pipeline import MAX_ARTICLE_CHARS, read_articles
from graph.model import Article, Problem, Severity
from tests.test_lang import ENGLISH, NOT_ENGLISH

UTF16 = codecs.BOM_UTF16_LE + "Bridge\n\nThe bridge will close.".encode("utf-16-le")


@pytest.mark.parametrize(
    "raw",
    [UTF16 + b"!", UTF16 + b"\x00\xd8" + " More.".encode("utf-16-le"), UTF16 + b"\x00\xdc"],
    ids=["odd-byte-count", "lone-high-surrogate", "lone-low-surrogate"],
)
def test_utf16_that_is_not_is_read_with_a_warning(tmp_path: Path, raw: bytes) -> None:
    text, warning = decode(raw, tmp_path / "a.txt")
    assert text.startswith("Bridge\n\nThe bridge will close.") and text.count("\ufffd") == 1
    assert warning is not None and warning.severity is Severity.WARNING
    assert "1 piece(s) that are not UTF-16" in warning.message
    text.encode("utf-8")  # whole characters only: the rest of the build can write it


def test_lone_surrogate_escapes_in_a_record_are_replaced_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    record = {"id": "a\ud800", "title": "T\udfff", "text": "The mayor \ud83d\ude00 said \ud800 it.", "x": "\ud800"}
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    items = list(read_jsonl(path))
    [warning] = [i for i in items if isinstance(i, Problem)]
    [article] = [i for i in items if isinstance(i, Article)]
    assert warning.line == 1 and warning.message.startswith("'text', 'id', 'title': lone surrogate escape(s)")
    assert (article.id, article.title) == ("a\ufffd", "T\ufffd")
    assert article.text == "The mayor \U0001f600 said \ufffd it."  # a whole pair is one character, kept


def test_random_bytes_are_not_text(tmp_path: Path) -> None:
    rng = random.Random(12)
    kinds = {
        "printable": bytes(rng.randrange(32, 127) for _ in range(4096)),
        "any": bytes(rng.randrange(1, 256) for _ in range(4096)),
        "high": bytes(rng.randrange(128, 256) for _ in range(4096)),
    }
    for name, raw in kinds.items():
        (tmp_path / f"{name}.txt").write_bytes(raw)
    articles, problems = read_articles([tmp_path])
    assert articles == []
    skipped = {p.path.name: p.message for p in problems if p.severity is Severity.ERROR}
    assert set(skipped) == {"printable.txt", "any.txt", "high.txt"}
    assert all(message.startswith("not text: ") for message in skipped.values()), skipped


@pytest.mark.parametrize(
    "text",
    [
        ENGLISH,
        NOT_ENGLISH["German"],
        "Results\n\nArsenal 2 Chelsea 1 (Saka 12', 88'; Palmer 40')\nLiverpool 3 Everton 0\n" * 4,
        "Q3: +5% (y/y)",
        "A title\x0b with a stray control character \x0c or two.",
    ],
    ids=["english", "german", "scores", "short-figures", "stray-controls"],
)
def test_prose_and_tables_of_scores_are_text(text: str) -> None:
    assert not_text(text) is None


def test_digits_and_punctuation_alone_are_not_text() -> None:
    assert not_text("12345 --- 678") == "not text: no words"


def test_an_article_too_long_to_analyse_is_skipped_with_its_length(tmp_path: Path) -> None:
    sentence = "The mayor said the bridge would close next week. "
    (tmp_path / "long.txt").write_text("A title\n\n" + sentence * (MAX_ARTICLE_CHARS // len(sentence) + 1))
    (tmp_path / "short.txt").write_text("A title\n\n" + sentence)
    articles, problems = read_articles([tmp_path])
    assert [a.id for a in articles] == ["short"]
    [problem] = problems
    assert problem.path.name == "long.txt" and "characters, over the 1,000,000 one article may have" in problem.message


def test_a_jsonl_record_whose_reading_raises_skips_its_line_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import dateparser

    parse = dateparser.parse

    def failing(value: str, *args: object, **kwargs: object) -> object:
        if value == "BOOM":
            raise RuntimeError("dateparser failed")
        return parse(value, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(dateparser, "parse", failing)
    lines = [
        {"id": "r1", "text": ENGLISH},
        {"id": "r2", "published": "BOOM", "text": ENGLISH},
        {"id": "r3", "text": ENGLISH},
    ]
    (tmp_path / "a.jsonl").write_text("\n".join(json.dumps(r) for r in lines) + "\n", encoding="utf-8")
    articles, problems = read_articles([tmp_path])
    assert [a.id for a in articles] == ["r1", "r3"]
    assert [str(p) for p in problems] == [
        f"{tmp_path / 'a.jsonl'}:2: cannot be read: RuntimeError: dateparser failed; line skipped"
    ]
