"""What the accessibility tests check and how they report it, as plain functions.

The browser glue (tests/test_accessibility.py) runs axe-core on every page of
the built site, in both palettes, and measures whether a page scrolls
sideways on a phone; this module holds the settings it runs with and turns
what the browser answers into the lines of a failure message.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from .project import ROOT

AXE_SCRIPT = ROOT / "node_modules" / "axe-core" / "axe.min.js"
# WCAG 2.0 and 2.1, levels A and AA: the rules a handbook page must pass.
AXE_TAGS = ("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")
# The impacts that fail the tests; "minor" and "moderate" are reported by axe but tolerated.
BLOCKING_IMPACTS = ("serious", "critical")
TARGETS_SHOWN = 3

# Material's two schemes: the palette in mkdocs.yml opens in the one the
# reader's system prefers (prefers-color-scheme); the toggle switches.
PALETTES = {"default": "light", "slate": "dark"}  # Material scheme -> prefers-color-scheme
# axe-core's category of the rules that read colours; every other rule gives
# the same answer in both palettes.
COLOUR_CATEGORY = "cat.color"

PHONE_VIEWPORT = {"width": 390, "height": 844}  # a current phone, CSS pixels


def axe_options(tags: Iterable[str] = AXE_TAGS) -> dict:
    """The options of ``axe.run``: the WCAG A/AA rules, violations only."""
    return {"runOnly": {"type": "tag", "values": list(tags)}, "resultTypes": ["violations"]}


def colour_options(rules: Iterable[dict], tags: Iterable[str] = AXE_TAGS) -> dict:
    """The options of ``axe.run`` for the rules among ``tags`` that depend on the
    palette (colour contrast, links told apart by colour), from ``axe.getRules()``
    as ``{"id": ..., "tags": [...]}``: what a second palette needs checked again."""
    wanted = set(tags)
    ids = [rule["id"] for rule in rules if COLOUR_CATEGORY in rule["tags"] and wanted & set(rule["tags"])]
    if not ids:
        raise ValueError(f"axe-core has no {COLOUR_CATEGORY} rule among {sorted(wanted)}")
    return {"runOnly": {"type": "rule", "values": ids}, "resultTypes": ["violations"]}


@dataclass(frozen=True)
class Finding:
    """One rule broken on one page in one palette."""

    page: str  # URL path, "" for the home page
    scheme: str  # Material scheme: "default" or "slate"
    rule: str
    impact: str
    help: str
    count: int  # how many elements break it
    targets: tuple[str, ...]  # CSS selectors of the first few

    def describe(self, shown: int = TARGETS_SHOWN) -> str:
        more = f" and {self.count - shown} more" if self.count > shown else ""
        where = ", ".join(self.targets[:shown])
        return f"/{self.page} [{self.scheme}] {self.rule} ({self.impact}, {self.count}x): {self.help}: {where}{more}"


def findings(page: str, scheme: str, violations: list[dict]) -> list[Finding]:
    """The serious and critical violations of one axe run (as handbook/js/axe-check.js returns them)."""
    return [
        Finding(page, scheme, v["id"], v["impact"], v["help"], v["count"], tuple(v["targets"]))
        for v in violations
        if v.get("impact") in BLOCKING_IMPACTS
    ]


def rule_counts(found: Iterable[Finding]) -> dict[tuple[str, str], int]:
    """(scheme, rule) -> number of pages that break the rule, for a summary."""
    return dict(sorted(Counter((f.scheme, f.rule) for f in found).items()))


def report(found: list[Finding], pages: int) -> str:
    """The assertion message: a per-rule summary, then one line per page and rule."""
    lines = [f"{len(found)} serious or critical axe violations on {pages} page views:"]
    lines += [f"  {rule} [{scheme}]: {n} page{'s' * (n != 1)}" for (scheme, rule), n in rule_counts(found).items()]
    lines += [finding.describe() for finding in sorted(found, key=lambda f: (f.page, f.scheme, f.rule))]
    return "\n".join(lines)


def phone_problems(page: str, measured: dict) -> list[str]:
    """What is wrong with a page on a phone (from handbook/js/page-width.js): it
    scrolls sideways, or a box in it scrolls sideways out of the keyboard's reach."""
    problems = []
    if measured["scrollWidth"] > measured["clientWidth"]:
        wide = "; ".join(measured["wide"]) or "no single element found"
        problems.append(
            f"/{page}: {measured['scrollWidth']} px wide in a {measured['clientWidth']} px viewport: {wide}"
        )
    if measured["unreachable"]:
        boxes = ", ".join(measured["unreachable"][:TARGETS_SHOWN])
        more = len(measured["unreachable"]) - TARGETS_SHOWN
        problems.append(
            f"/{page}: {len(measured['unreachable'])} boxes scroll sideways but the keyboard cannot reach them: "
            f"{boxes}{f' and {more} more' if more > 0 else ''}"
        )
    return problems
