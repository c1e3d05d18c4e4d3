"""How fast the station applies incoming operations (target: 10,000 in < 0.5 s).

    python tests/benchmarks/bench_sync_client.py [N] [REPEATS]

Applies N feed operations (inserts of new members and requests, then updates and
tombstones of existing rows, as a district feed would carry) in the feed's pages of
MAX_DOWNLOAD_OPS through the real commit path: SqliteStationStore.commit_step -> one
transaction, echo suppression, clock merge, cursor advance. Three ways, interleaved:
a transaction per page (the baseline), the pages as the engine hands them over
(linju_sync.client.station.FeedHandoff, several pages a transaction) and all in one
transaction. Prints medians of wall and CPU time and their ratios to the baseline; the
assertions are on echo and the cursor, not time.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

from linju_sync.client.station import FeedHandoff
from linju_sync.protocol.messages import MAX_DOWNLOAD_OPS, FeedOperation

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


def _store(tmp: str) -> tuple[Store, list[str]]:
    store = Store(Path(tmp) / "data")
    with store.transaction():
        existing = store.insert_many(
            "members", [{"name": f"本地{i}", "status": "active"} for i in range(2000)]
        )
    return store, existing


def _pages(ops: list[FeedOperation]) -> list[list[FeedOperation]]:
    # as the server sends them: MAX_DOWNLOAD_OPS per answer
    return [ops[i : i + MAX_DOWNLOAD_OPS] for i in range(0, len(ops), MAX_DOWNLOAD_OPS)]


def run(n: int, how: str) -> tuple[float, float]:
    """Apply n feed operations; how = "page" (a transaction per answer, as before
    FeedHandoff), "handoff" (the answers as the engine hands them over) or "one" (one
    transaction). Returns (wall s, CPU s)."""
    with tempfile.TemporaryDirectory() as tmp:
        store, existing = _store(tmp)
        with store:
            station = SqliteStationStore(store)
            log_before = peek_scalar(store, "SELECT max(seq) FROM change_log")
            pages = _pages(feed(n, existing))
            handoff = FeedHandoff(station)
            wall, cpu = time.perf_counter(), time.process_time()
            if how == "one":
                ops = [op for page in pages for op in page]
                station.commit_step(sent=[], upload_seq=0, results=[], feed=ops, next_cursor=n)
            for i, page in enumerate(pages if how != "one" else []):
                step = dict(sent=[], upload_seq=0, results=[], feed=page)
                if how == "page":
                    station.commit_step(**step, next_cursor=page[-1].seq)
                else:
                    more = i < len(pages) - 1
                    handoff.step(**step, next_cursor=page[-1].seq, more=more)
            wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
            assert peek_scalar(store, "SELECT max(seq) FROM change_log") == log_before, "echo"
            assert station.cursors().download_cursor == n
    return wall, cpu


def main(n: int = 10_000, repeats: int = 5) -> float:
    figures: dict[str, list[tuple[float, float]]] = {"page": [], "handoff": [], "one": []}
    for _ in range(repeats):  # interleaved: the machine's load falls on all three alike
        for how, runs in figures.items():
            runs.append(run(n, how))
    wall = {h: statistics.median(w for w, _ in r) for h, r in figures.items()}
    cpu = {h: statistics.median(c for _, c in r) for h, r in figures.items()}
    for how, label in (
        ("page", "a transaction per answer (baseline)"),
        ("handoff", "as the engine hands them over"),
        ("one", "in one transaction"),
    ):
        print(
            f"apply {n} incoming operations, {label}: median {wall[how]:.3f} s wall, "
            f"{cpu[how]:.3f} s CPU ({wall[how] / wall['page']:.2f}x wall, "
            f"{cpu[how] / cpu['page']:.2f}x CPU of the baseline)"
        )
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return wall["handoff"]


if __name__ == "__main__":
    main(
        int(sys.argv[1]) if len(sys.argv) > 1 else 10_000,
        int(sys.argv[2]) if len(sys.argv) > 2 else 5,
    )
