"""Project hygiene: every snippet used, every dependency pinned, nothing outside the repo."""

from __future__ import annotations

import pytest

import json
import re

from handbook import snippet_runner
from conftest import ROOT

pytestmark = pytest.mark.unit


def pages() -> dict[str, str]:
    return {str(p.relative_to(ROOT)): p.read_text(encoding="utf-8") for p in (ROOT / "docs").rglob("*.md")}


def test_every_snippet_file_is_used_by_a_page():
    embedded = set()
    documented_modules = set()
    for path, text in pages().items():
        embedded |= {d.snippet for d in snippet_runner.find_directives(text, path)}
        documented_modules |= set(re.findall(r"^::: (mlref(?:\.\w+)*)\s*$", text, re.M))
    used = {ROOT / "snippets" / name for name in embedded}
    for name in embedded:  # modules a used snippet imports count as used
        used |= snippet_runner.local_imports(ROOT / "snippets" / name, ROOT / "snippets")
    for module in documented_modules:  # the API reference renders these
        stem = ROOT / "snippets" / module.replace(".", "/")
        used |= {stem.with_suffix(".py"), stem / "__init__.py"}
    used.add(ROOT / "snippets/mlref/__init__.py")
    files = {p for p in (ROOT / "snippets").rglob("*") if p.is_file() and "__pycache__" not in p.parts}
    orphans = sorted(str(p.relative_to(ROOT)) for p in files - used)
    assert orphans == [], f"files under snippets/ that no page embeds or documents: {orphans}"


def test_every_mlref_module_is_in_the_api_reference():
    documented = set()
    for text in pages().values():
        documented |= set(re.findall(r"^::: mlref\.(\w+)\s*$", text, re.M))
    modules = {p.stem for p in (ROOT / "snippets/mlref").glob("*.py") if p.stem != "__init__"}
    assert modules - documented == set()


def test_python_dependencies_are_pinned_exactly():
    lines = [
        line.strip()
        for line in (ROOT / "requirements.txt").read_text().splitlines()
        if line.strip() and not line.startswith("#")
    ]
    assert lines, "requirements.txt is empty"
    loose = [line for line in lines if not re.fullmatch(r"[A-Za-z0-9_.\-\[\],]+==[\w.+!-]+", line)]
    assert loose == []
    mkdocs = next(line for line in lines if line.lower().startswith("mkdocs=="))
    assert mkdocs.split("==")[1].startswith("1."), "MkDocs 2 has no plugin system"


def test_browser_libraries_are_pinned_exactly_in_the_lock_file():
    declared = json.loads((ROOT / "package.json").read_text())["dependencies"]
    locked = json.loads((ROOT / "package-lock.json").read_text())["packages"]
    for name, version in declared.items():
        assert re.fullmatch(r"\d+\.\d+\.\d+", version), f"{name} is not pinned exactly"
        assert locked[f"node_modules/{name}"]["version"] == version
    assert declared["mermaid"].startswith("11.")


def test_ci_script_installs_what_is_missing_then_runs_make_test(tmp_path):
    """Run .ci/run with stand-ins for apt-get and make on a PATH without
    Chromium: it must install Chromium and poppler-utils, then run `make test`."""
    import subprocess

    bin_dir, log = tmp_path / "bin", tmp_path / "calls.log"
    bin_dir.mkdir()
    for tool in ("apt-get", "make"):
        (bin_dir / tool).write_text(f'#!/bin/sh\necho "{tool} $*" >> {log}\n')
        (bin_dir / tool).chmod(0o755)
    for tool in ("bash", "dirname", "sh", "cat", "env", "id"):  # what the scripts themselves run
        found = subprocess.run(["which", tool], capture_output=True, text=True).stdout.strip()
        if found:
            (bin_dir / tool).symlink_to(found)
    result = subprocess.run(
        ["bash", str(ROOT / ".ci/run")], env={"PATH": str(bin_dir), "HOME": str(tmp_path)},
        capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 0, result.stderr
    calls = log.read_text().splitlines()
    installs = [call for call in calls if call.startswith("apt-get install")]
    assert installs and "chromium" in installs[0].split() and "poppler-utils" in installs[0].split()
    assert calls[-1] == "make test"
