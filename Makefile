# ML Interview Handbook. `make help` lists the targets.
# Every target that needs tools installs them first: a fresh clone needs only
# Python 3.11, Node.js 20 and make (plus Chromium for the browser tests and
# the exports).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY_READY := $(VENV)/.installed
JS_READY := node_modules/.installed

# Silence the MkDocs-2 banners that Material and mkdocs-redirects print on
# every build: the pins already keep MkDocs below 2.
export NO_MKDOCS_2_WARNING := 1
export DISABLE_MKDOCS_2_WARNING := true

.DEFAULT_GOAL := help
.PHONY: help setup serve build check test pdf offline release ids bench clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-8s %s\n", $$1, $$2}'

# The pinned dependencies, then the project's own package (handbook/ and
# snippets/mlref/, pyproject.toml) in editable mode.
$(PY_READY): requirements.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.txt
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps --editable .
	touch $@

$(JS_READY): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

setup: $(PY_READY) $(JS_READY) ## Create .venv and node_modules from the lock files

serve: setup ## Serve the site with live reload at http://127.0.0.1:8000
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000

build: setup ## Strict build of the site (HTML only) into site/
	$(BIN)/mkdocs build --clean --site-dir site

check: setup ## The fast tests for authors: unit tests and the strict build (no browser)
	$(BIN)/python -m pytest -m "unit or build"

test: setup ## The whole test suite: unit, build, browser, PDF and offline editions
	$(BIN)/python -m pytest

pdf: setup ## Write site/downloads/ml-interview-handbook.pdf (needs Chromium)
	$(BIN)/python tools/export.py pdf

offline: setup ## Write site/downloads/ml-interview-handbook-offline.zip
	$(BIN)/python tools/export.py offline

release: setup ## The complete site in site/: HTML, PDF and offline bundle (needs Chromium)
	$(BIN)/python tools/export.py release

ids: setup ## Add new answer IDs from docs/ to answer-ids.yml
	$(BIN)/python tools/ids.py --write

bench: setup ## Time the builds, the snippet phase and the PDF export against their targets
	$(BIN)/python tools/bench.py $(ARGS)

clean: ## Remove build output and caches (keeps .venv and node_modules)
	rm -rf site .cache .pytest_cache
