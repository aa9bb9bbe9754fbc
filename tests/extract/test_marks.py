from __future__ import annotations

import pytest

from graph.extract.marks import find_quoted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“Strength matters,” he said.", ["Strength matters"]),
        ('"Straight marks," she said.', ["Straight marks"]),
        ('Mixed “curly and straight" marks.', ["curly and straight"]),
        ("the strategy of the ‘special military operation,' he said", ["special military operation"]),
        ("“Outer ‘inner’ quote,” said X.", ["Outer ‘inner’ quote"]),
        ("Russia’s army and don’t.", []),
        (
            "“First paragraph runs on.\n\n“Second paragraph ends,” he said.",
            ["First paragraph runs on.", "Second paragraph ends"],
        ),
        ("He called it a “catastrophe,” the Times reported.", ["catastrophe"]),
        ("No quotes here.", []),
        ("“Unclosed to the end", ["Unclosed to the end"]),
        ("“Outer “inner” still outer,” said X.", ["Outer “inner” still outer"]),
        ('"He told me "no" twice," said X.', ['He told me "no" twice']),
        ("never opened,” he said. “Second,” she said.", ["Second"]),
        ("“" + "word " * 1000 + "” he said. “Short,” she said.", ["Short"]),
        ("''We will win,'' Mr. Hill said. He called it ``fair.''", ["We will win", "fair."]),
        ("The mayor said ''the budget is balanced.'' Don''t worry.", ["the budget is balanced."]),
    ],
)
def test_find_quoted(text: str, expected: list[str]) -> None:
    assert [q.span.slice(text) for q in find_quoted(text)] == expected


def test_continued_paragraph_quote_is_flagged() -> None:
    text = "“First paragraph runs on.\n\n“Second paragraph ends,” he said."
    assert [q.continued for q in find_quoted(text)] == [False, True]


def test_an_opening_mark_typed_for_a_closing_one_closes_the_quote() -> None:
    text = "“We lost the vote,“ she said. “Next time we win.”"
    assert [q.span.slice(text) for q in find_quoted(text)] == ["We lost the vote", "Next time we win."]


def test_a_closing_mark_typed_for_an_opening_one_opens_the_quote() -> None:
    text = "Voters were angry.\n”Nobody listens to us,” said a farmer. “We are tired.”"
    assert [q.span.slice(text) for q in find_quoted(text)] == ["Nobody listens to us", "We are tired."]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an invisible left-to-right mark before a closing mark typed for an opening one
        (
            "Readers replied.\n\n\u202a”Sorry, you should have said no!!” posted Ann Lee.",
            ["Sorry, you should have said no!!"],
        ),
        # a closing mark that opens a paragraph opens a quote, whatever follows it
        ("The paper noted it.\n\n” … if he can visit, so can she,” it read.", ["… if he can visit, so can she"]),
    ],
)
def test_a_closing_mark_that_begins_a_quote_opens_it(text: str, expected: list[str]) -> None:
    assert [q.span.slice(text) for q in find_quoted(text)] == expected
