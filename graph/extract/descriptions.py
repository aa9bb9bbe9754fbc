"""Common nouns that name an actor the article has named: appositions ("Ann Lee, a lawyer for the city"), titles
before a name ("attorney Ann Lee", "the 26-year-old actress Ann Lee"), and the definite descriptions a news story
uses for the person it is about ("Ann Lee checked into a hotel. The actress, 26, ...").

Each becomes a mention that ``refers`` to the name's mention, as a pronoun does (:mod:`graph.extract.references`),
so that the merge gives it the name's actor. A relative "who" whose clause describes such a description stands for
the same name ("an inmate who escaped").
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from graph.extract.actor_cues import known_outlet, person_or_body
from graph.extract.ages import Age, aged_name, given_ages, loose_ages, person_key, stated_age
from graph.extract.speaker_subjects import RANKS, TIMES, sole_office_holder
from graph.extract.speaker_words import BODY_NOUNS, BUSINESS_NOUNS, COMPANY_NOUNS, ROLE_GENDERS, ROLE_NOUNS
from graph.extract.speakers import described
from graph.model import ActorKind, Article, Mention, Span
from graph.names import DEMONYM_ENDINGS, PRONOUN_SEXES, given_name_sex, sex_of, surname
from graph.nlp.loader import AGE_UNITS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as DocSpan

DEMONYM_NOUNS = frozenset(
    ["swede", "dane", "finn", "pole", "scot", "spaniard", "briton", "frenchman", "frenchwoman", "dutchman",
     "englishman", "englishwoman", "irishman", "irishwoman", "welshman", "scotsman", "czech", "serb", "croat", "turk",
     "greek", "argentine", "iraqi", "israeli", "pakistani", "saudi", "somali", "afghan", "uzbek", "kazakh", "thai"]
)  # fmt: skip
"""Nouns of one person of a people that no ending of :data:`~graph.names.DEMONYM_ENDINGS` gives ("the Swede")."""
QUALIFYING_PREPOSITIONS = frozenset(["of", "from", "in", "with", "at"])
"""Prepositions after which a description goes on qualifying the one it describes ("the star of such hits")."""
NOMINAL_DEPS = frozenset(["nsubj", "nsubjpass", "dobj", "pobj", "dative", "appos", "conj"])
"""The places of a noun phrase in its clause, where an adjective heads one only when it stands for a person."""
NAMED_KINDS = frozenset([ActorKind.PERSON, ActorKind.ORGANIZATION])
"""The kinds of named actor an apposition or a title describes."""
MODIFIERS = frozenset(["det", "amod", "compound", "nummod", "quantmod", "advmod", "npadvmod", "nmod"])
"""The words before a noun that belong to its description ("a former war correspondent"); a possessive ("her
attorney") is a mention of its own."""
IDENTITY_NOUNS = frozenset(
    ["actor", "actress", "star", "starlet", "singer", "rapper", "musician", "celebrity", "model", "comedian",
     "champion", "challenger", "boxer", "fighter", "athlete", "player", "quarterback", "rookie", "veteran",
     "swimmer", "golfer", "runner", "cyclist", "striker", "teenager", "teen", "youngster", "boy", "girl", "man",
     "woman", "gunman", "shooter", "killer", "attacker", "suspect", "inmate", "prisoner", "escapee",
     "fugitive", "convict", "defendant", "patient", "billionaire", "tycoon", "mogul", "heiress", "heir"]
)  # fmt: skip
"""Nouns by which a news story names again the person it is about, by trade, age, sex or plight ("the actress",
"the teenager", "the inmate"); nouns of the people who deal with that person ("the judge", "the lawyer") name
someone else, and join a name only where the article gives that person the role
(:mod:`graph.extract.references`)."""


PERSON_DESCRIBING_NOUNS = IDENTITY_NOUNS | ROLE_NOUNS
"""Nouns that bring in a person: after "a" or "an", someone the article does not name ("a man", "an officer")."""


def extract_descriptions(doc: Doc, article: Article, mentions: Sequence[Mention]) -> Iterator[Mention]:
    """Each apposition, title and definite description of the body that names an actor of ``mentions``, as a mention
    that refers to that actor's name; then each relative "who" that describes one of them."""
    ordered = sorted(mentions, key=lambda m: m.span.start)
    taken = {m.span for m in ordered}
    found: list[Mention] = []
    for mention in ordered:
        if mention.refers is not None or mention.kind not in NAMED_KINDS or not mention.text[:1].isupper():
            continue
        words = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
        if words is None:
            continue
        for noun in _describing_nouns(words):
            phrase = _phrase(noun)
            own = _description_at(doc, noun, ordered)
            if own is not None:
                found.append(Mention(own.span, own.text, own.kind, own.role, refers=mention.span))
            elif phrase not in taken and not _crosses(phrase, ordered) and article.in_body(phrase):
                taken.add(phrase)
                found.append(Mention(phrase, phrase.slice(article.text), mention.kind, refers=mention.span))
    found += _definite_descriptions(doc, article, ordered, taken, tuple(found))  # the appositions and titles only
    found += _office_descriptions(doc, article, ordered, {d.span for d in found})
    found += _delayed_identification(doc, article, ordered, {d.span for d in found})
    yield from found
    yield from _relatives(doc, found)


def with_descriptions(mentions: Sequence[Mention], descriptions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with the ``descriptions`` that name their actors: one of the same span as a mention takes its
    place ("her lawyer" found as a speaker, now referring to the name beside it), the others are added."""
    by_span = {d.span: d for d in descriptions}
    return [by_span.pop(m.span, m) for m in mentions] + list(by_span.values())


def _describing_nouns(words: DocSpan) -> Iterator[Token]:
    """The common nouns that describe the name ``words``: its apposition ("Ann Lee, a lawyer"), the noun it is in
    apposition to ("her attorney, Ann Lee") and the title before it ("attorney Ann Lee")."""
    root = words.root
    for child in root.rights:
        if child.dep_ == "appos" and child.i >= words.end and child.pos_ == "NOUN" and not child.like_url:
            yield child  # not "Jeff Horwitz https://twitter.com/…": an address describes no one
    head = root.head
    if root.dep_ == "appos" and _describes(head) and head.i < words.start and (noun := _one_of_them(head)):
        yield noun
    for child in root.lefts:
        title = child.i < words.start and child.dep_ in {"compound", "amod"} and child.pos_ == "NOUN"
        if title and not child.ent_type_ and child.text[:1].islower():
            yield child


def _one_of_them(noun: Token) -> Token | None:
    """The noun a person's name set after ``noun`` describes: ``noun`` itself in the singular; after a plural, the
    singular after its "of" ("Friends of the actress, Ann Lee," name Ann Lee the actress, not her friends), else none
    ("His aides, Tom Hill and Ann Roe,": neither is his aides)."""
    if noun.tag_ not in {"NNS", "NNPS"}:
        return noun
    owner = next((o for p in noun.rights if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"), None)
    return owner if owner is not None and owner.tag_ == "NN" and _describes(owner) else None


def _phrase(noun: Token) -> Span:
    """The span of a noun with the words before it that describe it ("a former war correspondent")."""
    start = noun.i
    for child in noun.lefts:
        if child.dep_ in MODIFIERS:
            start = min(start, child.left_edge.i)
    first = noun.doc[start]
    return Span(first.idx, noun.idx + len(noun.text))


def _describes(noun: Token) -> bool:
    """Whether a noun a name is set in apposition to describes the person: a common noun ("her attorney, Ann Lee"),
    or an office's title written in capitals ("The Home Secretary, Fiona Marsh", "The Chancellor, Rishi Patel")."""
    return noun.pos_ == "NOUN" or (noun.pos_ == "PROPN" and noun.lower_ in ROLE_NOUNS)


def _description_at(doc: Doc, noun: Token, ordered: Sequence[Mention]) -> Mention | None:
    """The mention of the article that holds ``noun`` and is headed by a common noun or a title ("her lawyer" found
    as a speaker, "a Dunmore county clerk" holding a place's name, "The Home Secretary"), if any."""
    for mention in ordered:
        if mention.refers is None and mention.span.start <= noun.idx < mention.span.end:
            words = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
            if words is not None and _describes(words.root) and _heads(words, noun):
                return mention
    return None


def _heads(words: DocSpan, noun: Token) -> bool:
    """Whether ``noun`` heads a mention's words, or is the head's own word before it ("her lawyer"; not "Chancellor"
    in "Allies of the Chancellor", whose allies the mention names)."""
    return words.root.i == noun.i or not any(t.dep_ == "prep" for t in words.root.children if t.i < noun.i)


def _overlaps(span: Span, ordered: Sequence[Mention]) -> bool:
    starts = [m.span.start for m in ordered]
    n = bisect_right(starts, span.end) - 1
    return any(
        ordered[i].span.end > span.start for i in range(max(0, n - 3), n + 1) if ordered[i].span.start < span.end
    )


def _crosses(span: Span, ordered: Sequence[Mention]) -> bool:
    """Whether a mention overlaps ``span`` without lying inside it: a name inside a description is its own mention
    ("a Dunmore county clerk" holds Dunmore), one that runs across its edge makes it no description."""
    return any(
        m.span.start < span.end and m.span.end > span.start and (m.span.start < span.start or m.span.end > span.end)
        for m in ordered
    )


def _definite_descriptions(
    doc: Doc, article: Article, ordered: Sequence[Mention], taken: set[Span], described: Sequence[Mention]
) -> Iterator[Mention]:
    """Each "the" and a noun of :data:`IDENTITY_NOUNS` ("the 26-year-old actress") that stands for the person the
    article has named most often before it, of the sex the noun tells, when no name follows it and no "of" makes it
    someone else's ("the mother of the victim"). A description that states an age names the one person named before
    it whom the article gives that age, and never a person it gives another age; one by a noun the article gave a
    person in an apposition or a title before it ("Tom Hill, the challenger, ... the challenger") names that person,
    and none where it gave the noun to two. An age standing alone ("the 37-year-old") names only the person the
    article gave that age at a name, or the one person the article names before it, never the person named most of
    several. None names anyone where the article wrote its age
    or its noun before without a name ("A 19-year-old was arrested ... the 19-year-old", "arrested a suspect ... the
    suspect"): that may be someone else. A description found as a speaker ("“…,” the actress said") is read so too,
    and takes the speaker's place."""
    people = [m for m in ordered if m.kind is ActorKind.PERSON and m.text[:1].isupper() and m.refers is None]
    if not people:
        return
    said = _said_sexes(ordered)
    ages = given_ages(article.text, people)
    loose = loose_ages(article.text, people)
    found = {m.span: m for m in ordered if m.refers is None}
    qualified = {m.span.start: m for m in ordered if m.refers is None}
    claimed = {d.span for d in described}
    for token in doc:
        if not _names_again(token):
            continue
        phrase = _phrase(token)
        head = Span(token.idx, token.idx + len(token.text))  # "Swede" of "the Swede", tagged a people's word
        own = found.get(phrase) or found.get(head) or _qualifying(qualified.get(phrase.start), phrase, article.text)
        own = own if phrase not in claimed else None  # found as a speaker: "the actress said"
        if (own is None and (phrase in taken or _overlaps(phrase, ordered))) or not article.in_body(phrase):
            continue
        sex = _sex_of_noun(token.lemma_.lower())
        age = stated_age(article.text, phrase)
        if age is not None and any(at < phrase.start and age == written for at, written in loose):
            continue
        person = _of_age(people, token.idx, age, ages) if age else None
        if _age_alone(token) or _demonym(token):  # an age or a people alone: the one person named, or given it
            person = person or _sole_person(people, token)
        elif _written_loose(token, described):
            continue
        elif person is None:
            holders = _given_noun(described, ordered, token)
            if len(holders) > 1:
                continue
            person = next(iter(holders.values()), None)
            if person is None:
                person = _most_named(people, token.idx)
                if person is not None and _of_another_trade(person, people, described, token.lemma_.lower()):
                    continue
        if person is not None and _said_by(token, person):
            continue
        if person is not None and _fits(person, sex, age, people, said, ages, article.text):
            taken.add(phrase)
            role = own.role if own is not None else None
            span = own.span if own is not None else phrase
            yield Mention(span, span.slice(article.text), ActorKind.PERSON, role, refers=person.span)


def _qualifying(mention: Mention | None, phrase: Span, text: str) -> Mention | None:
    """A mention read as a speaker or a participant that opens with the description ``phrase`` and goes on with words
    that only qualify it ("The star of such MGM hits as …" for "The star"): it takes the description's reading."""
    if mention is None or mention.kind is not ActorKind.PERSON or mention.span.end <= phrase.end:
        return None
    rest = text[phrase.end : mention.span.end].split()
    return mention if rest and rest[0] in QUALIFYING_PREPOSITIONS else None


def _said_by(token: Token, person: Mention) -> bool:
    """Whether ``person`` is, by surname, the subject of a verb whose clause said holds the description ``token``:
    one who says something is not named by a description in the words said ("Ray Duncan told reporters that the
    striker had improved" is about someone else; "Owen Vale scored twice before the striker limped off" may be
    Vale)."""
    return any(
        subject.dep_ in {"nsubj", "nsubjpass"} and subject.pos_ == "PROPN"
        and surname(subject.text) == surname(person.text)
        and any(c.dep_ == "ccomp" and token in c.subtree for c in verb.children)
        for verb in token.ancestors
        for subject in verb.children
    )  # fmt: skip


def _office_descriptions(
    doc: Doc, article: Article, ordered: Sequence[Mention], claimed: set[Span]
) -> Iterator[Mention]:
    """Each "the", capitalised words and a noun of an office or trade (:data:`graph.extract.speaker_words.ROLE_NOUNS`:
    "the Ohio governor", "the Vermont senator") that stands for the one person named before it whom the article gave
    that office with the same capitalised words, in apposition or as a title ("Ohio Gov. Tom Hill", "Tom Hill, the
    governor of Ohio"), as a speaker's description does (:func:`graph.extract.speaker_subjects.holds_office`); none
    where it gave the office so to two people, nor a bare office or one with other words before or after it, which
    may be another's (:func:`_marked`; "the governor of Texas", "the lawyer who represented the landlord"). A mention
    already found for the description's words (a participant's) takes the reference."""
    people = [m for m in ordered if m.kind is ActorKind.PERSON and m.refers is None and m.role]
    if not people:
        return
    text = article.text
    found = {m.span: m for m in ordered}
    for token in doc:
        if token.tag_ not in {"NN", "NNP"} or token.lower_ not in ROLE_NOUNS or token.dep_ == "compound":
            continue  # "the Ohio governor", "the Home Secretary"
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.lefts):
            continue
        if any(c.dep_ != "punct" for c in token.rights) or not _marked(token):
            continue
        phrase = _phrase(token)
        if phrase in claimed or not article.in_body(phrase) or _crosses(phrase, ordered):
            continue
        own = found.get(phrase)
        if own is not None and (own.refers is not None or own.kind is not ActorKind.PERSON):
            continue
        if any(
            m.span != phrase and phrase.start <= m.span.start < phrase.end and m.kind is ActorKind.PERSON
            for m in ordered
        ):
            continue  # a person's name inside it ("the Hill campaign adviser") is someone else's
        holder = sole_office_holder(token, reversed([m for m in people if m.span.end <= token.idx]), text)
        if holder is None:
            continue
        claimed.add(phrase)
        yield Mention(phrase, phrase.slice(text), ActorKind.PERSON, refers=holder.span)


def _delayed_identification(
    doc: Doc, article: Article, ordered: Sequence[Mention], claimed: set[Span]
) -> Iterator[Mention]:
    """The person a lede describes before naming, as news often opens: "The Riverton council leader pleaded not guilty
    on Monday … Dolores Kaminski, 58, who has led the council since 2019, …"; "The actress has won her case …
    Marianne Coulthard, 47, told the tribunal …". The description is the subject of the body's first sentence, which
    names no person; the name opens the next sentence and is given an age between commas or the description's role,
    as the one the lede meant is ("Police Chief Tom Hill said" names a source, not the man the lede describes); its
    sex must be the description's."""
    told = [(sent, len(sent.text.rstrip())) for sent in doc.sents]
    sentences = [sent for sent, n in told if n and article.in_body(Span(sent.start_char, sent.start_char + n))]
    if len(sentences) < 2:
        return
    lede, after = sentences[0], sentences[1]
    subject = next((t for t in lede if t.dep_ in {"nsubj", "nsubjpass"} and t.head.dep_ == "ROOT"), None)
    if subject is None or subject.tag_ != "NN" or not _a_person_noun(subject.lemma_.lower()):
        return
    phrase = _phrase(subject)
    opener = phrase.slice(article.text).lower()
    if phrase in claimed or not opener.startswith(("the ", "a ", "an ")) or not article.in_body(phrase):
        return
    in_lede = [m for m in ordered if lede.start_char <= m.span.start < lede.end_char]
    outside = [m for m in in_lede if not phrase.start <= m.span.start < phrase.end]
    if any(m.kind is ActorKind.PERSON and m.refers is None and _proper(doc, m) for m in outside):
        return  # the lede names someone: the description may be another
    description = next((m for m in in_lede if m.span == phrase), None)
    if description is not None and (description.refers is not None or description.kind is not ActorKind.PERSON):
        return
    name = next((m for m in ordered if m.span.start == after.start_char), None)
    if name is None or name.kind is not ActorKind.PERSON or name.refers is not None or len(name.text.split()) < 2:
        return
    noun = subject.lemma_.lower()
    named = doc.char_span(name.span.start, name.span.end, alignment_mode="expand")
    aged = named is not None and aged_name(named)
    if not (aged or (name.role and noun in name.role.lower().split())):
        return
    said = _sex_of_noun(noun)
    if said and given_name_sex(name.text, census=False) not in {"", said}:
        return
    yield Mention(phrase, phrase.slice(article.text), ActorKind.PERSON, refers=name.span)


def _a_person_noun(noun: str) -> bool:
    """Whether a singular noun names a person (:func:`graph.extract.actor_cues.person_or_body`), not a body."""
    return person_or_body(noun) and noun not in BODY_NOUNS | COMPANY_NOUNS | BUSINESS_NOUNS


def _proper(doc: Doc, mention: Mention) -> bool:
    """Whether a mention holds a proper name ("Ann Lee"), not only a description."""
    words = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
    return words is not None and any(t.pos_ == "PROPN" and t.ent_type_ == "PERSON" for t in words)


def _marked(token: Token) -> bool:
    """Whether an office's noun has, besides "the", only capitalised words or words of rank or time before it, one at
    least ("the Ohio governor", "the vice president"), which the holder's office must have too
    (:func:`graph.extract.speaker_subjects.proper_marks`); a bare office ("the president", "the mayor") may be
    another's, as may one with other words ("the fire chief")."""
    lefts = [t for t in token.doc[token.left_edge.i : token.i] if t.lower_ != "the"]
    return bool(lefts) and all((t.pos_ == "PROPN" and t.text[:1].isupper()) or t.lower_ in RANKS | TIMES for t in lefts)


def _names_again(token: Token) -> bool:
    """Whether ``token`` heads a definite description of :data:`IDENTITY_NOUNS` or an age that names no one new: "the
    actress", "the 37-year-old", not "an actress", "the actress Ann Lee", "the Saints quarterback" nor "the mother of
    the victim"."""
    if not (_identity_noun(token) or _age_alone(token)):
        return False
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.lefts):
        return False
    return not any(c.pos_ == "PROPN" for c in token.lefts) and not any(_makes_someone_else(c) for c in token.rights)


def _identity_noun(token: Token) -> bool:
    """Whether ``token`` is a singular noun of :data:`IDENTITY_NOUNS` or of a people (:func:`_demonym`) heading its
    own phrase ("the actress", "the Swede"; not "the actress Ann Lee"'s title)."""
    if token.dep_ == "compound":
        return False
    return (token.tag_ == "NN" and token.lemma_.lower() in IDENTITY_NOUNS) or _demonym(token)


def _demonym(token: Token) -> bool:
    """Whether a word names one person by the people they belong to ("the Swede", "the Ukrainian", "the Frenchman"),
    as sports and foreign copy names again the person it is about; not an outlet's name ("the Guardian")."""
    word = token.lower_
    if token.tag_ not in {"NN", "NNP"} or not token.is_title or token.ent_type_ not in {"", "NORP", "GPE"}:
        return False
    if known_outlet(token.text):
        return False
    return word in DEMONYM_NOUNS or (word.endswith(DEMONYM_ENDINGS) and not word.endswith(("ish", "ese")))


def _age_alone(token: Token) -> bool:
    """Whether ``token`` is the "old" of an age standing for a person on its own: "the 37-year-old was charged", not
    "the 37-year-old suspect" (where the noun after it heads the phrase) nor "the house is 37 years old"."""
    if token.lower_ != "old" or token.dep_ not in NOMINAL_DEPS:
        return False
    return any(c.lemma_.lower() in AGE_UNITS and any(n.dep_ == "nummod" for n in c.children) for c in token.lefts)


def _makes_someone_else(child: Token) -> bool:
    """Whether a word after a description makes it name someone other than the person the article is about: "of" and
    anything but things in the plural, which only qualify it ("the mother of the victim", "the star of the team", "the
    player of the match", "the champion of the world"; not "the star of such MGM hits as …"), or a name in apposition
    ("the actress, Ann Lee")."""
    if child.dep_ == "prep" and child.lower_ == "of":
        objects = [o for o in child.children if o.dep_ == "pobj"]
        return not objects or not all(o.tag_ == "NNS" and _a_thing(o) for o in objects)
    return child.dep_ == "appos" and child.pos_ == "PROPN"


def _a_thing(noun: Token) -> bool:
    """Whether a noun names a thing: no one's name, pronoun, number or noun of people or bodies ("hits", "films")."""
    if noun.ent_type_ or noun.pos_ in {"PROPN", "PRON", "NUM"}:
        return False
    return noun.pos_ == "NOUN" and not person_or_body(noun.lemma_.lower())


def _sex_of_noun(noun: str) -> str:
    """ "f" or "m" for a noun that says its person's sex (:data:`~graph.extract.speaker_words.ROLE_GENDERS`)."""
    return {"she": "f", "he": "m"}.get(ROLE_GENDERS.get(noun, ""), "")


def _said_sexes(ordered: Sequence[Mention]) -> dict[str, str]:
    """The sex the article's pronouns give each surname they stand for, where they give one."""
    by_span = {m.span: m for m in ordered}
    said: dict[str, Counter[str]] = {}
    for m in ordered:
        if m.refers is None or m.refers not in by_span:
            continue
        if by_pronoun := PRONOUN_SEXES.get(m.text.lower()):
            said.setdefault(surname(by_span[m.refers].text), Counter())[by_pronoun] += 1
    return {name: counts.most_common(1)[0][0] for name, counts in said.items() if len(counts) == 1}


def _told_sex(person: Mention, text: str) -> str:
    """The sex the given name or the honorific of ``person`` tells, the honorific also just before the mention ("Mr"
    left out of the name in "Mr Owen Vell"); "" for none."""
    before = text[max(0, person.span.start - 6) : person.span.start].split()[-1:]
    return given_name_sex(person.text) or sex_of(person.text) or sex_of(" ".join([*before, person.text]))


def _sex_of_person(person: Mention, people: Sequence[Mention], said: dict[str, str], text: str) -> str:
    """The sex of ``person``: the one its own given name or honorific tells ("Martin Tarr", "Mrs Lee"); for a bare
    surname, the one the names of that surname tell ("Hill" after "Mrs Ann Hill"), "?" where they tell two ("Mrs Ann
    Hill and Mr Tom Hill"); else the one the article's pronouns give it, or ""."""
    own = _told_sex(person, text)
    if own:
        return own
    name = surname(person.text)
    told = {_told_sex(m, text) for m in people if surname(m.text) == name} - {""}
    if len(told) > 1:
        return "?"
    return next(iter(told), "") or said.get(name, "")


def _most_named(people: Sequence[Mention], before: int) -> Mention | None:
    """The latest mention of the person named most often before offset ``before`` (by surname); None on a tie, and
    where two full names share that surname."""
    earlier = [m for m in people if m.span.end <= before]
    counts = Counter(surname(m.text) for m in earlier)
    if not counts:
        return None
    best = max(counts.values())
    top = {name for name, n in counts.items() if n == best}
    if len(top) > 1:
        return None
    name = next(iter(top))
    if len({m.text.split()[0] for m in earlier if surname(m.text) == name and len(m.text.split()) > 1}) > 1:
        return None  # "Tom Hanks visited his son Chet Hanks": either may be meant
    return next(m for m in reversed(earlier) if surname(m.text) == name)


def _of_another_trade(person: Mention, people: Sequence[Mention], described: Sequence[Mention], noun: str) -> bool:
    """Whether the article gives ``person`` (by surname) a role, or a title or apposition of ``described``, whose
    noun is neither ``noun`` nor one of :data:`IDENTITY_NOUNS` ("firefighter Tom Bell", "producer Noah Shebib"): a
    description by ``noun`` ("the teenager", "the rapper") then names someone the recogniser may have missed."""
    name = surname(person.text)
    spans = {m.span for m in people if surname(m.text) == name}
    roles = [m.role for m in people if m.span in spans and m.role]
    roles += [d.text for d in described if d.refers in spans]
    return any((words := r.lower().split()) and words[-1] not in {noun, *IDENTITY_NOUNS} for r in roles)


def _given_noun(described: Sequence[Mention], ordered: Sequence[Mention], token: Token) -> dict[str, Mention]:
    """The people, by surname, to whom an apposition or a title before ``token`` gave its noun ("Tom Hill, the
    challenger", "champion Ivan Petrov" before "the challenger", "the champion")."""
    by_span = {m.span: m for m in ordered}
    noun = token.lower_
    return {
        surname(by_span[d.refers].text): by_span[d.refers]
        for d in described
        if d.span.end <= token.idx and d.refers in by_span and d.text.lower().split()[-1:] == [noun]
    }


def _sole_person(people: Sequence[Mention], token: Token) -> Mention | None:
    """The latest mention before ``token`` of the one person the article names before it ("Actress Sienna Vale was
    arrested. The 29-year-old was released": Vale); None where it names several, or brings in someone unnamed before
    it ("Police arrested a man after Tom Hill was stabbed. The 29-year-old …")."""
    earlier = [m for m in people if m.span.end <= token.idx]
    if len({person_key(m) for m in earlier}) != 1 or any(_unnamed_person(t) for t in token.doc[: token.i]):
        return None
    return earlier[-1]


def _unnamed_person(noun: Token) -> bool:
    """Whether a noun brings in a person the article does not name: "a man", "an officer", "a 19-year-old"."""
    indefinite = any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in noun.lefts)
    return indefinite and (noun.lower_ in PERSON_DESCRIBING_NOUNS or _age_alone(noun))


def _of_age(people: Sequence[Mention], before: int, age: Age, ages: dict[str, set[Age]]) -> Mention | None:
    """The latest mention before offset ``before`` of the one person the article gives the age ``age`` at a name;
    None when it gives that age to no one named before, or to more than one."""
    earlier = [m for m in people if m.span.end <= before and age in ages.get(person_key(m), ())]
    return earlier[-1] if len({person_key(m) for m in earlier}) == 1 else None


def _written_loose(token: Token, described: Sequence[Mention]) -> bool:
    """Whether the noun of ``token`` stood before it after "a" or "an" outside any apposition or title ("police
    arrested a suspect" before "the suspect"), for a person the article did not name there."""
    noun = token.lemma_.lower()
    for earlier in token.doc[: token.i]:
        if earlier.lemma_.lower() != noun or not any(c.lower_ in {"a", "an"} for c in earlier.lefts):
            continue
        if not any(d.span.start <= earlier.idx < d.span.end for d in described):
            return True
    return False


def _fits(
    person: Mention,
    sex: str,
    age: Age | None,
    people: Sequence[Mention],
    said: dict[str, str],
    ages: dict[str, set[Age]],
    text: str,
) -> bool:
    """Whether nothing the article says of ``person`` contradicts a description of the sex ``sex`` and the age
    ``age`` (either may be unknown): its name tells no other sex (nor two, for a surname two people share), its
    pronouns give no other, and no name of its surname is given another age."""
    if sex and _sex_of_person(person, people, said, text) not in {"", sex}:
        return False
    name = surname(person.text)
    given = {a for m in people if surname(m.text) == name for a in ages.get(person_key(m), ())}
    return age is None or not given or age in given


def _relatives(doc: Doc, descriptions: Sequence[Mention]) -> Iterator[Mention]:
    """Each relative "who" whose clause describes one of ``descriptions`` ("an inmate who escaped"), standing for
    what that description stands for."""
    by_end = {d.span.end: d for d in descriptions}
    for token in doc:
        if token.lower_ not in {"who", "whom", "whose"}:
            continue
        noun = described(token)
        if noun is None:
            continue
        description = by_end.get(noun.idx + len(noun.text))
        if description is not None and description.refers is not None:
            yield Mention(
                Span(token.idx, token.idx + len(token)), token.text, description.kind, refers=description.refers
            )
