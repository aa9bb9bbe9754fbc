"""The ``.txt`` reader and the plain-text layout analysis shared by every reader."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from graph.articles import parse_layout, read_txt
from graph.errors import ArticleError
from graph.model import Article, Problem, Severity


def read(path: Path) -> tuple[list[Article], list[Problem]]:
    items = list(read_txt(path))
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, Problem)]


def test_header_date_line_and_title_on_one_line() -> None:
    layout = parse_layout(" date 2022-09-12 'Quoted headline': officials ask\nPhoto via Someone for AFP\n\nBody text.")
    assert layout.published == dt.date(2022, 9, 12)
    assert layout.title == "'Quoted headline': officials ask"
    assert len(layout.excluded) == 1


@pytest.mark.parametrize(
    ("header", "date"),
    [("Published: 12 September 2022", dt.date(2022, 9, 12)), ("Posted on September 3, 2021", dt.date(2021, 9, 3))],
)
def test_header_date_forms(header: str, date: dt.date) -> None:
    assert parse_layout(f"{header}\nTitle here\n\nBody.").published == date


@pytest.mark.parametrize(
    "line",
    [
        "Published: 10 March 2005",
        "Thursday, 10 March 2005, 14:32 GMT",
        "10 March 2005",
        "Last updated: March 10, 2005 at 2:32 p.m. EST",
        "Page last updated at 14:32 GMT, Thursday, 10 March 2005",
        "Last Updated: Thursday, 10 March 2005, 14:32 GMT 15:32 UK",
        "Published: 2005/03/10 14:32:08 GMT",
    ],
)
def test_a_date_line_under_the_title_is_the_header_date_and_no_body(line: str) -> None:
    text = f"Library closures spark protest\n{line}\n\nCampaigners will march on Saturday."
    layout = parse_layout(text)
    assert (layout.title, layout.published) == ("Library closures spark protest", dt.date(2005, 3, 10))
    assert layout.body.slice(text) == "Campaigners will march on Saturday."


@pytest.mark.parametrize(
    ("head", "author"),
    [
        ("By Staff Reporter\n10 March 2005", "Staff Reporter"),
        ("10 March 2005\nBy Ann Lee and Tom Hill", "Ann Lee and Tom Hill"),
        ("By Ann Lee, BBC News\n10 March 2005", "Ann Lee"),
    ],
)
def test_a_byline_under_the_title_is_the_author_and_no_body(head: str, author: str) -> None:
    text = f"Library closures spark protest\n{head}\n\nCampaigners will march on Saturday."
    layout = parse_layout(text)
    assert (layout.published, layout.author) == (dt.date(2005, 3, 10), author)
    assert layout.body.slice(text) == "Campaigners will march on Saturday."


def test_a_body_line_that_opens_with_by_is_body() -> None:
    text = "Title\nBy Monday, the fire was out.\nBody."
    assert parse_layout(text).body.slice(text) == "By Monday, the fire was out.\nBody."


@pytest.mark.parametrize("line", ["On 10 March 2005 the council met.", "7 July 2005."])
def test_a_body_line_that_opens_with_a_date_or_is_a_date_sentence_is_body(line: str) -> None:
    text = f"Title\n{line}\nBody."
    layout = parse_layout(text)
    assert layout.published is None
    assert layout.body.slice(text) == f"{line}\nBody."


def test_trailing_boilerplate_is_outside_the_body_and_names_the_publisher() -> None:
    text = "Title\n\nBody sentence one.\n\nThis article appeared originally on The Example Post.\n\nRelated Articles\n"
    layout = parse_layout(text)
    assert layout.publisher == "The Example Post"
    assert text[layout.body.start : layout.body.end] == "Body sentence one."


def test_author_bio_gives_author_and_publisher() -> None:
    text = "Title\n\nBody.\n\nAna is a Daily Example Reporter based in Rome. Ana joined Example Media in 2021 from X.\n"
    layout = parse_layout(text)
    assert (layout.author, layout.publisher) == ("Ana", "Example Media")


@pytest.mark.parametrize(
    ("sign_off", "author"),
    [
        ("Follow Dana Kort on Twitter @dkort", "Dana Kort"),
        ("You can follow Ivo Mell on X at @ivomell.", "Ivo Mell"),
        ('"Follow Dana Kort on Twitter @dkort."', "Dana Kort"),  # set in a transcript's paragraph marks
    ],
)
def test_a_writer_s_closing_sign_off_is_outside_the_body_and_names_the_author(sign_off: str, author: str) -> None:
    text = f"Title\n\nLEE: We will carry this state in November.\n\n{sign_off}\n"
    layout = parse_layout(text)
    assert layout.body.slice(text) == "LEE: We will carry this state in November."
    assert layout.author == author


@pytest.mark.parametrize(
    "line", ["Follow The Daily Example on Facebook.", "Follow Ann Lee on Twitter, the mayor told the crowd, and vote."]
)
def test_a_line_naming_no_writer_to_follow_stays_in_the_body(line: str) -> None:
    text = f"Title\n\nThe mayor spoke.\n\n{line}\n"
    assert parse_layout(text).body.slice(text).endswith(line)


def test_untitled_layout_keeps_the_first_line_in_the_body_and_drops_a_header_date_line() -> None:
    text = "Published: 12 September 2022\nFirst body line.\n\nThis article appeared originally on The Example Post."
    layout = parse_layout(text, titled=False)
    assert (layout.title, layout.published, layout.publisher) == ("", dt.date(2022, 9, 12), "The Example Post")
    assert layout.body.slice(text) == "First body line."
    assert parse_layout("No header here.\nSecond line.", titled=False).body.slice("No header here.\nSecond line.") == (
        "No header here.\nSecond line."
    )


def test_txt_article_keeps_the_file_text_and_its_layout(tmp_path: Path) -> None:
    path = tmp_path / "one story.txt"
    path.write_text("date 2022-09-12\nA title\n\nBody text here.\n", encoding="utf-8")
    [article], problems = read(path)
    assert problems == []
    assert (article.id, article.title, article.published) == ("one-story", "A title", dt.date(2022, 9, 12))
    assert article.body is not None and article.body.slice(article.text) == "Body text here."


@pytest.mark.parametrize("header", ["Published: February 30, 2022", "date 2022-13-45", "Posted on 31 June 2021"])
def test_a_date_that_does_not_exist_warns_and_builds_undated(tmp_path: Path, header: str) -> None:
    path = tmp_path / "bad-date.txt"
    path.write_text(f"{header}\nA title\n\nThe body is kept.\n", encoding="utf-8")
    [article], [problem] = read(path)
    assert article.published is None and article.title == "A title" and "The body is kept." in article.text
    assert problem.severity is Severity.WARNING and "not a valid date" in problem.message
    assert header.split(maxsplit=1)[1].removeprefix("on ") in problem.message


def test_title_only_file_warns(tmp_path: Path) -> None:
    path = tmp_path / "title.txt"
    path.write_text("Just a headline\n", encoding="utf-8")
    [article], [problem] = read(path)
    assert article.title == "Just a headline" and "no article text" in problem.message


def test_empty_file_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_text("\n \n", encoding="utf-8")
    with pytest.raises(ArticleError, match="empty"):
        list(read_txt(path))


def test_non_utf8_is_read_as_windows_1252_with_a_warning_naming_the_file(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("Café title\n\nThe café owner said it was “fine”.".encode("cp1252"))
    [article], [problem] = read(path)
    assert article.title == "Café title" and "“fine”" in article.text
    assert problem.severity is Severity.WARNING and problem.path == path
    assert "not UTF-8" in problem.message and str(path) in str(problem)
