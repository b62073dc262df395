"""The offline edition's HTML fixes for file://, as plain functions.

With Material's offline plugin every page is ``<name>.html`` and Material's
own links end in ``.html``. Two kinds of link are still written for a web
server, which serves ``folder/index.html`` for ``folder/``; a browser reading
files does not:

- short links: mkdocs-redirects writes ``q/<id>.html``, but the handbook
  publishes ``q/<id>/`` (and pages link to it). Each gets a copy at
  ``q/<id>/index.html`` whose target is one folder further up;
- links to a folder (``q/bias-variance/``, ``../``) in a page's own HTML:
  they get ``index.html`` appended.

And links to files the bundle does not hold (the downloads) lead to the
public site, or become plain text when the site has no public address.

No MkDocs imports: tools/offline_view.py (the hook) and the tests call these.
"""

from __future__ import annotations

import html as html_lib
import re
from pathlib import Path

from .project import SHORT_LINK_PREFIX

# <a ... href="..."> with its URL split into path and the rest (?query, #fragment).
_LINK = re.compile(r"(?P<open><a\b[^>]*?\shref=\")(?P<path>[^\"#?]*)(?P<rest>[#?][^\"]*)?\"", re.I)
_EXTERNAL = re.compile(r"^(?:[a-z][a-z0-9+.-]*:|/)", re.I)  # http:, mailto:, /absolute, //host
_REDIRECT_TARGET = re.compile(r'<meta http-equiv="refresh" content="0; url=(?P<url>[^"]+)"')

REDIRECT_PAGE = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Redirecting...</title>
<link rel="canonical" href="{url}">
<script>var anchor=window.location.hash.substr(1);location.href="{js_url}"+(anchor?"#"+anchor:"")</script>
<meta http-equiv="refresh" content="0; url={url}">
</head>
<body>
You're being redirected to <a href="{url}">the answer</a>.
</body>
</html>
"""


def link_folders_to_index(html: str) -> str:
    """Append ``index.html`` to every relative link that names a folder
    (``x/``, ``../``, ``.``, ``..``), keeping its query and fragment."""

    def replace(match: re.Match) -> str:
        path = match["path"]
        if not path or _EXTERNAL.match(path):
            return match.group(0)
        if path in (".", ".."):
            path += "/"
        if not path.endswith("/"):
            return match.group(0)
        return f'{match["open"]}{path}index.html{match["rest"] or ""}"'

    return _LINK.sub(replace, html)


def redirect_target(html: str) -> str | None:
    """The URL a redirect page (mkdocs-redirects' format) sends the reader to."""
    match = _REDIRECT_TARGET.search(html)
    return html_lib.unescape(match["url"]) if match else None


def redirect_page(url: str) -> str:
    """A redirect page to ``url`` (relative to the page), meta refresh plus script."""
    return REDIRECT_PAGE.format(
        url=html_lib.escape(url, quote=True), js_url=url.replace("\\", "\\\\").replace('"', '\\"')
    )


def add_short_link_folders(site: Path, folder: str = SHORT_LINK_PREFIX.rstrip("/")) -> int:
    """For every redirect page ``q/<id>.html`` write ``q/<id>/index.html``.

    The target moves one folder deeper, so it gains a ``../``. Returns how
    many pages were written.
    """
    written = 0
    for page in sorted((site / folder).glob("*.html")):
        target = redirect_target(page.read_text(encoding="utf-8"))
        if target is None:
            continue
        index = page.with_suffix("") / "index.html"
        index.parent.mkdir(exist_ok=True)
        index.write_text(redirect_page("../" + target), encoding="utf-8")
        written += 1
    return written


def link_missing_files(
    html: str, page: Path, site: Path, public_url: str | None
) -> tuple[str, list[str]]:
    """Links to files the bundle does not have (the downloads, for one): to the
    public site when there is one, else plain text. Returns notes on each."""
    notes: list[str] = []

    def replace(match: re.Match) -> str:
        path = match["path"]
        if not path or _EXTERNAL.match(path):
            return match.group(0)
        target = (page.parent / path).resolve()
        if target.is_file():
            return match.group(0)
        try:
            inside = target.relative_to(site.resolve()).as_posix()
        except ValueError:
            inside = None
        notes.append(f"{page.relative_to(site).as_posix()}: {path}")
        if public_url and inside:
            return f'{match["open"]}{public_url}{inside}{match["rest"] or ""}"'
        opening = re.sub(r'\shref="$', "", match["open"])
        return f'{opening} data-offline-missing="{html_lib.escape(path)}"'

    return _LINK.sub(replace, html), notes


def fix_site(site: Path, public_url: str | None = None) -> tuple[int, int, list[str]]:
    """All fixes over a built site. Returns the number of short-link folders
    written, of pages changed, and notes on links to files the bundle lacks."""
    short_links = add_short_link_folders(site)
    changed, notes = 0, []
    for page in site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        fixed, page_notes = link_missing_files(link_folders_to_index(html), page, site, public_url)
        notes += page_notes
        if fixed != html:
            page.write_text(fixed, encoding="utf-8")
            changed += 1
    return short_links, changed, notes
