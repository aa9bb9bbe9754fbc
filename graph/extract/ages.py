"""The ages a news story gives its people: at a name ("Tom Hill, 37, said", "37-year-old Tom Hill") and in a
description ("the 37-year-old", "The actress, 26, left"), so that a description that states an age names only the
person of that age (:mod:`graph.extract.descriptions`)."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING

from graph.model import Mention, Span
from graph.names import normalise
from graph.nlp.loader import AGE_UNITS

if TYPE_CHECKING:
    from spacy.tokens import Span as DocSpan

Age = tuple[int, str]
"""An age as a number and its unit: (37, "year"), (10, "month")."""
AGE = rf"\b(\d{{1,3}})\s*-\s*({'|'.join(sorted(AGE_UNITS))})s?\s*-\s*old\b"
AGE_IN = re.compile(AGE, re.I)
"""An age as a hyphenated adjective ("37-year-old", "10 - month - old" in tokenised copy); not "37 years old", which
may belong to another clause, nor the "1000-year-old" of a temple."""
AGE_BEFORE = re.compile(r"(?<!\ba )(?<!\ban )" + AGE + r"\s+(?P<words>(?:[a-z]+\s+){0,2})$", re.I)
"""An age before a name, with up to two words of description between ("37-year-old Tom Hill", "the 26-year-old
actress Ann Lee"); not after "a" ("A 19-year-old shot Tom Hill" gives Hill no age)."""
NOT_DESCRIBING = frozenset(
    ["was", "is", "were", "and", "or", "with", "to", "by", "at", "in", "on", "for", "from", "after", "before", "shot",
     "hit", "met", "beat", "told", "saw", "left", "said", "says", "stabbed", "killed", "attacked"]
)  # fmt: skip
"""Words between an age and a name that make the age someone else's ("the 19-year-old shot Tom Hill")."""
AGE_AFTER = re.compile(r",\s*(\d{1,3})\s*[,;.)]")
"""An age between commas right after a name or a description ("Tom Hill, 37, said", "The actress, 26, left")."""
MAX_AGE = 115
"""The oldest age a number between commas after a name may be."""
LOOK_BACK = 40
"""How many characters before a name an age modifying it may start."""


def aged_name(words: DocSpan) -> bool:
    """Whether a name is given an age between commas right after it, as only a person's is ("said Pavel, 52."); not
    one of several names given numbers in a sentence, which are figures ("orders from Airbus, 20, and Boeing, 30")."""
    after = AGE_AFTER.match(words.doc.text, words.end_char)
    if after is None or not 0 < int(after.group(1)) <= MAX_AGE:
        return False
    return len(AGE_AFTER.findall(words.sent.text)) == 1  # "Airbus, 20, and Boeing, 30": figures, no ages


def stated_age(text: str, span: Span) -> Age | None:
    """The age the phrase at ``span`` states, within it ("the 37-year-old actress") or right after it between commas
    ("The actress, 26, left"); None when it states none."""
    inside = AGE_IN.search(span.slice(text))
    if inside:
        return int(inside.group(1)), inside.group(2).lower()
    after = AGE_AFTER.match(text, span.end)
    return (int(after.group(1)), "year") if after else None


def person_key(person: Mention) -> str:
    """The key of a person's ages: the whole name as written ("tom hill"), so that "Tom Hill, 52, and his son Ben
    Hill, 23" give two people two ages."""
    return normalise(person.text)


def given_ages(text: str, people: Sequence[Mention]) -> dict[str, set[Age]]:
    """The ages the article gives each person, by :func:`person_key`: after a name between commas ("Tom Hill, 37,")
    or before it ("37-year-old Tom Hill")."""
    ages: dict[str, set[Age]] = defaultdict(set)
    for person, age, _ in _ages_at_names(text, people):
        ages[person_key(person)].add(age)
    return dict(ages)


def loose_ages(text: str, people: Sequence[Mention]) -> list[tuple[int, Age]]:
    """The ages the article gives no name ("a 19-year-old was arrested", "her 3-year-old son"), each with the offset
    where it is written: a description stating one of them after it may be that other person."""
    attached = {start for _, _, start in _ages_at_names(text, people)}
    found = ((m.start(), (int(m.group(1)), m.group(2).lower())) for m in AGE_IN.finditer(text))
    return [(start, age) for start, age in found if start not in attached]


def _ages_at_names(text: str, people: Sequence[Mention]) -> list[tuple[Mention, Age, int]]:
    """Each person given an age at its name, with the age and the offset where the age is written."""
    found = []
    for person in people:
        start = max(0, person.span.start - LOOK_BACK)
        before = AGE_BEFORE.search(text[start : person.span.start])
        between = before.group("words").lower().split() if before else []
        if before and not NOT_DESCRIBING.intersection(between):
            found.append((person, (int(before.group(1)), before.group(2).lower()), start + before.start(1)))
        elif after := AGE_AFTER.match(text, person.span.end):
            found.append((person, (int(after.group(1)), "year"), after.start(1)))
    return found
