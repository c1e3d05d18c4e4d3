"""Server test fixtures: a REAL `linju-server serve` process on loopback per module and
backend (SQLite always; PostgreSQL when LINJU_TEST_PG_URL is set), talked to with plain
`requests` - the real client is tested separately against the same server."""

from __future__ import annotations

import contextlib
import gzip
import json
import os
import secrets
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import requests
from linju_sync.protocol.bundle import PrivateKeys, PublicKeys
from linju_sync.protocol.hlc import HybridClock

try:  # tests/ is on the path under pytest; the benchmark scripts that import this lack it
    import server_cli
except ModuleNotFoundError:
    server_cli = None

PG_URL = os.environ.get("LINJU_TEST_PG_URL")
BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql)]


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "postgresql: needs LINJU_TEST_PG_URL")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class PgDatabase:
    """A throw-away database on the test PostgreSQL server."""

    def __init__(self, base_url: str) -> None:
        from sqlalchemy import create_engine, make_url, text

        self.name = f"linju_test_{secrets.token_hex(6)}"
        url = make_url(base_url)
        if url.drivername == "postgresql":
            url = url.set(drivername="postgresql+psycopg")
        self._admin = create_engine(url, isolation_level="AUTOCOMMIT")
        self._text = text
        with self._admin.connect() as c:
            c.execute(text(f'CREATE DATABASE "{self.name}"'))
        self.url = url.set(database=self.name).render_as_string(hide_password=False)

    def drop(self) -> None:
        with self._admin.connect() as c:
            c.execute(self._text(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)'))
        self._admin.dispose()


def database_url(backend: str, data_dir: Path) -> tuple[str, PgDatabase | None]:
    if backend == "sqlite":
        return f"sqlite:///{data_dir / 'server.sqlite3'}", None
    if not PG_URL:
        if os.environ.get("CI"):  # CI provides PostgreSQL (.ci/run): never a silent skip
            pytest.fail("CI=true but LINJU_TEST_PG_URL is not set: PostgreSQL cases must run")
        pytest.skip("LINJU_TEST_PG_URL is not set")
    pg = PgDatabase(PG_URL)
    return pg.url, pg


@dataclass
class ServerProc:
    data_dir: Path
    url: str
    base: str = ""
    proc: subprocess.Popen[bytes] | None = None

    def cli(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        argv = ["--data-dir", str(self.data_dir), "--database-url", self.url, *args]
        if server_cli and server_cli.runs_in_process(args):  # main() without a new interpreter
            res = server_cli.run(argv)
        else:
            cmd = [sys.executable, "-m", "linju_sync.server.cli"]
            res = subprocess.run([*cmd, *argv], capture_output=True, text=True, timeout=60)
        if check and res.returncode != 0:
            raise AssertionError(f"linju-server {args} failed: {res.stderr}")
        return res

    def last_line(self, *args: str) -> str:
        return self.cli(*args).stdout.strip().splitlines()[-1]

    def start(self, *serve_args: str) -> None:
        """`serve_args`: more options of `linju-server serve` (--workers, --max-in-flight)."""
        port = free_port()
        self.base = f"http://127.0.0.1:{port}"
        cmd = [sys.executable, "-m", "linju_sync.server.cli", "--data-dir", str(self.data_dir)]
        with open(self.data_dir / "server.log", "ab") as log:
            self.proc = subprocess.Popen(
                [*cmd, "--database-url", self.url, "serve", "--port", str(port), *serve_args],
                stdout=subprocess.DEVNULL,
                stderr=log,
            )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError((self.data_dir / "server.log").read_text())
            try:
                if requests.get(self.base + "/api/v1/status", timeout=1).status_code == 200:
                    return
            except requests.RequestException:
                time.sleep(0.1)
        raise RuntimeError("the server did not start")

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()

    def log(self) -> str:
        return (self.data_dir / "server.log").read_text(errors="replace")

    # -- helpers for tests ---------------------------------------------------------
    def add_station(self, name: str = "一号小区", community: str = "") -> str:
        args = ["add-station", name] + (["--community", community] if community else [])
        return self.last_line(*args)

    def enroll(self, station_id: str, node: str | None = None) -> Station:
        code = self.last_line("enroll", station_id)
        node = node or secrets.token_hex(8)
        keys = PrivateKeys.generate()  # the station's own: only the public halves are sent
        r = requests.post(
            self.base + "/api/v1/enroll",
            json={"code": code, "client_node": node, "public_keys": keys.public().as_json()},
            timeout=10,
        )
        assert r.status_code == 200, r.text
        body = r.json()
        district = PublicKeys.parse(body["district_keys"])
        return Station(self, body["station_id"], body["token"], keys, district, node)


@dataclass
class Station:
    """A station as a test client: its token, clock and download cursor."""

    server: ServerProc
    id: str
    token: str
    keys: PrivateKeys  # its bundle keys
    district: PublicKeys  # the district's, from the enrollment answer
    node: str
    cursor: int = 0
    clock: HybridClock = field(init=False)
    versions: dict[str, str] = field(default_factory=dict)  # row_id -> local updated_hlc

    def __post_init__(self) -> None:
        self.clock = HybridClock(self.node)

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}

    def op(
        self,
        table: str,
        changes: dict[str, Any],
        row_id: str | None = None,
        kind: str = "insert",
        prev: str | None = "auto",
        hlc: str | None = None,
    ) -> dict[str, Any]:
        row_id = row_id or str(uuid.uuid4())
        stamp = hlc or self.clock.tick()
        if prev == "auto":
            prev = self.versions.get(row_id)
        self.versions[row_id] = stamp
        if kind == "insert":
            changes = {"deleted": 0, **changes}
        return {
            "op_id": secrets.token_hex(16),
            "table": table,
            "row_id": row_id,
            "kind": kind,
            "hlc": stamp,
            "prev_hlc": None if kind == "insert" else prev,
            "changes": changes,
        }

    def body(self, ops: list[dict[str, Any]], **extra: Any) -> dict[str, Any]:
        return {
            "protocol": 1,
            "operations": ops,
            "upload_seq": len(ops),
            "download_cursor": self.cursor,
            "client_time": int(time.time() * 1000),
            "client_node": self.node,
            "want_checksums": True,
            **extra,
        }

    def post(self, body: Any, gz: bool = True) -> requests.Response:
        raw = json.dumps(body, ensure_ascii=False).encode()
        headers = {**self.headers, "Content-Type": "application/json"}
        if gz:
            raw = gzip.compress(raw)
            headers["Content-Encoding"] = "gzip"
        return requests.post(
            self.server.base + "/api/v1/sync", data=raw, headers=headers, timeout=60
        )

    def sync(self, ops: list[dict[str, Any]] | None = None, **extra: Any) -> dict[str, Any]:
        """One request; applies the feed to this client's view (cursor, clock)."""
        r = self.post(self.body(ops or [], **extra))
        assert r.status_code == 200, r.text
        resp = r.json()
        for f in resp.get("operations", []):  # the compact answer leaves out an empty feed
            self.clock.receive(f["hlc"])
            self.versions[f["row_id"]] = max(self.versions.get(f["row_id"], ""), f["hlc"])
        self.cursor = resp["next_cursor"]
        return resp


@contextlib.contextmanager
def running_server(
    data: Path, backend: str, env: dict[str, str] | None = None
) -> Iterator[ServerProc]:
    """A real server process (with `env` set for it) on a fresh database of `backend`;
    stopped, and its PostgreSQL database dropped, at the end."""
    url, pg = database_url(backend, data)
    proc = ServerProc(data, url)
    proc.cli("init")
    with pytest.MonkeyPatch.context() as mp:
        for name, value in (env or {}).items():
            mp.setenv(name, value)
        proc.start()
    try:
        yield proc
    finally:
        proc.stop()
        if pg is not None:
            pg.drop()


@pytest.fixture(scope="module", params=BACKENDS)
def server(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[ServerProc]:
    with running_server(tmp_path_factory.mktemp(f"server-{request.param}"), request.param) as proc:
        yield proc


@pytest.fixture
def station(server: ServerProc) -> Station:
    return server.enroll(server.add_station())
