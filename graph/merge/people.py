"""Which person names may name one person, and the candidate edges between them.

Full names fit when their surnames fit (spelling variants: "Zelensky" / "Zelenskyy") and so do their first names and
middle initials; a surname joins the full names it fits when those fit each other; surnames that fit no full name
join each other; a first name alone joins the one full name it opens in its own article ("Lindsay" beside "Lindsay
Lohan"). A short name that fits two people who cannot be one joins neither, so "Smith" never chains "Anna Smith" and
"John Smith".
"""

from __future__ import annotations

import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence

from rapidfuzz import fuzz, process

from graph.extract.actor_cues import person_or_body
from graph.extract.speaker_words import PEOPLE_BY_ROLE
from graph.merge.naming import NameNode, sexes_fit
from graph.merge.organisations import one_country_spelling
from graph.names import (
    DEMONYM_ENDINGS,
    GIVEN_NAMES,
    NAME_SUFFIXES,
    STOPWORDS,
    TITLES,
    normalise,
    opens_with_rank,
    without_post_nominals,
)

NAME_SIMILARITY = 90.0
"""rapidfuzz ratio from which two single names are spelling variants ("Zelensky" / "Zelenskyy")."""

Edge = tuple[NameNode, NameNode]


NICKNAME = re.compile(r"""(?:^[^"“”'‘’]*["”’]\s+|\s["“'‘][^"“”'‘’]+["”'’](?=\s))""")
"""A nickname quoted inside a name ('Vincent "The Fish" Moretti'), or the end of one the recogniser cut the name in
('The Fish" Moretti')."""


FAMILIAR = {
    "frederick": "fred freddie freddy",
    "william": "bill billy will willie",
    "robert": "bob bobby rob robbie",
    "michael": "mike mikey mick",
    "thomas": "tom tommy",
    "james": "jim jimmy",
    "joseph": "joe joey",
    "richard": "dick rick ricky rich",
    "david": "dave davey",
    "daniel": "dan danny",
    "anthony": "tony",
    "andrew": "andy",
    "benjamin": "ben benny",
    "nicholas": "nick nicky",
    "matthew": "matt",
    "timothy": "tim timmy",
    "edward": "ed eddie ned ted",
    "lawrence": "larry",
    "gregory": "greg",
    "jeffrey": "jeff",
    "kenneth": "ken kenny",
    "ronald": "ron ronnie",
    "donald": "don donnie",
    "douglas": "doug",
    "vincent": "vince vinny",
    "charles": "charlie chuck",
    "stephen": "steve stevie",
    "steven": "steve stevie",
    "samuel": "sam sammy",
    "alexander": "alex",
    "christopher": "chris",
    "patrick": "pat paddy",
    "elizabeth": "liz lizzie betty bettie betsy",
    "katherine": "kate katie kathy kath",
    "kathryn": "kate katie kathy kath",
    "catherine": "cathy cate kate katie",
    "margaret": "maggie meg peggy",
    "jennifer": "jen jenny",
    "susan": "sue susie",
    "patricia": "pat patty trish",
    "deborah": "debbie deb",
    "rebecca": "becky becca",
    "victoria": "vicky vicki",
    "alexandra": "alex",
    "christina": "chris",
    "christine": "chris",
    "samantha": "sam",
    "abigail": "abby",
}
"""English given names and their familiar forms: "Fred Ormond" is Frederick Ormond. Only forms that stand for the
longer name: names given in their own right (Sandra, Tina, Jamie, Drew, Beth) are other people's."""


def _familiar_forms(familiar: dict[str, str]) -> dict[str, frozenset[str]]:
    """Each given name or familiar form of ``familiar``, with the given names it may be ("pat": Patrick, Patricia)."""
    forms: dict[str, set[str]] = defaultdict(set)
    for name, familiars in familiar.items():
        for form in [name, *familiars.split()]:
            forms[form].add(name)
    return {form: frozenset(names) for form, names in forms.items()}


FAMILIAR_FORMS = _familiar_forms(FAMILIAR)


COUNTRY_DEMONYMS = {"american": "us", "british": "uk"}
"""Demonyms of a country a description may give it by instead of its name, spelt as
:func:`graph.merge.organisations.one_country_spelling` spells the country: "the American president" is "the U.S.
president"."""
NATIONALITY_TITLES = frozenset(["russian", "ukrainian", "chinese", "french", "german", "us", *COUNTRY_DEMONYMS])
"""The words of :data:`graph.names.TITLES` that name a nationality, not an office."""
PARTIES = frozenset(["democratic", "democrat", "republican", "labour", "conservative", "liberal", "green", "socialist"])
"""Party words that qualify a title ("the Varnia Democratic senator")."""
PLACE_PREPOSITIONS = frozenset(["in", "at"])
"""Words that open a place phrase after a description's title ("the Mexican president in Varnford")."""


TIMELESS = frozenset(["former", "late"])
"""Qualifiers of a description that tell no one apart: "the former president" may be "the president" of the story."""


def person_tokens(name: str) -> list[str]:
    """The words of a person's name without the titles before it, a quoted nickname inside it or the letters after
    it ("QC", "MP"); a generation's
    suffix after it ("Sr.", "Jr.", "III") stays, without its dot: "Tom Hale Sr." is not his son Tom Hale. A
    description of titles (:func:`titles_only`) gives its own words (:func:`description_tokens`)."""
    if titles_only(name):
        return description_tokens(name)
    tokens = without_post_nominals(normalise(NICKNAME.sub("", named_part(name))).split())
    while len(tokens) > 1 and tokens[0].rstrip(".") in TITLES:  # "Sgt. Hale" as "Sgt Hale"
        tokens = tokens[1:]
    if opens_with_rank(tokens):
        tokens = tokens[1:]
    if len(tokens) > 2 and tokens[-1].strip(".,") in NAME_SUFFIXES:
        tokens[-1] = tokens[-1].strip(".,")
    return tokens


def named_part(name: str) -> str:
    """The name a description gives after a comma ("Tom Orrin" of "The former president of Varnland, Tom Orrin"), or
    the whole mention: "Tom Hale, Jr." stays whole."""
    description, _, named = name.rpartition(",")
    words = named.split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return name
    return named.strip() if any(w.islower() and w in TITLES for w in description.split()) else name


def description_tokens(name: str) -> list[str]:
    """A description by a title as two words at most: all its qualifiers in one ("georgia_democratic"; a country
    spelt one way, :data:`COUNTRY_DEMONYMS`, and the complement of an "of": "of France" gives "france"), then its title
    ("chief_executive"). "former" and "late" and a place phrase after the title ("in Varnford") tell no one apart.
    So two descriptions fit (:func:`people_fit`) only where they are the same, or where one has no qualifier at all
    ("the president" and "the French president"): "the South Korean president" is not "the North Korean president",
    and "the American president" is "the U.S. president"."""
    text = one_country_spelling(normalise(" ".join(description_head(name.split()))))
    words = [w for w in text.split() if w not in STOPWORDS and w not in TIMELESS]
    qualifiers = [COUNTRY_DEMONYMS.get(w, w) for w in words if w not in TITLES or w in NATIONALITY_TITLES]
    title = [w for w in words if w in TITLES and w not in NATIONALITY_TITLES]
    if not title:
        return normalise(name).split()
    return ["_".join(qualifiers)] * bool(qualifiers) + ["_".join(title)]


def description_head(words: list[str]) -> list[str]:
    """A description's words up to its title before a place phrase after it ("the Mexican president" of "the
    Mexican president in Varnford"); the complement of an "of" stays: "the secretary of defense"."""
    for i, (word, after) in enumerate(itertools.zip_longest(words, words[1:])):
        if word.islower() and normalise(word) in TITLES and after is not None and after in PLACE_PREPOSITIONS:
            return words[: i + 1]
    return words


def titles_only(name: str) -> bool:
    """Whether a person's mention is a description by a title rather than a name: titles alone ("the French
    President", "the U.S. president"), or a title in lower case that ends it or that a phrase follows ("the Mexican
    president", "the Varnish president in Dorle"), where a name would follow a title ("Mexican president Ann Lee").
    A mention that names someone too is no description: "The former president of Varnland, Tom Orrin"."""
    tokens = normalise(NICKNAME.sub("", name)).split()
    if set(tokens) <= TITLES:
        return True
    words = name.split()
    if "," in name or any(_given_name(word, after) for word, after in itertools.pairwise(words)):
        return False
    return any(
        word.islower() and normalise(word) in TITLES and (after is None or normalise(after) in STOPWORDS)
        for word, after in itertools.zip_longest(words, words[1:])
    )


def _given_name(word: str, after: str) -> bool:
    """Whether ``word`` is a known given name that a capitalised word of a name follows ("Tom Orrin"), not a title,
    a party or a demonym: "Virginia" of "the Virginia Democratic senator" names a state."""
    if not after[:1].isupper() or normalise(word) not in GIVEN_NAMES:
        return False
    following = normalise(after)
    return following not in TITLES and following not in PARTIES and not following.endswith(DEMONYM_ENDINGS)


def generation(name: str) -> tuple[list[str], str]:
    """A normalised person name's words without a generation's suffix, and the suffix ("" for none)."""
    words = name.split()
    if len(words) > 2 and words[-1] in NAME_SUFFIXES:
        return words[:-1], words[-1]
    return words, ""


def surname_of(name: str) -> str:
    """The surname of a normalised person name: its last word before a generation's suffix ("hunter" of "duncan
    hunter sr")."""
    return generation(name)[0][-1]


def epithets(names: Iterable[str]) -> dict[str, str]:
    """The person names of three words or more that open with an epithet or a title the recogniser took into the
    name, mapped to the name without it: the rest is a full name given too, and the first word opens no other name
    ("crooked ann lee" beside "ann lee" is Ann Lee; "ann marie lee" beside "marie lee" and "ann lee" stays); or the
    first word is a noun of a trade or a role and the second a known given name ("ranger carlos ortiz", "novelist
    grace tilney": :func:`_trade_before_name`). A one-letter word after the first is a surname's particle the
    normalising split off ("martin o malley" of "Martin O'Malley"), no name of its own."""
    names = set(names)
    openers = Counter(name.split()[0] for name in names if " " in name)
    found = {}
    for name in sorted(names):
        first, _, rest = name.partition(" ")
        if len(rest.split(" ", 1)[0]) == 1:  # "martin o malley": "O'Malley", normalised, is no name of two words
            continue
        if " " in rest and ((rest in names and openers[first] == 1) or _trade_before_name(first, rest)):
            found[name] = rest
    return found


def _trade_before_name(first: str, rest: str) -> bool:
    """Whether ``first`` is a noun of a person's trade or role set as a title before a full name that opens with a
    known given name ("ranger" before "carlos ortiz"); a given name is none ("grant", "hunter" in "Hunter Tom Lee"
    would be one if known)."""
    given = rest.split()[0]
    if first in GIVEN_NAMES or given not in GIVEN_NAMES:
        return False
    return person_or_body(first) or first in PEOPLE_BY_ROLE


def clash(names: Sequence[str], fit: Callable[[str, str], bool]) -> bool:
    """Whether two of ``names`` do not ``fit`` each other."""
    return any(not fit(a, b) for a, b in itertools.combinations(names, 2))


def people_fit(a: str, b: str) -> bool:
    """Whether two person names can name one person: surnames fit, and so do first names and middle initials where
    both names have them ("George W. Bush" is not "George H. W. Bush"), and so do their generations' suffixes
    (:func:`_generations_fit`: "Tom Hale Sr." is not Tom Hale); a name that ends the other fits it, and a
    single name fits the surname or the first name of a full one, and any other single name (a first name and a
    surname: "Ann" and "Lee")."""
    (ta, suffix_a), (tb, suffix_b) = generation(a), generation(b)
    if len(ta) == 1 and len(tb) == 1:  # two single names: spelling variants, or a first name and a surname
        return True
    if len(ta) == 1 or len(tb) == 1:  # a surname, or a first name alone
        short, other = (ta[0], tb) if len(ta) == 1 else (tb[0], ta)
        return surname_fits(short, other[-1]) or short == other[0]
    if not _generations_fit(suffix_a, suffix_b) or not surname_fits(ta[-1], tb[-1]):
        return False
    if ta[-len(tb) :] == tb or tb[-len(ta) :] == ta:
        return True
    middle_a, middle_b = ta[1:-1], tb[1:-1]
    if middle_a and middle_b and middle_a[0][0] != middle_b[0][0]:
        return False
    return _first_names_fit(ta[0], tb[0])


def _generations_fit(a: str, b: str) -> bool:
    """Whether two generations' suffixes ("" for none) may be one person's: the same, or "Jr." and none (the son is
    often named without it, "Tom Hale" beside "Tom Hale Jr."; the father named beside him is "Sr.")."""
    return a == b or {a, b} == {"jr", ""}


def surname_fits(a: str, b: str) -> bool:
    """The same surname, or spelling variants of one of six letters or more."""
    return a == b or (min(len(a), len(b)) >= 6 and fuzz.ratio(a, b) >= NAME_SIMILARITY)


def _first_names_fit(a: str, b: str) -> bool:
    """The same first name, an initial and a name it opens, or a name and its familiar form ("Fred", "Frederick")."""
    a, b = a.strip("."), b.strip(".")
    if a == b or (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b)):
        return True
    return bool(FAMILIAR_FORMS.get(a, frozenset({a})) & FAMILIAR_FORMS.get(b, frozenset({b})))


class Surnames:
    """Which of a story's surnames fit each other (:func:`surname_fits`), found without comparing every pair: a
    fuzzy match needs lengths within a fifth of each other, so each name is scored only against names of near
    lengths, in rapidfuzz's C loop."""

    def __init__(self, names: Iterable[str]) -> None:
        self.by_length: dict[int, list[str]] = defaultdict(list)
        for name in sorted(set(names)):
            self.by_length[len(name)].append(name)
        self.cache: dict[str, frozenset[str]] = {}

    def fitting(self, name: str) -> frozenset[str]:
        """The known names that fit ``name``, itself included."""
        found = self.cache.get(name)
        if found is None:
            found = frozenset({name} | (self._fuzzy(name) if len(name) >= 6 else set()))
            self.cache[name] = found
        return found

    def _fuzzy(self, name: str) -> set[str]:
        # ratio = 2 * matches / (len a + len b) >= 0.9 needs the shorter name at least 9/11 of the longer one
        low, high = max(6, -(-len(name) * 9 // 11)), len(name) * 11 // 9
        pool = [other for length in range(low, high + 1) for other in self.by_length.get(length, ())]
        found = process.extract(name, pool, scorer=fuzz.ratio, score_cutoff=NAME_SIMILARITY, limit=None)
        return {other for other, _score, _index in found}


def shared_surnames(people: Iterable[str]) -> set[str]:
    """The single names among ``people`` that fit the surnames of people who cannot be one ("Smith" beside Anna Smith
    and John Smith)."""
    full = sorted(name for name in people if " " in name)
    singles = sorted(name for name in people if " " not in name)
    surnames = Surnames([surname_of(f) for f in full] + singles)
    by_surname: dict[str, list[str]] = defaultdict(list)
    for name in full:
        by_surname[surname_of(name)].append(name)
    return {
        name
        for name in singles
        if clash(sorted(f for s in surnames.fitting(name) for f in by_surname.get(s, ())), people_fit)
    }


def person_edges(members: list[NameNode], present: dict[NameNode, set[str]]) -> Iterator[Edge]:
    """Full names that fit, then surnames to the full names they fit, then surnames that fit only each other, then
    first names to the full names they open in their article; ``present``: the articles each name is in.

    Candidates come from indexes by surname (and by first name), never from every pair of names."""
    named = [m for m in members if not m.scope]
    people = _People([m for m in named if " " in m.name], [m for m in named if " " not in m.name], present)
    yield from people.full_name_edges()
    edges, unresolved = people.surname_edges()
    yield from edges
    yield from _unresolved_edges(unresolved, people.surnames)
    yield from people.first_name_edges(unresolved)


class _People:
    """A story's person names: the full names indexed by surname and by first name, and the single names."""

    def __init__(self, full: list[NameNode], shorts: list[NameNode], present: dict[NameNode, set[str]]) -> None:
        self.full, self.shorts, self.present = full, shorts, present
        self.surnames = Surnames([surname_of(f.name) for f in full] + [m.name for m in shorts])
        self.by_surname: dict[str, list[int]] = defaultdict(list)
        self.by_first: dict[str, list[int]] = defaultdict(list)
        for i, f in enumerate(full):
            self.by_surname[surname_of(f.name)].append(i)
            self.by_first[f.name.split()[0]].append(i)

    def full_fitting(self, surname: str) -> list[NameNode]:
        """The full names whose surname fits ``surname``, in order."""
        found = sorted(i for other in self.surnames.fitting(surname) for i in self.by_surname.get(other, ()))
        return [self.full[i] for i in found]

    def full_name_edges(self) -> Iterator[Edge]:
        """Full names that fit each other, found among those whose surnames fit."""
        pairs = {
            (i, j)
            for i, f in enumerate(self.full)
            for other in self.surnames.fitting(surname_of(f.name))
            for j in self.by_surname.get(other, ())
            if i < j
        }
        for i, j in sorted(pairs):
            if people_fit(self.full[i].name, self.full[j].name):
                yield self.full[i], self.full[j]

    def surname_edges(self) -> tuple[list[Edge], list[NameNode]]:
        """Each single name to the full names it fits, when those fit each other; and the single names that fit no
        full name (a shared surname fits only the people of its own article). A shared surname alone in an article
        that names no one of it joins the person it names in every article that does ("Obama" beside "Barack Obama"
        in some articles, and "Michelle Obama" named in another without a bare "Obama")."""
        edges, unresolved = [], []
        named_as: dict[str, set[tuple[str, NameNode]]] = defaultdict(set)
        for short in self.shorts:
            fitting = self._full_names_of(short)
            if fitting and not clash([f.name for f in fitting], people_fit):
                edges += [(short, f) for f in fitting]
                if short.within:
                    named_as[short.name].update((short.sex, f) for f in fitting)
            elif not fitting:
                unresolved.append(short)
        left = []
        for short in unresolved:
            named = _named_elsewhere(short, named_as.get(short.name, set()))
            edges += [(short, f) for f in named]
            if not named:
                left.append(short)
        return edges, left

    def _full_names_of(self, short: NameNode) -> list[NameNode]:
        """The full names a single name fits, of its sex, in its article where it is resolved per article."""
        fitting = [f for f in self.full_fitting(short.name) if sexes_fit(short.sex, f.sex)]
        return _plain_first([f for f in fitting if short.within in self.present[f]] if short.within else fitting)

    def first_name_edges(self, unresolved: list[NameNode]) -> Iterator[Edge]:
        """A first name to the one full name it opens in its article: "Lindsay" beside "Lindsay Lohan", and no other
        Lindsay there; where its articles name no one of that first name, to the person the story names with it in
        more articles than all the others it names with it together (:func:`_most_named`)."""
        for short in unresolved:
            opening = [
                self.full[i] for i in self.by_first.get(short.name, ()) if sexes_fit(short.sex, self.full[i].sex)
            ]
            fitting = [f for f in opening if self.present[f] & self.present[short]]
            if not fitting:
                fitting = _most_named(opening, self.present)
            if fitting and not clash([f.name for f in fitting], people_fit):
                yield from ((short, f) for f in fitting)


def _plain_first(names: list[NameNode]) -> list[NameNode]:
    """``names``, or where they cannot be one person those without a generation's suffix, when those can: a bare
    "Hale" beside Tom Hale and his father Tom Hale Sr. names the son, whom no suffix needs to set apart."""
    if not clash([n.name for n in names], people_fit):
        return names
    plain = [n for n in names if not generation(n.name)[1]]
    return plain if plain and len(plain) < len(names) and not clash([n.name for n in plain], people_fit) else names


def _most_named(names: list[NameNode], present: dict[NameNode, set[str]]) -> list[NameNode]:
    """Of ``names``, those of the person named in more articles than all the other people of ``names`` together,
    people being the groups of names that fit each other; none when no person is."""
    people: list[list[NameNode]] = []
    for name in names:
        home = next((p for p in people if all(people_fit(name.name, o.name) for o in p)), None)
        if home is None:
            people.append([name])
        else:
            home.append(name)
    counts = [len(set().union(*(present[n] for n in p))) for p in people]
    best = max(range(len(people)), key=counts.__getitem__, default=None)
    if best is None or 2 * counts[best] <= sum(counts):
        return []
    return people[best]


def _named_elsewhere(short: NameNode, named_as: set[tuple[str, NameNode]]) -> list[NameNode]:
    """The full names of one person that ``short``, a surname resolved per article, names in the articles that resolve
    it (``named_as``: the sex each of them gave it, and the full name it named there), when their sexes fit; none when
    they are several people, or ``short`` is no such surname."""
    if not short.within:
        return []
    named = sorted(
        {f for sex, f in named_as if sexes_fit(sex, short.sex) and sexes_fit(short.sex, f.sex)},
        key=lambda f: f.sort_key,
    )
    return [] if clash([f.name for f in named], people_fit) else named


def _unresolved_edges(unresolved: list[NameNode], surnames: Surnames) -> list[Edge]:
    """Single names that fit no full name joined to each other: "Zelensky" / "Zelenskyy", "Smith" where no Smith is
    named.

    The first node of each name and sex stands for the others of its name and sex (a surname resolved inside each of
    k articles): nodes of one name fit each other and fit the same names, so every pair of them would join what these
    join, at k²."""
    position = {m: i for i, m in enumerate(unresolved)}
    first: dict[tuple[str, str], NameNode] = {}
    sexes: dict[str, set[str]] = defaultdict(set)
    for m in unresolved:
        first.setdefault((m.name, m.sex), m)
        sexes[m.name].add(m.sex)
    pairs = {
        (position[a], position[b])
        for a in first.values()
        for other in surnames.fitting(a.name)
        for sex in sexes.get(other, ())
        if (b := first[(other, sex)]) is not None and position[a] < position[b] and sexes_fit(a.sex, b.sex)
    } | {(position[first[(m.name, m.sex)]], position[m]) for m in unresolved if first[(m.name, m.sex)] is not m}
    return [(unresolved[i], unresolved[j]) for i, j in sorted(pairs)]
