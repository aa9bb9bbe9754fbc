"""Bytes to text: the checks every article file passes before a reader sees it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from graph.articles.source import decode, read_limited
from graph.errors import ArticleError
from graph.model import Severity


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"", "empty file"),
        (b" \n\t\r\n ", "only whitespace"),
        ("\u00a0\u2003\n".encode(), "only whitespace"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary data, not text (NUL byte at offset 8)"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\x00", "NUL byte"),
    ],
)
def test_unusable_bytes_are_refused_with_the_reason(tmp_path: Path, raw: bytes, message: str) -> None:
    with pytest.raises(ArticleError, match=re.escape(message)) as caught:
        decode(raw, tmp_path / "x.txt")
    assert caught.value.path == tmp_path / "x.txt" and str(tmp_path / "x.txt") in str(caught.value)


def test_utf8_with_and_without_bom_decodes_silently(tmp_path: Path) -> None:
    for raw in ("“Yes,” she said.\r\n".encode(), b"\xef\xbb\xbf" + "“Yes,” she said.".encode()):
        text, warning = decode(raw, tmp_path / "x.txt")
        assert warning is None and text.startswith("“Yes,”") and "\r" not in text


def test_utf16_with_bom_is_text_not_binary(tmp_path: Path) -> None:
    text, warning = decode("A title\n\nBody.".encode("utf-16"), tmp_path / "x.txt")
    assert text == "A title\n\nBody."
    assert warning is not None and warning.severity is Severity.WARNING and "UTF-16" in warning.message


def test_mixed_utf8_and_cp1252_decodes_each_part(tmp_path: Path) -> None:
    raw = "“Curly” in UTF-8, ".encode() + "“curly” and café in Windows-1252".encode("cp1252")
    text, warning = decode(raw, tmp_path / "x.txt", line=7)
    assert text == "“Curly” in UTF-8, “curly” and café in Windows-1252"
    assert warning is not None and warning.line == 7
    assert "3 byte(s)" in warning.message and "0x93 at offset" in warning.message


def test_bytes_undefined_in_cp1252_fall_back_to_latin1(tmp_path: Path) -> None:
    text, _ = decode(b"abc \x81\x8d def", tmp_path / "x.txt")
    assert text == "abc \x81\x8d def"


def test_a_file_over_the_limit_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "dump.txt"
    path.write_bytes(b"word " * 2_000)
    assert len(read_limited(path, 10_000)) == 10_000
    with pytest.raises(ArticleError, match=r"10,000 bytes, over the 9,999 bytes limit") as caught:
        read_limited(path, 9_999)
    assert "max_article_bytes" in str(caught.value)


def test_unreadable_path_names_the_reason(tmp_path: Path) -> None:
    with pytest.raises(ArticleError, match="cannot read"):
        read_limited(tmp_path / "missing.txt", 100)
