"""``.html`` pages through trafilatura: main text, title, date, site name, author, URL."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from graph.articles import read_html
from graph.errors import ArticleError
from graph.model import Article, Span

PARAGRAPHS = (
    "<p>More than thirty municipal deputies signed a petition on Monday, the council said in a statement.</p>"
    "<p>“We believe the actions of the president harm the future of our country,” the petition reads.</p>"
    "<p>The government did not respond to a request for comment on Tuesday, officials said.</p>"
    "<p>Photo via Jane Doe for AFP</p>"
)
PAGE = f"""<!DOCTYPE html><html lang="en"><head><meta charset="{{charset}}">
<title>Deputies ask the president to resign | Example Post</title>
<meta property="og:site_name" content="Example Post"><meta name="author" content="Jane Roe">
<meta property="article:published_time" content="2022-09-12T10:00:00Z">
<link rel="canonical" href="https://example.org/news/deputies">
</head><body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article><h1>Deputies ask the president to resign</h1>{PARAGRAPHS}</article>
<footer>Copyright 2022 Example Post. All rights reserved.</footer></body></html>"""


def only_article(path: Path) -> Article:
    [article] = list(read_html(path))
    assert isinstance(article, Article)
    return article


def test_main_text_and_page_metadata(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE.format(charset="utf-8"), encoding="utf-8")
    article = only_article(path)
    assert article.title == "Deputies ask the president to resign"
    assert article.published == dt.date(2022, 9, 12)
    assert (article.publisher, article.author, article.url) == (
        "Example Post",
        "Jane Roe",
        "https://example.org/news/deputies",
    )
    assert "Home" not in article.text and "Copyright" not in article.text
    assert "“We believe the actions of the president" in article.text
    body = article.body.slice(article.text) if article.body else ""
    assert body.startswith("More than thirty") and "resign" not in body.split("\n")[0], "the headline is not body"
    credit = article.text.index("Photo via")
    assert not article.in_body(Span(credit, credit + 5)), "photo credits are not article text"


def test_the_declared_charset_is_honoured(tmp_path: Path) -> None:
    path = tmp_path / "legacy.htm"
    path.write_bytes(PAGE.format(charset="windows-1252").replace("thirty", "thirty café").encode("cp1252"))
    article = only_article(path)
    assert "thirty café" in article.text and "“We believe" in article.text


@pytest.mark.parametrize(
    "html",
    [
        "<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav></body></html>",
        "<html><head><title>Index</title></head><body><p>Accept cookies to continue.</p></body></html>",
        "<html></html>",
    ],
)
def test_a_page_with_no_article_body_is_an_error(tmp_path: Path, html: str) -> None:
    path = tmp_path / "empty-page.html"
    path.write_text(html, encoding="utf-8")
    with pytest.raises(ArticleError, match="no article body"):
        list(read_html(path))


def test_binary_saved_as_html_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "image.html"
    path.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00")
    with pytest.raises(ArticleError, match="binary"):
        list(read_html(path))
