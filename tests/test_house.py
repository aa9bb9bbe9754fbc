"""The house: ``graph/`` is laid out by pipeline stage, and no module imports from a later stage or in a circle.

Every import counts, at module level or inside a function, under ``TYPE_CHECKING`` or not: a function-level import
of a later stage is the same dependency, only hidden.
"""

from __future__ import annotations

import ast
from pathlib import Path

import networkx as nx

ROOT = Path(__file__).resolve().parents[1]
GROUND = (
    "graph",
    "graph.model",
    "graph.story",
    "graph.errors",
    "graph.names",
    "graph.given_names",
    "graph.atomic",
    "ontology",
)
"""Modules every stage may use; they use no stage."""
STAGES = (
    "graph.articles",
    "graph.nlp",
    "graph.extract",
    "graph.merge",
    "graph.rdf",
    "graph.store",
    "graph.render",
    "graph.export",
    "graph.build",
    "cli",
)
"""The pipeline, in order: a stage imports the ground, itself and the stages before it, never one after it."""


def _module(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = _module(path) if path.name == "__init__.py" else _module(path).rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return found


def _house() -> nx.DiGraph:
    paths = [
        *ROOT.joinpath("graph").rglob("*.py"),
        *ROOT.joinpath("cli").rglob("*.py"),
        *ROOT.joinpath("ontology").rglob("*.py"),
    ]
    modules = {_module(path): path for path in paths}
    house = nx.DiGraph()
    house.add_nodes_from(modules)
    for name, path in modules.items():
        for imported in _imports(path):
            if imported in modules and imported != name:
                house.add_edge(name, imported)
    return house


def _stage(module: str) -> int:
    if module in GROUND or module.startswith("ontology."):
        return -1
    for rank, stage in enumerate(STAGES):
        if module == stage or module.startswith(stage + "."):
            return rank
    raise AssertionError(f"{module} belongs to no stage: add it to a stage folder or to the ground")


def test_every_module_belongs_to_a_stage_or_the_ground() -> None:
    for module in _house():
        _stage(module)


def test_no_module_imports_from_a_later_stage() -> None:
    upward = [
        f"{a} -> {b}"
        for a, b in _house().edges
        if _stage(b) > _stage(a) and not (a == "graph" and b.startswith("graph."))
    ]
    assert upward == []


def test_no_import_circle() -> None:
    house = _house()
    # A package's __init__ that hands on its modules' names is its face, not a step in a circle.
    faces = [(a, b) for a, b in house.edges if b.startswith(a + ".")]
    house.remove_edges_from(faces)
    assert list(nx.simple_cycles(house)) == []


def test_the_folders_of_graph_read_as_the_pipeline() -> None:
    folders = sorted(p.name for p in ROOT.joinpath("graph").iterdir() if p.joinpath("__init__.py").exists())
    assert folders == sorted(stage.split(".")[1] for stage in STAGES if stage.startswith("graph."))
    loose = sorted(p.stem for p in ROOT.joinpath("graph").glob("*.py") if p.stem != "__init__")
    assert loose == sorted(module.split(".")[1] for module in GROUND if module.startswith("graph."))


def test_the_mapping_imports_nothing_from_the_merge() -> None:
    """What the merge decides travels on the Story: ``graph.rdf`` maps it and imports no ``graph.merge`` module."""
    house = _house()
    assert [f"{a} -> {b}" for a, b in house.edges if a.startswith("graph.rdf") and b.startswith("graph.merge")] == []
