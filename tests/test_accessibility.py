"""Accessibility of the built site in Chromium: axe-core on every page in both
palettes, no page that scrolls sideways on a phone, keyboard-only reading.

The settings and the report are plain functions (handbook/accessibility.py,
unit-tested in test_accessibility_report.py); this file is the browser glue.
Every page is opened once, in one of two tabs that take turns (one checks
while the other loads), and checked in the light palette, then in the dark
one, then at a phone's width.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
from playwright.sync_api import Error as PlaywrightError

from handbook import accessibility as a11y
from handbook import browser as browsers
from handbook.browser import site_pages

pytestmark = pytest.mark.browser

START_AXE = browsers.script("axe-check.js")
AXE_RESULTS = "() => window.__handbookAxe"
AXE_RULES = "() => axe.getRules().map((rule) => ({ id: rule.ruleId, tags: rule.tags }))"
FOLLOW_LINK = browsers.script("follow-link.js")
PAGE_READY = browsers.script("page-ready.js")
PAGE_WIDTH = browsers.script("page-width.js")
READY_MS = 60_000  # KaTeX or Mermaid loading on a busy machine
DESKTOP = {"width": 1280, "height": 900}
SCHEME = "document.body.getAttribute('data-md-color-scheme')"
APPLY_PALETTE = """(scheme) => {
  const option = document.querySelector(`input.md-option[data-md-color-scheme="${scheme}"]`);
  for (const key of ["media", "scheme", "primary", "accent"])
    document.body.setAttribute(`data-md-color-${key}`, option.getAttribute(`data-md-color-${key}`));
}"""
TABS = 2  # the machines have two cores
# A page with wide formulas, a wide table and snippets: at 390 px all of them scroll.
WIDE_BOXES_PAGE = "data-and-evaluation/classification-metrics/"
SCROLL_BOXES = """() => [...document.querySelectorAll("[data-handbook-scroll]")].map((box) => ({
  role: box.getAttribute("role"), name: box.getAttribute("aria-label"), tabindex: box.getAttribute("tabindex"),
  scrolls: box.scrollWidth > box.clientWidth + 1 }))"""


@pytest.fixture(scope="module")
def pages(built_site) -> list[str]:
    return site_pages(built_site)


def open_page(tab, url: str) -> None:
    tab.goto(url)
    tab.wait_for_function(PAGE_READY, timeout=READY_MS)
    frames(tab)


def frames(tab, count: int = 3) -> None:
    """Let the page react to a change (the page script checks boxes on the next frame)."""
    tab.evaluate(
        "(n) => new Promise((done) => { const step = () => (--n ? requestAnimationFrame(step) : done()); requestAnimationFrame(step); })",
        count,
    )


def visit(tab, url: str) -> None:
    """Open ``url`` in a tab that keeps axe-core: by following a link (instant
    navigation, as a reader moves on) once a page is open, else a full load."""
    if tab.url == url:
        pass
    elif tab.url != "about:blank":
        try:
            tab.evaluate(FOLLOW_LINK, url)
        except PlaywrightError:  # no instant navigation: the browser loaded the page itself
            tab.wait_for_load_state()
            if tab.url != url:
                tab.goto(url)
    else:
        tab.goto(url)
    assert tab.url == url, f"landed on {tab.url} instead of {url}"
    tab.wait_for_function(PAGE_READY, timeout=READY_MS)
    frames(tab)
    if not tab.evaluate("typeof axe === 'object'"):
        tab.add_script_tag(path=str(a11y.AXE_SCRIPT))


@dataclass
class Sweep:
    pages: int
    axe: list[a11y.Finding] = field(default_factory=list)
    phone: list[str] = field(default_factory=list)


def switch_palette(tab, scheme: str) -> None:
    """Apply a palette the way Material's toggle does, by copying the colour
    attributes of its option onto <body> (the toggle itself is tested below;
    clicking it also redraws every diagram, which axe-core cannot see into)."""
    tab.evaluate(APPLY_PALETTE, scheme)
    tab.wait_for_function(PAGE_READY, timeout=READY_MS)
    assert tab.evaluate(SCHEME) == scheme


def check_page(tab, url: str, path: str, colour: dict, result: Sweep) -> Iterator[None]:
    """One page, in steps: it yields while axe-core runs in its tab, so that the
    other tab can work meanwhile. All of axe's rules in the light palette; then
    the dark palette, where only the rules that read colours can answer
    differently; then the page at a phone's width."""
    visit(tab, url + path)
    assert tab.evaluate(SCHEME) == "default", f"/{path}: does not open in the light palette"
    tab.evaluate(START_AXE, a11y.axe_options())
    yield
    result.axe += a11y.findings(path, "default", tab.evaluate(AXE_RESULTS))
    switch_palette(tab, "slate")
    tab.evaluate(START_AXE, colour)
    yield
    result.axe += a11y.findings(path, "slate", tab.evaluate(AXE_RESULTS))
    switch_palette(tab, "default")
    tab.set_viewport_size(a11y.PHONE_VIEWPORT)
    frames(tab)
    result.phone += a11y.phone_problems(path, tab.evaluate(PAGE_WIDTH))
    tab.set_viewport_size(DESKTOP)


def jobs(tab, url: str, paths: list[str], colour: dict, result: Sweep) -> Iterator[Iterator[None]]:
    for path in paths:
        yield check_page(tab, url, path, colour, result)


def side_by_side(queues: list[Iterator[Iterator[None]]]) -> None:
    """Run each queue's jobs one after another, the queues in turns: a job
    hands over to the next queue whenever it yields."""
    current: list[Iterator[None] | None] = [None] * len(queues)
    while True:
        busy = False
        for i, queue in enumerate(queues):
            while True:
                current[i] = current[i] or next(queue, None)
                if current[i] is None:
                    break
                busy = True
                if next(current[i], "done") != "done":
                    break
                current[i] = None  # finished: start the next job in this turn
        if not busy:
            return


@pytest.fixture(scope="module")
def sweep(browser, site_url, pages) -> Sweep:
    """Every page in both palettes and on a phone: two tabs, each with half of
    the pages, following links from page to page (axe-core stays loaded) and
    taking turns, so that one checks while the other loads."""
    # Reduced motion (handbook.css honours it): a palette switch takes effect
    # at once instead of fading for a quarter of a second.
    contexts = [
        browser.new_context(color_scheme="light", reduced_motion="reduce", viewport=DESKTOP) for _ in range(TABS)
    ]
    result = Sweep(pages=len(pages))
    try:
        tabs = [context.new_page() for context in contexts]
        for tab in tabs:
            visit(tab, site_url)
        colour = a11y.colour_options(tabs[0].evaluate(AXE_RULES))
        side_by_side([jobs(tab, site_url, pages[i::TABS], colour, result) for i, tab in enumerate(tabs)])
    finally:
        for context in contexts:
            context.close()
    return result


def test_no_serious_or_critical_axe_violation_on_any_page_in_either_palette(sweep):
    assert not sweep.axe, a11y.report(sweep.axe, sweep.pages * len(a11y.PALETTES))


def test_no_page_scrolls_sideways_on_a_phone_and_the_keyboard_reaches_every_box_that_does(sweep):
    assert sweep.phone == [], "\n".join(sweep.phone)


def test_wide_boxes_are_keyboard_stops_after_instant_navigation_and_only_while_they_scroll(browser, site_url):
    context = browser.new_context(viewport=a11y.PHONE_VIEWPORT)
    tab = context.new_page()
    try:
        tab.goto(site_url + "interview/")
        tab.evaluate("window.__kept = 'same document'")
        # A link inside the page: Material's instant navigation takes it over.
        tab.evaluate(
            f"""document.querySelector("article").insertAdjacentHTML(
                "beforeend", '<a id="to-wide" href="{site_url}{WIDE_BOXES_PAGE}">wide</a>')"""
        )
        tab.click("#to-wide")
        tab.wait_for_url(re.compile(re.escape(WIDE_BOXES_PAGE)), wait_until="commit")
        tab.wait_for_selector(".katex-display", timeout=READY_MS)
        tab.wait_for_function(PAGE_READY, timeout=READY_MS)
        tab.wait_for_function("document.querySelector('.katex-display[data-handbook-scroll]')", timeout=READY_MS)
        assert tab.evaluate("window.__kept") == "same document", "navigation reloaded the page"

        boxes = tab.evaluate(SCROLL_BOXES)
        names = {box["name"].split(":")[0] for box in boxes}
        assert {"Formula", "Code", "Table"} <= names, boxes
        assert all(box["role"] == "region" and box["tabindex"] == "0" and box["scrolls"] for box in boxes), boxes

        # The keyboard scrolls a box it has reached.
        formula = tab.locator(".katex-display[data-handbook-scroll]").first
        formula.focus()
        tab.keyboard.press("ArrowRight")
        tab.wait_for_function("(box) => box.scrollLeft > 0", arg=formula.element_handle())

        # On a wide screen most boxes fit: they stop being Tab stops.
        tab.set_viewport_size(DESKTOP)
        tab.wait_for_function(
            f"({SCROLL_BOXES})().every((box) => box.scrolls) && document.querySelectorAll('[data-handbook-scroll]').length < {len(boxes)}"
        )
    finally:
        context.close()


def test_keyboard_reading_skip_link_first_then_a_working_palette_toggle(browser, site_url):
    context = browser.new_context(color_scheme="light")
    tab = context.new_page()
    focused = """() => { const el = document.activeElement; const shown = el.matches(".md-option") ? el.nextElementSibling : el;
      const style = getComputedStyle(shown);
      return { cls: el.className, id: el.id, name: el.getAttribute("aria-label") || el.textContent.trim(),
               outline: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0 }; }"""
    try:
        open_page(tab, site_url + "fundamentals/generalization/")
        assert tab.evaluate("document.querySelector('.md-search[role=dialog]').getAttribute('aria-label')") == "Search"

        tab.keyboard.press("Tab")
        skip = tab.evaluate(focused)
        assert "md-skip" in skip["cls"] and skip["name"] == "Skip to content" and skip["outline"], skip

        stops = []
        for _ in range(6):  # the logo, then the palette toggle: within a few stops
            tab.keyboard.press("Tab")
            stops.append(tab.evaluate(focused))
            if stops[-1]["id"].startswith("__palette"):
                break
        toggle = stops[-1]
        assert toggle["name"] == "Switch to dark mode" and toggle["outline"], stops
        tab.keyboard.press("Enter")
        tab.wait_for_function(f"{SCHEME} === 'slate'")
        assert tab.evaluate(focused)["name"] == "Switch to light mode"

        # The chapter tabs are links the keyboard reaches next.
        for _ in range(6):
            tab.keyboard.press("Tab")
            if "md-tabs__link" in tab.evaluate(focused)["cls"]:
                break
        else:
            pytest.fail("Tab does not reach the chapter tabs")
        assert tab.evaluate(focused)["outline"]
    finally:
        context.close()
