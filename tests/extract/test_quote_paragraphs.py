"""Who goes on speaking in a paragraph, on invented news copy: a quote that resumes after a sentence of narration
about its speaker, and quotes set in doubled apostrophes, read by the parser as quotes in curly marks."""

from __future__ import annotations

import pytest

from graph.articles import parse_layout
from graph.extract import extract
from graph.model import Article


def _speakers(body: str) -> dict[str, str | None]:
    from graph.nlp.loader import load_pipeline

    text = f"Title\n\n{body}\n"
    layout = parse_layout(text)
    article = Article("a", text, title=layout.title, published=layout.published, body=layout.body)
    quotes = [q for q in extract(load_pipeline()(article.analysable_text()), article).quotes if q.direct]
    return {q.text: q.speaker.text if q.speaker else None for q in quotes}


@pytest.mark.model
@pytest.mark.parametrize("mark", ["''", "“"])
def test_a_quote_resumes_after_narration_about_its_speaker(mark: str) -> None:
    closing = "''" if mark == "''" else "”"
    body = (
        f"The plant employs 300 people.\n\n{mark}I'm better with my hands than with my head,{closing} said Tom Hill, "
        f"half joking. He has worked there for 20 years. {mark}But I like the work.{closing}"
    )
    found = _speakers(body)
    assert "Tom Hill" in (found.get("I'm better with my hands than with my head") or ""), found
    assert "Tom Hill" in (found.get("But I like the work.") or ""), found


@pytest.mark.model
def test_narration_about_someone_else_ends_the_speakers_turn() -> None:
    body = "“We will fight this plan in court,” said Tom Hill. Ann Lee, the mayor, disagreed. “It is a good plan.”"
    assert "Tom Hill" not in (_speakers(body).get("It is a good plan.") or "")


def test_doubled_marks_are_read_as_curly_marks_at_the_same_offsets() -> None:
    text = "He said, ''We won,'' and left. Don''t."
    analysed = Article("a", text).analysable_text()
    assert len(analysed) == len(text)
    assert analysed == "He said, “ We won, ” and left. Don''t."


@pytest.mark.model
@pytest.mark.parametrize("marks", [("“", "”"), ('"', '"')])
def test_a_quote_of_several_paragraphs_named_only_at_its_end_is_all_its_speakers(marks: tuple[str, str]) -> None:
    # each paragraph reopens the quote and only the last one closes it, then names who spoke
    opening, closing = marks
    body = (
        "Priya Anand launched her campaign on Saturday.\n\n"
        f"{opening}This town has been taken for granted for too long by people who never come here.\n\n"
        f"{opening}People tell me they feel forgotten.\n\n"
        f"{opening}I want to give them a reason to vote,{closing} she said.\n\n"
        "The count is on Thursday."
    )
    assert _speakers(body) == {
        "This town has been taken for granted for too long by people who never come here.": "Priya Anand",
        "People tell me they feel forgotten.": "Priya Anand",
        "I want to give them a reason to vote": "Priya Anand",
    }


@pytest.mark.model
def test_a_quoted_paragraph_that_tells_of_the_speaker_is_not_their_own_words() -> None:
    # a report's paragraphs quoted one by one: the first tells of the one the second quotes
    body = (
        "Read the latest updates below.\n\n"
        "“Senator Ray Moss took the stage late on Monday night trailing his rival by ten points in the polls.\n\n"
        "“While the results are not yet known, it looks like we are in a tie,” Moss said."
    )
    assert _speakers(body) == {
        "Senator Ray Moss took the stage late on Monday night trailing his rival by ten points in the polls.": None,
        "While the results are not yet known, it looks like we are in a tie": "Moss",
    }


@pytest.mark.model
def test_a_short_first_part_of_a_quote_named_at_its_end_is_kept() -> None:
    body = (
        "The mayor spoke first.\n\n“Not so fast.\n\n“The polls are close and nobody should count on anything yet,” "
        "Ann Lee said."
    )
    assert _speakers(body) == {
        "Not so fast.": "Ann Lee",
        "The polls are close and nobody should count on anything yet": "Ann Lee",
    }


@pytest.mark.model
def test_a_quoted_paragraph_naming_the_speaker_with_a_suffix_is_not_their_own_words() -> None:
    body = (
        "Read the latest updates below.\n\n“Senator Tom Hill Jr. took the stage late on Monday night trailing his "
        "rival by ten points.\n\n“It looks like we are in a tie,” said Tom Hill Jr."
    )
    told = "Senator Tom Hill Jr. took the stage late on Monday night trailing his rival by ten points."
    assert _speakers(body)[told] is None
