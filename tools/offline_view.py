"""MkDocs hook of the offline edition: mkdocs-offline.yml adds it to the site's hooks.

After the build (and after mkdocs-redirects wrote the short links), makes
the site work from the file system: ``q/<id>/index.html`` beside every
``q/<id>.html``, ``index.html`` on every link to a folder, and links to
files the bundle lacks (the downloads) sent to the public site or unlinked. The logic
lives in tools/offline_bundle.py, tested by tests/test_offline_bundle.py.
"""

from __future__ import annotations

import logging
from pathlib import Path

import offline_bundle  # tools/offline_bundle.py, beside this file
import print_html  # tools/print_html.py, beside this file

log = logging.getLogger("mkdocs.hooks.offline_view")


def on_post_build(config):
    public = print_html.public_site_url(config.site_url)
    short_links, pages, missing = offline_bundle.fix_site(Path(config.site_dir), public)
    log.info(
        f"offline bundle: {short_links} short links as q/<id>/index.html; "
        f"links fixed for file:// in {pages} pages"
    )
    for note in missing[:10]:
        log.info(f"offline bundle: not in the bundle, {'linked online' if public else 'printed as text'}: {note}")
