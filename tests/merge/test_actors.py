"""Merging on hand-built facts: no model needed."""

from __future__ import annotations

import itertools
import sys
from collections.abc import Callable
from dataclasses import replace
from types import FrameType

import pytest
from hypothesis import given
from hypothesis import strategies as st

from graph.merge.naming import PRONOUNS, is_phrase
from graph.merge.story import merge
from graph.model import PUBLISHER_SPAN, ActorKind, Article, ArticleFacts, Mention, Quote, Span
from graph.rdf.iris import actor_node


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


def test_a_publisher_given_in_lower_case_is_one_outlet_across_articles() -> None:
    story = merge(
        [replace(facts(name, ("Ann Lee", P)), article=Article(name, "Ann Lee. ", publisher="ledger")) for name in "ab"]
    )
    outlets = {story.actor_of[(name, PUBLISHER_SPAN)] for name in "ab"}
    assert [(story.actors[key].label, story.actors[key].kind) for key in outlets] == [("ledger", ActorKind.OUTLET)]


def test_a_publisher_given_as_a_slug_is_the_outlet_its_articles_name() -> None:
    article = Article("a", "The Daily Ledger. ", publisher="daily-ledger")
    story = merge([replace(facts("a", ("The Daily Ledger", ORG)), article=article)])
    assert [(a.label, a.kind) for a in story.actors.values()] == [("The Daily Ledger", ActorKind.OUTLET)]


@pytest.mark.parametrize(("slug", "name"), [("huff-post", "HuffPost"), ("usa-today", "USA Today")])
def test_a_publisher_given_as_a_known_outlet_s_name_run_together_is_that_outlet(slug: str, name: str) -> None:
    article = Article("a", f"{name}. ", publisher=slug)
    story = merge([replace(facts("a", (name, ActorKind.OUTLET)), article=article)])
    assert [(a.label, a.kind) for a in story.actors.values()] == [(name, ActorKind.OUTLET)]


def test_a_surname_with_an_apostrophe_is_no_shorter_name_beside_the_full_one() -> None:
    """ "O'Malley", normalised "o malley", is the surname of "Martin O'Malley", not a name the first word qualifies."""
    assert labels([facts("a", ("Martin O'Malley", P), ("O'Malley", P))]) == [
        ("Martin O'Malley", {"Martin O'Malley", "O'Malley"})
    ]


def test_no_two_actors_share_an_iri() -> None:
    story = merge([facts("a", ("Acme Corp", ORG)), facts("b", ("Acme-Corp", ORG))])
    assert len({actor_node(key) for key in story.actors}) == len(story.actors) == 2


def test_titles_and_surnames_join_one_person() -> None:
    found = labels([facts("a", ("Russian President Vladimir Putin", P), ("Putin", P)), facts("b", ("Putin", P))])
    assert found == [("Vladimir Putin", {"Russian President Vladimir Putin", "Putin"})]


def test_people_in_a_place_are_not_the_body_the_recogniser_made_of_the_place() -> None:
    # the recogniser tags "Kent" an organisation: "Farmers in Kent" said it, not Kent
    found = labels([facts("a", ("Farmers in Kent", ActorKind.GROUP), ("Kent", ORG))])
    assert found == [("Farmers in Kent", {"Farmers in Kent"}), ("Kent", {"Kent"})]


@pytest.mark.parametrize("letters", ["QC", "MP", "OBE"])
def test_letters_after_a_name_join_the_person(letters: str) -> None:
    found = labels([facts("a", (f"Nigel Hale {letters}", P), ("Mr Hale", P)), facts("b", ("Nigel Hale", P))])
    assert len(found) == 1, found


def test_spelling_variants_join() -> None:
    assert len(labels([facts("a", ("Volodymyr Zelenskyy", P)), facts("b", ("Zelensky", P))])) == 1


def test_people_sharing_a_first_name_stay_apart() -> None:
    assert len(labels([facts("a", ("Dmitry Palyuga", P), ("Dmitri Kuznets", P))])) == 2


def test_ambiguous_surname_joins_nobody() -> None:
    found = labels([facts("a", ("Anna Smith", P), ("John Smith", P), ("Smith", P))])
    assert len(found) == 3, "a bare surname that fits two full names must not chain them"


def test_a_shared_surname_written_before_the_second_bearer_is_named_is_the_first_bearer_s() -> None:
    found = labels([facts("a", ("Anna Smith", P), ("Smith", P), ("John Smith", P), ("Smith", P))])
    assert found == [("Anna Smith", {"Anna Smith", "Smith"}), ("John Smith", {"John Smith"}), ("Smith", {"Smith"})]


def test_a_she_standing_for_a_name_the_census_gives_men_stays_with_it() -> None:
    made = facts("a", ("Glenn Harker", P), ("She", P))
    name, she = made.mentions
    made.mentions[1] = replace(she, refers=name.span)
    story = merge([made])
    assert story.actor_of[("a", she.span)] == story.actor_of[("a", name.span)]


def test_a_pronoun_standing_for_a_description_is_the_description_s_name() -> None:
    made = facts("a", ("Rishi Patel", P), ("The Chancellor", P), ("he", P))
    name, office, he = made.mentions
    made.mentions[1:] = [replace(office, refers=name.span), replace(he, refers=office.span)]
    story = merge([made])
    assert story.actor_of[("a", he.span)] == story.actor_of[("a", name.span)]


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


def test_an_indefinite_description_names_someone_new_in_each_article() -> None:
    found = actor_names(
        [
            facts("a", ("A Dunmore Council official", P), ("the Dunmore Council spokesman", P)),
            facts("b", ("a Dunmore Council official", P), ("the Dunmore Council spokesman", P)),
        ]
    )
    assert {"A Dunmore Council official"} in found and {"a Dunmore Council official"} in found
    assert {"the Dunmore Council spokesman"} in found, "a definite description with a name in it is the story's"


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


def common_letters(a: str, b: str) -> int:
    """The length of the longest sequence of letters that both ``a`` and ``b`` hold in order."""
    longest = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i, x in enumerate(a):
        for j, y in enumerate(b):
            longest[i + 1][j + 1] = longest[i][j] + 1 if x == y else max(longest[i][j + 1], longest[i + 1][j])
    return longest[-1][-1]


def spelling_variants(a: str, b: str) -> bool:
    """Whether two single names may name one person, as the merge promises: the same name, or names of six letters or
    more that are 90% alike (twice the letters they share in order, over both lengths)."""
    return a == b or (min(len(a), len(b)) >= 6 and 20 * common_letters(a, b) >= 9 * (len(a) + len(b)))


NOT_A_NAME = {"a", "an", "another", "one", "some"} | PRONOUNS  # a pronoun names no one: each article's is its own


@given(
    st.lists(
        st.text(alphabet="aeiklmnorsvyz", min_size=1, max_size=12).filter(lambda w: w not in NOT_A_NAME),
        min_size=1,
        max_size=30,
    )
)
def test_single_names_join_their_spelling_variants_and_no_others(names: list[str]) -> None:
    """Surnames with no full name beside them, one an article: each actor's names are variants of one another, and no
    two actors could be one (a name of one is no variant of a name of the other), so no pair of variants is missed."""
    story = [facts(f"a{i:02d}", (name.capitalize(), P)) for i, name in enumerate(names)]
    found = [{n.lower() for n in group} for group in actor_names(story)]
    assert set().union(*found) == set(names)
    for group in found:
        assert all(spelling_variants(a, b) for a, b in itertools.combinations(sorted(group), 2)), group
    for one, other in itertools.combinations(found, 2):
        assert not all(spelling_variants(a, b) for a in one for b in other), (one, other)


def python_calls(work: Callable[[], object]) -> int:
    """How many Python functions ``work`` calls (a measure of its work that no clock's noise disturbs)."""
    calls = 0

    def count(frame: FrameType, event: str, arg: object) -> None:
        nonlocal calls
        calls += event == "call"

    sys.setprofile(count)
    try:
        work()
    finally:
        sys.setprofile(None)
    return calls


def test_a_surname_resolved_in_many_articles_costs_linearly() -> None:
    """k articles each with a "Smith" resolved inside it (beside "Anna Smith", or alone: then Anna Smith's, the one
    Smith the other articles' "Smith" names) are k nodes of one name: the merge's work grows with k, not with k²
    (every pair of them, or every member of a growing actor)."""

    def story(k: int) -> list[ArticleFacts]:
        return (
            [facts("j", ("John Smith", P))]
            + [facts(f"a{i}", ("Anna Smith", P), ("Smith", P)) for i in range(k)]
            + [facts(f"b{i}", ("Smith", P)) for i in range(k)]
        )

    found = labels(story(10))  # also fills the caches of names, which would make the first count the larger
    assert found == [("Anna Smith", {"Anna Smith", "Smith"}), ("John Smith", {"John Smith"})]
    small, large = python_calls(lambda: merge(story(25))), python_calls(lambda: merge(story(100)))
    assert large <= 5 * small, f"Python calls {small} -> {large} for 4 times the articles"


PLACE = ActorKind.PLACE


def test_honorifics_keep_a_wife_and_her_husband_apart() -> None:
    found = labels([facts("a", ("Gordon Ashby", P), ("Mr Ashby", P)), facts("b", ("Mrs Ashby", P))])
    assert found == [("Ashby", {"Mrs Ashby"}), ("Gordon Ashby", {"Gordon Ashby", "Mr Ashby"})]


def test_an_honorific_of_the_other_sex_than_the_given_name_names_another_person_of_the_surname() -> None:
    found = labels([facts("a", ("Michael Howard", P), ("Mr Howard", P), ("Mrs Howard", P))])
    assert found == [("Howard", {"Mrs Howard"}), ("Michael Howard", {"Michael Howard", "Mr Howard"})]
    alone = labels([facts("a", ("Daniel Dunn", P), ("Mrs Dunn", P))])
    assert alone == [("Daniel Dunn", {"Daniel Dunn"}), ("Dunn", {"Mrs Dunn"})]


def _couple(first: str, pointer: str, other: str, other_pointer: str) -> ArticleFacts:
    """An article naming two people of one surname, each with a word that stands for them (``pointer``: "her", "her
    husband"; "" for none), then each once more by honorific: "Dana Roe ... Victor Roe ... Ms. Roe ... Mr. Roe"."""
    made = facts("a", (first, P), (other, P), ("Roe", P), ("Roe", P))
    named, second, ms, mr = made.mentions
    made.mentions[2:] = [replace(ms, role="Ms."), replace(mr, role="Mr.")]
    for word, person in ((pointer, named), (other_pointer, second)):
        if word:
            made.mentions.append(Mention(Span(person.span.end, person.span.end + 1), word, P, refers=person.span))
    return made


def test_the_sex_an_article_tells_of_a_full_name_resolves_a_shared_surname_by_honorific() -> None:
    by_pronouns = labels([_couple("Dana Roe", "her", "Victor Roe", "her husband")])
    assert by_pronouns == [("Dana Roe", {"Dana Roe", "Roe"}), ("Victor Roe", {"Victor Roe", "Roe"})]
    by_given_name = labels([_couple("Anna Roe", "", "Lee Roe", "")])
    assert by_given_name == [("Anna Roe", {"Anna Roe"}), ("Lee Roe", {"Lee Roe", "Roe"}), ("Roe", {"Roe"})]


def test_a_shared_surname_whose_honorific_fits_both_people_joins_neither() -> None:
    found = labels([_couple("Lee Roe", "", "Kim Roe", "")])
    assert found == [("Kim Roe", {"Kim Roe"}), ("Lee Roe", {"Lee Roe"}), ("Roe", {"Roe"}), ("Roe", {"Roe"})]


def test_a_bare_institution_joins_the_qualified_one_only_in_its_article() -> None:
    found = labels([facts("a", ("the Flemish Parliament", ORG), ("Parliament", ORG)),
                    facts("b", ("Parliament", ORG)), facts("c", ("Parliament", ORG))])  # fmt: skip
    assert found == [("Flemish Parliament", {"the Flemish Parliament", "Parliament"}), ("Parliament", {"Parliament"})]


def test_a_short_description_joins_the_full_name_of_its_article() -> None:
    found = labels([facts("a", ("the Tyneside Harbour Authority", ORG), ("the harbour authority", ORG))])
    assert found == [("Tyneside Harbour Authority", {"the Tyneside Harbour Authority", "the harbour authority"})]


def test_a_title_is_no_label_when_the_full_name_is_given() -> None:
    found = labels([facts("a", ("Ms Varley", P), ("Ms Varley", P), ("Joanna Varley", P))])
    assert found == [("Joanna Varley", {"Ms Varley", "Joanna Varley"})]


def test_an_event_named_after_a_party_is_not_the_party() -> None:
    found = labels([facts("a", ("the Green Party", ORG), ("Green Party Conference", ORG), ("the Green Party", ORG))])
    assert found == [("Green Party", {"the Green Party"}), ("Green Party Conference", {"Green Party Conference"})]


def test_a_stray_longer_phrase_does_not_label_a_much_named_organisation() -> None:
    names = [("Corvex", ORG)] * 30 + [("Corvex Falcon", ORG)]
    assert [label for label, _ in labels([facts("a", *names)])] == ["Corvex"]


def test_spellings_of_a_country_name_one_body() -> None:
    found = labels([facts("a", ("the U.S. Coast Guard", ORG)), facts("b", ("the United States Coast Guard", ORG)),
                    facts("c", ("USCG", ORG))])  # fmt: skip
    assert len(found) == 1


def test_a_surname_beside_its_full_name_is_the_person_whatever_its_label() -> None:
    found = labels([facts("a", ("Ilse Marwood", P), ("Marwood", PLACE))])
    assert found == [("Ilse Marwood", {"Ilse Marwood", "Marwood"})]


def test_one_stray_outlet_mention_does_not_make_a_company_an_outlet() -> None:
    story = merge([facts("a", *([("Orvane", ORG)] * 6), ("Orvane", ActorKind.OUTLET))])
    assert [a.kind for a in story.actors.values()] == [ORG]


def test_spellings_of_a_country_are_one_place() -> None:
    found = labels([facts("a", ("the U.S.", PLACE)), facts("b", ("United States", PLACE)), facts("c", ("US", PLACE))])
    assert [label for label, _ in found] == ["United States"]


def test_the_is_no_part_of_a_label_before_a_name_in_mixed_case() -> None:
    assert labels([facts("a", ("the eZone Store", ORG), ("the eZone Store", ORG))])[0][0] == "eZone Store"


def test_a_pronoun_joins_the_actor_of_the_name_it_refers_to_and_gives_it_no_alias() -> None:
    text = "Ann Lee resigned. She left. Tom Hill stayed."
    lee, she, hill = Span(0, 7), Span(18, 21), Span(28, 36)
    mentions = [
        Mention(lee, "Ann Lee", P),
        Mention(she, "She", P, refers=lee),
        Mention(hill, "Tom Hill", P),
    ]
    story = merge([ArticleFacts(Article("a", text), mentions), facts("b", ("Lee", P))])
    assert story.actor_of[("a", she)] == story.actor_of[("a", lee)] == story.actor_of[("b", Span(0, 3))]
    assert story.actor_of[("a", she)] != story.actor_of[("a", hill)]
    assert sorted((a.label, a.aliases) for a in story.actors.values()) == [
        ("Ann Lee", {"Ann Lee", "Lee"}),
        ("Tom Hill", {"Tom Hill"}),
    ]


def test_an_epithet_taken_into_a_name_is_no_part_of_the_person_or_the_label() -> None:
    found = labels([facts("a", ("Crooked Dana Ruiz", P)), facts("b", ("Dana Ruiz", P), ("Dana Lopez Ruiz", P))])
    assert found == [("Dana Lopez Ruiz", {"Crooked Dana Ruiz", "Dana Ruiz", "Dana Lopez Ruiz"})]


@pytest.mark.parametrize("title", ["Ranger", "Novelist", "Baker", "Coach"])
def test_a_trade_set_before_a_known_given_name_is_no_part_of_the_person_or_the_label(title: str) -> None:
    found = labels([facts("a", (f"{title} Carlos Ortega", P)), facts("b", ("Carlos Ortega", P))])
    assert found == [("Carlos Ortega", {f"{title} Carlos Ortega", "Carlos Ortega"})]
    alone = labels([facts("a", (f"{title} Carlos Ortega", P))])
    assert alone == [("Carlos Ortega", {f"{title} Carlos Ortega"})]


def test_a_word_before_a_name_that_is_no_known_given_name_stays() -> None:
    assert labels([facts("a", ("Baker Mayfield Jones", P))]) == [("Baker Mayfield Jones", {"Baker Mayfield Jones"})]


def test_a_surname_alone_in_an_article_is_the_person_it_names_elsewhere() -> None:
    found = actor_names([facts("a", ("Carl Brandt", P), ("Brandt", P)), facts("b", ("Brandt", P)),
                         facts("c", ("Greta Brandt", P))])  # fmt: skip
    assert found == [{"Brandt", "Carl Brandt"}, {"Greta Brandt"}]


def test_a_first_name_joins_the_one_full_name_the_story_gives_it() -> None:
    found = actor_names([facts("a", ("Marta Kowal", P)), facts("b", ("Marta", P))])
    assert found == [{"Marta", "Marta Kowal"}]


def test_a_surname_typed_an_organisation_is_the_person_named_in_full_elsewhere() -> None:
    story = merge([facts("a", ("Lena Hartig", P), ("Hartig", P)), facts("b", ("Hartig", ORG), ("Hartig", ORG))])
    assert [(a.label, a.kind) for a in story.actors.values()] == [("Lena Hartig", P)]


def test_a_qualified_group_does_not_absorb_the_bare_one() -> None:
    group = ActorKind.GROUP
    found = labels([facts("a", ("Liberals in Ohio", group)), facts("b", ("Liberals", group)),
                    facts("c", ("Senate Liberals", group))])  # fmt: skip
    assert [label for label, _ in found] == ["Liberals", "Liberals in Ohio", "Senate Liberals"]


def test_a_first_name_alone_joins_the_person_the_story_mostly_names_with_it() -> None:
    found = actor_names([facts("a", ("Marta Kowal", P)), facts("b", ("Marta Kowal", P)), facts("c", ("Marta Nowak", P)),
                         facts("d", ("Marta", P))])  # fmt: skip
    assert {"Marta", "Marta Kowal"} in found
    found = actor_names([facts("a", ("Marta Kowal", P)), facts("c", ("Marta Nowak", P)), facts("d", ("Marta", P))])
    assert {"Marta"} in found, "two people named as often: the first name joins neither"


def test_a_description_whose_name_is_not_among_the_mentions_stands_as_written() -> None:
    """ "the actress" refers to a name no mention holds (dropped, or never found): it is its own actor, not a crash."""
    text = "The actress spoke."
    description = Mention(Span(0, 11), "The actress", P, refers=Span(40, 50))
    story = merge([ArticleFacts(Article("a", text), [description])])
    assert [a.label for a in story.actors.values()] == ["The actress"]


def test_a_father_named_with_sr_is_not_his_son_and_the_bare_surname_is_the_son() -> None:
    story = merge([facts("a", ("Tom Varley", P), ("Varley", P), ("Tom Varley Sr.", P))])
    found = sorted(sorted(r.mention.text for r in a.mentions) for a in story.actors.values())
    assert found == [["Tom Varley", "Varley"], ["Tom Varley Sr."]]


def test_names_of_two_generations_stay_apart_across_articles() -> None:
    found = labels([facts("a", ("Ada Quill Sr.", P)), facts("b", ("Ada Quill", P)), facts("c", ("Ada Quill III", P))])
    assert [label for label, _ in found] == ["Ada Quill", "Ada Quill III", "Ada Quill Sr."]


def test_a_son_named_with_and_without_jr_is_one_person() -> None:
    assert len(labels([facts("a", ("Ada Quill Jr.", P)), facts("b", ("Ada Quill", P), ("Quill", P))])) == 1


def test_a_surname_names_a_father_where_only_he_is_named() -> None:
    assert len(labels([facts("a", ("Tom Varley Sr.", P), ("Varley", P))])) == 1


def test_a_one_word_name_a_place_and_a_person_as_often_is_a_place() -> None:
    story = merge([facts("a", ("Vellmark", ActorKind.PLACE)), facts("b", ("Vellmark", P))])
    assert [a.kind for a in story.actors.values()] == [ActorKind.PLACE]


def test_a_full_name_a_place_and_a_person_as_often_is_a_person() -> None:
    story = merge([facts("a", ("Ada Vellmark", ActorKind.PLACE)), facts("b", ("Ada Vellmark", P))])
    assert [a.kind for a in story.actors.values()] == [ActorKind.PERSON]


def test_a_pronoun_of_the_other_sex_than_the_name_the_story_gives_does_not_join_that_person() -> None:
    """ "Varga" is Maria Varga, named in full in another article: the "he" read as standing for "Varga" means someone
    else, and stays out of her actor; the "she" joins her."""
    text = "Varga spoke. He fled. She left."
    varga, he, she = Span(0, 5), Span(13, 15), Span(22, 25)
    mentions = [Mention(varga, "Varga", P), Mention(he, "He", P, refers=varga), Mention(she, "She", P, refers=varga)]
    story = merge([ArticleFacts(Article("a", text), mentions), facts("b", ("Maria Varga", P))])
    assert story.actor_of[("a", she)] == story.actor_of[("a", varga)] == story.actor_of[("b", Span(0, 11))]
    assert story.actor_of[("a", he)] != story.actor_of[("a", varga)]


def _possessed(article_id: str, owner: str, role: str) -> ArticleFacts:
    """An article naming ``owner``, then "her <role>", the "her" standing for the owner (the third mention)."""
    text = f"{owner} spoke. her {role} left."
    owner_span = Span(0, len(owner))
    her = Span(len(owner) + 8, len(owner) + 11)
    mentions = [
        Mention(owner_span, owner, P),
        Mention(her, "her", P, refers=owner_span),
        Mention(Span(her.start, her.end + 1 + len(role)), f"her {role}", P),
    ]
    return ArticleFacts(Article(article_id, text), mentions)


def test_one_persons_lawyer_described_in_several_articles_is_one_actor() -> None:
    """ "her attorney" and "her lawyer", both read as Nora Quist's, are one person across articles; "her lawyer" in an
    article about Edda Holm is someone else."""
    a, b = _possessed("a", "Nora Quist", "attorney"), _possessed("b", "Nora Quist", "lawyer")
    c = _possessed("c", "Edda Holm", "lawyer")
    story = merge([a, b, c])
    lawyers = {f.article.id: story.actor_of[(f.article.id, f.mentions[2].span)] for f in (a, b, c)}
    assert lawyers["a"] == lawyers["b"] != lawyers["c"]
    assert lawyers["a"] != story.actor_of[("a", Span(0, 10))]


def _named_lawyer(article_id: str, lawyer: str) -> ArticleFacts:
    """ "Nora Quist's lawyer <lawyer> spoke.", the description standing for the name after it."""
    name = Span(20, 20 + len(lawyer))
    return ArticleFacts(
        Article(article_id, f"Nora Quist's lawyer {lawyer} spoke."),
        [
            Mention(Span(0, 10), "Nora Quist", P),
            Mention(Span(0, 19), "Nora Quist's lawyer", P, refers=name),
            Mention(name, lawyer, P),
        ],
    )


def test_a_role_description_joins_the_one_person_the_story_names_in_that_role() -> None:
    a, named = _possessed("a", "Nora Quist", "lawyer"), _named_lawyer("b", "Pavel Dvorak")
    story = merge([a, named])
    assert story.actor_of[("a", a.mentions[2].span)] == story.actor_of[("b", named.mentions[2].span)]
    assert story.actors[story.actor_of[("b", named.mentions[2].span)]].key == "person/pavel dvorak"
    other = _named_lawyer("c", "Rui Sousa")
    story = merge([a, named, other])
    assert story.actor_of[("a", a.mentions[2].span)] not in {
        story.actor_of[("b", named.mentions[2].span)],
        story.actor_of[("c", other.mentions[2].span)],
    }, "two people named as her lawyer: the description joins neither"


def test_a_familiar_form_of_a_given_name_is_the_same_person() -> None:
    found = actor_names([facts("a", ("Frederick C. Ormond", P)), facts("b", ("Fred Ormond", P)),
                         facts("c", ("Patricia Ormond", P)), facts("d", ("Walter Ormond", P))])  # fmt: skip
    assert {"Frederick C. Ormond", "Fred Ormond"} in found
    assert {"Patricia Ormond"} in found and {"Walter Ormond"} in found


def test_a_name_given_in_its_own_right_is_no_familiar_form_of_a_longer_one() -> None:
    found = labels([facts("a", ("Sandra Vell", P)), facts("b", ("Alexandra Vell", P))])
    assert found == [("Alexandra Vell", {"Alexandra Vell"}), ("Sandra Vell", {"Sandra Vell"})]


def test_a_surname_read_as_a_group_is_the_person_the_story_names_in_full() -> None:
    """ "Pellows said" may be tagged a plural, a group: beside "Nora Pellows" it is she, in her article and in one
    that names her only by the surname."""
    group = ActorKind.GROUP
    story = merge([facts("a", ("Nora Pellows", P), ("Pellows", group), ("Pellows", P)), facts("b", ("Pellows", group))])
    assert [(a.label, a.kind, len(a.mentions)) for a in story.actors.values()] == [("Nora Pellows", P, 4)]


def test_a_plural_name_beside_no_full_name_of_that_surname_stays_a_group() -> None:
    found = merge([facts("a", ("Nora Pellows", P), ("Greens", ActorKind.GROUP))]).actors.values()
    assert sorted((a.label, a.kind) for a in found) == [("Greens", ActorKind.GROUP), ("Nora Pellows", P)]


def test_a_surname_is_the_persons_beside_a_stray_phrase_the_recogniser_ran_it_into() -> None:
    """ "Hale in" (the recogniser's organisation, a surname and the word after it) is no organisation's name that
    would make "Hale" a word of a company's rather than Tom Hale's surname."""
    story = merge([facts("a", ("Tom Hale", P), ("Hale in", ORG), ("Hale", ORG), ("Hale", ORG))])
    assert ("Tom Hale", P) in [(a.label, a.kind) for a in story.actors.values()]
    assert {"Hale", "Tom Hale"} <= next(a.aliases for a in story.actors.values() if a.label == "Tom Hale")


def test_a_surname_is_the_persons_where_he_is_named_in_full_more_often_than_a_body_after_him() -> None:
    """One "Hale University" beside Tom Hale named in full again and again does not make the bare "Hale" a body's;
    "Hale Motor Company" named as often as Tom Hale leaves it to the recogniser's vote."""
    person = [facts("a", ("Tom Hale", P), ("Hale", ORG), ("Hale University", ORG), ("Tom Hale", P), ("Hale", ORG))]
    assert ("Tom Hale", P) in [(a.label, a.kind) for a in merge(person).actors.values()]
    assert {"Hale", "Tom Hale"} <= next(a.aliases for a in merge(person).actors.values() if a.label == "Tom Hale")
    company = [facts("a", ("Tom Hale", P), ("Hale", ORG), ("Hale Motor Company", ORG), ("Hale", ORG))]
    assert sorted(a.label for a in merge(company).actors.values()) == ["Hale Motor Company", "Tom Hale"]


def test_a_phrase_the_recogniser_ran_past_a_name_does_not_label_the_actor() -> None:
    found = labels([facts("a", ("Nora Pellows", ORG), ("Nora Pellows to Hale", ORG), ("Pellows", ORG))])
    assert [label for label, _ in found] == ["Nora Pellows"]


@pytest.mark.parametrize(
    ("text", "phrase"),
    [("Nora Pellows to Hale", True), ("Acme at", True), ("the Bank of Marlow", False), ("Ana de la Cruz", False),
     ("Nora Pellows", False), ("Pellows", False), ("the Marlow news agency", False), ("a Marlow man", False),
     ("celebrity website Marlow", False), ("Celebrity website Marlow", False), ("University of Marlow at Esk", False)],
)  # fmt: skip
def test_a_phrase_runs_past_a_name_with_a_lower_case_word_no_name_holds(text: str, phrase: bool) -> None:
    assert is_phrase(text) is phrase


def test_the_plural_of_a_persons_surname_is_the_family_not_the_person() -> None:
    """ "the Hales" beside Tom Hale is his family, a group; "Pellows" beside Nora Pellows stays her surname."""
    story = merge([facts("a", ("Tom Hale", P), ("Hales", P)), facts("b", ("Nora Pellows", P), ("Pellows", P))])
    found = sorted((a.label, a.kind) for a in story.actors.values())
    assert found == [("Hales", ActorKind.GROUP), ("Nora Pellows", P), ("Tom Hale", P)]


def test_a_group_named_by_a_bare_plural_is_its_articles_own() -> None:
    """ "Investigators" and "Students" opening sentences in two articles are whoever each article means, as "two
    workers" is: one actor per article, each keyed with its article; a named group ("Velorians") is the story's."""
    group = ActorKind.GROUP
    a = facts("a1", ("Investigators", group), ("Students", group), ("Velorians", group))
    b = facts("b2", ("Investigators", group), ("the students", group), ("Velorians", group))
    story = merge([a, b])
    keys = {f.article.id: [story.actor_of[(f.article.id, m.span)] for m in f.mentions] for f in (a, b)}
    assert keys["a1"][0] != keys["b2"][0] and keys["a1"][1] != keys["b2"][1]
    assert keys["a1"][2] == keys["b2"][2]
    assert story.actors[keys["a1"][0]].key == "org/investigators/a1"
    assert story.actors[keys["b2"][1]].key == "org/students/b2"


def test_the_police_of_an_article_are_one_force_however_capitalised() -> None:
    """ "Police said" opening a sentence and "police arrested" inside one are the article's one force; another
    article's police may be another city's."""
    group = ActorKind.GROUP
    a = facts("a1", ("police", group), ("Police", group))
    b = facts("b2", ("Police", group), ("riot police", group))
    story = merge([a, b])
    keys = {f.article.id: [story.actor_of[(f.article.id, m.span)] for m in f.mentions] for f in (a, b)}
    assert keys["a1"][0] == keys["a1"][1] != keys["b2"][0] != keys["b2"][1]


def test_a_body_named_by_its_short_name_is_not_its_committee() -> None:
    found = actor_names(
        [
            facts("a", ("the Varn Assembly Committee on Ports", ORG), ("Ledger", ORG)),
            facts("b", ("the Varn Assembly", ORG), ("the Varn Ledger", ORG)),
            facts("c", ("Justice", ORG), ("the Varn Justice Department", ORG)),
        ]
    )
    assert found == [
        {"Justice", "the Varn Justice Department"},
        {"Ledger", "the Varn Ledger"},
        {"the Varn Assembly"},
        {"the Varn Assembly Committee on Ports"},
    ]


def test_a_place_and_an_honorific_alone_give_no_role() -> None:
    text = "Ann Lee. Tarrow. "
    mentions = [
        Mention(Span(0, 7), "Ann Lee", P, "Mrs."),
        Mention(Span(0, 7), "Ann Lee", P, "Sen."),
        Mention(Span(9, 15), "Tarrow", ActorKind.PLACE, "Varnland"),
    ]
    story = merge([ArticleFacts(Article("a", text), mentions, [])])
    assert sorted((a.label, sorted(a.roles)) for a in story.actors.values()) == [("Ann Lee", ["Sen."]), ("Tarrow", [])]


def test_a_committee_in_another_article_keeps_no_body_from_its_full_name() -> None:
    # a: "The Senate voted … the Varn Senate adjourned"; b: "the Senate Harbour Committee met": only b's committee
    # stands apart, a's two names of one senate still join
    found = actor_names(
        [
            facts("a", ("The Senate", ORG), ("the Varn Senate", ORG)),
            facts("b", ("the Senate Harbour Committee", ORG)),
            facts("c", ("Dorvan Nations", ORG), ("the Dorvan Nations Tide Council", ORG)),
        ]
    )
    assert found == [
        {"Dorvan Nations"},
        {"The Senate", "the Varn Senate"},
        {"the Dorvan Nations Tide Council"},
        {"the Senate Harbour Committee"},
    ]


@pytest.mark.parametrize(
    ("short", "longer"),
    [
        ("The Treasury", "The Treasury Department"),
        ("Congress", "The Congress party"),
        ("The Varn Police", "The Varn Police Department"),
    ],
)
def test_a_body_joins_its_name_with_a_generic_head_added(short: str, longer: str) -> None:
    # "The Treasury Department said … The Treasury also said …": the head adds no other body
    assert actor_names([facts("a", (longer, ORG), (short, ORG))]) == [{short, longer}]


def test_a_description_keeps_the_qualifiers_that_tell_it_apart() -> None:
    # "The French president met the Mexican president": two people, though both are "the president" of somewhere
    story_facts = [
        facts("a", ("The French president", P), ("the Mexican president", P)),
        facts("b", ("the French president", P), ("French President Ann Vell", P), ("Vell", P)),
        facts("c", ("the Mexican president in Varnford", P), ("Varnford", ActorKind.PLACE)),
    ]
    assert labels(story_facts) == [
        ("Ann Vell", {"French President Ann Vell", "Vell"}),
        ("French president", {"The French president", "the French president"}),
        ("Mexican president", {"the Mexican president", "the Mexican president in Varnford"}),
        ("Varnford", {"Varnford"}),
    ]


def test_a_body_of_a_place_is_not_the_body_named_bare() -> None:
    # "the Varnmouth Labour Party" is the town's branch; "the U.S. Supreme Court" is still "the Supreme Court"
    found = actor_names(
        [
            facts("a", ("the Varnmouth Labour Party", ORG), ("Varnmouth", ActorKind.PLACE)),
            facts("b", ("the Labour Party", ORG), ("the U.S. Supreme Court", ORG), ("U.S.", ActorKind.PLACE)),
            facts("c", ("the Supreme Court", ORG), ("the New Brant Times", OUTLET), ("New Brant", ActorKind.PLACE)),
            facts("d", ("the Times", OUTLET)),
        ]
    )
    assert found == [
        {"New Brant"},
        {"U.S."},
        {"Varnmouth"},
        {"the Labour Party"},
        {"the New Brant Times", "the Times"},
        {"the Supreme Court", "the U.S. Supreme Court"},
        {"the Varnmouth Labour Party"},
    ]


def test_a_body_of_a_body_is_read_after_its_of() -> None:
    found = actor_names([facts("a", ("The University of Varn", ORG), ("the University of Varn Board of Regents", ORG))])
    assert found == [{"The University of Varn"}, {"the University of Varn Board of Regents"}]


def test_an_acronym_names_a_body_never_an_event() -> None:
    # "The VNC said …" beside the Varn National Committee and the Varn National Convention it holds
    found = actor_names(
        [
            facts("a", ("VNC", ORG), ("the Varn National Convention", ORG)),
            facts("b", ("the Varn National Committee", ORG)),
        ]
    )
    assert found == [{"VNC", "the Varn National Committee"}, {"the Varn National Convention"}]


def test_a_full_name_typed_a_body_is_the_person_its_article_names_by_the_surname() -> None:
    # "Tom Varley, who runs the depot, … Varley said": one man, whatever the recogniser typed his full name
    story = merge(
        [
            facts("a", ("Tom Varley", ORG), ("Varley", P), ("Mr Varley", P)),
            facts("b", ("Varley Holdings", ORG), ("Ann Brisk", ORG)),
            facts("c", ("Ann Brisk", ORG), ("Brisk", ActorKind.PLACE)),
        ]
    )
    found = sorted((a.kind, a.label, sorted(a.aliases)) for a in story.actors.values())
    assert (P, "Tom Varley", ["Mr Varley", "Tom Varley", "Varley"]) in found
    assert (ORG, "Varley Holdings", ["Varley Holdings"]) in found
    assert (ORG, "Ann Brisk", ["Ann Brisk"]) in found, "no person named by the surname alone: the type stays"


def test_a_full_name_typed_a_body_is_no_person_when_another_person_has_the_surname() -> None:
    # "Ralph Larrow said … Ann Larrow … Larrow said": the surname is Ann Larrow's, the brand keeps its type
    story = merge([facts("a", ("Ralph Larrow", ORG), ("Ann Larrow", P), ("Larrow", P))])
    found = sorted((a.kind, sorted(a.aliases)) for a in story.actors.values())
    assert (ORG, ["Ralph Larrow"]) in found
    assert (P, ["Ann Larrow", "Larrow"]) in found


def test_a_body_of_a_place_is_the_body_named_bare_in_its_own_article() -> None:
    # "The Varnland Supreme Court ruled … The Supreme Court said …": one court; "of Varnmouth" reads as "Varnmouth …"
    found = actor_names(
        [
            facts("a", ("The Varnland Supreme Court", ORG), ("Varnland", ActorKind.PLACE), ("The Supreme Court", ORG)),
            facts("b", ("The Labour Party of Varnmouth", ORG), ("Varnmouth", ActorKind.PLACE)),
            facts("c", ("The Labour Party", ORG)),
        ]
    )
    assert found == [
        {"The Labour Party"},
        {"The Labour Party of Varnmouth"},
        {"The Supreme Court", "The Varnland Supreme Court"},
        {"Varnland"},
        {"Varnmouth"},
    ]


@pytest.mark.parametrize("name", ["the Varn Baptist Convention", "the Southern Varn Leadership Conference"])
def test_an_acronym_names_an_event_where_no_body_fits_it(name: str) -> None:
    # "The Varn Baptist Convention met … The VBC said …": a body named like an event is its acronym's
    acronym = "".join(w[0] for w in name.split()[1:])
    assert actor_names([facts("a", (name, ORG), (acronym, ORG))]) == [{acronym, name}]


def test_a_description_told_two_ways_is_one_person() -> None:
    # "The U.S. president arrived … The American president said …"; "The Mexican president in Varnford met farmers …
    # Later the Mexican president said …"
    found = actor_names(
        [
            facts("a", ("The U.S. president", P), ("The American president", P)),
            facts("b", ("The Mexican president in Varnford", P), ("the Mexican president", P)),
        ]
    )
    assert found == [
        {"The American president", "The U.S. president"},
        {"The Mexican president in Varnford", "the Mexican president"},
    ]


def test_a_description_with_a_name_is_labelled_by_the_name() -> None:
    # "The former president of Varnland, Tom Orrin, spoke … Orrin said …"
    found = labels([facts("a", ("The former president of Varnland, Tom Orrin", P), ("Orrin", P))])
    assert [label for label, _aliases in found] == ["Tom Orrin"]


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("the South Varnian president", "the North Varnian president"),
        ("the Dorle Democratic senator", "the Marn Democratic senator"),
        ("the Virginia Democratic senator", "the Dorle Democratic senator"),
        ("the Varley Bank chief executive", "the Marlow Bank chief executive"),
        ("The secretary of state", "The secretary of defense"),
        ("The president of Varnland", "the Mexican president"),
    ],
)
def test_descriptions_that_qualify_a_title_differently_are_two_people(one: str, other: str) -> None:
    # "The South Varnian president met the North Varnian president"; every word before or after the title counts
    assert actor_names([facts("a", (one, P), (other, P))]) == sorted([{one}, {other}], key=min)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("the United States ambassador", "the U.S. ambassador"),
        ("the British prime minister", "the U.K. prime minister"),
        ("the Virginia Democratic senator", "the Virginia Democratic senator in Dorle"),
    ],
)
def test_a_description_told_two_ways_by_its_country_is_one_person(one: str, other: str) -> None:
    # "The United States ambassador arrived … the U.S. ambassador said …"
    assert actor_names([facts("a", (one, P), (other, P))]) == [{one, other}]


def test_a_surname_given_only_after_a_title_makes_a_full_name_typed_a_body_a_person() -> None:
    # "Tom Varley, who runs the depot, … Mr Varley said": one man, though only ever "Mr Varley" after his full name
    story = merge([facts("a", ("Tom Varley", ORG), ("Mr Varley", P))])
    found = sorted((a.kind, sorted(a.aliases)) for a in story.actors.values())
    assert found == [(P, ["Mr Varley", "Tom Varley"])]


def test_a_pronoun_read_as_no_ones_is_an_unidentified_person_of_its_own_article() -> None:
    """An unresolved "She" (read by the tagger as a group) labels no actor: it is "unidentified person (She)", and
    another article's "She" is someone else; capitals ("US", "WHO") and a name opening with a pronoun stay names."""
    a = facts("a", ("She", ActorKind.GROUP), ("US", ActorKind.PLACE), ("WHO", ORG), ("His Worship's Court", ORG))
    b = facts("b", ("She", ActorKind.GROUP), ("WHO", ORG))
    story = merge([a, b])
    shes = {story.actor_of[(f.article.id, f.mentions[0].span)] for f in (a, b)}
    assert len(shes) == 2
    assert {(story.actors[k].label, story.actors[k].kind) for k in shes} == {("unidentified person (She)", P)}
    assert sorted(a.label for a in story.actors.values() if "unidentified" not in a.label) == [
        "His Worship's Court",
        "US",
        "WHO",
    ]


def test_a_pronoun_standing_for_someone_of_the_other_sex_is_unidentified() -> None:
    """ "he" read as standing for Ann Lee, whom the story makes a woman, is someone the article does not name."""
    text = "Ann Lee spoke. He fled."
    lee, he = Span(0, 7), Span(15, 17)
    story = merge([ArticleFacts(Article("a", text), [Mention(lee, "Ann Lee", P), Mention(he, "He", P, refers=lee)])])
    assert story.actors[story.actor_of[("a", he)]].label == "unidentified person (He)"


def test_the_description_brought_in_by_a_is_the_one_the_names_again() -> None:
    """ "A Downing Street spokesman denied it … the spokesman said": one spokesman; with two brought in, none."""
    a = facts("a", ("A Downing Street spokesman", P), ("the spokesman", P))
    b = facts("b", ("A police spokesman", P), ("a council spokesman", P), ("the spokesman", P))
    story = merge([a, b])
    keys = {f.article.id: [story.actor_of[(f.article.id, m.span)] for m in f.mentions] for f in (a, b)}
    assert keys["a"][0] == keys["a"][1]
    assert keys["b"][2] not in keys["b"][:2]


def test_a_capitalised_plural_of_people_is_its_articles_own() -> None:
    """ "Analysts said" opening sentences in two articles are each article's analysts, as "analysts" is."""
    group = ActorKind.GROUP
    a, b = (
        facts("a1", ("Analysts", group), ("Officials", group)),
        facts("b2", ("Analysts", group), ("Officials", group)),
    )
    story = merge([a, b])
    assert story.actor_of[("a1", a.mentions[0].span)] != story.actor_of[("b2", b.mentions[0].span)]
    assert story.actor_of[("a1", a.mentions[1].span)] != story.actor_of[("b2", b.mentions[1].span)]


def test_a_description_opening_a_sentence_is_its_articles_own() -> None:
    """ "The spokesman said" in two articles may be two spokesmen, as "the spokesman" is; "The Kremlin" is a name. A
    description the article brought in and another by the same noun leave "the" and the noun to either."""
    a = facts("a1", ("The spokesman", P), ("The Kremlin", ORG))
    b = facts("b2", ("The spokesman", P), ("The Kremlin", ORG))
    c = facts("c3", ("A Labour spokesman", P), ("the prime minister's official spokesman", P), ("the spokesman", P))
    story = merge([a, b, c])
    assert story.actor_of[("a1", a.mentions[0].span)] != story.actor_of[("b2", b.mentions[0].span)]
    assert story.actor_of[("a1", a.mentions[1].span)] == story.actor_of[("b2", b.mentions[1].span)]
    assert story.actor_of[("c3", c.mentions[2].span)] != story.actor_of[("c3", c.mentions[0].span)]


def test_the_noun_written_between_leaves_the_description_to_either() -> None:
    text = "A Labour spokesman said it. The prime minister's official spokesman defended it. The spokesman said so."
    first, second = Span(0, 18), Span(text.index("The spokesman"), text.index("The spokesman") + 13)
    facts_ = ArticleFacts(
        Article("a", text), [Mention(first, "A Labour spokesman", P), Mention(second, "The spokesman", P)]
    )
    story = merge([facts_])
    assert story.actor_of[("a", first)] != story.actor_of[("a", second)]


def test_an_author_is_the_person_of_that_name_another_article_quotes() -> None:
    written = replace(facts("a", ("the mayor", P)), article=Article("a", "the mayor. ", author="Ann Lee and Staff"))
    quoted = facts("b", ("Ann Lee", P), ("Lee", P))
    story = merge([written, quoted])
    (key,) = story.authors("a")
    assert story.actors[key].label == "Ann Lee" and story.actor_of[("b", Span(0, 7))] == key
    assert story.actors[key].kind is ActorKind.PERSON
    assert all(r.mention.span.start < r.mention.span.end for r in story.actors[key].mentions)  # no empty key in text


def test_an_article_with_no_byline_has_no_author() -> None:
    assert merge([facts("a", ("Ann Lee", P))]).authors("a") == []


@pytest.mark.parametrize("members", ["Varga and Ruiz", "Lena Varga, Tom Ruiz and Dan Moss", "Varga & Ruiz"])
def test_a_group_named_by_listing_its_members_is_none_of_them(members: str) -> None:
    # "Varga and Ruiz are splitting the vote … Varga said": the pair is the article's, Varga her own
    found = labels([facts("a", (members, ActorKind.GROUP), ("Varga", ORG)), facts("b", ("Varga", ORG))])
    assert sorted(found) == sorted([(members, {members}), ("Varga", {"Varga"})])


@pytest.mark.parametrize(
    ("short", "longer"),
    [("Bank of America", "Bank of North America"), ("Center for Politics", "the Center for Responsive Politics")],
)
def test_a_name_with_a_preposition_is_not_one_with_a_word_set_inside_it(short: str, longer: str) -> None:
    assert len(labels([facts("a", (longer, ORG)), facts("b", (short, ORG))])) == 2


def test_a_name_with_a_preposition_held_whole_in_a_longer_one_still_joins_it() -> None:
    found = labels([facts("a", ("the British Ministry of Defence", ORG)), facts("b", ("Ministry of Defence", ORG))])
    assert len(found) == 1
