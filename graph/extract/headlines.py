"""Names in headlines written in title case ("Ann Lee Checks Into Clinic"), where every word is capitalised (but the
articles, conjunctions and short prepositions house styles leave in lower case: "Offer to Lee Bumped as High") and the
recogniser runs a name on into the words after it: the name is cut back to the longest start of it that the article
names elsewhere, in ordinary sentence case, and takes the label it has there; else to the longest run of its words
that the article's names hold elsewhere ("Council Lost Old Lee Ledger" is Lee); where the article names others but no
word of it, it is no name at all ("There's Her Kite", "Garden Gnome Day"): a body tells whom its headline names. Where
the article names nobody else, the name ends before the first word that cannot go on a name (a verb, a preposition,
a spaced dash: "Ann Lee Checks Into Clinic", "Lions - Hale Trade Rumor") and loses a verb it opens with ("Overturns
Hale"). A line in capitals of two words or more is a heading too ("THE WEEK'S POLLS"), and a name in capitals that
opens a line before a comma or a dash is a dateline's place ("WEST FALLS, Ore. - The mayor ..."). Anywhere, a name
the recogniser ran on past a possessive ("the Lions' Cup Final") is cut back to the owner when the article names it
alone."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as DocSpan

WORD = re.compile(r"[^\W\d_][\w'’-]*")
TITLE_SHARE = 0.8
"""The share of a line's words that are capitalised, from which it is a title-case headline."""
HEADLINE_WORDS = 4
"""The fewest words a title-case headline has ("Ann Lee" alone is a name, not a headline)."""
MINOR_WORDS = frozenset(
    ["a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "as", "at", "by", "in", "of", "off", "on",
     "per", "to", "up", "via", "vs", "from", "into", "onto", "with", "over"]
)  # fmt: skip
"""Articles, conjunctions and short prepositions, which the house styles of title case leave in lower case ("Offer to
Lee Bumped as High as $90M"): a headline is in title case when every other word of it is capitalised."""
NOT_TITLE_CASE, HOUSE_STYLE, STRICT = 0, 1, 2
"""How a line is judged: not in title case; in a house style of title case, short words in lower case (a headline, a
signature, a credit or a listing); every word or nearly so capitalised (a headline)."""
NAME_LINE_MARKS = frozenset(",:;")
"""Marks of a line that lists names or credits someone rather than a headline."""
BULLETS = frozenset("-–—•*·")
"""What opens a line of a list."""
SENTENCE_END = re.compile(r"\.[\"'”’)\]]*$")
"""A full stop at the end of a line, before any closing marks: a sentence, no headline in house-style title case."""
NAME_LINKS = frozenset(["of", "for", "and", "de", "du", "del", "da", "von", "van", "der", "den", "la", "le", "al"])
"""Prepositions and particles that go on inside a name ("Bank of Leeds", "Department for Work", "Ann de Vere")."""
NO_NAME = ""
"""The label of a headline's words that name nobody: no actor's kind has it."""
DATELINE_DASHES = frozenset({"--", "—", "–", "-"})
"""The dashes that close a dateline."""
DATELINE_WORDS = 8
"""A dateline's place, state and dash take at most this many words."""
"""What follows a dateline's place ("WEST FALLS, Ore. -", "DUNMORE —")."""
NO_NAME_POS = frozenset(["VERB", "AUX", "ADP", "PRON", "SCONJ", "NUM", "NOUN"])
"""Parts of speech of the words no name holds, where the tagger reads a title-case word so ("Checks Into"): a common
noun too, since a capitalised word of a name reads as a proper one."""


class TitleCaseLines:
    """The lines of one article's text, each judged once: written in title case or not.

    spaCy builds ``Doc.text`` from the tokens on every access, so the text is taken once here and each line is
    judged once, however many names it holds."""

    def __init__(self, doc: Doc) -> None:
        self.text = doc.text
        self._judged: dict[tuple[int, int], int] = {}

    def _line(self, ent: DocSpan) -> tuple[int, int]:
        text = self.text
        start = text.rfind("\n", 0, ent.start_char) + 1
        end = text.find("\n", ent.end_char)
        return start, end if end >= 0 else len(text)

    def hold(self, ent: DocSpan) -> bool:
        """Whether ``ent`` lies on a line written in title case."""
        return self._judge(ent) != NOT_TITLE_CASE

    def strict(self, ent: DocSpan) -> bool:
        """Whether ``ent`` lies on a line that is a headline beyond doubt, every word or nearly so capitalised: one in
        house style, its short words in lower case, may be a signature, a credit or a listing ("Photo by Ann Lee for
        the Courier"), whose names stand even where the article names them nowhere else."""
        return self._judge(ent) == STRICT

    def _judge(self, ent: DocSpan) -> int:
        """How the line of ``ent`` is written: :data:`NOT_TITLE_CASE`, :data:`HOUSE_STYLE` or :data:`STRICT`."""
        line = self._line(ent)
        if line not in self._judged:
            written = self.text[line[0] : line[1]]
            words = WORD.findall(written)
            capitalised = sum(1 for w in words if w[:1].isupper())
            title_case = len(words) >= HEADLINE_WORDS and capitalised >= TITLE_SHARE * len(words)
            if title_case or (len(words) > 1 and all(w.isupper() for w in words)):
                self._judged[line] = STRICT
            else:
                self._judged[line] = HOUSE_STYLE if _styled(words, written) else NOT_TITLE_CASE
        return self._judged[line]


def _styled(words: list[str], line: str) -> bool:
    """Whether a line is a headline in a house style of title case: every word capitalised but the
    :data:`MINOR_WORDS`, at least :data:`HEADLINE_WORDS` of them; and none of what marks a line of names instead, a
    caption, a list or a credit: a comma or a colon ("Ann Lee of Oxford, Tom Hill of Harvard", "Speakers: …"), a
    list's bullet, a full stop at its end ("Ann Voss, Institute for Trade Studies.”")."""
    major = [w for w in words if w.lower() not in MINOR_WORDS]
    if len(major) < HEADLINE_WORDS or not all(w[:1].isupper() for w in major):
        return False
    written = line.strip()
    return not (NAME_LINE_MARKS & set(written) or written[:1] in BULLETS or SENTENCE_END.search(written))


def names_in_sentence_case(doc: Doc, lines: TitleCaseLines) -> dict[str, str]:
    """The text and label of each entity the article writes outside title-case lines."""
    return {ent.text: ent.label_ for ent in doc.ents if not lines.hold(ent)}


def cut_back(ent: DocSpan, known: dict[str, str], lines: TitleCaseLines) -> DocSpan:
    """``ent`` cut back, if it lies on a title-case line and is not itself in ``known``: to the longest start of it
    in ``known``, with that name's label; else to the longest run of words that ``known`` names hold; else, where
    ``known`` names anyone, to no name (labelled :data:`NO_NAME`); else to its :func:`_name_words`. A dateline's
    place is a place whatever the recogniser says (:func:`_dateline`)."""
    if _dateline(ent):
        return _labelled(ent, "GPE")
    if ent.text in known or not lines.hold(ent):
        return ent
    for end in range(ent.end - 1, ent.start, -1):
        start = ent.doc[ent.start : end]
        if start.text in known:
            return _labelled(start, known[start.text])
    run = _known_run(ent, known)
    if run is not None:
        return run
    if not lines.strict(ent):
        return ent
    if known:
        return _labelled(ent, NO_NAME)
    return _name_words(ent) if len(ent) > 1 else ent


def _known_run(ent: DocSpan, known: dict[str, str]) -> DocSpan | None:
    """The longest run of ``ent``'s words that names in ``known`` hold ("Lee" of "Lost Old Lee Ledger" where the article
    names "Ann Lee"), with the label of the first name holding its first word; None when no word of it is held."""
    owners = {w: label for name, label in known.items() for w in WORD.findall(name) if w[:1].isupper()}
    best: tuple[int, int] | None = None
    start = None
    for token in [*ent, None]:
        if token is not None and token.text in owners:
            start = token.i if start is None else start
            continue
        if start is not None:
            end = token.i if token is not None else ent.end
            best = (start, end) if best is None or end - start > best[1] - best[0] else best
            start = None
    if best is None:
        return None
    return _labelled(ent.doc[best[0] : best[1]], owners[ent.doc[best[0]].text])


def _dateline(ent: DocSpan) -> bool:
    """Whether ``ent`` is a dateline's place (:func:`dateline_end`)."""
    dash = dateline_end(ent.doc, ent.start)
    return dash is not None and ent.end <= dash


def dateline_end(doc: Doc, start: int) -> int | None:
    """The dash that closes a dateline opening at token ``start``: a place in capitals opening its line, its state or
    country after a comma, then a dash ("OAKDALE -- Mayor Ann Lee said …", "WEST FALLS, Ore. - The mayor …", "LA PAZ,
    Texas — …"); None where the words there are none: a title or a name before a dash ("FBI Director Tom Hill --
    speaking from Houston -- said …"), a name in capitals that a comma sets off from a description ("IBM, the
    computer maker, said …")."""
    if not _opens_line(doc[start]):
        return None
    dash = next((t.i for t in doc[start : start + DATELINE_WORDS] if t.text in DATELINE_DASHES), None)
    if dash is None:
        return None
    comma = next((t.i for t in doc[start:dash] if t.text == ","), dash)
    place = [t for t in doc[start:comma] if not t.is_punct]
    region = doc[comma + 1 : dash]
    capitals = bool(place) and all(t.is_upper and t.is_alpha for t in place) and any(len(t) > 1 for t in place)
    regional = comma == dash or (len(region) > 0 and all(t.text[:1].isupper() or t.text == "." for t in region))
    return dash if capitals and regional else None


def _opens_line(token: Token) -> bool:
    """Whether ``token`` is the first word of its line (of the document, or after a line break)."""
    before = token.doc[token.i - 1] if token.i else None
    if before is None:
        return True
    return "\n" in before.whitespace_ or (before.is_space and "\n" in before.text)


def _name_words(ent: DocSpan) -> DocSpan:
    """``ent`` from its first word that is no verb to the last before a word no name holds (:data:`NO_NAME_POS`, a
    spaced dash or colon), its label kept; no name (:data:`NO_NAME`) when nothing is left ("Will Be")."""
    doc = ent.doc
    start = ent.start
    while start < ent.end and doc[start].pos_ in {"VERB", "AUX"}:
        start += 1
    end = start + 1
    while end < ent.end and not _ends_name(doc[end]):
        end += 1
    if start >= ent.end:
        return _labelled(ent, NO_NAME)
    if (start, end) == (ent.start, ent.end):
        return ent
    return _labelled(doc[start:end], ent.label_)


def _ends_name(token: Token) -> bool:
    if token.is_punct:
        return token.i > 0 and bool(token.doc[token.i - 1].whitespace_) and token.text not in {".", "&"}
    return token.pos_ in NO_NAME_POS and token.lower_ not in NAME_LINKS


def before_possessive(ent: DocSpan, known: dict[str, str]) -> DocSpan:
    """``ent`` cut back to the words before a possessive inside it ("the Lions' Cup Final" is the Lions) when the
    article names those words alone; else ``ent``."""
    for token in ent[1:-1]:
        if token.tag_ == "POS" or token.text in {"'", "’", "'s", "’s"}:
            owner = ent.doc[ent.start : token.i]
            label = next((label for name, label in known.items() if _bare(name) == _bare(owner.text)), None)
            return ent if label is None else _labelled(owner, label)
    return ent


def _labelled(span: DocSpan, label: str) -> DocSpan:
    span.label_ = label
    return span


def _bare(name: str) -> str:
    return name.removeprefix("the ").removeprefix("The ")
