"""Unit tests of handbook/diagrams.py and the fence scanner it stands on."""

from __future__ import annotations

import pytest

from handbook import diagrams
from handbook.markdown_scan import fences, prose_lines

pytestmark = pytest.mark.unit

DESCRIBED = """\
# Page

```mermaid
flowchart LR
    accTitle: Training and serving share one feature pipeline
    accDescr: Raw events go through one feature pipeline whose output feeds both the trainer and the online model.
    A["Events"] --> B["Features"]
```
"""


def test_fences_reads_top_level_blocks_with_their_lines():
    page = "intro\n\n```python title=\"a.py\"\nx = 1\n```\n\ntext\n~~~\nplain\n~~~\n"
    found = list(fences(page))
    assert [(fence.line, fence.language, fence.body) for fence in found] == [
        (3, "python", [(4, "x = 1")]),
        (8, "", [(9, "plain")]),
    ]
    assert list(prose_lines(page)) == [(1, "intro"), (2, ""), (6, ""), (7, "text")]


def test_a_fence_shown_inside_a_longer_one_is_not_a_block():
    page = "````markdown\n```mermaid\nflowchart LR\n```\n````\n"
    (outer,) = fences(page)
    assert outer.language == "markdown" and [n for n, _ in outer.body] == [2, 3, 4]


def test_an_unclosed_fence_runs_to_the_end():
    (fence,) = fences("```mermaid\nflowchart LR\n")
    assert fence.body == [(2, "flowchart LR")]


def test_a_described_diagram_passes():
    assert diagrams.problems(DESCRIBED, "docs/a.md") == []


@pytest.mark.parametrize(
    "drop, expected",
    [
        ("accTitle", "docs/a.md:3: a diagram without `accTitle:"),
        ("accDescr", "docs/a.md:3: a diagram without `accDescr:"),
    ],
)
def test_a_missing_line_is_named_with_the_fence_line(drop, expected):
    page = "\n".join(line for line in DESCRIBED.splitlines() if drop not in line)
    (problem,) = diagrams.problems(page, "docs/a.md")
    assert problem.startswith(expected)


def test_an_empty_title_counts_as_missing():
    page = DESCRIBED.replace("accTitle: Training and serving share one feature pipeline", "accTitle:")
    (problem,) = diagrams.problems(page, "docs/a.md")
    assert "without `accTitle:" in problem


def test_a_description_of_a_few_words_is_too_short():
    page = DESCRIBED.replace(
        "accDescr: Raw events go through one feature pipeline whose output feeds both the trainer and the online model.",
        "accDescr: Events to features.",
    )
    (problem,) = diagrams.problems(page, "docs/a.md")
    assert "accDescr is 3 words" in problem


def test_a_description_that_repeats_the_title_is_refused():
    title = "Raw events feed one feature pipeline for training and serving"
    page = DESCRIBED.replace("Training and serving share one feature pipeline", title).replace(
        "Raw events go through one feature pipeline whose output feeds both the trainer and the online model.",
        title + ".",
    )
    (problem,) = diagrams.problems(page, "docs/a.md")
    assert "repeats its accTitle" in problem


def test_other_fences_and_diagrams_shown_as_examples_are_left_alone():
    page = "```python\nprint(1)\n```\n\n````markdown\n```mermaid\nflowchart LR\n    A --> B\n```\n````\n"
    assert diagrams.problems(page, "docs/a.md") == []


def test_check_pages_names_each_page():
    bad = "```mermaid\nflowchart LR\n    A --> B\n```\n"
    found = diagrams.check_pages([("docs/a.md", DESCRIBED), ("docs/b.md", bad)])
    assert [problem.split(": ")[0] for problem in found] == ["docs/b.md:1", "docs/b.md:1"]
