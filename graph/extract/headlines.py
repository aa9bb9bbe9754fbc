"""Names in headlines written in title case ("Ann Lee Checks Into Clinic"), where every word is capitalised and the
recogniser runs a name on into the words after it: the name is cut back to the longest start of it that the article
names elsewhere, in ordinary sentence case, and takes the label it has there."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.tokens import Span as DocSpan

WORD = re.compile(r"[^\W\d_][\w'’-]*")
TITLE_SHARE = 0.8
"""The share of a line's words that are capitalised, from which it is a title-case headline."""
HEADLINE_WORDS = 4
"""The fewest words a title-case headline has ("Ann Lee" alone is a name, not a headline)."""


class TitleCaseLines:
    """The lines of one article's text, each judged once: written in title case or not.

    spaCy builds ``Doc.text`` from the tokens on every access, so the text is taken once here and each line is
    judged once, however many names it holds."""

    def __init__(self, doc: Doc) -> None:
        self.text = doc.text
        self._judged: dict[tuple[int, int], bool] = {}

    def hold(self, ent: DocSpan) -> bool:
        """Whether ``ent`` lies on a line written in title case."""
        text = self.text
        start = text.rfind("\n", 0, ent.start_char) + 1
        end = text.find("\n", ent.end_char)
        line = (start, end if end >= 0 else len(text))
        if line not in self._judged:
            words = WORD.findall(text[line[0] : line[1]])
            capitalised = sum(1 for w in words if w[:1].isupper())
            self._judged[line] = len(words) >= HEADLINE_WORDS and capitalised >= TITLE_SHARE * len(words)
        return self._judged[line]


def names_in_sentence_case(doc: Doc, lines: TitleCaseLines) -> dict[str, str]:
    """The text and label of each entity the article writes outside title-case lines."""
    return {ent.text: ent.label_ for ent in doc.ents if not lines.hold(ent)}


def cut_back(ent: DocSpan, known: dict[str, str], lines: TitleCaseLines) -> DocSpan:
    """``ent`` cut back to the longest start of it in ``known``, with that name's label, if it lies on a title-case
    line and is not itself in ``known``; else ``ent``."""
    if ent.text in known or len(ent) < 2 or not lines.hold(ent):
        return ent
    for end in range(ent.end - 1, ent.start, -1):
        start = ent.doc[ent.start : end]
        if start.text in known:
            start.label_ = known[start.text]
            return start
    return ent
