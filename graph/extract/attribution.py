"""Who said it, through whom, in what medium: reading the dependency parse around a quote or a reporting verb.

The functions here take spaCy tokens and an :class:`Attribution` context that remembers, as the article is read in
order, the people and groups recently named (for "he", "the deputies") and who wrote which document (for "the
letter said"). They never look at RDF or at other articles.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from graph.extract.actors import is_outlet, is_platform, mention_at
from graph.model import ActorKind, Article, Mention, Span, TimeExpr

if TYPE_CHECKING:
    from spacy.tokens import Token

REPORTING_VERBS = frozenset(
    [
        "say",
        "tell",
        "write",
        "state",
        "add",
        "conclude",
        "warn",
        "claim",
        "declare",
        "insist",
        "note",
        "explain",
        "argue",
        "post",
        "tweet",
        "announce",
        "reply",
        "respond",
        "recall",
        "continue",
        "read",
        "call",
        "ask",
        "demand",
        "urge",
        "allege",
        "admit",
        "acknowledge",
        "deny",
        "complain",
        "comment",
        "confirm",
        "describe",
        "indicate",
        "stress",
        "emphasize",
        "emphasise",
        "remark",
        "observe",
        "suggest",
        "predict",
        "vow",
        "promise",
        "threaten",
        "report",
        "quote",
        "cite",
        "testify",
        "assert",
        "maintain",
        "lament",
        "exclaim",
        "interject",
        "agree",
        "joke",
        "quip",
        "reiterate",
        "assure",
        "boast",
        "brag",
        "concede",
        "retort",
        "counter",
        "shout",
        "yell",
        "scream",
        "muse",
        "plead",
        "recount",
        "caution",
        "pledge",
        "scoff",
        "whisper",
        "mutter",
        "proclaim",
        "contend",
    ]
)
INDIRECT_VERBS = frozenset(
    [
        "say",
        "tell",
        "warn",
        "claim",
        "state",
        "announce",
        "insist",
        "argue",
        "allege",
        "admit",
        "acknowledge",
        "deny",
        "add",
        "write",
        "declare",
        "predict",
        "vow",
        "promise",
        "threaten",
        "confirm",
        "note",
        "recommend",
        "explain",
        "report",
        "stress",
        "emphasize",
        "emphasise",
        "conclude",
        "reveal",
        "disclose",
        "concede",
        "assert",
        "maintain",
        "complain",
        "caution",
        "forecast",
        "pledge",
        "reiterate",
        "remark",
        "comment",
    ]
)
OUTLET_VERBS = frozenset({"report", "cite", "quote"})
DOCUMENT_NOUNS = frozenset(
    [
        "letter",
        "petition",
        "statement",
        "tweet",
        "message",
        "appeal",
        "declaration",
        "memo",
        "communique",
        "communiqué",
        "op-ed",
        "article",
        "interview",
        "video",
        "address",
        "speech",
        "resolution",
        "manifesto",
    ]
)
AUTHORING_VERBS = frozenset(
    [
        "write",
        "sign",
        "send",
        "publish",
        "post",
        "issue",
        "release",
        "pen",
        "draft",
        "adopt",
        "circulate",
        "launch",
        "deliver",
        "address",
        "submit",
        "tweet",
        "share",
        "record",
        "film",
        "pass",
    ]
)
DOCUMENT_VERSIONS = frozenset({"translation", "copy", "version", "text", "excerpt", "draft"})
PERSONAL_PRONOUNS = {"he": ActorKind.PERSON, "she": ActorKind.PERSON, "him": ActorKind.PERSON,
                     "her": ActorKind.PERSON, "they": ActorKind.GROUP, "them": ActorKind.GROUP}  # fmt: skip
SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
FINITE = frozenset({"VBD", "VBZ", "VBP"})
CLIMB = frozenset({"advcl", "xcomp", "conj", "pcomp", "ccomp", "prep", "pobj", "acl", "relcl", "dobj"})


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

    def note(self, mention: Mention, subject: bool = False) -> None:
        self.recent.append(mention)
        if subject:
            self.subjects.add(mention.span)

    def resolve(self, mention: Mention, token: Token) -> Mention:
        """The named actor a pronoun, a document or a definite description stands for, or the mention itself."""
        lower = token.lower_
        if lower in PERSONAL_PRONOUNS:  # the nearest fitting subject before it, else the nearest that fits
            wanted = PERSONAL_PRONOUNS[lower]
            nearest: Mention | None = None
            for m in self._before(mention.span.start):
                if _fits(m, wanted) and not self._in_quote(m.span):
                    if m.span in self.subjects:
                        return m
                    nearest = nearest or m
            return nearest or mention
        document = _document(token)
        if document is not None:
            own = document_author(document, self.article)
            if own is not None:
                return own
            lemma = document.lemma_.lower()
            known = [a for offset, kind, a in self.authors if kind == lemma and offset < mention.span.start]
            return known[-1] if known else mention
        if mention.kind is ActorKind.GROUP and _is_definite(token):
            groups = {ActorKind.GROUP, ActorKind.ORGANIZATION}
            before = self._before(mention.span.start)
            return next((m for m in before if m.kind in groups and m.span != mention.span), mention)
        return mention

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

    def learn_documents(self, tokens: Iterable[Token]) -> None:
        """Remember who wrote each document named in ``tokens`` ("X wrote in a letter", "a letter from X")."""
        for token in tokens:
            if token.pos_ == "NOUN" and token.lemma_.lower() in DOCUMENT_NOUNS:
                author = document_author(token, self.article)
                if author is not None:
                    self.authors.append((token.idx, token.lemma_.lower(), author))
                    self.note(author)


def _fits(mention: Mention, wanted: ActorKind) -> bool:
    if wanted is ActorKind.PERSON:
        return mention.kind is ActorKind.PERSON and mention.text[:1].isupper()
    return mention.kind in {ActorKind.GROUP, ActorKind.ORGANIZATION}


def _document(token: Token) -> Token | None:
    """The document a speaker phrase names: "the letter", "a translation of the petition"."""
    if token.lemma_.lower() in DOCUMENT_NOUNS:
        return token
    if token.lemma_.lower() in DOCUMENT_VERSIONS:
        for prep in token.children:
            for obj in prep.children if prep.lower_ == "of" else ():
                if obj.lemma_.lower() in DOCUMENT_NOUNS:
                    return obj
    return None


def _is_definite(token: Token) -> bool:
    return any(child.lower_ in {"the", "these", "those"} for child in token.lefts)


def document_author(noun: Token, article: Article) -> Mention | None:
    """Who wrote the document ``noun`` names: "X wrote in a letter", "X signed a petition", "a letter from/by X"."""
    for prep in _preps(noun):
        if prep.lower_ in {"from", "by"}:
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    return mention_at(obj, article)
    for child in noun.children:  # "a letter posted to Twitter by X"
        if child.dep_ in {"acl", "relcl"}:
            for prep in child.children:
                if prep.dep_ == "agent" or prep.lower_ == "by":
                    for obj in prep.children:
                        if obj.dep_ == "pobj":
                            return mention_at(obj, article)
    head = noun.head
    if noun.dep_ == "pobj":
        head = head.head
    if noun.dep_ in {"dobj", "pobj"} and head.lemma_.lower() in AUTHORING_VERBS:
        subject = subject_of(head)
        if subject is not None and subject.lemma_.lower() not in DOCUMENT_NOUNS:
            return mention_at(subject, article)
    return None


def _preps(noun: Token) -> Iterable[Token]:
    for child in noun.children:
        if child.dep_ == "prep":
            yield child
            yield from (p for obj in child.children for p in obj.children if p.dep_ == "prep")


def subject_of(verb: Token) -> Token | None:
    """The subject of ``verb``, climbing to governing verbs and nouns when it has none of its own; of several, the
    one after the verb (an inverted "said X"), else the nearest before it."""
    current: Token | None = verb
    for _ in range(6):
        if current is None:
            return None
        subjects = [c for c in current.children if c.dep_ in SUBJECTS and c.pos_ != "SPACE"]
        if subjects:  # inverted first ("The tone, said Mr Milburn, …"), else the nearest ("X, Y said")
            return _nearest(subjects, current.i)
        for child in current.children:
            if child.dep_ == "agent":
                return next((obj for obj in child.children if obj.dep_ == "pobj"), None)
        if current.dep_ in {"acl", "relcl"} and current.head.pos_ in {"NOUN", "PROPN", "PRON"}:
            return current.head
        if current.dep_ not in CLIMB or current.head is current:
            return None
        if current.dep_ == "advcl" and current.tag_ in FINITE:
            return None  # "after X called …, Y joined": a finite clause has its own subject, never its head's
        current = current.head
    return None


def _nearest(tokens: Iterable[Token], at: int) -> Token:
    return min(tokens, key=lambda t: (t.i < at, abs(t.i - at)))


def reporting_verb(tokens: Iterable[Token]) -> Token | None:
    """The first token in ``tokens`` that is a reporting verb."""
    return next((t for t in tokens if t.lemma_.lower() in REPORTING_VERBS and t.pos_ in {"VERB", "AUX"}), None)


def via_of(verb: Token, sentence_tokens: Iterable[Token], article: Article) -> Mention | None:
    """The outlet or person the article got the statement through: "according to X", "cited by X", "X reported"."""
    tokens = list(sentence_tokens)
    for token in tokens:
        if token.lower_ == "according" and token.i + 1 < len(token.doc) and token.nbor(1).lower_ == "to":
            names = [t for t in token.nbor(1).subtree if t.ent_type_ in {"ORG", "PERSON"}]
            if names:
                return mention_at(names[-1], article)
    for token in tokens:
        if token.lemma_.lower() in OUTLET_VERBS and token is not verb:
            sources = [c for c in token.children if c.dep_ in SUBJECTS]
            sources += [o for c in token.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
            for source in sources:
                found = mention_at(source, article)
                if found.kind is ActorKind.OUTLET or is_outlet(found.text, article):
                    return found
    for child in verb.children:  # "he told the Times"
        if child.dep_ in {"dobj", "dative"} and verb.lemma_ == "tell":
            found = mention_at(child, article)
            if is_outlet(found.text, article):
                return found
    return None


def medium_of(verb: Token, speaker_token: Token | None) -> str | None:
    """The medium of a statement: "on Telegram", "in a phone interview", "the letter said", "tweeted"."""
    if speaker_token is not None and speaker_token.lemma_.lower() in DOCUMENT_NOUNS:
        return speaker_token.lemma_.lower()
    if speaker_token is not None:
        for prep in speaker_token.children:  # "a translation of the petition reads"
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for obj in prep.children:
                    if obj.lemma_.lower() in DOCUMENT_NOUNS:
                        return obj.lemma_.lower()
    if verb.lemma_ == "tweet":
        return "Twitter"
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in {"on", "in", "via", "during"}:
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                if is_platform(obj.text):
                    return obj.text
                if obj.lemma_.lower() in DOCUMENT_NOUNS:
                    words = [t.text for t in obj.lefts if t.dep_ in {"compound", "amod"}] + [obj.lemma_.lower()]
                    return " ".join(words)
    return None


def addressee_of(verb: Token, speaker_token: Token | None, article: Article) -> Mention | None:
    """To whom: "wrote in a letter to Putin", "told X" (when X is not an outlet)."""
    candidates = [verb] if speaker_token is None else [verb, speaker_token]
    for head in candidates:
        for token in head.subtree:
            if token.lower_ == "to" and token.dep_ == "prep" and token.head.lemma_.lower() in DOCUMENT_NOUNS:
                obj = next((o for o in token.children if o.dep_ == "pobj"), None)
                if obj is not None:
                    return mention_at(obj, article)
    for child in verb.children:
        if verb.lemma_ == "tell" and child.dep_ in {"dobj", "dative"}:
            found = mention_at(child, article)
            if not is_outlet(found.text, article):
                return found
    return None


def speaker_for(token: Token | None, context: Attribution, article: Article) -> tuple[Mention | None, str | None]:
    """The speaker a subject names, and how it was read: ``name``, ``pronoun``, ``document``, ``role`` (a description
    resolved to a named actor earlier in the article) or ``description`` (kept as written)."""
    if token is None or token.lower_ in {"it", "this", "that", "which", "who", "what"}:
        return None, None
    mention = mention_at(token, article)
    resolved = context.resolve(mention, token)
    if token.lower_ in PERSONAL_PRONOUNS:
        how = "pronoun"
    elif _document(token) is not None:
        how = "document"
    elif token.ent_type_ or token.pos_ == "PROPN":
        how = "name"
    else:
        how = "role" if resolved.span != mention.span else "description"
    return resolved, how


class TimesAt:
    """An article's time expressions by the character offset they start at: a look-up, not a scan of them all, for
    each reporting verb (one article's cost stays linear in its length)."""

    def __init__(self, times: Iterable[TimeExpr]) -> None:
        self.starting: dict[int, list[tuple[int, TimeExpr]]] = {}
        for n, time in enumerate(times):
            self.starting.setdefault(time.span.start, []).append((n, time))


def time_of(verb: Token, times: TimesAt, quote: Span) -> TimeExpr | None:
    """A time expression attached to the reporting verb ("said on Saturday"), outside the quote; the first in text
    order when there are several."""
    found = [
        entry
        for token in verb.subtree
        if not quote.start <= token.idx < quote.end and (token.head is verb or token.head.head is verb)
        for entry in times.starting.get(token.idx, ())
    ]
    return min(found, key=lambda entry: entry[0])[1] if found else None
