"""Pronouns that stand for an actor the article has named: "Ann Lee resigned on Monday. She had led the board" makes
"She" a mention of Ann Lee.

A personal or reflexive pronoun's antecedent is read as a speaker's is (:class:`graph.extract.speakers.Attribution`):
the fitting subject of the nearest sentence before that has one, else the nearest fitting actor, with the sex an
honorific gives a surname; "its" and "it" stand for the organisation that is the subject of the clause above ("Acme
said its profit fell", "Acme said it would cut jobs"). A relative "who" stands for the name its clause describes
("Tom Hill, who chairs the board"), as "which" does for an organisation's ("Acme, which makes brakes"). A definite
description by a role stands for the person named before it with that role ("Judge Ann Lee ... the judge", "baker
Ann Lee ... the 41-year-old baker", "lawyer Tom Hill ... her lawyer"); one by a noun of bodies for the organisation
the article has named most so far ("Acme ... the company"). A pronoun or description inside quoted words is left
alone (there "he" is whoever the speaker means), as is one that finds no named antecedent.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from graph.extract.actor_cues import person_or_body
from graph.extract.attribution import PERSONAL_PRONOUNS
from graph.extract.event_syntax import clause_head
from graph.extract.speaker_subjects import holds_office, sole_office_holder
from graph.extract.speaker_words import (
    BODY_NOUNS,
    BUSINESS_NOUNS,
    COMPANY_NOUNS,
    PUBLIC_BODY_WORDS,
    ROLE_GENDERS,
    TRADE_HEADS,
    names_a_party,
)
from graph.extract.speakers import LINK_FORMS, Attribution, described
from graph.model import ActorKind, Article, Mention, Span
from graph.names import PRONOUN_SEXES, given_name_sex, surname

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as DocSpan

REFLEXIVES = {"himself": "he", "herself": "she", "themselves": "they"}
"""Reflexive pronouns, with the personal pronoun whose antecedent they share ("Lee checked herself in")."""
REFLEXIVE_KINDS = {
    **dict.fromkeys(("himself", "herself"), frozenset({ActorKind.PERSON})),
    "themselves": frozenset({ActorKind.GROUP, ActorKind.ORGANIZATION}),
}
"""The kinds of actor a reflexive pronoun may stand for as the subject of its own clause."""
RELATIVES = {
    **dict.fromkeys(("who", "whom", "whose"), frozenset({ActorKind.PERSON, ActorKind.GROUP, ActorKind.ORGANIZATION})),
    "which": frozenset({ActorKind.ORGANIZATION, ActorKind.OUTLET}),
}
"""Relative pronouns, with the kinds of actor the noun their clause describes may be: "who" for people and the bodies
of people news writing gives it to ("police who said", "the team who won"), "which" for organisations ("Acme, which
makes brakes, ...")."""
DEFINITE_OPENERS = frozenset([("det", "the"), ("poss", "his"), ("poss", "her"), ("poss", "their")])
"""What opens a definite description: "the judge", and a role by whose it is, "her lawyer" (a body is never named
so: "its parent company" is another company)."""
OTHER_SEX = {"m": "f", "f": "m"}
CLAUSES = frozenset({"ccomp", "xcomp", "csubj", "advcl"})
"""Clauses that an empty "it" may hold the place of."""
EXTRAPOSING_WORDS = frozenset(
    {"time", "likely", "unlikely", "possible", "impossible", "probable", "clear", "unclear", "certain", "uncertain",
     "obvious", "evident", "true", "important", "necessary", "essential", "vital", "crucial", "hard", "difficult",
     "easy", "worth", "fair", "unfair", "wrong", "right", "shame", "pity", "mistake", "surprise", "surprising",
     "unknown", "known", "doubtful", "apparent", "safe", "better", "best", "good"}
)  # fmt: skip
"""Words after an empty "it is" that judge the clause that follows ("it is time to", "it is likely that")."""
PLURAL_PRONOUNS = frozenset({"they", "them", "their"})
OWN_THINGS = frozenset(
    {"head", "hand", "arm", "leg", "knee", "ankle", "foot", "shoulder", "back", "face", "eye", "voice", "hamstring",
     "temper", "mind", "life", "health", "career", "game", "form", "finishing", "crossing", "passing", "season",
     "seat", "title", "probation", "bail", "sentence", "licence", "license", "composure", "balance", "footing", "way",
     "debut", "job", "post", "innocence", "guilt", "campaign", "bid", "lead", "record", "best", "injury", "wound",
     "win", "victory", "defeat", "will", "vote", "decision", "promise", "word", "teammate"}
)  # fmt: skip
"""Things a person has and does something to as their own ("injured her shoulder", "lost his temper", "broke her
probation", "served his sentence"): a possessive on one of them in a clause is that clause's subject's."""
COLLECTIVE_NOUNS = frozenset(
    {"army", "navy", "military", "police", "government", "regime", "team", "side", "camp", "leadership", "crew",
     "staff", "jury", "panel", "press", "media", "public", "crowd", "community", "family", "couple", "opposition",
     "prosecution", "defence", "defense", "club", "board", "council"}
)  # fmt: skip
"""Nouns of a body of people, which is never a "he" or a "she" ("the army had treated him badly after he …")."""
RAISING_WORDS = frozenset({"likely", "unlikely", "certain"})
"""Of those words, the ones that before a "to" clause lend it their subject: in "Acme said it was likely to miss its
target" the "it" is Acme; before a "that" clause they judge it ("it is likely that prices rise")."""

PARTNER_PREPOSITIONS = frozenset(["to", "from", "against", "for", "at", "toward", "towards", "of"])
"""Prepositions by which a verb names whom it is done to ("wrote to him"): an object pronoun there is not the verb's
subject; so is "with" on a verb with no object ("campaigned with him")."""


@dataclass(frozen=True, slots=True)
class _Known:
    """An article's mentions, read in text order and by span, looked up once for all its pronouns."""

    ordered: list[Mention]
    starts: list[int] = field(init=False)
    by_span: dict[Span, Mention] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "starts", [m.span.start for m in self.ordered])
        object.__setattr__(self, "by_span", {m.span: m for m in self.ordered})

    @classmethod
    def of(cls, mentions: Sequence[Mention]) -> _Known:
        return cls(sorted(mentions, key=lambda m: m.span.start))

    def ending_at(self, word: Token) -> Mention | None:
        """The mention whose last word is ``word``, if any."""
        n = bisect_right(self.starts, word.idx) - 1
        return self.ordered[n] if n >= 0 and self.ordered[n].span.end == word.idx + len(word.text) else None

    def fits(self, mention: Mention, pronoun: str, context: Attribution) -> bool:
        """Whether ``pronoun`` may stand for ``mention``, or for the name a description refers to."""
        named = self.by_span.get(mention.refers, mention) if mention.refers is not None else mention
        return context.may_stand_for(named, pronoun)


def extract_references(
    doc: Doc, article: Article, mentions: Sequence[Mention], context: Attribution
) -> Iterator[tuple[Mention, Mention]]:
    """Each pronoun of the narration that stands for a named actor, as a mention that ``refers`` to the antecedent's
    span, with the antecedent. One person has one sex in an article: where the article's pronouns read as standing
    for one name disagree ("he" and "she" for Lee), only those of the sex most of them give are kept, none on a tie."""
    return _one_sex(list(_references(doc, article, mentions, context)))


def described_references(
    doc: Doc, article: Article, mentions: Sequence[Mention], context: Attribution
) -> Iterator[tuple[Mention, Mention]]:
    """Each pronoun of the narration, not yet a mention, whose antecedent is a description that names an actor (read
    once the descriptions are known: "The baker Tom Vale opened a shop. The baker said his bread sold out" makes "his"
    a mention of Tom Vale, whom "the baker" stands for); none where the article gave that role to two people
    (:func:`_shared_role`)."""
    known = _Known.of(mentions)
    ordered, starts, by_span = known.ordered, known.starts, known.by_span
    taken = {m.span for m in mentions}
    found = []
    for token, span in _body_tokens(doc, article):
        if token.lower_ not in PERSONAL_PRONOUNS or span in taken or context.in_quote(span):
            continue
        antecedent = _narration_antecedent(token, span, context, known)
        if antecedent is None or antecedent.span == span or _named(antecedent, doc):
            continue
        description = antecedent if antecedent.refers else _describing(antecedent.span, ordered, starts)
        if description is None or description.refers is None or _shared_role(description, doc, ordered, starts):
            continue
        named = by_span.get(description.refers)
        if named is not None and _named(named, doc):
            found.append((Mention(span, token.text, named.kind, refers=named.span), named))
    earlier = [(m, by_span[m.refers]) for m in mentions if m.refers in by_span and m.text.lower() in PRONOUN_SEXES]
    return _one_sex(found, earlier)


def _own_subject_as_object(token: Token, antecedent: Mention) -> bool:
    """Whether ``antecedent`` is the subject of the verb whose object ``token`` is: an object pronoun never stands
    for its own clause's subject, which would take a reflexive ("Ann Lee praised him" is someone else). A verb with
    no subject of its own shares that of the verb it is joined to ("Ann Lee met him and praised him") or whose
    infinitive it is ("Ann Lee wanted to meet him"), unless that verb has an object who does the infinitive ("Ann Lee
    asked police to protect him" may mean her). A reflexive is the one object that does stand for it ("Ann Lee went
    home and checked herself in"). So does the object of a preposition that gives the verb its partner ("Ann Lee wrote
    to her", "has not campaigned with him"), not one that gives a place ("had a gun near her") nor a "with" beside an
    object ("took the children with her")."""
    if token.lower_ in REFLEXIVES:
        return False
    if token.dep_ == "pobj" and _partner(token.head):
        verb = token.head.head
    elif token.dep_ in {"dobj", "dative"}:
        verb = token.head
    else:
        return False
    subjects = [c for c in _subject_verb(verb).children if c.dep_ in {"nsubj", "nsubjpass"}]
    return any(antecedent.span.start <= c.idx < antecedent.span.end for c in subjects)


def _partner(preposition: Token) -> bool:
    """Whether a preposition on a verb names whom the verb is done to or with ("to her", "against him", "with him"
    where the verb has no object), not where."""
    verb = preposition.head
    if preposition.dep_ not in {"prep", "dative"} or verb.pos_ not in {"VERB", "AUX"}:
        return False
    if preposition.lower_ in {"with", "on"}:  # "sided with him", "turned on her"; not "took the gun with him"
        return not any(c.dep_ in {"dobj", "dative"} for c in verb.children)
    return preposition.lower_ in PARTNER_PREPOSITIONS  # not "about", which may be where: "looked about him"


def _subject_verb(verb: Token) -> Token:
    """The verb whose subject ``verb`` has: itself where it has one, else the verb it is joined to or whose
    subject-controlled infinitive it is."""
    while not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children) and (
        verb.dep_ == "conj"
        or (verb.dep_ == "xcomp" and not any(c.dep_ in {"dobj", "dative"} for c in verb.head.children))
    ):
        verb = verb.head
    return verb


def _describing(span: Span, ordered: Sequence[Mention], starts: Sequence[int]) -> Mention | None:
    """The mention that holds the last word (the head) of ``span`` and refers to a name: a description."""
    head = span.end - 1
    for n in range(bisect_right(starts, head) - 1, max(-1, bisect_right(starts, head) - 4), -1):
        if ordered[n].refers is not None and ordered[n].span.start <= head < ordered[n].span.end:
            return ordered[n]
    return None


def _one_sex(
    found: list[tuple[Mention, Mention]], earlier: Sequence[tuple[Mention, Mention]] = ()
) -> Iterator[tuple[Mention, Mention]]:
    """``found`` less the pronouns of the sex fewer of a name's pronouns give, with those ``earlier`` read (none of
    either on a tie)."""
    sexes: dict[str, Counter[str]] = defaultdict(Counter)
    for pronoun, antecedent in [*earlier, *found]:
        if sex := PRONOUN_SEXES.get(pronoun.text.lower()):
            sexes[surname(antecedent.text)][sex] += 1
    for pronoun, antecedent in found:
        said = sexes[surname(antecedent.text)]
        sex = PRONOUN_SEXES.get(pronoun.text.lower())
        if sex is None or said[sex] > said[OTHER_SEX[sex]]:
            yield pronoun, antecedent


def _references(
    doc: Doc, article: Article, mentions: Sequence[Mention], context: Attribution
) -> Iterator[tuple[Mention, Mention]]:
    known = _Known.of(mentions)
    ordered, starts = known.ordered, known.starts
    for token, span in _body_tokens(doc, article):
        own = _own_subject(token, known) if token.lower_ in REFLEXIVE_KINDS else None
        if own is not None and _named(own, doc):
            yield Mention(span, token.text, own.kind, refers=own.span), own
            continue
        if context.in_quote(span):
            continue
        antecedent = _narration_antecedent(token, span, context, known)
        if antecedent is not None and antecedent.span != span and _named(antecedent, doc):
            yield Mention(span, token.text, antecedent.kind, refers=antecedent.span), antecedent
        elif (opener := _definite_opener(token)) is not None and not _inside_another(opener, span, known):
            person = _holder_of_role(token, ordered, starts, article.text)
            if person is None and opener.dep_ == "det":
                person = _body_named_before(token, ordered, starts)
            if person is not None:
                phrase = Span(opener.idx, span.end)
                yield Mention(phrase, phrase.slice(article.text), person.kind, refers=person.span), person


def _body_tokens(doc: Doc, article: Article) -> Iterator[tuple[Token, Span]]:
    """Each token of the article's body, with its span."""
    for token in doc:
        span = Span(token.idx, token.idx + len(token.text))
        if article.in_body(span):
            yield token, span


def _narration_antecedent(token: Token, span: Span, context: Attribution, known: _Known) -> Mention | None:
    """What a word of the narration stands for (:func:`_antecedent`), less an object pronoun's own clause subject
    (:func:`_own_subject_as_object`)."""
    antecedent = _antecedent(token, span, context, known)
    if antecedent is None or _own_subject_as_object(token, antecedent) or _owns_itself(token, antecedent):
        return None
    return antecedent


def _owns_itself(token: Token, antecedent: Mention) -> bool:
    """Whether a possessive would make ``antecedent`` its own relation: the noun it owns is set in apposition to that
    name ("Chris Hale, her Republican counterpart", "her lawyer, Mark Dorn"), where the possessive is another's; not
    in a list the parser read so (:func:`_listed`)."""
    if token.dep_ != "poss":
        return False
    noun = token.head
    if noun.lower_.endswith("ing") or any(w.lemma_.lower() in OWN_THINGS for w in noun.subtree):
        return False  # "Ann Lee, her voice breaking, told the court": the parser's apposition is her own voice
    pairs = [(noun.head, noun)] if noun.dep_ == "appos" else []
    pairs += [(c, c) for c in noun.children if c.dep_ == "appos"]
    return any(antecedent.span.start <= word.idx < antecedent.span.end and not _listed(appos) for word, appos in pairs)


def _listed(appos: Token) -> bool:
    """Whether an apposition the parser found is a list instead: it holds an "and" or an "or" and no comma or stop
    closes it ("Sarah Palin, her husband Todd and their children attended"; "Ann Lee, her lawyer and a friend, said"
    is an apposition)."""
    words = list(appos.subtree)
    after = words[-1].i + 1
    closed = after >= len(appos.doc) or appos.doc[after].is_punct
    return any(word.dep_ == "cc" for word in words) and not closed


def _antecedent(token: Token, span: Span, context: Attribution, known: _Known) -> Mention | None:
    ordered, starts = known.ordered, known.starts
    lower = token.lower_
    if lower in PERSONAL_PRONOUNS:
        above = _subject_above(token, span, context, known)
        if above is not None:
            return above
        return context.resolve(Mention(span, token.text, PERSONAL_PRONOUNS[lower]), token)  # asks named_before_clause
    if lower in {"its", "it", "itself"}:
        return _clause_subject(token, ordered, starts)
    if lower in REFLEXIVES:
        personal = REFLEXIVES[lower]
        return context.antecedent(Mention(span, personal, PERSONAL_PRONOUNS[personal]), PERSONAL_PRONOUNS[personal])
    if lower in RELATIVES:
        noun = described(token)
        if noun is None:
            return None
        n = bisect_right(starts, noun.idx) - 1
        if n >= 0 and noun.idx < ordered[n].span.end and ordered[n].kind in RELATIVES[lower]:
            return ordered[n]
    return None


def _subject_above(token: Token, span: Span, context: Attribution, known: _Known) -> Mention | None:
    """What a personal pronoun stands for in its own sentence, read as a reader takes it: going up the parse, the
    subject of the nearest clause above it that may be its antecedent ("Ann Hill said Dana Moss was shopping while
    her lawyer was in court": Dana Moss, not the one who said it; "the judge said Moss broke her probation": Moss),
    else that clause's object of the pronoun's sex ("Ann Lee said Tom Vale stabbed his wife while she slept": the
    wife, named in apposition or no one named). A clause whose subject cannot be meant passes it on to the clause
    above: the pronoun's own clause, for an object pronoun ("Kate Hill said Ann Lee had threatened her"); a name of
    the other sex; a thing, unless whose it is may be meant ("Vale's appeal failed and he was jailed"); a body, for
    "he" or "she". The pronoun itself (no one named) where the nearest fitting subject is a person the article does
    not name there ("the officer said the boy lost his bag"); nothing where no clause above has a fitting subject, or
    where one is a pronoun of the same form, which is read as usual
    (:meth:`~graph.extract.speakers.Attribution.resolve`)."""
    own = _own_clause(token)
    deferred: Mention | None = None
    for verb in token.ancestors:
        if verb.pos_ not in {"VERB", "AUX"} or verb.i == own:
            continue
        subjects = _subjects(verb, token)
        if subjects:
            decided, found = _subject_reading(subjects[0], verb, token, span, context, known)
            if decided and found is not None and deferred is None and _held_by_another(token, verb):
                deferred = found  # "Ann Lee said Kim Vale had broken her window": either's window
                continue
            if decided:  # a person not named above leaves the possessive to its own clause's subject
                held = deferred is not None and deferred.kind is ActorKind.PERSON
                return deferred if held and found is not None and found.span == span else found
        meant = _object_meant(verb, token, span, context, known)
        if meant is not None:
            return meant
    return deferred


def _held_by_another(token: Token, verb: Token) -> bool:
    """Whether a possessive in ``verb``'s own clause names a thing that one may do something to for another ("broke
    her window", "betrayed his trust"), not one's own body, faculty or standing (:data:`OWN_THINGS`: "injured her
    shoulder", "lost his temper", "broke her probation"): there the clause's subject is no surer an owner than a
    subject above."""
    return token.dep_ == "poss" and _in_clause_of(token, verb) and token.head.lemma_.lower() not in OWN_THINGS


def _subjects(verb: Token, token: Token) -> list[Token]:
    """The subjects of ``verb`` that do not hold ``token``; for a participle or an infinitive with none of its own, the
    subjects of the clause it hangs on ("Jo Reyes kept the post, treating Sam Lee as a mentor as she learned": Jo
    Reyes treats)."""
    while True:
        found = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and token not in c.subtree]
        if found or verb.tag_ not in {"VBG", "VB", "VBN"} or verb.dep_ not in {"advcl", "xcomp", "pcomp", "conj"}:
            return found
        above = clause_head(verb.head)  # "guilty of slaying": the verb above the adjective
        if above is None or above.i == verb.i:
            return []
        verb = above


def _subject_reading(
    head: Token, verb: Token, token: Token, span: Span, context: Attribution, known: _Known
) -> tuple[bool, Mention | None]:
    """Whether the subject ``head`` of ``verb`` decides what the pronoun ``token`` stands for, and what (see
    :func:`_subject_above`)."""
    lower = token.lower_
    if head.lower_ in {"who", "that"}:
        head = described(head) or head
        if head.dep_ == "attr":  # "was he a traitor who betrayed his president": the one the copula says it of
            head = next((c for c in head.head.children if c.dep_ == "nsubj"), head)
    head = _name_beside(head) or head  # "The mayor, Ann Lee, said she …"
    if head.lower_ in PERSONAL_PRONOUNS:
        return any(lower in forms and head.lower_ in forms for forms in LINK_FORMS.values()), None
    found = known.ending_at(head)
    if found is not None and found.span.start < span.start:
        return (True, found) if known.fits(found, lower, context) else (False, None)
    before = head.i < token.i  # "His heart failed, his son said": a speaker after it is no antecedent
    if before and head.pos_ in {"NOUN", "PROPN"} and _may_be_meant(head, lower):
        if _in_clause_of(token, verb):
            return False, None
        return True, Mention(span, token.text, PERSONAL_PRONOUNS[lower])
    owners = [known.ending_at(c) for c in head.children if c.dep_ == "poss"]
    owner = next((o for o in owners if o is not None and o.span.start < span.start), None)
    if owner is not None and known.fits(owner, lower, context):
        return True, owner  # "Tom Vale's appeal was rejected and he was jailed": whose the thing is
    return False, None


def _object_meant(verb: Token, token: Token, span: Span, context: Attribution, known: _Known) -> Mention | None:
    """What the object of ``verb`` before the pronoun ``token`` makes it stand for, where the verb's subject did not
    fit: a name that may be meant ("Peter Okafor asked Gloria Banks whether her agency …": Gloria Banks), or a noun of
    the pronoun's sex ("stabbed his wife … while she slept"), by the name set beside it, else no one named; people
    named by a plural noun for "they" ("She told jurors they would hear …": the jurors, no one named)."""
    if any(c.dep_ == "prep" and c.lower_ == "as" and token in c.subtree for c in verb.children):
        return None  # "treating Tom Hill as their priority": what the object is said to be is another's
    if token.dep_ != "poss" and _in_clause_of(token, verb):
        return None  # "found Ray Lee on top of him": an object pronoun is no one else of its own clause
    for noun in verb.children:
        if noun.dep_ not in {"dobj", "dative"} or noun.i > token.i or token in noun.subtree:
            continue
        sex = ROLE_GENDERS.get(noun.lower_)
        if sex and token.lower_ in LINK_FORMS[sex]:
            name = _name_beside(noun)
            called = known.ending_at(name) if name is not None else None
            return called or Mention(span, token.text, PERSONAL_PRONOUNS[token.lower_])
        found = known.ending_at(noun)
        if found is not None and known.fits(found, token.lower_, context):
            return found
        if found is None and token.lower_ in PLURAL_PRONOUNS and noun.tag_ == "NNS" and _may_be_meant(noun, "they"):
            return Mention(span, token.text, PERSONAL_PRONOUNS[token.lower_])  # "told jurors they would hear …"
    return None


def _name_beside(noun: Token) -> Token | None:
    """The proper name set in apposition to ``noun`` ("his wife, Ann Lee,"), if any."""
    return next((c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)


def _in_clause_of(token: Token, verb: Token) -> bool:
    """Whether ``token`` is a word of ``verb``'s own clause, not of a clause below it: there a person the article does
    not name is seldom who a possessive stands for ("a gunman grazed his scalp")."""
    own = clause_head(token)
    return own is not None and own.i == verb.i


def _own_clause(token: Token) -> int | None:
    """The index of the verb in whose clause an object pronoun stands for someone other than its subject ("Ann Lee
    praised her", "heard from her", and "wanted her to stay", where the parser makes "her" the subject of "stay");
    none for any other pronoun."""
    if token.dep_ in {"dobj", "dative"}:
        return _subject_verb(token.head).i
    if token.dep_ == "nsubj" and token.lower_ in {"him", "her", "them"} and token.head.head.i != token.head.i:
        return _subject_verb(token.head.head).i  # "wanted her to stay", "made her a better writer"
    if token.dep_ == "pobj" and token.head.head.pos_ in {"VERB", "AUX"}:
        return _subject_verb(token.head.head).i
    return None


def _may_be_meant(noun: Token, pronoun: str) -> bool:
    """Whether a noun the article names no one by may be what ``pronoun`` stands for: a person of its number and of
    no other sex ("the boy", "officers"); for "he" or "she", never a body ("the company", "the army"), nor a noun
    that holds a form of that pronoun ("his son … while he was ill": the "his" is whom "he" may stand for)."""
    plural = noun.tag_ in {"NNS", "NNPS"}
    if plural != (pronoun in PLURAL_PRONOUNS):
        return False
    if noun.ent_type_ == "PERSON":
        return True
    lemma = noun.lemma_.lower()
    if noun.pos_ != "NOUN" or not person_or_body(lemma):
        return False
    if plural:
        return True
    sex = ROLE_GENDERS.get(lemma)
    if lemma in BODY_NOUNS | COMPANY_NOUNS | COLLECTIVE_NOUNS:
        return False
    forms = next((f for f in LINK_FORMS.values() if pronoun in f), frozenset())
    if any(c.dep_ == "poss" and c.lower_ in forms for c in noun.children):
        return False  # "his son kept the shop open while he was ill": the "his" is who "he" may be
    return sex is None or pronoun in LINK_FORMS[sex]


def _own_subject(token: Token, known: _Known) -> Mention | None:
    """The actor a reflexive pronoun stands for: the subject of its own clause, when a mention ends with that
    subject's head word and is of a kind the pronoun fits ("Ann Lee checked herself in"). Grammar, not the reading
    of the article, binds a reflexive, so this holds in quoted words too."""
    for verb in token.ancestors:
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and token not in c.subtree]
        if not subjects:
            continue
        found = known.ending_at(subjects[0])
        return found if found is not None and found.kind in REFLEXIVE_KINDS[token.lower_] else None
    return None


def _clause_subject(token: Token, ordered: Sequence[Mention], starts: Sequence[int]) -> Mention | None:
    """The organisation an "its", "it" or "itself" stands for: the subject of the nearest verb above it that has one
    other than the phrase it opens ("Acme said its profit fell", "Acme said it would cut jobs"), when that subject is
    an organisation's name; nothing when it is not ("the military continues to hide its losses", "it is raining"), nor
    for an empty "it" that holds the place of a clause (:func:`is_expletive`: "Acme said it is time to sell")."""
    if is_expletive(token):
        return None
    for verb in token.ancestors:
        if verb.pos_ not in {"VERB", "AUX"}:
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and token not in c.subtree]
        if not subjects:
            continue
        n = bisect_right(starts, subjects[0].idx) - 1
        found = ordered[n] if n >= 0 and subjects[0].idx < ordered[n].span.end else None
        return found if found is not None and found.kind is ActorKind.ORGANIZATION else None
    return None


def is_expletive(token: Token) -> bool:
    """Whether "it" holds the place of a clause that comes later and stands for nobody: the subject of a passive or of
    "seem" or "appear" with a "that" clause ("it was reported that …", "it seems that …"), or of "be" with a word
    that judges the clause after it ("it is time to sell", "it is likely that …", "it was hard to say"). A word that
    lends its subject to a "to" clause keeps it (:data:`RAISING_WORDS`: "Acme said it was likely to miss its target";
    "it seems to be recovering", "it was forced to close": Acme), and so does "it is ready to sell"."""
    if token.lower_ != "it" or token.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    verb = token.head
    after = [c for c in verb.children if c.i > token.i]
    if token.dep_ == "nsubjpass" or verb.lemma_ in {"seem", "appear"}:
        return any(c.dep_ in {"ccomp", "csubj"} for c in after)
    if verb.lemma_ != "be":
        return False
    for word in (c for c in after if c.dep_ in {"acomp", "attr"} and c.lemma_.lower() in EXTRAPOSING_WORDS):
        clauses = [c.dep_ for c in (*after, *word.children) if c.dep_ in CLAUSES | {"relcl", "acl"}]
        if any(dep in {"ccomp", "csubj"} for dep in clauses):
            return True
        if clauses and word.lemma_.lower() not in RAISING_WORDS:
            return True
    return False


def _definite_opener(token: Token) -> Token | None:
    """The "the" or possessive pronoun that opens the singular definite description ``token`` heads ("the judge",
    "the 41-year-old baker", "her lawyer"), if it heads one."""
    if token.tag_ != "NN":
        return None
    return next((c for c in token.lefts if (c.dep_, c.lower_) in DEFINITE_OPENERS), None)


def _inside_another(opener: Token, span: Span, known: _Known) -> bool:
    """Whether a description's head lies inside a mention other than the description itself. The one the events
    found for a bare description a clause set off by commas goes on to describe ("The governor, who met families,
    promised aid": the one who met them) is the description, and takes the reference: that clause adds to it, and
    names no one else ("the lawyer who represented the landlord" would), as a word before the noun may ("the village
    mayor")."""
    own = known.by_span.get(Span(opener.idx, span.end))
    head = opener.head
    bare = opener.i + 1 == head.i  # "The governor"; not "The village mayor", "The visiting president"
    aside = bare and any(c.dep_ == "relcl" and head.doc[c.left_edge.i - 1].text == "," for c in head.rights)
    if aside and own is not None and own.refers is None and own.kind is ActorKind.PERSON:
        return False
    return _inside(span, known.ordered, known.starts)


def _inside(span: Span, ordered: Sequence[Mention], starts: Sequence[int]) -> bool:
    n = bisect_right(starts, span.start) - 1
    return any(ordered[i].span.end > span.start for i in range(max(0, n - 3), n + 1))


def _holder_of_role(token: Token, ordered: Sequence[Mention], starts: Sequence[int], text: str) -> Mention | None:
    """The nearest person named before ``token`` whose role, as the article gives it (``text``), has the noun
    ``token`` for its head ("a former war correspondent" is a correspondent, and "the war" no one) and the capitalised
    words before it ("the Ohio governor" is not Indiana's, nor "the Republican candidate" a Democrat); None where the
    article gave that role to two people before it ("Tom Hill, a boxer, met Ivan Petrov, a boxer ... the boxer"); a
    word of rank or time must be the holder's too (:func:`graph.extract.speaker_subjects.proper_marks`: "the vice
    president" is not President Lee, "the next governor" not Gov. Hill)."""
    return sole_office_holder(token, reversed(ordered[: bisect_right(starts, token.idx)]), text)


def _role_holders(token: Token, ordered: Sequence[Mention], starts: Sequence[int]) -> list[Mention]:
    """The people named before ``token`` whose role, as the article gives it, has the noun ``token`` for its head,
    nearest first."""
    noun = token.lemma_.lower()
    return [ordered[n] for n in range(bisect_right(starts, token.idx) - 1, -1, -1) if holds_office(ordered[n], noun)]


def _shared_role(description: Mention, doc: Doc, ordered: Sequence[Mention], starts: Sequence[int]) -> bool:
    """Whether the article gave the role a description names to two people before it ("Sen. Nora Quill met Sen. Ann
    Lee ... the senator"): then it may stand for either, as :func:`_holder_of_role` holds."""
    words = doc.char_span(description.span.start, description.span.end, alignment_mode="expand")
    if words is None:
        return False
    return len({surname(m.text) for m in _role_holders(words.root, ordered, starts)}) > 1


def spoken_bodies(doc: Doc, article: Article, mentions: Sequence[Mention]) -> Iterator[Mention]:
    """Each bare description of a business or a party read as a speaker and left naming no one ("The company said …",
    "The party said …"), as a mention that refers to the one business or party named before it, to take its place: of
    a business, the one organisation named by a name that is no public body's, union's or society's
    (:data:`~graph.extract.speaker_words.PUBLIC_BODY_WORDS`), nor letters alone, which may be either ("CMA"). A
    statement is never given to one of two businesses named before, nor to a regulator, a council or a union ("Essex
    County Council fined the dealer … The company said": the dealer the recogniser missed is meant)."""
    ordered = sorted(mentions, key=lambda m: m.span.start)
    people = _full_name_surnames(ordered)
    for mention in ordered:
        if mention.refers is not None or mention.kind is not ActorKind.ORGANIZATION:
            continue
        words = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
        if words is None or not _bare_body_noun(words) or not article.in_body(mention.span):
            continue
        noun = words[-1].lemma_.lower()
        fits = names_a_party if noun == "party" else (lambda name: not _public_body(name))
        named = [
            m
            for m in ordered
            if m.span.end <= mention.span.start and _a_body(m, doc) and fits(m.text) and m.text.lower() not in people
        ]
        names = {m.text.removeprefix("the ").removeprefix("The ") for m in named}
        if len(names) == 1 and not _letters_alone(next(iter(names))):
            yield Mention(mention.span, mention.text, ActorKind.ORGANIZATION, refers=named[-1].span)


def _bare_body_noun(words: DocSpan) -> bool:
    """Whether words are "the", a noun of businesses or "party", and only lower-case nouns of its trade before it
    ("The company", "the tech giant", "the supermarket chain"); not words that tell one body from another ("the
    Italian company", "the other firm")."""
    if len(words) < 2 or words[0].lower_ != "the" or words[-1].tag_ != "NN":
        return False
    noun = words[-1].lemma_.lower()
    if len(words) == 2:
        return noun in BUSINESS_NOUNS | {"party"}
    trade = all(w.pos_ == "NOUN" and w.dep_ == "compound" and w.text.islower() for w in words[1:-1])
    return trade and noun in TRADE_HEADS


def _full_name_surnames(mentions: Sequence[Mention]) -> set[str]:
    """The surnames of the people ``mentions`` name in full: "Pennock" beside Gary Pennock is his, whatever the
    recogniser typed it."""
    return {surname(m.text) for m in mentions if m.kind is ActorKind.PERSON and len(m.text.split()) > 1}


def _a_body(mention: Mention, doc: Doc) -> bool:
    """Whether a mention names an organisation by a proper name ("Norwell Motors", not "The company"), not one that
    opens with a given name, which may be a person's the recogniser took for a body's ("Brian Costa"; nor a person's
    surname alone, :func:`spoken_bodies`)."""
    named = mention.kind is ActorKind.ORGANIZATION and mention.refers is None and _named(mention, doc)
    return named and not given_name_sex(mention.text)


def _letters_alone(name: str) -> bool:
    """Whether a name is capital letters alone ("CMA", "BP"), which may be a business or a public body."""
    return name.isupper() and " " not in name


def _public_body(name: str) -> bool:
    """Whether a name is a public body's, a union's or a society's by its words ("Essex County Council")."""
    words = re.findall(r"[a-z]+", name.lower())
    return bool({*words, *(w.removesuffix("s") for w in words)} & PUBLIC_BODY_WORDS)


def _body_named_before(token: Token, ordered: Sequence[Mention], starts: Sequence[int]) -> Mention | None:
    """The organisation a bare description by a noun of bodies stands for ("the company", "the airline"): of the
    organisations named before it, the one named most often, the nearest on a tie; never a person's surname the
    recogniser took for a body's name, nor, for a business, a public body, a union or a society. A description with
    words that tell one body from another ("the Italian company", "the recipient carrier") is left alone. "The party"
    is only a party's, and a party is only "the party"; a description read as a name before ("The company said …")
    is none."""
    noun = token.lemma_.lower()
    if noun not in COMPANY_NOUNS or any(c.dep_ != "det" for c in token.lefts):
        return None
    before = ordered[: bisect_right(starts, token.idx)]
    people = _full_name_surnames(before)
    named = [
        m
        for m in before
        if m.kind is ActorKind.ORGANIZATION
        and m.span.end <= token.idx
        and m.refers is None
        and _named(m, token.doc)
        and names_a_party(m.text) == (noun == "party")
        and m.text.lower() not in people  # "Pennock" beside Gary Pennock, which the recogniser took for a body
        and not (noun in BUSINESS_NOUNS and _public_body(m.text))  # "the company" is no regulator
    ]
    if not named:
        return None
    names = [m.text.removeprefix("the ").removeprefix("The ") for m in named]
    counts = Counter(names)
    best = max(counts.values())
    return next(m for m, name in zip(reversed(named), reversed(names), strict=True) if counts[name] == best)


def with_references(mentions: Sequence[Mention], references: Sequence[tuple[Mention, Mention]]) -> list[Mention]:
    """``mentions`` with the pronouns that stand for them, and the antecedents read from the text that were not
    among them yet (a proper name the recogniser missed); a description already among them as no one's takes the
    name it stands for."""
    seen = {m.span for m in mentions}
    out = list(mentions)
    named_now: dict[Span, Mention] = {}  # descriptions found before as no one's ("The governor, who met families,")
    for pronoun, antecedent in references:
        for mention in (antecedent, pronoun):
            if mention.span not in seen:
                seen.add(mention.span)
                out.append(mention)
            elif mention.refers is not None and mention.text.lower() not in PERSONAL_PRONOUNS:
                named_now[mention.span] = mention
    return [named_now.get(m.span, m) if m.refers is None else m for m in out]


def _named(mention: Mention, doc: Doc) -> bool:
    """Whether an antecedent holds a proper name ("Ann Lee", "the Kremlin"), not another pronoun nor a description
    ("A friend of the baker", "More Russian officials" opening a sentence)."""
    words = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
    return words is not None and any(t.pos_ == "PROPN" for t in words)
