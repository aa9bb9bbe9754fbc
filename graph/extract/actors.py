"""Actor mentions: named entities typed as people, organisations, outlets and places, with the roles the text gives.

Unnamed groups that speak ("more than 30 Russian municipal deputies") are found by the quote attribution, which
uses :func:`mention_at` to turn a speaker token into a mention.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from graph.extract.actor_cues import (
    beside_noun,
    cited_as_outlet,
    coordinated_with_people,
    ends_in_outlet_noun,
    has_honorific,
    has_organisation_head,
    is_people_word,
    known_outlet,
    named_as_place,
    names_a_faith,
    names_a_people,
    names_a_venue,
    names_a_work,
    names_before_noun,
    names_where_based,
    nationalities,
    qualifies_as_people_word,
    reads_as_thing,
)
from graph.extract.actor_words import (
    BODY_APPOSITIVES,
    FIRM_TRADES,
    NOT_NAMES,
    ORGANISATION_ENDINGS,
    OUTLET_NOUNS,
    OUTLET_WORDS,
    PERSON_APPOSITIVES,
    PLACE_NOUNS,
    PLACE_PREPOSITIONS,
    PLURAL_PEOPLE_ENDINGS,
    PRODUCT_NOUNS,
    PUBLICATION_NOUNS,
    SERVICE_TRADES,
    STREET_PREPOSITIONS,
    STREET_WORDS,
    STUDY_NOUNS,
    THING_VERBS,
    TIME_ZONES,
)
from graph.extract.ages import aged_name
from graph.extract.headlines import TitleCaseLines, before_possessive, cut_back, names_in_sentence_case
from graph.extract.speaker_words import BODY_NOUNS, BUSINESS_NOUNS, PARTISANS, ROLE_NOUNS, names_a_party, trade_giant
from graph.model import ActorKind, Article, Mention, Span
from graph.names import NAME_PARTICLES, TITLES, is_given_name, normalise, opens_with_rank
from graph.nlp.loader import AGE_UNITS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as DocSpan

ENTITY_KINDS = {
    "PERSON": ActorKind.PERSON,
    "ORG": ActorKind.ORGANIZATION,
    "GPE": ActorKind.PLACE,
    "LOC": ActorKind.PLACE,
    "FAC": ActorKind.PLACE,
}
PLATFORMS = frozenset(
    [
        "telegram",
        "twitter",
        "x",
        "facebook",
        "youtube",
        "instagram",
        "tiktok",
        "vkontakte",
        "vk",
        "whatsapp",
        "truth",
        "social",
        "weibo",
        "wechat",
        "linkedin",
        "threads",
        "bluesky",
        "substack",
        "reddit",
    ]
)
SHARE_NOUNS = frozenset(
    ["percent", "%", "majority", "minority", "plurality", "share", "proportion", "fraction", "half"]
)
"""Nouns that name a share of people ("46 percent of voters", "a majority of members", "23 percent"): a group, never a
person."""
GROUP_HEADS = frozenset(
    [
        "deputies",
        "mps",
        "legislators",
        "lawmakers",
        "officials",
        "members",
        "councillors",
        "councilors",
        "residents",
        "protesters",
        "activists",
        "bloggers",
        "critics",
        "analysts",
        "experts",
        "soldiers",
        "troops",
        "propagandists",
        "leaders",
        "ministers",
        "authorities",
        "citizens",
        "people",
        "workers",
        "voters",
        "supporters",
        "opponents",
        "representatives",
        "delegates",
        "politicians",
        "generals",
        "commanders",
        "police",
    ]
)
"""Heads of phrases that name a group of people however the tagger reads their number ("police" takes a plural verb)."""
POSSESSIVE = re.compile(r"\s*['’]s?$")
MARKUP = '"<>=/'
"""Characters of page markup that a word copied out of HTML may open with ('">Okafor'): never a name's."""
PERSON_NOUNS = frozenset(
    [
        "blogger",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "official",
        "deputy",
        "minister",
        "president",
        "analyst",
        "expert",
        "correspondent",
        "commander",
        "source",
        "lawmaker",
        "legislator",
        "diplomat",
        "senator",
        "governor",
        "mayor",
        "lawyer",
        "journalist",
        "reporter",
        "editor",
        "activist",
        "author",
        "witness",
        "resident",
        "soldier",
        "general",
        "adviser",
        "advisor",
        "aide",
        "chief",
        "head",
        "leader",
    ]
)
LIST_WORDS = frozenset(["and", ","])
"""Words that join the names of a list ("Lee and Hill", "Lee, Hill")."""
OBJECTS = frozenset(["dobj", "ccomp", "xcomp"])
"""What a verb used actively and transitively takes: "Acme sold two million" acts, "the gadget sold well" does not."""
OFFICE_TITLES = frozenset(["secretary", "secretaries", "undersecretary", "minister", "ministers"])
"""Titles of offices that "of" and one word complete ("Secretary of State", "Minister of Defence")."""
EPITHET_DEPS = frozenset(["det", "amod", "nummod", "punct", "npadvmod"])
"""What stands before a name as its article and epithets ("The", "32-year-old", "veteran")."""
WEB_ADDRESS = re.compile(r"\w+://|www\.", re.I)
"""A web address, which names no one ("https://twitter.com/JeffHorwitz"); a site's name does ("TMZ.com")."""
IMPERATIVES = frozenset(["follow", "contact", "email", "reach", "message"])
"""Verbs a reader's note opens with before a writer's name ("Follow Jeff Horwitz on Twitter", "Contact Ann Lee at
…"), which the recogniser may take into the name."""
NOT_IN_NAMES = frozenset(["on", "at", "in", "to", "from", "with", "into", "as", "for", "by", "after", "before", "/"])
"""Prepositions, in lower case, that no person's name holds ("of" does: "Catherine of Aragon"), and the slash of a
photo credit ("Ann Lee/Reuters": the photographer, then the agency)."""
CLOCK_TIME = re.compile(
    r"\d{1,2}[:.]\d\d(?:[ap]\.?m\.?)?|\d{1,2}[ap]\.?m\.?|[ap]\.m\.|(?:[01]\d|2[0-3])[0-5]\d|noon|midnight", re.I
)
"""A clock time's last word, as the tokenizer leaves it: "06:00", "9.30am", "6pm", "p.m.", "1300", "noon"."""
ROLE_STOP = re.compile(r"\s*(?:,|\bwho\b|\bwhich\b|\bthat\b).*$", re.S)


def extract_mentions(doc: Doc, article: Article) -> Iterator[Mention]:
    """Every named actor in the article's body; a name run on in a title-case headline is cut back to the name the
    article gives elsewhere (:func:`graph.extract.headlines.cut_back`)."""
    lines = TitleCaseLines(doc)
    known = names_in_sentence_case(doc, lines)
    people = people_named(doc)
    nations = nationalities(doc)
    taken = 0  # where the last name ends: one that took in the words after it ("von der" + "Leyen") holds them
    for ent in doc.ents:
        ent = without_loose_end(before_possessive(cut_back(ent, known, lines), known))
        kind = ENTITY_KINDS.get(ent.label_)
        span = Span(ent.start_char, ent.end_char)
        if kind is None or not article.in_body(span) or is_platform(ent.text) or not names_something(ent):
            continue
        if names_a_work(ent) or names_a_faith(ent) or qualifies_as_people_word(ent, nations):
            continue
        if completes_title(ent) or ent.start_char < taken:
            continue
        ent = person_before_phrase(ent)
        for name in listed_people(ent, people) or with_affiliation(ent):
            mention = entity_mention(name, article, nations, people)
            taken = mention.span.end
            yield mention


STYLES = frozenset(
    ["prince", "princess", "duke", "duchess", "earl", "countess", "king", "queen", "lord", "lady", "baron",
     "baroness", "marquess", "viscount", "archbishop", "bishop"]
)  # fmt: skip
"""Words of a style that "of" and a place complete ("Princess of Wales", "Duke of Kent")."""


def with_affiliation(ent: DocSpan) -> list[DocSpan]:
    """A person's name the recogniser ran on into the body the person is "of" ("Daniel Osei of Hartwell Bank"), as
    the person's name and the body's; else the name alone. Only after a full name that a given name opens: "the
    Duke of Kent" and "Bank of England" stay whole."""
    cut = next((t.i for t in ent if t.lower_ == "of"), None)
    if ent.label_ != "PERSON" or cut is None or cut - ent.start < 2 or cut + 1 >= ent.end:
        return [ent]
    name = ent.doc[ent.start : cut]
    if not (all(_name_word(t) for t in name) and is_given_name(name[0].text)):
        return [ent]
    if any(t.lower_ in STYLES or normalise(t.text) in TITLES for t in name[1:]):
        return [ent]  # "Catherine Princess of Wales": a style, not a body
    body = ent.doc[cut + 1 : ent.end]
    name.label_, body.label_ = "PERSON", "ORG"
    return [name, body]


def people_named(doc: Doc) -> frozenset[str]:
    """The people the recogniser names in the article, each by its full name and by its surname (normalised): those
    of its names of two words or more that list no one ("Ann Lee", "lee"; not "Ann Lee and Tom Hill")."""
    found = set()
    for ent in doc.ents:
        words = normalise(ent.text).split()
        if ent.label_ == "PERSON" and len(words) > 1 and not any(t.lower_ in LIST_WORDS for t in ent):
            found |= {" ".join(words), words[-1]}
    return frozenset(found)


def listed_people(ent: DocSpan, people: frozenset[str]) -> list[DocSpan]:
    """The people an entity lists by name, as a person's name each ("Lee and Hill", "Lee, Hill": the recogniser took
    a list for one name), when every name of the list is one of the article's ``people`` (:func:`people_named`);
    else none: "Lee and Hill" is a law firm where the article names no Lee nor Hill."""
    from spacy.tokens import Span as DocSpan

    doc, parts, start = ent.doc, [], ent.start
    for token in ent:
        if token.lower_ in LIST_WORDS:
            parts.append(doc[start : token.i])
            start = token.i + 1
    parts.append(doc[start : ent.end])
    parts = [part for part in parts if len(part)]  # "Lee, Hill, and Chan": nothing between the comma and "and"
    if len(parts) < 2 or not all(part.text and normalise(part.text) in people for part in parts):
        return []
    return [DocSpan(doc, part.start, part.end, label="PERSON") for part in parts]


def person_before_phrase(ent: DocSpan) -> DocSpan:
    """A person's name the recogniser ran on into a phrase after it ("Chris Ivory on Injured Reserve") or into a
    credit's agency ("Gary Lund/Reuters") or a web address ("Jeff Horwitz https://twitter.com/…"), cut before the
    preposition, the slash or the address, which no person's name holds; and
    one it ran on from the verb of a reader's note that opens the sentence ("Follow Jeff Horwitz on Twitter", "Contact
    Ann Lee at …"), cut after the verb where a given name follows it."""
    from spacy.tokens import Span as DocSpan

    if ent.label_ != "PERSON":
        return ent
    cut = next((t.i for t in ent[1:] if t.text in NOT_IN_NAMES or WEB_ADDRESS.match(t.text)), None)
    ent = ent if cut is None else DocSpan(ent.doc, ent.start, cut, label="PERSON")
    opening = ent[0]
    if len(ent) > 2 and opening.is_sent_start and opening.lower_ in IMPERATIVES and is_given_name(ent[1].text):
        return DocSpan(ent.doc, ent.start + 1, ent.end, label="PERSON")  # "Follow Jeff Horwitz on Twitter"
    return ent


def product_names(doc: Doc) -> frozenset[str]:
    """The names of organisations the article writes as things made and sold, which are no actors: counted or
    taken one at a time ("a million iPods", "an iPod"), or naming the kind of thing ("the iPod music player", "its
    Mac computers"); never a name the article elsewhere makes act as a maker does, the subject of a verb with an
    object ("Apple unveiled ...", but "the gadget costs 300 dollars") or the agent of a passive ("... was announced
    by Ford")."""
    products, makers = set(), set()
    for ent in doc.ents:
        if ent.label_ != "ORG":
            continue
        name = normalise(POSSESSIVE.sub("", ent.text))
        if _acts(ent):
            makers.add(name)
        thing = _written_as_thing(ent)
        if thing:
            products.add(name.removesuffix("s") if thing == "counted" else name)
    return frozenset(products - makers) | thing_names(doc)


def thing_names(doc: Doc) -> frozenset[str]:
    """The names the recogniser took for a person's or an organisation's that every mention in the article reads as
    a thing or a time (:func:`graph.extract.actor_cues.reads_as_thing`): "patients take Zelorax … Zelorax pills", "shops
    close on Harvest Day"; a name that acts once ("Zelorax said") or that the text names otherwise stays an actor."""
    readings: dict[str, bool] = {}
    for ent in doc.ents:
        if ent.label_ in {"PERSON", "ORG"}:
            name = normalise(POSSESSIVE.sub("", ent.text))
            readings[name] = readings.get(name, True) and reads_as_thing(ent)
    return frozenset(name for name, thing in readings.items() if thing)


def _acts(ent: DocSpan) -> bool:
    """Whether a name acts as a maker does here: the subject of a verb with an object, the agent of a passive."""
    root = ent.root
    head = root.head
    if root.dep_ == "nsubj" and head.lemma_.lower() not in THING_VERBS:
        return any(c.dep_ in OBJECTS for c in head.children)
    return root.dep_ == "pobj" and head.dep_ == "agent"


def _written_as_thing(ent: DocSpan) -> str:
    """How a name is written as a thing here: "counted" ("two million iPods"), "single" ("an iPod"), "kind" ("the
    iPod music player"), or "" when it is not."""
    root = ent.root
    head = root.head
    lefts = [c for c in root.lefts if c.i < ent.start]
    if root.tag_ in {"NNPS", "NNS"} and any(c.dep_ == "nummod" for c in lefts):
        return "counted"
    if any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in lefts):
        return "single"
    kind = root.dep_ == "compound" and head.lemma_.lower() in PRODUCT_NOUNS and head.i >= ent.end
    return "kind" if kind and any(c.dep_ in {"det", "poss"} for c in head.lefts) else ""


def is_product(mention: Mention, products: frozenset[str]) -> bool:
    """Whether an organisation's or a person's mention names one of the article's :func:`product_names` ("iPods" for
    "iPod", "Zelorax" taken as a drug)."""
    name = normalise(POSSESSIVE.sub("", mention.text))
    named = mention.kind in {ActorKind.ORGANIZATION, ActorKind.PERSON}
    return named and (name in products or name.removesuffix("s") in products)


STANCE = re.compile(r"(?i)(?:pro|anti)-\S+$")
"""A word of a stance for or against someone or something: "pro-Clinton", "anti-Brexit", no name."""


def names_something(ent: DocSpan) -> bool:
    """Whether an entity is a name at all: one letter is not, nor words with no capital letter ("followed by tacit
    admissions" tagged a person), nor abbreviated titles alone ("Det."), nor one word the parser reads as an adverb, a
    preposition or the like, or that modifies its clause as an adverb does ("Halfway through the month, ..."), nor a
    web address, nor a stance ("pro-Clinton", "anti-Brexit"), nor one word of a common adjective capitalised for opening
    its sentence ("Outright victory is vital"), nor a person "a" brings in ("this is a Hail Mary pass": a sort, no
    one)."""
    if len(ent.text.strip(".")) < 2:  # an initial or a letter alone ("Q:" opening an interview's question)
        return False
    if not written_as_name(ent.text) or all(_abbreviated_title(word) for word in ent):
        return False  # no capital letter, or abbreviated titles alone ("Det." tagged apart from "Insp. Ann Lee")
    if _zone_of_clock_time(ent) or WEB_ADDRESS.match(ent.text):
        return False  # "https://twitter.com/JeffHorwitz" tagged a person: an address names no one
    if STANCE.match(ent.text):
        return False  # "the main pro-Clinton super PAC": a stance towards someone, no one
    if ent.label_ == "PERSON" and ent[0].lower_ in {"a", "an"}:
        return False
    if len(ent) == 1 and ent.root.pos_ == "ADJ" and ent.root.dep_ == "amod" and ent.root.is_sent_start:
        return False
    return len(ent) > 1 or (ent.root.pos_ not in NOT_NAMES and ent.root.dep_ != "advmod")


def _zone_of_clock_time(ent: DocSpan) -> bool:
    """Whether an entity is the time zone of the clock time before it ("06:00 BST", "9 a.m. EDT", "(1700 GMT)")."""
    if ent.text not in TIME_ZONES or ent.start == 0:
        return False
    before = ent.doc[ent.start - 1]
    return before.ent_type_ == "TIME" or CLOCK_TIME.fullmatch(before.text) is not None


def written_as_name(text: str) -> bool:
    """Whether words are written as a name: with a capital letter, or as a handle ("@acme"); "tacit admissions", which
    the recogniser may tag a person, are not."""
    return any(c.isupper() for c in text) or text.startswith("@")


def completes_title(ent: DocSpan) -> bool:
    """Whether an entity is a word of an office's title rather than an actor: "State" in "Secretary of State" or "the
    secretary of State" (a secretary or minister, "of", then one word) names an office, not the department; so does
    the department's word before "Secretary" or "Minister" ("the Home Secretary", "Health Minister Ann Cole"), where
    the recogniser tags "Home" or "Health" alone. "The Secretary of the Navy", "a Home Office minister" and "the chief
    executive of Acme" keep their actor."""
    doc = ent.doc
    if len(ent) == 1 and ent.end < len(doc) and doc[ent.end].text in {"Secretary", "Minister"}:
        return ent.root.head.i == ent.end  # "Home Secretary", not "EU ministers" nor "a Home Office minister"
    if len(ent) > 1 or ent.start < 2 or doc[ent.start - 1].lower_ != "of":
        return False
    return doc[ent.start - 2].lower_ in OFFICE_TITLES


def entity_mention(
    ent: DocSpan, article: Article, nations: frozenset[str] = frozenset(), people: frozenset[str] = frozenset()
) -> Mention:
    """The mention for a named entity, typed from its label and the text around it (:func:`kind_of`; ``nations``: the
    article's words of peoples, :func:`graph.extract.actor_cues.nationalities`; ``people``: :func:`people_named`),
    with the role its context gives."""
    ent = with_trade(with_surname_particle(with_given_names(with_nickname(ent))))
    kind = kind_of(ent, article, nations, people)
    span = _own_words(ent.start_char, POSSESSIVE.sub("", ent.text.rstrip()))
    # the article's own characters: the analysed text has plain spaces where the article has odd ones
    return Mention(span, span.slice(article.text), kind, role_of(ent))


OPENING_QUOTES = frozenset(['"', "“", "'", "‘"])
CLOSING_QUOTES = frozenset(['"', "”", "'", "’"])
NICKNAME_WORDS = 4
"""The most words a nickname quoted inside a name holds ("Tony the Hat")."""


def with_nickname(ent: DocSpan) -> DocSpan:
    """A person's name with the nickname quoted inside it, where the recogniser cut the name at the nickname
    ('Anthony "Tony the' of 'Anthony "Tony the Hat" Carbone', "Vincent '" of "Vincent 'Chin' Gigante"): from the given
    name before the opening quote to the surname right after the closing one."""
    if ent.label_ != "PERSON":
        return ent
    doc = ent.doc
    for quote in doc[ent.start + 1 : ent.end]:
        given = doc[quote.i - 1]
        if quote.text not in OPENING_QUOTES or not (given.pos_ == "PROPN" and given.is_title):
            continue
        words = doc[quote.i + 1 : quote.i + 2 + NICKNAME_WORDS]
        close = next((t for t in words if t.text in CLOSING_QUOTES), None)
        if close is None or close.i == quote.i + 1 or close.i + 1 >= len(doc):
            continue
        surname = doc[close.i + 1]
        if (
            surname.is_title
            and surname.is_alpha
            and surname.ent_type_ not in {"DATE", "TIME"}
            and not surname.is_sent_start
        ):
            named = doc[ent.start : close.i + 2]
            named.label_ = ent.label_
            return named
    return ent


def with_given_names(ent: DocSpan) -> DocSpan:
    """A person's name with the given names the recogniser left out of it ("Even Ramzan Kadyrov" tagged "Kadyrov"):
    the capitalised proper nouns right before a lone surname that the parser attaches to it as compounds and that
    are no title ("President", "Mr", "blogger": :data:`graph.names.TITLES`). A name of two words or more has its given
    name already: a capitalised word before it is a title or an epithet ("Crooked Ann Lee" is Ann Lee)."""
    if ent.label_ != "PERSON" or len(ent) > 1:
        return ent
    doc, start = ent.doc, ent.start
    while start > 0:
        word = doc[start - 1]
        given = word.pos_ == "PROPN" and word.dep_ == "compound" and ent.start <= word.head.i < ent.end
        if not (given and word.is_title and word.is_alpha and not word.ent_type_ and word.whitespace_):
            break
        if normalise(word.text) in TITLES:
            break
        start -= 1
    if start == ent.start:
        return ent
    named = doc[start : ent.end]
    named.label_ = ent.label_
    return named


def with_trade(ent: DocSpan) -> DocSpan:
    """A firm's name the recogniser cut before the trade that ends it ("Platte River" of "Platte River Networks",
    "Kestrel" of "Kestrel Dairy"): with that capitalised word, as an organisation's name."""
    doc = ent.doc
    if ent.end >= len(doc) or ent.label_ not in {"ORG", "GPE", "LOC", "FAC", "PERSON"}:
        return ent
    trade = doc[ent.end]
    if not (trade.is_title and trade.lower_ in FIRM_TRADES | SERVICE_TRADES and doc[ent.end - 1].whitespace_):
        return ent
    named = doc[ent.start : ent.end + 1]
    named.label_ = "ORG"
    return named


LOOSE_ENDS = frozenset(["and", "or", "-", "–", "—", "--", ",", ";", ":"])
"""Words no name ends in, which the recogniser may run a name on into: "a vote for Tom Ruiz - and that is …"."""


def without_loose_end(ent: DocSpan) -> DocSpan:
    """A name without the conjunction or the dash the recogniser ran it on into ("Tom Ruiz - and" of "a vote for Tom
    Ruiz - and that is a terrible thing"); a name of one word stays whole."""
    end = ent.end
    while end - ent.start > 1 and ent.doc[end - 1].lower_ in LOOSE_ENDS:
        end -= 1
    if end == ent.end:
        return ent
    named = ent.doc[ent.start : end]
    named.label_ = ent.label_
    return named


def with_surname_particle(ent: DocSpan) -> DocSpan:
    """A person's name the recogniser cut after a surname particle ("Ursula von der" of "Ursula von der Leyen"):
    with the capitalised word that follows it."""
    doc = ent.doc
    if ent.label_ != "PERSON" or ent.end >= len(doc) or doc[ent.end - 1].text not in NAME_PARTICLES:
        return ent
    if not (doc[ent.end].is_title and doc[ent.end].is_alpha and doc[ent.end - 1].whitespace_):
        return ent
    named = doc[ent.start : ent.end + 1]
    named.label_ = ent.label_
    return named


def _plural_verb(subject: Token) -> bool:
    """Whether a noun is the subject of a verb in the present plural ("States pool their funds", "Pellows
    have said"), which no one person takes; not one of several joined by "and" ("Dorgle and Ann Lee say")."""
    if subject.dep_ not in {"nsubj", "nsubjpass"} or any(c.dep_ == "conj" for c in subject.children):
        return False
    verb = subject.head
    helpers = [c for c in verb.children if c.dep_ in {"aux", "auxpass"} and c.i < verb.i]
    return (helpers[0] if helpers else verb).tag_ == "VBP"


def mention_at(token: Token, article: Article) -> Mention:
    """The mention naming ``token``: its entity if it is in one, else its noun phrase (an unnamed group)."""
    doc = token.doc
    if token.ent_type_ in ENTITY_KINDS:
        ent = _entity_of(token)
        if ent is not None:  # the part of a run-on name that holds the token ("Osei" of "Daniel Osei of Hartwell Bank")
            part = next((p for p in with_affiliation(ent) if p.start <= token.i < p.end), ent)
            return entity_mention(part, article)
    left = token
    for child in token.lefts:
        if child.dep_ in {"det", "amod", "compound", "nummod", "quantmod", "advmod", "poss", "nmod", "case"}:
            left = min(left, child.left_edge, key=lambda t: t.i)
    left = _name_start(token, left)
    right = token.i
    for child in token.rights:
        if child.dep_ == "prep" and child.lower_ in {"from", "of", "in", "with"}:
            right = max(right, child.right_edge.i)
    span = doc[left.i : right + 1]
    plural = token.tag_ in {"NNS", "NNPS"} or token.lower_ in GROUP_HEADS | SHARE_NOUNS or _plural_verb(token)
    person = token.pos_ in {"NOUN", "PROPN"} or _age_as_noun(token)
    kind = ActorKind.GROUP if plural else ActorKind.PERSON if person else ActorKind.GROUP
    if (
        kind is ActorKind.PERSON
        and token.pos_ == "NOUN"
        and (token.lower_ in BODY_NOUNS | BUSINESS_NOUNS | STUDY_NOUNS or trade_giant(token))
    ):
        kind = ActorKind.ORGANIZATION  # "the Varn administration", "The retailer", "a Hale poll": a body, no person
    ending = token.pos_ == "PROPN" and token.lower_.rstrip(".") in ORGANISATION_ENDINGS
    if ending and (kind is ActorKind.PERSON or (plural and len(span) > 1 and token.tag_ == "NNPS")):
        kind = ActorKind.ORGANIZATION  # "Acme Corp", "the Tarn Institute", "Halvorsen Foods" the recogniser missed
    if kind is ActorKind.PERSON and token.pos_ == "PROPN" and beside_noun(span, BODY_APPOSITIVES, modifier=False):
        kind = ActorKind.ORGANIZATION  # "Unite, the union, said": a body's name the recogniser missed
    if (token.text[:1].isupper() and is_outlet(span.text, article)) or token.lower_ in PUBLICATION_NOUNS:
        kind = ActorKind.OUTLET
    found = _own_words(span.start_char, span.text)
    return Mention(found, found.slice(article.text), kind)


def _age_as_noun(token: Token) -> bool:
    """Whether a word is the "old" of an age that stands for a person ("The 29-year-old added"): one person, no
    group, though the tagger reads it as an adjective."""
    return token.lower_ == "old" and any(c.lemma_.lower() in AGE_UNITS and c.i < token.i for c in token.lefts)


def _own_words(start: int, text: str) -> Span:
    """The span of the words of ``text``, which starts at ``start``: without the blanks around them (a name the
    recogniser ran on into the line break after it) or page markup before them ('">Okafor said', copied out of a web
    page)."""
    words = text.rstrip().lstrip(" \t\n\r\f\v" + MARKUP)
    begin = start + len(text.rstrip()) - len(words)
    return Span(begin, begin + len(words))


def _name_start(token: Token, left: Token) -> Token:
    """Where a noun phrase from ``left`` to ``token`` starts as a mention: at the name of one it ends in, behind the
    article and epithets before it ("The 32-year-old Ann Varo" is Ann Varo, the recogniser having missed the name or
    taken it for a people's), where that name is a run of capitalised words, no title among them; else at ``left``
    ("the Prime Minister", "the first Airbus A380", "80,000 Democrats", "specifically Rule 40", a law's name, "the
    senior Democrat", "a 60-year-old Iraqi")."""
    start = token
    while start.i > left.i and _name_word(word := token.doc[start.i - 1]):
        start = word
    run = token.doc[start.i : token.i + 1]
    if start.i == left.i or token.tag_ != "NNP" or token.ent_type_ not in {"", "NORP"}:
        return left
    if not all(_name_word(t) for t in run) or any(normalise(t.text) in TITLES for t in run):
        return left
    lower = token.lower_
    if lower in PARTISANS or is_people_word(lower) or lower.endswith((*PLURAL_PEOPLE_ENDINGS, "i")):
        return left  # "the senior Democrat", "the young Iraqi": someone described by a side or a people, unnamed
    before = token.doc[left.i : start.i]
    epithets = all(t.dep_ in EPITHET_DEPS and (t.dep_ != "det" or t.lower_ == "the") for t in before)
    if epithets or (len(run) > 1 and _office_noun(before[-1])):
        return start  # "Ohio Department of Health spokesperson Mark Delaney" is Mark Delaney
    return left  # "a veteran Varo" is someone new, no name


def _office_noun(word: Token) -> bool:
    """Whether a word is a common noun of someone's office or trade, which a full name may follow ("spokesperson")."""
    return word.pos_ == "NOUN" and word.lemma_.lower() in ROLE_NOUNS | PERSON_NOUNS


def _name_word(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.is_title and token.is_alpha


def _entity_of(token: Token) -> DocSpan | None:
    """The entity of ``doc.ents`` that holds ``token``, read from the tokens around it (``doc.ents`` lists them all)."""
    from spacy.tokens import Span as DocSpan

    doc, start, end = token.doc, token.i, token.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    first = doc[start]
    if first.ent_iob_ != "B" or not first.ent_type_:
        return None
    return DocSpan(doc, start, end, label=first.ent_type_, kb_id=first.ent_kb_id, span_id=first.ent_id)


def role_of(ent: DocSpan) -> str | None:
    """The role an article gives a named actor: an apposition after the name ("X, a deputy with …"), an office set
    before it in apposition ("The Home Secretary, Fiona Marsh,") or a title before the name."""
    root = ent.root
    for child in root.rights:
        if child.dep_ == "appos" and child.i >= ent.end and _describes(child):
            phrase = child.doc[child.left_edge.i : child.right_edge.i + 1].text
            phrase = ROLE_STOP.sub("", phrase).strip()
            phrase = re.sub(r"^(?:a|an|the)\s+", "", phrase)
            return phrase or None
    office = root.head
    if root.dep_ == "appos" and office.i < ent.start and office.pos_ == "PROPN" and office.lower_ in ROLE_NOUNS:
        return re.sub(r"^(?:the)\s+", "", ent.doc[office.left_edge.i : office.i + 1].text, flags=re.I) or None
    titles = [t for t in root.lefts if t.i < ent.start and t.dep_ in {"compound", "amod"} and not t.ent_type_]
    titles = [t for t in titles if t.pos_ != "PRON"]
    if titles:
        title = ent.doc[_title_start(ent, min(t.left_edge.i for t in titles)) : ent.start]
        if any(t.pos_ in TITLE_POS or t.lower_ in ADJECTIVE_TITLES for t in title):
            return title.text.strip() or None
    return None


TITLE_POS = frozenset(["NOUN", "PROPN"])
"""Parts of speech of which a title before a name holds one ("Sen.", "chief strategist"): words that only qualify the
name ("the gleeful Varn Assembly", "a lengthy Hale survey", "the former Ann Lee") tell no role."""
ADJECTIVE_TITLES = frozenset(["private", "major", "chief", "general"])
"""Titles the tagger takes for adjectives ("Private Ann Vell", "Major Tom Hill"): a role all the same."""


NOT_ROLES = frozenset(["PERSON", "MONEY", "CARDINAL", "DATE", "QUANTITY", "PERCENT", "ORDINAL"])
"""Entity labels whose words tell no role when set beside a name: another person ("Ann Lee, Tom Hill and …"), an age
("Ann Lee, 45,"), a sum or a date."""


def _describes(appos: Token) -> bool:
    """Whether an apposition says what a named actor is ("Ann Lee, a retired teacher"), not its age, a sum, a
    pronoun or another name beside it."""
    return appos.pos_ not in {"NUM", "SYM", "PRON", "PUNCT"} and appos.ent_type_ not in NOT_ROLES


def _title_start(ent: DocSpan, start: int) -> int:
    """Where the title before ``ent`` begins: the words right before the name, back to ``start`` but never past a
    verb, a conjunction, a pronoun or a comma ("Acme chief executive Ann Vell" keeps all three words). A misparse can
    hang a whole clause on the name ("the word Lee then repeated Ann Vell …", "Tom Hill and Texas Sen. Ann Vell"):
    only "Texas Sen." is her title."""
    doc, i = ent.doc, ent.start
    while i > start:
        word = doc[i - 1]
        if word.pos_ in {"VERB", "AUX", "CCONJ", "PRON", "SCONJ"} or word.text in {",", ";", ":", "(", ")"}:
            break
        i -= 1
    return i


def kind_of(
    ent: DocSpan, article: Article, nations: frozenset[str] = frozenset(), people: frozenset[str] = frozenset()
) -> ActorKind:
    """An entity's kind from the recogniser's label and the article's cues: an honorific or an abbreviated title makes a
    person ("Mrs Howard", "Cllr. Hale"),
    the plural of a people's word a group ("Varnians", "Latinos": :func:`names_a_people`), a party's name read as a
    person's its organisation ("the Lib Dems"), a known outlet's name, a noun
    of outlets ending it or an outlet noun beside it an outlet ("RT", "the news outlet Meduza"), a noun of bodies beside
    a "person" an organisation ("the militant group Kalvar"); an organisation's head word an organisation ("Germany's
    Green Party"); a noun of places beside a name the recogniser did not call an organisation, before "of" or right
    after it a place ("the northern city of Varnold", "Varnold County"), a noun of outlets right after it an outlet
    ("Dorvan magazine"); a place preposition or "-based" a place ("around Kherson", "Torbay-based"), and a list of
    people or a noun of a person's office or family set after it a person ("Ann Lee, Tom Hill and Carla Diaz", "Ann
    Vell, the former Acme chief executive"); an organisation cited as what published something an outlet ("as reported
    by the Valley Ledger", :func:`cited_as_outlet`), and a building something happens at a place ("at the Dunmore
    Center", :func:`names_a_venue`); a person is never an outlet by the words of the name ("Jim Press"), and a place
    that speaks stays a place (its government: "Moscow said")."""
    kind = ENTITY_KINDS.get(ent.label_, ActorKind.ORGANIZATION)
    if has_honorific(ent) or _titled(ent) or _aged(ent):
        return ActorKind.PERSON
    if names_a_people(ent, nations, people):
        return ActorKind.GROUP
    if kind is ActorKind.PERSON and names_a_party(ent.text):
        return ActorKind.ORGANIZATION
    if known_outlet(_bare(ent.text)) or ends_in_outlet_noun(ent):
        return ActorKind.OUTLET
    if kind is not ActorKind.PLACE and (beside_noun(ent, OUTLET_NOUNS) or _names_publication(ent)):
        return ActorKind.OUTLET
    if kind is ActorKind.PERSON and beside_noun(ent, BODY_APPOSITIVES):
        return ActorKind.ORGANIZATION
    if has_organisation_head(ent):
        return ActorKind.OUTLET if is_outlet(ent.text, article) else ActorKind.ORGANIZATION
    if kind is not ActorKind.PLACE and (named_as_place(ent) or _before_place_noun(ent)):
        return ActorKind.PLACE
    if kind is not ActorKind.PLACE and _names_a_street(ent):
        return ActorKind.PLACE
    if kind is ActorKind.ORGANIZATION and (coordinated_with_people(ent) or _set_beside_person_noun(ent)):
        return ActorKind.PERSON
    if kind is not ActorKind.PLACE and _placed(ent, kind):
        return ActorKind.PLACE
    if kind is ActorKind.ORGANIZATION and (is_outlet(ent.text, article) or cited_as_outlet(ent)):
        return ActorKind.OUTLET
    if kind is ActorKind.ORGANIZATION and names_a_venue(ent):
        return ActorKind.PLACE
    if kind is ActorKind.PERSON and is_publisher(ent.text, article):
        return ActorKind.OUTLET
    return kind


def _aged(ent: DocSpan) -> bool:
    """Whether a name is given an age between commas right after it, as only a person's is ("said Pavel, 52."); not a
    place's, which a score may follow ("Kansas City, 21, and Denver, 14"), nor one of several names given numbers in
    a sentence, which are figures ("orders from Airbus, 20, and Boeing, 30")."""
    return ent.label_ not in {"GPE", "LOC", "FAC"} and aged_name(ent)


def _titled(ent: DocSpan) -> bool:
    """Whether a name opens with an abbreviated title, a person's ("Cllr. Hale", "Sgt. Dolan"), or with a police
    rank's initials before a given name ("DCI Karen Holt"; not "DS Smith Packaging")."""
    return (len(ent) > 1 and _abbreviated_title(ent[0])) or opens_with_rank(ent.text.split())


def _abbreviated_title(word: Token) -> bool:
    """Whether a word is a title written short with its full stop ("Sgt.", "Cllr.")."""
    return word.text.endswith(".") and normalise(word.text) in TITLES


def _names_publication(ent: DocSpan) -> bool:
    """Whether a name is the title of a publication that a noun of publications right after it names ("Varnholt
    magazine said", "told Varnholt magazine"): never a place's name, nor after a determiner or a possessive, where the
    name says whose or where the publication is ("the Marrowby newspaper", "the Brandt tabloid", "her Brandt
    tabloid")."""
    if ent.label_ in {"GPE", "LOC"} or not names_before_noun(ent, PUBLICATION_NOUNS):
        return False
    doc, noun = ent.doc, ent.doc[ent.end]
    before = [t for t in (*noun.lefts, *ent.root.lefts) if t.i < ent.start]
    if any(t.dep_ in {"det", "poss"} for t in before):
        return False
    return ent.start == 0 or (doc[ent.start - 1].pos_ not in {"DET", "PRON"} and doc[ent.start - 1].tag_ != "POS")


def _set_beside_person_noun(ent: DocSpan) -> bool:
    """Whether a name the recogniser called an organisation's is set off by a noun of a person's office, trade or
    family right after it ("Ann Vell, the former Acme chief executive, said"); a name opened by "the" is a body's
    whatever follows ("the Varn Agency, its president …" is a misreading of two things)."""
    return ent[0].lower_ != "the" and beside_noun(ent, PERSON_APPOSITIVES, modifier=False)


def _before_place_noun(ent: DocSpan) -> bool:
    """Whether a name modifies a capitalised noun of places right after it ("Varnold County", "Orle Township"); "the
    Dorvan Party state convention" names no place."""
    return names_before_noun(ent, PLACE_NOUNS) and ent.doc[ent.end].is_title


def _names_a_street(ent: DocSpan) -> bool:
    """Whether a name is a street's by its last word, where a preposition of places puts something on it ("lost her
    home on Harding Road", "lives in Mill Lane"), and no given name opens it ("a concert on Diane Lane's tour"); one
    named otherwise keeps its kind, a person's ("praised Kit Road") or a body's ("a spokesman for Downing Street")."""
    words = ent.text.split()
    if len(words) < 2 or words[-1].rstrip(".").lower() not in STREET_WORDS or is_given_name(words[0]):
        return False
    root = ent.root
    return root.dep_ == "pobj" and root.head.lower_ in STREET_PREPOSITIONS


REPRESENTATIVES = frozenset(
    ["mp", "mps", "msp", "mep", "mla", "senator", "congressman", "congresswoman", "assemblyman", "assemblywoman",
     "assemblymember", "councillor", "councilor"]
)  # fmt: skip
"""Nouns of those elected for a place: what follows them and "for" or "from" is a seat ("the MP for Harwick North",
"the senator from Ohio"); not "a representative for Ann Lee" nor "a member from Greenpeace", said of anyone."""


def _placed(ent: DocSpan, kind: ActorKind) -> bool:
    """Whether the name is where something is: "fighting around Kherson" (a one-word "person" after a place
    preposition), a name after a preposition with its state or country set beside it ("from Hilton Head, South
    Carolina"; not one opening with a given name: "a letter from Tom Hill, Texas"), "a Torbay-based firm", "a
    Dorvale, N.C.-based firm" (:func:`names_where_based`), or a seat someone is elected for ("the Labour MP for
    Harwick North": :data:`REPRESENTATIVES`)."""
    root = ent.root
    if kind is ActorKind.PERSON and len(ent) == 1 and root.dep_ == "pobj" and root.head.lower_ in PLACE_PREPOSITIONS:
        return True
    if root.dep_ == "pobj" and any(c.dep_ == "appos" and c.ent_type_ == "GPE" for c in root.children):
        return not (len(ent) > 1 and is_given_name(ent[0].text))  # "from Hilton Head, South Carolina": a town
    if root.dep_ == "pobj" and root.head.lower_ in {"for", "from"} and root.head.head.lower_ in REPRESENTATIVES:
        return kind is not ActorKind.ORGANIZATION  # "the senator from Acme Corp" is a body's
    return names_where_based(ent)


def is_outlet(name: str, article: Article) -> bool:
    """Whether an organisation's name looks like a news outlet's (:data:`OUTLET_NAMES`, :data:`OUTLET_WORDS`), or
    is the article's own publisher."""
    words = set(re.findall(r"[\w-]+", name))
    return is_publisher(name, article) or known_outlet(_bare(name)) or bool(words & OUTLET_WORDS)


def _bare(name: str) -> str:
    """A name without "the" before it or "'s" after it."""
    return re.sub(r"^(?:the|The)\s+", "", POSSESSIVE.sub("", name))


def is_publisher(name: str, article: Article) -> bool:
    """Whether a name is the article's own publisher's."""
    return bool(article.publisher) and name.removeprefix("the ").removeprefix("The ") in (article.publisher or "")


def is_platform(name: str) -> bool:
    """Telegram, Twitter and the like are media, not actors."""
    return name.lower().strip() in PLATFORMS
