"""Score the kind newsgraph gives its actors (person, organisation, place) against the gold entity classes of MEANTIME
and ECB+.

Run from the project root:  .venv/bin/python -m bench.kinds [--corpus meantime|ecbplus] [--limit N] [--cache DIR
[--stale-facts]] [--verbose]  (``--cache`` and ``--stale-facts`` as in :mod:`bench.coref`, whose readers, facts
cache and alignment this bench reuses; ``--verbose`` lists the wrong kinds of the tune topics only)

Every gold mention of a person, an organisation or a place (MEANTIME ``ent_type`` PER, ORG and LOC; ECB+ tags
HUMAN_PART_PER, HUMAN_PART_ORG and LOC_*; other types skipped) is aligned with one system mention of its document
(:func:`bench.coref.align`); the kind of the actor that mention was merged into is compared with the gold class, an
outlet counting as an organisation, and an unnamed group of people ("officials", "the police") as right for a person
or an organisation, which the gold classes of plural people and of bodies both are. Gold mentions no system mention
covers are not scored: this measures kinds, not coverage. ``named`` is the accuracy over system mentions that are
proper names (:func:`graph.merge.naming.is_named`), the ones the recogniser's labels and the kind rules type.

ECB+'s dev topics and MEANTIME's held-out topics (all but the tune topics of :mod:`bench.timex`) are scored apart and
their errors are never listed.
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from bench.coref import (
    DEV_TOPICS,
    ECBPLUS,
    MEANTIME,
    Document,
    GoldMention,
    align,
    cached_facts,
    corpus_parser,
    read_documents,
    run_corpora,
)
from bench.timex import TUNE_TOPICS
from graph.merge.naming import is_named
from graph.model import ActorKind, ArticleFacts, Span

CLASSES = ("person", "organisation", "place")
OUR_COLUMNS = ("person", "organisation", "group", "place")
CORNER = "gold \\ ours"
MEANTIME_CLASSES = {"PER": "person", "ORG": "organisation", "LOC": "place"}
ECBPLUS_CLASSES = {"HUMAN_PART_PER": "person", "HUMAN_PART_ORG": "organisation"}
"""Gold classes by MEANTIME type and ECB+ tag; ECB+'s ``LOC_*`` tags are places."""
OUR_CLASSES = {
    ActorKind.PERSON: "person",
    ActorKind.ORGANIZATION: "organisation",
    ActorKind.OUTLET: "organisation",
    ActorKind.GROUP: "group",
    ActorKind.PLACE: "place",
}


@dataclass(slots=True)
class KindTally:
    """Gold class against our class, over every scored mention and over named ones."""

    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    named: Counter[bool] = field(default_factory=Counter)

    def add(self, other: KindTally) -> None:
        self.confusion.update(other.confusion)
        self.named.update(other.named)

    @property
    def accuracy(self) -> float:
        total = sum(self.confusion.values())
        return sum(n for (gold, ours), n in self.confusion.items() if right(gold, ours)) / total if total else 0.0


def right(gold: str, ours: str) -> bool:
    """Whether our class fits the gold one: the same, or a group of people for a person or an organisation."""
    return ours == gold or (ours == "group" and gold != "place")


def ecbplus_class(tag: str) -> str | None:
    return "place" if tag.startswith("LOC_") else ECBPLUS_CLASSES.get(tag)


def meantime_classes(record: dict[str, Any]) -> Iterator[GoldMention]:
    """MEANTIME's gold mentions of a document, each ``entity`` the mention's class."""
    for m in record["entity_mentions"]:
        if m["ent_type"] in MEANTIME_CLASSES:
            yield GoldMention(Span(m["start"], m["end"]), MEANTIME_CLASSES[m["ent_type"]])


def ecbplus_classes(record: dict[str, Any]) -> Iterator[GoldMention]:
    """ECB+'s gold mentions of a document, each ``entity`` the mention's class."""
    for m in record["mentions"]:
        if found := ecbplus_class(m["tag"]):
            yield GoldMention(Span(m["start"], m["end"]), found)


def score_topic(documents: Sequence[Document], facts: Sequence[ArticleFacts], errors: list[str] | None) -> KindTally:
    """Merge one topic's facts and tally its kinds; with ``errors``, add a line for each wrong one."""
    from graph.merge.story import merge

    story = merge(facts)
    by_article = {f.article.id: f for f in facts}
    tally = KindTally()
    for document in documents:
        doc_id = document.article.id
        for gold in document.gold:
            mention = align(gold, by_article[doc_id].mentions, document.article.text)
            if mention is None:
                continue
            actor = story.actors[story.actor_of[(doc_id, mention.span)]]
            ours = OUR_CLASSES[actor.kind]
            tally.confusion[(gold.entity, ours)] += 1
            if is_named(mention):
                tally.named[right(gold.entity, ours)] += 1
            if errors is not None and not right(gold.entity, ours):
                words = gold.span.slice(document.article.text)
                errors.append(f"{doc_id}: {words!r} gold {gold.entity}, ours {actor.kind.value} ({actor.label!r})")
    return tally


def evaluate(
    documents: Sequence[Document],
    facts: Sequence[ArticleFacts],
    blind: Iterable[str],
    errors: list[str] | None = None,
) -> dict[str, KindTally]:
    """A tally of the ``blind`` topics and one of the others ("tune"); ``errors`` lists the tune topics' only."""
    hidden = set(blind)
    tallies = {"tune": KindTally(), "blind": KindTally()}
    by_topic: dict[str, list[int]] = defaultdict(list)
    for i, document in enumerate(documents):
        by_topic[document.topic].append(i)
    for topic, indices in sorted(by_topic.items()):
        part = "blind" if topic in hidden else "tune"
        listing = errors if part == "tune" else None
        tallies[part].add(score_topic([documents[i] for i in indices], [facts[i] for i in indices], listing))
    return tallies


def table(title: str, tallies: dict[str, KindTally]) -> str:
    lines = [title]
    for part, tally in tallies.items():
        total = sum(tally.confusion.values())
        named = sum(tally.named.values())
        share = tally.named[True] / named if named else 0.0
        lines.append(f"{part}: {total} mentions, accuracy {tally.accuracy:.3f}; named {named}, accuracy {share:.3f}")
        lines.append(f"  {CORNER:<14}" + "".join(f"{c:>14}" for c in OUR_COLUMNS))
        for gold in CLASSES:
            lines.append(f"  {gold:<14}" + "".join(f"{tally.confusion[(gold, c)]:>14}" for c in OUR_COLUMNS))
    return "\n".join(lines)


def run(corpus: str, args: argparse.Namespace) -> str:
    if corpus == "meantime":
        documents = read_documents(args.eval_dir / MEANTIME, meantime_classes)
        blind = {d.topic for d in documents} - TUNE_TOPICS
    else:
        documents = read_documents(args.eval_dir / ECBPLUS, ecbplus_classes)
        blind = set(DEV_TOPICS)
    documents = documents[: args.limit] if args.limit else documents
    facts = cached_facts(documents, args.cache, args.stale_facts, args.jobs)
    errors: list[str] | None = [] if args.verbose else None
    tallies = evaluate(documents, facts, blind, errors)
    name = "MEANTIME (English)" if corpus == "meantime" else "ECB+ topics 1-35"
    return "\n".join([*(errors or []), table(f"{name}: {len(documents)} documents", tallies)])


def main(argv: Sequence[str] | None = None) -> None:
    description = __doc__.split("\n\n")[0]
    parser = corpus_parser("python -m bench.kinds", description, "list the wrong kinds of the tune topics")
    run_corpora(parser, run, argv)


if __name__ == "__main__":
    main()
