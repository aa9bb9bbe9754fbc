"""One text given twice, and near copies of one wire story, on invented articles: no model needed."""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path

from graph.articles import read_jsonl, read_txt
from graph.merge.copies import jaccard, near_copies, shingles, text_digest
from graph.model import ActorKind, Article, ArticleFacts, Mention, Quote, Span

BODY = (
    "The council voted on Monday to close the old river bridge for three months.\n"
    "Engineers found cracks in two of its piers during an inspection last autumn, and the work will cost "
    "four million dollars.\n"
    "Drivers will be sent along the northern ring road; shops near the bridge fear losing customers.\n"
)
QUOTE = "“We cannot take any risk with the safety of the people who cross it every day,” the mayor said."


def only_article(items: list[Article | object]) -> Article:
    (article,) = [item for item in items if isinstance(item, Article)]
    return article


def test_one_text_as_a_file_and_as_a_record_has_one_digest(tmp_path: Path) -> None:
    txt = tmp_path / "bridge.txt"
    txt.write_text("Bridge to close\n\n" + BODY.replace("\n", "\n\n"), encoding="utf-8")
    jsonl = tmp_path / "news.jsonl"
    record = {"id": "r1", "title": "Bridge to close", "text": " ".join(BODY.split()).replace("; ", " ; ")}
    jsonl.write_text(json.dumps(record) + "\n", encoding="utf-8")
    from_file, from_record = only_article(list(read_txt(txt))), only_article(list(read_jsonl(jsonl)))
    assert text_digest(from_file) == text_digest(from_record) is not None
    edited = Article("r2", BODY.replace("three months", "four months"))
    assert text_digest(edited) != text_digest(from_record)


def facts(article_id: str, lead: str, quoted: bool = True, published: str | None = None) -> ArticleFacts:
    """An article: ``lead``, the story's body, and the mayor's quote."""
    text = f"{lead} {BODY}{QUOTE}"
    start = text.index("“") + 1
    span = Span(start, text.index("”"))
    mayor = Mention(Span(len(text) - len("the mayor said."), len(text) - len(" said.")), "the mayor", ActorKind.PERSON)
    quotes = [Quote(span, span.slice(text), span, mayor)] if quoted else []
    date = dt.date.fromisoformat(published) if published else None
    return ArticleFacts(Article(article_id, text, published=date), [mayor], quotes)


def test_lightly_edited_copies_are_found_in_any_order() -> None:
    found = [
        facts("site-a", "By our city desk.", published="2024-03-02"),
        facts("site-b", "From wire reports.", published="2024-03-01"),
        facts("site-c", "From wire reports, with a changed ending.", published="2024-03-03"),
        ArticleFacts(
            Article("other", "Farmers in the valley said the late frost had damaged most of the harvest. " * 3)
        ),
    ]
    expected = {"site-a": "site-b", "site-c": "site-b"}, "the earliest published copy stands for the others"
    for seed in range(3):
        random.Random(seed).shuffle(found)
        assert near_copies(found) == expected[0], expected[1]


def test_independent_reports_of_one_long_quote_are_not_copies() -> None:
    long_quote = " ".join(["We cannot take any risk with the safety of the people who cross it every day"] * 3)
    first = "Reporters asked the mayor about the bridge at a news conference at city hall on Monday morning. "
    second = "In an interview with the local radio station, the mayor spoke about the budget and the old bridge. "
    articles = []
    for article_id, own in (("paper", first), ("radio", second)):
        text = f"{own}“{long_quote}”, the mayor said. She did not say when the work would begin or end."
        span = Span(text.index("“") + 1, text.index("”"))
        speaker = Mention(Span(0, 1), "the mayor", ActorKind.PERSON)
        articles.append(
            ArticleFacts(Article(article_id, text), [speaker], [Quote(span, span.slice(text), span, speaker)])
        )
    whole = [shingles(a.article) for a in articles]
    assert jaccard(*whole) >= 0.3, "with their quote, the two would pass for copies"
    assert near_copies(articles) == {}
