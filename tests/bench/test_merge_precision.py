"""The merge-precision bench: it says when PolNeAR is missing, and counts and lists the statements that a story of
unrelated articles says more than one article reported."""

from pathlib import Path

import pytest

from bench.merge_precision import find, lines, main
from graph.model import ActorKind, Article, ArticleFacts, Mention, Quote, Span


def quoting(article: str, text: str, speaker: str | None) -> ArticleFacts:
    said = Mention(Span(0, len(speaker)), speaker, ActorKind.PERSON) if speaker else None
    body = f"{speaker or 'Someone'} said: {text}."
    at = body.index(text)
    quote = Quote(Span(at, at + len(text)), text, Span(0, len(body)), said, resolution="name" if speaker else None)
    return ArticleFacts(Article(article, body), mentions=[said] if said else [], quotes=[quote])


def test_missing_data_is_said_and_nothing_is_measured(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data", str(tmp_path), "--cache", str(tmp_path / "cache")]) == 2
    assert "PolNeAR data missing" in capsys.readouterr().err
    assert not (tmp_path / "cache").exists()


def test_cross_article_statements_are_counted_and_listed_for_readable_articles() -> None:
    text = "We will never give up our land to the invaders and we will defend every village"
    facts = [quoting("a1", text, "Anna Petrova"), quoting("a2", text, "Anna Petrova"), quoting("b1", text, None)]
    finding = find(facts)
    assert (len(finding.joined), finding.repeated, finding.unplaced) == (1, 0, 0)
    assert [s.speaker for s in finding.joined] == ["person/anna petrova"]
    assert len(finding.lent) == 1, "the report that names nobody is lent Anna's name"
    shown = "\n".join(lines(finding, lambda doc: True))
    assert "Anna Petrova [name]" in shown and "b1" in shown
    hidden = "\n".join(lines(finding, lambda doc: doc != "b1"))
    assert "b1" not in hidden and "counted, not listed" in hidden
