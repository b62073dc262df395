"""Facts about the project that several modules need, each stated once."""

from __future__ import annotations

from pathlib import Path

# The repository: the package is installed in editable mode, so its files
# stay where they are in the working tree.
ROOT = Path(__file__).resolve().parent.parent

REGISTRY = "answer-ids.yml"  # published and retired answer IDs
ABBREVIATIONS = "includes/abbreviations.md"  # tooltips and the glossary
TAXONOMY = "taxonomy.yml"  # the allowed difficulties, tags, roles and companies of answers
QUESTION_INDEX_PAGE = "questions.md"  # the filterable index the answer chips link to
PRACTICE_PAGE = "practice.md"  # self-testing with spaced repetition
# Every snippet result depends on these pins; the snippet cache keys on them.
LOCK_FILES = ("requirements.txt", "package-lock.json")

# The short link of an answer: <site>/q/<id>/ redirects to wherever it lives.
SHORT_LINK_PREFIX = "q/"

# Downloads, under site/ (the footer links them; `make release` writes them).
DOWNLOADS = "downloads"
PDF_NAME = "ml-interview-handbook.pdf"
ZIP_NAME = "ml-interview-handbook-offline.zip"
ANKI_NAME = "ml-interview-handbook.apkg"
DOWNLOAD_PATHS = {
    "pdf": f"{DOWNLOADS}/{PDF_NAME}",
    "offline": f"{DOWNLOADS}/{ZIP_NAME}",
    "anki": f"{DOWNLOADS}/{ANKI_NAME}",
}

# The environment variables that switch mkdocs.yml to another edition
# (`enabled: !ENV [...]` of the print-site and offline plugins).
PRINT_EDITION_ENV = "HANDBOOK_PRINT"
OFFLINE_EDITION_ENV = "HANDBOOK_OFFLINE"
# Points the snippet cache elsewhere (tests and `make bench` use empty ones).
SNIPPET_CACHE_ENV = "HANDBOOK_SNIPPET_CACHE"

# Quiets the MkDocs-2 banners some plugins print: the pins keep MkDocs below 2.
BUILD_ENV = {"NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}


def short_link(answer_id: str) -> str:
    """The site-relative short link of an answer: ``q/<id>/``."""
    return f"{SHORT_LINK_PREFIX}{answer_id}/"
