"""One build at a time in a build folder, and nothing left behind by a build that was killed.

A build into ``OUT`` holds an exclusive operating-system lock on ``OUT/.newsgraph/lock`` (``flock`` on POSIX,
``msvcrt.locking`` on Windows) from before it reads the facts kept there until it has written its last file. A second
build into the same folder waits for the first to finish (its caller is told once, with the holder's process id) and
then starts from what the first one left, so two builds into one folder give what the two give one after the other,
and neither deletes what the other kept. The lock belongs to an open file, so the operating system releases it when
its process ends, however it ends: a killed build never leaves a folder locked.

Only a build holding the lock writes into the folder, so the temporary files found there when the lock is taken
(``.NAME.*.tmp`` of the outputs and of the kept facts, see :func:`graph.atomic.open_atomic`) are a killed build's,
and are removed. The lock is re-entrant within a thread: :func:`graph.build.pipeline.build` and
:func:`graph.build.pipeline.write_outputs` each take it, and a caller that holds it around both makes them one build;
another thread waits for it as another process does (each takes it through a file of its own).
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TextIO

from graph.build.cache import FACTS_FOLDER

LOCK_FILE = FACTS_FOLDER.parent / "lock"
OUTPUTS = ("graph.ttl", "graph.trig", "graph.html")
"""The files a build writes into its folder."""
_HELD: dict[tuple[Path, int], int] = {}
"""Folders whose lock a thread of this process holds (by folder and thread), and how many times it was taken."""

Waiting = Callable[[str], None]
"""Told, once, why the build waits before it starts."""


def _ignore(message: str) -> None:
    return None


@contextlib.contextmanager
def locked(folder: Path, waiting: Waiting = _ignore) -> Iterator[None]:
    """Hold the lock of the build folder ``folder`` (created if missing) for the block, waiting while another process
    holds it. Raises ``NotADirectoryError`` when ``folder`` is a file, and ``OSError`` when it cannot be written."""
    key = (folder.resolve(), threading.get_ident())
    if key in _HELD:
        _HELD[key] += 1
        try:
            yield
        finally:
            _HELD[key] -= 1
        return
    if folder.exists() and not folder.is_dir():
        raise NotADirectoryError(errno.ENOTDIR, "a file, not a folder: a build writes into a folder", str(folder))
    (folder / LOCK_FILE).parent.mkdir(parents=True, exist_ok=True)
    with open(folder / LOCK_FILE, "a+", encoding="ascii") as handle:
        if not _try_lock(handle.fileno()):
            waiting(f"{folder} is in use by another build (process {_holder(handle)}); waiting for it to finish")
            _lock(handle.fileno())
        handle.seek(0)
        handle.truncate()
        handle.write(f"{os.getpid()}\n")
        handle.flush()
        _HELD[key] = 1
        try:
            remove_temporaries(folder)
            yield
        finally:
            del _HELD[key]  # closing the file releases the lock


def _holder(handle: TextIO) -> str:
    """The process id the lock file names (Windows does not let a locked file be read: "unknown" there)."""
    try:
        handle.seek(0)
        return handle.read().strip() or "unknown"
    except OSError:
        return "unknown"


def remove_temporaries(folder: Path) -> None:
    """Remove what writes into ``folder`` that never finished left behind (call it only while holding the lock)."""
    stale = [path for name in OUTPUTS for path in folder.glob(f".{name}.*.tmp")]
    stale += (folder / FACTS_FOLDER).glob(".*.json.*.tmp")
    for path in stale:
        path.unlink(missing_ok=True)


if sys.platform == "win32":
    import msvcrt
    import time

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, 0, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _lock(fd: int) -> None:
        while not _try_lock(fd):
            time.sleep(0.5)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX)
