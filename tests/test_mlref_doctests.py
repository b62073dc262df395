"""The examples in mlref's docstrings run and show what they claim."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import mlref

pytestmark = pytest.mark.unit

MODULES = sorted(info.name for info in pkgutil.iter_modules(mlref.__path__, prefix="mlref."))


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples_hold(name):
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0, f"{name}: {result.failed} of {result.attempted} docstring examples fail"


def test_the_examples_are_found():
    attempted = sum(doctest.testmod(importlib.import_module(name)).attempted for name in MODULES)
    assert attempted >= 6  # llm.kv_cache_bytes and the optim module's example
