"""The strict build: the real handbook, and a mini project for each bad input."""

from __future__ import annotations

import pytest

import json
import re
from pathlib import Path

from handbook import answer_ids
from conftest import ROOT, tree_digest

pytestmark = pytest.mark.build

# --- the real handbook -----------------------------------------------------------


def test_answers_json_lists_every_question_heading(answers):
    in_docs = answer_ids.answers_in_folder(ROOT / "docs", relative_to=ROOT)
    assert sorted(a["id"] for a in answers) == sorted(a.id for a in in_docs)
    for record in answers:
        assert set(record) >= {"id", "question", "chapter", "url", "short_url"}
        assert "?" in record["question"]
        assert record["url"].endswith(f"#{record['id']}")
        assert not record["url"].startswith(("/", "http"))


def test_every_answer_url_leads_to_its_heading(built_site, answers):
    for record in answers:
        page, fragment = record["url"].split("#")
        html = (built_site / page / "index.html").read_text(encoding="utf-8")
        assert re.search(rf'<h[2-4] id="{fragment}"', html), record["url"]


def test_every_short_link_redirects_relatively_to_its_answer(built_site, answers):
    for record in answers:
        html = (built_site / "q" / record["id"] / "index.html").read_text(encoding="utf-8")
        target = f"../../{record['url']}"
        assert f'content="0; url={target}"' in html, record["id"]
        # Only the link preview names the published address; the redirect is relative.
        redirect = re.sub(r'<meta property="og:url"[^>]*>', "", html)
        assert "http" not in redirect.replace("http-equiv", "")


def test_every_answer_id_is_registered(answers):
    registry = answer_ids.Registry.load(ROOT / "answer-ids.yml")
    assert answer_ids.unregistered(registry, [a["id"] for a in answers]) == [], "run `make ids`"


def test_figures_and_vendored_libraries_are_published(built_site):
    assert (built_site / "assets/snippets/fundamentals/lasso_vs_ridge_paths/lasso_vs_ridge_paths.svg").is_file()
    assert (built_site / "assets/vendor/mermaid/mermaid.min.js").stat().st_size > 1_000_000
    assert list((built_site / "assets/vendor/katex/fonts").glob("*.woff2"))


def test_every_snippet_figure_carries_its_authors_alt_text(built_site):
    figures = []
    for page in built_site.rglob("index.html"):
        html = page.read_text(encoding="utf-8")
        figures += re.findall(r'<figure class="snippet-figure">\s*<p><img alt="([^"]*)" src="([^"]+)"', html)
    assert len(figures) >= 40
    short = [(src, alt) for alt, src in figures if len(alt.split()) < 8]
    assert not short, f"alt text that does not say what the figure shows: {short}"


def test_no_page_shows_an_html_comment_as_text(built_site):
    """A comment left open (in a page, or in the abbreviations every page
    includes) is printed as text; in code it is an example, and fine."""
    shown = []
    for html in built_site.rglob("*.html"):
        text = re.sub(r"<(pre|code)\b.*?</\1>", "", html.read_text(encoding="utf-8"), flags=re.S)
        if "&lt;!--" in text:
            shown.append(str(html.relative_to(built_site)))
    assert not shown, f"{len(shown)} pages show '<!--' as text: {shown[:5]}"


def test_snippet_output_is_embedded_after_its_source(built_site):
    html = (built_site / "fundamentals/generalization/index.html").read_text(encoding="utf-8")
    source = html.index('<span class="filename">fundamentals/lasso_vs_ridge_paths.py</span>')
    output = html.index('<span class="filename">Output</span>', source)
    assert "Lasso zeros" in html[output:]
    assert html.index("lasso_vs_ridge_paths.svg", output) > output


# --- bad input, on a mini project that shares the real config and hooks --------


def test_mini_project_builds_with_answers_short_links_and_snippet(mini_project, build_mini, tmp_path):
    before = tree_digest(mini_project / "docs", mini_project / "snippets")
    result = build_mini(mini_project)
    assert result.returncode == 0, result.stderr
    assert tree_digest(mini_project / "docs", mini_project / "snippets") == before
    site = tmp_path / "site"
    records = json.loads((site / "answers.json").read_text())
    assert [(r["id"], r["chapter"], r["url"]) for r in records] == [
        ("alpha", "Topic", "topic/page/#alpha"),
        ("beta", "Topic", "topic/page/#beta"),
    ]
    assert "hello from a snippet" in (site / "topic/page/index.html").read_text()
    assert (site / "q/beta/index.html").is_file()


def test_removed_published_id_fails_the_build(mini_project, build_mini):
    page = mini_project / "docs/topic/page.md"
    page.write_text(page.read_text().replace(" {#beta}", " {#beta-renamed}"))
    result = build_mini(mini_project)
    assert result.returncode != 0
    assert "published answer ID 'beta' is no longer defined by any page" in result.stderr


def test_retired_id_redirects_to_its_successor(mini_project, build_mini, tmp_path):
    page = mini_project / "docs/topic/page.md"
    page.write_text(page.read_text().replace(" {#beta}", " {#beta-renamed}"))
    (mini_project / "answer-ids.yml").write_text(
        "published: [alpha, beta-renamed]\nretired: {beta: beta-renamed}\n"
    )
    result = build_mini(mini_project)
    assert result.returncode == 0, result.stderr
    html = (tmp_path / "site/q/beta/index.html").read_text()
    assert 'url=../../topic/page/#beta-renamed"' in html


def test_question_without_id_fails_with_file_and_line(mini_project, build_mini):
    page = mini_project / "docs/topic/page.md"
    page.write_text(page.read_text() + "\n### Why would anyone forget the ID?\n")
    result = build_mini(mini_project)
    assert result.returncode != 0
    assert "docs/topic/page.md:17: question heading has no ID" in result.stderr


def test_duplicate_id_fails_with_both_places(mini_project, build_mini):
    (mini_project / "docs/index.md").write_text("# Mini\n\n### What is alpha again? {#alpha}\n")
    result = build_mini(mini_project)
    assert result.returncode != 0
    assert "docs/topic/page.md:3: duplicate answer ID 'alpha', already used at docs/index.md:3" in result.stderr


def test_failing_snippet_fails_with_page_and_snippet_lines(mini_project, build_mini):
    (mini_project / "snippets/topic/hello.py").write_text("import math\n\nmath.sqrt(-1)\n")
    result = build_mini(mini_project)
    assert result.returncode != 0
    assert "docs/topic/page.md:15: snippet snippets/topic/hello.py:3 exited with code 1" in result.stderr
    assert "ValueError: math domain error" in result.stderr


def test_missing_snippet_fails_with_page_line(mini_project, build_mini):
    (mini_project / "snippets/topic/hello.py").unlink()
    result = build_mini(mini_project)
    assert result.returncode != 0
    assert "docs/topic/page.md:15: snippet snippets/topic/hello.py does not exist" in result.stderr


def test_link_to_an_unknown_answer_id_fails(mini_project, build_mini):
    page = mini_project / "docs/topic/page.md"
    page.write_text(page.read_text().replace("[alpha][alpha]", "[alpha][alpha-typo]"))
    result = build_mini(mini_project)
    assert result.returncode != 0
    assert "alpha-typo" in result.stderr


def test_missing_node_modules_is_explained(mini_project, build_mini):
    (mini_project / "node_modules").unlink()
    (mini_project / "node_modules").mkdir()
    result = build_mini(mini_project)
    assert result.returncode != 0
    assert "run `make setup` (npm ci)" in result.stderr


def test_question_index_and_glossary_are_generated(mini_project, build_mini, tmp_path):
    (mini_project / "docs/index.md").write_text("# Mini\n\n[[question-index]]\n\n## Terms\n\n[[glossary]]\n")
    result = build_mini(mini_project)
    assert result.returncode == 0, result.stderr
    html = (tmp_path / "site/index.html").read_text()
    assert '<a href="topic/page/#alpha">What is alpha?</a>' in html
    assert "AUC</abbr></strong>" in html and "Receiver operating characteristic" in html


def test_an_unregistered_answer_id_fails_the_release_before_anything_is_built(mini_project, tmp_path):
    from handbook import export

    (mini_project / "answer-ids.yml").write_text("published: [alpha]\nretired: {}\n")
    with pytest.raises(export.ExportError, match=r"answer-ids.yml: new answer ID 'beta' is not registered"):
        export.release(tmp_path / "site", progress=lambda message: None, config=mini_project / "mkdocs.yml")
    assert not (tmp_path / "site").exists()


def test_mermaid_settings_script_carries_the_arguments_of_mkdocs_yml(built_site):
    from mkdocs.config import load_config

    arguments = load_config(str(ROOT / "mkdocs.yml")).plugins["mermaid2"].config["arguments"]
    script = (built_site / "assets/javascripts/mermaid-settings.js").read_text(encoding="utf-8")
    assert json.loads(script.split("window.handbookMermaidSettings = ", 1)[1].rstrip().rstrip(";")) == arguments


def test_short_links_preview_the_question_and_its_short_answer(built_site, answers):
    import html as html_lib

    record = next(a for a in answers if a["id"] == "l1-vs-l2")
    assert record["short_answer"].startswith(("L1", "Both", "The")) and len(record["short_answer"]) > 80
    page = (built_site / record["short_url"] / "index.html").read_text(encoding="utf-8")
    title = html_lib.escape(record["question"], quote=True)
    assert f'<meta property="og:title" content="{title}">' in page
    assert f"<title>{html_lib.escape(record['question'])}</title>" in page
    description = re.search(r'<meta property="og:description" content="([^"]*)">', page)[1]
    assert html_lib.unescape(description)[:60] == record["short_answer"][:60]
    assert '<meta name="twitter:card" content="summary">' in page
    empty = [a["id"] for a in answers if not a["short_answer"]]
    assert not empty, f"answers without a short answer after their heading: {empty}"


def test_every_page_has_its_own_description(built_site):
    generic = []
    for page in built_site.rglob("index.html"):
        html = page.read_text(encoding="utf-8")
        if 'http-equiv="refresh"' in html or page.parent.name == "404":
            continue
        tag = re.search(r'<meta[^>]*\bname="description"[^>]*>', html)
        match = tag and re.search(r"""content=(["'])(?P<text>.*?)\1""", tag[0])
        if not match or len(match["text"]) < 40 or match["text"].startswith("Interview questions on machine learning and AI, answered"):
            generic.append(str(page.parent.relative_to(built_site)))
    assert not generic, f"pages without a description of their own: {generic}"


# --- answer metadata -----------------------------------------------------------------


def test_metadata_becomes_chips_answers_json_fields_and_the_practice_data(mini_project, build_mini, tmp_path):
    result = build_mini(mini_project)
    assert result.returncode == 0, result.stderr
    site = tmp_path / "site"
    html = (site / "topic/page/index.html").read_text()
    assert "[[meta" not in html
    assert '<div class="answer-meta" data-answer-id="beta" data-short-link="q/beta/">' in html
    assert '<a class="answer-chip answer-chip--company" href="../../questions/?company=netflix"' in html
    records = {r["id"]: r for r in json.loads((site / "answers.json").read_text())}
    assert {k: records["beta"][k] for k in ("difficulty", "tags", "roles", "companies")} == {
        "difficulty": "staff", "tags": ["llms", "rag"], "roles": ["ai-engineer"], "companies": ["netflix"],
    }
    script = (site / "assets/javascripts/answers-data.js").read_text()
    prefix = "window.handbookAnswers = "
    data = json.loads(script[script.index(prefix) + len(prefix):].rstrip().rstrip(";"))
    assert [a["id"] for a in data["answers"]] == ["alpha", "beta"]
    assert data["answers"][0]["short_answer"] == "Alpha."
    assert data["taxonomy"]["difficulties"][0] == {"id": "core", "label": "Core"}


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("difficulty: core; tags: statistics", "difficulty: easy; tags: statistics", "docs/topic/page.md:5: unknown difficulty 'easy'"),
        ("tags: llms, rag", "tags: llms, ragg", "docs/topic/page.md:11: unknown tag 'ragg'"),
        ("roles: ai-engineer", "roles: prompt-whisperer", "docs/topic/page.md:11: unknown role 'prompt-whisperer'"),
        ("[[meta: difficulty: core; tags: statistics; roles: data-scientist]]", "", "docs/topic/page.md:3: answer 'alpha' has no metadata"),
    ],
)
def test_bad_metadata_fails_the_build_with_file_and_line(mini_project, build_mini, old, new, message):
    page = mini_project / "docs/topic/page.md"
    page.write_text(page.read_text().replace(old, new))
    result = build_mini(mini_project)
    assert result.returncode != 0
    assert message in result.stderr + result.stdout


def test_a_diagram_without_its_description_fails_the_build_with_file_and_line(mini_project, build_mini):
    page = mini_project / "docs/topic/page.md"
    page.write_text(page.read_text() + "\n```mermaid\nflowchart LR\n    accTitle: Alpha then beta\n    A --> B\n```\n")
    result = build_mini(mini_project)
    assert result.returncode != 0
    assert "docs/topic/page.md:17: a diagram without `accDescr:" in result.stderr
