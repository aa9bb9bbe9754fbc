"""The map's excerpt of a large story: the most quoted actors, whole, with every report of what they said."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from graph.build.pipeline import write_outputs
from graph.model import ActorKind
from graph.rdf.mapping import merged_graph, statement_iri, to_dataset
from graph.render.excerpt import Counts, excerpt
from ontology.namespace import NG
from tests.render.test_render import page_data

pytestmark = pytest.mark.model


def test_a_story_that_fits_is_its_own_page(seed_build: Any) -> None:
    story = seed_build.result.story
    assert excerpt(story, Counts.of(story).nodes) is story
    with pytest.raises(ValueError, match="at least 1"):
        excerpt(story, 0)


def test_the_most_quoted_actor_comes_whole(seed_build: Any) -> None:
    story = seed_build.result.story
    limit = Counts.of(story).nodes // 3
    part = excerpt(story, limit)
    assert part is not story and 0 < Counts.of(part).nodes < Counts.of(story).nodes
    speakers = Counter(s.speaker for s in story.statements if s.speaker)
    top = speakers.most_common(1)[0][0]
    assert {s.key for s in part.statements} >= {s.key for s in story.statements if s.speaker == top}
    articles = {f.article.id for f in part.facts}
    assert all(r.article_id in articles for s in part.statements for r in s.reports)
    assert all(r.article_id in articles for e in part.events for r in e.reports)
    for facts in part.facts:  # the chosen articles name only actors the page holds
        for mention in facts.mentions:
            assert part.actor_of[(facts.article.id, mention.span)] in part.actors
    whole_graph, part_graph = merged_graph(to_dataset(story)), merged_graph(to_dataset(part))
    for statement in part.statements:  # counts that need every report stay those of the whole story
        iri = statement_iri(statement)
        for predicate in (NG.reportCount, NG.outletCount, NG.independentSourceCount):
            assert set(part_graph.objects(iri, predicate)) == set(whole_graph.objects(iri, predicate))


def test_a_build_larger_than_its_map_says_so_and_keeps_every_fact(seed_build: Any, tmp_path: Path) -> None:
    story = seed_build.result.story
    whole = write_outputs(story, tmp_path / "whole", "t")
    limit = Counts.of(story).nodes // 3
    cut = write_outputs(story, tmp_path / "cut", "t", map_nodes=limit)
    for name in ("graph.ttl", "graph.trig"):
        assert (tmp_path / "whole" / name).read_bytes() == (tmp_path / "cut" / name).read_bytes()
    assert cut.triples == whole.triples
    data = page_data((tmp_path / "cut" / "graph.html").read_text(encoding="utf-8"))
    counts = Counts.of(story)
    assert data["whole"] == {
        "actors": counts.actors, "statements": counts.statements, "events": counts.events, "articles": counts.articles,
    }  # fmt: skip
    nodes = data["nodes"]
    assert isinstance(nodes, list) and len(nodes) < counts.nodes
    assert page_data((tmp_path / "whole" / "graph.html").read_text(encoding="utf-8"))["whole"] is None


def test_every_excerpt_keeps_who_claims_its_events(seed_build: Any) -> None:
    """A claimed event on the page names its claimant, who is on the page too, however small the page: here the
    seeds' one claim is made by an actor who says nothing and does nothing else (a place the article names)."""
    story = seed_build.result.story
    event, report = next((e, r) for e in story.events for r in e.reports if r.mention.claim)
    facts = next(f for f in story.facts if f.article.id == report.article_id)
    roles = {
        story.actor_of.get((r.article_id, m.span))
        for e in story.events for r in e.reports for m in (*r.mention.agents, *r.mention.patients, *r.mention.places)
    }  # fmt: skip
    places = [
        m for m in facts.mentions
        if m.kind is ActorKind.PLACE and story.actor_of.get((report.article_id, m.span)) not in {*roles, None}
    ]  # fmt: skip
    claim = replace(report.mention.claim, source=places[0])
    claimed = replace(report, mention=replace(report.mention, claim=claim))
    reports = [claimed if r is report else r for r in event.reports]
    story = replace(story, events=[replace(e, reports=reports) if e is event else e for e in story.events])
    claimant = story.actor_of[(report.article_id, places[0].span)]
    pages = [excerpt(story, limit) for limit in range(1, Counts.of(story).nodes)]
    assert any(event.key in {e.key for e in part.events} for part in pages if part is not story)
    for part in pages:
        if event.key in {e.key for e in part.events}:
            assert claimant in part.actors
            to_dataset(part)  # maps every triple of the page


def test_an_excerpt_draws_no_incidental_event(seed_build: Any) -> None:
    """The map shows no incidental event, so a page that leaves out an incidental event's participants still maps."""
    story = seed_build.result.story
    assert story.incidental
    for limit in (1, Counts.of(story).nodes // 2):
        part = excerpt(story, limit)
        assert part is not story and not part.incidental
        assert not set(merged_graph(to_dataset(part)).subjects(None, NG.IncidentalEvent))
