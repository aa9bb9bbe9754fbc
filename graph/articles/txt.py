"""``.txt`` articles: the first non-empty line is the title, the rest is laid out by :func:`parse_layout`."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from graph.articles.layout import header_date_problem, parse_layout
from graph.articles.source import MAX_ARTICLE_BYTES, article_id, decode, read_limited
from graph.model import Article, Problem, Severity


def read_txt(path: Path, *, max_bytes: int = MAX_ARTICLE_BYTES) -> Iterator[Article | Problem]:
    """The article in ``path``, after any warnings about it; raises :class:`ArticleError` if it cannot be used."""
    text, warning = decode(read_limited(path, max_bytes), path)
    if warning is not None:
        yield warning
    layout = parse_layout(text)
    if bad_date := header_date_problem(layout, path):
        yield bad_date
    if layout.body.start == layout.body.end:
        yield Problem(path, "only a title line, no article text after it", severity=Severity.WARNING)
    yield Article(
        id=article_id(path),
        text=text,
        title=layout.title,
        path=path,
        published=layout.published,
        publisher=layout.publisher,
        author=layout.author,
        body=layout.body,
        excluded=layout.excluded,
    )
