"""The PDF edition's PDF work, with pypdf: destinations, outline, contents page numbers, tags, checks.

Chromium's printer makes a link annotation for every link and a named
destination for every element a link points at (the print view links to
every heading, see tools/print_html.py), but no outline and no page numbers
in the contents. The exporter prints the book in parts (much faster, see
tools/export.py); this module merges them, defining every part's named
destinations for the whole file, reads where each landed (for the contents'
page numbers) and adds the outline (bookmarks): one entry per chapter,
page, section and question, nested as in the book.

The parts are tagged PDFs (Chromium's ``tagged=True``): each has a structure
tree, the headings, paragraphs, lists, tables, links and figures (with their
alt text) that a screen reader follows. pypdf's ``add_page`` copies pages
without it, so ``merge`` rebuilds one tree for the whole book (see
``_StructureMerge``), marks the page decoration Chromium leaves untagged as
artifacts (``mark_artifacts``), and ``describe_links`` gives every link the
description a screen reader announces. The file is written with object
streams (``write_compact``), which keeps the tags from growing it much.

It also holds the checks the tests and the exporter run on a finished PDF.
No browser, no MkDocs: plain functions over PDF bytes and heading records.
"""

from __future__ import annotations

import io
import logging
import re
import struct
import zlib
from dataclasses import dataclass, field
from typing import Iterable
from urllib.parse import urlsplit

from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    BooleanObject,
    DictionaryObject,
    Fit,
    IndirectObject,
    NameObject,
    NullObject,
    NumberObject,
    StreamObject,
    TextStringObject,
)

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


# --- the structure tree ------------------------------------------------------------------

# Structure types of PDF 2.0 that Chromium writes, and the PDF 1.7 type each
# plays: a reader of PDF 1.7 (poppler, for one) drops an element of a type it
# does not know, with everything in it, unless /RoleMap maps the type.
PDF2_ROLES = {
    "/Em": "/Span",
    "/Strong": "/Span",
    "/Sub": "/Span",
    "/Title": "/P",
    "/FENote": "/Note",
    "/Aside": "/Div",
    "/DocumentFragment": "/Div",
}
# The keys of an element that say only where it is: a /NonStruct element
# with no other key is dropped and its content handed to its parent.
_PLACE_KEYS = frozenset({"/Type", "/S", "/P", "/Pg", "/K"})
_PARENT_TREE_LEAF = 256  # entries per leaf of the merged /ParentTree
# Chromium (Skia) writes nine in ten structure elements in one layout, with
# no key but these. They are read with a regular expression, at the offset
# the part's cross-reference table gives (pypdf's ``reader.xref``): pypdf's
# parser takes about 80 µs an object, and a book of 800 pages has 200,000 of
# them. Any other object (/Alt, /A, an /OBJR in /K ...) is read by pypdf.
_SIMPLE_ELEMENT = re.compile(
    rb"(\d+) 0 obj\n<</Type /StructElem\n/S /(\w+)\n/P \d+ 0 R\n(?:/Pg (\d+) 0 R\n)?"
    rb"(?:/K ((?:[\d R\[\] ]|<</Type /MCR\n/Pg \d+ 0 R\n/MCID \d+>>)*))?>>\nendobj"
)
_SIMPLE_KID = re.compile(rb"<</Type /MCR\n/Pg (\d+) 0 R\n/MCID (\d+)>>|(\d+) 0 R|(\d+)")


# A content stream's tokens: strings, dictionary and array marks, names, comments, the rest.
_TOKEN = re.compile(
    rb"\((?:\\.|[^\\()])*\)|<<|>>|<[0-9A-Fa-f\s]*>|\[|\]|/[^\s/\[\]()<>{}%]*|%[^\r\n]*|[^\s/\[\]()<>{}%]+",
    re.S,
)


# Marked-content operators and XObject paints (``/Im3 Do``) in a content stream.
_MARKS_AND_PAINTS = re.compile(rb"\b(?:BDC|BMC|EMC)\b|/[^\s/\[\]()<>{}%]+\s+Do\b")


def mark_artifacts(page) -> int:
    """Mark the decoration Chromium paints outside any marked content as an
    artifact: the page's background and its footer (the page number and
    running title, ``@page`` margin boxes of print.css), and the images it
    paints between tagged content (the icons and shaded title bars of
    admonitions, drawn by CSS). A screen reader skips artifacts, where it
    might read the footer out on every page; PDF/UA forbids content that is
    neither tagged nor an artifact.

    The page's content stream opens with one graphics-state group (``q ...
    Q``) for the background and one for the footer; the content follows in
    groups clipped to the page's text area. Each group before the first that
    clips (or the first marked content) is wrapped in ``/Artifact BMC ...
    EMC``, and so is each image or form painted (``Do``) outside marked
    content. Returns how many; 0 when the page's content is not one Flate
    stream or is not laid out that way.
    """
    contents = page["/Contents"] if "/Contents" in page else None
    if not isinstance(contents, StreamObject) or contents.get("/Filter") not in ("/FlateDecode", ["/FlateDecode"]):
        return 0
    data = contents.get_data()
    spans, depth, start, clipped = [], 0, 0, False
    for token in _TOKEN.finditer(data):
        word = token[0]
        if word in (b"BDC", b"BMC", b"EMC", b"BI"):
            break  # marked content (or an inline image): the decoration is behind
        if word == b"q":
            if depth == 0:
                start, clipped = token.start(), False
            depth += 1
        elif word in (b"W", b"W*"):
            clipped = True
        elif word == b"Q":
            depth -= 1
            if depth < 0:
                return 0
            if depth == 0:
                if clipped:
                    break  # the page's content
                spans.append((start, token.end()))
    if any(b"(" in data[begin:end] for begin, end in spans):
        return 0  # a literal string, which these simple tokens may misread
    depth, after = 0, spans[-1][1] if spans else 0
    for match in _MARKS_AND_PAINTS.finditer(data, after):
        word = match[0]
        if word in (b"BDC", b"BMC"):
            depth += 1
        elif word == b"EMC":
            depth -= 1
        elif depth == 0:
            spans.append((match.start(), match.end()))
    if not spans or depth != 0:
        return 0  # nothing to mark, or marked content that does not balance: leave the page alone
    pieces, last = [], 0
    for begin, end in spans:
        pieces += [data[last:begin], b"/Artifact BMC\n", data[begin:end], b"\nEMC"]
        last = end
    pieces.append(data[last:])
    contents.set_data(b"".join(pieces))
    return len(spans)


@dataclass(frozen=True)
class _Content:
    """Marked content: ``mcid`` on the part's page object ``page``."""

    page: int
    mcid: int


@dataclass
class _Element:
    """A part's structure element, as much of it as the merge needs."""

    kind: str  # "/P", "/NonStruct", ...
    page: int | None  # object number of its /Pg in the part
    kids: list  # MCIDs on ``page`` (int), _Content, element references, other kids (pypdf objects)
    extra: dict  # its other keys (/Alt, /A, /Lang, /ID ...), pypdf objects


def _kids(value) -> list:
    """A structure element's /K as a list (it may be one kid or an array)."""
    if value is None:
        return []
    return list(value) if isinstance(value, ArrayObject) else [value]


def _simple_elements(data: bytes, reader: PdfReader) -> dict[int, _Element]:
    """Object number -> element, for the part's elements in Chromium's plain layout."""
    found = {}
    for number, offset in reader.xref.get(0, {}).items():
        match = _SIMPLE_ELEMENT.match(data, offset)
        if match is None or int(match[1]) != number:
            continue
        kids: list = []
        for content_page, content_id, reference, mcid in _SIMPLE_KID.findall(match[4] or b""):
            if content_page:
                kids.append(_Content(int(content_page), int(content_id)))
            elif reference:
                kids.append(IndirectObject(int(reference), 0, reader))
            else:
                kids.append(int(mcid))
        found[number] = _Element("/" + match[2].decode(), int(match[3]) if match[3] else None, kids, {})
    return found


def _element(value: DictionaryObject) -> _Element:
    """The same for an element read by pypdf."""
    page = value.raw_get("/Pg") if "/Pg" in value else None
    kids = []
    for kid in _kids(value.raw_get("/K") if "/K" in value else None):
        if not isinstance(kid, int) and not isinstance(kid, IndirectObject):
            content = kid.get_object()
            if content.get("/Type") == "/MCR" and "/Stm" not in content and "/Pg" in content:
                kid = _Content(content.raw_get("/Pg").idnum, int(content["/MCID"]))
            elif content.get("/Type") == "/MCR" and "/Stm" not in content and page is not None:
                kid = _Content(page.idnum, int(content["/MCID"]))
        kids.append(kid)
    extra = {key: value.raw_get(key) for key in value if key not in _PLACE_KEYS}
    return _Element(str(value.get("/S")), page.idnum if page is not None else None, kids, extra)


class _StructureMerge:
    """One structure tree for the merged book, built part by part.

    Each part Chromium prints has its own tree: a /StructTreeRoot whose /K is
    one /Document element, and a /ParentTree (a number tree from each page's
    /StructParents key to the element of every marked-content ID on the
    page, and from each link annotation's /StructParent key to its /Link
    element). The merged tree has one /Document, whose kids are every part's
    top-level elements in order, re-parented; /Lang and /RoleMap come along.

    The elements are copied by hand rather than with pypdf's clone: each
    page reference (/Pg, /MCR) becomes the copy of the page that
    ``add_page`` made, each /OBJR the copy of the annotation. /NonStruct
    elements are dropped on the way: Chromium wraps every run of text in one
    (170,000 in the handbook, four fifths of all elements), and a /NonStruct
    means nothing of its own (ISO 32000-1, 14.8.4.2: its content is processed
    as if it belonged to the parent), so its content goes to its parent.
    That keeps the tags from tripling the file's size.

    Each part's /StructParents and /StructParent keys are offset by the keys
    of the parts before it; the /ParentTree is then built from the merged
    tree itself (every element's marked content and annotations), so it
    cannot disagree with it.
    """

    def __init__(self, writer: PdfWriter):
        self.writer = writer
        self.document = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/StructElem"),
                NameObject("/S"): NameObject("/Document"),
                NameObject("/K"): ArrayObject(),
            }
        )
        self.document_ref: IndirectObject | None = None  # added with the first tagged part
        self.next_key = 0
        self.keyed_pages: list[DictionaryObject] = []  # the writer's pages with /StructParents
        self.keyed_annotations: list[DictionaryObject] = []  # the writer's annotations with /StructParent
        self.contents: dict[int, dict[int, IndirectObject]] = {}  # page object -> MCID -> element
        self.annotation_parents: dict[int, IndirectObject] = {}  # annotation object -> element
        self.role_map = DictionaryObject()
        self.class_map = DictionaryObject()
        self.types: set[str] = set()
        self.lang: str | None = None
        self.artifacts = 0  # graphics-state groups marked as artifacts (mark_artifacts)
        self.tagged: list[int] = []  # numbers of the parts that had a tree
        self.untagged: list[int] = []

    # -- one part --

    def add(self, number: int, data: bytes, reader: PdfReader, added: list[tuple]) -> None:
        """Add part ``number``'s tree; ``added``: (its page, the writer's copy), in order."""
        root = reader.root_object.get("/StructTreeRoot")
        if root is None:
            self.untagged.append(number)
            return
        self.tagged.append(number)
        if self.document_ref is None:
            self.document_ref = self.writer._add_object(self.document)
        root = root.get_object()
        self.part = number
        offset = self.next_key
        self.pages: dict[int, IndirectObject] = {}  # part's page object -> the writer's
        self.annotations: dict[int, IndirectObject] = {}  # part's annotation -> the writer's
        last_key = int(root.get("/ParentTreeNextKey", 0)) - 1
        for page, copy in added:
            self.pages[page.indirect_reference.idnum] = copy.indirect_reference
            self.artifacts += mark_artifacts(copy)
            if "/StructParents" in page:
                key = int(page["/StructParents"])
                copy[NameObject("/StructParents")] = NumberObject(key + offset)
                self.keyed_pages.append(copy)
                last_key = max(last_key, key)
            for original, annotation in zip(page.get("/Annots") or [], copy.get("/Annots") or []):
                if isinstance(original, IndirectObject) and isinstance(annotation, IndirectObject):
                    self.annotations[original.idnum] = annotation
                annotation = annotation.get_object()
                if "/StructParent" in annotation:
                    key = int(annotation["/StructParent"])
                    annotation[NameObject("/StructParent")] = NumberObject(key + offset)
                    self.keyed_annotations.append(annotation)
                    last_key = max(last_key, key)
        self.next_key = offset + last_key + 1
        self.simple = _simple_elements(data, reader)
        tops = _kids(root.raw_get("/K") if "/K" in root else None)
        if len(tops) == 1:
            top = self._read(tops[0])
            if isinstance(top, _Element) and top.kind == "/Document" and set(top.extra) <= {"/Lang"}:
                # The part's /Document is the merged one: its kids join ours.
                if self.lang is None and "/Lang" in top.extra:
                    self.lang = str(top.extra["/Lang"].get_object())
                self._copy_kids(top.kids, self.document, self.document_ref, top.page)
                tops = []
        self._copy_kids(tops, self.document, self.document_ref, None)
        for name, target in (root.get("/RoleMap") or {}).items():
            self.role_map.setdefault(NameObject(name), NameObject(target))
        for name, attributes in (root.get("/ClassMap") or {}).items():
            self.class_map.setdefault(NameObject(name), attributes.clone(self.writer))
        if self.lang is None and reader.root_object.get("/Lang"):
            self.lang = str(reader.root_object["/Lang"])

    def _read(self, kid):
        """A kid that is a reference: the _Element it names, or the object (an /OBJR, say)."""
        if kid.idnum in self.simple:
            return self.simple[kid.idnum]
        value = kid.get_object()
        if isinstance(value, DictionaryObject) and value.get("/Type") in (None, "/StructElem") and "/S" in value:
            return _element(value)
        return value

    def _page(self, number: int | None, what: str) -> IndirectObject:
        if number is None:
            raise PdfExportError(f"part {self.part}: {what} without a page (/Pg)")
        try:
            return self.pages[number]
        except KeyError:
            raise PdfExportError(
                f"part {self.part}: {what} on object {number}, which is not one of the part's pages"
            ) from None

    def _copy_kids(self, kids: list, parent: DictionaryObject, parent_ref: IndirectObject, page: int | None):
        """Copy the kids of an element on ``page`` (the part's page object) into ``parent``."""
        for kid in kids:
            if isinstance(kid, int):
                self._content(parent, parent_ref, kid, self._page(page, f"marked content {kid}"))
                continue
            if isinstance(kid, _Content):
                self._content(parent, parent_ref, kid.mcid, self._page(kid.page, f"marked content {kid.mcid}"))
                continue
            value = self._read(kid) if isinstance(kid, IndirectObject) else kid.get_object()
            kind = value.get("/Type") if isinstance(value, DictionaryObject) else None
            if isinstance(value, _Element):
                self._copy_element(value, parent, parent_ref)
            elif kind == "/OBJR":
                self._object_reference(value, parent, parent_ref, page)
            elif kind == "/MCR" and "/Stm" not in value:
                where = value.raw_get("/Pg").idnum if "/Pg" in value else page
                mcid = int(value["/MCID"])
                self._content(parent, parent_ref, mcid, self._page(where, f"marked content {mcid}"))
            else:  # marked content of a form XObject (/MCR with /Stm): kept as it is
                parent["/K"].append(kid.clone(self.writer))

    def _content(self, parent: DictionaryObject, parent_ref: IndirectObject, mcid: int, page: IndirectObject):
        """Marked content ``mcid`` on ``page`` (the writer's) goes to ``parent``: a bare
        number when on the parent's /Pg (which it gets if it has none), else a
        marked-content reference naming the page."""
        if "/Pg" not in parent:
            parent[NameObject("/Pg")] = page
        if parent.raw_get("/Pg").idnum == page.idnum:
            parent["/K"].append(NumberObject(mcid))
        else:
            reference = DictionaryObject({NameObject("/Type"): NameObject("/MCR"), NameObject("/Pg"): page})
            reference[NameObject("/MCID")] = NumberObject(mcid)
            parent["/K"].append(reference)
        self.contents.setdefault(page.idnum, {})[mcid] = parent_ref

    def _object_reference(self, value: DictionaryObject, parent, parent_ref, page: int | None) -> None:
        target = value.raw_get("/Obj")
        annotation = self.annotations.get(getattr(target, "idnum", None))
        reference = DictionaryObject(
            {NameObject("/Type"): NameObject("/OBJR"), NameObject("/Obj"): annotation or target.clone(self.writer)}
        )
        where = value.raw_get("/Pg").idnum if "/Pg" in value else page
        if where is not None:
            reference[NameObject("/Pg")] = self._page(where, "an annotation")
        parent["/K"].append(reference)
        if annotation is not None:
            self.annotation_parents[annotation.idnum] = parent_ref

    def _copy_element(self, element: _Element, parent: DictionaryObject, parent_ref: IndirectObject) -> None:
        if element.kind == "/NonStruct" and not element.extra:
            # No meaning of its own: its content and elements become the parent's.
            self._copy_kids(element.kids, parent, parent_ref, element.page)
            return
        copy = DictionaryObject({NameObject("/Type"): NameObject("/StructElem")})
        copy[NameObject("/S")] = NameObject(element.kind)
        for key, value in element.extra.items():
            copy[NameObject(key)] = value.clone(self.writer)
        copy[NameObject("/P")] = parent_ref
        if element.page is not None:
            copy[NameObject("/Pg")] = self._page(element.page, f"a {element.kind} element")
        copy[NameObject("/K")] = ArrayObject()
        copy_ref = self.writer._add_object(copy)
        self.types.add(element.kind)
        parent["/K"].append(copy_ref)
        self._copy_kids(element.kids, copy, copy_ref, element.page)

    # -- the whole book --

    def finish(self) -> bool:
        """Put the merged tree into the writer's catalog; False if no part was tagged."""
        if not self.tagged:
            return False
        if self.untagged:
            raise PdfExportError(
                f"parts {self.untagged} of the PDF are not tagged and parts {self.tagged} are: "
                "print every part with tagged=True"
            )
        writer = self.writer
        if self.lang:
            self.document[NameObject("/Lang")] = TextStringObject(self.lang)
        for kind in sorted(self.types):
            if kind in PDF2_ROLES and kind not in self.role_map:
                self.role_map[NameObject(kind)] = NameObject(PDF2_ROLES[kind])
        root = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/StructTreeRoot"),
                NameObject("/K"): self.document_ref,
                NameObject("/ParentTree"): self._parent_tree(),
                NameObject("/ParentTreeNextKey"): NumberObject(self.next_key),
            }
        )
        if self.role_map:
            root[NameObject("/RoleMap")] = self.role_map
        if self.class_map:
            root[NameObject("/ClassMap")] = self.class_map
        root_ref = writer._add_object(root)
        self.document[NameObject("/P")] = root_ref
        catalog = writer._root_object
        catalog[NameObject("/StructTreeRoot")] = root_ref
        catalog[NameObject("/MarkInfo")] = DictionaryObject({NameObject("/Marked"): BooleanObject(True)})
        if self.lang:
            catalog[NameObject("/Lang")] = TextStringObject(self.lang)
        return True

    def _parent_tree(self) -> IndirectObject:
        """The /ParentTree of the merged tree: for every page, the element of each of
        its MCIDs; for every annotation in the tree, its element. An annotation
        outside the tree loses its /StructParent. Leaves of a few hundred entries."""
        entries: list[tuple[int, object]] = []
        for page in self.keyed_pages:
            contents = self.contents.get(page.indirect_reference.idnum, {})
            array = ArrayObject([NullObject()] * (max(contents, default=-1) + 1))
            for mcid, element in contents.items():
                array[mcid] = element
            entries.append((int(page["/StructParents"]), array))
        for annotation in self.keyed_annotations:
            element = self.annotation_parents.get(annotation.indirect_reference.idnum)
            if element is None:
                del annotation["/StructParent"]
            else:
                entries.append((int(annotation["/StructParent"]), element))
        entries.sort(key=lambda entry: entry[0])
        kids = ArrayObject()
        for start in range(0, len(entries), _PARENT_TREE_LEAF):
            chunk = entries[start : start + _PARENT_TREE_LEAF]
            nums = ArrayObject()
            for key, value in chunk:
                nums += [NumberObject(key), value]
            leaf = DictionaryObject(
                {
                    NameObject("/Limits"): ArrayObject([NumberObject(chunk[0][0]), NumberObject(chunk[-1][0])]),
                    NameObject("/Nums"): nums,
                }
            )
            kids.append(self.writer._add_object(leaf))
        return self.writer._add_object(DictionaryObject({NameObject("/Kids"): kids}))


def merge(writer: PdfWriter, parts: list[bytes]) -> dict[str, Position]:
    """Append the pages of every part, in order, and define every part's named
    destinations in the catalog's ``/Dests``, as Chromium writes them.

    A link to another part names its destination (``/Dest /bias-variance``);
    Chromium writes it although the part lacks the target, and after the
    merge the name is defined. Tagged parts give one structure tree for the
    whole file (``_StructureMerge``), with ``/MarkInfo``, ``/Lang`` and
    ``/DisplayDocTitle``. Returns every destination's position.
    """
    table = DictionaryObject()
    positions: dict[str, Position] = {}
    structure = _StructureMerge(writer)
    for number, part in enumerate(parts, start=1):
        reader = PdfReader(io.BytesIO(part))
        first = len(writer.pages)
        pages = {}
        added = []
        for page in reader.pages:
            copy = writer.add_page(page)
            pages[page.indirect_reference.idnum] = copy.indirect_reference
            added.append((page, copy))
        structure.add(number, part, reader, added)
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
    structure.finish()
    return positions


def describe_links(writer: PdfWriter, titles: dict[str, str]) -> int:
    """Give each link annotation without one a /Contents, the description a
    screen reader announces (PDF/UA-1, 7.18.5; Chromium writes none): the
    title of the heading it leads to, the address of a web link, else
    "Elsewhere in the handbook". Returns how many it described."""
    count = 0
    for page in writer.pages:
        for annotation in page.get("/Annots") or []:
            annotation = annotation.get_object()
            if annotation.get("/Subtype") != "/Link" or annotation.get("/Contents"):
                continue
            dest, uri = _link_target(annotation)
            if uri is not None:
                text = uri[len("mailto:") :] if uri.startswith("mailto:") else uri
            else:
                text = titles.get(dest or "", "Elsewhere in the handbook")
            annotation[NameObject("/Contents")] = TextStringObject(text)
            count += 1
    return count


def retype_formulas(writer: PdfWriter, names: Iterable[str]) -> int:
    """Make /Formula every /Figure whose /Alt is one of ``names`` (the TeX of
    the print view's formulas, see handbook/js/describe-for-print.js):
    Chromium tags any role="img" as a /Figure, and PDF/UA has a structure
    type of its own for formulas. Returns how many it retyped."""
    names = set(names)
    if not names or "/StructTreeRoot" not in writer._root_object:
        return 0
    count = 0
    stack = _kids(writer._root_object["/StructTreeRoot"].get_object().raw_get("/K"))
    while stack:
        element = stack.pop()
        if not isinstance(element, IndirectObject):
            continue
        element = element.get_object()
        if not isinstance(element, DictionaryObject) or "/S" not in element:
            continue
        if element["/S"] == "/Figure" and str(element.get("/Alt") or "") in names:
            element[NameObject("/S")] = NameObject("/Formula")
            count += 1
        stack += _kids(element.raw_get("/K") if "/K" in element else None)
    return count


def assemble(
    parts: list[bytes], headings: list[dict], metadata: dict[str, str], formulas: Iterable[str] = ()
) -> tuple[PdfWriter, int]:
    """The book from its printed parts, with outline and metadata, opening with
    the outline shown and showing its /Title (not the file name) in the
    window's title bar: a PdfWriter, not yet written (see ``write_compact``),
    and its number of outline entries. ``formulas``: the alt text of the
    figures that are formulas (``retype_formulas``). The checks below read it
    as they read a finished file, without parsing it again.
    """
    writer = PdfWriter()
    positions = merge(writer, parts)
    count = add_outline(writer, headings, positions)
    describe_links(writer, {heading["id"]: heading["title"] for heading in headings})
    retype_formulas(writer, formulas)
    writer.add_metadata({f"/{key}": value for key, value in metadata.items()})
    writer.page_mode = "/UseOutlines"
    writer._root_object[NameObject("/ViewerPreferences")] = DictionaryObject(
        {NameObject("/DisplayDocTitle"): BooleanObject(True)}
    )
    return writer, count


def finish(
    parts: list[bytes], headings: list[dict], metadata: dict[str, str], formulas: Iterable[str] = ()
) -> tuple[bytes, int]:
    """One PDF from the printed parts (``assemble``, then ``write_compact``).

    Returns the PDF and its number of outline entries.
    """
    writer, count = assemble(parts, headings, metadata, formulas)
    return write_compact(writer), count


OBJECTS_PER_STREAM = 200


def _structure_objects(writer: PdfWriter) -> set[int]:
    """The object numbers of the writer's structure tree: its root, elements and /ParentTree nodes."""
    found: set[int] = set()
    stack = [writer._root_object.raw_get("/StructTreeRoot")] if "/StructTreeRoot" in writer._root_object else []
    while stack:
        reference = stack.pop()
        if not isinstance(reference, IndirectObject) or reference.idnum in found:
            continue
        obj = writer._objects[reference.idnum - 1]
        if not isinstance(obj, DictionaryObject) or obj.get("/Type") not in (None, "/StructElem", "/StructTreeRoot"):
            continue  # pages, annotations: not the tree's own
        found.add(reference.idnum)
        for key in ("/K", "/ParentTree", "/Kids"):
            if key in obj:
                value = obj.raw_get(key)
                stack += value if isinstance(value, ArrayObject) else [value]
    return found


def write_compact(writer: PdfWriter) -> bytes:
    """The writer's PDF, with every object but the streams packed into compressed
    object streams and the cross-reference table a compressed stream (PDF 1.5).

    pypdf writes each object as plain text with a 20-byte line in the
    cross-reference table. The structure tree is some 40,000 small
    dictionaries, 8 MB written that way; compressed in object streams they
    take a tenth of that. Mirrors ``PdfWriter.write_stream`` (pypdf 7), which
    writes no object streams.
    """
    if writer._encryption is not None:
        raise PdfExportError("write_compact does not encrypt")
    writer._resolve_links()
    out = io.BytesIO()
    header = writer.pdf_header if writer.pdf_header >= "%PDF-1.5" else "%PDF-1.5"
    out.write(header.encode() + b"\n%\xe2\xe3\xcf\xd3\n")
    entries: dict[int, tuple[int, int, int]] = {}  # object -> (type, offset or stream, generation or index)
    tree = _structure_objects(writer)
    plain, structure = [], []
    for number, obj in enumerate(writer._objects, start=1):
        if obj is None:
            continue
        if isinstance(obj, StreamObject):
            entries[number] = (1, out.tell(), 0)
            out.write(b"%d 0 obj\n" % number)
            obj.write_to_stream(out)
            out.write(b"\nendobj\n")
        else:
            (structure if number in tree else plain).append((number, obj))
    # The structure tree in object streams of its own: pypdf parses a whole
    # object stream to read one object, and reading a page need not parse tags.
    size = OBJECTS_PER_STREAM
    chunks = [group[i : i + size] for group in (plain, structure) for i in range(0, len(group), size)]
    next_number = len(writer._objects) + 1
    for chunk in chunks:
        stream_number, next_number = next_number, next_number + 1
        offsets, body = [], io.BytesIO()
        for index, (number, obj) in enumerate(chunk):
            offsets.append(b"%d %d" % (number, body.tell()))
            obj.write_to_stream(body)
            body.write(b"\n")
            entries[number] = (2, stream_number, index)
        head = b" ".join(offsets) + b"\n"
        data = zlib.compress(head + body.getvalue(), 6)
        entries[stream_number] = (1, out.tell(), 0)
        out.write(
            b"%d 0 obj\n<</Type /ObjStm /N %d /First %d /Filter /FlateDecode /Length %d>>\nstream\n"
            % (stream_number, len(chunk), len(head), len(data))
        )
        out.write(data + b"\nendstream\nendobj\n")
    xref_number = next_number
    entries[xref_number] = (1, out.tell(), 0)
    rows = b"".join(
        struct.pack(">BIH", *entries.get(number, (0, 0, 65535 if number == 0 else 0)))
        for number in range(xref_number + 1)
    )
    data = zlib.compress(rows, 6)
    trailer = [
        b"/Type /XRef /Size %d /W [1 4 2] /Filter /FlateDecode /Length %d" % (xref_number + 1, len(data)),
        b"/Root %d 0 R" % writer._root_object.indirect_reference.idnum,
    ]
    if writer._info is not None:
        trailer.append(b"/Info %d 0 R" % writer._info.indirect_reference.idnum)
    if writer._ID is not None:
        ids = io.BytesIO()
        writer._ID.write_to_stream(ids)
        trailer.append(b"/ID " + ids.getvalue())
    position = entries[xref_number][1]
    out.write(b"%d 0 obj\n<<%s>>\nstream\n" % (xref_number, b" ".join(trailer)))
    out.write(data + b"\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n" % position)
    return out.getvalue()


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
            dest, uri = _link_target(annotation)
            if dest is None and uri is None and annotation.get("/Dest", annotation.get("/A")) is not None:
                target = annotation.get("/Dest")
                if target is None:
                    target = annotation["/A"].get_object().get("/D")
                if target is not None:
                    dest = f"<explicit destination on page {reader.get_destination_page_number(target)}>"
            found.append(Link(index, dest, uri))
    return found


def _link_target(annotation: DictionaryObject) -> tuple[str | None, str | None]:
    """A link annotation's named destination (without the slash) or web address."""
    dest, uri = annotation.get("/Dest"), None
    action = annotation.get("/A")
    if action is not None:
        action = action.get_object()
        if action.get("/S") == "/GoTo":
            dest = action.get("/D")
        elif action.get("/S") == "/URI":
            uri = str(action.get("/URI"))
    return (_name(dest) if isinstance(dest, str) else None), uri


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


# --- checks of the tags ------------------------------------------------------------------


@dataclass
class Structure:
    """What a PDF's structure tree holds, and what is wrong with it."""

    elements: dict[str, int]  # structure type -> how many
    figures: list[tuple[int, str]]  # (page, alt text, "" if none) of every /Figure
    problems: list[str]
    formulas: list[tuple[int, str]] = field(default_factory=list)  # the same of every /Formula


def _resolved(value):
    """The object an indirect reference names; any other value as it is."""
    return value.get_object() if isinstance(value, IndirectObject) else value


def _tree_entries(node) -> dict[int, object]:
    """Every key -> raw value of a number tree."""
    node = node.get_object()
    found = {}
    nums = node.get("/Nums")
    if nums is not None:
        found.update((int(nums[i]), nums[i + 1]) for i in range(0, len(nums) - 1, 2))
    for kid in node.get("/Kids") or []:
        found.update(_tree_entries(kid))
    return found


def structure(reader: PdfReader | PdfWriter) -> Structure:
    """Walk the structure tree and check that it holds together.

    Every element's /P is the element that lists it; every page an element
    names (/Pg) is a page of the document; every marked-content ID an element
    claims on a page is the one the /ParentTree gives that element, and the
    other way round; every annotation in the tree (/OBJR) has a /StructParent
    that leads back to its element.
    """
    problems: list[str] = []
    counts: dict[str, int] = {}
    figures: list[tuple[int, str]] = []
    formulas: list[tuple[int, str]] = []
    pages = {page.indirect_reference.idnum: index for index, page in enumerate(reader.pages)}
    root = reader.root_object.get("/StructTreeRoot")
    if root is None:
        problems.append("no structure tree: the catalog has no /StructTreeRoot (print with tagged=True)")
        return Structure(counts, figures, problems, formulas)
    root = root.get_object()
    claimed: dict[tuple[int, int], int] = {}  # (page object, MCID) -> element object
    holders: dict[int, int] = {}  # annotation object -> element object
    kinds: dict[int, str] = {}

    def page_of(ref, what: str) -> int | None:
        if ref is None:
            problems.append(f"{what} has no page (/Pg)")
            return None
        if getattr(ref, "idnum", None) not in pages:
            problems.append(f"{what} names {ref!r} as its page (/Pg), which is not a page of the document")
            return None
        return ref.idnum

    stack = [(kid, root.indirect_reference) for kid in reversed(_kids(root.raw_get("/K") if "/K" in root else None))]
    if not stack:
        problems.append("the structure tree is empty (/StructTreeRoot has no /K)")
    while stack:
        ref, parent = stack.pop()
        if not isinstance(ref, IndirectObject):
            problems.append(f"a structure element that is not an indirect object: {ref!r}")
            continue
        element = ref.get_object()
        kind = str(element.get("/S"))
        counts[kind] = counts.get(kind, 0) + 1
        kinds[ref.idnum] = kind
        where = f"element {ref.idnum} ({kind})"
        if getattr(element.raw_get("/P") if "/P" in element else None, "idnum", None) != parent.idnum:
            problems.append(f"{where}: its parent (/P) is not the element that lists it")
        page = element.raw_get("/Pg") if "/Pg" in element else None
        kids = _kids(element.raw_get("/K") if "/K" in element else None)
        if kind in ("/Figure", "/Formula"):
            alt = str(element.get("/Alt") or "").strip()
            shown = page  # its page, else its first element's (a <figure> around an <img>)
            if shown is None and kids and isinstance(kids[0], IndirectObject):
                first = kids[0].get_object()
                shown = first.raw_get("/Pg") if isinstance(first, DictionaryObject) and "/Pg" in first else None
            (figures if kind == "/Figure" else formulas).append((pages.get(getattr(shown, "idnum", None), -1), alt))
        for kid in reversed(kids):
            if isinstance(kid, int):
                number = page_of(page, f"{where}, with marked content {kid},")
                if number is not None:
                    claimed[(number, int(kid))] = ref.idnum
                continue
            value = kid.get_object()
            kid_type = value.get("/Type") if isinstance(value, DictionaryObject) else None
            if kid_type == "/MCR":
                if "/Stm" in value:
                    continue
                content_page = value.raw_get("/Pg") if "/Pg" in value else page
                number = page_of(content_page, f"{where}, with marked content {value.get('/MCID')},")
                if number is not None:
                    claimed[(number, int(value["/MCID"]))] = ref.idnum
            elif kid_type == "/OBJR":
                target = value.raw_get("/Obj")
                holders[getattr(target, "idnum", None)] = ref.idnum
            elif isinstance(kid, IndirectObject) and isinstance(value, DictionaryObject):
                stack.append((kid, ref))
            else:
                problems.append(f"{where} has a kid that is not an element, marked content or object: {value!r}")

    entries = _tree_entries(root["/ParentTree"]) if "/ParentTree" in root else {}
    if "/ParentTree" not in root:
        problems.append("the structure tree has no /ParentTree")
    listed: set[tuple[int, int]] = set()
    claimed_pages = {page_number for page_number, _ in claimed}
    for index, page in enumerate(reader.pages):
        number = page.indirect_reference.idnum
        key = page.get("/StructParents")
        if key is None:
            if number in claimed_pages:
                problems.append(f"page {index + 1}: has marked content in the tree but no /StructParents")
                listed |= {claim for claim in claimed if claim[0] == number}  # said once is enough
            continue
        value = entries.get(int(key))
        value = value.get_object() if value is not None else None
        if not isinstance(value, ArrayObject):
            problems.append(f"page {index + 1}: its /StructParents {key} is not in the /ParentTree")
            continue
        for mcid, element in enumerate(value):
            if not isinstance(element, IndirectObject):
                continue
            listed.add((number, mcid))
            if claimed.get((number, mcid)) != element.idnum:
                problems.append(
                    f"page {index + 1}: the /ParentTree gives marked content {mcid} to element {element.idnum}, "
                    f"which does not hold it"
                )
        for annotation in page.get("/Annots") or []:
            key = annotation.get_object().get("/StructParent")
            holder = holders.get(getattr(annotation, "idnum", None))
            if key is None:
                if holder is not None:
                    problems.append(f"page {index + 1}: an annotation in the tree has no /StructParent")
                continue
            value = entries.get(int(key))
            if getattr(value, "idnum", None) is None or value.idnum != holder:
                problems.append(
                    f"page {index + 1}: annotation /StructParent {key} does not lead to the element that holds it"
                )
    for page_number, mcid in sorted(set(claimed) - listed):
        index = pages[page_number]
        problems.append(
            f"page {index + 1}: marked content {mcid} of element {claimed[(page_number, mcid)]} "
            f"({kinds[claimed[(page_number, mcid)]]}) is missing from the /ParentTree"
        )
    for kind, found in (("a figure (/Figure)", figures), ("a formula (/Formula)", formulas)):
        for index, alt in found:
            if not alt:
                where = f"page {index + 1}" if index >= 0 else "on no page"
                problems.append(f"{where}: {kind} without alt text (/Alt)")
    return Structure(counts, figures, problems, formulas)


def accessibility_problems(
    reader: PdfReader | PdfWriter,
    lang: str | None = None,
    title: str | None = None,
    images: int | None = None,
    tree: Structure | None = None,
    formulas: int | None = None,
) -> list[str]:
    """What keeps the PDF from being an accessible document: tagged (/MarkInfo,
    a structure tree that holds together, see ``structure``), in a language
    (/Lang, ``lang`` if given), with a title (/Title, ``title`` if given) that
    viewers show (/DisplayDocTitle), every figure and formula with alt text,
    one figure for each of the ``images`` with alt text in the print view
    (images and diagrams, if given), one /Formula for each of its
    ``formulas`` (if given). Empty if none. ``reader``: a finished file, or the writer before it is written;
    ``tree``: ``structure(reader)``, if already read."""
    catalog = reader.root_object
    problems = []
    marked = _resolved((catalog.get("/MarkInfo") or {}).get("/Marked"))
    if not (isinstance(marked, BooleanObject) and marked.value):
        problems.append("not marked as tagged: the catalog has no /MarkInfo << /Marked true >>")
    found_lang = str(catalog.get("/Lang") or "")
    if not found_lang:
        problems.append("no language: the catalog has no /Lang")
    elif lang is not None and found_lang != lang:
        problems.append(f"the language (/Lang) is {found_lang!r}, not {lang!r}")
    found_title = str((reader.metadata or {}).get("/Title") or "")
    if not found_title:
        problems.append("no title: the document information has no /Title")
    elif title is not None and found_title != title:
        problems.append(f"the title (/Title) is {found_title!r}, not {title!r}")
    display = _resolved((catalog.get("/ViewerPreferences") or {}).get("/DisplayDocTitle"))
    if not (isinstance(display, BooleanObject) and display.value):
        problems.append("viewers show the file name, not the title: no /ViewerPreferences << /DisplayDocTitle true >>")
    tree = tree or structure(reader)
    problems += tree.problems
    with_alt = sum(1 for _, alt in tree.figures if alt)
    if images is not None and with_alt != images:
        problems.append(f"{with_alt} figures with alt text, for {images} images and diagrams in the print view")
    if formulas is not None and len(tree.formulas) != formulas:
        problems.append(f"{len(tree.formulas)} formulas (/Formula), for {formulas} formulas in the print view")
    return problems
