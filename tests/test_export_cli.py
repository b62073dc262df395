"""The exports' failures (tools/export.py, handbook/export.py): each is one clear message, never a hang."""

from __future__ import annotations

import os
import runpy
import time

import pytest

from conftest import ROOT
from handbook import browser as browsers
from handbook import export

pytestmark = pytest.mark.unit


def cli(argv: list[str]) -> int:
    """tools/export.py's main(), run in this process (so monkeypatches apply)."""
    return runpy.run_path(str(ROOT / "tools" / "export.py"))["main"](argv)


@pytest.fixture
def no_chromium(monkeypatch):
    monkeypatch.delenv("CHROMIUM_PATH", raising=False)
    monkeypatch.setattr(browsers, "CHROMIUM_NAMES", ("no-such-browser",))
    monkeypatch.setattr(browsers, "CHROMIUM_FALLBACK", "/nonexistent/chromium")


def test_missing_chromium_stops_the_pdf_export_before_the_build(no_chromium, monkeypatch, tmp_path, capsys):
    monkeypatch.setattr(export, "mkdocs_build", lambda *args, **kwargs: pytest.fail("built without a browser"))
    output = tmp_path / "handbook.pdf"
    assert cli(["pdf", "--output", str(output)]) == 1
    error = capsys.readouterr().err
    assert error.startswith("error: Chromium not found")
    assert "apt-get install chromium" in error and "CHROMIUM_PATH" in error
    assert not output.exists()


def test_chromium_path_names_the_browser_to_use(monkeypatch, tmp_path):
    browser = tmp_path / "my-chromium"
    browser.write_text("#!/bin/sh\n")
    browser.chmod(0o755)
    monkeypatch.setenv("CHROMIUM_PATH", str(browser))
    assert export.chromium_executable() == str(browser)
    monkeypatch.setenv("CHROMIUM_PATH", str(tmp_path / "missing"))
    with pytest.raises(export.ExportError, match="CHROMIUM_PATH=.*missing is not an executable"):
        export.chromium_executable()


class StuckPage:
    """A page whose second diagram never renders."""

    console_errors = ["Error: Parse error on line 2: ... Expecting 'SQE', got 'PS'"]

    def evaluate(self, script, *args):
        return [
            {"rendered": True, "page": "The interview process", "source": "flowchart TD"},
            {"rendered": False, "page": "The design framework", "source": "flowchart LR"},
        ]


def test_a_diagram_that_never_renders_is_an_error_naming_it(monkeypatch):
    monkeypatch.setattr(export, "DIAGRAM_TIMEOUT", 0.5)
    progress = []
    start = time.monotonic()
    with pytest.raises(export.ExportError) as error:
        export.wait_for_diagrams(StuckPage(), progress.append)
    assert time.monotonic() - start < 5
    message = str(error.value)
    assert "1 of 2 Mermaid diagrams did not render" in message
    assert "page 'The design framework': flowchart LR" in message
    assert "Parse error on line 2" in message
    assert progress == ["  diagrams: 1/2 rendered"]


def test_a_failing_build_is_reported_with_its_output(tmp_path):
    config = tmp_path / "broken.yml"
    config.write_text("site_name: Broken\ndocs_dir: no-such-folder\n")
    with pytest.raises(export.ExportError, match=r"`mkdocs build -f broken.yml` failed:\n.*no-such-folder"):
        export.mkdocs_build(config, tmp_path / "site", lambda message: None)


def test_missing_chromium_stops_the_release_before_the_build(no_chromium, monkeypatch, tmp_path, capsys):
    monkeypatch.setattr(export, "mkdocs_build", lambda *args, **kwargs: pytest.fail("built without a browser"))
    assert cli(["release", "--site", str(tmp_path / "site")]) == 1
    assert capsys.readouterr().err.startswith("error: Chromium not found")
    assert not (tmp_path / "site").exists()


def test_make_help_lists_every_target():
    import subprocess

    listing = subprocess.run(["make", "-s", "help"], cwd=ROOT, capture_output=True, text=True, env=os.environ).stdout
    targets = {line.split()[1] for line in listing.splitlines() if line.strip().startswith("make ")}
    assert {"serve", "build", "check", "test", "pdf", "offline", "release", "ids", "bench"} <= targets
