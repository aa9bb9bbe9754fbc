"""Quoted words set as a title: of a work after its noun ("the film “Long Way Home”") or of a broadcaster's show or a
publisher's paper after its possessive ("said on NBC's “Meet the Press”"). News style sets such titles in quotation
marks; :mod:`graph.extract.quote_names` drops them as quotes, and :mod:`graph.extract.reported_clauses` reads no
clause said in them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span as DocSpan
    from spacy.tokens import Token

TITLE_WORDS = 8
"""A title or slogan in quotation marks is at most this many words long."""
WORK_NOUNS = frozenset(
    {"book", "novel", "memoir", "film", "movie", "documentary", "show", "series", "song", "album", "play", "poem",
     "essay", "column", "headline", "podcast", "program", "programme", "musical", "opera", "painting", "exhibition",
     "anthem", "hymn", "ballad", "sitcom", "ad", "advert", "advertisement", "commercial", "titled", "entitled",
     "thriller", "comedy", "sequel", "miniseries", "biopic", "novella", "cartoon"}
)  # fmt: skip
"""Nouns for a work whose title follows them in quotation marks, and the participles that give a title ("an ad
titled “…”")."""
TITLE_SMALL_WORDS = frozenset({"a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "with", "by"})
"""Words a title leaves in lower case ("Meet the Press", "State of the Union")."""
APPOSED_WORDS = 4
"""How many words a noun phrase set after a title may run to its noun for a work ("a new psychological thriller")."""
POSSESSIVES = frozenset({"'s", "’s"})
"""The possessive ending of a broadcaster or publisher whose show or paper a title names."""


def titles_a_work(inside: DocSpan) -> bool:
    """Whether quoted words are set as the title of a work or of a broadcaster's show ("said on NBC's “Meet the
    Press”"), whatever they would read as: a title (:func:`set_as_title`) after its noun or its possessive."""
    return set_as_title(inside) and placed_as_title(inside)


def set_as_title(inside: DocSpan) -> bool:
    """Whether quoted words are set as a title: a few words (a subtitle after a colon may double them), each
    capitalised but the small ones (:func:`title_case`)."""
    words = [t for t in inside if not (t.is_punct or t.is_space)]
    limit = TITLE_WORDS * 2 if subtitled(inside) else TITLE_WORDS
    return 1 <= len(words) <= limit and title_case(words)


def placed_as_title(inside: DocSpan) -> bool:
    """Whether quoted words stand where a title does: after a noun for a work or a broadcaster's possessive."""
    return _names_a_work(inside) or _aired_by(inside)


def title_case(words: Sequence[Token]) -> bool:
    """Whether words are set as a title: the first and every word but the small ones capitalised (or a number); a
    piece the tokenizer split off a word ("na" of "Gonna", "n't") goes with the word."""
    cased = [t.text for t in words if t.text[:1].isalnum() and not _split_off(t)]
    if not cased or not (cased[0][0].isupper() or cased[0][0].isdigit()):
        return False
    return all(w[0].isupper() or w[0].isdigit() or w.lower() in TITLE_SMALL_WORDS for w in cased)


def _split_off(token: Token) -> bool:
    """Whether ``token`` was split off the word before it, with no space between ("Gon" "na", "do" "n't")."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    return before is not None and not before.whitespace_ and before.text[-1:].isalnum()


def subtitled(inside: DocSpan) -> bool:
    """Whether a quoted title has a subtitle: a colon inside it followed by a capitalised word."""
    return any(t.text == ":" and t.i + 1 < inside.end and t.nbor(1).text[:1].isupper() for t in inside[:-1])


def _aired_by(inside: DocSpan) -> bool:
    """Whether the quote follows a broadcaster's or a publisher's possessive, as the title of its show or its
    publication does ("on NBC's “Today”", "MSNBC's “Morning Joe”")."""
    doc = inside.doc
    before = inside.start - 1
    while before >= 0 and (doc[before].is_quote or doc[before].is_space) and doc[before].lower_ not in POSSESSIVES:
        before -= 1
    return before >= 1 and doc[before].lower_ in POSSESSIVES and doc[before - 1].ent_type_ == "ORG"


def _names_a_work(inside: DocSpan) -> bool:
    """Whether the quote stands right after a noun for a work, as its title ("his book, “Make It Count,”", "the film
    “Long Way Home”")."""
    before = inside.start - 1
    doc = inside.doc
    while before >= 0 and (doc[before].is_punct or doc[before].is_space):
        before -= 1
    return (before >= 0 and doc[before].lemma_.lower() in WORK_NOUNS) or _work_apposed(inside)


def _work_apposed(inside: DocSpan) -> bool:
    """Whether the quote is followed by a comma and a noun phrase for a work, which says what it is the title of
    ("acquired “Cold Harbour,” a thriller about …", "“Long Way Home,” the new documentary")."""
    doc = inside.doc
    after = inside.end
    while after < len(doc) and (doc[after].is_quote or doc[after].text == ","):
        after += 1
    marks = doc[inside.end : after]
    if after >= len(doc) or "," not in {t.text for t in marks} or doc[after].lower_ not in {"a", "an", "the"}:
        return False
    head = None  # the last noun of the phrase: "a comedy writer said" is no comedy
    for word in doc[after + 1 : after + 1 + APPOSED_WORDS]:
        if word.pos_ not in {"ADJ", "ADV", "NOUN", "PROPN", "NUM"}:
            break
        head = word
    return head is not None and head.lemma_.lower() in WORK_NOUNS
