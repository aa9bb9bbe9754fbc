"""The one small error hierarchy of newsgraph: every message names the bad value and what would be valid."""

from __future__ import annotations


class NewsgraphError(Exception):
    """Base class of every error newsgraph raises on purpose."""


class InputError(NewsgraphError):
    """An input path or file cannot be read as an article."""


class ModelError(NewsgraphError):
    """No spaCy pipeline could be loaded."""


class QueryError(NewsgraphError):
    """A SPARQL query is malformed, unknown, or cannot run on the graph."""


class GraphFileError(NewsgraphError):
    """A graph file is missing or does not parse."""
