"""When an event happened (hand-built parses): a date written before a noun dates the noun, and an event a clause is
timed against or tells about takes no time from it."""

from __future__ import annotations

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
