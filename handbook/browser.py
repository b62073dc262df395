"""The browser plumbing that the exports and the tests share.

- the system Chromium, found once and the same way everywhere (never a
  downloaded browser: the machines reach no browser download site);
- a local static server for a built site, and the list of its pages;
- the page scripts (handbook/js/*.js) that run inside the page.

Material draws each diagram into a closed shadow root; ``OPEN_SHADOW_ROOTS``
is an init script that opens them, so that a test or the exporter can see
whether the SVG is there.
"""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

# Headless as root on a machine without a GPU or a network: no sandbox, no
# GPU process, no background requests to Google's hosts.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome")
CHROMIUM_FALLBACK = "/usr/bin/chromium"
SCRIPTS = Path(__file__).parent / "js"


class BrowserNotFound(Exception):
    """No usable Chromium; the message says how to install one."""


def chromium_executable() -> str:
    """The system Chromium: $CHROMIUM_PATH, else one on the PATH. Never a download."""
    wanted = os.environ.get("CHROMIUM_PATH")
    candidates = [wanted] if wanted else [shutil.which(name) for name in CHROMIUM_NAMES] + [CHROMIUM_FALLBACK]
    for candidate in candidates:
        if candidate and Path(candidate).is_file() and os.access(candidate, os.X_OK):
            return candidate
    where = f"CHROMIUM_PATH={wanted} is not an executable" if wanted else "none on the PATH"
    raise BrowserNotFound(
        f"Chromium not found ({where}). Install it (Debian/Ubuntu: `apt-get install chromium`) "
        "or set CHROMIUM_PATH to its executable."
    )


@contextmanager
def launch(playwright):
    """Start the system Chromium through Playwright; close it afterwards."""
    browser = playwright.chromium.launch(executable_path=chromium_executable(), args=CHROMIUM_ARGS)
    try:
        yield browser
    finally:
        browser.close()


def script(name: str) -> str:
    """A page script from handbook/js/, without its leading comment lines
    (Playwright tells a function from an expression by how the text starts)."""
    lines = (SCRIPTS / name).read_text(encoding="utf-8").splitlines()
    while lines and lines[0].lstrip().startswith("//"):
        lines.pop(0)
    return "\n".join(lines)


OPEN_SHADOW_ROOTS = script("open-shadow-roots.js")


def site_pages(site: Path) -> list[str]:
    """Every HTML page of a built site, as URL paths ("" for the home page),
    except short-link redirects, downloads and other redirect pages."""
    pages = []
    for html in sorted(site.rglob("index.html")):
        path = html.parent.relative_to(site).as_posix()
        if path.split("/")[0] in ("q", "downloads") or 'http-equiv="refresh"' in html.read_text(encoding="utf-8"):
            continue
        pages.append("" if path == "." else path + "/")
    return pages


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@contextmanager
def serve(folder: Path, port: int = 0) -> Iterator[str]:
    """A local HTTP server for ``folder`` on 127.0.0.1; yields its base URL."""
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
