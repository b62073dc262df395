"""The PDF edition's PDF work, with pypdf: destinations, outline, contents page numbers, checks.

Chromium's printer makes a link annotation for every link and a named
destination for every element a link points at (the print view links to
every heading, see tools/print_html.py), but no outline and no page numbers
in the contents. The exporter prints the book in parts (much faster, see
tools/export.py); this module merges them, defining every part's named
destinations for the whole file, reads where each landed (for the contents'
page numbers) and adds the outline (bookmarks): one entry per chapter,
page, section and question, nested as in the book.

It also holds the checks the tests and the exporter run on a finished PDF.
No browser, no MkDocs: plain functions over PDF bytes and heading records.
"""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass
from urllib.parse import urlsplit

from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, DictionaryObject, Fit, NameObject

# Chromium's PDFs make pypdf warn about a trailer size it then fixes itself.
logging.getLogger("pypdf").setLevel(logging.ERROR)

LOCAL_HOSTS = {"localhost", "127.0.0.1", "::1", "0.0.0.0"}


class PdfExportError(Exception):
    """The PDF is not what the handbook promises; the message says what is wrong."""


@dataclass(frozen=True)
class Position:
    page: int  # 0-based page index
    left: float
    top: float


def _name(key) -> str:
    """A destination's name without the leading slash of a PDF name object."""
    key = str(key)
    return key[1:] if key.startswith("/") else key


def destinations(reader: PdfReader) -> dict[str, Position]:
    """Named destination -> where it is (page index, left, top)."""
    found = {}
    for key, destination in reader.named_destinations.items():
        page = reader.get_destination_page_number(destination)
        if page is None or page < 0:
            continue
        left = float(destination.left or 0) if destination.get("/Left") is not None else 0.0
        top = float(destination.top) if destination.get("/Top") is not None else 0.0
        found[_name(key)] = Position(page, left, top)
    return found


def page_numbers(positions: dict[str, Position]) -> dict[str, int]:
    """Destination -> the page number printed in the footer (the first page is 1)."""
    return {name: position.page + 1 for name, position in positions.items()}


def missing_destinations(headings: list[dict], positions: dict[str, Position]) -> list[dict]:
    return [heading for heading in headings if heading["id"] not in positions]


def add_outline(writer: PdfWriter, headings: list[dict], positions: dict[str, Position]) -> int:
    """Add one outline entry per heading, nested by ``level``; return how many.

    Each entry points at the exact spot of the heading's named destination.
    Chapters and pages start open, so the reader sees the chapters and their
    pages; sections and questions fold away under them.
    """
    missing = missing_destinations(headings, positions)
    if missing:
        names = ", ".join(f"{h['id']} ({h['title']})" for h in missing[:20])
        raise PdfExportError(f"{len(missing)} headings have no destination in the PDF: {names}")
    parents: list[tuple[int, object]] = []  # (level, outline item)
    for heading in headings:
        position = positions[heading["id"]]
        while parents and parents[-1][0] >= heading["level"]:
            parents.pop()
        item = writer.add_outline_item(
            title=heading["title"],
            page_number=position.page,
            parent=parents[-1][1] if parents else None,
            fit=Fit.xyz(left=position.left, top=position.top),
            bold=heading["kind"] == "chapter",
            is_open=heading["kind"] == "chapter",
        )
        parents.append((heading["level"], item))
    return len(headings)


def merge(writer: PdfWriter, parts: list[bytes]) -> dict[str, Position]:
    """Append the pages of every part, in order, and define every part's named
    destinations in the catalog's ``/Dests``, as Chromium writes them.

    A link to another part names its destination (``/Dest /bias-variance``);
    Chromium writes it although the part lacks the target, and after the
    merge the name is defined. Returns every destination's position.
    """
    table = DictionaryObject()
    positions: dict[str, Position] = {}
    for part in parts:
        reader = PdfReader(io.BytesIO(part))
        first = len(writer.pages)
        pages = {}
        for page in reader.pages:
            added = writer.add_page(page)
            pages[page.indirect_reference.idnum] = added.indirect_reference
        for key, destination in reader.named_destinations.items():
            name = _name(key)
            page_ref = destination.raw_get("/Page") if "/Page" in destination else None
            page_number = reader.get_destination_page_number(destination)
            if name in positions or page_ref is None or page_number is None or page_number < 0:
                continue
            array = ArrayObject([pages[page_ref.idnum], *destination.dest_array[1:]])
            table[NameObject("/" + name)] = array
            left = float(destination.left or 0) if destination.get("/Left") is not None else 0.0
            top = float(destination.top) if destination.get("/Top") is not None else 0.0
            positions[name] = Position(first + page_number, left, top)
    writer._root_object[NameObject("/Dests")] = writer._add_object(table)
    return positions


def finish(parts: list[bytes], headings: list[dict], metadata: dict[str, str]) -> tuple[bytes, int]:
    """One PDF from the printed parts, with outline and metadata, opening with the outline shown.

    Returns the PDF and its number of outline entries.
    """
    writer = PdfWriter()
    positions = merge(writer, parts)
    count = add_outline(writer, headings, positions)
    writer.add_metadata({f"/{key}": value for key, value in metadata.items()})
    writer.page_mode = "/UseOutlines"
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue(), count


# --- checks on a finished PDF ---------------------------------------------------------


@dataclass(frozen=True)
class OutlineEntry:
    level: int  # 1 = top
    title: str
    page: int  # 0-based
    top: float | None = None  # where on the page, in points from its foot


def outline_entries(reader: PdfReader) -> list[OutlineEntry]:
    """Every outline entry, depth first."""
    entries: list[OutlineEntry] = []

    def walk(items, level):
        for item in items:
            if isinstance(item, list):
                walk(item, level + 1)
            else:
                top = float(item.top) if item.get("/Top") is not None else None
                entries.append(OutlineEntry(level, str(item.title), reader.get_destination_page_number(item), top))

    walk(reader.outline, 1)
    return entries


@dataclass(frozen=True)
class Link:
    page: int  # 0-based page of the annotation
    dest: str | None  # named destination, for a link inside the document
    uri: str | None  # for a link to the web


def links(reader: PdfReader) -> list[Link]:
    """Every link annotation of the document."""
    found = []
    for index, page in enumerate(reader.pages):
        for annotation in page.get("/Annots") or []:
            annotation = annotation.get_object()
            if annotation.get("/Subtype") != "/Link":
                continue
            dest, uri = annotation.get("/Dest"), None
            action = annotation.get("/A")
            if action is not None:
                action = action.get_object()
                if action.get("/S") == "/GoTo":
                    dest = action.get("/D")
                elif action.get("/S") == "/URI":
                    uri = str(action.get("/URI"))
            if dest is not None and not isinstance(dest, str):
                dest = f"<explicit destination on page {reader.get_destination_page_number(dest)}>"
            found.append(Link(index, _name(dest) if isinstance(dest, str) else None, uri))
    return found


def broken_links(reader: PdfReader) -> list[str]:
    """Links that do not land: unknown destinations, and URIs that point at
    the machine that printed the PDF (a local server or a file)."""
    names = set(destinations(reader))
    problems = []
    for link in links(reader):
        if link.dest is not None:
            if link.dest.startswith("<explicit"):
                continue
            if link.dest not in names:
                problems.append(f"page {link.page + 1}: link to #{link.dest}, which is not a destination")
        elif link.uri is not None:
            parts = urlsplit(link.uri)
            if parts.scheme not in ("http", "https", "mailto") or (parts.hostname or "") in LOCAL_HOSTS:
                problems.append(f"page {link.page + 1}: link to {link.uri}, which a reader cannot open")
        else:
            problems.append(f"page {link.page + 1}: link annotation without a target")
    return problems
