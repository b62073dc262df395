"""handbook/print_html.py: the print view's HTML, from the print-site plugin's page to the PDF's source."""

from __future__ import annotations

import sys

import pytest

from conftest import ROOT

from handbook import print_html
from handbook.print_html import Heading

pytestmark = pytest.mark.unit

# A miniature of what mkdocs-print-site-plugin writes: a chapter section, its
# landing page with the chapter's title, a topic page with a section and two
# questions, and a top-level page. IDs carry the plugin's page prefixes.
COMBINED = """
<div id="print-site-page" class="">
<section id="print-site-cover-page"><div class="handbook-cover"><h1>ML Interview Handbook</h1></div></section>
<section class='print-page md-section' id='section-2' heading-number='2'>
  <h1>Fundamentals<a class='headerlink' href='#section-2' title='Permanent link'></a></h1>
  <section class="print-page" id="fundamentals" heading-number="2.1">
    <h1 id="fundamentals-fundamentals">Fundamentals<a class="headerlink" href="#fundamentals-fundamentals">&para;</a></h1>
    <p>See <a href="#fundamentals-generalization-bias-variance">bias and variance</a>.</p>
  </section>
  <section class="print-page" id="fundamentals-generalization" heading-number="2.2">
    <h1 id="fundamentals-generalization-generalization">Generalization</h1>
    <h2 id="fundamentals-generalization-overview">Overview &amp; scope</h2>
    <h3 id="fundamentals-generalization-bias-variance">What is the bias-variance trade-off?<a class="headerlink" href="#fundamentals-generalization-bias-variance">&para;</a></h3>
    <h4 id="fundamentals-generalization-worked-example">A worked example</h4>
    <details class="note"><summary>More</summary><p>Hidden</p></details>
    <h3 id="fundamentals-generalization-l1-vs-l2">When is <span class="arithmatex">\\(L_1\\)</span> better than L2?</h3>
    <p><a href="#q-l1-vs-l2">short link</a> <a href="#contributing">guide</a>
       <a href="../downloads/handbook.pdf">PDF</a> <a href="https://example.org/x">web</a>
       <a id="__codelineno-0-1" name="__codelineno-0-1" href="#fundamentals-generalization-__codelineno-0-1"></a></p>
  </section>
</section>
<section class="print-page" id="glossary" heading-number="3">
  <h1 id="glossary-glossary">Glossary</h1>
</section>
</div>
"""
RENAMED = {
    **print_html.prefixed_ids("fundamentals-generalization", ["bias-variance", "l1-vs-l2"]),
}
ANSWERS = {"bias-variance", "l1-vs-l2"}


def restored() -> str:
    return print_html.restore_answer_ids(COMBINED, RENAMED)


# --- answer IDs ----------------------------------------------------------------------


def test_answer_ids_lose_the_plugins_page_prefix_in_ids_and_links():
    html = restored()
    assert '<h3 id="bias-variance">' in html
    assert '<a href="#bias-variance">bias and variance</a>' in html
    assert 'href="#bias-variance">&para;' in html
    assert 'id="l1-vs-l2"' in html


def test_other_ids_keep_their_prefix():
    html = restored()
    assert 'id="fundamentals-generalization-overview"' in html
    assert 'id="fundamentals-generalization-worked-example"' in html


def test_an_element_whose_id_an_answer_takes_is_renamed_with_the_links_to_it():
    # Page interview/rounds.md is section "interview-rounds"; so is an answer on it.
    html = (
        '<section class="print-page" id="interview-rounds"><h1 id="interview-rounds-rounds">Rounds</h1>'
        '<h3 id="interview-rounds-interview-rounds">Which rounds?</h3></section>'
        '<a href="#interview-rounds">the page</a> <a href="#interview-rounds-interview-rounds">the answer</a>'
    )
    renamed = print_html.prefixed_ids("interview-rounds", ["interview-rounds"])
    out = print_html.restore_answer_ids(html, renamed)
    assert '<section class="print-page" id="print-interview-rounds">' in out
    assert '<h3 id="interview-rounds">' in out
    assert '<a href="#print-interview-rounds">the page</a>' in out
    assert '<a href="#interview-rounds">the answer</a>' in out
    assert print_html.clash_free("interview-rounds", {"interview-rounds"}) == "print-interview-rounds"
    assert print_html.clash_free("glossary", {"interview-rounds"}) == "glossary"


def test_an_answer_id_that_occurs_twice_is_an_error():
    html = '<h3 id="a-x">One?</h3><h3 id="b-x">Two?</h3>'
    renamed = {**print_html.prefixed_ids("a", ["x"]), **print_html.prefixed_ids("b", ["x"])}
    with pytest.raises(print_html.PrintViewError, match="answer IDs used twice in the print view: x"):
        print_html.restore_answer_ids(html, renamed)


# --- links ---------------------------------------------------------------------------


def test_links_that_land_in_the_book_are_kept_and_short_links_point_at_the_answer():
    html, notes = print_html.fix_links(restored(), ANSWERS)
    assert '<a href="#bias-variance">bias and variance</a>' in html
    assert '<a href="#l1-vs-l2">short link</a>' in html
    assert '<a href="https://example.org/x">web</a>' in html
    assert "#contributing" not in html  # page left out of the print view
    assert '<a>guide</a>' in html
    assert "link to #contributing: not in the print view" in notes


def test_files_and_left_out_pages_become_text_without_a_public_site_url():
    html, notes = print_html.fix_links(restored(), ANSWERS, site_url="http://127.0.0.1:8000/")
    assert "<a>PDF</a>" in html
    assert any("../downloads/handbook.pdf" in note for note in notes)


def test_files_link_to_the_public_site_when_there_is_one():
    html, _ = print_html.fix_links(restored(), ANSWERS, site_url="https://handbook.example.org/ml/")
    assert '<a href="https://handbook.example.org/ml/downloads/handbook.pdf">PDF</a>' in html


def test_code_line_anchors_lose_their_self_links_silently():
    html, notes = print_html.fix_links(restored(), ANSWERS)
    assert '<a id="__codelineno-0-1" name="__codelineno-0-1">' in html
    assert not any("codelineno" in note for note in notes)


def test_links_outside_the_print_content_are_left_alone():
    page = '<nav><a href="../contributing/">Guide</a></nav>' + restored() + "</article>"
    html, notes = print_html.fix_links(page, ANSWERS)
    assert '<nav><a href="../contributing/">Guide</a></nav>' in html
    assert not any("../contributing/" in note for note in notes)


def test_public_site_url():
    assert print_html.public_site_url("http://127.0.0.1:8000/") is None
    assert print_html.public_site_url("http://localhost/") is None
    assert print_html.public_site_url(None) is None
    assert print_html.public_site_url("https://x.github.io/handbook") == "https://x.github.io/handbook/"


def test_collapsible_blocks_print_open():
    assert print_html.open_details('<details class="note"><summary>') == '<details open class="note"><summary>'
    assert print_html.open_details("<details open>") == "<details open>"


def test_figures_without_a_caption_become_plain_groups_for_the_tags():
    img = '<p><img alt="Figure saved by a.py: loss" src="a.svg" /></p>'
    assert print_html.plain_figures(f'<figure class="snippet-figure">\n{img}\n</figure>') == (
        f'<figure class="snippet-figure" role="none">\n{img}\n</figure>'
    )
    captioned = f"<figure>{img}<figcaption>Loss per epoch</figcaption></figure>"
    assert print_html.plain_figures(captioned) == captioned
    assert print_html.plain_figures(f'<figure role="group">{img}</figure>') == f'<figure role="group">{img}</figure>'


# --- headings, contents, destinations ----------------------------------------------------


def test_headings_give_chapters_pages_sections_and_questions_nested():
    headings = print_html.collect_headings(restored(), ANSWERS)
    assert headings == [
        Heading("section-2", "Fundamentals", 1, "chapter"),
        Heading("fundamentals", "Fundamentals", 2, "page"),
        Heading("fundamentals-generalization", "Generalization", 2, "page"),
        Heading("fundamentals-generalization-overview", "Overview & scope", 3, "section"),
        Heading("bias-variance", "What is the bias-variance trade-off?", 4, "question"),
        Heading("l1-vs-l2", "When is L_1 better than L2?", 4, "question"),
        Heading("glossary", "Glossary", 1, "page"),
    ]


def test_a_question_straight_under_the_page_title_is_one_level_below_the_page():
    html = (
        '<section class="print-page" id="p"><h1 id="p-t">Page</h1>'
        '<h3 id="q1">First?</h3><h2 id="p-s">Section</h2><h3 id="q2">Second?</h3></section>'
    )
    levels = [(h.id, h.level) for h in print_html.collect_headings(html, {"q1", "q2"})]
    assert levels == [("p", 1), ("q1", 2), ("p-s", 2), ("q2", 3)]


def test_a_landing_page_under_its_chapters_title_is_listed_once():
    headings = print_html.collect_headings(restored(), ANSWERS)
    assert print_html.repeated_titles(headings) == ["fundamentals"]
    kept = print_html.drop_repeated(headings, ["fundamentals"])
    assert [h.id for h in kept][:2] == ["section-2", "fundamentals-generalization"]
    html = print_html.hide_titles(restored(), ["fundamentals"])
    assert '<h1 class="handbook-repeated-title" id="fundamentals-fundamentals">' in html


def test_contents_list_chapters_pages_and_questions_with_a_number_slot_each():
    headings = print_html.collect_headings(restored(), ANSWERS)
    contents = print_html.contents_html(headings)
    assert contents.count("<li") == 6  # every heading but the section
    assert '<a href="#bias-variance"><span class="handbook-toc__title">What is the bias-variance trade-off?</span>' in contents
    assert '<span class="handbook-toc__page" data-dest="bias-variance">&#160;</span>' in contents
    assert "handbook-toc__item--chapter handbook-toc__item--level-1" in contents
    assert "Overview" not in contents


def test_every_heading_gets_a_hidden_link_so_chromium_makes_a_destination():
    headings = print_html.collect_headings(restored(), ANSWERS)
    nav = print_html.destinations_html(headings)
    assert nav.startswith('<nav class="handbook-destinations" hidden')
    assert all(f'<a href="#{h.id}"></a>' in nav for h in headings)


def test_prepare_puts_the_contents_after_the_cover():
    html, headings, _ = print_html.prepare(restored(), ANSWERS)
    cover = html.index("print-site-cover-page")
    contents = html.index(f'id="{print_html.CONTENTS_ID}"')
    first_chapter = html.index("id='section-2'")
    assert cover < contents < first_chapter
    assert "<details open" in html
    assert [h.id for h in headings if h.kind == "question"] == ["bias-variance", "l1-vs-l2"]


def test_prepare_fails_when_an_answer_is_missing_from_the_print_view():
    with pytest.raises(print_html.PrintViewError, match="not in the print view.*: gone"):
        print_html.prepare(restored(), ANSWERS | {"gone"})


def test_edition_has_a_date_and_the_commit(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")  # 2026-01-01 UTC
    edition = print_html.edition(ROOT)
    assert edition["date"] == "1 January 2026"
    assert edition["iso_date"] == "2026-01-01"
    assert "commit" in edition
