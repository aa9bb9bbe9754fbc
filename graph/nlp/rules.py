"""Faster stand-ins for two rule components of spaCy's English pipelines, giving exactly their annotations.

``attribute_ruler`` runs a Matcher of ~180 token patterns over every doc and sets each match's attributes in Python;
the ``lemmatizer`` (rule mode) works out most tokens' lemma again on every call. Together they cost about a fifth of
``en_core_web_sm``'s time per article, for what is mostly a lookup. Here the same patterns are read once into an
index by tag and by lowercase form, and what they set on a token is remembered by the token's own tag, form,
dependency and space-ness, so most tokens cost a dict lookup. The few tokens that a pattern of two tokens can target
are worked out with their neighbours every time. Lemmas are remembered by form, part of speech and morphology, the
only things the rule lemmatizer reads.

:func:`speed_up` swaps them in only when every pattern uses what is understood here (TAG, LOWER, DEP, IS_SPACE, with
values, IN, NOT_IN or REGEX); any other pipeline keeps its own components. ``tests/test_nlp_rules.py`` checks, token
by token, that the annotations are the same as the original components'.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from spacy.attrs import IDS
from spacy.language import Language
from spacy.tokens import Doc, Token
from spacy.tokens._retokenize import set_token_attrs
from spacy.vocab import Vocab

ATTRIBUTES = "newsgraph_attribute_rules"
LEMMAS = "newsgraph_lemma_cache"
_KEYS = frozenset({"TAG", "LOWER", "DEP", "IS_SPACE"})
_SET = frozenset({"POS", "MORPH", "LEMMA", "TAG", "DEP"})
_IDS = {value: name for name, value in IDS.items()}
NAMED_FORMS = 1 << 18
"""Lowercase forms whose fate (does any pattern name them?) is remembered at once, at most."""

Test = Callable[[Token], bool]


class Unsupported(ValueError):
    """A pattern uses something the index does not understand: the pipeline keeps its own component."""


def _value_test(key: str, spec: Any) -> Callable[[Any], bool]:
    if isinstance(spec, dict):
        if len(spec) != 1:
            raise Unsupported(f"{key}: {spec!r}")
        ((op, arg),) = spec.items()
        if op == "IN":
            allowed = frozenset(arg)
            return lambda value: value in allowed
        if op == "NOT_IN":
            banned = frozenset(arg)
            return lambda value: value not in banned
        if op == "REGEX" and key != "IS_SPACE":
            pattern = re.compile(arg)
            return lambda value: pattern.search(value) is not None
        raise Unsupported(f"{key}: {spec!r}")
    return lambda value: value == spec


_READ: dict[str, Callable[[Token], Any]] = {
    "TAG": lambda t: t.tag_,
    "LOWER": lambda t: t.lower_,
    "DEP": lambda t: t.dep_,
    "IS_SPACE": lambda t: t.is_space,
}


def _token_test(spec: dict[str, Any], lowers: list[Callable[[Any], bool]]) -> Test:
    """A test of one token against ``spec``; its test of the lowercase form, if any, is added to ``lowers``."""
    if not spec or set(spec) - _KEYS:
        raise Unsupported(f"token pattern {spec!r}")
    tests = [(_READ[key], _value_test(key, value)) for key, value in spec.items()]
    lowers.extend(test for (read, test), key in zip(tests, spec, strict=True) if key == "LOWER")
    return lambda token: all(test(read(token)) for read, test in tests)


@dataclass(frozen=True, slots=True)
class _Rule:
    order: int
    tests: tuple[Test, ...]
    index: int
    """Which token of the pattern the attributes go to (0 or more)."""
    attrs: dict[int, int]
    """As the ruler keeps them: attribute ids to values, set by spaCy's own ``set_token_attrs``."""

    def matches_at(self, doc: Doc, target: int) -> bool:
        start = target - self.index
        if start < 0 or start + len(self.tests) > len(doc):
            return False
        return all(test(doc[start + k]) for k, test in enumerate(self.tests))


TokenKey = tuple[str, str | None, str, bool]


class AttributeRules:
    """The attribute ruler's patterns as an index, and what they set remembered per kind of token."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab
        self.rules: list[_Rule] = []
        self.lowers: list[Callable[[Any], bool]] = []
        """Every test of a lowercase form that some pattern makes: a form none of them takes is not remembered."""
        self.named: dict[str, bool] = {}
        self.memo: dict[TokenKey, tuple[tuple[_Rule, ...], tuple[_Rule, ...]]] = {}

    def load(self, ruler: Any) -> None:
        """Read a spaCy ``AttributeRuler``'s patterns, in its order; raises :class:`Unsupported`."""
        rules: list[_Rule] = []
        lowers: list[Callable[[Any], bool]] = []
        for order, (attrs, index) in enumerate(zip(ruler.attrs, ruler.indices, strict=True)):
            if {_IDS.get(key, "?") for key in attrs} - _SET:
                raise Unsupported(f"attributes {attrs!r}")
            _on_match, patterns = ruler.matcher.get(str(order))
            for pattern in patterns:
                target = index + len(pattern) if index < 0 else index
                if not 0 <= target < len(pattern):
                    raise Unsupported(f"index {index} of {pattern!r}")
                rules.append(_Rule(order, tuple(_token_test(spec, lowers) for spec in pattern), target, attrs))
        self.rules, self.lowers = rules, lowers
        self.named.clear()
        self.memo.clear()

    def __call__(self, doc: Doc) -> Doc:
        settings = []
        for token in doc:
            lower = token.lower_
            named = self.named.get(lower)
            if named is None:
                if len(self.named) >= NAMED_FORMS:
                    self.named.clear()  # a long run meets every word of the language: keep the memory bounded
                named = self.named[lower] = any(test(lower) for test in self.lowers)
            key = (token.tag_, lower if named else None, token.dep_, token.is_space)
            known = self.memo.get(key)
            if known is None:
                known = self.memo[key] = self.remembered(token)
            rules, near = known
            if near:  # a pattern of several tokens may target it: ask its neighbours
                found = [rule for rule in near if rule.matches_at(doc, token.i)]
                rules = tuple(sorted((*rules, *found), key=lambda rule: rule.order)) if found else rules
            settings.append(rules)
        for token, rules in zip(doc, settings, strict=True):  # every test read the doc as the parser left it
            for rule in rules:
                set_token_attrs(token, rule.attrs)
        return doc

    def remembered(self, token: Token) -> tuple[tuple[_Rule, ...], tuple[_Rule, ...]]:
        """The one-token rules every token like ``token`` matches, and the rules of several tokens that may target it
        (matched against its neighbours each time)."""
        singles = tuple(rule for rule in self.rules if len(rule.tests) == 1 and rule.tests[0](token))
        near = tuple(rule for rule in self.rules if len(rule.tests) > 1 and rule.tests[rule.index](token))
        return singles, near


class LemmaCache:
    """The rule lemmatizer's lemma remembered per form, part of speech and morphology, the only things it reads."""

    def __init__(self) -> None:
        self.lemmatizer: Any = None
        self.memo: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        strings = doc.vocab.strings
        overwrite = self.lemmatizer.overwrite
        for token in doc:
            if overwrite or token.lemma == 0:
                key = (token.orth, token.pos, token.morph.key)  # type: ignore[attr-defined]
                lemma = self.memo.get(key)
                if lemma is None:
                    lemma = self.memo[key] = strings.add(self.lemmatizer.lemmatize(token)[0])
                token.lemma = lemma
        return doc


@Language.factory(ATTRIBUTES)
def _make_attribute_rules(nlp: Language, name: str) -> AttributeRules:
    return AttributeRules(nlp.vocab)


@Language.factory(LEMMAS)
def _make_lemma_cache(nlp: Language, name: str) -> LemmaCache:
    return LemmaCache()


def speed_up(nlp: Language) -> list[str]:
    """Swap the pipeline's ``attribute_ruler`` and rule ``lemmatizer`` for the stand-ins above where they apply;
    returns the names of the components swapped."""
    swapped = []
    ruler = nlp.get_pipe("attribute_ruler") if "attribute_ruler" in nlp.pipe_names else None
    if ruler is not None and type(ruler).__name__ == "AttributeRuler":
        try:
            AttributeRules(nlp.vocab).load(ruler)
        except Unsupported:
            pass  # the pipeline keeps its own ruler
        else:
            rules = nlp.replace_pipe("attribute_ruler", ATTRIBUTES)
            assert isinstance(rules, AttributeRules)
            rules.load(ruler)
            swapped.append("attribute_ruler")
    lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    if lemmatizer is not None and getattr(lemmatizer, "mode", None) == "rule":
        cache = nlp.replace_pipe("lemmatizer", LEMMAS)
        assert isinstance(cache, LemmaCache)
        cache.lemmatizer = lemmatizer
        swapped.append("lemmatizer")
    return swapped
