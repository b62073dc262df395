"""The built site in a real browser (the system Chromium, through Playwright)."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlparse

import pytest

from handbook.browser import OPEN_SHADOW_ROOTS

pytestmark = pytest.mark.browser

DIAGRAMS_RENDERED = """
() => [...document.querySelectorAll("div.mermaid")].map(
  (div) => !!(div.shadowRoot && div.shadowRoot.querySelector("svg"))
)
"""


def site_pages(site: Path) -> list[str]:
    """Every HTML page of the site, as URL paths, except redirects and 404."""
    pages = []
    for html in sorted(site.rglob("index.html")):
        path = html.parent.relative_to(site).as_posix()
        if path.split("/")[0] in ("q", "downloads") or "Redirecting..." in html.read_text()[:400]:
            continue
        pages.append("" if path == "." else path + "/")
    return pages


def diagram_sources(site: Path) -> dict[str, list[str]]:
    """Mermaid source of each diagram, per page, as the build wrote it."""
    found = {}
    for path in site_pages(site):
        html = (site / path / "index.html").read_text(encoding="utf-8")
        blocks = re.findall(r'<pre class="mermaid"><code>(.*?)</code></pre>', html, re.S)
        if blocks:
            found[path] = blocks
    return found


@pytest.fixture
def page(browser, site_url):
    """A fresh page that records console errors and requests to other hosts."""
    context = browser.new_context()
    context.add_init_script(OPEN_SHADOW_ROOTS)
    tab = context.new_page()
    tab.errors, tab.foreign = [], []
    tab.on("console", lambda msg: tab.errors.append(msg.text) if msg.type == "error" else None)
    tab.on("pageerror", lambda error: tab.errors.append(str(error)))
    own_host = urlparse(site_url).netloc

    def watch(request):
        url = urlparse(request.url)
        if url.scheme in ("http", "https", "ws", "wss") and url.netloc != own_host:
            tab.foreign.append(request.url)

    tab.on("request", watch)
    yield tab
    context.close()


def wait_for_diagrams(tab, timeout_ms: int = 15_000) -> list[bool]:
    """Wait until every diagram on the page has an SVG, or the timeout passes."""
    try:
        tab.wait_for_function(f"({DIAGRAMS_RENDERED})().every(Boolean)", timeout=timeout_ms)
    except Exception:
        pass
    return tab.evaluate(DIAGRAMS_RENDERED)


def test_every_page_loads_cleanly_and_stays_on_its_own_host(page, site_url, built_site):
    problems = []
    for path in site_pages(built_site):
        page.errors.clear()
        page.foreign.clear()
        page.goto(site_url + path, wait_until="networkidle")
        rendered = wait_for_diagrams(page)
        if page.errors:
            problems.append(f"{path}: console errors {page.errors}")
        if page.foreign:
            problems.append(f"{path}: requests to other hosts {page.foreign}")
        if not all(rendered):
            problems.append(f"{path}: {rendered.count(False)} of {len(rendered)} diagrams did not render")
    assert not problems, "\n".join(problems)


def test_every_diagram_parses(page, site_url, built_site):
    sources = diagram_sources(built_site)
    assert sources, "the handbook has no diagrams"
    page.goto(site_url)
    failures = page.evaluate(
        """async (pages) => {
            const failures = [];
            for (const [path, blocks] of Object.entries(pages)) {
                for (const [i, html] of blocks.entries()) {
                    const text = new DOMParser().parseFromString(html, "text/html").body.textContent;
                    try { await mermaid.parse(text); }
                    catch (error) { failures.push(`${path} diagram ${i + 1}: ${error.message.split("\\n")[0]}`); }
                }
            }
            return failures;
        }""",
        sources,
    )
    assert failures == [], "\n".join(failures)


def test_the_parse_check_catches_unquoted_punctuation(page, site_url):
    page.goto(site_url)
    verdict = page.evaluate(
        """async () => {
            try { await mermaid.parse('flowchart LR\\n  A[Model selection (start simple)] --> B'); return "parsed"; }
            catch (error) { return "rejected"; }
        }"""
    )
    assert verdict == "rejected"


def test_diagram_renders_after_instant_navigation(page, site_url):
    page.goto(site_url + "interview/")  # a page without diagrams
    assert page.locator("div.mermaid").count() == 0
    page.evaluate("window.__kept = 'same document'")
    page.locator("article a[href$='/interview/process/']").first.click()
    page.wait_for_url(re.compile(r"interview/process/"), wait_until="commit")
    rendered = wait_for_diagrams(page)
    assert page.evaluate("window.__kept") == "same document", "navigation reloaded the page"
    assert rendered and all(rendered)


def test_diagrams_follow_the_dark_palette(browser, site_url):
    context = browser.new_context(color_scheme="dark")
    context.add_init_script(OPEN_SHADOW_ROOTS)
    tab = context.new_page()
    tab.goto(site_url + "interview/process/")
    assert tab.evaluate("document.body.getAttribute('data-md-color-scheme')") == "slate"
    assert all(wait_for_diagrams(tab))
    # Material's diagram theme reads the palette's CSS variables: label text
    # is light on the dark scheme and dark on the light one.
    label_color = "getComputedStyle(document.querySelector('div.mermaid').shadowRoot.querySelector('.nodeLabel')).color"
    dark_text = tab.evaluate(label_color)
    tab.click("label[title='Switch to light mode']")
    tab.wait_for_function("document.body.getAttribute('data-md-color-scheme') === 'default'")
    light_text = tab.evaluate(label_color)
    context.close()
    assert dark_text != light_text


def test_math_is_rendered_by_katex(page, site_url):
    page.goto(site_url + "fundamentals/generalization/")
    page.wait_for_selector(".katex")
    assert page.locator(".katex-display").count() >= 2
    raw = page.evaluate("[...document.querySelectorAll('.arithmatex')].filter(e => !e.querySelector('.katex')).length")
    assert raw == 0


def test_short_link_lands_on_the_answer_in_view(page, site_url, answers):
    for record in [answers[0], answers[-1], *[a for a in answers if a["id"] == "l1-vs-l2"]]:
        page.goto(site_url + record["short_url"])
        page.wait_for_url(re.compile(re.escape(record["url"]) + "$"))
        heading = page.locator(f"[id='{record['id']}']")
        heading.wait_for()
        box = heading.bounding_box()
        viewport = page.viewport_size
        assert box is not None and 0 <= box["y"] < viewport["height"], record["id"]
        assert heading.inner_text().strip().startswith(record["question"][:20])


def test_snippet_figure_is_displayed(page, site_url):
    page.goto(site_url + "fundamentals/generalization/")
    figure = page.locator(".snippet-figure img").first
    figure.scroll_into_view_if_needed()
    assert page.evaluate("(img) => img.complete && img.naturalWidth > 100", figure.element_handle())
