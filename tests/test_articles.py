from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from graph.articles import parse_layout, read_txt
from graph.errors import InputError


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


def test_trailing_boilerplate_is_outside_the_body_and_names_the_publisher() -> None:
    text = "Title\n\nBody sentence one.\n\nThis article appeared originally on The Example Post.\n\nRelated Articles\n"
    layout = parse_layout(text)
    assert layout.publisher == "The Example Post"
    assert text[layout.body.start : layout.body.end] == "Body sentence one."


def test_author_bio_gives_author_and_publisher() -> None:
    text = "Title\n\nBody.\n\nAna is a Daily Example Reporter based in Rome. Ana joined Example Media in 2021 from X.\n"
    layout = parse_layout(text)
    assert (layout.author, layout.publisher) == ("Ana", "Example Media")


def test_empty_file_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_text("\n \n", encoding="utf-8")
    with pytest.raises(InputError, match="empty"):
        read_txt(path)


def test_non_utf8_is_an_input_error_naming_the_file(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("Caf\xe9 title\n\nText.".encode("latin-1"))
    with pytest.raises(InputError, match=r"latin\.txt"):
        read_txt(path)
