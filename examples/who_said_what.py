"""Build the seed articles with the library API and print who said what, with the outlets that carried it.

Run from the project root:  .venv/bin/python examples/who_said_what.py [ARTICLES...]
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

from rdflib import Literal

from graph.build.pipeline import build
from graph.store import run_query

SAID_BY = """
SELECT ?text ?publisher WHERE {
  ?statement ng:speaker/rdfs:label ?speaker .
  ?report ng:reportOf ?statement ; ng:text ?text ; ng:reportedIn ?article .
  OPTIONAL { ?article ng:publisher/rdfs:label ?publisher . }
}
ORDER BY ?text
"""


def main(paths: list[Path]) -> None:
    result = build(paths)
    speakers = sorted({str(a.label) for a in result.story.actors.values() if any(
        s.speaker == a.key for s in result.story.statements)})  # fmt: skip
    for speaker in speakers:
        outlets: dict[str, set[str]] = defaultdict(set)
        for row in run_query(result.graph, SAID_BY, {"speaker": Literal(speaker)}):
            outlets[str(row[0])].add(str(row[1]) if row[1] else "unknown outlet")  # type: ignore[index]
        print(speaker)
        for text, carried_by in outlets.items():
            print(f"  “{text}” ({', '.join(sorted(carried_by))})")


if __name__ == "__main__":
    main([Path(p) for p in sys.argv[1:]] or [Path(__file__).resolve().parent.parent / "seeds"])
