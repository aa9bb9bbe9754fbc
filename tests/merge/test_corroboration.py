"""Outlets and independent sources of a statement, and a long quote that holds several statements: no model needed."""

from __future__ import annotations

from graph.merge.corroboration import independent_sources, outlets
from graph.merge.story import merge
from graph.model import ActorKind, Article, ArticleFacts, Mention, Quote, Span

QUOTE = "Strength is the only source of his legitimacy, and it is gone now"


def report(article_id: str, publisher: str | None, via: str | None, words: str = QUOTE) -> ArticleFacts:
    """An article of ``publisher`` quoting the analyst Ann Vell, through the outlet ``via`` if given."""
    text = "Ann Vell. "
    speaker = Mention(Span(0, 8), "Ann Vell", ActorKind.PERSON)
    mentions = [speaker]
    cited = None
    if via is not None:
        cited = Mention(Span(len(text), len(text) + len(via)), via, ActorKind.OUTLET)
        mentions.append(cited)
        text += via + ". "
    span = Span(len(text), len(text) + len(words))
    text += words
    quote = Quote(span, words, span, speaker, via=cited)
    return ArticleFacts(Article(article_id, text, publisher=publisher), mentions, [quote])


def test_outlets_citing_one_source_count_once() -> None:
    story = merge(
        [
            report("a", "The Western Journal", "The New York Times"),
            report("b", "Interreviewed", "The New York Times"),
            report("c", "The New York Times", None),
            report("d", "Meduza", None),
        ]
    )
    (statement,) = story.statements
    assert len(statement.reports) == 4
    assert len(outlets(story, (r.article_id for r in statement.reports))) == 4
    assert len(independent_sources(story, statement.reports)) == 2, "the Times (cited twice, and first-hand) + Meduza"


def test_articles_without_a_publisher_are_outlets_of_their_own() -> None:
    story = merge([report("a", None, None), report("b", None, None)])
    (statement,) = story.statements
    assert len(outlets(story, (r.article_id for r in statement.reports))) == 2
    assert len(independent_sources(story, statement.reports)) == 2


def test_one_span_over_two_sentences_reports_one_statement() -> None:
    first = "The rhetoric you use has long been riddled with intolerance and aggression."
    second = "Russia is feared and hated again, we threaten the whole world with nuclear weapons,"
    story = merge(
        [
            report("apart", "Outlet A", None, words=first),
            report("apart-2", "Outlet C", None, words=second),
            report("together", "Outlet B", None, words=first + " " + second),
        ]
    )
    joined = sorted(sorted(r.article_id for r in s.reports) for s in story.statements)
    assert joined in ([["apart", "together"], ["apart-2"]], [["apart"], ["apart-2", "together"]]), (
        "the long span joins one of the sentences it holds, and neither chains both nor is counted twice"
    )
