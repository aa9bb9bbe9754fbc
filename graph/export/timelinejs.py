"""The story as a TimelineJS3 timeline: the JSON its ``TL.Timeline`` reads, one slide per dated statement or event.

A slide's date is the one the graph gives (``ng:timelineDate``) at the graph's granularity and no finer: a year-only
date gives only ``year``, a month ``year`` and ``month``; a week, a publication window or a duration starts on a day
and says what it is in ``display_date``, as does a date the text does not state (the first publication date, or an
estimate). Slides are grouped by who said or did it; the text is the sentence an article reported it in and the
outlets that reported it. Undated statements and events have no place on a timeline: they are left out, and counted.

TimelineJS renders text as HTML, and every value from an article is escaped for the way it is read there:
``headline`` and ``text`` are sanitised (DOMPurify) and shown as HTML, so they are HTML-escaped once; ``group`` and
``display_date`` are reduced to their text (an HTML parse, which decodes one level of escaping) and then shown as
HTML, so they are escaped twice. A speaker named ``<img src=x onerror=...>`` is shown as those characters, never run.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import json
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

from graph.export.source import EventRow, Placement, ReportRow, StatementRow, StoryTables
from graph.render.dates import day_label

JsonObject = dict[str, object]


@dataclass(frozen=True, slots=True)
class Timeline:
    """The TimelineJS document, how many slides it has besides the title, and how many statements and events were
    left out for want of a date."""

    document: JsonObject
    slides: int
    undated: int

    def to_bytes(self) -> bytes:
        return (json.dumps(self.document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


@dataclass(frozen=True, slots=True)
class _Item:
    row: StatementRow | EventRow
    kind: str
    actors: tuple[str, ...]
    """Who said it, or who did it."""
    text: str
    """What was said; empty for an event."""


def story_timeline(tables: StoryTables, title: str) -> Timeline:
    """A slide for every dated statement and event of ``tables``, earliest first, under a title slide."""
    names = tables.actor_labels()
    publisher = {article.iri: article.publisher for article in tables.articles}
    reports: dict[str, list[ReportRow]] = defaultdict(list)
    for report in tables.reports:
        reports[report.of].append(report)
    slides: list[tuple[str, str, JsonObject]] = []
    for item in _items(tables):
        start = start_date(item.row.placement)
        if start is None:
            continue
        outlets = sorted({names.get(o, o) for r in reports[item.row.iri] if (o := publisher.get(r.article))})
        slide: JsonObject = {
            "start_date": start,
            "text": {
                "headline": html.escape(item.row.label),
                "text": _body(item, reports[item.row.iri], outlets),
            },
            "unique_id": f"{item.kind}-{hashlib.sha1(item.row.iri.encode('utf-8')).hexdigest()[:16]}",
        }
        if item.actors:
            slide["group"] = as_plain_text(", ".join(names.get(actor, actor) for actor in item.actors))
        slides.append((item.row.placement.date, item.row.iri, slide))
    slides.sort(key=lambda entry: entry[:2])
    undated = len(tables.statements) + sum(_listed(e) for e in tables.events) - len(slides)
    summary = f"{len(slides)} dated statements and events from {len(tables.articles)} articles."
    document: JsonObject = {
        "title": {"text": {"headline": html.escape(title), "text": f"<p>{summary}</p>"}},
        "events": [slide for _date, _iri, slide in slides],
    }
    return Timeline(document, len(slides), undated)


def _items(tables: StoryTables) -> Iterator[_Item]:
    for statement in tables.statements:
        yield _Item(statement, "statement", (statement.speaker,) if statement.speaker else (), statement.text)
    for event in tables.events:
        if _listed(event):
            yield _Item(event, "event", tuple(actor for role, actor in event.actors if role == "agent"), "")


def _listed(event: EventRow) -> bool:
    """Whether an event is a slide of its own, as the timeline lists it: not shown as its statements, and no claim."""
    return not (event.shown_as_its_statements or event.claimed)


def start_date(placement: Placement) -> JsonObject | None:
    """The date as TimelineJS reads it, at the granularity the graph gives; ``None`` when undated."""
    try:
        day = dt.date.fromisoformat(placement.date)
    except ValueError:
        return None
    if placement.granularity == "year":
        return {"year": day.year}
    if placement.granularity == "month":
        return {"year": day.year, "month": day.month}
    date: JsonObject = {"year": day.year, "month": day.month, "day": day.day}
    shown = _display(placement, day)
    if shown:
        date["display_date"] = as_plain_text(shown)
    return date


def _display(placement: Placement, day: dt.date) -> str:
    """A date that is not a stated day, said in words; empty for a stated day."""
    grain, basis = placement.granularity, placement.basis
    if grain == "week":
        return f"week of {day_label(day)}"
    if grain == "window":
        return f"around {day_label(day)} (estimated from when it was reported)"
    if basis == "published":
        return f"{day_label(day)} (first reported; the text gives no date)"
    if basis == "estimated":
        return f"about {day_label(day)} (estimated)"
    if grain != "day":
        return f"from {day_label(day)} ({grain})"
    return ""


def as_plain_text(text: str) -> str:
    """``text`` for a TimelineJS field it reduces to text and then shows as HTML (``group``, ``display_date``)."""
    return html.escape(html.escape(text))


def _body(item: _Item, reports: list[ReportRow], outlets: list[str]) -> str:
    """The sentence an article reported it in (the one with the fullest wording), and who reported it."""
    quoted = max(reports, key=lambda r: (len(r.wording), r.iri), default=None)
    sentence = quoted.sentence if quoted and quoted.sentence else item.text
    parts = [f"<blockquote>{html.escape(sentence)}</blockquote>"] if sentence else []
    if outlets:
        parts.append(f"<p>Reported by {html.escape(', '.join(outlets))}.</p>")
    return "".join(parts)
