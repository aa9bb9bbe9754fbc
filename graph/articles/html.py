"""``.html`` / ``.htm`` pages saved from a browser: main text and metadata through trafilatura.

``Article.text`` is the main text trafilatura extracts (offsets point into it, not into the markup). The page's own
metadata (title, date, site name, author, canonical URL) wins over what :func:`parse_layout` guesses from the text;
the layout analysis still marks photo credits and trailing boilerplate out of the body.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from graph.articles.dates import parse_date
from graph.articles.layout import parse_layout
from graph.articles.source import MAX_ARTICLE_BYTES, article_id, check_bytes, read_limited, repair_text
from graph.errors import ArticleError
from graph.model import Article, Problem

MARKUP_FACTOR = 4
"""A page may be this many times the article size limit: markup, inline scripts and styles outweigh the text."""
MIN_WORDS = 20
"""A page whose main text has fewer words has no article body (a cookie wall, an index page, a bare menu)."""


def read_html(path: Path, *, max_bytes: int = MAX_ARTICLE_BYTES) -> Iterator[Article | Problem]:
    """The article of the page in ``path``; raises :class:`ArticleError` when the page has no article body."""
    from trafilatura import bare_extraction
    from trafilatura.settings import Document

    raw = read_limited(path, max_bytes * MARKUP_FACTOR)
    check_bytes(raw, path)
    # Bytes, not text: trafilatura honours the page's declared charset. Readers' comments are not the article.
    page = bare_extraction(raw, with_metadata=True, include_comments=False)
    if not isinstance(page, Document):
        page = Document()
    text = repair_text(page.text or "")
    words = len(text.split())
    if words < MIN_WORDS:
        raise ArticleError(path, f"no article body found in the page ({words} words of main text, {MIN_WORDS} needed)")
    title = repair_text(page.title or "").strip()
    first_line = text.strip().split("\n", 1)[0].strip()
    layout = parse_layout(text, titled=bool(title) and first_line == title)  # the headline again at the top
    yield Article(
        id=article_id(path),
        text=text,
        title=title or layout.title,
        path=path,
        published=parse_date(page.date or "") or layout.published,
        publisher=page.sitename or layout.publisher,
        author=page.author or layout.author,
        url=page.url,
        body=layout.body,
        excluded=layout.excluded,
    )
