"""The subject of a cue when the parse hides it: a dateline, a name after the closing mark that the parse hung on the
quoted words, a participle hung inside the quote (hand-built parses of invented sentences)."""

from __future__ import annotations

from spacy.lang.en import English
from spacy.tokens import Doc

from graph.extract.attribution import apposed_subject, subject_of, subject_outside

VOCAB = English().vocab


def _doc(words: str, heads: list[int], deps: str, tags: str, pos: str, ents: str, lemmas: str = "") -> Doc:
    return Doc(
        VOCAB, words=words.split(), heads=heads, deps=deps.split(), tags=tags.split(), pos=pos.split(),
        ents=ents.split(), lemmas=lemmas.split() or None,
    )  # fmt: skip


def test_a_dateline_the_parse_takes_for_the_subject_gives_way_to_the_name_after_its_dash() -> None:
    # "BRANTFORD -- Gov. Ann Lee said the state would pay."
    doc = _doc("BRANTFORD -- Gov. Ann Lee said the state would pay .", [5, 0, 4, 4, 0, 5, 7, 9, 9, 5, 5],
               "nsubj punct compound compound appos ROOT det nsubj aux ccomp punct",
               "NNP : NNP NNP NNP VBD DT NN MD VB .", "PROPN PUNCT PROPN PROPN PROPN VERB DET NOUN AUX VERB PUNCT",
               "B-GPE O O B-PERSON I-PERSON O O O O O O")  # fmt: skip
    subject = subject_of(doc[5])
    assert subject is not None and subject.text == "Lee"


def test_a_capitalised_subject_that_is_no_dateline_stays_the_subject() -> None:
    # "NASA said the launch would wait."
    doc = _doc("NASA said the launch would wait .", [1, 1, 3, 5, 5, 1, 1],
               "nsubj ROOT det nsubj aux ccomp punct", "NNP VBD DT NN MD VB .",
               "PROPN VERB DET NOUN AUX VERB PUNCT", "B-ORG O O O O O O")  # fmt: skip
    subject = subject_of(doc[1])
    assert subject is not None and subject.text == "NASA"


def test_a_name_the_recogniser_missed_before_the_cue_is_the_speaker() -> None:
    # "“We won,” Dorgan answers." with the name parsed as a compound of the verb and left untagged
    doc = _doc("“ We won , ” Dorgan answers .", [2, 2, 6, 6, 6, 6, 6, 6],
               "punct nsubj ccomp punct punct compound ROOT punct", "`` PRP VBD , '' NNP VBZ .",
               "PUNCT PRON VERB PUNCT PUNCT PROPN VERB PUNCT", "O O O O O O O O")  # fmt: skip
    assert subject_of(doc[6]) is None
    speaker = apposed_subject(doc[6], 5)
    assert speaker is not None and speaker.text == "Dorgan"


def test_a_name_after_the_closing_mark_speaks_and_whom_it_was_told_to_does_not() -> None:
    # "“We erred,” Ravel, 58, told Libre." with the name hung on the quoted verb and "told" joined to it
    doc = _doc("“ We erred , ” Ravel , 58 , told Libre .", [2, 2, 2, 2, 2, 2, 5, 5, 5, 2, 9, 2],
               "punct nsubj ROOT punct punct npadvmod punct appos punct conj dobj punct",
               "`` PRP VBD , '' NNP , CD , VBD NNP .",
               "PUNCT PRON VERB PUNCT PUNCT PROPN PUNCT NUM PUNCT VERB PROPN PUNCT",
               "O O O O O B-ORG O B-DATE O O B-ORG O", "“ we err , ” Ravel , 58 , tell Libre .")  # fmt: skip
    inside = subject_of(doc[9])
    assert inside is not None and inside.text == "We"
    speaker = subject_outside(doc[9], 1, 4)
    assert speaker is not None and speaker.text == "Ravel"


def test_a_participle_hung_inside_the_quote_takes_the_subject_of_its_sentence() -> None:
    # "Ann Lee seemed ready, telling the crowd, “People get carried away.”"
    doc = _doc("Ann Lee seemed ready , telling the crowd , “ People get carried away . ”",
               [1, 2, 2, 2, 2, 11, 7, 5, 11, 11, 11, 2, 11, 12, 11, 11],
               "compound nsubj ROOT acomp punct advcl det dobj punct punct nsubj ccomp acomp advmod punct punct",
               "NNP NNP VBD JJ , VBG DT NN , `` NNS VBP VBN RB . ''",
               "PROPN PROPN VERB ADJ PUNCT VERB DET NOUN PUNCT PUNCT NOUN VERB VERB ADV PUNCT PUNCT",
               "B-PERSON I-PERSON O O O O O O O O O O O O O O")  # fmt: skip
    inside = subject_of(doc[5])
    assert inside is not None and inside.text == "People"
    speaker = subject_outside(doc[5], 10, 15)
    assert speaker is not None and speaker.text == "Lee"
