"""A shown event's passing wordings are in the graph as incidental reports: linked to it by ng:incidentalReportOf,
never ng:reportOf, so that it counts them as no reports; the graph conforms to the shapes (hand-built facts)."""

from __future__ import annotations

from dataclasses import replace

from rdflib import RDF, Literal

from graph.merge.story import merge
from graph.model import ActorKind, Article, ArticleFacts, EventMention, EventType, Mention, Span
from graph.rdf.mapping import merged_graph, to_dataset
from ontology import NG, validate


def facts(article_id: str, text: str, salient: bool) -> ArticleFacts:
    """One article whose one event is an attack by Ruritania (``salient`` or told in passing)."""
    agent = Mention(Span(0, 9), "Ruritania", ActorKind.PLACE)
    span = Span(0, len(text) - 1)
    trigger = Span(text.index("attack"), text.index("attack") + len("attack"))
    event = EventMention(span, text[:-1], Span(0, len(text)), trigger, "attack", "Ruritania attack", EventType.CONFLICT)
    event = replace(event, agents=(agent,), salient=salient)
    return ArticleFacts(Article(article_id, text), [agent], events=[event])


def test_a_passing_wording_is_an_incidental_report_that_counts_as_no_report() -> None:
    story = merge(
        [facts("a", "Ruritania attacked the port.", True), facts("b", "Ruritania attack suspects fled.", False)]
    )
    assert [len(e.incidental_reports) for e in story.events] == [1]
    graph = merged_graph(to_dataset(story))
    [said] = graph.subjects(NG.incidentalReportOf, None)
    [event] = graph.subjects(NG.eventType, Literal("conflict"))
    assert graph.value(said, NG.incidentalReportOf) == event
    assert (said, RDF.type, NG.IncidentalReport) in graph
    assert (said, NG.reportOf, None) not in graph
    assert graph.value(said, NG.text) == Literal("Ruritania attack suspects fled")
    assert len(list(graph.subjects(NG.reportOf, event))) == 1  # the salient report only
    assert graph.value(event, NG.reportCount) == Literal(1)
    report = validate(graph)
    assert not report.violations, report.violations
