"""The built site in a real browser (the system Chromium, through Playwright)."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlparse

import pytest

from handbook.browser import OPEN_SHADOW_ROOTS, script, site_pages

pytestmark = pytest.mark.browser

# A link clicked inside the page, which Material's instant navigation takes
# over (a link typed into the address bar would reload): the accessibility
# tests move between pages the same way.
FOLLOW_LINK = script("follow-link.js")
VENDOR_MERMAID, VENDOR_KATEX = "/assets/vendor/mermaid/", "/assets/vendor/katex/"
# Loading and parsing Mermaid (3.6 MB) after a navigation can take seconds on a busy machine.
LIBRARY_LOAD_MS = 60_000

# One entry per diagram: a <pre class="mermaid"> is one Material has not drawn yet.
DIAGRAMS_RENDERED = """
() => [...document.querySelectorAll("pre.mermaid, div.mermaid")].map(
  (el) => el.tagName === "DIV" && !!(el.shadowRoot && el.shadowRoot.querySelector("svg"))
)
"""

# One entry per drawn diagram: the text its SVG's aria-labelledby and
# aria-describedby lead to (Mermaid's <title> and <desc>, from accTitle and accDescr).
DIAGRAM_NAMES = """
() => [...document.querySelectorAll("div.mermaid")].map((el) => {
  const svg = el.shadowRoot && el.shadowRoot.querySelector("svg");
  const text = (attribute) => {
    const id = svg && svg.getAttribute(attribute);
    return id ? (el.shadowRoot.getElementById(id) || {}).textContent || "" : "";
  };
  return svg ? [text("aria-labelledby"), text("aria-describedby")] : null;
})
"""


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
        unnamed = [i + 1 for i, names in enumerate(page.evaluate(DIAGRAM_NAMES)) if names and not all(names)]
        if unnamed:
            problems.append(f"{path}: diagrams {unnamed} have no title or description for screen readers")
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
    page.wait_for_selector("pre.mermaid, div.mermaid", state="attached")  # the new page's content is in
    rendered = wait_for_diagrams(page, LIBRARY_LOAD_MS)  # Mermaid loads only now
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


# --- page weight: the diagram and math libraries only where they are needed -----------------

TEXT_PAGE_LIMIT = 1_500_000  # bytes a text-only page loads on first load


def loaded(tab, site_url: str, path: str) -> dict[str, int]:
    """URL -> body size of everything a first load of ``path`` fetches,
    except the search index (Material's search worker fetches it in the
    background for the search box; it is measured by `make bench`)."""
    sizes: dict[str, int] = {}

    def record(response):
        if "search_index" not in response.url and response.ok:
            try:
                sizes[response.url] = len(response.body())
            except Exception:  # a response without a body (redirect)
                sizes[response.url] = 0

    tab.on("response", record)
    tab.goto(site_url + path, wait_until="networkidle")
    tab.remove_listener("response", record)
    return sizes


def test_a_text_only_page_loads_neither_library_and_stays_light(page, site_url):
    sizes = loaded(page, site_url, "glossary/")
    assert page.locator("div.mermaid, .arithmatex").count() == 0
    assert not [url for url in sizes if VENDOR_MERMAID in url or VENDOR_KATEX in url]
    total = sum(sizes.values())
    assert total < TEXT_PAGE_LIMIT, f"{total / 1e6:.2f} MB: {sorted(sizes.items(), key=lambda kv: -kv[1])[:5]}"


def test_pages_load_the_library_they_need(page, site_url):
    diagrams = loaded(page, site_url, "interview/process/")
    assert all(wait_for_diagrams(page))
    assert any(VENDOR_MERMAID in url for url in diagrams)
    assert not any(VENDOR_KATEX in url for url in diagrams)
    math = loaded(page, site_url, "fundamentals/generalization/")
    page.wait_for_selector(".katex")
    assert any(VENDOR_KATEX in url for url in math)


def test_math_renders_after_instant_navigation_from_a_page_without_math(page, site_url):
    page.goto(site_url + "interview/")
    assert page.locator(".arithmatex").count() == 0
    page.evaluate("window.__kept = 'same document'")
    page.evaluate(FOLLOW_LINK, f"{site_url}fundamentals/generalization/")
    page.wait_for_url(re.compile(r"fundamentals/generalization/"), wait_until="commit")
    page.wait_for_selector(".katex-display", timeout=LIBRARY_LOAD_MS)  # KaTeX loads only now
    assert page.evaluate("window.__kept") == "same document", "navigation reloaded the page"
    raw = page.evaluate("[...document.querySelectorAll('.arithmatex')].filter(e => !e.querySelector('.katex')).length")
    assert raw == 0


def test_every_mermaid_setting_of_mkdocs_yml_reaches_the_renderer(page, site_url):
    from mkdocs.config import load_config

    from conftest import ROOT

    settings = load_config(str(ROOT / "mkdocs.yml")).plugins["mermaid2"].config["arguments"]
    assert settings, "mkdocs.yml sets no Mermaid arguments"
    page.goto(site_url + "interview/process/")
    assert all(wait_for_diagrams(page))
    effective = page.evaluate("mermaid.mermaidAPI.getConfig()")
    assert {key: effective.get(key) for key in settings} == settings
    # And the drawing itself uses them: the SVG carries the configured font.
    style = page.evaluate("document.querySelector('div.mermaid').shadowRoot.querySelector('svg style').textContent")
    assert settings["fontFamily"].replace(" ", "") in style.replace(" ", "")


def test_math_keeps_its_stylesheet_after_instant_navigation_between_math_pages(page, site_url):
    # Instant navigation replaces the <head>; the KaTeX stylesheet math.js
    # added must come back, or formulas render as unstyled inline text.
    page.goto(site_url + "fundamentals/generalization/")
    page.wait_for_selector(".katex-display")
    page.evaluate("window.__kept = 'same document'")
    page.evaluate(FOLLOW_LINK, f"{site_url}statistics-and-math/calculus/")
    page.wait_for_url(re.compile(r"statistics-and-math/calculus/"), wait_until="commit")
    page.wait_for_function(
        "document.querySelector('.katex-display') && getComputedStyle(document.querySelector('.katex-display')).display === 'block'",
        timeout=LIBRARY_LOAD_MS,
    )
    assert page.evaluate("window.__kept") == "same document", "navigation reloaded the page"
