"""Where the cue of a quote stands when the parse hangs it elsewhere, on invented news sentences: a lead-in that ends
on a name or a verb of saying before its colon, a title inverted after "said" that opens with a participle, a clause
of time between a verb and the participle that says the quote, a relative clause on "nothing" before the quote, and
"go on" that tells how long something lasts."""

from __future__ import annotations

import pytest

from tests.extract.news_copy import direct_quotes, statements


def _speaker_of(body: str, quote: str) -> str | None:
    """The words of the speaker of the direct quote of ``body`` that holds ``quote``; None when there is no such
    quote or it has no speaker."""
    said = next((q for q in direct_quotes(body) if quote in q.text), None)
    return said.speaker.text if said is not None and said.speaker is not None else None


@pytest.mark.model
@pytest.mark.parametrize(
    ("body", "quote", "speaker"),
    [
        # a digest's line, a dash, and the name it quotes before the colon
        (
            "TURNOUT IS UP, BUT NOT EVERYWHERE - Priya Natarajan: “Rural counties are lagging behind the cities by a "
            "wide margin this year.”",
            "Rural counties",
            "Natarajan",
        ),
        (
            "The early numbers look good for the mayor — Tom Avery and Ruth Klein: “Her lead has held for three "
            "weeks.”",
            "Her lead",
            "Ruth Klein",
        ),
        # a lead-in whose subject cannot speak ends on the person it touched or heard from
        (
            "The size of the crowd did not surprise campaign manager Dana Whitfield: “We knew the county would turn "
            "out.”",
            "We knew",
            "Dana Whitfield",
        ),
        (
            "The best line of the night came from Ann Lee: “I have never lost a debate.”",
            "never lost a debate",
            "Ann Lee",
        ),
        ("The win delighted coach Tom Hill: “The players were outstanding.”", "players were", "Tom Hill"),
        # the verb of saying that ends a lead-in before its colon introduces the quote, whatever verb the parse
        # hangs it on
        (
            '"Apparently there is a young man who is having some problems," Mayor Ruiz said as the heckler yelled: '
            '"You lie!"',
            "You lie",
            "the heckler",
        ),
        (
            '"We will take one more question," the senator said while a reporter called out: "What about the budget?"',
            "What about the budget",
            "a reporter",
        ),
        (
            "“There seems to be a gentleman with a grievance,” Mayor Tran said as a man in the balcony shouted: "
            "“Resign!”",
            "Resign",
            "a man in the balcony",
        ),
        # a title inverted after the verb of saying that opens with a participle: the name is the speaker
        ("“The council has ignored every warning,” said ranking Republican Tom Hill.", "ignored every", "Tom Hill"),
        (
            "“The plan is dead,” said Oversight ranking Democrat Ann Lee (D-Md.) on Tuesday. “We will not vote for "
            "it.”",
            "The plan is dead",
            "Ann Lee",
        ),
        # a verb of saying in a relative clause on "nothing" is what the quote speaks of, not its cue
        (
            "Ann Lee said the mayor had failed to address the floods. Nothing the mayor said “will calm people's "
            "fears,” the councillor said.",
            "will calm",
            "the councillor",
        ),
        # a participle after a clause of time goes with that clause's subject, not with a thing before it
        (
            "The first protest came at noon, when students interrupted the mayor, shouting “cut the fees!”",
            "cut the fees",
            "students",
        ),
        # "go on" for a span of time tells how long talks lasted: the source is the one "according to"
        (
            "Talks between the two unions have been going on for months, but since the strike began, “there has been "
            "a real change in tone,” according to a mediator who asked not to be named.",
            "real change in tone",
            "a mediator",
        ),
    ],
)
def test_a_cue_the_parse_hangs_elsewhere_finds_its_speaker(body: str, quote: str, speaker: str) -> None:
    assert _speaker_of(body, quote) == speaker


@pytest.mark.model
@pytest.mark.parametrize(
    ("body", "quote", "speaker"),
    [
        # the words a lead-in puts to someone, or writes to them, are not theirs
        ("The debate ended with a question for Owen Marsh: “Will you raise taxes?”", "raise taxes", None),
        ("The board wrote to Owen Marsh: “Your contract ends in June.”", "Your contract", "The board"),
        # the quote is about the one a verb of judging, honouring or writing names, not theirs
        ("The jury convicted Tom Hill: “Guilty on every count.”", "Guilty", None),
        ("The ceremony honoured Ann Lee: “She gave everything to this town.”", "gave everything", None),
        ("The winning song was by Tom Hill: “Love me tonight.”", "Love me", None),
        # a place, a tag or a name in a title after the dash signs nothing
        ("Early returns — Ohio: “Turnout looks strong in every county we have seen.”", "Turnout looks", None),
        ("Trending — #AnnLee: “She should resign.”", "should resign", None),
        ("Coming up — Tonight with Tom Hill: “A special report on the flood.”", "special report", None),
        # a verb of saying in what someone was asked about is no cue
        ("Ann Lee replied when asked what her rivals say: “Let them talk.”", "Let them talk", None),
        # a lead-in that ends on a clause of time that is no saying keeps the speaker before it
        ("Ann Lee spoke as the meeting ended: “We will be back next year.”", "We will be back", "Ann Lee"),
        # a speaker who can speak keeps the participle though a clause of time comes between
        (
            "The mayor spoke at noon, when the bells rang, saying “this town has waited long enough.”",
            "waited long enough",
            "The mayor",
        ),
        # words quoted inside a relative clause on "nothing" are still the clause's speaker's
        (
            "Nothing he said about “a new era of cooperation” convinced the opposition, analysts said.",
            "a new era",
            "he",
        ),
        # a person, or a text, going on speaking is still a cue, for however long
        ("The mayor paused, then went on, “We will not close the library.”", "close the library", "The mayor"),
        ("The minister went on for twenty minutes: “This government will deliver.”", "will deliver", "The minister"),
        ("The report went on: “Failures were widespread.”", "Failures were", "The report"),
    ],
)
def test_a_cue_kept_where_it_stands(body: str, quote: str, speaker: str | None) -> None:
    assert _speaker_of(body, quote) == speaker


@pytest.mark.model
@pytest.mark.parametrize(
    "body",
    [
        "The panel voted on Monday to recommend indicting Tom Hill at a hearing in May.",
        "The mayor said ending Tom Hill's contract had been a mistake.",
    ],
)
def test_a_participle_after_a_verb_of_saying_that_is_no_title_names_no_speaker(body: str) -> None:
    assert all(q.speaker is None or q.speaker.text != "Tom Hill" for q in statements(body))


@pytest.mark.model
def test_a_title_inverted_after_said_is_no_reported_statement() -> None:
    found = statements("“The council has ignored every warning,” said ranking Republican Tom Hill.")
    assert [q.text for q in found if not q.direct] == []


@pytest.mark.model
def test_a_role_after_as_says_nothing() -> None:
    found = statements("Tom Hill quit as manager on Friday, saying he needed a long rest.")
    assert [q.speaker.text for q in found if q.speaker is not None] == ["Tom Hill"]
