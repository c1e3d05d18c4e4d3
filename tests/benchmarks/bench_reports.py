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
- the preview's first page: from the action to page 1 laid out (< 1 s), for the longest
  output (the ten-year ledger).
--quick uses a two-year station and fewer repetitions (a smoke run).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import resource
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


def median_time(fn: Callable[[], Any], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--json", metavar="FILE")
    args = ap.parse_args()
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

    # Peak memory first: RUSAGE_CHILDREN reports the largest child so far.
    ledger_pdf = out / "ledger-cli.pdf"
    start = time.perf_counter()
    cmd = [sys.executable, "-m", "linju_desktop.cli", "--data-dir", str(data), "print",
           "ledger", "--from", whole.start.isoformat(), "--to", whole.end.isoformat(),
           "--out", str(ledger_pdf)]  # fmt: skip
    subprocess.run(cmd, check=True, capture_output=True)
    cli_seconds = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024

    one_page = m.Document(kind="t", title="基线", branch="基线支部", blocks=[m.Text("一页")])
    save(one_page, out / "warm.pdf")  # fonts and Qt start once, outside every figure
    base_pdf = median_time(lambda: save(one_page, out / "base.pdf"), runs)
    base_xlsx = median_time(lambda: save(one_page, out / "base.xlsx"), runs)

    def add(name: str, seconds: float, base: float, target: float, detail: str = "") -> None:
        figures.append(
            {
                "name": name,
                "median_s": round(seconds, 3),
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

    add("meeting record, PDF", median_time(timed(Order("meeting", ident), ".pdf"), runs),
        base_pdf, 0.5)  # fmt: skip
    add("meeting register of a year, PDF",
        median_time(timed(Order("meetings", period=last_year), ".pdf"), runs), base_pdf, 3.0,
        f"{len(meeting)} meetings")  # fmt: skip
    add("yearly summary, PDF", median_time(timed(Order("annual", period=last_year), ".pdf"), runs),
        base_pdf, 2.0)  # fmt: skip
    entries = len(q.expenses_between(store, whole.start.isoformat(), whole.end.isoformat()))
    ledger = Order("ledger", period=whole)
    big_runs = max(1, runs // 2)
    add("whole funds ledger, PDF", median_time(timed(ledger, ".pdf"), big_runs), base_pdf, 10.0,
        f"{entries} entries; CLI subprocess {cli_seconds:.1f} s")  # fmt: skip
    add("whole funds ledger, xlsx", median_time(timed(ledger, ".xlsx"), big_runs), base_xlsx, 5.0,
        f"{entries} entries")  # fmt: skip

    def first_page() -> float:
        start = time.perf_counter()
        seen: list[float] = []
        doc = build(store, ledger, TODAY)
        pdf.layout(doc, on_first_page=lambda _lay: seen.append(time.perf_counter() - start))
        return seen[0]

    firsts = [first_page() for _ in range(big_runs)]
    add("preview: first page of the whole ledger", statistics.median(firsts), base_pdf, 1.0)
    figures.append(
        {
            "name": "whole funds ledger, PDF: peak memory (subprocess)",
            "value_mb": round(peak_mb),
            "target_mb": 300,
            "ok": peak_mb < 300,
        }
    )
    store.close()

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
                  f"(target < {f['target_s']} s) {f['detail']}")  # fmt: skip
        else:
            print(f"{mark} {f['name']:<44} {f['value_mb']:>7} MB  (target < {f['target_mb']} MB)")
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=2, ensure_ascii=False))
    return 0 if all(f["ok"] for f in figures) else 1


if __name__ == "__main__":
    sys.exit(main())
