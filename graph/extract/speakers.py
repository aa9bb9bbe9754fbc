"""Who said it: the speaker a subject names, read against what the article has named before it.

:class:`Attribution` remembers, as the article is read in order, the people and groups recently named (for "he",
"the deputies") and who wrote which document (for "the letter said"). It never looks at RDF or at other articles.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from graph.extract.actors import mention_at
from graph.extract.attribution import (
    DOCUMENT_NOUNS,
    NOMINAL_SUBJECTS,
    NON_SPEAKERS,
    PERSONAL_PRONOUNS,
    REPORTING_VERBS,
    named_head,
)
from graph.extract.documents import document_author, document_of
from graph.model import ActorKind, Article, Mention, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

COLLECTIVES = frozenset({ActorKind.GROUP, ActorKind.ORGANIZATION})
LEGISLATORS = frozenset({"councillor", "councilor", "deputy", "lawmaker", "legislator", "mp", "parliamentarian"})
"""The names, across newsrooms and countries, of members of a legislature: "the deputies" names "local MPs" again."""
"""The kinds of actor a "they" or a definite group ("the deputies") stands for."""


@dataclass
class Attribution:
    """Reading state for one article: recent actors (most recent last) and the author of each document."""

    article: Article
    recent: list[Mention] = field(default_factory=list)
    authors: list[tuple[int, str, Mention]] = field(default_factory=list)
    """(character offset, document lemma, author), in text order."""
    subjects: set[Span] = field(default_factory=set)
    """Mentions that are the subject of their clause: the actors a later "he" or "they" most likely stands for."""
    quoted: list[Span] = field(default_factory=list)
    """The article's quoted spans: a name inside someone's quoted words is no antecedent for the narration's "he"."""
    _ordered: list[Mention] = field(default_factory=list, init=False, repr=False)
    """``recent`` by position in the text, kept with the positions so that each look-up is no scan of them all."""
    _starts: list[int] = field(default_factory=list, init=False, repr=False)
    _quotes: list[Span] = field(default_factory=list, init=False, repr=False)
    """``quoted`` in text order."""

    @classmethod
    def read(cls, doc: Doc, article: Article, mentions: Sequence[Mention], quoted: list[Span]) -> Attribution:
        """The reading state for ``article`` before its statements are read: its people, groups and organisations
        (marked when they are the subject of their clause), the proper names the recogniser missed that are the
        subject of a verb, and the author of each document it names."""
        context = cls(article, quoted=quoted)
        for mention in mentions:
            if mention.kind in {ActorKind.PERSON, ActorKind.GROUP, ActorKind.ORGANIZATION}:
                context._note(mention, subject=_is_subject(doc, mention))
        for name in _untagged_subjects(doc, mentions):
            context._note(mention_at(name, article), subject=True)
        context._learn_documents(doc)
        return context

    def _note(self, mention: Mention, subject: bool = False) -> None:
        self.recent.append(mention)
        if subject:
            self.subjects.add(mention.span)

    def resolve(self, mention: Mention, token: Token) -> Mention:
        """The named actor a pronoun, a document or a definite description stands for, or the mention itself."""
        if token.lower_ in PERSONAL_PRONOUNS:
            return self._antecedent(mention, PERSONAL_PRONOUNS[token.lower_])
        if token.lower_ == "it":
            return self._antecedent(mention, ActorKind.ORGANIZATION)
        document = document_of(token)
        if document is not None:
            return self._author(mention, document)
        if mention.kind is ActorKind.GROUP and _is_definite(token):
            before = self._before(mention.span.start)
            return next((m for m in before if _names_again(m, mention, token)), mention)
        return mention

    def _antecedent(self, pronoun: Mention, wanted: ActorKind) -> Mention:
        """The nearest fitting subject before a pronoun, else the nearest actor that fits, outside quoted words."""
        nearest: Mention | None = None
        for m in self._before(pronoun.span.start):
            if _fits(m, wanted) and not self._in_quote(m.span):
                if m.span in self.subjects:
                    return m
                nearest = nearest or m
        return nearest or pronoun

    def _author(self, mention: Mention, document: Token) -> Mention:
        """Who wrote ``document``: named beside it, else the last author of a document of its kind before it."""
        own = document_author(document, self.article)
        if own is not None:
            return own
        lemma = document.lemma_.lower()
        known = [a for offset, kind, a in self.authors if kind == lemma and offset < mention.span.start]
        return known[-1] if known else mention

    def _before(self, offset: int) -> Iterator[Mention]:
        """The noted mentions that start before ``offset``, nearest first."""
        if len(self._ordered) != len(self.recent):
            self._ordered = sorted(self.recent, key=lambda m: m.span.start)
            self._starts = [m.span.start for m in self._ordered]
        for n in range(bisect_left(self._starts, offset) - 1, -1, -1):
            yield self._ordered[n]

    def _in_quote(self, span: Span) -> bool:
        """Whether ``span`` lies inside one of the article's quoted spans (which never overlap)."""
        if len(self._quotes) != len(self.quoted):
            self._quotes = sorted(self.quoted, key=lambda q: q.start)
        n = bisect_right(self._quotes, span.start, key=lambda q: q.start) - 1
        return n >= 0 and span.end <= self._quotes[n].end

    def _learn_documents(self, tokens: Iterable[Token]) -> None:
        """Remember who wrote each document named in ``tokens`` ("X wrote in a letter", "a letter from X")."""
        for token in tokens:
            if token.pos_ == "NOUN" and token.lemma_.lower() in DOCUMENT_NOUNS:
                author = document_author(token, self.article)
                if author is not None:
                    self.authors.append((token.idx, token.lemma_.lower(), author))
                    self._note(author)


def _untagged_subjects(doc: Doc, mentions: Sequence[Mention]) -> Iterator[Token]:
    """Proper names the recogniser missed that are the subject of a verb ("Ham made it clear …"): actors a later
    "he" can stand for."""
    starts = {m.span.start for m in mentions}
    for token in doc:
        named = token.pos_ == "PROPN" and token.text[:1].isupper() and not token.ent_type_
        if named and token.dep_ == "nsubj" and token.head.pos_ == "VERB" and token.left_edge.idx not in starts:
            yield token


def _is_subject(doc: Doc, mention: Mention) -> bool:
    """Whether ``mention`` is the subject of its clause (or an apposition to one)."""
    span = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
    if span is None:
        return False
    root = named_head(span.root)
    return root.dep_ in NOMINAL_SUBJECTS


def _fits(mention: Mention, wanted: ActorKind) -> bool:
    if wanted is ActorKind.PERSON:
        return mention.kind is ActorKind.PERSON and mention.text[:1].isupper()
    if wanted is ActorKind.ORGANIZATION:
        return mention.kind is ActorKind.ORGANIZATION
    return mention.kind in COLLECTIVES


def speaking_it(token: Token) -> bool:
    """Whether ``token`` is an "it" that speaks: the subject of an active reporting verb ("the company said it …;
    it added that …"), an organisation named before; never the empty "it" of "it is said" or "it is hard to say"."""
    return token.lower_ == "it" and token.dep_ == "nsubj" and token.head.lemma_.lower() in REPORTING_VERBS


def _names_again(earlier: Mention, mention: Mention, head: Token) -> bool:
    """Whether a definite group ("the deputies") names again an earlier collective with the same head word ("more
    than 30 municipal deputies") or another name for members of a legislature ("local MPs"); "the experts" is no
    name for the last organisation named."""
    if earlier.kind not in COLLECTIVES or earlier.span == mention.span:
        return False
    words = {_singular(w) for w in earlier.text.lower().split()}
    heads = {_singular(head.lower_), head.lemma_.lower()}
    return bool(heads & words) or bool(heads & LEGISLATORS and words & LEGISLATORS)


def _singular(word: str) -> str:
    return word[:-3] + "y" if word.endswith("ies") else word.removesuffix("s")


def _is_definite(token: Token) -> bool:
    return any(child.lower_ in {"the", "these", "those"} for child in token.lefts)


def speaker_for(token: Token | None, context: Attribution, article: Article) -> tuple[Mention | None, str | None]:
    """The speaker a subject names, and how it was read: ``name``, ``pronoun``, ``document``, ``role`` (a description
    resolved to a named actor earlier in the article) or ``description`` (kept as written)."""
    if token is None or (token.lower_ in NON_SPEAKERS and not speaking_it(token)):
        return None, None
    mention = mention_at(token, article)
    resolved = context.resolve(mention, token)
    if token.lower_ == "it":
        return (resolved, "pronoun") if resolved.span != mention.span else (None, None)
    if token.lower_ in PERSONAL_PRONOUNS:
        how = "pronoun"
    elif document_of(token) is not None:
        how = "document"
    elif token.ent_type_ or token.pos_ == "PROPN":
        how = "name"
    else:
        how = "role" if resolved.span != mention.span else "description"
    return resolved, how
