"""`make pdf` and `make offline`: the handbook as one PDF, and as a zip that works offline.

    python tools/export.py pdf      [--config mkdocs-print.yml]   [--output site/downloads/ml-interview-handbook.pdf]
    python tools/export.py offline  [--config mkdocs-offline.yml] [--output site/downloads/ml-interview-handbook-offline.zip]

pdf
    1. builds the print view (mkdocs-print.yml: the site plus print_page/,
       the whole handbook on one page; see tools/print_view.py);
    2. opens it in Chromium (the system one, through Playwright) from a local
       server, with every request to another host blocked; waits for every
       Mermaid diagram, formula and image, and fails naming any that does
       not render;
    3. prints it a few chapters at a time (see print_in_parts: one print of
       the whole book takes four times as long), reads where every heading
       landed, and prints the cover and contents again with page numbers;
    4. merges the parts and adds the outline (bookmarks) and metadata with
       pypdf (tools/pdf_export.py).

offline
    builds the site with mkdocs-offline.yml (Material's offline plugin; see
    tools/offline_view.py) and zips it under one folder.

Progress goes to the terminal; a failure ends with one clear message and
exit status 1.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

import pdf_export  # noqa: E402
import print_html  # noqa: E402

PDF_NAME = "ml-interview-handbook.pdf"
ZIP_NAME = "ml-interview-handbook-offline.zip"
DOWNLOADS = ROOT / "site" / "downloads"
PRINT_CONFIG = ROOT / "mkdocs-print.yml"
OFFLINE_CONFIG = ROOT / "mkdocs-offline.yml"
OUTLINE_FILE = "handbook-outline.json"
BUNDLE_FOLDER = "ml-interview-handbook"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
BUILD_ENV = {"NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}

PRINT_VIEWPORT = {"width": round((210 - 2 * 17) / 25.4 * 96), "height": 1000}  # see tools/print/print.css
DIAGRAM_TIMEOUT = float(os.environ.get("HANDBOOK_DIAGRAM_TIMEOUT", 90))  # s without progress

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


# --- Chromium ---------------------------------------------------------------------------------


CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome")
CHROMIUM_FALLBACK = "/usr/bin/chromium"


def chromium_executable() -> str:
    """The system Chromium: $CHROMIUM_PATH, else one on the PATH. Never a download."""
    if os.environ.get("CHROMIUM_PATH"):
        candidates = [os.environ["CHROMIUM_PATH"]]  # asked for this one: no other
    else:
        candidates = [shutil.which(name) for name in CHROMIUM_NAMES] + [CHROMIUM_FALLBACK]
    for candidate in candidates:
        if candidate and Path(candidate).is_file() and os.access(candidate, os.X_OK):
            return candidate
    where = f"CHROMIUM_PATH={os.environ['CHROMIUM_PATH']} is not an executable" if os.environ.get("CHROMIUM_PATH") else "none on the PATH"
    raise ExportError(
        f"Chromium not found ({where}). The PDF is printed by Chromium: install it "
        "(Debian/Ubuntu: `apt-get install chromium`) or set CHROMIUM_PATH to its executable."
    )


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@contextmanager
def serve(folder: Path) -> Iterator[str]:
    """A local HTTP server for ``folder``; yields its base URL."""
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


# Material draws each diagram into a closed shadow root; open it so that the
# exporter can see whether the SVG is there. Changes nothing else.
OPEN_SHADOW_ROOTS = """
const attach = Element.prototype.attachShadow;
Element.prototype.attachShadow = function (init) {
  return attach.call(this, { ...init, mode: "open" });
};
"""

# One entry per diagram, in page order: rendered or not, where, and its first line.
DIAGRAM_STATUS = """
() => [...document.querySelectorAll("#print-site-page pre.mermaid, #print-site-page div.mermaid")].map((el) => {
  const page = el.closest("section.print-page:not(.md-section)");
  const title = page ? (page.querySelector("h1") || {}).textContent || page.id : "?";
  const svg = el.shadowRoot ? el.shadowRoot.querySelector("svg") : el.querySelector("svg");
  return {
    rendered: el.tagName === "DIV" && !!svg && !/Syntax error/i.test(svg.textContent),
    page: title.replace(/[\\s\\u00b6]+/g, " ").trim(),
    source: (el.textContent || "").trim().split("\\n")[0].slice(0, 80),
  };
})
"""

MATH_STATUS = """
() => {
  const where = (el) => {
    const page = el.closest("section.print-page:not(.md-section)");
    const title = page ? (page.querySelector("h1") || {}).textContent || page.id : "?";
    return "page '" + title.replace(/[\\s\\u00b6]+/g, " ").trim() + "': ";
  };
  const all = [...document.querySelectorAll("#print-site-page .arithmatex")];
  const pending = all.filter((el) => !el.querySelector(".katex, .katex-error"));
  const errors = [...document.querySelectorAll("#print-site-page .katex-error")];
  return {
    total: all.length,
    pending: pending.map((el) => where(el) + el.textContent.trim().slice(0, 80)),
    errors: errors.map((el) => where(el) + el.textContent.slice(0, 80) + "  (" + (el.getAttribute("title") || "") + ")"),
  };
}
"""

IMAGE_STATUS = """
async () => {
  await document.fonts.ready;
  const images = [...document.querySelectorAll("#print-site-page img")];
  await Promise.all(images.map((img) => img.complete ? null : new Promise((done) => {
    img.addEventListener("load", done, { once: true });
    img.addEventListener("error", done, { once: true });
  })));
  return {
    total: images.length,
    broken: images.filter((img) => !img.naturalWidth).map((img) => img.getAttribute("src")),
  };
}
"""

# In print layout (print media, the page's printable width): keep diagrams
# within a page's height, shrink display formulas wider than the text, then
# list whatever still sticks out.
FIT_TO_WIDTH = """
() => {
  const where = (el) => {
    const page = el.closest("section.print-page:not(.md-section)");
    const title = page ? (page.querySelector("h1") || {}).textContent || page.id : "?";
    return title.replace(/[\\s\\u00b6]+/g, " ").trim();
  };
  // A diagram taller than a page would be cut at its foot: scale it down.
  // (Its SVG is in the shadow root Material draws it into.)
  for (const diagram of document.querySelectorAll("#print-site-page div.mermaid")) {
    const svg = diagram.shadowRoot && diagram.shadowRoot.querySelector("svg");
    if (svg) svg.style.maxHeight = "200mm";
  }
  let shrunk = 0;
  for (const formula of document.querySelectorAll("#print-site-page .katex-display")) {
    if (formula.scrollWidth > formula.clientWidth + 1) {
      formula.style.fontSize = Math.floor((formula.clientWidth / formula.scrollWidth) * 100) + "%";
      shrunk += 1;
    }
  }
  const width = document.querySelector("#print-site-page").getBoundingClientRect().right + 1;
  const wide = [...document.querySelectorAll(
    "#print-site-page :is(table, pre, img, div.mermaid, .katex-display, .highlight, .admonition, p, li)"
  )].filter((el) => el.getBoundingClientRect().right > width);
  return { shrunk, wide: wide.slice(0, 10).map((el) => `${el.tagName.toLowerCase()} on page '${where(el)}'`) };
}
"""

# Split the book into parts of about `size` elements: each page section goes
# to one part, each chapter heading with its first page. Returns the ID of
# each part's first page section.
PLAN_PARTS = """
(size) => {
  const leaves = [...document.querySelectorAll(
    "#print-site-page section.print-page:not(.md-section):not(#handbook-contents)")];
  let part = 0, filled = 0;
  const firsts = [];
  for (const leaf of leaves) {
    const elements = leaf.getElementsByTagName("*").length;
    if (filled > 0 && filled + elements > size) { part += 1; filled = 0; }
    if (firsts.length === part) firsts.push(leaf.id);
    filled += elements;
    leaf.dataset.printPart = part;
    for (let chapter = leaf.parentElement.closest("section.md-section"); chapter;
         chapter = chapter.parentElement.closest("section.md-section")) {
      const parts = new Set((chapter.dataset.printParts || "").split(" ").filter(Boolean));
      parts.add("p" + part);
      chapter.dataset.printParts = [...parts].join(" ");
      const title = chapter.querySelector(":scope > h1");
      if (title && title.dataset.printPart === undefined) title.dataset.printPart = part;
    }
  }
  return firsts;
}
"""

# What to print, as a style sheet that hides the rest.
SHOW = """
(css) => {
  let style = document.getElementById("handbook-print-part");
  if (!style) {
    style = document.createElement("style");
    style.id = "handbook-print-part";
    document.head.append(style);
  }
  style.textContent = css;
}
"""
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

FILL_CONTENTS = """
(numbers) => {
  let filled = 0;
  for (const slot of document.querySelectorAll(".handbook-toc__page[data-dest]")) {
    slot.textContent = numbers[slot.dataset.dest] ?? "\u00a0";
    filled += 1;
  }
  return filled;
}
"""


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
    return math["total"], images["total"]


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
    front = pdf_export.PdfReader(io.BytesIO(page.pdf(prefer_css_page_size=True, print_background=True)))
    front_pages = len(front.pages)
    if not front.pages[0].extract_text().strip():
        raise ExportError("the cover printed on page 2: something before it takes up page 1 (see print.css)")
    parts: list[tuple[bytes, int]] = []  # (PDF, index of its first page in the book)
    positions: dict[str, pdf_export.Position] = {}
    first = front_pages
    for number in range(count):
        start = time.monotonic()
        page.evaluate(SHOW, PART_ONLY.replace("{part}", str(number)).replace("{first_page}", str(first + 1)))
        pdf = page.pdf(prefer_css_page_size=True, print_background=True)
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
    front = page.pdf(prefer_css_page_size=True, print_background=True)
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
    with serve(site) as base:
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
                browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
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
        context.add_init_script(OPEN_SHADOW_ROOTS)
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
    config: Path = PRINT_CONFIG,
    output: Path = DOWNLOADS / PDF_NAME,
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
        progress(f"building the print view ({config.name}) ...")
        mkdocs_build(config, site, progress, env)
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
    progress("adding the outline and metadata ...")
    start_finish = time.monotonic()
    info = print_html.edition(ROOT)
    pdf, outline_count = pdf_export.finish(
        [front] + [part for part, _ in parts],
        headings,
        {
            "Title": "ML Interview Handbook",
            "Subject": "Machine-learning and AI interview questions, answered",
            "Keywords": "machine learning, interview, " + info["iso_date"],
            "Creator": "tools/export.py: MkDocs print view, Chromium, pypdf",
        },
    )
    progress(f"  {outline_count} outline entries in {time.monotonic() - start_finish:.1f} s")
    output.parent.mkdir(parents=True, exist_ok=True)
    partial = output.with_suffix(".partial")
    partial.write_bytes(pdf)
    partial.replace(output)
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
    config: Path = OFFLINE_CONFIG,
    output: Path = DOWNLOADS / ZIP_NAME,
    progress: Progress = say,
    env: dict | None = None,
) -> OfflineReport:
    """Build the offline site and zip it under one folder."""
    start = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="handbook-offline-") as temp:
        site = Path(temp) / "site"
        progress(f"building the offline site ({config.name}) ...")
        mkdocs_build(config, site, progress, env)
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


# --- command line ---------------------------------------------------------------------------------


def _display(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Export the handbook as a PDF or an offline HTML bundle.")
    commands = parser.add_subparsers(dest="command", required=True)
    pdf = commands.add_parser("pdf", help=f"write {PDF_NAME}")
    pdf.add_argument("--config", type=Path, default=PRINT_CONFIG, help="print-view config (default: %(default)s)")
    pdf.add_argument("--output", type=Path, default=DOWNLOADS / PDF_NAME)
    pdf.add_argument("--keep", type=Path, help="also save the raw prints (book.pdf, front.pdf) here")
    offline = commands.add_parser("offline", help=f"write {ZIP_NAME}")
    offline.add_argument("--config", type=Path, default=OFFLINE_CONFIG, help="offline config (default: %(default)s)")
    offline.add_argument("--output", type=Path, default=DOWNLOADS / ZIP_NAME)
    args = parser.parse_args(argv)
    try:
        if args.command == "pdf":
            export_pdf(args.config.resolve(), args.output.resolve(), keep=args.keep)
        else:
            export_offline(args.config.resolve(), args.output.resolve())
    except (ExportError, pdf_export.PdfExportError, print_html.PrintViewError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
