"""Documents that speak ("the letter said", "a translation of the petition reads") and who wrote them.

A document named as a speaker stands for its author: the one who sent it ("a letter from X"), posted it ("a letter
posted to Twitter by X") or wrote, signed or issued it ("X signed a petition").
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from graph.extract.actors import mention_at
from graph.extract.attribution import (
    AUTHORING_VERBS,
    DOCUMENT_NOUNS,
    DOCUMENT_VERSIONS,
    MODIFYING_CLAUSES,
    RELATIVE_PRONOUNS,
    object_of,
    subject_of,
)
from graph.model import Article, Mention

if TYPE_CHECKING:
    from spacy.tokens import Token


WRITING_VERBS = frozenset({"write", "sign", "send", "issue", "pen", "draft"})
"""Verbs by which a relative clause names who made a writing ("a letter the union sent"); one who released, published,
posted or circulated it may have passed on someone else's."""
GIVING_VERBS = frozenset({"give", "make", "deliver"})
"""Verbs by which a relative clause names who made a speech or a statement ("a speech Ann Lee gave", "the statement
she made"); a letter delivered is carried, not written."""
FILING_VERBS = frozenset({"file", "unseal", "author", "compose", "prepare", "lodge"})
"""Verbs by which a clause after a document names who drew it up ("an affidavit filed by Detective Ann Lee", "an
indictment unsealed by prosecutors")."""
SPOKEN_DOCUMENTS = frozenset({"speech", "address", "statement", "remark", "interview", "testimony"})
"""Documents that someone gives, makes or delivers as their own words."""


def document_of(token: Token) -> Token | None:
    """The document a speaker phrase names: "the letter", "a translation of the petition"."""
    if token.lemma_.lower() in DOCUMENT_NOUNS:
        return token
    if token.lemma_.lower() in DOCUMENT_VERSIONS:
        for prep in token.children:
            for obj in prep.children if prep.lower_ == "of" else ():
                if obj.lemma_.lower() in DOCUMENT_NOUNS:
                    return obj
    return None


def document_author(noun: Token, article: Article) -> Mention | None:
    """Who wrote the document ``noun`` names: "X wrote in a letter", "X signed a petition", "a letter from/by X"."""
    author = _sender(noun)
    if author is None:
        author = _poster(noun)
    if author is None:
        author = _writer(noun)
    return None if author is None else mention_at(author, article)


def _sender(noun: Token) -> Token | None:
    """ "a letter from X", "a petition by X", "a copy of a letter from X"."""
    for prep in _preps(noun):
        if prep.lower_ in {"from", "by"}:
            sender = object_of(prep)
            if sender is not None:
                return sender
    return None


def _preps(noun: Token) -> Iterator[Token]:
    """The prepositions of ``noun`` and of their objects."""
    for child in noun.children:
        if child.dep_ == "prep":
            yield child
            yield from (p for obj in child.children for p in obj.children if p.dep_ == "prep")


def _poster(noun: Token) -> Token | None:
    """ "a letter posted to Twitter by X": the agent of a clause of writing, sending or putting out that describes the
    document (never of one of getting or seeing it: "an email obtained by the Post"); "a speech X delivered
    in July", "a letter the union sent": the subject of a relative clause of authoring that describes it."""
    clauses = [c for c in noun.children if c.dep_ in MODIFYING_CLAUSES]
    for clause in clauses:
        if clause.lemma_.lower() not in AUTHORING_VERBS | WRITING_VERBS | GIVING_VERBS | FILING_VERBS:
            continue  # "an email obtained by the Post", "a memo seen by Reuters": who got it, not who wrote it
        for prep in clause.children:
            poster = object_of(prep) if prep.dep_ == "agent" or prep.lower_ == "by" else None
            if poster is not None:
                return poster
    return next((a for a in map(_relative_author, clauses) if a is not None), None)


def _relative_author(clause: Token) -> Token | None:
    """The subject of a relative clause that says who made the document it describes: wrote, signed, sent or issued a
    writing ("a letter the union sent"), gave, made or delivered a speech or a statement ("a speech Ann Lee gave in
    July"); never one who only passed it on ("a memo the committee released", "a letter the lawyer delivered"), nor a
    pronoun, whose antecedent the speaker reader finds."""
    lemma, noun = clause.lemma_.lower(), clause.head.lemma_.lower()
    made = lemma in WRITING_VERBS or (lemma in GIVING_VERBS and noun in SPOKEN_DOCUMENTS)
    author = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if clause.dep_ != "relcl" or not made or author is None or author.i > clause.i:
        return None
    return None if author.lower_ in RELATIVE_PRONOUNS or author.pos_ == "PRON" else author


def _writer(noun: Token) -> Token | None:
    """ "X wrote in a letter", "X signed a petition": the subject of the authoring verb the document is the object
    of, unless that subject is itself a document."""
    head = noun.head.head if noun.dep_ == "pobj" else noun.head
    authoring = head.lemma_.lower() in AUTHORING_VERBS or (_puts_out(head) and not _owned(noun))
    if noun.dep_ not in {"dobj", "pobj"} or not authoring:
        return None
    writer = subject_of(head)
    if writer is None or writer.lemma_.lower() in DOCUMENT_NOUNS:
        return None
    return writer


def _puts_out(verb: Token) -> bool:
    """ "put out a statement": "put" issues a document only with "out" ("put a statement on the record" does not)."""
    return verb.lemma_.lower() == "put" and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)


def _owned(noun: Token) -> bool:
    """Whether a document has an owner before it ("the family's statement"), who made it, not whoever put it out."""
    return any(c.dep_ == "poss" for c in noun.children)


def publisher_of(source: Token) -> Token:
    """The source an "according to" names: for a thing published "in" or "by" a named body ("according to a report in
    The New York Times", "according to a survey by Gallup"), that body; else the source as written ("officials in
    Kyiv" stay the officials)."""
    if source.tag_ != "NN":
        return source
    for prep in (c for c in source.rights if c.dep_ == "prep" and c.lower_ in {"in", "by"}):
        named = object_of(prep)
        if named is not None and named.pos_ == "PROPN" and named.ent_type_ not in {"GPE", "LOC", "DATE"}:
            return named
    return source
