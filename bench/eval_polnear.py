"""Score attribution on PolNeAR dev (or train): quoted P/R/F1, reported-speech recall, and a table of error causes.

Run from the project root:  .venv/bin/python -m bench.eval_polnear [--split dev|train] [--limit N] [--verbose]
[--referent labelled|agree|nearest]

See :mod:`bench.polnear` for the matching rules and the fixed read/blind split of dev. Causes and, with
``--verbose``, each error are printed for the read half of dev only (all of train); the blind half is only scored.
The floors that fail the test suite are pinned in ``tests/test_eval_gate_polnear.py``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from bench.polnear import DATA, Error, evaluate, load, source_table, table
from bench.referents import REFERENTS


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=("dev", "train"), default="dev")
    parser.add_argument("--data", default=DATA, help="folder of polnear_{dev,train}.jsonl (default: %(default)s)")
    parser.add_argument("--limit", type=int, default=None, help="score only the first N articles")
    parser.add_argument("--verbose", action="store_true", help="list each error (read half of dev, or train)")
    parser.add_argument("--cause", default="", help="with --verbose, only errors whose cause starts with this")
    parser.add_argument(
        "--referent",
        choices=REFERENTS,
        default="labelled",
        help="how a pronoun source's referent is taken: the hand label (dev; agreement where there is none), guessed "
        "by agreement, or the nearest named source (the rule before issue 18); see bench.referents",
    )
    args = parser.parse_args(argv)
    path = Path(args.data) / f"polnear_{args.split}.jsonl"
    if not path.is_file():
        print(f"{path} not found: fetch PolNeAR with ../shared/eval/polnear.sh (kept outside git)", file=sys.stderr)
        return 2
    records = load(path, args.limit, args.referent)
    errors: list[Error] = []
    tallies = evaluate(records, errors, dev=args.split == "dev")
    print(f"PolNeAR {args.split}: {len(records)} articles; pronoun sources resolved by {args.referent!r}")
    for line in table(tallies):
        print(line)
    print(f"\nquoted recall by how the gold source is written (a pronoun's referent: {args.referent}):")
    for line in source_table(tallies):
        print(line)
    causes = tallies["all"].causes
    print(f"\nerror causes ({'read half of dev' if args.split == 'dev' else 'train'}):")
    for cause, count in causes.most_common():
        print(f"{count:6d}  {cause}")
    if args.verbose:
        print()
        for error in errors:
            if error.cause.startswith(args.cause):
                print(f"{error.doc[:40]:40} {error.cause}: {error.detail}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
