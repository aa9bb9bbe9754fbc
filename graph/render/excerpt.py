"""The part of a large story the map page holds: its most quoted actors, what they said and did, and where.

A browser draws a few thousand nodes in seconds and a hundred thousand not at all, so a story whose map would have
more than ``limit`` nodes (actors, outlets, statements, events, articles) is cut down here, before any RDF is made:
actors are taken in order of how many statements they made, then how often they are named, each with its
statements, the events it took part in, and every article that reports them. The excerpt is itself a
:class:`~graph.story.Story`, so the page is read from its graph exactly as from a whole story's; counts that depend
on every report (outlets, independent sources) stay whole because every report of a chosen statement or event comes
with it. The RDF files always hold the whole story.
"""

from __future__ import annotations

import dataclasses
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from graph.model import PUBLISHER_SPAN, ArticleFacts, Mention
from graph.story import Event, Statement, Story

MAP_NODES = 5000
"""The most nodes the map page holds by default: Chromium lays out 5,000 in a few seconds, 50,000 in half a minute."""


@dataclass(frozen=True, slots=True)
class Counts:
    """How many of each kind of node a story puts on the map."""

    actors: int
    statements: int
    events: int
    articles: int

    @property
    def nodes(self) -> int:
        return self.actors + self.statements + self.events + self.articles

    @classmethod
    def of(cls, story: Story) -> Counts:
        return cls(len(story.actors), len(story.statements), len(story.events), len(story.facts))


def excerpt(story: Story, limit: int) -> Story:
    """``story`` itself when its map has at most ``limit`` nodes, else the part of it described above, with at most
    about ``limit`` nodes (the outlets and go-betweens of the chosen reports come on top)."""
    if limit < 1:
        raise ValueError(f"the map needs room for at least 1 node, not {limit}")
    if Counts.of(story).nodes <= limit:
        return story
    return _Chooser(story).choose(limit)


class _Chooser:
    """Picks actors greedily, each with everything it brings onto the page, while the page has room."""

    def __init__(self, story: Story) -> None:
        self.story = story
        self.said: dict[str, list[Statement]] = defaultdict(list)
        for statement in story.statements:
            if statement.speaker:
                self.said[statement.speaker].append(statement)
        self.did: dict[str, list[Event]] = defaultdict(list)
        for event in story.events:
            for key in sorted(event.agents | event.patients):
                self.did[key].append(event)
        self.statements: dict[str, Statement] = {}
        self.events: dict[str, Event] = {}
        self.articles: set[str] = set()
        self.actors: set[str] = set()

    def choose(self, limit: int) -> Story:
        story = self.story
        ranked = sorted(
            story.actors.values(),
            key=lambda a: (-len(self.said[a.key]), -len(self.did[a.key]), -len(a.mentions), a.label.casefold(), a.key),
        )
        for actor in ranked:
            if self.size() >= limit:
                break
            if self.said[actor.key] or self.did[actor.key]:
                self.take(actor.key, limit)
        if not self.articles:  # nobody said or did anything: the first articles, for the actors they name
            self.articles.update(sorted(f.article.id for f in story.facts)[: max(1, limit // 2)])
        named = Counter(
            key
            for f in story.facts
            if f.article.id in self.articles
            for m in f.mentions
            if (key := self.key(f.article.id, m)) is not None and key not in self.actors
        )
        for key, _count in sorted(named.items(), key=lambda item: (-item[1], item[0])):
            if self.size() >= limit:
                break
            self.actors.add(key)  # named in the chosen articles: one node more, and the edges to it
        return self.story_of_choice()

    def take(self, key: str, limit: int) -> None:
        """Add the actor, its statements and events and their articles, if they fit in what is left of ``limit``."""
        statements = [s for s in self.said[key] if s.key not in self.statements]
        events = [e for e in self.did[key] if e.key not in self.events]
        articles = {r.article_id for s in statements for r in s.reports}
        articles |= {r.article_id for e in events for r in e.reports}
        fresh = 1 + len(statements) + len(events) + len(articles - self.articles)
        if self.size() + fresh > limit:
            return  # too large for what is left: a smaller actor further down may fit
        self.actors.add(key)
        self.statements.update((s.key, s) for s in statements)
        self.events.update((e.key, e) for e in events)
        self.articles |= articles

    def size(self) -> int:
        return len(self.actors) + len(self.statements) + len(self.events) + len(self.articles)

    def story_of_choice(self) -> Story:
        """The chosen part as a story: the chosen articles name only the chosen actors and keep only the times their
        reports give, and every actor the chosen reports point to is kept (:meth:`kept`)."""
        story = self.story
        wanted = self.actors
        facts = [  # the times reports use come with the reports: the page draws no others
            dataclasses.replace(f, mentions=[m for m in f.mentions if self.key(f.article.id, m) in wanted], times=[])
            for f in story.facts
            if f.article.id in self.articles
        ]
        statements = [s for s in story.statements if s.key in self.statements]
        events = [e for e in story.events if e.key in self.events]
        kept = self.kept(facts, statements, events)
        return dataclasses.replace(
            story,
            facts=facts,
            actors={key: actor for key, actor in story.actors.items() if key in kept},
            statements=statements,
            events=events,
            relations=[r for r in story.relations if r.source in self.events and r.target in self.events],
            incidental=[],  # the map draws no incidental event
        )

    def kept(self, facts: list[ArticleFacts], statements: list[Statement], events: list[Event]) -> set[str]:
        """The chosen actors, and those the chosen part points to: speakers, publishers, authors, go-betweens,
        addressees, who did what to whom, where, and who claims it."""
        kept = set(self.actors)
        kept.update(s.speaker for s in statements if s.speaker)
        kept.update(
            key for f in facts if (key := self.story.actor_of.get((f.article.id, PUBLISHER_SPAN))) is not None
        )  # fmt: skip
        kept.update(key for f in facts for key in self.story.authors(f.article.id))
        for statement in statements:
            for report in statement.reports:
                kept.update(self.keys(report.article_id, (report.quote.via, report.quote.addressee)))
        for event in events:
            for event_report in event.reports:
                mention = event_report.mention
                claimant = mention.claim.source if mention.claim else None
                named = (*mention.agents, *mention.patients, *mention.places, claimant)
                kept.update(self.keys(event_report.article_id, named))
        return kept

    def key(self, article_id: str, mention: Mention) -> str | None:
        return self.story.actor_of.get((article_id, mention.span))

    def keys(self, article_id: str, mentions: Iterable[Mention | None]) -> Iterable[str]:
        for mention in mentions:
            if mention is not None and (key := self.key(article_id, mention)) is not None:
                yield key
