"""An actor's kind decided from all its mentions: the pronouns that stand for a name (invented articles)."""

from __future__ import annotations

from graph.merge.story import merge
from graph.model import ActorKind, Article, ArticleFacts, Mention, Span

TEXT = "Dela Morrow opened the mill. She hired forty people. Her sons run it now."


def _facts(*pronouns: str) -> ArticleFacts:
    name = Span(0, 11)
    mentions = [Mention(name, "Dela Morrow", ActorKind.ORGANIZATION)]
    at = 0
    for word in pronouns:
        start = TEXT.index(word, at)
        mentions.append(Mention(Span(start, start + len(word)), word, ActorKind.PERSON, refers=name))
        at = start + len(word)
    return ArticleFacts(Article("a", TEXT), mentions)


def _kind(facts: ArticleFacts) -> ActorKind:
    story = merge([facts])
    return story.actors[story.actor_of[("a", Span(0, 11))]].kind


def test_a_name_that_she_and_her_stand_for_is_a_person_whatever_its_label() -> None:
    assert _kind(_facts("She", "Her")) is ActorKind.PERSON


def test_one_personal_pronoun_or_one_it_beside_them_keeps_the_label() -> None:
    assert _kind(_facts("She")) is ActorKind.ORGANIZATION
    assert _kind(_facts("She", "Her", "it")) is ActorKind.ORGANIZATION
