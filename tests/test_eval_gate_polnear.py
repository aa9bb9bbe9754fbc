"""Attribution quality gate on PolNeAR dev (US political news, every attribution annotated by hand).

Floors are pinned a little under what ``python -m bench.eval_polnear`` measured (measured - 0.02, rounded down); a
change that drops below them fails. Raise them when attribution improves, never lower them to make a change pass.
The corpus has no licence and lives outside git (``bench/.data/polnear``): without it the gate skips.
"""

from __future__ import annotations

import pytest

from bench.polnear import DATA, Tally, evaluate, load

DEV = DATA / "polnear_dev.jsonl"
pytestmark = [
    pytest.mark.model,
    pytest.mark.skipif(
        not DEV.is_file(), reason=f"PolNeAR dev not found at {DEV} (fetch with polnear.sh; never committed)"
    ),
]
FLOORS = {
    "quoted_precision": 0.90,
    "quoted_recall": 0.85,
    "quoted_f1": 0.88,
    "reported_recall": 0.76,
    "reported_precision": 0.81,
}
"""Measured 0.928, 0.875, 0.900, 0.778, 0.838 on all 84 dev articles (710 quoted, 505 reported-speech attributions),
a pronoun source standing for its hand-labelled referent (:data:`bench.referents.LABELS`); the other floors were
pinned when a pronoun stood for the nearest gold source that agrees with it, which measured quoted recall and F1 0.007
higher."""


@pytest.fixture(scope="module")
def dev_scores() -> Tally:
    return evaluate(load(DEV))["all"]


def test_attribution_stays_above_floors(dev_scores: Tally) -> None:
    measured = {name: round(getattr(dev_scores, name), 3) for name in FLOORS}
    failing = {name: (measured[name], floor) for name, floor in FLOORS.items() if measured[name] < floor}
    assert not failing, f"below floor (measured, floor): {failing}; all: {measured}"
