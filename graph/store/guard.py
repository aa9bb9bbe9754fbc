"""What a query may reach: the store only. Refuses, before either store sees the text, every clause that would make
the engine read something else (``FROM``, ``FROM NAMED`` and ``SERVICE``: rdflib reads ``FROM <file:///...>`` from
disk and fetches ``FROM <http://...>``; both engines call out for ``SERVICE``), and prefixes the query neither
declares nor may use undeclared (rdflib would resolve ``foaf:`` from its own bindings and answer nothing, Oxigraph
fails with a parser message that does not name it).

The check reads the query's tokens, not its parse tree, so both engines get the same verdict whichever parser they
use: comments, strings and IRIs are skipped as the SPARQL grammar reads them, so a keyword inside them (a label
"from", ``<http://example.org/service>``) is not mistaken for a clause. Codepoint escapes (``\\u0045``) are
expanded first, as SPARQL 1.1 (and rdflib) expands them before parsing, so ``SERVIC\\u0045`` is ``SERVICE``.
``LOAD`` is an update, which neither store runs through ``query``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from graph.errors import QueryError

_SKIPPED = re.compile(
    r"""
      \#[^\n\r]*                                   # a comment
    | '''(?:[^'\\]|\\.|'(?!''))*'''                # long strings
    | \"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
    | '(?:[^'\\\n\r]|\\.)*'                        # short strings
    | "(?:[^"\\\n\r]|\\.)*"
    | <[^<>"{}|^`\\\x00-\x20]*>                    # an IRI
    """,
    re.X | re.S,
)
_CODEPOINT = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_WORD = re.compile(r"[^\s{}()\[\],;<>=!|&*/+^\"'#]+")
_DECLARED = re.compile(r"PREFIX\s+([^\s:]*):", re.I)
REFUSED = {
    "from": "FROM and FROM NAMED are not supported: the default graph is every graph merged, and "
    "GRAPH <iri> { ... } reaches one article's graph",
    "service": "SERVICE is not supported: queries answer from this graph only, never from another endpoint",
}


def words(text: str) -> Iterator[str]:
    """The words of ``text`` outside comments, strings and IRIs: keywords, variables, prefixed names, numbers."""
    position = 0
    for skipped in _SKIPPED.finditer(text):
        yield from _WORD.findall(text, position, skipped.start())
        position = skipped.end()
    yield from _WORD.findall(text, position)


def check_query(text: str, predeclared: Mapping[str, str]) -> None:
    """Raise :class:`QueryError` when ``text`` reaches outside the store (``FROM``, ``SERVICE``) or uses a prefix
    that it does not declare and ``predeclared`` does not hold."""
    text = _CODEPOINT.sub(lambda match: chr(int(match[1] or match[2], 16)), text)
    declared = set(predeclared) | {match[1] for match in _DECLARED.finditer(_strip(text))}
    for word in words(text):
        refused = REFUSED.get(word.lower())
        if refused is not None:
            raise QueryError(refused)
        prefix, colon, _ = word.lstrip("-+").partition(":")
        if colon and prefix[:1] not in {"?", "$", "_", "@"} and prefix not in declared:
            known = ", ".join(f"{name}:" for name in sorted(predeclared))
            raise QueryError(f"unknown prefix {prefix}: (declare it: PREFIX {prefix}: <...>; predeclared: {known})")


def _strip(text: str) -> str:
    """``text`` with comments and strings blanked (IRIs kept: a PREFIX declaration is followed by one)."""
    return _SKIPPED.sub(lambda m: m[0] if m[0].startswith("<") else " ", text)
