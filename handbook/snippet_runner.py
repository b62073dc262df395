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
plain, unit-tested functions; ``hooks/mkdocs_hooks.py`` only wires it in.

Each snippet is a child forked from a server process that has imported
NumPy, pandas, SciPy, scikit-learn and matplotlib once
(``sandbox/snippet_server.py``): the imports cost about 1.5 s a process,
more than most snippets take to run.
"""

from __future__ import annotations

import ast
import base64
import binascii
import hashlib
import json
import logging
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from .markdown_scan import prose_lines

log = logging.getLogger(__name__)

# [[run: chapter/name.py]], optionally followed by options: alt="..." (the alt
# text of the one figure the snippet saves) or alt.<figure file>="..." (one per
# figure, when it saves several).
DIRECTIVE = re.compile(r"^(?P<indent>\s*)\[\[run:\s*(?P<path>[^\]\s]+)(?P<options>.*?)\s*\]\]\s*$")
_OPTION = re.compile(r'\s+(?P<key>[\w.-]+)="(?P<value>(?:[^"\\]|\\.)*)"')
ALT, ALT_PREFIX = "alt", "alt."
FIGURE_SUFFIXES = (".svg", ".png")
TIMEOUT_SECONDS = 120
MAX_OUTPUT_CHARS = 20_000
TRACEBACK_TAIL_LINES = 12
SANDBOX_DIR = Path(__file__).parent / "sandbox"
SERVER_SCRIPT = SANDBOX_DIR / "snippet_server.py"


class SnippetError(Exception):
    """A snippet could not be run or failed; the message names page and file lines."""


@dataclass(frozen=True)
class Directive:
    """One ``[[run: ...]]`` line: where it stands and which snippet it asks for."""

    page: str  # path of the page for messages, e.g. "docs/fundamentals/index.md"
    line: int
    snippet: str  # path relative to the snippets folder
    indent: str = ""
    options: tuple[tuple[str, str], ...] = ()  # (key, value) pairs, in the order written
    problem: str = ""  # why the options could not be read; the build reports it

    @property
    def where(self) -> str:
        return f"{self.page}:{self.line}"

    def alt_texts(self) -> dict[str, str]:
        """Alt text by key: "" for ``alt="..."``, the figure file name for ``alt.<name>="..."``."""
        return {
            ("" if key == ALT else key[len(ALT_PREFIX):]): value
            for key, value in self.options
            if key == ALT or key.startswith(ALT_PREFIX)
        }


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
        """Raises ValueError on anything but a complete result."""
        try:
            data = json.loads(text)
            figures = {name: base64.b64decode(blob, validate=True) for name, blob in data["figures"].items()}
            output = data["output"]
        except (KeyError, TypeError, AttributeError, binascii.Error) as error:
            raise ValueError(f"not a snippet result: {error!r}") from None
        if not isinstance(output, str):
            raise ValueError("not a snippet result: output is not text")
        return cls(output=output, figures=figures)


def find_directives(markdown: str, page: str, line_offset: int = 0) -> list[Directive]:
    """Every snippet directive of a page, outside code fences."""
    found = []
    for number, line in prose_lines(markdown):
        match = DIRECTIVE.match(line)
        if match:
            options, problem = parse_options(match.group("options"))
            found.append(
                Directive(page, number + line_offset, match.group("path"), match.group("indent"), options, problem)
            )
    return found


def parse_options(text: str) -> tuple[tuple[tuple[str, str], ...], str]:
    """The ``key="value"`` options after a directive's path, and what is wrong with them ("" if nothing).

    A value may hold a double quote escaped as ``\\"``.
    """
    options, position = [], 0
    while position < len(text):
        match = _OPTION.match(text, position)
        if not match:
            return tuple(options), f'cannot read the options {text[position:].strip()!r}: write key="value"'
        key, value = match.group("key"), re.sub(r"\\(.)", r"\1", match.group("value"))
        if key != ALT and not key.startswith(ALT_PREFIX):
            return tuple(options), f'unknown option {key!r}: the options are alt="..." and alt.<figure file>="..."'
        options.append((key, value))
        position = match.end()
    return tuple(options), ""


def check_figures(directive: Directive, result: Result) -> list[str]:
    """Problems with the alt text of the figures one directive shows.

    Every figure needs words that say what it shows, and every alt text must
    belong to a figure the snippet saves (a renamed figure leaves one behind).
    """
    snippet, texts = f"snippets/{directive.snippet}", directive.alt_texts()
    figures = list(result.figures)
    problems = []
    if "" in texts and len(figures) != 1:
        saved = ", ".join(figures) or "none"
        problems.append(
            f'alt="..." is for a snippet that saves one figure; {snippet} saves {len(figures)} ({saved}):'
            f' give each its own, alt.<figure file>="..."'
        )
        texts = {name: text for name, text in texts.items() if name}
    for name in figures:
        text = texts.get(name, texts.get("") if len(figures) == 1 else None)
        if text is None:
            option = "alt" if len(figures) == 1 else f"alt.{name}"
            problems.append(
                f"figure {name} saved by {snippet} has no alt text: add {option}=\"what the figure shows\""
                " to the directive"
            )
        elif not text.strip():
            problems.append(f"figure {name} saved by {snippet} has an empty alt text: say what the figure shows")
    for name in texts:
        if name and name not in figures:
            problems.append(f"alt.{name}: {snippet} saves no figure {name} (it saves: {', '.join(figures) or 'none'})")
    return [f"{directive.where}: {problem}" for problem in problems]


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


def runner_files() -> list[Path]:
    """The code and settings that run every snippet: this module and the whole
    sandbox folder (server, sitecustomize, matplotlibrc)."""
    sandbox = [path for path in SANDBOX_DIR.rglob("*") if path.is_file() and "__pycache__" not in path.parts]
    return [Path(__file__), *sorted(sandbox)]


def cache_key(snippet: Path, root: Path, lock_files: Iterable[Path]) -> str:
    """Hash of everything that can change a snippet's output.

    The snippet and the modules it imports from the snippets folder; the
    runner and its sandbox (see runner_files); the Python version; and the
    dependency lock files, which pin every library a snippet can import.
    """
    digest = hashlib.sha256()
    digest.update(sys.version.encode())
    inputs = [snippet, *sorted(local_imports(snippet, root))]
    inputs += [*runner_files(), *lock_files]
    for item in inputs:
        name = item.relative_to(SANDBOX_DIR.parent) if SANDBOX_DIR.parent in item.parents else item.name
        digest.update(str(name).encode() + b"\0")
        digest.update(item.read_bytes() if item.is_file() else b"<missing>")
    return digest.hexdigest()


class ResultCache:
    """Results on disk, one JSON file per content hash."""

    def __init__(self, folder: Path):
        self.folder = folder

    def get(self, key: str) -> Result | None:
        """The cached result, or None. A corrupt or truncated entry is a miss
        (the snippet runs again and its result replaces the entry)."""
        path = self.folder / f"{key}.json"
        try:
            return Result.from_json(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError) as error:
            log.warning(f"snippet cache: ignoring unreadable entry {path.name} ({error})")
            return None

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


class ServerError(Exception):
    """The fork server could not start or died; the message has its last words."""


class ForkServer:
    """A running ``sandbox/snippet_server.py``: forks one child per snippet.

    Thread-safe: ``run`` may be called from several threads at once (a cold
    build runs snippets side by side). ``preload`` names the modules the
    server imports once; ``()`` imports none (quick to start, for tests).
    """

    def __init__(self, root: Path, preload: Iterable[str] | None = None):
        self._temp = tempfile.TemporaryDirectory(prefix="snippet-server-")
        home = Path(self._temp.name) / "home"
        (home / "matplotlib").mkdir(parents=True)
        shutil.copy(SANDBOX_DIR / "matplotlibrc", home / "matplotlib")
        arguments = ["--no-preload"] if preload is not None and not list(preload) else list(preload or [])
        self._errors = open(Path(self._temp.name) / "server-errors.txt", "w+b")  # noqa: SIM115
        self._process = subprocess.Popen(
            [sys.executable, str(SERVER_SCRIPT), *arguments],
            cwd=self._temp.name,
            env=snippet_environment(root.resolve(), home),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._errors,
        )
        self._lock = threading.Lock()
        self._next_id = 0
        self._waiting: dict[int, dict] = {}  # request id -> {"pid", "status", "event"}
        ready = self._process.stdout.readline()
        if json.loads(ready or "{}").get("ready") is not True:
            raise ServerError(f"the snippet server did not start:\n{self._last_words()}")
        self._reader = threading.Thread(target=self._read_replies, daemon=True)
        self._reader.start()

    def _last_words(self) -> str:
        self._errors.seek(0)
        return _tail(self._errors.read())

    def _read_replies(self) -> None:
        for line in self._process.stdout:
            message = json.loads(line)
            with self._lock:
                entry = self._waiting.get(message["id"])
            if entry is None:
                continue
            if "pid" in message:
                entry["pid"] = message["pid"]
                entry["forked"].set()
            else:
                entry["status"] = message["status"]
                entry["done"].set()
        with self._lock:  # the server is gone: wake everyone still waiting
            for entry in self._waiting.values():
                entry["forked"].set()
                entry["done"].set()

    def run(self, snippet: Path, workdir: Path, output: Path, timeout: float, max_bytes: int) -> int:
        """Run one snippet to its end; return its exit code.

        Raises :class:`Failure` on a timeout or more than ``max_bytes`` of
        output (the snippet and everything it started are killed), and
        :class:`ServerError` when the server itself is gone.
        """
        forked, done = threading.Event(), threading.Event()
        output.touch()  # exists before the child opens it: the size checks below need it
        with self._lock:
            self._next_id += 1
            request_id = self._next_id
            entry = self._waiting[request_id] = {"pid": None, "status": None, "forked": forked, "done": done}
            request = {"id": request_id, "snippet": str(snippet), "cwd": str(workdir), "output": str(output)}
            try:
                self._process.stdin.write((json.dumps(request) + "\n").encode())
                self._process.stdin.flush()
            except BrokenPipeError:
                raise ServerError(f"the snippet server is gone:\n{self._last_words()}") from None
        try:
            forked.wait()
            deadline = time.monotonic() + timeout
            while not done.wait(0.05):
                if time.monotonic() > deadline:
                    self._kill(entry, done)
                    raise Failure(f"timed out after {timeout:g} s", tail=_tail(_read_start(output, max_bytes)))
                if output.stat().st_size > max_bytes:
                    self._kill(entry, done)
                    raise Failure(
                        f"printed more than {max_bytes // 4} characters of output; print a summary instead",
                        tail=_tail(_read_start(output, max_bytes // 4)),
                    )
            if entry["status"] is None:
                raise ServerError(f"the snippet server died:\n{self._last_words()}")
            return entry["status"]
        finally:
            with self._lock:
                self._waiting.pop(request_id, None)

    def _kill(self, entry: dict, done: threading.Event) -> None:
        try:
            os.killpg(entry["pid"], signal.SIGKILL)  # the child leads its own session
        except (ProcessLookupError, TypeError):
            pass
        done.wait(10)

    def close(self) -> None:
        if self._process.poll() is None:
            self._process.stdin.close()
            try:
                self._process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
        self._reader.join(timeout=5)
        self._process.stdout.close()
        self._errors.close()
        self._temp.cleanup()

    def __enter__(self) -> "ForkServer":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _read_start(path: Path, size: int) -> bytes:
    with open(path, "rb") as handle:
        return handle.read(size)


def run_snippet(
    snippet: Path,
    root: Path,
    timeout: float = TIMEOUT_SECONDS,
    max_output: int = MAX_OUTPUT_CHARS,
    server: ForkServer | None = None,
) -> Result:
    """Run one snippet in its own process (forked by ``server``, or by a
    server started for this one run) and its own temporary folder.

    Raises :class:`Failure` on a missing file, a non-zero exit (an exception
    or a syntax error included), a timeout, or more output than ``max_output``.
    """
    if not snippet.is_file():
        raise Failure(f"snippet file not found: {snippet}")
    if server is None:
        with ForkServer(root, preload=()) as own:
            return run_snippet(snippet, root, timeout, max_output, own)
    with tempfile.TemporaryDirectory(prefix="snippet-") as temp:
        workdir, output_file = Path(temp) / "work", Path(temp) / "output.txt"
        workdir.mkdir()
        status = server.run(snippet.resolve(), workdir, output_file, timeout, max_output * 4)
        output = output_file.read_bytes().decode("utf-8", errors="replace")
        if len(output) > max_output:
            raise Failure(
                f"printed more than {max_output} characters of output; print a summary instead",
                tail=_tail(output[:max_output].encode()),
            )
        if status != 0:
            raise Failure(
                f"exited with code {status}",
                snippet_line=_snippet_line(output, snippet),
                tail=_tail(output.encode()),
            )
        figures = {
            path.name: path.read_bytes()
            for path in sorted(workdir.iterdir())
            if path.suffix in FIGURE_SUFFIXES and path.is_file()
        }
        return Result(output=output.rstrip("\n"), figures=figures)


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
    preload: Iterable[str] | None = None,
) -> dict[str, Result]:
    """Results for every snippet the directives name, running only uncached ones.

    Runs in parallel and reports ``[n/total]`` progress, then the phase's
    time. ``preload``: the modules the fork server imports once (default:
    its own list). Raises :class:`SnippetError` naming every failing
    directive.
    """
    directives = list(directives)
    lock_files = list(lock_files)
    first_use: dict[str, Directive] = {}
    for directive in directives:
        first_use.setdefault(directive.snippet, directive)

    results: dict[str, Result] = {}
    errors: list[str] = [f"{d.where}: {d.problem}" for d in directives if d.problem]
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
        total, phase_start = len(pending), time.perf_counter()
        try:
            server = ForkServer(root, preload)
        except ServerError as error:
            raise SnippetError(str(error)) from None
        with server, ThreadPoolExecutor(max_workers=workers or os.cpu_count() or 2) as pool:
            futures = {
                pool.submit(_timed_run, root / name, root, server): name for name in sorted(pending)
            }
            for done, future in enumerate(as_completed(futures), start=1):
                name = futures[future]
                try:
                    result, seconds = future.result()
                except Failure as failure:
                    progress(f"[{done}/{total}] {name} FAILED")
                    errors.append(describe_failure(first_use[name], root, failure))
                    continue
                except ServerError as error:
                    errors.append(describe_failure(first_use[name], root, Failure(f"could not run: {error}")))
                    continue
                progress(f"[{done}/{total}] {name} ({seconds:.1f} s)")
                cache.put(pending[name], result)
                results[name] = result
        progress(f"ran {total} in {time.perf_counter() - phase_start:.1f} s")
    for directive in directives:
        if directive.snippet in results and not directive.problem:
            errors += check_figures(directive, results[directive.snippet])
    if errors:
        raise SnippetError("\n".join(errors))
    return results


def _timed_run(path: Path, root: Path, server: ForkServer) -> tuple[Result, float]:
    start = time.perf_counter()
    result = run_snippet(path, root, server=server)
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
    texts = directive.alt_texts()
    for name in result.figures:
        target = os.path.relpath(figure_uri(directive.snippet, name), page_dir or ".")
        alt = _markdown_text(texts.get(name, texts.get("", "")))  # run_all has checked it is there
        lines += ["", '<figure class="snippet-figure" markdown>', f"![{alt}]({target})", "</figure>"]
    lines += ["", "</div>"]
    return "\n".join(directive.indent + line if line else "" for line in lines)


def _markdown_text(text: str) -> str:
    """Text that Markdown shows as written: its punctuation escaped, on one line."""
    return re.sub(r"([\\`*_\[\]$])", r"\\\1", " ".join(text.split()))


def expand(markdown: str, directives: list[Directive], rendered: dict[int, str], offset: int) -> str:
    """Replace each directive line (by file line number) with its rendering."""
    lines = markdown.splitlines()
    for directive in directives:
        lines[directive.line - offset - 1] = rendered[directive.line]
    return "\n".join(lines) + "\n"
