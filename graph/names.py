"""How the merge normalises names and wordings before it compares them."""

from __future__ import annotations

import functools
import re
import unicodedata

STOPWORDS = frozenset(["the", "of", "and", "for", "in", "on", "at", "a", "an", "'s"])
NAMES_KEPT = 1 << 16
"""How many normalised names are kept for reuse: a story names its actors again and again."""


@functools.lru_cache(maxsize=NAMES_KEPT)
def normalise(name: str) -> str:
    """Casefolded, accent-free, possessive-free, determiner-free name."""
    name = unicodedata.normalize("NFKD", name)
    name = "".join(ch for ch in name if not unicodedata.combining(ch))
    name = re.sub(r"['’]s\b", "", name.casefold())
    name = re.sub(r"[^\w\s.-]", " ", name)
    name = re.sub(r"^(?:the|a|an)\s+", "", name.strip())
    return re.sub(r"\s+", " ", name).strip(" .")
