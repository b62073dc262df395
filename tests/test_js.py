"""The page scripts' logic, unit-tested in Node: `node --test tests/js/`.

progress.js (the practice progress store) runs in Node with the pinned
ts-fsrs; the browser tests then check the same code on real pages.
"""

from __future__ import annotations

import shutil
import subprocess

import pytest

from conftest import ROOT

pytestmark = pytest.mark.unit


def test_page_script_unit_tests_pass_in_node():
    node = shutil.which("node")
    assert node, "Node.js is needed for the page-script tests (the README lists it)"
    result = subprocess.run(
        [node, "--test", "--test-reporter=dot", *sorted(str(p) for p in (ROOT / "tests/js").glob("*.test.cjs"))],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
