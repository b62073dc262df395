"""`make pdf` and `make offline`: the handbook as one PDF, and as a zip that works offline.

The command line is tools/export.py. Both editions are builds of mkdocs.yml
itself, switched by an environment variable (handbook/project.py):

pdf (``HANDBOOK_PRINT=true``)
    1. builds the print view (the site plus print_page/, the whole handbook
       on one page; see hooks/print_view.py);
    2. opens it in Chromium (the system one, through Playwright) from a local
       server, with every request to another host blocked; waits for every
       Mermaid diagram, formula and image, and fails naming any that does
       not render;
    3. prints it a few chapters at a time (see print_in_parts: one print of
       the whole book takes four times as long), reads where every heading
       landed, and prints the cover and contents again with page numbers;
    4. merges the parts, keeping their tags (one structure tree: headings,
       lists, tables, links, figures with their alt text) and adds the
       outline (bookmarks) and metadata with pypdf (handbook/pdf_export.py);
       checks the tags, title and language before writing it.

offline (``HANDBOOK_OFFLINE=true``)
    builds the site with Material's offline plugin (see hooks/offline_view.py)
    and zips it under one folder.

Progress goes to the terminal; a failure ends with one clear message.
"""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from . import browser as browsers
from . import pdf_export, print_html
from .project import ANKI_NAME, BUILD_ENV, DOWNLOADS, OFFLINE_EDITION_ENV, PDF_NAME, PRINT_EDITION_ENV, ROOT, ZIP_NAME

CONFIG = ROOT / "mkdocs.yml"
DOWNLOADS_DIR = ROOT / "site" / DOWNLOADS
OUTLINE_FILE = "handbook-outline.json"
TITLE = "ML Interview Handbook"  # the PDF's /Title, which viewers show (/DisplayDocTitle)
BUNDLE_FOLDER = "ml-interview-handbook"

PRINT_VIEWPORT = {"width": round((210 - 2 * 17) / 25.4 * 96), "height": 1000}  # see handbook/print/print.css
DIAGRAM_TIMEOUT = float(os.environ.get("HANDBOOK_DIAGRAM_TIMEOUT", 90))  # s without progress

DIAGRAM_STATUS = browsers.script("diagram-status.js")
MATH_STATUS = browsers.script("math-status.js")
IMAGE_STATUS = browsers.script("image-status.js")
FIT_TO_WIDTH = browsers.script("fit-to-width.js")
PLAN_PARTS = browsers.script("plan-parts.js")
DESCRIBE_FOR_PRINT = browsers.script("describe-for-print.js")
SHOW = browsers.script("show-only.js")
FILL_CONTENTS = browsers.script("fill-contents.js")

Progress = Callable[[str], None]


class ExportError(Exception):
    """The export cannot go on; the message tells the user what to do."""


def say(message: str) -> None:
    print(message, flush=True)


# --- the build ------------------------------------------------------------------------------


def mkdocs_build(config: Path, site_dir: Path, progress: Progress, env: dict | None = None) -> None:
    """Run `mkdocs build` in its own process; pass on its progress lines."""
    command = [sys.executable, "-m", "mkdocs", "build", "-f", str(config), "-d", str(site_dir)]
    process = subprocess.Popen(
        command,
        cwd=config.parent,
        env={**os.environ, **BUILD_ENV, **(env or {})},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    lines = []
    for line in process.stdout:
        lines.append(line.rstrip())
        if re.search(r"snippets:|print view:|answers:|offline bundle:|ERROR|Aborted", line):
            progress("  " + line.strip())
    if process.wait() != 0:
        tail = "\n".join(lines[-40:])
        raise ExportError(f"`mkdocs build -f {config.name}` failed:\n{tail}")


def chromium_executable() -> str:
    try:
        return browsers.chromium_executable()
    except browsers.BrowserNotFound as error:
        raise ExportError(f"{error} The PDF is printed by Chromium.") from None


# --- the PDF ------------------------------------------------------------------------------------

FRONT_ONLY = """
#print-site-page > :not(#print-site-cover-page):not(#handbook-contents),
.md-content__inner > :not(#print-site-page) { display: none !important; }
"""
PART_ONLY = """
#print-site-cover-page, #handbook-contents, .md-content__inner > :not(#print-site-page),
#print-site-page [data-print-part]:not([data-print-part="{part}"]),
#print-site-page section.md-section:not([data-print-parts~="p{part}"]) { display: none !important; }
@page :first { counter-increment: page {first_page}; }
"""
PART_SIZE = int(os.environ.get("HANDBOOK_PRINT_PART_SIZE", 35_000))  # elements per part
# Every print that goes into the book is tagged: Chromium writes the structure
# tree (headings, paragraphs, lists, tables, links, figures with their alt
# text), /Lang from <html lang> and DisplayDocTitle; pdf_export.merge keeps it
# across the parts. Chromium's own outline stays off: pdf_export.assemble adds ours.
PRINT_OPTIONS = {"prefer_css_page_size": True, "print_background": True}
TAGGED = {**PRINT_OPTIONS, "tagged": True, "outline": False}



def wait_for_diagrams(page, progress: Progress) -> int:
    """Wait until every diagram has rendered; fail naming those that do not."""
    status = page.evaluate(DIAGRAM_STATUS)
    total, last_done, last_change = len(status), -1, time.monotonic()
    while True:
        done = sum(1 for diagram in status if diagram["rendered"])
        if done != last_done:
            progress(f"  diagrams: {done}/{total} rendered")
            last_done, last_change = done, time.monotonic()
        if done == total:
            return total
        if time.monotonic() - last_change > DIAGRAM_TIMEOUT:
            stuck = [d for d in status if not d["rendered"]]
            listing = "\n".join(f"  - page '{d['page']}': {d['source']}" for d in stuck)
            errors = "\n".join(f"  {message}" for message in page.console_errors[-10:])
            raise ExportError(
                f"{len(stuck)} of {total} Mermaid diagrams did not render within "
                f"{DIAGRAM_TIMEOUT:.0f} s (quote labels that contain punctuation):\n{listing}"
                + (f"\nbrowser console:\n{errors}" if errors else "")
            )
        time.sleep(0.25)
        status = page.evaluate(DIAGRAM_STATUS)


def check_math_and_images(page, progress: Progress) -> tuple[int, int]:
    deadline = time.monotonic() + 30
    while True:
        math = page.evaluate(MATH_STATUS)
        if not math["pending"] or time.monotonic() > deadline:
            break
        time.sleep(0.25)
    if math["pending"] or math["errors"]:
        listing = "\n".join(f"  - {item}" for item in (math["errors"] + math["pending"])[:20])
        raise ExportError(f"formulas that KaTeX did not render:\n{listing}")
    images = page.evaluate(IMAGE_STATUS)
    if images["broken"]:
        listing = "\n".join(f"  - {src}" for src in images["broken"][:20])
        raise ExportError(f"images that did not load:\n{listing}")
    progress(f"  formulas: {math['total']} rendered; figures and images: {images['total']} loaded")
    return math["total"], images["described"]


@dataclass
class PdfReport:
    path: Path
    pages: int
    size: int
    seconds: float
    build_seconds: float
    print_seconds: float
    diagrams: int
    formulas: int
    outline_entries: int
    answers: int
    images: int = 0  # images with alt text in the print view (with the diagrams: the /Figure elements with /Alt)
    lang: str = ""  # the print view's <html lang>: the PDF's /Lang
    tags: dict | None = None  # structure type -> how many, in the tagged PDF


def _pdf_pages(pdf: bytes) -> int:
    return len(pdf_export.PdfReader(io.BytesIO(pdf)).pages)


def print_in_parts(page, headings: list[dict], progress: Progress):
    """Print the book in parts, then the cover and contents with page numbers.

    Chromium's cost to paint one printed page grows with the whole laid-out
    document, so printing the book in one go grows with the square of its
    length (measured: 550 pages in 28 s at once, 7 s in five parts). Printed
    a few chapters at a time, the rest hidden, it takes a fraction of that.
    Each part starts on a new page (pages and chapters do) and numbers its
    pages on from the one before (``@page :first { counter-increment }``); a
    link to another part names its destination, which the merged file
    defines (pdf_export.merge).
    """
    firsts = page.evaluate(PLAN_PARTS, PART_SIZE)
    count = len(firsts)
    page.evaluate(SHOW, FRONT_ONLY)
    # A first print of the front matter only to count its pages: untagged (faster).
    front = pdf_export.PdfReader(io.BytesIO(page.pdf(**PRINT_OPTIONS)))
    front_pages = len(front.pages)
    if not front.pages[0].extract_text().strip():
        raise ExportError("the cover printed on page 2: something before it takes up page 1 (see print.css)")
    parts: list[tuple[bytes, int]] = []  # (PDF, index of its first page in the book)
    positions: dict[str, pdf_export.Position] = {}
    first = front_pages
    for number in range(count):
        start = time.monotonic()
        page.evaluate(SHOW, PART_ONLY.replace("{part}", str(number)).replace("{first_page}", str(first + 1)))
        pdf = page.pdf(**TAGGED)
        reader = pdf_export.PdfReader(io.BytesIO(pdf))
        local = pdf_export.destinations(reader)
        if firsts[number] not in local or local[firsts[number]].page != 0:
            raise ExportError(
                f"printed part {number + 1} does not start with its first page (#{firsts[number]}): "
                "something before it takes up a page (see print.css)"
            )
        for name, position in local.items():
            positions.setdefault(name, pdf_export.Position(position.page + first, position.left, position.top))
        progress(
            f"  printed part {number + 1}/{count}: pages {first + 1}-{first + len(reader.pages)} "
            f"in {time.monotonic() - start:.1f} s"
        )
        parts.append((pdf, first))
        first += len(reader.pages)
    missing = pdf_export.missing_destinations(headings, positions)
    if missing:
        names = ", ".join(h["id"] for h in missing[:20])
        raise ExportError(f"{len(missing)} headings have no destination in the PDF: {names}")
    # The cover and contents again, now with their page numbers.
    filled = page.evaluate(FILL_CONTENTS, pdf_export.page_numbers(positions))
    page.evaluate(SHOW, FRONT_ONLY)
    front = page.pdf(**TAGGED)
    if _pdf_pages(front) != front_pages:
        raise ExportError(
            f"the cover and contents took {_pdf_pages(front)} pages with page numbers and "
            f"{front_pages} without: filling in the numbers must not change their length"
        )
    progress(f"  printed the cover and contents with {filled} page numbers ({front_pages} pages)")
    return parts, positions, front


def print_pdf(site: Path, headings: list[dict], progress: Progress, browser=None):
    """Open the print view in Chromium, wait for it to be complete, print it.

    ``browser``: a Playwright browser to use (the tests share theirs); by
    default the system Chromium is started for the export. Returns the front
    matter (cover and contents, with page numbers), the printed parts, where
    every heading landed, and counts for the report.
    """
    with browsers.serve(site) as base:
        if browser is not None:
            return _print_in(browser, base, headings, progress)
        try:
            from playwright.sync_api import Error as PlaywrightError
            from playwright.sync_api import sync_playwright
        except ImportError:
            raise ExportError("Playwright is not installed: run `make setup`") from None
        executable = chromium_executable()
        with sync_playwright() as playwright:
            try:
                browser = playwright.chromium.launch(executable_path=executable, args=browsers.CHROMIUM_ARGS)
            except PlaywrightError as error:
                raise ExportError(f"Chromium ({executable}) did not start:\n{str(error)[:2000]}") from None
            try:
                return _print_in(browser, base, headings, progress)
            finally:
                browser.close()


def _print_in(browser, base: str, headings: list[dict], progress: Progress):
    stats: dict = {}
    # The viewport is as wide as the printed text (A4 less the margins of
    # print.css), so that measurements match the printed layout.
    context = browser.new_context(color_scheme="light", viewport=PRINT_VIEWPORT)
    try:
        context.add_init_script(browsers.OPEN_SHADOW_ROOTS)
        page = context.new_page()
        page.console_errors = []
        foreign: list[str] = []
        page.on("console", lambda m: page.console_errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda error: page.console_errors.append(str(error)))

        def route(request_route):
            url = request_route.request.url
            if url.startswith(base) or url.startswith(("data:", "blob:")):
                request_route.continue_()
            else:
                foreign.append(url)
                request_route.abort()

        page.route("**/*", route)
        progress("opening the print view in Chromium ...")
        start = time.monotonic()
        page.goto(base + "print_page/", wait_until="load", timeout=120_000)
        sections = page.evaluate(
            "() => document.querySelectorAll('#print-site-page section.print-page:not(.md-section)').length"
        )
        progress(f"  {sections} pages of the handbook loaded in {time.monotonic() - start:.1f} s")
        start = time.monotonic()
        stats["diagrams"] = wait_for_diagrams(page, progress)
        stats["formulas"], stats["images"] = check_math_and_images(page, progress)
        described = page.evaluate(DESCRIBE_FOR_PRINT)
        if described["undescribed"]:
            listing = "\n".join(f"  - page '{title}'" for title in described["undescribed"])
            raise ExportError(f"diagrams without their accTitle and accDescr:\n{listing}")
        stats["formula_names"] = described["formulas"]
        stats["lang"] = page.evaluate("() => document.documentElement.lang")
        progress(f"  diagrams, formulas and images ready in {time.monotonic() - start:.1f} s")
        if foreign:
            raise ExportError("the print view asked for other hosts (blocked):\n" + "\n".join(foreign[:10]))
        page.emulate_media(media="print")
        fitted = page.evaluate(FIT_TO_WIDTH)
        if fitted["shrunk"]:
            progress(f"  {fitted['shrunk']} formulas wider than the page, set smaller")
        for element in fitted["wide"]:
            progress(f"  warning: wider than the page, cut at its edge: {element}")
        parts, positions, front = print_in_parts(page, headings, progress)
    finally:
        context.close()
    return front, parts, positions, stats


def export_pdf(
    config: Path = CONFIG,
    output: Path = DOWNLOADS_DIR / PDF_NAME,
    progress: Progress = say,
    keep: Path | None = None,
    env: dict | None = None,
    browser=None,
) -> PdfReport:
    """Build the print view, print it, finish the PDF.

    ``keep``: a folder for the raw prints; ``env``: extra environment for the
    build; ``browser``: a running Playwright browser to print with.
    """
    start = time.monotonic()
    if browser is None:
        chromium_executable()  # fail before the build when there is no browser
    with tempfile.TemporaryDirectory(prefix="handbook-print-") as temp:
        site = Path(temp) / "site"
        progress(f"building the print view ({config.name}, {PRINT_EDITION_ENV}=true) ...")
        mkdocs_build(config, site, progress, {**(env or {}), PRINT_EDITION_ENV: "true"})
        build_seconds = time.monotonic() - start
        progress(f"  built in {build_seconds:.1f} s")
        headings = json.loads((site / "print_page" / OUTLINE_FILE).read_text(encoding="utf-8"))
        answers = json.loads((site / "answers.json").read_text(encoding="utf-8"))
        print_start = time.monotonic()
        front, parts, positions, stats = print_pdf(site, headings, progress, browser)
        print_seconds = time.monotonic() - print_start

    if keep:
        keep.mkdir(parents=True, exist_ok=True)
        (keep / "front.pdf").write_bytes(front)
        for number, (part, _) in enumerate(parts, start=1):
            (keep / f"part-{number}.pdf").write_bytes(part)
        progress(f"  kept the raw prints in {_display(keep)}")
    progress("merging the parts, adding the outline and metadata ...")
    start_finish = time.monotonic()
    info = print_html.edition(ROOT)
    writer, outline_count = pdf_export.assemble(
        [front] + [part for part, _ in parts],
        headings,
        {
            "Title": TITLE,
            "Subject": "Machine-learning and AI interview questions, answered",
            "Keywords": "machine learning, interview, " + info["iso_date"],
            "Creator": "make pdf: MkDocs print view, Chromium, pypdf",
        },
        formulas=stats["formula_names"],
    )
    progress(f"  {outline_count} outline entries in {time.monotonic() - start_finish:.1f} s")
    # The tags, checked in the merged book before it is written (tests/test_pdf.py
    # checks the written file the same way).
    tags = pdf_export.structure(writer)
    problems = pdf_export.accessibility_problems(
        writer,
        lang=stats["lang"],
        title=TITLE,
        images=stats["images"] + stats["diagrams"],  # every diagram is described, or the print failed
        formulas=stats["formulas"],
        tree=tags,
    )
    if problems:
        listing = "\n".join(f"  - {problem}" for problem in problems[:20])
        more = f"\n  ... and {len(problems) - 20} more" if len(problems) > 20 else ""
        raise ExportError(f"the PDF is not the accessible (tagged) document it should be:\n{listing}{more}")
    progress(
        f"  tagged: {sum(tags.elements.values())} structure elements, "
        f"{sum(1 for _, alt in tags.figures if alt)} figures and {len(tags.formulas)} formulas with alt text, "
        f"language {stats['lang']!r}"
    )
    pdf = pdf_export.write_compact(writer)
    output.parent.mkdir(parents=True, exist_ok=True)
    partial = output.with_suffix(".partial")
    partial.write_bytes(pdf)
    partial.replace(output)
    progress(f"  merged and written in {time.monotonic() - start_finish:.1f} s")
    reader = pdf_export.PdfReader(output)
    broken = pdf_export.broken_links(reader)
    for problem in broken[:10]:
        progress(f"  warning: {problem}")
    if len(broken) > 10:
        progress(f"  warning: ... and {len(broken) - 10} more links that lead nowhere")
    report = PdfReport(
        path=output,
        pages=len(reader.pages),
        size=output.stat().st_size,
        seconds=time.monotonic() - start,
        build_seconds=build_seconds,
        print_seconds=print_seconds,
        diagrams=stats["diagrams"],
        formulas=stats["formulas"],
        outline_entries=outline_count,
        answers=len(answers),
        images=stats["images"],
        lang=stats["lang"],
        tags=tags.elements,
    )
    progress(
        f"wrote {_display(output)}: {report.pages} pages, {report.size / 1e6:.1f} MB, "
        f"{report.answers} answers, {report.outline_entries} outline entries, "
        f"{report.diagrams} diagrams, in {report.seconds:.1f} s"
    )
    return report


# --- offline bundle -----------------------------------------------------------------------------

README = """ML Interview Handbook, offline edition
======================================

Open index.html in this folder with any web browser. Everything works without
a network connection: navigation, search, diagrams, formulas and code output.

Short links work here too: q/<answer-id>/index.html leads to that answer.
"""


@dataclass
class OfflineReport:
    path: Path
    files: int
    size: int
    seconds: float


def export_offline(
    config: Path = CONFIG,
    output: Path = DOWNLOADS_DIR / ZIP_NAME,
    progress: Progress = say,
    env: dict | None = None,
) -> OfflineReport:
    """Build the offline site and zip it under one folder."""
    start = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="handbook-offline-") as temp:
        site = Path(temp) / "site"
        progress(f"building the offline site ({config.name}, {OFFLINE_EDITION_ENV}=true) ...")
        mkdocs_build(config, site, progress, {**(env or {}), OFFLINE_EDITION_ENV: "true"})
        progress(f"  built in {time.monotonic() - start:.1f} s")
        output.parent.mkdir(parents=True, exist_ok=True)
        partial = output.with_suffix(".partial")
        # 404.html is for a web server (its links start at the server's root).
        files = sorted(path for path in site.rglob("*") if path.is_file() and path.name != "404.html")
        with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as bundle:
            bundle.writestr(f"{BUNDLE_FOLDER}/README.txt", README)
            for number, path in enumerate(files, start=1):
                bundle.write(path, f"{BUNDLE_FOLDER}/{path.relative_to(site).as_posix()}")
                if number % 500 == 0 or number == len(files):
                    progress(f"  zipped {number}/{len(files)} files")
        partial.replace(output)
    report = OfflineReport(output, len(files) + 1, output.stat().st_size, time.monotonic() - start)
    progress(
        f"wrote {_display(output)}: {report.files} files, {report.size / 1e6:.1f} MB, "
        f"in {report.seconds:.1f} s; unzip it and open {BUNDLE_FOLDER}/index.html"
    )
    return report


# --- helpers ------------------------------------------------------------------------------------


def _display(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


# --- the release --------------------------------------------------------------------------------


def footer_downloads(site: Path) -> list[str]:
    """Site-relative paths of the downloads the home page's footer links to."""
    html = (site / "index.html").read_text(encoding="utf-8")
    footer = html[html.find('class="handbook-downloads"') :]
    footer = footer[: footer.find("</div>")]
    return sorted(set(re.findall(r'href="(?:\./)?([^"#?]+)"', footer)))


# --- the Anki deck --------------------------------------------------------------------------------


def site_url(config: Path, env: dict | None = None) -> str:
    """The published address the build uses (SITE_URL, else mkdocs.yml's)."""
    from mkdocs.config import load_config

    return (env or {}).get("SITE_URL") or os.environ.get("SITE_URL") or load_config(str(config)).site_url


def write_anki(site: Path, output: Path, url: str, progress: Progress = say) -> int:
    """The deck from a built site's answers.json; returns the number of notes."""
    from . import anki

    records = json.loads((site / "answers.json").read_text(encoding="utf-8"))
    count = anki.write_deck(records, url, output)
    progress(f"wrote {_display(output)}: {count} notes")
    return count


def export_anki(
    config: Path = CONFIG, output: Path = DOWNLOADS_DIR / ANKI_NAME, progress: Progress = say, env: dict | None = None
) -> int:
    """Build the site in a temporary folder and write the deck from its answers."""
    with tempfile.TemporaryDirectory(prefix="handbook-anki-") as temp:
        progress(f"building the site ({config.name}) for its answers ...")
        mkdocs_build(config, Path(temp) / "site", progress, env)
        return write_anki(Path(temp) / "site", output, site_url(config, env), progress)


@dataclass
class ReleaseReport:
    site: Path
    pdf: PdfReport
    offline: OfflineReport
    anki_notes: int
    downloads: list[str]


def release(
    site: Path, progress: Progress = say, env: dict | None = None, browser=None, config: Path = CONFIG
) -> ReleaseReport:
    """The complete site in ``site``: the HTML, then every download into it
    (the Anki deck, the PDF, the offline bundle).

    The order matters: the HTML build starts from an empty folder (``--clean``)
    and the exports only ever write into ``downloads/``, so no step can delete
    an earlier one's product. Fails before building anything when an answer ID
    is not registered (a published ID must never be lost), and at the end when
    a download the footer links to is missing.
    """
    from . import answer_ids
    from .project import REGISTRY

    live, problems, _ = answer_ids.registration_problems(config.parent / "docs", config.parent / REGISTRY)
    if problems:
        raise ExportError("answer IDs:\n" + "\n".join(problems))
    progress(f"{len(live)} answer IDs, all registered")
    if browser is None:
        chromium_executable()  # fail before the build when there is no browser
    progress(f"building the site into {_display(site)} ...")
    start = time.monotonic()
    mkdocs_build(config, site, progress, env)  # `mkdocs build` empties the folder first
    progress(f"  built in {time.monotonic() - start:.1f} s")
    notes = write_anki(site, site / DOWNLOADS / ANKI_NAME, site_url(config, env), progress)
    pdf = export_pdf(config, site / DOWNLOADS / PDF_NAME, progress, env=env, browser=browser)
    offline = export_offline(config, site / DOWNLOADS / ZIP_NAME, progress, env=env)
    linked = footer_downloads(site)
    missing = [path for path in linked if not (site / path).is_file()]
    if not linked or missing:
        raise ExportError(f"the footer links downloads that the release did not write: {missing or 'none linked'}")
    progress(f"release complete in {_display(site)}: {', '.join(linked)}")
    return ReleaseReport(site, pdf, offline, notes, linked)
