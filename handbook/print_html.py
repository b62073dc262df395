"""The print view's HTML: from the print-site plugin's combined page to the PDF's source.

mkdocs-print-site-plugin puts every page of the nav into one page,
``print_page/``. To keep the pages' anchors apart it prefixes every heading
ID with its page's key (``fundamentals-generalization-bias-variance``) and
rewrites links to match. Answer IDs are unique across the site already, and
they are the handbook's permanent addresses: ``handbook.pdf#bias-variance``
must open at the answer, so this module gives them back their own names.

Then it prepares the page for Chromium's printer, which turns every link
into a link annotation and every linked element ID into a named destination:

- links that lead nowhere inside the book (short links ``q/<id>/``, pages
  left out of the print view, files such as the downloads) are pointed at
  the answer, at the online site, or turned into plain text;
- collapsible blocks are opened;
- figures without a caption lose their ``<figure>`` role, so that in the
  tagged PDF each image is one /Figure with its alt text;
- the headings (chapters, pages, sections, questions) are collected: they
  become the contents pages, the PDF outline and, through a hidden list of
  links, named destinations;
- the contents pages are written, with an empty slot for each page number,
  which the exporter fills after a first printing.

No MkDocs imports: the build hook (tools/print_view.py) and the tests call it.
"""

from __future__ import annotations

import datetime
import html as html_lib
import os
import posixpath
import re
import subprocess
from dataclasses import asdict, dataclass
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from .project import SHORT_LINK_PREFIX

CONTENTS_ID = "handbook-contents"
# An <a ...> opening tag and its href; the other attributes are kept.
_LINK = re.compile(r"<a\b(?P<before>[^>]*?)\s+href=\"(?P<href>[^\"]*)\"(?P<after>[^>]*)>", re.I)
_ID_OR_FRAGMENT = re.compile(r"(?P<lead>\sid=\"|\shref=\"#)(?P<value>[^\"]+)\"")
_ANY_ID = re.compile(r"\sid=[\"'](?P<id>[^\"']+)[\"']")
_EXTERNAL = re.compile(r"^(?:[a-z][a-z0-9+.-]*:|//)", re.I)  # http:, mailto:, data:, //host
# The print-site plugin turns a link to the page q/<id>/ into the anchor #q-<id>.
_SHORT_LINK_ANCHOR = SHORT_LINK_PREFIX.replace("/", "-")
_LOCAL_HOSTS = {"localhost", "127.0.0.1", "::1", "0.0.0.0"}


class PrintViewError(Exception):
    """The combined page cannot become a correct PDF; the message says why."""


@dataclass(frozen=True)
class Heading:
    """One entry of the contents and the outline."""

    id: str  # element ID, and the PDF's named destination
    title: str
    level: int  # 1 = chapter or top-level page, 2 = page in a chapter, 3+ = inside a page
    kind: str  # "chapter", "page", "section" or "question"

    def to_json(self) -> dict:
        return asdict(self)


# --- answer IDs --------------------------------------------------------------------


def prefixed_ids(page_key: str, answer_ids: list[str]) -> dict[str, str]:
    """The print-site plugin's name for each answer ID of one page -> the answer ID."""
    return {f"{page_key}-{answer_id}": answer_id for answer_id in answer_ids}


CLASH_PREFIX = "print-"


def restore_answer_ids(html: str, renamed: dict[str, str]) -> str:
    """Give answers back their own IDs: in ``id="..."`` and in ``href="#..."``.

    ``renamed`` maps the plugin's prefixed ID to the answer ID (see
    ``prefixed_ids``). Every other ID keeps its prefix: section headings such
    as "Who it is for" repeat from page to page.

    An answer ID may equal the plugin's ID of some other element: page
    ``interview/rounds.md`` is ``id="interview-rounds"``, and so is the
    answer ``{#interview-rounds}``. Answer IDs win: such an element (and the
    links to it, which until now can only mean it) becomes ``print-<id>``.
    Raises PrintViewError if an answer ID still occurs twice.
    """
    answers = set(renamed.values())

    def rename(match: re.Match) -> str:
        value = match["value"]
        if value in renamed:
            value = renamed[value]
        elif value in answers:
            value = CLASH_PREFIX + value
        return f'{match["lead"]}{value}"'

    restored = _ID_OR_FRAGMENT.sub(rename, html)
    counts: dict[str, int] = {}
    for match in _ANY_ID.finditer(restored):
        if match["id"] in answers:
            counts[match["id"]] = counts.get(match["id"], 0) + 1
    clashes = sorted(answer_id for answer_id, count in counts.items() if count > 1)
    if clashes:
        raise PrintViewError(
            f"answer IDs used twice in the print view: {', '.join(clashes)}"
        )
    return restored


def clash_free(element_id: str, answers: set[str]) -> str:
    """The print view's ID for a non-answer element (see restore_answer_ids)."""
    return CLASH_PREFIX + element_id if element_id in answers else element_id


# --- links --------------------------------------------------------------------------


def element_ids(html: str) -> set[str]:
    return {match["id"] for match in _ANY_ID.finditer(html)}


def public_site_url(site_url: str | None) -> str | None:
    """The site's public address, or None for a local one (the default
    http://127.0.0.1:8000/), which a reader of the PDF cannot open."""
    if not site_url:
        return None
    parts = urlsplit(site_url)
    if parts.scheme not in ("http", "https") or (parts.hostname or "") in _LOCAL_HOSTS:
        return None
    return site_url if site_url.endswith("/") else site_url + "/"


def fix_links(
    html: str,
    answer_ids: set[str],
    page_dir: str = "print_page/",
    site_url: str | None = None,
) -> tuple[str, list[str]]:
    """Make every link of the print view land somewhere real.

    - ``#target`` with an element of that ID: kept.
    - ``#q-<id>`` (the plugin's version of a short link ``q/<id>/``): ``#<id>``.
    - any other ``#target``: a page left out of the print view; the online
      page when ``site_url`` is public, else plain text.
    - a relative URL (a file such as a download): absolute on the public site,
      else plain text.
    - external URLs: kept.

    ``page_dir`` is the print page's folder in the site, to resolve relative
    URLs. Returns the new HTML and one note per link changed into text.
    """
    ids = element_ids(html)
    public = public_site_url(site_url)
    notes: list[str] = []
    start, end = content_span(html)

    def replace(match: re.Match) -> str:
        href = html_lib.unescape(match["href"])
        new: str | None
        if href.startswith("#"):
            target = href[1:]
            if not target or target in ids:
                return match.group(0)
            if target.startswith(_SHORT_LINK_ANCHOR) and target[len(_SHORT_LINK_ANCHOR):] in answer_ids:
                new = f"#{target[len(_SHORT_LINK_ANCHOR):]}"
            elif "__codelineno-" in target:
                new = None  # a code line's link to itself: no use on paper
            else:
                new = None
                notes.append(f"link to #{target}: not in the print view")
        elif _EXTERNAL.match(href):
            return match.group(0)
        else:
            path, _, fragment = href.partition("#")
            resolved = posixpath.normpath(posixpath.join(page_dir, path))
            resolved = "" if resolved == "." else resolved + ("/" if path.endswith("/") else "")
            new = None
            if public and not resolved.startswith(".."):
                new = urljoin(public, resolved) + (f"#{fragment}" if fragment else "")
            if new is None:
                notes.append(f"link to {href}: outside the print view and no public site_url")
        if new is None:
            return f"<a{match['before']}{match['after']}>"
        return f'<a{match["before"]} href="{html_lib.escape(new, quote=True)}"{match["after"]}>'

    return html[:start] + _LINK.sub(replace, html[start:end]) + html[end:], notes


def content_span(html: str) -> tuple[int, int]:
    """Where the print view's content is: from the plugin's
    ``<div id="print-site-page">`` to the end of Material's ``<article>``.
    The rest is the theme's navigation, which is not printed."""
    start = html.find('<div id="print-site-page"')
    if start < 0:
        return 0, len(html)
    end = html.rfind("</article>")
    return start, end if end > start else len(html)


def open_details(html: str) -> str:
    """Print collapsible blocks (``<details>``) open."""
    return re.sub(r"<details(?![^>]*\sopen\b)", "<details open", html)


_FIGURE = re.compile(r"<figure\b(?P<attrs>[^>]*)>(?P<body>.*?)</figure>", re.S | re.I)


def plain_figures(html: str) -> str:
    """Give ``role="none"`` to each ``<figure>`` without a ``<figcaption>``.

    In the tagged PDF, Chromium makes a /Figure of the ``<img>`` (with its
    alt text as /Alt) and another, with no alt text, of a ``<figure>`` around
    it: a screen reader would meet an empty figure, and a checker flags it.
    Without a caption the ``<figure>`` says nothing the image does not, so
    it becomes a plain group. The page looks the same.
    """

    def mark(match: re.Match) -> str:
        if "<figcaption" in match["body"].lower() or re.search(r"\srole\s*=", match["attrs"]):
            return match[0]
        return f'<figure{match["attrs"]} role="none">{match["body"]}</figure>'

    return _FIGURE.sub(mark, html)


# --- headings -------------------------------------------------------------------------


class _HeadingParser(HTMLParser):
    """Collect the print view's structure from its sections and headings.

    The plugin wraps each nav section (a chapter) in
    ``<section class="print-page md-section" id=...>`` and each page in
    ``<section class="print-page" id=...>``; each opens with an h1.
    """

    def __init__(self, answer_ids: set[str]):
        super().__init__(convert_charrefs=True)
        self.answer_ids = answer_ids
        self.headings: list[Heading] = []
        self.sections: list[tuple[str, str, int] | None] = []  # (id, kind, level), None: other section
        self.untitled: tuple[str, str, int] | None = None  # section whose h1 comes next
        self.heading: dict | None = None  # the heading being read
        self.skipping: list[str] = []  # open tags whose text is no part of the title
        self.stack: list[tuple[int, int]] = []  # (h level, outline level) inside the page

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        classes = (attributes.get("class") or "").split()
        if self.heading is not None:
            if self.skipping or "headerlink" in classes or "katex-mathml" in classes:
                self.skipping.append(tag)
            return
        if tag == "section":
            if "print-page" in classes and attributes.get("id"):
                kind = "chapter" if "md-section" in classes else "page"
                level = sum(1 for section in self.sections if section) + 1
                self.untitled = (attributes["id"], kind, level)
                self.sections.append(self.untitled)
                self.stack = []
            else:
                self.sections.append(None)
        elif re.fullmatch(r"h[1-6]", tag):
            self.heading = {"level": int(tag[1]), "id": attributes.get("id"), "text": []}

    def handle_startendtag(self, tag, attrs):
        pass  # <br/>, <img/>: no text

    def handle_endtag(self, tag):
        if self.heading is not None:
            if self.skipping:
                if tag == self.skipping[-1]:
                    self.skipping.pop()
            elif tag == f"h{self.heading['level']}":
                self._finish_heading()
        elif tag == "section" and self.sections:
            self.sections.pop()

    def handle_data(self, data):
        if self.heading is not None and not self.skipping:
            self.heading["text"].append(data)

    def _finish_heading(self):
        heading, self.heading = self.heading, None
        title = clean_title("".join(heading["text"]))
        current = next((section for section in reversed(self.sections) if section), None)
        if current is None or not title:
            return
        section_id, kind, level = current
        if heading["level"] == 1:
            if self.untitled == current:
                self.headings.append(Heading(section_id, title, level, kind))
                self.untitled = None
            return
        anchor = heading["id"]
        if kind != "page" or not anchor:
            return
        question = anchor in self.answer_ids
        if heading["level"] > 2 and not question:
            return  # the outline stops at sections (h2) and questions
        while self.stack and self.stack[-1][0] >= heading["level"]:
            self.stack.pop()
        outline_level = (self.stack[-1][1] if self.stack else level) + 1
        self.stack.append((heading["level"], outline_level))
        self.headings.append(Heading(anchor, title, outline_level, "question" if question else "section"))


def clean_title(text: str) -> str:
    """A heading's text as a one-line title: math delimiters and permalink signs gone."""
    text = re.sub(r"\\[()\[\]]", "", text)
    text = text.replace("¶", "")
    return " ".join(text.split())


def collect_headings(html: str, answer_ids: set[str]) -> list[Heading]:
    """Chapters, pages, sections (h2) and questions of the print view, in order."""
    parser = _HeadingParser(answer_ids)
    parser.feed(html)
    parser.close()
    return parser.headings


# --- contents and destinations ------------------------------------------------------------


def contents_html(headings: list[Heading], title: str = "Contents") -> str:
    """The contents pages: chapters, pages and questions, each with an empty page-number slot.

    The exporter fills each ``<span class="handbook-toc__page" data-dest=ID>``
    after the first printing. The slot has a fixed width and holds a
    no-break space until then (an empty one has no text baseline, which
    makes its line taller), so filling it moves nothing.
    """
    lines = [
        f'<section class="print-page handbook-contents" id="{CONTENTS_ID}">',
        f'<h1 class="handbook-contents__title">{html_lib.escape(title)}</h1>',
        '<ul class="handbook-toc">',
    ]
    for heading in headings:
        if heading.kind == "section":
            continue
        anchor = html_lib.escape(heading.id, quote=True)
        lines.append(
            f'<li class="handbook-toc__item handbook-toc__item--{heading.kind} '
            f'handbook-toc__item--level-{min(heading.level, 4)}">'
            f'<a href="#{anchor}"><span class="handbook-toc__title">{html_lib.escape(heading.title)}</span>'
            f'<span class="handbook-toc__page" data-dest="{anchor}">&#160;</span></a></li>'
        )
    lines += ["</ul>", "</section>"]
    return "\n".join(lines)


def destinations_html(headings: list[Heading]) -> str:
    """Hidden links to every heading: Chromium makes a named destination for
    every element that a link points at, displayed or not."""
    links = "".join(f'<a href="#{html_lib.escape(h.id, quote=True)}"></a>' for h in headings)
    return f'<nav class="handbook-destinations" hidden aria-hidden="true">{links}</nav>'


def insert_after_cover(html: str, fragment: str) -> str:
    """Put ``fragment`` right after the cover (or at the top of the print view)."""
    match = re.search(r'<section id="print-site-cover-page">.*?</section>', html, re.S)
    if match:
        return html[: match.end()] + fragment + html[match.end():]
    match = re.search(r'<div id="print-site-page"[^>]*>', html)
    if not match:
        raise PrintViewError("the print view has no <div id=\"print-site-page\">: did mkdocs-print-site-plugin run?")
    return html[: match.end()] + fragment + html[match.end():]


def repeated_titles(headings: list[Heading]) -> list[str]:
    """IDs of pages that open a chapter under the chapter's own title.

    A chapter's landing page (``navigation.indexes``) usually has the
    chapter's title as its h1, which would print, and list, twice.
    """
    return [
        page.id
        for chapter, page in zip(headings, headings[1:])
        if chapter.kind == "chapter" and page.kind == "page" and page.title == chapter.title
    ]


def drop_repeated(headings: list[Heading], page_ids: list[str]) -> list[Heading]:
    """Leave those pages out of the headings; what they hold moves up a level."""
    kept, inside = [], None
    for heading in headings:
        if heading.id in page_ids:
            inside = heading.level
            continue
        if inside is not None and heading.level > inside:
            heading = Heading(heading.id, heading.title, heading.level - 1, heading.kind)
        else:
            inside = None
        kept.append(heading)
    return kept


def hide_titles(html: str, page_ids: list[str]) -> str:
    """Mark the h1 of those pages, which the print stylesheet hides."""
    for page_id in page_ids:
        html = re.sub(
            rf'(<section class="print-page" id="{re.escape(page_id)}"[^>]*>\s*<h1)\b',
            r'\1 class="handbook-repeated-title"',
            html,
            count=1,
        )
    return html


def prepare(
    html: str,
    answer_ids: set[str],
    site_url: str | None = None,
    page_dir: str = "print_page/",
) -> tuple[str, list[Heading], list[str]]:
    """The whole transformation of the written print page (after restore_answer_ids).

    Returns the HTML to print, its headings and notes about links turned into text.
    """
    html, notes = fix_links(html, answer_ids, page_dir, site_url)
    html = open_details(html)
    html = plain_figures(html)
    headings = collect_headings(html, answer_ids)
    missing = sorted(answer_ids - {h.id for h in headings if h.kind == "question"})
    if missing:
        raise PrintViewError(
            "these answers are not in the print view (is their page left out of the nav "
            f"or excluded from print-site?): {', '.join(missing)}"
        )
    repeated = repeated_titles(headings)
    html = hide_titles(html, repeated)
    # Destinations for every page, listed or not: the exporter checks where each lands.
    destinations = destinations_html(headings)
    headings = drop_repeated(headings, repeated)
    html = insert_after_cover(html, contents_html(headings) + destinations)
    return html, headings, notes


def edition(root: Path) -> dict:
    """The edition printed on the cover: the date (SOURCE_DATE_EPOCH, for
    reproducible builds, else today) and the commit, when ``root`` is a git work tree."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    when = (
        datetime.datetime.fromtimestamp(int(epoch), datetime.timezone.utc)
        if epoch
        else datetime.datetime.now(datetime.timezone.utc)
    )
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=root, capture_output=True, text=True, timeout=10
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        commit = ""
    return {"date": f"{when.day} {when:%B %Y}", "iso_date": f"{when:%Y-%m-%d}", "commit": commit}
