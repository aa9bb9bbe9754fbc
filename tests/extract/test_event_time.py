"""When an event happened (hand-built parses): a date written before a noun dates the noun, and an event a clause is
timed against or tells about takes no time from it."""

from __future__ import annotations

import pytest

from tests.extract.test_events import Parse, run

INVOKED = Parse("Critics invoked the May 5 , 2001 , terrorist bombing .", [1, 1, 3, 1, 3, 3, 3, 3, 9, 1, 1],
                "nsubj ROOT det dobj nummod punct appos punct amod dobj punct",
                "NOUN VERB DET PROPN NUM PUNCT NUM PUNCT ADJ NOUN PUNCT", "NNS VBD DT NNP CD , CD , JJ NN .",
                "critic invoke the May 5 , 2001 , terrorist bombing .",
                "O O O B-DATE I-DATE I-DATE I-DATE O O O O")  # fmt: skip
BEFORE_THE_ATTACK = Parse("Police arrested him on May 5 , two days before the attack .",
                          [1, 1, 1, 1, 3, 4, 4, 8, 9, 1, 11, 9, 1],
                          "nsubj ROOT dobj prep pobj nummod punct nummod npadvmod prep det pobj punct",
                          "NOUN VERB PRON ADP PROPN NUM PUNCT NUM NOUN ADP DET NOUN PUNCT",
                          "NNS VBD PRP IN NNP CD , CD NNS IN DT NN .",
                          "police arrest he on May 5 , two day before the attack .",
                          "O O O O B-DATE I-DATE O B-DATE I-DATE O O O O")  # fmt: skip
HEARINGS_ABOUT = Parse("On May 5 , lawmakers held hearings about the attack .", [5, 0, 1, 5, 5, 5, 5, 6, 9, 7, 5],
                       "prep pobj nummod punct nsubj ROOT dobj prep det pobj punct",
                       "ADP PROPN NUM PUNCT NOUN VERB NOUN ADP DET NOUN PUNCT", "IN NNP CD , NNS VBD NNS IN DT NN .",
                       "on May 5 , lawmaker hold hearing about the attack .",
                       "O B-DATE I-DATE O O O O O O O O")  # fmt: skip


def times(parse: Parse) -> dict[str, str | None]:
    _article, events, _relations = run(parse)
    return {e.lemma: e.time.value if e.time is not None else None for e in events}


def test_a_date_the_parser_took_for_an_object_dates_the_noun_after_it() -> None:
    _article, events, _relations = run(INVOKED)
    assert times(INVOKED) == {"invoke": None, "bombing": "2001-05-05"}
    assert next(e.label for e in events if e.lemma == "invoke") == "Critics invoked terrorist bombing"


def test_an_event_the_clause_is_timed_against_takes_no_time_from_it() -> None:
    found = times(BEFORE_THE_ATTACK)
    assert found["attack"] is None
    assert found["arrest"] is not None and found["arrest"].endswith("-05-05")


def test_an_event_a_noun_tells_about_takes_no_time_from_its_clause() -> None:
    found = times(HEARINGS_ABOUT)
    assert found["attack"] is None
    assert found["hearing"] is not None and found["hearing"].endswith("-05-05")


GOVERNOR_SINCE = Parse("Ann Lee , a governor since 2014 , signed the bill on Tuesday .",
                       [1, 8, 1, 4, 1, 4, 5, 1, 8, 10, 8, 8, 11, 8],
                       "compound nsubj punct det appos prep pobj punct ROOT det dobj prep pobj punct",
                       "PROPN PROPN PUNCT DET NOUN SCONJ NUM PUNCT VERB DET NOUN ADP PROPN PUNCT",
                       "NNP NNP , DT NN IN CD , VBD DT NN IN NNP .",
                       "Ann Lee , a governor since 2014 , sign the bill on Tuesday .",
                       "B-PERSON I-PERSON O O O O B-DATE O O O O O B-DATE O")  # fmt: skip
THEN_A_GOVERNOR = Parse("In 2014 , Ann Lee , then a governor , signed the bill .",
                        [10, 0, 10, 4, 10, 4, 8, 8, 4, 4, 10, 12, 10, 10],
                        "prep pobj punct compound nsubj punct advmod det appos punct ROOT det dobj punct",
                        "ADP NUM PUNCT PROPN PROPN PUNCT ADV DET NOUN PUNCT VERB DET NOUN PUNCT",
                        "IN CD , NNP NNP , RB DT NN , VBD DT NN .",
                        "in 2014 , Ann Lee , then a governor , sign the bill .",
                        "O B-DATE O B-PERSON I-PERSON O O O O O O O O O")  # fmt: skip
SIGNED_IN = Parse("Ann Lee signed the bill in 2014 .", [1, 2, 2, 4, 2, 2, 5, 2],
                  "compound nsubj ROOT det dobj prep pobj punct", "PROPN PROPN VERB DET NOUN ADP NUM PUNCT",
                  "NNP NNP VBD DT NN IN CD .", "Ann Lee sign the bill in 2014 .",
                  "B-PERSON I-PERSON O O O O B-DATE O")  # fmt: skip


YEARS_IN_BRACKETS = Parse("Tom Vale ( 2010 to 2014 ) resigned .", [1, 7, 1, 1, 3, 4, 1, 7, 7],
                          "compound nsubj punct appos prep pobj punct ROOT punct",
                          "PROPN PROPN PUNCT NUM ADP NUM PUNCT VERB PUNCT", "NNP NNP -LRB- CD IN CD -RRB- VBD .",
                          "Tom Vale ( 2010 to 2014 ) resign .", "B-PERSON I-PERSON O B-DATE O O O O O")  # fmt: skip
A_TUESDAY = Parse("Ann Lee signed the bill on March 3 , a Tuesday .", [1, 2, 2, 4, 2, 2, 5, 6, 6, 10, 6, 2],
                  "compound nsubj ROOT det dobj prep pobj nummod punct det appos punct",
                  "PROPN PROPN VERB DET NOUN ADP PROPN NUM PUNCT DET PROPN PUNCT",
                  "NNP NNP VBD DT NN IN NNP CD , DT NNP .", "Ann Lee sign the bill on March 3 , a Tuesday .",
                  "B-PERSON I-PERSON O O O O B-DATE I-DATE O O B-DATE O")  # fmt: skip

AT_A_QUARTER_TO_SEVEN = Parse("The ferry sank at 6 : 45 PM .", [1, 2, 2, 2, 3, 4, 7, 4, 2],
                              "det nsubj ROOT prep pobj punct nummod appos punct",
                              "DET NOUN VERB ADP NUM SYM NUM NOUN PUNCT", "DT NN VBD IN CD SYM CD NN .",
                              "the ferry sink at 6 : 45 pm .", "O O O O B-CARDINAL O B-TIME I-TIME O",
                              glued=(4,))  # fmt: skip

LATE_MONDAY = Parse("The talks collapsed late Monday ( 0300 GMT Tuesday ) .", [1, 2, 2, 4, 2, 7, 7, 4, 7, 7, 2],
                    "det nsubj ROOT amod npadvmod punct nummod appos npadvmod punct punct",
                    "DET NOUN VERB ADJ PROPN PUNCT NUM PROPN PROPN PUNCT PUNCT",
                    "DT NNS VBD JJ NNP -LRB- CD NNP NNP -RRB- .",
                    "the talk collapse late Monday ( 0300 GMT Tuesday ) .",
                    "O O O B-DATE I-DATE O B-TIME O B-DATE O O")  # fmt: skip

ON_A_HOLIDAY = Parse("The strike began on a public holiday , May 1 .", [1, 2, 2, 2, 6, 6, 3, 6, 6, 8, 2],
                     "det nsubj ROOT prep det amod pobj punct appos nummod punct",
                     "DET NOUN VERB ADP DET ADJ NOUN PUNCT PROPN NUM PUNCT", "DT NN VBD IN DT JJ NN , NNP CD .",
                     "the strike begin on a public holiday , May 1 .", "O O O O O O O O B-DATE I-DATE O")  # fmt: skip


@pytest.mark.parametrize(
    ("parse", "lemma", "own"),
    [(GOVERNOR_SINCE, "sign", "2022-09"), (YEARS_IN_BRACKETS, "resign", None)],
    ids=["apposition-and-own-time", "years-in-brackets"],
)  # fmt: skip
def test_a_time_set_beside_a_noun_describes_it_and_the_verb_keeps_its_own_time(
    parse: Parse, lemma: str, own: str | None
) -> None:
    found = times(parse)[lemma]
    assert found == own if own is None else found is not None and found.startswith(own)


@pytest.mark.parametrize(
    ("parse", "own"),
    [(THEN_A_GOVERNOR, "2014"), (SIGNED_IN, "2014"), (A_TUESDAY, "2022-03-03")],
    ids=["opening-time-beside-an-apposition", "verb-prep", "a-time-beside-a-time"],
)
def test_a_time_of_the_verb_itself_still_dates_it(parse: Parse, own: str) -> None:
    assert times(parse)["sign"] == own


@pytest.mark.parametrize(
    ("parse", "lemma"),
    [(AT_A_QUARTER_TO_SEVEN, "sink"), (LATE_MONDAY, "collapse"), (ON_A_HOLIDAY, "begin")],
    ids=["beside-its-hour", "beside-a-time", "beside-the-day-it-names"],
)
def test_a_time_the_parser_set_beside_a_time_or_a_number_still_dates_the_verb(parse: Parse, lemma: str) -> None:
    assert times(parse)[lemma] is not None
