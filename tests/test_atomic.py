"""graph.atomic: an output is the old file or the whole new one, never half of either."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from graph.atomic import open_atomic, write_atomic


def test_a_write_that_fails_half_way_keeps_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    path = tmp_path / "graph.ttl"
    path.write_bytes(b"old")
    with pytest.raises(RuntimeError, match="disk full"), open_atomic(path) as handle:
        handle.write(b"half of the new")
        raise RuntimeError("disk full")
    assert path.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.ttl"]


@pytest.mark.parametrize("sync", [True, False])
def test_text_is_written_as_utf8_with_its_line_ends(tmp_path: Path, sync: bool) -> None:
    path = tmp_path / "deep" / "page.html"
    write_atomic(path, "Кадыров\r\nsaid\n", sync=sync)
    assert path.read_bytes() == "Кадыров\r\nsaid\n".encode()


def test_outputs_get_the_permissions_of_any_new_file(tmp_path: Path) -> None:
    umask = os.umask(0o027)
    try:
        write_atomic(tmp_path / "out.bin", b"x")
    finally:
        os.umask(umask)
    assert stat.S_IMODE((tmp_path / "out.bin").stat().st_mode) == 0o640
