"""What a build does with each article: reuse the facts a build folder keeps for it, or analyse it."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from graph.build import cache
from graph.build.cache import CachedFacts
from graph.build.workers import Extracted
from graph.model import Article, Problem


@dataclass(slots=True)
class Plan:
    """The facts a build holds and the articles it still has to analyse, by source (:func:`cache.source_key`)."""

    fingerprint: str
    """What extracts facts in this build (:func:`cache.fingerprint`)."""
    entries: dict[str, CachedFacts]
    """The facts of every article the build holds; those of the analysed ones are added as they come."""
    todo: dict[str, Article] = field(default_factory=dict)
    """The articles to analyse."""
    unchanged: set[str] = field(default_factory=set)
    """Sources whose kept facts file is already what it should be."""

    @classmethod
    def of(cls, articles: Iterable[Article], kept: dict[str, CachedFacts], fingerprint: str, add: bool) -> Plan:
        """Reuse the ``kept`` facts of an article whose content, extractor code and model are unchanged; analyse the
        others. With ``add`` every kept article stays, and those whose facts other code or another model extracted
        are analysed again."""
        plan = cls(fingerprint, dict(kept) if add else {})
        for article in articles:
            key, digest = cache.source_key(article), cache.digest(article)
            old = kept.get(key)
            if old and old.digest == digest and old.fingerprint == fingerprint:
                if old.facts.article.path == article.path:
                    plan.unchanged.add(key)  # its kept file stays as it is
                old.facts.article.path = article.path  # the path as given this time: ng:sourceFile as a fresh build
                plan.entries[key] = old
            else:
                plan.entries.pop(key, None)
                plan.todo[key] = article
        plan.todo |= {key: e.facts.article for key, e in plan.entries.items() if e.fingerprint != fingerprint}
        return plan

    def take(self, extracted: Iterable[Extracted | Problem], folder: Path | None) -> Iterator[Problem]:
        """Take the facts of the analysed articles, in the order of :attr:`todo`, each kept in ``folder`` as soon as
        it comes (no text held in memory, no analysis lost to a later failure); the problem of each article whose
        analysis failed."""
        for key, found in zip(self.todo, extracted, strict=True):
            if isinstance(found, Problem):
                self.entries.pop(key, None)
                yield found
                continue
            digest = found.digest if found.digest is not None else cache.digest(found.facts.article)
            self.entries[key] = entry = CachedFacts(key, digest, self.fingerprint, found.facts, found.text)
            if folder:
                cache.write(folder, entry)
                entry.text = None
                self.unchanged.add(key)
