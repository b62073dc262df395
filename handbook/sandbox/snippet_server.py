"""The snippet fork server: import the heavy libraries once, fork a fresh child per snippet.

Started by handbook/snippet_runner.py (class ForkServer) in the snippets'
own environment (this folder first on PYTHONPATH, so sitecustomize.py has
already seeded the generators and refused the network). Importing NumPy,
pandas, SciPy, scikit-learn and matplotlib costs about 1.5 s a process; a
forked child starts with them loaded in a few milliseconds, and is still its
own process: own working folder, own output file, own session (a timeout
kills it and whatever it started), nothing shared with the snippets before
or after it.

Protocol, one JSON object a line. Requests on stdin:
``{"id": 1, "snippet": "/abs/x.py", "cwd": "/tmp/work", "output": "/tmp/out"}``.
Replies on stdout: ``{"id": 1, "pid": 4242}`` once forked, then
``{"id": 1, "status": 0}`` with the exit code when the child has ended.
Standard library only: it runs in the snippets' interpreter, not the build's.
"""

from __future__ import annotations

import importlib
import json
import os
import random
import runpy
import selectors
import sys
import traceback

# What most snippets import; a module that is missing is simply not preloaded.
PRELOAD = (
    "numpy",
    "pandas",
    "scipy.stats",
    "scipy.optimize",
    "sklearn.datasets",
    "sklearn.linear_model",
    "sklearn.model_selection",
    "sklearn.metrics",
    "sklearn.ensemble",
    "sklearn.tree",
    "sklearn.preprocessing",
    "sklearn.pipeline",
    "sklearn.neighbors",
    "sklearn.cluster",
    "sklearn.decomposition",
    "matplotlib.pyplot",
)
SEED = 0


def preload(names) -> None:
    for name in names:
        try:
            importlib.import_module(name)
        except ImportError:
            pass


def run_child(snippet: str, cwd: str, output: str) -> int:
    """In the forked child: become the snippet's own process, run it, return its exit code."""
    os.setsid()
    os.chdir(cwd)
    out = os.open(output, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    os.dup2(out, 1)
    os.dup2(out, 2)
    os.close(out)
    stdin = os.open(os.devnull, os.O_RDONLY)
    os.dup2(stdin, 0)
    os.close(stdin)
    sys.argv = [snippet]
    sys.path[0] = os.path.dirname(snippet)  # as `python snippet.py` does
    random.seed(SEED)
    if "numpy" in sys.modules:
        sys.modules["numpy"].random.seed(SEED)
    try:
        runpy.run_path(snippet, run_name="__main__")
        return 0
    except SystemExit as exit_:
        if exit_.code is None or isinstance(exit_.code, int):
            return exit_.code or 0
        print(exit_.code, file=sys.stderr)
        return 1
    except BaseException as error:  # noqa: BLE001  (report anything the snippet raised)
        # Start the traceback at the snippet's own frames, not runpy's.
        tb = error.__traceback__
        while tb is not None and tb.tb_frame.f_code.co_filename != snippet:
            tb = tb.tb_next
        traceback.print_exception(type(error), error, tb)
        return 1


def reply(message: dict) -> None:
    sys.stdout.write(json.dumps(message) + "\n")
    sys.stdout.flush()


def serve() -> None:
    children: dict[int, int] = {}  # pid -> request id
    selector = selectors.DefaultSelector()
    selector.register(0, selectors.EVENT_READ)
    pending = b""
    open_ = True
    while open_ or children:
        while children:
            pid, status = os.waitpid(-1, os.WNOHANG)
            if pid == 0:
                break
            reply({"id": children.pop(pid), "status": os.waitstatus_to_exitcode(status)})
        if not open_:
            selector.select(timeout=0.02)
            continue
        for _ in selector.select(timeout=0.02):
            chunk = os.read(0, 65536)
            if not chunk:  # the build closed the pipe: finish the children, then stop
                open_ = False
                selector.unregister(0)
                break
            pending += chunk
            while b"\n" in pending:
                line, pending = pending.split(b"\n", 1)
                request = json.loads(line)
                sys.stdout.flush()
                pid = os.fork()
                if pid == 0:
                    code = 1
                    try:
                        code = run_child(request["snippet"], request["cwd"], request["output"])
                    finally:
                        sys.stdout.flush()
                        sys.stderr.flush()
                        os._exit(code)
                children[pid] = request["id"]
                reply({"id": request["id"], "pid": pid})


if __name__ == "__main__":
    # Arguments: the modules to preload (default PRELOAD); --no-preload for none.
    arguments = sys.argv[1:]
    preload(() if arguments == ["--no-preload"] else arguments or PRELOAD)
    reply({"ready": True})
    serve()
