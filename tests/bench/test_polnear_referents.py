"""The referent bench on an invented record: a guess is right when it names every word of the hand label."""

from __future__ import annotations

from bench.polnear import _record
from bench.polnear_referents import accuracy, dev_labels
from bench.referents import doc_key
from graph.model import Span

TEXT = (
    "Roe and the council\n\nJane Roe met the council. The council voted. Later she said: \u201cIt will be soon.\u201d"
)


def _spans(words: str) -> dict[str, object]:
    start = TEXT.index(words)
    return {"spans": [[start, start + len(words)]], "text": words}


RAW = {
    "doc": "invented-2",
    "publisher": "nowhere",
    "text": TEXT,
    "attributions": [
        {"source": _spans("Jane Roe"), "cue": _spans("met"), "content": _spans("met the council")},
        {"source": _spans("The council"), "cue": _spans("voted"), "content": _spans("voted")},
        {"source": _spans("she"), "cue": _spans("said"), "content": _spans("\u201cIt will be soon.\u201d")},
    ],
}
LABELS = [
    {"doc": "invented-2", "source_start": TEXT.index("she"), "referent": "Roe", "part": "design"},
    {"doc": "invented-2", "source_start": 0, "referent": "Roe", "part": "check"},  # no such source: wrong
]


def test_each_part_counts_right_guesses() -> None:
    right, total = accuracy([_record(RAW)], LABELS)
    assert (right["design"], total["design"]) == (1, 1)
    assert (right["check"], total["check"]) == (0, 1)
    right, _ = accuracy([_record(RAW, "nearest")], LABELS)
    assert right["design"] == 0  # the old rule takes the council


def test_a_pronoun_labelled_as_no_one_is_right_only_left_unresolved() -> None:
    label = {"doc": "invented-2", "source_start": TEXT.index("she"), "pronoun": "she", "referent": None, "part": "x"}
    right, total = accuracy([_record(RAW)], [label])
    assert (right["x"], total["x"]) == (0, 1)  # the guess named Jane Roe


def test_the_dev_labels_read_their_referents_from_the_article() -> None:
    she = TEXT.index("she")
    record = _record(RAW)
    labels = dev_labels([record], {(doc_key("invented-2"), she): Span(TEXT.index("Roe"), TEXT.index("Roe") + 3)})
    assert labels == [{"doc": "invented-2", "source_start": she, "pronoun": "she", "referent": "Roe", "part": "read"}]
