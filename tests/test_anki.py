"""handbook/anki.py: the deck is a valid .apkg, one note per answer, with stable GUIDs."""

from __future__ import annotations

import sqlite3
import zipfile

import genanki
import pytest

from handbook import anki

pytestmark = pytest.mark.unit

RECORDS = [
    {
        "id": "l1-vs-l2",
        "question": "What is the difference between L1 and L2 regularization?",
        "chapter": "Fundamentals",
        "short_url": "q/l1-vs-l2/",
        "short_answer": "L1 adds $\\lambda \\sum |w_i|$ & zeroes weights; L2 shrinks <all> of them.",
        "difficulty": "core",
        "tags": ["regularization", "linear-models"],
        "roles": ["ml-engineer", "data-scientist"],
        "companies": [],
    },
    {
        "id": "kv-cache",
        "question": "What is the KV cache?",
        "chapter": "LLMs and generative AI",
        "short_url": "q/kv-cache/",
        "short_answer": "Keys and values of past tokens, kept so each step computes only its own.",
        "difficulty": "advanced",
        "tags": ["inference-efficiency"],
        "roles": ["ai-engineer"],
        "companies": ["pinterest"],
    },
]


def notes_in(apkg) -> list[tuple]:
    with zipfile.ZipFile(apkg) as archive, archive.open("collection.anki2") as source:
        data = source.read()
    database = apkg.with_suffix(".anki2")
    database.write_bytes(data)
    with sqlite3.connect(database) as connection:
        return connection.execute("select guid, flds, tags from notes order by id").fetchall()


def test_the_deck_holds_one_note_per_answer_with_guid_fields_and_tags(tmp_path):
    output = tmp_path / "deck.apkg"
    assert anki.write_deck(RECORDS, "https://example.org/handbook/", output) == 2
    notes = notes_in(output)
    assert [guid for guid, _, _ in notes] == [genanki.guid_for("l1-vs-l2"), genanki.guid_for("kv-cache")]
    fields = notes[0][1].split("\x1f")
    assert fields[0] == "What is the difference between L1 and L2 regularization?"
    assert fields[1] == r"L1 adds \(\lambda \sum |w_i|\) &amp; zeroes weights; L2 shrinks &lt;all&gt; of them."
    assert fields[2] == "https://example.org/handbook/q/l1-vs-l2/"
    assert sorted(notes[0][2].split()) == [
        "chapter::fundamentals",
        "difficulty::core",
        "role::data-scientist",
        "role::ml-engineer",
        "topic::linear-models",
        "topic::regularization",
    ]
    assert sorted(notes[1][2].split()) == [
        "chapter::llms-and-generative-ai",
        "company::pinterest",
        "difficulty::advanced",
        "role::ai-engineer",
        "topic::inference-efficiency",
    ]


def test_two_builds_give_the_same_notes_so_reimports_update_cards(tmp_path):
    first, second = tmp_path / "a.apkg", tmp_path / "b.apkg"
    anki.write_deck(RECORDS, "https://example.org/", first)
    anki.write_deck(list(reversed(RECORDS)), "https://example.org/", second)
    assert sorted(notes_in(first)) == sorted(notes_in(second))
