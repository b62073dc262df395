"""The Anki deck: one note per answer, built from the same records as answers.json.

Front: the question. Back: the short answer and a link to the full answer
(its short link ``q/<id>/``, which survives pages moving). Tags: the chapter.
Each note's GUID derives from the answer ID, so importing a newer deck
updates the reader's existing cards, with their review history, instead of
adding duplicates. The model and deck IDs are fixed for the same reason.

genanki writes the .apkg (a zip holding an SQLite collection).
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import genanki

# Chosen once at random and never changed: Anki matches decks and note
# types across imports by these numbers.
MODEL_ID = 1_607_392_319
DECK_ID = 2_059_400_110
DECK_NAME = "ML Interview Handbook"

_INLINE_MATH = re.compile(r"(?<!\\)\$(?P<tex>[^$]+?)(?<!\\)\$")

MODEL = genanki.Model(
    MODEL_ID,
    "ML Interview Handbook answer",
    fields=[{"name": "Question"}, {"name": "ShortAnswer"}, {"name": "Link"}, {"name": "Chapter"}],
    templates=[
        {
            "name": "Question, then short answer",
            "qfmt": '<div class="chapter">{{Chapter}}</div><div class="question">{{Question}}</div>',
            "afmt": (
                '{{FrontSide}}<hr id="answer"><div class="answer">{{ShortAnswer}}</div>'
                '<p class="more"><a href="{{Link}}">The full answer in the handbook</a></p>'
            ),
        }
    ],
    css=(
        ".card { font-family: Roboto, Arial, sans-serif; font-size: 20px; text-align: left; "
        "max-width: 40em; margin: auto; line-height: 1.45; }\n"
        ".chapter { font-size: 14px; color: #666; margin-bottom: 0.5em; }\n"
        ".question { font-weight: bold; }\n.more { font-size: 15px; }\n"
    ),
)


def tag(text: str) -> str:
    """An Anki tag (no spaces): "Data and evaluation" -> "data-and-evaluation"."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def card_html(text: str) -> str:
    """Plain text with $...$ math, as card HTML: escaped, math for Anki's MathJax."""
    parts, last = [], 0
    for match in _INLINE_MATH.finditer(text):
        parts.append(html.escape(text[last : match.start()]))
        parts.append(r"\(" + html.escape(match["tex"]) + r"\)")
        last = match.end()
    parts.append(html.escape(text[last:]))
    return "".join(parts)


def tags(record: dict) -> list[str]:
    """Hierarchical tags, so a reader can study one chapter, level, topic or company."""
    return (
        [f"chapter::{tag(record['chapter'])}", f"difficulty::{record['difficulty']}"]
        + [f"topic::{topic}" for topic in record["tags"]]
        + [f"role::{role}" for role in record["roles"]]
        + [f"company::{company}" for company in record["companies"]]
    )


def note(record: dict, site_url: str) -> genanki.Note:
    return genanki.Note(
        model=MODEL,
        fields=[
            html.escape(record["question"]),
            card_html(record["short_answer"]),
            f"{site_url}{record['short_url']}",
            html.escape(record["chapter"]),
        ],
        tags=tags(record),
        guid=genanki.guid_for(record["id"]),
    )


def write_deck(records: list[dict], site_url: str, output: Path) -> int:
    """Write the .apkg; returns the number of notes."""
    deck = genanki.Deck(DECK_ID, DECK_NAME, description="Questions and short answers from the ML Interview Handbook.")
    for record in records:
        deck.add_note(note(record, site_url))
    output.parent.mkdir(parents=True, exist_ok=True)
    partial = output.with_suffix(".partial")
    genanki.Package(deck).write_to_file(str(partial), timestamp=0)
    partial.replace(output)
    return len(records)
