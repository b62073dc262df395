"""Unit tests of hooks/generated_pages.py: question index and glossary."""

from __future__ import annotations

import pytest

from handbook import generated_pages
from handbook.generated_pages import IndexEntry

pytestmark = pytest.mark.unit


def test_question_index_groups_by_chapter_with_relative_links():
    entries = [
        IndexEntry("Fundamentals", "What is bias?", "fundamentals/gen.md", "bias"),
        IndexEntry("Fundamentals", "What is L1?", "fundamentals/gen.md", "l1"),
        IndexEntry("Coding", "How to sort?", "coding/algo.md", "sorting"),
    ]
    text = generated_pages.question_index(entries, "questions.md")
    assert text.splitlines()[:3] == [generated_pages.FILTERS_BOX, "", "3 questions in 2 chapters."]
    assert "## Fundamentals\n\n1. [What is bias?](fundamentals/gen.md#bias)\n2. [What is L1?]" in text
    assert "## Coding\n\n1. [How to sort?](coding/algo.md#sorting)" in text
    nested = generated_pages.question_index(entries[:1], "meta/questions.md")
    assert "(../fundamentals/gen.md#bias)" in nested


def test_glossary_is_sorted_and_read_from_the_abbreviation_file(tmp_path):
    path = tmp_path / "abbreviations.md"
    path.write_text("<!-- note -->\n*[ROC]: Receiver operating characteristic\n\n*[AUC]: Area | under\n")
    pairs = generated_pages.read_abbreviations(path)
    assert pairs == [("ROC", "Receiver operating characteristic"), ("AUC", "Area | under")]
    table = generated_pages.glossary(pairs).splitlines()
    assert table[2:] == ["| **AUC** | Area \\| under |", "| **ROC** | Receiver operating characteristic |"]


def test_duplicate_abbreviation_names_file_and_line(tmp_path):
    path = tmp_path / "abbreviations.md"
    path.write_text("*[AUC]: one\n\n*[AUC]: two\n")
    with pytest.raises(ValueError, match=r"abbreviations.md:3: 'AUC' is already defined on line 1"):
        generated_pages.read_abbreviations(path)


@pytest.mark.parametrize(
    "text, message",
    [
        ("<!-- About this file.\n     More about it.\n*[AUC]: one\n", r"abbreviations.md:1: a comment \(<!--\) that is never closed"),
        ("*[AUC]: one\n\nAUC is a metric.\n", r"abbreviations.md:3: not a definition"),
    ],
)
def test_text_that_would_show_on_every_page_names_file_and_line(tmp_path, text, message):
    """Every page includes the file: an unclosed comment or a stray line would
    show, as text, at the foot of every page."""
    path = tmp_path / "abbreviations.md"
    path.write_text(text)
    with pytest.raises(ValueError, match=message):
        generated_pages.read_abbreviations(path)


def test_markers_in_code_are_left_alone():
    markdown = "intro\n\n[[glossary]]\n\n```\n[[glossary]]\n```\n"
    out = generated_pages.replace_marker(markdown, "[[glossary]]", "TABLE")
    assert out == "intro\n\nTABLE\n\n```\n[[glossary]]\n```\n"


def test_with_abbreviations_appends_the_include_once_at_the_end():
    page = generated_pages.with_abbreviations("# Title\n\nThe AUC.\n\n\n")
    assert page == '# Title\n\nThe AUC.\n\n--8<-- "abbreviations.md"\n'


def test_a_definition_right_under_another_names_file_and_line(tmp_path):
    path = tmp_path / "abbreviations.md"
    path.write_text("*[AUC]: one\n\n*[ROC]: two\n*[PR]: three\n")
    with pytest.raises(ValueError, match=r"abbreviations.md:4: put a blank line before 'PR'"):
        generated_pages.read_abbreviations(path)
