"""Who wrote an article: the writers and agencies a byline names, and the desks it names that are no one."""

from __future__ import annotations

import pytest

from graph.extract.bylines import byline_authors
from graph.model import ActorKind, Article, Span, author_span


def authors(byline: str) -> list[tuple[str, ActorKind]]:
    return [(m.text, m.kind) for m in byline_authors(Article("a", "Text.", author=byline))]


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("Ann Lee", ["Ann Lee"]),
        ("Tom Hill and Ann Lee", ["Tom Hill", "Ann Lee"]),
        ("Tom Hill, Ann Lee and Raj Patel", ["Tom Hill", "Ann Lee", "Raj Patel"]),
        ("Ann Lee; Tom Hill", ["Ann Lee", "Tom Hill"]),  # as page metadata joins several
        ("Tom Hill & Ann Lee", ["Tom Hill", "Ann Lee"]),
        ("ANN LEE", ["Ann Lee"]),
        ("Maria de la Cruz", ["Maria de la Cruz"]),
        ("By Ann Lee", ["Ann Lee"]),
        ("Ann Lee and Ann Lee", ["Ann Lee"]),
    ],
)
def test_each_writer_a_byline_names_is_a_person(byline: str, expected: list[str]) -> None:
    assert authors(byline) == [(name, ActorKind.PERSON) for name in expected]


@pytest.mark.parametrize(
    "byline", ["Staff Reporter", "Our Foreign Staff", "Editorial Board", "Web Desk", "news@example.org", "admin", ""]
)
def test_a_desk_a_post_or_no_name_is_no_author(byline: str) -> None:
    assert authors(byline) == []


def test_a_news_agency_is_the_outlet_and_a_desk_beside_a_writer_is_dropped() -> None:
    assert authors("Reuters") == [("Reuters", ActorKind.OUTLET)]
    assert authors("Ann Lee, Staff Writer") == [("Ann Lee", ActorKind.PERSON)]


def test_each_author_is_keyed_by_an_empty_span_of_its_own() -> None:
    mentions = byline_authors(Article("a", "Text.", author="Tom Hill and Ann Lee"))
    assert [m.span for m in mentions] == [author_span(0), author_span(1)] == [Span(1, 1), Span(2, 2)]
