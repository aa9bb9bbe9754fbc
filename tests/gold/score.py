"""Score extracted statements against hand-made gold annotations.

The gold file (``tests/gold/seeds.json``) maps each article id (the seed file's stem) to its annotations, plus a
top-level ``statement_clusters`` object; :func:`gold_articles` picks the article entries out. Each gold statement
has the exact ``text`` between its quotation marks (or the reported content, for indirect speech), a canonical
``speaker`` with ``speaker_aliases`` and ``speaker_kind``, and two flags: ``optional`` (a borderline statement a
system may or may not report: matching it is neither a hit nor a false alarm, missing it is no miss) and
``in_title`` (found in the headline, which a pipeline may not read).

Matching is by strings only (no offsets): after normalising both texts (typographic quotes folded, whitespace
collapsed, quotation marks, whitespace and edge punctuation stripped, casefolded) a prediction matches a gold
statement of the same article when one is a contiguous token run of the other, or their token-set Jaccard is at
least :data:`JACCARD_THRESHOLD`. Pairs are assigned greedily, best similarity first, each gold statement and each
prediction at most once. A prediction that matches one of the article's ``non_statements`` (scare quotes) is a
false positive and never matches a statement. Predictions for articles the gold does not know are ignored.

Nothing here knows about any particular article: everything specific lives in the JSON.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol, TypeAlias, runtime_checkable

if TYPE_CHECKING:
    from graph.story import Story

JACCARD_THRESHOLD = 0.6
"""Token-set Jaccard at or above which two statement texts match."""

_FOLD = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u00b4": "'",
        "`": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2039": '"',
        "\u203a": '"',
        "\u2033": '"',
        "\u2013": "-",
        "\u2014": "-",
    }
)
_EDGE = "\"' \t\n.,;:!?\u2026()[]{}-"
_WORD = re.compile(r"\w+")
_FUNCTION_WORDS = frozenset(
    {
        "a",
        "an",
        "the",
        "of",
        "in",
        "on",
        "at",
        "for",
        "from",
        "to",
        "and",
        "or",
        "by",
        "with",
        "as",
        "s",
        "his",
        "her",
        "their",
        "its",
        "our",
        "my",
        "your",
        "he",
        "she",
        "they",
        "it",
        "we",
        "i",
        "you",
        "him",
        "them",
        "us",
        "me",
        "one",
        "some",
        "who",
        "this",
        "that",
        "these",
        "those",
    }
)


class Predicted(NamedTuple):
    """One extracted statement: which article, the quoted (or reported) words, and who the system says spoke."""

    article_id: str
    text: str
    speaker_label: str | None = None


@runtime_checkable
class PredictedLike(Protocol):
    """Any object carrying the three fields of :class:`Predicted` as attributes."""

    @property
    def article_id(self) -> str: ...

    @property
    def text(self) -> str: ...

    @property
    def speaker_label(self) -> str | None: ...


PredictionInput: TypeAlias = Predicted | tuple[str, str] | tuple[str, str, str | None] | PredictedLike


@dataclass(frozen=True, slots=True)
class Scores:
    """Detection and attribution quality of a set of predicted statements."""

    precision: float
    recall: float
    f1: float
    speaker_accuracy: float
    """Share of matched pairs whose predicted speaker is right (0.0 when nothing matched)."""
    attribution_precision: float
    attribution_recall: float
    attribution_f1: float
    """F1 where a true positive needs both a text match and a correct speaker."""
    true_positives: int
    false_positives: int
    false_negatives: int
    speaker_correct: int
    ignored: int
    """Predictions that matched an optional (or, with ``include_titles=False``, a headline) gold statement."""


def load_gold(path: str | Path) -> dict[str, Any]:
    """Read the gold JSON file."""
    with Path(path).open(encoding="utf-8") as handle:
        data = json.load(handle)
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a JSON object at the top level")
    return data


def gold_articles(gold: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    """The per-article entries of a gold object (every top-level value that has a ``statements`` list)."""
    return {key: value for key, value in gold.items() if isinstance(value, dict) and "statements" in value}


def normalize(text: str) -> str:
    """Fold typographic quotes and dashes, collapse whitespace, strip quotes/punctuation at both ends, casefold."""
    folded = " ".join(text.translate(_FOLD).split())
    return folded.strip(_EDGE).casefold()


def tokens(text: str) -> list[str]:
    """Word tokens of the normalised text."""
    return _WORD.findall(normalize(text))


def token_jaccard(a: str, b: str) -> float:
    """Jaccard similarity of the token sets of two texts (0.0 when either has no tokens)."""
    sa, sb = set(tokens(a)), set(tokens(b))
    if not sa or not sb:
        return 0.0
    return len(sa & sb) / len(sa | sb)


def _contains_run(longer: Sequence[str], shorter: Sequence[str]) -> bool:
    n = len(shorter)
    if n == 0 or n > len(longer):
        return False
    return any(list(longer[i : i + n]) == list(shorter) for i in range(len(longer) - n + 1))


def _either_contains(a: Sequence[str], b: Sequence[str]) -> bool:
    return _contains_run(a, b) or _contains_run(b, a)


def text_similarity(predicted: str, gold: str) -> float:
    """How well a predicted text matches a gold text: 0.0 for no match, else a score in (0, 1] used for ranking.

    Texts match when one's tokens are a contiguous run of the other's, or their token Jaccard reaches
    :data:`JACCARD_THRESHOLD`. The score is the Jaccard, floored at a small positive value for containment.
    """
    tp, tg = tokens(predicted), tokens(gold)
    if not tp or not tg:
        return 0.0
    jaccard = token_jaccard(predicted, gold)
    if jaccard >= JACCARD_THRESHOLD or _either_contains(tp, tg):
        return max(jaccard, 1e-6)
    return 0.0


def texts_match(predicted: str, gold: str) -> bool:
    """Whether a predicted statement text matches a gold statement text."""
    return text_similarity(predicted, gold) > 0.0


def is_non_statement(predicted: str, non_statements: Iterable[str]) -> bool:
    """Whether a predicted text is one of the given scare quotes (normalised equality or Jaccard at threshold)."""
    norm = normalize(predicted)
    if not norm:
        return False
    return any(
        norm == normalize(other) or token_jaccard(predicted, other) >= JACCARD_THRESHOLD for other in non_statements
    )


def speaker_matches(label: str | None, statement: Mapping[str, Any]) -> bool:
    """Whether a predicted speaker label names the gold statement's speaker.

    Right when the casefolded label equals, contains or is contained in (as a token run with at least one content
    word on the shorter side) the canonical name or an alias, or, for persons, ends in the canonical name's last
    word.
    """
    if not label:
        return False
    lt = tokens(label)
    if not lt:
        return False
    speaker = str(statement.get("speaker") or "")
    names = [speaker, *(str(alias) for alias in statement.get("speaker_aliases") or [])]
    for name in names:
        nt = tokens(name)
        if not nt:
            continue
        if lt == nt:
            return True
        shorter = lt if len(lt) <= len(nt) else nt
        if any(tok not in _FUNCTION_WORDS for tok in shorter) and _either_contains(lt, nt):
            return True
    if statement.get("speaker_kind") == "Person":
        st = tokens(speaker)
        if st and st[-1] not in _FUNCTION_WORDS and lt[-1] == st[-1]:
            return True
    return False


def _as_prediction(item: PredictionInput) -> Predicted:
    if isinstance(item, tuple):
        if len(item) == 2:
            return Predicted(str(item[0]), str(item[1]), None)
        if len(item) == 3:
            article, text, speaker = item
            return Predicted(str(article), str(text), None if speaker is None else str(speaker))
        raise ValueError(f"a predicted tuple needs 2 or 3 fields, got {len(item)}")
    speaker_label = getattr(item, "speaker_label", None)
    return Predicted(str(item.article_id), str(item.text), None if speaker_label is None else str(speaker_label))


def _ratio(num: int, den: int, *, empty: float) -> float:
    return num / den if den else empty


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def score_statements(
    predicted: Iterable[PredictionInput],
    gold: Mapping[str, Any],
    *,
    include_titles: bool = True,
) -> Scores:
    """Score predicted statements against the gold statements of the same articles.

    With ``include_titles=False`` gold statements flagged ``in_title`` are treated as optional. With no predictions
    (for non-empty gold) precision is 0.0; with neither predictions nor gold every score is 1.0.
    """
    articles = gold_articles(gold)
    by_article: dict[str, list[Predicted]] = {}
    for item in predicted:
        pred = _as_prediction(item)
        if pred.article_id in articles:
            by_article.setdefault(pred.article_id, []).append(pred)

    tp = fp = fn = correct = ignored = 0
    for article_id, entry in articles.items():
        statements: list[Mapping[str, Any]] = list(entry.get("statements") or [])
        optional = [bool(s.get("optional")) or (not include_titles and bool(s.get("in_title"))) for s in statements]
        non_statements = [str(t) for t in entry.get("non_statements") or []]
        preds = by_article.get(article_id, [])

        candidates: list[tuple[float, int, int, int]] = []
        for pi, pred in enumerate(preds):
            if is_non_statement(pred.text, non_statements):
                continue
            for gi, statement in enumerate(statements):
                similarity = text_similarity(pred.text, str(statement.get("text", "")))
                if similarity > 0.0:
                    candidates.append((-similarity, int(optional[gi]), pi, gi))
        candidates.sort()

        used_pred: set[int] = set()
        used_gold: set[int] = set()
        for _, _, pi, gi in candidates:
            if pi in used_pred or gi in used_gold:
                continue
            used_pred.add(pi)
            used_gold.add(gi)
            if optional[gi]:
                ignored += 1
                continue
            tp += 1
            if speaker_matches(preds[pi].speaker_label, statements[gi]):
                correct += 1
        fp += len(preds) - len(used_pred)
        fn += sum(1 for gi in range(len(statements)) if gi not in used_gold and not optional[gi])

    n_pred, n_gold = tp + fp, tp + fn
    vacuous = 1.0 if n_gold == 0 else 0.0
    precision = _ratio(tp, n_pred, empty=vacuous)
    recall = _ratio(tp, n_gold, empty=1.0)
    attribution_precision = _ratio(correct, n_pred, empty=vacuous)
    attribution_recall = _ratio(correct, n_gold, empty=1.0)
    return Scores(
        precision=precision,
        recall=recall,
        f1=_f1(precision, recall),
        speaker_accuracy=_ratio(correct, tp, empty=0.0),
        attribution_precision=attribution_precision,
        attribution_recall=attribution_recall,
        attribution_f1=_f1(attribution_precision, attribution_recall),
        true_positives=tp,
        false_positives=fp,
        false_negatives=fn,
        speaker_correct=correct,
        ignored=ignored,
    )


def score_non_statements(predicted: Iterable[PredictionInput], gold: Mapping[str, Any]) -> int:
    """How many predicted statements are really scare quotes (``non_statements``) of their article."""
    articles = gold_articles(gold)
    count = 0
    for item in predicted:
        pred = _as_prediction(item)
        entry = articles.get(pred.article_id)
        if entry is not None and is_non_statement(pred.text, [str(t) for t in entry.get("non_statements") or []]):
            count += 1
    return count


def story_predictions(story: Story) -> list[Predicted]:
    """Every report of a built story as a prediction: article, wording, and the speaker's label."""
    found = []
    for s in story.statements:
        speaker = story.actors[s.speaker].label if s.speaker else None
        found += [Predicted(report.article_id, report.quote.text, speaker) for report in s.reports]
    return found
