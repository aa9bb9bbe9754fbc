"""The actor-kind bench: gold classes against the kinds of the actors our mentions were merged into, on an invented
topic."""

from __future__ import annotations

from bench.coref import Document, GoldMention
from bench.kinds import ecbplus_class, evaluate, table
from graph.model import ActorKind, Article, ArticleFacts, Mention, Span


def spans(text: str, *words: str) -> list[Span]:
    found, at = [], 0
    for word in words:
        start = text.index(word, at)
        found.append(Span(start, start + len(word)))
        at = start + len(word)
    return found


TEXT = "Ann Pellow of Dorvan Mills spoke in Brantwick. Her staff agreed. The mill's owners left."
PELLOW, MILLS, BRANTWICK, STAFF, OWNERS = spans(TEXT, "Ann Pellow", "Dorvan Mills", "Brantwick", "staff", "owners")
ARTICLE = Article("a", TEXT)
GOLD = [
    GoldMention(PELLOW, "person"),
    GoldMention(MILLS, "organisation"),
    GoldMention(BRANTWICK, "place"),
    GoldMention(STAFF, "person"),
    GoldMention(OWNERS, "person"),
]
FACTS = ArticleFacts(
    ARTICLE,
    [
        Mention(PELLOW, "Ann Pellow", ActorKind.PERSON),
        Mention(MILLS, "Dorvan Mills", ActorKind.PERSON),
        Mention(BRANTWICK, "Brantwick", ActorKind.PLACE),
        Mention(STAFF, "staff", ActorKind.GROUP),
    ],
)


def test_kinds_of_an_invented_topic() -> None:
    """Four of the five gold mentions are covered ("owners" is not, and is not scored); Dorvan Mills typed a person is
    wrong, the staff typed a group is right for a person; of the three named, two are right."""
    errors: list[str] = []
    tallies = evaluate([Document(ARTICLE, "t", GOLD)], [FACTS], blind=[], errors=errors)
    tune = tallies["tune"]
    assert sum(tune.confusion.values()) == 4
    assert tune.confusion[("organisation", "person")] == 1
    assert tune.confusion[("person", "group")] == 1
    assert tune.accuracy == 0.75
    assert (tune.named[True], tune.named[False]) == (2, 1)
    assert len(errors) == 1 and "'Dorvan Mills' gold organisation, ours Person" in errors[0]
    assert "accuracy 0.750" in table("t", tallies)


def test_blind_topics_are_scored_apart_and_never_listed() -> None:
    errors: list[str] = []
    tallies = evaluate([Document(ARTICLE, "t", GOLD)], [FACTS], blind=["t"], errors=errors)
    assert sum(tallies["blind"].confusion.values()) == 4 and not tallies["tune"].confusion
    assert errors == []


def test_ecbplus_tags() -> None:
    assert [ecbplus_class(t) for t in ("HUMAN_PART_PER", "HUMAN_PART_ORG", "LOC_GEO", "HUMAN_PART_GPE")] == [
        "person",
        "organisation",
        "place",
        None,
    ]
