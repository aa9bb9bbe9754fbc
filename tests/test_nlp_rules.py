"""The faster attribute rules and lemma cache annotate every token exactly as spaCy's own components do."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.nlp.loader import DEFAULT_PIPELINES, load_pipeline, prepare
from graph.nlp.rules import AttributeRules, Unsupported, speed_up

pytestmark = pytest.mark.model

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
TRICKY = (
    "Y'all ain't gonna believe it: there is nothin' here, and there were two of 'em. Let's go, c'mon! "
    "I'd have said they'd done it, but he didn't. It gets worse; it got worse. Being there, she had been told "
    "that anyone could do something. Whose is it? The one that I saw, which was hers, not yours.\n\n"
    "We'll see. Ca n't wo n't sha n't. Doin' goin' ol' somethin' 'nuff gotta lemme."
)


def _annotations(nlp: object, texts: list[str]) -> list[tuple[str, str, str, str, str, str]]:
    return [
        (token.text, token.tag_, token.pos_, token.dep_, str(token.morph), token.lemma_)
        for doc in nlp.pipe(texts)  # type: ignore[attr-defined]
        for token in doc
    ]


def test_same_annotations_as_the_stock_components() -> None:
    import spacy

    fast = load_pipeline()
    name = next(n for n in DEFAULT_PIPELINES if spacy.util.is_package(n))
    stock = spacy.load(name)
    prepare(stock)
    assert [n for n, _ in stock.pipeline] == [n for n, _ in fast.pipeline]
    assert type(fast.get_pipe("attribute_ruler")).__name__ == "AttributeRules"
    assert type(fast.get_pipe("lemmatizer")).__name__ == "LemmaCache"
    texts = [TRICKY] + [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]
    assert _annotations(fast, texts) == _annotations(stock, texts)


def test_patterns_it_does_not_understand_keep_the_stock_ruler() -> None:
    import spacy

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"TEXT": {"FUZZY": "colour"}}]], {"LEMMA": "color"})
    with pytest.raises(Unsupported):
        AttributeRules(nlp.vocab).load(ruler)
    assert speed_up(nlp) == [] and type(nlp.get_pipe("attribute_ruler")).__name__ == "AttributeRuler"


def test_speed_up_swaps_a_ruler_it_understands() -> None:
    import spacy

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": {"IN": ["gon", "wan"]}}, {"LOWER": "na"}]], {"LEMMA": "go"}, index=0)
    ruler.add([[{"LOWER": "na"}]], {"LEMMA": "to"})
    assert speed_up(nlp) == ["attribute_ruler"]
    assert [t.lemma_ for t in nlp("gon na na wan na")] == ["go", "to", "to", "go", "to"]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a hyphen typed for a dash opens a signature line, or follows a quote
        ("He spoke.\n\n-President Dana Voss, writing later.", ["-", "President"]),
        ("“Great,” -Coach Dana White", ["-", "Coach"]),
        # an abbreviated title keeps its period, as the tokenizer keeps it
        ("Thank you.\n\n-Mrs. Lucy Hale and family", ["-", "Mrs.", "Lucy"]),
        # inside a line it is left alone
        ("The film, titled Mission -Impossible, opens Friday.", ["-Impossible"]),
    ],
)
def test_a_hyphen_glued_to_a_signature_is_split_off(text: str, words: list[str]) -> None:
    tokens = [t.text for t in load_pipeline()(text)]
    assert any(tokens[i : i + len(words)] == words for i in range(len(tokens))), tokens


@pytest.mark.parametrize(
    ("text", "word"),
    [("Paul Ryan said,“Look, no.”", "said"), ("“We won,”she said.", "she"), ('audiences,"Katie said', "Katie")],
)
def test_marks_glued_to_words_are_split_off(text: str, word: str) -> None:
    assert word in [t.text for t in load_pipeline()(text)]


def test_an_age_the_parser_hung_on_the_verb_is_its_subject() -> None:
    doc = load_pipeline()("“It was a disaster,” the 54-year-old said.")
    said = next(t for t in doc if t.text == "said")
    subject = next(c for c in said.children if c.dep_ == "nsubj")
    assert subject.text == "old" and [t.text for t in subject.subtree] == ["the", "54", "-", "year", "-", "old"]


def test_an_age_and_a_verb_the_parser_hung_on_a_noun_are_a_clause_again() -> None:
    doc = load_pipeline()("“They came at me,” the 19-year-old told police.")
    told = next(t for t in doc if t.text == "told")
    assert told.dep_ == "ROOT" and len(list(doc.sents)) == 1
    assert {(c.text, c.dep_) for c in told.children} >= {("old", "nsubj"), ("came", "ccomp"), ("police", "dobj")}


def test_a_name_in_ly_the_tagger_took_for_an_adverb_is_the_subject_it_is() -> None:
    text = "“The rule still works,” said Ann Early, a councillor.\n\nEarly, who was elected in 2019, does not see it."
    see = next(t for t in load_pipeline()(text) if t.text == "see")
    subject = next(c for c in see.children if c.dep_ == "nsubj")
    assert subject.text == "Early" and subject.pos_ == "PROPN"


def test_an_adverb_in_ly_stays_an_adverb_where_no_name_is_capitalised_inside_a_sentence() -> None:
    doc = load_pipeline()("Finally, the mayor said the bridge would open. Quickly, crews moved in.")
    assert all(t.dep_ != "nsubj" for t in doc if t.text in {"Finally", "Quickly"})


def test_forms_of_rage_are_not_read_as_rag() -> None:
    doc = load_pipeline()("The mayor raged at the vote. She rages on. He was raging. The old rags were ragged.")
    lemmas = {t.text: t.lemma_ for t in doc}
    assert [lemmas["raged"], lemmas["rages"], lemmas["raging"]] == ["rage", "rage", "rage"]
    assert lemmas["rags"] == "rag"


@pytest.mark.parametrize(
    "text",
    [
        # a verb with its own subject keeps it, and an age before a noun stays that noun's modifier
        "The 54-year-old engineer said it was a disaster.",
        "“It was a disaster,” the 54-year-old engineer said.",
    ],
)
def test_an_age_before_a_noun_or_a_subject_stays_as_parsed(text: str) -> None:
    import spacy

    name = next(n for n in DEFAULT_PIPELINES if spacy.util.is_package(n))
    stock = spacy.load(name)
    parse = [(t.text, t.dep_, t.head.i) for t in load_pipeline()(text)]
    assert parse == [(t.text, t.dep_, t.head.i) for t in stock(text)]
