"""Events the article attributes to a source are claims, on hand-built parses: no model needed."""

from __future__ import annotations

from dataclasses import replace

import pytest

from graph.model import ActorKind, Claim, Mention, Quote, Span
from tests.extract.test_events import Parse, run

HEDGED = Parse("The mayor allegedly bribed an inspector .", [1, 3, 3, 3, 5, 3, 3],
               "det nsubj advmod ROOT det dobj punct", "DET NOUN ADV VERB DET NOUN PUNCT",
               "DT NN RB VBD DT NN .", "the mayor allegedly bribe an inspector .")  # fmt: skip
CLAIMED_THAT = Parse("Smith claimed Jones bribed a judge .", [1, 1, 3, 1, 5, 3, 1],
                     "nsubj ROOT nsubj ccomp det dobj punct", "PROPN VERB PROPN VERB DET NOUN PUNCT",
                     "NNP VBD NNP VBD DT NN .", "Smith claim Jones bribe a judge .",
                     "B-PERSON O B-PERSON O O O O")  # fmt: skip
ACCUSED_OF = Parse("Rebels are accused of an attack .", [2, 2, 2, 2, 5, 3, 2],
                   "nsubjpass auxpass ROOT prep det pobj punct", "NOUN AUX VERB ADP DET NOUN PUNCT",
                   "NNS VBP VBN IN DT NN .", "rebel be accuse of an attack .")  # fmt: skip
ALLEGED_NOUN = Parse("Police investigated the alleged bombing .", [1, 1, 4, 4, 1, 1],
                     "nsubj ROOT det amod dobj punct", "NOUN VERB DET ADJ NOUN PUNCT",
                     "NNS VBD DT JJ NN .", "police investigate the alleged bombing .")  # fmt: skip
DENIED = Parse("Smith denied Jones bribed a judge .", [1, 1, 3, 1, 5, 3, 1],
               "nsubj ROOT nsubj ccomp det dobj punct", "PROPN VERB PROPN VERB DET NOUN PUNCT",
               "NNP VBD NNP VBD DT NN .", "Smith deny Jones bribe a judge .",
               "B-PERSON O B-PERSON O O O O")  # fmt: skip
CAPTURED = Parse("Rebels captured the town .", [1, 1, 3, 1, 1], "nsubj ROOT det dobj punct",
                 "NOUN VERB DET NOUN PUNCT", "NNS VBD DT NN .", "rebel capture the town .")  # fmt: skip
THINKS_THAT = Parse("Smith thinks Jones bribed a judge .", [1, 1, 3, 1, 5, 3, 1],
                    "nsubj ROOT nsubj ccomp det dobj punct", "PROPN VERB PROPN VERB DET NOUN PUNCT",
                    "NNP VBZ NNP VBD DT NN .", "Smith think Jones bribe a judge .",
                    "B-PERSON O B-PERSON O O O O")  # fmt: skip
MUSED = Parse("Smith mused about the race .", [1, 1, 1, 4, 2, 1], "nsubj ROOT prep det pobj punct",
              "PROPN VERB ADP DET NOUN PUNCT", "NNP VBD IN DT NN .", "Smith muse about the race .",
              "B-PERSON O O O O O")  # fmt: skip
CLAIM_TO_HAVE = Parse("Quill repeated her claim to have found the key .", [1, 1, 3, 1, 6, 6, 3, 8, 6, 1],
                      "nsubj ROOT poss dobj aux aux acl det dobj punct",
                      "PROPN VERB PRON NOUN PART AUX VERB DET NOUN PUNCT", "NNP VBD PRP$ NN TO VB VBN DT NN .",
                      "Quill repeat her claim to have find the key .", "B-PERSON O O O O O O O O O")  # fmt: skip
LIED_SAY = Parse("Blair lied , say the Tories .", [1, 1, 3, 3, 5, 3, 3],
                 "nsubj ccomp punct ROOT det nsubj punct", "PROPN VERB PUNCT VERB DET PROPN PUNCT",
                 "NNP VBD , VBP DT NNPS .", "Blair lie , say the Tories .",
                 "B-PERSON O O O B-NORP I-NORP O")  # fmt: skip


@pytest.mark.parametrize(
    ("parse", "lemma", "cue", "source"),
    [
        (HEDGED, "bribe", "allegedly", None),
        (CLAIMED_THAT, "bribe", "claimed", "Smith"),
        (ACCUSED_OF, "attack", "accused", None),
        (ALLEGED_NOUN, "bombing", "alleged", None),
        (THINKS_THAT, "bribe", "thinks", "Smith"),
        (CLAIM_TO_HAVE, "find", "claim", None),
    ],
)
def test_an_attributed_event_is_its_source_s_claim(parse: Parse, lemma: str, cue: str, source: str | None) -> None:
    _, events, _ = run(parse)
    claim = next(e.claim for e in events if e.lemma == lemma)
    assert claim is not None and claim.cue == cue
    assert (claim.source.text if claim.source else None) == source


def test_an_event_told_as_a_fact_is_no_claim() -> None:
    _, events, _ = run(CAPTURED)
    assert [(e.lemma, e.claim) for e in events] == [("capture", None)]


def test_a_denied_event_is_no_event() -> None:
    _, events, _ = run(DENIED)
    assert "bribe" not in {e.lemma for e in events}


def test_an_event_in_reported_speech_is_claimed_by_its_speaker_with_its_cue() -> None:
    """ "Blair lied, say the Tories": the reported statement's speaker and cue make the claim."""
    text = LIED_SAY.words
    start = text.index("the Tories")
    speaker = Mention(Span(start, start + len("the Tories")), "the Tories", ActorKind.GROUP)
    content = Span(0, text.index(" ,"))
    quote = Quote(content, content.slice(text), Span(0, len(text)), speaker, direct=False, cue="say")
    _, events, _ = run(LIED_SAY, given=[replace(quote, pattern="content before cue")])
    assert next(e.claim for e in events if e.lemma == "lie") == Claim("say", speaker)
    _, events, _ = run(LIED_SAY, given=[replace(quote, pattern="infinitive")])  # a demand's span claims nothing
    assert next(e.claim for e in events if e.lemma == "lie") is None


PROTESTED_ABOUT = Parse("Veterans protested about 1975 .", [1, 1, 1, 2, 1], "nsubj ROOT prep pobj punct",
                        "NOUN VERB ADP NUM PUNCT", "NNS VBD IN CD .", "veteran protest about 1975 .",
                        "O O O B-DATE O")  # fmt: skip
PROTESTED_IN = Parse("Veterans protested in 1975 .", [1, 1, 1, 2, 1], "nsubj ROOT prep pobj punct",
                     "NOUN VERB ADP NUM PUNCT", "NNS VBD IN CD .", "veteran protest in 1975 .",
                     "O O O B-DATE O")  # fmt: skip


def test_a_time_the_clause_is_about_dates_nothing() -> None:
    """ "protested about 1975" says what the protest was about, "protested in 1975" when it was."""
    _, about, _ = run(PROTESTED_ABOUT)
    _, during, _ = run(PROTESTED_IN)
    assert [e.time for e in about] == [None]
    assert [e.time.value if e.time else None for e in during] == ["1975"]


def test_a_belief_is_no_event() -> None:
    _, events, _ = run(MUSED)
    _, believed, _ = run(THINKS_THAT)
    assert "muse" not in {e.lemma for e in events}
    assert "think" not in {e.lemma for e in believed}


def test_taking_up_an_office_is_an_event_not_a_belief() -> None:
    took = Parse("Smith assumed office in January .", [1, 1, 1, 1, 3, 1], "nsubj ROOT dobj prep pobj punct",
                 "PROPN VERB NOUN ADP PROPN PUNCT", "NNP VBD NN IN NNP .", "Smith assume office in January .",
                 "B-PERSON O O O B-DATE O")  # fmt: skip
    _, events, _ = run(took)
    assert "assume" in {e.lemma for e in events}


def test_a_participle_describing_a_claim_noun_is_no_claim() -> None:
    described = Parse("The theory developed by Lee won a prize .", [1, 5, 1, 2, 3, 5, 7, 5, 5],
                      "det nsubj acl agent pobj ROOT det dobj punct", "DET NOUN VERB ADP PROPN VERB DET NOUN PUNCT",
                      "DT NN VBN IN NNP VBD DT NN .", "the theory develop by Lee win a prize .",
                      "O O O O B-PERSON O O O O")  # fmt: skip
    _, events, _ = run(described)
    assert [e.claim for e in events if e.lemma == "develop"] == [None]
