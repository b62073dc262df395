"""Answer metadata: difficulty, topic tags, roles and companies of every answer.

One place: the line right under the question heading, in the page itself,
so the facts about an answer live beside it and move with it::

    ### What is the difference between L1 and L2 regularization? {#l1-vs-l2}

    [[meta: difficulty: core; tags: regularization, linear-models; roles: ml-engineer, data-scientist; companies: pinterest]]

``difficulty`` (exactly one), ``tags`` and ``roles`` (one or more) are
required; ``companies`` (where a source reports the question was asked) is
optional. Every value must be an ID of the controlled vocabulary in
``taxonomy.yml``. The hooks turn the line into the answer's chips on the site
and drop it from the PDF; ``answers.json``, the practice page, the question
index filters and the Anki deck read the same values.

No MkDocs imports: the hooks call this module, and so do the tests.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .answer_ids import HEADING, ID_ATTR
from .markdown_scan import prose_lines

META_LINE = re.compile(r"^\[\[meta:(?P<body>.*)\]\]\s*$")
FIELDS = ("difficulty", "tags", "roles", "companies")
REQUIRED = ("difficulty", "tags", "roles")
SINGLE = ("difficulty",)
SINGULAR = {"difficulty": "difficulty", "tags": "tag", "roles": "role", "companies": "company"}
# taxonomy.yml section of each field
SECTIONS = {"difficulty": "difficulties", "tags": "tags", "roles": "roles", "companies": "companies"}
_KEBAB = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
EXAMPLE = "[[meta: difficulty: core; tags: regularization; roles: ml-engineer]]"


class MetadataError(Exception):
    """taxonomy.yml or a metadata line is wrong; the message names file and line."""


@dataclass(frozen=True)
class Taxonomy:
    """The allowed values of each field: ID -> label, in display order."""

    difficulties: dict[str, str]
    roles: dict[str, str]
    companies: dict[str, str]
    tags: dict[str, str]

    @classmethod
    def load(cls, path: Path) -> "Taxonomy":
        text = path.read_text(encoding="utf-8")
        try:
            data = yaml.safe_load(text)
        except yaml.YAMLError as error:
            mark = getattr(error, "problem_mark", None)
            where = f"{path.name}:{mark.line + 1}" if mark else path.name
            raise MetadataError(f"{where}: not valid YAML: {getattr(error, 'problem', error)}") from None
        if not isinstance(data, dict):
            raise MetadataError(f"{path.name}:1: expected the sections {', '.join(SECTIONS.values())}")
        sections = {}
        for name in SECTIONS.values():
            section = data.get(name)
            line = _line_of(text, f"{name}:")
            if not isinstance(section, dict) or not section:
                raise MetadataError(f"{path.name}:{line}: section '{name}' must map IDs to labels")
            for key, label in section.items():
                where = f"{path.name}:{_line_of(text, f'{key}:', after=line)}"
                if not isinstance(key, str) or not _KEBAB.match(key):
                    raise MetadataError(f"{where}: '{key}' in '{name}' is not a kebab-case ID")
                if not isinstance(label, str) or not label.strip():
                    raise MetadataError(f"{where}: '{key}' in '{name}' needs a label")
            sections[name] = dict(section)
        unknown = set(data) - set(SECTIONS.values())
        if unknown:
            name = sorted(unknown)[0]
            raise MetadataError(f"{path.name}:{_line_of(text, f'{name}:')}: unknown section '{name}'")
        return cls(**sections)

    def values(self, field_name: str) -> dict[str, str]:
        return getattr(self, SECTIONS[field_name])

    def as_dict(self) -> dict:
        return {name: [{"id": key, "label": label} for key, label in self.values(f).items()]
                for f, name in SECTIONS.items()}


def _line_of(text: str, needle: str, after: int = 0) -> int:
    """1-based line of the first line (from ``after``) that starts with ``needle``."""
    for number, line in enumerate(text.splitlines(), start=1):
        if number > after and line.strip().startswith(needle):
            return number
    return after or 1


@dataclass(frozen=True)
class Meta:
    difficulty: str
    tags: tuple[str, ...]
    roles: tuple[str, ...]
    companies: tuple[str, ...] = ()

    def as_dict(self) -> dict:
        return {
            "difficulty": self.difficulty,
            "tags": list(self.tags),
            "roles": list(self.roles),
            "companies": list(self.companies),
        }


@dataclass(frozen=True)
class Found:
    answer_id: str
    line: int  # of the metadata line, in the file
    meta: Meta


@dataclass
class PageScan:
    found: list[Found] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def parse(body: str, where: str, taxonomy: Taxonomy) -> tuple[Meta | None, list[str]]:
    """The fields of one ``[[meta: ...]]`` line; problems name ``where``."""
    values: dict[str, list[str]] = {}
    problems = []
    for part in filter(str.strip, body.split(";")):
        name, colon, raw = (piece.strip() for piece in part.partition(":"))
        if not colon:
            problems.append(f"{where}: '{part.strip()}' is not 'field: values' (write {EXAMPLE})")
        elif name not in FIELDS:
            problems.append(f"{where}: unknown field '{name}'; the fields are {', '.join(FIELDS)}")
        elif name in values:
            problems.append(f"{where}: field '{name}' is given twice")
        else:
            values[name] = items = [item.strip() for item in raw.split(",")]
            allowed = taxonomy.values(name)
            if not all(items):
                problems.append(f"{where}: field '{name}' has an empty value")
            elif name in SINGLE and len(items) != 1:
                problems.append(f"{where}: '{name}' takes one value, not {len(items)}")
            elif len(set(items)) != len(items):
                problems.append(f"{where}: field '{name}' repeats a value")
            problems += [
                f"{where}: unknown {SINGULAR[name]} '{item}'; "
                f"allowed (taxonomy.yml, '{SECTIONS[name]}'): {', '.join(allowed)}"
                for item in items
                if item and item not in allowed
            ]
    missing = [name for name in REQUIRED if name not in values]
    if missing:
        problems.append(f"{where}: no {' and no '.join(missing)}; every answer needs {', '.join(REQUIRED)} (write {EXAMPLE})")
    if problems:
        return None, problems
    return Meta(
        difficulty=values["difficulty"][0],
        tags=tuple(values["tags"]),
        roles=tuple(values["roles"]),
        companies=tuple(values.get("companies", ())),
    ), []


def scan(markdown: str, page: str, taxonomy: Taxonomy, line_offset: int = 0) -> PageScan:
    """Every metadata line of a page, checked, and every answer that lacks one.

    A metadata line must be the first non-blank line after a question heading
    (a heading with an ``{#id}``), and every such heading needs one.
    """
    result = PageScan()
    pending: tuple[str, int] | None = None  # the question heading still waiting for its line
    for number, line in prose_lines(markdown):
        where = f"{page}:{number + line_offset}"
        stripped = line.strip()
        if not stripped:
            continue
        meta_match = META_LINE.match(stripped)
        if meta_match:
            if pending is None:
                result.problems.append(
                    f"{where}: metadata line is not right under a question heading; "
                    "it belongs on the first line after the heading"
                )
                continue
            meta, problems = parse(meta_match["body"], where, taxonomy)
            result.problems += problems
            if meta:
                result.found.append(Found(pending[0], number + line_offset, meta))
            pending = None
            continue
        if pending is not None:
            answer_id, heading_line = pending
            result.problems.append(
                f"{page}:{heading_line}: answer '{answer_id}' has no metadata; "
                f"put a line such as {EXAMPLE} right under its heading"
            )
            pending = None
        heading = HEADING.match(line)
        if heading and "?" in heading["text"]:
            id_match = ID_ATTR.search(heading["attrs"] or "")
            if id_match:  # a heading without an ID is answer_ids' problem to report
                pending = (id_match["id"], number + line_offset)
    if pending is not None:
        result.problems.append(
            f"{page}:{pending[1]}: answer '{pending[0]}' has no metadata; "
            f"put a line such as {EXAMPLE} right under its heading"
        )
    return result


def replace_lines(markdown: str, replacement) -> str:
    """The page with each metadata line replaced by ``replacement(answer_id, meta)``.

    The page must have passed ``scan``. Lines keep their numbers: the
    replacement is one line (or empty), so later line-based messages stay right.
    """
    lines = markdown.splitlines(keepends=True)
    found = scan(markdown, "", _ACCEPT_ALL).found
    for item in found:
        index = item.line - 1
        ending = "\n" if lines[index].endswith("\n") else ""
        lines[index] = replacement(item.answer_id, item.meta) + ending
    return "".join(lines)


class _AcceptAll(dict):
    """A vocabulary that accepts every value: for pages already checked."""

    def __contains__(self, key) -> bool:
        return True


_ACCEPT_ALL = Taxonomy(_AcceptAll(), _AcceptAll(), _AcceptAll(), _AcceptAll())


def chips_html(
    answer_id: str, meta: Meta, taxonomy: Taxonomy, index_url: str, short_link: str, published_link: str | None = None
) -> str:
    """The answer's chips, one line of HTML: difficulty, tags, companies.

    Each chip links to the question index filtered on its value. The page
    script (docs/javascripts/practice.js) adds the copy-link and
    self-assessment buttons to this block; the copy button copies the short
    link (``short_link``, from the site root) on the host the page is served
    from, or ``published_link`` from a file:// page.
    """
    def chip(kind: str, key: str, label: str, title: str, css: str) -> str:
        return (
            f'<a class="answer-chip {css}" href="{html.escape(index_url)}?{kind}={key}" '
            f'title="{html.escape(title)}">{html.escape(label)}</a>'
        )

    level = taxonomy.difficulties[meta.difficulty]
    chips = [chip("difficulty", meta.difficulty, level, f"Every {level.lower()} question",
                  f"answer-chip--difficulty answer-chip--{meta.difficulty}")]
    chips += [
        chip("tag", tag, taxonomy.tags[tag], f"Every question tagged {taxonomy.tags[tag]}", "answer-chip--tag")
        for tag in meta.tags
    ]
    chips += [
        chip("company", company, f"Asked at {taxonomy.companies[company]}",
             f"Every question asked at {taxonomy.companies[company]}", "answer-chip--company")
        for company in meta.companies
    ]
    published = f' data-published-link="{html.escape(published_link)}"' if published_link else ""
    return (
        f'<div class="answer-meta" data-answer-id="{answer_id}" data-short-link="{html.escape(short_link)}"{published}>'
        f'{"".join(chips)}</div>'
    )
