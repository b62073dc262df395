"""Page sections generated at build time from data the handbook already has.

- ``[[question-index]]``: every question, grouped by chapter, linked to its
  answer; built from the same answer records as ``answers.json``.
- ``[[glossary]]``: every abbreviation of ``includes/abbreviations.md`` (the
  file that also gives the tooltips), as one table.
- the tooltips themselves: ``with_abbreviations`` appends the include of that
  file to a page, for pymdownx.snippets and the abbr extension to expand.

Both are written once, from one source, so they can never drift from it.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from itertools import groupby
from pathlib import Path

from .markdown_scan import prose_lines

QUESTION_INDEX = "[[question-index]]"
GLOSSARY = "[[glossary]]"
FILTERS_BOX = '<div class="practice-filters-box" data-question-filters></div>'
ABBREVIATIONS_INCLUDE = '--8<-- "abbreviations.md"'
ABBREVIATION = re.compile(r"^\*\[(?P<term>[^\]]+)\]:\s*(?P<meaning>.+?)\s*$")


@dataclass(frozen=True)
class IndexEntry:
    chapter: str
    question: str
    src_uri: str  # page path inside docs/
    id: str


def _escape_cell(text: str) -> str:
    return text.replace("|", "\\|")


def question_index(entries: list[IndexEntry], page_src_uri: str) -> str:
    """Markdown: a section per chapter (in the order given), a numbered list of links."""
    page_dir = os.path.dirname(page_src_uri)
    total = len(entries)
    chapters = [(chapter, list(items)) for chapter, items in groupby(entries, key=lambda e: e.chapter)]
    # The filters (docs/javascripts/practice.js) go in this box; without
    # scripts, and in the PDF, it stays empty and the list is complete.
    lines = [FILTERS_BOX, "", f"{total} questions in {len(chapters)} chapters.", ""]
    for chapter, items in chapters:
        lines += [f"## {chapter}", ""]
        for number, entry in enumerate(items, start=1):
            target = os.path.relpath(entry.src_uri, page_dir or ".")
            lines.append(f"{number}. [{entry.question}]({target}#{entry.id})")
        lines.append("")
    return "\n".join(lines)


def read_abbreviations(path: Path) -> list[tuple[str, str]]:
    """``(term, meaning)`` pairs of an abbreviations file, in file order.

    Raises ValueError naming ``file:line`` for a duplicate term, for a
    definition right under another: each must be a Markdown block of its
    own (the abbr extension takes one definition out of a block per pass and
    hands the rest back to every block processor; 280 definitions in one
    block cost three quarters of a warm build, since every page includes
    them), and for any other text: every page includes the file, so a stray
    line, or a comment left open, shows at the foot of every page.
    """
    seen: dict[str, int] = {}
    pairs = []
    previous = ""
    comment_opened = 0  # the line of an <!-- not yet closed
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if comment_opened or line.lstrip().startswith("<!--"):
            comment_opened = 0 if "-->" in line else comment_opened or number
            previous = ""
            continue
        match = ABBREVIATION.match(line)
        follows_definition = bool(ABBREVIATION.match(previous))
        previous = line
        if not match:
            if line.strip():
                raise ValueError(
                    f"{path}:{number}: not a definition (*[ABBR]: Definition), a blank line or a <!-- comment -->"
                )
            continue
        term = match.group("term")
        if follows_definition:
            raise ValueError(f"{path}:{number}: put a blank line before '{term}': one definition per block")
        if term in seen:
            raise ValueError(f"{path}:{number}: '{term}' is already defined on line {seen[term]}")
        seen[term] = number
        pairs.append((term, match.group("meaning")))
    if comment_opened:
        raise ValueError(f"{path}:{comment_opened}: a comment (<!--) that is never closed (-->)")
    return pairs


def glossary(pairs: list[tuple[str, str]]) -> str:
    """Markdown table of abbreviations, sorted case-insensitively."""
    lines = ["| Abbreviation | Meaning |", "| --- | --- |"]
    for term, meaning in sorted(pairs, key=lambda pair: pair[0].lower()):
        lines.append(f"| **{_escape_cell(term)}** | {_escape_cell(meaning)} |")
    return "\n".join(lines) + "\n"


def replace_marker(markdown: str, marker: str, content: str) -> str:
    """Replace every line that is exactly ``marker`` (outside code) with ``content``."""
    lines = markdown.splitlines()
    for number, line in prose_lines(markdown):
        if line.strip() == marker:
            lines[number - 1] = content
    return "\n".join(lines) + "\n"


def with_abbreviations(markdown: str) -> str:
    """The page with the abbreviations file included at its end, so every
    abbreviation on the page gets its tooltip."""
    return f"{markdown.rstrip()}\n\n{ABBREVIATIONS_INCLUDE}\n"
