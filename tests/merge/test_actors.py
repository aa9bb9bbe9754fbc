"""Merging on hand-built facts: no model needed."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from hypothesis import given
from hypothesis import strategies as st

import graph.merge.story
from graph.merge.story import _surname_fits, _Surnames, merge
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


GROUP, OUTLET = ActorKind.GROUP, ActorKind.OUTLET


def actor_names(story_facts: list[ArticleFacts]) -> list[set[str]]:
    """The names of each actor, as sets of the mention texts it merged."""
    story = merge(story_facts)
    return sorted(({m.mention.text for m in a.mentions} for a in story.actors.values()), key=sorted)


def test_a_shared_surname_is_resolved_inside_its_article() -> None:
    found = actor_names([facts("a", ("Anna Smith", P), ("Smith", P)), facts("b", ("John Smith", P), ("Smith", P))])
    assert found == [{"Anna Smith", "Smith"}, {"John Smith", "Smith"}]
    story = merge([facts("a", ("Anna Smith", P), ("Smith", P)), facts("b", ("John Smith", P), ("Smith", P))])
    assert len(story.actors) == 2 and len(set(story.actor_of.values())) == 2


def test_a_surname_fitting_no_one_in_its_article_joins_no_full_name() -> None:
    found = actor_names([facts("a", ("Anna Smith", P), ("John Smith", P)), facts("b", ("Smith", P))])
    assert {"Smith"} in found and len(found) == 3


def test_a_surname_joins_several_forms_of_one_full_name() -> None:
    found = actor_names([facts("a", ("Vladimir Putin", P)), facts("b", ("Vladimir V. Putin", P), ("Putin", P))])
    assert found == [{"Putin", "Vladimir Putin", "Vladimir V. Putin"}]


def test_no_chaining_of_incompatible_full_names() -> None:
    found = actor_names([facts("a", ("George W. Bush", P), ("George H. W. Bush", P), ("George Bush", P))])
    assert not any({"George W. Bush", "George H. W. Bush"} <= names for names in found)


def test_titles_before_a_name_do_not_split_it() -> None:
    found = actor_names([facts("a", ("CEO Ron Sugar", P), ("Sugar", P)), facts("b", ("Ron Sugar", P))])
    assert found == [{"CEO Ron Sugar", "Ron Sugar", "Sugar"}]


def test_acronyms_and_legal_forms_join_their_organisation() -> None:
    found = actor_names(
        [
            facts("a", ("the United States Air Force", ORG), ("USAF", ORG), ("Apple Inc.", ORG)),
            facts("b", ("Apple", ORG), ("US Airways", ORG)),
        ]
    )
    assert found == [{"Apple Inc.", "Apple"}, {"US Airways"}, {"USAF", "the United States Air Force"}]


def test_a_short_form_fitting_two_outlets_joins_neither() -> None:
    found = actor_names([facts("a", ("The New York Times", OUTLET), ("the Financial Times", OUTLET)),
                         facts("b", ("the Times", OUTLET))])  # fmt: skip
    assert len(found) == 3


def test_descriptions_join_by_a_rare_proper_name_but_not_by_a_demonym() -> None:
    found = actor_names(
        [
            facts("a", ("the Lomonosovsky District Council", ORG), ("the Russian Defense Ministry", ORG)),
            facts("b", ("deputies from Moscow's Lomonosovsky district", GROUP), ("Lomonosovsky", ActorKind.PLACE)),
            facts(
                "c", ("local MPs in the Russian capital’s Lomonosovsky district", GROUP), ("Moscow", ActorKind.PLACE)
            ),
            facts(
                "d", ("More than 30 Russian municipal deputies", GROUP), ("deputies of the Tverskoy district", GROUP)
            ),
            facts("e", ("the Moscow City Duma", ORG), ("officials in Moscow", GROUP)),
        ]
    )
    council = {
        "the Lomonosovsky District Council",
        "deputies from Moscow's Lomonosovsky district",
        "local MPs in the Russian capital’s Lomonosovsky district",
    }
    assert council in found
    for alone in ("the Russian Defense Ministry", "More than 30 Russian municipal deputies", "the Moscow City Duma"):
        assert {alone} in found, "a demonym, a shared head noun or a big city's name alone joins nothing"
    assert {"deputies of the Tverskoy district"} in found


def test_a_name_typed_differently_takes_its_most_common_kind() -> None:
    found = actor_names(
        [
            facts("a", ("Lindsay Lohan", P), ("Lohan", P)),
            facts("b", ("Lohan", ActorKind.PLACE), ("Lohan", P)),
            facts("c", ("Boeing", ORG), ("Boeing", P), ("Boeing", ORG)),
        ]
    )
    assert found == [{"Boeing"}, {"Lindsay Lohan", "Lohan"}]


def test_a_first_name_joins_the_one_full_name_it_opens_in_its_article() -> None:
    found = actor_names(
        [
            facts("a", ("Lindsay Lohan", P), ("Lindsay", P)),
            facts("b", ("Steve Jobs", P), ("Steve Wozniak", P), ("Steve", P)),
        ]
    )
    assert {"Lindsay Lohan", "Lindsay"} in found
    assert {"Steve"} in found, "a first name two people of its article share stays alone"


@given(st.lists(st.text(alphabet="aeiklmnorsvyz", min_size=1, max_size=12), min_size=1, max_size=30))
def test_surname_index_finds_exactly_the_names_that_fit(names: list[str]) -> None:
    surnames = _Surnames(names)
    for name in names:
        assert surnames.fitting(name) == {other for other in names if _surname_fits(name, other)}


def test_a_surname_resolved_in_many_articles_costs_linearly(monkeypatch: pytest.MonkeyPatch) -> None:
    """k articles each with a "Smith" resolved inside it (beside "Anna Smith", or alone) are k nodes of one name: name
    fits and candidate edges grow with k, not with k² (every pair of them, or every member of a growing actor)."""
    counted = {"fit": 0, "edges": 0}
    fit: Callable[[str, str], bool] = graph.merge.story._people_fit
    person_edges = graph.merge.story._person_edges

    def counting_fit(a: str, b: str) -> bool:
        counted["fit"] += 1
        return fit(a, b)

    def counting_edges(*args: object, **kwargs: object) -> Iterator[object]:
        for edge in person_edges(*args, **kwargs):  # type: ignore[arg-type]
            counted["edges"] += 1
            yield edge

    monkeypatch.setattr(graph.merge.story, "_people_fit", counting_fit)
    monkeypatch.setattr(graph.merge.story, "_person_edges", counting_edges)

    def cost(k: int) -> tuple[int, int]:
        counted.update(fit=0, edges=0)
        found = labels(
            [facts("j", ("John Smith", P))]
            + [facts(f"a{i}", ("Anna Smith", P), ("Smith", P)) for i in range(k)]
            + [facts(f"b{i}", ("Smith", P)) for i in range(k)]
        )
        assert found == [("Anna Smith", {"Anna Smith", "Smith"}), ("John Smith", {"John Smith"}), ("Smith", {"Smith"})]
        return counted["fit"], counted["edges"]

    small, large = cost(10), cost(40)
    assert large[0] <= 5 * small[0], f"name fits {small[0]} -> {large[0]} for 4 times the articles"
    assert large[1] <= 5 * small[1], f"candidate edges {small[1]} -> {large[1]} for 4 times the articles"
