"""Whether a verb tells a plain past, read from hand-built parses: no model needed."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from graph.extract.time_tense import told_in_past


def verb(words: str, heads: list[int], deps: str, tags: str, pos: str, at: int) -> bool:
    """Whether the word at ``at`` of a hand-parsed sentence is told in a plain past."""
    doc = Doc(Vocab(), words=words.split(), heads=heads, deps=deps.split(), tags=tags.split(), pos=pos.split())
    return told_in_past(doc[at])


@pytest.mark.parametrize(
    ("words", "heads", "deps", "tags", "pos", "at", "past"),
    [
        ("Lee was nominated .", [2, 2, 2, 2], "nsubjpass auxpass ROOT punct", "NNP VBD VBN .",
         "PROPN AUX VERB PUNCT", 2, True),
        ("Lee has met the senators .", [2, 2, 2, 4, 2, 2], "nsubj aux ROOT det dobj punct",
         "NNP VBZ VBN DT NNS .", "PROPN AUX VERB DET NOUN PUNCT", 2, True),
        ("Okoro flew to Carrow and met the senators .", [1, 1, 1, 2, 1, 1, 7, 5, 1],
         "nsubj ROOT prep pobj cc conj det dobj punct", "NNP VBD IN NNP CC VBD DT NNS .",
         "PROPN VERB ADP PROPN CCONJ VERB DET NOUN PUNCT", 5, True),
        ("Lee will be nominated .", [3, 3, 3, 3, 3], "nsubjpass aux auxpass ROOT punct", "NNP MD VB VBN .",
         "PROPN AUX AUX VERB PUNCT", 3, False),
        ("The treaty takes effect when it is ratified .", [1, 2, 2, 2, 7, 7, 7, 2, 2],
         "det nsubj ROOT dobj advmod nsubjpass auxpass advcl punct", "DT NN VBZ NN WRB PRP VBZ VBN .",
         "DET NOUN VERB NOUN SCONJ PRON AUX VERB PUNCT", 7, False),
        ("The deal lapses if the board rejected it .", [1, 2, 2, 6, 5, 6, 2, 6, 2],
         "det nsubj ROOT mark det nsubj advcl dobj punct", "DT NN VBZ IN DT NN VBD PRP .",
         "DET NOUN VERB SCONJ DET NOUN VERB PRON PUNCT", 6, False),
        ("Once approved by parliament , the bill will pass .", [1, 8, 1, 2, 8, 6, 8, 8, 8, 8],
         "advmod advcl agent pobj punct det nsubj aux ROOT punct", "RB VBD IN NN , DT NN MD VB .",
         "SCONJ VERB ADP NOUN PUNCT DET NOUN AUX VERB PUNCT", 1, False),
        ("The port reopens if the council cut taxes and approved the budget .",
         [1, 2, 2, 6, 5, 6, 2, 6, 6, 6, 11, 9, 2],
         "det nsubj ROOT mark det nsubj advcl dobj cc conj det dobj punct", "DT NN VBZ IN DT NN VBD NNS CC VBD DT NN .",
         "DET NOUN VERB SCONJ DET NOUN VERB NOUN CCONJ VERB DET NOUN PUNCT", 9, False),
        ("After police arrested Okoro , protesters gathered .", [2, 2, 6, 2, 6, 6, 6, 6],
         "mark nsubj advcl dobj punct nsubj ROOT punct", "IN NNS VBD NNP , NNS VBD .",
         "SCONJ NOUN VERB PROPN PUNCT NOUN VERB PUNCT", 2, True),
        ("Okoro , who once led the council , resigned .", [8, 0, 4, 4, 0, 6, 4, 0, 8, 8],
         "nsubj punct nsubj advmod relcl det dobj punct ROOT punct", "NNP , WP RB VBD DT NN , VBD .",
         "PROPN PUNCT PRON ADV VERB DET NOUN PUNCT VERB PUNCT", 4, True),
    ],
)  # fmt: skip
def test_a_verb_tells_a_plain_past_only_outside_a_future_a_condition_or_a_time_to_come(
    words: str, heads: list[int], deps: str, tags: str, pos: str, at: int, past: bool
) -> None:
    """ "was nominated", "has met", "flew … and met", "After police arrested Okoro, protesters gathered", "who once
    led" tell a past; "will be nominated", "takes effect when it is ratified", "if the board rejected it", "if the
    council cut taxes and approved the budget", "once approved" (even tagged as a past) do not."""
    assert verb(words, heads, deps, tags, pos, at) is past
