"""Typed reads of the merged graph for the page: literals, labels, neighbours in a stable order, and where the
timeline places a statement or event.

Everything is read with rdflib triple patterns on typed terms, never by building query text; several values of one
predicate are read in sorted order, so the same graph always reads the same.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable
from urllib.parse import unquote

from rdflib import RDFS, Literal, URIRef
from rdflib.term import Node

from graph.model import WINDOW
from graph.render.dates import When, days_label, describe
from graph.render.source import Triples
from ontology.namespace import NG


class GraphReader:
    """Reads ``graph`` (an rdflib ``Graph`` or :class:`graph.render.source.IndexedTriples`)."""

    def __init__(self, graph: Triples) -> None:
        self.g = graph

    def text(self, subject: Node, predicate: URIRef) -> str:
        values = self.texts(subject, predicate)
        return values[0] if values else ""

    def texts(self, subject: Node, predicate: URIRef) -> list[str]:
        return sorted({str(o) for o in self.g.objects(subject, predicate) if isinstance(o, Literal)})

    def integer(self, subject: Node, predicate: URIRef) -> int | None:
        for value in self.texts(subject, predicate):
            try:
                return int(value)
            except ValueError:
                continue
        return None

    def date(self, subject: Node, predicate: URIRef) -> dt.date | None:
        for value in self.texts(subject, predicate):
            try:
                return dt.date.fromisoformat(value[:10])
            except ValueError:
                continue
        return None

    def label(self, subject: Node) -> str:
        name = self.text(subject, RDFS.label) or self.text(subject, NG.title)
        if name:
            return name
        tail = str(subject).rstrip("/#").rsplit("/", 1)[-1].rsplit("#", 1)[-1]
        return unquote(tail) or str(subject)

    def objects(self, subject: Node, predicate: URIRef) -> list[Node]:
        return sorted({o for o in self.g.objects(subject, predicate) if not isinstance(o, Literal)}, key=str)

    def subjects(self, predicate: URIRef, obj: Node) -> list[Node]:
        return sorted(set(self.g.subjects(predicate, obj)), key=str)

    def whens_of(self, subject: Node, predicate: URIRef = NG.statedOn) -> list[When]:
        """Every ``ng:statedOn`` (or ``predicate``) of ``subject``, earliest first, undated last."""
        return earliest_first(
            describe(
                self.text(time, NG.granularity) or None,
                self.date(time, NG.start),
                self.date(time, NG.end),
                self.text(time, NG.text),
                self.text(time, NG.value),
                self.text(time, NG.estimated) == "true",
            )
            for time in self.objects(subject, predicate)
        )

    def placed(self, item: Node, stated: list[When], report_iris: list[Node]) -> When | None:
        """Where the timeline places ``item``, as the merge wrote it (``ng:timelineDate``, ``ng:timelineBasis``,
        ``ng:timelineGranularity``): the page shows what ``newsgraph timeline`` and the named queries show.

        A stated or estimated date is shown with the time expression it comes from (its words and the whole period
        it covers); a publication date as that day; an estimated publication window as the window of the undated
        articles reporting it. A graph that carries no placement (not written by newsgraph) keeps the first of the
        item's own stated times, ``stated``.
        """
        basis = self.text(item, NG.timelineBasis)
        if not basis:
            return stated[0] if stated else None
        date, grain = self.date(item, NG.timelineDate), self.text(item, NG.timelineGranularity)
        if date is None:
            undated = next((w for w in stated if not w.dated), When("", "unknown", None, None))
            return dataclasses.replace(undated, basis=basis)
        if grain == WINDOW:
            return self.window(date, basis, report_iris)
        if basis == "published":
            return dataclasses.replace(describe("day", date), basis=basis)
        same = [w for w in stated if w.start == date and w.granularity == grain]
        when = same[0] if same else describe(grain, date, estimated=basis == "estimated")
        return dataclasses.replace(when, basis=basis)

    def window(self, start: dt.date, basis: str, report_iris: list[Node]) -> When:
        """The estimated publication window from ``start`` to the latest day an article reporting it can be from."""
        articles = [a for r in report_iris for a in self.objects(r, NG.reportedIn)]
        end = max(start, max((d for a in articles if (d := self.date(a, NG.publishedNotAfter))), default=start))
        return When(days_label(start, end), WINDOW, start, end, estimated=True, basis=basis)

    def statement_whens(self, statement: Node, report_iris: list[Node]) -> list[When]:
        """The statement's own times, else the earliest its reports give: never the publication date."""
        whens = self.whens_of(statement) or earliest_first(w for r in report_iris for w in self.whens_of(r))
        if whens and not whens[0].dated:
            whens = [w for r in report_iris for w in self.whens_of(r) if w.dated][:1] or whens
        return whens

    def event_whens(self, event: Node, report_iris: list[Node]) -> list[When]:
        """When the event happened by its own times, else by its reports': never the publication date."""
        return self.whens_of(event, NG.occurredOn) or earliest_first(
            w for r in report_iris for w in self.whens_of(r, NG.occurredOn)
        )


def earliest_first(whens: Iterable[When]) -> list[When]:
    """``whens`` sorted earliest first, undated last."""
    return sorted(whens, key=lambda w: (not w.dated, w.sort_key()))
