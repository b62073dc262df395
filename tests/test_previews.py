"""handbook/previews.py: short answers, page descriptions, link-preview tags."""

from __future__ import annotations

import pytest

from handbook import previews

pytestmark = pytest.mark.unit

PAGE = """\
# Generalization

Why models that fit the training data can still fail, and what to do.

### What is the difference between L1 and L2 regularization? {#l1-vs-l2}

!!! note
    Not the short answer.

Both add a penalty on the weights: **L1** ($\\lambda \\sum |w_i|$) drives some
weights to exactly zero, [L2][ridge] shrinks all of them. Use `Lasso` for
selection.

More depth here.

### Why? {#why}

[[run: chapter/x.py]]

- a list
"""


def test_the_short_answer_is_the_first_prose_paragraph_as_plain_text():
    line = PAGE.splitlines().index("### What is the difference between L1 and L2 regularization? {#l1-vs-l2}") + 1
    assert previews.first_paragraph(PAGE, line) == (
        "Both add a penalty on the weights: L1 ($\\lambda \\sum |w_i|$) drives some "
        "weights to exactly zero, L2 shrinks all of them. Use Lasso for selection."
    )


def test_no_prose_before_the_next_heading_or_the_end_gives_nothing():
    line = PAGE.splitlines().index("### Why? {#why}") + 1
    assert previews.first_paragraph(PAGE, line) == ""


def test_a_page_description_is_its_introduction():
    assert previews.page_description(PAGE) == "Why models that fit the training data can still fail, and what to do."


def test_the_meta_description_is_escaped_for_the_attribute_it_goes_into():
    assert previews.meta_description('# T\n\n"Implement X" & <b>.\n') == "&quot;Implement X&quot; &amp; ."


def test_shorten_keeps_whole_sentences_when_it_can():
    text = "First sentence is here. " * 20
    short = previews.shorten(text, 100)
    assert len(short) <= 100 and short.endswith("here.")
    assert previews.shorten("short", 100) == "short"
    assert previews.shorten("x" * 10 + " " + "y" * 200, 100).endswith(" …")


def test_a_short_link_page_gets_the_question_as_title_and_preview_tags_and_still_redirects():
    redirect = (
        '<!doctype html>\n<html><head>\n<meta charset="utf-8">\n<title>Redirecting...</title>\n'
        '<meta http-equiv="refresh" content="0; url=../../x/#a">\n</head><body></body></html>\n'
    )
    page = previews.with_preview(redirect, 'What is "A" & B?', "A <b> answer.", "https://h.example/q/a/", "Handbook")
    assert '<title>What is &quot;A&quot; &amp; B?</title>' in page
    assert '<meta property="og:title" content="What is &quot;A&quot; &amp; B?">' in page
    assert '<meta property="og:description" content="A &lt;b&gt; answer.">' in page
    assert '<meta property="og:url" content="https://h.example/q/a/">' in page
    assert '<meta name="twitter:card" content="summary">' in page
    assert 'http-equiv="refresh" content="0; url=../../x/#a"' in page
    with pytest.raises(ValueError):
        previews.with_preview("<html></html>", "t", "d", None, "s")
