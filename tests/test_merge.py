"""Merging on hand-built facts: no model needed."""

from __future__ import annotations

from graph.merge import merge
from graph.model import ActorKind, Article, ArticleFacts, Mention, Quote, Span


def facts(article_id: str, *items: tuple[str, ActorKind], quotes: tuple[tuple[str, int], ...] = ()) -> ArticleFacts:
    """An article whose text is the names and quotes joined; quotes are (text, index of speaker item)."""
    text, mentions = "", []
    for name, kind in items:
        mentions.append(Mention(Span(len(text), len(text) + len(name)), name, kind))
        text += name + ". "
    made = []
    for words, speaker in quotes:
        span = Span(len(text), len(text) + len(words))
        made.append(Quote(span, words, span, mentions[speaker]))
        text += words + " "
    return ArticleFacts(Article(article_id, text), mentions, made)


P, ORG = ActorKind.PERSON, ActorKind.ORGANIZATION


def labels(story_facts: list[ArticleFacts]) -> list[tuple[str, set[str]]]:
    story = merge(story_facts)
    return sorted((a.label, a.aliases) for a in story.actors.values())


def test_titles_and_surnames_join_one_person() -> None:
    found = labels([facts("a", ("Russian President Vladimir Putin", P), ("Putin", P)), facts("b", ("Putin", P))])
    assert found == [("Vladimir Putin", {"Russian President Vladimir Putin", "Putin"})]


def test_spelling_variants_join() -> None:
    assert len(labels([facts("a", ("Volodymyr Zelenskyy", P)), facts("b", ("Zelensky", P))])) == 1


def test_people_sharing_a_first_name_stay_apart() -> None:
    assert len(labels([facts("a", ("Dmitry Palyuga", P), ("Dmitri Kuznets", P))])) == 2


def test_ambiguous_surname_joins_nobody() -> None:
    found = labels([facts("a", ("Anna Smith", P), ("John Smith", P), ("Smith", P))])
    assert len(found) == 3, "a bare surname that fits two full names must not chain them"


def test_word_order_and_short_forms_of_organisations() -> None:
    found = labels([facts("a", ("Defense Ministry", ORG), ("the Ministry of Defense", ORG)),
                    facts("b", ("The New York Times", ActorKind.OUTLET), ("the Times", ActorKind.OUTLET))])  # fmt: skip
    assert len(found) == 2


def test_translation_variants_are_one_statement_with_two_reports() -> None:
    a = facts(
        "a",
        ("Lomonosovsky District Council", ORG),
        quotes=(("The rhetoric that you and your subordinates are using has been riddled with intolerance", 0),),
    )
    b = facts(
        "b",
        ("Lomonosovsky District Council", ORG),
        quotes=(("The rhetoric you and your subordinates use has long been riddled with intolerance", 0),),
    )
    story = merge([a, b])
    assert len(story.statements) == 1
    assert sorted(r.article_id for r in story.statements[0].reports) == ["a", "b"]


def test_two_sentences_of_one_article_stay_two_statements() -> None:
    one = facts("a", ("The council", ORG), quotes=(("Russia is feared and hated again by the whole world", 0),
                                                 ("Russia is feared and hated again by the world", 0)))  # fmt: skip
    assert len(merge([one]).statements) == 2


def test_merge_does_not_depend_on_input_order() -> None:
    a, b = facts("a", ("Vladimir Putin", P), quotes=(("We will win this war together", 0),)), facts("b", ("Putin", P))
    first, second = merge([a, b]), merge([b, a])
    assert first.actors.keys() == second.actors.keys()
    assert [s.key for s in first.statements] == [s.key for s in second.statements]
