"""Quoted words that name a thing (a show, a book, a film, a nickname) are no statement, on invented news
sentences; the quote someone says in the same sentence still is."""

from __future__ import annotations

import pytest

from tests.extract.news_copy import direct_quotes


@pytest.mark.model
@pytest.mark.parametrize(
    ("body", "absent"),
    [
        # a broadcaster's possessive before a single capitalised word: the title of its show
        ("Tom Hill told NBC’s “Sunrise” on Monday that the plan would fail.", "Sunrise"),
        ("Ann Lee criticised the governor on CNN’s “Morning Desk,” then left for Ohio.", "Morning Desk"),
        # a title with a subtitle after a colon is longer than a short title, and still a title
        (
            "The senator described the vote in her memoir “Long Road Home: My Years in the Senate and the Fight for "
            "the Farm Bill,” which Tom Hill reviewed.",
            "Long Road Home",
        ),
        # a noun for a work before a title that ends with an exclamation mark
        ("Ann Lee appeared last year in the film “Hail, Sheriff!” with her brother.", "Hail, Sheriff"),
        # a title with a number in it, in a list of titles
        ("She had roles in “Blue Valley,” “Harbor 9,” and “Silver Creek.”", "Harbor 9"),
        ("The network renewed “Harbor Five-0” for a second season.", "Harbor Five-0"),
        # a song after "anthem", whose title holds a word the tokenizer splits ("Gonna"), and an ad's title
        (
            "As the band played the anthem “A Change Is Gonna Come,” Ann Lee added the words, “Vote on Tuesday.”",
            "A Change",
        ),
        ("The group launched a radio ad titled “Broken Promises” in Ohio on Saturday.", "Broken Promises"),
        # a nickname after "known as"
        ("Ann Lee, the hacker known as “Red Rosa,” stated that she had read the emails.", "Red Rosa"),
        ("Tom Hill, the lawyer known as “the hammer,” said he would run.", "the hammer"),
    ],
)
def test_a_name_or_a_title_is_no_statement(body: str, absent: str) -> None:
    assert not any(q.text.startswith(absent) for q in direct_quotes(body)), direct_quotes(body)


@pytest.mark.model
@pytest.mark.parametrize(
    ("body", "quote"),
    [
        # a capitalised word that a speaker says is a statement
        ("“Absolutely,” Tom Hill said when asked if he would run.", "Absolutely"),
        # a broadcaster's show named in the same sentence leaves the quote its speaker says
        ("“We will win this fight,” Ann Lee told NBC’s “Sunrise” on Monday.", "We will win this fight"),
        # a slogan a crowd chants is what the crowd says
        ("“No More Wars,” the marchers chanted outside the hall.", "No More Wars"),
    ],
)
def test_a_quote_beside_a_name_is_still_a_statement(body: str, quote: str) -> None:
    assert any(q.text.startswith(quote) and q.speaker is not None for q in direct_quotes(body)), direct_quotes(body)
