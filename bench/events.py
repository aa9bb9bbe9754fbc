"""Events against ECB+ (topics 1-35): mention detection, and merging mentions of one event across articles.

Run from the project root:  .venv/bin/python -m bench.events  [--eval-dir DIR] [--topics 1 2 ...] [--cache DIR]
[--stale-facts] [--jobs N]

Each document becomes an :class:`~graph.model.Article` (detokenised as :mod:`bench.coref` does it), analysed by the
build's own pipeline and extractors; each topic is merged by the build's own merge.

Gold: ``ACTION_*`` mentions (occurrences, reporting, states, aspectual, causative, perception, generic; not the
``NEG_ACTION_*`` ones, which newsgraph leaves out on purpose). ECB+ annotates only some sentences of each document
(those about the topic's seminal event), so a predicted event in an unannotated sentence can be neither right nor
wrong: detection is scored on annotated sentences only, the lines holding at least one annotation of any tag.

- Detection: precision, recall and F1 of predicted event triggers against gold action spans, matched one-to-one by
  character overlap.
- Merging: per topic, predicted mentions aligned to the gold mention they overlap; the gold partition is the
  ``CROSS_DOC_COREF`` chains (other gold mentions are singletons); the response is newsgraph's merged events over
  the aligned mentions (each event with its incidental wordings, ``Event.incidental_reports``, and the story's
  incidental events), against the baseline "same trigger lemma in the same topic = same event" over the very same
  mentions. MUC, B³, CEAF-e and CoNLL F1 (:mod:`bench.coref_metrics`); gold mentions never detected are singletons
  of the response, so both systems pay the same for missed mentions.
- Ceiling: the same aligned mentions merged exactly as the gold merges them (the others singletons), no system: the
  most any merge of what detection found can score, so that merging and detection are judged apart.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from bench.coref import DEV_TOPICS, ECBPLUS, EVAL, Document, GoldMention, _document, cached_facts, detokenise
from bench.coref_metrics import CorefScores, score
from graph.merge.story import merge
from graph.model import ArticleFacts, EventMention, Span

GOLD_PREFIX = "ACTION_"


@dataclass(slots=True)
class Detection:
    predicted: int = 0
    gold: int = 0
    matched: int = 0

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(slots=True)
class Tally:
    detection: Detection = field(default_factory=Detection)
    newsgraph: CorefScores = field(default_factory=CorefScores)
    baseline: CorefScores = field(default_factory=CorefScores)
    ceiling: CorefScores = field(default_factory=CorefScores)


def read(path: Path) -> tuple[list[Document], dict[str, list[Span]]]:
    """The documents with their gold action mentions, and the annotated lines of each (detokenised offsets)."""
    documents, annotated = [], {}
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        gold = []
        for m in record["mentions"]:
            if not m["tag"].startswith(GOLD_PREFIX):
                continue
            chain = m["chain"] if m["chain"] and m["chain_kind"] == "CROSS_DOC_COREF" else None
            gold.append(GoldMention(Span(m["start"], m["end"]), chain or f"{record['doc']}/{m['start']}-{m['end']}"))
        document = _document(record["doc"], str(record["topic"]), record["text"], None, gold)
        documents.append(document)
        annotated[record["doc"]] = _annotated_lines(record["text"], (m["start"] for m in record["mentions"]))
    return documents, annotated


def _annotated_lines(text: str, starts: Iterable[int]) -> list[Span]:
    clean, where = detokenise(text)
    lines, offset = [], 0
    for line in clean.split("\n"):
        lines.append(Span(offset, offset + len(line)))
        offset += len(line) + 1
    hit = {where[s] for s in starts}
    return [line for line in lines if any(line.start <= h < line.end for h in hit)]


def _inside(span: Span, lines: Sequence[Span]) -> bool:
    return any(line.start <= span.start < line.end for line in lines)


def align(predicted: Sequence[EventMention], gold: Sequence[GoldMention]) -> dict[int, GoldMention]:
    """Predicted index -> the gold mention it overlaps most, one-to-one, largest overlaps first."""
    pairs = []
    for i, p in enumerate(predicted):
        for j, g in enumerate(gold):
            overlap = min(p.trigger.end, g.span.end) - max(p.trigger.start, g.span.start)
            if overlap > 0:
                pairs.append((-overlap, i, j))
    taken_p: set[int] = set()
    taken_g: set[int] = set()
    found = {}
    for _overlap, i, j in sorted(pairs):
        if i not in taken_p and j not in taken_g:
            taken_p.add(i)
            taken_g.add(j)
            found[i] = gold[j]
    return found


def score_topic(documents: Sequence[Document], facts: Sequence[ArticleFacts], lines: dict[str, list[Span]],
                tally: Tally) -> None:  # fmt: skip
    aligned: dict[tuple[str, Span], str] = {}
    lemma_of: dict[str, str] = {}
    key: dict[str, set[str]] = defaultdict(set)
    for document, found in zip(documents, facts, strict=True):
        doc_id = document.article.id
        gold = [g for g in document.gold if _inside(g.span, lines[doc_id])]
        predicted = [e for e in found.events if _inside(e.trigger, lines[doc_id])]
        matches = align(predicted, gold)
        tally.detection.predicted += len(predicted)
        tally.detection.gold += len(gold)
        tally.detection.matched += len(matches)
        for g in gold:
            key[g.entity].add(_gold_id(doc_id, g))
        for i, g in matches.items():
            aligned[(doc_id, predicted[i].trigger)] = _gold_id(doc_id, g)
            lemma_of[_gold_id(doc_id, g)] = predicted[i].lemma
    story = merge(list(facts))
    response = [
        {
            aligned[k]
            for r in event.reports + event.incidental_reports
            if (k := (r.article_id, r.mention.trigger)) in aligned
        }
        for event in story.events + story.incidental
    ]
    by_lemma: dict[str, set[str]] = defaultdict(set)
    for mention, lemma in lemma_of.items():
        by_lemma[lemma].add(mention)
    tally.newsgraph += score(key.values(), [c for c in response if c])
    tally.baseline += score(key.values(), by_lemma.values())
    tally.ceiling += score(key.values(), found_as_gold(key, set(lemma_of)))


def found_as_gold(key: dict[str, set[str]], found: set[str]) -> list[set[str]]:
    """The gold chains (``key``: chain -> its mentions) cut down to the mentions detection ``found``: the response of
    a merge that joins every found mention exactly as the gold does."""
    return [chain & found for chain in key.values() if chain & found]


def _gold_id(doc_id: str, gold: GoldMention) -> str:
    return f"{doc_id}/{gold.span.start}-{gold.span.end}"


def evaluate(documents: Sequence[Document], facts: Sequence[ArticleFacts], lines: dict[str, list[Span]],
             subsets: dict[str, set[str]]) -> dict[str, Tally]:  # fmt: skip
    by_topic: dict[str, list[int]] = defaultdict(list)
    for i, document in enumerate(documents):
        by_topic[document.topic].append(i)
    tallies = {name: Tally() for name in subsets}
    for topic, indices in sorted(by_topic.items()):
        tally = Tally()
        score_topic([documents[i] for i in indices], [facts[i] for i in indices], lines, tally)
        for name, topics in subsets.items():
            if topic in topics:
                total = tallies[name]
                total.detection.predicted += tally.detection.predicted
                total.detection.gold += tally.detection.gold
                total.detection.matched += tally.detection.matched
                total.newsgraph += tally.newsgraph
                total.baseline += tally.baseline
                total.ceiling += tally.ceiling
    return tallies


def table(title: str, tallies: dict[str, Tally]) -> str:
    rows = [title, ""]
    for name, tally in tallies.items():
        d = tally.detection
        rows.append(f"{name}: detection P {d.precision:.3f}  R {d.recall:.3f}  F1 {d.f1:.3f}  "
                    f"(predicted {d.predicted}, gold {d.gold}, matched {d.matched})")  # fmt: skip
        rows.append(f"  {'merging':22} {'MUC F1':>7} {'B3 F1':>7} {'CEAF-e':>7} {'CoNLL':>7}")
        systems = (("same lemma (baseline)", tally.baseline), ("newsgraph", tally.newsgraph))
        for system, scores in (*systems, ("found, merged as gold", tally.ceiling)):
            rows.append(f"  {system:22} {scores.muc.f1:7.3f} {scores.b_cubed.f1:7.3f} {scores.ceaf_e.f1:7.3f} "
                        f"{scores.conll:7.3f}")  # fmt: skip
        rows.append("")
    return "\n".join(rows)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.events", description=__doc__.split("\n\n")[0])
    parser.add_argument("--eval-dir", type=Path, default=EVAL, help=f"default: {EVAL}")
    parser.add_argument("--topics", nargs="*", help="only these topics (default: all)")
    parser.add_argument("--cache", type=Path, help="keep the analysed facts here between runs")
    parser.add_argument("--jobs", type=int, default=1, help="processes for spaCy")
    parser.add_argument(
        "--stale-facts", action="store_true", help="reuse cached facts made by other extractor code (merge changes)"
    )
    args = parser.parse_args(argv)
    started = time.perf_counter()
    documents, lines = read(args.eval_dir / ECBPLUS)
    if args.topics:
        documents = [d for d in documents if d.topic in set(args.topics)]
    facts = cached_facts(documents, args.cache, args.stale_facts, args.jobs)
    present = {d.topic for d in documents}
    subsets = {"all topics": present, "dev topics": present & DEV_TOPICS, "other topics": present - DEV_TOPICS}
    tallies = evaluate(documents, facts, lines, {n: t for n, t in subsets.items() if t})
    title = f"ECB+ topics 1-35, events: {len(documents)} documents, {len(present)} topics, "
    print(table(title + f"{time.perf_counter() - started:.0f} s", tallies))


if __name__ == "__main__":
    main()
