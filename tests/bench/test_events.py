"""The pure parts of the ECB+ event bench: annotated lines and one-to-one alignment (no data, no model)."""

from __future__ import annotations

from bench.coref import GoldMention
from bench.events import _annotated_lines, align, found_as_gold
from graph.model import EventMention, EventType, Span


def mention(start: int, end: int) -> EventMention:
    span = Span(start, end)
    return EventMention(span, "x" * (end - start), span, span, "x", "x", EventType.OTHER)


def test_only_lines_with_an_annotation_count() -> None:
    text = "Nothing here .\nShe checked in .\nNor here ."
    assert _annotated_lines(text, [text.index("checked")]) == [Span(14, 29)]


def test_alignment_is_one_to_one_largest_overlap_first() -> None:
    gold = [GoldMention(Span(0, 7), "a"), GoldMention(Span(8, 12), "b")]
    found = align([mention(0, 3), mention(0, 7), mention(20, 25)], gold)
    assert found == {1: gold[0]}


def test_the_ceiling_merges_the_found_mentions_as_the_gold_does() -> None:
    key = {"fire": {"d1/0-4", "d2/5-9", "d3/0-4"}, "arrest": {"d1/10-16"}}
    assert sorted(map(sorted, found_as_gold(key, {"d1/0-4", "d3/0-4", "d1/10-16"}))) == [
        ["d1/0-4", "d3/0-4"],
        ["d1/10-16"],
    ]
