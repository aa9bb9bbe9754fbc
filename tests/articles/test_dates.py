"""One parser for a publication date, whether a ``.txt`` header, a JSON record or an HTML page gave it."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from graph.articles import read_jsonl, read_txt
from graph.articles.dates import parse_date
from graph.model import Article, Problem, Severity

SEPT_12 = dt.date(2022, 9, 12)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2022-09-12", SEPT_12),
        ("  2022-09-12\n", SEPT_12),
        ("20220912", SEPT_12),
        ("2022-09-12 08:00", SEPT_12),
        ("2022-09-12T08:30:00Z", SEPT_12),
        ("2022-09-12T23:30:00-05:00", SEPT_12),  # the publisher's day, not the next day in UTC
        ("2022-09-12T00:15:00+09:00", SEPT_12),  # nor the day before
        ("September 12, 2022", SEPT_12),
        ("Sept. 12, 2022", SEPT_12),
        ("Sep 12, 2022", SEPT_12),
        ("12 September 2022", SEPT_12),
        ("September 12, 2022 11:30 PM EST", SEPT_12),
        ("Mon, 12 Sep 2022 23:30:00 -0500", SEPT_12),  # RFC 2822, as in RSS feeds
        ("12 Sep 2022 23:30:00 GMT", SEPT_12),
        ("Tue, 29 Feb 2000 10:00:00 +0000", dt.date(2000, 2, 29)),
    ],
)
def test_spellings_of_one_day(value: str, expected: dt.date) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    "value",
    [
        "",
        "   ",
        "soon",
        "yesterday",  # relative: would make a day up from the day of the build
        "sometime in spring",
        "2022",  # no day
        "September 2022",
        "2022-02-30",  # no such day
        "February 30, 2022",
        "Thu, 31 Jun 2022 10:00:00 GMT",
        "2022-13-45",
        "12/13/14/15",
        "<script>alert(1)</script>",
    ],
)
def test_what_names_no_day_is_none(value: str) -> None:
    assert parse_date(value) is None


def _read(items: list[Article | Problem]) -> tuple[Article, list[Problem]]:
    [article] = [i for i in items if isinstance(i, Article)]
    return article, [i for i in items if isinstance(i, Problem)]


@pytest.mark.parametrize("written", ["September 12, 2022", "12 September 2022", "2022-09-12"])
def test_a_txt_header_and_a_record_read_one_spelling_as_one_day(tmp_path: Path, written: str) -> None:
    (tmp_path / "a.txt").write_text(f"Published: {written}\nA title\n\nThe body.\n", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(json.dumps({"text": "The body.", "published": written}) + "\n")
    from_header, header_problems = _read(list(read_txt(tmp_path / "a.txt")))
    from_record, record_problems = _read(list(read_jsonl(tmp_path / "b.jsonl")))
    assert from_header.published == from_record.published == SEPT_12
    assert header_problems == record_problems == []


@pytest.mark.parametrize("garbage", ["next Tuesday", "2022-02-30", "n/a"])
def test_a_record_date_that_names_no_day_warns_and_builds_undated(tmp_path: Path, garbage: str) -> None:
    (tmp_path / "b.jsonl").write_text(json.dumps({"text": "The body.", "published": garbage}) + "\n")
    article, [problem] = _read(list(read_jsonl(tmp_path / "b.jsonl")))
    assert article.published is None
    assert problem.severity is Severity.WARNING and problem.line == 1
    assert f"'published' {garbage!r} is not a date" in problem.message and "built undated" in problem.message
