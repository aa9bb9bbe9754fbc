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
