"""Fixtures for the render tests: the sample graphs and, for ``browser`` tests, one headless Chromium per module."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from graph.render import RenderSummary, render_html
from tests.render.browser import launch, missing_reason
from tests.render.sample_graph import story_graph


@pytest.fixture
def story_page(tmp_path: Path) -> tuple[Path, RenderSummary]:
    path = tmp_path / "story.html"
    return path, render_html(story_graph(), path, title="Calls for Putin to resign")


@pytest.fixture(scope="module")
def chromium(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """A browser context with a fresh profile; skips with the reason when Chromium or playwright is missing."""
    reason = missing_reason()
    if reason:
        pytest.skip(f"browser tests need headless Chromium: {reason}")
    with launch(tmp_path_factory.mktemp("chromium-profile")) as context:
        yield context
