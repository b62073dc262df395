"""handbook/pdf_export.py on small PDFs made here (no browser): destinations, outline, front pages, links."""

from __future__ import annotations

import io
import sys

import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    FloatObject,
    NameObject,
    NumberObject,
    StreamObject,
    TextStringObject,
)

from conftest import ROOT

from handbook import pdf_export

pytestmark = pytest.mark.unit


def make_pdf(texts: list[str], dests: dict[str, tuple[int, float]] = {}, links: list[tuple[int, str]] = ()) -> bytes:
    """A PDF with one line of text per page, named destinations as Chromium
    writes them (the catalog's /Dests) and link annotations: ``#name`` for a
    destination, anything else a URI."""
    writer = PdfWriter()
    font = writer._add_object(
        DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Font"),
                NameObject("/Subtype"): NameObject("/Type1"),
                NameObject("/BaseFont"): NameObject("/Helvetica"),
            }
        )
    )
    for text in texts:
        page = writer.add_blank_page(595, 842)
        stream = StreamObject()
        stream.set_data(f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode())
        page[NameObject("/Contents")] = writer._add_object(stream)
        page[NameObject("/Resources")] = DictionaryObject(
            {NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})}
        )
    table = DictionaryObject()
    for name, (index, top) in dests.items():
        table[NameObject("/" + name)] = ArrayObject(
            [writer.pages[index].indirect_reference, NameObject("/XYZ"), FloatObject(0), FloatObject(top), NumberObject(0)]
        )
    writer._root_object[NameObject("/Dests")] = writer._add_object(table)
    for index, target in links:
        annotation = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Annot"),
                NameObject("/Subtype"): NameObject("/Link"),
                NameObject("/Rect"): ArrayObject([FloatObject(v) for v in (72, 700, 200, 712)]),
            }
        )
        if target.startswith("#"):
            annotation[NameObject("/Dest")] = NameObject("/" + target[1:])
        else:
            annotation[NameObject("/A")] = DictionaryObject(
                {NameObject("/S"): NameObject("/URI"), NameObject("/URI"): TextStringObject(target)}
            )
        page = writer.pages[index]
        page[NameObject("/Annots")] = ArrayObject([*(page.get("/Annots") or []), writer._add_object(annotation)])
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def reader(pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf))


BOOK = ["Cover", "Contents", "Chapter one", "What is alpha", "Chapter two"]
DESTS = {"chapter-1": (2, 800.0), "alpha": (3, 500.0), "section-a": (3, 700.0), "chapter-2": (4, 800.0)}
HEADINGS = [
    {"id": "chapter-1", "title": "Chapter one", "level": 1, "kind": "chapter"},
    {"id": "section-a", "title": "A section", "level": 2, "kind": "section"},
    {"id": "alpha", "title": "What is alpha?", "level": 3, "kind": "question"},
    {"id": "chapter-2", "title": "Chapter two", "level": 1, "kind": "chapter"},
]


def test_destinations_give_page_and_position():
    positions = pdf_export.destinations(reader(make_pdf(BOOK, DESTS)))
    assert positions["alpha"] == pdf_export.Position(3, 0.0, 500.0)
    assert pdf_export.page_numbers(positions) == {"chapter-1": 3, "alpha": 4, "section-a": 4, "chapter-2": 5}


def test_finish_adds_a_nested_outline_at_each_headings_destination_and_metadata():
    pdf, count = pdf_export.finish([make_pdf(BOOK, DESTS)], HEADINGS, {"Title": "Handbook"})
    done = reader(pdf)
    assert count == 4
    assert pdf_export.outline_entries(done) == [
        pdf_export.OutlineEntry(1, "Chapter one", 2, 800.0),
        pdf_export.OutlineEntry(2, "A section", 3, 700.0),
        pdf_export.OutlineEntry(3, "What is alpha?", 3, 500.0),
        pdf_export.OutlineEntry(1, "Chapter two", 4, 800.0),
    ]
    assert done.metadata.title == "Handbook"
    assert done.page_mode == "/UseOutlines"
    assert set(pdf_export.destinations(done)) == set(DESTS)  # named destinations survive


def test_a_heading_without_destination_is_an_error_naming_it():
    headings = HEADINGS + [{"id": "lost", "title": "Lost?", "level": 2, "kind": "question"}]
    with pytest.raises(pdf_export.PdfExportError, match=r"1 headings have no destination in the PDF: lost \(Lost\?\)"):
        pdf_export.finish([make_pdf(BOOK, DESTS)], headings, {})


def test_parts_merge_into_one_book_whose_links_reach_across_parts():
    front = make_pdf(["Cover", "Contents"], links=[(1, "#chapter-1"), (1, "#alpha"), (1, "#chapter-2")])
    part_one = make_pdf(["Chapter one", "What is alpha"], {"chapter-1": (0, 800.0), "alpha": (1, 500.0), "section-a": (1, 700.0)})
    part_two = make_pdf(["Chapter two"], {"chapter-2": (0, 800.0)}, links=[(0, "#alpha")])
    pdf, count = pdf_export.finish([front, part_one, part_two], HEADINGS, {})
    done = reader(pdf)
    assert [page.extract_text() for page in done.pages] == ["Cover", "Contents", "Chapter one", "What is alpha", "Chapter two"]
    assert pdf_export.destinations(done) == {
        "chapter-1": pdf_export.Position(2, 0.0, 800.0),
        "alpha": pdf_export.Position(3, 0.0, 500.0),
        "section-a": pdf_export.Position(3, 0.0, 700.0),
        "chapter-2": pdf_export.Position(4, 0.0, 800.0),
    }
    assert [(link.page, link.dest) for link in pdf_export.links(done)] == [
        (1, "chapter-1"), (1, "alpha"), (1, "chapter-2"), (4, "alpha")
    ]
    assert pdf_export.broken_links(done) == []
    assert [entry.page for entry in pdf_export.outline_entries(done)] == [2, 3, 3, 4]


def test_broken_links_names_unknown_destinations_and_local_addresses():
    pdf = make_pdf(
        BOOK,
        DESTS,
        links=[
            (1, "#alpha"),
            (1, "#nowhere"),
            (2, "https://example.org/paper"),
            (2, "mailto:someone@example.org"),
            (3, "http://127.0.0.1:8123/downloads/x.pdf"),
            (3, "file:///tmp/site/index.html"),
        ],
    )
    assert pdf_export.broken_links(reader(pdf)) == [
        "page 2: link to #nowhere, which is not a destination",
        "page 4: link to http://127.0.0.1:8123/downloads/x.pdf, which a reader cannot open",
        "page 4: link to file:///tmp/site/index.html, which a reader cannot open",
    ]
