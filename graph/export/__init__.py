"""The story for the tools journalists and researchers use next: Gephi (GEXF, GraphML), spreadsheets and Neo4j (CSV
tables), and TimelineJS (its JSON). RDF exports are :func:`graph.store.serialize`'s.

Every view is read from a graph file by one reader (:mod:`graph.export.source`), so it works on any newsgraph graph
and shows the values the graph carries; each format is one module (:mod:`~graph.export.network`,
:mod:`~graph.export.tables`, :mod:`~graph.export.timelinejs`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from graph.export.network import NetworkFormat, network_bytes, story_network
from graph.export.source import StoryTables, read_tables
from graph.export.tables import story_tables, write_tables
from graph.export.timelinejs import Timeline, story_timeline

__all__ = [
    "ExportFormat",
    "ExportSummary",
    "NetworkFormat",
    "StoryTables",
    "Timeline",
    "ViewFormat",
    "network_bytes",
    "read_tables",
    "story_network",
    "story_tables",
    "story_timeline",
    "write_tables",
    "write_view",
]


class ViewFormat(StrEnum):
    """The exports for other tools; ``csv`` writes a folder of tables."""

    gexf = "gexf"
    graphml = "graphml"
    csv = "csv"
    timelinejs = "timelinejs"


class ExportFormat(StrEnum):
    """Everything ``newsgraph export`` writes: the RDF formats of :class:`graph.store.GraphFormat`, then the views."""

    turtle = "turtle"
    trig = "trig"
    nt = "nt"
    nquads = "nquads"
    jsonld = "jsonld"
    gexf = "gexf"
    graphml = "graphml"
    csv = "csv"
    timelinejs = "timelinejs"


@dataclass(frozen=True, slots=True)
class ExportSummary:
    """What a view export wrote: ``counts`` of what each file holds (nodes and edges, rows, slides), and the
    statements and events a timeline left out for want of a date."""

    counts: dict[str, int] = field(default_factory=dict)
    undated: int = 0

    def lines(self, output: Path) -> list[str]:
        """``wrote OUTPUT (N nodes, M edges)``, and how many undated statements and events a timeline left out."""
        held = ", ".join(f"{count} {what}" for what, count in self.counts.items())
        lines = [f"wrote {output}" + (f" ({held})" if held else "")]
        if self.undated:
            lines.append(f"left out {self.undated} undated statements and events (a timeline places only dated ones)")
        return lines


def write_view(source: Path, fmt: ViewFormat, output: Path, title: str = "newsgraph") -> ExportSummary:
    """Read the graph file ``source`` and write it to ``output`` in ``fmt`` (for ``csv``, ``output`` is a folder);
    ``title`` names the timeline."""
    from graph.atomic import write_atomic

    tables = read_tables(source)
    if fmt is ViewFormat.csv:
        return ExportSummary(write_tables(tables, output))
    if fmt is ViewFormat.timelinejs:
        timeline = story_timeline(tables, title)
        write_atomic(output, timeline.to_bytes())
        return ExportSummary({"slides": timeline.slides}, timeline.undated)
    network = NetworkFormat(fmt.value)
    data, nodes, edges = network_bytes(tables, network)
    write_atomic(output, data)
    return ExportSummary({"nodes": nodes, "edges": edges})
