"""Desktop benchmarks: prints figures as ratios against baselines measured in the same run.

    python tests/benchmarks/bench_gui.py [--quick] [--json FILE] [--against DIR]

- cold start to the home page filled and painted, against a bare PySide6 window (both
  as fresh processes, interleaved, median of N; --cold-only prints just these; --against
  DIR also starts the Linju of another checkout, e.g. `git worktree add DIR main`, in the
  same rounds: the code before a change, measured under the same load)
- a save while another connection holds the write lock for 1 s (a sync's commit): the
  longest block of the event loop with the save on the UI thread (the baseline) and as an
  operation on the writer thread (gui/operations.py)
- on the ten-year demo station: each page's first open, the list following a search box,
  scrolling every request row in pages (the longest single block of the event loop), and
  peak memory with every page visited (in a child process)
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

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

# Linju's start ends when the home page, filled with the station's figures, is painted
# (the window itself paints first, empty, and fills its first page right after). Only
# gui.app is imported up front, as the linju-desktop entry point does, and the paint is
# watched on the home page alone: an application-wide Python event filter would wrap every
# object Qt sends an event to, which costs the measured start a third of a second.
LINJU = textwrap.dedent("""
    import sys, time
    t0 = float(sys.argv[1])
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QMainWindow
    from linju_desktop.gui import app as gui_app
    class F(QObject):
        def eventFilter(self, o, e):
            if e.type() == QEvent.Type.Paint:
                print(time.time() - t0, flush=True); QApplication.instance().quit()
            return False
    f = F()
    orig_show = QMainWindow.show
    def show(self):
        self.first_page_ready.connect(lambda page: page.installEventFilter(f))
        orig_show(self)
    QMainWindow.show = show
    sys.exit(gui_app.main(["--data-dir", sys.argv[2]]))
""")

VISIT_ALL = textwrap.dedent("""
    import resource, sys, time, json
    from PySide6.QtWidgets import QApplication
    from linju_desktop.gui import i18n
    from linju_desktop.gui.appearance import apply_appearance
    from linju_desktop.gui.context import AppContext
    from linju_desktop.gui.main_window import PAGES, MainWindow
    from linju_desktop.store.database import Store
    app = QApplication(sys.argv[:1]); i18n.install("zh_CN"); apply_appearance(app, 125, False)
    store = Store(sys.argv[1]); w = MainWindow(AppContext(store)); w.resize(1280, 820); w.show()
    times = {}
    for key, _page in PAGES:
        t = time.perf_counter(); w.show_page(key); app.processEvents()
        times[key] = (time.perf_counter() - t) * 1000
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"open_ms": times, "peak_mb": rss}))
""")


def run_child(code: str, *args: str, source: str | None = None) -> str:
    """Run `code` in a fresh Python; `source`: a checkout whose linju_desktop it imports."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    if source:
        env["PYTHONPATH"] = os.pathsep.join([source, env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    r = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, timeout=300
    )
    if r.returncode != 0:
        raise RuntimeError(r.stderr)
    return r.stdout.strip().splitlines()[-1]


def precompile() -> None:
    """Byte-compile Linju as an installation has it (pip and PyInstaller ship .pyc; PySide6's
    are there already): a checkout run with PYTHONDONTWRITEBYTECODE would otherwise compile
    every module at every start, which no station does."""
    import compileall

    import linju_sync

    import linju_desktop

    for package in (linju_desktop, linju_sync):
        compileall.compile_dir(Path(package.__file__).parent, quiet=1)


def cold_start(
    data_dir: str, runs: int, against: str | None = None
) -> tuple[float, float, float | None]:
    """Medians of the bare window, Linju, and (with `against`) that checkout's Linju."""
    precompile()
    if against:
        import compileall

        compileall.compile_dir(str(Path(against) / "linju_desktop"), quiet=1)
    bare, linju, before = [], [], []
    for _ in range(runs):  # interleaved so machine noise hits all alike
        bare.append(float(run_child(BARE, repr(time.time()))))
        linju.append(float(run_child(LINJU, repr(time.time()), data_dir)))
        if against:
            before.append(float(run_child(LINJU, repr(time.time()), data_dir, source=against)))
    return (
        statistics.median(bare),
        statistics.median(linju),
        statistics.median(before) if before else None,
    )


def in_process(data_dir: str) -> dict:
    from PySide6.QtWidgets import QApplication

    from linju_desktop.gui import i18n
    from linju_desktop.gui.appearance import apply_appearance
    from linju_desktop.gui.context import AppContext
    from linju_desktop.gui.models import PagedTableModel
    from linju_desktop.gui.pages.members import MembersPage
    from linju_desktop.store.database import Store

    app = QApplication.instance() or QApplication(sys.argv[:1])
    i18n.install("zh_CN")
    apply_appearance(app, 125, False)
    store = Store(Path(data_dir))
    ctx = AppContext(store)
    page = MembersPage(ctx)
    page.show()
    search_ms = []
    for text in ("王", "王秀", "zs", "1号楼", "李建国"):
        t = time.perf_counter()
        page.model.set_search(text)
        page._update_count()
        app.processEvents()
        search_ms.append((time.perf_counter() - t) * 1000)
    # scrolling all requests: every fetchMore is one block of the event loop
    from linju_desktop.gui.models import Column

    model = PagedTableModel(
        store,
        "requests",
        [Column("number", lambda: "n")],
        order_by="registered_at",
        descending=True,
    )
    blocks, rows = [], 0
    while model.canFetchMore():
        t = time.perf_counter()
        model.fetchMore()
        blocks.append((time.perf_counter() - t) * 1000)
    rows = model.rowCount()
    req_search = []
    for text in ("路灯", "电梯维修", "停车"):
        t = time.perf_counter()
        model.set_search(text)
        req_search.append((time.perf_counter() - t) * 1000)
    store.close()
    return {
        "members_search_ms_max": max(search_ms),
        "requests_search_ms_max": max(req_search),
        "scroll_rows": rows,
        "scroll_block_ms_max": max(blocks),
        "scroll_block_ms_median": statistics.median(blocks),
    }


def save_while_locked(runs: int, hold_s: float = 1.0) -> tuple[float, float]:
    """Median longest event-loop block (ms) while one save waits for another writer:
    called on the UI thread, then run as an operation."""
    import sqlite3
    import threading

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from linju_desktop.gui.context import AppContext
    from linju_desktop.gui.operations import run_op
    from linju_desktop.gui.worker import busy
    from linju_desktop.store.database import Store

    app = QApplication.instance() or QApplication(sys.argv[:1])
    folder = tempfile.TemporaryDirectory(prefix="linju-bench-lock-")
    store = Store(Path(folder.name))
    ctx = AppContext(store)

    def save(_progress: object = None) -> str:
        return store.insert("members", {"name": "基准"})

    def one(as_operation: bool) -> float:
        locked = threading.Event()

        def other_writer() -> None:
            conn = sqlite3.connect(store.path)
            conn.execute("BEGIN IMMEDIATE")
            locked.set()
            time.sleep(hold_s)
            conn.execute("COMMIT")
            conn.close()

        writer = threading.Thread(target=other_writer)
        writer.start()
        locked.wait()
        gaps, last = [], [time.perf_counter()]

        def tick() -> None:
            now = time.perf_counter()
            gaps.append(now - last[0])
            last[0] = now

        timer = QTimer()
        timer.setInterval(10)
        timer.timeout.connect(tick)
        timer.start()
        start = time.perf_counter()
        QTimer.singleShot(0, (lambda: run_op(ctx, save)) if as_operation else save)
        while time.perf_counter() - start < hold_s + 0.3 or busy():
            app.processEvents()
            time.sleep(0.001)
        timer.stop()
        writer.join()
        return max(gaps) * 1000

    direct = statistics.median(one(False) for _ in range(runs))
    as_op = statistics.median(one(True) for _ in range(runs))
    store.close()
    folder.cleanup()
    return direct, as_op


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--quick", action="store_true")
    p.add_argument("--json")
    p.add_argument("--data-dir", help="an existing demo station (default: make one)")
    p.add_argument("--cold-only", action="store_true", help="only the cold start figures")
    p.add_argument("--runs", type=int, help="cold starts of each (default 7, --quick 3)")
    p.add_argument("--against", metavar="DIR", help="also start the Linju of this checkout")
    args = p.parse_args()
    tmp = None
    data_dir = args.data_dir
    if not data_dir:
        tmp = tempfile.TemporaryDirectory(prefix="linju-bench-gui-")
        data_dir = tmp.name
        years, members = (2, 100) if args.quick else (10, 500)
        subprocess.run(
            [
                sys.executable,
                "-m",
                "linju_desktop.cli",
                "--data-dir",
                data_dir,
                "demo",
                "--ten-year",
                "--years",
                str(years),
                "--members",
                str(members),
            ],
            check=True,
            capture_output=True,
        )
    runs = args.runs or (3 if args.quick else 7)
    load = os.getloadavg()[0]
    bare, linju, before = cold_start(data_dir, runs, args.against)
    load = (load + os.getloadavg()[0]) / 2
    if args.cold_only:
        print(
            f"cold start, medians of {runs}: bare {bare:.3f} s, Linju {linju:.3f} s, "
            f"ratio {linju / bare:.2f} (load average {load:.1f})"
        )
        if before is not None:
            print(
                f"  {args.against}: Linju {before:.3f} s, ratio {before / bare:.2f}; "
                f"this checkout / that one {linju / before:.2f}"
            )
        return 0
    visit = json.loads(run_child(VISIT_ALL, data_dir))
    inproc = in_process(data_dir)
    blocked_direct, blocked_op = save_while_locked(3)
    results = [
        ("cold start, bare PySide6 window (s, median)", bare, None),
        ("cold start, Linju home page filled and painted (s, median)", linju, 1.5),
        ("cold start ratio Linju / bare", linju / bare, 2.0),
        *(
            [("cold start ratio, the --against checkout / bare", before / bare, None)]
            if before is not None
            else []
        ),
        *[(f"page first open: {k} (ms)", v, 300) for k, v in visit["open_ms"].items()],
        ("list follows search, members, worst (ms)", inproc["members_search_ms_max"], 100),
        ("list follows search, requests, worst (ms)", inproc["requests_search_ms_max"], 100),
        (
            f"scroll {inproc['scroll_rows']} requests: longest block (ms)",
            inproc["scroll_block_ms_max"],
            50,
        ),
        ("peak memory, every page visited (MB)", visit["peak_mb"], 250),
        ("save during a 1 s commit, on the UI thread: block (ms)", blocked_direct, None),
        ("save during a 1 s commit, as an operation: block (ms)", blocked_op, 100),
        ("save block ratio operation / UI thread", blocked_op / blocked_direct, 0.1),
    ]
    cpu = next(
        (
            ln.split(":", 1)[1].strip()
            for ln in Path("/proc/cpuinfo").read_text().splitlines()
            if ln.startswith("model name")
        ),
        platform.processor(),
    )
    print(
        f"machine: {os.cpu_count()} cores, {cpu}, Python {platform.python_version()}, "
        f"load average {load:.1f} during the cold starts"
    )
    print(f"{'figure':58} {'value':>10} {'target':>8}  result")
    out = []
    for name, value, target in results:
        ok = "" if target is None else ("PASS" if value < target else "FAIL")
        print(f"{name:58} {value:10.3f} {'' if target is None else target:>8}  {ok}")
        out.append({"figure": name, "value": value, "target": target, "result": ok})
    if args.json:
        Path(args.json).write_text(json.dumps(out, ensure_ascii=False, indent=1))
    if tmp:
        tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
