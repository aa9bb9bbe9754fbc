"""The speaker of a cue whose subject the parse lost: a name after the closing mark that the parse hung on the quoted
words, a name the taggers missed, a participle hung inside the quote (hand-built parses of invented sentences)."""

from __future__ import annotations

from graph.extract.attribution import subject_of
from graph.extract.lost_subjects import apposed_subject, subject_outside
from tests.extract.parses import hand_parse


def test_a_name_the_recogniser_missed_before_the_cue_is_the_speaker() -> None:
    # "“We won,” Dorvek answers." with the name parsed as a compound of the verb and left untagged
    doc = hand_parse("“ We won , ” Dorvek answers .", [2, 2, 6, 6, 6, 6, 6, 6],
                     "punct nsubj ccomp punct punct compound ROOT punct", "`` PRP VBD , '' NNP VBZ .",
                     "PUNCT PRON VERB PUNCT PUNCT PROPN VERB PUNCT", "O O O O O O O O")  # fmt: skip
    assert subject_of(doc[6]) is None
    speaker = apposed_subject(doc[6], 5)
    assert speaker is not None and speaker.text == "Dorvek"


def test_a_name_after_the_closing_mark_speaks_and_whom_it_was_told_to_does_not() -> None:
    # "“We erred,” Ravel, 58, told Libre." with the name hung on the quoted verb and "told" joined to it
    doc = hand_parse("“ We erred , ” Ravel , 58 , told Libre .", [2, 2, 2, 2, 2, 2, 5, 5, 5, 2, 9, 2],
                     "punct nsubj ROOT punct punct npadvmod punct appos punct conj dobj punct",
                     "`` PRP VBD , '' NNP , CD , VBD NNP .",
                     "PUNCT PRON VERB PUNCT PUNCT PROPN PUNCT NUM PUNCT VERB PROPN PUNCT",
                     "O O O O O B-ORG O B-DATE O O B-ORG O", "“ we err , ” Ravel , 58 , tell Libre .")  # fmt: skip
    inside = subject_of(doc[9])
    assert inside is not None and inside.text == "We"
    speaker = subject_outside(doc[9], 1, 4)
    assert speaker is not None and speaker.text == "Ravel"


def test_a_participle_hung_inside_the_quote_takes_the_subject_of_its_sentence() -> None:
    # "Ann Lee looked calm, telling the voters, “Roads get fixed slowly.”"
    doc = hand_parse("Ann Lee looked calm , telling the voters , “ Roads get fixed slowly . ”",
                     [1, 2, 2, 2, 2, 11, 7, 5, 11, 11, 11, 2, 11, 12, 11, 11],
                     "compound nsubj ROOT acomp punct advcl det dobj punct punct nsubj ccomp acomp advmod punct punct",
                     "NNP NNP VBD JJ , VBG DT NN , `` NNS VBP VBN RB . ''",
                     "PROPN PROPN VERB ADJ PUNCT VERB DET NOUN PUNCT PUNCT NOUN VERB VERB ADV PUNCT PUNCT",
                     "B-PERSON I-PERSON O O O O O O O O O O O O O O")  # fmt: skip
    inside = subject_of(doc[5])
    assert inside is not None and inside.text == "Roads"
    speaker = subject_outside(doc[5], 10, 15)
    assert speaker is not None and speaker.text == "Lee"


def test_a_capitalised_word_alone_after_the_cue_that_both_taggers_missed_is_the_speaker() -> None:
    # "“We won,” said Dorgle, explaining." with the surname tagged an adverb
    doc = hand_parse("“ We won , ” said Dorgle , explaining .", [2, 2, 5, 5, 5, 5, 5, 5, 5, 5],
                     "punct nsubj ccomp punct punct ROOT advmod punct advcl punct", "`` PRP VBD , '' VBD RB , VBG .",
                     "PUNCT PRON VERB PUNCT PUNCT VERB ADV PUNCT VERB PUNCT", "O O O O O O O O O O")  # fmt: skip
    speaker = apposed_subject(doc[5], 5)
    assert speaker is not None and speaker.text == "Dorgle"


def test_a_person_between_the_closing_mark_and_a_cue_the_parse_hung_inside_the_quote_speaks() -> None:
    # "“Plans matter,” Ann Lee, the pollster, tweeted on Monday." with "tweeted" joined to the quoted verb
    doc = hand_parse("“ Plans matter , ” Ann Lee , the pollster , tweeted on Monday .",
                     [2, 2, 2, 2, 2, 6, 2, 6, 9, 6, 6, 2, 11, 12, 2],
                     "punct nsubj ROOT punct punct compound npadvmod punct det appos punct conj prep pobj punct",
                     "`` NNS VBP , '' NNP NNP , DT NN , VBN IN NNP .",
                     "PUNCT NOUN VERB PUNCT PUNCT PROPN PROPN PUNCT DET NOUN PUNCT VERB ADP PROPN PUNCT",
                     "O O O O O B-PERSON I-PERSON O O O O O O B-DATE O")  # fmt: skip
    speaker = subject_outside(doc[11], 1, 4)
    assert speaker is not None and speaker.text == "Lee"


def test_the_person_the_verb_accuses_is_not_the_subject_the_parse_lost_in_the_commas_before_it() -> None:
    # "Speaking in Toledo, Lee, without naming him, also accused Hill of lying." with "Lee" hung on the place
    doc = hand_parse("Speaking in Toledo , Lee , without naming him , also accused Hill of lying .",
                     [11, 0, 1, 2, 2, 0, 0, 6, 7, 11, 11, 11, 11, 11, 13, 11],
                     "advcl prep pobj punct appos punct prep pcomp dobj punct advmod ROOT dobj prep pcomp punct",
                     "VBG IN NNP , NNP , IN VBG PRP , RB VBD NNP IN VBG .",
                     "VERB ADP PROPN PUNCT PROPN PUNCT ADP VERB PRON PUNCT ADV VERB PROPN ADP VERB PUNCT",
                     "O O B-GPE O B-PERSON O O O O O O O B-PERSON O O O")  # fmt: skip
    assert subject_of(doc[11]) is None
    speaker = apposed_subject(doc[11], 0)
    assert speaker is not None and speaker.text == "Lee"


def test_a_name_set_off_before_the_adverb_of_a_cue_is_its_lost_subject() -> None:
    # "At the rally in Ohio, Dana Voss, the senator, also said: “We are ready.”" with the name hung on the place
    doc = hand_parse("At the rally in Ohio , Dana Voss , the senator , also said : “ We are ready . ”",
                     [13, 2, 0, 2, 3, 4, 7, 4, 7, 10, 7, 13, 13, 13, 13, 13, 17, 13, 17, 13, 13],
                     "prep det pobj prep pobj punct compound appos punct det appos punct advmod ROOT punct punct "
                     "nsubj ccomp acomp punct punct",
                     "IN DT NN IN NNP , NNP NNP , DT NN , RB VBD : `` PRP VBP JJ . ''",
                     "ADP DET NOUN ADP PROPN PUNCT PROPN PROPN PUNCT DET NOUN PUNCT ADV VERB PUNCT PUNCT PRON AUX ADJ "
                     "PUNCT PUNCT",
                     "O O O O B-GPE O B-PERSON I-PERSON O O O O O O O O O O O O O")  # fmt: skip
    assert subject_of(doc[13]) is None
    speaker = apposed_subject(doc[13], 0)
    assert speaker is not None and speaker.text == "Voss"
