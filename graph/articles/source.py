"""Bytes to text, the checks every article file goes through before a reader looks at it.

- over a size limit: refused before it is read (:data:`MAX_ARTICLE_BYTES`, 5 MB: the longest news features run to
  100 kB of text, so anything near the limit is a dump, a log or a book, not an article);
- empty or whitespace only: refused;
- NUL bytes: a binary file (image, PDF, office document), refused; UTF-16 with a byte-order mark is read as text
  (what is not UTF-16 in it, such as a lone surrogate or an odd last byte, as U+FFFD, with a warning);
- not UTF-8: what is UTF-8 is read as UTF-8 and every byte that is not is read as Windows-1252 (Latin-1 for the five
  bytes that code page leaves undefined), the usual legacy encoding of English news text; the file still builds, with
  a warning. Text in another legacy code page (KOI8-R, Shift-JIS) comes out garbled and is then skipped as not English.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

import ftfy

from graph.errors import ArticleError
from graph.model import Problem, Severity

MAX_ARTICLE_BYTES = 5_000_000
"""Default size limit of one article file, and of one record's text (``BuildOptions.max_article_bytes``)."""
_LEGACY_ERRORS = "newsgraph-cp1252"
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def _as_cp1252(exc: UnicodeError) -> tuple[str, int]:
    """A codec error handler: read the bytes that are not UTF-8 as Windows-1252, else Latin-1."""
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    bad = exc.object[exc.start : exc.end]
    chars = []
    for byte in bad:
        try:
            chars.append(bytes([byte]).decode("cp1252"))
        except UnicodeDecodeError:
            chars.append(bytes([byte]).decode("latin-1"))
    return "".join(chars), exc.end


codecs.register_error(_LEGACY_ERRORS, _as_cp1252)


def read_limited(path: Path, max_bytes: int) -> bytes:
    """The bytes of ``path``, refusing a file larger than ``max_bytes`` before reading it."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise ArticleError(path, _too_large(size, max_bytes))
        with path.open("rb") as handle:
            raw = handle.read(max_bytes + 1)  # bounded even if the file grew since stat()
    except OSError as exc:
        raise ArticleError(path, f"cannot read: {exc.strerror or exc}") from exc
    if len(raw) > max_bytes:
        raise ArticleError(path, _too_large(len(raw), max_bytes))
    return raw


def check_bytes(raw: bytes, path: Path, line: int | None = None) -> None:
    """Refuse empty, whitespace-only and binary input."""
    if not raw:
        raise ArticleError(path, "empty file" if line is None else "empty line", line)
    if raw.startswith(_UTF16_BOMS):
        return
    nul = raw.find(b"\x00")
    if nul >= 0:
        raise ArticleError(path, f"binary data, not text (NUL byte at offset {nul})", line)


def decode(raw: bytes, path: Path, line: int | None = None) -> tuple[str, Problem | None]:
    """Text from ``raw``, with a warning when some of it was not UTF-8; line ends become ``\\n``."""
    check_bytes(raw, path, line)
    warning = None
    if raw.startswith(_UTF16_BOMS):
        try:
            text, odd = raw.decode("utf-16"), ""
        except UnicodeDecodeError:
            text = raw.decode("utf-16", errors="replace")
            broken = text.count("\ufffd") - raw.decode("utf-16", errors="ignore").count("\ufffd")
            odd = f"; {broken} piece(s) that are not UTF-16 (a lone surrogate, a cut-off last byte) read as U+FFFD"
        message = f"UTF-16 text, read as such{odd} (save it as UTF-8)"
        warning = Problem(path, message, line, Severity.WARNING)
    else:
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = raw.decode("utf-8-sig", errors=_LEGACY_ERRORS)
            warning = Problem(path, _not_utf8(raw), line, Severity.WARNING)
    text = repair_text(text)
    if not text.strip():
        raise ArticleError(path, "empty: only whitespace, no text", line)
    return text, warning


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


REPAIR = ftfy.TextFixerConfig(
    unescape_html=False,
    remove_terminal_escapes=False,
    fix_latin_ligatures=False,
    fix_character_width=False,
    uncurl_quotes=False,
    fix_line_breaks=False,
    remove_control_chars=False,
    normalization="NFC",
    explain=False,
)
"""What :func:`repair_text` mends: text decoded twice or in the wrong code page ("GuantÃ¡namo" for "Guantánamo"),
then NFC; typographic quotes, ligatures, wide forms and entities stay as written. A sequence that lost a byte
cannot be mended: it stays, or ftfy guesses (a closing quote "â€" before a space becomes "†")."""


def repair_text(text: str) -> str:
    """An article's text with its mojibake mended by ftfy and composed to NFC (a letter and its accent as one
    character, however the source stored them), line ends as ``\n``."""
    return normalise_newlines(ftfy.fix_text(text, REPAIR))


def article_id(path: Path) -> str:
    """A stable id from the file name; the pipeline disambiguates two files with the same name."""
    return re.sub(r"[^A-Za-z0-9_.-]+", "-", path.stem).strip("-.") or "article"


def _too_large(size: int, limit: int) -> str:
    return (
        f"{human_size(size)}, over the {human_size(limit)} limit for one article "
        "(BuildOptions.max_article_bytes); is it really one article?"
    )


def human_size(size: int) -> str:
    """``5 MB``, ``12.3 MB``, ``800 bytes``."""
    return f"{size / 1e6:.3g} MB" if size >= 100_000 else f"{size:,} bytes"


def _not_utf8(raw: bytes) -> str:
    count = len(raw) - len(raw.decode("utf-8", errors="ignore").encode("utf-8"))
    try:
        raw.decode("utf-8")
        first = 0
    except UnicodeDecodeError as exc:
        first = exc.start
    return (
        f"not UTF-8: {count} byte(s) read as Windows-1252 (first: 0x{raw[first]:02x} at offset {first}); "
        "check the text, or save the file as UTF-8"
    )
