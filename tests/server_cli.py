"""`linju-server`'s administration commands run in the test process.

A command run as a subprocess pays for a new interpreter and the server's imports (about
0.8 s of CPU), and the sync tests run hundreds of them (add-station and enroll for every
station). The same `main()` runs here instead, with its output captured and its exit
status kept, so a test sees what a script would: stdout, stderr and the return code
(argparse's usage errors exit 2). `serve` and `simulate-district` always run as real
processes (ServerProc.start, District.start, test_simulate_district).
"""

from __future__ import annotations

import contextlib
import io
import subprocess
import threading
import traceback
from collections.abc import Sequence
from typing import Any

# Always in a process of their own: the server itself and the load generator.
OWN_PROCESS = {"serve", "simulate-district"}
_lock = threading.Lock()  # stdout and the patched opener are process-wide


def runs_in_process(argv: Sequence[str]) -> bool:
    return not OWN_PROCESS.intersection(argv)


def run(argv: Sequence[str]) -> subprocess.CompletedProcess[str]:
    """`linju-server *argv` in process, as a CompletedProcess (the caller checks it)."""
    # imported here: the client's tests skip, not fail, where the server is not installed
    from linju_sync.server import cli as server_cli

    opened: list[Any] = []
    real_open = server_cli._open

    def tracked_open(args: Any) -> Any:
        server = real_open(args)
        opened.append(server)
        return server

    out, err = io.StringIO(), io.StringIO()
    with _lock:
        server_cli._open = tracked_open  # the CLI opens its database through _open
        try:
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                try:
                    code = server_cli.main(list(argv))
                except SystemExit as exc:  # argparse: --help, usage errors
                    code = exc.code if isinstance(exc.code, int) else 1
                except Exception:  # what a process would print before exiting 1
                    traceback.print_exc()
                    code = 1
        finally:
            server_cli._open = real_open
            for server in opened:  # a process would close its connections on exit
                server.db.dispose()
    return subprocess.CompletedProcess(
        ["linju-server", *argv], code, out.getvalue(), err.getvalue()
    )
