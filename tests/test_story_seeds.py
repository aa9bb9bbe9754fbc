"""One story from three outlets (issue 4's bar on the seeds): one statement per thing said, one actor per person,
corroboration counts, and a timeline whose dates say where they come from."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph

import graph.store.named
from graph.model import ActorKind
from graph.story import Story
from tests.conftest import SeedBuild

QUERIES = Path(graph.store.named.__file__).parent
PREFIXES = {"000": "000_", "003": "003_", "004": "004_"}


def rows(merged: Graph, name: str) -> list[dict[str, str]]:
    result = merged.query((QUERIES / f"{name}.rq").read_text(encoding="utf-8"))
    return [{str(k): str(v) for k, v in row.asdict().items()} for row in result]  # type: ignore[union-attr]


def reporting_articles(story: Story, phrase: str) -> list[set[str]]:
    """For every statement whose wording holds ``phrase``, the seed numbers of the articles that report it."""
    found = []
    for statement in story.statements:
        if any(phrase.lower() in r.quote.text.lower() for r in statement.reports) or (
            phrase.lower() in statement.text.lower()
        ):
            found.append({r.article_id[:3] for r in statement.reports})
    return found


@pytest.mark.parametrize(
    ("phrase", "articles"),
    [
        ("Cold War era", {"000", "004"}),
        ("feared and hated", {"000", "004"}),
        ("hopelessly outdated", {"000", "004"}),
        ("everything went wrong", {"003", "004"}),
    ],
)
def test_each_letter_quote_is_one_statement_carrying_every_article(
    seed_build: SeedBuild, phrase: str, articles: set[str]
) -> None:
    found = reporting_articles(seed_build.result.story, phrase)
    assert articles in found, "one statement carries every article that quotes the phrase"
    assert set().union(*found) == articles, "a sentence also quoted inside a longer span is one statement apart"


@pytest.mark.parametrize("name", ["Putin", "Zelensky", "Kadyrov", "New York Times"])
def test_one_actor_each(seed_build: SeedBuild, name: str) -> None:
    story = seed_build.result.story
    named = {ActorKind.PERSON, ActorKind.ORGANIZATION, ActorKind.OUTLET}
    holding = [
        a for a in story.actors.values() if a.kind in named and any(name in alias for alias in a.aliases | {a.label})
    ]
    assert len(holding) == 1, [(a.label, sorted(a.aliases)) for a in holding]


def test_different_people_and_councils_stay_apart(seed_build: SeedBuild) -> None:
    labels = {a.label for a in seed_build.result.story.actors.values() if a.kind is ActorKind.PERSON}
    assert {"Dmitry Palyuga", "Dmitri Kuznets"} <= labels


def test_corroborated_lists_statements_by_independent_sources(seed_build: SeedBuild) -> None:
    found = rows(seed_build.result.graph, "corroborated")
    assert len(found) == len(seed_build.result.story.statements)
    counts = [int(r["independent_sources"]) for r in found]
    assert counts == sorted(counts, reverse=True)
    cold_war = next(r for r in found if "Cold War era" in r["text"])
    assert (cold_war["independent_sources"], cold_war["outlets"], cold_war["reports"]) == ("2", "2", "2")
    assert "Just the News" in cold_war["sources"]
    times = [r for r in found if "legitimacy" in r["text"]]
    assert times and all(r["independent_sources"] == "1" and "New York Times" in r["sources"] for r in times)


def test_timeline_is_ordered_and_says_where_each_date_comes_from(seed_build: SeedBuild) -> None:
    found = rows(seed_build.result.graph, "timeline")
    dated = [r["date"] for r in found if r["date"] != "None"]
    assert dated == sorted(dated), "chronological"
    assert all(r["date"] == "None" for r in found[len(dated) :]), "undated last"
    assert {r["basis"] for r in found} <= {"stated", "published", "estimated", "undated"}
    statements = [r for r in found if r["kind"] == "statement"]
    assert len(statements) == len(seed_build.result.story.statements), "one row per statement, not per report"
    went_wrong = next(r for r in statements if "everything went wrong" in r["label"])
    assert (went_wrong["date"], went_wrong["basis"], went_wrong["granularity"]) == ("2022-09-12", "published", "day")


def test_undated_seed_gets_an_estimated_window_from_the_dated_one(seed_build: SeedBuild) -> None:
    story = seed_build.result.story
    undated = {f.article.id[:3] for f in story.facts if f.article.published is None}
    assert undated and {a[:3] for a in story.windows} == undated
    for window in story.windows.values():
        assert window.start <= window.end
    found = rows(seed_build.result.graph, "timeline")
    estimated = [r for r in found if r["basis"] == "estimated"]
    assert estimated and all(r["granularity"] != "day" or r["kind"] == "time" for r in estimated)
