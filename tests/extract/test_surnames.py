"""Surnames the entity recogniser missed become person mentions, on invented news sentences."""

from __future__ import annotations

import pytest

from graph.articles import parse_layout
from graph.extract import extract
from graph.model import ActorKind, Article, Mention


def _mentions(body: str) -> list[Mention]:
    from graph.nlp.loader import load_pipeline

    text = f"Title\n\n{body}\n"
    layout = parse_layout(text)
    article = Article("a", text, title=layout.title, published=layout.published, body=layout.body)
    return extract(load_pipeline()(article.analysable_text()), article).mentions


@pytest.mark.model
def test_a_surname_after_the_full_name_is_a_mention_of_a_person() -> None:
    found = _mentions("Police charged Andrew Lopez on Monday. Lopez, who was 18 at the time, confessed.")
    assert [m.text for m in found if m.kind is ActorKind.PERSON] == ["Andrew Lopez", "Lopez"]


@pytest.mark.model
def test_a_surname_before_any_full_name_or_inside_a_longer_name_is_left_alone() -> None:
    found = _mentions("Lopez Holdings sold its stake on Monday to Andrew Lopez, a banker.")
    assert not any(m.text == "Lopez" for m in found)
