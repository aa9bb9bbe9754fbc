"""Incidental events (told only in passing) are data in the graph: the incidental listing shows them, and the events
listing, the timeline, the exports and the map leave them out."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli.app import app

pytestmark = pytest.mark.model
runner = CliRunner()

ARTICLE = """ date 2021-03-09 Steward hurt at derby

Fans left the stadium in Eastvale on Saturday after the game ended in a draw. Police will investigate the attack on
a steward, who is playing in a band this week.

"Thieves broke into the club shop on Monday," the chairman said.
"""


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    source = tmp_path_factory.mktemp("incidental-in")
    (source / "derby.txt").write_text(ARTICLE, encoding="utf-8")
    out = tmp_path_factory.mktemp("incidental-out")
    result = runner.invoke(app, ["build", str(source), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out


def listing(out: Path, store: str, name: str) -> list[dict[str, str]]:
    where = ["--graph", str(out / "graph.trig"), "--store", store]
    if store == "oxigraph":
        where += ["--store-path", str(out / f"{name}.oxigraph")]
    result = runner.invoke(app, ["query", *where, "-n", name, "-f", "csv"])
    assert result.exit_code == 0, result.output
    return list(csv.DictReader(io.StringIO(result.output)))


@pytest.mark.parametrize("store", ["rdflib", "oxigraph"])
def test_incidental_events_are_listed_apart(built: Path, store: str) -> None:
    incidental = listing(built, store, "incidental")
    assert any("playing" in row["text"] for row in incidental), incidental
    assert all(row["sentence"] and row["article"] for row in incidental)
    shown = {row["event"] for row in listing(built, store, "events")}
    on_timeline = {row["item"] for row in listing(built, store, "timeline")}
    assert shown and {row["event"] for row in incidental}.isdisjoint(shown | on_timeline)


@pytest.mark.parametrize("store", ["rdflib", "oxigraph"])
def test_a_time_only_an_incidental_event_is_dated_by_stays_on_the_timeline(built: Path, store: str) -> None:
    """The timeline lists the time expressions no statement or event it shows is dated by: an incidental event
    (here the break-in, told inside a quote) is not shown, so "Monday" is listed as a time."""
    assert any("broke" in row["text"] and row["date"] for row in listing(built, store, "incidental"))
    times = [row for row in listing(built, store, "timeline") if row["kind"] == "time"]
    assert "Monday" in {row["label"] for row in times}


def test_the_graph_conforms_and_the_exports_and_map_leave_incidental_events_out(built: Path) -> None:
    assert runner.invoke(app, ["validate", str(built / "graph.trig")]).exit_code == 0
    events = {row["event"] for row in listing(built, "rdflib", "incidental")}
    csv_out = built / "csv"
    result = runner.invoke(app, ["export", "-f", "csv", "-o", str(csv_out), "-g", str(built / "graph.trig")])
    assert result.exit_code == 0, result.output
    exported = "".join(path.read_text(encoding="utf-8") for path in sorted(csv_out.glob("*.csv")))
    page = (built / "graph.html").read_text(encoding="utf-8")
    assert "/event/" in exported and "/event/" in page  # both name the events they show by IRI
    assert events and not any(event in exported or event in page for event in events)
