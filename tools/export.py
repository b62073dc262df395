"""`make pdf`, `make offline` and `make release`: the handbook's editions.

    python tools/export.py pdf      [--output site/downloads/ml-interview-handbook.pdf] [--keep DIR]
    python tools/export.py offline  [--output site/downloads/ml-interview-handbook-offline.zip]
    python tools/export.py release  [--site site]

``release`` builds the site into ``site/`` and writes every download into it,
in an order that cannot delete an earlier product. The work is done by
handbook/export.py; this is its command line. A failure ends with one clear
message and exit status 1.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from handbook import export, pdf_export, print_html
from handbook.project import PDF_NAME, ROOT, ZIP_NAME


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    pdf = commands.add_parser("pdf", help=f"write {PDF_NAME}")
    pdf.add_argument("--output", type=Path, default=export.DOWNLOADS_DIR / PDF_NAME)
    pdf.add_argument("--keep", type=Path, help="also save the raw prints (front.pdf, part-N.pdf) here")
    offline = commands.add_parser("offline", help=f"write {ZIP_NAME}")
    offline.add_argument("--output", type=Path, default=export.DOWNLOADS_DIR / ZIP_NAME)
    release = commands.add_parser("release", help="the complete site: HTML, PDF, offline bundle")
    release.add_argument("--site", type=Path, default=ROOT / "site")
    args = parser.parse_args(argv)
    try:
        if args.command == "pdf":
            export.export_pdf(output=args.output.resolve(), keep=args.keep)
        elif args.command == "offline":
            export.export_offline(output=args.output.resolve())
        else:
            export.release(args.site.resolve())
    except (export.ExportError, pdf_export.PdfExportError, print_html.PrintViewError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
