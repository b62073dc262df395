"""Answer IDs: find question headings, check their IDs, guard published ones.

Every interview question is a heading with a "?" in it ("What is X?",
"What is X? Give an example.") and carries a hand-chosen ID, ``### What is X? {#what-is-x}``. The ID is the answer's
permanent address: its URL fragment, its short link ``q/<id>/``, its named
destination in the PDF. This module has no MkDocs imports, so the same checks
run from the build hooks, from pytest and from ``tools/ids.py`` (`make ids`).

The registry (``answer-ids.yml``) lists every ID ever published. A build in
which a published ID has disappeared fails, unless the registry's ``retired``
table maps it to the ID that succeeds it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from .markdown_scan import prose_lines

HEADING = re.compile(r"^(?P<level>#{2,4})\s+(?P<text>.+?)\s*(?:\{(?P<attrs>[^}]*)\})?\s*#*\s*$")
ID_ATTR = re.compile(r"(?:^|\s)#(?P<id>\S+)")
KEBAB_CASE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
REGISTRY_HEADER = """\
# Published answer IDs: the permanent addresses of the handbook's answers.
#
# Written by `make ids`, which adds every new ID found in docs/. Never delete
# an entry: links to it live in bookmarks, chats and printed PDFs. When an
# answer is merged or renamed, move its old ID from `published` to `retired`,
# mapped to the ID that succeeds it; its short link q/<old-id>/ then redirects
# there.
"""


class AnswerIdError(Exception):
    """A question heading or the registry is wrong; the message names file and line."""


@dataclass(frozen=True)
class Answer:
    id: str
    question: str
    page: str  # path of the page, e.g. "docs/fundamentals/index.md"
    line: int


def find_answers(markdown: str, page: str, line_offset: int = 0) -> tuple[list[Answer], list[str]]:
    """Question headings of one page, and the problems found in them."""
    answers, problems = [], []
    for number, line in prose_lines(markdown):
        match = HEADING.match(line)
        if not match:
            continue
        where = f"{page}:{number + line_offset}"
        text = match.group("text").strip()
        attrs = match.group("attrs") or ""
        if "?" not in text:
            continue
        id_match = ID_ATTR.search(attrs)
        if not id_match:
            problems.append(
                f"{where}: question heading has no ID; end it with {{#some-id}}: {line.strip()}"
            )
            continue
        answer_id = id_match.group("id")
        if not KEBAB_CASE.match(answer_id):
            problems.append(f"{where}: answer ID '{answer_id}' is not kebab-case (a-z, 0-9, '-')")
            continue
        answers.append(Answer(answer_id, text, page, number + line_offset))
    return answers, problems


def check_unique(answers: list[Answer]) -> list[str]:
    """One problem per ID that two headings share."""
    first: dict[str, Answer] = {}
    problems = []
    for answer in answers:
        if answer.id in first:
            other = first[answer.id]
            problems.append(
                f"{answer.page}:{answer.line}: duplicate answer ID '{answer.id}', "
                f"already used at {other.page}:{other.line}"
            )
        else:
            first[answer.id] = answer
    return problems


@dataclass
class Registry:
    published: list[str]
    retired: dict[str, str]

    @classmethod
    def load(cls, path: Path) -> "Registry":
        if not path.is_file():
            raise AnswerIdError(f"{path}: answer ID registry not found; create it with `make ids`")
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except yaml.YAMLError as error:
            mark = getattr(error, "problem_mark", None)
            line = f":{mark.line + 1}" if mark else ""
            raise AnswerIdError(f"{path}{line}: not valid YAML: {error}") from None
        published = data.get("published") or []
        retired = data.get("retired") or {}
        if not isinstance(published, list) or not isinstance(retired, dict):
            raise AnswerIdError(f"{path}: expected a `published` list and a `retired` mapping")
        return cls([str(item) for item in published], {str(k): str(v) for k, v in retired.items()})

    def dump(self) -> str:
        body = yaml.safe_dump(
            {"published": sorted(set(self.published)), "retired": dict(sorted(self.retired.items()))},
            sort_keys=False,
            default_flow_style=False,
        )
        return REGISTRY_HEADER + "\n" + body


def check_registry(registry: Registry, live_ids: set[str], registry_name: str) -> list[str]:
    """Problems that would break a published link."""
    problems = []
    for old in registry.published:
        if old not in live_ids and old not in registry.retired:
            problems.append(
                f"{registry_name}: published answer ID '{old}' is no longer defined by any page; "
                f"restore its heading, or map it to its successor under `retired:`"
            )
    for old, new in registry.retired.items():
        if old in live_ids:
            problems.append(f"{registry_name}: retired ID '{old}' is defined again by a page")
        if resolve(registry, old) not in live_ids:
            problems.append(
                f"{registry_name}: retired ID '{old}' maps to '{new}', which no page defines"
            )
    return problems


def resolve(registry: Registry, answer_id: str) -> str:
    """Follow retired IDs to the live successor (chains allowed, loops stopped)."""
    seen = {answer_id}
    while answer_id in registry.retired:
        answer_id = registry.retired[answer_id]
        if answer_id in seen:
            break
        seen.add(answer_id)
    return answer_id


def unregistered(registry: Registry, live_ids: list[str]) -> list[str]:
    """Live IDs the registry does not list yet (new answers)."""
    known = set(registry.published)
    return [answer_id for answer_id in live_ids if answer_id not in known]


def answers_in_folder(docs: Path, relative_to: Path | None = None) -> list[Answer]:
    """Scan every Markdown page of a folder; raise on any heading problem."""
    answers, problems = [], []
    base = relative_to or docs.parent
    for path in sorted(docs.rglob("*.md")):
        raw = path.read_text(encoding="utf-8")
        found, page_problems = find_answers(raw, str(path.relative_to(base)))
        answers += found
        problems += page_problems
    problems += check_unique(answers)
    if problems:
        raise AnswerIdError("\n".join(problems))
    return answers


def registration_problems(docs: Path, registry_path: Path) -> tuple[list[str], list[str], Registry]:
    """Scan ``docs``; return (live IDs, problems, registry). An unregistered ID is a problem."""
    live = [answer.id for answer in answers_in_folder(docs)]
    registry = Registry.load(registry_path) if registry_path.exists() else Registry([], {})
    problems = check_registry(registry, set(live), str(registry_path))
    problems += [
        f"{registry_path}: new answer ID '{i}' is not registered; run `make ids`"
        for i in unregistered(registry, live)
    ]
    return live, problems, registry
