"""What tells two happenings apart when the merge clusters event mentions (:mod:`graph.merge.event_nodes`), read from
the events merged out of small invented stories: hand-built facts, no model needed."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from graph.merge.events import _another
from graph.merge.story import merge
from graph.model import ActorKind, Article, ArticleFacts, EventMention, EventType, Granularity, Mention, Span, TimeExpr

POLITICAL = EventType.POLITICAL
ORG = ActorKind.ORGANIZATION


@dataclass(frozen=True)
class Told:
    """One event mention in an invented sentence: its trigger word and lemma, and the words of its participants."""

    sentence: str
    trigger: str
    lemma: str
    agent: str | None = None
    place: str | None = None
    day: dt.date | None = None
    nth: int = 0
    """Which occurrence of ``trigger`` in the sentence (0: the first)."""
    agent_kind: ActorKind = ActorKind.PERSON
    patient: str | None = None
    patient_kind: ActorKind = ActorKind.ORGANIZATION
    things: tuple[str, ...] = ()


def article(article_id: str, published: dt.date | None, *told: Told, places: tuple[str, ...] = ()) -> ArticleFacts:
    """An article of one sentence per mention (mentions of one sentence repeat it), then a sentence naming
    ``places``; each mention's label is its sentence from the trigger on."""
    closing = f"It was seen in {' and '.join(places)}." if places else ""
    text = " ".join([*dict.fromkeys(t.sentence for t in told), closing]).strip()
    mentions: list[Mention] = []
    events = []

    def named(words: str, after: int, kind: ActorKind) -> Mention:
        start = text.index(words, after)
        mention = Mention(Span(start, start + len(words)), words, kind)
        mentions.append(mention)
        return mention

    for t in told:
        start = text.index(t.sentence)
        sentence = Span(start, start + len(t.sentence))
        at = start
        for _ in range(t.nth + 1):
            at = text.index(t.trigger, at) + 1
        trigger = Span(at - 1, at - 1 + len(t.trigger))
        span = Span(trigger.start, sentence.end - 1)
        agents = (named(t.agent, start, t.agent_kind),) if t.agent else ()
        where = (named(t.place, start, ActorKind.PLACE),) if t.place else ()
        patients = (named(t.patient, start, t.patient_kind),) if t.patient else ()
        time = None
        if t.day is not None:
            time = TimeExpr(trigger, t.day.isoformat(), t.day.isoformat(), Granularity.DAY, t.day, t.day)
        label = text[span.start : span.end]
        events.append(
            EventMention(
                span,
                label,
                sentence,
                trigger,
                t.lemma,
                label,
                POLITICAL,
                agents=agents,
                patients=patients,
                places=where,
                time=time,
                things=t.things,
            )
        )
    for place in places:
        named(place, len(text) - len(closing), ActorKind.PLACE)
    return ArticleFacts(Article(article_id, text, published=published), mentions, events=events)


def events(facts: list[ArticleFacts]) -> list[list[str]]:
    """The merged events, each as its reports' article ids and trigger words."""
    story = merge(facts)
    return sorted(
        sorted(f"{r.article_id}:{story_text(facts, r.article_id)[r.mention.trigger.start : r.mention.trigger.end]}"
               for r in e.reports)
        for e in story.events
    )  # fmt: skip


def story_text(facts: list[ArticleFacts], article_id: str) -> str:
    return next(f.article.text for f in facts if f.article.id == article_id)


MARCH_2 = dt.date(2031, 3, 2)


def test_rallies_in_two_towns_are_two_events_and_a_town_meets_its_county() -> None:
    found = events(
        [
            article("a", MARCH_2, Told("Senator Ilse Varga held a rally in Dunmore.", "rally", "rally", "Ilse Varga",
                                       "Dunmore"), places=("Pellam County",)),
            article("b", MARCH_2, Told("Senator Ilse Varga held a rally in Carrow.", "rally", "rally", "Ilse Varga",
                                       "Carrow")),
            article("c", MARCH_2, Told("Ilse Varga addressed a rally in Pellam County.", "rally", "rally", "Ilse Varga",
                                       "Pellam County")),
        ]
    )  # fmt: skip
    assert found == [["a:rally", "c:rally"], ["b:rally"]]


def test_a_place_won_is_where_it_happened() -> None:
    place = ActorKind.PLACE
    found = events(
        [
            article("a", MARCH_2, Told("Senator Ilse Varga won Dunmore.", "won", "win", "Ilse Varga",
                                       patient="Dunmore", patient_kind=place)),
            article("b", MARCH_2, Told("Senator Ilse Varga won Carrow.", "won", "win", "Ilse Varga",
                                       patient="Carrow", patient_kind=place)),
            article("c", MARCH_2, Told("Ilse Varga won in Dunmore.", "won", "win", "Ilse Varga", "Dunmore")),
        ]
    )  # fmt: skip
    assert found == [["a:won", "c:won"], ["b:won"]]


def test_one_person_s_wins_in_two_places_on_one_day_are_two_contests() -> None:
    place, tuesday = ActorKind.PLACE, dt.date(2031, 3, 4)
    found = events(
        [
            article("a", MARCH_2, Told("Ilse Varga won the Dunmore caucus on Tuesday.", "won", "win", "Ilse Varga",
                                       "Dunmore", tuesday)),
            article("b", MARCH_2, Told("Ilse Varga won Carrow on Tuesday.", "won", "win", "Ilse Varga",
                                       patient="Carrow", patient_kind=place, day=tuesday)),
            article("c", MARCH_2, Told("Ilse Varga won in Dunmore on Tuesday.", "won", "win", "Ilse Varga", "Dunmore",
                                       tuesday)),
        ]
    )  # fmt: skip
    assert found == [["a:won", "c:won"], ["b:won"]]


def test_history_of_one_doer_upon_another_thing_is_not_its_news() -> None:
    """ "In 2009, Ilse Varga offered the towns millions", recalled in 2031, is not her undated offer of condolences;
    told as news in one week, one offer may be named by other words ("her condolences", "her sympathy")."""

    def offer(sentence: str, thing: str, day: dt.date | None = None) -> Told:
        return Told(sentence, "offered", "offer", "Ilse Varga", day=day, things=(thing,))

    condolences = offer("Ilse Varga offered her condolences.", "condolence")
    millions = offer("In 2009, Ilse Varga offered the towns millions.", "money", dt.date(2009, 6, 1))
    sympathy = offer("Ilse Varga offered her sympathy on 1 March.", "sympathy", dt.date(2031, 3, 1))
    recalled = events([article("a", MARCH_2, condolences), article("b", MARCH_2, millions)])
    assert recalled == [["a:offered"], ["b:offered"]]
    news = events([article("a", MARCH_2, condolences), article("c", MARCH_2, sympathy)])
    assert news == [["a:offered", "c:offered"]]


def test_a_plural_is_one_with_another_mention_only_on_shared_evidence() -> None:
    thursday = dt.date(2031, 2, 27)
    found = events(
        [
            article(
                "a",
                MARCH_2,
                Told("Governor Pia Lind held a rally in Tarnow.", "rally", "rally", "Pia Lind", "Tarnow"),
                Told("Thursday's rallies drew thousands of farmers.", "rallies", "rally", day=thursday),
                Told("The rallies in Tarnow were the largest of the campaign.", "rallies", "rally", place="Tarnow"),
            )
        ]
    )
    assert found == [["a:rallies"], ["a:rallies", "a:rally"]]


def test_a_mention_with_only_its_word_joins_only_the_news_of_its_own_days() -> None:
    interview = Told("Pia Lind defended the plan in an interview.", "interview", "interview", "Pia Lind")
    found = events(
        [
            article("a", MARCH_2, interview),
            article("b", MARCH_2, interview),
            article("c", dt.date(2031, 3, 3), Told("Critics answered the interview.", "interview", "interview")),
            article("d", dt.date(2031, 4, 20), Told("Nobody recalled the interview.", "interview", "interview")),
            article("e", dt.date(2031, 4, 21), Told("Readers discussed the interview.", "interview", "interview")),
        ]
    )
    assert found == [["a:interview", "b:interview", "c:interview"], ["d:interview", "e:interview"]]


def test_one_article_naming_two_places_tells_two_happenings_there() -> None:
    found = events(
        [
            article(
                "a",
                MARCH_2,
                Told("A courier was arrested in Lisbon in 2009.", "arrested", "arrest", place="Lisbon"),
                Told("A second courier was arrested in Oslo last spring.", "arrested", "arrest", place="Oslo"),
            )
        ]
    )
    assert found == [["a:arrested"], ["a:arrested"]]


def test_a_place_that_acts_is_where_it_happened() -> None:
    found = events(
        [
            article(
                "a",
                MARCH_2,
                Told("Pellam County voted for the dam.", "voted", "vote", "Pellam County", agent_kind=ActorKind.PLACE),
                Told("A vote in Carrow rejected the dam.", "vote", "vote", place="Carrow"),
            )
        ]
    )
    assert found == [["a:vote"], ["a:voted"]]


def test_one_person_on_one_day_in_a_town_and_in_its_country_is_one_event() -> None:
    monday = dt.date(2031, 3, 3)
    found = events(
        [
            article("a", MARCH_2, Told("Ilse Varga was detained in Dunmore on Monday.", "detained", "detain",
                                       "Ilse Varga", "Dunmore", monday)),
            article("b", MARCH_2, Told("Ilse Varga was detained in Norland on Monday.", "detained", "detain",
                                       "Ilse Varga", "Norland", monday)),
            article("c", MARCH_2, Told("Ilse Varga was detained in Carrow on Friday.", "detained", "detain",
                                       "Ilse Varga", "Carrow", dt.date(2031, 3, 7))),
        ]
    )  # fmt: skip
    assert found == [["a:detained", "b:detained"], ["c:detained"]]


def test_one_doing_told_undated_weeks_apart_is_two_unless_the_place_names_it() -> None:
    attacked = Told("Ilse Varga attacked the budget.", "attacked", "attack", "Ilse Varga")
    bombing = Told("The Dunmore bombing shocked the county.", "bombing", "bomb", "Dunmore", agent_kind=ActorKind.PLACE)
    found = events(
        [
            article("a", MARCH_2, attacked, bombing),
            article("b", dt.date(2031, 3, 6), attacked),
            article("c", dt.date(2031, 5, 11), attacked, bombing),
        ]
    )
    assert found == [["a:attacked", "b:attacked"], ["a:bombing", "c:bombing"], ["c:attacked"]]


def test_different_named_bodies_it_was_done_to_are_two_events() -> None:
    found = events(
        [
            article(
                "a",
                MARCH_2,
                Told("The county fined Dorval Bakery.", "fined", "fine", "The county", patient="Dorval Bakery"),
                Told("Inspectors also fined Pim Butchery.", "fined", "fine", patient="Pim Butchery"),
                Told("Inspectors fined Dorval Bakery again.", "fined", "fine", patient="Dorval Bakery"),
            )
        ]
    )
    assert found == [["a:fined"], ["a:fined", "a:fined"]]
    bout = events(
        [
            article(
                "a",
                MARCH_2,
                Told("Ilse Varga beat Tom Hale in Carrow.", "beat", "beat", "Ilse Varga", patient="Tom Hale"),
                Told("Ilse Varga beat the tired Bravanian.", "beat", "beat", "Ilse Varga", patient="Bravanian"),
            )
        ]
    )
    assert bout == [["a:beat", "a:beat"]]  # a nationality alone names no one


def test_names_that_share_only_a_generic_word_are_two_bodies() -> None:
    """ "Savings Bank" is in many banks' names: "Dorval Savings Bank" and "Pellam Savings Bank" are two banks fined;
    "the Savings Bank" may be either."""
    found = events(
        [
            article(
                "a",
                MARCH_2,
                Told("The regulator fined Dorval Savings Bank.", "fined", "fine", patient="Dorval Savings Bank"),
                Told("The regulator also fined Pellam Savings Bank.", "fined", "fine", patient="Pellam Savings Bank"),
            )
        ]
    )
    assert found == [["a:fined"], ["a:fined"]]
    short = events(
        [
            article(
                "a",
                MARCH_2,
                Told("The regulator fined Dorval Savings Bank.", "fined", "fine", patient="Dorval Savings Bank"),
                Told("The fine stunned the Savings Bank.", "fine", "fine", patient="Savings Bank"),
            )
        ]
    )
    assert short == [["a:fine", "a:fined"]]


def test_a_mention_dated_months_before_its_article_is_history_that_shares_only_a_word() -> None:
    """ "Arsonists burned 40 barns on 3 October", recalled in June, is not the undated burning the article reports."""
    granary = Told("Ann Vale burned the old granary.", "burned", "burn", "Ann Vale")

    def barns(day: dt.date) -> Told:
        return Told(f"Arsonists burned 40 barns on {day:%d %B}.", "burned", "burn", day=day)

    june_15 = dt.date(2031, 6, 15)
    recalled = events([article("a", june_15, granary, barns(dt.date(2030, 10, 3)))])
    assert recalled == [["a:burned"], ["a:burned"]]
    news = events([article("a", june_15, granary, barns(dt.date(2031, 6, 14)))])
    assert news == [["a:burned", "a:burned"]]


def test_another_of_its_kind_is_not_its_article_s_other_one() -> None:
    facts = article(
        "a",
        MARCH_2,
        Told("Ann Vale defended the levy in a radio interview.", "interview", "interview", "Ann Vale"),
        Told("Ann Vale repeated the claim in the interview.", "interview", "interview", "Ann Vale"),
        Told("Ann Vale later gave a separate interview to the Courier.", "interview", "interview", "Ann Vale"),
    )
    told = merge([facts]).events
    sentences = sorted(sorted(facts.article.text[r.mention.sentence.start : r.mention.sentence.end] for r in e.reports)
                       for e in told)  # fmt: skip
    assert sentences == [
        ["Ann Vale defended the levy in a radio interview.", "Ann Vale repeated the claim in the interview."],
        ["Ann Vale later gave a separate interview to the Courier."],
    ]
    adverb = events(
        [
            article(
                "a",
                MARCH_2,
                Told("Ann Vale earlier rejected the levy.", "rejected", "reject", "Ann Vale"),
                Told("The other senators rejected the levy too.", "rejected", "reject"),
                Told("Ann Vale rejected the levy on Monday.", "rejected", "reject", "Ann Vale"),
            )
        ]
    )
    assert adverb == [["a:rejected", "a:rejected", "a:rejected"]]  # an adverb, a subject's "other": no other rejection


def sentences(facts: list[ArticleFacts]) -> list[list[str]]:
    """The merged events, each as the sentences of its reports."""
    text = {f.article.id: f.article.text for f in facts}
    return sorted(
        sorted(text[r.article_id][r.mention.sentence.start : r.mention.sentence.end] for r in e.reports)
        for e in merge(facts).events
    )


def test_another_introduces_the_event_a_later_mention_of_its_word_tells_of() -> None:
    """In news "another attack" introduces a new attack and "the attack" then tells of it; an attack told before it is
    another one."""
    another = Told("Rebels launched another attack on Dunmore.", "attack", "attack", "Rebels", agent_kind=ORG)
    killed = Told("The attack killed nine guards.", "attack", "attack")
    assert sentences([article("a", MARCH_2, another, killed)]) == [
        ["Rebels launched another attack on Dunmore.", "The attack killed nine guards."]
    ]
    depot = Told("An attack on the depot shocked Carrow.", "attack", "attack", place="Carrow")
    assert sentences([article("a", MARCH_2, depot, another, killed)]) == [
        ["An attack on the depot shocked Carrow."],
        ["Rebels launched another attack on Dunmore.", "The attack killed nine guards."],
    ]


@pytest.mark.parametrize(
    ("sentence", "trigger", "lemma", "nth", "marked"),
    [
        ("Rebels launched another attack on Dunmore.", "attack", "attack", 0, True),
        ("Ann Vale gave a separate interview.", "interview", "interview", 0, True),
        ("Her other bids failed.", "bids", "bid", 0, True),
        ("Ann Vale gave a separate radio interview.", "interview", "interview", 0, False),  # not right before it
        ("The Second World War ended.", "War", "war", 0, False),
        ("Its third quarter loss widened.", "loss", "loss", 0, False),
        ("The second round vote was close.", "vote", "vote", 0, False),
        ("Police fear another could attack.", "attack", "attack", 0, False),
        ("The other senators vote against it.", "vote", "vote", 0, False),
        ("One guard fled and another fled too.", "fled", "flee", 1, False),
    ],
)
def test_only_the_word_right_before_a_noun_marks_another(
    sentence: str, trigger: str, lemma: str, nth: int, marked: bool
) -> None:
    at = -1
    for _ in range(nth + 1):
        at = sentence.index(trigger, at + 1)
    whole = Span(0, len(sentence))
    mention = EventMention(whole, sentence, whole, Span(at, at + len(trigger)), lemma, sentence, POLITICAL)
    assert _another(sentence, mention) is marked
