"""The statement merge on real articles: the graph it writes (to compare two versions byte for byte) and how many
statements join articles that cannot share a quote.

Run from the project root:  .venv/bin/python -m bench.merge_compare --out /tmp/new [--set meantime --set ecb-dev]
(``NEWSGRAPH_EVAL=/work/shared/eval`` where the evaluation sets are not ``../shared/eval``).

Each set is real articles of ``../shared/eval`` whose topics cannot share a quote (MEANTIME: Airbus, Apple, General
Motors, the stock market; ECB+: two events of one kind per topic, told apart); the seeds (``seeds/``) are built as a
set of their own. The articles are analysed once (facts kept in ``--cache``), then merged and written into
``--out/SET`` as ``newsgraph build`` does. Printed per set: the SHA-256 of graph.trig and graph.ttl, the statements
reported by more than one article, those whose reports come from articles of different topics (false merges), and
reports found in more than one statement. To compare two versions, run this file from another checkout's root too
(``git archive REV | tar -x -C DIR``, copy it into ``DIR/bench``) with the same ``--cache``: the facts are the same.

``ecb-dev`` (ECB+'s usual dev topics), and ``together`` which holds it, are kept for counting only: their false
merges are never printed, so that no rule is tuned on them.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import pickle
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

EVAL = Path(os.environ.get("NEWSGRAPH_EVAL", Path(__file__).resolve().parent.parent.parent / "shared" / "eval"))
"""The evaluation sets (``NEWSGRAPH_EVAL`` names another folder)."""
SEEDS = Path(__file__).resolve().parent.parent / "seeds"
ECB_DEV = frozenset({2, 5, 12, 18, 21, 23, 34, 35})
SETS = ("seeds", "meantime", "ecb", "ecb-dev", "together")
"""``together`` is MEANTIME and both ECB+ sets built as one story: every topic beside every other."""


def records(name: str, limit: int) -> list[dict[str, str]]:
    """The records of one set, each with an id that starts with its topic."""
    if name == "meantime":
        rows = _jsonl(EVAL / "meantime_en.jsonl")
    else:
        every = _jsonl(EVAL / "ecbplus_topics_1-35.jsonl")
        rows = [r for r in every if (int(r["topic"]) in ECB_DEV) == (name != "ecb")]
    found = []
    for row in rows[:limit]:
        record = {"id": f"{row['topic']}--{row['doc']}", "text": row["text"]}
        if row.get("dct"):
            record["published"] = row["dct"]
        found.append(record)
    return found


def _jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def analysed(name: str, limit: int, cache: Path) -> list[Any]:
    from graph.build.pipeline import BuildOptions, analyse, read_articles

    if name == "together":
        return [f for part in ("meantime", "ecb", "ecb-dev") for f in analysed(part, limit, cache)]
    kept = cache / f"compare-{name}-{limit}.pickle"
    if kept.is_file():
        with kept.open("rb") as handle:
            facts: list[Any] = pickle.load(handle)
            return facts
    with tempfile.TemporaryDirectory() as tmp:
        if name == "seeds":
            inputs = [SEEDS]
        else:
            path = Path(tmp, f"{name}.jsonl")
            path.write_text("".join(json.dumps(r) + "\n" for r in records(name, limit)), encoding="utf-8")
            inputs = [path]
        articles, _ = read_articles(inputs)
        facts = list(analyse(articles, BuildOptions(jobs=2)))
    cache.mkdir(parents=True, exist_ok=True)
    with kept.open("wb") as handle:
        pickle.dump(facts, handle)
    return facts


def run(name: str, limit: int, cache: Path, out: Path, quiet: bool) -> None:
    from graph.build.pipeline import write_outputs
    from graph.merge.story import merge

    facts = analysed(name, limit, cache)
    story = merge(facts)
    folder = out / name
    folder.mkdir(parents=True, exist_ok=True)
    write_outputs(story, folder, name)
    digests = {f: hashlib.sha256((folder / f).read_bytes()).hexdigest()[:16] for f in ("graph.trig", "graph.ttl")}
    topic = {f.article.id: _topic(f.article.id, name) for f in facts}
    joined = [s for s in story.statements if len({r.article_id for r in s.reports}) > 1]
    false = [s for s in joined if len({topic[r.article_id] for r in s.reports}) > 1]
    reports = Counter((r.article_id, r.quote.span) for s in story.statements for r in s.reports)
    print(
        f"{name:<9} {len(facts):>4} articles, {len(story.statements):>5} statements: graph.trig {digests['graph.trig']}"
        f" graph.ttl {digests['graph.ttl']}; {len(joined)} cross-article statements, {len(false)} across topics;"
        f" {sum(1 for n in reports.values() if n > 1)} reports in more than one statement"
    )
    if name not in {"ecb-dev", "together"} and not quiet:
        for statement in false:
            print("   ", statement.speaker, [(r.article_id[:40], r.quote.text[:60]) for r in statement.reports])


def _topic(article_id: str, name: str) -> str:
    """What an article reports: its topic, and for ECB+ which of the topic's two events (``ecb`` or ``ecbplus``)."""
    if "--" not in article_id:
        return name
    topic, doc = article_id.split("--", 1)
    return topic + ("/ecbplus" if doc.endswith("ecbplus") else "/ecb" if doc.endswith("ecb") else "")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", action="append", choices=SETS, help="sets to build (default: all)")
    parser.add_argument("--limit", type=int, default=300, help="articles of each set (default: 300)")
    parser.add_argument("--cache", type=Path, default=Path("bench/.data/merge_compare"), help="analysed facts")
    parser.add_argument("--out", type=Path, required=True, help="where each set's graph is written")
    parser.add_argument("--quiet", action="store_true", help="counts only, no false merges printed")
    args = parser.parse_args()
    for name in args.set or SETS:
        run(name, args.limit, args.cache, args.out, args.quiet)


if __name__ == "__main__":
    main()
