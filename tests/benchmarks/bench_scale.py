"""Costs that must not grow with the station (issue 13), at two sizes, with growth ratios.

    python tests/benchmarks/bench_scale.py [--sizes 1,10] [--keep DIR] [--runs N]

Builds the ten-year station (`linju demo --ten-year`, 500 members: 1x) and a larger one
(--members 500*k: k x; 10x takes several minutes) once, in a cache folder named after
the demo generator's and the schema's source (a changed generator builds anew; --keep DIR
uses DIR as it is), then measures on a copy of each, every figure beside the way it was
done before (its baseline, measured in the same run on the same file):

- start: time to the main window's first paint on the first start of the day (no daily
  backup yet) and on a later start, against a bare PySide6 window; the daily check and
  backup (now after the paint, on a worker thread) timed on their own;
- the pending-changes count on a station never synced: the counter vs counting the log;
- an unfiltered list total: the counter vs count(*);
- list pages: the last page of long lists by keyset (page_after) vs OFFSET;
- searches of one and two characters (bounded to the newest records) vs the full scan;
- checksums: the incremental fold (idle, and after 100 edits) vs hashing every row;
- the client's work in an idle sync (every StationStore call the engine makes, the
  request itself excluded) with the kept checksums vs with the full re-hash;
- the window (in this process): the 同步 page's first open, and scrolling the requests
  page to its end (the longest and the median event-loop block of one fetch), fetching
  page after page, then as a user drags the scroll bar to the end again and again (each
  drag paints the rows it brings into sight and fetches the next page), with the style
  sheets at 100 % and at 200 % high contrast (--window-only: these alone; --drag-limit N:
  at most N drags; run it with PYTHONPATH=DIR to measure the Linju of another checkout);
- compaction of the acknowledged change log: rows and bytes before and after, the time
  it takes, the live file and a backup before and after (space given back: store/space.py;
  a file built before incremental auto-vacuum is switched over once, which is timed).

Medians of --runs repetitions. Prints a table per size, then each figure at both sizes
with the growth ratio (larger / 1x). No timed assertions: read the figures.
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from linju_sync.protocol.messages import table_checksum

from linju_desktop.services.sync_store import SqliteStationStore
from linju_desktop.store import backup, changelog, counters, queries, space
from linju_desktop.store.database import Store
from linju_desktop.store.queries import ListQuery
from linju_desktop.store.reads import changes
from linju_desktop.store.schema import SYNCED_TABLES

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/helpers.py

from helpers import peek_conn, peek_rows, peek_scalar

FIGURES: dict[int, dict[str, tuple[float, str]]] = {}  # size -> name -> (value, unit)

FIRST_PAINT = textwrap.dedent("""
    import sys, time
    t0 = float(sys.argv[1])
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication
    from linju_desktop.gui import app as gui_app
    from linju_desktop.gui.main_window import MainWindow
    orig_show = MainWindow.show
    class F(QObject):
        def eventFilter(self, o, e):
            if e.type() == QEvent.Type.Paint:
                print(time.time() - t0, flush=True); QApplication.instance().quit()
            return False
    f = F()
    def show(self):
        self.installEventFilter(f); orig_show(self)
    MainWindow.show = show
    sys.exit(gui_app.main(["--data-dir", sys.argv[2]]))
""")

BARE = textwrap.dedent("""
    import sys, time
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QMainWindow
    t0 = float(sys.argv[1])
    app = QApplication(sys.argv[:1])
    w = QMainWindow()
    class F(QObject):
        def eventFilter(self, o, e):
            if e.type() == QEvent.Type.Paint:
                print(time.time() - t0, flush=True); app.quit()
            return False
    f = F(); w.installEventFilter(f); w.resize(1280, 820); w.show(); app.exec()
""")


def record(size: int, name: str, value: float, unit: str = "ms", note: str = "") -> None:
    FIGURES.setdefault(size, {})[name] = (value, unit)
    print(f"  {name:<58} {value:>10.2f} {unit:<3} {note}", flush=True)


def median_ms(fn: Callable[[], Any], runs: int, warmup: int = 1) -> float:
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times) * 1000


def child(code: str, *args: str) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    r = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, timeout=600
    )
    if r.returncode != 0:
        raise RuntimeError(r.stderr)
    return float(r.stdout.strip().splitlines()[-1]) * 1000


def build_key() -> str:
    """The demo generator's and the schema's source: the same source builds the same station."""
    root = Path(__file__).resolve().parents[2] / "linju_desktop"
    files = [
        root / "services" / "demo.py",
        root / "services" / "demo_neighbourhood.py",
        root / "store" / "schema.py",
        root / "store" / "space.py",
        *sorted((root / "store" / "migrations").glob("*.sql")),
    ]
    digest = hashlib.sha256()
    for f in files:
        digest.update(f.read_bytes())
    return digest.hexdigest()[:12]


def build(folder: Path, members: int) -> None:
    if (folder / "linju.sqlite3").exists():
        return
    part = folder.with_name(folder.name + ".part")  # a build cut short is never reused
    shutil.rmtree(part, ignore_errors=True)
    t = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "linju_desktop.cli", "--data-dir", str(part), "demo",
         "--ten-year", "--members", str(members), "--seed", "1"],
        check=True, capture_output=True, env={**os.environ, "LINJU_LANG": "en"},
    )  # fmt: skip
    os.replace(part, folder)
    print(f"built {folder} in {time.perf_counter() - t:.0f} s", flush=True)


# -- the measurements -------------------------------------------------------------------------


def bench_start(size: int, folder: Path, runs: int) -> None:
    bare, first, later = [], [], []
    for _ in range(runs):  # interleaved, so machine noise hits all three alike
        for p in backup.backups_in(folder / "backups"):
            p.unlink()  # no backup today: this start is the first of the day
        bare.append(child(BARE, repr(time.time())))
        first.append(child(FIRST_PAINT, repr(time.time()), str(folder)))
        with Store(folder) as store:
            backup.daily_backup(store)  # what the first start's background check made
        later.append(child(FIRST_PAINT, repr(time.time()), str(folder)))
    b, f, lt = (statistics.median(x) for x in (bare, first, later))
    record(size, "start: bare PySide6 window, first paint", b)
    record(size, "start: first of the day, first paint", f, note=f"{f / lt:.2f}x a later start")
    record(size, "start: later start, first paint", lt, note=f"{lt / b:.2f}x bare")
    record(size, "start: first/later ratio", f / lt, "x")
    from linju_desktop.gui.app import daily_check

    def check() -> None:
        with Store(folder) as store:
            for p in backup.list_backups(store):
                p.unlink()
            daily_check(store)

    record(size, "start: daily check+backup (background now)", median_ms(check, 1, 0))


def bench_counts(size: int, store: Store, runs: int) -> None:
    up = changes.uploaded_seq(store)
    scan = median_ms(
        lambda: peek_scalar(store, "SELECT count(*) FROM change_log WHERE seq > ?", (up,)), runs
    )
    kept = median_ms(lambda: changes.pending_changes(store), runs)
    record(size, "pending changes, never synced: counting the log (before)", scan)
    record(size, "pending changes, never synced: counter (now)", kept)
    q = ListQuery("requests")
    before = median_ms(
        lambda: peek_scalar(store, "SELECT count(*) FROM requests WHERE deleted = 0"), runs
    )
    record(size, "list total requests: count(*) (before)", before)
    record(
        size, "list total requests: counter (now)", median_ms(lambda: queries.count(store, q), runs)
    )


LISTS = {
    "requests by date desc": ListQuery("requests", order_by="registered_at", descending=True),
    "members by name": ListQuery("members", order_by="name"),
    "expenses by date": ListQuery("expenses", order_by="date"),
    "attendance (no order)": ListQuery("attendance"),
}


def bench_pages(size: int, store: Store, runs: int) -> None:
    for label, q in LISTS.items():
        total = queries.count(store, q)
        cursor = None
        starts: list[Any] = [None]  # the cursor each page started from
        t = time.perf_counter()
        while True:  # walk the whole list as scrolling to the end does
            rows, cursor = queries.page_after(store, q, 100, cursor)
            if len(rows) < 100:
                break
            starts.append(cursor)
        walk = (time.perf_counter() - t) * 1000
        pages = len(starts)
        cursor = starts[-1] if rows or len(starts) < 2 else starts[-2]  # last page with rows
        last_keyset = median_ms(lambda q=q, c=cursor: queries.page_after(store, q, 100, c), runs)
        offset = max(0, total - 100)
        last_offset = median_ms(lambda q=q, o=offset: queries.page(store, q, 100, o), runs)
        first = median_ms(lambda q=q: queries.page_after(store, q, 100, None), runs)
        record(
            size, f"list {label}: last page by OFFSET (before)", last_offset, note=f"{total:,} rows"
        )
        record(size, f"list {label}: last page by keyset (now)", last_keyset)
        record(size, f"list {label}: first page", first)
        record(
            size, f"list {label}: scroll to the end, per page", walk / pages, note=f"{pages} pages"
        )


def bench_search(size: int, store: Store, runs: int) -> None:
    where = "rowid IN (SELECT rowid FROM requests_fts WHERE body LIKE ?)"
    for text in ("电梯", "鄂伦", "王"):
        q = ListQuery("requests", search=text, order_by="registered_at", descending=True)
        old_sql = (
            f"SELECT * FROM requests WHERE deleted = 0 AND {where} "
            "ORDER BY registered_at DESC LIMIT 100"
        )
        found = len(peek_rows(store, old_sql, (f"%{text}%",)))
        full = median_ms(lambda t=text, sql=old_sql: peek_rows(store, sql, (f"%{t}%",)), runs)
        scan = median_ms(
            lambda t=text: peek_rows(
                store,
                "SELECT * FROM requests WHERE deleted = 0 AND rowid IN (SELECT rowid FROM "
                "requests_fts WHERE instr(lower(body), ?) > 0) ORDER BY registered_at DESC "
                "LIMIT 100",
                (t,),
            ),
            runs,
        )
        n = queries.count(store, q)
        now = median_ms(lambda q=q: (queries.count(store, q), queries.page_after(store, q)), runs)
        record(size, f"search requests {text}: FTS LIKE (before)", full, note=f"{found} rows found")
        record(size, f"search requests {text}: every record, unbounded scan", scan)
        record(size, f"search requests {text}: bounded, count+page (now)", now, note=f"{n} found")
        record(
            size,
            f"search_all {text} (now)",
            median_ms(lambda t=text: queries.search_all(store, t), runs),
        )


def full_checksums(store: Store) -> dict[str, Any]:
    return {
        t: table_checksum(
            peek_conn(store).execute(f"SELECT id, updated_hlc, deleted FROM {t}").fetchall()
        )
        for t in SYNCED_TABLES
    }


def bench_checksums(size: int, store: Store, runs: int) -> None:
    tables = list(SYNCED_TABLES)
    t = time.perf_counter()
    counters.table_checksums(store, tables)  # the demo inserted every row: one full fold
    record(size, "checksums: first fold after the build (once)", (time.perf_counter() - t) * 1000)
    full = median_ms(lambda: full_checksums(store), max(1, runs // 3), 0)
    record(size, "checksums: hashing every row (before, every sync)", full)
    record(
        size,
        "checksums: kept, idle (now)",
        median_ms(lambda: counters.table_checksums(store, tables), runs),
    )
    ids = [r[0] for r in peek_conn(store).execute("SELECT id FROM members LIMIT 100")]

    def edit_then_fold() -> None:
        with store.transaction():
            for i in ids:
                store.update("members", i, {"notes": f"n{time.perf_counter_ns()}"})
        counters.table_checksums(store, tables)

    record(size, "checksums: 100 edits + fold (now)", median_ms(edit_then_fold, runs))
    assert counters.table_checksums(store, tables) == full_checksums(store)


def idle_sync_calls(store: Store, checksum: Callable[[], Any]) -> None:
    """The StationStore calls of an idle sync, in the engine's order (the request aside)."""
    from linju_sync.client.station import SyncLogEntry

    station = SqliteStationStore(store)
    cur = station.cursors()
    station.pending_count(cur.uploaded_seq)
    batch = station.pending_operations(cur.uploaded_seq, 500, 1_000_000)
    station.commit_step(sent=batch.ops, upload_seq=batch.last_seq, results=[], feed=[],
                        next_cursor=cur.download_cursor)  # fmt: skip
    station.blobs_to_upload()
    checksum()
    station.write_log(SyncLogEntry(started_at="x", finished_at="x", result="ok"))


def bench_idle_sync(size: int, store: Store, runs: int) -> None:
    tables = list(SYNCED_TABLES)
    store.set_setting("sync_uploaded_seq", changes.last_seq(store))  # all acknowledged
    for p in peek_rows(store, "SELECT sha256 FROM attachments WHERE sha256 IS NOT NULL"):
        peek_conn(store).execute("INSERT OR IGNORE INTO sync_blobs VALUES (?, 'x')", (p["sha256"],))
    before = median_ms(
        lambda: idle_sync_calls(store, lambda: full_checksums(store)), max(1, runs // 3)
    )
    now = median_ms(
        lambda: idle_sync_calls(store, lambda: counters.table_checksums(store, tables)), runs
    )
    record(size, "idle sync, client work: re-hashing (before)", before)
    record(size, "idle sync, client work: kept checksums (now)", now)


def bench_compaction(size: int, store: Store, folder: Path) -> None:
    def log_bytes() -> float:
        return (
            peek_scalar(
                store,
                "SELECT sum(length(changes) + coalesce(length(previous), 0) + 120) FROM change_log",
            )
            / 1e6
        )

    rows, size_mb = peek_scalar(store, "SELECT count(*) FROM change_log"), log_bytes()
    mode = peek_scalar(store, "PRAGMA auto_vacuum")
    with tempfile.TemporaryDirectory() as tmp:
        live_before = space.file_bytes(store) / 1e6
        backup_before = backup.make_backup(store, "b", Path(tmp) / "b.sqlite3").stat().st_size
        t = time.perf_counter()
        removed = changelog.compact(store)
        took = (time.perf_counter() - t) * 1000
        t = time.perf_counter()
        done = space.reclaim(store, force_switch=True)
        reclaim_ms = (time.perf_counter() - t) * 1000
        backup_after = backup.make_backup(store, "a", Path(tmp) / "a.sqlite3").stat().st_size
        record(size, "compaction: change-log rows before", rows, "")
        record(size, "compaction: change-log rows after", rows - removed, "")
        record(size, "compaction: change-log MB before (est.)", size_mb, "MB")
        record(size, "compaction: change-log MB after (est.)", log_bytes(), "MB")
        record(size, "compaction: time of the first one", took)
        note = "one-time switch to incremental (VACUUM)" if done.switched else "incremental"
        record(size, "space given back: time", reclaim_ms, note=f"{note}; auto_vacuum was {mode}")
        record(size, "live file before compaction", live_before, "MB")
        record(size, "live file after compaction", done.after / 1e6, "MB")
        record(size, "backup before compaction", backup_before / 1e6, "MB")
        record(size, "backup after compaction", backup_after / 1e6, "MB")
        # the second day: a few edits acknowledged and compacted, space given back
        ids = [r[0] for r in peek_conn(store).execute("SELECT id FROM members LIMIT 100")]
        with store.transaction():
            for i in ids:
                store.update("members", i, {"notes": "x" * 2000})
        store.set_setting("sync_uploaded_seq", changes.last_seq(store))
        t = time.perf_counter()
        changelog.compact(store)
        space.reclaim(store)
        record(size, "next day: compaction + space given back", (time.perf_counter() - t) * 1000)


def bench_window(size: int, folder: Path, runs: int, limit: int = 10**9) -> None:
    """The 同步 page's first open, and scrolling the requests page to its end."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    from linju_desktop.gui import i18n
    from linju_desktop.gui.appearance import apply_appearance
    from linju_desktop.gui.context import AppContext
    from linju_desktop.gui.pages.requests import RequestsPage
    from linju_desktop.gui.pages.sync import SyncPage

    app = QApplication.instance() or QApplication([])
    i18n.install("zh_CN")
    ctx = AppContext(Store(folder))

    def opened(page: Any) -> Any:
        page.resize(1280, 820)
        page.show()
        app.processEvents()
        return page

    def gone(page: Any) -> None:  # now, timers and all, before its store closes
        page.close()
        page.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)

    opens = []
    for _ in range(runs):
        t = time.perf_counter()
        page = opened(SyncPage(ctx))
        opens.append((time.perf_counter() - t) * 1000)
        gone(page)
    record(size, "同步 page: first open", opens[0])
    record(size, "同步 page: open (median)", statistics.median(opens))

    def scrolled(page: Any, step: Callable[[], None], limit: int) -> list[tuple[float, float]]:
        """(wall, UI thread's CPU) ms of each step and the events it caused: the CPU time
        is the work itself, the wall time also the other programs sharing the cores."""
        gc.collect()  # the pages closed before (their rows held in cycles) go now, unmeasured
        blocks: list[tuple[float, float]] = []
        while page.model.canFetchMore() and len(blocks) < limit:
            rows = page.model.rowCount()
            t, cpu = time.perf_counter(), time.thread_time()
            step()
            app.processEvents()
            blocks.append(((time.perf_counter() - t) * 1000, (time.thread_time() - cpu) * 1000))
            if page.model.rowCount() == rows and page.model.canFetchMore():
                raise RuntimeError("a scroll step fetched nothing")
        return blocks

    def record_blocks(name: str, blocks: list[tuple[float, float]]) -> None:
        wall, cpu = [b[0] for b in blocks], [b[1] for b in blocks]
        at = f"{len(blocks)} fetches, the longest #{wall.index(max(wall))}"
        record(size, f"{name}: longest block", max(wall), note=at)
        record(size, f"{name}: median block", statistics.median(wall))
        record(size, f"{name}: longest block, CPU", max(cpu), note=f"#{cpu.index(max(cpu))}")
        record(size, f"{name}: median block, CPU", statistics.median(cpu))

    page = opened(RequestsPage(ctx))
    record_blocks("requests page: scroll", scrolled(page, page.model.fetchMore, 10**9))
    gone(page)
    for text in ("王", "电梯"):
        page = opened(RequestsPage(ctx))
        times = []
        for typed in (text, "", text, "", text):  # the search, shown and painted
            t = time.perf_counter()
            page._on_search(typed)
            app.processEvents()
            times.append((time.perf_counter() - t) * 1000)
        record(size, f"requests page: search {text}", statistics.median(times[::2]))
        gone(page)
    # as a user drags the scroll bar to the end, again and again: the rows moved into
    # sight are painted and Qt fetches the next page (the style sheets on, at 100 % and
    # at 200 % high contrast); at most `limit` drags
    for scale, contrast in ((100, False), (200, True)):
        apply_appearance(app, scale, contrast)
        page = opened(RequestsPage(ctx))
        bar = page.view.verticalScrollBar()
        blocks = scrolled(page, lambda bar=bar: bar.setValue(bar.maximum()), limit)
        record_blocks(f"requests page: drag to the end {scale} %{' hc' * contrast}", blocks)
        gone(page)
    ctx.store.close()


def measure(size: int, source: Path, work: Path, args: argparse.Namespace) -> None:
    runs = args.runs
    folder = work / f"x{size}"
    if folder.exists():
        shutil.rmtree(folder)
    shutil.copytree(source, folder)
    print(f"\n== {size}x: {source} ({(folder / 'linju.sqlite3').stat().st_size / 1e6:.0f} MB)")
    record(size, "load average (1 min) before", os.getloadavg()[0], "")
    if not args.skip_start and not args.window_only:
        bench_start(size, folder, max(5, runs // 3))
    bench_window(size, folder, max(3, runs // 3), args.drag_limit)
    record(size, "load average (1 min) after the window", os.getloadavg()[0], "")
    if args.window_only:
        shutil.rmtree(folder)
        return
    with Store(folder) as store:
        bench_counts(size, store, runs)
        bench_pages(size, store, runs)
        bench_search(size, store, runs)
        bench_checksums(size, store, runs)
        bench_idle_sync(size, store, runs)
        bench_compaction(size, store, folder)
    shutil.rmtree(folder)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--sizes", default="1,10", help="station sizes, multiples of 500 members")
    p.add_argument("--keep", help="folder for the built stations (default: a cache, reused)")
    p.add_argument("--runs", type=int, default=15)
    p.add_argument("--skip-start", action="store_true", help="no window starts")
    p.add_argument("--json", help="write the figures here")
    p.add_argument("--window-only", action="store_true", help="the window's figures alone")
    p.add_argument("--drag-limit", type=int, default=10**9, help="drags to the end, at most")
    args = p.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    cache = Path(tempfile.gettempdir()) / "linju-scale-cache" / build_key()
    keep = Path(args.keep) if args.keep else cache
    for k in sizes:
        build(keep / f"station-{k}x", 500 * k)
    with tempfile.TemporaryDirectory(prefix="linju-scale-work-") as work:
        for k in sizes:
            measure(k, keep / f"station-{k}x", Path(work), args)
    base, *others = sizes
    print(f"\n== growth: each figure at {' / '.join(f'{k}x' for k in sizes)}, ratio to {base}x")
    for name, (value, unit) in FIGURES[base].items():
        cells = [f"{value:>10.2f}"]
        for k in others:
            v = FIGURES[k].get(name, (float("nan"), unit))[0]
            ratio = v / value if value else float("nan")
            cells.append(f"{v:>10.2f} ({ratio:5.2f}x)")
        print(f"  {name:<58} {unit:<3} {'  '.join(cells)}")
    if args.json:
        Path(args.json).write_text(json.dumps(FIGURES, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
