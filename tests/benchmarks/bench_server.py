"""Server ingest benchmark: a real `linju-server serve` process, 50 stations syncing at once.

    python tests/benchmarks/bench_server.py [--stations 50] [--batches 4] [--ops 500]

Each station thread posts gzip'd batches of realistic operations (member inserts with a
dozen fields, then updates and expenses) with plain requests. Prints operations/s and the
server's peak RSS (psutil, sampled every 50 ms) for SQLite and, when LINJU_TEST_PG_URL is
set, PostgreSQL. Targets: >= 5,000 ops/s on SQLite, < 300 MB.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import secrets
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

import psutil
import requests

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "sync"))
from conftest import PgDatabase, ServerProc
from linju_sync.protocol.hlc import HybridClock
from linju_sync.server import auth
from linju_sync.server.db import Database


def batches(node: str, n_batches: int, n_ops: int) -> list[bytes]:
    clock = HybridClock(node)
    out: list[bytes] = []
    members: list[tuple[str, str]] = []
    for b in range(n_batches):
        ops = []
        for i in range(n_ops):
            if b and i % 5 == 0 and members:  # a fifth are updates of earlier members
                rid, prev = members[i % len(members)]
                hlc = clock.tick()
                ops.append(
                    {
                        "op_id": secrets.token_hex(16),
                        "table": "members",
                        "row_id": rid,
                        "kind": "update",
                        "hlc": hlc,
                        "prev_hlc": prev,
                        "changes": {"mobile": f"139{i:08d}", "notes": "已走访"},
                    }
                )
                members[i % len(members)] = (rid, hlc)
            elif i % 7 == 0:
                ops.append(
                    {
                        "op_id": secrets.token_hex(16),
                        "table": "expenses",
                        "row_id": str(uuid.uuid4()),
                        "kind": "insert",
                        "hlc": clock.tick(),
                        "prev_hlc": None,
                        "changes": {
                            "year": 2025,
                            "date": "2025-03-08",
                            "amount_fen": 12000 + i,
                            "payee": "社区超市",
                            "purpose": "慰问困难党员",
                            "category": "visits",
                            "approver": "王书记",
                            "deleted": 0,
                        },
                    }
                )
            else:
                rid, hlc = str(uuid.uuid4()), clock.tick()
                members.append((rid, hlc))
                ops.append(
                    {
                        "op_id": secrets.token_hex(16),
                        "table": "members",
                        "row_id": rid,
                        "kind": "insert",
                        "hlc": hlc,
                        "prev_hlc": None,
                        "changes": {
                            "name": "张建国",
                            "gender": "男",
                            "ethnicity": "汉族",
                            "birth_date": "1956-03-12",
                            "id_number": f"11010519560312{i:04d}"[:18],
                            "mobile": "13800138000",
                            "education": "高中",
                            "joined_date": "1978-07-01",
                            "full_date": "1979-07-01",
                            "member_kind": "full",
                            "person_kind": "retired",
                            "building": "3",
                            "unit": "2",
                            "room": "301",
                            "deleted": 0,
                        },
                    }
                )
        body = {
            "protocol": 1,
            "operations": ops,
            "upload_seq": (b + 1) * n_ops,
            "download_cursor": 0,
            "client_time": int(time.time() * 1000),
            "client_node": node,
            "want_checksums": b == n_batches - 1,
        }
        out.append(gzip.compress(json.dumps(body, ensure_ascii=False).encode(), 6))
    return out


def run(label: str, url: str, data: Path, stations: int, n_batches: int, n_ops: int) -> None:
    proc = ServerProc(data, url)
    proc.cli("init")
    db = Database(url)
    codes = []
    with db.write() as c:
        for i in range(stations):
            codes.append(auth.new_code(c, auth.add_station(c, f"站{i}", "bench")))
    db.dispose()
    proc.start()
    ps = psutil.Process(proc.proc.pid)  # type: ignore[union-attr]
    peak = [0]
    stop = threading.Event()

    def sample() -> None:
        while not stop.is_set():
            try:
                peak[0] = max(peak[0], ps.memory_info().rss)
            except psutil.Error:
                return
            time.sleep(0.05)

    try:
        clients = []
        for code in codes:
            node = secrets.token_hex(8)
            r = requests.post(
                proc.base + "/api/v1/enroll", json={"code": code, "client_node": node}, timeout=30
            )
            clients.append((r.json()["token"], batches(node, n_batches, n_ops)))
        threading.Thread(target=sample, daemon=True).start()
        errors: list[str] = []
        go = threading.Barrier(len(clients) + 1)

        def station(token: str, bodies: list[bytes]) -> None:
            s = requests.Session()
            h = {
                "Authorization": f"Bearer {token}",
                "Content-Type": "application/json",
                "Content-Encoding": "gzip",
                "Accept-Encoding": "gzip",
            }
            go.wait()
            for body in bodies:
                r = s.post(proc.base + "/api/v1/sync", data=body, headers=h, timeout=300)
                if r.status_code != 200:
                    errors.append(f"{r.status_code} {r.text[:200]}")
                elif any(x["status"] != "ok" for x in r.json()["results"]):
                    errors.append("not all ok")
            s.close()

        threads = [threading.Thread(target=station, args=c) for c in clients]
        for t in threads:
            t.start()
        go.wait()
        t0 = time.perf_counter()
        for t in threads:
            t.join()
        elapsed = time.perf_counter() - t0
        total = stations * n_batches * n_ops
        print(
            f"{label}: {total} operations from {stations} stations in {elapsed:.2f} s = "
            f"{total / elapsed:,.0f} ops/s; server peak RSS {peak[0] / 2**20:.0f} MB; "
            f"errors {len(errors)} {errors[:2]}"
        )
    finally:
        stop.set()
        proc.stop()


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--stations", type=int, default=50)
    p.add_argument("--batches", type=int, default=4)
    p.add_argument("--ops", type=int, default=500)
    a = p.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp) / "sqlite"
        d.mkdir()
        run("SQLite", f"sqlite:///{d / 'server.sqlite3'}", d, a.stations, a.batches, a.ops)
        pg_url = os.environ.get("LINJU_TEST_PG_URL")
        if pg_url:
            pg = PgDatabase(pg_url)
            d = Path(tmp) / "pg"
            d.mkdir()
            try:
                run("PostgreSQL", pg.url, d, a.stations, a.batches, a.ops)
            finally:
                pg.drop()


if __name__ == "__main__":
    main()
