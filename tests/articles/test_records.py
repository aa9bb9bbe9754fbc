"""``.json`` and ``.jsonl`` records: fields, precedence of given metadata, bad lines reported with their number."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from graph.articles import read_article_file, read_json, read_jsonl
from graph.errors import ArticleError
from graph.model import Article, Problem, Severity

TEXT = (
    "Published: 1 March 2021\n"
    "The council voted on Monday to close the old bridge.\n\n"
    "Photo via Jane Doe for AFP\n\n"
    "“It is not safe,” the mayor said.\n\n"
    "Ana Diaz is a Daily Example Reporter based in Rome. Ana joined Example Media in 2021 from X.\n"
)


def split(items: list[Article | Problem]) -> tuple[list[Article], list[Problem]]:
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, Problem)]


def write_jsonl(path: Path, *lines: str) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_record_with_every_field(tmp_path: Path) -> None:
    record = {"id": "r1", "title": "Bridge closed", "text": "Body.", "published": "2022-09-12T08:30:00Z",
              "publisher": "The Example Post", "author": "Jo Roe", "url": "https://example.org/r1",
              "extra": [1]}  # fmt: skip
    (tmp_path / "one.json").write_text(json.dumps(record), encoding="utf-8")
    [article], problems = split(list(read_json(tmp_path / "one.json")))
    assert problems == []
    assert (article.id, article.title, article.text, article.published) == ("r1", "Bridge closed", "Body.",
                                                                            dt.date(2022, 9, 12))  # fmt: skip
    assert (article.publisher, article.author, article.url) == ("The Example Post", "Jo Roe", "https://example.org/r1")
    assert article.path == tmp_path / "one.json"


def test_only_text_is_required_and_the_text_layout_is_analysed(tmp_path: Path) -> None:
    (tmp_path / "bare.json").write_text(json.dumps({"text": TEXT}), encoding="utf-8")
    [article], problems = split(list(read_json(tmp_path / "bare.json")))
    assert problems == []
    assert (article.id, article.title, article.published) == ("bare", "", dt.date(2021, 3, 1))
    assert (article.author, article.publisher) == ("Ana Diaz", "Example Media")
    assert article.body is not None and article.body.slice(article.text).startswith("The council voted")
    assert article.body.slice(article.text).endswith("the mayor said."), "the bio is boilerplate, not body"
    credit = article.text.index("Photo via")
    assert credit in {x.start for x in article.excluded}


def test_given_metadata_wins_over_what_the_text_suggests_but_boilerplate_stays_out(tmp_path: Path) -> None:
    record = {"text": TEXT, "published": "12 September 2022", "publisher": "Given Outlet", "author": "Given Author"}
    (tmp_path / "given.json").write_text(json.dumps(record), encoding="utf-8")
    [article], _ = split(list(read_json(tmp_path / "given.json")))
    assert (article.published, article.publisher, article.author) == (dt.date(2022, 9, 12), "Given Outlet",
                                                                      "Given Author")  # fmt: skip
    assert article.body is not None and "Reporter" not in article.body.slice(article.text)


def test_a_list_of_records_gets_positional_ids_and_problems_name_the_record(tmp_path: Path) -> None:
    records = [{"text": "First."}, {"title": "no text"}, "not an object", {"text": "Fourth.", "title": ["x"]}]
    (tmp_path / "many.json").write_text(json.dumps(records), encoding="utf-8")
    articles, problems = split(list(read_json(tmp_path / "many.json")))
    assert [a.id for a in articles] == ["many-1", "many-4"]
    assert [(p.severity, p.message.split(":")[0]) for p in problems] == [
        (Severity.ERROR, "record 2"), (Severity.ERROR, "record 3"), (Severity.WARNING, "record 4"),
    ]  # fmt: skip
    assert "no 'text' field" in problems[0].message and "'title' should be a string" in problems[2].message


def test_malformed_jsonl_lines_are_reported_with_their_number_and_the_rest_builds(tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "feed.jsonl",
        '{"id": "a", "text": "Line one."}',
        '{"id": "b", "text": "unterminated',
        "",
        '{"id": "c", "text": ""}',
        '{"id": "d", "text": "Line five.", "published": "February 30, 2022"}',
        "[1, 2]",
        '{"text": "Line seven."}',
    )
    articles, problems = split(list(read_jsonl(path)))
    assert [(a.id, a.text) for a in articles] == [("a", "Line one."), ("d", "Line five."), ("feed-7", "Line seven.")]
    assert articles[1].published is None, "a malformed date leaves the article undated"
    assert [(p.line, p.severity) for p in problems] == [
        (2, Severity.ERROR), (4, Severity.ERROR), (5, Severity.WARNING), (6, Severity.ERROR),
    ]  # fmt: skip
    assert str(problems[0]).startswith(f"{path}:2: not valid JSON")
    assert "'published' 'February 30, 2022' is not a date" in problems[2].message


def test_a_malformed_published_falls_back_to_the_text_header_date(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "f.jsonl", json.dumps({"text": TEXT, "published": "sometime in spring"}))
    [article], [problem] = split(list(read_jsonl(path)))
    assert article.published == dt.date(2021, 3, 1)
    assert problem.line == 1 and "using the text's header date 2021-03-01" in problem.message


def test_non_utf8_and_oversized_lines(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(
        '{"text": "Caf\u00e9 one."}\n'.encode("cp1252") + b'{"text": "' + b"x" * 500 + b'"}\n{"text": "Three."}\n'
    )
    articles, problems = split(list(read_jsonl(path, max_bytes=100)))
    assert [a.text for a in articles] == ["Café one.", "Three."]
    assert [(p.line, p.severity) for p in problems] == [(1, Severity.WARNING), (2, Severity.ERROR)]
    assert "over the 100 bytes limit" in problems[1].message


def test_a_json_syntax_error_names_its_line(tmp_path: Path) -> None:
    (tmp_path / "broken.json").write_text('[\n  {"text": "a"},\n  {"text": }\n]', encoding="utf-8")
    with pytest.raises(ArticleError) as caught:
        list(read_json(tmp_path / "broken.json"))
    assert caught.value.line == 3 and "not valid JSON" in caught.value.reason
    (tmp_path / "scalar.json").write_text("42", encoding="utf-8")
    with pytest.raises(ArticleError, match="expected a JSON object or a list of objects, found a number"):
        list(read_json(tmp_path / "scalar.json"))


def test_mojibake_is_mended_and_accents_are_composed_while_typography_stays(tmp_path: Path) -> None:
    # "Zoë Ruiz" stored decomposed (e + combining diaeresis); "Bogotá" decoded twice (UTF-8 read as Windows-1252)
    text = "Zoe\u0308 Ruiz flew to Bogot\u00c3\u00a1 on Monday.\n\n\u201cIt\u2019s fine,\u201d she said \u2014 twice."
    path = write_jsonl(tmp_path / "a.jsonl", json.dumps({"id": "m1", "text": text}))
    [article], _ = split(list(read_jsonl(path)))
    mended = "Zo\u00eb Ruiz flew to Bogot\u00e1 on Monday.\n\n\u201cIt\u2019s fine,\u201d she said \u2014 twice."
    assert article.text == mended


def test_a_plain_text_file_is_mended_too(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Zoe\u0308 Ruiz met the mayor of Bogot\u00c3\u00a1.\n", encoding="utf-8")
    [article] = [a for a in read_article_file(path) if isinstance(a, Article)]
    assert "Zo\u00eb Ruiz met the mayor of Bogot\u00e1." in article.text
