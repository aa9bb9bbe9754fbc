"""`build NEW --into OUT` adds articles to an earlier build: building split by split equals building all at once."""

from __future__ import annotations

import re
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from cli.app import app
from graph.build import cache
from graph.build.pipeline import BuildOptions, analyse, build
from graph.store import GraphFormat, serialize

pytestmark = pytest.mark.model
runner = CliRunner()

CORPUS = {
    "alpha/kyiv.txt": "date 2022-09-12 Kyiv says forces advance\n\nUkrainian President Volodymyr Zelensky said on "
    "Sunday that “our forces are moving forward in the east”. The Defense Ministry in Moscow did not comment.\n",
    "alpha/moscow.txt": "date 2022-09-13 Moscow answers\n\nKremlin spokesman Dmitry Peskov told reporters on "
    "Monday: “The special military operation continues as planned.” Zelensky said “our forces are moving forward "
    "in the east”, the BBC reported.\n",
    "beta/kyiv.txt": "date 2022-09-14 Council letter\n\nMunicipal deputies in St. Petersburg wrote a letter on "
    "Tuesday. “Putin should resign,” deputy Dmitry Palyuga said, according to the Meduza news site.\n",
    "beta/peskov.txt": "Peskov again\n\nDmitry Peskov said: “The special military operation continues as planned, "
    "and nothing will change.” Ministry of Defense officials repeated it last week.\n",
    "gamma/times.txt": "date 12 September 2022 Reactions\n\nThe New York Times reported that Volodymyr Zelensky "
    "said “we will return every town”. Later, the Times quoted Palyuga.\n",
}
"""Small articles that share speakers, statements and outlets across files; two files are both called kyiv.txt."""
FORMATS = (GraphFormat.turtle, GraphFormat.trig)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[Path], dict[GraphFormat, bytes]]:
    """The corpus written to files, and the exports of building it all at once."""
    root = tmp_path_factory.mktemp("corpus")
    paths = []
    for name, text in CORPUS.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    result = build(paths, BuildOptions(jobs=1))
    return paths, {fmt: serialize(result.dataset, fmt) for fmt in FORMATS}


def exports(folder: Path, inputs: list[Path]) -> dict[GraphFormat, bytes]:
    result = build(inputs, BuildOptions(jobs=1, folder=folder, add=True))
    return {fmt: serialize(result.dataset, fmt) for fmt in FORMATS}


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_any_split_built_incrementally_equals_all_at_once(
    corpus: tuple[list[Path], dict[GraphFormat, bytes]], data: st.DataObject
) -> None:
    paths, expected = corpus
    order = data.draw(st.permutations(paths), label="order")
    cuts = sorted(data.draw(st.sets(st.integers(1, len(paths) - 1), max_size=3), label="cuts"))
    splits = [order[a:b] for a, b in zip([0, *cuts], [*cuts, len(paths)], strict=True)]
    again = data.draw(st.lists(st.sampled_from(paths), max_size=2), label="built again")
    with tempfile.TemporaryDirectory() as folder:
        for split in splits:
            got = exports(Path(folder), split)
        for path in again:  # building an article twice changes nothing
            assert exports(Path(folder), [path]) == got
    assert got == expected


def test_cli_into_adds_keeps_and_replaces(corpus: tuple[list[Path], dict[GraphFormat, bytes]], tmp_path: Path) -> None:
    paths, expected = corpus
    out = tmp_path / "out"
    assert runner.invoke(app, ["build", *map(str, paths[:2]), "-o", str(out), "-j", "1"]).exit_code == 0
    ran = runner.invoke(app, ["build", *map(str, paths[2:]), "--into", str(out), "-j", "1"])
    assert ran.exit_code == 1 and "id 'kyiv' given to 2 inputs" in ran.output, ran.output  # reported, both built
    assert (out / "graph.ttl").read_bytes() == expected[GraphFormat.turtle]
    assert len(cache.load(out)) == len(paths)
    ran = runner.invoke(app, ["build", str(paths[0]), "--into", str(out), "-j", "1"])
    assert ran.exit_code == 1 and (out / "graph.trig").read_bytes() == expected[GraphFormat.trig]

    changed = paths[-1].read_text(encoding="utf-8")
    try:  # a changed file replaces its old facts: the same as building the changed corpus at once
        paths[-1].write_text(changed.replace("every town", "every single village"), encoding="utf-8")
        assert runner.invoke(app, ["build", str(paths[-1]), "--into", str(out), "-j", "1"]).exit_code == 1
        fresh = serialize(build(paths, BuildOptions(jobs=1)).dataset, GraphFormat.turtle)
    finally:
        paths[-1].write_text(changed, encoding="utf-8")
    assert (out / "graph.ttl").read_bytes() == fresh
    assert b"every single village" in fresh and b"every town" not in fresh


def test_the_map_is_one_page_in_any_order_and_however_built(
    corpus: tuple[list[Path], dict[GraphFormat, bytes]], tmp_path: Path
) -> None:
    paths, _ = corpus
    said: list[str] = []

    def page(name: str, *builds: list[Path]) -> str:
        out = tmp_path / name
        for i, inputs in enumerate(builds):
            ran = runner.invoke(app, ["build", *map(str, inputs), "--into" if i else "-o", str(out)])
            assert ran.exit_code in (0, 1), ran.output  # 1: the two kyiv.txt files share an id (a warning)
            said.append(ran.output)
        return (out / "graph.html").read_text(encoding="utf-8")

    whole = page("whole", paths)
    assert "analysed 5 articles in 1 process\n" in said[-1], "a small build runs in one process by default"
    assert page("reversed", paths[::-1]) == whole
    assert page("parts", paths[3:], paths[:3]) == whole
    assert f"analysed 3 articles in 1 process; 2 reused from {tmp_path / 'parts'}\n" in said[-1]
    title = re.findall(r"<title>(.*?)</title>", whole)
    assert title == ["Volodymyr Zelensky, Dmitry Peskov, Dmitry Palyuga: 5 articles, 2022-09-12 to 2022-09-14"]
    assert str(tmp_path) not in whole and "kyiv.txt" not in title[0]
    named = runner.invoke(app, ["build", str(paths[0]), "--into", str(tmp_path / "whole"), "--title", "Kyiv & co"])
    assert named.exit_code in (0, 1), named.output
    assert "<title>Kyiv &amp; co</title>" in (tmp_path / "whole" / "graph.html").read_text(encoding="utf-8")


def test_cli_into_refuses_what_it_cannot_add_to(
    corpus: tuple[list[Path], dict[GraphFormat, bytes]], tmp_path: Path
) -> None:
    paths, _ = corpus
    bare = tmp_path / "bare"
    bare.mkdir()
    (bare / "graph.ttl").write_text("", encoding="utf-8")
    ran = runner.invoke(app, ["build", str(paths[0]), "--into", str(bare)])
    assert ran.exit_code == 2 and "no kept facts" in ran.output
    ran = runner.invoke(app, ["build", str(paths[0]), "--into", str(bare), "-o", str(tmp_path / "elsewhere")])
    assert ran.exit_code == 2 and "not both" in re.sub(r"[\s│]+", " ", ran.output)  # inside a wrapped panel


def test_nothing_to_analyse_loads_no_model() -> None:
    """An incremental build whose articles are all kept analyses nothing, so it must not load (or need) a model."""
    assert list(analyse([], BuildOptions(model="no_such_pipeline"))) == []


def test_a_workers_facts_text_is_kept_as_the_same_bytes(tmp_path: Path) -> None:
    """Facts a worker already wrote as JSON are kept as exactly the file the main process would write."""
    import datetime as dt
    import json

    from graph.model import ActorKind, Article, ArticleFacts, Mention, Span

    article = Article(id="a1", text="Ünïcode “quote” by Putin", published=dt.date(2022, 9, 12), path=tmp_path / "a.txt")
    facts = ArticleFacts(article, mentions=[Mention(Span(19, 24), "Putin", ActorKind.PERSON)])
    plain = cache.CachedFacts("src#a1", cache.digest(article), "fp", facts)
    worked = cache.CachedFacts("src#a1", cache.digest(article), "fp", facts, cache.facts_json(facts))
    cache.save(tmp_path / "plain", [plain])
    cache.save(tmp_path / "worked", [worked])
    (one,) = (tmp_path / "plain" / cache.FACTS_FOLDER).glob("*.json")
    (two,) = (tmp_path / "worked" / cache.FACTS_FOLDER).glob("*.json")
    assert one.read_bytes() == two.read_bytes()
    expected = {"format": cache.FORMAT, "source": "src#a1", "digest": plain.digest, "fingerprint": "fp"}
    expected["facts"] = cache.encode(facts)
    assert one.read_text(encoding="utf-8") == json.dumps(expected, ensure_ascii=False, sort_keys=True)
    assert cache.load(tmp_path / "worked")["src#a1"].facts == facts


def test_the_fingerprint_covers_every_module_extraction_imports(tmp_path: Path) -> None:
    """Editing any module the extractors use (``names.py``, found only through their imports) re-extracts."""
    root = tmp_path / "graph"
    shutil.copytree(Path(cache.__file__).resolve().parents[1], root, ignore=shutil.ignore_patterns("__pycache__"))
    files = {path.relative_to(root).as_posix() for path in cache.extraction_files(root)}
    assert {"names.py", "model.py", "errors.py", "nlp/rules.py", "extract/actors.py", "articles/txt.py"} <= files
    assert not any(name.startswith(("merge/", "rdf/", "render/", "store/", "build/")) for name in files)
    before = cache.code_fingerprint(root)
    for name in sorted(files):
        path = root / name
        original = path.read_bytes()
        path.write_bytes(original + b"\n# edited\n")
        assert cache.code_fingerprint(root) != before, name
        path.write_bytes(original)
    assert cache.code_fingerprint(root) == before


def test_a_module_that_extraction_newly_imports_joins_the_fingerprint(tmp_path: Path) -> None:
    root = tmp_path / "graph"
    shutil.copytree(Path(cache.__file__).resolve().parents[1], root, ignore=shutil.ignore_patterns("__pycache__"))
    assert "merge/greedy.py" not in {p.relative_to(root).as_posix() for p in cache.extraction_files(root)}
    marks = root / "extract" / "marks.py"
    marks.write_text(marks.read_text() + "\n\ndef _later() -> None:\n    from graph.merge import greedy\n")
    assert "merge/greedy.py" in {p.relative_to(root).as_posix() for p in cache.extraction_files(root)}
