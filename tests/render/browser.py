"""Open a rendered page in headless Debian Chromium, offline, and record what it did.

Driven with the ``playwright`` Python package against the system browser (``apt-get install chromium``); playwright's
own browser download is never used. ``screenshot()`` is also a command, for the README picture::

    python tests/render/browser.py out/graph.html docs/screenshot.png [--width 1400 --height 900]
"""

from __future__ import annotations

import argparse
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)
READY_TIMEOUT_MS = 60_000


def chromium_path() -> str | None:
    """The system Chromium, or ``None``: ``$NEWSGRAPH_CHROMIUM``, else ``chromium`` / ``chromium-browser`` on PATH."""
    for candidate in (os.environ.get("NEWSGRAPH_CHROMIUM"), "chromium", "chromium-browser"):
        if candidate and (found := shutil.which(candidate)):
            return found
    return None


def missing_reason() -> str | None:
    """Why the browser tests cannot run here, or ``None`` when they can."""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the playwright Python package is not installed (pip install playwright; no browser download needed)"
    if chromium_path() is None:
        return "no system Chromium (apt-get install chromium)"
    return None


@dataclass
class PageRecord:
    """What the page did while open: console errors, page errors, dialogs and every request it made."""

    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)

    @property
    def off_disk_requests(self) -> list[str]:
        return [url for url in self.requests if not url.startswith(("file://", "data:", "blob:", "about:"))]


@contextmanager
def launch(profile: Path | None = None, *, width: int = 1400, height: int = 900) -> Iterator[Any]:
    """A headless Chromium browser context with a fresh profile in ``profile`` (a temporary folder if ``None``)."""
    from playwright.sync_api import sync_playwright

    executable = chromium_path()
    if executable is None:
        raise RuntimeError(missing_reason() or "no chromium")
    with _profile_dir(profile) as user_data, sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            str(user_data),
            executable_path=executable,
            headless=True,
            args=list(CHROMIUM_FLAGS),
            viewport={"width": width, "height": height},
            device_scale_factor=1,
            service_workers="block",
        )
        try:
            yield context
        finally:
            context.close()


def open_in(context: Any, html_path: Path) -> tuple[Any, PageRecord]:
    """Open ``html_path`` from ``file://`` in a new tab of ``context`` and wait for its first layout.

    Requests that leave the disk are recorded and aborted; dialogs are recorded and dismissed.
    """
    record = PageRecord()
    page = context.new_page()
    page.route("**/*", lambda route: _only_files(route, record))
    page.on("console", lambda msg: msg.type == "error" and record.console_errors.append(msg.text))
    page.on("pageerror", lambda err: record.page_errors.append(str(err)))
    page.on("request", lambda req: record.requests.append(req.url))
    page.on("dialog", lambda dialog: (record.dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(Path(html_path).resolve().as_uri())
    wait_ready(page)
    return page, record


@contextmanager
def open_page(
    html_path: Path, *, width: int = 1400, height: int = 900, profile: Path | None = None
) -> Iterator[tuple[Any, PageRecord]]:
    """Yield ``(page, record)`` for ``html_path`` in a browser of its own, once the first layout is done."""
    with launch(profile, width=width, height=height) as context:
        yield open_in(context, html_path)


def wait_ready(page: Any, layouts: int = 1) -> None:
    """Wait until the page has finished ``layouts`` layouts (each ends with physics switched off)."""
    page.wait_for_function(
        "n => window.newsgraph && window.newsgraph.ready && window.newsgraph.layouts >= n",
        arg=layouts,
        timeout=READY_TIMEOUT_MS,
    )


def screenshot(
    html_path: Path, png_path: Path, width: int = 1400, height: int = 900, *, context: Any = None
) -> PageRecord:
    """Save a PNG of the page as a reader first sees it; returns what the page did.

    Launches its own browser unless given a ``context`` from :func:`launch` (whose viewport then applies).
    """
    if context is None:
        with launch(width=width, height=height) as own:
            return screenshot(html_path, png_path, width, height, context=own)
    page, record = open_in(context, Path(html_path))
    try:
        page.wait_for_timeout(300)  # the final fit() is drawn on the next animation frame
        Path(png_path).parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(png_path))
    finally:
        page.close()
    return record


def _only_files(route: Any, record: PageRecord) -> None:
    url = route.request.url
    if url.startswith(("file://", "data:", "blob:")):
        route.continue_()
    else:
        record.requests.append(url)
        route.abort()


@contextmanager
def _profile_dir(given: Path | None) -> Iterator[Path]:
    if given is not None:
        given.mkdir(parents=True, exist_ok=True)
        yield given
        return
    with tempfile.TemporaryDirectory(prefix="newsgraph-chromium-") as tmp:
        yield Path(tmp)


def main() -> None:
    parser = argparse.ArgumentParser(description="Screenshot a newsgraph page in headless Chromium.")
    parser.add_argument("html", type=Path)
    parser.add_argument("png", type=Path)
    parser.add_argument("--width", type=int, default=1400)
    parser.add_argument("--height", type=int, default=900)
    args = parser.parse_args()
    record = screenshot(args.html, args.png, args.width, args.height)
    for problem in (*record.console_errors, *record.page_errors, *record.off_disk_requests, *record.dialogs):
        print("warning:", problem)


if __name__ == "__main__":
    main()
