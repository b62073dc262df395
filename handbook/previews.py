"""What a shared link shows before it is opened: the question and its short answer.

- ``first_paragraph``: the first paragraph of prose after a line of a page
  (after a question heading: the short answer; after the title: the page's
  introduction), as plain text.
- ``preview_head``: the ``<head>`` tags a chat or social app reads for a
  link preview (Open Graph and Twitter card), inserted into the short-link
  page ``q/<id>/`` by ``with_preview``.

No MkDocs imports: the hooks call these, and so do the tests.
"""

from __future__ import annotations

import html
import re

from .prose_numbers import MARKER

DESCRIPTION_LIMIT = 300  # characters; longer previews are cut by the apps anyway

_LINK = re.compile(r"!?\[(?P<text>[^\]]*)\](?:\[[^\]]*\]|\([^)]*\))")
_STRONG_OR_CODE = re.compile(r"\*\*|__|`")
_EMPHASIS = re.compile(r"(?<![\w*])[*_](?=\S)(?P<text>.+?)(?<=\S)[*_](?![\w*])")
_MATH = re.compile(r"(\$[^$]+\$)")
_ATTRS = re.compile(r"\s*\{[:#.][^}]*\}")
_TAGS = re.compile(r"<[^>]+>")
# "[[" opens a directive line ([[run: ...]]), unless a quoted number follows: [[0.086]].
_NOT_PROSE = re.compile(r"^\s*(#|!!!|\?\?\?|```|~~~|\||\[\[(?![ \t]*[-+\u2212]?\d)|<|\$\$|[-*+] |\d+\. |>|---|\*\[)")


def plain_text(markdown: str) -> str:
    """Inline Markdown as text a preview can show: links become their text,
    emphasis and code marks go, math stays as written between its $ signs,
    a quoted number ``[[0.086]]`` is the number."""
    text = MARKER.sub(lambda m: m["quote"], markdown)
    text = _ATTRS.sub("", text)
    text = _LINK.sub(lambda m: m["text"], text)
    text = _TAGS.sub("", text)
    parts = _MATH.split(text.replace("\\$", "\0"))  # math keeps its _ and *
    for index in range(0, len(parts), 2):
        parts[index] = _EMPHASIS.sub(lambda m: m["text"], _STRONG_OR_CODE.sub("", parts[index]))
    return " ".join("".join(parts).replace("\0", "$").split())


def first_paragraph(markdown: str, after_line: int) -> str:
    """Plain text of the first prose paragraph after 1-based line ``after_line``.

    Skips blank lines, admonitions (and every indented line), lists, tables,
    code, diagrams and snippet directives; stops at the next heading. Empty
    if there is none.
    """
    lines = markdown.splitlines()[after_line:]
    paragraph: list[str] = []
    for line in lines:
        if not line.strip():
            if paragraph:
                break
            continue
        if line.lstrip().startswith("#"):
            break
        if not paragraph and (_NOT_PROSE.match(line) or line[0].isspace()):
            continue  # a block, or the indented body of an admonition or list
        if paragraph and _NOT_PROSE.match(line):
            break
        paragraph.append(line.strip())
    return plain_text(" ".join(paragraph))


def page_description(markdown: str) -> str:
    """A page's introduction: the first paragraph after its title (or its start)."""
    lines = markdown.splitlines()
    title = next((number for number, line in enumerate(lines, start=1) if line.startswith("# ")), 0)
    return first_paragraph(markdown, title)


def meta_description(markdown: str) -> str:
    """A page's description for Material's ``<meta name="description">``,
    shortened and HTML-escaped: the theme writes it into the attribute as is."""
    return html.escape(shorten(page_description(markdown)), quote=True)


def shorten(text: str, limit: int = DESCRIPTION_LIMIT) -> str:
    """At most ``limit`` characters, cut after a whole sentence where one fits."""
    if len(text) <= limit:
        return text
    cut = text[:limit]
    end = max(cut.rfind(". "), cut.rfind("? "), cut.rfind("! "))
    return cut[: end + 1] if end > limit // 3 else cut[: cut.rfind(" ")] + " …"


def preview_head(title: str, description: str, url: str | None, site_name: str) -> str:
    """Open Graph and Twitter-card tags for one page (``url``: its absolute address, if known)."""
    tags = [
        ("name", "description", description),
        ("property", "og:type", "article"),
        ("property", "og:site_name", site_name),
        ("property", "og:title", title),
        ("property", "og:description", description),
        ("name", "twitter:card", "summary"),
        ("name", "twitter:title", title),
        ("name", "twitter:description", description),
    ]
    if url:
        tags.insert(4, ("property", "og:url", url))
    return "\n".join(
        f'    <meta {kind}="{name}" content="{html.escape(value, quote=True)}">' for kind, name, value in tags
    )


def with_preview(redirect_page: str, title: str, description: str, url: str | None, site_name: str) -> str:
    """A short-link page (mkdocs-redirects' HTML) titled with the question and
    carrying its preview tags; the redirect itself is untouched."""
    head = preview_head(title, description, url, site_name)
    page, count = re.subn(r"<title>.*?</title>", lambda m: f"<title>{html.escape(title)}</title>\n{head}", redirect_page, count=1, flags=re.S)
    if not count:
        raise ValueError("not a redirect page: it has no <title>")
    return page
