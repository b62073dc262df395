"""MkDocs hook of the print view (`HANDBOOK_PRINT=true`, `make pdf`).

The print view is the page ``print_page/`` that `make pdf` prints: the whole
handbook, made by mkdocs-print-site-plugin. The hook does nothing unless that
plugin is on; then it does what the plugin does not:

- keeps answer IDs as they are. The plugin prefixes every heading ID with its
  page's name, to keep anchors of different pages apart. Answer IDs are
  unique across the site already and are the PDF's named destinations
  (``ml-interview-handbook.pdf#<id>``), so they get their names back *before*
  the plugin resolves cross-references (``[text][answer-id]``), which it
  otherwise matches against the prefixed IDs by guesswork;
- fixes links that lead outside the print view, opens collapsible blocks,
  adds the contents pages and a hidden link to every heading, so Chromium
  makes a named destination for each (handbook/print_html.py);
- writes ``print_page/handbook-outline.json``, the headings the exporter
  turns into the PDF outline and the contents' page numbers;
- adds the print stylesheet and the edition (date, commit) for the cover.

The transformations live in handbook/print_html.py, tested by tests/test_print_html.py.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

from handbook import answer_ids, print_html
from handbook.project import ROOT

log = logging.getLogger("mkdocs.hooks.print_view")

PLUGIN = "print-site"
STYLESHEET = ROOT / "handbook" / "print" / "print.css"
STYLESHEET_URI = "assets/print/handbook-print.css"
OUTLINE_FILE = "handbook-outline.json"


class _State:
    def __init__(self):
        self.renamed: dict[str, str] = {}  # the plugin's prefixed ID -> answer ID
        self.answers: set[str] = set()


_state = _State()
_active = False


def _plugin(config):
    plugin = config.plugins.get(PLUGIN)
    if plugin is None:
        raise PluginError(f"the print view needs the '{PLUGIN}' plugin entry of mkdocs.yml")
    return plugin


def on_config(config):
    global _active
    _active = bool(_plugin(config).config["enabled"])
    if not _active:
        return config
    _state.__init__()
    config.extra["print_edition"] = print_html.edition(ROOT)
    config.extra_css.append(STYLESHEET_URI)
    return config


def on_files(files, config):
    if not _active:
        return files
    files.append(File.generated(config, STYLESHEET_URI, abs_src_path=str(STYLESHEET)))
    # The plugin's renderer exists now (made in its on_config): restore answer
    # IDs in the combined page before the plugin resolves cross-references.
    renderer = _plugin(config).renderer
    write_combined = renderer.write_combined

    def write_combined_with_answer_ids():
        content, toc = write_combined()
        try:
            content = print_html.restore_answer_ids(content, _state.renamed)
        except print_html.PrintViewError as error:
            raise PluginError(f"print view: {error}") from None
        _rename_clashes(toc)
        return content, toc

    renderer.write_combined = write_combined_with_answer_ids
    return files


def _rename_clashes(anchors) -> None:
    """The plugin's own contents (page sections, for the hidden sidebar) link
    to page IDs; rename those that an answer ID took (see restore_answer_ids)."""
    for anchor in anchors:
        anchor.id = print_html.clash_free(anchor.id, _state.answers)
        _rename_clashes(anchor.children)


def on_nav(nav, config, files):
    if not _active:
        return nav
    from mkdocs_print_site_plugin.exclude import exclude
    from mkdocs_print_site_plugin.urls import get_page_key

    excluded = _plugin(config).config.get("exclude") or []
    for page in nav.pages:
        if exclude(page.file.src_path, excluded):
            continue
        found, _ = answer_ids.find_answers(page.file.content_string, page.file.src_uri)
        ids = [answer.id for answer in found]
        _state.renamed.update(print_html.prefixed_ids(get_page_key(page.url), ids))
        _state.answers.update(ids)
    config.extra["print_edition"]["questions"] = len(_state.answers)
    config.extra["print_edition"]["example_id"] = "bias-variance" if "bias-variance" in _state.answers else ""
    config.extra["print_edition"]["chapters"] = sum(1 for item in nav.items if item.is_section)
    return nav


def on_post_build(config):
    if not _active:
        return
    plugin = _plugin(config)
    target = Path(plugin.print_page.file.abs_dest_path)
    html = target.read_text(encoding="utf-8")
    try:
        html, headings, notes = print_html.prepare(
            html, _state.answers, site_url=config.site_url, page_dir=plugin.print_page.file.url
        )
    except print_html.PrintViewError as error:
        raise PluginError(f"print view: {error}") from None
    target.write_text(html, encoding="utf-8")
    (target.parent / OUTLINE_FILE).write_text(
        json.dumps([heading.to_json() for heading in headings], indent=1, ensure_ascii=False),
        encoding="utf-8",
    )
    for note in notes[:10]:
        log.info(f"print view: {note} (printed as text)")
    if len(notes) > 10:
        log.info(f"print view: ... and {len(notes) - 10} more links printed as text")
    kinds = {kind: sum(1 for h in headings if h.kind == kind) for kind in ("chapter", "page", "section", "question")}
    log.info(
        f"print view: {kinds['chapter']} chapters, {kinds['page']} pages, "
        f"{kinds['section']} sections, {kinds['question']} questions -> {plugin.print_page.file.url}"
    )
