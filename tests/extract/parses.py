"""Hand-built parses of invented sentences, for tests of rules that read the parse."""

from __future__ import annotations

from spacy.lang.en import English
from spacy.tokens import Doc

VOCAB = English().vocab


def hand_parse(words: str, heads: list[int], deps: str, tags: str, pos: str, ents: str, lemmas: str = "") -> Doc:
    """A Doc with the given parse: space-separated words, tags, parts of speech, IOB entities and lemmas."""
    return Doc(
        VOCAB, words=words.split(), heads=heads, deps=deps.split(), tags=tags.split(), pos=pos.split(),
        ents=ents.split(), lemmas=lemmas.split() or None,
    )  # fmt: skip
