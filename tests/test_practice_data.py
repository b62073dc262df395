"""handbook/practice_data.py: the data the practice scripts read, and the progress boxes."""

from __future__ import annotations

import json

import pytest

from handbook import practice_data
from handbook.answer_meta import Taxonomy

pytestmark = pytest.mark.unit

TAXONOMY = Taxonomy({"core": "Core"}, {"mle": "ML engineer"}, {"acme": "Acme"}, {"rag": "RAG"})
RECORD = {
    "id": "kv-cache", "question": "What is a KV cache?", "chapter": "LLMs", "url": "llms/inference/#kv-cache",
    "short_url": "q/kv-cache/", "short_answer": "Keys </script> and values.", "difficulty": "core",
    "tags": ["rag"], "roles": ["mle"], "companies": [], "source": "docs/llms/inference.md:3",
}
PAGES = {"practice": "practice/", "questions": "questions/"}


def test_the_script_sets_one_global_with_answers_retired_ids_and_the_vocabulary():
    text = practice_data.script([RECORD], {"old-kv": "kv-cache"}, TAXONOMY, None, PAGES)
    assert "</script>" not in text  # safe even if inlined into a page
    prefix = "window.handbookAnswers = "
    data = json.loads(text[text.index(prefix) + len(prefix):].rstrip().rstrip(";"))
    assert data["retired"] == {"old-kv": "kv-cache"} and data["pages"] == PAGES and data["site_url"] == ""
    assert data["chapters"] == ["LLMs"]
    assert data["answers"][0]["short_answer"] == "Keys </script> and values."
    assert "source" not in data["answers"][0]  # the reader needs no source lines
    assert data["taxonomy"]["tags"] == [{"id": "rag", "label": "RAG"}]


def test_the_progress_box_goes_under_the_title_and_escapes_the_chapter():
    page = "---\n---\n# Fundamentals\n\nText.\n"
    boxed = practice_data.with_progress_box(page, 'Q&A "x"')
    assert boxed.splitlines()[2:6] == [
        "# Fundamentals", "", '<div class="practice-progress" data-chapter="Q&amp;A &quot;x&quot;"></div>', "",
    ]
    assert practice_data.with_progress_box("```\n# not a title\n```\nText.\n", "").startswith("\n<div")
