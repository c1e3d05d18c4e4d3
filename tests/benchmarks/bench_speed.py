"""Roster import and incoming operations, each against a bare baseline in the same run.

    python tests/benchmarks/bench_speed.py [--runs N] [--rows 5000] [--ops 10000]

(a) importing a roster of --rows members (the bench_core roster) from CSV and from xlsx
    into a fresh station, through services.roster_import (checks, holders, change log,
    search index, counters). Baseline: the same file read by the bare library (csv /
    openpyxl read-only iter_rows(values_only=True)) and its cells written with one
    executemany into a table without triggers. Targets: < 2 s CSV, < 2.5 s xlsx.
(b) applying --ops incoming operations in batches of 500 through the real commit path
    (the engine's hand-over, linju_sync.client.station.FeedHandoff: several pages a
    transaction, then SqliteStationStore.commit_step: checks, echo suppression, clock,
    cursors, counters, checksums, search index) to a station holding 2,000 members; the
    same with a transaction per page is printed below it. Baseline: the same rows
    written by one executemany per batch (inserts, then updates) into the same tables
    with every trigger dropped. Target: < 0.5 s.

Each figure is the median of --runs runs; wall and CPU seconds of this process are both
printed, as other work on a shared machine slows the wall clock, and the load average is
printed with them. No timed assertions: the figures are for reading.
"""

from __future__ import annotations

import argparse
import csv
import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/helpers.py

from bench_core import TODAY, roster_rows
from bench_sync_client import feed
from helpers import peek_conn, peek_scalar
from linju_sync.client.station import FeedHandoff

from linju_desktop.services.roster_import import import_members
from linju_desktop.services.sync_store import SqliteStationStore
from linju_desktop.services.tabular import write_table
from linju_desktop.store.database import Store

Timing = tuple[float, float]  # wall, cpu seconds


def timed(fn: Callable[[], object]) -> Timing:
    wall, cpu = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - wall, time.process_time() - cpu


def median(timings: list[Timing]) -> Timing:
    return statistics.median(t[0] for t in timings), statistics.median(t[1] for t in timings)


def line(label: str, value: Timing, base: Timing, target: str) -> None:
    print(
        f"  {label:<34} {value[0]:6.3f} s wall ({value[1]:6.3f} s cpu)   baseline "
        f"{base[0]:6.3f} s ({base[1]:6.3f} s cpu)   ratio {value[0] / base[0]:5.1f} "
        f"(cpu {value[1] / base[1]:5.1f})   {target}"
    )


def load() -> str:
    return "load average " + " ".join(f"{x:.2f}" for x in os.getloadavg())


# -- (a) roster import ------------------------------------------------------------------------
def bare_read(path: Path) -> list[list[object]]:
    if path.suffix == ".csv":
        with path.open(encoding="utf-8-sig", newline="") as fh:
            return list(csv.reader(fh))[1:]
    import openpyxl

    wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        return [list(r) for r in wb.active.iter_rows(min_row=2, values_only=True)]
    finally:
        wb.close()


def bare_import(path: Path, folder: Path) -> None:
    rows = bare_read(path)
    conn = sqlite3.connect(folder / "bare.sqlite3", isolation_level=None)
    width = len(rows[0])
    conn.execute(f"CREATE TABLE r ({', '.join(f'c{i}' for i in range(width))})")
    conn.execute("BEGIN")
    conn.executemany(f"INSERT INTO r VALUES ({', '.join('?' * width)})", rows)
    conn.execute("COMMIT")
    conn.close()


def bench_import(root: Path, n: int, runs: int) -> None:
    header, rows = roster_rows(n)
    print(f"(a) import a {n:,}-row roster into a fresh station, median of {runs}; {load()}")
    for suffix, target in ((".csv", "< 2 s"), (".xlsx", "< 2.5 s")):
        path = root / f"roster{suffix}"
        write_table(path, header, rows)
        real, bare = [], []
        for i in range(runs + 1):  # the first run warms imports and caches, not counted
            folder = root / f"import{i}"
            folder.mkdir()
            store = Store(folder / "station")
            try:
                t = timed(lambda s=store, p=path: _check(import_members(s, p, TODAY), n))
            finally:
                store.close()
            b = timed(lambda f=folder, p=path: bare_import(p, f))
            shutil.rmtree(folder)
            if i:
                real.append(t)
                bare.append(b)
        line(f"import {suffix}", median(real), median(bare), f"target {target}")


def _check(report: object, n: int) -> None:
    assert getattr(report, "added", None) == n, report


# -- (b) incoming operations ------------------------------------------------------------------
def _station(folder: Path) -> tuple[Store, list[str]]:
    store = Store(folder)
    with store.transaction():
        existing = store.insert_many(
            "members", [{"name": f"本地{i}", "status": "active"} for i in range(2000)]
        )
    return store, existing


def apply_real(folder: Path, n: int, *, per_page: bool = False) -> Timing:
    """The pages as the engine hands them over (FeedHandoff: several a transaction), or
    with per_page one commit_step per page (the way before FeedHandoff)."""
    store, existing = _station(folder)
    try:
        station = SqliteStationStore(store)
        acked = peek_scalar(store, "SELECT max(seq) FROM change_log")
        ops = feed(n, existing)
        handoff = FeedHandoff(station)

        def work() -> None:
            for i in range(0, n, 500):  # as the server sends them: MAX_DOWNLOAD_OPS an answer
                part = ops[i : i + 500]
                step = dict(sent=[], upload_seq=acked, results=[], feed=part)
                if per_page:
                    station.commit_step(**step, next_cursor=part[-1].seq)
                else:
                    handoff.step(**step, next_cursor=part[-1].seq, more=i + 500 < n)

        t = timed(work)
        assert peek_scalar(store, "SELECT max(seq) FROM change_log") == acked, "feed echoed"
        assert station.cursors().download_cursor == n
        return t
    finally:
        store.close()


def apply_bare(folder: Path, n: int) -> Timing:
    store, existing = _station(folder)
    conn = peek_conn(store)
    try:
        for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' "
            "AND tbl_name IN ('members', 'requests')"
        ).fetchall():
            conn.execute(f"DROP TRIGGER {name}")
        ops = feed(n, existing)

        def work() -> None:
            for i in range(0, n, 500):
                inserts: dict[tuple[str, tuple[str, ...]], list[tuple[object, ...]]] = {}
                updates: dict[tuple[str, tuple[str, ...]], list[tuple[object, ...]]] = {}
                for op in ops[i : i + 500]:
                    cols = tuple(op.changes)
                    values = tuple(op.changes.values())
                    if op.kind == "insert":
                        key = (op.table, ("id", "created_hlc", "updated_hlc", *cols))
                        inserts.setdefault(key, []).append((op.row_id, op.hlc, op.hlc, *values))
                    else:
                        key = (op.table, (*cols, "updated_hlc"))
                        updates.setdefault(key, []).append((*values, op.hlc, op.row_id))
                conn.execute("BEGIN IMMEDIATE")
                for (table, cols), rows in inserts.items():
                    marks = ", ".join("?" * len(cols))
                    conn.executemany(
                        f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({marks})", rows
                    )
                for (table, cols), rows in updates.items():
                    sets = ", ".join(f"{c} = ?" for c in cols)
                    conn.executemany(f"UPDATE {table} SET {sets} WHERE id = ?", rows)
                conn.execute("COMMIT")

        return timed(work)
    finally:
        store.close()


def bench_apply(root: Path, n: int, runs: int) -> None:
    print(f"(b) apply {n:,} incoming operations in batches of 500, median of {runs}; {load()}")
    real, page, bare = [], [], []
    for i in range(runs + 1):
        t = apply_real(root / f"real{i}", n)
        pp = apply_real(root / f"page{i}", n, per_page=True)
        b = apply_bare(root / f"bare{i}", n)
        for name in ("real", "page", "bare"):
            shutil.rmtree(root / f"{name}{i}")
        if i:
            real.append(t)
            page.append(pp)
            bare.append(b)
    line(f"apply {n:,} operations", median(real), median(bare), "target < 0.5 s")
    line("  a transaction per page", median(page), median(bare), "(before FeedHandoff)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--rows", type=int, default=5000)
    ap.add_argument("--ops", type=int, default=10_000)
    ap.add_argument("--only", choices=("import", "apply"))
    args = ap.parse_args()
    root = Path(tempfile.mkdtemp(prefix="linju-bench-speed-"))
    try:
        if args.only != "apply":
            bench_import(root, args.rows, args.runs)
        if args.only != "import":
            bench_apply(root, args.ops, args.runs)
        print(f"done; {load()}")
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
