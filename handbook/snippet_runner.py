"""Run the handbook's code snippets and turn their results into Markdown.

A page asks for a snippet with one line, ``[[run: chapter/name.py]]``. The
build runs ``snippets/chapter/name.py`` in its own Python process and puts
the source, the captured output and any figure the snippet saved in place of
that line.

Why not markdown-exec or pymdownx.snippets alone: snippets include source but
run nothing, and markdown-exec runs code inside the MkDocs process. The
handbook needs each example isolated (own process, temporary directory,
timeout, no network), cached by content hash and run in parallel, with errors
that point at the page line that asked for it, so this module does that in
plain, unit-tested functions; ``mkdocs_hooks.py`` only wires it in.
"""

from __future__ import annotations

import ast
import base64
import hashlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from .markdown_scan import prose_lines

DIRECTIVE = re.compile(r"^(?P<indent>\s*)\[\[run:\s*(?P<path>[^\]\s]+)\s*\]\]\s*$")
FIGURE_SUFFIXES = (".svg", ".png")
TIMEOUT_SECONDS = 120
MAX_OUTPUT_CHARS = 20_000
TRACEBACK_TAIL_LINES = 12
# Bump when the way snippets are run changes, so cached results are redone.
CACHE_VERSION = "1"
SANDBOX_DIR = Path(__file__).parent / "sandbox"


class SnippetError(Exception):
    """A snippet could not be run or failed; the message names page and file lines."""


@dataclass(frozen=True)
class Directive:
    """One ``[[run: ...]]`` line: where it stands and which snippet it asks for."""

    page: str  # path of the page for messages, e.g. "docs/fundamentals/index.md"
    line: int
    snippet: str  # path relative to the snippets folder
    indent: str = ""

    @property
    def where(self) -> str:
        return f"{self.page}:{self.line}"


@dataclass
class Result:
    """What one run of a snippet produced."""

    output: str
    figures: dict[str, bytes] = field(default_factory=dict)

    def to_json(self) -> str:
        figures = {name: base64.b64encode(data).decode() for name, data in self.figures.items()}
        return json.dumps({"output": self.output, "figures": figures})

    @classmethod
    def from_json(cls, text: str) -> "Result":
        data = json.loads(text)
        figures = {name: base64.b64decode(blob) for name, blob in data["figures"].items()}
        return cls(output=data["output"], figures=figures)


def find_directives(markdown: str, page: str, line_offset: int = 0) -> list[Directive]:
    """Every snippet directive of a page, outside code fences."""
    found = []
    for number, line in prose_lines(markdown):
        match = DIRECTIVE.match(line)
        if match:
            found.append(
                Directive(page, number + line_offset, match.group("path"), match.group("indent"))
            )
    return found


# --- content hashing -------------------------------------------------------


def _module_files(name: str, level: int, importer: Path, root: Path) -> list[Path]:
    """Files under ``root`` that an import of ``name`` from ``importer`` may load."""
    if level:
        base = importer.parent
        for _ in range(level - 1):
            base = base.parent
    else:
        base = root
    parts = [p for p in name.split(".") if p]
    candidates = []
    for depth in range(1, len(parts) + 1):
        stem = base.joinpath(*parts[:depth])
        candidates += [stem.with_suffix(".py"), stem / "__init__.py"]
    if not parts:
        candidates.append(base / "__init__.py")
    return [c for c in candidates if c.is_file() and root in c.resolve().parents]


def local_imports(path: Path, root: Path) -> set[Path]:
    """Files under ``root`` that ``path`` imports, directly or through each other."""
    seen: set[Path] = set()
    todo = [path]
    while todo:
        current = todo.pop()
        try:
            tree = ast.parse(current.read_text(encoding="utf-8"))
        except (SyntaxError, UnicodeDecodeError):
            continue  # running it will report the error with its line
        for node in ast.walk(tree):
            names: list[tuple[str, int]] = []
            if isinstance(node, ast.Import):
                names = [(alias.name, 0) for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                module = node.module or ""
                names = [(module, node.level)]
                # "from pkg import sub" may load the submodule pkg/sub.py
                names += [(f"{module}.{alias.name}", node.level) for alias in node.names]
            for name, level in names:
                for found in _module_files(name, level, current, root):
                    if found not in seen and found != path:
                        seen.add(found)
                        todo.append(found)
    return seen


def cache_key(snippet: Path, root: Path, lock_files: Iterable[Path]) -> str:
    """Hash of everything that can change a snippet's output.

    The snippet, the modules it imports from the snippets folder, the Python
    version, the dependency lock files and the sandbox that runs it.
    """
    digest = hashlib.sha256()
    digest.update(f"v{CACHE_VERSION}|{sys.version}".encode())
    inputs = [snippet, *sorted(local_imports(snippet, root))]
    inputs += sorted(SANDBOX_DIR.glob("*.py")) + list(lock_files)
    for item in inputs:
        digest.update(str(item.name).encode() + b"\0")
        digest.update(item.read_bytes() if item.is_file() else b"<missing>")
    return digest.hexdigest()


class ResultCache:
    """Results on disk, one JSON file per content hash."""

    def __init__(self, folder: Path):
        self.folder = folder

    def get(self, key: str) -> Result | None:
        path = self.folder / f"{key}.json"
        return Result.from_json(path.read_text(encoding="utf-8")) if path.is_file() else None

    def put(self, key: str, result: Result) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        # Write then rename, so parallel builds never read half a file.
        handle, temp = tempfile.mkstemp(dir=self.folder, suffix=".tmp")
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(result.to_json())
        os.replace(temp, self.folder / f"{key}.json")


# --- running ---------------------------------------------------------------


@dataclass
class Failure(Exception):
    """Why one run failed, before it is tied to the page that asked for it."""

    reason: str
    snippet_line: int | None = None
    tail: str = ""


def _snippet_line(traceback_text: str, snippet: Path) -> int | None:
    """The last line of the snippet file that the traceback mentions."""
    lines = re.findall(r'File "([^"]+)", line (\d+)', traceback_text)
    for filename, number in reversed(lines):
        if Path(filename).resolve() == snippet.resolve():
            return int(number)
    return None


def snippet_environment(root: Path, home: Path) -> dict[str, str]:
    """A small, fixed environment: same results on every machine, no network."""
    return {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
        "PYTHONPATH": os.pathsep.join([str(SANDBOX_DIR), str(root)]),
        "PYTHONHASHSEED": "0",
        "PYTHONDONTWRITEBYTECODE": "1",  # never write __pycache__ into snippets/
        "PYTHONIOENCODING": "utf-8",
        "PYTHONUNBUFFERED": "1",
        "MPLBACKEND": "Agg",
        "MPLCONFIGDIR": str(home / "matplotlib"),
        "SOURCE_DATE_EPOCH": "0",  # matplotlib stamps SVGs with this date
        "OMP_NUM_THREADS": "1",  # snippets run side by side; keep BLAS single-threaded
        "OPENBLAS_NUM_THREADS": "1",
        "MKL_NUM_THREADS": "1",
    }


def run_snippet(
    snippet: Path,
    root: Path,
    timeout: float = TIMEOUT_SECONDS,
    max_output: int = MAX_OUTPUT_CHARS,
) -> Result:
    """Run one snippet in a fresh process and temporary folder.

    Raises :class:`Failure` on a missing file, a non-zero exit (an exception
    or a syntax error included), a timeout, or more output than ``max_output``.
    """
    if not snippet.is_file():
        raise Failure(f"snippet file not found: {snippet}")
    with tempfile.TemporaryDirectory(prefix="snippet-") as temp:
        workdir, home = Path(temp) / "work", Path(temp) / "home"
        workdir.mkdir()
        (home / "matplotlib").mkdir(parents=True)
        shutil.copy(SANDBOX_DIR / "matplotlibrc", home / "matplotlib")
        process = subprocess.Popen(
            [sys.executable, str(snippet.resolve())],
            cwd=workdir,
            env=snippet_environment(root.resolve(), home),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # so a timeout kills the snippet's children too
        )
        chunks: list[bytes] = []
        overflow = threading.Event()

        def read() -> None:
            size = 0
            while block := process.stdout.read1(65536):
                chunks.append(block)
                size += len(block)
                if size > max_output * 4:  # a UTF-8 char is at most 4 bytes
                    overflow.set()
                    _kill(process)
                    return

        reader = threading.Thread(target=read, daemon=True)
        reader.start()
        try:
            process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            _kill(process)
            process.wait()
            reader.join()
            raise Failure(f"timed out after {timeout:g} s", tail=_tail(b"".join(chunks)))
        reader.join()
        process.stdout.close()
        output = b"".join(chunks).decode("utf-8", errors="replace")
        if overflow.is_set() or len(output) > max_output:
            raise Failure(
                f"printed more than {max_output} characters of output; print a summary instead",
                tail=_tail(output.encode()[: max_output]),
            )
        if process.returncode != 0:
            raise Failure(
                f"exited with code {process.returncode}",
                snippet_line=_snippet_line(output, snippet),
                tail=_tail(output.encode()),
            )
        figures = {
            path.name: path.read_bytes()
            for path in sorted(workdir.iterdir())
            if path.suffix in FIGURE_SUFFIXES and path.is_file()
        }
        return Result(output=output.rstrip("\n"), figures=figures)


def _kill(process: subprocess.Popen) -> None:
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def _tail(data: bytes) -> str:
    lines = data.decode("utf-8", errors="replace").rstrip("\n").splitlines()
    return "\n".join(lines[-TRACEBACK_TAIL_LINES:])


def describe_failure(directive: Directive, root: Path, failure: Failure) -> str:
    """The error message a reader of the build log needs to fix the problem."""
    snippet = f"{root.name}/{directive.snippet}"
    where = f"{snippet}:{failure.snippet_line}" if failure.snippet_line else snippet
    message = f"{directive.where}: snippet {where} {failure.reason}"
    if failure.tail:
        tail = failure.tail.replace(str(root.resolve().parent) + os.sep, "")
        message += "\n" + "\n".join("    " + line for line in tail.splitlines())
    return message


def run_all(
    directives: Iterable[Directive],
    root: Path,
    cache: ResultCache,
    lock_files: Iterable[Path],
    progress: Callable[[str], None] = lambda message: None,
    workers: int | None = None,
) -> dict[str, Result]:
    """Results for every snippet the directives name, running only uncached ones.

    Runs in parallel and reports ``[n/total]`` progress. Raises
    :class:`SnippetError` naming every failing directive.
    """
    directives = list(directives)
    lock_files = list(lock_files)
    first_use: dict[str, Directive] = {}
    for directive in directives:
        first_use.setdefault(directive.snippet, directive)

    results: dict[str, Result] = {}
    errors: list[str] = []
    pending: dict[str, str] = {}
    for name, directive in first_use.items():
        path = root / name
        if not path.is_file():
            errors.append(describe_failure(directive, root, Failure("does not exist")))
            continue
        key = cache_key(path, root, lock_files)
        cached = cache.get(key)
        if cached is None:
            pending[name] = key
        else:
            results[name] = cached

    if pending:
        progress(f"{len(results)} cached, running {len(pending)}")
        total = len(pending)
        with ThreadPoolExecutor(max_workers=workers or os.cpu_count() or 2) as pool:
            futures = {
                pool.submit(_timed_run, root / name, root): name for name in sorted(pending)
            }
            for done, future in enumerate(as_completed(futures), start=1):
                name = futures[future]
                try:
                    result, seconds = future.result()
                except Failure as failure:
                    progress(f"[{done}/{total}] {name} FAILED")
                    errors.append(describe_failure(first_use[name], root, failure))
                    continue
                progress(f"[{done}/{total}] {name} ({seconds:.1f} s)")
                cache.put(pending[name], result)
                results[name] = result
    if errors:
        raise SnippetError("\n".join(errors))
    return results


def _timed_run(path: Path, root: Path) -> tuple[Result, float]:
    start = time.perf_counter()
    result = run_snippet(path, root)
    return result, time.perf_counter() - start


# --- rendering -------------------------------------------------------------


def figure_uri(snippet: str, figure: str) -> str:
    """Where a snippet's figure is published in the site."""
    return f"assets/snippets/{Path(snippet).with_suffix('')}/{figure}"


def _fenced(body: str, info: str) -> list[str]:
    longest = max((len(run) for run in re.findall(r"`+", body)), default=0)
    fence = "`" * max(3, longest + 1)
    return [f"{fence}{info}", *body.splitlines(), fence]


def render(directive: Directive, source: str, result: Result, page_dir: str) -> str:
    """Markdown that replaces a directive: source, then Output, then figures.

    ``page_dir`` is the page's folder inside ``docs/``, to link figures
    relatively (MkDocs validates those links).
    """
    lines = ['<div class="snippet" markdown>', ""]
    lines += _fenced(source.rstrip("\n"), f' python title="{directive.snippet}"')
    if result.output.strip():
        lines += ["", *_fenced(result.output, ' { .text .snippet-output title="Output" }')]
    for name in result.figures:
        target = os.path.relpath(figure_uri(directive.snippet, name), page_dir or ".")
        alt = f"Figure saved by {directive.snippet}: {Path(name).stem.replace('_', ' ')}"
        lines += ["", '<figure class="snippet-figure" markdown>', f"![{alt}]({target})", "</figure>"]
    lines += ["", "</div>"]
    return "\n".join(directive.indent + line if line else "" for line in lines)


def expand(markdown: str, directives: list[Directive], rendered: dict[int, str], offset: int) -> str:
    """Replace each directive line (by file line number) with its rendering."""
    lines = markdown.splitlines()
    for directive in directives:
        lines[directive.line - offset - 1] = rendered[directive.line]
    return "\n".join(lines) + "\n"
