"""`newsgraph timeline` end to end on the seed build."""

from __future__ import annotations

import json
import re
from pathlib import Path

from typer.testing import CliRunner

from cli.app import app
from tests.conftest import SeedBuild


def run(seed_build: SeedBuild, *args: str) -> str:
    result = CliRunner().invoke(app, ["timeline", "--graph", str(seed_build.out / "graph.trig"), *args])
    assert result.exit_code == 0, result.output
    return result.output


def test_statements_in_date_order_with_honest_dates(seed_build: SeedBuild) -> None:
    output = run(seed_build, "--show", "statements")
    starts = re.findall(r"^│ ~?(\d{4}-\d{2}-\d{2})[^│]*│ statement", output, flags=re.M)
    assert starts and starts == sorted(starts)
    assert "(published)" in output, "a publication date used for want of a stated one says so"
    assert "(estimated window)" in output, "undated seeds are placed in an estimated window"
    assert f"{len(seed_build.result.story.statements)} entries" in output


def test_date_range_filter(seed_build: SeedBuild) -> None:
    output = run(seed_build, "--show", "statements", "--since", "2022-09-12", "--until", "2022-09-12", "--no-undated")
    starts = re.findall(r"^│ ~?(\d{4}-\d{2}-\d{2})[^│]*│ statement", output, flags=re.M)
    assert starts and set(starts) == {"2022-09-12"}
    assert "undated" not in output.split("┃")[-1]


def test_missing_graph_is_a_clear_error(tmp_path: object) -> None:
    result = CliRunner().invoke(app, ["timeline", "--graph", "no/such/graph.trig"])
    assert result.exit_code == 2
    assert "no/such/graph.trig" in result.output


def test_dates_show_at_their_own_granularity(tmp_path: Path) -> None:
    """A decade, a quarter and a week read as themselves, never as their first day."""
    article = {
        "id": "decades",
        "title": "Mill closes",
        "published": "2005-02-10",
        "text": "Mill closes\n\nThe mill opened in the 1930s. Profit fell in the third quarter of 2004. "
        "Sales slowed in the week of February 7.\n“We lost money in the third quarter of 2004,” said Jane Doe.\n",
    }
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.json").write_text(json.dumps(article), encoding="utf-8")
    built = CliRunner().invoke(app, ["build", str(tmp_path / "in"), "-o", str(tmp_path / "out")])
    assert built.exit_code == 0, built.output
    result = CliRunner().invoke(app, ["timeline", "--graph", str(tmp_path / "out" / "graph.trig")])
    assert result.exit_code == 0, result.output
    dates = re.findall(r"^│ ([^│]+?)\s*│", result.output, flags=re.M)
    assert "the 1930s" in dates and "Q3 2004" in dates
    assert not any(d.startswith(("1930-01-01", "2004-07-01")) for d in dates)
