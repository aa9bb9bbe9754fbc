"""Any name or quote gives valid IRIs and correctly escaped literals in every export format (read by pyoxigraph)."""

from __future__ import annotations

import pyoxigraph
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graph.merge.story import merge
from graph.model import ActorKind, Article, ArticleFacts, Mention, Quote, Span
from graph.rdf.mapping import mint, to_dataset
from graph.store import GraphFormat, serialize
from tests.oxigraph_formats import OXIGRAPH_FORMATS

NASTY = [
    "Jean-Luc O'Neil",
    'the "Wagner" group',
    "<script>alert('x')</script>",
    "back\\slash \\u0041 \\n",
    "line\nbreak\r\nand\ttab",
    "Владимир Путин",
    "Володимир Зеленський",
    "王毅",
    "محمد",
    "emoji 🙂 and zero\u200bwidth",
    "“curly” ‘quotes’ « guillemets »",
    "a" * 5000,
    "  spaced   out  ",
    "#hash ?query &amp; %20 {braces} |pipe| ^caret `tick`",
    "\u0000nul and \u007fdel and \u0085nel",
    "",
]
"""Names and quotes that break naive writers: quotation marks, angle brackets, backslashes, control characters."""

# Text that UTF-8 can carry (no lone surrogates): everything an article could hold.
any_text = st.text(st.characters(exclude_categories=("Cs",)), max_size=200)


def nasty_facts(names: list[str], quote: str) -> ArticleFacts:
    """One article naming ``names`` and quoting ``quote``, each at its real offsets in the text."""
    parts, mentions = [], []
    offset = 0
    for name in names:
        mentions.append(Mention(Span(offset, offset + len(name)), name, ActorKind.PERSON))
        parts.append(name + " said ")
        offset += len(name) + len(" said ")
    start = offset + 1
    text = "".join(parts) + "“" + quote + "”."
    span = Span(start, start + len(quote))
    speaker = mentions[0] if mentions else None
    quotes = [Quote(span, quote, Span(0, len(text)), speaker)]
    article = Article(id="weird " + (names[0] if names else "x"), text=text, title=quote[:40], publisher=quote[:30])
    return ArticleFacts(article, mentions, quotes)


def assert_every_format_reparses(facts: list[ArticleFacts]) -> None:
    dataset = to_dataset(merge(facts))
    all_quads = set(dataset.quads((None, None, None, None)))
    quad_count, triple_count = len(all_quads), len({(s, p, o) for s, p, o, _ in all_quads})
    expected = {str(o) for _, p, o, _ in all_quads if str(p).endswith("#text")}
    for fmt, ox_format in OXIGRAPH_FORMATS.items():
        data = serialize(dataset, fmt)
        try:
            quads = list(pyoxigraph.parse(data, format=ox_format))
        except SyntaxError as exc:
            pytest.fail(f"{fmt.value} does not re-parse: {exc}")
        texts = {q.object.value for q in quads if q.predicate.value.endswith("#text")}
        assert texts == expected, f"{fmt.value} changed the ng:text literals"
        assert len(quads) == (quad_count if fmt in {GraphFormat.trig, GraphFormat.nquads} else triple_count), fmt


@pytest.mark.parametrize("name", NASTY)
def test_nasty_names_and_quotes_survive_every_format(name: str) -> None:
    names = [n for n in (name, "Anna Ray") if n.strip()]  # extractors never mention an empty name
    assert_every_format_reparses([nasty_facts(names, name), nasty_facts(["Anna Ray"], "plain words")])


@pytest.mark.parametrize("part", NASTY)
def test_minted_iris_are_valid(part: str) -> None:
    iri = mint("actor", "person", part)
    pyoxigraph.NamedNode(str(iri))  # raises ValueError on an invalid IRI
    assert mint("actor", "person", part) == iri


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(names=st.lists(any_text.filter(str.strip), min_size=1, max_size=3), quote=any_text)
def test_any_text_survives_every_format(names: list[str], quote: str) -> None:
    assert_every_format_reparses([nasty_facts(names, quote)])
