"""Browser-side libraries the site serves itself, straight from node_modules/.

The versions are pinned in package.json and package-lock.json and installed by
`npm ci` during set-up; nothing third-party is committed. Each entry maps a
file (or glob) inside node_modules/ to the folder it is published under in the
site, so pages never load anything from a CDN.
"""

from __future__ import annotations

from pathlib import Path

PUBLISHED_UNDER = "assets/vendor"

# (glob inside node_modules/, folder under assets/vendor/)
VENDOR_FILES = [
    ("mermaid/dist/mermaid.min.js", "mermaid"),
    ("katex/dist/katex.min.js", "katex"),
    ("katex/dist/katex.min.css", "katex"),
    ("katex/dist/contrib/auto-render.min.js", "katex/contrib"),
    # katex.min.css lists woff2 first; every current browser takes it.
    ("katex/dist/fonts/*.woff2", "katex/fonts"),
    # Web-worker shim for file:// pages: the offline bundle's search runs in
    # it (mkdocs-offline.yml lists it under extra.polyfills).
    ("iframe-worker/shim/index.js", "iframe-worker"),
]


class MissingVendorFiles(Exception):
    """node_modules/ lacks a pinned library: set-up has not run."""


def vendor_files(node_modules: Path) -> dict[str, Path]:
    """Map of site path -> source file for every vendored browser file."""
    found: dict[str, Path] = {}
    for pattern, folder in VENDOR_FILES:
        matches = sorted(node_modules.glob(pattern))
        if not matches:
            raise MissingVendorFiles(
                f"{node_modules / pattern} is missing; run `make setup` (npm ci) to install "
                f"the browser libraries pinned in package-lock.json"
            )
        for source in matches:
            found[f"{PUBLISHED_UNDER}/{folder}/{source.name}"] = source
    return found
