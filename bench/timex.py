"""Time expressions against MEANTIME (120 Wikinews articles with TimeML gold), scored as TempEval-3 scores them.

Run from the project root:  .venv/bin/python -m bench.timex  [--eval PATH] [--docs N] [--errors]

Each document becomes an :class:`~graph.model.Article` (published = its document creation time); the same spaCy
pipeline and the same extractor the build uses (:func:`graph.extract.dates.extract_times`) find the expressions.
The dateline under the headline is the document creation time itself, which TimeML keeps out of the annotated text,
so it is marked outside the body the way the article reader marks a header date line; the body ends where the
annotation does (:data:`ANNOTATED_LINES`).

Scores (:func:`score`, a pure function): extent precision/recall/F1 matched strictly (same offsets) and by overlap
(any shared character, one-to-one), value accuracy over the overlap-matched pairs, value F1 = overlap F1 x value
accuracy, and type accuracy (DATE, TIME, DURATION, SET) over the same pairs. Reported for the tuning topics, the
held-out topics and all of them.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from bench.meantime import creation_date
from graph.model import Article, Span

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval" / "meantime_en.jsonl"
TUNE_TOPICS = frozenset({"corpus_airbus", "corpus_apple"})
"""Topics the extractor's rules were developed on; the others are held out."""
ANNOTATED_LINES = 6
"""MEANTIME annotates time expressions in the headline, the dateline and the first four sentences only (one a line;
no gold expression lies further on), so the text past them is outside the scored body."""
REFERENCE = "TempEval-3 best (HeidelTime): strict F1 81.3, overlap F1 90.3, value F1 77.6"


@dataclass(frozen=True, slots=True)
class Timex:
    """One time expression of one document: offsets, TimeML value and type."""

    doc: str
    start: int
    end: int
    value: str
    type: str = ""


@dataclass(frozen=True, slots=True)
class PRF:
    true_positives: int
    predicted: int
    gold: int

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True, slots=True)
class TimexScores:
    strict: PRF
    overlap: PRF
    value_correct: int
    type_correct: int

    @property
    def value_accuracy(self) -> float:
        return self.value_correct / self.overlap.true_positives if self.overlap.true_positives else 0.0

    @property
    def type_accuracy(self) -> float:
        return self.type_correct / self.overlap.true_positives if self.overlap.true_positives else 0.0

    @property
    def value_f1(self) -> float:
        return self.overlap.f1 * self.value_accuracy


def score(gold: Sequence[Timex], predicted: Sequence[Timex]) -> TimexScores:
    """TempEval-3 extent and value scores of ``predicted`` against ``gold``; expressions match only in one document.

    Overlap matching is one-to-one: each gold expression takes the unmatched prediction sharing most characters with
    it (an exact match first), in document order.
    """
    exact = {(t.doc, t.start, t.end) for t in predicted}
    strict = sum((t.doc, t.start, t.end) in exact for t in set(gold))
    by_doc: dict[str, list[Timex]] = {}
    for t in predicted:
        by_doc.setdefault(t.doc, []).append(t)
    matched = 0
    value_correct = type_correct = 0
    used: set[int] = set()
    for g in sorted(gold, key=lambda t: (t.doc, t.start, t.end)):
        best, best_overlap = None, 0
        for p in by_doc.get(g.doc, ()):
            shared = min(g.end, p.end) - max(g.start, p.start)
            if id(p) in used or shared <= 0:
                continue
            if (p.start, p.end) == (g.start, g.end):
                shared = g.end - g.start + 1  # an exact match beats a wider one sharing as much
            if shared > best_overlap:
                best, best_overlap = p, shared
        if best is None:
            continue
        used.add(id(best))
        matched += 1
        value_correct += best.value == g.value
        type_correct += best.type == g.type
    return TimexScores(
        PRF(strict, len(predicted), len(gold)), PRF(matched, len(predicted), len(gold)), value_correct, type_correct
    )


@dataclass(frozen=True, slots=True)
class Document:
    """One MEANTIME document as stored in the evaluation file."""

    id: str
    topic: str
    text: str
    dct: dt.date | None
    gold: tuple[Timex, ...]


def load(path: Path) -> list[Document]:
    docs = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            gold = tuple(
                Timex(record["doc"], t["start"], t["end"], t["value"], t["type"]) for t in record.get("timex", [])
            )
            dct = creation_date(record.get("dct"))
            docs.append(Document(record["doc"], record["topic"], record["text"], dct, gold))
    return docs


def article_of(doc: Document) -> Article:
    """The document as the pipeline sees it: the annotated lines are the body, the dateline (second line) left out.

    Without a creation time the dateline is ordinary text (MEANTIME annotates it then) and the article is undated.
    """
    lines = doc.text.split("\n")
    title = lines[0]
    body_end = len("\n".join(lines[:ANNOTATED_LINES]))
    excluded: tuple[Span, ...] = ()
    if len(lines) > 1 and doc.dct is not None:
        start = len(title) + 1
        excluded = (Span(start, start + len(lines[1])),)
    body = Span(0, body_end)
    return Article(id=doc.id, text=doc.text, title=title, published=doc.dct, body=body, excluded=excluded)


def predict(docs: Sequence[Document]) -> list[Timex]:
    """Run the build's spaCy pipeline and date extractor over ``docs``."""
    return predict_articles([article_of(d) for d in docs])


def predict_articles(articles: Sequence[Article]) -> list[Timex]:
    """The time expressions the build finds in ``articles``: its spaCy pipeline and every extractor, so that an
    expression in a quote is read against the day of that speech as the graph reads it."""
    from graph.extract import extract
    from graph.extract.timeml import timex_type
    from graph.nlp.loader import load_pipeline

    nlp = load_pipeline()
    predicted = []
    for article, spacy_doc in zip(articles, nlp.pipe(a.analysable_text() for a in articles), strict=True):
        for time in extract(spacy_doc, article).times:
            kind = timex_type(time.text, time.value)
            predicted.append(Timex(article.id, time.span.start, time.span.end, time.value, kind))
    return predicted


def table(rows: Iterable[tuple[str, TimexScores]]) -> Iterator[str]:
    yield (
        f"{'split':<22}{'gold':>5}{'pred':>6}  {'strict P':>8} {'R':>5} {'F1':>5}  {'overlap P':>9} {'R':>5} {'F1':>5}"
        f"  {'value acc':>9} {'value F1':>8}  {'type acc':>8}"
    )
    for name, s in rows:
        yield (
            f"{name:<22}{s.overlap.gold:>5}{s.overlap.predicted:>6}  {100 * s.strict.precision:>8.1f}"
            f" {100 * s.strict.recall:>5.1f} {100 * s.strict.f1:>5.1f}  {100 * s.overlap.precision:>9.1f}"
            f" {100 * s.overlap.recall:>5.1f} {100 * s.overlap.f1:>5.1f}  {100 * s.value_accuracy:>9.1f}"
            f" {100 * s.value_f1:>8.1f}  {100 * s.type_accuracy:>8.1f}"
        )


def errors(docs: Sequence[Document], predicted: Sequence[Timex]) -> Iterator[str]:
    """Every gold expression missed or wrongly valued, and every spurious prediction, for reading."""
    texts = {d.id: d.text for d in docs}
    by_doc: dict[str, list[Timex]] = {}
    for p in predicted:
        by_doc.setdefault(p.doc, []).append(p)
    dcts = {d.id: d.dct for d in docs}
    for doc in docs:
        seen: set[int] = set()
        for g in doc.gold:
            hits = [p for p in by_doc.get(doc.id, ()) if min(g.end, p.end) > max(g.start, p.start)]
            seen.update(id(p) for p in hits)
            g_text = texts[doc.id][g.start : g.end]
            if not hits:
                yield f"MISS  {dcts[doc.id]}  {g_text!r:40} {g.value} {g.type}"
            elif (hits[0].start, hits[0].end, hits[0].value) != (g.start, g.end, g.value):
                hit = hits[0]
                got = f"got {texts[doc.id][hit.start : hit.end]!r} {hit.value} {hit.type}"
                yield f"DIFF  {dcts[doc.id]}  {g_text!r:40} {g.value:12} {g.type:9} {got}"
        for p in by_doc.get(doc.id, ()):
            if id(p) not in seen:
                yield f"FALSE {dcts[doc.id]}  {texts[doc.id][p.start : p.end]!r:40} {p.value}"


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--eval", type=Path, default=EVAL, help="MEANTIME JSON Lines file")
    parser.add_argument("--docs", type=int, default=0, help="only the first N documents")
    parser.add_argument("--errors", choices=("tune", "held-out", "all"), help="also list the errors of a split")
    args = parser.parse_args(argv)
    docs = load(args.eval)
    if args.docs:
        docs = docs[: args.docs]
    predicted = predict(docs)
    splits = {
        "tune": [d for d in docs if d.topic in TUNE_TOPICS],
        "held-out": [d for d in docs if d.topic not in TUNE_TOPICS],
        "all": docs,
    }
    rows = []
    for name, chosen in splits.items():
        ids = {d.id for d in chosen}
        gold = [t for d in chosen for t in d.gold]
        rows.append((f"{name} ({len(chosen)} docs)", score(gold, [p for p in predicted if p.doc in ids])))
    for line in table(rows):
        print(line)
    print(REFERENCE)
    if args.errors:
        chosen = splits[args.errors]
        ids = {d.id for d in chosen}
        for line in errors(chosen, [p for p in predicted if p.doc in ids]):
            print(line)


if __name__ == "__main__":
    main()
