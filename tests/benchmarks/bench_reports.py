"""Printed outputs on the ten-year station (not collected by pytest: bench_*.py).

    python tests/benchmarks/bench_reports.py [--quick] [--json out.json]

Figures, with the issue's targets (medians of repeated runs, and each as a ratio to a
baseline measured in the same process: a one-page document written the same way, so a
busy machine shows in both):
- one meeting record as PDF (< 0.5 s);
- a year's meeting register, ~200 meetings (< 3 s);
- the yearly summary (< 2 s);
- the ten-year funds ledger, ~10,000 entries: PDF (< 10 s, peak memory < 300 MB, in a
  `linju print` subprocess) and xlsx (< 5 s);
- the preview's first page: from the action to page 1 laid out and painted (< 1 s), for
  the longest output (the ten-year ledger).
Each figure also shows the median processor time of the same runs: on a shared machine
the wall time grows with the load (printed before and after), the processor time much
less. --quick uses a two-year station and fewer repetitions (a smoke run).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from linju_desktop.reports import model as m
from linju_desktop.reports import pdf
from linju_desktop.reports.catalogue import Order, build, save
from linju_desktop.reports.period import Period
from linju_desktop.services import demo
from linju_desktop.store import report_queries as q
from linju_desktop.store.database import Store

TODAY = dt.date(2025, 6, 15)


CPU: dict[str, float] = {}  # figure name -> median processor seconds


def median_time(fn: Callable[[], Any], runs: int, name: str = "") -> float:
    times, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        fn()
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    if name:
        CPU[name] = statistics.median(cpu)
    return statistics.median(times)


# Runs the command as its own child and reports that child's peak memory. A child
# started straight from this process would inherit this process's high-water mark (the
# ten-year station's build) through fork and exec, and report that instead of its own.
PEAK = (
    "import resource, subprocess, sys; r = subprocess.run(sys.argv[1:]); "
    "u = resource.getrusage(resource.RUSAGE_CHILDREN); "
    "print(u.ru_maxrss, u.ru_utime + u.ru_stime); sys.exit(r.returncode)"
)


def load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--json", metavar="FILE")
    args = ap.parse_args()
    print(f"load average before: {load()}")
    years, members, runs = (2, 100, 2) if args.quick else (10, 500, 5)
    work = Path(tempfile.mkdtemp(prefix="linju-bench-reports-"))
    data = work / "station"
    store = Store(data)
    t = time.perf_counter()
    demo.generate(store, years=years, members=members, seed=3, today=TODAY)
    print(f"station: {years} years, {members} members, built in {time.perf_counter() - t:.1f} s")
    whole = Period(dt.date(TODAY.year - years, 1, 1), dt.date(TODAY.year, 12, 31))
    last_year = Period.year(TODAY.year - 1)
    out = work / "out"
    out.mkdir()
    figures: list[dict[str, Any]] = []

    ledger_pdf = out / "ledger-cli.pdf"
    start = time.perf_counter()
    cmd = [sys.executable, "-c", PEAK, sys.executable, "-m", "linju_desktop.cli",
           "--data-dir", str(data), "print", "ledger", "--from", whole.start.isoformat(),
           "--to", whole.end.isoformat(), "--out", str(ledger_pdf)]  # fmt: skip
    run = subprocess.run(cmd, check=True, capture_output=True, text=True)
    cli_seconds = time.perf_counter() - start
    peak_kb, cli_cpu = run.stdout.split()[-2:]
    peak_mb = int(peak_kb) / 1024

    one_page = m.Document(kind="t", title="基线", branch="基线支部", blocks=[m.Text("一页")])
    save(one_page, out / "warm.pdf")  # fonts and Qt start once, outside every figure
    base_pdf = median_time(lambda: save(one_page, out / "base.pdf"), runs)
    base_xlsx = median_time(lambda: save(one_page, out / "base.xlsx"), runs)

    def add(name: str, seconds: float, base: float, target: float, detail: str = "") -> None:
        figures.append(
            {
                "name": name,
                "median_s": round(seconds, 3),
                "cpu_s": round(CPU.get(name, float("nan")), 3),
                "ratio_to_baseline": round(seconds / base, 1),
                "target_s": target,
                "ok": seconds < target,
                "detail": detail,
            }
        )

    meeting = q.meetings_between(store, last_year.start.isoformat(), last_year.end.isoformat())
    ident = next(r["id"] for r in meeting if r["rolled"])

    def timed(order: Order, suffix: str) -> Callable[[], None]:
        return lambda: save(build(store, order, TODAY), out / f"{order.kind}{suffix}")

    name = "meeting record, PDF"
    add(name, median_time(timed(Order("meeting", ident), ".pdf"), runs, name), base_pdf, 0.5)
    name = "meeting register of a year, PDF"
    add(name, median_time(timed(Order("meetings", period=last_year), ".pdf"), runs, name),
        base_pdf, 3.0, f"{len(meeting)} meetings")  # fmt: skip
    name = "yearly summary, PDF"
    add(name, median_time(timed(Order("annual", period=last_year), ".pdf"), runs, name),
        base_pdf, 2.0)  # fmt: skip
    entries = len(q.expenses_between(store, whole.start.isoformat(), whole.end.isoformat()))
    ledger = Order("ledger", period=whole)
    big_runs = max(1, runs // 2)
    name = "whole funds ledger, PDF"
    add(name, median_time(timed(ledger, ".pdf"), big_runs, name), base_pdf, 10.0,
        f"{entries} entries; CLI subprocess {cli_seconds:.1f} s, cpu {float(cli_cpu):.1f} s")  # fmt: skip
    name = "whole funds ledger, xlsx"
    add(name, median_time(timed(ledger, ".xlsx"), big_runs, name), base_xlsx, 5.0,
        f"{entries} entries")  # fmt: skip

    def first_page() -> tuple[float, float]:
        start, start_cpu = time.perf_counter(), time.process_time()
        seen: list[tuple[float, float]] = []
        doc = build(store, ledger, TODAY)

        def shown(lay: pdf.Layout) -> None:  # laid out and painted, as the preview does
            pdf.page_image(lay, 0, 96)
            seen.append((time.perf_counter() - start, time.process_time() - start_cpu))

        pdf.layout(doc, on_first_page=shown)
        return seen[0]

    firsts = [first_page() for _ in range(big_runs)]
    name = "preview: first page of the whole ledger"
    CPU[name] = statistics.median(c for _, c in firsts)
    add(name, statistics.median(w for w, _ in firsts), base_pdf, 1.0)
    figures.append(
        {
            "name": "whole funds ledger, PDF: peak memory (subprocess)",
            "value_mb": round(peak_mb),
            "target_mb": 300,
            "ok": peak_mb < 300,
        }
    )
    store.close()
    shutil.rmtree(work, ignore_errors=True)

    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    )
    print(
        f"baseline: one-page PDF {base_pdf * 1000:.0f} ms, one-page xlsx {base_xlsx * 1000:.0f} ms"
    )
    for f in figures:
        mark = "ok " if f["ok"] else "SLOW"
        if "median_s" in f:
            print(f"{mark} {f['name']:<44} {f['median_s']:>7.3f} s  x{f['ratio_to_baseline']:<6} "
                  f"cpu {f['cpu_s']:.3f} s (target < {f['target_s']} s) {f['detail']}")  # fmt: skip
        else:
            print(f"{mark} {f['name']:<44} {f['value_mb']:>7} MB  (target < {f['target_mb']} MB)")
    print(f"load average after: {load()}")
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=2, ensure_ascii=False))
    return 0 if all(f["ok"] for f in figures) else 1


if __name__ == "__main__":
    sys.exit(main())
