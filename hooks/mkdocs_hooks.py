"""MkDocs hooks of the site: thin handlers over the tested modules of the handbook package.

- vendor_assets: publish the pinned browser libraries and fonts from node_modules/.
- snippet_runner: run every ``[[run: ...]]`` snippet, embed source, output, figures.
- prose_numbers: check every ``[[0.086]]`` number the prose quotes against
  its snippet's output, and show it as the plain number.
- answer_ids: check question IDs, guard published ones, write ``answers.json``
  and the ``q/<id>/`` short links (through the mkdocs-redirects plugin).
- answer_meta: check every answer's ``[[meta: ...]]`` line against
  taxonomy.yml; turn it into the answer's chips (dropped from the print view);
  write ``answers-data.js``, what the practice scripts read.
- diagrams: check that every Mermaid diagram has its accTitle and accDescr.
- generated_pages: expand ``[[question-index]]`` and ``[[glossary]]``.
- previews: every page's description; the question and short answer as the
  link preview of each short link.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

from mkdocs.utils import get_relative_url

from handbook import answer_ids, answer_meta, diagrams, generated_pages, practice_data, previews, print_html, prose_numbers
from handbook import snippet_runner, vendor_assets
from handbook.markdown_scan import front_matter_lines
from handbook.project import ABBREVIATIONS, DOWNLOAD_PATHS, LOCK_FILES, PRACTICE_PAGE, QUESTION_INDEX_PAGE, REGISTRY
from handbook.project import SHORT_LINK_PREFIX, TAXONOMY
from handbook.project import SNIPPET_CACHE_ENV, short_link

log = logging.getLogger("mkdocs.hooks.handbook")


class _State:
    """What one build learns in early events and uses in later ones."""

    def __init__(self, config):
        self.root = Path(config.config_file_path).resolve().parent
        self.snippets = self.root / "snippets"
        self.cache = snippet_runner.ResultCache(
            Path(os.environ.get(SNIPPET_CACHE_ENV) or self.root / ".cache" / "snippets")
        )
        self.results: dict[str, snippet_runner.Result] = {}
        self.answers: list[answer_ids.Answer] = []
        self.index: list[generated_pages.IndexEntry] = []  # same order as answers
        self.urls: dict[str, str] = {}  # answer ID -> page URL with #id
        self.short_answers: dict[str, str] = {}  # answer ID -> its first paragraph, as text
        self.meta: dict[str, answer_meta.Meta] = {}  # answer ID -> difficulty, tags, roles, companies
        self.taxonomy: answer_meta.Taxonomy | None = None
        self.print_edition = bool(config.plugins["print-site"].config["enabled"])
        self.public_url = print_html.public_site_url(config.site_url)  # None for a local build
        self.chapters: set[str] = set()  # chapters that have answers
        self.pages: dict[str, str] = {}  # the practice page and the question index: their URLs
        self.retired: dict[str, str] = {}  # retired answer ID -> its live successor


_state: _State | None = None


def _page_path(file: File) -> str:
    """The page's path from the project root, as messages show it."""
    return os.path.relpath(file.abs_src_path, _state.root) if file.abs_src_path else file.src_uri


def on_config(config):
    global _state
    _state = _State(config)
    try:
        _state.taxonomy = answer_meta.Taxonomy.load(_state.root / TAXONOMY)
    except answer_meta.MetadataError as error:
        raise PluginError(str(error)) from None
    # The footer links the downloads (overrides/partials/copyright.html).
    config.extra["downloads"] = dict(DOWNLOAD_PATHS)



def on_serve(server, config, builder):
    server.watch(str(_state.snippets))  # live reload when a snippet changes
    server.watch(str(_state.root / ABBREVIATIONS))
    server.watch(str(_state.root / TAXONOMY))


def on_files(files: Files, config) -> Files:
    try:
        vendored = vendor_assets.vendor_files(_state.root / "node_modules")
    except vendor_assets.MissingVendorFiles as error:
        raise PluginError(str(error)) from None
    for uri, source in vendored.items():
        files.append(File.generated(config, uri, abs_src_path=str(source)))
    fonts = vendor_assets.font_stylesheet(_state.root / "node_modules")
    files.append(File.generated(config, vendor_assets.FONT_STYLESHEET, content=fonts))
    settings = vendor_assets.mermaid_settings_script(config.plugins["mermaid2"].config["arguments"])
    files.append(File.generated(config, vendor_assets.MERMAID_SETTINGS, content=settings))

    directives = []
    for file in files.documentation_pages():
        directives += snippet_runner.find_directives(file.content_string, _page_path(file))
    try:
        _state.results = snippet_runner.run_all(
            directives,
            _state.snippets,
            _state.cache,
            [_state.root / name for name in LOCK_FILES],
            progress=lambda message: log.info(f"snippets: {message}"),
        )
    except snippet_runner.SnippetError as error:
        raise PluginError(f"snippet failed:\n{error}") from None
    pages = [(_page_path(file), file.content_string) for file in files.documentation_pages()]
    stale = prose_numbers.check_pages(pages, _state.results)
    if stale:
        raise PluginError("numbers quoted from snippet output:\n" + "\n".join(stale))
    undescribed = diagrams.check_pages(pages)
    if undescribed:
        raise PluginError("diagrams:\n" + "\n".join(undescribed))
    for name, result in _state.results.items():
        for figure, data in result.figures.items():
            files.append(File.generated(config, snippet_runner.figure_uri(name, figure), content=data))
    return files


def on_nav(nav, config, files):
    """Collect and check every answer before any page is rendered.

    Done here, not page by page, because the question index page needs all of
    them, and because the chapter of an answer is its page's nav section.
    """
    pages = list(nav.pages)
    pages += [f.page for f in files.documentation_pages() if f.page and f.page not in pages]
    problems = []
    for page in pages:
        found, page_problems = answer_ids.find_answers(page.file.content_string, _page_path(page.file))
        problems += page_problems
        scan = answer_meta.scan(page.file.content_string, _page_path(page.file), _state.taxonomy)
        problems += scan.problems
        _state.meta.update((item.answer_id, item.meta) for item in scan.found)
        # The innermost nav section: "Debugging ML systems", not its "Production" tab.
        chapter = page.ancestors[0].title if page.ancestors else page.title or page.file.name
        for answer in found:
            _state.short_answers[answer.id] = previews.first_paragraph(page.file.content_string, answer.line)
            _state.answers.append(answer)
            _state.index.append(
                generated_pages.IndexEntry(chapter, answer.question, page.file.src_uri, answer.id)
            )
            _state.urls[answer.id] = f"{page.url}#{answer.id}"
    problems += answer_ids.check_unique(_state.answers)
    _state.chapters = {entry.chapter for entry in _state.index}
    _state.pages = {"practice": _page_url(files, PRACTICE_PAGE), "questions": _page_url(files, QUESTION_INDEX_PAGE)}

    registry = _load_registry()
    live = {entry.id: entry.src_uri for entry in _state.index}
    problems += answer_ids.check_registry(registry, set(live), REGISTRY)
    if problems:
        raise PluginError("answers:\n" + "\n".join(problems))
    new = answer_ids.unregistered(registry, list(live))
    if new:
        log.info(f"answer IDs not yet in {REGISTRY} (run `make ids`): {', '.join(new)}")

    redirects = {f"{SHORT_LINK_PREFIX}{answer_id}.md": f"{src}#{answer_id}" for answer_id, src in live.items()}
    _state.retired = {old: answer_ids.resolve(registry, old) for old in registry.retired}
    for old, successor in _state.retired.items():
        redirects[f"{SHORT_LINK_PREFIX}{old}.md"] = f"{live[successor]}#{successor}"
    config.plugins["redirects"].config["redirect_maps"].update(redirects)


def _load_registry() -> answer_ids.Registry:
    try:
        return answer_ids.Registry.load(_state.root / REGISTRY)
    except answer_ids.AnswerIdError as error:
        raise PluginError(str(error)) from None


def on_page_markdown(markdown: str, page, config, files) -> str:
    if not page.meta.get("description"):
        page.meta["description"] = previews.meta_description(markdown)
    markdown = _expand_snippets(markdown, page)
    markdown = _expand_meta(markdown, page, files)
    markdown = _add_progress_box(markdown, page)
    if generated_pages.QUESTION_INDEX in markdown:
        index = generated_pages.question_index(_state.index, page.file.src_uri)
        markdown = generated_pages.replace_marker(markdown, generated_pages.QUESTION_INDEX, index)
    if generated_pages.GLOSSARY in markdown:
        try:
            pairs = generated_pages.read_abbreviations(_state.root / ABBREVIATIONS)
        except ValueError as error:
            raise PluginError(str(error)) from None
        markdown = generated_pages.replace_marker(
            markdown, generated_pages.GLOSSARY, generated_pages.glossary(pairs)
        )
    return generated_pages.with_abbreviations(markdown)


def _expand_snippets(markdown: str, page) -> str:
    offset = front_matter_lines(page.file.content_string, markdown)
    markdown = prose_numbers.strip_markers(markdown)  # [[0.086]] -> 0.086, checked in on_files
    directives = snippet_runner.find_directives(markdown, _page_path(page.file), offset)
    if not directives:
        return markdown
    page_dir = os.path.dirname(page.file.src_uri)
    rendered = {
        directive.line: snippet_runner.render(
            directive,
            (_state.snippets / directive.snippet).read_text(encoding="utf-8"),
            _state.results[directive.snippet],
            page_dir,
        )
        for directive in directives
    }
    return snippet_runner.expand(markdown, directives, rendered, offset)


def _expand_meta(markdown: str, page, files) -> str:
    """The chips under each question; the print view has none."""
    if _state.print_edition:
        return answer_meta.replace_lines(markdown, lambda answer_id, meta: "")
    index_url = get_relative_url(_state.pages["questions"], page.url)

    def chips(answer_id: str, meta: answer_meta.Meta) -> str:
        link = short_link(answer_id)
        published = f"{_state.public_url}{link}" if _state.public_url else None
        return answer_meta.chips_html(answer_id, meta, _state.taxonomy, index_url, link, published)

    return answer_meta.replace_lines(markdown, chips)


def _page_url(files, src_uri: str) -> str:
    """URL (from the site root) of a page the practice features need."""
    file = files.get_file_from_path(src_uri)
    if file is None:
        raise PluginError(f"docs/{src_uri} is missing: the practice features of every answer link to it")
    return file.url


def _add_progress_box(markdown: str, page) -> str:
    """The reader's progress under the title of the home page (every answer)
    and of each chapter's index page (that chapter's answers); not in print."""
    if _state.print_edition:
        return markdown
    if page.is_homepage:
        return practice_data.with_progress_box(markdown, "")
    chapter = page.ancestors[0].title if page.ancestors else None
    if page.is_index and chapter in _state.chapters:
        return practice_data.with_progress_box(markdown, chapter)
    return markdown


def on_post_build(config):
    records = [
        {
            "id": entry.id,
            "question": entry.question,
            "chapter": entry.chapter,
            "url": _state.urls[entry.id],
            "short_url": short_link(entry.id),
            "short_answer": _state.short_answers[entry.id],
            **_state.meta[entry.id].as_dict(),
            "source": f"{answer.page}:{answer.line}",
        }
        for entry, answer in zip(_state.index, _state.answers)
    ]
    target = Path(config.site_dir) / "answers.json"
    target.write_text(json.dumps(records, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    data = practice_data.script(records, _state.retired, _state.taxonomy, _state.public_url, _state.pages)
    (Path(config.site_dir) / practice_data.SCRIPT).write_text(data, encoding="utf-8")
    for record in records:
        _add_preview(Path(config.site_dir), record, config)
    log.info(f"answers: wrote {len(records)} answers and their short links, with link previews")


def _add_preview(site: Path, record: dict, config) -> None:
    """The short link's page carries the question and its short answer."""
    page = site / record["short_url"] / "index.html"
    if not page.is_file():  # the offline edition: no directory URLs
        page = site / (record["short_url"].rstrip("/") + ".html")
    url = f"{config.site_url}{record['short_url']}" if config.site_url else None
    description = previews.shorten(record["short_answer"]) or record["question"]
    html = previews.with_preview(page.read_text(encoding="utf-8"), record["question"], description, url, config.site_name)
    page.write_text(html, encoding="utf-8")
