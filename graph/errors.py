"""The one small error hierarchy of newsgraph: every message names the bad value and what would be valid."""

from __future__ import annotations

from pathlib import Path


class NewsgraphError(Exception):
    """Base class of every error newsgraph raises on purpose."""


class InputError(NewsgraphError):
    """An input path or file cannot be read as an article."""


class ModelError(NewsgraphError):
    """No spaCy pipeline could be loaded."""


class QueryError(NewsgraphError):
    """A SPARQL query is malformed, unknown, or cannot run on the graph."""


class QueryLimitError(QueryError):
    """A query ran past a time limit or its answer past a size limit (``newsgraph serve --timeout/--max-rows``)."""


class GraphFileError(NewsgraphError):
    """A graph file is missing or does not parse."""


class EndpointError(NewsgraphError):
    """A triple store server cannot be reached, or refused a request."""


class ArticleError(InputError):
    """One article input (a file, or one line or record of it) cannot be used; the build goes on without it."""

    def __init__(self, path: Path, reason: str, line: int | None = None) -> None:
        where = f"{path}:{line}" if line is not None else str(path)
        super().__init__(f"{where}: {reason}")
        self.path = path
        self.reason = reason
        self.line = line


def describe(exc: BaseException) -> str:
    """One line saying what an unexpected exception was: its type and the first line of its message, shortened."""
    lines = str(exc).strip().splitlines()
    first = " ".join(lines[0].split()) if lines else ""
    if len(first) > 200:
        first = first[:199] + "…"
    name = type(exc).__name__
    if isinstance(exc, ImportError):
        return f"a library it needs cannot be imported ({name}: {first}); reinstall newsgraph's dependencies"
    return f"{name}: {first}" if first else name
