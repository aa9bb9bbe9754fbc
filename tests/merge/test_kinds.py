"""An actor's kind decided from all its mentions: the pronouns that stand for a name (invented articles)."""

from __future__ import annotations

from graph.merge.story import merge
from graph.model import ActorKind, Article, ArticleFacts, Mention, Span

TEXT = "Dela Morrow opened the mill. She hired forty people. Her sons and her nephew run it now."


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


def test_a_name_that_three_of_she_and_her_stand_for_is_a_person_whatever_its_label() -> None:
    assert _kind(_facts("She", "Her", "her")) is ActorKind.PERSON


def test_a_pronoun_or_two_or_one_it_beside_them_keeps_the_label() -> None:
    assert _kind(_facts("She", "Her")) is ActorKind.ORGANIZATION
    assert _kind(_facts("She", "Her", "her", "it")) is ActorKind.ORGANIZATION


def test_a_few_pronouns_among_many_names_keep_the_label() -> None:
    text = (
        "Orvel Brick grew. Orvel Brick hired. Orvel Brick sold. Orvel Brick won. Orvel Brick paid. Orvel Brick lost. "
    )
    text += "Orvel Brick ran. He said his plan and his team won."
    starts = [i for i in range(len(text)) if text.startswith("Orvel Brick", i)]
    name = Span(starts[0], starts[0] + 11)
    mentions = [Mention(Span(s, s + 11), "Orvel Brick", ActorKind.ORGANIZATION) for s in starts]
    mentions += [
        Mention(Span(i, i + len(w)), w, ActorKind.PERSON, refers=name)
        for w, i in (("He", text.index("He")), ("his", text.index("his")), ("his", text.rindex("his")))
    ]
    story = merge([ArticleFacts(Article("a", text), mentions)])
    assert story.actors[story.actor_of[("a", name)]].kind is ActorKind.ORGANIZATION
