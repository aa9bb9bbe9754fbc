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

from graph.extract.actors import is_outlet, mention_at
from graph.extract.attribution import (
    DOCUMENT_NOUNS,
    FINITE,
    MODIFYING_CLAUSES,
    NOMINAL_SUBJECTS,
    NON_SPEAKERS,
    PARTICIPLES,
    PERSONAL_PRONOUNS,
    RELATIVE_PRONOUNS,
    REPORTING_VERBS,
    SUBJECTS,
    closing_apposition,
    hypothetical,
    named_head,
    set_off_appositions,
)
from graph.extract.documents import document_author, document_of
from graph.extract.event_syntax import clause_head
from graph.extract.lost_subjects import lost_subject
from graph.extract.reported_words import can_speak
from graph.extract.signers import FIRST_PERSON, signer
from graph.extract.speaker_subjects import (
    CANDIDACIES,
    coordinated_subjects,
    description_party,
    description_place,
    given_parties,
    office_holders,
    office_noun,
    offices_given,
    places_given,
    pronoun_subjects,
    role_pronoun,
    role_subjects,
    singular,
    speaking_it,
    text_subjects,
    untagged_subjects,
)
from graph.extract.speaker_words import PARTY_WORDS, ROLE_GENDERS, of_people
from graph.extract.surnames import NO_GIVEN_NAMES
from graph.extract.timeml_days import WEEKDAYS
from graph.model import ActorKind, Article, Mention, Span
from graph.names import HONORIFICS, NAME_SUFFIXES, POSSESSIVE_END, given_name_sex, sex_of, without_post_nominals

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as DocSpan

COLLECTIVES = frozenset({ActorKind.GROUP, ActorKind.ORGANIZATION})
DAYS = frozenset([*WEEKDAYS, "today", "yesterday", "tomorrow", "tonight"])
"""Words of a day, which a parser may take for a sentence's subject, though a day says nothing."""
PLACES = frozenset({"GPE", "LOC", "FAC", "ORG"})
"""The recogniser's labels of places and bodies: after a preposition ("in Oak County", "on Marrow Island", which it
often takes for a body), no "who" that follows describes them."""
ROLE_KINDS = {"they": ActorKind.GROUP, "it": ActorKind.ORGANIZATION}
"""The kind of actor a role subject or a subject pronoun is, when its pronoun says so (else a person)."""
"""The kinds of actor a "they" or a definite group ("the deputies") stands for."""
LEGISLATORS = frozenset({"councillor", "councilor", "deputy", "lawmaker", "legislator", "mp", "parliamentarian"})
"""The names, across newsrooms and countries, of members of a legislature: "the deputies" names "local MPs" again."""
HONORIFIC = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.? +(?:([A-Z][a-z]+) +)?([A-Z][\w'’-]+)")
"""An honorific before a surname, with or without a first name and a full stop (US and UK styles)."""
PRONOUN_OF_SEX = {"m": "he", "f": "she"}
"""The pronoun that stands for a name of each sex :func:`graph.names.sex_of` tells."""
LINKING_WORDS = frozenset({"when", "after", "as", "because", "before", "while"})
"""Words that join a clause of time or cause below a "who" clause ("a beekeeper who quit after she said …")."""
LINKING_DEPS = frozenset({"mark", "advmod"})
"""The dependencies a linking word takes on the verb it joins."""
INTERRUPTED_SUBJECTS = frozenset({"nsubj", "nsubjpass", "npadvmod"})
"""What the parser makes of the subject that an aside of saying interrupts: its subject, or a bare noun phrase when it
takes the verb after the aside for an adverb ("The senator, she said, would never back down")."""
TITLES = frozenset(
    {"president", "senator", "governor", "secretary", "mayor", "judge", "justice", "general", "minister", "chairman",
     "speaker", "representative", "congressman", "congresswoman", "former", "sir", "dame", "lord", "lady", "doctor",
     "professor", "rev", "pastor", "sheriff", "chief", "leader", "candidate", "commissioner", "ambassador"}
)  # fmt: skip
"""Words of office written before a surname ("Senator Lee"), which are no first name."""
NOT_GIVEN = NO_GIVEN_NAMES | TITLES | HONORIFICS
"""Words before a surname that are no given name (:data:`graph.extract.surnames.NO_GIVEN_NAMES`, offices, and
honorifics written without their full stop: "Mr Lee", "Dr Lee")."""
PRONOUN_GENDERS = {
    "he": frozenset({"he", "him", "his", "himself"}),
    "she": frozenset({"she", "her", "hers", "herself"}),
}
LINK_FORMS = {"he": frozenset({"he", "him", "his"}), "she": frozenset({"she", "her"}),
              "they": frozenset({"they", "them", "their"}), "it": frozenset({"it"})}  # fmt: skip
"""Subject pronouns that pass a speaker on ("He added …"), and the forms of a later pronoun that may take it up."""
WE = re.compile(r"\b(?:we|us|our|ours|ourselves)\b", re.I)
"""The first person plural: words a body of people says, never a report or a letter speaking for itself."""
PHRASE_PLACES = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "poss", "appos", "conj", "attr", "dative"})
"""The places of a noun phrase of its own in its clause, where a name is more than a word before a noun."""
OFFICE_MEN = frozenset({"chairman", "congressman", "spokesman", "businessman"})
"""Words of an office ending in "-man" that news copy gives women too ("company spokesman Jo Reyes … she said"): no
sex for the name beside them (:func:`role_genders`), though a later "the spokesman" is still a "he"."""
BELOW_SUBJECTS = 1_000
"""The depth given one who speaks in a relative clause on a noun that is no subject (:func:`_relative_saying`):
deeper than any subject's clause of the sentence."""
Salience = tuple[int, int, int]
"""Of a subject: where its sentence starts; 0 when it is the subject of a reporting verb, else 1; how deep its clause
lies (0 for the main clause). Of the subjects of one sentence, a later speaking "he" or "they" stands for the one who
speaks there, else the one of the main clause ("Tom Hill, Ann Lee said, has built a “…”. “…,” she said": Ann Lee,
who goes on speaking)."""


@dataclass
class Attribution:
    """Reading state for one article: recent actors (most recent last) and the author of each document."""

    article: Article
    recent: list[Mention] = field(default_factory=list)
    authors: list[tuple[int, str, Mention]] = field(default_factory=list)
    """(character offset, document lemma, author), in text order."""
    subjects: dict[Span, Salience] = field(default_factory=dict)
    """Mentions that are the subject of their clause, with how salient each is (:data:`Salience`): the actors a later
    "he" or "they" most likely stands for."""
    genders: dict[str, str] = field(default_factory=dict)
    """The surnames the article gives an honorific ("Mr. Hill", "Ms Roe"), and the pronoun each takes."""
    roles: dict[Span, str] = field(default_factory=dict)
    """Definite descriptions of people by office, trade or cause that are the subject of their clause ("the Ohio
    senator", "the groups"), with the pronoun each takes ("" when the noun does not say)."""
    holders: dict[Span, Span] = field(default_factory=dict)
    """The name each role subject stands for, where the article gave that person the office ("Sen. Ann Lee … the
    senator said"); the role keeps its words and refers to the name."""
    texts: dict[Span, Mention] = field(default_factory=dict)
    """Studies and documents that are the subject of their clause ("the report says"), each with who speaks through
    it: the author the article names for a document, else the text itself; a later speaking "it" in the same sentence
    or the next may stand for one (:meth:`_near`)."""
    reporting_on: set[Span] = field(default_factory=set)
    """Outlets whose sentence names an organisation as a phrase of its own ("The Times reported that Acme would
    split"): words in the first person plural that a later "it" says are that organisation's, not the outlet's."""
    sentences: list[int] = field(default_factory=list)
    """Where each sentence starts, in text order."""
    links: dict[Span, str] = field(default_factory=dict)
    """Subject pronouns of the narration ("He added …"), each with its word: a later pronoun that takes one up stands
    for what it stands for."""
    quoted: list[Span] = field(default_factory=list)
    """The article's quoted spans: a name inside someone's quoted words is no antecedent for the narration's "he"."""
    signer: Mention | None = None
    """The writer a first-person piece names in its closing line (:func:`graph.extract.signers.signer`): the "I" of
    its narration."""
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
        genders = article_genders(article.text, mentions, role_genders(doc, mentions))
        context = cls(article, quoted=quoted, genders=genders, sentences=[s.start_char for s in doc.sents])
        people = {m.text.split()[-1] for m in mentions if m.kind is ActorKind.PERSON and m.text.split()}
        for mention in mentions:
            mention = _as_person(mention, people)
            if mention.kind in {ActorKind.PERSON, ActorKind.GROUP, ActorKind.ORGANIZATION, ActorKind.OUTLET}:
                context._note(mention, _salience(doc, mention))
        for name in untagged_subjects(doc, mentions):
            context._note(mention_at(name, article), _depth(name))
        for role in role_subjects(doc):
            mention = mention_at(role, article)
            if any(is_outlet(t.text, article) for t in role.lefts if t.pos_ == "PROPN"):
                continue  # "the Reuters news agency": a channel, not a speaker a pronoun stands for
            word = role_pronoun(role) or context._apposed_gender(role)
            context.roles[mention.span] = word
            kind = ROLE_KINDS.get(word, ActorKind.PERSON)
            holder = context._holder(role, mention.span.start) if kind is ActorKind.PERSON else None
            if holder is not None:
                context.holders[mention.span] = holder.span
            context._note(Mention(mention.span, mention.text, kind, mention.role), _depth(role))
        for first, last in coordinated_subjects(doc):
            span = Span(first.idx, last.idx + len(last))
            context.roles[span] = "they"
            context._note(Mention(span, span.slice(article.text), ActorKind.GROUP), _depth(first))
        for pronoun in pronoun_subjects(doc):
            span = Span(pronoun.idx, pronoun.idx + len(pronoun))
            context.links[span] = pronoun.lower_
            kind = ROLE_KINDS.get(pronoun.lower_, ActorKind.PERSON)
            context._note(Mention(span, pronoun.text, kind), _depth(pronoun))
        context._learn_documents(doc)
        context._note_texts_and_outlets(doc, mentions)
        context.signer = signer(doc, article, mentions, context.in_quote)
        return context

    def _note_texts_and_outlets(self, doc: Doc, mentions: Sequence[Mention]) -> None:
        """Note the studies and documents a later speaking "it" may stand for (:attr:`texts`), unless their sentence
        names an organisation they do not speak for ("The audit was ordered by the council. It said …": the
        council), and the outlets whose sentence names one (:attr:`reporting_on`)."""
        bodies = [m for m in mentions if m.kind is ActorKind.ORGANIZATION and not self.in_quote(m.span)]
        for outlet in (m for m in mentions if m.kind is ActorKind.OUTLET):
            words = doc.char_span(outlet.span.start, outlet.span.end, alignment_mode="expand")
            if words is not None and any(_body_beside(words.root, m, outlet) for m in bodies):
                self.reporting_on.add(outlet.span)
        for noun in text_subjects(doc):
            mention = mention_at(noun, self.article)
            author = self._author(mention, noun) if document_of(noun) else mention
            speaks = noun.head.lemma_.lower() in REPORTING_VERBS
            if not speaks and any(_body_beside(noun, m, author) for m in bodies):
                continue
            self.roles[mention.span] = "it"
            self.texts[mention.span] = author
            self._note(Mention(mention.span, mention.text, ActorKind.ORGANIZATION), _depth(noun))

    def _note(self, mention: Mention, salience: Salience | None = None) -> None:
        self.recent.append(mention)
        if salience is not None:
            self.subjects[mention.span] = salience

    def resolve(self, mention: Mention, token: Token, barred: Sequence[Span] = ()) -> Mention:
        """The named actor a pronoun, a document or a definite description stands for, or the mention itself; a
        pronoun never stands for a mention inside ``barred`` (the words it is said to have said); the narration's "I"
        stands for the piece's :attr:`signer`."""
        if token.lower_ in FIRST_PERSON and self.signer is not None and not self.in_quote(mention.span):
            return self.signer
        if token.lower_ in PERSONAL_PRONOUNS:
            named = self.named_before_clause(token, barred)
            return named or self.antecedent(mention, PERSONAL_PRONOUNS[token.lower_], barred)
        if token.lower_ == "it":
            found = self.antecedent(mention, ActorKind.ORGANIZATION, barred)
            return self.texts.get(found.span, found)
        if mention.span in self.holders:
            return self._as_holder(mention)
        document = document_of(token)
        if document is not None:
            return self._author(mention, document)
        if mention.kind is ActorKind.GROUP and _is_definite(token):
            before = self._before(mention.span.start)
            return next((m for m in before if _names_again(m, mention, token)), mention)
        return mention

    def named_before_clause(self, token: Token, barred: Sequence[Span] = ()) -> Mention | None:
        """The person named last before the adverbial clause ("when", "as", "while" …) a "he" or "she" is the subject
        of, in its sentence ("If we are hearing Rubio's strategy correctly when he says …": Rubio, not the subject of
        the sentence before; "… to blow away rival Tom Gresham just as he was besting the governor", which the parser
        hangs on a verb above Gresham's). Not for the subject of a main clause ("After meeting Tom Gresham, he said …"
        is someone else) nor of an aside ("Bob Grant, a donor who, he said, …"); where the last one before the clause
        is a pronoun itself ("He claimed …, although he refused …"), the clause's pronoun is read as that one is."""
        clause = clause_head(token)
        if token.lower_ not in {"he", "she"} or token.dep_ != "nsubj" or clause is None or clause.dep_ != "advcl":
            return None
        opening, sentence = clause.left_edge.idx, token.sent.start_char
        for mention in self._before(opening):
            if mention.span.start < sentence:
                return None
            if mention.span.end > opening or self.in_quote(mention.span) or mention.kind is not ActorKind.PERSON:
                continue
            if _inside_any(mention.span, barred):
                continue
            if mention.span in self.links:
                return None  # a pronoun: the clause's "he" is read as that one is
            if self.may_stand_for(mention, token.lower_):
                return mention
        return None

    def may_stand_for(self, mention: Mention, pronoun: str) -> bool:
        """Whether ``pronoun`` ("he", "she") can stand for ``mention``: a person of the pronoun's gender."""
        return self._agrees(mention, pronoun, PERSONAL_PRONOUNS[pronoun])

    def antecedent(self, pronoun: Mention, wanted: ActorKind, barred: Sequence[Span] = ()) -> Mention:
        """What a pronoun stands for: of the fitting subjects in the nearest sentence before it that has one, the one
        who speaks there, else the one of the main clause ("Ann Lee told reporters that her son, Tom, was safe. “…,” she
        said": Ann Lee; "The mayor, Tom Hill said, has wasted millions. “…,” he said": Tom Hill), else the
        nearest actor that fits; never a name inside quoted words, nor one whose honorific says the other gender. A
        subject pronoun found so passes on what it stands for ("Ann Lee spoke first. She said Tom Hill was wrong.
        “…,” she added": Ann Lee); the pronoun itself when nothing earlier fits. What a subject pronoun was read as
        with its own ``barred`` names is what it passes on ("Asked whether Ann Lee would win, she replied: “…” …
        “…,” she added": the one who replied, not Ann Lee)."""
        found = self._nearest_subject(pronoun, wanted, barred)
        seen = {pronoun.span}
        while found.span in self.links and found.span not in seen:
            seen.add(found.span)
            link = found
            found = self._resolved.get(link.span) or self._nearest_subject(link, wanted)
            self._resolved[link.span] = found
        if barred and pronoun.span in self.links and found.span not in self.links:
            self._resolved[pronoun.span] = found
        return pronoun if found.span in self.links else self._as_holder(found)

    def _as_holder(self, mention: Mention) -> Mention:
        """A role subject as the mention of the person it stands for: its own words, referring to the name."""
        holder = self.holders.get(mention.span)
        return mention if holder is None else Mention(mention.span, mention.text, ActorKind.PERSON, refers=holder)

    def _holder(self, role: Token, start: int) -> Mention | None:
        """The person a definite role subject stands for ("the Ohio governor"): the nearest named before it whom the
        article gave that office with the same capitalised words, in apposition or as a title ("Ohio Gov. Tom Hill");
        none for a role by whose it is ("his brother" is another person), one the article never gave a name, one a
        name in apposition names there ("The local MP, Tom Hill, said") or one the words after it tell ("the MP for
        Bath")."""
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in role.lefts) or apposed_name(role) is not None:
            return None
        if any(c.dep_ == "prep" and c.lower_ in {"for", "of", "from"} for c in role.rights):
            return None  # "the MP for Bath", "the senator from Ohio": an office the words after it may give another
        named = [m for m in self._before(start) if m.span not in self.roles and not self.in_quote(m.span)]
        return next(office_holders(role, named, self.article.text), None) or self._partisan(role, named)

    def _partisan(self, role: Token, named: Sequence[Mention]) -> Mention | None:
        """The politician a description by party stands for, of the people ``named`` before it, nearest first
        (:func:`~graph.extract.speaker_subjects.description_party`): the one person whom the article gives that
        party alone ("Republican Tom Hill … the Ohio Republican said"), or of several, the subject of the main clause
        of the sentence before; where it gives the party to no one named before, that subject, when it gives them a
        political office or no role at all ("Senate Majority Leader Walt Brenner said … “…,” the Ohio Republican
        told reporters"). People are told apart by their full names ("Sen. Ann Lee" and her husband "Tom Lee" share
        no party). Never a person given another party or another office than the description's ("Labour MP Ann Lee
        … the Labour chairman"), nor one joined by "and" to another person who may have that party ("Democratic
        Sens. Tom Hill and Ann Lee"); where the party was given to no one, or to several, nor one the article set in
        one clause with such a person ("Tom Hill met Ann Lee. Hill praised her. “…,” the Democrat said": either may
        be meant)."""
        party, place = description_party(role), description_place(role)
        if not party and not place:
            return None
        doc, text = role.doc, self.article.text
        persons = [m for m in self.recent if m.kind is ActorKind.PERSON and _a_name(m)]
        keys = _person_keys(persons)
        parties: dict[str, set[str]] = {key: set() for key in keys.values()}
        offices: dict[str, set[str]] = {key: set() for key in keys.values()}
        roles: set[str] = set()
        shared: dict[str, set[str]] = {}
        for mention in persons:
            key = keys[mention.span]
            parties[key] |= given_parties(mention, text)
            for office, political in offices_given(mention, doc):
                roles.add(key)
                if political:
                    offices[key].add(office)
        rivals = [m for m in persons if not (party and parties[keys[m.span]]) or party in parties[keys[m.span]]]
        for mention in persons:
            if mention.span.start < role.idx:
                shared.setdefault(keys[mention.span], set()).add(_sharing(mention, rivals, doc))
        noun = office_noun(role.lemma_.lower())

        def fits(key: str, barred: frozenset[str]) -> bool:
            other_office = offices[key] and noun not in offices[key] | PARTY_WORDS | CANDIDACIES
            return not (shared.get(key, set()) & barred) and not other_office

        people = [m for m in named if m.span in keys]
        subject = _main_subject_before(role)
        previous = next((m for m in people if subject is not None and m.span.start <= subject.idx < m.span.end), None)
        if previous is None and people and people[0].span in self.subjects:
            previous = people[0]  # the sentence before has no person for its subject: the nearest subject
        given = {k: m for m in people if parties[k := keys[m.span]] == {party} and fits(k, frozenset({"joined"}))}
        if len(given) == 1:
            return next(iter(given.values()))
        if given:
            chosen = previous is not None and keys[previous.span] in given and fits(keys[previous.span], SHARED)
            return previous if chosen else None
        if previous is None or (party and parties[keys[previous.span]]) or not fits(keys[previous.span], SHARED):
            return None
        key = keys[previous.span]
        keys_before = [keys[m.span] for m in persons if m.span.start < role.idx]
        after = _main_subject_after(role)
        if after is not None and any(
            m.span.start <= after.idx < m.span.end and len(m.text.split()) == 1 and keys[m.span] not in keys_before
            for m in persons
        ):
            return None  # "“…,” the Massachusetts senator said. Warren called for …": a surname, known as the one meant
        placed = {w for m in persons if keys[m.span] == key for w in places_given(m, text)} if place else set()
        if placed and placed != place:
            return None  # "Sen. Ann Lee (R-Fla.) … the Texas senator", "(R-S.C.) … the North Carolina senator"
        if offices[key]:
            return previous
        if key in roles:
            return None
        most = max(keys_before.count(k) for k in keys_before)
        if place and (any(noun in offices[k] for k in keys_before) or keys_before.count(key) < most):
            return None  # a person of no role, when a holder of the office or a person named more came before
        return previous

    def _nearest_subject(self, pronoun: Mention, wanted: ActorKind, barred: Sequence[Span] = ()) -> Mention:
        """The one step of :meth:`antecedent` that may end on another subject pronoun."""
        nearest: Mention | None = None
        best: tuple[Mention, Salience] | None = None
        for m in self._before(pronoun.span.start):
            if not self._agrees(m, pronoun.text.lower(), wanted) or self.in_quote(m.span):
                continue
            if _inside_any(m.span, barred):
                continue
            if m.span in self.texts and not self._near(m, pronoun, barred):
                continue
            if m.span in self.reporting_on and self._first_plural(barred):
                continue  # "The Times reported that Acme would split. “We …,” it said": Acme
            nearest = nearest or m
            salience = self.subjects.get(m.span)
            if salience is None:
                continue
            if best is not None and salience[0] != best[1][0]:
                break  # past the sentence of the nearest fitting subject
            if best is None or salience[1:] < best[1][1:]:
                best = (m, salience)
        return best[0] if best is not None else nearest or pronoun

    def _near(self, text: Mention, pronoun: Mention, said: Sequence[Span] = ()) -> bool:
        """Whether a study or document named as a subject may be what ``pronoun`` stands for: in its sentence or the
        one before ("The report also lists breaches. It said …"), where the words ``said`` are not in the first person
        plural ("“We have fixed it,” it said" is the body the report spoke of) unless the article names who wrote
        it; further back, "it" is more likely the body spoken of since."""
        if self.texts[text.span].span == text.span and self._first_plural(said):
            return False
        return bisect_right(self.sentences, pronoun.span.start) - bisect_right(self.sentences, text.span.start) <= 1

    def _first_plural(self, said: Sequence[Span]) -> bool:
        """Whether the words ``said`` are in the first person plural, as a body of people speaks."""
        return any(WE.search(span.slice(self.article.text)) for span in said)

    def _agrees(self, mention: Mention, pronoun: str, wanted: ActorKind) -> bool:
        """Whether ``mention`` can be what ``pronoun`` stands for: the right kind, the same pronoun for an earlier
        subject pronoun, and no honorific or given name of the other gender ("Mark Hale" is no "she")."""
        link = self.links.get(mention.span)
        if link is not None:
            return pronoun in LINK_FORMS[link]
        role = self.roles.get(mention.span)
        if role is not None:
            if role in {"they", "it"}:
                return wanted is ROLE_KINDS[role]
            return wanted is ActorKind.PERSON and (not role or pronoun in PRONOUN_GENDERS[role])
        if mention.kind is ActorKind.OUTLET:  # "The Post reported that … It added …", not "The Post obtained …"
            salience = self.subjects.get(mention.span)
            return wanted is ActorKind.ORGANIZATION and salience is not None and salience[1] == 0
        if not _fits(mention, wanted):
            return False
        gender = self._gender_of(mention.text)
        return not gender or wanted is not ActorKind.PERSON or pronoun in PRONOUN_GENDERS[gender]

    def _gender_of(self, name: str) -> str:
        """The pronoun a person's name takes in the article, by its honorific or its given name ("" if neither
        tells)."""
        return self.genders.get(_gendered_name(name)) or PRONOUN_OF_SEX.get(given_name_sex(name), "")

    def _apposed_gender(self, role: Token) -> str:
        """The pronoun of the person named in apposition to a role subject whose noun tells none ("Her attorney, Mark
        Dorn, said": "he"), "" if none is named or the name does not tell."""
        name = apposed_name(role)
        ent = next((e for e in role.doc.ents if e.start <= name.i < e.end), None) if name is not None else None
        return self._gender_of(ent.text) if ent is not None else ""

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

    def in_quote(self, span: Span) -> bool:
        """Whether ``span`` lies inside one of the article's quoted spans (which never overlap)."""
        return self.quote_around(span) is not None

    def quote_around(self, span: Span) -> Span | None:
        """The article's quoted span that ``span`` lies inside, if any."""
        if len(self._quotes) != len(self.quoted):
            self._quotes = sorted(self.quoted, key=lambda q: q.start)
        n = bisect_right(self._quotes, span.start, key=lambda q: q.start) - 1
        return self._quotes[n] if n >= 0 and span.end <= self._quotes[n].end else None

    def _learn_documents(self, tokens: Iterable[Token]) -> None:
        """Remember who wrote each document named in ``tokens`` ("X wrote in a letter", "a letter from X"), also where
        its noun only qualifies another ("X sent an email appeal": an email)."""
        for token in tokens:
            if token.pos_ == "NOUN" and token.lemma_.lower() in DOCUMENT_NOUNS:
                written = token
                while written.dep_ == "compound" and written.head.pos_ == "NOUN":
                    written = written.head
                author = document_author(written, self.article)
                if author is not None:
                    self.authors.append((token.idx, token.lemma_.lower(), author))
                    self._note(author)


def _gendered_name(text: str) -> str:
    """The key of a person's name in :attr:`Attribution.genders`: the first and last name when a first name stands
    before the surname ("Bill Lee" is not the "Mrs. Lee" of the same story), else the surname alone ("Sen. Lee", and
    "Mr Lee" or "Dr Lee" without the full stop)."""
    words = text.split()
    if not words:
        return ""
    first = words[-2] if len(words) > 1 else ""
    named = first.isalpha() and first.istitle() and first.lower() not in NOT_GIVEN
    return f"{first} {words[-1]}" if named else words[-1]


def honorific_genders(text: str) -> dict[str, set[str]]:
    """The surnames ``text`` gives an honorific ("Mr. Hill", "Mrs Roe"), and the full names when the first name
    stands between ("Mr. Tom Hill"), each with the pronouns its honorifics take (two for "Mr. Lee … Mrs. Lee")."""
    seen: dict[str, set[str]] = {}
    for match in HONORIFIC.finditer(text):
        gender = PRONOUN_OF_SEX[sex_of(match.group(1))]
        seen.setdefault(match.group(3), set()).add(gender)
        if match.group(2):
            seen.setdefault(f"{match.group(2)} {match.group(3)}", set()).add(gender)
    return seen


def article_genders(text: str, mentions: Iterable[Mention], roles: dict[str, str] | None = None) -> dict[str, str]:
    """The names whose gender the article tells, each with the pronoun it takes: by an honorific
    (:func:`honorific_genders`), by a noun of one sex beside a full name (``roles``, :func:`role_genders`), or, for a
    surname, by the given name or that noun of a person it names in full ("Tom Baker" … "Baker said": "he"). A name
    borne by people of both genders ("Mr. Lee … Mrs. Lee", "Tom Baker … Ann Baker", "Tom Baker … Mrs. Baker"), or by
    a given name that tells none ("Tom Baker … Wren Baker"), is left out."""
    roles = roles or {}
    seen = honorific_genders(text)
    for name, pronoun in roles.items():
        seen.setdefault(name, set()).add(pronoun)
    for mention in mentions:
        if mention.kind is ActorKind.PERSON and " " in (name := _gendered_name(mention.text)):  # a given name before
            told = (given_name_sex(mention.text, census=False), given_name_sex(mention.text))
            pronoun = PRONOUN_OF_SEX.get(told[0]) or roles.get(name) or PRONOUN_OF_SEX.get(told[1], "")
            seen.setdefault(bare_surname(mention.text), set()).add(pronoun)
    return {name: gender for name, (gender, *others) in seen.items() if gender and not others}


def role_genders(doc: Doc, mentions: Iterable[Mention]) -> dict[str, str]:
    """The full names of people whose given name news gives to both sexes or seldom, each with the pronoun that a noun
    of one sex beside the name gives them: a title before it ("her husband Harlan Boll", "the actress Jo Reyes") or a
    noun in apposition ("his wife, Jo Reyes,", "Jo Reyes, an actress"). Such a noun outweighs what the census says a
    given name mostly tells ("Glenn Harker, the actress"), not a name news gives to one sex (:data:`graph.names.
    FEMALE_GIVEN_NAMES`), where the parser may have set beside it another's noun ("Dora Woods, whose husband, …").
    A name given nouns of both sexes is left out, and the words of an office that end in "-man" tell nothing
    (:data:`OFFICE_MEN`)."""
    seen: dict[str, set[str]] = {}
    for mention in mentions:
        name = _gendered_name(mention.text)
        if mention.kind is not ActorKind.PERSON or " " not in name or given_name_sex(mention.text, census=False):
            continue
        words = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
        if words is None:
            continue
        head = words.root
        before = doc[words.start - 1] if words.start else None
        linked = before is not None and (before.head.i == head.i or head.head.i == before.i)  # not "the man Jo shot"
        nouns = [t for t in words if t.is_lower] + ([before] if before is not None and linked else [])
        nouns += [head.head] if head.dep_ == "appos" else []
        nouns += [c for c in head.children if c.dep_ == "appos"]
        for noun in nouns:
            if noun.pos_ == "NOUN" and noun.lower_ in ROLE_GENDERS and noun.lower_ not in OFFICE_MEN:
                seen.setdefault(name, set()).add(ROLE_GENDERS[noun.lower_])
    return {name: gender for name, (gender, *others) in seen.items() if not others}


def bare_surname(text: str) -> str:
    """The last word of a person's name, without a possessive ending or a generation's suffix ("Tom Baker's", "Tom
    Baker Jr.": "Baker")."""
    words = without_post_nominals(text.split())
    if len(words) > 2 and words[-1].strip(".").lower() in NAME_SUFFIXES:
        words = words[:-1]
    return POSSESSIVE_END.sub("", words[-1]) if words else ""


def _as_person(mention: Mention, people: set[str]) -> Mention:
    """A short capitalised name the recogniser took for a place or an organisation, when the article elsewhere names
    a person by the same last word ("Pellows" read as a place once and as a person elsewhere): one sense per article."""
    words = mention.text.split()
    if mention.kind is ActorKind.PERSON or not words or len(words) > 2 or words[-1] not in people:
        return mention
    if not all(w[:1].isupper() for w in words):
        return mention
    return Mention(mention.span, mention.text, ActorKind.PERSON, mention.role)


def _salience(doc: Doc, mention: Mention) -> Salience | None:
    """How salient a subject mention is (:data:`Salience`); None when it is no subject."""
    span = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
    if span is None:
        return None
    root = named_head(span.root)
    if root.dep_ in NOMINAL_SUBJECTS:
        return _depth(root)
    if _relative_saying(root) is not None:  # "…, backed by Ann Lee, who said …": after every subject of the sentence
        return root.sent.start_char, 1, BELOW_SUBJECTS
    subject = next((t for t in span.root.ancestors if t.dep_ in NOMINAL_SUBJECTS), None)
    named = closing_apposition(subject) if subject is not None else None
    if subject is not None and named is not None and named.i == span.root.i:
        return _depth(subject)  # "One pastor backing Mr. Dunn, Dara Whitt, said …": she is the subject
    given = _given_name(subject) if subject is not None else None
    if subject is not None and given is not None and given.i == span.root.i:
        return _depth(subject)  # "A welder named Ray Tolley has …": he is the subject
    verb = root.sent.root
    lost = lost_subject(verb)
    return _depth(span.root, verb) if lost is not None and lost.i == span.root.i else None


def _relative_saying(noun: Token) -> Token | None:
    """The verb of saying of a relative clause whose "who" is the subject and that describes ``noun`` ("Ann Lee, who
    said …"), which makes the noun a candidate for a later pronoun after every subject of its sentence
    (:data:`BELOW_SUBJECTS`): the one a pronoun stands for where no subject fits ("Lee's plan was backed by Sen. Maria
    Ortiz, who said … “…,” she said"), never before one who does ("Ann Lee attacked Mary Hill, who said … “…,” she
    said": Ann Lee goes on). None without one, for a name in a list, whose clause may speak for them all ("his
    rivals, Ann Lee and Tom Hill, who say …"), and for a clause that says nothing was said ("who would not say")."""
    if noun.dep_ == "conj" or any(c.dep_ == "conj" for c in noun.children):
        return None
    for relative in noun.rights:
        if relative.dep_ != "relcl" or relative.lemma_.lower() not in REPORTING_VERBS:
            continue
        unsaid = hypothetical(relative) or any(c.dep_ == "neg" for c in relative.children)
        if not unsaid and any(c.dep_ == "nsubj" and c.lower_ == "who" for c in relative.children):
            return relative
    return None


def _given_name(subject: Token) -> Token | None:
    """The name a participle of naming right after a subject that names a person gives it ("a welder named Ray
    Tolley", "a woman called Jane Pike"): the person the subject is, as salient as a name in its place; never a name
    given to an animal or a thing ("a horse named Big Tom", "a storm called Irene")."""
    if subject.pos_ != "NOUN" or not of_people(subject):
        return None
    for participle in subject.rights:
        if participle.dep_ == "acl" and participle.tag_ == "VBN" and participle.lemma_.lower() in {"name", "call"}:
            names = (c for c in participle.rights if c.dep_ in {"oprd", "dobj", "attr"} and c.pos_ == "PROPN")
            name = next(names, None)
            return name if name is not None and name.ent_type_ == "PERSON" else None
    return None


def _depth(subject: Token, verb: Token | None = None) -> Salience:
    verb = subject.head if verb is None else verb
    speaking = verb.lemma_.lower() in REPORTING_VERBS
    return subject.sent.start_char, 0 if speaking else 1, sum(1 for _ in verb.ancestors)


def _body_beside(word: Token, body: Mention, author: Mention) -> bool:
    """Whether ``body``, an organisation, is named in the sentence of ``word`` (a study, a document or an outlet) as a
    noun phrase of its own (:data:`PHRASE_PLACES`) and not as its author: a later "it" may stand for the body then
    ("The audit was ordered by the council", "The report angered Ryanair", "The ruling is a blow to Uber"), never for
    one named only as a word before a noun ("data breaches by Acme Bank employees", "Acme chief executive Tom Hill").
    An outlet that publishes a text is no such body: "it" is the text ("The memo was obtained by The Associated Press.
    It says …")."""
    sentence = word.sent
    if not sentence.start_char <= body.span.start < sentence.end_char or body.span == author.span:
        return False
    words = word.doc.char_span(body.span.start, body.span.end, alignment_mode="expand")
    return words is not None and words.root.dep_ in PHRASE_PLACES


def _fits(mention: Mention, wanted: ActorKind) -> bool:
    if wanted is ActorKind.PERSON:
        return mention.kind is ActorKind.PERSON and mention.text[:1].isupper()
    if wanted is ActorKind.ORGANIZATION:
        return mention.kind is ActorKind.ORGANIZATION
    return mention.kind in COLLECTIVES


def _names_again(earlier: Mention, mention: Mention, head: Token) -> bool:
    """Whether a definite group ("the deputies") names again an earlier collective with the same head word ("more
    than 30 municipal deputies") or another name for members of a legislature ("local MPs"); "the experts" is no
    name for the last organisation named."""
    if earlier.kind not in COLLECTIVES or earlier.span == mention.span:
        return False
    words = {singular(w) for w in earlier.text.lower().split()}
    heads = {singular(head.lower_), head.lemma_.lower()}
    return bool(heads & words) or bool(heads & LEGISLATORS and words & LEGISLATORS)


def _inside_any(span: Span, spans: Sequence[Span]) -> bool:
    """Whether ``span`` lies inside one of ``spans`` (the words a pronoun is said to have said)."""
    return any(outer.start <= span.start and span.end <= outer.end for outer in spans)


def _is_definite(token: Token) -> bool:
    return any(child.lower_ in {"the", "these", "those"} for child in token.lefts)


def described(relative: Token) -> Token | None:
    """The noun a relative clause describes, for its "who" ("Tom Hill, who chairs the board, said …"); of a list of
    three or more, the last when the clause comes right after it (:func:`_last_listed`)."""
    verb = relative.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ != "relcl" or verb.head.pos_ not in {"NOUN", "PROPN"}:
        return None
    if relative.lower_ == "who" and verb.head.ent_type_ in PLACES and verb.head.dep_ == "pobj":
        return _placed(verb.head)
    return _last_listed(verb.head, verb) or verb.head


def _placed(place: Token) -> Token | None:
    """The noun right before the preposition of a place or a body that a "who" clause follows, which the "who"
    describes instead ("farmers in Oak County, who say …", "Democrats in the Senate, who argue …": the farmers, the
    Democrats); where the noun there is a thing ("the plan drew fire from Ecoguard, who …"), or none is, a body
    itself, and a place never."""
    before = place.doc[place.head.i - 1] if place.head.i else None
    noun = before is not None and before.pos_ in {"NOUN", "PROPN"} and before.ent_type_ not in PLACES
    if noun and before is not None and (can_speak(before) or before.tag_ in {"NNS", "NNPS"}):  # "farmers", not "fire"
        return before
    return place if place.ent_type_ == "ORG" else None


def _last_listed(noun: Token, clause: Token) -> Token | None:
    """The last of a list of three or more nouns, when a relative clause set off by a comma comes right after it,
    which the parse hangs on the first: the clause describes the one it follows ("fiddlers like Ida Penn, Rolf Carden
    and Joss Perrin, who quipped, “…”": Joss Perrin). Two joined by "and" may share the clause ("Ann Lee and Tom Hill,
    who wrote the report, …"); they are left as parsed."""
    listed = [c for c in noun.conjuncts if c.i > noun.i]
    if len(listed) < 2:
        return None
    last, opening = listed[-1], clause.left_edge.i
    return last if opening >= 2 and noun.doc[opening - 1].text == "," and last.right_edge.i == opening - 2 else None


def _described_by(subject: Token) -> Token | None:
    """The noun described by the relative clause whose subject is ``subject`` ("Tom Hill, whom she called …": Tom
    Hill), which that subject never stands for."""
    verb = subject.head
    return verb.head if verb.dep_ == "relcl" and subject.dep_ in NOMINAL_SUBJECTS and verb.head.i != verb.i else None


def _own_participles(pronoun: Token) -> list[Span]:
    """The participial clauses with no subject of their own that hang on a pronoun's verb ("Asked about her plans if
    Tom Hill wins, she replied …"): their unstated subject is the pronoun, so no name inside them is what it stands
    for."""
    return [
        _extent(clause)
        for clause in pronoun.head.children
        if clause.dep_ == "advcl" and clause.tag_ in PARTICIPLES and not any(c.dep_ in SUBJECTS for c in clause.lefts)
    ]


def _interrupted_subjects(pronoun: Token) -> list[Span]:
    """The subject of the clause that an aside of saying interrupts before its verb, when the aside's subject is a
    pronoun ("The senator, he said, will vote no"): the aside tells what someone else said of that subject, so the
    pronoun never stands for it (speaking of oneself, one says "I"). An aside after the verb may be the subject's own
    ("Mr. Hill had never voted before, he said, but …")."""
    verb = pronoun.head
    if pronoun.dep_ not in NOMINAL_SUBJECTS or verb.dep_ != "parataxis" or verb.head.i < verb.i:
        return []
    return [
        _extent(subject)
        for subject in verb.head.children
        if subject.dep_ in INTERRUPTED_SUBJECTS and subject.i < verb.i
    ]


def _extent(token: Token) -> Span:
    """Where the phrase that ``token`` heads lies in the text."""
    return Span(token.left_edge.idx, token.right_edge.idx + len(token.right_edge))


def _relative_owner(pronoun: Token) -> Token | None:
    """The person named before a "who" clause whom a "he" or "she" stands for when it speaks in a clause that a
    linking word joins below the "who" clause, with no other person named between ("Rosa Vint, a beekeeper who quit
    the council after she told members, “…”": Rosa Vint, not a person named in an earlier sentence). Never a pronoun
    set off as an aside ("a donor who, he said, …") nor the subject of the "who" clause's own verb."""
    if pronoun.dep_ not in NOMINAL_SUBJECTS or pronoun.lower_ not in {"he", "she"}:
        return None
    verb = pronoun.head
    linked = any(c.dep_ in LINKING_DEPS and c.lower_ in LINKING_WORDS and c.i < pronoun.i for c in verb.children)
    if verb.dep_ != "advcl" or not linked:
        return None
    relative = next((v for v in verb.ancestors if v.dep_ == "relcl"), None)
    if relative is None:
        return None
    who = next((c for c in relative.children if c.lower_ == "who" and c.dep_ in NOMINAL_SUBJECTS), None)
    noun = described(who) if who is not None else None
    owner = named_head(noun) if noun is not None else None
    if owner is None or owner.ent_type_ != "PERSON":
        return None
    between = pronoun.doc[owner.i + 1 : pronoun.i]
    others = any((t.ent_type_ == "PERSON" and t.ent_iob_ == "B") or t.lower_ in PERSONAL_PRONOUNS for t in between)
    return None if others else owner


def speaker_for(
    token: Token | None, context: Attribution, article: Article, content: Span | None = None
) -> tuple[Mention | None, str | None]:
    """The speaker a subject names, and how it was read: ``name``, ``pronoun``, ``document``, ``role`` (a description
    resolved to a named actor earlier in the article) or ``description`` (kept as written). A pronoun never stands
    for a name inside ``content``, the words it says ("If Ann Lee wins, he said, …"), nor for the noun its own
    relative clause describes ("Tom Hill, whom she called …"), nor for a name inside a participial clause of its own
    verb ("Asked about Tom Hill, she said …")."""
    if token is not None and token.lower_ in RELATIVE_PRONOUNS:
        token = described(token)
    if token is not None:
        token = apposed_name(token) or titled_name(token) or token
    if token is not None and _a_day(token):
        token = _named_after_day(token)
    if token is None or (token.lower_ in NON_SPEAKERS and not speaking_it(token)):
        return None, None
    mention = mention_at(token, article)
    barred = [content] if content is not None else []
    owner = _described_by(token)
    if owner is not None:
        barred.append(mention_at(owner, article).span)
    if token.lower_ in PERSONAL_PRONOUNS:
        barred += _own_participles(token) + _interrupted_subjects(token)
        described_person = _relative_owner(token)
        if described_person is not None:
            person = mention_at(described_person, article)
            if context.may_stand_for(person, token.lower_):
                return context.resolve(person, described_person), "pronoun"
    resolved = context.resolve(mention, token, barred)
    if token.lower_ == "it":
        return (resolved, "pronoun") if resolved.span != mention.span else (None, None)
    return resolved, _how(token, mention, resolved)


SHARED = frozenset({"joined", "clause"})
"""How a person may share a clause with another (:func:`_sharing`)."""
SUBORDINATE_CLAUSES = frozenset({"ccomp", "xcomp", "advcl", "relcl", "acl", "csubj", "pcomp", "pobj", "conj"})
"""The places of a clause below another: a subject there is no main clause's."""


def _a_name(mention: Mention) -> bool:
    """Whether a person's mention is a name: capitalised, and no pronoun ("He", "I")."""
    return mention.text[:1].isupper() and mention.text.lower() not in PERSONAL_PRONOUNS.keys() | FIRST_PERSON


def _person_keys(persons: Sequence[Mention]) -> dict[Span, str]:
    """Each person's mention with the name that tells the person apart: a full name's first and last word ("Tom
    B. Hill": "Tom Hill"); a surname alone takes the one full name that ends with it, or else the one that opens
    with it ("Xi" after "Xi Jinping"), and stays itself where two do ("Hill" after "Ann Hill" and "Tom Hill")."""
    full: dict[str, set[str]] = {}
    first: dict[str, set[str]] = {}
    for mention in persons:
        words = mention.text.split()
        if len(words) > 1:
            name = f"{words[0]} {bare_surname(mention.text)}"
            full.setdefault(bare_surname(mention.text), set()).add(name)
            first.setdefault(words[0], set()).add(name)
    keys: dict[Span, str] = {}
    for mention in persons:
        words, last = mention.text.split(), bare_surname(mention.text)
        names = full.get(last) or first.get(last, set())  # "Xi" after "Xi Jinping": a name written surname first
        if len(words) > 1:
            keys[mention.span] = f"{words[0]} {last}"
        else:
            keys[mention.span] = next(iter(names)) if len(names) == 1 else last
    return keys


def _sharing(mention: Mention, rivals: Sequence[Mention], doc: Doc) -> str:
    """How another of ``rivals`` shares the clause of ``mention``: ``joined`` to it by "and" ("Tom Hill and Ann Lee
    unveiled …"), in the ``clause`` as the verb's subject or object or the object of a preposition of the verb
    ("Tom Hill attacked Ann Lee", "Ann Lee debated Tom Hill", "Tom Hill faced questions from Ann Lee"), or not at
    all (""). A description after such a clause may stand for either."""
    words = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
    if words is None:
        return ""
    token = first = words.root
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    others = [m for m in rivals if not (m.span.start <= token.idx < m.span.end)]

    def rival_at(word: Token) -> bool:
        return any(m.span.start <= word.idx < m.span.end for m in others)

    conjuncts = [first, *first.conjuncts]
    if any(rival_at(t) for t in conjuncts if t.i != token.i):
        return "joined"
    if first.dep_ not in {"nsubj", "nsubjpass", "dobj", "pobj", "dative"}:
        return ""
    verb = first.head
    while verb.pos_ != "VERB" and verb.dep_ in {"prep", "dobj", "pobj"} and verb.head.i != verb.i:
        verb = verb.head
    near: list[Token] = []
    for child in verb.children:
        if child.dep_ in {"nsubj", "nsubjpass", "dobj", "dative"}:
            near += [child, *child.conjuncts]
        if child.dep_ == "prep":
            near += [c for c in child.children if c.dep_ == "pobj"]
        if child.dep_ == "dobj":
            near += [p for c in child.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    own = {t.i for t in conjuncts}
    return "clause" if any(rival_at(t) for t in near if t.i not in own) else ""


def _main_subject_after(token: Token) -> Token | None:
    """The subject of the main clause of the sentence after the one that holds ``token``; None at the last."""
    end = token.sent.end
    return _main_subject(token.doc[end].sent) if end < len(token.doc) else None


def _main_subject_before(token: Token) -> Token | None:
    """The subject of the main clause of the sentence before the one that holds ``token``; None at the first."""
    start = token.sent.start
    return _main_subject(token.doc[start - 1].sent) if start > 0 else None


def _main_subject(sentence: DocSpan) -> Token | None:
    """The subject of the main clause of ``sentence``: its first subject that is not a clause's below another ("Tom
    Hill said that Ann Lee …": Tom Hill), also where a dateline took the parse's root ("WASHINGTON — Tom Hill said
    …")."""
    return next((t for t in sentence if t.dep_ == "nsubj" and t.head.dep_ not in SUBORDINATE_CLAUSES), None)


def _a_day(token: Token) -> bool:
    """Whether a subject is a day the parser took for the speaker ("Saturday at the convention Sen. Ann Lee said …"):
    a weekday or a day told relative to today, tagged a date."""
    return token.ent_type_ in {"DATE", "TIME"} and token.lower_ in DAYS


def _named_after_day(day: Token) -> Token | None:
    """The person named at the end of the phrase that a day the parser took for the subject opens, right before the
    verb ("Saturday at the convention Sen. Ann Lee (D-Ohio) said …": Ann Lee, whom the parse hung on "convention");
    none where no name ends there."""
    verb = day.head
    names = [t for t in day.subtree if t.dep_ == "appos" and t.ent_type_ == "PERSON" and t.pos_ == "PROPN"]
    return next((t for t in reversed(names) if t.right_edge.i == verb.i - 1 and t.i > day.i), None)


def apposed_name(noun: Token) -> Token | None:
    """The person named, set off by a comma, after a description that speaks ("His spokesman, Tom Hill, said …",
    "Only one trustee, retired nurse Helen Carter, voted against the levy, warning …"): that person speaks, and the
    description only says who they are. Not a list of names ("His aides, Tom Hill and Ann Lee, said": one of them is
    no speaker of the whole), nor a body ("A spokesman for the firm, Acme Corp, said" is the spokesman); a name before
    its description ("Ann Lee, the mayor, said") is the subject already. A name that closes the description's phrase
    right before its verb is the description's where the parser hangs it on another name
    (:func:`graph.extract.attribution.closing_apposition`). A name right after its description, with no comma, is
    the one it names too ("The actor Tom Bell said …", "Her husband Tom Hill said …"). A plural noun is no one
    person's ("Friends of the actress, Ann Lee, said": her friends speak)."""
    if noun.tag_ in {"NNS", "NNPS"}:
        return None  # "Friends of the actress, Ann Lee, said": one person names none of the friends
    for appos in [*set_off_appositions(noun), *_close_appositions(noun)]:
        listed = any(c.dep_ == "conj" for c in appos.children)
        if not listed and appos.pos_ == "PROPN" and appos.ent_type_ == "PERSON":
            return appos
    return closing_apposition(noun)


def _close_appositions(noun: Token) -> list[Token]:
    """The appositions that follow a common noun with nothing between ("the singer Ann Lee"); none where a verb
    follows the name in a clause on the noun, whose subject the name is ("The woman Tom Hill married said …")."""
    if noun.pos_ != "NOUN":
        return []
    close = [c for c in noun.rights if c.dep_ == "appos" and c.left_edge.i == noun.i + 1]
    return [name for name in close if not any(_clause_of_name(c, name) for c in noun.rights)]


def _clause_of_name(clause: Token, name: Token) -> bool:
    """Whether ``clause``, on the noun ``name`` follows, is a finite clause after the name with no subject of its own,
    whose subject the name is ("The woman Tom Hill married", "… has married", "… will marry")."""
    if clause.dep_ not in MODIFYING_CLAUSES or clause.i < name.i:
        return False
    finite = clause.tag_ in FINITE or any(c.dep_ in {"aux", "auxpass"} for c in clause.children)
    return finite and not any(c.dep_ in SUBJECTS for c in clause.children)


def titled_name(title: Token) -> Token | None:
    """The person named after a capitalised title that the parse took for the subject, the name hung on it as if
    listed with it ("Acme Radio Vice President for news and talk Dana Kort called …": Dana Kort, not the title);
    never a title with a determiner ("The President and Dana Kort said": two speakers) or one inside a name."""
    if title.ent_type_ or title.lower_ not in TITLES or not title.text[:1].isupper():
        return None
    if any(c.dep_ in {"det", "poss"} for c in title.lefts):
        return None
    named = [c for c in title.children if c.dep_ == "conj" and c.ent_type_ == "PERSON" and c.pos_ == "PROPN"]
    return named[0] if len(named) == 1 else None


def _how(token: Token, mention: Mention, resolved: Mention) -> str:
    """How a subject was read as its speaker (see :func:`speaker_for`)."""
    if token.lower_ in PERSONAL_PRONOUNS or token.lower_ in FIRST_PERSON:
        return "pronoun"
    if document_of(token) is not None:
        return "document"
    if resolved.refers is not None:
        return "role"
    if token.ent_type_ or token.pos_ == "PROPN":
        return "name"
    return "role" if resolved.span != mention.span else "description"
