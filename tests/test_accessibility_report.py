"""Unit tests of handbook/accessibility.py: what the accessibility tests run and how they report."""

from __future__ import annotations

import pytest

from handbook import accessibility as a11y

pytestmark = pytest.mark.unit

CONTRAST = {
    "id": "color-contrast",
    "impact": "serious",
    "help": "Elements must meet minimum color contrast ratio thresholds",
    "count": 5,
    "targets": ["a.md-tabs__link", ".c1", ".ow", ".sd", ".nb"],
}
REGION = {"id": "region", "impact": "moderate", "help": "All content should be in landmarks", "count": 1, "targets": ["#x"]}


def test_axe_runs_the_wcag_2_0_and_2_1_a_and_aa_rules_and_reports_violations_only():
    options = a11y.axe_options()
    assert options["runOnly"] == {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}
    assert options["resultTypes"] == ["violations"]
    assert a11y.AXE_SCRIPT.name == "axe.min.js" and a11y.AXE_SCRIPT.is_file(), "run `make setup`"


def test_the_second_palette_reruns_only_the_rules_that_read_colours():
    rules = [
        {"id": "color-contrast", "tags": ["cat.color", "wcag2aa", "wcag143"]},
        {"id": "color-contrast-enhanced", "tags": ["cat.color", "wcag2aaa"]},  # AAA: not run at all
        {"id": "link-in-text-block", "tags": ["cat.color", "wcag2a"]},
        {"id": "image-alt", "tags": ["cat.text-alternatives", "wcag2a"]},
    ]
    assert a11y.colour_options(rules) == {
        "runOnly": {"type": "rule", "values": ["color-contrast", "link-in-text-block"]},
        "resultTypes": ["violations"],
    }
    with pytest.raises(ValueError, match="no cat.color rule"):
        a11y.colour_options(rules[3:])


def test_only_serious_and_critical_violations_count():
    critical = {**REGION, "id": "label", "impact": "critical"}
    found = a11y.findings("interview/", "slate", [CONTRAST, REGION, critical])
    assert [(f.rule, f.impact) for f in found] == [("color-contrast", "serious"), ("label", "critical")]
    assert found[0].page == "interview/" and found[0].scheme == "slate"


def test_a_finding_names_page_palette_rule_and_a_few_elements():
    (finding,) = a11y.findings("coding/sql/", "default", [CONTRAST])
    assert finding.describe() == (
        "/coding/sql/ [default] color-contrast (serious, 5x): Elements must meet minimum color contrast"
        " ratio thresholds: a.md-tabs__link, .c1, .ow and 2 more"
    )
    assert finding.describe(shown=5).endswith(".c1, .ow, .sd, .nb")


def test_the_report_counts_pages_per_rule_and_palette_before_the_details():
    found = [
        *a11y.findings("", "default", [CONTRAST]),
        *a11y.findings("a/", "default", [CONTRAST]),
        *a11y.findings("a/", "slate", [CONTRAST]),
    ]
    assert a11y.rule_counts(found) == {("default", "color-contrast"): 2, ("slate", "color-contrast"): 1}
    lines = a11y.report(found, pages=4).splitlines()
    assert lines[:3] == [
        "3 serious or critical axe violations on 4 page views:",
        "  color-contrast [default]: 2 pages",
        "  color-contrast [slate]: 1 page",
    ]
    assert lines[3].startswith("/ [default] color-contrast")


def test_phone_problems_name_the_page_and_what_sticks_out_or_cannot_be_reached():
    fine = {"scrollWidth": 390, "clientWidth": 390, "wide": [], "unreachable": []}
    assert a11y.phone_problems("a/", fine) == []
    wide = {**fine, "scrollWidth": 473, "wide": ["span.katex (right edge 473 px)"]}
    assert a11y.phone_problems("a/", wide) == ["/a/: 473 px wide in a 390 px viewport: span.katex (right edge 473 px)"]
    stuck = {**fine, "unreachable": ["code", "span.katex-display", "div.md-typeset__scrollwrap", "code"]}
    assert a11y.phone_problems("a/", stuck) == [
        "/a/: 4 boxes scroll sideways but the keyboard cannot reach them: "
        "code, span.katex-display, div.md-typeset__scrollwrap and 1 more"
    ]


def test_both_palettes_and_a_phone_viewport():
    assert a11y.PALETTES == {"default": "light", "slate": "dark"}
    assert a11y.PHONE_VIEWPORT["width"] == 390
