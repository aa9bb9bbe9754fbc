"""Name forms the merge compares."""

from __future__ import annotations

import pytest

from graph.merge.naming import pronoun_led


@pytest.mark.parametrize(
    ("text", "led"),
    [("She", True), ("her", True), ("his lawyers", True), ("They", True), ("US", False), ("WHO", False),
     ("His Worship's Court", False), ("Ann Lee", False), ("I", True), ("", False)],
)  # fmt: skip
def test_a_pronoun_or_a_pronoun_s_thing_names_no_one(text: str, led: bool) -> None:
    assert pronoun_led(text) is led
