"""How the merge normalises names and wordings before it compares them."""

from __future__ import annotations

import functools
import re
import unicodedata

STOPWORDS = frozenset(["the", "of", "and", "for", "in", "on", "at", "a", "an", "'s"])
TITLES = frozenset(
    [
        "president",
        "prime",
        "minister",
        "mr",
        "mrs",
        "ms",
        "dr",
        "sir",
        "lord",
        "lady",
        "general",
        "gen",
        "col",
        "colonel",
        "sen",
        "senator",
        "rep",
        "representative",
        "gov",
        "governor",
        "mayor",
        "chancellor",
        "king",
        "queen",
        "prince",
        "princess",
        "pope",
        "former",
        "late",
        "russian",
        "ukrainian",
        "us",
        "u.s.",
        "american",
        "british",
        "chinese",
        "french",
        "german",
        "leader",
        "blogger",
        "deputy",
        "secretary",
        "spokesman",
        "spokeswoman",
        "minister",
        "ceo",
        "chairman",
        "chairwoman",
        "chief",
        "executive",
        "judge",
        "justice",
        "officer",
        "sgt",
        "sergeant",
        "lt",
        "lieutenant",
        "capt",
        "captain",
        "det",
        "detective",
        "rev",
        "reverend",
        "attorney",
        "prosecutor",
        "sheriff",
        "commissioner",
        "ambassador",
        "premier",
        "actor",
        "actress",
        "singer",
        "coach",
        "director",
        "analyst",
    ]
)
"""Words before a name that are titles or descriptions, not part of it ("President", "Mr", "blogger")."""
NAME_PARTICLES = frozenset(
    {"von", "van", "der", "den", "de", "da", "di", "del", "della", "du", "le", "la", "bin", "ibn", "al"}
)
"""Lower-case words inside a name ("Ana de la Cruz", "Ursula von der Leyen")."""
FEMALE_HONORIFICS = frozenset(["mrs", "ms", "miss", "lady", "dame", "madam", "mme"])
MALE_HONORIFICS = frozenset(["mr", "sir", "lord", "m"])
"""Honorifics that tell a person's sex: "Mrs Howard" is not Michael Howard where he is "Mr Howard"."""
NAMES_KEPT = 1 << 16
"""How many normalised names are kept for reuse: a story names its actors again and again."""


def surname(name: str) -> str:
    """The last word of a name, lower-cased ("Tom Hill" → "hill"); "" for no words."""
    words = name.split()
    return words[-1].lower() if words else ""


def sex_of(name: str) -> str:
    """The sex a person's name tells by the honorific it opens with (:data:`FEMALE_HONORIFICS`): "f", "m" or ""."""
    first = normalise(name).split(" ", 1)[0]
    return "f" if first in FEMALE_HONORIFICS else "m" if first in MALE_HONORIFICS - {"m"} else ""


@functools.lru_cache(maxsize=NAMES_KEPT)
def normalise(name: str) -> str:
    """Casefolded, accent-free, possessive-free, determiner-free name."""
    name = unicodedata.normalize("NFKD", name)
    name = "".join(ch for ch in name if not unicodedata.combining(ch))
    name = re.sub(r"['’]s\b", "", name.casefold())
    name = re.sub(r"[^\w\s.-]", " ", name)
    name = re.sub(r"^(?:the|a|an)\s+", "", name.strip())
    return re.sub(r"\s+", " ", name).strip(" .")
