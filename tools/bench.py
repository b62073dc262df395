"""`make bench`: the build and export times, each beside its target.

Measured on this machine, in temporary folders:

- cold build: every snippet runs (empty snippet cache), with the snippet
  phase's own time and its time per snippet;
- warm build: every snippet result comes from the cache (best of 3);
- hook-less build: the same site with the hooks removed (snippet directives
  stay as text, no answer checks), the baseline the hooks are measured
  against (best of 3);
- the PDF export (`make pdf`) with a warm cache: its time with and without
  its own build, page count and size.

`make bench ARGS=--with-tests` also times the whole test suite (`make test`).
Reported, never asserted: timing belongs in a benchmark, not in the tests.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from handbook import export
from handbook.project import BUILD_ENV, ROOT, SNIPPET_CACHE_ENV

TARGETS = {
    "warm_ratio": 1.15,  # warm build / hook-less build
    "warm": 15.0,  # s
    "cold": 60.0,  # s
    "pdf_warm": 40.0,  # s, printing only (the site already built, cache warm)
    "pdf_total": 60.0,  # s, including its own build
    "pdf_mb": 10.0,
    "tests": 600.0,  # s, `make test`
}


def run_build(config: Path, site: Path, env: dict[str, str]) -> tuple[float, str]:
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-f", str(config), "-d", str(site)],
        cwd=ROOT, env=env, capture_output=True, text=True,
    )
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        sys.exit(f"build with {config.name} failed:\n{result.stderr[-3000:]}")
    return elapsed, result.stderr + result.stdout


def hookless_config() -> Path:
    """mkdocs.yml without hooks. Not strict: without the hooks, the vendored
    scripts and snippet figures are missing, which strict mode would reject."""
    config = ROOT / "mkdocs-bench-hookless.yml"
    config.write_text("INHERIT: mkdocs.yml\nstrict: false\nhooks: []\n", encoding="utf-8")
    return config


def line(label: str, value: float, unit: str, target: float, note: str = "") -> None:
    verdict = "meets" if value <= target else "MISSES"
    print(f"{label:<38} {value:7.2f} {unit:<2} target {target:g} {unit}: {verdict}{note}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--with-tests", action="store_true", help="also time `make test` (about 8 minutes)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-") as temp:
        temp = Path(temp)
        env = {**os.environ, **BUILD_ENV, SNIPPET_CACHE_ENV: str(temp / "cache")}
        config = ROOT / "mkdocs.yml"
        cold, log = run_build(config, temp / "cold", env)
        phase = re.search(r"snippets: ran (\d+) in ([\d.]+) s", log)
        warm = min(run_build(config, temp / f"warm{i}", env)[0] for i in range(3))
        plain = hookless_config()
        try:
            hookless = min(run_build(plain, temp / f"plain{i}", env)[0] for i in range(3))
        finally:
            plain.unlink()
        report = export.export_pdf(output=temp / "handbook.pdf", progress=lambda message: None, env=env)

    line("cold build (every snippet runs)", cold, "s", TARGETS["cold"])
    if phase:
        count, seconds = int(phase.group(1)), float(phase.group(2))
        print(f"{'  snippet phase':<38} {seconds:7.2f} s  {count} snippets, {seconds / count:.2f} s each "
              f"(wall clock, {os.cpu_count()} in parallel)")
    line("warm build (snippets cached, best of 3)", warm, "s", TARGETS["warm"])
    print(f"{'build without hooks (best of 3)':<38} {hookless:7.2f} s")
    line("warm / hook-less", warm / hookless, "x", TARGETS["warm_ratio"])
    line("make pdf, printing (cache warm)", report.seconds - report.build_seconds, "s", TARGETS["pdf_warm"],
         f"  ({report.print_seconds:.1f} s in Chromium)")
    line("make pdf, with its own build", report.seconds, "s", TARGETS["pdf_total"])
    line("PDF size", report.size / 1e6, "MB", TARGETS["pdf_mb"],
         f"  ({report.pages} pages, {report.answers} answers, {report.diagrams} diagrams)")
    if args.with_tests:
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "pytest", "-q"], cwd=ROOT, check=False)
        line("make test", time.perf_counter() - start, "s", TARGETS["tests"])
    else:
        print(f"{'make test':<38} not timed here (make bench ARGS=--with-tests); target {TARGETS['tests']:g} s")


if __name__ == "__main__":
    main()
