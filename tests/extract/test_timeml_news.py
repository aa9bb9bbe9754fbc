"""TimeML values of news dating rules, each on an invented sentence or phrase (TempEval-3 conventions)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from graph.extract.dates import anchored_to_speech, extract_times, normalise
from graph.extract.timeml import Tense
from graph.model import Article, Quote, Span

THURSDAY = dt.date(2011, 10, 27)
"""A Thursday in the first month of a quarter: quarterly results season."""


def times(doc: Doc, published: dt.date = THURSDAY) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in extract_times(doc, Article("a", doc.text, published=published))]


LEMMAS = {"extended": "extend", "scheduled": "schedule", "is": "be", "had": "have", "been": "be", "kept": "keep",
          "has": "have", "fell": "fall"}  # fmt: skip


def parsed(words: list[str], heads: list[int], deps: list[str], tags: list[str], pos: list[str], day: str) -> Doc:
    ents = ["B-DATE" if w == day else "O" for w in words]
    lemmas = [LEMMAS.get(w, w.lower()) for w in words]
    return Doc(Vocab(), words=words, heads=heads, deps=deps, tags=tags, pos=pos, ents=ents, lemmas=lemmas)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the next few days", "PXD"),  # a stretch that starts now: a vague duration
        ("the next several years", "PXY"),
        ("by year-end", "2011"),
        ("by year's end", "2011"),
        ("for the full year", "2011"),
        ("sometime next year", "2012"),
        ("Thanksgiving Day", "2011-11-24"),  # the fourth Thursday of November, the nearest one
        ("last Thanksgiving", "2010-11-25"),
        ("Election Day", "2011-11-08"),  # ahead when it is near: the nearest, the future counted double
        ("mid-afternoon yesterday", "2011-10-26TAF"),
        ("the last twenty four hours", "PT24H"),  # counts in words, fractions, ranges, hedges
        ("2 1/2 years", "P2Y6M"),
        ("almost a hundred years", "P100Y"),
        ("two to three weeks", "P2W"),
        ("the next two years or so", "P2Y"),
        ("an additional year", "P1Y"),
        ("eight trading days", "P8D"),
        ("each of the past three years", "P3Y"),
        ("hundreds of years", "PXY"),  # a count that says only that there are many: a length of unknown size
        ("dozens of years", "PXY"),
        ("a couple of years", "P2Y"),
        ("hourly", "PT1H"),
        ("each season", "P3M"),  # sets
        ("every summer", "XXXX-SU"),
        ("annually", "P1Y"),
        ("the quarter", "2011-Q3"),  # a bare quarter in a quarter's first month: the one just reported
        ("some time next year", "2012"),  # a hedge on a date; "for some time" alone is a length of unknown size
        ("some time", "PXX"),
        ("midnight tonight", "2011-10-27T24:00"),  # a clock time with a day told with its part: the clock's
        ("9 p.m. tonight", "2011-10-27T21:00"),
        ("9:30 tonight", "2011-10-27T21:30"),  # a bare hour with a part of the day is in that part's half
        ("7 this evening", "2011-10-27T19:00"),
        ("12 tonight", "2011-10-27T24:00"),  # a night's twelve is midnight, not noon
        ("4 tonight", "2011-10-27TNI"),  # either side of midnight: the night, no clock time
        ("1:30 tonight", "2011-10-27TNI"),
        ("11 this morning", "2011-10-27T11:00"),
        ("6 a.m. Saturday morning", "2011-10-22T06:00"),
        ("three months' time", "2012-01"),  # "in three months' time": the date that far on
        ("a week's time", "2011-W44"),
        ("the 1800s", "18"),  # the hundreds of a century name all of it; a later decade is a decade
        ("the early 1900s", "19"),
        ("the 1910s", "191"),
        ("the 2000s", "200"),
    ],
)
def test_news_dating_conventions(text: str, value: str) -> None:
    assert normalise(text, Span(0, len(text)), THURSDAY).value == value


@pytest.mark.parametrize(
    ("text", "value", "length"),
    [
        ("half a century ago", "1961", "P50Y"),  # a part of a unit counted back lands in a smaller unit
        ("a year and a half ago", "2010-04", "P1Y6M"),
        ("half a year ago", "2011-04", "P6M"),
    ],
)
def test_a_part_of_a_unit_counted_back_is_the_smaller_unit_it_lands_in(text: str, value: str, length: str) -> None:
    found = normalise(text, Span(0, len(text)), THURSDAY)
    assert (found.value, found.length) == (value, length)


def test_a_bare_quarter_late_in_a_quarter_is_the_current_one() -> None:
    assert normalise("the quarter", Span(0, 11), dt.date(2011, 11, 28)).value == "2011-Q4"


def test_a_unit_named_from_the_last_time_given_counts_from_it() -> None:
    words = ["She", "joined", "on", "May", "3", ",", "2004", "and", "left", "the", "following", "year", ";",
             "later", "that", "year", "she", "wrote", "a", "book", "."]  # fmt: skip
    ents = ["O", "O", "O", "B-DATE", "I-DATE", "I-DATE", "I-DATE", "O", "O", "B-DATE", "I-DATE", "I-DATE", "O",
            "B-DATE", "I-DATE", "I-DATE", "O", "O", "O", "O", "O"]  # fmt: skip
    doc = Doc(Vocab(), words=words, ents=ents, sent_starts=[True] + [False] * (len(words) - 1))
    assert times(doc) == [("May 3 , 2004", "2004-05-03"), ("the following year", "2005"), ("later that year", "2004")]


def tagged(sentence: str, dates: list[str]) -> Doc:
    """An invented sentence, one token a space, with DATE entities on the word runs ``dates`` names."""
    words = sentence.split()
    ents = ["O"] * len(words)
    for date in dates:
        size = len(date.split())
        start = next(i for i in range(len(words)) if words[i : i + size] == date.split() and ents[i] == "O")
        ents[start : start + size] = ["B-DATE"] + ["I-DATE"] * (size - 1)
    return Doc(Vocab(), words=words, ents=ents, sent_starts=[True] + [False] * (len(words) - 1))


def test_the_next_unit_after_a_time_given_is_the_unit_after_it_unless_a_stretch_from_now() -> None:
    doc = tagged(
        "The mill burned on March 2 , 2011 ; crews came back the next month and it will grow over the next year .",
        ["March 2 , 2011", "the next month", "the next year"],
    )
    assert times(doc) == [("March 2 , 2011", "2011-03-02"), ("the next month", "2011-04"), ("the next year", "P1Y")]


def test_a_year_earlier_compares_with_the_reported_quarter_not_one_compared_with() -> None:
    words = ["Profit", "rose", "in", "the", "third", "quarter", ";", "the", "year-ago", "quarter", "was", "weak",
             "and", "sales", "fell", "from", "a", "year", "earlier", "."]  # fmt: skip
    ents = ["O", "O", "O", "B-DATE", "I-DATE", "I-DATE", "O", "B-DATE", "I-DATE", "I-DATE", "O", "O", "O", "O",
            "O", "O", "B-DATE", "I-DATE", "I-DATE", "O"]  # fmt: skip
    doc = Doc(Vocab(), words=words, ents=ents, sent_starts=[True] + [False] * (len(words) - 1))
    assert [v for _, v in times(doc)] == ["2011-Q3", "2010-Q3", "2010-Q3"]


def test_a_set_spacy_leaves_unlabelled_is_found() -> None:
    words = ["The", "fair", "returns", "each", "season", "and", "pays", "annually", "."]
    doc = Doc(Vocab(), words=words, ents=["O"] * 9, sent_starts=[True] + [False] * 8)
    assert times(doc) == [("each season", "P3M"), ("annually", "P1Y")]


@pytest.mark.parametrize(
    ("sentence", "dates", "found"),
    [
        (
            "The barn burned in 2009 ; it reopened the following spring , was sold the previous winter and flooded "
            "that summer .",
            ["2009", "spring", "the previous winter", "that summer"],  # spaCy at times finds "spring" alone
            [("2009", "2009"), ("the following spring", "2010-SP"), ("the previous winter", "2008-WI"),
             ("that summer", "2009-SU")],
        ),
        (
            "The ferry sank on Friday ; divers left that evening , came back the following morning and had searched "
            "the previous night .",
            ["Friday"],  # spaCy at times leaves these parts of days unlabelled
            [("Friday", "2011-10-21"), ("that evening", "2011-10-21TEV"), ("the following morning", "2011-10-22TMO"),
             ("the previous night", "2011-10-20TNI")],
        ),
    ],
)  # fmt: skip
def test_a_season_or_part_of_the_day_named_back_is_of_the_time_told_or_the_one_after_or_before(
    sentence: str, dates: list[str], found: list[tuple[str, str]]
) -> None:
    assert times(tagged(sentence, dates)) == found


def test_a_part_of_the_day_named_back_with_no_day_told_is_of_the_anchor() -> None:
    assert normalise("that night", Span(0, 10), THURSDAY).value == "2011-10-27TNI"
    assert normalise("the following morning", Span(0, 21), THURSDAY).value == "2011-10-28TMO"


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Parties campaign ahead of Sunday 's vote .", "2011-10-30"),  # with no past tense told: ahead
        ("Traders sold shares ahead of the weekend .", "2011-W43-WE"),
        ("Rents in the run - up to Sunday 's vote .", "2011-10-30"),
        ("Rents rose up to Sunday .", "2011-10-23"),  # a limit, not a looking ahead
    ],
)
def test_a_time_looked_ahead_to_lies_ahead_unless_told_in_the_past(sentence: str, value: str) -> None:
    found = times(tagged(sentence, ["Sunday" if "Sunday" in sentence else "weekend"]))
    assert found[0][1] == value


def test_four_digits_before_local_time_are_a_time_of_day_without_a_zone() -> None:
    doc = tagged("The blast hit at 1500 local time on the pier .", [])
    assert times(doc) == [("1500 local time", "2011-10-27T15:00")]


def test_the_early_hours_of_a_day_are_no_length_of_their_own() -> None:
    doc = tagged("Police came in the early hours of Thursday .", ["the early hours of Thursday"])
    assert times(doc) == [("Thursday", "2011-10-27")]


AHEAD_PAST = {  # "Shares fell ahead of Wednesday 's decision ."
    "words": ["Shares", "fell", "ahead", "of", "Wednesday", "'s", "decision", "."],
    "heads": [1, 1, 1, 2, 6, 4, 3, 1],
    "deps": ["nsubj", "ROOT", "advmod", "prep", "poss", "case", "pobj", "punct"],
    "tags": ["NNS", "VBD", "RB", "IN", "NNP", "POS", "NN", "."],
    "pos": ["NOUN", "VERB", "ADV", "ADP", "PROPN", "PART", "NOUN", "PUNCT"],
}
AHEAD_FUTURE = {  # "Shares will fall ahead of Wednesday 's decision ."
    "words": ["Shares", "will", "fall", "ahead", "of", "Wednesday", "'s", "decision", "."],
    "heads": [2, 2, 2, 2, 3, 7, 5, 4, 2],
    "deps": ["nsubj", "aux", "ROOT", "advmod", "prep", "poss", "case", "pobj", "punct"],
    "tags": ["NNS", "MD", "VB", "RB", "IN", "NNP", "POS", "NN", "."],
    "pos": ["NOUN", "AUX", "VERB", "ADV", "ADP", "PROPN", "PART", "NOUN", "PUNCT"],
}
RUN_UP_PAST = {  # "In the run - up to Wednesday 's vote , Vell campaigned ." (five heads from the day to the verb)
    "words": ["In", "the", "run", "-", "up", "to", "Wednesday", "'s", "vote", ",", "Vell", "campaigned", "."],
    "heads": [11, 4, 4, 4, 0, 4, 8, 6, 5, 11, 11, 11, 11],
    "deps": ["prep", "det", "compound", "punct", "pobj", "prep", "poss", "case", "pobj", "punct", "nsubj", "ROOT",
             "punct"],
    "tags": ["IN", "DT", "NN", "HYPH", "NN", "IN", "NNP", "POS", "NN", ",", "NNP", "VBD", "."],
    "pos": ["ADP", "DET", "NOUN", "PUNCT", "NOUN", "ADP", "PROPN", "PART", "NOUN", "PUNCT", "PROPN", "VERB", "PUNCT"],
}  # fmt: skip


@pytest.mark.parametrize(
    ("parse", "value"),
    [
        (AHEAD_PAST, "2011-10-26"),  # told in the past: the decision may be over too, the Wednesday gone
        (AHEAD_FUTURE, "2011-11-02"),
        (RUN_UP_PAST, "2011-10-26"),
    ],
)
def test_a_time_looked_ahead_to_in_a_clause_told_in_the_past_is_placed_by_the_clause(
    parse: dict[str, list[str] | list[int]], value: str
) -> None:
    doc = parsed(day="Wednesday", **parse)  # type: ignore[arg-type]
    assert times(doc) == [("Wednesday", value)]


def test_a_fortnight_is_two_weeks() -> None:
    doc = tagged("The ferry left a fortnight ago after a strike that lasted the past fortnight .", [])
    assert times(doc) == [("a fortnight ago", "2011-W41"), ("the past fortnight", "P2W")]


@pytest.mark.parametrize(
    ("sentence", "dates", "found"),
    [
        ("Crews work every Monday morning .", ["morning"], [("every Monday morning", "XXXX-WXX-1TMO")]),
        ("The choir sings each Sunday evening .", ["Sunday evening"], [("each Sunday evening", "XXXX-WXX-7TEV")]),
    ],
)
def test_every_weekday_with_a_part_of_the_day_is_a_set(
    sentence: str, dates: list[str], found: list[tuple[str, str]]
) -> None:
    assert times(tagged(sentence, dates)) == found


def test_every_part_of_the_day_is_a_set_of_that_part() -> None:
    doc = tagged("The baker rises every morning and the choir sings each evening .", [])
    assert times(doc) == [("every morning", "XXXX-XX-XXTMO"), ("each evening", "XXXX-XX-XXTEV")]


def test_years_said_in_words_are_valued() -> None:
    assert normalise("nineteen ninety-six", Span(0, 19), THURSDAY).value == "1996"
    assert normalise("the year two thousand", Span(0, 21), THURSDAY).value == "2000"


def test_a_decade_ago_keeps_its_article() -> None:
    words = ["The", "law", "passed", "just", "a", "decade", "ago", "."]
    ents = ["O", "O", "O", "O", "B-DATE", "I-DATE", "I-DATE", "O"]
    doc = Doc(Vocab(), words=words, ents=ents, sent_starts=[True] + [False] * 7)
    assert times(doc) == [("a decade ago", "2001")]


UNTIL_PAST = {  # "Until Tuesday , they had kept quiet ."
    "words": ["Until", "Tuesday", ",", "they", "had", "kept", "quiet", "."],
    "heads": [5, 0, 5, 5, 5, 5, 5, 5],
    "deps": ["prep", "pobj", "punct", "nsubj", "aux", "ROOT", "acomp", "punct"],
    "tags": ["IN", "NNP", ",", "PRP", "VBD", "VBN", "JJ", "."],
    "pos": ["ADP", "PROPN", "PUNCT", "PRON", "AUX", "VERB", "ADJ", "PUNCT"],
}
EXTENDED = {  # "The board extended the offer until Tuesday ."
    "words": ["The", "board", "extended", "the", "offer", "until", "Tuesday", "."],
    "heads": [1, 2, 2, 4, 2, 2, 5, 2],
    "deps": ["det", "nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct"],
    "tags": ["DT", "NN", "VBD", "DT", "NN", "IN", "NNP", "."],
    "pos": ["DET", "NOUN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT"],
}
SCHEDULED = {  # "The mayor has scheduled a hearing Tuesday ."
    "words": ["The", "mayor", "has", "scheduled", "a", "hearing", "Tuesday", "."],
    "heads": [1, 3, 3, 3, 5, 3, 3, 3],
    "deps": ["det", "nsubj", "aux", "ROOT", "det", "dobj", "npadvmod", "punct"],
    "tags": ["DT", "NN", "VBZ", "VBN", "DT", "NN", "NNP", "."],
    "pos": ["DET", "NOUN", "AUX", "VERB", "DET", "NOUN", "PROPN", "PUNCT"],
}
HAD_BEEN_DUE = {  # "The offer had been due to expire Tuesday ."
    "words": ["The", "offer", "had", "been", "due", "to", "expire", "Tuesday", "."],
    "heads": [1, 3, 3, 3, 3, 6, 4, 6, 3],
    "deps": ["det", "nsubj", "aux", "ROOT", "acomp", "aux", "xcomp", "npadvmod", "punct"],
    "tags": ["DT", "NN", "VBD", "VBN", "JJ", "TO", "VB", "NNP", "."],
    "pos": ["DET", "NOUN", "AUX", "AUX", "ADJ", "PART", "VERB", "PROPN", "PUNCT"],
}
SET_DATE = {  # "The judge set Tuesday as the deadline ."
    "words": ["The", "judge", "set", "Tuesday", "as", "the", "deadline", "."],
    "heads": [1, 2, 2, 2, 2, 6, 4, 2],
    "deps": ["det", "nsubj", "ROOT", "dobj", "prep", "det", "pobj", "punct"],
    "tags": ["DT", "NN", "VBD", "NNP", "IN", "DT", "NN", "."],
    "pos": ["DET", "NOUN", "VERB", "PROPN", "ADP", "DET", "NOUN", "PUNCT"],
}
SET_OUT = {  # "The patrol set out Tuesday ."
    "words": ["The", "patrol", "set", "out", "Tuesday", "."],
    "heads": [1, 2, 2, 2, 2, 2],
    "deps": ["det", "nsubj", "ROOT", "prt", "npadvmod", "punct"],
    "tags": ["DT", "NN", "VBD", "RP", "NNP", "."],
    "pos": ["DET", "NOUN", "VERB", "ADP", "PROPN", "PUNCT"],
}
IS_TO = {  # "Trading is to resume Tuesday ."
    "words": ["Trading", "is", "to", "resume", "Tuesday", "."],
    "heads": [1, 1, 3, 1, 3, 1],
    "deps": ["nsubj", "ROOT", "aux", "xcomp", "npadvmod", "punct"],
    "tags": ["NN", "VBZ", "TO", "VB", "NNP", "."],
    "pos": ["NOUN", "AUX", "PART", "VERB", "PROPN", "PUNCT"],
}


@pytest.mark.parametrize(
    ("parse", "value"),
    [
        (UNTIL_PAST, "2011-10-25"),  # a limit told in the past perfect: the Tuesday gone
        (EXTENDED, "2011-11-01"),  # a deadline moved: ahead, though told in the past
        (SCHEDULED, "2011-11-01"),  # an appointment made: ahead
        (HAD_BEEN_DUE, "2011-10-25"),  # a plan the telling has overtaken: gone
        (IS_TO, "2011-11-01"),  # "is to": ahead
        (SET_DATE, "2011-11-01"),  # a day set as a deadline: ahead, though told in the past
        (SET_OUT, "2011-10-25"),  # "set out": a going, told in the past
    ],
)
def test_the_clause_places_a_weekday(parse: dict[str, list[str] | list[int]], value: str) -> None:
    doc = parsed(day="Tuesday", **parse)  # type: ignore[arg-type]
    assert times(doc) == [("Tuesday", value)]


def test_the_tense_is_not_needed_for_a_holiday_named_last() -> None:
    assert normalise("last Thanksgiving", Span(0, 17), THURSDAY, Tense.FUTURE).value == "2010-11-25"


def test_a_relative_time_inside_a_quote_is_read_against_the_day_of_the_speech() -> None:
    words = ["On", "Monday", ",", "the", "mayor", "said", ":", '"', "We", "vote", "tomorrow", '"', ".",
             "Polls", "open", "tomorrow", "."]  # fmt: skip
    ents = ["O", "B-DATE"] + ["O"] * 8 + ["B-DATE"] + ["O"] * 4 + ["B-DATE", "O"]
    doc = Doc(Vocab(), words=words, ents=ents, sent_starts=[True] + [False] * 12 + [True, False, False, False])
    article = Article("a", doc.text, published=THURSDAY)
    found = list(extract_times(doc, article))
    monday = found[0]
    quoted = doc[8:11]
    speech = Quote(Span(quoted.start_char, quoted.end_char), quoted.text, Span(0, 60), None, time=monday)
    again = anchored_to_speech(doc, found, [speech])
    assert [(t.value, t.anchor) for t in again] == [
        ("2011-10-24", THURSDAY),
        ("2011-10-25", dt.date(2011, 10, 24)),  # the day after the speech, anchored there
        ("2011-10-28", THURSDAY),  # outside the quote: the day after publication
    ]


def test_the_day_beside_a_date_and_the_morning_after_a_day_are_of_that_day() -> None:
    words = ["Stocks", "fell", "on", "Oct.", "3", ",", "the", "day", "before", "the", "vote", ";", "on", "Friday",
             "traders", "sold", "in", "the", "morning", "."]  # fmt: skip
    ents = ["O", "O", "O", "B-DATE", "I-DATE", "O", "B-DATE", "I-DATE", "O", "O", "O", "O", "O", "B-DATE", "O", "O",
            "O", "B-TIME", "I-TIME", "O"]  # fmt: skip
    doc = Doc(Vocab(), words=words, ents=ents, sent_starts=[True] + [False] * (len(words) - 1))
    assert [v for _, v in times(doc)] == ["2011-10-03", "2011-10-03", "2011-10-21", "2011-10-21TMO"]


def test_now_before_that_is_still_the_present() -> None:
    words = ["Prices", "rose", "now", "that", "supply", "is", "short", "."]
    doc = Doc(Vocab(), words=words, ents=["O"] * 8, sent_starts=[True] + [False] * 7)
    assert times(doc) == [("now", "PRESENT_REF")]


MARCH = dt.date(2011, 3, 9)
"""A day in the quarter after a year's end: the second half and the fourth quarter just gone are being reported."""


def parts_of_year(words: str, heads: list[int], deps: str, tags: str, pos: str, ents: str) -> list[tuple[str, str]]:
    tokens = words.split()
    lemmas = [{"expects": "expect", "will": "will"}.get(w, w.lower()) for w in tokens]
    doc = Doc(Vocab(), words=tokens, heads=heads, deps=deps.split(), tags=tags.split(), pos=pos.split(),
              ents=ents.split(), lemmas=lemmas)  # fmt: skip
    return times(doc, MARCH)


@pytest.mark.parametrize(
    ("words", "heads", "deps", "tags", "pos", "ents", "value"),
    [
        (  # a future verb: the half ahead, not the one just gone
            "Sales will rise in the second half .",
            [2, 2, 2, 2, 6, 6, 3, 2],
            "nsubj aux ROOT prep det amod pobj punct",
            "NNS MD VB IN DT JJ NN .",
            "NOUN AUX VERB ADP DET ADJ NOUN PUNCT",
            "O O O O B-DATE I-DATE I-DATE O",
            "2011-H2",
        ),
        (  # a forecast told in the present points ahead
            "The firm expects growth in the second half .",
            [1, 2, 2, 2, 3, 7, 7, 4, 2],
            "det nsubj ROOT dobj prep det amod pobj punct",
            "DT NN VBZ NN IN DT JJ NN .",
            "DET NOUN VERB NOUN ADP DET ADJ NOUN PUNCT",
            "O O O O O B-DATE I-DATE I-DATE O",
            "2011-H2",
        ),
        (  # results for a half are reported after it: the future verb dates the report, not the half
            "The firm will report results for the second half .",
            [1, 3, 3, 3, 3, 4, 8, 8, 5, 3],
            "det nsubj aux ROOT dobj prep det amod pobj punct",
            "DT NN MD VB NNS IN DT JJ NN .",
            "DET NOUN AUX VERB NOUN ADP DET ADJ NOUN PUNCT",
            "O O O O O O B-DATE I-DATE I-DATE O",
            "2010-H2",
        ),
        (  # a quarter naming the profit it covers
            "The firm will post fourth quarter profit .",
            [1, 3, 3, 3, 5, 6, 3, 3],
            "det nsubj aux ROOT amod compound dobj punct",
            "DT NN MD VB JJ NN NN .",
            "DET NOUN AUX VERB ADJ NOUN NOUN PUNCT",
            "O O O O B-DATE I-DATE O O",
            "2010-Q4",
        ),
    ],
)
def test_a_future_verb_places_a_quarter_or_half_ahead_unless_a_report_covers_it(
    words: str, heads: list[int], deps: str, tags: str, pos: str, ents: str, value: str
) -> None:
    assert [v for _, v in parts_of_year(words, heads, deps, tags, pos, ents)] == [value]


def test_a_time_hence_is_one_expression_with_its_count() -> None:
    """ "in a week's time": the article, the unit and "'s time" are one date, as "a week from now" is."""
    words = ["Ferries", "resume", "in", "a", "week", "'s", "time", "."]
    doc = Doc(Vocab(), words=words, spaces=[True] * 4 + [False, True, False, False],
              ents=["O", "O", "O", "O", "B-DATE", "O", "O", "O"], sent_starts=[True] + [False] * 7)  # fmt: skip
    assert times(doc) == [("a week's time", "2011-W44")]


def test_a_period_ended_on_a_date_lies_before_the_telling() -> None:
    """ "The loss for the year ended Dec. 31 is large": the year is over, so its last day is the one gone, not the
    nearest one ahead."""
    words = ["The", "loss", "for", "the", "year", "ended", "Dec.", "31", "is", "large", "."]
    doc = Doc(
        Vocab(),
        words=words,
        heads=[1, 8, 1, 4, 2, 4, 5, 6, 8, 8, 8],
        deps=["det", "nsubj", "prep", "det", "pobj", "acl", "npadvmod", "nummod", "ROOT", "acomp", "punct"],
        tags=["DT", "NN", "IN", "DT", "NN", "VBN", "NNP", "CD", "VBZ", "JJ", "."],
        pos=["DET", "NOUN", "ADP", "DET", "NOUN", "VERB", "PROPN", "NUM", "AUX", "ADJ", "PUNCT"],
        lemmas=["the", "loss", "for", "the", "year", "end", "Dec.", "31", "be", "large", "."],
        ents=["O", "O", "O", "O", "O", "O", "B-DATE", "I-DATE", "O", "O", "O"],
    )
    assert times(doc) == [("Dec. 31", "2010-12-31")]


NIGHT_FLIGHTS = {  # "Tenants said that night flights should stop ."
    "words": ["Tenants", "said", "that", "night", "flights", "should", "stop", "."],
    "heads": [1, 1, 6, 4, 6, 6, 1, 1],
    "deps": ["nsubj", "ROOT", "mark", "compound", "nsubj", "aux", "ccomp", "punct"],
    "tags": ["NNS", "VBD", "IN", "NN", "NNS", "MD", "VB", "."],
    "pos": ["NOUN", "VERB", "SCONJ", "NOUN", "NOUN", "AUX", "VERB", "PUNCT"],
}
EVENING_CLASSES = {  # "Olm said Monday that evening classes end ." ("that" not marked, the part a noun's modifier)
    "words": ["Olm", "said", "Monday", "that", "evening", "classes", "end", "."],
    "heads": [1, 1, 1, 4, 5, 6, 1, 1],
    "deps": ["nsubj", "ROOT", "npadvmod", "det", "compound", "nsubj", "ccomp", "punct"],
    "tags": ["NNP", "VBD", "NNP", "DT", "NN", "NNS", "VBP", "."],
    "pos": ["PROPN", "VERB", "PROPN", "DET", "NOUN", "NOUN", "VERB", "PUNCT"],
}
SAID_THAT_NIGHT = {  # "Olm said that night the goats ran ."
    "words": ["Olm", "said", "that", "night", "the", "goats", "ran", "."],
    "heads": [1, 1, 3, 6, 5, 6, 1, 1],
    "deps": ["nsubj", "ROOT", "det", "npadvmod", "det", "nsubj", "ccomp", "punct"],
    "tags": ["NNP", "VBD", "DT", "NN", "DT", "NNS", "VBD", "."],
    "pos": ["PROPN", "VERB", "DET", "NOUN", "DET", "NOUN", "VERB", "PUNCT"],
}
THAT_NIGHT_POLICE = {  # "That night police came ." (a noun after it, but not one it modifies)
    "words": ["That", "night", "police", "came", "."],
    "heads": [1, 3, 3, 3, 3],
    "deps": ["det", "npadvmod", "nsubj", "ROOT", "punct"],
    "tags": ["DT", "NN", "NNS", "VBD", "."],
    "pos": ["DET", "NOUN", "NOUN", "VERB", "PUNCT"],
}


@pytest.mark.parametrize(
    ("parse", "found"),
    [
        (NIGHT_FLIGHTS, []),
        (EVENING_CLASSES, [("Monday", "2011-10-24")]),
        (SAID_THAT_NIGHT, [("that night", "2011-10-27TNI")]),  # no noun after the part of the day: a time
        (THAT_NIGHT_POLICE, [("That night", "2011-10-27TNI")]),
    ],
)
def test_that_opening_a_clause_is_no_part_of_the_day_named_back(
    parse: dict[str, list[str] | list[int]], found: list[tuple[str, str]]
) -> None:
    doc = parsed(day="Monday", **parse)  # type: ignore[arg-type]
    assert times(doc) == found


def _barn_and_board(verb: list[str], unit: str = "week") -> Doc:
    """ "The barn burned on March 2 , 2011 ; the board <verb> the next <unit> ." with ``verb`` one or two words."""
    words = ["The", "barn", "burned", "on", "March", "2", ",", "2011", ";", "the", "board", *verb,
             "the", "next", unit, "."]  # fmt: skip
    v = 10 + len(verb)  # the main verb's index
    heads = [1, 2, 2, 2, 3, 4, 4, 4, 2, 10, v, *([v] * (len(verb) - 1)), 2, v + 3, v + 3, v, v]
    deps = ["det", "nsubj", "ROOT", "prep", "pobj", "nummod", "punct", "nummod", "punct", "det", "nsubj",
            *(["aux"] * (len(verb) - 1)), "conj", "det", "amod", "npadvmod", "punct"]  # fmt: skip
    tags = ["DT", "NN", "VBD", "IN", "NNP", "CD", ",", "CD", ":", "DT", "NN", *(["MD", "VB"] if len(verb) > 1 else
            ["VBD"]), "DT", "JJ", "NN", "."]  # fmt: skip
    pos = ["DET", "NOUN", "VERB", "ADP", "PROPN", "NUM", "PUNCT", "NUM", "PUNCT", "DET", "NOUN",
           *(["AUX"] * (len(verb) - 1)), "VERB", "DET", "ADJ", "NOUN", "PUNCT"]  # fmt: skip
    ents = ["O"] * len(words)
    ents[4:8] = ["B-DATE", "I-DATE", "I-DATE", "I-DATE"]
    ents[v + 1 : v + 4] = ["B-DATE", "I-DATE", "I-DATE"]
    return Doc(Vocab(), words=words, heads=heads, deps=deps, tags=tags, pos=pos, ents=ents)


@pytest.mark.parametrize(
    ("verb", "value"),
    [
        (["met"], "2011-W10"),  # the week after the time the text gave
        (["will", "meet"], "2011-W44"),  # told in the future after a time gone: the week after the anchor's
        (["may", "meet"], "2011-W44"),
        (["would", "meet"], "2011-W10"),  # a future seen from the time the text gave: the week after it
        (["could", "meet"], "2011-W10"),
    ],
)
def test_the_next_week_told_in_the_future_after_a_time_gone_is_from_the_anchor(verb: list[str], value: str) -> None:
    assert times(_barn_and_board(verb)) == [("March 2 , 2011", "2011-03-02"), ("the next week", value)]


def test_the_next_day_told_in_the_future_is_the_day_after_the_time_given() -> None:
    found = times(_barn_and_board(["will", "meet"], unit="day"))
    assert found == [("March 2 , 2011", "2011-03-02"), ("the next day", "2011-03-03")]


@pytest.mark.parametrize(
    ("sentence", "told", "value"),
    [
        ("Police came in March 2009 . That night a goat fled .", "March 2009", "XXXX-XX-XXTNI"),  # no day named
        ("Police came in 2009 . The following morning a goat fled .", "2009", "XXXX-XX-XXTMO"),
        ("Police came on March 3 , 2009 . That night a goat fled .", "March 3 , 2009", "2009-03-03TNI"),
    ],
)
def test_a_part_of_the_day_named_back_after_a_month_is_of_a_day_not_named(sentence: str, told: str, value: str) -> None:
    assert times(tagged(sentence, [told]))[-1][1] == value


SATURDAY = dt.date(2026, 3, 7)


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Lee said on Monday that she would fly to Paris the next day.",
         [("Monday", "2026-03-02"), ("the next day", "2026-03-03")]),
        ("The talks opened on February 2. Lee said she would leave the next week.",
         [("February 2", "2026-02-02"), ("the next week", "2026-W07")]),
        ("He told me what he knew that night.", [("that night", "2026-03-07TNI")]),
        ("Lee said that night the thieves came back.", [("that night", "2026-03-07TNI")]),
        ("The mayor said that evening classes would be cut.", []),  # spaCy's TIME "evening" modifies "classes"
    ],
)  # fmt: skip
def test_a_future_seen_from_the_past_and_that_before_a_part_of_the_day_with_the_model(
    sentence: str, found: list[tuple[str, str]]
) -> None:
    from graph.nlp.loader import load_pipeline

    assert times(load_pipeline()(sentence), published=SATURDAY) == found


def test_a_weekday_looked_ahead_to_after_a_day_told_in_the_past_is_the_first_one_after_it() -> None:
    words = ["Vell", "rallied", "on", "Friday", "ahead", "of", "Sunday", "'s", "vote", "."]
    doc = Doc(
        Vocab(),
        words=words,
        heads=[1, 1, 1, 2, 1, 4, 8, 6, 5, 1],
        deps=["nsubj", "ROOT", "prep", "pobj", "advmod", "prep", "poss", "case", "pobj", "punct"],
        tags=["NNP", "VBD", "IN", "NNP", "RB", "IN", "NNP", "POS", "NN", "."],
        pos=["PROPN", "VERB", "ADP", "PROPN", "ADV", "ADP", "PROPN", "PART", "NOUN", "PUNCT"],
        ents=["O", "O", "O", "B-DATE", "O", "O", "B-DATE", "O", "O", "O"],
        lemmas=["vell", "rally", "on", "friday", "ahead", "of", "sunday", "'s", "vote", "."],
    )
    assert times(doc, published=SATURDAY) == [("Friday", "2026-03-06"), ("Sunday", "2026-03-08")]  # not March 1
