"""Event rules on hand-built parses: no model needed, and no test pinned to one model's parse."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import NamedTuple

import pytest
from spacy.lang.en import English
from spacy.tokens import Doc

from graph.extract.actors import extract_mentions
from graph.extract.dates import extract_times
from graph.extract.event_syntax import lemma_of
from graph.extract.event_words import synonymous
from graph.extract.events import extract_events
from graph.extract.quotes import extract_quotes
from graph.model import Article, EventMention, EventType, Quote, RelationMention, RelationType

VOCAB = English().vocab
"""An English vocabulary: lower-case forms and the like, which the rules read, come from its lexical attributes."""


class Parse(NamedTuple):
    words: str
    heads: list[int]
    deps: str
    pos: str
    tags: str
    lemmas: str
    ents: str = ""
    glued: tuple[int, ...] = ()
    """The words written with no space after them: the halves of "gang-linked"."""


def run(
    parse: Parse, quoted: bool = False, given: Sequence[Quote] = ()
) -> tuple[Article, list[EventMention], list[RelationMention]]:
    """The events of ``parse``; with ``quoted``, its quotes found first, as the pipeline does; else ``given``."""
    words = parse.words.split()
    doc = Doc(
        VOCAB,
        words=words,
        spaces=[i not in parse.glued for i in range(len(words))],
        heads=parse.heads,
        deps=parse.deps.split(),
        pos=parse.pos.split(),
        tags=parse.tags.split(),
        lemmas=parse.lemmas.split(),
        ents=parse.ents.split() if parse.ents else ["O"] * len(words),
    )
    article = Article("a", doc.text, published=dt.date(2022, 9, 12))
    mentions = list(extract_mentions(doc, article))
    times = list(extract_times(doc, article))
    quotes = list(extract_quotes(doc, article, mentions, times)) if quoted else list(given)
    events, relations = extract_events(doc, article, mentions, times, quotes)
    return article, events, relations


SIGNED = Parse("Deputies signed a petition .", [1, 1, 3, 1, 1], "nsubj ROOT det dobj punct",
               "NOUN VERB DET NOUN PUNCT", "NNS VBD DT NN .", "deputy sign a petition .")  # fmt: skip
NOT_SIGNED = Parse("Deputies did not sign a petition .", [3, 3, 3, 3, 5, 3, 3],
                   "nsubj aux neg ROOT det dobj punct", "NOUN AUX PART VERB DET NOUN PUNCT",
                   "NNS VBD RB VB DT NN .", "deputy do not sign a petition .")  # fmt: skip
INVADED = Parse("Russia invaded Ukraine on February 24 .", [1, 1, 1, 1, 3, 4, 1],
                "nsubj ROOT dobj prep pobj nummod punct", "PROPN VERB PROPN ADP PROPN NUM PUNCT",
                "NNP VBD NNP IN NNP CD .", "Russia invade Ukraine on February 24 .",
                "B-GPE O B-GPE O B-DATE I-DATE O")  # fmt: skip
COULD_INVADE = Parse("Russia could invade Ukraine .", [2, 2, 2, 2, 2], "nsubj aux ROOT dobj punct",
                     "PROPN AUX VERB PROPN PUNCT", "NNP MD VB NNP .", "Russia could invade Ukraine .",
                     "B-GPE O O B-GPE O")  # fmt: skip
CALLED_FOR = Parse("They called for his resignation .", [1, 1, 1, 4, 2, 1], "nsubj ROOT prep poss pobj punct",
                   "PRON VERB ADP PRON NOUN PUNCT", "PRP VBD IN PRP$ NN .",
                   "they call for his resignation .")  # fmt: skip
FLED_AFTER = Parse("Troops fled after Ukraine launched an offensive .", [1, 1, 4, 4, 1, 6, 4, 1],
                   "nsubj ROOT mark nsubj advcl det dobj punct", "NOUN VERB SCONJ PROPN VERB DET NOUN PUNCT",
                   "NNS VBD IN NNP VBD DT NN .", "troop flee after Ukraine launch an offensive .",
                   "O O O B-GPE O O O O")  # fmt: skip
SAID_IN_TRANSLATION = Parse("“ We will win , ” Zelensky said in translation .", [3, 3, 3, 7, 7, 7, 7, 7, 7, 8, 7],
                            "punct nsubj aux ccomp punct punct nsubj ROOT prep pobj punct",
                            "PUNCT PRON AUX VERB PUNCT PUNCT PROPN VERB ADP NOUN PUNCT",
                            "`` PRP MD VB , '' NNP VBD IN NN .", "“ we will win , ” Zelensky say in translation .",
                            "O O O O O O B-PERSON O O O O")  # fmt: skip
NO_ONE_INVADED = Parse("No army invaded Ukraine .", [1, 2, 2, 2, 2], "det nsubj ROOT dobj punct",
                       "DET NOUN VERB PROPN PUNCT", "DT NN VBD NNP .", "no army invade Ukraine .",
                       "O O O B-GPE O")  # fmt: skip
BARELY_INVADED = Parse("Russia barely invaded Ukraine .", [2, 2, 2, 2, 2], "nsubj advmod ROOT dobj punct",
                       "PROPN ADV VERB PROPN PUNCT", "NNP RB VBD NNP .", "Russia barely invade Ukraine .",
                       "B-GPE O O B-GPE O")  # fmt: skip
IN_MARCH = Parse("Troops fled in March .", [1, 1, 1, 2, 1], "nsubj ROOT prep pobj punct",
                 "NOUN VERB ADP PROPN PUNCT", "NNS VBD IN NNP .", "troop flee in March .",
                 "O O O B-DATE O")  # fmt: skip
SEEMED = Parse("The army seemed tired .", [1, 2, 2, 2, 2], "det nsubj ROOT acomp punct",
               "DET NOUN VERB ADJ PUNCT", "DT NN VBD JJ .", "the army seem tired .")  # fmt: skip

CHARGED = Parse("Prosecutors charged Mira Toll .", [1, 1, 3, 1, 1], "nsubj ROOT compound dobj punct",
                "NOUN VERB PROPN PROPN PUNCT", "NNS VBD NNP NNP .", "prosecutor charge Mira Toll .",
                "O O B-PERSON I-PERSON O")  # fmt: skip
SHOT_AND_FLED = Parse("The gunmen who shot Dan Pruitt fled .", [1, 6, 3, 1, 5, 3, 6, 6],
                      "det nsubj nsubj relcl compound dobj ROOT punct", "DET NOUN PRON VERB PROPN PROPN VERB PUNCT",
                      "DT NNS WP VBD NNP NNP VBD .", "the gunman who shoot Dan Pruitt flee .",
                      "O O O O B-PERSON I-PERSON O O")  # fmt: skip
TOLLS_ARREST = Parse("Mira Toll 's arrest angered voters .", [1, 3, 1, 4, 4, 4, 4],
                     "compound poss case nsubj ROOT dobj punct", "PROPN PROPN PART NOUN VERB NOUN PUNCT",
                     "NNP NNP POS NN VBD NNS .", "Mira Toll 's arrest anger voter .",
                     "B-PERSON I-PERSON O O O O O", glued=(1,))  # fmt: skip
LONE_DRIVER = Parse("The driver who hit Dan Pruitt fled .", [1, 6, 3, 1, 5, 3, 6, 6],
                    "det nsubj nsubj relcl compound dobj ROOT punct", "DET NOUN PRON VERB PROPN PROPN VERB PUNCT",
                    "DT NN WP VBD NNP NNP VBD .", "the driver who hit Dan Pruitt flee .",
                    "O O O O B-PERSON I-PERSON O O")  # fmt: skip


@pytest.mark.parametrize(
    ("parse", "expected"),
    [
        (SIGNED, [("petition", EventType.POLITICAL, "Deputies signed petition", ["Deputies"], [])]),
        (NOT_SIGNED, []),
        (INVADED, [("invade", EventType.CONFLICT, "Russia invaded Ukraine", ["Russia"], ["Ukraine"])]),
        (COULD_INVADE, []),
        (SEEMED, []),
        (NO_ONE_INVADED, []),
        (BARELY_INVADED, []),
        (IN_MARCH, [("flee", EventType.MOVEMENT, "Troops fled", ["Troops"], [])]),
        (CHARGED, [("charge", EventType.LEGAL, "Prosecutors charged Mira Toll", ["Prosecutors"], ["Mira Toll"])]),
        (
            SHOT_AND_FLED,
            [
                ("shoot", EventType.CONFLICT, "gunmen shot Dan Pruitt", ["The gunmen"], ["Dan Pruitt"]),
                ("flee", EventType.MOVEMENT, "gunmen fled", ["The gunmen"], []),
            ],
        ),
        (
            TOLLS_ARREST,
            [
                ("arrest", EventType.LEGAL, "Mira Toll's arrest", [], ["Mira Toll"]),
                ("anger", EventType.OTHER, "Mira Toll's arrest angered voters", [], ["voters"]),
            ],
        ),
        (
            LONE_DRIVER,
            [
                ("hit", EventType.OTHER, "driver hit Dan Pruitt", [], ["Dan Pruitt"]),
                ("flee", EventType.MOVEMENT, "driver fled", [], []),
            ],
        ),
    ],
    ids=[
        "light verb lends its subject",
        "negated",
        "verb with agent and patient",
        "modal",
        "copula-like",
        "no one did it",
        "barely",
        "a month's name is no march",
        "a plural of a common noun naming people is an agent",
        "a relative clause's antecedent is its agent, and its verb's",
        "the possessor of an arrest is who was arrested",
        "one unnamed person is left to the actors the article names",
    ],
)
def test_events(parse: Parse, expected: list[tuple[str, EventType, str, list[str], list[str]]]) -> None:
    _article, events, _relations = run(parse)
    found = [(e.lemma, e.type, e.label, [m.text for m in e.agents], [m.text for m in e.patients]) for e in events]
    assert found == expected


def test_demanded_resignation_is_no_event() -> None:
    _article, events, _relations = run(CALLED_FOR)
    assert "resignation" not in {e.lemma for e in events}


def test_time_of_the_clause_not_the_publication_date() -> None:
    _article, events, _relations = run(INVADED)
    assert events[0].time is not None and events[0].time.value == "2022-02-24"
    _article, events, _relations = run(SIGNED)
    assert events[0].time is None


def test_relation_after_keeps_its_word() -> None:
    article, events, relations = run(FLED_AFTER)
    assert [e.lemma for e in events] == ["flee", "offensive"]
    assert [(r.source.slice(article.text), r.type, r.target.slice(article.text), r.words) for r in relations] == [
        ("fled", RelationType.AFTER, "offensive", "after")
    ]


def test_speech_said_in_translation_names_no_document() -> None:
    """A copy noun with nothing after it ("said in translation") is no medium; reading it once never ended."""
    _article, events, _relations = run(SAID_IN_TRANSLATION, quoted=True)
    assert [(e.lemma, e.type, e.label, len(e.quotes)) for e in events] == [
        ("say", EventType.SPEECH, "Zelensky said", 1)
    ]


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [("offensive", "counteroffensive", True), ("petition", "letter", False), ("invasion", "invade", True)],
)
def test_synonyms(a: str, b: str, same: bool) -> None:
    assert synonymous(a, b) is same


def test_hyphenated_lemma() -> None:
    doc = Doc(VOCAB, words=["counter", "-", "offensives"], spaces=[False, False, False], lemmas=["counter", "-",
              "offensive"])  # fmt: skip
    assert lemma_of(doc[2]) == "counteroffensive"


STABBING = Parse("A vigil followed the stabbing .", [1, 2, 2, 4, 2, 2], "det nsubj ROOT det dobj punct",
                 "DET NOUN VERB DET NOUN PUNCT", "DT NN VBD DT NN .", "a vigil follow the stabbing .")  # fmt: skip


def test_crimes_and_gatherings_of_news_are_event_nouns() -> None:
    _, events, _ = run(STABBING)
    assert {(e.lemma, e.type) for e in events} >= {("vigil", EventType.POLITICAL), ("stabbing", EventType.CONFLICT)}


ATTACKED_OLD_CONVOY = Parse("Troops attacked the 2001 convoy .", [1, 1, 4, 4, 1, 1],
                            "nsubj ROOT det nummod dobj punct", "NOUN VERB DET NUM NOUN PUNCT",
                            "NNS VBD DT CD NN .", "troop attack the 2001 convoy .", "O O O B-DATE O O")  # fmt: skip
RECALLED_INVASION = Parse("Veterans recalled the 2001 invasion .", [1, 1, 4, 4, 1, 1],
                          "nsubj ROOT det nummod dobj punct", "NOUN VERB DET NUM NOUN PUNCT",
                          "NNS VBD DT CD NN .", "veteran recall the 2001 invasion .", "O O O B-DATE O O")  # fmt: skip


def test_a_year_that_qualifies_a_noun_dates_that_noun_not_the_clause() -> None:
    _article, events, _relations = run(ATTACKED_OLD_CONVOY)
    attack = next(e for e in events if e.lemma == "attack")
    assert attack.time is None  # "the 2001 convoy": the convoy's year, not the attack's
    _article, events, _relations = run(RECALLED_INVASION)
    invasion = next(e for e in events if e.lemma == "invasion")
    assert invasion.time is not None and invasion.time.value == "2001"
    assert all(e.time is None for e in events if e is not invasion)


NOT_WON_OR_BEATEN = Parse("Vale has not won or beaten Oduya .", [3, 3, 3, 3, 3, 3, 5, 3],
                          "nsubj aux neg ROOT cc conj dobj punct", "PROPN AUX PART VERB CCONJ VERB PROPN PUNCT",
                          "NNP VBZ RB VBN CC VBN NNP .", "Vale have not win or beat Oduya .",
                          "B-PERSON O O O O O B-PERSON O")  # fmt: skip
NOT_ARRESTED_BUT_FREED = Parse("Police did not arrest Oduya but freed him .", [3, 3, 3, 3, 3, 3, 3, 6, 3],
                               "nsubj aux neg ROOT dobj cc conj dobj punct",
                               "NOUN AUX PART VERB PROPN CCONJ VERB PRON PUNCT", "NNS VBD RB VB NNP CC VBD PRP .",
                               "police do not arrest Oduya but free he .",
                               "O O O O B-PERSON O O O O")  # fmt: skip
MAY_ATTACK_AND_SEIZE = Parse("Rebels may attack Tarvo and seize Lusk .", [2, 2, 2, 2, 2, 2, 5, 2],
                             "nsubj aux ROOT dobj cc conj dobj punct", "NOUN AUX VERB PROPN CCONJ VERB PROPN PUNCT",
                             "NNS MD VB NNP CC VB NNP .", "rebel may attack Tarvo and seize Lusk .",
                             "O O O B-GPE O O B-GPE O")  # fmt: skip


@pytest.mark.parametrize(
    ("parse", "lemmas"),
    [(NOT_WON_OR_BEATEN, set()), (NOT_ARRESTED_BUT_FREED, {"free"}), (MAY_ATTACK_AND_SEIZE, set())],
    ids=["negation shared over or", "but denies the denial", "modal shared by a bare infinitive after and"],
)
def test_a_coordinated_verb_shares_the_negation_or_modal_it_has_no_auxiliary_against(
    parse: Parse, lemmas: set[str]
) -> None:
    _article, events, _relations = run(parse)
    assert {e.lemma for e in events} == lemmas


COULD_NOT_HOLD_SEIZE_OR_CROSS = Parse("Rebels could not hold Tarvo , seize Lusk or cross Orra .",
                                      [3, 3, 3, 3, 3, 3, 3, 6, 6, 6, 9, 3],
                                      "nsubj aux neg ROOT dobj punct conj dobj cc conj dobj punct",
                                      "NOUN AUX PART VERB PROPN PUNCT VERB PROPN CCONJ VERB PROPN PUNCT",
                                      "NNS MD RB VB NNP , VB NNP CC VB NNP .",
                                      "rebel could not hold Tarvo , seize Lusk or cross Orra .",
                                      "O O O O B-GPE O O B-GPE O O B-GPE O")  # fmt: skip


def test_a_list_member_set_off_by_a_comma_shares_the_negation_through_the_lists_joiner() -> None:
    _article, events, _relations = run(COULD_NOT_HOLD_SEIZE_OR_CROSS)
    assert not events


WON_NOTHING = Parse("Vale won nothing .", [1, 1, 1, 1], "nsubj ROOT dobj punct", "PROPN VERB PRON PUNCT",
                    "NNP VBD NN .", "Vale win nothing .", "B-PERSON O O O")  # fmt: skip
WON_LITTLE_SUPPORT = Parse("Vale won little support .", [1, 1, 3, 1, 1], "nsubj ROOT amod dobj punct",
                           "PROPN VERB ADJ NOUN PUNCT", "NNP VBD JJ NN .", "Vale win little support .",
                           "B-PERSON O O O O")  # fmt: skip
WON_A_FEW_SEATS = Parse("Vale won a few seats .", [1, 1, 4, 4, 1, 1], "nsubj ROOT det amod dobj punct",
                        "PROPN VERB DET ADJ NOUN PUNCT", "NNP VBD DT JJ NNS .", "Vale win a few seat .",
                        "B-PERSON O O O O O")  # fmt: skip


@pytest.mark.parametrize(
    ("parse", "lemmas"),
    [(WON_NOTHING, set()), (WON_LITTLE_SUPPORT, set()), (WON_A_FEW_SEATS, {"win"})],
    ids=["nothing", "little of it", "a few is some"],
)
def test_an_object_that_says_nothing_came_of_it_denies_the_event(parse: Parse, lemmas: set[str]) -> None:
    _article, events, _relations = run(parse)
    assert {e.lemma for e in events} == lemmas


LEGAL_BATTLE = Parse("The legal battle ended .", [2, 2, 3, 3, 3], "det amod nsubj ROOT punct",
                     "DET ADJ NOUN VERB PUNCT", "DT JJ NN VBD .", "the legal battle end .")  # fmt: skip
BUDGET_FIGHT = Parse("The fight over the budget ended .", [1, 5, 1, 4, 2, 5, 5],
                     "det nsubj prep det pobj ROOT punct", "DET NOUN ADP DET NOUN VERB PUNCT",
                     "DT NN IN DT NN VBD .", "the fight over the budget end .")  # fmt: skip
STRUCK_DOWN = Parse("The court struck down the law .", [1, 2, 2, 2, 5, 2, 2], "det nsubj ROOT prt det dobj punct",
                    "DET NOUN VERB ADP DET NOUN PUNCT", "DT NN VBD RP DT NN .",
                    "the court strike down the law .")  # fmt: skip
FIERCE_BATTLE = Parse("Troops fought a fierce battle .", [1, 1, 4, 4, 1, 1], "nsubj ROOT det amod dobj punct",
                      "NOUN VERB DET ADJ NOUN PUNCT", "NNS VBD DT JJ NN .",
                      "troop fight a fierce battle .")  # fmt: skip

MOVED_PAST_SCANDAL = Parse("Ann Lee moved past the scandal .", [1, 2, 2, 2, 5, 3, 2],
                           "compound nsubj ROOT prep det pobj punct", "PROPN PROPN VERB ADP DET NOUN PUNCT",
                           "NNP NNP VBD IN DT NN .", "Ann Lee move past the scandal .",
                           "B-PERSON I-PERSON O O O O O")  # fmt: skip
MOVED_PAST_CHECKPOINT = Parse("The convoy moved past the checkpoint .", [1, 2, 2, 2, 5, 3, 2],
                              "det nsubj ROOT prep det pobj punct", "DET NOUN VERB ADP DET NOUN PUNCT",
                              "DT NN VBD IN DT NN .", "the convoy move past the checkpoint .")  # fmt: skip


@pytest.mark.parametrize(
    ("parse", "lemma", "expected"),
    [
        (MOVED_PAST_SCANDAL, "move", (EventType.OTHER, True)),
        (MOVED_PAST_CHECKPOINT, "move", (EventType.MOVEMENT, True)),
        (LEGAL_BATTLE, "battle", (EventType.OTHER, False)),
        (BUDGET_FIGHT, "fight", (EventType.OTHER, False)),
        (STRUCK_DOWN, "strike down", (EventType.OTHER, True)),
        (FIERCE_BATTLE, "battle", (EventType.CONFLICT, True)),
        (FIERCE_BATTLE, "fight", (EventType.CONFLICT, True)),
    ],
    ids=[
        "moving past a scandal is no motion",
        "moving past a checkpoint is",
        "a legal battle is a contest of words, kept as data",
        "a fight over a budget is too",
        "striking down a law is no violence, told as any verb",
        "a fierce battle is a battle",
        "fighting one is fighting",
    ],
)
def test_figures_of_speech_are_no_violence(parse: Parse, lemma: str, expected: tuple[EventType, bool]) -> None:
    _article, events, _relations = run(parse)
    assert [(e.type, e.salient) for e in events if e.lemma == lemma] == [expected]


WEEKEND_CLASHES = Parse("Clashes over the weekend left 12 people dead .", [4, 0, 3, 1, 4, 6, 4, 4, 4],
                        "nsubj prep det pobj ROOT nummod dobj oprd punct", "NOUN ADP DET NOUN VERB NUM NOUN ADJ PUNCT",
                        "NNS IN DT NN VBD CD NNS JJ .", "clash over the weekend leave 12 people dead .",
                        "O O B-DATE I-DATE O B-CARDINAL O O O")  # fmt: skip
BRIDGE_BATTLE = Parse("Rebels fought a fierce battle over the bridge , leaving dozens dead .",
                      [1, 1, 4, 4, 1, 4, 7, 5, 1, 1, 9, 9, 1],
                      "nsubj ROOT det amod dobj prep det pobj punct advcl dobj oprd punct",
                      "NOUN VERB DET ADJ NOUN ADP DET NOUN PUNCT VERB NOUN ADJ PUNCT",
                      "NNS VBD DT JJ NN IN DT NN , VBG NNS JJ .",
                      "rebel fight a fierce battle over the bridge , leave dozen dead .")  # fmt: skip
SHOT_LAW = Parse("A gunman shot Detective Ray Law .", [1, 2, 2, 5, 5, 2, 2],
                 "det nsubj ROOT compound compound dobj punct", "DET NOUN VERB PROPN PROPN PROPN PUNCT",
                 "DT NN VBD NNP NNP NNP .",
                 "a gunman shoot Detective Ray Law .", "O O O B-PERSON I-PERSON I-PERSON O")  # fmt: skip
KILLED_BILL = Parse("Rebels killed Bill , a local shopkeeper .", [1, 1, 1, 2, 6, 6, 2, 1],
                    "nsubj ROOT dobj punct det amod appos punct", "NOUN VERB PROPN PUNCT DET ADJ NOUN PUNCT",
                    "NNS VBD NNP , DT JJ NN .", "rebel kill Bill , a local shopkeeper .",
                    "O O B-PERSON O O O O O")  # fmt: skip
THIRD_FLOOR = Parse("A missile struck the third floor of the apartment block .", [1, 2, 2, 5, 5, 2, 5, 9, 9, 6, 2],
                    "det nsubj ROOT det amod dobj prep det compound pobj punct",
                    "DET NOUN VERB DET ADJ NOUN ADP DET NOUN NOUN PUNCT", "DT NN VBD DT JJ NN IN DT NN NN .",
                    "a missile strike the third floor of the apartment block .")  # fmt: skip
COURTROOM_SHOOTING = Parse("A courtroom shooting left a bailiff dead .", [2, 2, 3, 3, 5, 3, 3, 3],
                           "det compound nsubj ROOT det dobj oprd punct", "DET NOUN NOUN VERB DET NOUN ADJ PUNCT",
                           "DT NN NN VBD DT NN JJ .", "a courtroom shooting leave a bailiff dead .")  # fmt: skip
TURF_WAR = Parse("The turf war between the two gangs has claimed 30 lives .", [2, 2, 8, 2, 6, 6, 3, 8, 8, 10, 8, 8],
                 "det amod nsubj prep det nummod pobj aux ROOT nummod dobj punct",
                 "DET ADJ NOUN ADP DET NUM NOUN AUX VERB NUM NOUN PUNCT", "DT JJ NN IN DT CD NNS VBZ VBN CD NNS .",
                 "the turf war between the two gang have claim 30 life .")  # fmt: skip
POLITICAL_KILLING = Parse("The political killing of the journalist ended .", [2, 2, 6, 2, 5, 3, 6, 6],
                          "det amod nsubj prep det pobj ROOT punct", "DET ADJ NOUN ADP DET NOUN VERB PUNCT",
                          "DT JJ NN IN DT NN VBD .", "the political killing of the journalist end .")  # fmt: skip


@pytest.mark.parametrize(
    ("parse", "lemma"),
    [
        (WEEKEND_CLASHES, "clash"),
        (BRIDGE_BATTLE, "battle"),
        (SHOT_LAW, "shoot"),
        (KILLED_BILL, "kill"),
        (THIRD_FLOOR, "strike"),
        (COURTROOM_SHOOTING, "shooting"),
        (TURF_WAR, "war"),
        (POLITICAL_KILLING, "killing"),
    ],
    ids=[
        "clashes over a weekend are fighting",
        "a battle over a bridge that leaves dozens dead is fighting",
        "a name is no figurative object",
        "nor is a first name",
        "a floor struck is a building hit",
        "a shooting is never a contest of words",
        "a turf war that claims lives is a war",
        "a political killing is a killing",
    ],
)
def test_real_violence_is_no_figure_of_speech(parse: Parse, lemma: str) -> None:
    _article, events, _relations = run(parse)
    assert [(e.type, e.salient) for e in events if e.lemma == lemma] == [(EventType.CONFLICT, True)]


REMARKS_ATTACK = Parse("Ann Lee attacked the mayor 's remarks .", [1, 2, 2, 4, 6, 4, 2, 2],
                      "compound nsubj ROOT det poss case dobj punct", "PROPN PROPN VERB DET NOUN PART NOUN PUNCT",
                      "NNP NNP VBD DT NN POS NNS .", "Ann Lee attack the mayor 's remark .",
                      "B-PERSON I-PERSON O O O O O O", glued=(4,))  # fmt: skip
SPEECH_ATTACK = Parse("Ann Lee attacked Tom Hill in a speech .", [1, 2, 2, 4, 2, 2, 7, 5, 2],
                      "compound nsubj ROOT compound dobj prep det pobj punct",
                      "PROPN PROPN VERB PROPN PROPN ADP DET NOUN PUNCT", "NNP NNP VBD NNP NNP IN DT NN .",
                      "Ann Lee attack Tom Hill in a speech .",
                      "B-PERSON I-PERSON O B-PERSON I-PERSON O O O O")  # fmt: skip
BLAMED_ATTACK = Parse("Ann Lee attacked Tom Hill for skipping the vote .", [1, 2, 2, 4, 2, 2, 5, 8, 6, 2],
                      "compound nsubj ROOT compound dobj prep pcomp det dobj punct",
                      "PROPN PROPN VERB PROPN PROPN ADP VERB DET NOUN PUNCT", "NNP NNP VBD NNP NNP IN VBG DT NN .",
                      "Ann Lee attack Tom Hill for skip the vote .",
                      "B-PERSON I-PERSON O B-PERSON I-PERSON O O O O O")  # fmt: skip
POVERTY_FIGHT = Parse("Ann Lee fought poverty .", [1, 2, 2, 2, 2], "compound nsubj ROOT dobj punct",
                      "PROPN PROPN VERB NOUN PUNCT", "NNP NNP VBD NN .", "Ann Lee fight poverty .",
                      "B-PERSON I-PERSON O O O")  # fmt: skip
DECISION_ATTACKS = Parse("Her attacks on the decision angered Tom Hill .", [1, 5, 1, 4, 2, 5, 7, 5, 5],
                         "poss nsubj prep det pobj ROOT compound dobj punct",
                         "PRON NOUN ADP DET NOUN VERB PROPN PROPN PUNCT", "PRP$ NNS IN DT NN VBD NNP NNP .",
                         "her attack on the decision anger Tom Hill .",
                         "O O O O O O B-PERSON I-PERSON O")  # fmt: skip
WORDS_WAR = Parse("A war of words erupted .", [1, 4, 1, 2, 4, 4], "det nsubj prep pobj ROOT punct",
                  "DET NOUN ADP NOUN VERB PUNCT", "DT NN IN NNS VBD .", "a war of word erupt .")  # fmt: skip
SHOT_BACK = Parse("“ Liar , ” Tom Hill shot back .", [6, 6, 6, 6, 5, 6, 6, 6, 6],
                  "punct npadvmod punct punct compound nsubj ROOT advmod punct",
                  "PUNCT NOUN PUNCT PUNCT PROPN PROPN VERB ADV PUNCT", "`` NN , '' NNP NNP VBD RB .",
                  "“ liar , ” Tom Hill shoot back .", "O O O O B-PERSON I-PERSON O O O", glued=(0, 1))  # fmt: skip
TOWN_ATTACK = Parse("Troops attacked the town .", [1, 1, 3, 1, 1], "nsubj ROOT det dobj punct",
                    "NOUN VERB DET NOUN PUNCT", "NNS VBD DT NN .", "troop attack the town .")  # fmt: skip
FORCES_FIGHT = Parse("Rebels fought government forces .", [1, 1, 3, 1, 1], "nsubj ROOT compound dobj punct",
                     "NOUN VERB NOUN NOUN PUNCT", "NNS VBD NN NNS .", "rebel fight government force .")  # fmt: skip
HOURS_ATTACK = Parse("Troops attacked the convoy for three hours .", [1, 1, 3, 1, 1, 6, 4, 1],
                     "nsubj ROOT det dobj prep nummod pobj punct", "NOUN VERB DET NOUN ADP NUM NOUN PUNCT",
                     "NNS VBD DT NN IN CD NNS .", "troop attack the convoy for three hour .",
                     "O O O O O B-TIME I-TIME O")  # fmt: skip
OFFICERS_SHOT_BACK = Parse("Officers shot back .", [1, 1, 1, 1], "nsubj ROOT advmod punct", "NOUN VERB ADV PUNCT",
                           "NNS VBD RB .", "officer shoot back .")  # fmt: skip


@pytest.mark.parametrize(
    ("parse", "lemma", "kind"),
    [
        (REMARKS_ATTACK, "attack", EventType.SPEECH),
        (SPEECH_ATTACK, "attack", EventType.CONFLICT),
        (BLAMED_ATTACK, "attack", EventType.CONFLICT),
        (POVERTY_FIGHT, "fight", EventType.CONFLICT),
        (DECISION_ATTACKS, "attack", EventType.SPEECH),
        (WORDS_WAR, "war", EventType.SPEECH),
        (SHOT_BACK, "shoot back", EventType.CONFLICT),
        (TOWN_ATTACK, "attack", EventType.CONFLICT),
        (FORCES_FIGHT, "fight", EventType.CONFLICT),
        (HOURS_ATTACK, "attack", EventType.CONFLICT),
        (OFFICERS_SHOT_BACK, "shoot back", EventType.CONFLICT),
    ],
    ids=[
        "attacking remarks is criticism",
        "attacking someone in a speech stays violence: a setting is no proof of words",
        "attacking someone for skipping a vote stays violence: nor is a reason",
        "fighting poverty stays violence: one may fight crime or poverty with raids",
        "attacks on a decision are criticism",
        "a war of words is words",
        "shooting back after a quote stays violence: a quote nearby is no proof of words",
        "troops attacking a town is violence",
        "rebels fighting government forces is",
        "attacking a convoy for three hours is",
        "officers shooting back with no quote is",
    ],
)
def test_attacks_with_words_are_speech_not_violence(parse: Parse, lemma: str, kind: EventType) -> None:
    _article, events, _relations = run(parse)
    assert [(e.type, e.salient) for e in events if e.lemma == lemma] == [(kind, True)]


BENEFITED = Parse("Farmers benefited from the rule .", [1, 1, 1, 4, 2, 1], "nsubj ROOT prep det pobj punct",
                  "NOUN VERB ADP DET NOUN PUNCT", "NNS VBD IN DT NN .", "farmer benefit from the rule .")  # fmt: skip
LED_POLLS = Parse("Ann Lee led the polls .", [1, 2, 2, 4, 2, 2], "compound nsubj ROOT det dobj punct",
                  "PROPN PROPN VERB DET NOUN PUNCT", "NNP NNP VBD DT NNS .", "Ann Lee lead the poll .",
                  "B-PERSON I-PERSON O O O O")  # fmt: skip
SOUNDED_CONFIDENT = Parse("Tom Hill sounded confident .", [1, 2, 2, 2, 2], "compound nsubj ROOT acomp punct",
                          "PROPN PROPN VERB ADJ PUNCT", "NNP NNP VBD JJ .", "Tom Hill sound confident .",
                          "B-PERSON I-PERSON O O O")  # fmt: skip
SOUNDED_ALARM = Parse("The guards sounded the alarm .", [1, 2, 2, 4, 2, 2], "det nsubj ROOT det dobj punct",
                      "DET NOUN VERB DET NOUN PUNCT", "DT NNS VBD DT NN .", "the guard sound the alarm .")  # fmt: skip
DOMINATED = Parse("The strike dominated the headlines .", [1, 2, 2, 4, 2, 2], "det nsubj ROOT det dobj punct",
                  "DET NOUN VERB DET NOUN PUNCT", "DT NN VBD DT NNS .",
                  "the strike dominate the headline .")  # fmt: skip
DOMINATED_ROUND = Parse("The team dominated the final round .", [1, 2, 2, 5, 5, 2, 2],
                        "det nsubj ROOT det amod dobj punct", "DET NOUN VERB DET ADJ NOUN PUNCT",
                        "DT NN VBD DT JJ NN .", "the team dominate the final round .")  # fmt: skip
CURLY_NOT = Parse("Ann Lee did n’t return to the bank .", [1, 2, 4, 4, 4, 4, 7, 5, 4],
                  "compound nsubj aux punct ROOT prep det pobj punct", "PROPN PROPN AUX NOUN VERB ADP DET NOUN PUNCT",
                  "NNP NNP VBD NN VB IN DT NN .", "Ann Lee do n’t return to the bank .",
                  "B-PERSON I-PERSON O O O O O O O", glued=(2,))  # fmt: skip


@pytest.mark.parametrize(
    ("parse", "lemma", "found"),
    [
        (BENEFITED, "benefit", False),
        (LED_POLLS, "lead", False),
        (SOUNDED_CONFIDENT, "sound", False),
        (SOUNDED_ALARM, "sound", True),
        (DOMINATED, "dominate", False),
        (DOMINATED_ROUND, "dominate", True),
        (CURLY_NOT, "return", False),
    ],
    ids=[
        "benefiting is a state",
        "leading the polls is a standing",
        "sounding confident is a seeming",
        "sounding the alarm happens",
        "dominating the headlines is a standing",
        "dominating a round happens",
        "“didn’t” with a curly apostrophe denies",
    ],
)
def test_states_and_denials_are_no_happenings(parse: Parse, lemma: str, found: bool) -> None:
    _article, events, _relations = run(parse)
    assert any(e.lemma == lemma for e in events) is found


HUNDREDS = Parse("Hundreds of nurses gathered .", [3, 0, 1, 3, 3], "nsubj prep pobj ROOT punct",
                 "NOUN ADP NOUN VERB PUNCT", "NNS IN NNS VBD .", "hundred of nurse gather .",
                 "B-CARDINAL O O O O")  # fmt: skip
MAJORITY = Parse("A majority of the council voted .", [1, 5, 1, 4, 2, 5, 5], "det nsubj prep det pobj ROOT punct",
                 "DET NOUN ADP DET NOUN VERB PUNCT", "DT NN IN DT NN VBD .",
                 "a majority of the council vote .")  # fmt: skip


@pytest.mark.parametrize(
    ("parse", "lemma", "agent", "words"),
    [(HUNDREDS, "gather", "nurses", "Hundreds of nurses gathered"), (MAJORITY, "vote", "the council", "council")],
    ids=["hundreds of nurses: the nurses", "a majority of the council: the council"],
)
def test_a_quantity_of_a_group_is_that_group(parse: Parse, lemma: str, agent: str, words: str) -> None:
    _article, events, _relations = run(parse)
    event = next(e for e in events if e.lemma == lemma)
    assert [m.text for m in event.agents] == [agent]
    assert words in event.label


BARRED_SELLING = Parse("The court barred the company from selling the drug .", [1, 2, 2, 4, 2, 2, 5, 8, 6, 2],
                       "det nsubj ROOT det dobj prep pcomp det dobj punct",
                       "DET NOUN VERB DET NOUN ADP VERB DET NOUN PUNCT", "DT NN VBD DT NN IN VBG DT NN .",
                       "the court bar the company from sell the drug .")  # fmt: skip
RETURNED_ATTACKING = Parse("Rebels returned from attacking the town .", [1, 1, 1, 2, 5, 3, 1],
                           "nsubj ROOT prep pcomp det dobj punct", "NOUN VERB ADP VERB DET NOUN PUNCT",
                           "NNS VBD IN VBG DT NN .", "rebel return from attack the town .")  # fmt: skip
BAN_ON_ENTERING = Parse("Voters want a ban on tourists entering the country .", [1, 1, 3, 1, 3, 4, 5, 8, 6, 1],
                        "nsubj ROOT det dobj prep pobj acl det dobj punct",
                        "NOUN VERB DET NOUN ADP NOUN VERB DET NOUN PUNCT", "NNS VBP DT NN IN NNS VBG DT NN .",
                        "voter want a ban on tourist enter the country .")  # fmt: skip
FAILED_TO_DISSUADE = Parse("The measures failed to dissuade unions from paralysing transport .",
                           [1, 2, 2, 4, 2, 4, 4, 6, 7, 2], "det nsubj ROOT aux xcomp dobj prep pcomp dobj punct",
                           "DET NOUN VERB PART VERB NOUN ADP VERB NOUN PUNCT", "DT NNS VBD TO VB NNS IN VBG NN .",
                           "the measure fail to dissuade union from paralyse transport .")  # fmt: skip
SUPPORT_BANNING = Parse("Voters support banning imports .", [1, 1, 1, 2, 1], "nsubj ROOT xcomp dobj punct",
                        "NOUN VERB VERB NOUN PUNCT", "NNS VBP VBG NNS .", "voter support ban import .")  # fmt: skip


@pytest.mark.parametrize(
    ("parse", "lemma", "happened"),
    [
        (BARRED_SELLING, "sell", False),
        (BARRED_SELLING, "bar", True),
        (RETURNED_ATTACKING, "attack", True),
        (FAILED_TO_DISSUADE, "paralyse", True),
        (BAN_ON_ENTERING, "enter", False),
        (SUPPORT_BANNING, "ban", False),
    ],
    ids=["barred from selling: no sale", "the barring happened", "returned from attacking: the attack happened",
         "failed to dissuade them from paralysing: they did", "a ban on tourists entering: no entering",
         "support banning: no ban"],
)  # fmt: skip
def test_what_is_prevented_or_only_supported_did_not_happen(parse: Parse, lemma: str, happened: bool) -> None:
    _article, events, _relations = run(parse)
    assert any(e.lemma == lemma for e in events) is happened


RIVAL_WON = Parse("Her rival , Ann Lee , won the vote .", [1, 6, 1, 4, 1, 6, 6, 8, 6, 6],
                  "poss nsubj punct compound appos punct ROOT det dobj punct",
                  "PRON NOUN PUNCT PROPN PROPN PUNCT VERB DET NOUN PUNCT", "PRP$ NN , NNP NNP , VBD DT NN .",
                  "her rival , Ann Lee , win the vote .", "O O O B-PERSON I-PERSON O O O O O")  # fmt: skip
DEFEATED_RIVAL = Parse("The mayor defeated her rival , Bo Dunn .", [1, 2, 2, 4, 2, 4, 7, 4, 2],
                       "det nsubj ROOT poss dobj punct compound appos punct",
                       "DET NOUN VERB PRON NOUN PUNCT PROPN PROPN PUNCT", "DT NN VBD PRP$ NN , NNP NNP .",
                       "the mayor defeat her rival , Bo Dunn .", "O O O O O O B-PERSON I-PERSON O")  # fmt: skip
VICTIM_NURSE = Parse("The victim , a nurse , died .", [1, 6, 1, 4, 1, 6, 6, 6],
                     "det nsubj punct det appos punct ROOT punct", "DET NOUN PUNCT DET NOUN PUNCT VERB PUNCT",
                     "DT NN , DT NN , VBD .", "the victim , a nurse , die .")  # fmt: skip


@pytest.mark.parametrize(
    ("parse", "lemma", "expected", "words"),
    [
        (RIVAL_WON, "win", (["Ann Lee"], []), "Ann Lee won"),
        (DEFEATED_RIVAL, "defeat", (["The mayor"], ["Bo Dunn"]), "defeated Bo Dunn"),
        (VICTIM_NURSE, "die", ([], []), "victim died"),
    ],
    ids=["her rival, Ann Lee, won: Ann Lee", "defeated her rival, Bo Dunn: Bo Dunn", "the victim, a nurse: no name"],
)
def test_a_name_set_beside_a_noun_is_the_participant(
    parse: Parse, lemma: str, expected: tuple[list[str], list[str]], words: str
) -> None:
    _article, events, _relations = run(parse)
    event = next(e for e in events if e.lemma == lemma)
    assert ([m.text for m in event.agents], [m.text for m in event.patients]) == expected
    assert words in event.label


POLICE_ARREST = Parse("The police 's arrest of the two suspects angered Orvel .", [1, 3, 1, 8, 3, 7, 7, 4, 8, 8, 8],
                      "det poss case nsubj prep det nummod pobj ROOT dobj punct",
                      "DET NOUN PART NOUN ADP DET NUM NOUN VERB PROPN PUNCT", "DT NN POS NN IN DT CD NNS VBD NNP .",
                      "the police 's arrest of the two suspect anger Orvel .",
                      "O O O O O O B-CARDINAL O O B-PERSON O", glued=(1,))  # fmt: skip
VELOR_KILLING = Parse("Velor 's killing of three soldiers angered Orvel .", [2, 0, 6, 2, 5, 3, 6, 6, 6],
                      "poss case nsubj prep nummod pobj ROOT dobj punct",
                      "PROPN PART NOUN ADP NUM NOUN VERB PROPN PUNCT", "NNP POS NN IN CD NNS VBD NNP .",
                      "Velor 's killing of three soldier anger Orvel .",
                      "B-ORG O O O B-CARDINAL O O B-PERSON O", glued=(0,))  # fmt: skip


@pytest.mark.parametrize(
    ("parse", "lemma", "expected"),
    [
        (POLICE_ARREST, "arrest", (["The police"], ["the two suspects"])),
        (VELOR_KILLING, "killing", (["Velor"], ["three soldiers"])),
    ],
    ids=["the police's arrest of two suspects: the police arrested", "Velor's killing of soldiers: Velor killed"],
)
def test_the_possessor_of_an_event_with_an_object_did_it(
    parse: Parse, lemma: str, expected: tuple[list[str], list[str]]
) -> None:
    _article, events, _relations = run(parse)
    found = [e for e in events if e.lemma == lemma]
    assert [([a.text for a in e.agents], [p.text for p in e.patients]) for e in found] == [expected]


BRENN_ARREST = Parse("Tilda Brenn 's arrest by the police angered Orvel .", [1, 3, 1, 7, 3, 6, 4, 7, 7, 7],
                     "compound poss case nsubj prep det pobj ROOT dobj punct",
                     "PROPN PROPN PART NOUN ADP DET NOUN VERB PROPN PUNCT", "NNP NNP POS NN IN DT NN VBD NNP .",
                     "Tilda Brenn 's arrest by the police anger Orvel .",
                     "B-PERSON I-PERSON O O O O O O B-PERSON O", glued=(1,))  # fmt: skip
HILL_EXTRADITION = Parse("Tom Hill 's extradition to Dorvan angered Orvel .", [1, 3, 1, 6, 3, 4, 6, 6, 6],
                         "compound poss case nsubj prep pobj ROOT dobj punct",
                         "PROPN PROPN PART NOUN ADP PROPN VERB PROPN PUNCT", "NNP NNP POS NN IN NNP VBD NNP .",
                         "Tom Hill 's extradition to Dorvan anger Orvel .",
                         "B-PERSON I-PERSON O O O B-GPE O B-PERSON O", glued=(1,))  # fmt: skip
QUELL_DISMISSAL = Parse("Ann Quell 's dismissal by the council angered Orvel .", [1, 3, 1, 7, 3, 6, 4, 7, 7, 7],
                        "compound poss case nsubj prep det pobj ROOT dobj punct",
                        "PROPN PROPN PART NOUN ADP DET NOUN VERB PROPN PUNCT", "NNP NNP POS NN IN DT NN VBD NNP .",
                        "Ann Quell 's dismissal by the council anger Orvel .",
                        "B-PERSON I-PERSON O O O O O O B-PERSON O", glued=(1,))  # fmt: skip
LEE_SENTENCING = Parse("Ann Lee 's sentencing to ten years angered Orvel .", [1, 3, 1, 7, 3, 6, 4, 7, 7, 7],
                       "compound poss case nsubj prep nummod pobj ROOT dobj punct",
                       "PROPN PROPN PART NOUN ADP NUM NOUN VERB PROPN PUNCT", "NNP NNP POS NN IN CD NNS VBD NNP .",
                       "Ann Lee 's sentencing to ten year anger Orvel .",
                       "B-PERSON I-PERSON O O O B-DATE I-DATE O B-PERSON O", glued=(1,))  # fmt: skip


@pytest.mark.parametrize(
    ("parse", "lemma", "expected"),
    [
        (BRENN_ARREST, "arrest", (["the police"], ["Tilda Brenn"])),
        (HILL_EXTRADITION, "extradition", ([], ["Tom Hill"])),
        (QUELL_DISMISSAL, "dismissal", (["the council"], ["Ann Quell"])),
        (LEE_SENTENCING, "sentencing", ([], ["Ann Lee"])),
    ],
    ids=[
        "Brenn's arrest by the police: the police arrested Brenn",
        "Hill's extradition to Dorvan: Hill was extradited, Dorvan is where to",
        "Quell's dismissal by the council: the council dismissed Quell",
        "Lee's sentencing to ten years: Lee was sentenced",
    ],
)
def test_by_or_to_leaves_the_possessor_the_patient(
    parse: Parse, lemma: str, expected: tuple[list[str], list[str]]
) -> None:
    _article, events, _relations = run(parse)
    found = [e for e in events if e.lemma == lemma]
    assert [([a.text for a in e.agents], [p.text for p in e.patients]) for e in found] == [expected]


JOBS_BILL = Parse("The Senate killed the Dorvan Jobs Bill .", [1, 2, 2, 6, 6, 6, 2, 2],
                  "det nsubj ROOT det compound compound dobj punct", "DET PROPN VERB DET PROPN PROPN PROPN PUNCT",
                  "DT NNP VBD DT NNP NNP NNP .", "the Senate kill the Dorvan Jobs Bill .",
                  "O B-ORG O B-LAW I-LAW I-LAW I-LAW O")  # fmt: skip
GUN_LAW = Parse("The court struck down the Varnold Gun Law .", [1, 2, 2, 2, 7, 7, 7, 2, 2],
                "det nsubj ROOT prt det compound compound dobj punct",
                "DET NOUN VERB ADP DET PROPN PROPN PROPN PUNCT", "DT NN VBD RP DT NNP NNP NNP .",
                "the court strike down the Varnold Gun Law .", "O O O O B-LAW I-LAW I-LAW I-LAW O")  # fmt: skip
KESK_AMENDMENT = Parse("Senators killed the Kesk Amendment .", [1, 1, 4, 4, 1, 1],
                       "nsubj ROOT det compound dobj punct", "NOUN VERB DET PROPN PROPN PUNCT",
                       "NNS VBD DT NNP NNP .", "senator kill the Kesk Amendment .")  # fmt: skip
SEIZED_FLOOR = Parse("Orvel seized the floor .", [1, 1, 3, 1, 1], "nsubj ROOT det dobj punct",
                     "PROPN VERB DET NOUN PUNCT", "NNP VBD DT NN .", "Orvel seize the floor .",
                     "B-PERSON O O O O")  # fmt: skip
POLITICAL_BATTLE = Parse("The political battle ended .", [2, 2, 3, 3, 3], "det amod nsubj ROOT punct",
                         "DET ADJ NOUN VERB PUNCT", "DT JJ NN VBD .", "the political battle end .")  # fmt: skip
COURTROOM_WAR = Parse("The courtroom war ended .", [2, 2, 3, 3, 3], "det compound nsubj ROOT punct",
                      "DET NOUN NOUN VERB PUNCT", "DT NN NN VBD .", "the courtroom war end .")  # fmt: skip
AGENCY_TURF_WAR = Parse("The turf war between the agencies ended .", [2, 2, 6, 2, 5, 3, 6, 6],
                        "det compound nsubj prep det pobj ROOT punct", "DET NOUN NOUN ADP DET NOUN VERB PUNCT",
                        "DT NN NN IN DT NNS VBD .", "the turf war between the agency end .")  # fmt: skip
RIGHTS_BATTLE = Parse("The battle over gun rights ended .", [1, 5, 1, 4, 2, 5, 5],
                      "det nsubj prep compound pobj ROOT punct", "DET NOUN ADP NOUN NOUN VERB PUNCT",
                      "DT NN IN NN NNS VBD .", "the battle over gun right end .")  # fmt: skip
PENSION_WAR = Parse("The war over pensions ended .", [1, 4, 1, 2, 4, 4], "det nsubj prep pobj ROOT punct",
                    "DET NOUN ADP NOUN VERB PUNCT", "DT NN IN NNS VBD .", "the war over pension end .")  # fmt: skip
LIFE_OF_ITS_OWN = Parse("The battle over the budget has taken on a life of its own .",
                        [1, 6, 1, 4, 2, 6, 6, 6, 9, 7, 9, 12, 10, 6],
                        "det nsubj prep det pobj aux ROOT prep det pobj prep poss pobj punct",
                        "DET NOUN ADP DET NOUN AUX VERB ADP DET NOUN ADP PRON ADJ PUNCT",
                        "DT NN IN DT NN VBZ VBN IN DT NN IN PRP$ JJ .",
                        "the battle over the budget have take on a life of its own .")  # fmt: skip
KILLED_AFTER_BATTLE = Parse("Senators killed the bill after a long battle over the budget .",
                            [1, 1, 3, 1, 1, 7, 7, 4, 7, 10, 8, 1],
                            "nsubj ROOT det dobj prep det amod pobj prep det pobj punct",
                            "NOUN VERB DET NOUN ADP DET ADJ NOUN ADP DET NOUN PUNCT",
                            "NNS VBD DT NN IN DT JJ NN IN DT NN .",
                            "senator kill the bill after a long battle over the budget .")  # fmt: skip
DEATH_TAX_WAR = Parse("The war over the death tax bill ended .", [1, 7, 1, 6, 5, 6, 2, 7, 7],
                      "det nsubj prep det compound compound pobj ROOT punct",
                      "DET NOUN ADP DET NOUN NOUN NOUN VERB PUNCT", "DT NN IN DT NN NN NN VBD .",
                      "the war over the death tax bill end .")  # fmt: skip


@pytest.mark.parametrize(
    ("parse", "lemma", "expected"),
    [
        (JOBS_BILL, "kill", (EventType.OTHER, True)),
        (GUN_LAW, "strike down", (EventType.OTHER, True)),
        (KESK_AMENDMENT, "kill", (EventType.OTHER, True)),
        (SEIZED_FLOOR, "seize", (EventType.OTHER, True)),
        (POLITICAL_BATTLE, "battle", (EventType.OTHER, False)),
        (COURTROOM_WAR, "war", (EventType.OTHER, False)),
        (AGENCY_TURF_WAR, "war", (EventType.OTHER, False)),
        (RIGHTS_BATTLE, "battle", (EventType.OTHER, False)),
        (PENSION_WAR, "war", (EventType.OTHER, False)),
        (LIFE_OF_ITS_OWN, "battle", (EventType.OTHER, False)),
        (KILLED_AFTER_BATTLE, "battle", (EventType.OTHER, False)),
        (DEATH_TAX_WAR, "war", (EventType.OTHER, False)),
    ],
    ids=[
        "killing a named bill is no violence",
        "striking down a named law",
        "killing a named amendment the recogniser missed",
        "seizing the floor is a debate's idiom",
        "a political battle is a contest of words",
        "so is a courtroom war",
        "a turf war where nobody died",
        "a battle over gun rights: issues are lemmas",
        "a war over pensions",
        "a life of its own tells of no death",
        "a bill killed is no harm",
        "the death tax names an issue",
    ],
)
def test_more_figures_of_speech_are_no_violence(parse: Parse, lemma: str, expected: tuple[EventType, bool]) -> None:
    _article, events, _relations = run(parse)
    assert [(e.type, e.salient) for e in events if e.lemma == lemma] == [expected]
