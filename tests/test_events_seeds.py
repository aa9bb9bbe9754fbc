"""Events of the seed build, read through the `events` named query (needs the spaCy model)."""

from __future__ import annotations

from importlib import resources

import pytest

from ontology import validate
from tests.conftest import SeedBuild
from tests.render.test_render import nodes_by_name

pytestmark = pytest.mark.model

COLUMNS = ["event", "label", "type", "date", "granularity", "participants", "place", "articles"]


@pytest.fixture(scope="module")
def rows(seed_build: SeedBuild) -> list[dict[str, str]]:
    text = resources.files("graph.store.named").joinpath("events.rq").read_text(encoding="utf-8")
    result = seed_build.result.graph.query(text)
    assert [str(v) for v in result.vars or []] == COLUMNS
    return [{c: "" if v is None else str(v) for c, v in zip(COLUMNS, row, strict=True)} for row in result]


def find(rows: list[dict[str, str]], word: str, also: str = "") -> list[dict[str, str]]:
    """Rows whose label holds ``word`` and whose label, participants or place hold ``also``."""
    return [
        r
        for r in rows
        if word in r["label"].casefold() and also.casefold() in (r["label"] + r["participants"] + r["place"]).casefold()
    ]


def test_invasion_starts_on_february_24(rows: list[dict[str, str]]) -> None:
    dated = [r for r in rows if r["type"] == "conflict" and r["date"] == "2022-02-24"]
    assert dated and dated[0]["granularity"] == "day", rows


def test_counteroffensive_is_one_event_reported_by_every_article(rows: list[dict[str, str]]) -> None:
    found = [r for r in find(rows, "offensive") if r["type"] == "conflict"]
    assert len(found) == 1, found
    assert found[0]["type"] == "conflict" and found[0]["articles"] == "3"
    assert "Ukrain" in found[0]["participants"]


def test_petition_and_letters_stay_apart(rows: list[dict[str, str]], seed_build: SeedBuild) -> None:
    from rdflib import RDFS

    from ontology import NG

    assert find(rows, "petition", "deputies")  # an act in which something was said stays an event
    graph = seed_build.result.graph
    letters = {str(graph.value(e, RDFS.label)): e for e in set(graph.objects(None, NG.madeIn))}
    lomonosovsky = [e for label, e in letters.items() if "letter" in label and "MPs" in label]
    palyuga = [e for label, e in letters.items() if "letter" in label and "Palyuga" in label]
    assert len(lomonosovsky) == 1 and len(palyuga) == 1, letters
    assert len(set(graph.subjects(NG.madeIn, lomonosovsky[0]))) >= 2  # the statements made in it
    assert not find(rows, "letter")  # the letters are their statements' medium, not events of their own


def test_speech_events_are_their_statements(rows: list[dict[str, str]], seed_build: SeedBuild) -> None:
    """The statement "Kadyrov said" is the one Kadyrov made, not a second item beside it (the data keeps ng:madeIn)."""
    from rdflib import URIRef

    from ontology import NG

    graph = seed_build.result.graph
    speech = {e for e in graph.objects(None, NG.madeIn) if str(graph.value(e, NG.eventType)) == "speech"}
    assert len(speech) >= 10
    assert not speech & {URIRef(r["event"]) for r in rows}
    assert not find(rows, "said")
    nodes = nodes_by_name((seed_build.out / "graph.html").read_text(encoding="utf-8"))
    assert "Ramzan Kadyrov" in nodes and "Kadyrov said" not in nodes
    assert not {str(n["iri"]) for n in nodes.values()} & {str(e) for e in speech}


def test_st_petersburg_treason_call(rows: list[dict[str, str]]) -> None:
    assert find(rows, "call", "Petersburg"), rows


def test_zelensky_message_dated_yesterday(rows: list[dict[str, str]]) -> None:
    found = find(rows, "message", "Zelensky")
    assert [(r["date"], r["granularity"]) for r in found] == [("2022-09-11", "day")]


def test_seed_graph_conforms(seed_build: SeedBuild) -> None:
    report = validate(seed_build.result.graph)
    assert report.conforms, report.violations[:5]


def test_relations_keep_their_words_and_statements_their_speech_events(seed_build: SeedBuild) -> None:
    from rdflib import RDFS, Literal

    from ontology import NG

    graph = seed_build.result.graph
    relations = {
        (str(graph.value(r, NG.relationType)), str(graph.value(r, NG.text)))
        for r in graph.subjects(NG.relatedFrom, None)
    }
    assert ("after", "Just a day after") in relations, relations
    made = list(graph.subject_objects(NG.madeIn))
    assert len(made) >= 10
    kadyrov = [e for _s, e in made if "Kadyrov" in str(graph.value(e, RDFS.label))]
    assert kadyrov and (kadyrov[0], NG.eventType, Literal("speech")) in graph
