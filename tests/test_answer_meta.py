"""handbook/answer_meta.py: the metadata line under each answer, checked against taxonomy.yml."""

from __future__ import annotations

from pathlib import Path

import pytest

from handbook import answer_meta
from handbook.answer_meta import Meta, MetadataError, Taxonomy
from handbook.project import ROOT, TAXONOMY

pytestmark = pytest.mark.unit

VOCABULARY = Taxonomy(
    difficulties={"core": "Core", "advanced": "Advanced", "staff": "Staff"},
    roles={"ml-engineer": "ML engineer", "data-scientist": "Data scientist"},
    companies={"pinterest": "Pinterest"},
    tags={"regularization": "Regularization", "rag": "RAG & retrieval"},
)
GOOD = "[[meta: difficulty: core; tags: regularization; roles: ml-engineer]]"


def page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def problems_of(markdown: str) -> list[str]:
    return answer_meta.scan(markdown, "docs/p.md", VOCABULARY).problems


def test_the_real_taxonomy_loads_and_has_every_section():
    taxonomy = Taxonomy.load(ROOT / TAXONOMY)
    assert list(taxonomy.difficulties) == ["core", "advanced", "staff"]
    assert {"ml-engineer", "data-scientist", "research-scientist", "ai-engineer"} <= set(taxonomy.roles)
    assert len(taxonomy.tags) >= 30


def test_a_line_under_the_heading_is_read_with_every_field():
    markdown = page(
        "# Page", "", "### What is L1? {#l1}", "",
        "[[meta: difficulty: advanced; tags: regularization, rag; roles: ml-engineer, data-scientist; companies: pinterest]]",
        "", "L1 is ...",
    )
    scan = answer_meta.scan(markdown, "docs/p.md", VOCABULARY)
    assert scan.problems == []
    assert scan.found == [
        answer_meta.Found("l1", 5, Meta("advanced", ("regularization", "rag"), ("ml-engineer", "data-scientist"), ("pinterest",)))
    ]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("[[meta: difficulty: hard; tags: rag; roles: ml-engineer]]", "docs/p.md:3: unknown difficulty 'hard'"),
        ("[[meta: difficulty: core; tags: rag, vibes; roles: ml-engineer]]", "docs/p.md:3: unknown tag 'vibes'"),
        ("[[meta: difficulty: core; tags: rag; roles: ceo]]", "docs/p.md:3: unknown role 'ceo'"),
        ("[[meta: difficulty: core; tags: rag; roles: ml-engineer; companies: acme]]", "docs/p.md:3: unknown company 'acme'"),
        ("[[meta: tags: rag; roles: ml-engineer]]", "docs/p.md:3: no difficulty"),
        ("[[meta: difficulty: core; roles: ml-engineer]]", "docs/p.md:3: no tags"),
        ("[[meta: difficulty: core, staff; tags: rag; roles: ml-engineer]]", "'difficulty' takes one value, not 2"),
        ("[[meta: difficulty: core; tags: rag; tags: rag; roles: ml-engineer]]", "field 'tags' is given twice"),
        ("[[meta: difficulty: core; topics: rag; roles: ml-engineer]]", "unknown field 'topics'"),
        ("[[meta: difficulty: core; tags: rag,; roles: ml-engineer]]", "field 'tags' has an empty value"),
        ("[[meta: core; tags: rag; roles: ml-engineer]]", "'core' is not 'field: values'"),
    ],
)
def test_each_bad_line_is_reported_with_file_and_line(line, message):
    problems = problems_of(page("### Q? {#q}", "", line))
    assert any(message in problem for problem in problems), problems


def test_the_allowed_values_are_listed_in_the_message():
    [problem] = problems_of(page("### Q? {#q}", "", "[[meta: difficulty: easy; tags: rag; roles: ml-engineer]]"))
    assert "core, advanced, staff" in problem and "taxonomy.yml" in problem


def test_an_answer_without_metadata_is_reported_at_its_heading():
    markdown = page("### First? {#first}", "", "Text.", "", "### Last? {#last}")
    assert problems_of(markdown) == [
        f"docs/p.md:1: answer 'first' has no metadata; put a line such as {answer_meta.EXAMPLE} right under its heading",
        f"docs/p.md:5: answer 'last' has no metadata; put a line such as {answer_meta.EXAMPLE} right under its heading",
    ]


def test_a_line_that_is_not_right_under_a_question_is_reported():
    markdown = page("## Plain heading", "", GOOD, "", "### Q? {#q}", "", GOOD, "", "Text.", "", GOOD)
    problems = problems_of(markdown)
    assert [p.split(":")[1] for p in problems] == ["3", "11"]
    assert all("not right under a question heading" in p for p in problems)


def test_examples_inside_fenced_code_are_ignored():
    markdown = page("```markdown", "### Example? {#example}", "", "[[meta: difficulty: nope]]", "```")
    assert problems_of(markdown) == []


def test_line_numbers_count_the_front_matter():
    scan = answer_meta.scan(page("### Q? {#q}", "", "[[meta: tags: rag]]"), "docs/p.md", VOCABULARY, line_offset=4)
    assert scan.problems and scan.problems[0].startswith("docs/p.md:7:")


def test_replace_lines_keeps_every_other_line_and_the_line_count():
    markdown = page("### A? {#a}", "", GOOD, "", "Body.", "### B? {#b}", "", GOOD)
    replaced = answer_meta.replace_lines(markdown, lambda answer_id, meta: f"<{answer_id}:{meta.difficulty}>")
    assert replaced == page("### A? {#a}", "", "<a:core>", "", "Body.", "### B? {#b}", "", "<b:core>")
    assert answer_meta.replace_lines(markdown, lambda *_: "").count("\n") == markdown.count("\n")


def test_chips_link_to_the_filtered_index_and_escape_labels():
    meta = Meta("core", ("rag",), ("ml-engineer",), ("pinterest",))
    chips = answer_meta.chips_html("q", meta, VOCABULARY, "../questions/", "q/q/", "https://example.org/hb/q/q/")
    assert chips.startswith(
        '<div class="answer-meta" data-answer-id="q" data-short-link="q/q/" '
        'data-published-link="https://example.org/hb/q/q/">'
    )
    assert 'data-published-link' not in answer_meta.chips_html("q", meta, VOCABULARY, "../questions/", "q/q/")
    assert 'href="../questions/?difficulty=core"' in chips
    assert 'href="../questions/?tag=rag"' in chips and ">RAG &amp; retrieval</a>" in chips
    assert 'href="../questions/?company=pinterest"' in chips and ">Asked at Pinterest</a>" in chips
    assert "\n" not in chips  # one line: the page keeps its line numbers


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "taxonomy.yml"
    path.write_text(text, encoding="utf-8")
    return path


FULL = "difficulties:\n  core: Core\nroles:\n  mle: MLE\ncompanies:\n  acme: Acme\ntags:\n  rag: RAG\n"


def test_taxonomy_errors_name_the_line(tmp_path):
    with pytest.raises(MetadataError, match=r"taxonomy.yml:9: 'Bad_Tag' in 'tags' is not a kebab-case ID"):
        Taxonomy.load(write(tmp_path, FULL + "  Bad_Tag: Bad\n"))
    with pytest.raises(MetadataError, match=r"taxonomy.yml:10: 'empty' in 'tags' needs a label"):
        Taxonomy.load(write(tmp_path, FULL + "  ok: OK\n  empty:\n"))
    with pytest.raises(MetadataError, match=r"section 'roles' must map IDs to labels"):
        Taxonomy.load(write(tmp_path, FULL.replace("roles:\n  mle: MLE\n", "roles: []\n")))
    with pytest.raises(MetadataError, match=r"taxonomy.yml:\d+: not valid YAML"):
        Taxonomy.load(write(tmp_path, FULL + "  rag: [unclosed\n"))
    with pytest.raises(MetadataError, match=r"taxonomy.yml:9: unknown section 'levels'"):
        Taxonomy.load(write(tmp_path, FULL + "levels:\n  x: X\n"))
