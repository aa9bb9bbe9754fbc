"""Who said it: the speaker a subject names, read against what the article has named before it.

:class:`Attribution` remembers, as the article is read in order, the people and groups recently named (for "he",
"the deputies") and who wrote which document (for "the letter said"). It never looks at RDF or at other articles.
"""

from __future__ import annotations

import re
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
    RELATIVE_PRONOUNS,
    REPORTING_VERBS,
    named_head,
)
from graph.extract.documents import document_author, document_of
from graph.extract.speaker_words import (
    BODY_NOUNS,
    COLLECTIVE_NOUNS,
    KIN_NOUNS,
    PARTISANS,
    ROLE_GENDERS,
    ROLE_NOUNS,
)
from graph.model import ActorKind, Article, Mention, Span
from graph.names import sex_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

COLLECTIVES = frozenset({ActorKind.GROUP, ActorKind.ORGANIZATION})
MISREAD_NAMES = frozenset({"", "NORP", "PRODUCT", "WORK_OF_ART"})
"""The recogniser's labels on a subject's proper name that still leave it a person or a group ("Ivanka Trump" read as
a product, "Democrats" as a nationality or party)."""
ROLE_KINDS = {"they": ActorKind.GROUP, "it": ActorKind.ORGANIZATION}
"""The kind of actor a role subject or a subject pronoun is, when its pronoun says so (else a person)."""
"""The kinds of actor a "they" or a definite group ("the deputies") stands for."""
LEGISLATORS = frozenset({"councillor", "councilor", "deputy", "lawmaker", "legislator", "mp", "parliamentarian"})
"""The names, across newsrooms and countries, of members of a legislature: "the deputies" names "local MPs" again."""
HONORIFIC = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.? +(?:([A-Z][a-z]+) +)?([A-Z][\w'’-]+)")
"""An honorific before a surname, with or without a first name and a full stop (US and UK styles)."""
PRONOUN_OF_SEX = {"m": "he", "f": "she"}
"""The pronoun that stands for a name of each sex :func:`graph.names.sex_of` tells."""
TITLES = frozenset(
    {"president", "senator", "governor", "secretary", "mayor", "judge", "justice", "general", "minister", "chairman",
     "speaker", "representative", "congressman", "congresswoman", "former", "sir", "dame", "lord", "lady", "doctor",
     "professor", "rev", "pastor", "sheriff", "chief", "leader", "candidate", "commissioner", "ambassador"}
)  # fmt: skip
"""Words of office written before a surname ("Senator Lee"), which are no first name."""
PRONOUN_GENDERS = {"he": frozenset({"he", "him"}), "she": frozenset({"she", "her"})}
LINK_FORMS = {"he": frozenset({"he", "him", "his"}), "she": frozenset({"she", "her"}),
              "they": frozenset({"they", "them", "their"}), "it": frozenset({"it"})}  # fmt: skip
"""Subject pronouns that pass a speaker on ("He added …"), and the forms of a later pronoun that may take it up."""


@dataclass
class Attribution:
    """Reading state for one article: recent actors (most recent last) and the author of each document."""

    article: Article
    recent: list[Mention] = field(default_factory=list)
    authors: list[tuple[int, str, Mention]] = field(default_factory=list)
    """(character offset, document lemma, author), in text order."""
    subjects: dict[Span, tuple[int, int]] = field(default_factory=dict)
    """Mentions that are the subject of their clause, with where their sentence starts and how deep their clause lies
    under it (0 for the main clause): the actors a later "he" or "they" most likely stands for."""
    genders: dict[str, str] = field(default_factory=dict)
    """The surnames the article gives an honorific ("Mr. Hill", "Ms Roe"), and the pronoun each takes."""
    roles: dict[Span, str] = field(default_factory=dict)
    """Definite descriptions of people by office, trade or cause that are the subject of their clause ("the Ohio
    senator", "the groups"), with the pronoun each takes ("" when the noun does not say)."""
    links: dict[Span, str] = field(default_factory=dict)
    """Subject pronouns of the narration ("He added …"), each with its word: a later pronoun that takes one up stands
    for what it stands for."""
    quoted: list[Span] = field(default_factory=list)
    """The article's quoted spans: a name inside someone's quoted words is no antecedent for the narration's "he"."""
    _ordered: list[Mention] = field(default_factory=list, init=False, repr=False)
    """``recent`` by position in the text, kept with the positions so that each look-up is no scan of them all."""
    _starts: list[int] = field(default_factory=list, init=False, repr=False)
    _quotes: list[Span] = field(default_factory=list, init=False, repr=False)
    _resolved: dict[Span, Mention] = field(default_factory=dict, init=False, repr=False)
    """What each pronoun read so far stands for: a chain of "he said … he added" is followed once."""
    """``quoted`` in text order."""

    @classmethod
    def read(cls, doc: Doc, article: Article, mentions: Sequence[Mention], quoted: list[Span]) -> Attribution:
        """The reading state for ``article`` before its statements are read: its people, groups and organisations
        (marked when they are the subject of their clause), the proper names the recogniser missed that are the
        subject of a verb, and the author of each document it names."""
        context = cls(article, quoted=quoted, genders=honorific_genders(article.text))
        people = {m.text.split()[-1] for m in mentions if m.kind is ActorKind.PERSON and m.text.split()}
        for mention in mentions:
            mention = _as_person(mention, people)
            if mention.kind in {ActorKind.PERSON, ActorKind.GROUP, ActorKind.ORGANIZATION}:
                context._note(mention, _salience(doc, mention))
        for name in _untagged_subjects(doc, mentions):
            context._note(mention_at(name, article), _depth(name))
        for role in _role_subjects(doc):
            mention = mention_at(role, article)
            word = _role_pronoun(role)
            context.roles[mention.span] = word
            kind = ROLE_KINDS.get(word, ActorKind.PERSON)
            context._note(Mention(mention.span, mention.text, kind, mention.role), _depth(role))
        for first, last in _coordinated_subjects(doc):
            span = Span(first.idx, last.idx + len(last))
            context.roles[span] = "they"
            context._note(Mention(span, span.slice(article.text), ActorKind.GROUP), _depth(first))
        for pronoun in _pronoun_subjects(doc):
            span = Span(pronoun.idx, pronoun.idx + len(pronoun))
            context.links[span] = pronoun.lower_
            kind = ROLE_KINDS.get(pronoun.lower_, ActorKind.PERSON)
            context._note(Mention(span, pronoun.text, kind), _depth(pronoun))
        context._learn_documents(doc)
        return context

    def _note(self, mention: Mention, salience: tuple[int, int] | None = None) -> None:
        self.recent.append(mention)
        if salience is not None:
            self.subjects[mention.span] = salience

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
        """What a pronoun stands for: of the fitting subjects in the nearest sentence before it that has one, the one
        of the main clause ("Ann Lee told reporters that her son, Tom, was safe. “…,” she said": Ann Lee), else the
        nearest actor that fits; never a name inside quoted words, nor one whose honorific says the other gender. A
        subject pronoun found so passes on what it stands for ("Ann Lee spoke first. She said Tom Hill was wrong.
        “…,” she added": Ann Lee); the pronoun itself when nothing earlier fits."""
        found = self._nearest_subject(pronoun, wanted)
        seen = {pronoun.span}
        while found.span in self.links and found.span not in seen:
            seen.add(found.span)
            found = self._resolved.get(found.span) or self._nearest_subject(found, wanted)
        resolved = pronoun if found.span in self.links else found
        self._resolved[pronoun.span] = resolved
        return resolved

    def _nearest_subject(self, pronoun: Mention, wanted: ActorKind) -> Mention:
        """The one step of :meth:`_antecedent` that may end on another subject pronoun."""
        nearest: Mention | None = None
        best: tuple[Mention, tuple[int, int]] | None = None
        for m in self._before(pronoun.span.start):
            if not self._agrees(m, pronoun.text.lower(), wanted) or self._in_quote(m.span):
                continue
            nearest = nearest or m
            salience = self.subjects.get(m.span)
            if salience is None:
                continue
            if best is not None and salience[0] != best[1][0]:
                break  # past the sentence of the nearest fitting subject
            if best is None or salience[1] < best[1][1]:
                best = (m, salience)
        return best[0] if best is not None else nearest or pronoun

    def _agrees(self, mention: Mention, pronoun: str, wanted: ActorKind) -> bool:
        """Whether ``mention`` can be what ``pronoun`` stands for: the right kind, the same pronoun for an earlier
        subject pronoun, and no honorific of the other gender on its surname."""
        link = self.links.get(mention.span)
        if link is not None:
            return pronoun in LINK_FORMS[link]
        role = self.roles.get(mention.span)
        if role is not None:
            if role in {"they", "it"}:
                return wanted is ROLE_KINDS[role]
            return wanted is ActorKind.PERSON and (not role or pronoun in PRONOUN_GENDERS[role])
        if not _fits(mention, wanted):
            return False
        gender = self.genders.get(_gendered_name(mention.text))
        return gender is None or wanted is not ActorKind.PERSON or pronoun in PRONOUN_GENDERS[gender]

    def _author(self, mention: Mention, document: Token) -> Mention:
        """Who wrote ``document``: named beside it, else, for a definite one ("the letter"), the last author of a
        document of its kind before it."""
        own = document_author(document, self.article)
        if own is not None:
            return own
        if any(child.lower_ in {"a", "an"} for child in document.lefts):
            return mention  # "a tweet said": a document not named before, kept as written
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
    """Proper names the recogniser missed or took for a thing that are the subject of a verb ("Ham made it clear …",
    "Democrats noted …"): actors a later "he" or "they" can stand for."""
    starts = {m.span.start for m in mentions}
    for token in doc:
        named = token.pos_ == "PROPN" and token.text[:1].isupper() and token.ent_type_ in MISREAD_NAMES
        if named and token.dep_ == "nsubj" and token.head.pos_ == "VERB" and token.left_edge.idx not in starts:
            yield token


def _gendered_name(text: str) -> str:
    """The key of a person's name in :attr:`Attribution.genders`: the first and last name when a first name stands
    before the surname ("Bill Lee" is not the "Mrs. Lee" of the same story), else the surname alone ("Sen. Lee")."""
    words = text.split()
    if not words:
        return ""
    first = words[-2] if len(words) > 1 else ""
    named = first.isalpha() and first.istitle() and first.lower() not in TITLES
    return f"{first} {words[-1]}" if named else words[-1]


def _role_subjects(doc: Doc) -> Iterator[Token]:
    """Descriptions of people and bodies by office, trade, family, party or cause that are the subject of a verb:
    antecedents of a later "he", "she", "they" or "it" as good as a name. Singular ones are definite or owned ("The
    Ohio senator declined to comment", "his wife said", "the Republican says", "the campaign said"); plural ones may
    be bare ("critics say", "the groups say")."""
    for token in doc:
        if token.dep_ != "nsubj" or token.head.pos_ not in {"VERB", "AUX"}:
            continue
        lemma = token.lemma_.lower()
        if token.tag_ in {"NNS", "NNPS"}:
            if {lemma, _singular(token.lower_)} & (ROLE_NOUNS | COLLECTIVE_NOUNS | KIN_NOUNS | PARTISANS):
                yield token
            continue
        definite = any(c.dep_ == "det" and c.lower_ == "the" for c in token.lefts)
        owned = definite or any(c.dep_ == "poss" for c in token.lefts)
        described = token.tag_ == "NN" and lemma in ROLE_NOUNS | KIN_NOUNS | BODY_NOUNS and owned
        if described or (token.tag_ in {"NN", "NNP"} and token.lower_ in PARTISANS and definite):
            yield token


def _role_pronoun(role: Token) -> str:
    """The pronoun a role subject takes: "they" for a plural, "it" for a body, else the one its noun says ("" when
    the noun does not say)."""
    if role.tag_ in {"NNS", "NNPS"}:
        return "they"
    lemma = role.lemma_.lower()
    if lemma in BODY_NOUNS and lemma not in ROLE_NOUNS:
        return "it"
    return ROLE_GENDERS.get(role.lower_, "")


def _coordinated_subjects(doc: Doc) -> Iterator[tuple[Token, Token]]:
    """The first and last word of subjects that join names or nouns with "and" ("Mr. Grassley and Mr. Leahy say …",
    "the mayor and her deputy said …"): a group a later "they" can stand for."""
    for token in doc:
        if token.dep_ != "nsubj" or token.pos_ not in {"PROPN", "NOUN"} or token.head.pos_ not in {"VERB", "AUX"}:
            continue
        joined = [c for c in token.rights if c.dep_ == "conj" and c.pos_ in {"PROPN", "NOUN"}]
        if joined and any(c.dep_ == "cc" and c.lower_ == "and" for c in token.rights):
            yield doc[token.left_edge.i], joined[-1]


def _pronoun_subjects(doc: Doc) -> Iterator[Token]:
    """The narration's subject pronouns that may pass a speaker on: "he", "she" and "they" as the subject of a verb,
    and "it" as the subject of a reporting verb ("It added …")."""
    for token in doc:
        if (token.lower_ in {"he", "she", "they"} and token.dep_ in NOMINAL_SUBJECTS) or speaking_it(token):
            yield token


def honorific_genders(text: str) -> dict[str, str]:
    """The surnames ``text`` gives one gender's honorific ("Mr. Hill", "Mrs Roe"), and the full names when the first
    name stands between ("Mr. Tom Hill"), each with the pronoun it takes; a name the text gives both ("Mr. Lee …
    Mrs. Lee") is left out."""
    seen: dict[str, set[str]] = {}
    for match in HONORIFIC.finditer(text):
        gender = PRONOUN_OF_SEX[sex_of(match.group(1))]
        seen.setdefault(match.group(3), set()).add(gender)
        if match.group(2):
            seen.setdefault(f"{match.group(2)} {match.group(3)}", set()).add(gender)
    return {name: next(iter(genders)) for name, genders in seen.items() if len(genders) == 1}


def _as_person(mention: Mention, people: set[str]) -> Mention:
    """A short capitalised name the recogniser took for a place or an organisation, when the article elsewhere names
    a person by the same last word ("Sanders" read as a place once and as a person elsewhere): one sense per article."""
    words = mention.text.split()
    if mention.kind is ActorKind.PERSON or not words or len(words) > 2 or words[-1] not in people:
        return mention
    if not all(w[:1].isupper() for w in words):
        return mention
    return Mention(mention.span, mention.text, ActorKind.PERSON, mention.role)


def _salience(doc: Doc, mention: Mention) -> tuple[int, int] | None:
    """Where the sentence of a subject mention starts and how deep its clause lies; None when it is no subject."""
    span = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
    if span is None:
        return None
    root = named_head(span.root)
    return _depth(root) if root.dep_ in NOMINAL_SUBJECTS else None


def _depth(subject: Token) -> tuple[int, int]:
    return subject.sent.start_char, sum(1 for _ in subject.head.ancestors)


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


def _described(relative: Token) -> Token | None:
    """The noun a relative clause describes, for its "who" ("Tom Hill, who chairs the board, said …")."""
    verb = relative.head
    while verb.dep_ == "conj" and verb.head is not verb:
        verb = verb.head
    return verb.head if verb.dep_ == "relcl" and verb.head.pos_ in {"NOUN", "PROPN"} else None


def speaker_for(token: Token | None, context: Attribution, article: Article) -> tuple[Mention | None, str | None]:
    """The speaker a subject names, and how it was read: ``name``, ``pronoun``, ``document``, ``role`` (a description
    resolved to a named actor earlier in the article) or ``description`` (kept as written)."""
    if token is not None and token.lower_ in RELATIVE_PRONOUNS:
        token = _described(token)
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
