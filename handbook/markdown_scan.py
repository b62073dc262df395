"""Line-level scanning of Markdown source shared by the build hooks.

The hooks look for two things in a page: snippet directives and question
headings. Both must be ignored inside fenced code blocks, because the
authoring guide shows examples of each in fences.
"""

from __future__ import annotations

import re
from typing import Iterator

_FENCE_OPEN = re.compile(r"^(?P<indent>\s*)(?P<fence>`{3,}|~{3,})")


def prose_lines(markdown: str) -> Iterator[tuple[int, str]]:
    """Yield ``(line_number, line)`` for lines outside fenced code blocks.

    Line numbers are 1-based. A fence closes on a line that starts with at
    least as many of the same fence character, as CommonMark specifies.
    """
    fence: str | None = None
    for number, line in enumerate(markdown.splitlines(), start=1):
        stripped = line.strip()
        if fence is None:
            match = _FENCE_OPEN.match(line)
            if match:
                fence = match.group("fence")
                continue
            yield number, line
        elif stripped.startswith(fence[0] * len(fence)) and not stripped.strip(fence[0]):
            fence = None


def front_matter_lines(raw: str, body: str) -> int:
    """Number of source lines MkDocs stripped (YAML front matter) before ``body``.

    MkDocs hands hooks the page body without its front matter; adding this
    offset turns a body line number back into a line number of the file.
    """
    start = raw.find(body) if body else -1
    return raw.count("\n", 0, start) if start > 0 else 0
