"""Is this article text, and is it in English? Cheap, explainable checks run before the (English) spaCy pipeline.

Text at all (:func:`not_text`), on the first :data:`SAMPLE_CHARS` characters: prose in any language is mostly
letters, digits and spaces (at least 0.89 of the characters of every MEANTIME and ECB+ text; random printable
ASCII: 0.64–0.68), and holds no control characters or U+FFFD (the mark of undecodable bytes) to speak of (0.002 at
most in those corpora; random bytes read as text: 0.04–0.24).

English (:func:`check_english`):

Two signals, both computed on the first :data:`SAMPLE_WORDS` words:

- the script: English is written in Latin letters; a text whose letters are mostly Cyrillic, Greek, Arabic, CJK ...
  is not English, however short;
- the share of English function words: spaCy's English stop words ("the", "of", "and", "that", "would" ...) make up
  about 45% of the alphabetic words of English news (lowest 0.30 over the 120 Wikinews articles of MEANTIME, 0.20
  over the 740 ECB+ texts of 30 words or more, a URL-laden one; 0.41–0.49 on the seeds), and 1–8% of news paragraphs
  in German, French, Spanish, Italian, Dutch and Portuguese, whose own function words ("der", "le", "el", "het") are
  not English ones. :data:`MIN_STOP_SHARE` sits between the two.

A text with fewer than :data:`MIN_WORDS` words is too short to judge by words and is taken as English unless its
script says otherwise: a two-line English brief must not be skipped.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

MIN_WORDS = 30
"""Below this many alphabetic words only the script is checked."""
MIN_STOP_SHARE = 0.15
"""English news has 0.20 or more English stop words among its words; other Latin-script languages 0.08 or less."""
MIN_LATIN_SHARE = 0.5
"""Of all letters; below it the text is in another script."""
SAMPLE_WORDS = 2000
"""The check reads this many words at most: enough to decide, cheap for a huge text."""
WORD = re.compile(r"[^\W\d_]+")
NON_ASCII = re.compile(r"[^\x00-\x7f]")
SAMPLE_CHARS = 24_000
""":func:`not_text` reads this many characters at most."""
MIN_PROSE_SHARE = 0.75
"""Of the characters: letters, marks, digits and spaces. News has 0.89 or more; random printable ASCII 0.68 or less."""
MAX_JUNK_SHARE = 0.02
"""Of the characters: controls (other than tab and newline), U+FFFD, surrogates, private and unassigned code points."""
MIN_JUNK = 10
"""Fewer junk characters than this never make a text junk: a stray control character or two is no verdict."""
MIN_SHARE_CHARS = 200
"""Shorter texts (a headline of figures) are not judged by :data:`MIN_PROSE_SHARE`."""
_JUNK_CATEGORIES = frozenset({"Cc", "Cs", "Co", "Cn"})


@dataclass(frozen=True, slots=True)
class LanguageCheck:
    """What :func:`check_english` found; ``reason`` says why a text is not taken as English."""

    english: bool
    words: int
    stop_share: float
    latin_share: float
    script: str
    reason: str = ""


def not_text(text: str) -> str | None:
    """Why ``text`` is not text (binary data, or bytes read in the wrong encoding), or None when it reads as text."""
    sample = text[:SAMPLE_CHARS]
    categories = [unicodedata.category(ch) for ch in sample]
    if not any(c[0] == "L" for c in categories):
        return "not text: no words"
    junk = sum(c in _JUNK_CATEGORIES for c in categories) - sample.count("\n") - sample.count("\t")
    junk += sample.count("\ufffd")
    if junk > max(MAX_JUNK_SHARE * len(sample), MIN_JUNK):
        return (
            f"not text: {junk / len(sample):.0%} of its characters are control characters or undecodable bytes "
            "(binary data?)"
        )
    prose = sum(c[0] in "LM" or c == "Nd" or ch.isspace() for ch, c in zip(sample, categories, strict=True))
    if len(sample) >= MIN_SHARE_CHARS and prose / len(sample) < MIN_PROSE_SHARE:
        return (
            f"not text: only {prose / len(sample):.0%} of its characters are letters, digits or spaces (news text has "
            f"over {MIN_PROSE_SHARE:.0%}); binary data, or text in another encoding than its own?"
        )
    return None


def check_english(text: str) -> LanguageCheck:
    """Whether ``text`` reads as English, with the numbers behind the answer."""
    words = WORD.findall(text[: SAMPLE_WORDS * 12].lower())[:SAMPLE_WORDS]  # 2,000 words fit in 24,000 characters
    letters = sum(map(len, words))
    scripts = {"LATIN": letters}
    for ch in NON_ASCII.findall("".join(words)):  # ASCII letters are Latin; only the others need a look-up
        script = _script(ch)
        scripts["LATIN"] -= 1
        scripts[script] = scripts.get(script, 0) + 1
    main = max(scripts, key=lambda s: scripts[s])
    latin = scripts["LATIN"] / letters if letters else 1.0
    stop_words = _stop_words()
    share = sum(w in stop_words for w in words) / len(words) if words else 0.0
    check = LanguageCheck(True, len(words), share, latin, main)
    if latin < MIN_LATIN_SHARE:
        return _not_english(check, f"written mostly in {main.title()} script ({1 - latin:.0%} of letters)")
    if len(words) >= MIN_WORDS and share < MIN_STOP_SHARE:
        return _not_english(
            check,
            f"only {share:.0%} of its {len(words)} words are common English words (English news has over "
            f"{MIN_STOP_SHARE:.0%})",
        )
    return check


def _not_english(check: LanguageCheck, reason: str) -> LanguageCheck:
    return LanguageCheck(False, check.words, check.stop_share, check.latin_share, check.script, reason)


@functools.lru_cache(maxsize=4096)
def _script(ch: str) -> str:
    name = unicodedata.name(ch, "")
    return name.split(" ", 1)[0] if name else "UNKNOWN"


@functools.cache
def _stop_words() -> frozenset[str]:
    """spaCy's English stop words, loaded on first use (importing spaCy is not free)."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)
