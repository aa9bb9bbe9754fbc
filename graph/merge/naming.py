"""What a mention's words say about the actor it names: whether they are a proper name, and the node of its name.

The actor merge (:mod:`graph.merge.actors`) joins name nodes; the rules for people (:mod:`graph.merge.people`) and for
organisations (:mod:`graph.merge.organisations`) read names through these helpers.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from graph.extract.actors import GROUP_HEADS
from graph.extract.event_words import GROUP_PEOPLE_NOUNS
from graph.model import ActorKind, Mention
from graph.names import NAMES_KEPT, STOPWORDS, normalise

FAMILY = {
    ActorKind.PERSON: "person",
    ActorKind.PLACE: "place",
    ActorKind.ORGANIZATION: "org",
    ActorKind.OUTLET: "org",
    ActorKind.GROUP: "org",
}
"""The kinds whose names may name one actor: an outlet, a group and an organisation may be one."""


@dataclass(frozen=True, slots=True)
class NameNode:
    """One name as the actor merge clusters it: its family (person, place, org) and its normalised words, kept apart
    per article where the name only makes sense there."""

    family: str
    name: str
    scope: str = ""
    """An article id for descriptions that only make sense inside their article ("another blogger")."""
    within: str = ""
    """An article id for a surname shared by people who cannot be one ("Smith" beside Anna Smith and John Smith):
    such a surname is resolved inside its article."""
    sex: str = ""
    """"f" or "m" where an honorific tells a person's sex ("Mrs Howard"), else ""."""

    @property
    def sort_key(self) -> tuple[str, str, str, str, str]:
        return (self.family, self.name, self.scope, self.within, self.sex)


def sexes_fit(a: str, b: str) -> bool:
    """Whether two people of these sexes ("f", "m" or unknown: "") may be one."""
    return not a or not b or a == b


def is_named(mention: Mention) -> bool:
    """Whether a mention's words are a name rather than a description ("the Kremlin", not "another blogger")."""
    return _names_something(mention.text)


@functools.lru_cache(maxsize=NAMES_KEPT)
def _names_something(text: str) -> bool:
    words = re.findall(r"[\w'’-]+", text)
    if words[:1] == ["the"] and len(words) > 1:
        words = words[1:]
    return bool(words) and words[0][:1].isupper() and words[0].lower() not in INDEFINITE


PRONOUNS = frozenset(
    ["i", "me", "my", "we", "us", "our", "you", "your", "he", "him", "his", "himself", "she", "her", "hers", "herself",
     "it", "its", "itself", "they", "them", "their", "themselves", "who", "whom", "whose"]
)  # fmt: skip
"""Words that stand for someone the text names elsewhere, if it names them at all."""


def is_pronoun(word: str, pronouns: frozenset[str] = PRONOUNS) -> bool:
    """Whether a word is one of ``pronouns`` in any case but capitals: "She", "her"; "US", "WHO" and "IT" written in
    capitals are names."""
    return word.casefold() in pronouns and not (len(word) > 1 and word.isupper())


def pronoun_led(text: str) -> bool:
    """Whether a mention's words are a pronoun, or a thing of a pronoun's ("She", "her", "his lawyers"): whom they
    stand for is written elsewhere, so they name no one; each article's is its own. A word in capitals ("US", "WHO")
    and a pronoun opening a name ("His Majesty's Government") are names."""
    words = re.findall(r"[\w'’-]+", text)
    return bool(words) and is_pronoun(words[0]) and not any(w[:1].isupper() for w in words[1:])


INDEFINITE = frozenset({"a", "an", "another", "one", "some"})
"""Words that open a description of someone new ("a White House official"): each article's is its own."""


def bare_plural(mention: Mention) -> bool:
    """Whether a group is named only by the plural of a common noun of people ("Investigators", "the gunmen", "the
    police"): like "two workers", it is whoever the article means, not a name, however the sentence capitalised it.
    The police are the article's own whatever kind the recogniser gave them (:data:`LOCAL_FORCES`)."""
    name = normalise(mention.text)
    if mention.kind is ActorKind.ORGANIZATION:
        return name in LOCAL_FORCES
    return mention.kind is ActorKind.GROUP and name in _PLURALS | GROUP_HEADS


_PLURALS = frozenset(n[:-3] + "men" if n.endswith("man") else n + "s" for n in GROUP_PEOPLE_NOUNS)

LOCAL_FORCES = frozenset(["police"])
"""Bodies that news copy names by their common noun alone, meaning the force where the article's events happen
("police said", "Police arrested", "told the police"): one per article, however the sentence capitalised it, for
a story's articles may report from several cities."""


def indefinite(text: str) -> bool:
    """Whether a description opens with an indefinite word: it brings in someone the article has not named, whom
    another article's like description need not be ("a White House official" here and there are two)."""
    words = re.findall(r"[\w'’-]+", text)
    return bool(words) and words[0].lower() in INDEFINITE


def distinctive(text: str) -> set[str]:
    """Capitalised words after the first: the proper names inside a description ("deputies from … Lomonosovsky")."""
    words = re.findall(r"[\w'’-]+", text)
    return {normalise(w) for w in words[1:] if w[:1].isupper() and normalise(w) not in STOPWORDS}


def content(name: str) -> frozenset[str]:
    """The words of a normalised name that are not stopwords."""
    return frozenset(w for w in name.split() if w not in STOPWORDS)


EVENT_HEADS = frozenset(
    ["conference", "summit", "convention", "rally", "meeting", "election", "elections", "campaign",
     "inquiry", "festival", "games", "championship", "cup", "awards", "war", "scandal", "affair", "trial"]
)  # fmt: skip
"""Last words of the names of events rather than of bodies ("Conservative Party Conference")."""


def is_event_name(text: str) -> bool:
    """Whether a name of two words or more names an event ("Labour Party Conference"): its last word says so."""
    words = normalise(text).split()
    return len(words) > 1 and words[-1] in EVENT_HEADS


PHRASE_WORDS = frozenset(["to", "by", "with", "from", "as", "or", "but", "than", "vs", "said", "says", "told"])
"""Words in lower case that no name of an actor holds between its capitalised words: a name the recogniser gives
with one runs on into the sentence ("Ann Lee to Tom Hill")."""


def is_phrase(text: str) -> bool:
    """Whether a name runs past its end into the sentence: a word of :data:`PHRASE_WORDS` between two capitalised
    words ("Ann Lee to Tom Hill"), or a name ending in a word such as "at" or "and" ("Acme at"); "Bank of Marlow",
    "University of Marlow at Esk" and a capitalised description ("Celebrity website Marlow") are none."""
    words = re.findall(r"[\w'’-]+", text)
    capitals = [i for i, w in enumerate(words) if w[:1].isupper()]
    if not capitals:
        return False
    if len(words) > 1 and words[-1] in STOPWORDS and words[-2][:1].isupper():
        return True
    return any(w in PHRASE_WORDS for w in words[capitals[0] + 1 : capitals[-1]])
