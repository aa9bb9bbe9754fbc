"""Every report in the graph says how it was attributed (cue, pattern, how the speaker was read), so a user can
filter on it and audit it; the values conform to the shapes."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.build.pipeline import build
from ontology import NG, validate

pytestmark = pytest.mark.model

ARTICLE = """The bridge

Mayor Ann Lee spoke on Monday.

“We will reopen the bridge in June,” she said.

The repairs will cost millions of dollars, officials said.
"""


@pytest.fixture(scope="module")
def provenance(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[str, str, str]]:
    folder: Path = tmp_path_factory.mktemp("story")
    (folder / "bridge.txt").write_text(ARTICLE, encoding="utf8")
    result = build([folder])
    report = validate(result.graph)
    assert not report.violations, report.violations
    found = {}
    for node in result.graph.subjects(NG.attributionPattern, None):
        text = str(result.graph.value(node, NG.text))
        values = (NG.attributionCue, NG.attributionPattern, NG.speakerResolution)
        found[text] = tuple(str(result.graph.value(node, term) or "") for term in values)
    return found  # type: ignore[return-value]


def test_a_quote_resolved_from_a_pronoun_says_so(provenance: dict[str, tuple[str, str, str]]) -> None:
    assert provenance["We will reopen the bridge in June"] == ("said", "content before cue", "pronoun")


def test_reported_speech_by_a_description_says_so(provenance: dict[str, tuple[str, str, str]]) -> None:
    said = next(v for text, v in provenance.items() if text.startswith("The repairs will cost"))
    assert said == ("said", "content before cue", "description")


def test_every_report_has_its_cue_and_pattern(provenance: dict[str, tuple[str, str, str]]) -> None:
    assert provenance
    assert all(cue and pattern for cue, pattern, _ in provenance.values())
