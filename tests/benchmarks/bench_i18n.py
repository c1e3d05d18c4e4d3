"""Translation benchmark: the .ts catalogues read by Python against Qt's compiled .qm files.

    python tests/benchmarks/bench_i18n.py [--runs N]

Both are measured in the same run, each in fresh processes, interleaved, median of N:
- start: installing every translator of the window (ours and Qt's) and translating the
  first string, against loading the same messages compiled to .qm by pyside6-lrelease
  (what the program did before; the .qm files are compiled once, into a temporary folder);
- per call: QCoreApplication.translate through our Python translator against the .qm one;
- the core's first tr() (reads every catalogue) against the dictionaries it used to import;
- with --window: cold start of the whole window (as bench_gui.py) against a bare PySide6
  window and against the code before this change (--before CHECKOUT, a git worktree of it,
  which compiles the .qm files into its cache: given a temporary HOME, after one warm-up).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "translations"

# both import the same modules first, so only the translators' own work is timed
COMMON = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator
    from linju_desktop.gui import i18n
    app = QCoreApplication([])
    calls = [("MemberDialog", "Add a member"), ("MainWindow", "Home"),
             ("QFileDialog", "Look in:"), ("Nobody", "Not in any catalogue")] * 5000
""")

NEW = COMMON + textwrap.dedent("""
    t0 = time.perf_counter()
    i18n.install("zh_CN")
    first = QCoreApplication.translate("MemberDialog", "Add a member")
    t1 = time.perf_counter()
    for c, s in calls:
        QCoreApplication.translate(c, s)
    t2 = time.perf_counter()
    assert first == "新增党员", first
    print(t1 - t0, (t2 - t1) / len(calls))
""")

OLD = COMMON + textwrap.dedent("""
    t0 = time.perf_counter()
    qt = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    keep = []
    for f in [qt / "qtbase_zh_CN.qm", *sorted(Path(sys.argv[1]).glob("*_zh_CN.qm"))]:
        t = QTranslator(app)
        t.load(str(f)); app.installTranslator(t); keep.append(t)
    first = QCoreApplication.translate("MemberDialog", "Add a member")
    t1 = time.perf_counter()
    for c, s in calls:
        QCoreApplication.translate(c, s)
    t2 = time.perf_counter()
    assert first == "新增党员", first
    print(t1 - t0, (t2 - t1) / len(calls))
""")

CORE_NEW = textwrap.dedent("""
    import time
    t0 = time.perf_counter()
    from linju_desktop.domain.i18n import tr
    text = tr("No problems found.")
    print(time.perf_counter() - t0)
    assert text == "未发现问题。"
""")

# the old core: each module's dictionary built at import (here: the same entries as a dict)
CORE_OLD = textwrap.dedent("""
    import json, sys, time
    t0 = time.perf_counter()
    entries = {}
    for source, text in json.loads(open(sys.argv[1], encoding="utf-8").read()).items():
        entries[source] = text
    text = entries.get("No problems found.", "No problems found.")
    print(time.perf_counter() - t0)
    assert text == "未发现问题。"
""")


def run(script: str, *args: str) -> list[float]:
    out = subprocess.run(
        [sys.executable, "-c", script, *args], capture_output=True, text=True, check=True
    ).stdout
    return [float(x) for x in out.split()]


def window(runs: int, before: str | None) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import bench_gui

    from linju_desktop.services import demo
    from linju_desktop.store.database import Store

    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "station")
        demo.generate(store, years=2, members=100, seed=3)
        store.close()
        env = dict(os.environ, HOME=tmp)
        old_env = dict(env, PYTHONPATH=before or "")

        def start(script: str, e: dict[str, str]) -> float:
            import time

            args = [sys.executable, "-c", script, repr(time.time()), str(Path(tmp) / "station")]
            out = subprocess.run(args, capture_output=True, text=True, env=e, check=True)
            return float(out.stdout.split()[-1])

        if before:
            start(bench_gui.LINJU, old_env)  # the old code compiles its .qm files once
        bare, new, old = [], [], []
        for _ in range(runs):
            bare.append(start(bench_gui.BARE, env))
            new.append(start(bench_gui.LINJU, env))
            if before:
                old.append(start(bench_gui.LINJU, old_env))
    med = statistics.median
    print(
        f"cold start to the painted window: bare {med(bare) * 1e3:.0f} ms, "
        f"Linju {med(new) * 1e3:.0f} ms, ratio {med(new) / med(bare):.2f}"
    )
    if before:
        print(
            f"  the code before (compiled .qm from its cache): {med(old) * 1e3:.0f} ms, "
            f"ratio {med(old) / med(bare):.2f}; now/before {med(new) / med(old):.2f}"
        )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--window", action="store_true")
    parser.add_argument("--before", help="a checkout of the code before, for --window")
    args = parser.parse_args()
    if args.window:
        window(args.runs, args.before)
        return
    with tempfile.TemporaryDirectory() as tmp:
        lrelease = Path(sys.executable).with_name("pyside6-lrelease")
        for ts in TS_DIR.glob("*_zh_CN.ts"):
            qm = Path(tmp) / ts.with_suffix(".qm").name
            subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
        sys.path.insert(0, str(ROOT))
        from linju_desktop.domain import i18n

        cat = i18n._catalogue("zh_CN")
        entries = {s: f[0] for s, f in cat.by_source.items()}
        dump = Path(tmp) / "core.json"
        dump.write_text(__import__("json").dumps(entries, ensure_ascii=False), encoding="utf-8")
        new, old, core_new, core_old = [], [], [], []
        for _ in range(args.runs):
            new.append(run(NEW))
            old.append(run(OLD, tmp))
            core_new.append(run(CORE_NEW)[0])
            core_old.append(run(CORE_OLD, str(dump))[0])
    med = statistics.median
    n_start, o_start = med(r[0] for r in new), med(r[0] for r in old)
    n_call, o_call = med(r[1] for r in new), med(r[1] for r in old)
    print(f"messages: {len(cat.entries)} in {len(list(TS_DIR.glob('*_zh_CN.ts')))} catalogues")
    print(
        f"window translators installed + first string: .ts {n_start * 1e3:.1f} ms, "
        f".qm {o_start * 1e3:.1f} ms, ratio {n_start / o_start:.2f}"
    )
    print(
        f"QCoreApplication.translate per call: .ts {n_call * 1e6:.2f} µs, "
        f".qm {o_call * 1e6:.2f} µs, ratio {n_call / o_call:.2f}"
    )
    print(
        f"core: first tr() with its catalogues read: {med(core_new) * 1e3:.1f} ms "
        f"(the same entries as one dict: {med(core_old) * 1e3:.2f} ms)"
    )


if __name__ == "__main__":
    main()
