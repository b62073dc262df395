"""Unit tests of hooks/snippet_runner.py: running, failing, caching, rendering."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from handbook import snippet_runner
from handbook.snippet_runner import Directive, Failure, ResultCache, SnippetError

pytestmark = pytest.mark.unit


@pytest.fixture
def root(tmp_path) -> Path:
    folder = tmp_path / "snippets"
    (folder / "chap").mkdir(parents=True)
    return folder


def write(root: Path, name: str, source: str) -> Path:
    path = root / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(source, encoding="utf-8")
    return path


def run_one(root: Path, name: str, tmp_path: Path, options=(), **kwargs) -> dict:
    directive = Directive("docs/chap/page.md", 42, name, options=tuple(options))
    return snippet_runner.run_all([directive], root, ResultCache(tmp_path / "cache"), [], **kwargs)


# --- finding directives --------------------------------------------------------


def test_directives_are_found_with_their_file_line_and_indent():
    markdown = "# T\n\n[[run: chap/a.py]]\n\n!!! note\n    [[run: chap/b.py]]\n"
    found = snippet_runner.find_directives(markdown, "docs/p.md", line_offset=3)
    assert [(d.snippet, d.line, d.indent) for d in found] == [("chap/a.py", 6, ""), ("chap/b.py", 9, "    ")]
    assert found[0].where == "docs/p.md:6"


def test_directive_options_give_alt_text_per_figure():
    markdown = (
        '[[run: chap/a.py alt="Error falls, then rises: the \\"U\\" of overfitting"]]\n'
        '[[run: chap/b.py alt.loss.svg="Loss per epoch" alt.acc.png="Accuracy per epoch"]]\n'
    )
    a, b = snippet_runner.find_directives(markdown, "docs/p.md")
    assert (a.snippet, a.problem) == ("chap/a.py", "")
    assert a.alt_texts() == {"": 'Error falls, then rises: the "U" of overfitting'}
    assert b.alt_texts() == {"loss.svg": "Loss per epoch", "acc.png": "Accuracy per epoch"}


@pytest.mark.parametrize(
    "options, problem",
    [
        ("alt=unquoted", "cannot read the options 'alt=unquoted'"),
        ('alt="no end', "cannot read the options"),
        ('title="Loss"', "unknown option 'title'"),
    ],
)
def test_unreadable_directive_options_are_a_problem_not_a_silent_miss(options, problem):
    (found,) = snippet_runner.find_directives(f"text\n\n[[run: chap/a.py {options}]]\n", "docs/p.md")
    assert found.line == 3 and problem in found.problem


def test_directives_inside_code_fences_are_examples_not_requests():
    markdown = "```markdown\n[[run: chap/a.py]]\n```\n\n````text\n```\n[[run: chap/b.py]]\n````\n"
    assert snippet_runner.find_directives(markdown, "docs/p.md") == []


# --- successful runs -------------------------------------------------------------


def test_output_and_figures_are_captured(root, tmp_path):
    write(
        root,
        "chap/plot.py",
        "import matplotlib.pyplot as plt\nprint('mean', 2.5)\n"
        "fig, ax = plt.subplots()\nax.plot([1, 2], [3, 4])\nfig.savefig('line.svg')\n",
    )
    result = run_one(root, "chap/plot.py", tmp_path, [("alt", "A rising line")])["chap/plot.py"]
    assert result.output == "mean 2.5"
    assert list(result.figures) == ["line.svg"]
    assert result.figures["line.svg"].startswith(b"<?xml")


def test_runs_are_deterministic_and_figures_byte_identical(root, tmp_path):
    write(
        root,
        "chap/rand.py",
        "import random, numpy as np, matplotlib.pyplot as plt\n"
        "print(random.random(), np.random.rand())\n"
        "plt.plot(np.random.default_rng(0).normal(size=5)); plt.savefig('r.svg')\n",
    )
    first = snippet_runner.run_snippet(root / "chap/rand.py", root)
    second = snippet_runner.run_snippet(root / "chap/rand.py", root)
    assert first.output == second.output
    assert first.figures == second.figures


def test_snippets_can_import_the_reference_package(root, tmp_path):
    write(root, "mlref_like/__init__.py", "")
    write(root, "mlref_like/tools.py", "def double(x):\n    return 2 * x\n")
    write(root, "chap/use.py", "from mlref_like.tools import double\nprint(double(21))\n")
    assert run_one(root, "chap/use.py", tmp_path)["chap/use.py"].output == "42"


def test_snippet_runs_in_an_empty_temporary_folder(root, tmp_path):
    write(root, "chap/cwd.py", "import os\nprint(os.listdir('.'))\nopen('scratch.txt', 'w').write('x')\n")
    assert run_one(root, "chap/cwd.py", tmp_path)["chap/cwd.py"].output == "[]"
    assert not (root / "chap" / "scratch.txt").exists()
    assert not list(root.rglob("__pycache__"))


# --- failures: each names the page line, the snippet line and the traceback ------


def failure_message(root, name, tmp_path, **kwargs) -> str:
    with pytest.raises(SnippetError) as caught:
        run_one(root, name, tmp_path, **kwargs)
    return str(caught.value)


def test_exception_names_page_line_snippet_line_and_traceback(root, tmp_path):
    write(root, "chap/boom.py", "x = 1\ny = 0\nprint(x / y)\n")
    message = failure_message(root, "chap/boom.py", tmp_path)
    assert message.startswith("docs/chap/page.md:42: snippet snippets/chap/boom.py:3 exited with code 1")
    assert "ZeroDivisionError: division by zero" in message
    assert 'File "snippets/chap/boom.py", line 3' in message  # paths shown relative


def test_exception_inside_an_imported_module_points_at_the_snippet_line(root, tmp_path):
    write(root, "helper.py", "def fail():\n    raise ValueError('bad input')\n")
    write(root, "chap/calls.py", "import helper\n\nhelper.fail()\n")
    message = failure_message(root, "chap/calls.py", tmp_path)
    assert "snippets/chap/calls.py:3 exited with code 1" in message
    assert "ValueError: bad input" in message


def test_syntax_error_names_its_line(root, tmp_path):
    write(root, "chap/syntax.py", "print('ok')\nif True\n    pass\n")
    message = failure_message(root, "chap/syntax.py", tmp_path)
    assert "snippets/chap/syntax.py:2 exited with code 1" in message
    assert "SyntaxError" in message


def test_non_zero_exit_fails(root, tmp_path):
    write(root, "chap/exit.py", "import sys\nprint('giving up')\nsys.exit(3)\n")
    message = failure_message(root, "chap/exit.py", tmp_path)
    assert "docs/chap/page.md:42: snippet snippets/chap/exit.py exited with code 3" in message
    assert "giving up" in message


def test_timeout_kills_the_snippet(root, tmp_path):
    write(root, "chap/slow.py", "import time\nprint('started', flush=True)\ntime.sleep(60)\n")
    start = time.monotonic()
    with pytest.raises(Failure) as caught:
        snippet_runner.run_snippet(root / "chap/slow.py", root, timeout=1)
    assert time.monotonic() - start < 10
    assert caught.value.reason == "timed out after 1 s"
    assert "started" in caught.value.tail


def test_runaway_output_is_stopped(root, tmp_path):
    write(root, "chap/chatty.py", "while True:\n    print('spam' * 100)\n")
    start = time.monotonic()
    with pytest.raises(Failure) as caught:
        snippet_runner.run_snippet(root / "chap/chatty.py", root, max_output=1000)
    assert time.monotonic() - start < 10
    assert "more than 1000 characters of output" in caught.value.reason


def test_missing_snippet_file_names_the_page_line(root, tmp_path):
    message = failure_message(root, "chap/nowhere.py", tmp_path)
    assert message == "docs/chap/page.md:42: snippet snippets/chap/nowhere.py does not exist"


def test_network_is_refused_at_once(root, tmp_path):
    write(
        root,
        "chap/net.py",
        "import urllib.request\nurllib.request.urlopen('http://example.com', timeout=30)\n",
    )
    start = time.monotonic()
    message = failure_message(root, "chap/net.py", tmp_path)
    assert time.monotonic() - start < 10
    assert "network access is disabled" in message


def test_every_failure_is_reported_not_only_the_first(root, tmp_path):
    write(root, "chap/a.py", "raise RuntimeError('a')\n")
    write(root, "chap/b.py", "raise RuntimeError('b')\n")
    directives = [Directive("docs/p.md", 1, "chap/a.py"), Directive("docs/q.md", 7, "chap/b.py")]
    with pytest.raises(SnippetError) as caught:
        snippet_runner.run_all(directives, root, ResultCache(tmp_path / "c"), [])
    assert "docs/p.md:1:" in str(caught.value) and "docs/q.md:7:" in str(caught.value)


# --- caching -----------------------------------------------------------------------


def test_unchanged_snippet_is_not_run_again(root, tmp_path):
    write(root, "chap/once.py", "print('ran')\n")
    messages: list[str] = []
    run_one(root, "chap/once.py", tmp_path, progress=messages.append)
    assert any("[1/1] chap/once.py" in m for m in messages)
    messages.clear()
    result = run_one(root, "chap/once.py", tmp_path, progress=messages.append)
    assert result["chap/once.py"].output == "ran"
    assert messages == []


def test_cache_key_follows_imported_modules_and_lock_files(root, tmp_path):
    write(root, "pkg/__init__.py", "")
    write(root, "pkg/core.py", "from .util import VALUE\n")
    write(root, "pkg/util.py", "VALUE = 1\n")
    write(root, "chap/user.py", "from pkg.core import VALUE\nprint(VALUE)\n")
    lock = write(tmp_path, "requirements.txt", "numpy==1\n")
    key = snippet_runner.cache_key(root / "chap/user.py", root, [lock])
    assert snippet_runner.local_imports(root / "chap/user.py", root) == {
        root / "pkg/__init__.py",
        root / "pkg/core.py",
        root / "pkg/util.py",
    }
    write(root, "pkg/util.py", "VALUE = 2\n")  # a transitive import changed
    key_after_module = snippet_runner.cache_key(root / "chap/user.py", root, [lock])
    assert key_after_module != key
    lock.write_text("numpy==2\n")
    assert snippet_runner.cache_key(root / "chap/user.py", root, [lock]) != key_after_module


def test_cold_runs_go_in_parallel(root, tmp_path):
    """Each snippet waits until all four have started: run one after another,
    the first would give up waiting and fail."""
    meeting = tmp_path / "meeting"
    meeting.mkdir()
    for name in "abcd":
        write(root, f"chap/{name}.py", (
            "import pathlib, time\n"
            f"here = pathlib.Path({str(meeting)!r})\n"
            f"(here / {name!r}).touch()\n"
            "deadline = time.monotonic() + 30\n"
            "while len(list(here.iterdir())) < 4:\n"
            "    assert time.monotonic() < deadline, 'ran alone'\n"
            "    time.sleep(0.05)\n"
        ))
    directives = [Directive("docs/p.md", i, f"chap/{n}.py") for i, n in enumerate("abcd")]
    progress = []
    snippet_runner.run_all(directives, root, ResultCache(tmp_path / "c"), [], progress.append, workers=4, preload=())
    assert progress[0] == "0 cached, running 4" and progress[-1].startswith("ran 4 in ")


def test_a_forked_snippet_starts_with_the_preloaded_modules_and_nothing_of_its_neighbours(root):
    write(root, "chap/first.py", "import json, sys\nsys.modules['json'].leak = 1\nprint('decimal' in sys.modules)\n")
    write(root, "chap/second.py", "import sys\nprint(hasattr(sys.modules['json'], 'leak'), 'decimal' in sys.modules)\n")
    with snippet_runner.ForkServer(root, preload=["json", "decimal"]) as server:
        first = snippet_runner.run_snippet(root / "chap/first.py", root, server=server)
        second = snippet_runner.run_snippet(root / "chap/second.py", root, server=server)
    assert first.output == "True"
    assert second.output == "False True"  # preloaded, but the first snippet's change did not carry over


def test_a_corrupt_or_truncated_cache_entry_is_a_miss_and_is_replaced(root, tmp_path):
    write(root, "chap/ok.py", "print('fresh')\n")
    cache = ResultCache(tmp_path / "cache")
    key = snippet_runner.cache_key(root / "chap/ok.py", root, [])
    good = snippet_runner.Result("cached", {"f.svg": b"<svg/>"}).to_json()
    for broken in (good[: len(good) // 2], "", "[]", '{"output": 3, "figures": {}}', '{"output": "x", "figures": {"f.svg": "%%"}}', "\xff"):
        (tmp_path / "cache").mkdir(exist_ok=True)
        (tmp_path / "cache" / f"{key}.json").write_text(broken, encoding="latin-1")
        assert cache.get(key) is None, broken
    results = snippet_runner.run_all([Directive("docs/p.md", 1, "chap/ok.py")], root, cache, [], preload=())
    assert results["chap/ok.py"].output == "fresh"
    assert cache.get(key).output == "fresh"  # the entry was rewritten


def test_the_cache_key_covers_the_runner_and_every_file_of_its_sandbox(root, monkeypatch, tmp_path):
    write(root, "chap/a.py", "print(1)\n")
    sandbox = tmp_path / "sandbox"
    sandbox.mkdir()
    (sandbox / "matplotlibrc").write_text("figure.dpi: 100\n")
    (sandbox / "sitecustomize.py").write_text("SEED = 0\n")
    monkeypatch.setattr(snippet_runner, "SANDBOX_DIR", sandbox)
    key = snippet_runner.cache_key(root / "chap/a.py", root, [])
    (sandbox / "matplotlibrc").write_text("figure.dpi: 200\n")  # not a .py file, still counts
    assert snippet_runner.cache_key(root / "chap/a.py", root, []) != key
    files = snippet_runner.runner_files()
    assert Path(snippet_runner.__file__) in files and sandbox / "matplotlibrc" in files


# --- figure alt text -------------------------------------------------------------------


PLOT = "import matplotlib.pyplot as plt\nplt.plot([1, 2]); plt.savefig('line.svg')\n"


def test_a_figure_without_alt_text_fails_naming_the_page_line(root, tmp_path):
    write(root, "chap/plot.py", PLOT)
    with pytest.raises(SnippetError) as error:
        run_one(root, "chap/plot.py", tmp_path)
    assert str(error.value) == (
        "docs/chap/page.md:42: figure line.svg saved by snippets/chap/plot.py has no alt text:"
        ' add alt="what the figure shows" to the directive'
    )


def test_every_figure_of_a_snippet_needs_its_own_alt_text(root, tmp_path):
    write(root, "chap/two.py", PLOT + "plt.savefig('again.png')\n")
    with pytest.raises(SnippetError) as error:
        run_one(root, "chap/two.py", tmp_path, [("alt.line.svg", "A line"), ("alt.gone.svg", "Renamed away")])
    message = str(error.value)
    assert "docs/chap/page.md:42: figure again.png saved by snippets/chap/two.py has no alt text: add alt.again.png=" in message
    assert "docs/chap/page.md:42: alt.gone.svg: snippets/chap/two.py saves no figure gone.svg (it saves: again.png, line.svg)" in message
    with pytest.raises(SnippetError, match=r'alt="..." is for a snippet that saves one figure'):
        run_one(root, "chap/two.py", tmp_path, [("alt", "Both at once")])
    assert run_one(root, "chap/two.py", tmp_path, [("alt.line.svg", "A line"), ("alt.again.png", "The same line")])


def test_alt_text_must_say_something_and_belong_to_a_figure(root, tmp_path):
    write(root, "chap/plot.py", PLOT)
    with pytest.raises(SnippetError, match="line.svg saved by snippets/chap/plot.py has an empty alt text"):
        run_one(root, "chap/plot.py", tmp_path, [("alt", "  ")])
    write(root, "chap/text.py", "print(1)\n")
    with pytest.raises(SnippetError, match=r"docs/chap/page.md:42: alt=\"...\" is for a snippet that saves one figure"):
        run_one(root, "chap/text.py", tmp_path, [("alt", "A figure that is not there")])


def test_unreadable_options_fail_the_run_with_their_line(root, tmp_path):
    write(root, "chap/text.py", "print(1)\n")
    (directive,) = snippet_runner.find_directives('[[run: chap/text.py alt=oops]]\n', "docs/p.md")
    with pytest.raises(SnippetError, match=r"^docs/p.md:1: cannot read the options 'alt=oops'"):
        snippet_runner.run_all([directive], root, ResultCache(tmp_path / "cache"), [])


def test_render_gives_each_figure_its_alt_text_as_written():
    directive = Directive("docs/p.md", 1, "chap/plot.py", options=(("alt", "Error of k_means *vs* [k]: $5 \\ `x`"),))
    text = snippet_runner.render(directive, "", snippet_runner.Result("", {"fig.svg": b"<svg/>"}), "chap")
    assert "![Error of k\\_means \\*vs\\* \\[k\\]: \\$5 \\\\ \\`x\\`](../assets/snippets/chap/plot/fig.svg)" in text


# --- rendering -----------------------------------------------------------------------


def test_render_shows_source_output_and_figure_links():
    directive = Directive("docs/chap/page.md", 3, "chap/plot.py", indent="    ")
    result = snippet_runner.Result("x = 1", {"fig.svg": b"<svg/>"})
    text = snippet_runner.render(directive, "print('x = 1')\n", result, "chap")
    lines = text.splitlines()
    assert lines[0] == '    <div class="snippet" markdown>'
    assert '    ``` python title="chap/plot.py"' in lines
    assert "    print('x = 1')" in lines
    assert '    ``` { .text .snippet-output title="Output" }' in lines
    assert "../assets/snippets/chap/plot/fig.svg)" in text


def test_render_uses_a_longer_fence_when_the_source_contains_one():
    directive = Directive("docs/p.md", 1, "chap/md.py")
    text = snippet_runner.render(directive, 'print("```")\n', snippet_runner.Result(""), "")
    assert '```` python title="chap/md.py"' in text
    assert "Output" not in text  # nothing printed, no empty output block
