"""Which inputs are which article: one article per text, one id and one IRI per article.

The build runs this over every article it merges (those read now and, with ``--into``, those kept from earlier
builds), so a build gives the same articles and IRIs whatever the order of its inputs, and two builds that add
inputs one after the other give what one build of all of them gives:

1. **The same text given twice** (another file, another format, another id: :func:`graph.merge.copies.text_digest`) by
   one outlet, or by inputs that name none, is one article. The input with the most metadata stands for the others,
   which stay on it as sources (``Story.copies``: their files and ids); a warning names them. The same words from two
   named outlets are one wire story on two sites: two articles, one independent source (:mod:`graph.merge.copies`).
2. **One id given to inputs of different texts**: each gets a suffix made from its source; a warning names them.
3. **Ids that make one IRI** (``A`` and ``a``; ``a b``, ``a-b`` and ``a/b``; files ``Story A.txt`` and
   ``story-a.txt``: :func:`graph.rdf.mapping.mint` lower-cases and replaces what an IRI cannot hold): each id that
   is not, unchanged, the part of that IRI gets a suffix made from itself, so the IRI an id makes never depends on
   the order of the inputs, and an id that clashes with none keeps its IRI.

A renamed article keeps the id its input gave it (``Article.given_id``, written as ``ng:identifier``).
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from graph.merge.copies import text_digest
from graph.model import Article, ArticleFacts, Problem, Severity
from graph.names import normalise

if TYPE_CHECKING:
    from graph.build.cache import CachedFacts

METADATA = ("title", "published", "publisher", "author", "url")
"""The metadata counted to choose which of several inputs of one text stands for them."""
SUFFIXES = (8, 40)
"""Hex digits of the suffix that tells apart ids that clash: the second length only if the first still clashes."""


@dataclass
class Articles:
    """The articles a build merges, the inputs folded into them, and what was said about it."""

    facts: list[ArticleFacts]
    copies: dict[str, list[Article]] = field(default_factory=dict)
    """Other inputs of an article's text, by the article's (final) id."""
    problems: list[Problem] = field(default_factory=list)


def distinct_articles(entries: Iterable[CachedFacts]) -> Articles:
    """One article per text, each with an id, and an IRI, of its own (see the module docstring)."""
    kept, folded, problems = _fold(sorted(entries, key=lambda e: e.source))
    ids = _unique_ids(kept, problems)
    ids = _distinct_iris(ids)
    facts, copies = [], {}
    for entry in kept:
        article = entry.facts.article
        new_id = ids[entry.source]
        if new_id != article.id:
            given = article.given_id or article.id
            article = dataclasses.replace(article, id=new_id, given_id=given)
            facts.append(dataclasses.replace(entry.facts, article=article))
        else:
            facts.append(entry.facts)
        if entry.source in folded:
            copies[new_id] = [copy.facts.article for copy in folded[entry.source]]
    return Articles(facts, copies, problems)


def _fold(entries: list[CachedFacts]) -> tuple[list[CachedFacts], dict[str, list[CachedFacts]], list[Problem]]:
    """The entries that stand for their text, the others by the source of the one that stands for them, and a
    warning for each of those."""
    by_text: dict[str, list[CachedFacts]] = defaultdict(list)
    kept: list[CachedFacts] = []
    for entry in entries:
        digest = text_digest(entry.facts.article)
        if digest is None:
            kept.append(entry)
        else:
            by_text[digest].append(entry)
    folded: dict[str, list[CachedFacts]] = {}
    problems = []
    for group in by_text.values():
        for same in _by_outlet(group):
            first = min(same, key=_standing)
            kept.append(first)
            others = [e for e in same if e is not first]
            if others:
                folded[first.source] = others
            problems += [_folded_problem(other, first) for other in others]
    kept.sort(key=lambda e: e.source)
    return kept, folded, problems


def _by_outlet(group: list[CachedFacts]) -> list[list[CachedFacts]]:
    """Inputs of one text split by the outlet they name; those that name none join the first outlet's."""
    outlets: dict[str, list[CachedFacts]] = defaultdict(list)
    unnamed: list[CachedFacts] = []
    for entry in group:
        publisher = entry.facts.article.publisher
        (outlets[normalise(publisher)] if publisher else unnamed).append(entry)
    if not outlets:
        return [unnamed]
    first = min(outlets)
    outlets[first] += unnamed
    return [outlets[name] for name in sorted(outlets)]


def _standing(entry: CachedFacts) -> tuple[int, str]:
    """Sort key of the input that stands for its copies: the most metadata, then the first source."""
    article = entry.facts.article
    return -sum(getattr(article, name) is not None and getattr(article, name) != "" for name in METADATA), entry.source


def _where(article: Article) -> str:
    return f"{article.path or '(kept)'} (id {article.identifier!r})"


def _folded_problem(copy: CachedFacts, first: CachedFacts) -> Problem:
    article = copy.facts.article
    message = (
        f"id {article.identifier!r}: the same text as {_where(first.facts.article)}; built as one article with "
        "both as its sources, counted once"
    )
    return Problem(article.path or Path(copy.source), message, severity=Severity.WARNING)


def _unique_ids(kept: list[CachedFacts], problems: list[Problem]) -> dict[str, str]:
    """Each entry's id by its source; an id that inputs of different texts share gets a suffix from the source."""
    by_id: dict[str, list[CachedFacts]] = defaultdict(list)
    for entry in kept:
        by_id[entry.facts.article.id].append(entry)
    ids = {}
    for article_id, group in by_id.items():
        if len(group) == 1:
            ids[group[0].source] = article_id
            continue
        for entry in group:
            ids[entry.source] = f"{article_id}-{_digest(entry.source, SUFFIXES[0])}"
        named = "; ".join(f"{e.facts.article.path or '(kept)'} as {ids[e.source]!r}" for e in group)
        message = f"id {article_id!r} given to {len(group)} inputs of different texts: built as {named}"
        where = group[0].facts.article.path or Path(group[0].source)
        problems.append(Problem(where, message, severity=Severity.WARNING))
    return ids


def _distinct_iris(ids: dict[str, str]) -> dict[str, str]:
    """``ids`` with a suffix on each id whose IRI another id also makes, unless it is that IRI's own part."""
    from graph.rdf.mapping import iri_part

    ids = dict(ids)
    for length in (*SUFFIXES, None):
        by_part: dict[str, list[str]] = defaultdict(list)
        for source, article_id in ids.items():
            by_part[iri_part(article_id)].append(source)
        clashes = [(part, sources) for part, sources in by_part.items() if len(sources) > 1]
        if not clashes:
            break
        if length is None:
            raise AssertionError(f"ids {clashes[0][1]} make one IRI even with suffixes")
        for part, sources in clashes:
            for source in sources:
                if ids[source] != part:
                    ids[source] = f"{ids[source]}-{_digest(ids[source], length)}"
    return ids


def _digest(text: str, length: int) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:length]
