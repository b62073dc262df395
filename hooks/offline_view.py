"""MkDocs hook of the offline edition (`HANDBOOK_OFFLINE=true`, `make offline`).

Does nothing unless mkdocs.yml's `offline` plugin is on. Then, before the
build, it turns off what file:// cannot do (instant navigation fetches pages
with XHR), leaves the download links out of the footer (the zip does not hold
them) and gives Material's search the pinned web-worker shim instead of its
CDN copy. After the build (and after mkdocs-redirects wrote the short links),
it makes the site work from the file system: ``q/<id>/index.html`` beside
every ``q/<id>.html``, ``index.html`` on every link to a folder, and links to
files the bundle lacks sent to the public site or unlinked. The logic lives in
handbook/offline_bundle.py, tested by tests/test_offline_bundle.py.
"""

from __future__ import annotations

import logging
from pathlib import Path

from handbook import offline_bundle, print_html, vendor_assets

log = logging.getLogger("mkdocs.hooks.offline_view")

_active = False


def on_config(config):
    global _active
    _active = bool(config.plugins["material/offline"].config.enabled)
    if not _active:
        return config
    config.theme["features"] = [f for f in config.theme["features"] if not f.startswith("navigation.instant")]
    config.extra["offline_edition"] = True
    config.extra["polyfills"] = [vendor_assets.SEARCH_WORKER_SHIM]
    return config


def on_post_build(config):
    if not _active:
        return
    public = print_html.public_site_url(config.site_url)
    short_links, pages, missing = offline_bundle.fix_site(Path(config.site_dir), public)
    log.info(
        f"offline bundle: {short_links} short links as q/<id>/index.html; "
        f"links fixed for file:// in {pages} pages"
    )
    for note in missing[:10]:
        log.info(f"offline bundle: not in the bundle, {'linked online' if public else 'printed as text'}: {note}")
