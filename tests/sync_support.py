"""A real district server process on loopback for the client's tests, driven through the
`linju-server` command line exactly as a district administrator would (its administration
commands run their main() in the test process, tests/server_cli.py; `serve` is a process).

(The server's own tests/sync/conftest.py may offer the same; this keeps the client's tests
to the documented CLI contract so they do not depend on the server's internals.)
"""

from __future__ import annotations

import gzip
import json
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
import server_cli

from linju_desktop.services import sync as sync_service
from linju_desktop.store.database import Store


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def server_command() -> list[str]:
    exe = shutil.which("linju-server", path=str(Path(sys.executable).parent))
    exe = exe or shutil.which("linju-server")
    if exe is None:
        pytest.skip("the district server (linju-server) is not installed")
    return [exe]


class District:
    def __init__(
        self, data_dir: Path, database_url: str | None = None, serve_args: tuple[str, ...] = ()
    ) -> None:
        self.data_dir = data_dir
        self.serve_args = serve_args  # more options of `serve` (--max-in-flight ...)
        # None: the server's own SQLite file in data_dir; else e.g. a PostgreSQL database
        self.database_url = database_url
        self.cmd = server_command()
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc: subprocess.Popen[bytes] | None = None

    def cli(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        argv = ["--data-dir", str(self.data_dir), *self._db_args(), *args]
        if server_cli.runs_in_process(args):  # the same main(), without a new interpreter
            r = server_cli.run(argv)
        else:
            env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
            r = subprocess.run(
                [*self.cmd, *argv],
                capture_output=True,
                text=True,
                encoding="utf-8",
                env=env,
                timeout=120,
            )
        if check and r.returncode != 0:
            raise AssertionError(f"linju-server {args} failed: {r.stdout}\n{r.stderr}")
        return r

    def start(self) -> None:
        self.cli("init")
        self.proc = subprocess.Popen(
            [
                *self.cmd,
                "--data-dir",
                str(self.data_dir),
                *self._db_args(),
                "serve",
                "--host",
                "127.0.0.1",
                "--port",
                str(self.port),
                *self.serve_args,
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                requests.get(self.url + "/api/v1/status", timeout=1)
                return
            except requests.ConnectionError:
                if self.proc.poll() is not None:
                    raise AssertionError("linju-server serve exited") from None
                time.sleep(0.1)
        raise AssertionError("linju-server did not start")

    def _db_args(self) -> list[str]:
        return ["--database-url", self.database_url] if self.database_url else []

    @property
    def db_url(self) -> str:
        """The server database's URL, for tests that read or write it in process."""
        from linju_sync.server.db import default_url

        return self.database_url or default_url(self.data_dir)

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()

    @staticmethod
    def last_line(r: subprocess.CompletedProcess[str]) -> str:
        return r.stdout.strip().splitlines()[-1].strip()

    def add_station(self, name: str = "幸福里小区党支部") -> str:
        return self.last_line(self.cli("add-station", name))

    def enrollment_code(self, station_id: str) -> str:
        return self.last_line(self.cli("enroll", station_id))

    def export(self, station_id: str, out: Path) -> dict[str, Any]:
        self.cli("export", "--station", station_id, "--out", str(out))
        return json.loads(out.read_text(encoding="utf-8"))


@pytest.fixture
def district(tmp_path: Path) -> Iterator[District]:
    d = District(tmp_path / "district")
    d.start()
    yield d
    for session in _sessions:
        session.close()
    _sessions.clear()
    d.stop()


# The long suites (fault trials, convergence) on both engines: PostgreSQL under the `fault`
# mark, which .ci/run runs after the main suite (a test may parametrize it indirectly).
@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.fault)])
def district_on(request, tmp_path: Path) -> Iterator[District]:
    from tests.sync.conftest import database_url

    url, pg = database_url(request.param, tmp_path)
    d = District(tmp_path / "district", None if pg is None else url)
    d.start()
    try:
        yield d
    finally:
        for session in _sessions:
            session.close()
        _sessions.clear()
        d.stop()
        if pg is not None:
            pg.drop()


_sessions: list[requests.Session] = []


class Counter:
    """Counts HTTP requests and the operations they carried (a requests.Session hook)."""

    def __init__(self) -> None:
        self.session = requests.Session()
        _sessions.append(self.session)
        self.session.hooks["response"].append(self._hook)
        self.calls: list[tuple[str, str]] = []
        self.sent_op_ids: list[str] = []
        self.patch_bytes = 0
        self.fail_on: set[int] = set()  # request numbers (1-based) whose answer is lost

    def _hook(self, resp: requests.Response, *args: Any, **kwargs: Any) -> requests.Response:
        req = resp.request
        self.calls.append((req.method or "", req.path_url))
        if req.path_url.endswith("/api/v1/sync") and req.body:
            body = json.loads(gzip.decompress(req.body))  # type: ignore[arg-type]
            self.sent_op_ids.extend(op["op_id"] for op in body["operations"])
        if req.method == "PATCH":
            self.patch_bytes += len(req.body or b"")
        if len(self.calls) in self.fail_on:
            # the server did the work; the answer is lost on the way back
            resp.close()
            raise requests.ConnectionError("connection cut (test)")
        return resp

    def count(self, suffix: str = "") -> int:
        return sum(1 for _, p in self.calls if p.endswith(suffix)) if suffix else len(self.calls)

    def reset(self) -> None:
        self.calls.clear()
        self.sent_op_ids.clear()
        self.patch_bytes = 0
        self.fail_on.clear()


def enrolled_store(folder: Path, district: District, station_id: str | None = None) -> Store:
    store = Store(folder)
    sid = station_id or district.add_station()
    sync_service.enroll_station(store, district.url, district.enrollment_code(sid))
    return store


def comparable(export: dict[str, Any], tables: list[str] | None = None) -> dict[str, Any]:
    """{table: {id: row}} with only the synced columns, for comparing two exports."""
    from linju_desktop.store.schema import SYNCED_TABLES

    out: dict[str, Any] = {}
    for table, rows in export["tables"].items():
        if tables and table not in tables:
            continue
        cols = ["id", *SYNCED_TABLES.get(table, {})]
        out[table] = {r["id"]: {c: r.get(c) for c in cols if c in r} for r in rows}
    return out


class HeldRequest:
    """A sync request whose body is sent only in part: the server has admitted it and
    waits for the rest, so it holds one of the server's places until finish()."""

    def __init__(self, base_url: str, token: str, node: str = "0123456789abcdef") -> None:
        body = json.dumps(
            {"protocol": 1, "operations": [], "download_cursor": 0, "client_node": node}
        ).encode()
        host, port = base_url.removeprefix("http://").split(":")
        self.sock = socket.create_connection((host, int(port)), timeout=60)
        head = (
            f"POST /api/v1/sync HTTP/1.1\r\nHost: {host}\r\n"
            f"Authorization: Bearer {token}\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n"
        )
        self.sock.sendall(head.encode() + body[:5])
        self.rest = body[5:]

    def finish(self) -> int:
        """Send the rest of the body; the answer's HTTP status."""
        self.sock.sendall(self.rest)
        answer = b""
        while b"\r\n" not in answer:
            chunk = self.sock.recv(4096)
            if not chunk:
                break
            answer += chunk
        self.sock.close()
        return int(answer.split(b" ", 2)[1])
