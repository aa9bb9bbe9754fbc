"""Who said it: the speaker the extractor gives each quote and each reported statement, on invented news sentences."""

from __future__ import annotations

import pytest

from graph.articles import parse_layout
from graph.extract import extract
from graph.model import Article, ArticleFacts

pytestmark = pytest.mark.model


def _extract(body: str) -> ArticleFacts:
    from graph.nlp import load_pipeline

    text = f"Title\n\n{body}\n"
    layout = parse_layout(text)
    article = Article("a", text, title=layout.title, published=layout.published, body=layout.body)
    return extract(load_pipeline()(article.analysable_text()), article)


def _speakers(body: str, direct: bool | None = None) -> dict[str, str | None]:
    """Each statement's text and its speaker's text."""
    quotes = [q for q in _extract(body).quotes if direct is None or q.direct is direct]
    return {q.text: q.speaker.text if q.speaker else None for q in quotes}


@pytest.mark.parametrize(
    ("body", "quote", "speaker"),
    [
        # A name inside someone's quoted words is not who the narration's "she" stands for.
        (
            "Senator Jane Roe criticised the plan.\n\n“We will not let Bob Smith decide this,” she said.",
            "We will not let Bob Smith decide this",
            "Jane Roe",
        ),
        # "he" stands for the subject of the narration, not for the last name mentioned in it.
        (
            "Tom Hill, the mayor, criticised Governor Ann Lee for the delay on Monday.\n\n“We cannot wait,” he said.",
            "We cannot wait",
            "Tom Hill",
        ),
        # Doubled apostrophes are quotation marks (the typewriter style some newspapers file in).
        ("''We cannot wait any longer,'' Mr. Hill said on Monday.", "We cannot wait any longer", "Hill"),
    ],
)
def test_quote_speaker(body: str, quote: str, speaker: str) -> None:
    found = _speakers(body, direct=True)
    assert quote in found, found
    assert speaker in (found[quote] or ""), found
