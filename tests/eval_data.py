"""Tests that read the shared evaluation data (``../shared/eval``): skipped on a machine without it, failed in CI.

The data never enters the repository. A developer's checkout may lack it, and the quality gates then skip with a
reason; CI always has it (a copy of ``shared/`` beside the clone), so there a missing corpus fails the gates instead
of letting them pass as skipped.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

IN_CI = bool(os.environ.get("CI"))


def needs(path: Path, what: str) -> pytest.MarkDecorator:
    """Skip the test when ``path`` is missing, unless this is CI, where the test runs and fails on the missing file."""
    return pytest.mark.skipif(
        not path.exists() and not IN_CI, reason=f"{what} not found at {path} (kept outside the project; CI has it)"
    )
