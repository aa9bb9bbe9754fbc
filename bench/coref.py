"""Score newsgraph's actor merging against human cross-document coreference (MEANTIME and ECB+).

Run from the project root:  .venv/bin/python -m bench.coref [--corpus meantime|ecbplus] [--limit N] [--topics ...]
[--jobs N] [--cache DIR [--stale-facts]] [--verbose]  (the whole of ECB+ takes minutes; ``--cache`` keeps the
extracted facts, so that changes to the merge are measured again in seconds; ``--verbose`` lists the errors of every
topic but ECB+'s dev topics)

For each topic the real pipeline runs (``graph.build.pipeline.analyse`` over every document,
``graph.merge.story.merge`` over the topic's facts); then every gold actor mention is aligned with one system mention of
its document:

- candidates are the system mentions (named entities, speakers, sources) overlapping the gold span;
- the best one covers the gold mention's last character (its head, in an English noun phrase: "JSA Research
  defence analyst Paul Nesbit" is Paul Nesbit), then has the largest overlap, then is the shortest.

The response clusters a gold mention by the actor its system mention was merged into; the baseline clusters it by
the exact text of that same system mention ("same exact name = same actor"), so both score the same mentions. A third
row, "name ceiling", is no system: it is the gold entities themselves, except that a gold mention in no chain joins
every entity that has a mention of the same name in the topic. ECB+ annotates many mentions of a named person or
company without a chain ("Larry Lucchino" in two articles, "Microsoft" in most), which makes each a singleton of its
own, so that a merge by name, right as a reader sees it, counts as wrong there: the row is the best a merge that joins
same-named mentions can score.
Three settings are printed: over the matched gold mentions only (the merge's own quality, given what extraction
found); over the matched mentions the annotators linked to a chain ("linked": where ECB+ leaves a mention in no chain
its merge cannot be told right or wrong, so this reads the merge's errors where the gold has an answer); and over
every annotated gold mention, unmatched ones being response singletons (the whole pipeline).

Gold actor mentions: MEANTIME entity mentions of type PER and ORG with an ``instance_id``; ECB+ mentions tagged
HUMAN_PART_PER or HUMAN_PART_ORG, one entity per ``CROSS_DOC_COREF`` chain (per document for an
``INTRA_DOC_COREF`` chain; a mention in no chain is a singleton). The texts are tokenised ("( EADS )", ``...''):
they are detokenised first and the gold offsets carried over, so spaCy sees ordinary news text.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import re
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx

from bench.coref_errors import PRONOUNS, MentionId, phrase_kind, topic_errors
from bench.coref_metrics import CorefScores, score
from bench.meantime import creation_date
from graph.build.cache import code_fingerprint
from graph.build.pipeline import BuildOptions, analyse
from graph.model import Article, ArticleFacts, Mention, Span

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
MEANTIME = "meantime_en.jsonl"
ECBPLUS = "ecbplus_topics_1-35.jsonl"
MEANTIME_TYPES = frozenset(["PER", "ORG"])
ECBPLUS_TAGS = frozenset(["HUMAN_PART_PER", "HUMAN_PART_ORG"])
DEV_TOPICS = frozenset(["2", "5", "12", "18", "21", "23", "34", "35"])
"""The usual ECB+ test split; the other topics are for development."""
NO_SPACE_BEFORE = frozenset([",", ".", ";", ":", "?", "!", ")", "]", "}", "%", "''", "”", "'s", "'", "n't"])
NO_SPACE_AFTER = frozenset(["(", "[", "{", "$", "``", "“", "#"])
QUOTES = {"``": "“", "''": "”"}
POSSESSIVE = re.compile(r"\s*['’]s?$")
SYSTEMS = ("exact name", "newsgraph")
ROWS = (*SYSTEMS, "name ceiling")
"""The rows of each setting: the two systems, then the ceiling that the gold allows a merge by names."""
SETTINGS = ("matched", "linked", "all annotated")
"""What each setting scores over, in the order printed."""


@dataclass(frozen=True, slots=True)
class GoldMention:
    span: Span
    entity: str
    chained: bool = True
    """Whether the annotators linked the mention to any other (a mention in no chain is a singleton entity)."""


@dataclass(slots=True)
class Document:
    """One annotated article, detokenised, with its gold actor mentions in the detokenised offsets."""

    article: Article
    topic: str
    gold: list[GoldMention]


@dataclass(slots=True)
class Tally:
    """Scores of one subset of topics: per setting and system, plus how many gold mentions were matched."""

    scores: dict[tuple[str, str], CorefScores] = field(default_factory=lambda: defaultdict(CorefScores))
    gold: int = 0
    matched: int = 0


def detokenise(text: str) -> tuple[str, list[int]]:
    """``text`` with the spaces of tokenisation removed, and where each of its character offsets went."""
    out: list[str] = []
    where = [0] * (len(text) + 1)
    length, previous, last = 0, "", 0
    for match in re.finditer(r"\S+|\n", text):
        token = match.group()
        for i in range(last, match.start()):
            where[i] = length
        joined = token in NO_SPACE_BEFORE or token.startswith(("'s", "n't")) or previous in NO_SPACE_AFTER
        if token != "\n" and out and out[-1] != "\n" and not joined:
            out.append(" ")
            length += 1
        new = QUOTES.get(token, token)
        for i in range(match.start(), match.end()):
            where[i] = length + min(i - match.start(), len(new) - 1)
        out.append(new)
        length += len(new)
        previous, last = token, match.end()
    for i in range(last, len(text) + 1):
        where[i] = length
    return "".join(out), where


def _document(doc_id: str, topic: str, text: str, published: str | None, gold: Iterable[GoldMention]) -> Document:
    clean, where = detokenise(text)
    first_line = clean.split("\n", 1)[0]
    body = Span(len(first_line) + 1, len(clean)) if first_line.startswith("http") and "\n" in clean else None
    mentions: dict[Span, GoldMention] = {}
    for g in gold:
        span = Span(where[g.span.start], where[g.span.end - 1] + 1)
        mentions.setdefault(span, GoldMention(span, g.entity, g.chained))  # a span annotated twice counts once
    article = Article(doc_id, clean, title=first_line, published=creation_date(published), body=body)
    return Document(article, topic, list(mentions.values()))


def read_documents(path: Path, gold_of: Callable[[dict[str, Any]], Iterable[GoldMention]]) -> list[Document]:
    """The documents of a JSONL corpus (MEANTIME's or ECB+'s), each with the gold mentions ``gold_of`` reads from its
    record."""
    documents = []
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        topic, published = str(record["topic"]), record.get("dct")
        documents.append(_document(record["doc"], topic, record["text"], published, gold_of(record)))
    return documents


def read_meantime(path: Path) -> list[Document]:
    return read_documents(path, _meantime_actors)


def _meantime_actors(record: dict[str, Any]) -> Iterator[GoldMention]:
    for m in record["entity_mentions"]:
        if m["instance_id"] and m["ent_type"] in MEANTIME_TYPES:
            yield GoldMention(Span(m["start"], m["end"]), m["instance_id"])


def read_ecbplus(path: Path) -> list[Document]:
    return read_documents(path, _ecbplus_actors)


def _ecbplus_actors(record: dict[str, Any]) -> Iterator[GoldMention]:
    for m in record["mentions"]:
        if m["tag"] not in ECBPLUS_TAGS:
            continue
        if m["chain"] and m["chain_kind"] == "CROSS_DOC_COREF":
            entity = m["chain"]
        elif m["chain"]:
            entity = f"{record['doc']}/{m['chain']}"
        else:
            yield GoldMention(Span(m["start"], m["end"]), f"{record['doc']}/{m['start']}-{m['end']}", chained=False)
            continue
        yield GoldMention(Span(m["start"], m["end"]), entity)


def align(gold: GoldMention, mentions: Sequence[Mention], text: str = "") -> Mention | None:
    """The system mention that stands for ``gold``: it covers the gold head (last character, before a possessive
    "'s" when ``text`` is given: "Lindsay Lohan's" is Lindsay Lohan, not "Lindsay Lohan's lawyer"), then overlaps
    most.

    A mention that misses the head stands for something else ("Brooklyn" in "a Brooklyn mother", "Mafia" in "Mafia
    boss"), and a pronoun is stood for only by a mention of no more than itself ("her" opens "her lawyer", who is
    someone else): such gold mentions stay unmatched rather than join a wrong actor."""
    best: tuple[int, int] | None = None
    found = None
    words = gold.span.slice(text)
    head_end = gold.span.end - (len(words) - len(POSSESSIVE.sub("", words)) if words.strip() else 0)
    head_end = head_end if head_end > gold.span.start else gold.span.end
    pronoun = POSSESSIVE.sub("", words).strip().lower() in PRONOUNS
    for mention in mentions:
        if not mention.span.start < head_end <= mention.span.end:
            continue
        if pronoun and (mention.span.start < gold.span.start or mention.span.end > gold.span.end):
            continue
        named = min(head_end, mention.span.end) - max(gold.span.start, mention.span.start)
        rank = (named, -(mention.span.end - mention.span.start))
        if best is None or rank > best:
            best, found = rank, mention
    return found


def score_topic(
    documents: Sequence[Document], facts: Sequence[ArticleFacts], tally: Tally, errors: list[str] | None = None
) -> None:
    """Merge one topic's facts and add its scores to ``tally``; with ``errors``, add the lines listing its errors."""
    from graph.merge.story import merge

    story = merge(facts)
    key: dict[str, set[tuple[str, Span]]] = defaultdict(set)
    matched_key: dict[str, set[tuple[str, Span]]] = defaultdict(set)
    responses: dict[str, dict[str, set[tuple[str, Span]]]] = {system: defaultdict(set) for system in SYSTEMS}
    by_article = {f.article.id: f for f in facts}
    texts: dict[tuple[str, Span], str] = {}
    unmatched: list[tuple[str, Span]] = []
    unchained: set[tuple[str, Span]] = set()
    for document in documents:
        doc_id = document.article.id
        for gold in document.gold:
            mention_id = (doc_id, gold.span)
            texts[mention_id] = gold.span.slice(document.article.text)
            key[gold.entity].add(mention_id)
            if not gold.chained:
                unchained.add(mention_id)
            mention = align(gold, by_article[doc_id].mentions, document.article.text)
            tally.gold += 1
            if mention is None:
                unmatched.append(mention_id)
                continue
            tally.matched += 1
            matched_key[gold.entity].add(mention_id)
            responses["newsgraph"][story.actor_of[(doc_id, mention.span)]].add(mention_id)
            responses["exact name"][mention.text].add(mention_id)
    every = {m for cluster in key.values() for m in cluster}
    linked_key = [cluster - unchained for cluster in matched_key.values() if cluster - unchained]
    for system, response in responses.items():
        clusters = list(response.values())
        tally.scores[("matched", system)] += score(matched_key.values(), clusters)
        linked = [cluster - unchained for cluster in clusters if cluster - unchained]
        tally.scores[("linked", system)] += score(linked_key, linked)
        found = set().union(*clusters)
        alone = [{m} for m in every - found]
        tally.scores[("all annotated", system)] += score(key.values(), clusters + alone)
    for setting, entities in (("matched", matched_key), ("all annotated", key)):
        tally.scores[(setting, "name ceiling")] += score(entities.values(), name_ceiling(entities, texts, unchained))
    if errors is not None:
        topic = documents[0].topic if documents else ""
        errors += topic_errors(topic, texts, matched_key, responses["newsgraph"], unmatched)


def name_ceiling(
    entities: Mapping[str, set[MentionId]], texts: Mapping[MentionId, str], unchained: Collection[MentionId]
) -> list[set[MentionId]]:
    """The gold ``entities``, where each mention in no chain that is a name joins every entity with a mention of that
    name (the same words, case, "the" and a possessive aside)."""
    joined, alone = nx.utils.UnionFind(entities), set(unchained)
    by_name: dict[str, list[str]] = defaultdict(list)
    for entity, mentions in entities.items():
        for mention in mentions:
            if phrase_kind(texts[mention]) == "name":
                by_name[_name_key(texts[mention])].append(entity)
    for entity, mentions in entities.items():
        for mention in mentions & alone:
            if phrase_kind(texts[mention]) == "name":
                joined.union(entity, *by_name[_name_key(texts[mention])])
    clusters: dict[str, set[MentionId]] = defaultdict(set)
    for entity, mentions in entities.items():
        clusters[joined[entity]] |= mentions
    return list(clusters.values())


def _name_key(text: str) -> str:
    words = POSSESSIVE.sub("", text).lower().split()
    return " ".join(words[1:] if words[:1] == ["the"] else words)


def evaluate(
    documents: Sequence[Document],
    facts: Sequence[ArticleFacts],
    subsets: dict[str, set[str]],
    errors: list[str] | None = None,
    readable: Callable[[str], bool] = lambda topic: False,
) -> dict[str, Tally]:
    """One :class:`Tally` per named subset of topics; with ``errors``, the error lines of each ``readable`` topic."""
    tallies = {name: Tally() for name in subsets}
    by_topic: dict[str, list[int]] = defaultdict(list)
    for i, document in enumerate(documents):
        by_topic[document.topic].append(i)
    for topic, indices in sorted(by_topic.items()):
        topic_tally = Tally()
        listing = errors if errors is not None and readable(topic) else None
        score_topic([documents[i] for i in indices], [facts[i] for i in indices], topic_tally, listing)
        for name, topics in subsets.items():
            if topic in topics:
                tally = tallies[name]
                tally.gold += topic_tally.gold
                tally.matched += topic_tally.matched
                for setting, scores in topic_tally.scores.items():
                    tally.scores[setting] += scores
    return tallies


def table(title: str, tallies: dict[str, Tally]) -> str:
    head = f"{'subset':<14}{'scored over':<15}{'system':<12}"
    head += "".join(f"{m + ' P':>10}{'R':>6}{'F':>6}" for m in ("MUC", "B³", "CEAF-e")) + f"{'CoNLL':>8}"
    lines = [title, head, "-" * len(head)]
    for name, tally in tallies.items():
        share = tally.matched / tally.gold if tally.gold else 0.0
        lines.append(f"{name}: {tally.gold} gold actor mentions, {tally.matched} matched ({share:.1%})")
        for setting, system in sorted(tally.scores, key=lambda s: (SETTINGS.index(s[0]), ROWS.index(s[1]))):
            s = tally.scores[(setting, system)]
            row = f"{name:<14}{setting:<15}{system:<12}"
            for metric in (s.muc, s.b_cubed, s.ceaf_e):
                row += f"{100 * metric.precision:10.1f}{100 * metric.recall:6.1f}{100 * metric.f1:6.1f}"
            lines.append(row + f"{100 * s.conll:8.1f}")
    return "\n".join(lines)


def cached_facts(
    documents: Sequence[Document], cache: Path | None, stale: bool = False, jobs: int = 1
) -> list[ArticleFacts]:
    """Run the pipeline over ``documents``; with ``cache``, reuse the facts kept there for the same documents if the
    same extractor code made them (or whatever code made them, with ``stale``: to compare merges on equal facts)."""
    articles = [d.article for d in documents]
    code = hashlib.sha256(code_fingerprint(ROOT / "graph").encode())
    documents_digest = hashlib.sha256()
    for article in articles:
        documents_digest.update(article.id.encode() + b"\0" + article.text.encode() + b"\0")
    path = cache / f"facts-{documents_digest.hexdigest()[:16]}.pickle" if cache else None
    if path and path.exists():
        fingerprint, facts = pickle.loads(path.read_bytes())
        if stale or fingerprint == code.hexdigest():
            return list(facts)
    facts = list(analyse(articles, BuildOptions(jobs=jobs), _progress))
    if path:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(pickle.dumps((code.hexdigest(), facts)))
    return facts


def _progress(stage: str, done: int, total: int) -> None:
    if stage == "analyse" and done:
        print(f"  analysed {done}/{total}", end="\r" if done < total else "\n", file=sys.stderr)


def run(corpus: str, args: argparse.Namespace) -> str:
    """Read, analyse, merge and score one corpus; the printed tables."""
    if corpus == "meantime":
        documents = read_meantime(args.eval_dir / MEANTIME)
    else:
        documents = read_ecbplus(args.eval_dir / ECBPLUS)
    if args.topics:
        wanted = set(args.topics) | {f"corpus_{t}" for t in args.topics}
        documents = [d for d in documents if d.topic in wanted]
    documents = documents[: args.limit] if args.limit else documents
    started = time.perf_counter()
    facts = cached_facts(documents, args.cache, args.stale_facts, args.jobs)
    present = {d.topic for d in documents}
    subsets = {"all topics": present}
    if corpus == "ecbplus":
        subsets |= {"dev topics": present & DEV_TOPICS, "other topics": present - DEV_TOPICS}
        subsets = {name: t for name, t in subsets.items() if t}
    errors: list[str] | None = [] if args.verbose else None
    tallies = evaluate(documents, facts, subsets, errors, lambda topic: topic not in DEV_TOPICS)
    name = "MEANTIME (English)" if corpus == "meantime" else "ECB+ topics 1-35"
    title = f"{name}: {len(documents)} documents, {len(present)} topics, {time.perf_counter() - started:.0f} s"
    return "\n".join([*(errors or []), table(title, tallies)])


def corpus_parser(prog: str, description: str, verbose: str) -> argparse.ArgumentParser:
    """The arguments the benches over MEANTIME and ECB+ share: which corpus, how much of it, where the data and the
    kept facts are; ``verbose``: what ``--verbose`` lists."""
    parser = argparse.ArgumentParser(prog=prog, description=description)
    parser.add_argument("--corpus", choices=["meantime", "ecbplus"], action="append", help="default: both")
    parser.add_argument("--limit", type=int, help="only the first N documents of each corpus")
    parser.add_argument("--eval-dir", type=Path, default=EVAL, help=f"default: {EVAL}")
    parser.add_argument("--jobs", type=int, default=1, help="processes that run spaCy and the extractors")
    parser.add_argument(
        "--cache", type=Path, help="keep extracted facts here, reused while the extractors are unchanged"
    )
    parser.add_argument(
        "--stale-facts", action="store_true", help="reuse kept facts even if the extractors changed since"
    )
    parser.add_argument("--verbose", action="store_true", help=verbose)
    return parser


def run_corpora(
    parser: argparse.ArgumentParser, run: Callable[[str, argparse.Namespace], str], argv: Sequence[str] | None
) -> None:
    """Parse ``argv`` and print what ``run`` gives for each corpus asked for (both by default)."""
    args = parser.parse_args(argv)
    if not args.eval_dir.is_dir():
        parser.error(f"no evaluation data in {args.eval_dir}")
    for corpus in args.corpus or ["meantime", "ecbplus"]:
        print(run(corpus, args), end="\n\n")


def main(argv: Sequence[str] | None = None) -> None:
    verbose = "list the errors of every topic but ECB+'s dev topics (split entities, joined ones, unmatched mentions)"
    parser = corpus_parser("python -m bench.coref", __doc__.split("\n\n")[0], verbose)
    parser.add_argument("--topics", nargs="+", default=[], help="only these topics (e.g. 2 5 12, or airbus)")
    run_corpora(parser, run, argv)


if __name__ == "__main__":
    main()
