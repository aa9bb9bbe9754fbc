"""The subject of a cue: never the dateline the parse takes for it (hand-built parses of invented sentences)."""

from __future__ import annotations

from graph.extract.attribution import subject_of
from tests.extract.parses import hand_parse


def test_a_dateline_the_parse_takes_for_the_subject_gives_way_to_the_name_after_its_dash() -> None:
    # "BRANTFORD -- Gov. Ann Lee said the state would pay."
    doc = hand_parse("BRANTFORD -- Gov. Ann Lee said the state would pay .", [5, 0, 4, 4, 0, 5, 7, 9, 9, 5, 5],
                     "nsubj punct compound compound appos ROOT det nsubj aux ccomp punct",
                     "NNP : NNP NNP NNP VBD DT NN MD VB .",
                     "PROPN PUNCT PROPN PROPN PROPN VERB DET NOUN AUX VERB PUNCT",
                     "B-GPE O O B-PERSON I-PERSON O O O O O O")  # fmt: skip
    subject = subject_of(doc[5])
    assert subject is not None and subject.text == "Lee"


def test_a_capitalised_subject_that_is_no_dateline_stays_the_subject() -> None:
    # "NASA said the launch would wait."
    doc = hand_parse("NASA said the launch would wait .", [1, 1, 3, 5, 5, 1, 1],
                     "nsubj ROOT det nsubj aux ccomp punct", "NNP VBD DT NN MD VB .",
                     "PROPN VERB DET NOUN AUX VERB PUNCT", "B-ORG O O O O O O")  # fmt: skip
    subject = subject_of(doc[1])
    assert subject is not None and subject.text == "NASA"


def test_a_dateline_with_its_state_gives_way_to_the_name_after_its_dash() -> None:
    # "LA PAZ, Texas -- Gov. Ann Lee said the bridge was ready."
    doc = hand_parse("LA PAZ , Texas -- Gov. Ann Lee said the bridge was ready .",
                     [3, 3, 3, 8, 3, 7, 7, 3, 8, 10, 11, 8, 11, 8],
                     "compound compound punct nsubj punct compound compound appos ROOT det nsubj ccomp acomp punct",
                     "NNP NNP , NNP : NNP NNP NNP VBD DT NN VBD JJ .",
                     "PROPN PROPN PUNCT PROPN PUNCT PROPN PROPN PROPN VERB DET NOUN AUX ADJ PUNCT",
                     "B-GPE I-GPE O B-GPE O O B-PERSON I-PERSON O O O O O O")  # fmt: skip
    subject = subject_of(doc[8])
    assert subject is not None and subject.text == "Lee"
