"""The PolNeAR scorer on an invented record: how each gold source is written, and recall counted by that."""

from __future__ import annotations

from dataclasses import replace

from bench.polnear import SOURCE_KINDS, Tally, _record, score
from bench.referents import LABELS, doc_key, read_labels
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


def test_a_hand_label_names_the_referent_where_there_is_one() -> None:
    she = TEXT.index("she said")
    council = Span(TEXT.index("bridge"), TEXT.index("bridge") + len("bridge"))
    labels = {(doc_key("invented-1"), she): council, (doc_key("invented-1"), she + 1): None}
    assert _record(RAW, "labelled", labels).gold[1].source == "bridge"
    assert _record(RAW, "labelled", {}).gold[1].source == "Jane Roe"  # no label: the guess by agreement
    unknown = {(doc_key("invented-1"), she): None}
    assert _record(RAW, "labelled", unknown).gold[1].source == "she"  # labelled as said by no one the article names


def test_a_role_read_as_a_name_is_scored_as_that_name() -> None:
    text = "Jane Roe spoke.\n\nThe mayor said: \u201cWe build.\u201d"
    raw = {
        "doc": "invented-2",
        "publisher": "nowhere",
        "text": text,
        "attributions": [
            {
                "source": {"spans": [[0, 8]], "text": "Jane Roe"},
                "cue": {"spans": [[27, 31]], "text": "said"},
                "content": {"spans": [[33, 45]], "text": text[33:45]},
            }
        ],
    }
    record = _record(raw)
    role = Mention(Span(17, 26), "The mayor", ActorKind.PERSON)
    plain = Quote(Span(33, 45), text[33:45], Span(17, 45), role)
    read = Quote(Span(33, 45), text[33:45], Span(17, 45), replace(role, refers=Span(0, 8)))
    assert score(record, [plain]).found_quoted == 0
    assert score(record, [read]).found_quoted == 1


def test_the_labels_hold_offsets_only() -> None:
    labels = read_labels()
    assert len(labels) == 264
    rows = [line.split("\t") for line in LABELS.read_text(encoding="utf8").splitlines() if not line.startswith("#")]
    assert all(len(row) == 4 and all(cell.lstrip("-").isalnum() for cell in row) for row in rows)
