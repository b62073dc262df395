"""Unit tests of handbook/prose_numbers.py: numbers the prose quotes from snippet output."""

from __future__ import annotations

from pathlib import Path

import pytest

from handbook import previews, prose_numbers, snippet_runner
from handbook.markdown_scan import front_matter_lines
from handbook.prose_numbers import check_page, display, find_in_output, find_quotes, number_tokens, strip_markers

pytestmark = pytest.mark.unit


# --- the matching rule: the number as written, as a whole number of the output ---


@pytest.mark.parametrize(
    "quoted, output",
    [
        ("0.086", "round 20: test MSE 0.086"),
        ("0.086", "[0.103 0.086 0.091]"),  # NumPy array
        ("0.086", "MSE=0.086, MAE=0.2"),
        ("0.086", "0.086."),  # end of a sentence
        ("20", "round 20: test MSE 0.086"),
        ("-0.5", "coef -0.5"),
        ("\u22120.5", "coef -0.5"),  # the prose may use a typographic minus
        ("-0.5", "[-0.5, 1.0]"),
        ("0.5", "change +0.5"),  # + is the same as no sign
        ("12,345", "rows 12345"),  # thousands separators are ignored on both sides
        ("12345", "rows 12,345"),
        ("1,000,000", "n = 1_000_000"),
        ("12\u202f345", "rows 12,345"),
        ("11 %", "accuracy 11%"),
        ("11 %", "accuracy 11 %"),
        ("11", "accuracy 11%"),  # a plain number may be printed as a percentage
        ("1e-05", "lr 1E-05"),
        ("3.2", "speed-up 3.2x"),  # a unit may follow
        ("1", "x-1"),  # a hyphen after a letter is not a sign
        ("5", "classes 3-5"),
        ("0.10", "R2 0.506 +/-0.10"),  # the minus of +/- is not a sign
    ],
)
def test_a_quoted_number_matches_the_same_number_in_the_output(quoted, output):
    assert find_in_output(quoted, output), (quoted, output)


@pytest.mark.parametrize(
    "quoted, output",
    [
        ("0.086", "test MSE 0.0861"),  # more digits: a different number
        ("0.086", "test MSE 10.086"),
        ("0.086", "test MSE 0.0860"),  # trailing zero: as written
        ("0.09", "test MSE 0.086"),  # no rounding
        ("0.5", "coef -0.5"),  # the sign counts
        ("-1", "x-1"),
        ("11 %", "accuracy 0.11"),  # a quoted percentage needs a percent sign
        ("11 %", "accuracy 11"),
        ("1e-05", "lr 1e-5"),
        ("2", "L2 penalty"),  # inside a word
        ("3", "layer_3"),
        ("2", "version 1.2.3"),
        ("1", "version 1.2.3"),
        ("345", "rows 12,345"),
    ],
)
def test_a_quoted_number_does_not_match_a_different_or_longer_number(quoted, output):
    assert not find_in_output(quoted, output), (quoted, output)


def test_tokens_carry_their_output_line():
    tokens = number_tokens("epoch 1\nloss 0.25 acc 91%\n")
    assert [(t.text, t.line) for t in tokens] == [("1", 1), ("0.25", 2), ("91%", 2)]
    assert tokens[2].number.percent and tokens[1].line_text == "loss 0.25 acc 91%"


# --- markers in the Markdown ---------------------------------------------------------


PAGE = """# Boosting

[[run: fundamentals/boosting.py]]

The test MSE falls to [[0.086]] around round 20, then rises to
[[0.103]] by round 50; the forest scored [[0.091 @ forest]] and
the error fell by [[11 %]]. The constant 0.5 is not quoted.

[[run: fundamentals/forest.py]]
"""

OUTPUTS = {
    "fundamentals/boosting.py": "round  1: test MSE 0.331\nround 20: test MSE 0.086\nround 50: test MSE 0.103\nerror down 11%",
    "fundamentals/forest.py": "forest test MSE 0.091",
}


def test_markers_are_found_with_their_line_and_snippet():
    quotes, malformed = find_quotes(PAGE)
    assert [(q.line, q.text, q.snippet) for q in quotes] == [
        (5, "0.086", None),
        (6, "0.103", None),
        (6, "0.091", "forest"),
        (7, "11 %", None),
    ]
    assert malformed == []


def test_the_site_shows_the_plain_number():
    shown = strip_markers(PAGE)
    assert "falls to 0.086 around round 20, then rises to\n0.103 by round 50; the forest scored 0.091 and" in shown
    assert "fell by 11 %." in shown
    assert "[[0" not in shown and "[[1" not in shown
    assert shown.count("\n") == PAGE.count("\n")  # lines stay where they were
    assert strip_markers("a [[1]]\r\nb\r\n") == "a 1\r\nb\r\n"


def test_markers_in_code_are_examples_left_alone():
    page = "# T\n\n[[run: a.py]]\n\nWrite `[[0.086]]` around it.\n\n```markdown\nfalls to [[0.086]]\n```\n"
    assert find_quotes(page) == ([], [])
    assert strip_markers(page) == page
    assert check_page(page, "docs/p.md", {"a.py": "nothing"}) == []


def test_directives_and_other_double_brackets_are_not_markers():
    page = "[[run: a.py]]\n[[meta: difficulty: core]]\n[[question-index]]\n[[glossary]]\n"
    assert find_quotes(page) == ([], [])
    assert strip_markers(page) == page


def test_every_quote_found_in_its_output_passes():
    assert check_page(PAGE, "docs/fundamentals/ensembles.md", OUTPUTS) == []


def test_results_are_accepted_as_well_as_output_text():
    results = {name: snippet_runner.Result(output) for name, output in OUTPUTS.items()}
    assert check_page(PAGE, "docs/p.md", results) == []


# --- failures: each names the page line, the number and the snippet ---------------


def test_a_changed_output_fails_naming_page_line_number_snippet_and_what_it_prints_now():
    changed = {**OUTPUTS, "fundamentals/boosting.py": OUTPUTS["fundamentals/boosting.py"].replace("0.086", "0.0861")}
    problems = check_page(PAGE, "docs/fundamentals/ensembles.md", changed)
    assert len(problems) == 1
    first, closest, advice = problems[0].splitlines()
    assert first == (
        "docs/fundamentals/ensembles.md:5: the prose quotes 0.086 from snippets/fundamentals/boosting.py "
        "(run at line 3), but its output does not contain 0.086"
    )
    assert closest.startswith('    closest numbers in the output: 0.0861 (output line 2: "round 20: test MSE 0.0861")')
    assert "quote what the snippet prints now, or make the snippet print the number" in advice


def test_a_named_snippet_is_checked_not_the_nearest_one():
    changed = {**OUTPUTS, "fundamentals/forest.py": "forest test MSE 0.095"}
    problems = check_page(PAGE, "docs/p.md", changed)
    assert len(problems) == 1
    assert problems[0].startswith("docs/p.md:6: the prose quotes 0.091 from snippets/fundamentals/forest.py (run at line 9)")
    assert "0.095 (output line 1" in problems[0]


@pytest.mark.parametrize("name", ["fundamentals/forest.py", "forest.py", "forest"])
def test_a_snippet_is_named_by_its_path_or_file_name(name):
    page = f"[[run: fundamentals/forest.py]]\n[[run: other/boosting.py]]\n\nMSE [[0.091 @ {name}]].\n"
    assert check_page(page, "docs/p.md", OUTPUTS) == []


def test_unknown_or_ambiguous_snippet_names_fail():
    page = "[[run: a/tree.py]]\n[[run: b/tree.py]]\n\n[[1 @ forest]] and [[1 @ tree]], [[1 @ a/tree.py]]\n"
    problems = check_page(page, "docs/p.md", {"a/tree.py": "1", "b/tree.py": "1"})
    runs = "(a/tree.py, b/tree.py); a snippet of another page is named by its full path"
    assert problems == [
        f"docs/p.md:4: [[1 @ forest]]: 'forest' is not one of the snippets this page runs {runs}",
        f"docs/p.md:4: [[1 @ tree]]: 'tree' matches more than one of the snippets this page runs {runs}",
    ]


def test_a_snippet_of_another_page_is_named_by_its_full_path():
    page = "# T\n\nOn the other page k-means scores [[0.37 @ stats/gmm.py]].\n"
    assert check_page(page, "docs/p.md", {"stats/gmm.py": "k-means ARI 0.37"}) == []
    problems = check_page(page, "docs/p.md", {"stats/gmm.py": "k-means ARI 0.38"})
    assert problems[0].startswith(
        "docs/p.md:3: the prose quotes 0.37 from snippets/stats/gmm.py (run on another page), "
        "but its output does not contain 0.37"
    )
    assert "docs/p.md:3: [[0.37 @ gmm]]: 'gmm' is not one of" in check_page(
        page.replace("stats/gmm.py", "gmm"), "docs/p.md", {"stats/gmm.py": "0.37"}
    )[0]


def test_a_marker_with_no_snippet_above_fails():
    page = "# T\n\nThe snippet below prints [[42]].\n\n[[run: a.py]]\n"
    problems = check_page(page, "docs/p.md", {"a.py": "42"})
    assert problems == [
        "docs/p.md:3: 42 is marked as quoted from a snippet, but no [[run: ...]] stands above it on this page; "
        "name the snippet: [[42 @ name]]"
    ]
    assert check_page(page.replace("[[42]]", "[[42 @ a]]"), "docs/p.md", {"a.py": "42"}) == []


def test_a_malformed_marker_fails_instead_of_showing_brackets():
    page = "[[run: a.py]]\n\nIt prints [[0.08 6]] and [[42 from a.py]].\n"
    problems = check_page(page, "docs/p.md", {"a.py": "0.086 42"})
    assert [p.split(" looks like")[0] for p in problems] == ["docs/p.md:3: [[0.08 6]]", "docs/p.md:3: [[42 from a.py]]"]
    assert "write [[0.086]] (nearest snippet above) or [[0.086 @ snippet_name]]" in problems[0]


def test_a_snippet_without_a_result_is_left_to_the_runner():
    assert check_page(PAGE, "docs/p.md", {}) == []  # its failure is reported by the snippet runner


def test_line_numbers_are_the_file_lines_after_front_matter():
    raw = "---\ntitle: Boosting\ndescription: x\n---\n" + PAGE
    body = PAGE  # what MkDocs hands the hooks
    offset = front_matter_lines(raw, body)
    changed = {**OUTPUTS, "fundamentals/boosting.py": "nothing"}
    from_body = check_page(body, "docs/p.md", changed, line_offset=offset)
    from_file = prose_numbers.check_pages([("docs/p.md", raw)], changed)
    assert from_body == from_file
    assert from_body[0].startswith("docs/p.md:9: the prose quotes 0.086 from snippets/fundamentals/boosting.py (run at line 7)")
    assert raw.splitlines()[8].startswith("The test MSE falls to [[0.086]]")


def test_check_pages_reports_every_page():
    pages = [("docs/a.md", "[[run: x.py]]\n[[1]]\n"), ("docs/b.md", "no markers\n"), ("docs/c.md", "[[run: x.py]]\n\n[[2]]\n")]
    problems = prose_numbers.check_pages(pages, {"x.py": "3"})
    assert [p.split(": the prose")[0] for p in problems] == ["docs/a.md:2", "docs/c.md:3"]


# --- a real snippet whose output changes --------------------------------------------


def test_a_snippet_whose_printed_number_changes_fails_the_check(tmp_path):
    root = tmp_path / "snippets"
    (root / "chap").mkdir(parents=True)
    snippet = root / "chap" / "mse.py"
    page = "# MSE\n\n[[run: chap/mse.py]]\n\nThe test MSE is [[0.086]] at round 20.\n"
    directive = snippet_runner.Directive("docs/chap/mse.md", 3, "chap/mse.py")

    def outputs() -> dict:
        cache = snippet_runner.ResultCache(tmp_path / "cache")
        return snippet_runner.run_all([directive], root, cache, [], preload=())

    snippet.write_text("mse = 0.08612\nprint(f'round 20: test MSE {mse:.3f}')\n")
    assert check_page(page, "docs/chap/mse.md", outputs()) == []

    # An upgrade changes the number (here: the snippet prints one digit more).
    snippet.write_text("mse = 0.08612\nprint(f'round 20: test MSE {mse:.4f}')\n")
    problems = check_page(page, "docs/chap/mse.md", outputs())
    assert len(problems) == 1
    assert problems[0].startswith(
        "docs/chap/mse.md:5: the prose quotes 0.086 from snippets/chap/mse.py (run at line 3), "
        "but its output does not contain 0.086\n"
        '    closest numbers in the output: 0.0861 (output line 1: "round 20: test MSE 0.0861")'
    )


# --- previews show the number, not the marker -----------------------------------------


def test_previews_show_quoted_numbers_as_plain_numbers():
    page = "# T\n\nThe error falls from\n[[4 %]] to [[11 %]] with [[0.5 @ a]].\n\nNext.\n"
    assert previews.page_description(page) == "The error falls from 4 % to 11 % with 0.5."
    assert previews.first_paragraph("### Q? {#q}\n\n[[0.086]] is the MSE.\n", 1) == "0.086 is the MSE."


@pytest.mark.parametrize(
    ("quote", "shown"),
    [("0.086", "0.086"), ("11 %", "11 %"), ("5.76e+23", "5.76 × 10<sup>23</sup>"),
     ("6.61e-02", "6.61 × 10<sup>\u22122</sup>"), ("-3.0E-14", "-3.0 × 10<sup>\u221214</sup>")],
)
def test_an_exponent_is_shown_as_a_power_of_ten(quote, shown):
    assert display(quote) == shown
    assert strip_markers(f"x [[{quote}]] y\n") == f"x {shown} y\n"
