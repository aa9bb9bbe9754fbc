"""Time expressions as British copy writes them (day before month, "9.30am", "Tuesday, 15 March"), each on an invented
sentence with hand-set entities, and the bounds each rule keeps."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from graph.extract.dates import extract_times, normalise
from graph.model import Article, Span

THURSDAY = dt.date(2005, 3, 10)


def times(sentence: str, entities: dict[str, str]) -> list[tuple[str, str]]:
    """The time expressions of ``sentence`` (one token a space), with the word runs of ``entities`` labelled."""
    words = sentence.split()
    ents = ["O"] * len(words)
    for run, label in entities.items():
        size = len(run.split())
        start = next(i for i in range(len(words)) if words[i : i + size] == run.split())
        ents[start : start + size] = [f"B-{label}"] + [f"I-{label}"] * (size - 1)
    doc = Doc(Vocab(), words=words, ents=ents, sent_starts=[True] + [False] * (len(words) - 1))
    return [(t.text, t.value) for t in extract_times(doc, Article("a", doc.text, published=THURSDAY))]


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Police were called at 9.30am .", ("9.30am", "2005-03-10T09:30")),
        ("The polls close at 10.00pm .", ("10.00pm", "2005-03-10T22:00")),
        ("The fire began at 12.50am .", ("12.50am", "2005-03-10T00:50")),  # ten to one in the night
    ],
)
def test_a_clock_time_written_with_a_point_is_found(sentence: str, found: tuple[str, str]) -> None:
    assert times(sentence, {}) == [found]


def test_a_number_with_a_point_and_no_hour_mark_is_no_clock_time() -> None:
    assert times("Rates rose to 4.75 percent .", {}) == []


@pytest.mark.parametrize(
    ("sentence", "entities", "clock"),
    [
        ("It happened at 3pm on 12 May 2004 .", {"3pm": "TIME", "12 May 2004": "DATE"}, ("3pm", "2004-05-12T15:00")),
        (
            "The law came into force at midnight on 31 December 2004 .",
            {"midnight": "TIME", "31 December 2004": "DATE"},
            ("midnight", "2004-12-31T24:00"),
        ),
        (
            "Police were called at 9.30am on Tuesday , 8 March .",
            {"Tuesday": "DATE", "8 March": "DATE"},
            ("9.30am", "2005-03-08T09:30"),
        ),
    ],
)
def test_a_clock_time_is_on_the_day_its_sentence_names_day_first(
    sentence: str, entities: dict[str, str], clock: tuple[str, str]
) -> None:
    assert times(sentence, entities)[0] == clock


def test_a_weekday_with_its_date_after_a_comma_is_one_date() -> None:
    found = times("The vote on Tuesday , 15 March 2005 , was close .", {"Tuesday": "DATE", "15 March 2005": "DATE"})
    assert found == [("Tuesday , 15 March 2005", "2005-03-15")]


def test_a_number_after_a_weekday_and_a_comma_is_no_date_without_a_month() -> None:
    assert times("On Tuesday , 15 may die .", {"Tuesday": "DATE"}) == [("Tuesday", "2005-03-08")]


@pytest.mark.parametrize(
    ("sentence", "entities", "found"),
    [
        ("The games run from 12 to 18 May 2005 .", {"12 to 18 May 2005": "DATE"},
         [("12", "2005-05-12"), ("18 May 2005", "2005-05-18")]),
        ("The games run between 3 and 5 June 2005 .", {"3 and 5 June 2005": "DATE"},
         [("3", "2005-06-03"), ("5 June 2005", "2005-06-05")]),
        ("The games run from May 12 to 18 .", {"May 12 to 18": "DATE"},
         [("May 12", "2005-05-12"), ("18", "2005-05-18")]),
    ],
)  # fmt: skip
def test_a_range_of_days_splits_into_its_days(
    sentence: str, entities: dict[str, str], found: list[tuple[str, str]]
) -> None:
    assert times(sentence, entities) == found


def test_a_score_before_a_date_is_no_range_of_days() -> None:
    found = times("Chelsea won 2 - 1 May 5 , 2004 .", {"2 - 1": "CARDINAL", "May 5 , 2004": "DATE"})
    assert found == [("May 5 , 2004", "2004-05-05")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("18th-century", "17"),  # "an 18th-century church": the century, not 1,800 years
        ("eighteenth-century", "17"),
        ("the 19th century", "18"),
        ("99th day", "2005-03-10"),  # "the strike entered its 99th day": the day the report speaks from
        ("third day", "2005-03-10"),
        ("99 days", "P99D"),
    ],
)
def test_ordinal_centuries_and_days(text: str, value: str) -> None:
    assert normalise(text, Span(0, len(text)), THURSDAY).value == value


@pytest.mark.parametrize(
    ("sentence", "entities", "week"),
    [
        ("Sales fell in the week ending 5 March .", {"the week": "DATE", "5 March": "DATE"}, "2005-W09"),
        ("The festival runs in the week commencing 4 July .", {"the week": "DATE", "4 July": "DATE"}, "2005-W27"),
        ("Sales rose in the week to 5 March .", {"the week": "DATE", "5 March": "DATE"}, "2005-W09"),
    ],
)
def test_a_week_dated_by_its_first_or_last_day_is_the_week_holding_it(
    sentence: str, entities: dict[str, str], week: str
) -> None:
    assert times(sentence, entities)[0] == ("the week", week)


def test_a_week_before_a_verb_is_the_anchor_week() -> None:
    assert times("The week ended with a rally .", {"The week": "DATE"}) == [("The week", "2005-W10")]


@pytest.mark.parametrize(
    ("sentence", "entities", "found"),
    [
        ("He joined in the mid-Eighties .", {"mid-Eighties": "DATE"}, [("mid-Eighties", "198")]),
        ("He left in the early Nineties .", {"the early Nineties": "DATE"}, [("the early Nineties", "199")]),
        ("She is in her early thirties .", {"her early thirties": "DATE"}, []),  # an age, not a decade
    ],
)
def test_a_decade_in_words_is_a_date_and_an_age_is_not(
    sentence: str, entities: dict[str, str], found: list[tuple[str, str]]
) -> None:
    assert times(sentence, entities) == found


@pytest.mark.parametrize(
    ("sentence", "entities", "found"),
    [
        ("Greece beat Portugal 1 - 0 July 4 , 2004 .", {"July 4 , 2004": "DATE"}, [("July 4 , 2004", "2004-07-04")]),
        ("Leeds lost 3 - 4 April 2 .", {}, [("April 2", "2005-04-02")]),  # the US date, not "4 April"
        ("England lost 2 - 1 June friendly .", {}, []),  # a score, not "1 June"
        ("The games run 12 - 18 May 2005 .", {"12": "CARDINAL"}, [("12", "2005-05-12"), ("18 May 2005", "2005-05-18")]),
    ],
)
def test_a_score_is_no_day_and_a_date_after_it_keeps_its_order(
    sentence: str, entities: dict[str, str], found: list[tuple[str, str]]
) -> None:
    assert times(sentence, entities) == found


def test_a_month_that_is_a_verb_makes_no_date() -> None:
    words = ["Matches", "12", "to", "18", "May", "be", "replayed", "."]
    tags = ["NNS", "CD", "IN", "CD", "MD", "VB", "VBN", "."]
    doc = Doc(Vocab(), words=words, tags=tags, sent_starts=[True] + [False] * (len(words) - 1))
    assert list(extract_times(doc, Article("a", doc.text, published=THURSDAY))) == []


@pytest.mark.parametrize(
    ("sentence", "entities", "clock"),
    [
        # a clock time with its own day keeps it, whatever day the sentence names first
        ("The crash at 3am today , a report of 1 March 2005 said .", {"3am today": "TIME", "1 March 2005": "DATE"},
         ("3am today", "2005-03-10T03:00")),
        # a clock time right before a day is on that day
        ("He said on 1 March 2005 that the raid began at 4.30am yesterday .", {"1 March 2005": "DATE",
         "yesterday": "DATE"}, ("4.30am", "2005-03-09T04:30")),
        # a clock time after one with its day is on that day
        ("Polls opened at 7am Tuesday and closed at 8pm .", {"7am Tuesday": "TIME", "8pm": "TIME"},
         ("8pm", "2005-03-08T20:00")),
    ],
)  # fmt: skip
def test_a_clock_time_takes_the_day_nearest_it(sentence: str, entities: dict[str, str], clock: tuple[str, str]) -> None:
    assert clock in times(sentence, entities)


def test_a_day_counted_in_a_story_and_the_weekday_after_it_are_two_times() -> None:
    found = times("The siege entered its 12th day Tuesday .", {"12th day Tuesday": "DATE"})
    assert found == [("12th day", "2005-03-08"), ("Tuesday", "2005-03-08")]  # the 12th day was that Tuesday


@pytest.mark.parametrize(
    ("sentence", "entities", "found"),
    [
        ("The club played from 1880 to 1899 in the league .", {}, [("1880", "1880"), ("1899", "1899")]),
        ("The firm grew from 1995 to 98 .", {"1995": "DATE", "98": "CARDINAL"}, [("1995", "1995"), ("98", "1998")]),
        ("Trade between 2004 and 05 was poor .", {}, [("2004", "2004"), ("05", "2005")]),
    ],
)
def test_the_years_of_a_range_are_found_and_a_short_one_borrows_its_century(
    sentence: str, entities: dict[str, str], found: list[tuple[str, str]]
) -> None:
    assert times(sentence, entities) == found


def test_a_range_of_numbers_that_counts_a_noun_is_no_range_of_years() -> None:
    words = ["The", "index", "rose", "from", "2010", "to", "2050", "points", "."]
    tags = ["DT", "NN", "VBD", "IN", "CD", "IN", "CD", "NNS", "."]
    doc = Doc(Vocab(), words=words, tags=tags, sent_starts=[True] + [False] * (len(words) - 1))
    assert list(extract_times(doc, Article("a", doc.text, published=THURSDAY))) == []


def test_a_24_hour_clock_with_a_point_and_its_zone_is_a_time() -> None:
    found = times("The quake hit at 00.58 GMT on Sunday .", {"Sunday": "DATE"})
    assert found == [("00.58 GMT", "2005-03-06T00:58Z"), ("Sunday", "2005-03-06")]


def test_a_weekday_with_a_us_date_and_year_after_commas_is_one_date() -> None:
    found = times("The bill passed on Thursday , May 26 , 2005 .", {"Thursday": "DATE", "May 26 , 2005": "DATE"})
    assert found == [("Thursday , May 26 , 2005", "2005-05-26")]


def clause(words: str, heads: list[int], deps: str, tags: str, lemmas: str, day: str) -> list[tuple[str, str]]:
    """The times of a parsed sentence (``day``'s words a DATE), published on :data:`THURSDAY`."""
    tokens, run = words.split(), day.split()
    start = next(i for i in range(len(tokens)) if tokens[i : i + len(run)] == run)
    ents = ["O"] * len(tokens)
    ents[start : start + len(run)] = ["B-DATE"] + ["I-DATE"] * (len(run) - 1)
    pos = ["VERB" if t.startswith("VB") else "NOUN" for t in tags.split()]
    doc = Doc(Vocab(), words=tokens, heads=heads, deps=deps.split(), tags=tags.split(), pos=pos, ents=ents,
              lemmas=lemmas.split())  # fmt: skip
    return [(t.text, t.value) for t in extract_times(doc, Article("a", doc.text, published=THURSDAY))]


@pytest.mark.parametrize(
    ("words", "heads", "deps", "tags", "lemmas", "value"),
    [
        # a participle after its noun tells a thing done by then: last year's 1 April
        ("The book , published on 1 April , sold copies .", [1, 8, 1, 1, 3, 6, 4, 1, 8, 8, 8],
         "det nsubj punct acl prep nummod pobj punct ROOT dobj punct", "DT NN , VBN IN CD NNP , VBD NNS .",
         "the book , publish on 1 april , sell copy .", "2004-04-01"),
        # not one arranged for a time ahead, even tagged as a past
        ("The strike , called for 1 April , was suspended .", [1, 9, 1, 1, 3, 6, 4, 1, 9, 9, 9],
         "det nsubjpass punct acl prep nummod pobj punct auxpass ROOT punct", "DT NN , VBD IN CD NNP , VBD VBN .",
         "the strike , call for 1 april , be suspend .", "2005-04-01"),
        # nor one in a clause told in the future
        ("Acme will buy shares tendered on 1 April .", [2, 2, 2, 2, 3, 4, 7, 5, 2],
         "nsubj aux ROOT dobj acl prep nummod pobj punct", "NNP MD VB NNS VBN IN CD NNP .",
         "acme will buy share tender on 1 april .", "2005-04-01"),
        # a base form the tagger read as a past is told in the present: this year's 1 April ahead
        ("The games run on 1 April .", [1, 2, 2, 2, 5, 3, 2], "det nsubj ROOT prep nummod pobj punct",
         "DT NNS VBD IN CD NNP .", "the game run on 1 april .", "2005-04-01"),
        # a past spelled as its base form stays a past
        ("The bank cut rates on 1 April .", [1, 2, 2, 2, 2, 6, 4, 2], "det nsubj ROOT dobj prep nummod pobj punct",
         "DT NN VBD NNS IN CD NNP .", "the bank cut rate on 1 april .", "2004-04-01"),
    ],
)  # fmt: skip
def test_the_tense_of_a_participle_after_its_noun_and_of_a_base_form_tagged_past(
    words: str, heads: list[int], deps: str, tags: str, lemmas: str, value: str
) -> None:
    assert clause(words, heads, deps, tags, lemmas, "1 April") == [("1 April", value)]


@pytest.mark.parametrize(
    ("sentence", "entities", "found"),
    [
        ("Terms of 12 and 18 months .", {"12 and 18 months": "DATE"}, [("12", "P12M"), ("18 months", "P18M")]),
        ("It takes two to three weeks .", {"two to three weeks": "DATE"}, [("two to three weeks", "P2W")]),  # one
        ("Pupils aged 12 to 18 attended .", {}, []),  # ages with no unit: no length
    ],
)
def test_a_range_of_lengths_splits_into_its_lengths(
    sentence: str, entities: dict[str, str], found: list[tuple[str, str]]
) -> None:
    assert times(sentence, entities) == found


@pytest.mark.parametrize(
    ("words", "tags"),
    [
        ("Youngsters aged 12 to 18 May apply for grants .", "NNS VBN CD IN CD NNP VB IN NNS ."),  # an age, and a modal
        ("Up to 20 May face redundancy .", "IN IN CD NNP VB NN ."),  # "May" the verb; "up to 20 May" alone a date
        ("Some 15 May lose their homes .", "DT CD NNP VB PRP$ NNS ."),
        ("It made 12 to 18 March-order units .", "PRP VBD CD IN CD NNP HYPH NN NNS ."),
    ],
)
def test_a_number_before_may_the_verb_or_after_a_count_is_no_day(words: str, tags: str) -> None:
    tokens = words.replace("March-order", "March - order").split()
    doc = Doc(Vocab(), words=tokens, tags=tags.split(), sent_starts=[True] + [False] * (len(tokens) - 1))
    assert list(extract_times(doc, Article("a", doc.text, published=THURSDAY))) == []


@pytest.mark.parametrize(
    ("sentence", "entities", "found"),
    [
        ("Highs were in the mid-twenties .", {"the mid-twenties": "DATE"}, []),  # a temperature
        ("The widow , in her mid-eighties , lived alone .", {"her mid-eighties": "DATE"}, []),  # an age
        ("The house was built in the late fifties .", {"the late fifties": "DATE"}, [("the late fifties", "195")]),
    ],
)
def test_a_decade_in_words_is_a_decade_unless_an_age_or_a_measure(
    sentence: str, entities: dict[str, str], found: list[tuple[str, str]]
) -> None:
    assert times(sentence, entities) == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Prices ranged from 1500 to 1800 per tonne .", []),
        ("Crowds ranged from 1500 to 1800 a night .", []),
        ("From 1995 to 2004 a total of 300 died .", [("1995", "1995"), ("2004", "2004")]),  # no rate: years
    ],
)
def test_numbers_of_a_range_before_a_rate_are_no_years(sentence: str, found: list[tuple[str, str]]) -> None:
    assert times(sentence, {}) == found


def test_a_clock_time_is_not_on_a_day_it_runs_until() -> None:
    found = times(
        "The curfew from 9pm to 6am lasts until 20 November .", {"9pm": "TIME", "6am": "TIME", "20 November": "DATE"}
    )
    assert found[:2] == [("9pm", "2005-03-10T21:00"), ("6am", "2005-03-10T06:00")]


def test_a_day_counted_in_a_story_is_the_day_its_clause_names() -> None:
    entities = {"Monday": "DATE", "7 March": "DATE", "12th day": "DATE"}
    found = times("On Monday , 7 March , the strike entered its 12th day .", entities)
    assert found == [("Monday , 7 March", "2005-03-07"), ("12th day", "2005-03-07")]


def test_a_clock_time_is_not_on_a_day_an_appointment_is_set_for() -> None:
    words = ["The", "match", ",", "which", "kicked", "off", "at", "3pm", ",", "was", "set", "for", "5", "February", "."]
    heads = [1, 10, 1, 4, 1, 4, 4, 6, 1, 10, 10, 10, 13, 11, 10]
    deps = ["det", "nsubjpass", "punct", "nsubj", "relcl", "prt", "prep", "pobj", "punct", "auxpass", "ROOT", "prep",
            "nummod", "pobj", "punct"]  # fmt: skip
    pos = ["DET", "NOUN", "PUNCT", "PRON", "VERB", "ADP", "ADP", "NUM", "PUNCT", "AUX", "VERB", "ADP", "NUM", "PROPN",
           "PUNCT"]  # fmt: skip
    ents = ["O"] * 7 + ["B-TIME", "O", "O", "O", "O", "B-DATE", "I-DATE", "O"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos, ents=ents)
    found = [(t.text, t.value) for t in extract_times(doc, Article("a", doc.text, published=THURSDAY))]
    assert found[0] == ("3pm", "2005-03-10T15:00")


def test_a_weekday_and_its_date_before_the_subject_are_one_date() -> None:
    found = times("On Monday , 7 March three soldiers were killed .", {"Monday": "DATE", "7 March": "DATE"})
    assert found == [("Monday , 7 March", "2005-03-07")]


def test_a_date_after_up_to_is_a_date() -> None:
    assert times("Up to 20 May , applications are accepted .", {}) == [("20 May", "2005-05-20")]
