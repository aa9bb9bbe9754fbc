"""The subjects a later pronoun may stand for: names, descriptions of people and bodies, names joined by "and", and
the narration's own subject pronouns, each the subject of a verb. :mod:`graph.extract.speakers` notes them as it
reads an article."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from graph.extract.actor_cues import common_noun_opening
from graph.extract.actor_words import STUDY_NOUNS
from graph.extract.attribution import DOCUMENT_NOUNS, NOMINAL_SUBJECTS, REPORTING_VERBS
from graph.extract.speaker_words import (
    BODY_NOUNS,
    COLLECTIVE_NOUNS,
    KIN_NOUNS,
    PARTIES,
    PARTISANS,
    PARTY_WORDS,
    PERSON_NOUNS,
    PHRASAL_CUES,
    ROLE_GENDERS,
    ROLE_NOUNS,
    SUPPORTERS,
    of_people,
)
from graph.model import ActorKind, Mention
from graph.names import HONORIFICS, surname

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

TITLE_WORDS = {"sen": "senator", "rep": "representative", "gov": "governor", "pres": "president",
               "sec": "secretary", "gen": "general", "atty": "attorney", "lt": "lieutenant"}  # fmt: skip
"""Abbreviated titles before a name ("Sen. Ann Lee"), with the noun a later description of the person uses."""
SAME_OFFICES = {"congressman": "representative", "congresswoman": "representative"}
"""Nouns of one office: "Rep. Ann Lee" is the congresswoman of a later description."""
CANDIDACIES = frozenset({"nominee", "candidate", "front-runner", "frontrunner", "hopeful", "leader"})
"""Nouns of a politician's standing that any office may hold: "the Republican nominee" may be a senator; not "the
challenger", whom an officeholder would face."""
UNTITLED = HONORIFICS | frozenset({"dr", "rev"})
"""Words before a name that give it no office: the honorifics, "Dr." and "Rev."."""
POLITICAL_OFFICES = frozenset(
    {"senator", "representative", "governor", "president", "speaker", "leader", "candidate", "nominee",
     "front-runner", "frontrunner", "hopeful", "lawmaker", "mayor", "minister", "premier", "chancellor", "mp",
     "mep", "msp", "legislator", "incumbent", "challenger", "delegate", "councilman", "councilwoman", "councillor",
     "congressman"}
)  # fmt: skip
"""Offices and candidacies that make their holder a politician, whom a description by party may stand for."""
OFFICE_LETTERS = frozenset({"mp", "mep", "msp"})
"""Letters after a name that give an office ("Sarah Dyke MP" is an MP)."""
ROLE_END = re.compile(r"\s+(?:of|with|at|for|from|in|on|to|by|and|who|,).*$", re.S)
"""Where the words of a role that name the office end ("a deputy with the party": "a deputy")."""
MISREAD_NAMES = frozenset({"", "NORP", "PRODUCT", "WORK_OF_ART"})
"""The recogniser's labels on a subject's proper name that still leave it a person or a group ("Ivanka Trump" read as
a product, "Democrats" as a nationality or party)."""


RANKS = frozenset(
    ["vice", "deputy", "acting", "lieutenant", "assistant", "associate", "interim", "former", "ex", "shadow"]
)  # fmt: skip
"""Words of rank before an office that make its holder another than the holder of the office itself: "the vice
president" is not the president, nor "the governor" the lieutenant governor, nor "the chancellor" the shadow
chancellor."""
TIMES = frozenset(["next", "new", "incoming", "outgoing", "future", "eventual", "late", "previous"])
"""Words of time before an office that make its holder one the article did not name with it ("the next governor")."""


PARTY_BEFORE = re.compile(
    r"\b(?=[A-Z])((?i:"
    + "|".join(name.replace(" ", r"[^\S\n]+") for name in sorted(PARTIES, key=len, reverse=True))
    + r"))((?:[^\S\n]+(?:[A-Z][a-z]{1,3}\.|(?i:presidential|"
    + "|".join(sorted(ROLE_NOUNS | POLITICAL_OFFICES | SUPPORTERS))
    + r")))*?)[^\S\n]+$"
)
"""A party given just before a name, alone or before a title ("Republican Tom Hill", "Democratic Sen. Ann Lee", "GOP
presidential candidate Tom Hill", "Labour MP Jim Ord")."""
PARTY_AFTER = re.compile(r"^,?\s*\(?([RDI])-([A-Z][A-Za-z]*\.?(?:\s?[A-Z][a-z]*\.)?)")
"""A party given just after a name by its initial and a state ("Ann Lee, R-Ky.", "Tom Hill (D-Vt.)"; "I-Vt." for an
independent; "D-N.Y.", "R-S.C.", "D-NY")."""
OF_PLACE = re.compile(r"^\s+of\s+((?:[A-Z][a-z]+\b\s?){1,3})")
"""A place after a name with "of" ("Sen. Ann Lee of New Mexico")."""
STATES = {
    "ala": "alabama", "al": "alabama", "ak": "alaska", "ariz": "arizona", "az": "arizona", "ark": "arkansas",
    "ar": "arkansas", "calif": "california", "ca": "california", "colo": "colorado", "co": "colorado",
    "conn": "connecticut", "ct": "connecticut", "del": "delaware", "de": "delaware", "fla": "florida",
    "fl": "florida", "ga": "georgia", "hi": "hawaii", "id": "idaho", "ill": "illinois", "il": "illinois",
    "ind": "indiana", "in": "indiana", "ia": "iowa", "kan": "kansas", "ks": "kansas", "ky": "kentucky",
    "la": "louisiana", "me": "maine", "md": "maryland", "mass": "massachusetts", "ma": "massachusetts",
    "mich": "michigan", "mi": "michigan", "minn": "minnesota", "mn": "minnesota", "miss": "mississippi",
    "ms": "mississippi", "mo": "missouri", "mont": "montana", "mt": "montana", "neb": "nebraska", "ne": "nebraska",
    "nev": "nevada", "nv": "nevada", "nh": "new hampshire", "nj": "new jersey", "nm": "new mexico",
    "ny": "new york", "nc": "north carolina", "nd": "north dakota", "oh": "ohio", "okla": "oklahoma",
    "ok": "oklahoma", "ore": "oregon", "or": "oregon", "pa": "pennsylvania", "ri": "rhode island",
    "sc": "south carolina", "sd": "south dakota", "tenn": "tennessee", "tn": "tennessee", "tex": "texas",
    "tx": "texas", "ut": "utah", "vt": "vermont", "va": "virginia", "wash": "washington", "wa": "washington",
    "wva": "west virginia", "wv": "west virginia", "wis": "wisconsin", "wi": "wisconsin", "wyo": "wyoming",
    "wy": "wyoming",
}  # fmt: skip
"""US states by the abbreviations that follow a party's initial after a politician's name ("R-Ky.", "D-NY"), AP's
and the postal ones; a state written whole ("R-Ohio", "D-Texas") is its own name."""


def description_party(role: Token) -> str:
    """The party a definite description of a politician tells, as a letter of :data:`PARTIES` ("the Republican",
    "the Kentucky Republican", "the GOP nominee", "the Democratic front-runner"); "" where it tells none or two, or
    has a word of rank or time that may make it someone else ("the former Republican senator", "the Republican vice
    presidential nominee")."""
    words = role.doc[role.left_edge.i : role.i + 1]
    if words[0].lower_ != "the" or any(w.lower_ in RANKS | TIMES for w in words):
        return ""
    parties = parties_in([w.text for w in words])
    return parties.pop() if len(parties) == 1 else ""


def description_place(role: Token) -> frozenset[str]:
    """The capitalised words that place a definite description of a political office ("the Texas senator": "texas";
    "the New York congresswoman"), lower-cased; none where it has none, names a party ("the Republican senator":
    :func:`description_party` reads it), or has a word of rank or time ("the former Texas senator")."""
    noun = office_noun(role.lemma_.lower())
    words = role.doc[role.left_edge.i : role.i]
    if noun not in POLITICAL_OFFICES or not len(words) or words[0].lower_ != "the":
        return frozenset()
    if any(w.text.islower() and w.lower_ in RANKS | TIMES for w in words):
        return frozenset()  # "the former Texas senator", "the new Ohio governor"; not "the New York mayor"
    marks = proper_marks(role)
    return marks if marks and not marks & PARTY_WORDS else frozenset()


def places_given(mention: Mention, text: str) -> frozenset[str]:
    """The capitalised words of place the article sets in a title before a name, or after it in a party's tag or
    with "of" ("Ohio Sen. Ann Lee": "ohio"; "Sen. Ann Lee (R-Fla.)": "florida"; "Sen. Ann Lee of Iowa"), lower-cased."""
    titles = set(TITLE_WORDS) | set(TITLE_WORDS.values()) | UNTITLED | PARTY_WORDS | POLITICAL_OFFICES
    words = set(_title_words(text[max(0, mention.span.start - 40) : mention.span.start]))
    after = text[mention.span.end : mention.span.end + 40]
    of = OF_PLACE.match(after)
    words |= set(of.group(1).lower().split()) if of else set(_state_words(after))
    return frozenset(words - titles)


def parties_in(words: Sequence[str]) -> set[str]:
    """The parties that capitalised ``words`` name, as letters of :data:`PARTIES`; a name of two words is read whole
    ("Liberal Democrat leader": the Liberal Democrats, no Democrat)."""
    found: set[str] = set()
    at = 0
    while at < len(words):
        pair = " ".join(words[at : at + 2]).lower()
        size = 2 if at + 1 < len(words) and pair in PARTIES else 1
        name = pair if size == 2 else words[at].lower()
        if words[at][:1].isupper() and name in PARTIES:
            found.add(PARTIES[name])
        at += size
    return found


def given_parties(mention: Mention, text: str) -> set[str]:
    """The parties the article (``text``) gives a person at one mention of its name: before it ("Republican Tom
    Hill", "Democratic Sen. Ann Lee"), in its role ("Tom Hill, a Democrat", "Ann Lee, the Republican nominee"; not
    "a Republican donor", :data:`SUPPORTERS`) or after it ("Ann Lee, R-Ky.")."""
    office = re.findall(r"[\w-]+", ROLE_END.sub("", mention.role or ""))
    member = bool(office) and office[-1].lower() not in SUPPORTERS
    found = parties_in(office) if member else set()
    before = PARTY_BEFORE.search(text[max(0, mention.span.start - 60) : mention.span.start])
    if before and not set(before.group(2).lower().split()) & SUPPORTERS:
        found.add(PARTIES[" ".join(before.group(1).lower().split())])
    after = PARTY_AFTER.match(text[mention.span.end : mention.span.end + 12])
    if after:
        found.add(after.group(1))
    return found


def untagged_subjects(doc: Doc, mentions: Sequence[Mention]) -> Iterator[Token]:
    """Proper names the recogniser missed or took for a thing that are the subject of a verb ("Ham made it clear …",
    "Democrats noted …"): actors a later "he" or "they" can stand for."""
    starts = {m.span.start for m in mentions}
    for token in doc:
        named = token.pos_ == "PROPN" and token.text[:1].isupper() and token.ent_type_ in MISREAD_NAMES
        if (
            named
            and not common_noun_opening(token)
            and token.dep_ == "nsubj"
            and token.head.pos_ == "VERB"
            and token.left_edge.idx not in starts
        ):
            yield token


def role_subjects(doc: Doc) -> Iterator[Token]:
    """Descriptions of people and bodies by office, trade, family, party or cause that are the subject of a verb:
    antecedents of a later "he", "she", "they" or "it" as good as a name. Singular ones are definite or owned ("The
    Ohio senator declined to comment", "his wife said", "the Republican says", "the campaign said"); plural ones may
    be bare ("critics say", "the groups say", "eleven boards have appealed"). The plural source of "according to" is one
    too ("…, according to campaign insiders. They said …")."""
    for token in doc:
        subject = token.dep_ == "nsubj" and token.head.pos_ in {"VERB", "AUX"}
        if (token.tag_ == "NNS" and _according_to(token)) or (subject and _describes_people(token)):
            yield token


def text_subjects(doc: Doc) -> Iterator[Token]:
    """Studies, legal texts and documents (:data:`~graph.extract.actor_words.STUDY_NOUNS`,
    :data:`~graph.extract.attribution.DOCUMENT_NOUNS`) named in the singular as the subject of a verb: what a later
    speaking "it" stands for ("“…,” the report says. It also points out that …", "The letter was sent on Monday. It
    says …")."""
    texts = STUDY_NOUNS | DOCUMENT_NOUNS
    for token in doc:
        subject = token.dep_ in NOMINAL_SUBJECTS and token.head.pos_ in {"VERB", "AUX"}
        if subject and token.tag_ == "NN" and token.lemma_.lower() in texts:
            yield token


def _describes_people(token: Token) -> bool:
    """Whether a subject noun describes people or bodies: a plural of people or of bodies ("eleven boards …
    They wrote"), or a definite or owned singular."""
    lemma = token.lemma_.lower()
    if token.tag_ in {"NNS", "NNPS"}:
        return bool(
            {lemma, singular(token.lower_)} & (ROLE_NOUNS | COLLECTIVE_NOUNS | KIN_NOUNS | PARTISANS | BODY_NOUNS)
        )
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in token.lefts)
    owned = definite or any(c.dep_ == "poss" for c in token.lefts)
    # "the senator" tagged a name, and an office written in capitals ("the MP", "the Home Secretary"), are common nouns
    written = token.text.islower() or token.text.isupper() or token.lower_ in ROLE_NOUNS
    common = token.tag_ == "NN" or (token.tag_ == "NNP" and written)
    described = common and lemma in ROLE_NOUNS | KIN_NOUNS | BODY_NOUNS | PERSON_NOUNS and owned
    return described or (token.tag_ in {"NN", "NNP"} and token.lower_ in PARTISANS and definite)


def offices_given(mention: Mention, doc: Doc) -> Iterator[tuple[str, bool]]:
    """The nouns of office or trade the article gives a person at one mention of its name, each with whether it is a
    political office of :data:`POLITICAL_OFFICES`: its role ("Tom Hill, the Republican nominee"), the capitalised
    title just before it on its line or inside its mention ("Sen. Ann Lee", "Pollster Dan Ruiz"; an honorific is
    none, nor a word that ends a sentence or is no noun: "… in Kent. Ann Lee", "But Ann Lee"), and the noun of people
    it is in apposition to ("His spokesman, Kyle Moss"). An office someone else's holds ("The union's president,
    Gina Holt") is no political one."""
    role = mention.role or ""
    if role and not PARTY_AFTER.match(role):
        office = re.findall(r"[\w-]+", ROLE_END.sub("", role.lower()))
        if office:
            yield _political(office[-1], owned="'s" in role or "’s" in role)
    words = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
    if words is None:
        return
    before = doc[words.start - 1] if words.start > 0 else None
    if before is not None and _is_title(before):
        yield _political(before.text.strip(".").lower())
    named = next((t.i for t in words if t.ent_type_ == "PERSON"), words.start)
    for title in doc[words.start : named]:  # a title the mention holds: "Pollster Nate Silver"
        if _is_title(title):
            yield _political(title.text.strip(".").lower())
    if words.root.dep_ != "appos":
        return
    head = words.root.head
    if head.pos_ == "NOUN" and head.i < words.start and of_people(head):
        yield _political(head.lower_, owned=any(c.dep_ == "poss" for c in head.children))


def _is_title(word: Token) -> bool:
    """Whether the word just before a name is a title of it: a capitalised noun on its line, abbreviated or not,
    that is no honorific nor a party ("Sen.", "President", "Pollster"; not "Mr.", "Republican", "Kent.")."""
    title = word.text.strip(".").lower()
    if word.pos_ not in {"NOUN", "PROPN"} or not word.text[:1].isupper() or "\n" in word.whitespace_:
        return False
    if word.text.endswith(".") and title not in TITLE_WORDS and title not in UNTITLED:
        return False
    return title.isalpha() and title not in UNTITLED and title not in PARTY_WORDS


def office_noun(word: str) -> str:
    """The office a noun or an abbreviated title names, lower-cased, one noun for each office ("sen": "senator",
    "congresswoman": "representative")."""
    office = TITLE_WORDS.get(word, word)
    return SAME_OFFICES.get(office, office)


def _political(noun: str, *, owned: bool = False) -> tuple[str, bool]:
    office = office_noun(noun)
    return office, office in POLITICAL_OFFICES and not owned


def holds_office(
    mention: Mention, noun: str, marks: frozenset[str] = frozenset(), lead: str = "", tail: str = ""
) -> bool:
    """Whether the article names ``mention``, a person, with an office or trade whose head is ``noun``, in
    apposition ("Tom Hill, the former Ohio governor", "Tom Hill, the governor of Ohio") or as a title before the name
    ("Ohio Sen. Ann Lee"), with every one of ``marks`` among the words of that role, the capitalised words that end
    ``lead``, the text just before the name ("Ohio Gov. "), or the state of a party's initial that opens ``tail``, the
    text just after it ("Sen. Ann Lee (R-S.C.)": South Carolina's senator)."""
    letters = (mention.text.split() or [""])[-1]  # "Sarah Dyke MP": the office after the name
    given = mention.role or (letters if letters.isupper() and letters.lower() in OFFICE_LETTERS else "")
    if mention.kind is not ActorKind.PERSON or not given or not mention.text[:1].isupper():
        return False
    role = given.lower()
    office = re.findall(r"[\w-]+", ROLE_END.sub("", role))
    if PARTY_AFTER.match(given):  # "D-Ohio" read as the role: the title before the name is the office
        office = list(_title_words(lead))[:1]
    of = re.findall(r"[\w-]+", role.split(" of ", 1)[1]) if " of " in role else []  # "the governor of Ohio"
    words = {TITLE_WORDS.get(w, w) for w in [*office, *of, *_title_words(lead), *_state_words(tail)]}
    if (words & RANKS) - marks:
        return False  # "the governor" is neither the former nor the lieutenant governor
    return bool(office) and office_noun(office[-1]) == office_noun(noun) and marks <= words


def office_holders(role: Token, named: Iterable[Mention], text: str) -> Iterator[Mention]:
    """The people of ``named`` whom the article (``text``) gave the office ``role`` names, with its marks
    (:func:`proper_marks`), in apposition or as a title (:func:`holds_office`), in the order of ``named``."""
    noun, marks = role.lemma_.lower(), proper_marks(role)
    return (
        m
        for m in named
        if holds_office(
            m, noun, marks, text[max(0, m.span.start - 40) : m.span.start], text[m.span.end : m.span.end + 14]
        )
    )


def _state_words(tail: str) -> list[str]:
    """The words of the state in a party's tag that opens ``tail`` ("(R-S.C.)": "south", "carolina"; "R-Ohio":
    "ohio"), lower-cased; none where no tag opens it."""
    tag = PARTY_AFTER.match(tail)
    if tag is None:
        return []
    state = tag.group(2).lower()
    return STATES.get(re.sub(r"[.\s]", "", state), state.strip(".")).split()


def sole_office_holder(role: Token, named: Iterable[Mention], text: str) -> Mention | None:
    """The first of :func:`office_holders`, where all of them bear one surname; None where the article gave the office
    so to two people ("Tom Hill, a boxer, met Ivan Petrov, a boxer … the boxer": either may be meant)."""
    holders = list(office_holders(role, named, text))
    return holders[0] if holders and len({surname(m.text) for m in holders}) == 1 else None


def _title_words(lead: str) -> Iterator[str]:
    """The run of capitalised words that ends ``lead`` on its line, lower-cased, nearest first ("Ohio Gov.": "gov",
    "ohio"); it stops where a clause or a sentence ends, past an abbreviated title or honorific ("… on Monday. Sen.":
    "sen")."""
    for word in reversed(lead.rsplit("\n", 1)[-1].split()):
        bare = word.strip(".").lower()
        ends = word.endswith((".", "!", "?")) and bare not in TITLE_WORDS and bare not in UNTITLED
        if not word[:1].isupper() or word.endswith((",", ";", ":")) or ends:
            return
        yield bare


def proper_marks(role: Token) -> frozenset[str]:
    """The words that tell one holder of an office from another: the capitalised ones before its noun ("the Ohio
    governor", "the “Westward” star") and those of rank or time (:data:`RANKS`, :data:`TIMES`: "the former governor"
    is not the one in office, "the vice president" not the president, "the next mayor" not the one named): a
    description stands for a person the article gave an office with the same words ("Vice President Ann Lee … the
    vice president"); never its determiner, capitalised as a sentence opens ("The governor", "Her lawyer")."""
    words = [t for t in role.doc[role.left_edge.i : role.i] if t.pos_ not in {"DET", "PRON"} and t.is_alpha]
    return frozenset(t.lower_ for t in words if t.text[:1].isupper() or t.lower_ in RANKS | TIMES) - {"the"}


def role_pronoun(role: Token) -> str:
    """The pronoun a role subject takes: "they" for a plural, "it" for a body, else the one its noun says ("" when
    the noun does not say)."""
    if role.tag_ in {"NNS", "NNPS"}:
        return "they"
    lemma = role.lemma_.lower()
    if lemma in BODY_NOUNS and lemma not in ROLE_NOUNS:
        return "it"
    return ROLE_GENDERS.get(role.lower_, "")


def coordinated_subjects(doc: Doc) -> Iterator[tuple[Token, Token]]:
    """The first and last word of subjects that join names or nouns with "and" ("Mr. Grassley and Mr. Leahy say …",
    "the mayor and her deputy said …"): a group a later "they" can stand for."""
    for token in doc:
        if token.dep_ != "nsubj" or not _may_join(token) or token.head.pos_ not in {"VERB", "AUX"}:
            continue
        joined = [c for c in token.rights if c.dep_ == "conj" and _may_join(c)]
        if joined and any(c.dep_ == "cc" and c.lower_ == "and" for c in token.rights):
            yield doc[token.left_edge.i], joined[-1]


def _may_join(token: Token) -> bool:
    """Whether ``token`` names someone a group of speakers may be made of: a name, or a noun of people."""
    if token.pos_ == "PROPN":
        return True
    people = ROLE_NOUNS | COLLECTIVE_NOUNS | KIN_NOUNS | PARTISANS
    return token.pos_ == "NOUN" and bool({token.lemma_.lower(), singular(token.lower_)} & people)


def _according_to(token: Token) -> bool:
    """Whether ``token`` is the object of "according to", also where the parse took a noun before it for a verb
    ("according to cook staffers", "cook" read as a verb whose object is "staffers")."""
    to = token.head
    if token.dep_ == "dobj" and to.dep_ == "pcomp" and to.i == token.i - 1:
        token, to = to, to.head
    return token.dep_ in {"pobj", "pcomp"} and to.lower_ == "to" and to.i > 0 and to.doc[to.i - 1].lower_ == "according"


def pronoun_subjects(doc: Doc) -> Iterator[Token]:
    """The narration's subject pronouns that may pass a speaker on: "he", "she" and "they" as the subject of a verb,
    and "it" as the subject of a reporting verb ("It added …")."""
    for token in doc:
        if (token.lower_ in {"he", "she", "they"} and token.dep_ in NOMINAL_SUBJECTS) or speaking_it(token):
            yield token


def speaking_it(token: Token) -> bool:
    """Whether ``token`` is an "it" that speaks: the subject of an active reporting verb ("the company said it …;
    it added that …", "it points out that …"), an organisation named before; never the empty "it" of
    "it is said" or "it is hard to say"."""
    if token.lower_ != "it" or token.dep_ != "nsubj":
        return False
    return token.head.lemma_.lower() in REPORTING_VERBS or is_phrasal_cue(token.head)


def is_phrasal_cue(token: Token, pairs: frozenset[tuple[str, str]] = PHRASAL_CUES) -> bool:
    """Whether a verb says something with its particle (one of ``pairs``): "shot back", "went on", "pointed out"."""
    lemma = token.lemma_.lower()
    return any(c.dep_ in {"prt", "advmod"} and (lemma, c.lower_) in pairs for c in token.children)


def singular(word: str) -> str:
    return word[:-3] + "y" if word.endswith("ies") else word.removesuffix("s")
