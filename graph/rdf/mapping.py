"""The one module that maps facts to RDF: it writes what the merge found and decided, and decides nothing itself.

Each article gets a named graph holding what that article says (its mentions, reports, time expressions and the
typed actors and statements they point to); the default graph holds what only the merge knows (aliases, roles,
report and outlet counts, places on the timeline, the speech events statements were made in). The merged graph is
the union of all of them. IRIs are made by :func:`graph.rdf.iris.mint` and its text twins in :mod:`graph.rdf.iris`.

The mapping streams: :func:`story_quads` yields one article's graph at a time, each sorted, then the default graph,
so that a build of any size writes its files without ever holding the whole graph. Terms are text
(:mod:`graph.rdf.text`, :mod:`graph.rdf.triples`): a string is made, hashed and sorted many times faster than any
library's term object, and :mod:`graph.store.writers` prints them. :func:`to_dataset` gathers the graphs into an
rdflib ``Dataset`` for callers that want one.
"""

from __future__ import annotations

from collections.abc import Iterator

from rdflib import Dataset, Graph, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from graph.model import PUBLISHER_SPAN, Article, ArticleFacts, Mention
from graph.rdf import text as rdf_text
from graph.rdf.iris import (
    SHARED_PREFIXES,
    actor_node,
    article_iri,
    event_node,
    iri_part,
    mint,
    node,
    spanned_node,
    statement_iri,
    statement_node,
)
from graph.rdf.nodes import ActorSpans, actor_spans, mentioned, name_actors, offsets, time_node, typed_actor
from graph.rdf.ranks import listing_ranks, timeline_articles
from graph.rdf.text import TextTriple
from graph.rdf.triples import ACTOR_CLASS, TERM, TripleSet, any_uri, boolean, date, integer, plain, score
from graph.story import Actor, Counts, Event, EventRelation, EventReport, Placement, Report, Statement, Story
from ontology import bind_prefixes

__all__ = [
    "LABEL_WORDS",
    "SHARED_PREFIXES",
    "Quads",
    "article_iri",
    "dataset_graphs",
    "iri_part",
    "merged_graph",
    "mint",
    "short_label",
    "statement_iri",
    "story_quads",
    "to_dataset",
]

LABEL_WORDS = 10
"""Words kept in a statement's short label."""

Quads = Iterator[tuple[str | None, list[TextTriple]]]
"""Graphs one at a time: (graph name, or None for the default graph; its triples, sorted), in text
(:mod:`graph.rdf.text`)."""


def story_quads(story: Story) -> Quads:
    """One named graph per article, in IRI order, then the default graph of what the merge adds."""
    statements_by_article: dict[str, list[tuple[Statement, Report]]] = {}
    labels = {statement.key: plain(short_label(statement.text)) for statement in story.statements}
    for statement in story.statements:
        for report in statement.reports:
            statements_by_article.setdefault(report.article_id, []).append((statement, report))
    events_by_article: dict[str, list[tuple[Event, EventReport]]] = {}
    for event in story.events + story.incidental:
        for event_report in event.reports:
            events_by_article.setdefault(event_report.article_id, []).append((event, event_report))
    passing_by_article: dict[str, list[tuple[Event, EventReport]]] = {}
    for event in story.events:
        for event_report in event.incidental_reports:
            passing_by_article.setdefault(event_report.article_id, []).append((event, event_report))
    relations_by_article: dict[str, list[EventRelation]] = {}
    for relation in story.relations:
        relations_by_article.setdefault(relation.article_id, []).append(relation)
    for facts in sorted(story.facts, key=lambda f: node("graph", f.article.id)):
        article_id = facts.article.id
        named = TripleSet()
        _article(named, facts, story)
        spans = actor_spans(story, facts)
        for statement, report in statements_by_article.get(article_id, []):
            _report(named, statement, labels[statement.key], report, story, facts.article, spans)
        for event, event_report in events_by_article.get(article_id, []):
            _event_report(named, story, facts.article, event, event_report, spans)
        for event, event_report in passing_by_article.get(article_id, []):
            _incidental_report(named, facts.article, event, event_report)
        for relation in relations_by_article.get(article_id, []):
            _relation(named, relation)
        yield node("graph", article_id), named.sorted()
    yield None, _merged_default(story).sorted()


def _merged_default(story: Story) -> TripleSet:
    """The default graph: what the merge found across articles (actors' names and roles) and decided (counts, places
    on the timeline, the speech events statements were made in)."""
    default = TripleSet()
    for actor in story.actors.values():
        _actor_details(default, actor)
    # A part of a story (the map's excerpt, graph.render.excerpt) may hold a statement without the speech event it was
    # made in, or the event without its statements: its graph links only to its own events, and shows an event as its
    # statements only where it holds some of them.
    events = {event.key for event in story.events}
    for statement in story.statements:
        _statement_details(default, statement, events)
    made = {key for statement in story.statements for key in statement.made_in}
    for event in story.events:
        _event_details(default, event, event.shown_as_statements and event.key in made)
    for event in story.incidental:
        _incidental_details(default, event)
    for ranked, predicate, rank in listing_ranks(story, short_label):
        default.add(ranked, predicate, integer(rank))
    for item, articles in timeline_articles(story):
        default.add(item, TERM.timelineArticles, plain(articles))
    return default


def dataset_graphs(dataset: Dataset) -> Quads:
    """The graphs of an rdflib ``Dataset`` in :func:`story_quads`' order: named graphs by IRI, the default one last,
    each one's triples sorted; a story's dataset gives exactly the graphs of the story."""
    by_graph: dict[str, TripleSet] = {}
    for s, p, o, g in dataset.quads((None, None, None, None)):
        name = "" if g is None or g == DATASET_DEFAULT_GRAPH_ID else rdf_text.subject_text(g)
        graph = by_graph.get(name) or by_graph.setdefault(name, TripleSet())
        graph.add(rdf_text.subject_text(s), rdf_text.subject_text(p), rdf_text.from_rdflib(o))
    for name in sorted(by_graph, key=lambda n: (n == "", n)):
        yield (name or None), by_graph[name].sorted_type_first()


def to_dataset(story: Story) -> Dataset:
    """The story's graphs as an rdflib ``Dataset``: one named graph per article, plus the default graph."""
    dataset = Dataset()
    bind_prefixes(dataset)
    term = rdf_text.rdflib_terms()
    for name, triples in story_quads(story):
        graph = dataset.graph(URIRef(name) if name is not None else DATASET_DEFAULT_GRAPH_ID)
        for subject, predicate, value in triples:
            graph.add((term(subject), term(predicate), term(value)))
    return dataset


def merged_graph(dataset: Dataset) -> Graph:
    """Every triple of every graph of ``dataset`` in one graph."""
    graph = Graph()
    bind_prefixes(graph)
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        graph.add((s, p, o))
    return graph


def _article(graph: TripleSet, facts: ArticleFacts, story: Story) -> None:
    article = facts.article
    iri = node("article", article.id)
    graph.link(iri, TERM.type, TERM.Article)
    graph.add(iri, TERM.title, plain(article.title) if article.title else None)
    graph.add(iri, TERM.published, date(article.published) if article.published else None)
    for source in (article, *story.copies.get(article.id, ())):
        graph.add(iri, TERM.identifier, plain(source.identifier))
        graph.add(iri, TERM.sourceFile, plain(str(source.path)) if source.path else None)
    graph.add(iri, TERM.url, any_uri(article.url) if article.url else None)
    window = story.windows.get(article.id)
    if window is not None:
        graph.add(iri, TERM.publishedNotBefore, date(window.start))
        graph.add(iri, TERM.publishedNotAfter, date(window.end))
    if article.publisher:
        key = story.actor_of[(article.id, PUBLISHER_SPAN)]
        graph.link(iri, TERM.publisher, typed_actor(graph, story, key))
    for key in story.authors(article.id):
        graph.link(iri, TERM.author, typed_actor(graph, story, key))
    for mention in facts.mentions:
        _mention(graph, story, iri, article.id, mention)
    for time in facts.times:
        time_node(graph, article, story.time(article.id, time))


def _mention(graph: TripleSet, story: Story, article: str, article_id: str, mention: Mention) -> None:
    """The article (IRI ``article``) ng:mentions the actor ``mention`` was merged into, and the mention itself."""
    actor = mentioned(graph, story, article_id, mention)
    if actor is None:
        return
    iri = spanned_node("mention", article_id, mention.span)
    graph.link(article, TERM.mentions, actor)
    graph.link(iri, TERM.type, TERM.Mention)
    graph.link(iri, TERM.refersTo, actor)
    graph.link(iri, TERM.inArticle, article)
    graph.add(iri, TERM.text, plain(mention.text))
    offsets(graph, iri, mention.span)


def _report(
    graph: TripleSet,
    statement: Statement,
    label: str,
    report: Report,
    story: Story,
    article: Article,
    spans: ActorSpans,
) -> None:
    """One article's report of a statement; ``label`` is the statement's short label, worked out once per statement
    (its text looks at every report, and each of them writes the label)."""
    quote = report.quote
    iri = spanned_node("report", report.article_id, quote.span)
    target = statement_node(statement)
    graph.link(target, TERM.type, TERM.Statement)
    graph.add(target, TERM.label, label)
    if statement.speaker:
        graph.link(target, TERM.speaker, typed_actor(graph, story, statement.speaker))
    graph.link(iri, TERM.type, TERM.Report)
    graph.link(iri, TERM.reportOf, target)
    graph.link(iri, TERM.reportedIn, node("article", article.id))
    graph.add(iri, TERM.text, plain(quote.text))
    graph.add(iri, TERM.sentence, plain(quote.sentence.slice(article.text).strip()))
    graph.link(iri, TERM.via, mentioned(graph, story, report.article_id, quote.via))
    graph.link(iri, TERM.addressee, mentioned(graph, story, report.article_id, quote.addressee))
    graph.add(iri, TERM.medium, plain(quote.medium) if quote.medium else None)
    graph.link(
        iri, TERM.statedOn, time_node(graph, article, story.time(article.id, quote.time)) if quote.time else None
    )
    graph.add(iri, TERM.direct, boolean(quote.direct))
    graph.add(iri, TERM.attributionCue, plain(quote.cue) if quote.cue else None)
    graph.add(iri, TERM.attributionPattern, plain(quote.pattern) if quote.pattern else None)
    graph.add(iri, TERM.speakerResolution, plain(quote.resolution) if quote.resolution else None)
    graph.add(iri, TERM.similarity, score(report.similarity))
    offsets(graph, iri, quote.span)
    name_actors(graph, iri, quote.span, spans)


def short_label(text: str) -> str:
    """The first words of a statement, for labels on a map."""
    words = text.split()
    return " ".join(words[:LABEL_WORDS]) + ("…" if len(words) > LABEL_WORDS else "")


def _actor_details(graph: TripleSet, actor: Actor) -> None:
    iri = actor_node(actor.key)
    graph.link(iri, TERM.type, ACTOR_CLASS[actor.kind])
    graph.add(iri, TERM.label, plain(actor.label))
    for alias in actor.aliases:
        graph.add(iri, TERM.alias, plain(alias))
    for role in actor.roles:
        graph.add(iri, TERM.role, plain(role))


def _statement_details(graph: TripleSet, statement: Statement, events: set[str]) -> None:
    """Its full text, and what the merge decided: its counts, its place on the timeline, the speech events (of
    ``events``, the story's) it was made in."""
    iri = statement_node(statement)
    graph.add(iri, TERM.text, plain(statement.text))
    _counts(graph, iri, statement.counts)
    _placement(graph, iri, TERM.statedOn, statement.placement)
    for key in statement.made_in:
        graph.link(iri, TERM.madeIn, event_node(key) if key in events else None)


def _counts(graph: TripleSet, iri: str, counts: Counts | None) -> None:
    if counts is None:
        return
    graph.add(iri, TERM.reportCount, integer(counts.reports))
    graph.add(iri, TERM.articleCount, integer(counts.articles))
    graph.add(iri, TERM.outletCount, integer(counts.outlets))
    sources = counts.independent_sources
    graph.add(iri, TERM.independentSourceCount, integer(sources) if sources is not None else None)


def _placement(graph: TripleSet, iri: str, predicate: str, placement: Placement | None) -> None:
    """Where the timeline puts a statement or event: the best time its reports give (``predicate``: ng:statedOn or
    ng:occurredOn), the earliest publication date of its articles, and the date, basis and granularity the timeline
    shows; nothing while undecided."""
    if placement is None:
        return
    if placement.best is not None:
        article_id, time = placement.best
        graph.link(iri, predicate, spanned_node("time", article_id, time.span))
    first = placement.first_published
    graph.add(iri, TERM.firstPublished, date(first) if first else None)
    graph.add(iri, TERM.timelineDate, date(placement.date) if placement.date else None)
    graph.add(iri, TERM.timelineBasis, plain(placement.basis.value))
    graph.add(iri, TERM.timelineGranularity, plain(placement.granularity))


def _relation(graph: TripleSet, relation: EventRelation) -> None:
    """A relation in time one article states between two events, with its words."""
    iri = node("relation", relation.article_id, relation.source, relation.target, relation.type.value)
    graph.link(iri, TERM.type, TERM.EventRelation)
    graph.link(iri, TERM.relatedFrom, event_node(relation.source))
    graph.link(iri, TERM.relatedTo, event_node(relation.target))
    graph.add(iri, TERM.relationType, plain(relation.type.value))
    graph.add(iri, TERM.text, plain(relation.words))


def _event_report(
    graph: TripleSet, story: Story, article: Article, event: Event, report: EventReport, spans: ActorSpans
) -> None:
    """One article's wording of an event, who and where it names, and the time it gives. An incidental event (one of
    ``Story.incidental``, whose every mention is not salient) is typed ng:IncidentalEvent only, so that what asks for
    ng:Event leaves it out; its reports are minted from their triggers, as an incidental mention may span the words of
    a salient one."""
    iri = event_node(event.key)
    mention = report.mention
    incidental = not mention.salient
    graph.link(iri, TERM.type, TERM.IncidentalEvent if incidental else TERM.Event)
    graph.add(iri, TERM.label, plain(event.label))
    roles = ((TERM.agent, mention.agents), (TERM.patient, mention.patients), (TERM.place, mention.places))
    for predicate, mentions in roles:
        for m in mentions:
            graph.link(iri, predicate, mentioned(graph, story, article.id, m))
    where = (mention.trigger, "incidental") if incidental else (mention.span, "event")  # may share a salient's span
    said = spanned_node("report", article.id, *where)
    graph.link(said, TERM.type, TERM.Report)
    graph.link(said, TERM.reportOf, iri)
    graph.link(said, TERM.reportedIn, node("article", article.id))
    graph.add(said, TERM.text, plain(mention.text))
    graph.add(said, TERM.sentence, plain(mention.sentence.slice(article.text).strip()))
    when = time_node(graph, article, story.time(article.id, mention.time)) if mention.time else None
    graph.link(said, TERM.occurredOn, when)
    if mention.claim is not None:
        graph.add(said, TERM.attributionCue, plain(mention.claim.cue))
        graph.link(said, TERM.claimedBy, mentioned(graph, story, article.id, mention.claim.source))
    offsets(graph, said, mention.span)
    name_actors(graph, said, mention.span, spans)


def _incidental_report(graph: TripleSet, article: Article, event: Event, report: EventReport) -> None:
    """One article's passing wording of a shown event (``Event.incidental_reports``): linked by
    ng:incidentalReportOf, never ng:reportOf, so that it counts as no report and changes nothing the event shows; minted
    from its trigger, as an incidental report of an incidental event is."""
    mention = report.mention
    said = spanned_node("report", article.id, mention.trigger, "incidental")
    graph.link(said, TERM.type, TERM.IncidentalReport)
    graph.link(said, TERM.incidentalReportOf, event_node(event.key))
    graph.link(said, TERM.reportedIn, node("article", article.id))
    graph.add(said, TERM.text, plain(mention.text))
    graph.add(said, TERM.sentence, plain(mention.sentence.slice(article.text).strip()))
    offsets(graph, said, mention.span)


def _event_details(graph: TripleSet, event: Event, shown_as_statements: bool) -> None:
    """Its type, and what the merge decided: its counts, its place on the timeline, whether it is shown as the
    statements made in it, and whether it is only what its sources claim."""
    iri = event_node(event.key)
    graph.link(iri, TERM.type, TERM.Event)
    graph.add(iri, TERM.label, plain(event.label))
    graph.add(iri, TERM.eventType, plain(event.type.value))
    _counts(graph, iri, event.counts)
    _placement(graph, iri, TERM.occurredOn, event.placement)
    graph.add(iri, TERM.shownAsStatements, boolean(True) if shown_as_statements else None)
    graph.add(iri, TERM.claimed, boolean(True) if event.claimed else None)


def _incidental_details(graph: TripleSet, event: Event) -> None:
    """An incidental event's type: told only in passing, it has no counts and no place on the timeline."""
    iri = event_node(event.key)
    graph.link(iri, TERM.type, TERM.IncidentalEvent)
    graph.add(iri, TERM.label, plain(event.label))
    graph.add(iri, TERM.eventType, plain(event.type.value))
