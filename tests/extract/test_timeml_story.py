"""TimeML values the parser's reading of a sentence decides, each rule on an invented sentence (with the model)."""

from __future__ import annotations

import datetime as dt

import pytest

from graph.extract.dates import extract_times
from graph.model import Article

THURSDAY = dt.date(2025, 6, 12)

pytestmark = pytest.mark.model


def times(sentence: str, published: dt.date = THURSDAY) -> dict[str, str]:
    from graph.nlp.loader import load_pipeline

    doc = load_pipeline()(sentence)
    return {t.text: t.value for t in extract_times(doc, Article("a", sentence, published=published))}


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("The ferry service resumes Tuesday after repairs.", "Tuesday", "2025-06-17"),
        ("The inquiry's findings are due Monday.", "Monday", "2025-06-16"),
        ("The museum reopens to visitors on Saturday.", "Saturday", "2025-06-14"),
        ("The ferry service resumes Thursday.", "Thursday", "2025-06-12"),  # the day of the report itself
        ("The new rules take effect Monday.", "Monday", "2025-06-16"),
        # captions, headlines and the news of the day are told in the present too, about what is over
        ("Protesters march through the city centre on Tuesday.", "Tuesday", "2025-06-10"),
        ("Police take a man into custody outside the court on Monday.", "Monday", "2025-06-09"),
        ("Stocks close higher Tuesday as oil prices fall.", "Tuesday", "2025-06-10"),
        ("Tuesday's ruling opens the door to more claims.", "Tuesday", "2025-06-10"),
        ("Monday's storm leaves 4,000 homes without power.", "Monday", "2025-06-09"),
        ("Tuesday's ruling means the ban stays in place.", "Tuesday", "2025-06-10"),
        # what the present tells is no schedule where the time hangs elsewhere, or the verb may be a past
        ("The merger follows Tuesday's vote by shareholders.", "Tuesday", "2025-06-10"),
        ("Weakness in bank shares hurt the index, which fell on Monday.", "Monday", "2025-06-09"),
        ("Officials say the bridge was damaged on Monday.", "Monday", "2025-06-09"),
        # "am" of "6am" is no verb of the present
        ("The storm hit at about 6am local time on Sunday.", "Sunday", "2025-06-08"),
    ],
)
def test_the_simple_present_of_what_is_set_to_come_names_the_day_ahead(sentence: str, text: str, value: str) -> None:
    assert times(sentence)[text] == value


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Protesters occupied the square for three days last week.", {"three days": "P3D", "last week": "2025-W23"}),
        ("The line was closed for two hours this morning.", {"two hours": "PT2H", "this morning": "2025-06-12TMO"}),
    ],
)
def test_a_length_and_the_time_it_fell_in_are_two_expressions(sentence: str, found: dict[str, str]) -> None:
    assert times(sentence) == found


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("The minister resigned on Monday; a day earlier she had denied the claims.", "a day earlier", "2025-06-08"),
        ("The bank collapsed in 2008; a decade earlier it had been rescued.", "a decade earlier", "1998"),
        ("The plant closed a year earlier than planned.", "a year earlier", "2024"),  # no time told: the anchor's
        ("Unemployment was the lowest since 2001. A year earlier it was 4.5%.", "A year earlier", "2024"),
        # an aside tells no time of the story; a figure compared counts from a time of its own sentence only
        ("Profit at the brewer, founded in 1898, rose 4% from a year earlier.", "a year earlier", "2024"),
        ("The group was set up in 1990. Its sales rose 4% from a year earlier.", "a year earlier", "2024"),
        ("Last year it sold 60 boats, up from 52 a year earlier.", "a year earlier", "2023"),
    ],
)
def test_units_counted_earlier_count_from_the_time_told_just_before(sentence: str, text: str, value: str) -> None:
    assert times(sentence)[text] == value


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("Second-quarter sales rose 4% from the previous quarter.", "the previous quarter", "2025-Q1"),
        ("Sales in the first half were flat compared with the preceding half.", "the preceding half", "2024-H2"),
        ("Revenue fell in the previous quarter, the company said.", "the previous quarter", "2025-Q2"),
    ],
)
def test_the_previous_quarter_is_the_one_before_the_quarter_reported(sentence: str, text: str, value: str) -> None:
    assert times(sentence, dt.date(2025, 7, 30))[text] == value


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The regulator's notice, dated 2024-11-05, was published on Monday.",
         {"2024-11-05": "2024-11-05", "Monday": "2025-06-09"}),
        ("The law took effect on the 1st.", {"the 1st": "2025-06-01"}),
        ("The hearing is set for the 24th.", {"the 24th": "2025-06-24"}),
        ("The appeal reached the 11th Circuit in May.", {"May": "2025-05"}),  # an ordinal before a noun: no day
        ("She birdied the 16th and parred the 17th.", {}),  # no preposition of time: holes, not days
        ("He made a long birdie putt on the 18th.", {}),
        ("The road was closed until 1430, when the lorry was removed.", {}),  # a time of day as often as a year
        ("He was given 1200 hours of community service.", {"1200 hours": "PT1200H"}),
        ("The cathedral was completed in 1220.", {"1220": "1220"}),
        ("Flight 1066 landed safely after a 1450-mile journey.", {}),
        ("Since 1250 workers were laid off, the town has shrunk.", {}),
        ("The talks ran from May 12 to May 16, 2024.", {"May 12": "2024-05-12", "May 16, 2024": "2024-05-16"}),
        ("The office shut from Dec. 22 to Jan. 3, 2025.", {"Dec. 22": "2024-12-22", "Jan. 3, 2025": "2025-01-03"}),
        ("The law takes effect on the first day of next year.", {"the first day of next year": "2026-01-01"}),
        ("The market closed for the last week of July.", {"the last week of July": "2024-W31"}),
        ("In the most recent quarter, sales fell.", {"the most recent quarter": "2025-Q1"}),
        ("The election is a week today.", {"a week today": "2025-06-19"}),
        ("The cafe hopes to reopen in time for Christmas.", {"Christmas": "2025-12-25"}),
        ("The firm was sold a while ago, and not long ago it moved.", {"a while ago": "PAST_REF",
                                                                        "not long ago": "PAST_REF"}),
        ("The protest took place some time ago.", {"some time ago": "PAST_REF"}),
        ("A last-minute goal won it at the eleventh hour.", {}),
        ("Flight 1730 was delayed.", {}),
        # a number a bill or a name before it numbers is no year
        ("The House passed HB 1523 in April.", {"April": "2025-04"}),
        ("Opponents of the SB 1070 law marched on Monday.", {"Monday": "2025-06-09"}),
        ("The council approved Resolution 2231 in May.", {"May": "2025-05"}),
        ("Revenue rose in FY 2016.", {"FY 2016": "2016"}),
        # "March" after "the" and before a preposition and a name is a march by its name, no month
        ("She joined the 1963 March on Washington as a student.", {"1963": "1963"}),
        ("Thousands joined the March for Our Lives in Dunmore.", {}),
        ("The vote is due in March on Capitol Hill.", {"March": "2026-03"}),
        ("The March 5 vote passed.", {"March 5": "2025-03-05"}),
        ("The amendment 2014 voters approved raised the minimum wage.", {"2014": "2014"}),
        # a half or quarter of a game, told by a score or a word of play, is no half or quarter of the year
        ("The Chiefs led 21-10 at the end of the third quarter.", {}),
        ("Smith scored in the first half and Jones added a goal in the second half.", {}),
        ("Profit rose in the third quarter.", {"the third quarter": "2024-Q3"}),
        ("Kick-off is at 1930 BST.", {"1930 BST": "2025-06-12T19:30"}),
        ("Qualifying starts at 1930 BST on Saturday.", {"1930 BST": "2025-06-14T19:30", "Saturday": "2025-06-14"}),
        ("Police were called shortly after 11 p.m.", {"11 p.m.": "2025-06-12T23:00"}),
        # words the recogniser ran on before a time: the time alone
        ("The Rams open the season on September 4.", {"September 4": "2025-09-04"}),
        ("The pool will reopen before the school holidays end in early September.", {"early September": "2025-09"}),
        ("The battle began on the morning of 6 June 1944.", {"the morning of 6 June 1944": "1944-06-06TMO"}),
        ("The music of the 90s is back in fashion.", {"90s": "199"}),
        ("Rents have doubled since the late 80s.", {"the late 80s": "198"}),
        ("She is in her 80s and still works.", {}),
        ("His approval rating has hovered in the 40s.", {}),  # "in the 40s" measures as often as it dates
        ("It was the hottest day on record.", {}),
        ("The offer expires at the the end of November.", {"the the end of November": "2025-11"}),
    ],
)  # fmt: skip
def test_dates_news_writes_in_many_ways(sentence: str, found: dict[str, str]) -> None:
    assert times(sentence) == found


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The nominee for the Nov. 8 election later said he was joking.", "2025-11-08"),
        ("The nominee later said the Nov. 8 vote would be rigged.", "2025-11-08"),
        # told with no noun after it, the clause's past decides
        ("The nominee said on Nov. 8 that he was joking.", "2024-11-08"),
    ],
)
def test_a_day_written_before_the_noun_it_dates_is_not_read_by_the_clauses_tense(sentence: str, value: str) -> None:
    """ "the Nov. 8 election" in a July article is the coming one: the day of that happening, read as a day with no
    tense is (the nearest, a day behind counted once and a day ahead twice), not by the past of "said"."""
    assert times(sentence, dt.date(2025, 7, 30))["Nov. 8"] == value
