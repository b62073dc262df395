"""Unit tests of handbook/answer_ids.py: question headings, uniqueness, the registry."""

from __future__ import annotations

import pytest

from handbook import answer_ids
from handbook.answer_ids import Answer, AnswerIdError, Registry

pytestmark = pytest.mark.unit


def test_question_headings_with_ids_are_answers():
    markdown = (
        "# Page\n\n## Why it matters\n\n"
        "### What is the difference between L1 and L2? {#l1-vs-l2}\n\ntext\n"
        "#### Is it convex? { #convexity .extra }\n"
        "### What is bias? Give an example. {#bias-example}\n"
    )
    found, problems = answer_ids.find_answers(markdown, "docs/p.md")
    assert problems == []
    assert found == [
        Answer("l1-vs-l2", "What is the difference between L1 and L2?", "docs/p.md", 5),
        Answer("convexity", "Is it convex?", "docs/p.md", 8),
        Answer("bias-example", "What is bias? Give an example.", "docs/p.md", 9),
    ]


def test_question_without_id_is_reported_with_file_and_line():
    found, problems = answer_ids.find_answers("# P\n\n\n### Why is the sky blue?\n", "docs/p.md", 2)
    assert found == []
    assert problems == [
        "docs/p.md:6: question heading has no ID; end it with {#some-id}: ### Why is the sky blue?"
    ]


@pytest.mark.parametrize("bad", ["L1-vs-L2", "l1_vs_l2", "-l1", "l1--l2"])
def test_ids_must_be_kebab_case(bad):
    _, problems = answer_ids.find_answers(f"### What? {{#{bad}}}\n", "docs/p.md")
    assert problems == [f"docs/p.md:1: answer ID '{bad}' is not kebab-case (a-z, 0-9, '-')"]


def test_headings_in_code_fences_are_ignored():
    markdown = "```markdown\n### What is X? \n```\n"
    assert answer_ids.find_answers(markdown, "docs/p.md") == ([], [])


def test_duplicate_ids_name_both_places():
    answers = [Answer("x", "A?", "docs/a.md", 3), Answer("x", "B?", "docs/b.md", 9)]
    assert answer_ids.check_unique(answers) == [
        "docs/b.md:9: duplicate answer ID 'x', already used at docs/a.md:3"
    ]


def test_a_removed_published_id_breaks_the_registry():
    registry = Registry(published=["alpha", "beta"], retired={})
    problems = answer_ids.check_registry(registry, {"alpha"}, "answer-ids.yml")
    assert problems == [
        "answer-ids.yml: published answer ID 'beta' is no longer defined by any page; "
        "restore its heading, or map it to its successor under `retired:`"
    ]


def test_a_retired_id_must_lead_to_a_live_answer():
    registry = Registry(published=["alpha", "beta"], retired={"beta": "gamma", "gamma": "alpha"})
    assert answer_ids.check_registry(registry, {"alpha"}, "r.yml") == []
    assert answer_ids.resolve(registry, "beta") == "alpha"
    broken = Registry(published=["beta"], retired={"beta": "nowhere"})
    assert answer_ids.check_registry(broken, set(), "r.yml") == [
        "r.yml: retired ID 'beta' maps to 'nowhere', which no page defines"
    ]


def test_registry_round_trips_and_reports_yaml_errors_with_line(tmp_path):
    path = tmp_path / "answer-ids.yml"
    path.write_text(Registry(["b", "a"], {"old": "a"}).dump())
    loaded = Registry.load(path)
    assert loaded.published == ["a", "b"] and loaded.retired == {"old": "a"}
    path.write_text("published:\n  - a\n  bad: [\n")
    with pytest.raises(AnswerIdError, match=r"answer-ids.yml:\d+: not valid YAML"):
        Registry.load(path)


def test_cli_adds_new_ids_without_losing_published_ones(tmp_path, capsys):
    import runpy

    from conftest import ROOT

    main = runpy.run_path(str(ROOT / "tools" / "ids.py"))["main"]
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "p.md").write_text("### What is new? {#new-one}\n\n### What is old? {#old-one}\n")
    registry = tmp_path / "answer-ids.yml"
    registry.write_text("published: [old-one]\nretired: {gone: old-one}\n")
    assert main(["--docs", str(docs), "--registry", str(registry)]) == 1
    assert "new answer ID 'new-one' is not registered" in capsys.readouterr().err
    assert main(["--docs", str(docs), "--registry", str(registry), "--write"]) == 0
    assert Registry.load(registry) == Registry(["new-one", "old-one"], {"gone": "old-one"})
