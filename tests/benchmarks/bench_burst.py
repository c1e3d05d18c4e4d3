"""A district's Monday morning: N stations each upload a week of work at the same moment.

    python tests/benchmarks/bench_burst.py [--stations 526] [--ops 1000] [--photos 20]
        [--engine sqlite|postgresql|both] [--workers N]

Each station is a thread with the real client transport (linju_sync.client.transport:
gzip'd bodies, busy answers waited out with jitter as Retry-After says) against a real
`linju-server serve` process (--workers N) on loopback. A station sends what the sync
engine sends: its ~1,000 operations (member inserts, updates, expenses) in batches of at
most 500 operations / 256 KiB, compact answers; then blobs/missing and its photos (small
JPEG-sized files, one PATCH each). Bodies are built before the start so that the clients
cost the shared CPU as little as possible.

Prints for each engine: a baseline (one station alone, measured in the same run), then the
burst: throughput in ops/s and its ratio to the baseline, p50/p95/max time per HTTP request
(busy answers included), the 503/429 answers, requests that failed, and the server's peak
RSS (all its processes together, sampled every 100 ms). Then checks that every operation
and every photo landed exactly once. No timed assertions: the figures are for reading.
The machine has 2 cores shared with other work: the clients run on them too.
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import hashlib
import json
import os
import secrets
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psutil
import requests

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "sync"))
from conftest import PgDatabase, ServerProc
from linju_sync.client.transport import Transport
from linju_sync.protocol.bundle import PrivateKeys
from linju_sync.protocol.hlc import HybridClock
from linju_sync.protocol.messages import MAX_BATCH_BYTES, MAX_OPS_PER_BATCH
from linju_sync.server import auth
from linju_sync.server.db import Database
from sqlalchemy import text

JSON_GZ = {"Content-Type": "application/json", "Content-Encoding": "gzip"}


def week_of_work(node: str, n_ops: int) -> list[dict[str, Any]]:
    """A station's week: new members, visits noted on earlier ones, expenses."""
    clock = HybridClock(node)
    ops: list[dict[str, Any]] = []
    members: list[tuple[str, str]] = []
    for i in range(n_ops):
        op: dict[str, Any] = {"op_id": secrets.token_hex(16), "prev_hlc": None}
        if i % 5 == 4 and members:
            rid, prev = members[i % len(members)]
            hlc = clock.tick()
            op.update(table="members", row_id=rid, kind="update", hlc=hlc, prev_hlc=prev,
                      changes={"mobile": f"139{i:08d}", "notes": "已走访，身体健康"})  # fmt: skip
            members[i % len(members)] = (rid, hlc)
        elif i % 7 == 3:
            op.update(table="expenses", row_id=str(uuid.uuid4()), kind="insert", hlc=clock.tick(),
                      changes={"year": 2025, "date": "2025-03-08", "amount_fen": 12000 + i,
                               "payee": "社区超市", "purpose": "慰问困难党员",
                               "category": "visits", "approver": "王书记", "deleted": 0})  # fmt: skip
        else:
            rid, hlc = str(uuid.uuid4()), clock.tick()
            members.append((rid, hlc))
            op.update(table="members", row_id=rid, kind="insert", hlc=hlc,
                      changes={"name": "张建国", "gender": "男", "ethnicity": "汉族",
                               "birth_date": "1956-03-12", "id_number": f"1101051956031{i:05d}",
                               "mobile": "13800138000", "education": "高中",
                               "joined_date": "1978-07-01", "full_date": "1979-07-01",
                               "member_kind": "full", "person_kind": "retired", "building": "3",
                               "unit": "2", "room": "301", "deleted": 0})  # fmt: skip
        ops.append(op)
    return ops


def request_bodies(node: str, ops: list[dict[str, Any]]) -> list[bytes]:
    """The sync requests the engine would send: at most MAX_OPS_PER_BATCH operations and
    MAX_BATCH_BYTES of JSON each, compact answers, checksums asked on the last."""
    batches: list[list[dict[str, Any]]] = [[]]
    size = 0
    for op in ops:
        n = len(json.dumps(op, ensure_ascii=False).encode())
        if batches[-1] and (len(batches[-1]) >= MAX_OPS_PER_BATCH or size + n > MAX_BATCH_BYTES):
            batches.append([])
            size = 0
        batches[-1].append(op)
        size += n
    out = []
    for i, batch in enumerate(batches):
        body = {"protocol": 1, "operations": batch, "upload_seq": i + 1, "download_cursor": 0,
                "client_time": int(time.time() * 1000), "client_node": node,
                "want_checksums": i == len(batches) - 1, "compact": True}  # fmt: skip
        out.append(gzip.compress(json.dumps(body, ensure_ascii=False).encode(), 6))
    return out


def photo(kb: int) -> bytes:
    """JPEG-sized and JPEG-framed (the server never decodes photos): unique bytes."""
    jfif = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    return jfif + secrets.token_bytes(kb * 1024 - len(jfif) - 2) + b"\xff\xd9"


@dataclass
class StationLoad:
    token: str
    bodies: list[bytes]
    photos: list[bytes]
    ops: int
    times: list[tuple[int, float]] = field(default_factory=list)  # (status, seconds)
    error: str = ""
    busy_waits: int = 0
    took: float = 0.0  # from the start to its last photo


def prepare(db: Database, n: int, n_ops: int, n_photos: int, kb: int) -> list[StationLoad]:
    loads = []
    keys = PrivateKeys.generate().public()
    with db.write() as conn:
        for i in range(n):
            sid = auth.add_station(conn, f"站{i:03d}", f"社区{i % 30}")
            node = secrets.token_hex(8)
            _, token = auth.redeem(conn, auth.new_code(conn, sid), node, keys)
            ops = week_of_work(node, n_ops)
            photos = [photo(kb + (j % 5) * 8) for j in range(n_photos)]
            loads.append(StationLoad(token, request_bodies(node, ops), photos, len(ops)))
    return loads


def upload(base: str, load: StationLoad, go: threading.Barrier | None) -> None:
    session = requests.Session()

    def timed(resp: requests.Response, *args: Any, **kwargs: Any) -> requests.Response:
        load.times.append((resp.status_code, resp.elapsed.total_seconds()))
        return resp

    session.hooks["response"].append(timed)
    # the engine's budget is 15 minutes; on this shared machine the bench allows more,
    # and prints how long the slowest station took instead
    t = Transport(base, load.token, session, retries=2, budget=45 * 60)
    if go is not None:
        go.wait()
    started = time.perf_counter()
    try:
        for body in load.bodies:
            answer = t.request("POST", "/api/v1/sync", data=body, headers=JSON_GZ).json()
            if answer.get("results"):  # the compact answer lists only what was not "ok"
                raise RuntimeError(f"not all ok: {answer['results'][:1]}")
        hashes = {hashlib.sha256(p).hexdigest(): p for p in load.photos}
        missing = t.request(
            "POST",
            "/api/v1/blobs/missing",
            data=gzip.compress(json.dumps({"hashes": list(hashes)}).encode()),
            headers=JSON_GZ,
        ).json()["missing"]
        for sha in missing:
            data = hashes[sha]
            t.request("PATCH", f"/api/v1/blobs/{sha}", data=data, headers={
                "Content-Type": "application/offset+octet-stream", "Upload-Offset": "0",
                "Upload-Length": str(len(data))})  # fmt: skip
    except Exception as exc:  # a failed station is a figure to report
        load.error = f"{type(exc).__name__}: {exc}"[:200]
    finally:
        load.busy_waits = t.busy_waits
        load.took = time.perf_counter() - started
        session.close()


class RssPeak:
    """The server's memory: all its processes (uvicorn's workers too) summed, and the
    largest one, sampled every 100 ms; and the CPU seconds they used (each process's
    latest reading, so a worker's time counts even after it exits)."""

    def __init__(self, pid: int) -> None:
        self.root = psutil.Process(pid)
        self.total = 0
        self.single = 0
        self.cpu: dict[int, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                procs = [self.root, *self.root.children(recursive=True)]
                rss = [p.memory_info().rss for p in procs if p.is_running()]
                for p in procs:
                    t = p.cpu_times()
                    self.cpu[p.pid] = t.user + t.system
            except psutil.Error:
                rss = []
            if rss:
                self.total = max(self.total, sum(rss))
                self.single = max(self.single, max(rss))
            time.sleep(0.1)

    def cpu_seconds(self) -> float:
        """The server's CPU seconds so far (read now, not at the last sample)."""
        with contextlib.suppress(psutil.Error):
            for p in [self.root, *self.root.children(recursive=True)]:
                t = p.cpu_times()
                self.cpu[p.pid] = t.user + t.system
        return sum(self.cpu.values())

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()


def _own_cpu() -> float:
    t = os.times()
    return t.user + t.system


def py_spy(pid: int, label: str) -> subprocess.Popen[bytes] | None:
    """With LINJU_BENCH_PYSPY=path/to/py-spy: a flame graph of the server during the
    burst, /tmp/bench_burst_<engine>.svg (LINJU_BENCH_PYSPY_ARGS: more options)."""
    exe = os.environ.get("LINJU_BENCH_PYSPY")
    if not exe:
        return None
    out = f"/tmp/bench_burst_{label.lower()}.svg"
    extra = os.environ.get("LINJU_BENCH_PYSPY_ARGS", "").split()
    cmd = [exe, "record", "--pid", str(pid), "--subprocesses", "-o", out, *extra]
    return subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def pct(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))]


def run(label: str, url: str, data: Path, a: argparse.Namespace, workers: int) -> None:
    proc = ServerProc(data, url)
    proc.cli("init")
    db = Database(url)
    t0 = time.perf_counter()
    alone = prepare(db, 1, a.ops, a.photos, a.photo_kb)
    loads = prepare(db, a.stations, a.ops, a.photos, a.photo_kb)
    db.dispose()
    built = time.perf_counter() - t0
    serve = ["--workers", str(workers)]
    if a.in_flight:
        serve += ["--max-in-flight", str(a.in_flight)]
    if a.waiting:
        serve += ["--max-waiting", str(a.waiting)]
    proc.start(*serve)
    rss = RssPeak(proc.proc.pid)  # type: ignore[union-attr]
    spy = None
    try:
        t1 = time.perf_counter()
        upload(proc.base, alone[0], None)
        base_s = time.perf_counter() - t1
        base_rate = alone[0].ops / base_s
        go = threading.Barrier(len(loads) + 1)
        threads = [threading.Thread(target=upload, args=(proc.base, ld, go)) for ld in loads]
        for t in threads:
            t.start()
        spy = py_spy(proc.proc.pid, label)  # type: ignore[union-attr]
        cpu0, own0, load0 = rss.cpu_seconds(), _own_cpu(), os.getloadavg()
        go.wait()
        t2 = time.perf_counter()
        for t in threads:
            t.join()
        wall = time.perf_counter() - t2
        server_cpu, own_cpu = rss.cpu_seconds() - cpu0, _own_cpu() - own0
        load1 = os.getloadavg()
    finally:
        if spy is not None:
            spy.send_signal(signal.SIGINT)
            spy.wait(60)
        rss.stop()
        proc.stop()
    times = [s for ld in loads for _, s in ld.times]
    statuses = [c for ld in loads for c, _ in ld.times]
    ops = sum(ld.ops for ld in loads)
    failed = [ld.error for ld in loads if ld.error]
    bad = sum(1 for c in statuses if c >= 500 and c != 503)
    print(f"{label} ({workers} worker{'s' * (workers > 1)}; bodies built in {built:.0f} s)")
    print(f"  baseline, one station alone: {alone[0].ops} ops + {a.photos} photos in "
          f"{base_s:.2f} s = {base_rate:,.0f} ops/s")  # fmt: skip
    print(f"  burst: {len(loads)} stations, {ops:,} ops + {len(loads) * a.photos:,} photos in "
          f"{wall:.1f} s = {ops / wall:,.0f} ops/s ({ops / wall / base_rate:.2f}x the baseline)")  # fmt: skip
    print(f"  requests {len(times):,}: p50 {pct(times, 0.5):.2f} s, p95 {pct(times, 0.95):.2f} s,"
          f" max {max(times, default=0):.2f} s; 503 {statuses.count(503):,}, 429 "
          f"{statuses.count(429):,}, other 5xx {bad}; stations failed {len(failed)} "
          f"{failed[:2]}")  # fmt: skip
    print(f"  server peak RSS {rss.total / 2**20:.0f} MB (largest process "
          f"{rss.single / 2**20:.0f} MB); busy waits per station: median "
          f"{statistics.median([ld.busy_waits for ld in loads]):.0f}, max "
          f"{max(ld.busy_waits for ld in loads)}")  # fmt: skip
    print(f"  server CPU {server_cpu:.0f} s = {server_cpu / ops * 1e6:.0f} us/op, i.e. "
          f"{ops / server_cpu:,.0f} ops per server CPU second; the clients (this process) "
          f"{own_cpu:.0f} s; load average {load0[0]:.1f} before, {load1[0]:.1f} after")  # fmt: skip
    took = [ld.took for ld in loads]
    print(f"  a station's whole upload: median {statistics.median(took):.0f} s, "
          f"p95 {pct(took, 0.95):.0f} s, max {max(took):.0f} s")  # fmt: skip
    check = Database(url, migrate=False)
    with check.read() as conn:
        applied = conn.execute(text("SELECT count(*) FROM applied_ops")).scalar_one()
        photos = conn.execute(text("SELECT count(*) FROM blobs WHERE complete = 1")).scalar_one()
    check.dispose()
    want_ops, want_photos = ops + alone[0].ops, (len(loads) + 1) * a.photos
    print(f"  landed: {applied:,} of {want_ops:,} operations, {photos:,} of {want_photos:,} "
          f"photos{'' if (applied, photos) == (want_ops, want_photos) else '  <-- MISSING'}")  # fmt: skip


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--stations", type=int, default=20, help="526: a whole district")
    p.add_argument("--ops", type=int, default=1000)
    p.add_argument("--photos", type=int, default=20)
    p.add_argument("--photo-kb", type=int, default=40)
    p.add_argument("--engine", choices=["sqlite", "postgresql", "both"], default="both")
    p.add_argument("--workers", type=int, help="server processes (default 1 SQLite, 2 PG)")
    p.add_argument("--in-flight", type=int, help="--max-in-flight of the server")
    p.add_argument("--waiting", type=int, help="--max-waiting of the server")
    a = p.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        if a.engine in ("sqlite", "both"):
            d = Path(tmp) / "sqlite"
            d.mkdir()
            run("SQLite", f"sqlite:///{d / 'server.sqlite3'}", d, a, a.workers or 1)
        pg_url = os.environ.get("LINJU_TEST_PG_URL")
        if a.engine in ("postgresql", "both"):
            if not pg_url:
                print("PostgreSQL: skipped (LINJU_TEST_PG_URL is not set)")
                return
            pg = PgDatabase(pg_url)
            d = Path(tmp) / "pg"
            d.mkdir()
            try:
                run("PostgreSQL", pg.url, d, a, a.workers or 2)
            finally:
                pg.drop()


if __name__ == "__main__":
    main()
