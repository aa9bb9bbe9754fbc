"""The PolNeAR scorer on an invented record: how each gold source is written, and recall counted by that."""

from __future__ import annotations

from bench.polnear import SOURCE_KINDS, Tally, _record, score
from graph.model import ActorKind, Mention, Quote, Span

TEXT = (
    "Mayor backs the bridge\n\n"
    "Jane Roe said: \u201cThe bridge will open.\u201d Later she said: \u201cIt will be soon.\u201d "
    "\u201cWe wait,\u201d a sign read."
)


def _attribution(source: str, cue: str, content: str) -> dict[str, object]:
    def spans(words: str) -> dict[str, object]:
        if not words:
            return {}
        start = TEXT.index(words)
        return {"spans": [[start, start + len(words)]], "text": words}

    return {"source": spans(source), "cue": spans(cue), "content": spans(content)}


RAW = {
    "doc": "invented-1",
    "publisher": "nowhere",
    "text": TEXT,
    "attributions": [
        _attribution("Jane Roe", "said", "\u201cThe bridge will open.\u201d"),
        _attribution("she", "said: \u201cIt", "\u201cIt will be soon.\u201d"),
        _attribution("", "read", "\u201cWe wait,\u201d"),
    ],
}


def test_each_gold_source_is_told_apart_by_how_it_is_written() -> None:
    record = _record(RAW)
    assert [g.written for g in record.gold] == ["name", "pronoun", "blank"]
    assert record.gold[1].source == "Jane Roe"  # the pronoun's referent: the nearest earlier named source


def test_quoted_recall_is_counted_per_kind_of_source() -> None:
    record = _record(RAW)
    roe = Mention(Span(24, 32), "Jane Roe", ActorKind.PERSON)
    quotes = [Quote(g.content[0], g.content[0].slice(TEXT), Span(0, len(TEXT)), roe) for g in record.gold]
    tally = score(record, quotes)
    assert {k: (tally.found_by_source[k], tally.quoted_by_source[k]) for k in SOURCE_KINDS} == {
        "name": (1, 1),
        "pronoun": (1, 1),
        "blank": (0, 1),
    }
    total = Tally()
    total.add(tally)
    assert total.quoted_by_source == tally.quoted_by_source


def test_the_old_referent_guess_stays_available() -> None:
    raw = {
        **RAW,
        "text": TEXT.replace("Later she", "The council met. Later she"),
        "attributions": [],
    }
    text = str(raw["text"])

    def spans(words: str) -> dict[str, object]:
        start = text.index(words)
        return {"spans": [[start, start + len(words)]], "text": words}

    raw["attributions"] = [
        {"source": spans("Jane Roe"), "cue": spans("said"), "content": spans("\u201cThe bridge will open.\u201d")},
        {"source": spans("The council"), "cue": spans("met"), "content": spans("met")},
        {"source": spans("she"), "cue": spans("said: \u201cIt"), "content": spans("\u201cIt will be soon.\u201d")},
    ]
    assert _record(raw).gold[-1].source == "Jane Roe"  # by agreement: "she" is no council
    assert _record(raw, "nearest").gold[-1].source == "The council"  # the rule before issue 18
