"""The subject of a cue: never the dateline the parse takes for it, and the speaker the parse hangs on a name before
the cue as an unclosed apposition (hand-built parses of invented sentences)."""

from __future__ import annotations

import pytest

from graph.extract.attribution import negated, subject_of
from tests.extract.parses import hand_parse

DATELINES = [
    # "BRANTFORD -- Gov. Ann Lee said the state would pay.": the name after the dash
    ("BRANTFORD -- Gov. Ann Lee said the state would pay .", [5, 0, 4, 4, 0, 5, 7, 9, 9, 5, 5],
     "nsubj punct compound compound appos ROOT det nsubj aux ccomp punct", "NNP : NNP NNP NNP VBD DT NN MD VB .",
     "PROPN PUNCT PROPN PROPN PROPN VERB DET NOUN AUX VERB PUNCT", "B-GPE O O B-PERSON I-PERSON O O O O O O", 5, "Lee"),
    # "LA PAZ, Texas -- Gov. Ann Lee said the bridge was ready.": a dateline with its state
    ("LA PAZ , Texas -- Gov. Ann Lee said the bridge was ready .", [3, 3, 3, 8, 3, 7, 7, 3, 8, 10, 11, 8, 11, 8],
     "compound compound punct nsubj punct compound compound appos ROOT det nsubj ccomp acomp punct",
     "NNP NNP , NNP : NNP NNP NNP VBD DT NN VBD JJ .",
     "PROPN PROPN PUNCT PROPN PUNCT PROPN PROPN PROPN VERB DET NOUN AUX ADJ PUNCT",
     "B-GPE I-GPE O B-GPE O O B-PERSON I-PERSON O O O O O O", 8, "Lee"),
    # "NASA said the launch would wait.": a subject in capitals with no dash after it is no dateline
    ("NASA said the launch would wait .", [1, 1, 3, 5, 5, 1, 1], "nsubj ROOT det nsubj aux ccomp punct",
     "NNP VBD DT NN MD VB .", "PROPN VERB DET NOUN AUX VERB PUNCT", "B-ORG O O O O O O", 1, "NASA"),
]  # fmt: skip


APPOSITIONS = [
    # "To know Tom Hill, Ann Lee said, one must read his letters.": the parse hangs the speaker on the name before
    # her as its apposition; with no comma closing it, it runs up to the verb and is the verb's subject
    ("To know Tom Hill , Ann Lee said , one must read his letters .",
     [1, 11, 3, 7, 3, 6, 3, 11, 7, 11, 11, 11, 13, 11, 11],
     "aux advcl compound nsubj punct compound appos parataxis punct nsubj aux ROOT poss dobj punct",
     "TO VB NNP NNP , NNP NNP VBD , PRP MD VB PRP$ NNS .",
     "PART VERB PROPN PROPN PUNCT PROPN PROPN VERB PUNCT PRON AUX VERB PRON NOUN PUNCT",
     "O O B-PERSON I-PERSON O B-PERSON I-PERSON O O O O O O O O", 7, "Lee"),
    # "Ann Lee, the mayor, said the road was shut.": an apposition a comma closes describes the subject
    ("Ann Lee , the mayor , said the road was shut .", [1, 6, 1, 4, 1, 1, 6, 8, 10, 10, 6, 6],
     "compound nsubj punct det appos punct ROOT det nsubjpass auxpass ccomp punct",
     "NNP NNP , DT NN , VBD DT NN VBD VBN .", "PROPN PROPN PUNCT DET NOUN PUNCT VERB DET NOUN AUX VERB PUNCT",
     "B-PERSON I-PERSON O O O O O O O O O O", 6, "Lee"),
]  # fmt: skip


@pytest.mark.parametrize(("words", "heads", "deps", "tags", "pos", "ents", "verb", "subject"), DATELINES + APPOSITIONS)
def test_the_subject_is_the_name_the_parse_misplaces_after_a_dateline_or_in_an_unclosed_apposition(
    words: str, heads: list[int], deps: str, tags: str, pos: str, ents: str, verb: int, subject: str
) -> None:
    found = subject_of(hand_parse(words, heads, deps, tags, pos, ents)[verb])
    assert found is not None and found.text == subject


NEGATIONS = [
    # "Ann Lee didn’t say it.": the parse hangs the curly "n’t" on the verb as a stray word, right after "did"
    ("Ann Lee did n’t say it .", [1, 4, 4, 4, 4, 4, 4], "compound nsubj aux punct ROOT dobj punct",
     "NNP NNP VBD NN VB PRP .", "PROPN PROPN AUX NOUN VERB PRON PUNCT", 4, True),
    # "Ann Lee did not say it.": a "not" the parse reads as one
    ("Ann Lee did not say it .", [1, 4, 4, 4, 4, 4, 4], "compound nsubj aux neg ROOT dobj punct",
     "NNP NNP VBD RB VB PRP .", "PROPN PROPN AUX PART VERB PRON PUNCT", 4, True),
    # "Ann Lee said it, though Tom Hill didn’t.": the other clause's stray "n’t" hung on "said" denies nothing
    ("Ann Lee said it , though Tom Hill did n’t .", [1, 2, 2, 2, 2, 8, 7, 8, 2, 2, 2],
     "compound nsubj ROOT dobj punct mark compound nsubj advcl punct punct",
     "NNP NNP VBD PRP , IN NNP NNP VBD NN .", "PROPN PROPN VERB PRON PUNCT SCONJ PROPN PROPN AUX NOUN PUNCT", 2, False),
]  # fmt: skip


@pytest.mark.parametrize(("words", "heads", "deps", "tags", "pos", "verb", "denied"), NEGATIONS)
def test_a_contracted_not_denies_only_the_verb_it_follows(
    words: str, heads: list[int], deps: str, tags: str, pos: str, verb: int, denied: bool
) -> None:
    doc = hand_parse(words, heads, deps, tags, pos, " ".join(["O"] * len(words.split())))
    assert negated(doc[verb]) is denied


def test_a_preposition_the_parser_took_for_the_subject_yields_to_the_name_after_it() -> None:
    # "Of Hale, Levine said, “…”" with "Of" as the subject of "said" and the name hung on its object
    doc = hand_parse("Of Hale , Levine said , “ He is scary . ”", [4, 0, 1, 1, 4, 4, 4, 8, 4, 8, 8, 4],
                     "nsubj pobj punct appos ROOT punct punct nsubj ccomp acomp punct punct",
                     "IN NNP , NNP VBD , `` PRP VBZ JJ . ''",
                     "ADP PROPN PUNCT PROPN VERB PUNCT PUNCT PRON AUX ADJ PUNCT PUNCT",
                     "O B-PERSON O B-PERSON O O O O O O O O")  # fmt: skip
    subject = subject_of(doc[4])
    assert subject is not None and subject.text == "Levine"


def test_a_surname_tagged_as_a_preposition_is_still_a_subject() -> None:
    # "“We were centrists,” From said." with the surname tagged as a preposition, with no object
    doc = hand_parse("“ We were centrists , ” From said .", [2, 2, 7, 2, 2, 2, 7, 7, 7],
                     "punct nsubj ccomp attr punct punct nsubj ROOT punct",
                     "`` PRP VBD NNS , '' IN VBD .",
                     "PUNCT PRON AUX NOUN PUNCT PUNCT ADP VERB PUNCT",
                     "O O O O O O O O O")  # fmt: skip
    subject = subject_of(doc[7])
    assert subject is not None and subject.text == "From"


def test_a_verb_the_parse_joined_to_a_predicate_shares_its_clause_subject() -> None:
    # "He called it “cruel” and called on parents “not to give up.”" with the second "called" joined by "and" to
    # "cruel", the object's predicate, not to the first "called"
    doc = hand_parse("He called it cruel and called on parents not to give up",
                     [1, 1, 1, 1, 3, 3, 5, 6, 10, 10, 5, 10],
                     "nsubj ROOT dobj oprd cc conj prep pobj neg aux xcomp prt",
                     "PRP VBD PRP JJ CC VBD IN NNS RB TO VB RP",
                     "PRON VERB PRON ADJ CCONJ VERB ADP NOUN PART PART VERB ADP",
                     "O O O O O O O O O O O O")  # fmt: skip
    subject = subject_of(doc[5])
    assert subject is not None and subject.text == "He"


def test_a_description_hung_on_the_end_of_an_opening_clause_is_the_subject_after_it() -> None:
    # "Though the club has no deal with Hale's firm, an official who asked for anonymity said …", with the
    # official hung on "firm" as its apposition and "said" left with no subject
    doc = hand_parse("Though the club has no deal with Hale 's firm , an official who asked for anonymity said",
                     [3, 2, 3, 17, 5, 3, 5, 9, 7, 6, 9, 12, 9, 14, 12, 14, 15, 17],
                     "mark det nsubj advcl det dobj prep poss case pobj punct det appos nsubj relcl prep pobj ROOT",
                     "IN DT NN VBZ DT NN IN NNP POS NN , DT NN WP VBD IN NN VBD",
                     "SCONJ DET NOUN VERB DET NOUN ADP PROPN PART NOUN PUNCT DET NOUN PRON VERB ADP NOUN VERB",
                     "O O O O O O O B-PERSON O O O O O O O O O O", "though the club have no deal with Hale 's firm , "
                     "an official who ask for anonymity say")  # fmt: skip
    subject = subject_of(doc[17])
    assert subject is not None and subject.text == "official"


def test_a_participle_the_parse_joined_to_a_noun_goes_with_the_participle_above_it() -> None:
    # "She avoided naming her rival, instead pointing to the cost of a stadium and adding, “…”" with "adding" joined
    # by "and" to "stadium", not to "pointing"
    doc = hand_parse("She avoided naming her rival , instead pointing to the cost of a stadium and adding",
                     [1, 1, 1, 4, 2, 1, 7, 1, 7, 10, 8, 10, 13, 11, 13, 13],
                     "nsubj ROOT xcomp poss dobj punct advmod advcl prep det pobj prep det pobj cc conj",
                     "PRP VBD VBG PRP$ NN , RB VBG IN DT NN IN DT NN CC VBG",
                     "PRON VERB VERB PRON NOUN PUNCT ADV VERB ADP DET NOUN ADP DET NOUN CCONJ VERB",
                     "O O O O O O O O O O O O O O O O",
                     "she avoid name her rival , instead point to the cost of a stadium and add")  # fmt: skip
    subject = subject_of(doc[15])
    assert subject is not None and subject.text == "She"


def test_a_description_hung_on_the_last_of_names_joined_in_an_opening_phrase_is_the_subject_after_it() -> None:
    # "At a dinner with council members Tom Hill and Ann Lee, the mayor stated …", with the mayor hung on "Lee" as
    # its apposition and "stated" left with no subject
    doc = hand_parse("At a dinner with council members Tom Hill and Ann Lee , the mayor stated",
                     [14, 2, 0, 2, 5, 7, 7, 3, 7, 10, 7, 10, 13, 10, 14],
                     "prep det pobj prep compound compound compound pobj cc compound conj punct det appos ROOT",
                     "IN DT NN IN NN NNS NNP NNP CC NNP NNP , DT NN VBD",
                     "ADP DET NOUN ADP NOUN NOUN PROPN PROPN CCONJ PROPN PROPN PUNCT DET NOUN VERB",
                     "O O O O O O B-PERSON I-PERSON O B-PERSON I-PERSON O O O O",
                     "at a dinner with council member Tom Hill and Ann Lee , the mayor state")  # fmt: skip
    subject = subject_of(doc[14])
    assert subject is not None and subject.text == "mayor"


def test_a_day_taken_for_the_subject_gives_way_to_the_name_that_ends_its_phrase() -> None:
    from graph.extract.speakers import _named_after_day

    # "Saturday at the party convention Sen. Ann Lee (D-OH) said her rival failed", with the day as the subject and
    # the senator hung on "convention" as its apposition
    doc = hand_parse("Saturday at the party convention Sen. Ann Lee ( D-OH ) said her rival failed",
                     [11, 0, 4, 4, 1, 7, 7, 4, 7, 7, 7, 11, 13, 14, 11],
                     "nsubj prep det compound pobj compound compound appos punct appos punct ROOT poss nsubj ccomp",
                     "NNP IN DT NN NN NNP NNP NNP -LRB- NNP -RRB- VBD PRP$ NN VBD",
                     "PROPN ADP DET NOUN NOUN PROPN PROPN PROPN PUNCT PROPN PUNCT VERB PRON NOUN VERB",
                     "B-DATE O O O O O B-PERSON I-PERSON O O O O O O O")  # fmt: skip
    found = _named_after_day(doc[0])
    assert found is not None and found.text == "Lee"
    # no name ends the phrase: nobody is found
    assert _named_after_day(hand_parse("Saturday at the convention said", [4, 0, 3, 1, 4],
                                       "nsubj prep det pobj ROOT", "NNP IN DT NN VBD",
                                       "PROPN ADP DET NOUN VERB", "B-DATE O O O O")[0]) is None  # fmt: skip
