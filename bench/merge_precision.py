"""Statement merging precision on unrelated articles: PolNeAR's articles built as one story, and the statements that
the merge says more than one article reported.

Run from the project root:  .venv/bin/python -m bench.merge_precision [--split dev|train] [--fresh]

PolNeAR's articles (``bench/.data/polnear/polnear_{dev,train}.jsonl``, fetched with ``../shared/eval/polnear.sh``; see
:mod:`bench.polnear`) are separate US political stories by seven publishers. Built together, a statement reported
by two of them is a cross-article merge; most such merges are false (two different remarks that share words, or
two speakerless quotes), a few may be true (two outlets quoting one line of one speech). Printed:

- the number of cross-article statements, and each one with its speaker and, per report, the article, the report's
  own speaker as the article wrote it (and the actor it resolved to) and its wording, for a human to judge;
- *speaker replaced*: reports whose own speaker resolved to another actor than the statement's speaker;
- *speaker lent*: reports that named nobody known, in a statement whose speaker comes from another article;
- reports in more than one statement, and quotes in none (each report belongs to exactly one statement).

On dev, only the statements whose reports all come from the half of dev whose errors may be read
(:func:`bench.polnear.half`) are listed; the others are counted. Train is listed in full. The facts are analysed
once and kept in ``--cache`` under the fingerprint of the extraction code and model (``--fresh`` analyses again), so
that two checkouts whose extraction is the same merge the same facts.
"""

from __future__ import annotations

import argparse
import pickle
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.polnear import DATA, analyse_records, half, load

CACHE = Path(__file__).parent / ".data" / "merge_precision"


@dataclass(frozen=True, slots=True)
class Finding:
    """What the merge made of the articles: its cross-article statements and how their speakers came about."""

    articles: int
    statements: int
    joined: list[Any]
    """The statements (:class:`graph.story.Statement`) reported by more than one article."""
    replaced: list[tuple[Any, Any]]
    """(statement, report) where the report's own speaker resolved to another actor than the statement's."""
    lent: list[tuple[Any, Any]]
    """(statement, report) where the report named nobody known and the statement's speaker is another article's."""
    repeated: int
    """Reports found in more than one statement."""
    unplaced: int
    """Quotes of the articles found in no statement."""


def facts_of(split: str, data: Path, cache: Path, fresh: bool) -> list[Any] | None:
    """The pipeline's facts for each article of ``split``, or None when the split's file is not there."""
    path = data / f"polnear_{split}.jsonl"
    if not path.is_file():
        return None
    from graph.build.cache import fingerprint

    kept = cache / f"facts-{split}-{fingerprint(None)}.pickle"
    if kept.is_file() and not fresh:
        with kept.open("rb") as handle:
            found: list[Any] = pickle.load(handle)
            return found
    facts = list(analyse_records(load(path)))
    cache.mkdir(parents=True, exist_ok=True)
    with kept.open("wb") as handle:
        pickle.dump(facts, handle)
    return facts


def find(facts: Sequence[Any]) -> Finding:
    """Merge ``facts`` into one story and collect its cross-article statements."""
    from graph.merge.story import merge

    story = merge(facts)
    joined = [s for s in story.statements if len({r.article_id for r in s.reports}) > 1]
    replaced, lent = _speakers(story, joined)
    counts = Counter((r.article_id, r.quote.span) for s in story.statements for r in s.reports)
    quotes = {(f.article.id, q.span) for f in facts for q in f.quotes}
    return Finding(
        articles=len(facts),
        statements=len(story.statements),
        joined=joined,
        replaced=replaced,
        lent=lent,
        repeated=sum(1 for n in counts.values() if n > 1),
        unplaced=len(quotes - set(counts)),
    )


def _speakers(story: Any, joined: Sequence[Any]) -> tuple[list[tuple[Any, Any]], list[tuple[Any, Any]]]:
    """The reports of ``joined`` whose speaker the statement replaced, and those it lent another article's speaker."""
    replaced, lent = [], []
    for statement in joined:
        for report in statement.reports:
            own = _own_key(story, report)
            if own is not None and own != statement.speaker:
                replaced.append((statement, report))
            elif own is None and statement.speaker is not None and not _speaks_here(story, statement, report):
                lent.append((statement, report))
    return replaced, lent


def _own_key(story: Any, report: Any) -> str | None:
    speaker = report.quote.speaker
    return None if speaker is None else story.actor_of.get((report.article_id, speaker.span))


def _speaks_here(story: Any, statement: Any, report: Any) -> bool:
    """Whether another report of the statement in the same article names its speaker (a quote repeated there)."""
    return any(r.article_id == report.article_id and _own_key(story, r) == statement.speaker for r in statement.reports)


def lines(finding: Finding, readable: Any) -> Iterator[str]:
    """The summary, then each cross-article statement whose articles are all ``readable``."""
    yield (
        f"{finding.articles} articles, {finding.statements} statements: {len(finding.joined)} cross-article "
        f"statements; {len(finding.replaced)} reports whose speaker was replaced, {len(finding.lent)} given another "
        f"article's speaker; {finding.repeated} reports in more than one statement, {finding.unplaced} quotes in none"
    )
    hidden = 0
    for statement in finding.joined:
        if not all(readable(r.article_id) for r in statement.reports):
            hidden += 1
            continue
        yield f"\n  statement {statement.key}  speaker: {statement.speaker or '-'}"
        for report in statement.reports:
            speaker = report.quote.speaker
            own = f"{speaker.text} [{report.quote.resolution}]" if speaker else "-"
            flag = "  <- speaker replaced" if any(r is report for _, r in finding.replaced) else ""
            yield f"    {report.article_id[:28]:28} {own[:34]:34} {_clip(report.quote.text)}{flag}"
    if hidden:
        yield f"\n  {hidden} cross-article statements touch the blind half of dev: counted, not listed"


def _clip(text: str, width: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "\u2026"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=("dev", "train"), default="dev")
    parser.add_argument("--data", type=Path, default=DATA, help="folder of polnear_{dev,train}.jsonl")
    parser.add_argument("--cache", type=Path, default=CACHE, help="analysed facts (default: %(default)s)")
    parser.add_argument("--fresh", action="store_true", help="analyse the articles again")
    parser.add_argument("--quiet", action="store_true", help="the summary only")
    args = parser.parse_args(argv)
    facts = facts_of(args.split, args.data, args.cache, args.fresh)
    if facts is None:
        missing = args.data / f"polnear_{args.split}.jsonl"
        print(
            f"PolNeAR data missing: {missing} not found; fetch networkdynamics/PolNeAR and run"
            " ../shared/eval/polnear.sh (kept outside git). Nothing measured.",
            file=sys.stderr,
        )
        return 2
    finding = find(facts)
    print(f"PolNeAR {args.split}, every article built into one story:")
    for line in lines(finding, lambda doc: args.split == "train" or half(doc) == "read"):
        if not args.quiet or not line.startswith(("\n  statement", "    ")):
            print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
