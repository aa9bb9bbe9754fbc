"""The story as tidy CSV tables for a spreadsheet, pandas or Neo4j's ``LOAD CSV``: one file per kind of thing, one row
per thing, IRIs as keys, and columns that hold another table's key (``speaker`` in statements.csv is an ``actor`` of
actors.csv) so the tables join.

Files are UTF-8 (no byte-order mark) with RFC 4180 quoting (a field holding a comma, a quote or a line break is
quoted, its quotes doubled; rows end in CRLF). A spreadsheet runs a cell that starts with ``=``, ``+``, ``-`` or
``@`` (or a tab or carriage return) as a formula, and article text is not to be trusted: such a text cell is written
with a leading apostrophe (``'=HYPERLINK(...)``), which no spreadsheet runs. So that this can be undone, a text that
starts with an apostrophe of its own gets one more: removing one leading apostrophe from any cell that has one gives
the exact text back. Keys, dates and counts never start with those characters and are written as they are.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from graph.export.source import Counts, Placement, StoryTables

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""What makes a spreadsheet read a cell as a formula (OWASP's list)."""
_ESCAPED_STARTS = (*FORMULA_STARTS, "'")

Cell = str | int | None
Row = Sequence[Cell]


@dataclass(frozen=True, slots=True)
class Table:
    """One CSV file: its name, header, and rows."""

    name: str
    header: tuple[str, ...]
    rows: list[Row]

    def to_bytes(self) -> bytes:
        stream = io.StringIO(newline="")
        writer = csv.writer(stream, lineterminator="\r\n")
        writer.writerow(self.header)
        writer.writerows([_cell(value) for value in row] for row in self.rows)
        return stream.getvalue().encode("utf-8")


def story_tables(tables: StoryTables) -> list[Table]:
    """actors, articles, statements, events, event_actors (who did an event, to whom, where) and reports."""
    return [
        Table("actors.csv", ("actor", "label", "type", "aliases", "roles"), [
            (a.iri, a.label, a.type, " | ".join(a.aliases), " | ".join(a.roles)) for a in tables.actors
        ]),
        Table("articles.csv", ARTICLE_COLUMNS, [
            (a.iri, a.title, a.published, a.published_not_before, a.published_not_after, a.publisher,
             " | ".join(a.authors), a.source_file, a.url)
            for a in tables.articles
        ]),
        Table("statements.csv", ("statement", "speaker", "label", "text", *PLACEMENT_COLUMNS, *COUNT_COLUMNS), [
            (s.iri, s.speaker, s.label, s.text, *_placement(s.placement), *_counts(s.counts))
            for s in tables.statements
        ]),
        Table("events.csv", ("event", "label", "event_type", "statements_made", *PLACEMENT_COLUMNS, *COUNT_COLUMNS,
                             "claimed"), [
            (e.iri, e.label, e.event_type, len(e.statements), *_placement(e.placement), *_counts(e.counts),
             "claim" if e.claimed else "")
            for e in tables.events
        ]),
        Table("event_actors.csv", ("event", "actor", "role"), [
            (e.iri, actor, role) for e in tables.events for role, actor in e.actors
        ]),
        Table("reports.csv", REPORT_COLUMNS, [
            (r.iri, r.of if r.of_kind == "statement" else "", r.of if r.of_kind == "event" else "", r.article,
             r.wording, r.sentence, r.via, r.addressee, r.medium, r.direct)
            for r in tables.reports
        ]),
    ]  # fmt: skip


ARTICLE_COLUMNS = (
    "article", "title", "published", "published_not_before", "published_not_after", "publisher", "author",
    "source_file", "url",
)  # fmt: skip
PLACEMENT_COLUMNS = ("date", "granularity", "date_basis", "first_published")
"""The timeline's date as the graph gives it (ng:timelineDate, ng:timelineGranularity, ng:timelineBasis)."""
COUNT_COLUMNS = ("reports", "articles", "outlets", "independent_sources")
REPORT_COLUMNS = (
    "report", "statement", "event", "article", "wording", "sentence", "via", "addressee", "medium", "direct",
)  # fmt: skip
"""A report is of a statement or of an event: the other column is empty."""


def write_tables(tables: StoryTables, folder: Path) -> dict[str, int]:
    """Write every table into ``folder`` (made if missing; each file replaced whole); the rows of each table, by
    name (``actors`` for actors.csv)."""
    from graph.atomic import write_atomic

    written = {}
    for table in story_tables(tables):
        write_atomic(folder / table.name, table.to_bytes())
        written[Path(table.name).stem] = len(table.rows)
    return written


def _placement(placement: Placement) -> Iterable[Cell]:
    return (placement.date, placement.granularity if placement.date else "", placement.basis, placement.first_published)


def _counts(counts: Counts) -> Iterable[Cell]:
    return (counts.reports, counts.articles, counts.outlets, counts.independent_sources)


def _cell(value: Cell) -> Cell:
    """A text cell a spreadsheet would run as a formula, or that starts with an apostrophe, with a leading apostrophe;
    anything else as it is."""
    if isinstance(value, str) and value.startswith(_ESCAPED_STARTS):
        return "'" + value
    return value
