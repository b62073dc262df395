"""Line-level scanning of Markdown source shared by the build hooks.

The hooks look for snippet directives and question headings in the prose,
and for diagrams in the fenced code blocks. Directives and headings must be
ignored inside fences, because the authoring guide shows examples of each
in fences.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterator

_FENCE_OPEN = re.compile(r"^(?P<indent>\s*)(?P<fence>`{3,}|~{3,})(?P<info>.*)$")


@dataclass
class Fence:
    """A fenced code block at the top level of a page (not one shown inside another)."""

    line: int  # 1-based line of the opening fence
    info: str  # the info string: "mermaid", "python title=...", ""
    body: list[tuple[int, str]] = field(default_factory=list)  # (line number, line) inside the fence

    @property
    def language(self) -> str:
        return self.info.split()[0] if self.info.split() else ""


def _scan(markdown: str) -> Iterator[tuple[int, str, Fence | None]]:
    """Every line with the fence it is inside (its opening and closing lines
    included), or None for prose. A fence closes on a line that starts with
    at least as many of the same fence character and holds nothing else, as
    CommonMark specifies, so a ```` fence can show a ``` one."""
    fence: Fence | None = None
    marker = ""
    for number, line in enumerate(markdown.splitlines(), start=1):
        stripped = line.strip()
        if fence is None:
            match = _FENCE_OPEN.match(line)
            if match:
                marker = match.group("fence")
                fence = Fence(number, match.group("info").strip())
            yield number, line, fence
        elif stripped.startswith(marker[0] * len(marker)) and not stripped.strip(marker[0]):
            yield number, line, fence
            fence = None
        else:
            fence.body.append((number, line))
            yield number, line, fence


def prose_lines(markdown: str) -> Iterator[tuple[int, str]]:
    """Yield ``(line_number, line)`` for lines outside fenced code blocks (1-based)."""
    for number, line, fence in _scan(markdown):
        if fence is None:
            yield number, line


def fences(markdown: str) -> Iterator[Fence]:
    """Every top-level fenced code block, in page order, once its body is read
    (an unclosed fence runs to the end of the page, as in CommonMark)."""
    last = None
    for _, _, fence in _scan(markdown):
        if fence is not last and last is not None:
            yield last
        last = fence
    if last is not None:
        yield last


def front_matter_lines(raw: str, body: str) -> int:
    """Number of source lines MkDocs stripped (YAML front matter) before ``body``.

    MkDocs hands hooks the page body without its front matter; adding this
    offset turns a body line number back into a line number of the file.
    """
    start = raw.find(body) if body else -1
    return raw.count("\n", 0, start) if start > 0 else 0
