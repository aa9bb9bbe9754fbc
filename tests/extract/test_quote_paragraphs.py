"""Who goes on speaking in a paragraph, on invented news copy: a quote that resumes after a sentence of narration
about its speaker, and quotes set in doubled apostrophes, read by the parser as quotes in curly marks."""

from __future__ import annotations

import pytest

from graph.articles import parse_layout
from graph.extract import extract
from graph.model import Article


def _speakers(body: str) -> dict[str, str | None]:
    from graph.nlp.loader import load_pipeline

    text = f"Title\n\n{body}\n"
    layout = parse_layout(text)
    article = Article("a", text, title=layout.title, published=layout.published, body=layout.body)
    quotes = [q for q in extract(load_pipeline()(article.analysable_text()), article).quotes if q.direct]
    return {q.text: q.speaker.text if q.speaker else None for q in quotes}


@pytest.mark.model
@pytest.mark.parametrize("mark", ["''", "“"])
def test_a_quote_resumes_after_narration_about_its_speaker(mark: str) -> None:
    closing = "''" if mark == "''" else "”"
    body = (
        f"The plant employs 300 people.\n\n{mark}I'm better with my hands than with my head,{closing} said Tom Hill, "
        f"half joking. He has worked there for 20 years. {mark}But I like the work.{closing}"
    )
    found = _speakers(body)
    assert "Tom Hill" in (found.get("I'm better with my hands than with my head") or ""), found
    assert "Tom Hill" in (found.get("But I like the work.") or ""), found


@pytest.mark.model
def test_narration_about_someone_else_ends_the_speakers_turn() -> None:
    body = "“We will fight this plan in court,” said Tom Hill. Ann Lee, the mayor, disagreed. “It is a good plan.”"
    assert "Tom Hill" not in (_speakers(body).get("It is a good plan.") or "")


def test_doubled_marks_are_read_as_curly_marks_at_the_same_offsets() -> None:
    text = "He said, ''We won,'' and left. Don''t."
    analysed = Article("a", text).analysable_text()
    assert len(analysed) == len(text)
    assert analysed == "He said, “ We won, ” and left. Don''t."
