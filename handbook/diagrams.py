"""Every Mermaid diagram says what it shows, in words.

A diagram is an SVG of boxes and arrows: a screen reader gets its labels one
by one, if at all, and the tagged PDF gets nothing it can read. So each
```mermaid fence carries Mermaid's own accessibility lines, right under the
diagram type:

    flowchart LR
        accTitle: Two-stage recommender: retrieval then ranking
        accDescr: Candidate generators cut millions of items to a few thousand; ...

Mermaid writes them into the SVG as its <title> and <desc> (named by
aria-labelledby and aria-describedby), and the PDF export makes them the
figure's alt text (handbook/js/describe-for-print.js). This module checks
that every diagram has both, before the build renders anything.
"""

from __future__ import annotations

import re
from typing import Iterable

from .markdown_scan import fences

# Mermaid's single-line forms. (`accDescr { ... }` spans lines; one line is
# the house style, so the check and the authoring guide keep to it.)
_ACCESSIBLE_LINE = re.compile(r"^\s*(?P<key>accTitle|accDescr)\s*:\s*(?P<text>.*?)\s*$")
MIN_DESCRIPTION_WORDS = 8  # one real sentence: "Data flows from A to B" says too little


def problems(markdown: str, path: str) -> list[str]:
    """What is missing from the diagrams of one page, each as ``path:line: ...``
    (the line of the diagram's opening fence)."""
    found = []
    for fence in fences(markdown):
        if fence.language != "mermaid":
            continue
        lines: dict[str, str] = {}
        for _, line in fence.body:
            match = _ACCESSIBLE_LINE.match(line)
            if match:
                lines.setdefault(match["key"], match["text"])
        where = f"{path}:{fence.line}"
        title, description = lines.get("accTitle"), lines.get("accDescr")
        if not title:
            found.append(f"{where}: a diagram without `accTitle: <what it shows>` (its name for screen readers and the PDF)")
        if not description:
            found.append(
                f"{where}: a diagram without `accDescr: <one to three sentences>` "
                "(what a reader who cannot see it needs to know)"
            )
        elif len(description.split()) < MIN_DESCRIPTION_WORDS:
            found.append(
                f"{where}: the diagram's accDescr is {len(description.split())} words: say what it shows "
                f"in at least {MIN_DESCRIPTION_WORDS}"
            )
        elif title and description.rstrip(".") == title.rstrip("."):
            found.append(f"{where}: the diagram's accDescr repeats its accTitle: describe what it shows")
    return found


def check_pages(pages: Iterable[tuple[str, str]]) -> list[str]:
    """``problems`` of every ``(path, markdown)`` page."""
    return [problem for path, markdown in pages for problem in problems(markdown, path)]
