"""Cues in a name's own words and in the phrase around it that tell what kind of actor it names, or that it names
none: an organisation's head word ("Green Party"), a name coordinated with people's names ("Ann Lee, Tom Hill and
Carla Diaz"), a phrase that only counts ("few") or that describes a thing ("a new radio ad")."""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from graph.extract.actor_words import (
    AGENT_ENDINGS,
    DAY_WORDS,
    FAITHS,
    OF_PLACES,
    ORGANISATION_ENDINGS,
    OUTLET_ENDINGS,
    OUTLET_NAMES,
    OUTLET_NOUNS,
    OUTLET_WORDS,
    PEOPLE_ENDINGS,
    PEOPLE_NOUNS,
    PEOPLE_WORDS,
    PLACE_NOUNS,
    PLURAL_PEOPLE_ENDINGS,
    PUBLISHING_VERBS,
    QUANTIFIERS,
    THING_HEADS,
    TIME_PREPOSITIONS,
    USING_VERBS,
    VENUE_HEADS,
    VENUE_PREPOSITIONS,
    WORK_HEADS,
    WRITING_NOUNS,
)
from graph.extract.attribution import REPORTING_VERBS
from graph.extract.speaker_words import BODY_NOUNS, BUSINESS_NOUNS, COMPANY_NOUNS
from graph.model import ActorKind
from graph.names import HONORIFICS, normalise

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as DocSpan

NAMED = frozenset(["PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"])
"""The recogniser's labels of names that may be actors' (a number or a date names none)."""
BODY_ENDINGS = (BODY_NOUNS | COMPANY_NOUNS | {"holdings", "industries", "enterprises", "partners", "ventures"}) - (
    PLACE_NOUNS | {"union"}
)
"""Last words of a body's name, not a place's ("Dorvan Holdings", "Acme Industries"; "Dorvan City" is a place's)."""
OUTLET_KEYS = frozenset(name.casefold() for name in OUTLET_NAMES)
"""Known outlets' names in any case: bylines and credits write them in capitals ("told POLITICO")."""


def known_outlet(name: str) -> bool:
    """Whether a name, in any case, is a known outlet's (:data:`graph.extract.actor_words.OUTLET_NAMES`)."""
    return name.casefold() in OUTLET_KEYS


def names_a_work(ent: DocSpan) -> bool:
    """Whether a name of two words or more names a work, a document or an event rather than an actor: a word of
    :data:`graph.extract.actor_words.WORK_HEADS` ends it or comes before "of" or "de" ("the Clean Rivers Act", "Rook's
    Rules of Order", "the Valley Pillow Fight")."""
    words = ent.text.split()
    if len(words) < 2:
        return False
    return words[-1] in WORK_HEADS or any(
        w in WORK_HEADS and after in {"of", "de"} for w, after in itertools.pairwise(words)
    )


def names_a_venue(ent: DocSpan) -> bool:
    """Whether an organisation's name is a building's where the text puts something in or at it: its last word is
    a venue's (:data:`graph.extract.actor_words.VENUE_HEADS`) and it is the object of "at", "in" … ("spoke at the
    Dunmore Center"; "the Dunmore Media Center found" and "an analyst at the Dunmore Policy Center" stay a body)."""
    root = ent.root
    if len(ent) < 2 or ent[-1].text not in VENUE_HEADS:
        return False
    preposition = root.head
    # "an analyst at the Dunmore Policy Center": where someone works, a body, not a place things happen in
    return root.dep_ == "pobj" and preposition.lower_ in VENUE_PREPOSITIONS and preposition.head.pos_ != "NOUN"


def cited_as_outlet(ent: DocSpan) -> bool:
    """Whether an organisation is cited as what published something: the "by" agent of a verb of publishing ("as
    reported by the Valley Ledger"), where a verb of publishing put words ("wrote in the Valley Review"), or the
    name on what outlets publish ("a Valley Review article")."""
    root = ent.root
    head = root.head
    if root.dep_ == "compound" and head.i >= ent.end:
        return head.lower_ in WRITING_NOUNS
    if root.dep_ != "pobj" or head.lower_ not in {"by", "in"}:
        return False
    verb = head.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in PUBLISHING_VERBS:
        return False
    passive = verb.tag_ == "VBN"  # "reported by the Ledger"; "the bill was written in the House" is no citing
    return passive if head.lower_ == "by" else not passive and verb.lemma_.lower() in {"write", "publish"}


def names_a_faith(ent: DocSpan) -> bool:
    """Whether a name the recogniser labelled an organisation or a group is a religion's
    (:data:`graph.extract.actor_words.FAITHS`: "Islam", "Sikhism"), no actor; never where an earlier name in the
    article ends in it, a surname ("Dalin Islam runs a shop … Islam, 52, …")."""
    if ent.label_ not in {"ORG", "NORP"} or (faith := normalise(ent.text)) not in FAITHS:
        return False
    earlier = (e for e in ent.doc.ents if e.end <= ent.start and len(e) > 1)
    return not any(normalise(e[-1].text) == faith for e in earlier)


def reads_as_thing(ent: DocSpan) -> bool:
    """Whether a name reads here as a thing or a time, not as an actor: the object of a verb of taking or using
    (:data:`graph.extract.actor_words.USING_VERBS`: "patients swallow Zelorax"), a day
    after a preposition of time ("shops close on Harvest Day"; any name after "during"), or the kind of a time or a
    thing it modifies (:data:`graph.extract.actor_words.THING_HEADS`: "the Harvest Day weekend", "Zelorax pills"). A
    person's name of two words or more is never a thing ("doctors prescribe Ana Reed" is no drug), only a day named
    after one ("on Tom Orrin Day")."""
    if ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].text not in DAY_WORDS:
        return False
    root = ent.root
    head = root.head
    if root.dep_ == "dobj":
        return head.pos_ == "VERB" and head.lemma_.lower() in USING_VERBS
    if root.dep_ == "pobj" and head.lower_ in TIME_PREPOSITIONS:
        return head.lower_ == "during" or ent[-1].text in DAY_WORDS
    return root.dep_ == "compound" and head.i >= ent.end and _lemma(head) in THING_HEADS


def names_where_based(ent: DocSpan) -> bool:
    """Whether a name is written as where something is based, a place's ("a Dorvale-based firm")."""
    root = ent.root
    after = ent.doc[ent.end : ent.end + 2]
    return [t.lower_ for t in after] == ["-", "based"] or (root.head.lower_ == "based" and root.dep_ == "npadvmod")


def nationalities(doc: Doc) -> frozenset[str]:
    """The one-word names the recogniser labels a nationality or a people (NORP) anywhere in the article, in lower
    case and without a plural's "s" ("varnian" for "Varnians")."""
    return frozenset(e.text.lower().removesuffix("s") for e in doc.ents if e.label_ == "NORP" and len(e) == 1)


def names_a_people(ent: DocSpan, nations: frozenset[str], people: frozenset[str] = frozenset()) -> bool:
    """Whether a one-word name the recogniser labelled a person or an organisation names a people, a group, not one
    actor: a plural whose singular the article labels a nationality elsewhere (``nations``, :func:`nationalities`:
    "the Tarvaks" beside "Tarvak traders"); or, labelled a person, with no "the" before it ("the Titans" is a team),
    the plural of a people's word (:func:`is_people_word`: "Varnians", "Latinos"), or a plural the tagger reads as one
    whose singular ends like one (:data:`graph.extract.actor_words.PLURAL_PEOPLE_ENDINGS`: "Hispanics"). An
    organisation's name is never a people by its ending alone ("Helionics said"), nor a surname of one of the
    article's ``people`` (:func:`graph.extract.actors.people_named`: "Tom Banks … Banks said")."""
    if len(ent) != 1 or ent.label_ not in {"PERSON", "ORG"} or _modifies(ent):
        return False
    word = ent[0].lower_
    if len(word) <= 3 or not word.endswith("s") or word in people:
        return False
    singular = word[:-1]
    if singular in nations:
        return True
    if ent.label_ != "PERSON" or (ent.start > 0 and ent.doc[ent.start - 1].lower_ == "the"):
        return False
    return is_people_word(singular) or (ent[0].tag_ == "NNPS" and singular.endswith(PLURAL_PEOPLE_ENDINGS))


def is_people_word(word: str) -> bool:
    """Whether a word in lower case is a people's or a creed's follower's by its ending or by name
    (:data:`graph.extract.actor_words.PEOPLE_ENDINGS`, :data:`graph.extract.actor_words.PEOPLE_WORDS`: "varnian",
    "tarnist", "latino")."""
    return word.endswith(PEOPLE_ENDINGS) or word in PEOPLE_WORDS


def qualifies_as_people_word(ent: DocSpan, nations: frozenset[str]) -> bool:
    """Whether a one-word name modifies the noun after it as a word of a people does, an adjective that names no
    actor: labelled a nationality elsewhere in the article (``nations``: "Varnian oil" beside "the Varnians"), or an
    adjective that is a people's word (:func:`is_people_word`: "Latino voters", "a Tarnist cell"); a town's name
    before a noun stays a place ("a Dunmore bank"), a known outlet's an outlet ("a Guardian reporter")."""
    if len(ent) != 1 or ent.label_ not in {"PERSON", "ORG"} or not _modifies(ent) or names_where_based(ent):
        return False
    word = ent[0].lower_
    if known_outlet(ent.text):
        return False
    return word in nations or (ent[0].tag_ == "JJ" and is_people_word(word))


def _modifies(ent: DocSpan) -> bool:
    """Whether a name modifies a noun after it ("Varnian voters", "a Salafist cell")."""
    root = ent.root
    return root.dep_ in {"compound", "amod"} and root.head.i >= ent.end and root.head.pos_ in {"NOUN", "PROPN"}


def named_as_place(ent: DocSpan) -> bool:
    """Whether the text calls a name a place's by a noun of places (:data:`graph.extract.actor_words.PLACE_NOUNS`):
    after it and "of" ("the northern city of Varnold"), or beside it in apposition ("Varnold, a port town", "the
    region's capital, Varnold"); or by a noun of what places have before "of" ("the people of Varnold",
    :data:`graph.extract.actor_words.OF_PLACES`). A name the recogniser labelled an organisation is told a place so
    too ("the town of Dorvan"), unless its words are a body's: an organisation's head word or a noun of bodies ends
    it ("the state of Dorvan Holdings", "the people of Acme Industries")."""
    if ent.label_ not in {"PERSON", "GPE", "LOC", "ORG", ""}:
        return False
    if ent.label_ == "ORG" and (has_organisation_head(ent) or normalise(ent[-1].text) in BODY_ENDINGS):
        return False
    root = ent.root
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in OF_PLACES:
        return head.head.i < ent.start
    if root.dep_ == "pobj" and head.lower_ == "of" and _lemma(head.head) in PLACE_NOUNS:
        return head.head.i < ent.start and head.head.dep_ != "compound"
    return beside_noun(ent, PLACE_NOUNS, modifier=False)  # "the state Senate", "city Council": bodies of places


def names_before_noun(ent: DocSpan, nouns: frozenset[str]) -> bool:
    """Whether a name modifies one of ``nouns`` right after it, which the recogniser left out of the name: "Varnold
    County" (a place), "Dorvan magazine" (an outlet)."""
    root, doc = ent.root, ent.doc
    return ent.end < len(doc) and root.head.i == ent.end and root.dep_ == "compound" and doc[ent.end].lower_ in nouns


def beside_noun(ent: DocSpan, nouns: frozenset[str], modifier: bool = True) -> bool:
    """Whether one of ``nouns`` stands in apposition to a name, on either side ("Kommersant, a business daily", "the
    militant group Kalvar", "the region's capital, Varnold"), or, with ``modifier``, modifies it right before it ("the
    news outlet Meduza"; "group member Ann Lee" is no group: "member" comes between)."""
    root = ent.root
    head = root.head
    outside = not ent.start <= head.i < ent.end
    if root.dep_ == "appos" and outside and _lemma(head) in nouns:
        return True
    after = [c for c in root.children if c.dep_ == "appos" and c.i >= ent.end]
    if after and _lemma(after[0]) in nouns:  # "Ann Lee, a spokeswoman for Acme, the organisation that …": no body
        return True
    return modifier and any(_lemma(t) in nouns and t.dep_ == "compound" and t.i == ent.start - 1 for t in root.lefts)


def ends_in_outlet_noun(ent: DocSpan) -> bool:
    """Whether a name of two words or more ends like an outlet's, a place's never: in a noun of outlets
    (:data:`graph.extract.actor_words.OUTLET_ENDINGS`: "Varnold Magazine", "the Dorvan newspaper"), a person's only
    right after "the" ("The Dorvan Magazine"; "Jo Magazine spoke" is a person); or, for a name the recogniser took for
    a person's, right after "the", in an outlet's name word (:data:`graph.extract.actor_words.OUTLET_WORDS`: "told the
    Dorvan Gazette"; "Tom Daily" stays a person)."""
    if len(ent) < 2 or ent.label_ in {"GPE", "LOC"}:
        return False
    if ent[-1].lower_ in OUTLET_ENDINGS:
        return ent.label_ != "PERSON" or _after_the(ent)
    return ent.label_ == "PERSON" and ent[-1].text in OUTLET_WORDS and _after_the(ent)


def _after_the(ent: DocSpan) -> bool:
    """Whether "the" opens a name or stands right before it ("The Dorvan Magazine", "told the Dorvan Gazette")."""
    return ent[0].lower_ == "the" or (ent.start > 0 and ent.doc[ent.start - 1].lower_ == "the")


def _lemma(token: Token) -> str:
    """A common noun's lemma, also of one written as a short abbreviation in capitals ("the former Acme CEO"); a
    capitalised word is part of a name ("the Dorvan Group"), no noun of a kind."""
    if token.text.isupper() and token.text.isalpha() and len(token.text) <= 3:
        return token.lower_
    return (token.lemma_.lower() or token.lower_) if token.text.islower() else ""


def has_honorific(ent: DocSpan) -> bool:
    """Whether an honorific opens a name or stands right before it ("Mrs Howard", "Mr. Lee")."""
    first = normalise(ent.text).split(" ", 1)[0]
    before = ent.doc[ent.start - 1].lower_.strip(".") if ent.start else ""
    return first in HONORIFICS or before in HONORIFICS


def has_organisation_head(ent: DocSpan) -> bool:
    """Whether a name of two words or more ends in a word only organisations' names end in ("the Green Party",
    "Rand Corporation"; :data:`graph.extract.actor_words.ORGANISATION_ENDINGS`: "Kestrel Dairy")."""
    return len(ent) > 1 and normalise(ent[-1].text) in ORGANISATION_ENDINGS


def coordinated_with_people(ent: DocSpan) -> bool:
    """Whether a name is written as a person's among people's: two or three capitalised words, none an outlet's or
    an organisation's, joined by "and" or commas to names the recogniser calls people and to no other names ("Ann
    Lee, Tom Hill and Carla Diaz"): a list coordinates like with like."""
    words = ent.text.split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and w.isalpha() for w in words):
        return False
    if set(words) & OUTLET_WORDS or {normalise(w) for w in words} & ORGANISATION_ENDINGS:
        return False
    named = [t.ent_type_ for t in ent.root.conjuncts if t.ent_type_]
    return bool(named) and all(kind == "PERSON" for kind in named)


def names_an_actor(phrase: DocSpan, kind: ActorKind | None = None) -> bool:
    """Whether a phrase a speaker or a participant was read from can name an actor: a name, a pronoun, a plural
    ("critics", "130 people"), a description headed by a noun of people, of bodies or of outlets ("the spokesman",
    "the company", "the victim", "the magazine") or that a name opens ("Vanity Fair magazine"); never words that
    only count ("few are calling for …") nor a singular noun of a thing ("a new radio ad calling it dangerous",
    "troop strength … asked whether"); ``kind``: what the phrase was read as, where an outlet ("Just the News")
    and a group of people named by a noun ("several city MPs") stay actors whatever the tagger made of their words."""
    root = phrase.root
    if kind is ActorKind.OUTLET or (kind is ActorKind.GROUP and root.pos_ in {"NOUN", "PROPN"}):
        return True  # read as an outlet by its name, or as people by their noun ("several city MPs")
    if root.ent_type_ in NAMED or root.pos_ == "PRON" or (root.pos_ == "PROPN" and not common_noun_opening(root)):
        return True
    if all(t.lower_ in QUANTIFIERS or t.pos_ in {"DET", "ADV", "PUNCT"} for t in phrase):
        return False
    if root.pos_ != "NOUN" or root.tag_ in {"NNS", "NNPS"} or _named_before(phrase):
        return True
    return person_or_body(root.lemma_.lower() or root.lower_) or root.lower_ in OUTLET_NOUNS


def common_noun_opening(word: Token) -> bool:
    """Whether a word the tagger read as a proper noun is a common noun capitalised only because it opens its
    sentence, as the article writes it in lower case elsewhere ("Fire hit a house ... the fire spread")."""
    if not word.is_sent_start or word.ent_type_ or not word.is_title or word.head.lemma_.lower() in REPORTING_VERBS:
        return False  # "Hope said she …": one who speaks is someone
    return any(t.lower_ == word.lower_ and t.is_lower and t.pos_ == "NOUN" for t in word.doc)


def _named_before(phrase: DocSpan) -> bool:
    """Whether a name comes before the head of a description ("Vanity Fair magazine", "Iran's state television")."""
    return any(t.pos_ == "PROPN" or t.ent_type_ in NAMED for t in phrase if t.i < phrase.root.i)


def person_or_body(noun: str) -> bool:
    """Whether a singular common noun names a person or a body of people: a known one, or one with an agent's
    ending ("writer", "economist", "resident"; not "the agreement"), or a business ("the supermarket chain")."""
    if noun in PEOPLE_NOUNS or noun in BODY_NOUNS or noun in COMPANY_NOUNS or noun in BUSINESS_NOUNS:
        return True
    return noun.endswith(AGENT_ENDINGS) and not noun.endswith("ment")
