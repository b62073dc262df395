"""handbook/offline_bundle.py: the offline edition's fixes for file://."""

from __future__ import annotations

import pytest

from handbook import offline_bundle

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    "link, expected",
    [
        ('<a href="q/bias-variance/">', '<a href="q/bias-variance/index.html">'),
        ('<a class="x" href="../">', '<a class="x" href="../index.html">'),
        ('<a href="..">', '<a href="../index.html">'),
        ('<a href=".">', '<a href="./index.html">'),
        ('<a href="a/b/#frag">', '<a href="a/b/index.html#frag">'),
        ('<a href="../a/?q=1">', '<a href="../a/index.html?q=1">'),
    ],
)
def test_links_to_folders_get_index_html(link, expected):
    assert offline_bundle.link_folders_to_index(link) == expected


@pytest.mark.parametrize(
    "link",
    [
        '<a href="https://example.org/">',
        '<a href="mailto:a@example.org/">',
        '<a href="/absolute/">',
        '<a href="#top">',
        '<a href="page.html">',
        '<a href="">',
        '<link rel="canonical" href="folder/">',
    ],
)
def test_other_links_are_left_alone(link):
    assert offline_bundle.link_folders_to_index(link) == link


def test_a_short_link_gets_a_folder_whose_index_redirects_one_level_further_up(tmp_path):
    (tmp_path / "q").mkdir()
    (tmp_path / "q" / "l1-vs-l2.html").write_text(
        offline_bundle.redirect_page("../fundamentals/generalization.html#l1-vs-l2")
    )
    (tmp_path / "q" / "not-a-redirect.html").write_text("<p>hello</p>")
    assert offline_bundle.add_short_link_folders(tmp_path) == 1
    index = (tmp_path / "q" / "l1-vs-l2" / "index.html").read_text()
    assert offline_bundle.redirect_target(index) == "../../fundamentals/generalization.html#l1-vs-l2"
    assert 'location.href="../../fundamentals/generalization.html#l1-vs-l2"' in index
    assert not (tmp_path / "q" / "not-a-redirect").exists()


def test_redirect_target_reads_mkdocs_redirects_pages():
    page = '<meta http-equiv="refresh" content="0; url=../a/b.html#c">'
    assert offline_bundle.redirect_target(page) == "../a/b.html#c"
    assert offline_bundle.redirect_target("<p>no redirect</p>") is None


LINKS = '<a href="downloads/x.pdf">PDF</a> <a class="c" href="a/x.html#f">page</a> <a href="#top">top</a>'


def test_links_to_files_the_bundle_lacks_become_text(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x.html").write_text("x")
    html, notes = offline_bundle.link_missing_files(LINKS, tmp_path / "index.html", tmp_path, None)
    assert html == (
        '<a data-offline-missing="downloads/x.pdf">PDF</a> <a class="c" href="a/x.html#f">page</a> '
        '<a href="#top">top</a>'
    )
    assert notes == ["index.html: downloads/x.pdf"]


def test_links_to_files_the_bundle_lacks_go_to_the_public_site(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x.html").write_text("x")
    html, _ = offline_bundle.link_missing_files(
        LINKS, tmp_path / "a" / "x.html", tmp_path, "https://handbook.example.org/"
    )
    assert '<a href="https://handbook.example.org/a/downloads/x.pdf">PDF</a>' in html


def test_fix_site_reports_what_it_changed(tmp_path):
    (tmp_path / "q").mkdir()
    (tmp_path / "q" / "x.html").write_text(offline_bundle.redirect_page("../p.html#x"))
    (tmp_path / "index.html").write_text('<a href="q/x/">x</a> <a href="downloads/h.pdf">PDF</a>')
    (tmp_path / "p.html").write_text('<a href="p.html">p</a>')
    assert offline_bundle.fix_site(tmp_path) == (1, 1, ["index.html: downloads/h.pdf"])
    assert (tmp_path / "index.html").read_text() == (
        '<a href="q/x/index.html">x</a> <a data-offline-missing="downloads/h.pdf">PDF</a>'
    )
