"""How fast the station applies incoming operations (target: 10,000 in < 1 s).

    python tests/benchmarks/bench_sync_client.py [N]

Applies N feed operations (inserts of new members and requests, then updates and
tombstones of existing rows, as a district feed would carry) through the real
commit path: SqliteStationStore.commit_step -> one transaction, echo suppression,
clock merge, cursor advance. Prints the figure; the assertion is on echo, not time.
"""

from __future__ import annotations

import sys
import tempfile
import time
import uuid
from pathlib import Path

from linju_sync.protocol.messages import FeedOperation

from linju_desktop.services.sync_store import SqliteStationStore
from linju_desktop.store.database import Store

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/helpers.py

from helpers import peek_scalar

REMOTE_NODE = "ffffeeeeddddcccc"


# Stamps of now: the station applies nothing stamped far ahead of its own clock.
BASE_MS = time.time_ns() // 1_000_000


def stamp(i: int) -> str:
    return f"{BASE_MS + i:013d}-0000-{REMOTE_NODE}"


def feed(n: int, existing: list[str]) -> list[FeedOperation]:
    ops: list[FeedOperation] = []
    for i in range(n):
        seq = i + 1
        if i % 4 == 3 and existing:  # a quarter are updates/tombstones of existing rows
            row = existing[i % len(existing)]
            kind = "tombstone" if i % 40 == 3 else "update"
            changes = {"deleted": 1} if kind == "tombstone" else {"notes": f"区里备注 {i}"}
            ops.append(
                FeedOperation(seq, uuid.uuid4().hex, "members", row, kind, stamp(i), changes)
            )
        elif i % 2:
            ops.append(
                FeedOperation(
                    seq,
                    uuid.uuid4().hex,
                    "requests",
                    str(uuid.uuid4()),
                    "insert",
                    stamp(i),
                    {
                        "number": f"D{i:07d}",
                        "resident": "王大妈",
                        "category": "环境卫生",
                        "description": "楼道堆放杂物，影响通行",
                        "source": "12345热线",
                        "state": "dispatched",
                        "department": "街道城管科",
                        "deleted": 0,
                    },
                )
            )
        else:
            ops.append(
                FeedOperation(
                    seq,
                    uuid.uuid4().hex,
                    "members",
                    str(uuid.uuid4()),
                    "insert",
                    stamp(i),
                    {
                        "name": f"党员{i}",
                        "gender": "女",
                        "status": "active",
                        "building": "3",
                        "member_kind": "full",
                        "notes": "",
                        "deleted": 0,
                    },
                )
            )
    return ops


def main(n: int = 10_000) -> float:
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "data") as store:
        with store.transaction():
            existing = store.insert_many(
                "members", [{"name": f"本地{i}", "status": "active"} for i in range(2000)]
            )
        station = SqliteStationStore(store)
        log_before = peek_scalar(store, "SELECT max(seq) FROM change_log")
        ops = feed(n, existing)
        start = time.perf_counter()
        for i in range(0, n, 500):  # as the server sends them: MAX_DOWNLOAD_OPS per answer
            part = ops[i : i + 500]
            station.commit_step(
                sent=[], upload_seq=log_before, results=[], feed=part, next_cursor=part[-1].seq
            )
        per_batch = time.perf_counter() - start
        assert peek_scalar(store, "SELECT max(seq) FROM change_log") == log_before, "feed echoed"
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "data") as store:
        with store.transaction():
            existing = store.insert_many(
                "members", [{"name": f"本地{i}", "status": "active"} for i in range(2000)]
            )
        station = SqliteStationStore(store)
        ops = feed(n, existing)
        start = time.perf_counter()
        station.commit_step(sent=[], upload_seq=0, results=[], feed=ops, next_cursor=n)
        one = time.perf_counter() - start
    print(
        f"apply {n} incoming operations: {per_batch:.3f} s in batches of 500 "
        f"({n / per_batch:,.0f} ops/s), {one:.3f} s in one transaction"
    )
    return per_batch


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)
