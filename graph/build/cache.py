"""The facts of every article a build folder holds, kept so that later builds re-merge them without re-running spaCy.

``OUT/.newsgraph/facts/<key>.json`` holds one article's :class:`~graph.model.ArticleFacts` as JSON, written
generically from the dataclasses of ``graph/model.py`` (whatever fields they gain), with the fingerprint of the
code and model that extracted them. An article is known by its source (resolved file path and reader id): the same
source with the same content is reused as it is, a changed one replaces its old facts, and facts made by other
extractor code or another model are extracted again from the article they keep.
"""

from __future__ import annotations

import ast
import dataclasses
import datetime as dt
import functools
import hashlib
import json
import types
import typing
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum
from importlib import metadata
from pathlib import Path
from typing import Any

from graph.errors import InputError
from graph.model import Article, ArticleFacts

FORMAT = 1
"""The layout of a facts file; a file of another format is not read."""
FACTS_FOLDER = Path(".newsgraph") / "facts"
"""Where, inside a build folder, the facts are kept."""
EXTRACTION = ("graph.articles", "graph.nlp", "graph.extract")
"""The packages that decide what is extracted: the readers, the language model and the extractors. With every module
of ``graph`` they import, found from their own import statements, they make the code part of the fingerprint."""
_NONE = type(None)


@dataclass(slots=True)
class CachedFacts:
    """One article's facts, where they came from, and what extracted them."""

    source: str
    digest: str
    fingerprint: str
    facts: ArticleFacts
    text: str | None = None
    """The facts as they are kept (:func:`facts_json`), when the worker that extracted them wrote it already."""


def source_key(article: Article) -> str:
    """The identity of an article's source: its resolved file and the id its reader gave it."""
    path = str(article.path.resolve()) if article.path else ""
    return f"{path}#{article.id}"


def digest(article: Article) -> str:
    """A hash of everything the reader found in the article, except where it was and what it was called."""
    content = {k: v for k, v in encode(article).items() if k not in {"id", "path", "given_id"}}
    return hashlib.sha256(json.dumps(content, sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()


@functools.cache
def fingerprint(model: str | None) -> str:
    """What extracted the facts: the extraction code, the spaCy version, the pipeline asked for and its version."""
    from graph.nlp.loader import DEFAULT_PIPELINES

    sha = hashlib.sha256(code_fingerprint(Path(__file__).resolve().parents[1]).encode())
    for package in ("spacy", *((model,) if model else DEFAULT_PIPELINES)):
        try:
            version = metadata.version(package.replace("_", "-"))
        except metadata.PackageNotFoundError:
            version = "-"
        sha.update(f"{package}={version}\0".encode())
    return sha.hexdigest()[:16]


def code_fingerprint(root: Path) -> str:
    """A hash of the extraction code under ``root`` (the ``graph`` folder): each of :func:`extraction_files`."""
    sha = hashlib.sha256()
    for path in extraction_files(root):
        sha.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return sha.hexdigest()


def extraction_files(root: Path) -> list[Path]:
    """The source files of :data:`EXTRACTION` and of every module of ``graph`` they import, directly or not."""
    todo = [path for name in EXTRACTION for path in _module_folder(root, name).rglob("*.py")]
    seen: set[Path] = set()
    while todo:
        path = todo.pop()
        if path in seen:
            continue
        seen.add(path)
        for name in _imported(path):
            todo.extend(_module_files(root, name))
    return sorted(seen)


def _module_folder(root: Path, name: str) -> Path:
    return root.joinpath(*name.split(".")[1:])


def _module_files(root: Path, name: str) -> list[Path]:
    """The files that importing ``name`` runs: the module and the ``__init__`` of each package above it."""
    parts = name.split(".")
    if parts[0] != "graph":
        return []
    files = [root.joinpath(*parts[1:i], "__init__.py") for i in range(1, len(parts) + 1)]
    files.append(root.joinpath(*parts[1:]).with_suffix(".py"))
    return [path for path in files if path.is_file()]


def _imported(path: Path) -> set[str]:
    """Every module ``path`` imports, at any level of its code (``from a import b`` counts ``a`` and ``a.b``)."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_bytes())):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def check_addable(folder: Path) -> None:
    """Refuse to add articles to ``folder`` when it holds a graph but not the facts it was built from: the added
    articles would replace the story instead of joining it."""
    if (folder / "graph.ttl").exists() and not (folder / FACTS_FOLDER).is_dir():
        raise InputError(f"{folder} holds a graph but no kept facts to add to; build it again with `-o {folder}`")


def load(folder: Path) -> dict[str, CachedFacts]:
    """Every article kept in the build folder ``folder``, by source; an empty dict when it keeps none."""
    entries: dict[str, CachedFacts] = {}
    for path in sorted((folder / FACTS_FOLDER).glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("format") != FORMAT:
                raise ValueError(f"format {data.get('format')!r}, expected {FORMAT}")
            facts = _facts(data)
            entry = CachedFacts(data["source"], data["digest"], data["fingerprint"], facts)
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise InputError(
                f"kept facts {path} cannot be read ({exc}); rebuild {folder} from the articles with `-o {folder}`"
            ) from exc
        entries[entry.source] = entry
    return entries


def _facts(data: dict[str, Any]) -> ArticleFacts:
    """The facts of an entry; when they no longer fit the model, the article alone, to be extracted again."""
    try:
        facts = decode(ArticleFacts, data["facts"])
    except (ValueError, KeyError, TypeError):
        facts = ArticleFacts(decode(Article, data["facts"]["article"]))
        data["fingerprint"] = ""
    assert isinstance(facts, ArticleFacts)
    return facts


def save(
    folder: Path, entries: Iterable[CachedFacts], unchanged: Iterable[str] = (), loaded: Iterable[str] | None = None
) -> None:
    """Keep ``entries`` in ``folder``: write those not among ``unchanged`` sources, and remove the facts of the
    ``loaded`` sources (those :func:`load` gave this build) that are not among them. Facts of any other source are
    never removed: they are not this build's to judge. ``loaded=None``: keep exactly ``entries``, removing the rest."""
    target = folder / FACTS_FOLDER
    skip = set(unchanged)
    keep: set[str] = set()
    for entry in entries:
        name = _file_name(entry.source)
        keep.add(name)
        if entry.source in skip and (target / name).is_file():
            continue
        write(folder, entry)
    known = {p.name for p in target.glob("*.json")} if loaded is None else {_file_name(s) for s in loaded}
    for name in known - keep:
        (target / name).unlink(missing_ok=True)


def write(folder: Path, entry: CachedFacts) -> None:
    """Keep one article's facts in ``folder`` (replacing its earlier file atomically)."""
    from graph.atomic import write_atomic

    target = folder / FACTS_FOLDER
    target.mkdir(parents=True, exist_ok=True)
    write_atomic(target / _file_name(entry.source), _document(entry), sync=False)


def facts_json(facts: ArticleFacts) -> str:
    """The JSON text an article's facts are kept as (keys sorted, so the same facts give the same bytes)."""
    return json.dumps(encode(facts), ensure_ascii=False, sort_keys=True)


def _document(entry: CachedFacts) -> str:
    """A facts file: ``json.dumps`` of the entry's fields with sorted keys, the facts spliced in as their text."""
    facts = entry.text if entry.text is not None else facts_json(entry.facts)

    def value(item: object) -> str:
        return json.dumps(item, ensure_ascii=False)

    return (
        f'{{"digest": {value(entry.digest)}, "facts": {facts}, "fingerprint": {value(entry.fingerprint)}, '
        f'"format": {FORMAT}, "source": {value(entry.source)}}}'
    )


def _file_name(source: str) -> str:
    return hashlib.sha1(source.encode("utf-8")).hexdigest()[:20] + ".json"


_PLAIN = frozenset({str, int, float, bool, _NONE})


@functools.cache
def _field_names(kind: Any) -> tuple[str, ...] | None:
    """The fields of a dataclass type, in order; None for any other type."""
    return tuple(f.name for f in dataclasses.fields(kind)) if dataclasses.is_dataclass(kind) else None


def encode(value: Any) -> Any:
    """``value`` (dataclasses of ``graph.model``, enums, dates, paths, lists, tuples) as plain JSON data."""
    kind = type(value)
    if kind in _PLAIN:  # most values: checked first, by exact type (a StrEnum is a str, but not of type str)
        return value
    names = _field_names(kind)  # type: ignore[arg-type]  # every type is hashable
    if names is not None:
        return {name: encode(getattr(value, name)) for name in names}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, list | tuple):
        return [encode(item) for item in value]
    if value is None or isinstance(value, str | int | float):
        return value
    raise TypeError(f"cannot keep a {type(value).__name__} in the facts cache (expected a graph.model dataclass)")


def decode(kind: Any, data: Any) -> Any:
    """The value of type ``kind`` that :func:`encode` turned into ``data``; raises ValueError when it does not fit."""
    origin = typing.get_origin(kind)
    if origin in {typing.Union, types.UnionType}:
        return _decode_union(kind, data)
    if origin is list:
        return [decode(typing.get_args(kind)[0], item) for item in _list(data)]
    if origin is tuple:
        return _decode_tuple(kind, data)
    if dataclasses.is_dataclass(kind) and isinstance(kind, type):
        return _decode_dataclass(kind, data)
    return _decode_plain(kind, data)


def _decode_union(kind: Any, data: Any) -> Any:
    """The first of the union's types that ``data`` fits (None for null where the union allows it)."""
    options = typing.get_args(kind)
    if data is None and _NONE in options:
        return None
    for option in (o for o in options if o is not _NONE):
        try:
            return decode(option, data)
        except (ValueError, TypeError, KeyError):
            continue
    raise ValueError(f"{data!r:.60} fits none of {kind}")


def _decode_tuple(kind: Any, data: Any) -> tuple[Any, ...]:
    """``tuple[X, ...]`` of any length, or a tuple of as many items as its types."""
    args = typing.get_args(kind)
    if len(args) == 2 and args[1] is Ellipsis:
        return tuple(decode(args[0], item) for item in _list(data))
    return tuple(decode(arg, item) for arg, item in zip(args, _list(data), strict=True))


def _decode_dataclass(kind: type, data: Any) -> Any:
    """A ``graph.model`` dataclass from its fields; a field it does not have is refused."""
    if not isinstance(data, dict):
        raise ValueError(f"expected an object for {kind.__name__}, got {data!r:.60}")
    hints = _hints(kind)
    unknown = set(data) - set(hints)
    if unknown:
        raise ValueError(f"{kind.__name__} has no field {sorted(unknown)[0]!r}")
    return kind(**{name: decode(hints[name], value) for name, value in data.items()})


def _decode_plain(kind: Any, data: Any) -> Any:
    """An enum member, a date, a path, or a JSON scalar of exactly the type asked for (an int for a float)."""
    if isinstance(kind, type) and issubclass(kind, Enum):
        return kind(data)
    if kind is dt.date:
        return dt.date.fromisoformat(data)
    if kind is Path:
        return Path(data)
    if kind is float and isinstance(data, int | float) and not isinstance(data, bool):
        return float(data)
    if kind in {str, int, bool} and type(data) is kind:
        return data
    if kind is Any:
        return data
    raise ValueError(f"expected {kind}, got {data!r:.60}")


def _list(data: Any) -> list[Any]:
    if not isinstance(data, list):
        raise ValueError(f"expected a list, got {data!r:.60}")
    return data


@functools.cache
def _hints(kind: type) -> dict[str, Any]:
    hints = typing.get_type_hints(kind)
    return {f.name: hints[f.name] for f in dataclasses.fields(kind)}
