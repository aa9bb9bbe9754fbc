"""What the merge decides about statements and events, and that the mapping writes it: no model needed."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from rdflib import Literal

from graph.merge.corroboration import independent_sources, outlets
from graph.merge.story import merge
from graph.merge.timeline import placement, publication_dates
from graph.model import ActorKind, Article, ArticleFacts, EventMention, EventType, Mention, Quote, Span
from graph.rdf.mapping import merged_graph, mint, to_dataset
from graph.story import Event, Story
from ontology import NG

SAID = "Strength is the only source of his legitimacy, and it is gone now"
SIGNED = "We demand the resignation of the president of the country"


def article(article_id: str, verb: str, kind: EventType, words: str | None, published: dt.date | None) -> ArticleFacts:
    """``The analyst <verb>: <words>.``: the analyst's event, introducing the quote ``words`` if given."""
    speaker = Mention(Span(0, 11), "The analyst", ActorKind.PERSON)
    trigger = Span(12, 12 + len(verb))
    text = f"The analyst {verb}"
    quotes = []
    if words is not None:
        span = Span(len(text) + 2, len(text) + 2 + len(words))
        text += f": {words}"
        quotes.append(Quote(span, words, Span(0, len(text)), speaker))
    label = f"The analyst {verb}"
    event = EventMention(
        Span(0, trigger.end), label, Span(0, len(text)), trigger, verb, label, kind, agents=(speaker,),
        quotes=tuple(q.span for q in quotes),
    )  # fmt: skip
    return ArticleFacts(Article(article_id, text + ".", published=published), [speaker], quotes, events=[event])


def story() -> Story:
    return merge(
        [
            article("said", "said", EventType.SPEECH, SAID, dt.date(2022, 9, 12)),
            article("signed", "signed a petition", EventType.POLITICAL, SIGNED, None),
            article("spoke", "spoke", EventType.SPEECH, None, dt.date(2022, 9, 14)),
        ]
    )


def event_of(found: Story, article_id: str) -> Event:
    (event,) = (e for e in found.events if e.reports[0].article_id == article_id)
    return event


def test_a_speech_event_statements_were_made_in_is_shown_as_them_and_no_other() -> None:
    found = story()
    said, signed, spoke = (event_of(found, a) for a in ("said", "signed", "spoke"))
    made_in = {s.text: s.made_in for s in found.statements}
    assert made_in == {SAID: (said.key,), SIGNED: (signed.key,)}
    assert said.shown_as_statements, "a speech event that a statement was made in"
    assert not signed.shown_as_statements, "an act in which something was said stays an event"
    assert not spoke.shown_as_statements, "a speech event no statement was made in stays an event"


def test_placements_and_counts_are_those_of_the_timeline_and_corroboration_rules() -> None:
    found = story()
    published = publication_dates(found)
    for statement in found.statements:
        times = ((r.article_id, r.quote.time) for r in statement.reports)
        assert statement.placement == placement(found, times, published)
        assert statement.counts is not None
        assert statement.counts.outlets == len(outlets(found, (r.article_id for r in statement.reports)))
        assert statement.counts.independent_sources == len(independent_sources(found, statement.reports))
    for event in found.events:
        assert event.placement == placement(found, ((r.article_id, r.mention.time) for r in event.reports), published)
        assert event.counts is not None and event.counts.independent_sources is None
    assert event_of(found, "spoke").placement == placement(found, [("spoke", None)], published)


def test_the_graph_carries_what_the_merge_decided() -> None:
    found = story()
    graph = merged_graph(to_dataset(found))
    shown = set(graph.subjects(NG.shownAsStatements, Literal(True)))
    assert shown == {mint("event", *event_of(found, "said").key.split("/"))}
    for event in found.events:
        iri = mint("event", *event.key.split("/"))
        assert event.placement is not None and event.counts is not None
        assert graph.value(iri, NG.timelineBasis) == Literal(event.placement.basis.value)
        assert graph.value(iri, NG.outletCount) == Literal(event.counts.outlets)


def test_a_part_of_a_story_shows_an_event_as_its_statements_only_where_it_holds_them() -> None:
    """The map's excerpt is a story of its own: a speech event whose statements it left out is an event there."""
    found = story()
    graph = merged_graph(to_dataset(replace(found, statements=[])))
    assert set(graph.subjects(NG.shownAsStatements, None)) == set()
    graph = merged_graph(to_dataset(replace(found, events=[])))
    assert set(graph.subject_objects(NG.madeIn)) == set(), "no link to an event the graph does not hold"
