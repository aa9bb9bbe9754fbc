"""What an event's reading takes from the clause around it: who did a passive clause's gerund, which place a name
before an event noun gives, what a label says when the parser errs. Invented sentences run through the real
pipeline."""

from __future__ import annotations

import datetime as dt

import pytest

from graph.model import Article, EventMention

pytestmark = pytest.mark.model


def events_of(text: str) -> list[EventMention]:
    from graph.extract import extract
    from graph.nlp.loader import load_pipeline

    article = Article("a", text, published=dt.date(2023, 4, 3))
    return extract(load_pipeline()(article.analysable_text()), article).events


def event(text: str, lemma: str) -> EventMention:
    return next(e for e in events_of(text) if e.lemma == lemma)


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        ("Ruth Abernathy, who belonged to the Harwick bowls club, spoke at the inquest.", "belong"),
        ("Tomas Vane owned three bakeries in Dunmore until 2019.", "own"),
        ("The dispute involved two neighbours and a fence.", "involve"),
    ],
)
def test_a_verb_of_a_relation_is_no_happening_to_show(text: str, lemma: str) -> None:
    assert [e.salient for e in events_of(text) if e.lemma == lemma] == [False]


@pytest.mark.parametrize(
    ("text", "lemma", "agent"),
    [
        ("Ann Lee was elected to the council in 2019, defeating Tom Hill.", "defeat", "Ann Lee"),
        ("Kell Dunn was arrested on Friday after attacking a guard.", "attack", "Kell Dunn"),
        # an active clause's subject, as before
        ("Ann Lee won the seat in 2019, defeating Tom Hill.", "defeat", "Ann Lee"),
    ],
)
def test_a_gerund_hung_on_a_passive_clause_was_done_by_its_subject(text: str, lemma: str, agent: str) -> None:
    assert [m.text for m in event(text, lemma).agents] == [agent]


def test_a_place_named_before_an_event_noun_is_where_it_happened() -> None:
    shooting = event("In Tulsa, news of the Orlando shooting came hours later.", "shooting")
    assert ([m.text for m in shooting.places], list(shooting.agents)) == (["Orlando"], [])


def test_a_state_written_short_before_an_event_noun_did_it() -> None:
    strikes = event("U.S. airstrikes hit the town on Monday.", "airstrike")
    assert [m.text for m in strikes.agents] == ["U.S."]


@pytest.mark.parametrize(
    ("text", "lemma", "label"),
    [
        ("Mayor Tom Hill has already foreshadowed the kind of cuts to come.", "foreshadow",
         "Tom Hill foreshadowed kind of cuts"),
        # the parser takes a superlative for an object
        ("Tom Hill reflected on what he said frightens him the most about what he saw.", "reflect",
         "Tom Hill reflected"),
    ],
)  # fmt: skip
def test_a_label_keeps_what_a_kind_is_of_and_drops_a_misread_object(text: str, lemma: str, label: str) -> None:
    assert event(text, lemma).label == label


def test_a_time_before_a_participle_clause_dates_the_clause_it_hangs_on() -> None:
    text = "Ann Lee was elected to the council, after a decade in local politics, in 2006 — defeating Tom Hill."
    assert [(e.lemma, e.time and e.time.value) for e in events_of(text)] == [("elect", "2006"), ("defeat", "2006")]


@pytest.mark.parametrize(
    ("text", "lemma", "value"),
    [
        ("At Thursday night’s council debate, Mayor Ann Lee announced a new budget.", "announce", "2023-03-30TNI"),
        ("Tom Hill resigned during Monday’s board meeting.", "resign", "2023-04-03"),
        # a dated noun that is no occasion dates only itself
        ("Tom Hill resigned before Friday’s board meeting.", "resign", None),
        ("Ann Lee recalled the 2001 floods.", "recall", None),
    ],
)
def test_what_happens_at_a_dated_occasion_happens_then(text: str, lemma: str, value: str | None) -> None:
    time = event(text, lemma).time
    assert (time and time.value) == value


def shown(text: str, lemma: str) -> bool:
    """Whether the text gives ``lemma`` a salient event, one the timeline shows."""
    return any(e.lemma == lemma and e.salient for e in events_of(text))


@pytest.mark.parametrize(
    ("text", "lemma", "happening"),
    [
        # a plural with nothing to tell one from another is a kind of happening
        ("The ad attacks a system in which lobbyists buy elections.", "election", False),
        ("The mayor opposed limits on punitive damages.", "damage", False),
        ("In videos as well as speeches, aides praised the mayor.", "speech", False),
        ("Protests erupted across the capital.", "protest", True),
        ("Sunday's protests drew thousands.", "protest", True),
        ("The police carried out three raids.", "raid", True),
        # a verb in the simple present with no time tells what happens
        ("The ad attacks a system in which lobbyists buy elections.", "buy", False),
        ("Rebels attack the convoy on Monday.", "attack", True),
        ("The rebels are attacking the convoy.", "attack", True),
    ],
)
def test_a_kind_of_happening_is_not_shown_as_one(text: str, lemma: str, happening: bool) -> None:
    assert shown(text, lemma) is happening
