"""Files that are never seen half-written: every output of newsgraph is written through a temporary file in the same
folder, flushed to disk, and renamed over the old one."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO


def write_atomic(path: Path, data: bytes | str, *, sync: bool = True) -> None:
    """Write ``data`` (text is written as UTF-8, its line ends kept) to ``path``: never a half-written file."""
    with open_atomic(path, sync=sync) as handle:
        handle.write(data.encode("utf-8") if isinstance(data, str) else data)


@contextlib.contextmanager
def open_atomic(path: Path, *, sync: bool = True) -> Iterator[BinaryIO]:
    """A binary file that becomes ``path`` when the block ends without an error, and never exists half-written.

    The file gets the permissions of any new file (``0o666`` less the umask), not ``mkstemp``'s owner-only ones.
    ``sync`` flushes it to the disk before the rename, so a crash leaves the old file or the new one; only files
    that can be made again at no cost to the user (the kept facts, extracted again when lost) skip it.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            if sync:
                handle.flush()
                os.fsync(handle.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
