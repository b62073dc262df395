"""The offline edition, and the release that ships it: the real handbook released once per
session (`make release`), its bundle unzipped and read from file:// in Chromium with every
other request blocked."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from handbook import browser as browsers
from handbook import export, vendor_assets

pytestmark = pytest.mark.browser

_ATTRIBUTE = re.compile(r"<(?P<tag>a|link|script|img)\b[^>]*?\s(?:href|src)=\"(?P<url>[^\"]*)\"", re.I)


# --- the bundle --------------------------------------------------------------------------------


def content_pages(bundle: Path) -> list[Path]:
    return [page for page in sorted(bundle.rglob("*.html")) if page.relative_to(bundle).parts[0] != "q"]


def test_bundle_is_one_folder_with_the_site_search_index_and_shim(bundle_zip, bundle):
    with zipfile.ZipFile(bundle_zip) as archive:
        assert {name.split("/")[0] for name in archive.namelist()} == {export.BUNDLE_FOLDER}
    for name in ("index.html", "README.txt", "search/search_index.js", "assets/vendor/iframe-worker/index.js"):
        assert (bundle / name).is_file(), name
    index = (bundle / "index.html").read_text(encoding="utf-8")
    assert "iframe-worker/index.js" in index and "unpkg.com" not in index
    assert '"navigation.instant"' not in index  # file:// cannot fetch pages with XHR
    assert not re.search(r'href="[^"]*downloads/', index)  # the bundle has no downloads to link to


def test_no_page_loads_anything_from_another_host(bundle):
    for page in content_pages(bundle):
        for match in _ATTRIBUTE.finditer(page.read_text(encoding="utf-8")):
            if match["tag"].lower() in ("script", "img") or (match["tag"].lower() == "link" and "stylesheet" in match.group(0)):
                assert not urlsplit(match["url"]).netloc, f"{page.relative_to(bundle)} loads {match['url']}"


def test_every_relative_link_names_a_file_of_the_bundle(bundle):
    broken = []
    for page in content_pages(bundle):
        for match in _ATTRIBUTE.finditer(page.read_text(encoding="utf-8")):
            url = match["url"]
            parts = urlsplit(url)
            if parts.scheme or parts.netloc or not parts.path or url.startswith("#"):
                continue
            target = (page.parent / unquote(parts.path)).resolve()
            if not target.is_file():
                broken.append(f"{page.relative_to(bundle)}: {url}")
    assert not broken, "links that file:// cannot open:\n" + "\n".join(broken[:30])


def test_every_short_link_folder_leads_to_its_answer(bundle, answers):
    for record in answers:
        redirect = (bundle / "q" / record["id"] / "index.html").read_text(encoding="utf-8")
        target = re.search(r'content="0; url=([^"]+)"', redirect).group(1)
        path, _, fragment = target.partition("#")
        page = (bundle / "q" / record["id"] / path).resolve()
        assert fragment == record["id"], target
        assert f'id="{record["id"]}"' in page.read_text(encoding="utf-8"), target


# --- in Chromium, from file://, with the network cut ------------------------------------------------




def first_page_with(bundle: Path, marker: str) -> Path:
    for page in content_pages(bundle):
        if marker in page.read_text(encoding="utf-8"):
            return page
    pytest.fail(f"no page of the bundle contains {marker!r}")


def test_search_returns_results(offline_page, bundle):
    offline_page.goto((bundle / "index.html").as_uri())
    query = offline_page.locator("input.md-search__input")
    query.click()
    query.fill("regularization")
    query.press("End")  # Material reads the query on key-up
    results = offline_page.locator(".md-search-result__item")
    results.first.wait_for(timeout=20_000)
    assert results.count() > 0
    # A result opens its page, from the file system.
    results.first.locator("a").first.click()
    offline_page.wait_for_load_state()
    assert offline_page.url.startswith("file://") and ".html" in offline_page.url


def test_diagrams_render(offline_page, bundle):
    page = first_page_with(bundle, '<pre class="mermaid">')
    offline_page.goto(page.as_uri())
    offline_page.wait_for_function(
        "() => { const d = [...document.querySelectorAll('div.mermaid')];"
        " return d.length > 0 && d.every((e) => e.shadowRoot && e.shadowRoot.querySelector('svg')); }",
        timeout=30_000,
    )
    assert offline_page.locator("pre.mermaid").count() == 0


def test_math_and_snippet_output_render(offline_page, bundle):
    offline_page.goto(first_page_with(bundle, 'class="arithmatex"').as_uri())
    offline_page.wait_for_function("() => document.querySelectorAll('.katex').length > 0", timeout=15_000)
    assert offline_page.locator(".katex-error").count() == 0
    offline_page.goto(first_page_with(bundle, '<span class="filename">Output</span>').as_uri())
    assert offline_page.get_by_text("Output", exact=True).first.is_visible()


def test_navigation_and_short_links_work_from_files(offline_page, bundle, answers):
    offline_page.goto((bundle / "index.html").as_uri())
    offline_page.locator("a.md-footer__link--next").click()
    offline_page.wait_for_load_state()
    assert offline_page.url.endswith(".html") and offline_page.locator("article h1").count() == 1
    for record in answers[:: max(1, len(answers) // 4)]:
        offline_page.goto((bundle / "q" / record["id"] / "index.html").as_uri())
        offline_page.wait_for_url(re.compile(rf".*\.html#{re.escape(record['id'])}$"), timeout=10_000)
        assert offline_page.locator(f"[id='{record['id']}']").is_visible()


# --- the release: the online site and its downloads -------------------------------------------


def test_every_page_of_the_released_site_links_to_every_download_and_they_exist(release):
    import posixpath

    site = release.site
    wanted = {f"downloads/{name}" for name in (export.PDF_NAME, export.ZIP_NAME, export.ANKI_NAME)}
    for page in sorted(site.rglob("index.html")):
        html = page.read_text(encoding="utf-8")
        if 'http-equiv="refresh"' in html:
            continue  # a short link
        folder = page.parent.relative_to(site).as_posix()
        found = {
            posixpath.normpath(posixpath.join(folder, match["url"]))
            for match in _ATTRIBUTE.finditer(html)
            if match["url"].endswith((export.PDF_NAME, export.ZIP_NAME, export.ANKI_NAME))
        }
        assert found == wanted, f"{page.relative_to(site)}: {found}"
    for download in wanted:
        assert (site / download).stat().st_size > 100_000, download
    assert sorted(release.downloads) == sorted(wanted)
    # The site itself is the web edition: instant navigation on, no offline shim.
    index = (site / "index.html").read_text(encoding="utf-8")
    assert '"navigation.instant"' in index and "iframe-worker" not in index


def test_the_released_anki_deck_has_one_note_per_answer(release, answers, tmp_path):
    import sqlite3

    import genanki

    with zipfile.ZipFile(release.site / "downloads" / export.ANKI_NAME) as deck:
        (tmp_path / "collection.anki2").write_bytes(deck.read("collection.anki2"))
    with sqlite3.connect(tmp_path / "collection.anki2") as connection:
        notes = connection.execute("select guid, tags from notes").fetchall()
    assert release.anki_notes == len(answers) == len(notes)
    assert {guid for guid, _ in notes} == {genanki.guid_for(record["id"]) for record in answers}
    assert all(tags.strip().startswith("chapter::") for _, tags in notes)
