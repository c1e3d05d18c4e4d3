"""Core benchmarks on the ten-year station (not collected by pytest: bench_*.py).

    python tests/benchmarks/bench_core.py [--quick] [--json out.json] [--keep DIR]

Figures, with the issue's targets:
- `linju demo` for the station: wall time (< 60 s) and peak RSS (< 500 MB),
  measured on a subprocess (getrusage RUSAGE_CHILDREN);
- change capture overhead: the same bulk writes on a store with capture and
  on one whose capture triggers were dropped (<= 1.5x), medians of
  interleaved runs;
- opening the database with its checks, Store(data_dir) (< 150 ms), against a
  bare sqlite3.connect + SELECT 1;
- list pages of 100 rows, filtered and sorted, deep offsets (< 20 ms);
- search: search_all and a ListQuery search on requests (< 30 ms);
- importing a 5,000-row roster from CSV and xlsx (< 2 s).
--quick uses a small station and fewer repetitions (a smoke run).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import random
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from linju_desktop.domain import members as mrules
from linju_desktop.domain.identity import check_char
from linju_desktop.services import demo
from linju_desktop.services.roster_import import import_members
from linju_desktop.services.tabular import write_table
from linju_desktop.store import changelog, queries
from linju_desktop.store.database import Store
from linju_desktop.store.queries import ListQuery
from linju_desktop.store.schema import SYNCED_TABLES

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/helpers.py

from helpers import peek_scalar

TODAY = dt.date(2025, 6, 15)  # fixed: the same station on every run


@dataclass
class Figure:
    name: str
    value: float
    unit: str
    target: str
    ok: bool | None  # None: informational, no target
    detail: str = ""


FIGURES: list[Figure] = []


def record(
    name: str,
    value: float,
    unit: str,
    limit: float | None,
    detail: str = "",
    *,
    at_most: bool = False,
) -> None:
    ok = None if limit is None else (value <= limit if at_most else value < limit)
    target = "" if limit is None else f"{'<=' if at_most else '<'} {limit:g} {unit}"
    FIGURES.append(Figure(name, round(value, 3), unit, target, ok, detail))
    mark = {True: "pass", False: "FAIL", None: "-"}[ok]
    print(f"  {_pad(name, 52)} {value:>10.3f} {unit:<4} {target:<14} {mark} {detail}", flush=True)


def _pad(text: str, width: int) -> str:
    # Chinese characters take two columns in a terminal.
    shown = sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)
    return text + " " * max(0, width - shown)


def median_time(fn: Callable[[], Any], runs: int, warmup: int = 1) -> float:
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def machine() -> dict[str, Any]:
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        model = platform.processor()
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return {
        "nproc": cpus,
        "cpu": model,
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "platform": platform.platform(),
    }


# -- 1. `linju demo` in a subprocess ----------------------------------------------------
def bench_demo(folder: Path, years: int, members: int) -> None:
    code = "import sys; from linju_desktop.cli import main; sys.exit(main(sys.argv[1:]))"
    cmd = [
        sys.executable,
        "-c",
        code,
        "--data-dir",
        str(folder),
        "demo",
        "--ten-year",
        "--years",
        str(years),
        "--members",
        str(members),
        "--seed",
        "1",
    ]
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t = time.perf_counter()
    done = subprocess.run(
        cmd, capture_output=True, text=True, env={**os.environ, "LINJU_LANG": "en"}
    )
    wall = time.perf_counter() - t
    if done.returncode:
        raise SystemExit(f"linju demo failed:\n{done.stdout}\n{done.stderr}")
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    size = (folder / "linju.sqlite3").stat().st_size / 1e6
    record("linju demo: wall time", wall, "s", 60, f"({years} y, {members} members)")
    note = "" if peak_kb > before else "(an earlier child was bigger)"
    record("linju demo: peak RSS", peak_kb / 1024, "MB", 500, f"db file {size:.0f} MB {note}")


# -- 2. change capture overhead --------------------------------------------------------------
def _uuid(r: random.Random) -> str:
    import uuid

    return str(uuid.UUID(int=r.getrandbits(128), version=4))


def write_workload(scale: int) -> tuple[dict[str, list[dict]], list[tuple[str, dict]]]:
    """Fixed rows to insert (by table) and updates to make afterwards."""
    r = random.Random(5)
    reqs = [
        {
            "id": _uuid(r),
            "number": f"2024-{i:05d}",
            "resident": "张桂英",
            "building": "3号楼",
            "category": "parking",
            "description": f"3号楼楼下消防通道被占用 {i}",
            "source": "call",
            "state": "registered",
            "registered_at": "2024-03-01T02:00:00Z",
            "due_at": "2024-03-08T02:00:00Z",
        }
        for i in range(2 * scale)
    ]
    events = [
        {
            "id": _uuid(r),
            "request_id": reqs[i % len(reqs)]["id"],
            "action": "assess",
            "from_state": "registered",
            "to_state": "assessed",
            "actor": "王建国",
            "at": "2024-03-01T03:00:00Z",
            "details": '{"handling": "member"}',
        }
        for i in range(10 * scale)
    ]
    attendance = [
        {"id": _uuid(r), "meeting_id": _uuid(r), "member_id": _uuid(r), "status": "present"}
        for _ in range(2 * scale)
    ]
    expenses = [
        {
            "id": _uuid(r),
            "year": 2024,
            "date": "2024-05-01",
            "amount_fen": 1200 + i,
            "payee": "社区打印店",
            "purpose": "宣传栏海报打印",
            "category": "materials",
        }
        for i in range(scale)
    ]
    updates = [
        (q["id"], {"state": "assessed", "handling": "member", "assignee_id": _uuid(r)})
        for q in reqs[: scale // 2]
    ]
    return {
        "requests": reqs,
        "request_events": events,
        "attendance": attendance,
        "expenses": expenses,
    }, updates


def _fresh_store(root: Path, capture: bool) -> Store:
    folder = Path(tempfile.mkdtemp(dir=root))
    store = Store(folder)
    if not capture:
        for table in SYNCED_TABLES:
            changelog.drop(store, table)
    return store


def _discard(store: Store) -> None:
    folder = store.data_dir
    store.close()
    shutil.rmtree(folder, ignore_errors=True)


def bench_capture(root: Path, scale: int, runs: int, demo_years: int, demo_members: int) -> None:
    inserts, updates = write_workload(scale)
    n_rows = sum(len(v) for v in inserts.values())

    def workload(store: Store) -> float:
        t = time.perf_counter()
        with store.transaction():
            for table, rows in inserts.items():
                store.insert_many(table, rows)
            for row_id, values in updates:
                store.update("requests", row_id, values)
        return time.perf_counter() - t

    def demo_run(store: Store) -> float:
        t = time.perf_counter()
        demo.generate(store, years=demo_years, members=demo_members, seed=3, today=TODAY)
        return time.perf_counter() - t

    for label, fn in (
        (f"writes: {n_rows:,} inserts + {len(updates):,} updates", workload),
        (f"demo generation ({demo_years} y, {demo_members} members)", demo_run),
    ):
        timings: dict[bool, list[float]] = {True: [], False: []}
        for i in range(runs):
            # Interleaved, alternating which goes first, so drift hits both alike.
            for capture in (True, False) if i % 2 == 0 else (False, True):
                store = _fresh_store(root, capture)
                try:
                    timings[capture].append(fn(store))
                    if capture and i == 0:
                        logged = peek_scalar(store, "SELECT count(*) FROM change_log")
                        assert logged > 0
                    if not capture:
                        assert peek_scalar(store, "SELECT count(*) FROM change_log") == 0
                finally:
                    _discard(store)
        with_c, without = statistics.median(timings[True]), statistics.median(timings[False])
        record(
            f"capture overhead, {label}",
            with_c / without,
            "x",
            1.5,
            f"{with_c:.2f} s vs {without:.2f} s without capture",
            at_most=True,
        )


# -- 3. opening ------------------------------------------------------------------------------
def bench_open(folder: Path, runs: int) -> None:
    db_file = folder / "linju.sqlite3"

    def bare() -> None:
        conn = sqlite3.connect(db_file)
        conn.execute("SELECT 1").fetchone()
        conn.close()

    def full() -> None:
        Store(folder).close()

    base = median_time(bare, runs * 3)
    ms = median_time(full, runs) * 1000
    record(
        "open: Store(data_dir) with schema check",
        ms,
        "ms",
        150,
        f"{ms / (base * 1000):.0f}x a bare connect+SELECT 1 ({base * 1000:.2f} ms)",
    )


# -- 4. list pages and 5. search -------------------------------------------------------------
def _deep_page(store: Store, q: ListQuery) -> Callable[[], list[dict]]:
    total = queries.count(store, q)
    offset = max(0, total - 100)  # the last page: the deepest offset the list can reach
    return lambda: queries.page(store, q, limit=100, offset=offset)


def bench_reads(folder: Path, runs: int) -> None:
    store = Store(folder)
    try:
        building = peek_scalar(
            store, "SELECT building FROM members GROUP BY building ORDER BY count(*) DESC LIMIT 1"
        )
        year = peek_scalar(store, "SELECT max(year) FROM expenses") - 1
        pages = {
            "members of a building by name": ListQuery(
                "members", {"building": building}, order_by="name"
            ),
            "active members by name": ListQuery("members", {"status": "active"}, order_by="name"),
            "requests 'done' by due_at": ListQuery(
                "requests", {"state": "done"}, order_by="due_at"
            ),
            "expenses year+category by date": ListQuery(
                "expenses", {"year": year, "category": "activities"}, order_by="date"
            ),
            "meetings 'group' by date desc": ListQuery(
                "meetings", {"type": "group"}, order_by="date", descending=True
            ),
        }
        for label, q in pages.items():
            fn = _deep_page(store, q)
            total = queries.count(store, q)
            ms = median_time(fn, runs) * 1000
            record(f"list page: {label}", ms, "ms", 20, f"last page of {total:,}")
        count_ms = (
            median_time(
                lambda: queries.count(store, ListQuery("requests", {"state": "done"})), runs
            )
            * 1000
        )
        record("list count: requests 'done'", count_ms, "ms", 20)

        secretary = peek_scalar(
            store, "SELECT name_initials FROM members WHERE committee_role = 'secretary'"
        )
        searches: dict[str, Callable[[], Any]] = {
            "search_all 2 chars 电梯": lambda: queries.search_all(store, "电梯"),
            "search_all 4 chars 消防通道": lambda: queries.search_all(store, "消防通道"),
            "search_all rare 2 chars 鄂伦": lambda: queries.search_all(store, "鄂伦"),
            f"search_all pinyin initials {secretary}": lambda: queries.search_all(store, secretary),
            "search_all pinyin 2 letters zh": lambda: queries.search_all(store, "zh"),
            "requests page search 电梯 by date desc": lambda: queries.page(
                store,
                ListQuery("requests", search="电梯", order_by="registered_at", descending=True),
            ),
            "requests page search 消防通道 by date desc": lambda: queries.page(
                store,
                ListQuery("requests", search="消防通道", order_by="registered_at", descending=True),
            ),
            "requests count search 电梯": lambda: queries.count(
                store, ListQuery("requests", search="电梯")
            ),
        }
        for label, fn in searches.items():
            ms = median_time(fn, runs) * 1000
            record(label, ms, "ms", 30)
    finally:
        store.close()


# -- 6. roster import --------------------------------------------------------------------------
def roster_rows(n: int) -> tuple[list[str], list[list[object]]]:
    r = random.Random(11)
    fields = list(mrules.TEMPLATE_FIELDS)
    header = [mrules.FIELD_LABELS[f] for f in fields]
    seen: set[str] = set()
    rows = []
    surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
    given = "建国秀英志强桂兰玉梅伟芳静磊洋勇艳军杰娟涛明超霞平刚"
    while len(rows) < n:
        birth = dt.date(r.randint(1940, 1995), r.randint(1, 12), r.randint(1, 28))
        male = r.random() < 0.5
        first17 = f"110105{birth:%Y%m%d}{r.randint(0, 499) * 2 + male:03d}"
        idn = first17 + check_char(first17)
        if idn in seen or idn.endswith("000"):
            continue
        seen.add(idn)
        joined = birth.replace(
            year=birth.year + r.randint(19, min(40, TODAY.year - birth.year - 3))
        )
        values = {
            "name": r.choice(surnames) + r.choice(given) + r.choice(given),
            "gender": "男" if male else "女",
            "ethnicity": "汉族",
            "birth_date": birth.isoformat(),
            "id_number": idn,
            "mobile": f"13{r.randint(0, 999_999_999):09d}",
            "education": "本科",
            "joined_date": joined.isoformat(),
            "full_date": joined.replace(year=joined.year + 1).isoformat(),
            "member_kind": "正式党员",
            "person_kind": "离退休",
            "party_group": f"{r.randint(1, 8)}号楼党小组",
            "building": f"{r.randint(1, 8)}号楼",
            "unit": f"{r.randint(1, 4)}单元",
            "room": str(r.randint(101, 1804)),
            "is_centre_household": "否",
            "is_reporting": "否",
            "reporting_employer": "",
            "notes": "",
        }
        rows.append([values[f] for f in fields])
    return header, rows


def bench_import(root: Path, n: int, runs: int) -> None:
    header, rows = roster_rows(n)
    for suffix in (".csv", ".xlsx"):
        path = root / f"roster{suffix}"
        write_table(path, header, rows)
        timings = []
        for _ in range(runs):
            store = _fresh_store(root, capture=True)
            try:
                t = time.perf_counter()
                report = import_members(store, path, TODAY)
                timings.append(time.perf_counter() - t)
                assert report.added == n and report.refused == 0, report.summary()
            finally:
                _discard(store)
        record(
            f"import {n:,}-row roster {suffix}",
            statistics.median(timings),
            "s",
            2,
            f"median of {runs}",
        )


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--quick", action="store_true", help="small station, few runs (smoke test)")
    p.add_argument("--json", metavar="PATH", help="also write the figures as JSON here")
    p.add_argument("--keep", metavar="DIR", help="keep the generated station in DIR")
    args = p.parse_args(argv)

    years, members = (2, 100) if args.quick else (10, 500)
    runs = 5 if args.quick else 21
    info = machine()
    print(
        f"Linju core benchmarks ({'quick' if args.quick else 'full'}): {years} years, "
        f"{members} members"
    )
    print("  machine: " + ", ".join(f"{k} {v}" for k, v in info.items()))
    print(f"  {'figure':<52} {'value':>10} {'unit':<4} {'target':<14} result")
    root = Path(tempfile.mkdtemp(prefix="linju-bench-"))
    started = time.perf_counter()
    try:
        station = Path(args.keep) if args.keep else root / "station"
        if station.exists() and any(station.iterdir()):
            raise SystemExit(f"{station} is not empty")
        bench_demo(station, years, members)
        bench_open(station, 7 if args.quick else 15)
        bench_reads(station, runs)
        bench_import(root, 1000 if args.quick else 5000, 2 if args.quick else 3)
        bench_capture(
            root,
            500 if args.quick else 4000,
            3 if args.quick else 5,
            1 if args.quick else 2,
            100 if args.quick else 500,
        )
    finally:
        shutil.rmtree(root, ignore_errors=True)
    elapsed = time.perf_counter() - started
    failed = [f.name for f in FIGURES if f.ok is False]
    print(
        f"{len(FIGURES)} figures in {elapsed:.0f} s; "
        + (f"{len(failed)} missed: {', '.join(failed)}" if failed else "all targets met")
    )
    if args.json:
        Path(args.json).write_text(
            json.dumps(
                {
                    "mode": "quick" if args.quick else "full",
                    "station": {"years": years, "members": members},
                    "machine": info,
                    "seconds": round(elapsed, 1),
                    "figures": [asdict(f) for f in FIGURES],
                },
                ensure_ascii=False,
                indent=2,
            ),
            encoding="utf-8",
        )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
