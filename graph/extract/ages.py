"""The ages a news story gives its people: at a name ("Tom Hill, 37, said", "37-year-old Tom Hill") and in a
description ("the 37-year-old", "The actress, 26, left"), so that a description that states an age names only the
person of that age (:mod:`graph.extract.descriptions`)."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from graph.model import Mention, Span
from graph.names import surname

Age = tuple[int, str]
"""An age as a number and its unit: (37, "year"), (10, "month")."""
AGE_UNITS = frozenset(["year", "month", "week"])
"""The units an age is told in ("37-year-old", "10-month-old")."""
AGE = rf"(\d{{1,3}})\s*-?\s*({'|'.join(sorted(AGE_UNITS))})s?\s*-?\s*old"
AGE_IN = re.compile(AGE, re.I)
"""An age written out ("37-year-old", "10 - month - old" in tokenised copy, "23-year old")."""
AGE_BEFORE = re.compile(AGE + r"\s+(?:[a-z]+\s+){0,2}$", re.I)
"""An age before a name, with up to two words of description between ("37-year-old Tom Hill", "the 26-year-old
actress Ann Lee")."""
AGE_AFTER = re.compile(r",\s*(\d{1,3})\s*[,;.)]")
"""An age between commas right after a name or a description ("Tom Hill, 37, said", "The actress, 26, left")."""
LOOK_BACK = 40
"""How many characters before a name an age modifying it may start."""


def stated_age(text: str, span: Span) -> Age | None:
    """The age the phrase at ``span`` states, within it ("the 37-year-old actress") or right after it between commas
    ("The actress, 26, left"); None when it states none."""
    inside = AGE_IN.search(span.slice(text))
    if inside:
        return int(inside.group(1)), inside.group(2).lower()
    after = AGE_AFTER.match(text, span.end)
    return (int(after.group(1)), "year") if after else None


def given_ages(text: str, people: Sequence[Mention]) -> dict[str, set[Age]]:
    """The ages the article gives each person, by surname: after a name between commas ("Tom Hill, 37,") or before it
    ("37-year-old Tom Hill")."""
    ages: dict[str, set[Age]] = defaultdict(set)
    for person in people:
        before = AGE_BEFORE.search(text[max(0, person.span.start - LOOK_BACK) : person.span.start])
        age = (int(before.group(1)), before.group(2).lower()) if before else stated_age(text, person.span)
        if age is not None:
            ages[surname(person.text)].add(age)
    return dict(ages)
