"""Assemble the single self-contained HTML page.

Every script and style is inlined: vis-network 9.1.2 (the JavaScript and CSS bundled inside the pyvis package) and
the page's own ``graph/render/static/page.css`` and script (:data:`PAGE_SCRIPTS`, joined into one). There is no CDN
link at all, so the page works from ``file://`` with no network; a Content-Security-Policy with ``default-src 'none'``
and a hash for each inline script makes that a rule the browser enforces, and stops any script that is not ours from
running even if markup were ever injected.

The data (:class:`graph.render.payload.Payload`) travels as JSON inside ``<script type="application/json">`` with
``<``, ``>`` and ``&`` escaped (and all non-ASCII, U+2028/2029 included), so no quote or name can close the element or
be parsed as markup.
"""

from __future__ import annotations

import base64
import hashlib
import html
import importlib.util
import json
import re
from functools import cache
from importlib import resources
from pathlib import Path

from graph.render.payload import Payload

VIS_VERSION = "9.1.2"
_SLOT = re.compile(r"\{\{(\w+)\}\}")


def script_json(value: object) -> str:
    """``value`` as JSON that is inert inside a ``<script>`` element: no ``</script>``, ``<!--`` or raw ``&``."""
    text = json.dumps(value, ensure_ascii=True, separators=(",", ":"), allow_nan=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")  # faster than translate


@cache
def vis_assets() -> tuple[str, str]:
    """vis-network's (JavaScript, CSS) as the pyvis package ships them, read without importing pyvis (and IPython)."""
    spec = importlib.util.find_spec("pyvis")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("pyvis is not installed: newsgraph's page inlines the vis-network it bundles")
    lib = Path(next(iter(spec.submodule_search_locations))) / "templates" / "lib" / f"vis-{VIS_VERSION}"
    js = (lib / "vis-network.min.js").read_text(encoding="utf-8")
    return js, (lib / "vis-network.css").read_text(encoding="utf-8")


PAGE_SCRIPTS = (
    "page-1-data.js",
    "page-2-view.js",
    "page-3-details.js",
    "page-4-graph.js",
    "page-5-timeline.js",
    "page-5-lanes.js",
    "page-6-controls.js",
    "page-7-search.js",
    "page-8-layout.js",
    "page-9-link.js",
)
"""The page's script, in ``graph/render/static/``, in the order it runs: the data and what the page derives from it
(the data's fields are listed at the top of the first), the view's state and filters, the details panel, the
network, the timeline, the header and filter controls, search."""


@cache
def static_asset(name: str) -> str:
    return resources.files("graph.render").joinpath("static", name).read_text(encoding="utf-8")


@cache
def page_script() -> str:
    """:data:`PAGE_SCRIPTS` joined, in order, into one strict-mode function run once: the files share its scope."""
    body = "\n".join(static_asset(name) for name in PAGE_SCRIPTS)
    return f'(function () {{\n"use strict";\n\n{body}}})();\n'


def build_html(title: str, data: Payload) -> str:
    vis_js, vis_css = vis_assets()
    page_js = page_script()
    scripts = {"vis_js": vis_js, "page_js": page_js}
    styles = {"vis_css": vis_css, "page_css": static_asset("page.css")}
    for name, code in scripts.items():
        _check_inline(name, code, "</script", "<!--")
    for name, code in styles.items():
        _check_inline(name, code, "</style")
    hashes = " ".join(f"'sha256-{_sha256(code)}'" for code in scripts.values())
    csp = (
        f"default-src 'none'; script-src {hashes}; style-src 'unsafe-inline'; img-src data:; font-src data:; "
        "connect-src 'none'; base-uri 'none'; form-action 'none'"
    )
    slots = {
        "csp": csp,
        "title": html.escape(title, quote=True),
        "data": script_json(data),
        **scripts,
        **styles,
    }
    return _SLOT.sub(lambda m: slots[m[1]], static_asset("page.html"))


def _sha256(code: str) -> str:
    return base64.b64encode(hashlib.sha256(code.encode("utf-8")).digest()).decode("ascii")


def _check_inline(name: str, code: str, *forbidden: str) -> None:
    lowered = code.lower()
    for token in forbidden:
        if token in lowered:
            raise ValueError(f"{name} contains {token!r} and cannot be inlined safely")
