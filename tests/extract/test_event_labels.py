"""Event labels say what happened: the verb with its object, never a fronted adverbial (hand-built parses)."""

from __future__ import annotations

from tests.extract.test_events import Parse, run

PAUSED = Parse("For a moment , the mayor paused .", [6, 2, 0, 6, 5, 6, 6, 6],
               "prep det pobj punct det nsubj ROOT punct", "ADP DET NOUN PUNCT DET NOUN VERB PUNCT",
               "IN DT NN , DT NN VBD .", "for a moment , the mayor pause .")  # fmt: skip
RECEIVED = Parse("The fees the mayor received were large .", [1, 5, 3, 4, 1, 5, 5, 5],
                 "det nsubj det nsubj relcl ROOT acomp punct", "DET NOUN DET NOUN VERB AUX ADJ PUNCT",
                 "DT NNS DT NN VBD VBD JJ .", "the fee the mayor receive be large .")  # fmt: skip
WHO_LEFT = Parse("The mayor who left was tired .", [1, 4, 3, 1, 4, 4, 4],
                 "det nsubj nsubj relcl ROOT acomp punct", "DET NOUN PRON VERB AUX ADJ PUNCT",
                 "DT NN WP VBD VBD JJ .", "the mayor who leave be tired .")  # fmt: skip


def labels(parse: Parse) -> list[str]:
    _article, events, _relations = run(parse)
    return [e.label for e in events]


def test_a_fronted_adverbial_is_no_part_of_the_label() -> None:
    assert labels(PAUSED) == ["mayor paused"]


def test_a_relative_clause_takes_the_noun_it_qualifies_as_its_object_after_its_verb() -> None:
    assert labels(RECEIVED) == ["mayor received fees"]


def test_a_relative_clause_whose_subject_is_the_noun_keeps_it_as_subject() -> None:
    assert labels(WHO_LEFT) == ["mayor left"]


FIRED_MAJOR = Parse("The major who the senator fired sued .", [1, 6, 5, 4, 5, 1, 6, 6],
                    "det nsubj dobj det nsubj relcl ROOT punct", "DET NOUN PRON DET NOUN VERB VERB PUNCT",
                    "DT NN WP DT NN VBD VBD .", "the major who the senator fire sue .")  # fmt: skip
YEAR_RESIGNED = Parse("The year the mayor resigned was hard .", [1, 5, 3, 4, 1, 5, 5, 5],
                      "det nsubj det nsubj relcl ROOT acomp punct", "DET NOUN DET NOUN VERB AUX ADJ PUNCT",
                      "DT NN DT NN VBD VBD JJ .", "the year the mayor resign be hard .")  # fmt: skip
STRUGGLED_WITH = Parse("The issue the mayor struggled with was housing .", [1, 6, 3, 4, 1, 4, 6, 6, 6],
                       "det nsubj det nsubj relcl prep ROOT attr punct",
                       "DET NOUN DET NOUN VERB ADP AUX NOUN PUNCT", "DT NN DT NN VBD IN VBD NN .",
                       "the issue the mayor struggle with be housing .")  # fmt: skip
ATTACK_ON_STATION = Parse("The attack on a police station killed two .", [1, 6, 1, 5, 5, 2, 6, 6, 6],
                          "det nsubj prep det compound pobj ROOT dobj punct",
                          "DET NOUN ADP DET NOUN NOUN VERB NUM PUNCT", "DT NN IN DT NN NN VBD CD .",
                          "the attack on a police station kill two .")  # fmt: skip
BOMBING_IN_KABUL = Parse("A bombing in Kabul wounded many .", [1, 4, 1, 2, 4, 4, 4],
                         "det nsubj prep pobj ROOT dobj punct", "DET NOUN ADP PROPN VERB ADJ PUNCT",
                         "DT NN IN NNP VBD JJ .", "a bombing in Kabul wound many .",
                         "O O O B-GPE O O O")  # fmt: skip


def label_of(parse: Parse, lemma: str) -> str:
    _article, events, _relations = run(parse)
    return next(e.label for e in events if e.lemma == lemma)


def test_a_relative_pronoun_object_is_told_after_its_verb() -> None:
    assert label_of(FIRED_MAJOR, "fire") == "senator fired major"


def test_a_time_a_relative_clause_qualifies_is_no_object() -> None:
    assert label_of(YEAR_RESIGNED, "resign") == "mayor resigned"


def test_a_relative_object_keeps_its_stranded_preposition() -> None:
    assert label_of(STRUGGLED_WITH, "struggle") == "mayor struggled with issue"


def test_an_event_noun_keeps_its_target_whatever_it_is() -> None:
    assert label_of(ATTACK_ON_STATION, "attack") == "attack on police station"


def test_an_event_noun_with_nothing_else_keeps_its_place() -> None:
    assert label_of(BOMBING_IN_KABUL, "bombing") == "bombing in Kabul"


MET_WITH = Parse("The envoy met with rebels .", [1, 2, 2, 2, 3, 2], "det nsubj ROOT prep pobj punct",
                 "DET NOUN VERB ADP NOUN PUNCT", "DT NN VBD IN NNS .", "the envoy meet with rebel .")  # fmt: skip
LETTER_SIGNED = Parse("They sent a letter signed by ten senators .", [1, 1, 3, 1, 3, 4, 7, 5, 1],
                      "nsubj ROOT det dobj acl agent nummod pobj punct",
                      "PRON VERB DET NOUN VERB ADP NUM NOUN PUNCT", "PRP VBD DT NN VBN IN CD NNS .",
                      "they send a letter sign by ten senator .")  # fmt: skip
SURVIVED_HOURS = Parse("The mayor survived 11 hours of questions .", [1, 2, 2, 4, 2, 4, 5, 2],
                       "det nsubj ROOT nummod dobj prep pobj punct", "DET NOUN VERB NUM NOUN ADP NOUN PUNCT",
                       "DT NN VBD CD NNS IN NNS .", "the mayor survive 11 hour of question .",
                       "O O O B-TIME I-TIME O O O")  # fmt: skip


def test_a_partner_with_whom_it_was_done_is_part_of_the_label() -> None:
    assert label_of(MET_WITH, "meet") == "envoy met with rebels"


def test_a_participle_right_after_a_noun_tells_what_was_done_to_it_and_by_whom() -> None:
    assert label_of(LETTER_SIGNED, "sign") == "letter signed by ten senators"


def test_a_time_as_object_stays_when_no_noun_follows_it() -> None:
    assert label_of(SURVIVED_HOURS, "survive") == "mayor survived 11 hours"


PICKED_HERSELF_UP = Parse("The mayor picked herself up .", [1, 2, 2, 2, 2, 2], "det nsubj ROOT dobj prt punct",
                          "DET NOUN VERB PRON ADP PUNCT", "DT NN VBD PRP RP .",
                          "the mayor pick herself up .")  # fmt: skip


def test_a_particle_follows_a_pronoun_object() -> None:
    assert label_of(PICKED_HERSELF_UP, "pick up") == "mayor picked herself up"


TURNS_OUT = Parse("The war , it turns out , ended .", [1, 7, 1, 4, 1, 4, 1, 7, 7],
                  "det nsubj punct nsubj relcl prt punct ROOT punct", "DET NOUN PUNCT PRON VERB ADP PUNCT VERB PUNCT",
                  "DT NN , PRP VBZ RP , VBD .", "the war , it turn out , end .")  # fmt: skip


def test_a_parenthesis_between_commas_takes_no_object() -> None:
    assert label_of(TURNS_OUT, "turn out") == "turns out"


IN_WHICH = Parse("The town in which the mayor resigned grieved .", [1, 7, 6, 2, 4, 6, 1, 7, 7],
                 "det nsubj prep pobj det nsubj relcl ROOT punct",
                 "DET NOUN ADP PRON DET NOUN VERB VERB PUNCT", "DT NN IN WDT DT NN VBD VBD .",
                 "the town in which the mayor resign grieve .")  # fmt: skip


def test_a_relative_clause_with_its_own_relative_pronoun_takes_no_object() -> None:
    assert label_of(IN_WHICH, "resign") == "mayor resigned"


GAVE_SPEECH = Parse("She gave a speech in Dunmore .", [1, 1, 3, 1, 1, 4, 1], "nsubj ROOT det dobj prep pobj punct",
                    "PRON VERB DET NOUN ADP PROPN PUNCT", "PRP VBD DT NN IN NNP .",
                    "she give a speech in Dunmore .", "O O O O O B-GPE O")  # fmt: skip
SHED_TEARS = Parse("He shed tears .", [1, 1, 1, 1], "nsubj ROOT dobj punct", "PRON VERB NOUN PUNCT",
                   "PRP VBD NNS .", "he shed tear .")  # fmt: skip
THAT_ACCUSED = Parse("That accused the board .", [1, 1, 3, 1, 1], "nsubj ROOT det dobj punct",
                     "PRON VERB DET NOUN PUNCT", "WDT VBD DT NN .", "that accuse the board .")  # fmt: skip


def test_a_label_never_opens_with_a_pronoun() -> None:
    assert all(not label.lower().startswith(("she ", "he ", "that ")) for label in labels(GAVE_SPEECH))
    assert label_of(THAT_ACCUSED, "accuse") == "accused board"


def test_a_bare_pronoun_subject_is_left_out_of_the_label() -> None:
    _article, events, _relations = run(SHED_TEARS)
    assert [e.label for e in events] == ["shed tears"]


OFFERED_TO_CARRY = Parse("The coach offered to carry the kettle .", [1, 2, 2, 4, 2, 6, 4, 2],
                         "det nsubj ROOT aux xcomp det dobj punct", "DET NOUN VERB PART VERB DET NOUN PUNCT",
                         "DT NN VBD TO VB DT NN .", "the coach offer to carry the kettle .")  # fmt: skip


def test_a_clausal_complement_says_what_was_offered() -> None:
    assert label_of(OFFERED_TO_CARRY, "offer") == "coach offered to carry kettle"


SOMEONE_STOLE = Parse("Someone stole the car .", [1, 1, 3, 1, 1], "nsubj ROOT det dobj punct",
                      "PRON VERB DET NOUN PUNCT", "NN VBD DT NN .", "someone steal the car .")  # fmt: skip


def test_an_indefinite_pronoun_subject_stays_in_the_label() -> None:
    assert label_of(SOMEONE_STOLE, "steal") == "Someone stole car"


STAR_THANKED = Parse("Lane , star of “ Harbour , ” thanked Obama .", [8, 0, 0, 2, 5, 8, 5, 5, 8, 8, 8],
                     "nsubj punct appos prep punct nsubj punct punct ROOT dobj punct",
                     "PROPN PUNCT NOUN ADP PUNCT PROPN PUNCT PUNCT VERB PROPN PUNCT",
                     "NNP , NN IN `` NNP , '' VBD NNP .", "Lane , star of “ Harbour , ” thank Obama .",
                     "B-PERSON O O O O O O O O B-PERSON O")  # fmt: skip


def test_a_clause_has_one_subject_where_the_parser_gave_it_two() -> None:
    assert label_of(STAR_THANKED, "thank") == "Lane thanked Obama"
