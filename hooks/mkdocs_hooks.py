"""MkDocs hooks of the handbook: thin handlers over the tested modules beside it.

- vendor_assets: publish the pinned browser libraries from node_modules/.
- snippet_runner: run every ``[[run: ...]]`` snippet, embed source, output, figures.
- answer_ids: check question IDs, guard published ones, write ``answers.json``
  and the ``q/<id>/`` short links (through the mkdocs-redirects plugin).
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

import answer_ids
import snippet_runner
import vendor_assets
from markdown_scan import front_matter_lines

log = logging.getLogger("mkdocs.hooks.handbook")

LOCK_FILES = ("requirements.txt", "package-lock.json")
# Cold builds (make bench, tests) point this at an empty folder.
CACHE_ENV = "HANDBOOK_SNIPPET_CACHE"


class _State:
    """What one build learns in early events and uses in later ones."""

    def __init__(self, config):
        self.root = Path(config.config_file_path).resolve().parent
        self.snippets = self.root / "snippets"
        self.cache = snippet_runner.ResultCache(
            Path(os.environ.get(CACHE_ENV) or self.root / ".cache" / "snippets")
        )
        self.results: dict[str, snippet_runner.Result] = {}
        # (answer, chapter title, page URL with #id, page path inside docs/)
        self.answers: list[tuple[answer_ids.Answer, str, str, str]] = []
        self.problems: list[str] = []
        self.nav_order: dict[str, int] = {}


_state: _State | None = None


def _page_path(state: _State, file: File) -> str:
    return os.path.relpath(file.abs_src_path, state.root) if file.abs_src_path else file.src_uri


def on_config(config):
    global _state
    _state = _State(config)


def on_serve(server, config, builder):
    server.watch(str(_state.snippets))  # live reload when a snippet changes


def on_files(files: Files, config) -> Files:
    try:
        vendored = vendor_assets.vendor_files(_state.root / "node_modules")
    except vendor_assets.MissingVendorFiles as error:
        raise PluginError(str(error)) from None
    for uri, source in vendored.items():
        files.append(File.generated(config, uri, abs_src_path=str(source)))

    directives = []
    for file in files.documentation_pages():
        directives += snippet_runner.find_directives(file.content_string, _page_path(_state, file))
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
    for name, result in _state.results.items():
        for figure, data in result.figures.items():
            files.append(File.generated(config, snippet_runner.figure_uri(name, figure), content=data))
    return files


def on_nav(nav, config, files):
    _state.nav_order = {page.file.src_uri: index for index, page in enumerate(nav.pages)}


def on_page_markdown(markdown: str, page, config, files) -> str:
    page_path = _page_path(_state, page.file)
    offset = front_matter_lines(page.file.content_string, markdown)

    found, problems = answer_ids.find_answers(markdown, page_path, offset)
    _state.problems += problems
    chapter = page.ancestors[-1].title if page.ancestors else page.title
    _state.answers += [
        (answer, chapter, f"{page.url}#{answer.id}", page.file.src_uri) for answer in found
    ]

    directives = snippet_runner.find_directives(markdown, page_path, offset)
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


def on_env(env, config, files):
    answers = sorted(_state.answers, key=lambda item: (_state.nav_order.get(item[3], 0), item[0].line))
    problems = _state.problems + answer_ids.check_unique([item[0] for item in answers])
    registry_path = _state.root / "answer-ids.yml"
    try:
        registry = answer_ids.Registry.load(registry_path)
    except answer_ids.AnswerIdError as error:
        raise PluginError(str(error)) from None
    src_of = {answer.id: src_uri for answer, _, _, src_uri in answers}
    live = set(src_of)
    problems += answer_ids.check_registry(registry, live, registry_path.name)
    if problems:
        raise PluginError("answer IDs:\n" + "\n".join(problems))
    new = answer_ids.unregistered(registry, list(src_of))
    if new:
        log.info(f"answer IDs not yet in {registry_path.name} (run `make ids`): {', '.join(new)}")

    redirects = {f"q/{answer_id}.md": f"{src_of[answer_id]}#{answer_id}" for answer_id in live}
    for old in registry.retired:
        successor = answer_ids.resolve(registry, old)
        redirects[f"q/{old}.md"] = f"{src_of[successor]}#{successor}"
    config.plugins["redirects"].config["redirect_maps"].update(redirects)
    _state.answers = answers
    return env


def on_post_build(config):
    records = [
        {
            "id": answer.id,
            "question": answer.question,
            "chapter": chapter,
            "url": url,
            "short_url": f"q/{answer.id}/",
            "source": f"{answer.page}:{answer.line}",
        }
        for answer, chapter, url, _ in _state.answers
    ]
    target = Path(config.site_dir) / "answers.json"
    target.write_text(json.dumps(records, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    log.info(f"answers: wrote {len(records)} answers and their short links")
