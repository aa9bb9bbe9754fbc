"""Who a pronoun source stands for, guessed from an annotated article's gold sources and its text.

PolNeAR marks "he" in "he said" as the source but has no coreference layer, so a scorer must guess the referent.
Two guesses, both from the gold sources (``Source``: text and span) before the pronoun:

- ``nearest``: the nearest earlier source that is not a pronoun (the scorer's rule until issue 18);
- ``agree``: English agreement instead of bare proximity. A relative pronoun ("Ms. Roe, who said") stands for the
  source or the words right before it; "he"/"she" for the nearest earlier *person* whose honorific or given name (in
  the source or elsewhere in the article) does not tell the other sex; "they" for the nearest group (a plural, a
  coordination "X and Y", a count "nine in 10"); "it" for the nearest thing that is neither a person nor a group;
  "I"/"we" stay unresolved (the writer or a quoted speaker, never the previous source). A name of the pronoun's sex
  in the narration of its own sentence, after that source, comes first ("Will Mary Roe win with her plan?"). Where
  no source agrees, the nearest one stands, as before.

Rules of English, not of one corpus: the lexicons are of kinds of words (honorifics and given names from
:mod:`graph.names`, nouns for bodies, documents, groups and people); nothing names a PolNeAR person or document.

``python -m bench.polnear_referents`` measures both against hand-labelled referents on PolNeAR train.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from graph.extract.speaker_words import ROLE_GENDERS
from graph.model import Span
from graph.names import FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES, PRONOUN_SEXES, TITLES, sex_of

_PRONOUN_WORDS = "he she they it we i him her them who his their its you"
PRONOUNS = frozenset(_PRONOUN_WORDS.split())
"""Source words that are pronouns: their referent is guessed."""
PERSONAL = {
    **dict.fromkeys(("he", "him", "his"), "m"),
    **dict.fromkeys(("she", "her"), "f"),
    **dict.fromkeys(("they", "them", "their"), "group"),
    **dict.fromkeys(("it", "its"), "thing"),
}
"""The third-person pronouns and what they agree with: a man, a woman, a group, a thing."""
RELATIVE = frozenset({"who"})
_THING_WORDS = (
    "campaign committee party administration department ministry office agency court senate congress house",  # bodies
    "post times news network press journal magazine newspaper website",  # news organisations
    "organization association council commission university center centre institute foundation company corporation",
    "fund pac survey poll study report video statement letter analysis law agreement plan order referendum",
    "initiative ad memo filing book",  # documents
)
THING_WORDS = frozenset(" ".join(_THING_WORDS).split())
"""Head words of sources that are no person: an organisation, a document or a count ("the campaign", "a poll")."""
_QUANTIFIER_WORDS = "both many several some those others all few most none neither dozens hundreds thousands"
QUANTIFIERS = frozenset(_QUANTIFIER_WORDS.split())
"""First words that make a source a group ("both", "many Democrats", "some of them")."""
_COLLECTIVE_WORDS = "panel staff handful majority minority crowd team group audience family couple two three four five"
COLLECTIVES = frozenset(_COLLECTIVE_WORDS.split())
"""Last words of a head that make a source a group ("the panel", "a large majority", "the two")."""
GROUP_ENDINGS = ("ans", "ats", "ists", "ites", "als", "ives", "nos", "ics")
"""Endings of capitalised plurals ("Republicans", "Democrats", "Latinos"): other capitalised words in -s are names."""
_NOT_PLURAL = "news press this his its us was has is whose always perhaps congress"
NOT_PLURAL = frozenset(_NOT_PLURAL.split())
_PERSON_WORDS = (
    "reporter partner diplomat official candidate strategist adviser aide lawyer pollster economist professor "
    "activist voter supporter donor commentator nominee delegate spouse parent child"
)
PERSON_NOUNS = TITLES | frozenset(_PERSON_WORDS.split())
"""Head nouns of descriptions of one person ("the reporter", "a senior aide", "the former ambassador")."""
NOUN_SEXES = {noun: PRONOUN_SEXES[pronoun] for noun, pronoun in ROLE_GENDERS.items()}
"""Head nouns that tell a person's sex ("a spokeswoman" is no "he")."""
_HEAD_END = re.compile(r",|\s(?:who|whose|which|that|of|with|for|from|at|in|on)\s")
_COUNT = re.compile(r"(?<![\w-])\d[\d,.]*(?![\w-])|percent|%|\bout\b")
_NAME_PAIR = re.compile(r"\b(Mr|Mrs|Ms|Miss|[A-Z][a-z]+)\.?\s+((?:[A-Z][\w'’-]+\s+)?[A-Z][\w'’-]+)")
_QUOTED = re.compile("\u201c[^\u201d]*\u201d?|\"[^\"]*\"?|''.*?''")
_SENTENCE_END = re.compile(r"(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bDr)(?<!\b[A-Z])[.!?]\s+|\n")
_FULL_NAME = re.compile(r"\b([A-Z][\w'’-]+)\s+(?=([A-Z][\w'’-]+))")
_LAST_WORDS = re.compile(r"((?:[A-Z][\w.'’-]*\s+)*[A-Z][\w.'’-]*|[\w'’-]+)[,\s]*$")


@dataclass(frozen=True, slots=True)
class Source:
    """A gold source: its text and where it is."""

    text: str
    span: Span


def is_pronoun(text: str) -> bool:
    return text.lower() in PRONOUNS


def nearest(pronoun: Source, earlier: Sequence[Source], text: str) -> Source | None:
    """The nearest earlier source that is not a pronoun (``earlier`` in text order)."""
    return next((s for s in reversed(earlier) if not is_pronoun(s.text)), None)


def agreeing(pronoun: Source, earlier: Sequence[Source], text: str) -> Source | None:
    """The nearest earlier source that agrees with the pronoun (see the module's docstring), or ``None``."""
    word = pronoun.text.lower()
    if word in RELATIVE:
        return _relative(pronoun, earlier, text)
    wants = PERSONAL.get(word)
    if wants is None:
        return None
    named = [s for s in earlier if not is_pronoun(s.text)]
    vocabulary = Vocabulary.of(text)
    fits = [s for s in named if _agrees(kind(s.text, vocabulary), wants)]
    found = (fits or named)[-1] if named else None
    return _name_between(found.span.end if found else 0, pronoun.span.start, text, wants) or found


def _name_between(start: int, end: int, text: str, sex: str) -> Source | None:
    """The last name of a person of ``sex`` (by honorific or given name) in the narration of the pronoun's sentence
    before it, after ``start``: "Will Mrs. Roe win with her plan?" (a name the annotators did not mark as a source,
    nearer than any source). Quoted words are no narration."""
    if sex not in ("m", "f"):
        return None
    narration = _QUOTED.sub(lambda quote: " " * len(quote.group()), text[start:end])
    ends = [stop.end() for stop in _SENTENCE_END.finditer(narration)]
    found = None
    for match in _NAME_PAIR.finditer(narration, ends[-1] if ends else 0):
        if _pair_sex(match.group(1)) == sex:
            found = Source(match.group(0), Span(start + match.start(), start + match.end()))
    return found


def _pair_sex(first: str) -> str:
    low = first.lower()
    return sex_of(low) or ("f" if low in FEMALE_GIVEN_NAMES else "m" if low in MALE_GIVEN_NAMES else "")


def _agrees(found: str, wants: str) -> bool:
    if wants in ("m", "f"):
        return found in (wants, "person")
    return found == wants


def _relative(pronoun: Source, earlier: Sequence[Source], text: str) -> Source | None:
    """The source that ends right before "who" ("Ms. Roe, who"), or the name or noun the text has there."""
    for source in reversed(earlier):
        gap = text[source.span.end : pronoun.span.start]
        if source.span.end <= pronoun.span.start and not is_pronoun(source.text) and not gap.strip(" ,\u2014-"):
            return source
    before = text[max(0, pronoun.span.start - 80) : pronoun.span.start]
    match = _LAST_WORDS.search(before)
    if match is None:
        return None
    words = match.group(1).split()[-3:]
    start = pronoun.span.start - len(before) + before.rfind(words[0])
    return Source(" ".join(words), Span(start, start + len(" ".join(words))))


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """What an article tells about its words: the sex of surnames it names with a given name or honorific once,
    and the words it also writes in lower case (so "Investors" opening a sentence is no name)."""

    sexes: Mapping[str, str]
    lower: frozenset[str]
    surnames: frozenset[str]
    """Last words of full names ("Wilma Hodges"): "Hodges" alone is then a name, "Residents" a plural."""

    @classmethod
    def of(cls, text: str) -> Vocabulary:
        lower = frozenset(re.findall(r"\b[a-z][\w'’-]*", text))
        pairs = _FULL_NAME.findall(text)
        return cls(
            surname_sexes(text), lower, frozenset(_bare(last) for first, last in pairs if first.lower() not in lower)
        )


def kind(source: str, vocabulary: Vocabulary) -> str:
    """What a source is: ``m`` or ``f`` (a person of known sex), ``person``, ``group`` or ``thing``."""
    described = _appositive(source)
    if described:
        return described
    head = _HEAD_END.split(" " + source + " ", maxsplit=1)[0].strip()
    words = re.findall(r"[\w'’.-]+", head)
    if not words:
        return "thing"
    lower = [w.lower().strip(".") for w in words]
    names = [w for w, low in zip(words, lower, strict=True) if _is_name(w, low, vocabulary)]
    last_is_name = bool(names) and names[-1] == words[-1]
    if " and " in f" {head} " or lower[0] in QUANTIFIERS or lower[-1] in COLLECTIVES or _COUNT.search(head):
        return "group"
    surname = last_is_name and (len(names) > 1 or lower[-1] in vocabulary.surnames)
    if _plural(lower[-1]) and (not surname or lower[-1].endswith(GROUP_ENDINGS)):
        return "group"
    if lower[-1] in THING_WORDS:
        return "thing"
    given = next((sex for name in names[:-1] if (sex := _pair_sex(name))), "")
    sex = NOUN_SEXES.get(lower[-1]) or sex_of(head.replace(".", "")) or given
    if not sex and len(names) == 1 and last_is_name:  # a bare surname: "Roe", "Sen. Roe"
        sex = vocabulary.sexes.get(_bare(words[-1]), "")
    if sex:
        return sex
    return "person" if names or lower[-1] in PERSON_NOUNS else "thing"


def _appositive(source: str) -> str:
    """The kind an appositive description tells ("Xinhua, the news agency," "Roe, a spokeswoman"), or ""."""
    parts = source.split(",")
    if len(parts) < 2:
        return ""
    head = re.findall(r"[\w'’-]+", _HEAD_END.split(" " + parts[1] + " ", maxsplit=1)[0].lower())
    last = head[-1] if head else ""
    return "thing" if last in THING_WORDS else NOUN_SEXES.get(last) or ("person" if last in PERSON_NOUNS else "")


def _is_name(word: str, low: str, vocabulary: Vocabulary) -> bool:
    """A capitalised word the article never writes in lower case, no acronym ("ICE") and no title ("Sen.")."""
    return word[:1].isupper() and not word.isupper() and low not in vocabulary.lower and low not in TITLES


def _plural(bare: str) -> bool:
    return bare.endswith("s") and bare not in NOT_PLURAL and not bare.endswith(("'s", "’s", "ss", "us", "is"))


def _bare(word: str) -> str:
    return re.sub(r"['’]s?$", "", word).lower()


def surname_sexes(text: str) -> dict[str, str]:
    """Surnames whose sex the article tells once ("Mrs. Roe", "Jane Roe"); a surname told both ways is left out."""
    seen: dict[str, set[str]] = {}
    for first, name in _NAME_PAIR.findall(text):
        if sex := _pair_sex(first):
            seen.setdefault(_bare(name.split()[-1]), set()).add(sex)
    return {name: next(iter(sexes)) for name, sexes in seen.items() if len(sexes) == 1}


Guess = Callable[[Source, Sequence[Source], str], Source | None]
GUESSES: dict[str, Guess] = {"nearest": nearest, "agree": agreeing}
"""The referent guesses by name: ``nearest`` (the old rule, kept so old numbers stay printable) and ``agree``."""
REFERENTS = ("labelled", *GUESSES)
"""How a scorer may take a pronoun source's referent: ``labelled`` (read by hand where :data:`LABELS` has it, else
``agree``) or one of :data:`GUESSES`."""

LABELS = Path(__file__).with_name("polnear_referents_dev.tsv")
"""Hand-labelled referents of every pronoun source of a quoted or speech attribution on PolNeAR dev (264 of them),
as character offsets only, so the file holds none of the corpus's text: a key of the document id
(:func:`doc_key`), where the pronoun starts, and where the words naming its referent start and end (-1 where the
article never says whom it stands for: an opinion writer's "I"). Labelled by readers who saw the articles with the
pronouns marked and nothing the pipeline said; a second reader labelled a third of the articles again and agreed on
all 66 of their pronouns."""
Labels = Mapping[tuple[str, int], Span | None]


def doc_key(doc: str) -> str:
    """The key of a document id in :data:`LABELS`: the first 16 hex digits of its SHA-256."""
    return hashlib.sha256(doc.encode()).hexdigest()[:16]


def read_labels(path: Path = LABELS) -> dict[tuple[str, int], Span | None]:
    """The referent span of each labelled pronoun source, by (document key, pronoun start); None where there is none."""
    labels: dict[tuple[str, int], Span | None] = {}
    for line in path.read_text(encoding="utf8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        key, pronoun, start, end = line.split("\t")
        labels[key, int(pronoun)] = Span(int(start), int(end)) if int(start) >= 0 else None
    return labels
