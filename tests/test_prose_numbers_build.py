"""Numbers quoted from snippet output, in a real build of the mini project."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.build

QUOTING_PAGE = (
    "---\ntitle: Topic\n---\n"  # front matter: messages still give the file's lines
    "# Topic\n\n### What is alpha? {#alpha}\n\n[[meta: difficulty: core; tags: statistics; roles: data-scientist]]\n\n"
    "Alpha.\n\n### What is beta? {#beta}\n\n[[meta: difficulty: core; tags: llms; roles: ai-engineer]]\n\n"
    "Beta, unlike [alpha][alpha].\n\n"
    "[[run: topic/hello.py]]\n\n"
    "The test MSE falls to [[0.086]] around round 20, then rises\n"
    "to [[0.103]] by round 50; write `[[0.086]]` to quote a number.\n"
)
SNIPPET = "print('round 20: test MSE {:.3f}'.format(0.0861))\nprint('round 50: test MSE {:.3f}'.format(0.1031))\n"


def test_quoted_numbers_render_plain_and_a_changed_output_fails_with_page_line_number_and_snippet(
    mini_project, build_mini, tmp_path
):
    (mini_project / "docs/topic/page.md").write_text(QUOTING_PAGE)
    snippet = mini_project / "snippets/topic/hello.py"
    snippet.write_text(SNIPPET)
    result = build_mini(mini_project)
    assert result.returncode == 0, result.stderr
    html = (tmp_path / "site/topic/page/index.html").read_text()
    assert "falls to 0.086 around round 20, then rises\nto 0.103 by round 50" in html
    assert "<code>[[0.086]]</code>" in html  # in code it is an example, shown as written

    # A dependency upgrade changes what the snippet prints (here: more digits).
    snippet.write_text(SNIPPET.replace(":.3f", ":.4f"))
    result = build_mini(mini_project)
    assert result.returncode != 0
    assert "numbers quoted from snippet output:" in result.stderr
    assert (
        "docs/topic/page.md:20: the prose quotes 0.086 from snippets/topic/hello.py (run at line 18), "
        "but its output does not contain 0.086" in result.stderr
    )
    assert 'closest numbers in the output: 0.0861 (output line 1: "round 20: test MSE 0.0861")' in result.stderr
    assert "docs/topic/page.md:21: the prose quotes 0.103 from snippets/topic/hello.py" in result.stderr
