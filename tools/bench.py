"""`make bench`: how much the build hooks cost.

Times three builds of the handbook into temporary folders:

- cold: every snippet runs (empty snippet cache);
- warm: every snippet result comes from the cache;
- hook-less: the same site with the hooks removed (snippet directives stay
  as text, no answer checks), the baseline the hooks are measured against.

Then the PDF export (`make pdf`, with the snippet cache warm): its time,
page count and size.

Targets: warm <= 1.15 x hook-less; PDF under 60 s and under 10 MB. Reported,
not asserted: timing belongs in a benchmark, not in the test suite.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}
WARM_TARGET = 1.15
PDF_SECONDS_TARGET = 60
PDF_MB_TARGET = 10


def timed_build(config: Path, site: Path, env: dict[str, str]) -> float:
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(config), "-d", str(site)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        sys.exit(f"build with {config.name} failed:\n{result.stderr}")
    return elapsed


def hookless_config() -> Path:
    """mkdocs.yml without hooks. Not strict: without the hooks, the vendored
    scripts and snippet figures are missing, which strict mode would reject."""
    config = ROOT / "mkdocs-bench-hookless.yml"
    config.write_text("INHERIT: mkdocs.yml\nstrict: false\nhooks: []\n", encoding="utf-8")
    return config


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="bench-") as temp:
        temp = Path(temp)
        env = {**ENV, "HANDBOOK_SNIPPET_CACHE": str(temp / "cache")}
        main_config = ROOT / "mkdocs.yml"
        cold = timed_build(main_config, temp / "cold", env)
        warm = min(timed_build(main_config, temp / f"warm{i}", env) for i in range(3))
        config = hookless_config()
        try:
            hookless = min(timed_build(config, temp / f"plain{i}", env) for i in range(3))
        finally:
            config.unlink()
        pdf = timed_pdf_export(temp / "handbook.pdf", env)
    ratio = warm / hookless
    print(f"cold build (every snippet runs):  {cold:6.2f} s")
    print(f"warm build (snippets cached):     {warm:6.2f} s  (best of 3)")
    print(f"build without hooks:              {hookless:6.2f} s  (best of 3)")
    verdict = "meets" if ratio <= WARM_TARGET else "MISSES"
    print(f"warm / hook-less = {ratio:.2f}  ({verdict} the {WARM_TARGET} target)")
    seconds_verdict = "meets" if pdf.seconds < PDF_SECONDS_TARGET else "MISSES"
    size_verdict = "meets" if pdf.size < PDF_MB_TARGET * 1e6 else "MISSES"
    print(
        f"PDF export (make pdf):            {pdf.seconds:6.2f} s  ({seconds_verdict} the "
        f"{PDF_SECONDS_TARGET} s target; build {pdf.build_seconds:.1f} s, browser {pdf.print_seconds:.1f} s)"
    )
    print(
        f"PDF: {pdf.pages} pages, {pdf.size / 1e6:.1f} MB ({size_verdict} the {PDF_MB_TARGET} MB target), "
        f"{pdf.answers} answers, {pdf.diagrams} diagrams"
    )


def timed_pdf_export(output: Path, env: dict[str, str]):
    """tools/export.py's PDF export, quietly; returns its report (time, pages, size)."""
    sys.path.insert(0, str(ROOT / "tools"))
    import export  # noqa: PLC0415  (tools/export.py)

    try:
        return export.export_pdf(output=output, progress=lambda message: None, env=env)
    except (export.ExportError, export.pdf_export.PdfExportError, export.print_html.PrintViewError) as error:
        sys.exit(f"PDF export failed:\n{error}")


if __name__ == "__main__":
    main()
