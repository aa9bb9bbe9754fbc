"""Actor kinds read through the whole pipeline from invented articles: a name is an actor of a kind only where the
article gives evidence of it, and real people and bodies are never dropped as things."""

from __future__ import annotations

import pytest

from graph.build.pipeline import BuildOptions, analyse
from graph.model import ActorKind, Article

ARTICLES = {
    "based_person": '"It is a disgrace," said Jo Farrow, London-based analyst at Varn Capital.',
    "based_body": "Brinmoor Chemicals, Wichita-based maker of fertilizer, said it would appeal.",
    "took_body": "The families took Brinmoor Chemicals to court last year. They want damages.",
    "took_player": "The Falcons took Mason Reeve with the fifth pick. Fans cheered.",
    "used_player": "Manager Tom Reed used Luis Ortiz as a pinch hitter in the ninth inning.",
    "celebrated": 'The town celebrated Ruth Ober, its oldest resident, on Sunday. "I feel lucky," she said.',
    "custody": 'Police took Maria Lopez into custody on Friday. "I did nothing wrong," Lopez said.',
    "factions": "Rival factions said they had agreed to a truce.",
    "jurisdictions": "Several jurisdictions said they would not comply with the order.",
    "team": "Rangers won 3-1 on Saturday.",
    "outlet": "A Guardian reporter first revealed the payments.",
    "ics": "Helionics said on Monday it would cut 200 jobs.",
    "banks": "Tom Banks runs the plant. Banks said the cuts were necessary.",
    "party": "The Lib Dems said the vote would be close. Lib Dem MP Sarah Teal agreed.",
    "union": "Unite, the union, said workers would strike.",
    "drug": "Patients who swallow Zelorax daily reported headaches. Doctors prescribe Zelorax pills rarely.",
    "seat": "Joanna Pryce, the Labour MP for Harwick North, said the minister should resign.",
    "represented": "A representative for Ann Lee said she was recovering. A member from Greenpeace joined the protest.",
    "labs": "Veritas Labs was fined on Monday. Northline Rail cut services.",
    "street": "Ann Dale lost her home on Harding Road. Actress Diane Lane visited a school on Mill Lane. "
    "Critics praised Kit Road, and Chris Lane sang on Elm Street.",
    "aged": '"My brother went to buy bread," said Pavel, 52. Kansas City, 21, and Denver, 14, met in 2019.',
    "figures": "Airlines ordered 50 aircraft from Airbus, 20, and Boeing, 30, at the show.",
    "age_alone": '"We never stopped believing," said Tom Hill. Ann Lee agreed. The 29-year-old added: "It was tight."',
    "zones": "Crews were called at 06:00 BST. Talks resume at 9 a.m. EDT (1300 GMT). The CST Group said it would help.",
    "zone_letters": "Memorial Sloan Kettering (MSK) cut pay. About 500 MSK nurses joined the picket line.",
    "giant": "Victor Wembanyama scored 40 points on Monday. The giant said he was proud of the team.",
    "town_state": '"We need change," said Robert Stone, a retiree from Hilton Head, South Carolina, who voted early.',
    "town_county": "Speaking in Toledo, Lee also accused Kessler of lying.",
    "letter_from": "A letter from Tom Hill, Texas, arrived on Monday.",
}


@pytest.fixture(scope="module")
def kinds() -> dict[str, list[tuple[str, ActorKind]]]:
    articles = [Article(key, text) for key, text in ARTICLES.items()]
    facts = analyse(articles, BuildOptions(jobs=1))
    return {f.article.id: [(m.text, m.kind) for m in f.mentions] for f in facts}


@pytest.mark.parametrize(("key", "name", "kind"), [
    ("based_person", "Jo Farrow", ActorKind.PERSON),
    ("based_body", "Brinmoor Chemicals", ActorKind.ORGANIZATION),
    ("took_body", "Brinmoor Chemicals", ActorKind.ORGANIZATION),
    ("took_player", "Mason Reeve", ActorKind.PERSON),
    ("used_player", "Luis Ortiz", ActorKind.PERSON),
    ("celebrated", "Ruth Ober", ActorKind.PERSON),
    ("custody", "Maria Lopez", ActorKind.PERSON),
    ("factions", "Rival factions", ActorKind.GROUP),
    ("jurisdictions", "Several jurisdictions", ActorKind.GROUP),
    ("team", "Rangers", ActorKind.ORGANIZATION),
    ("outlet", "Guardian", ActorKind.OUTLET),
    ("ics", "Helionics", ActorKind.ORGANIZATION),
    ("party", "Lib Dems", ActorKind.ORGANIZATION),
    ("party", "Lib Dem", ActorKind.ORGANIZATION),
    ("union", "Unite", ActorKind.ORGANIZATION),
    ("seat", "Joanna Pryce", ActorKind.PERSON),
    ("seat", "Harwick North", ActorKind.PLACE),  # the seat an MP is elected for
    ("represented", "Ann Lee", ActorKind.PERSON),  # whom anyone may represent
    ("represented", "Greenpeace", ActorKind.ORGANIZATION),
    ("zones", "The CST Group", ActorKind.ORGANIZATION),
    ("labs", "Veritas Labs", ActorKind.ORGANIZATION),
    # a town with its state or county set beside it, and that state or county
    ("town_state", "Hilton Head", ActorKind.PLACE),
    ("town_state", "Robert Stone", ActorKind.PERSON),
    ("town_county", "Lee", ActorKind.PERSON),  # a subject the parser set beside the town
    ("letter_from", "Tom Hill", ActorKind.PERSON),  # a given name opens a person's name
    ("age_alone", "The 29-year-old", ActorKind.PERSON),  # one person, whom the article does not say
    ("aged", "Pavel", ActorKind.PERSON),  # an age between commas after a name: a person's
    ("aged", "Kansas City", ActorKind.PLACE),  # a score after a place
    ("figures", "Airbus", ActorKind.ORGANIZATION),  # figures after several names, no ages
    ("street", "Harding Road", ActorKind.PLACE),
    ("street", "Mill Lane", ActorKind.PLACE),
    ("street", "Diane Lane", ActorKind.PERSON),  # a given name opens it: a person
    ("street", "Chris Lane", ActorKind.PERSON),  # a given name of either sex
    ("street", "Kit Road", ActorKind.PERSON),  # praised, not on
    ("labs", "Northline Rail", ActorKind.ORGANIZATION),  # a zone's letters in a name, after no clock time
])  # fmt: skip
def test_a_real_actor_keeps_its_kind(
    kinds: dict[str, list[tuple[str, ActorKind]]], key: str, name: str, kind: ActorKind
) -> None:
    assert (name, kind) in kinds[key], kinds[key]


def test_a_surname_that_is_a_plural_stays_a_person(kinds: dict[str, list[tuple[str, ActorKind]]]) -> None:
    assert [k for name, k in kinds["banks"] if name == "Banks"] == [ActorKind.PERSON], kinds["banks"]


def test_a_drug_patients_swallow_is_no_actor(kinds: dict[str, list[tuple[str, ActorKind]]]) -> None:
    assert all(name != "Zelorax" for name, _ in kinds["drug"]), kinds["drug"]


def test_the_zone_of_a_clock_time_is_no_actor(kinds: dict[str, list[tuple[str, ActorKind]]]) -> None:
    assert [name for name, _ in kinds["zones"] if name in {"BST", "EDT", "GMT"}] == [], kinds["zones"]
