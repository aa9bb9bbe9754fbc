"""Incidental events (``EventMention.salient`` False): detected as data beside the salient ones, on hand-built parses
of invented sentences."""

from __future__ import annotations

import pytest

from graph.extract.event_syntax import nominalisation
from graph.model import EventType
from tests.extract.test_events import Parse, run

REBUILDING = Parse("Workers are rebuilding the bridge .", [2, 2, 2, 4, 2, 2], "nsubj aux ROOT det dobj punct",
                   "NOUN AUX VERB DET NOUN PUNCT", "NNS VBP VBG DT NN .",
                   "worker be rebuild the bridge .")  # fmt: skip
KNOWS = Parse("She knows everyone .", [1, 1, 1, 1], "nsubj ROOT dobj punct", "PRON VERB PRON PUNCT",
              "PRP VBZ NN .", "she know everyone .")  # fmt: skip
GAME_ENDED = Parse("The game ended late .", [1, 2, 2, 2, 2], "det nsubj ROOT advmod punct",
                   "DET NOUN VERB ADV PUNCT", "DT NN VBD RB .", "the game end late .")  # fmt: skip
WILL_INVESTIGATE = Parse("Police will investigate the attack .", [2, 2, 2, 4, 2, 2], "nsubj aux ROOT det dobj punct",
                         "NOUN AUX VERB DET NOUN PUNCT", "NNS MD VB DT NN .",
                         "police will investigate the attack .")  # fmt: skip
COULD_LAUNCH = Parse("Rebels could plan an attack .", [2, 2, 2, 4, 2, 2], "nsubj aux ROOT det dobj punct",
                     "NOUN AUX VERB DET NOUN PUNCT", "NNS MD VB DT NN .",
                     "rebel could plan an attack .")  # fmt: skip
MANAGED = Parse("The prisoner managed to escape .", [1, 2, 2, 4, 2, 2], "det nsubj ROOT aux xcomp punct",
                "DET NOUN VERB PART VERB PUNCT", "DT NN VBD TO VB .",
                "the prisoner manage to escape .")  # fmt: skip
PLANNED = Parse("The prisoner planned to escape .", [1, 2, 2, 4, 2, 2], "det nsubj ROOT aux xcomp punct",
                "DET NOUN VERB PART VERB PUNCT", "DT NN VBD TO VB .",
                "the prisoner plan to escape .")  # fmt: skip
HEADLINE = Parse("Singer Checks Into Clinic", [1, 1, 1, 2], "compound ROOT prep pobj", "PROPN PROPN ADP PROPN",
                 "NNP NNP IN NNP", "Singer Checks Into Clinic")  # fmt: skip
LAST_UPDATED = Parse("Last updated at 11:04", [1, 1, 1, 2], "advmod ROOT prep pobj", "ADV VERB ADP NUM",
                     "RB VBN IN CD", "last update at 11:04", "O O O B-TIME")  # fmt: skip
KEPT_UPDATED = Parse("Engineers kept users updated .", [1, 1, 1, 1, 1], "nsubj ROOT dobj oprd punct",
                     "NOUN VERB NOUN VERB PUNCT", "NNS VBD NNS VBN .",
                     "engineer keep user update .")  # fmt: skip
CLITIC = Parse("She ’s home .", [1, 1, 1, 1], "nsubj ROOT advmod punct", "PRON VERB ADV PUNCT",
               "PRP VBZ RB .", "she s home .")  # fmt: skip
DATELINE = Parse("Published : Tuesday", [0, 0, 0], "ROOT punct npadvmod", "VERB PUNCT PROPN", "VBN : NNP",
                 "publish : Tuesday", "O O B-DATE")  # fmt: skip
TREATMENT = Parse("Doctors treated patients and the treatment worked .", [1, 1, 1, 1, 5, 6, 1, 1],
                  "nsubj ROOT dobj cc det nsubj conj punct", "NOUN VERB NOUN CCONJ DET NOUN VERB PUNCT",
                  "NNS VBD NNS CC DT NN VBD .", "doctor treat patient and the treatment work .")  # fmt: skip
END_OF_YEAR = Parse("The end of 2015 leaves the race open .", [1, 4, 1, 2, 4, 6, 4, 4, 4],
                    "det nsubj prep pobj ROOT det dobj oprd punct", "DET NOUN ADP NUM VERB DET NOUN ADJ PUNCT",
                    "DT NN IN CD VBZ DT NN JJ .", "the end of 2015 leave the race open .",
                    "B-DATE I-DATE I-DATE I-DATE O O O O O")  # fmt: skip
ANONYMITY = Parse("An aide who requested anonymity confirmed the deal .", [1, 5, 3, 1, 3, 5, 7, 5, 5],
                  "det nsubj nsubj relcl dobj ROOT det dobj punct", "DET NOUN PRON VERB NOUN VERB DET NOUN PUNCT",
                  "DT NN WP VBD NN VBD DT NN .", "an aide who request anonymity confirm the deal .")  # fmt: skip
NO_COMMENT = Parse("A spokeswoman declined to comment .", [1, 2, 2, 4, 2, 2], "det nsubj ROOT aux xcomp punct",
                   "DET NOUN VERB PART VERB PUNCT", "DT NN VBD TO VB .",
                   "a spokeswoman decline to comment .")  # fmt: skip
WHO_VETTED = Parse("Who vetted the speech ?", [1, 1, 3, 1, 1], "nsubj ROOT det dobj punct",
                   "PRON VERB DET NOUN PUNCT", "WP VBD DT NN .", "who vet the speech ?")  # fmt: skip
TREATED_HIM = Parse("Doctors treated him .", [1, 1, 1, 1], "nsubj ROOT dobj punct", "NOUN VERB PRON PUNCT",
                    "NNS VBD PRP .", "doctor treat he .")  # fmt: skip
MURDER_CHARGES = Parse("He faces murder charges .", [1, 1, 3, 1, 1], "nsubj ROOT compound dobj punct",
                       "PRON VERB NOUN NOUN PUNCT", "PRP VBZ NN NNS .", "he face murder charge .")  # fmt: skip

REPORTED = Parse("The paper reported the fire .", [1, 2, 2, 4, 2, 2], "det nsubj ROOT det dobj punct",
                 "DET NOUN VERB DET NOUN PUNCT", "DT NN VBD DT NN .", "the paper report the fire .")  # fmt: skip


def found(parse: Parse) -> list[tuple[str, bool]]:
    _article, events, _relations = run(parse)
    return [(e.lemma, e.salient) for e in events]


@pytest.mark.parametrize(
    ("parse", "expected"),
    [
        (REBUILDING, [("rebuild", False)]),
        (KNOWS, []),
        (GAME_ENDED, [("game", False), ("end", True)]),
        (WILL_INVESTIGATE, [("attack", False)]),
        (COULD_LAUNCH, []),
        (MANAGED, [("manage", True), ("escape", True)]),
        (PLANNED, [("plan", False)]),
        (HEADLINE, [("check", False)]),
        (DATELINE, []),
        (LAST_UPDATED, []),
        (KEPT_UPDATED, [("keep", False), ("update", False)]),
        (CLITIC, []),
        (TREATMENT, [("treat", True), ("treatment", False), ("work", True)]),
        (MURDER_CHARGES, [("face", False), ("murder", False), ("charge", False)]),
        (REPORTED, [("report", False), ("fire", True)]),
        (TREATED_HIM, [("treat", False)]),
        (END_OF_YEAR, [("race", False)]),
        (ANONYMITY, [("confirm", True), ("deal", True)]),
        (NO_COMMENT, []),
        (WHO_VETTED, [("speech", True)]),
    ],
    ids=[
        "a content verb in the present is incidental",
        "a state of mind is no event",
        "an untyped event noun is incidental; a past verb with a noun subject is salient",
        "a definite event noun in a clause that did not happen is incidental",
        "an indefinite one there is no event",
        "an implicative verb's infinitive happened",
        "a planned infinitive did not (the planning did)",
        "a title-case headline's verb, tagged as a name",
        "a dateline is no event",
        "nor is a dateline that a word opens",
        "a verb of publishing inside a clause is no dateline",
        "a clitic the tagger took for a verb is no event",
        "a nominalisation of the article's own verb",
        "an event noun qualifying another",
        "a verb of speech that introduces no quote",
        "an untyped verb done to a bare pronoun tells a reader nothing out of its sentence",
        "a time as subject tells of no happening",
        "a request for anonymity is a formula of sourcing, no event",
        "declining to comment is a formula of sourcing, no event",
        "a question tells of no happening",
    ],
)
def test_salience(parse: Parse, expected: list[tuple[str, bool]]) -> None:
    assert found(parse) == expected


def test_an_entailed_infinitive_keeps_its_type() -> None:
    _article, events, _relations = run(MANAGED)
    assert [(e.lemma, e.type) for e in events if e.lemma == "escape"] == [("escape", EventType.MOVEMENT)]


STOLEN_CAR = Parse("Police found the stolen car .", [1, 1, 4, 4, 1, 1], "nsubj ROOT det amod dobj punct",
                   "NOUN VERB DET VERB NOUN PUNCT", "NNS VBD DT VBN NN .",
                   "police find the steal car .")  # fmt: skip
RISING_PRICES = Parse("Police watched the rising crowd .", [1, 1, 4, 4, 1, 1], "nsubj ROOT det amod dobj punct",
                      "NOUN VERB DET VERB NOUN PUNCT", "NNS VBD DT VBG NN .",
                      "police watch the rise crowd .")  # fmt: skip
QUOTED_THEFT = Parse("“ Thieves broke the window , ” the owner said .", [2, 2, 9, 4, 2, 9, 9, 8, 9, 9, 9],
                     "punct nsubj ccomp det dobj punct punct det nsubj ROOT punct",
                     "PUNCT NOUN VERB DET NOUN PUNCT PUNCT DET NOUN VERB PUNCT",
                     "`` NNS VBD DT NN , '' DT NN VBD .",
                     "“ thief break the window , ” the owner say .")  # fmt: skip
QUOTED_PLAN = Parse("“ Thieves will break the window , ” the owner said .", [3, 3, 3, 10, 5, 3, 10, 10, 9, 10, 10, 10],
                    "punct nsubj aux ccomp det dobj punct punct det nsubj ROOT punct",
                    "PUNCT NOUN AUX VERB DET NOUN PUNCT PUNCT DET NOUN VERB PUNCT",
                    "`` NNS MD VB DT NN , '' DT NN VBD .",
                    "“ thief will break the window , ” the owner say .")  # fmt: skip

RUNNING_BACK = Parse("Coaches signed the running back .", [1, 1, 4, 4, 1, 1], "nsubj ROOT det acl dobj punct",
                     "NOUN VERB DET VERB NOUN PUNCT", "NNS VBD DT VBG NN .",
                     "coach sign the run back .")  # fmt: skip
HYPHENATED = Parse("Police watched a gang - linked bar .", [1, 1, 6, 5, 5, 6, 1, 1],
                   "nsubj ROOT det npadvmod punct amod dobj punct",
                   "NOUN VERB DET NOUN PUNCT VERB NOUN PUNCT", "NNS VBD DT NN HYPH VBN NN .",
                   "police watch a gang - link bar .", glued=(3, 4))  # fmt: skip
SUSPECTED = Parse("Police found the suspected thief .", [1, 1, 4, 4, 1, 1], "nsubj ROOT det amod dobj punct",
                  "NOUN VERB DET VERB NOUN PUNCT", "NNS VBD DT VBN NN .",
                  "police find the suspect thief .")  # fmt: skip


@pytest.mark.parametrize(
    ("parse", "expected"),
    [
        (STOLEN_CAR, [("find", False), ("steal", False)]),
        (RISING_PRICES, [("watch", True)]),
        (RUNNING_BACK, [("sign", True)]),
        (HYPHENATED, [("watch", True)]),
        (SUSPECTED, [("find", False)]),
    ],
    ids=[
        "a past participle qualifying a noun tells what happened to it",
        "a present participle tells nothing",
        "nor does one before its noun that the parser hung as a clause",
        "a participle written with a hyphen is an adjective",
        "a participle that hedges its noun tells no happening",
    ],
)
def test_participles(parse: Parse, expected: list[tuple[str, bool]]) -> None:
    assert found(parse) == expected


def test_an_event_inside_a_quote_is_incidental_and_the_speakers_claim() -> None:
    article, events, _relations = run(QUOTED_THEFT, quoted=True)
    broke = [e for e in events if e.lemma == "break"]
    assert [(e.salient, e.claim is not None and e.claim.cue) for e in broke] == [(False, "said")]
    assert all(e.salient for e in events if e.lemma != "break")
    source = broke[0].claim.source if broke[0].claim else None
    assert source is None or source.span.slice(article.text) == "the owner"


def test_a_quoted_event_under_a_modal_stays_out() -> None:
    _article, events, _relations = run(QUOTED_PLAN, quoted=True)
    assert "break" not in [e.lemma for e in events]


FIRST_TO_RESIGN = Parse("She was the first official to resign .", [1, 1, 4, 4, 1, 6, 4, 1],
                        "nsubj ROOT det amod attr aux relcl punct", "PRON AUX DET ADJ NOUN PART VERB PUNCT",
                        "PRP VBD DT JJ NN TO VB .", "she be the first official to resign .",
                        "O O O B-ORDINAL O O O O")  # fmt: skip
NEXT_TO_RESIGN = Parse("She is the next official to resign .", [1, 1, 4, 4, 1, 6, 4, 1],
                       "nsubj ROOT det amod attr aux relcl punct", "PRON AUX DET ADJ NOUN PART VERB PUNCT",
                       "PRP VBZ DT JJ NN TO VB .", "she be the next official to resign .")  # fmt: skip
HEADLINE_KILLS = Parse("Gunman Kills Deputy", [2, 2, 2], "compound compound ROOT", "PROPN PROPN PROPN",
                       "NNP NNP NNP", "Gunman Kills Deputy")  # fmt: skip
HEADLINE_NOUNS = Parse("Vigil Follows Factory Shooting", [1, 1, 3, 1], "nsubj ROOT compound dobj",
                       "PROPN PROPN PROPN PROPN", "NNP NNP NNP NNP", "Vigil Follows Factory Shooting",
                       "O O B-ORG I-ORG")  # fmt: skip
PROTECTION = Parse("Police protected the site and the protection held .", [1, 1, 3, 1, 1, 6, 7, 1, 1],
                   "nsubj ROOT det dobj cc det nsubj conj punct",
                   "NOUN VERB DET NOUN CCONJ DET NOUN VERB PUNCT", "NNS VBD DT NN CC DT NN VBD .",
                   "police protect the site and the protection hold .")  # fmt: skip
CONFESSION = Parse("The confession came after the arraignment .", [1, 2, 2, 2, 5, 3, 2],
                   "det nsubj ROOT prep det pobj punct", "DET NOUN VERB ADP DET NOUN PUNCT",
                   "DT NN VBD IN DT NN .", "the confession come after the arraignment .")  # fmt: skip


@pytest.mark.parametrize(
    ("parse", "expected"),
    [
        (FIRST_TO_RESIGN, [("resign", True)]),
        (NEXT_TO_RESIGN, []),
        (HEADLINE_KILLS, [("kill", False)]),
        (HEADLINE_NOUNS, [("vigil", False), ("shooting", False)]),
        (PROTECTION, [("protect", True), ("protection", False), ("hold", False)]),
        (CONFESSION, [("confession", False), ("come", False), ("arraignment", False)]),
    ],
    ids=[
        "an infinitive on a noun ranked by an ordinal tells what the one ranked did",
        "what is next is still to come",
        "a typed verb of a title-case headline that the tagger took for a name",
        "an event noun of such a headline, whatever name the recogniser ran it into",
        "a nominalisation in -ion of the article's own verb",
        "event nouns of crime and the courts",
    ],
)
def test_more_events(parse: Parse, expected: list[tuple[str, bool]]) -> None:
    assert found(parse) == expected


@pytest.mark.parametrize(
    ("noun", "made"),
    [("confession", True), ("protection", True), ("negotiation", True), ("station", False), ("billion", False),
     ("county", False), ("package", False)],
)  # fmt: skip
def test_a_noun_is_a_verb_made_noun_only_by_a_nominal_suffix_on_a_long_enough_stem(noun: str, made: bool) -> None:
    verbs = frozenset(["confess", "protect", "negotiate", "state", "bill", "count", "pack"])
    assert nominalisation(noun, verbs) is made
