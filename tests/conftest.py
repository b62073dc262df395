"""Shared fixtures: the built site, a local server for it, and Chromium.

The tiers (markers, see pytest.ini): ``unit`` tests need nothing built;
``build`` tests run real MkDocs builds; ``browser`` tests drive Chromium and
export the PDF and offline editions. `make check` runs the first two.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from handbook import browser as browsers
from handbook import export
from handbook.project import BUILD_ENV as QUIET, ROOT, SNIPPET_CACHE_ENV

BUILD_ENV = {**os.environ, **QUIET}


def mkdocs_build(config: Path, site_dir: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    """Run `mkdocs build` in its own process, as `make build` does."""
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-f", str(config), "-d", str(site_dir)],
        cwd=config.parent,
        env=env or BUILD_ENV,
        capture_output=True,
        text=True,
        timeout=1800,
    )


def tree_digest(*folders: Path) -> dict[str, int]:
    """Path -> modification time and size of every file, to detect writes."""
    return {
        str(path): (path.stat().st_mtime_ns, path.stat().st_size)
        for folder in folders
        for path in folder.rglob("*")
        if path.is_file()
    }


@pytest.fixture(scope="session")
def site_port() -> int:
    return _free_port()


@pytest.fixture(scope="session")
def built_site(tmp_path_factory, site_port) -> Path:
    """The real handbook, built once per test session with the strict config.

    site_url names the port the test server will use: Material's instant
    navigation only takes over links that match the sitemap's URLs.
    """
    site = tmp_path_factory.mktemp("site")
    before = tree_digest(ROOT / "docs", ROOT / "snippets")
    env = {**BUILD_ENV, "SITE_URL": f"http://127.0.0.1:{site_port}/"}
    result = mkdocs_build(ROOT / "mkdocs.yml", site, env)
    if result.returncode != 0:
        pytest.fail(f"strict build failed:\n{result.stdout}\n{result.stderr}", pytrace=False)
    after = tree_digest(ROOT / "docs", ROOT / "snippets")
    assert before == after, "the build wrote into docs/ or snippets/"
    return site


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="session")
def site_url(built_site, site_port) -> str:
    """Base URL of a local HTTP server for the built site."""
    with browsers.serve(built_site, site_port) as url:
        yield url


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    try:
        browsers.chromium_executable()
    except browsers.BrowserNotFound as error:
        pytest.fail(str(error), pytrace=False)
    with sync_playwright() as playwright, browsers.launch(playwright) as instance:
        yield instance


@pytest.fixture(scope="session")
def release(tmp_path_factory, browser):
    """`make release` into a temporary folder: the site, the PDF and the offline
    bundle, exported the way the published site gets them."""
    from handbook import export, pdf_export, print_html

    site = tmp_path_factory.mktemp("release") / "site"
    progress: list[str] = []
    try:
        report = export.release(site, progress.append, browser=browser)
    except (export.ExportError, pdf_export.PdfExportError, print_html.PrintViewError) as error:
        pytest.fail("release failed:\n" + "\n".join(progress[-20:]) + f"\n{error}", pytrace=False)
    report.progress = progress
    return report


@pytest.fixture(scope="session")
def answers(built_site) -> list[dict]:
    import json

    return json.loads((built_site / "answers.json").read_text(encoding="utf-8"))


@pytest.fixture
def mini_project(tmp_path) -> Path:
    """A two-page handbook that shares the real config, hooks and assets.

    Tests change its pages, snippets and registry to provoke build errors
    without touching the real project.
    """
    project = tmp_path / "project"
    (project / "docs" / "topic").mkdir(parents=True)
    (project / "snippets" / "topic").mkdir(parents=True)
    for name in ("hooks", "node_modules", "includes", "overrides"):
        (project / name).symlink_to(ROOT / name)
    (project / "taxonomy.yml").symlink_to(ROOT / "taxonomy.yml")
    for name in ("requirements.txt", "package-lock.json"):
        shutil.copy(ROOT / name, project / name)
    (project / "mkdocs.yml").write_text(
        f"INHERIT: {ROOT / 'mkdocs.yml'}\n"
        "nav:\n  - Home: index.md\n  - Topic: topic/page.md\n  - Questions: questions.md\n  - Practice: practice.md\n",
        encoding="utf-8",
    )
    (project / "docs" / "index.md").write_text("# Mini\n\nSee [the topic](topic/page.md).\n")
    (project / "docs" / "questions.md").write_text("# Questions\n\n[[question-index]]\n")
    (project / "docs" / "practice.md").write_text("# Practice\n\n<div data-practice></div>\n")
    (project / "docs" / "topic" / "page.md").write_text(
        "# Topic\n\n### What is alpha? {#alpha}\n\n"
        "[[meta: difficulty: core; tags: statistics; roles: data-scientist]]\n\nAlpha.\n\n"
        "### What is beta? {#beta}\n\n"
        "[[meta: difficulty: staff; tags: llms, rag; roles: ai-engineer; companies: netflix]]\n\n"
        "Beta, unlike [alpha][alpha].\n\n"
        "[[run: topic/hello.py]]\n"
    )
    (project / "snippets" / "topic" / "hello.py").write_text("print('hello from a snippet')\n")
    (project / "answer-ids.yml").write_text("published: [alpha, beta]\nretired: {}\n")
    return project


@pytest.fixture
def build_mini(tmp_path):
    """Build a mini project with its own empty snippet cache."""

    def build(project: Path) -> subprocess.CompletedProcess:
        env = {**BUILD_ENV, SNIPPET_CACHE_ENV: str(tmp_path / "cache")}
        return mkdocs_build(project / "mkdocs.yml", tmp_path / "site", env)

    return build


# --- the offline bundle of the release, read from file:// ---------------------------------


@pytest.fixture(scope="session")
def bundle_zip(release) -> Path:
    return release.offline.path


@pytest.fixture(scope="session")
def bundle(bundle_zip, tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("unzipped")
    with zipfile.ZipFile(bundle_zip) as archive:
        archive.extractall(folder)
    return folder / export.BUNDLE_FOLDER


def block_the_network(context) -> list[str]:
    """Let a browser context load file:// (and data:, blob:) only: every other
    request is aborted and its URL added to the list returned."""
    blocked: list[str] = []

    def route(request_route):
        url = request_route.request.url
        if url.startswith(("file://", "data:", "blob:")):
            request_route.continue_()
        else:
            blocked.append(url)
            request_route.abort()

    context.route("**/*", route)
    return blocked


@pytest.fixture
def offline_page(browser):
    """A tab that may load file:// only."""
    context = browser.new_context()
    context.add_init_script(browsers.OPEN_SHADOW_ROOTS)
    blocked = block_the_network(context)
    tab = context.new_page()
    yield tab
    assert blocked == [], f"requests to the network: {blocked[:5]}"
    context.close()
