"""The scorer's guess of whom a pronoun source stands for, on invented articles."""

from __future__ import annotations

import pytest

from bench.referents import Source, Vocabulary, agreeing, kind, nearest
from graph.model import Span


def _source(text: str, words: str, at: int = 0) -> Source:
    start = text.index(words, at)
    return Source(words, Span(start, start + len(words)))


def _guess(text: str, sources: list[str], pronoun: str) -> tuple[str | None, str | None]:
    """The referent by agreement and by the old nearest rule; the pronoun is its last occurrence as a word."""
    start = text.rindex(f" {pronoun} ") + 1
    said = Source(pronoun, Span(start, start + len(pronoun)))
    earlier = [_source(text, words) for words in sources]
    found, old = agreeing(said, earlier, text), nearest(said, earlier, text)
    return (found.text if found else None), (old.text if old else None)


@pytest.mark.parametrize(
    ("text", "sources", "pronoun", "expected"),
    [
        # "he" skips a woman named nearer; "she" skips a group and a body
        ("Paul Ortega met Mrs. Lind at the mill. After the talks he said the deal held.", ["Paul Ortega", "Mrs. Lind"],
         "he", "Paul Ortega"),
        ("Dana Pruitt spoke, the council voted and local farmers cheered. Later she said more.",
         ["Dana Pruitt", "the council", "local farmers"], "she", "Dana Pruitt"),
        # "they" stands for a group, "it" for a thing that is no person
        ("Residents of Elmwood wrote to Mayor Ilse Brandt. In the letter they said the road flooded.",
         ["Residents of Elmwood", "Mayor Ilse Brandt"], "they", "Residents of Elmwood"),
        ("The water board warned Ken Ashby about the dam. In a filing it said the dam was safe.",
         ["The water board", "Ken Ashby"], "it", "The water board"),
        # a surname takes the sex the article gives it once ("Mary Okafor ... Okafor")
        ("Tom Lee and Mary Okafor met. Lee left early and Okafor stayed. Later he said it went well.",
         ["Lee", "Okafor"], "he", "Lee"),
        # an appositive tells what a source is: a news agency is no "he"
        ("Ken Ashby spoke to Rutland, the regional news agency, on Monday. Then he said it again.",
         ["Ken Ashby", "Rutland, the regional news agency,"], "he", "Ken Ashby"),
        # a capitalised word the article also writes in lower case is no name ("Investors" opening a sentence)
        ("Greta Holm runs the fund. Investors were calm, as investors often are. Still she said more.",
         ["Greta Holm", "Investors"], "she", "Greta Holm"),
    ],
)  # fmt: skip
def test_a_pronoun_stands_for_the_nearest_source_that_agrees(
    text: str, sources: list[str], pronoun: str, expected: str
) -> None:
    found, old = _guess(text, sources, pronoun)
    assert found == expected
    assert old == sources[-1]  # the old rule: the nearest named source, whatever it is


def test_who_stands_for_the_source_or_the_words_right_before_it() -> None:
    text = "It rained, said Ken Ashby, a farmer, who added that the crop was lost."
    assert _guess(text, ["Ken Ashby, a farmer"], "who")[0] == "Ken Ashby, a farmer"
    text = "Nurses backed the plan; teachers unions who said it was late did not."
    assert _guess(text, ["Nurses"], "who")[0] == "unions"


def test_a_name_in_the_pronouns_own_sentence_is_nearer_than_any_source() -> None:
    text = "The committee met. Which town will Maria Delgado win with her plan for the port?"
    assert _guess(text, ["The committee"], "her")[0] == "Maria Delgado"


def test_quoted_names_are_not_narration() -> None:
    text = "Paul Ortega spoke. \u201cTell Mark Bell I called,\u201d he said."
    assert _guess(text, ["Paul Ortega"], "he")[0] == "Paul Ortega"


def test_the_writer_and_a_quoted_speaker_stay_unresolved() -> None:
    text = "Paul Ortega spoke first. Then we asked the council about the road."
    assert _guess(text, ["Paul Ortega"], "we")[0] is None


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("Mrs. Lind", "f"),
        ("a campaign spokeswoman", "f"),
        ("Paul Ortega, a farmer from Elm", "m"),
        ("the pollster", "person"),
        ("Vance", "person"),
        ("the council", "thing"),
        ("Republicans", "group"),
        ("both men", "group"),
        ("Nearly nine out of 10", "group"),
        ("62-year-old Mary Brill", "f"),
        ("Senate Leader Tom Reed", "m"),
    ],
)
def test_what_a_source_is(source: str, expected: str) -> None:
    assert kind(source, Vocabulary.of("")) == expected
