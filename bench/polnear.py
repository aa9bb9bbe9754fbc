"""Score attribution (who said what) against PolNeAR: US political news with every attribution annotated.

PolNeAR (Newell, Margolin & Ruths, LREC 2018) marks each attribution's source, cue and content as character spans.
Its train and dev splits are read as JSONL (``bench/.data/polnear/polnear_{train,dev}.jsonl``, fetched with
``../shared/eval/polnear.sh``; never committed: the corpus has no licence). The test split is held out by the owner.

Matching (the corpus README's suggestion): a predicted statement matches a gold content when their spans overlap by
at least half of the shorter; it is *attributed* right when its speaker also matches the gold source. A gold source
annotated as a bare speech word with the name as its cue (a slip of the annotation) takes the cue's text. A source
that is a pronoun stands for its referent, guessed from the gold sources before it and the text (PolNeAR has no
coreference layer): by default the nearest that agrees with the pronoun, or with ``guess="nearest"`` the nearest that
is not a pronoun (the rule before issue 18); see :mod:`bench.referents` and ``python -m bench.polnear_referents``.

Two figures, as the issue asks:
- quoted: gold contents with quotation marks against the pipeline's direct quotes (precision, recall, F1);
- reported speech: gold contents with no quotation marks whose cue is a speech word, recall by any statement; and
  the precision of the pipeline's reported statements against every gold attribution (PolNeAR also marks beliefs).

Dev is split by a hash of the document id into a half whose errors may be read (``read``) and a half nobody reads
(``blind``), decided before any error was looked at; both are reported, and the gate pins floors on all of dev.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.referents import GUESSES, PRONOUNS, Guess, Labels, Source, doc_key, read_labels
from graph.articles.layout import parse_layout
from graph.model import Article, ArticleFacts, Quote, Span

DATA = Path(__file__).parent / ".data" / "polnear"
QUOTE_MARKS = re.compile("[\u201c\u201d\"]|''|``")
_SPEECH_CUE_WORDS = (
    "say said says saying tell told tells telling ask asked asks add added adds write wrote writes written post posted "
    "tweet tweeted claim claimed claims warn warned warns insist insisted deny denied admit admitted announce "
    "announced announces argue argued argues acknowledge acknowledged concede conceded note noted explain explained "
    "state stated statement according respond responded reply replied declare declared suggest suggested "
    "allege alleged report reported reports confirm confirmed promise promised vow vowed predict predicted "
    "testify testified assert asserted complain complained call called urge urged recall recalled "
    "contend contended charge charged maintain maintained stress stressed emphasize emphasized"
)
SPEECH_CUES = frozenset(_SPEECH_CUE_WORDS.split())
"""Cue words that make an unquoted attribution reported *speech* (PolNeAR also marks beliefs and knowledge)."""
_STOP_WORDS = "the a an mr mrs ms dr of and 's s sen rep gov president"
STOP = frozenset(_STOP_WORDS.split())
MIN_OVERLAP = 0.5


@dataclass(frozen=True, slots=True)
class Gold:
    """One annotated attribution: content spans, source text (antecedent for a pronoun), cue, kind."""

    content: tuple[Span, ...]
    source: str
    source_span: Span | None
    cue: str
    quoted: bool
    speech: bool
    written: str = "name"
    """How the source is written: ``name`` (a name or a description), ``pronoun`` (its referent guessed, see above) or
    ``blank`` (no source annotated: never counted right)."""
    written_span: Span | None = None
    """Where the source is written: the pronoun's own span where ``source_span`` is its guessed referent's."""


SOURCE_KINDS = ("name", "pronoun", "blank")


@dataclass(frozen=True, slots=True)
class Record:
    doc: str
    publisher: str
    article: Article
    gold: tuple[Gold, ...]


def half(doc: str) -> str:
    """``read`` or ``blind``: the fixed split of dev (first byte of the id's SHA-256, even or odd)."""
    return "read" if hashlib.sha256(doc.encode()).digest()[0] % 2 == 0 else "blind"


def load(path: Path, limit: int | None = None, guess: str = "labelled") -> list[Record]:
    """The records of one split; the headline (first paragraph) is the article's title, not its body. ``guess`` names
    how a pronoun source's referent is taken (:data:`bench.referents.REFERENTS`): by default the hand label where
    there is one (dev), else the guess by agreement."""
    labels = read_labels() if guess == "labelled" else {}
    records = []
    with path.open(encoding="utf8") as handle:
        for line in handle:
            raw = json.loads(line)
            records.append(_record(raw, guess, labels))
            if limit is not None and len(records) >= limit:
                break
    return records


def _record(raw: Mapping[str, Any], guess: str = "agree", labels: Labels | None = None) -> Record:
    text = str(raw["text"])
    head = text.find("\n\n")
    body = Span(head + 2 if 0 <= head < 400 else 0, parse_layout(text).body.end)  # trailing boilerplate out, as read
    article = Article(str(raw["doc"]), text, title=str(raw.get("title") or ""), body=body)
    gold: list[Gold] = []
    earlier: list[Source] = []
    key = doc_key(str(raw["doc"]))
    for item in sorted(raw["attributions"], key=_source_start):
        content = item.get("content")
        if not content or not content.get("spans"):
            continue
        spans = tuple(Span(int(s), int(e)) for s, e in content["spans"])
        if spans[0].start < body.start:
            continue
        source = item.get("source") or {}
        source_text = str(source.get("text") or "")
        source_span = Span(*map(int, source["spans"][0])) if source.get("spans") else None
        cue = item.get("cue") or {}
        if source_text.lower() in SPEECH_CUES and cue.get("spans"):  # source and cue annotated the wrong way round
            source_text, source_span = str(cue.get("text")), Span(*map(int, cue["spans"][0]))
        written = "blank" if not source_text else "pronoun" if source_text.lower() in PRONOUNS else "name"
        said = Source(source_text, source_span) if source_span is not None else None
        if written == "pronoun" and said is not None:
            labelled = labels is not None and (key, said.span.start) in labels
            referent = _labelled(labels[key, said.span.start], text) if labelled else _guess(guess)(said, earlier, text)
            if referent is not None:
                source_text, source_span = referent.text, referent.span
        if said is not None:
            earlier.append(said)
        cue = str((item.get("cue") or {}).get("text") or "")
        content_text = " ".join(s.slice(text) for s in spans)
        quoted = bool(QUOTE_MARKS.search(content_text))
        speech = any(w in SPEECH_CUES for w in cue.lower().split())
        written_span = said.span if said is not None else None
        gold.append(Gold(spans, source_text, source_span, cue, quoted, speech, written, written_span))
    return Record(str(raw["doc"]), str(raw.get("publisher") or ""), article, tuple(gold))


def _labelled(span: Span | None, text: str) -> Source | None:
    return None if span is None else Source(span.slice(text), span)


def _guess(name: str) -> Guess:
    return GUESSES["agree" if name == "labelled" else name]


def _source_start(item: Mapping[str, Any]) -> int:
    spans = (item.get("source") or {}).get("spans") or (item.get("content") or {}).get("spans") or [[0, 0]]
    return int(spans[0][0])


def overlaps(predicted: Span, gold: Sequence[Span]) -> bool:
    shared = sum(max(0, min(predicted.end, g.end) - max(predicted.start, g.start)) for g in gold)
    shorter = min(predicted.end - predicted.start, sum(g.end - g.start for g in gold))
    return shorter > 0 and shared >= MIN_OVERLAP * shorter


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", text.lower().replace("\u2019", "'")) if w not in STOP and len(w) > 1}


def speaker_right(quote: Quote, gold: Gold, text: str = "") -> bool:
    """The predicted speaker names the gold source: same span, or a shared content word ("Clinton", "campaign"). A
    speaker written as a role that the pipeline read as a name earlier in ``text`` ("the Republican nominee" → Donald
    Trump: the graph gives the statement to that name's actor) names the source either way."""
    speaker = quote.speaker
    if speaker is None or not gold.source:
        return False
    named = [(speaker.span, speaker.text)]
    if speaker.refers is not None and text:
        named.append((speaker.refers, speaker.refers.slice(text)))
    source = gold.source_span
    for span, words in named:
        if source is not None and span.start < source.end and source.start < span.end:
            return True
        if _words(words) & _words(gold.source):
            return True
    return False


@dataclass
class Tally:
    """Counts for one slice of the data; ``causes`` counts each gold miss or wrong prediction by its cause."""

    predicted_quotes: int = 0
    right_quotes: int = 0
    gold_quoted: int = 0
    found_quoted: int = 0
    gold_reported: int = 0
    found_reported: int = 0
    spanned_reported: int = 0
    predicted_reported: int = 0
    right_reported: int = 0
    causes: Counter[str] = field(default_factory=Counter)
    quoted_by_source: Counter[str] = field(default_factory=Counter)
    """Gold quoted attributions by how their source is written (:data:`SOURCE_KINDS`)."""
    found_by_source: Counter[str] = field(default_factory=Counter)
    """Those of them found with the right speaker."""

    def add(self, other: Tally) -> None:
        for name in ("predicted_quotes", "right_quotes", "gold_quoted", "found_quoted"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for name in ("gold_reported", "found_reported", "spanned_reported", "predicted_reported", "right_reported"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.causes.update(other.causes)
        self.quoted_by_source.update(other.quoted_by_source)
        self.found_by_source.update(other.found_by_source)

    @property
    def quoted_precision(self) -> float:
        return self.right_quotes / self.predicted_quotes if self.predicted_quotes else 0.0

    @property
    def quoted_recall(self) -> float:
        return self.found_quoted / self.gold_quoted if self.gold_quoted else 0.0

    @property
    def quoted_f1(self) -> float:
        p, r = self.quoted_precision, self.quoted_recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def reported_recall(self) -> float:
        return self.found_reported / self.gold_reported if self.gold_reported else 0.0

    @property
    def reported_precision(self) -> float:
        """Reported statements that match some gold attribution (speech or not) with its source."""
        return self.right_reported / self.predicted_reported if self.predicted_reported else 0.0

    @property
    def reported_span_recall(self) -> float:
        return self.spanned_reported / self.gold_reported if self.gold_reported else 0.0


@dataclass(frozen=True, slots=True)
class Error:
    doc: str
    cause: str
    detail: str


def score(record: Record, quotes: Sequence[Quote], errors: list[Error] | None = None) -> Tally:
    """Score one article's statements against its gold attributions."""
    tally = Tally()
    text = record.article.text
    for quote in (q for q in quotes if q.direct):
        golds = [g for g in record.gold if overlaps(quote.span, g.content)]
        tally.predicted_quotes += 1
        if any(speaker_right(quote, g, text) for g in golds):
            tally.right_quotes += 1
            continue
        cause = "quote FP: no gold attribution" if not golds else _speaker_cause(quote, "quote FP")
        _note(tally, errors, record, cause, quote, golds[0] if golds else None)
    for quote in (q for q in quotes if not q.direct):
        tally.predicted_reported += 1
        tally.right_reported += any(
            overlaps(quote.span, g.content) and speaker_right(quote, g, text) for g in record.gold
        )
    for gold in record.gold:
        if not (gold.quoted or gold.speech):
            continue
        hits = [q for q in quotes if overlaps(q.span, gold.content)]
        right = any(speaker_right(q, gold, text) for q in hits)
        kind = "quoted" if gold.quoted else "reported"
        if gold.quoted:
            tally.gold_quoted += 1
            tally.found_quoted += right
            tally.quoted_by_source[gold.written] += 1
            tally.found_by_source[gold.written] += right
        else:
            tally.gold_reported += 1
            tally.found_reported += right
            tally.spanned_reported += bool(hits)
        if not right:
            cause = f"{kind} miss: {_position(gold, text)}" if not hits else _speaker_cause(hits[0], f"{kind} miss")
            _note(tally, errors, record, cause, hits[0] if hits else None, gold)
    return tally


def _speaker_cause(quote: Quote, prefix: str) -> str:
    return f"{prefix}: {'no speaker' if quote.speaker is None else 'wrong speaker'}"


def _position(gold: Gold, text: str) -> str:
    """Where the content lies against the cue (after, before, around) and the cue word, for the error table."""
    cue_at = text.find(gold.cue, max(0, gold.content[0].start - 300)) if gold.cue else -1
    if cue_at < 0:
        where = "no cue"
    elif cue_at < gold.content[0].start:
        where = "content after cue"
    elif cue_at > gold.content[-1].end:
        where = "content before cue"
    else:
        where = "content around cue"
    return f"{where} ({gold.cue.lower().split()[-1] if gold.cue else '-'})"


def _note(
    tally: Tally, errors: list[Error] | None, record: Record, cause: str, q: Quote | None, g: Gold | None
) -> None:
    tally.causes[cause.split(" (")[0]] += 1
    if errors is None:
        return
    text = record.article.text
    said = f"pred[{q.speaker.text if q and q.speaker else '-'}] {_clip(q.text) if q else ''}"
    gold = f"gold[{g.source}|{g.cue}] {_clip(' '.join(s.slice(text) for s in g.content))}" if g else ""
    errors.append(Error(record.doc, cause, f"{said} || {gold}"))


def _clip(text: str, width: int = 120) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "\u2026"


def analyse_records(records: Sequence[Record]) -> Iterator[ArticleFacts]:
    """The pipeline's facts for each record's article, in order (one process)."""
    from graph.build.pipeline import BuildOptions, analyse

    yield from analyse([r.article for r in records], BuildOptions())


def evaluate(records: Sequence[Record], errors: list[Error] | None = None, dev: bool = True) -> dict[str, Tally]:
    """Tallies for ``all``, each dev half and each publisher; on dev, causes and errors of the read half only."""
    tallies: dict[str, Tally] = {}
    for record, facts in zip(records, analyse_records(records), strict=True):
        readable = not dev or half(record.doc) == "read"
        tally = score(record, facts.quotes, errors if readable else None)
        if not readable:
            tally.causes.clear()
        for key in ("all", f"half:{half(record.doc)}", f"publisher:{record.publisher}"):
            tallies.setdefault(key, Tally()).add(tally)
    return tallies


def source_table(tallies: Mapping[str, Tally]) -> Iterable[str]:
    """Quoted recall by how the gold source is written, per dev half: a pronoun's referent is the scorer's guess
    (:mod:`bench.referents`), so the ``name`` column is the figure that depends on no guess."""
    yield f"{'slice':24} " + " ".join(f"{'qR ' + kind:>10} {'#':>4}" for kind in SOURCE_KINDS)
    for key, t in sorted(tallies.items(), key=lambda kv: (kv[0] != "all", kv[0])):
        if key == "all" or key.startswith("half:"):
            cells = (
                f"{t.found_by_source[k] / t.quoted_by_source[k] if t.quoted_by_source[k] else 0.0:10.3f} "
                f"{t.quoted_by_source[k]:4d}"
                for k in SOURCE_KINDS
            )
            yield f"{key:24} " + " ".join(cells)


def table(tallies: Mapping[str, Tally]) -> Iterable[str]:
    yield (
        f"{'slice':24} {'qP':>6} {'qR':>6} {'qF1':>6} {'repR':>6} {'repSpan':>7} {'repP':>6} "
        f"{'#quoted':>7} {'#reported':>9}"
    )
    for key, t in sorted(tallies.items(), key=lambda kv: (kv[0] != "all", kv[0])):
        yield (
            f"{key:24} {t.quoted_precision:6.3f} {t.quoted_recall:6.3f} {t.quoted_f1:6.3f} {t.reported_recall:6.3f} "
            f"{t.reported_span_recall:7.3f} {t.reported_precision:6.3f} {t.gold_quoted:7d} {t.gold_reported:9d}"
        )
