"""The story's timeline as rows of text for a person (``newsgraph timeline``): each date saying what it is, what was
said or done, and the outlets that reported it, oldest first, from the ``timeline`` and ``articles`` named queries."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from graph.render.dates import period_label
from graph.store import Answer, TripleStore, named_query


class Show(StrEnum):
    """What a timeline lists."""

    statements = "statements"
    events = "events"
    all = "all"
    """Statements, events, and time expressions that date neither."""


KINDS = {Show.statements: {"statement"}, Show.events: {"event"}, Show.all: {"statement", "event", "time"}}


@dataclass(frozen=True, slots=True)
class TimelineFilter:
    """Which entries a timeline lists: of which kinds, between which days, and whether undated ones too."""

    show: Show = Show.all
    since: dt.date | None = None
    until: dt.date | None = None
    undated: bool = True

    def keeps(self, values: Mapping[str, str | None]) -> bool:
        if values["kind"] not in KINDS[self.show]:
            return False
        if values["date"] is None:
            return self.undated
        day = dt.date.fromisoformat(values["date"][:10])
        return (self.since is None or day >= self.since) and (self.until is None or day <= self.until)


@dataclass(frozen=True, slots=True)
class TimelineRow:
    when: str
    kind: str
    what: str
    reported_by: str


def timeline_rows(store: TripleStore, keep: TimelineFilter) -> list[TimelineRow]:
    """The timeline entries of the graph in ``store`` that ``keep`` keeps, in the named query's order."""
    entries = store.query(named_query("timeline").text_for(store.kind))
    articles = _Articles.of(store.query(named_query("articles").text_for(store.kind)))
    rows = []
    for row in entries.rows:
        values = {k: None if v is None else str(v) for k, v in zip(entries.variables, row, strict=True)}
        if keep.keeps(values):
            rows.append(articles.row(values))
    return rows


@dataclass(frozen=True, slots=True)
class _Articles:
    """Each article's outlet (else its title, else its IRI) and the window estimated for it when it is undated."""

    outlet: dict[str, str]
    window: dict[str, tuple[str, str]]

    @classmethod
    def of(cls, articles: Answer) -> _Articles:
        outlet: dict[str, str] = {}
        window: dict[str, tuple[str, str]] = {}
        for row in articles.rows:
            about = dict(zip(articles.variables, row, strict=True))
            outlet[str(about["article"])] = str(about["publisher"] or about["title"] or about["article"])
            if about["not_before"] is not None:
                window[str(about["article"])] = (str(about["not_before"]), str(about["not_after"]))
        return cls(outlet, window)

    def row(self, values: dict[str, str | None]) -> TimelineRow:
        """The row of one entry of the ``timeline`` query: a date estimated from a window shows the window of the
        articles that report it."""
        reported_in = [a for a in (values["article"] or "").split(" | ") if a]
        windows = [self.window[a] for a in reported_in if a in self.window]
        if values["granularity"] == "window" and windows:
            values["date"] = f"{min(w[0] for w in windows)} … {max(w[1] for w in windows)}"
        reporters = ", ".join(sorted({self.outlet.get(a, a) for a in reported_in}))
        return TimelineRow(when(values), values["kind"] or "", values["label"] or "", reporters)


def when(values: Mapping[str, str | None]) -> str:
    """The date as honest text: its granularity, and where it comes from when the text does not state it."""
    date, granularity, basis = values["date"], values["granularity"], values["basis"]
    if date is None:
        return "undated"
    value = values.get("value") or ""
    period = period_label(value) if basis != "published" else None
    shown = period or {"month": date[:7], "year": date[:4]}.get(granularity or "", date)
    if granularity == "week" and basis != "published" and value[:8] == f"{value[:4]}-W{value[6:8]}":
        shown = value  # "2005-W06": the week, not its Monday
    notes = [granularity] if granularity in {"week", "month", "year"} else []
    if basis == "published":
        notes.append("published")
    elif basis == "estimated":
        notes.append("estimated window" if granularity == "window" else "estimated")
        shown = shown if granularity == "window" else "~" + shown
    return shown + (f" ({', '.join(notes)})" if notes else "")
