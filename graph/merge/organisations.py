"""Which organisation names may name one organisation, and the candidate edges between them.

Word-order and legal-form variants are one organisation ("Defense Ministry" / "Ministry of Defense", "Apple" / "Apple
Inc."); an acronym ("USAF") and a short form ("the Times") join the longer name they fit when they fit one only and
it is headed by none of the nouns of bodies the short form lacks ("Senate" / "Senate Committee on Ports"); a
description joins a name or another description when they share a rare proper word and one more word ("deputies from
Moscow's Lomonosovsky district" / "Lomonosovsky District Council"), where a demonym or a title is no proper word.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import defaultdict
from collections.abc import Iterator

from graph.extract.actor_words import LEGAL_FORMS, ORGANISATION_HEADS
from graph.merge.naming import NameNode, content, is_event_name, is_named
from graph.model import Mention
from graph.names import DEMONYM_ENDINGS, STOPWORDS, TITLES, normalise

RARE = 8
"""A proper word shared by at most this many names may join a description to them ("Lomonosovsky")."""

INSTITUTIONS = frozenset(
    ["parliament", "government", "assembly", "senate", "congress", "police", "army", "navy", "council", "court",
     "ministry", "party", "commission", "cabinet", "executive", "committee", "legislature", "administration",
     "department", "opposition", "treasury", "office"]
)  # fmt: skip
"""One-word names of bodies that many places have ("Parliament"): beside a qualified one ("Scottish Parliament") the
bare word may name another body, so it joins the qualified one only in an article that gives both."""

BODY_HEADS = (
    INSTITUTIONS
    | ORGANISATION_HEADS
    | frozenset(
        ["subcommittee", "caucus", "service", "organization", "organisation", "center", "centre", "fund", "board"]
    )
)
"""Nouns that head a name of a body ("the Senate Committee on Ports", "the Hale Foundation"): a longer name headed by
one that a shorter name lacks names another body, a part of it or one named after it, not the same one."""
GENERIC_HEADS = frozenset(["department", "party", "ministry", "agency", "office", "service", "bureau"])
"""Head nouns that add no other body when they are all a longer name adds to a short one: "the Treasury" is "the
Treasury Department", "Varn Police" the "Varn Police Department", "Congress" the "Congress party"."""
HEAD_END = re.compile(r"\s(?:of|on|for)\s")
"""Where a head of a name has come: "committee" of "senate committee on ports", and both "university" and "board" of
"university of varn board of regents"."""

Edge = tuple[NameNode, NameNode]
PlaceWords = tuple[frozenset[str], frozenset[str]]


COUNTRY_FORMS = (
    (re.compile(r"(?<![\w.])(?:united states(?: of america)?|u\.s\.a\.?|u\.s\.?|usa)(?![\w.])"), "us"),
    (re.compile(r"(?<![\w.])(?:united kingdom|u\.k\.?)(?![\w.])"), "uk"),
)
"""The spellings of a country that qualify an organisation's name alike ("U.S. Air Force", "United States Air
Force")."""
COUNTRY_SHORT = frozenset(short for _pattern, short in COUNTRY_FORMS)


def one_country_spelling(name: str) -> str:
    """A normalised name with each country in it spelt one way (:data:`COUNTRY_FORMS`): "u.s. air force" and "united
    states air force" are "us air force"."""
    for pattern, short in COUNTRY_FORMS:
        name = pattern.sub(short, name)
    return name


@functools.cache
def _org_words(name: str) -> tuple[str, ...]:
    """The words that tell an organisation apart, in order: no stopwords, no legal form ("Apple Inc." is Apple), one
    spelling of a country (:func:`one_country_spelling`)."""
    name = one_country_spelling(name)
    words = tuple(w for w in name.split() if w not in STOPWORDS)
    return tuple(w for w in words if w.strip(".") not in LEGAL_FORMS) or words


def _initials(name: str) -> str:
    return "".join(_initial(w) for w in _org_words(name))


def _initial(word: str) -> str:
    """A word's letter in an acronym; a country's short form gives both its letters ("USAF")."""
    return word if word in COUNTRY_SHORT else word[0]


def _may_be_acronym(name: str) -> bool:
    """One word of two to six letters, dots aside ("USAF", "U.N.")."""
    return 2 <= len(name.replace(".", "")) <= 6 and " " not in name


def _acronym_of(short: str, name: str) -> bool:
    """Whether ``short`` spells the initials of ``name`` ("USAF", "United States Air Force")."""
    words = [w for w in _org_words(name) if w != short]
    return _may_be_acronym(short) and len(words) > 1 and short.replace(".", "") == "".join(_initial(w) for w in words)


def orgs_fit(a: tuple[str, bool], b: tuple[str, bool]) -> bool:
    """Whether two organisation names ``(name, whether it is a proper name)`` can name one organisation: a
    description fits any name; two proper names fit when one's words hold the other's, or one is the other's acronym."""
    (name_a, named_a), (name_b, named_b) = a, b
    if not named_a or not named_b:
        return True
    wa, wb = set(_org_words(name_a)), set(_org_words(name_b))
    return wa <= wb or wb <= wa or _acronym_of(name_a, name_b) or _acronym_of(name_b, name_a)


QUALIFYING = (" in ", " from ", " at ", " across ")
"""Prepositions after a name that make the phrase name a part of it ("Democrats in Iowa", "police in Kent")."""


def qualifies(longer: str, name: str, group: bool) -> bool:
    """Whether the normalised ``longer`` names a part of what ``name`` names, or others, rather than the same actor:
    ``name`` followed by a place ("democrats in iowa", "police in kent"), people in or from the place ``name`` names
    ("farmers in kent", "leaders from varnmouth"), or, for a group of people, with any words added ("house
    republicans" are some Republicans)."""
    return group or any(longer.startswith(name + word) or longer.endswith(word + name) for word in QUALIFYING)


def names_another_body(longer: str, words: frozenset[str]) -> bool:
    """Whether the normalised ``longer`` is headed, before or after an "of", by a noun of bodies (:data:`BODY_HEADS`)
    that is not among the ``words`` of a shorter name that is a body's name of its own, of two words or more or headed
    by such a noun: "senate committee on ports" is no form of "senate", nor "marlow nations council" of "marlow
    nations", nor "university of varn board of regents" of "university of varn", while "new york times" is one of
    "times", and "justice department" one of "justice". A longer name whose one extra word is a generic head
    (:data:`GENERIC_HEADS`) names the same body: "treasury department" is a form of "treasury"."""
    if len(words) < 2 and not words & BODY_HEADS:
        return False
    extra = set(_org_words(longer)) - words
    if len(extra) == 1 and extra <= GENERIC_HEADS:
        return False
    heads = {part[-1] for part in map(_org_words, HEAD_END.split(longer)) if part}
    return bool(heads & BODY_HEADS - words)


def place_qualified(longer: str, name: str, places: frozenset[str]) -> bool:
    """Whether the normalised ``longer`` is a body's name of two words or more before or after "of" a place the story
    names that is no country the project knows (:data:`COUNTRY_SHORT`): "varnmouth labour party" and "labour party of
    varnmouth" are a place's own body, not "labour party" named bare in another article (asked only of names no
    article gives both), while "us supreme court" is "supreme court"."""
    if len(content(name)) < 2:
        return False
    front = longer.removesuffix(" " + name)
    back = longer.removeprefix(name + " of ")
    place = front if front != longer else back if back != longer else ""
    place = one_country_spelling(place)
    return place in places and place not in COUNTRY_SHORT


def bare_institutions(names: set[str]) -> set[str]:
    """The one-word :data:`INSTITUTIONS` of a story that a longer organisation name of the story holds ("Parliament"
    beside "Scottish Parliament")."""
    bare = names & INSTITUTIONS
    return {word for word in bare if any(word in name.split() and name != word for name in names)}


def org_edges(
    members: list[NameNode],
    named: set[NameNode],
    proper: dict[NameNode, set[str]],
    present: dict[NameNode, set[str]],
    groups: frozenset[NameNode] = frozenset(),
    places: frozenset[str] = frozenset(),
) -> Iterator[Edge]:
    """Word-order and legal-form variants, then acronyms and short forms that fit one name only, then descriptions
    that share a rare proper word and one more word with a name or another description; ``named``: the nodes that are
    proper names, ``proper``: the proper words of each node (:func:`proper_words`), ``present``: the articles each
    node is in; ``groups``: the nodes that name groups of people ("Democrats"), which no longer name holding their
    words stands for (:func:`qualifies`); ``places``: the names of the story's places (:func:`place_qualified`)."""
    names = _OrgNames([m for m in members if not m.scope and m in named], present, groups, places)
    yield from names.variant_edges()
    yield from names.acronym_edges()
    yield from names.short_form_edges()
    yield from names.unresolved_edges()
    yield from _short_description_edges(members, named, present)
    yield from _description_edges(members, named, proper)


class _OrgNames:
    """A story's proper organisation names with their words, indexed so that no step compares every pair of names
    (merging must grow about linearly with the input)."""

    def __init__(
        self,
        names: list[NameNode],
        present: dict[NameNode, set[str]],
        groups: frozenset[NameNode] = frozenset(),
        places: frozenset[str] = frozenset(),
    ) -> None:
        self.names, self.present, self.groups, self.places = names, present, groups, places
        self.unresolved: list[NameNode] = []
        self.words = {m: frozenset(_org_words(m.name)) for m in names}
        self.position = {m: i for i, m in enumerate(names)}
        self.same_words: dict[frozenset[str], list[NameNode]] = defaultdict(list)
        self.with_word: dict[str, set[NameNode]] = defaultdict(set)
        self.by_initials: dict[str, set[NameNode]] = defaultdict(set)
        for m in names:
            self.same_words[self.words[m]].append(m)
            for word in self.words[m]:
                self.with_word[word].add(m)
            self.by_initials[_initials(m.name)].add(m)

    def variant_edges(self) -> Iterator[Edge]:
        """Names of the same words: "Defense Ministry" / "Ministry of Defense", "Apple" / "Apple Inc."."""
        for group in self.same_words.values():
            yield from ((a, b) for a, b in itertools.combinations(group, 2) if not a.within and not b.within)

    def acronym_edges(self) -> Iterator[Edge]:
        """An acronym to the names it spells, when they have one set of words: "USAF" / "United States Air Force"; the
        name of an event is none where a name of no event fits it too ("VNC" is the Varn National Committee, not the
        Varn National Convention; "VBC" alone beside the Varn Baptist Convention is that convention)."""
        for short in self.names:
            if not _may_be_acronym(short.name):
                continue
            letters = short.name.replace(".", "")
            candidates = self.by_initials.get(letters, set()) | self.with_word.get(short.name, set())
            fitting = [o for o in self._ordered(candidates) if o is not short and _acronym_of(short.name, o.name)]
            bodies = [o for o in fitting if not is_event_name(o.name)]
            fitting = bodies or fitting
            yield from self._if_one(short, fitting)

    def short_form_edges(self) -> Iterator[Edge]:
        """A name to the longer names holding its words, when they have one set of words: "Times" / "New York Times";
        never to the name of an event ("Labour Party" / "Labour Party Conference"), to a part of it
        (:func:`qualifies`) or to another body (:func:`names_another_body`: "Senate" / "Senate Committee on Ports"; a
        place's own in another article, :func:`place_qualified`: "Democratic Party" / "New York Democratic
        Party").
        A bare institution held per article (:func:`bare_institutions`) joins only the names of its article."""
        for short in self.names:
            if not self.words[short]:
                continue
            holding = set.intersection(*(self.with_word.get(w, set()) for w in self.words[short]))
            holding = {o for o in holding if self.words[short] < self.words[o] and not is_event_name(o.name)}
            holding = {o for o in holding if not qualifies(o.name, short.name, short in self.groups)}
            holding = {o for o in holding if not names_another_body(o.name, self.words[short])}
            holding = {o for o in holding if not self._elsewhere_of_place(o, short)}
            holding = {o for o in holding if not _interrupted(short.name, o.name)}
            holding = self._least(holding)
            if short.within:
                holding = {o for o in holding if short.within in self.present[o]}
                if not holding:
                    self.unresolved.append(short)
            yield from self._if_one(short, self._ordered(holding))

    def unresolved_edges(self) -> Iterator[Edge]:
        """A bare institution that no article qualifies joined to the others of its words ("Parliament" in the
        articles that name no other parliament): after :meth:`short_form_edges`."""
        first: dict[frozenset[str], NameNode] = {}
        for node in self.unresolved:
            if self.words[node] in first:
                yield first[self.words[node]], node
            else:
                first[self.words[node]] = node

    def _elsewhere_of_place(self, longer: NameNode, short: NameNode) -> bool:
        """Whether ``longer`` is a body of a place (:func:`place_qualified`) that no article names beside ``short``:
        "the Varnland Supreme Court ... the Supreme Court said" in one article is one court."""
        return not self.present[longer] & self.present[short] and place_qualified(longer.name, short.name, self.places)

    def _least(self, holding: set[NameNode]) -> set[NameNode]:
        """The names of ``holding`` that hold no other one's words: "New Orleans Saints" beside "New Orleans Saints
        Twitter", whose extra words say what of the club is meant."""
        sets = {self.words[o] for o in holding}
        return {o for o in holding if not any(other < self.words[o] for other in sets)}

    def _ordered(self, nodes: set[NameNode]) -> list[NameNode]:
        return sorted(nodes, key=self.position.__getitem__)

    def _if_one(self, short: NameNode, fitting: list[NameNode]) -> Iterator[Edge]:
        """``short`` to each of ``fitting`` when they are forms of one name (one set of words)."""
        if len({self.words[o] for o in fitting}) == 1:
            yield from ((short, o) for o in fitting)


NAME_PREPOSITIONS = frozenset({"of", "for", "on"})
"""Prepositions inside a body's name ("Bank of America", "Center for Politics"), which make its words one phrase."""


def _interrupted(short: str, longer: str) -> bool:
    """Whether a name written with a preposition is interrupted in a longer one, a word set inside it: "Bank of
    America" in "Bank of North America", "Center for Politics" in "Center for Responsive Politics" are other bodies
    ("Ministry of Defence" is held whole in "British Ministry of Defence")."""
    words, other = short.split(), longer.split()
    if not NAME_PREPOSITIONS & set(words):
        return False
    return not any(other[i : i + len(words)] == words for i in range(len(other) - len(words) + 1))


def _short_description_edges(
    members: list[NameNode], named: set[NameNode], present: dict[NameNode, set[str]]
) -> Iterator[Edge]:
    """A description of two words or more to the one name of its article that holds all its words and more: "the
    assembly government" beside "Welsh Assembly Government"."""
    by_article: dict[str, list[NameNode]] = defaultdict(list)
    for node in members:
        if node in named and not node.scope:
            for article in sorted(present[node]):
                by_article[article].append(node)
    for node in members:
        words = set(_org_words(node.name))
        if not node.scope or node in named or len(words) < 2:
            continue
        holding = [o for o in by_article.get(node.scope, ()) if words < set(_org_words(o.name))]
        if len({frozenset(_org_words(o.name)) for o in holding}) == 1:
            yield from ((node, o) for o in holding)


def _description_edges(
    members: list[NameNode], named: set[NameNode], proper: dict[NameNode, set[str]]
) -> Iterator[Edge]:
    """A description and another name that share a proper word few names hold, and one more word: "deputies from
    Moscow's Lomonosovsky district" / "Lomonosovsky District Council"."""
    by_word: dict[str, list[NameNode]] = defaultdict(list)
    for node in members:
        for word in proper[node]:
            by_word[word].append(node)
    for group in by_word.values():
        if len(group) > RARE:
            continue
        for a, b in itertools.combinations(group, 2):
            if (a not in named or b not in named) and len(content(a.name) & content(b.name)) > 1:
                yield a, b


def place_words(places: set[str]) -> PlaceWords:
    """The long words of place names, and those words less their last letter (the stem a demonym starts with)."""
    words = frozenset(w for p in places for w in p.split() if len(w) > 4)
    return words, frozenset(w[:-1] for w in words)


def proper_words(mention: Mention, places: PlaceWords) -> set[str]:
    """The proper words a mention names: capitalised, not the first word of a description, neither a demonym
    ("Russian", "Ukrainian" beside Ukraine) nor a title; ``places``: the :func:`place_words` of the story."""
    words = re.findall(r"[\w'’-]+", mention.text)
    if not is_named(mention):
        words = words[1:]
    whole, stems = places
    found = set()
    for word in words:
        norm = normalise(word)
        if not word[:1].isupper() or len(norm) <= 3 or norm in STOPWORDS | TITLES or norm.endswith(DEMONYM_ENDINGS):
            continue
        if norm not in whole and any(norm[:k] in stems for k in range(4, len(norm) + 1)):
            continue
        found.add(norm)
    return found
