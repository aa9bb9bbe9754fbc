"""Who wrote an article: the people, or the agency, its metadata or byline names as its authors.

A byline may name several writers ("Tom Hill and Ann Lee", "Ann Lee; Tom Hill" as page metadata joins them), a news
agency ("Reuters", "Associated Press": the outlet, as when it publishes) or no one in particular ("Staff Reporter",
"Our Foreign Staff", "Editorial Board"), which names no actor.
"""

from __future__ import annotations

import re

from graph.extract.actor_cues import known_outlet
from graph.model import ActorKind, Article, Mention, author_span

SEPARATOR = re.compile(r"\s*(?:[;,|/]|\band\b|&)\s*")
"""What joins the names of several writers in a byline."""
NAME_PARTICLES = frozenset({"al", "bin", "da", "de", "del", "der", "di", "du", "la", "le", "van", "von"})
"""Lower-case words inside a writer's name ("Ursula von der Leyen")."""
STAFF_WORDS = frozenset({
    "admin", "administrator", "agencies", "anonymous", "board", "bureau", "contributor", "contributors",
    "correspondent", "correspondents", "desk", "editor", "editorial", "editors", "newsroom", "reporter", "reporters",
    "service", "services", "staff", "team", "unknown", "wire", "wires", "writer", "writers",
})  # fmt: skip
"""Words of a byline that names a post or a desk, not a writer ("Staff Reporter", "Our Political Editor")."""
NAME_WORD = re.compile(r"[A-Z][\w.'’-]*")


def byline_authors(article: Article) -> list[Mention]:
    """The article's authors as mentions keyed by :func:`graph.model.author_span`, in byline order: a writer's name
    is a person's, a known agency's an outlet's; a desk or a post ("Staff Reporter") and anything that is not a name
    (an e-mail address, a sentence) name no one."""
    names = [name for part in SEPARATOR.split(article.author or "") if (name := _name(part))]
    unique = list(dict.fromkeys(names))
    return [Mention(author_span(i), name, _kind(name)) for i, name in enumerate(unique)]


def _name(part: str) -> str | None:
    """The writer's or agency's name ``part`` of a byline gives, in its own case but for one in capitals ("ANN LEE"
    is Ann Lee); None for a desk, a post or a string that is no name."""
    words = part.removeprefix("By ").removeprefix("by ").split()
    if not words or len(words) > 5:
        return None
    if known_outlet(" ".join(words)):
        return " ".join(words)
    if any(w.casefold().strip(".") in STAFF_WORDS for w in words):
        return None
    if all(w.isupper() for w in words if len(w) > 2):
        words = [w.capitalize() if len(w) > 2 else w for w in words]
    if not all(NAME_WORD.fullmatch(w) or w in NAME_PARTICLES for w in words):
        return None
    return " ".join(words)


def _kind(name: str) -> ActorKind:
    return ActorKind.OUTLET if known_outlet(name) else ActorKind.PERSON
