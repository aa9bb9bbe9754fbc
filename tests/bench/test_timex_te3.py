"""The TempEval-3 (TBAQ-cleaned) bench: its fixed split, its reading of the data, and errors listed for tuning only."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from bench.timex_te3 import article_of, held_out, load, main, split


def write_corpus(folder: Path) -> None:
    """Two invented documents, one of each part ("doc1" is tuned on, "doc2" held out), each with a gold date."""
    for name, doc in (("timebank.jsonl", "doc1"), ("aquaint.jsonl", "doc2")):
        text = f"Shares of the company {doc} rose on Tuesday."
        start = text.index("Tuesday")
        timex = {"tid": "t1", "start": start, "end": start + 7, "text": "Tuesday", "type": "DATE", "value": "X"}
        record = {"doc": doc, "dct": "1998-01-08T10:00", "text": text, "timex": [timex]}
        (folder / name).write_text(json.dumps(record) + "\n", encoding="utf-8")


def test_the_split_is_decided_by_the_document_id_alone() -> None:
    ids = [f"APW1998{i:04d}" for i in range(400)]
    held = [i for i in ids if held_out(i)]
    assert held == [i for i in ids if held_out(i)]  # the same ids every time
    assert 0.18 < len(held) / len(ids) < 0.32  # about a quarter
    assert (held_out("doc1"), held_out("doc2")) == (False, True)


def test_load_reads_both_files_and_a_creation_time_with_a_clock(tmp_path: Path) -> None:
    write_corpus(tmp_path)
    docs = load(tmp_path)
    assert [d.id for d in docs] == ["doc1", "doc2"]
    assert docs[0].dct == dt.date(1998, 1, 8)
    parts = split(docs)
    assert ([d.id for d in parts.tune], [d.id for d in parts.held_out]) == (["doc1"], ["doc2"])
    article = article_of(docs[0])
    assert article.published == dt.date(1998, 1, 8) and article.text == docs[0].text


@pytest.mark.model
def test_errors_are_listed_for_the_tuning_part_only(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_corpus(tmp_path)
    main(["--data", str(tmp_path), "--errors"])
    out = capsys.readouterr().out
    assert "held-out (1 docs)" in out and "tune (1 docs)" in out
    errors = [line for line in out.splitlines() if line.startswith(("DIFF", "MISS", "FALSE"))]
    assert len(errors) == 1  # the tuning document's wrong value; the held-out one's is never printed
