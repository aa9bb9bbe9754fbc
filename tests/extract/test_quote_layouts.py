"""Quotes the page's layout attributes, on invented news copy: a transcript's speaker labels, a quote signed with a
dash and a name, and a transcript's stage directions, which nobody says."""

from __future__ import annotations

import pytest

from graph.extract.quote_layouts import stage_direction
from graph.model import Span
from tests.extract.news_copy import direct_quotes


@pytest.mark.model
@pytest.mark.parametrize(
    ("body", "said"),
    [
        # a transcript in quotation marks: each turn is its label's, and the label is no part of what was said
        (
            "Partial transcript as follows:\n\n“HILL: We are here to talk about the budget and nothing else.\n\n"
            "“LEE: The budget is a mess, and the council knows it.\n\n“HILL: Then tell us what you would cut first.",
            {
                "We are here to talk about the budget and nothing else.": "HILL",
                "The budget is a mess, and the council knows it.": "LEE",
                "Then tell us what you would cut first.": "HILL",
            },
        ),
        # a list of reactions, each signed with a dash and a name after the quote
        (
            "Readers wrote in.\n\n“The mayor has failed this town and everyone in it.” ― Ann Lee\n"
            "“Nobody listens to us out here in the valley.” ― Tom Hill, a farmer",
            {
                "The mayor has failed this town and everyone in it.": "Ann Lee",
                "Nobody listens to us out here in the valley.": "Tom Hill",
            },
        ),
        # a signature on the line below the quote
        (
            "“We will rebuild the bridge before the winter comes.”\n\n- Tom Hill, mayor of Eastville.\n\n"
            "The bridge fell in May.",
            {"We will rebuild the bridge before the winter comes.": "Tom Hill"},
        ),
    ],
)
def test_layout_names_the_speaker(body: str, said: dict[str, str]) -> None:
    found = {q.text: q.speaker.text if q.speaker else None for q in direct_quotes(body)}
    for words, speaker in said.items():
        assert speaker in (found.get(words) or ""), found


@pytest.mark.model
@pytest.mark.parametrize(
    "body",
    [
        # a heading before a colon is not a speaker
        "“UPDATE: The council voted on Tuesday to close the old bridge for good.”",
        # a dash that opens a clause of the narration signs nothing
        "The mayor called the plan “a waste of money for the whole town” — Hill said later that he regretted it.",
        # a name and a colon inside words quoted in the narration are no transcript's turn
        "Outside the hall, students waved flags and chanted “Mayor Lee: time to go!” as she arrived.",
        "“Scorecard of the night,” wrote campaign aide Ray Cole on Facebook. “Lee: ‘We tried that before.’ Hill: "
        "‘Then try harder this time.’”",
    ],
)
def test_no_layout_speaker(body: str) -> None:
    layouts = {"speaker label", "signature"}
    speakers = {q.speaker.text for q in direct_quotes(body) if q.speaker and q.pattern in layouts}
    assert not speakers


@pytest.mark.model
def test_a_stage_direction_is_no_statement() -> None:
    body = "“HILL: We cannot let the plant close this year.\n\n“(CROSSTALK)\n\n“LEE: Nobody wants it to close."
    assert all("CROSSTALK" not in q.text for q in direct_quotes(body))


@pytest.mark.parametrize(
    ("words", "direction"),
    [("(CROSSTALK.)", True), ("[Applause]", True), ("(R) won the seat", False), ("(a) first, (b) second", False)],
)
def test_stage_direction(words: str, direction: bool) -> None:
    assert stage_direction(Span(0, len(words)), words) is direction


@pytest.mark.model
@pytest.mark.parametrize(
    ("body", "quote", "speaker"),
    [
        ("Ann Lee thanked the council for “keeping us all safe this winter.”", "keeping us all safe", "Ann Lee"),
        ("Tom Hill blamed the delay on “a board that never listens to anyone.”", "never listens", "Tom Hill"),
        # an aside with such a subject gives it the quoted words of the clause around it
        ("The new tax, Ann Lee thinks, will be “the end of the corner shop.”", "the end of the corner", "Ann Lee"),
        (
            "Ann Lee spoke last.\n\n“Voters reject the old guard again and again,” she points out.",
            "Voters reject the old guard",
            "Ann Lee",
        ),
    ],
)
def test_quoted_words_under_a_predicate_are_its_subjects(body: str, quote: str, speaker: str) -> None:
    said = next((q for q in direct_quotes(body) if quote in q.text), None)
    assert said is not None and said.speaker is not None and speaker in said.speaker.text


@pytest.mark.model
@pytest.mark.parametrize(
    "body",
    [
        "He won just 19 percent among “somewhat conservative” voters in the county.",
        "Voters in so-called “closed” primaries stayed home on Tuesday.",
        "Why vote for him, unless simply because “she” is a “he”?",
        # a quoted word that modifies a noun after the marks
        "The audit noted “significant” gaps in the county's books.",
    ],
)
def test_a_scare_quote_that_nobody_says_stays_out(body: str) -> None:
    assert direct_quotes(body) == []


@pytest.mark.model
def test_a_title_after_a_noun_for_a_work_is_no_statement() -> None:
    body = "In his 2002 book, “Make Your Kid a Millionaire,” Mr. Hill suggested cutting back on coffee."
    assert all("Millionaire" not in q.text for q in direct_quotes(body))


@pytest.mark.model
def test_a_signed_name_ends_at_its_line() -> None:
    body = (
        "Readers wrote in.\n\n“He is not fit to lead this country, and everybody in my family knows it.” ― Veronica "
        "Ortiz\n“I would rather move away than live in a country where he is president.” ― Adriana Soto\n"
        "“Nobody here trusts him.” ― Tom Hill"
    )
    assert {q.speaker.text for q in direct_quotes(body) if q.speaker} == {"Veronica Ortiz", "Adriana Soto", "Tom Hill"}


@pytest.mark.model
def test_a_signature_whose_hyphen_is_glued_to_the_name_names_the_speaker() -> None:
    body = (
        "The convention closed on Thursday.\n\n“Great speech. She is tested. She is ready. She never quits.”\n\n"
        "-Senator Dana Voss, writing after the speech."
    )
    (quote,) = direct_quotes(body)
    assert quote.speaker is not None and quote.speaker.text == "Dana Voss", quote.speaker
