"""handbook/pdf_export.py on small PDFs made here: destinations, outline, front pages, links, tags.

Most build their PDFs with pypdf (unit tier); the tagged-PDF tests print
tiny pages with Chromium, as the exporter prints the book (browser tier).
"""

from __future__ import annotations

import io
import sys

import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    BooleanObject,
    DictionaryObject,
    FloatObject,
    IndirectObject,
    NameObject,
    NumberObject,
    StreamObject,
    TextStringObject,
)

from conftest import ROOT

from handbook import pdf_export

unit = pytest.mark.unit


def add_helvetica(writer: PdfWriter):
    """A reference to Helvetica, the one font the test PDFs use."""
    return writer._add_object(
        DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Font"),
                NameObject("/Subtype"): NameObject("/Type1"),
                NameObject("/BaseFont"): NameObject("/Helvetica"),
            }
        )
    )


def make_pdf(texts: list[str], dests: dict[str, tuple[int, float]] = {}, links: list[tuple[int, str]] = ()) -> bytes:
    """A PDF with one line of text per page, named destinations as Chromium
    writes them (the catalog's /Dests) and link annotations: ``#name`` for a
    destination, anything else a URI."""
    writer = PdfWriter()
    font = add_helvetica(writer)
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


@unit
def test_destinations_give_page_and_position():
    positions = pdf_export.destinations(reader(make_pdf(BOOK, DESTS)))
    assert positions["alpha"] == pdf_export.Position(3, 0.0, 500.0)
    assert pdf_export.page_numbers(positions) == {"chapter-1": 3, "alpha": 4, "section-a": 4, "chapter-2": 5}


@unit
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


@unit
def test_a_heading_without_destination_is_an_error_naming_it():
    headings = HEADINGS + [{"id": "lost", "title": "Lost?", "level": 2, "kind": "question"}]
    with pytest.raises(pdf_export.PdfExportError, match=r"1 headings have no destination in the PDF: lost \(Lost\?\)"):
        pdf_export.finish([make_pdf(BOOK, DESTS)], headings, {})


@unit
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
    # What a screen reader announces for each link: the heading it leads to.
    assert link_descriptions(done) == ["Chapter one", "What is alpha?", "Chapter two", "What is alpha?"]


def link_descriptions(done: PdfReader) -> list[str]:
    return [
        str(annotation.get_object().get("/Contents"))
        for page in done.pages
        for annotation in page.get("/Annots") or []
    ]


@unit
def test_links_to_the_web_and_to_places_without_a_heading_are_described_too():
    pdf = make_pdf(["Cover", "Chapter one"], {"chapter-1": (1, 800.0), "footnote": (1, 90.0)},
                   links=[(0, "https://example.org/paper"), (0, "mailto:someone@example.org"), (0, "#footnote")])
    done = reader(pdf_export.finish([pdf], HEADINGS[:1], {})[0])
    assert link_descriptions(done) == ["https://example.org/paper", "someone@example.org", "Elsewhere in the handbook"]


@unit
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


@unit
def test_finish_packs_objects_into_compressed_object_streams():
    pdf, _ = pdf_export.finish([make_pdf(BOOK, DESTS)], HEADINGS, {"Title": "Handbook"})
    assert pdf.startswith(b"%PDF-1.5") and b"/Type /ObjStm" in pdf and b"/Type /XRef" in pdf
    assert b"\nxref\n" not in pdf  # a cross-reference stream, not a table
    assert [page.extract_text() for page in reader(pdf).pages] == BOOK


# --- tags --------------------------------------------------------------------------------


def make_tagged_pdf(texts: list[str], alt: str = "A blue square") -> bytes:
    """A tagged PDF laid out by pypdf (not as Chromium writes it): per page a
    paragraph (/P) of marked content 0, all inside one /NonStruct; on the
    first page a figure (marked content 1, with ``alt``) and a link annotation
    in the tree (/Link with an /OBJR). Pages after the first reach their
    content through marked-content references (/MCR)."""
    writer = PdfWriter()
    font = add_helvetica(writer)

    def element(kind: str, parent, **keys) -> tuple[DictionaryObject, IndirectObject]:
        value = DictionaryObject({NameObject("/Type"): NameObject("/StructElem"), NameObject("/S"): NameObject(kind)})
        if parent is not None:
            value[NameObject("/P")] = parent
        value.update({NameObject("/" + key): item for key, item in keys.items()})
        return value, writer._add_object(value)

    root, root_ref = element("/StructTreeRoot", None)
    root[NameObject("/Type")] = NameObject("/StructTreeRoot")
    del root["/S"]
    document, document_ref = element("/Document", root_ref, Lang=TextStringObject("en"), K=ArrayObject())
    wrapper, wrapper_ref = element("/NonStruct", document_ref, K=ArrayObject())
    document["/K"].append(wrapper_ref)
    nums = ArrayObject()
    for index, text in enumerate(texts):
        page = writer.add_blank_page(595, 842)
        operators = f"/P <</MCID 0>> BDC BT /F1 12 Tf 72 720 Td ({text}) Tj ET EMC"
        if index == 0:
            operators += " /Figure <</MCID 1>> BDC 0 0 1 rg 72 500 50 50 re f EMC"
        stream = StreamObject()
        stream.set_data(operators.encode())
        page[NameObject("/Contents")] = writer._add_object(stream)
        page[NameObject("/Resources")] = DictionaryObject({NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})})
        page[NameObject("/StructParents")] = NumberObject(index)
        page_ref = page.indirect_reference
        if index == 0:
            _, paragraph = element("/P", wrapper_ref, Pg=page_ref, K=NumberObject(0))
        else:
            mcr = DictionaryObject(
                {NameObject("/Type"): NameObject("/MCR"), NameObject("/Pg"): page_ref, NameObject("/MCID"): NumberObject(0)}
            )
            _, paragraph = element("/P", wrapper_ref, K=ArrayObject([mcr]))
        wrapper["/K"].append(paragraph)
        marks = ArrayObject([paragraph])
        if index == 0:
            _, figure = element("/Figure", document_ref, Pg=page_ref, Alt=TextStringObject(alt), K=NumberObject(1))
            document["/K"].append(figure)
            marks.append(figure)
        nums += [NumberObject(index), marks]
    annotation = writer._add_object(
        DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Annot"),
                NameObject("/Subtype"): NameObject("/Link"),
                NameObject("/Rect"): ArrayObject([FloatObject(v) for v in (72, 700, 200, 712)]),
                NameObject("/A"): DictionaryObject(
                    {NameObject("/S"): NameObject("/URI"), NameObject("/URI"): TextStringObject("https://example.org/")}
                ),
                NameObject("/StructParent"): NumberObject(len(texts)),
            }
        )
    )
    first = writer.pages[0]
    first[NameObject("/Annots")] = ArrayObject([annotation])
    objr = DictionaryObject(
        {NameObject("/Type"): NameObject("/OBJR"), NameObject("/Obj"): annotation, NameObject("/Pg"): first.indirect_reference}
    )
    _, link = element("/Link", document_ref, K=ArrayObject([objr]))
    document["/K"].append(link)
    nums += [NumberObject(len(texts)), link]
    root[NameObject("/K")] = document_ref
    root[NameObject("/ParentTree")] = writer._add_object(DictionaryObject({NameObject("/Nums"): nums}))
    root[NameObject("/ParentTreeNextKey")] = NumberObject(len(texts) + 1)
    catalog = writer._root_object
    catalog[NameObject("/StructTreeRoot")] = root_ref
    catalog[NameObject("/MarkInfo")] = DictionaryObject({NameObject("/Marked"): BooleanObject(True)})
    catalog[NameObject("/Lang")] = TextStringObject("en")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def top_kinds(done: PdfReader) -> list[str]:
    document = done.root_object["/StructTreeRoot"]["/K"]
    return [str(kid.get_object()["/S"]) for kid in document["/K"]]


@unit
def test_merge_builds_one_structure_tree_from_every_parts():
    one = make_tagged_pdf(["Part one", "More of part one"], alt="A blue square")
    two = make_tagged_pdf(["Part two"], alt="A red circle")
    pdf, _ = pdf_export.finish([one, two], [], {"Title": "Tiny book"})
    done = reader(pdf)
    catalog = done.root_object
    assert catalog["/MarkInfo"]["/Marked"] == True  # noqa: E712 (a pypdf BooleanObject)
    assert catalog["/Lang"] == "en"
    assert catalog["/ViewerPreferences"]["/DisplayDocTitle"] == True  # noqa: E712
    root = catalog["/StructTreeRoot"]
    document = root["/K"]
    assert document["/S"] == "/Document" and document["/Lang"] == "en"
    assert document.raw_get("/P").idnum == root.indirect_reference.idnum
    # Both parts' elements, in order, under one /Document; the /NonStruct around the paragraphs is gone.
    assert top_kinds(done) == ["/P", "/P", "/Figure", "/Link", "/P", "/Figure", "/Link"]
    kids = [kid.get_object() for kid in document["/K"]]
    assert all(kid.raw_get("/P").idnum == document.indirect_reference.idnum for kid in kids)
    # Pages and annotations are the merged file's: each page's key is its own, and leads back.
    pages = [page.indirect_reference.idnum for page in done.pages]
    assert [kids[i].raw_get("/Pg").idnum for i in (0, 1, 4)] == pages
    assert kids[3]["/K"][0].raw_get("/Obj").idnum == done.pages[0]["/Annots"][0].idnum
    assert kids[6]["/K"][0].raw_get("/Obj").idnum == done.pages[2]["/Annots"][0].idnum
    entries = pdf_export._tree_entries(root["/ParentTree"])
    keys = [int(page["/StructParents"]) for page in done.pages]
    assert len(set(keys)) == 3 and all(isinstance(entries[key].get_object(), ArrayObject) for key in keys)
    assert entries[keys[2]].get_object()[0].idnum == kids[4].indirect_reference.idnum
    tags = pdf_export.structure(done)
    assert tags.problems == []
    assert tags.figures == [(0, "A blue square"), (2, "A red circle")]
    assert tags.elements == {"/Document": 1, "/P": 3, "/Figure": 2, "/Link": 2}
    assert pdf_export.accessibility_problems(done, lang="en", title="Tiny book", images=2) == []


@unit
def test_figures_named_by_a_formulas_tex_become_formulas():
    one = make_tagged_pdf(["Part one"], alt="x^2 + 1")
    two = make_tagged_pdf(["Part two"], alt="A red circle")
    pdf, _ = pdf_export.finish([one, two], [], {"Title": "Tiny book"}, formulas=["x^2 + 1", "\\sum_i x_i"])
    done = reader(pdf)
    assert top_kinds(done) == ["/P", "/Formula", "/Link", "/P", "/Figure", "/Link"]
    tags = pdf_export.structure(done)
    assert tags.formulas == [(0, "x^2 + 1")] and tags.figures == [(1, "A red circle")]
    assert pdf_export.accessibility_problems(done, images=1, formulas=1) == []
    assert pdf_export.accessibility_problems(done, images=1, formulas=2) == [
        "1 formulas (/Formula), for 2 formulas in the print view"
    ]


@unit
def test_tagged_and_untagged_parts_do_not_mix():
    with pytest.raises(pdf_export.PdfExportError, match=r"parts \[2\] of the PDF are not tagged and parts \[1\] are"):
        pdf_export.finish([make_tagged_pdf(["One"]), make_pdf(["Two"])], [], {})


@unit
def test_accessibility_problems_say_what_is_missing():
    assert pdf_export.accessibility_problems(reader(make_pdf(["Text"]))) == [
        "not marked as tagged: the catalog has no /MarkInfo << /Marked true >>",
        "no language: the catalog has no /Lang",
        "no title: the document information has no /Title",
        "viewers show the file name, not the title: no /ViewerPreferences << /DisplayDocTitle true >>",
        "no structure tree: the catalog has no /StructTreeRoot (print with tagged=True)",
    ]
    pdf, _ = pdf_export.finish([make_tagged_pdf(["One"])], [], {"Title": "Tiny book"})
    assert pdf_export.accessibility_problems(reader(pdf), lang="de", title="Big book", images=3) == [
        "the language (/Lang) is 'en', not 'de'",
        "the title (/Title) is 'Tiny book', not 'Big book'",
        "1 figures with alt text, for 3 images and diagrams in the print view",
    ]


@unit
def test_structure_names_what_does_not_hold_together():
    pdf, _ = pdf_export.finish([make_tagged_pdf(["One", "Two"])], [], {"Title": "Tiny book"})
    broken = PdfWriter(clone_from=reader(pdf))
    del broken.pages[1]["/StructParents"]
    document = broken._root_object["/StructTreeRoot"]["/K"]
    figure = next(kid.get_object() for kid in document["/K"] if kid.get_object()["/S"] == "/Figure")
    del figure["/Alt"]
    out = io.BytesIO()
    broken.write(out)
    assert pdf_export.structure(reader(out.getvalue())).problems == [
        "page 2: has marked content in the tree but no /StructParents",
        "page 1: a figure (/Figure) without alt text (/Alt)",
    ]


# --- tags as Chromium prints them -------------------------------------------------------------

PIXEL = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
LONG = " ".join(f"Sentence {n} of a paragraph long enough to run onto the next page." for n in range(40))


def tiny_book(sections: list[str]) -> str:
    """A tiny book on small pages (so that a part runs to several), one
    ``<section>`` per part; hidden links to its headings make them named
    destinations, as in the print view."""
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Tiny book</title>'
        "<style>@page { size: 320px 320px; margin: 16px } body { font: 12px sans-serif; margin: 0 }</style>"
        '<style id="part"></style></head><body>'
        '<nav hidden><a href="#chapter-1"></a><a href="#section-a"></a><a href="#alpha"></a><a href="#chapter-2"></a></nav>'
        + "".join(f'<section id="part-{number}">{body}</section>' for number, body in enumerate(sections))
        + "</body></html>"
    )


def figure(alt: str) -> str:
    return f'<figure role="none"><p><img src="{PIXEL}" alt="{alt}" width="40" height="40"></p></figure>'


@pytest.fixture(scope="module")
def printed_parts(browser) -> list[bytes]:
    """Front matter and two parts of a tiny book, printed by Chromium as the
    exporter prints the handbook: one document, the other parts hidden."""
    from handbook import export

    sections = [
        '<h1>Tiny book</h1><p><a href="#chapter-1">Chapter one</a>, <a href="#alpha">What is alpha?</a>, '
        '<a href="#chapter-2">Chapter two</a></p>',
        '<h1 id="chapter-1">Chapter one</h1><h2 id="section-a">A section</h2><h3 id="alpha">What is alpha?</h3>'
        f"<p>Alpha is <em>small</em> and <strong>bold</strong>. {LONG}</p>"
        "<table><tr><th>Name</th><th>Value</th></tr><tr><td>alpha</td><td>0.05</td></tr></table>"
        + figure("A red square")
        + '<p>More on <a href="https://example.org/">the web</a> and in <a href="#chapter-2">chapter two</a>.</p>',
        '<h1 id="chapter-2">Chapter two</h1><p>Back to <a href="#alpha">alpha</a>.</p>' + figure("A blue square"),
    ]
    page = browser.new_page()
    try:
        page.set_content(tiny_book(sections))
        parts = []
        for number in range(len(sections)):
            page.evaluate(
                "css => { document.getElementById('part').textContent = css; }",
                f"section:not(#part-{number}) {{ display: none }}",
            )
            parts.append(page.pdf(**export.TAGGED))
    finally:
        page.close()
    return parts


def pages_under(element, pages: dict[int, int]) -> set[int]:
    """The page indexes of every marked content under a structure element."""
    found, stack = set(), [element]
    while stack:
        node = stack.pop().get_object()
        own = node.raw_get("/Pg").idnum if "/Pg" in node else None
        kids = node.get("/K")
        for kid in kids if isinstance(kids, list) else [kids] if kids is not None else []:
            if isinstance(kid, int):
                found.add(pages[own])
                continue
            value = kid.get_object()
            if value.get("/Type") == "/MCR":
                found.add(pages[value.raw_get("/Pg").idnum if "/Pg" in value else own])
            elif value.get("/Type") != "/OBJR":
                stack.append(kid)
    return found


@pytest.mark.browser
def test_chromium_parts_merge_into_one_tagged_book(printed_parts):
    counts = [len(reader(part).pages) for part in printed_parts]
    assert counts[0] == 1 and counts[1] >= 3 and counts[2] == 1  # the paragraph runs on
    assert all(reader(part).root_object.get("/StructTreeRoot") is not None for part in printed_parts)
    pdf, _ = pdf_export.finish(printed_parts, HEADINGS, {"Title": "Tiny book"})
    done = reader(pdf)
    assert pdf_export.accessibility_problems(done, lang="en", title="Tiny book", images=2) == []
    tags = pdf_export.structure(done)
    assert [alt for _, alt in tags.figures] == ["A red square", "A blue square"]
    assert "/NonStruct" not in tags.elements
    assert {"/H1", "/H2", "/H3", "/P", "/Table", "/TH", "/TD", "/Link", "/Em", "/Strong"} <= set(tags.elements)
    root = done.root_object["/StructTreeRoot"]
    assert root["/RoleMap"]["/Em"] == "/Span" and root["/RoleMap"]["/Strong"] == "/Span"
    # One /Document whose kids hold the content of every page of every part, in order.
    pages = {page.indirect_reference.idnum: index for index, page in enumerate(done.pages)}
    spans = [pages_under(kid, pages) for kid in root["/K"]["/K"]]
    assert set().union(*spans) == set(range(len(done.pages)))
    firsts = [min(span) for span in spans if span]
    assert firsts == sorted(firsts)
    # Every page's /StructParents is its own and is in the /ParentTree.
    entries = pdf_export._tree_entries(root["/ParentTree"])
    keys = [int(page["/StructParents"]) for page in done.pages]
    assert len(set(keys)) == len(keys) and all(key in entries for key in keys)
    # The rest of the merge still works: destinations, links across parts, outline.
    assert pdf_export.broken_links(done) == []
    assert [entry.title for entry in pdf_export.outline_entries(done)] == [h["title"] for h in HEADINGS]
    assert pdf_export.destinations(done)["chapter-2"].page == sum(counts[:2])
    assert link_descriptions(done) == [
        "Chapter one", "What is alpha?", "Chapter two", "https://example.org/", "Chapter two", "What is alpha?"
    ]


@unit
def test_background_and_footer_painted_before_the_tagged_content_become_artifacts():
    background = b"q 1 1 1 rg 0 0 595 842 re f Q"
    footer = b"q .6 .6 .6 rg BT /F1 8 Tf 290 30 Td <0031> Tj ET Q"
    body = b"q 0 0 595 800 re W n q /P <</MCID 0 >> BDC BT /F1 12 Tf 72 720 Td <002B> Tj ET EMC Q Q"
    icon = b"q 0 0 595 800 re W n q 1 0 0 1 72 600 cm /X1 Do Q /Figure <</MCID 1 >> BDC /X2 Do EMC Q"
    writer = PdfWriter()
    page = writer.add_blank_page(595, 842)
    stream = StreamObject()
    stream.set_data(b"\n".join([background, footer, body]))
    stream = stream.flate_encode()
    page[NameObject("/Contents")] = writer._add_object(stream)
    assert pdf_export.mark_artifacts(page) == 2
    assert page["/Contents"].get_data() == b"\n".join(
        [b"/Artifact BMC\n" + background + b"\nEMC", b"/Artifact BMC\n" + footer + b"\nEMC", body]
    )
    assert pdf_export.mark_artifacts(page) == 0  # already marked: the first group is now marked content
    # A diagram's shapes at the top of a page are content (clipped to the text area), not decoration.
    shapes = b"q 0 0 595 800 re W n 1 0 0 RG 10 10 m 90 90 l S Q"
    stream = StreamObject()
    stream.set_data(b"\n".join([background, footer, shapes, body]))
    page[NameObject("/Contents")] = writer._add_object(stream.flate_encode())
    assert pdf_export.mark_artifacts(page) == 2
    assert page["/Contents"].get_data().endswith(b"\n".join([shapes, body]))
    # An image painted between tagged content (an admonition's icon) is decoration; a figure is not.
    stream = StreamObject()
    stream.set_data(b"\n".join([background, body, icon]))
    page[NameObject("/Contents")] = writer._add_object(stream.flate_encode())
    assert pdf_export.mark_artifacts(page) == 2
    assert page["/Contents"].get_data().endswith(
        b"q 1 0 0 1 72 600 cm /Artifact BMC\n/X1 Do\nEMC Q /Figure <</MCID 1 >> BDC /X2 Do EMC Q"
    )
