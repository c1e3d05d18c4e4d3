"""Benchmarks of the neighbourhood's books on the ten-year station (not collected by pytest).

    python tests/benchmarks/bench_neighbourhood.py [--quick] [--json out.json]

The station is the ten-year demo (STRESS: about 5,000 tasks, 30,000 service-hour entries
and 200 consultations). Each figure is a median of interleaved runs, printed with its ratio
to a baseline measured in the same run on the same store (never a timed assertion):

- a person's balance and history (services.volunteering.record_of) for the busiest person
  and a typical one; baseline: reading that person's row (Store.get). Issue target < 20 ms;
- the live tally while recording a vote in a consultation of 200 households
  (services.consultations.record_vote: checks, write, tally); baseline: one single-field
  update in its own transaction. Issue target < 10 ms per vote;
- the tasks page's first read as the page does it (the count, the 200 newest by keyset,
  their takers), a search by a volunteer's name, and the last page read from the cursor of
  the one before (keyset: as fast at any depth); baseline the same reading person row.
  Issue target for the page's first open < 300 ms. Also the year's figures (informational).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from linju_desktop.reports.figures import station_figures
from linju_desktop.reports.period import Period
from linju_desktop.services import consultations as cons
from linju_desktop.services import demo
from linju_desktop.services import volunteering as vol
from linju_desktop.store import queries
from linju_desktop.store.database import Store
from linju_desktop.store.reads import neighbourhood as reads

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/helpers.py

from helpers import peek_rows

TODAY = dt.date(2025, 6, 15)
RESULTS: list[dict[str, Any]] = []


def interleaved(fns: dict[str, Callable[[], Any]], runs: int) -> dict[str, float]:
    """Median seconds of each function, run in turns so load on a shared machine falls on
    all of them alike."""
    for fn in fns.values():
        fn()
    times: dict[str, list[float]] = {k: [] for k in fns}
    for _ in range(runs):
        for k, fn in fns.items():
            t = time.perf_counter()
            fn()
            times[k].append(time.perf_counter() - t)
    return {k: statistics.median(v) for k, v in times.items()}


def show(name: str, seconds: float, baseline: float | None, target_ms: float | None) -> None:
    ms = seconds * 1000
    ratio = seconds / baseline if baseline else None
    target = f"< {target_ms:g} ms" if target_ms else ""
    verdict = "" if target_ms is None else ("within" if ms < target_ms else "OVER")
    extra = f"x{ratio:8.1f} baseline" if ratio is not None else ""
    print(f"  {name:<58} {ms:9.3f} ms  {extra:<18} {target:<9} {verdict}", flush=True)
    RESULTS.append(
        {"name": name, "ms": round(ms, 3), "ratio": ratio and round(ratio, 2), "target": target}
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true", help="a two-year station, fewer runs")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args(argv)
    years, runs = (2, 15) if args.quick else (10, 60)
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "station")
        t = time.perf_counter()
        counts = demo.generate(store, profile=demo.STRESS, years=years, seed=3, today=TODAY)
        print(f"ten-year station made in {time.perf_counter() - t:.1f} s: " + ", ".join(
            f"{k} {counts[k]}" for k in ("tasks", "service_hours", "points_ledger",
                                          "consultations", "households", "votes", "volunteers")
        ))  # fmt: skip
        people = peek_rows(
            store,
            "SELECT volunteer_id AS id, count(*) AS n FROM service_hours "
            "GROUP BY volunteer_id ORDER BY n",
        )
        busiest, typical = people[-1], people[len(people) // 2]
        print(f"entries of the busiest person {busiest['n']}, of a typical one {typical['n']}")

        got = interleaved(
            {
                "base": lambda: store.get("volunteers", busiest["id"]),
                "busy": lambda: vol.record_of(store, busiest["id"]),
                "typical": lambda: vol.record_of(store, typical["id"]),
            },
            runs,
        )
        show("balance and history, busiest person", got["busy"], got["base"], 20)
        show("balance and history, typical person", got["typical"], got["base"], 20)

        cid = cons.save_consultation(store, {"title": "200户加装电梯（基准）", "matter": "lift"})
        with store.transaction():
            homes = [
                cons.add_household(store, cid, f"{i // 2 + 1}{i % 2 + 1:02d}", i // 20 + 1, "80")
                for i in range(200)
            ]
        choices = ["agree", "disagree", "abstain"]
        state = {"i": 0}
        probe = peek_rows(store, "SELECT id FROM volunteers LIMIT 1")[0]["id"]

        def vote() -> None:
            i = state["i"]
            state["i"] += 1
            cons.record_vote(
                store, cid, homes[i % 200], choices[i % 3], correcting=i >= 200, recorded_by="书记"
            )

        def one_update() -> None:
            with store.transaction():
                store.update("volunteers", probe, {"notes": f"n{state['i']}"})

        got = interleaved({"base": one_update, "vote": vote}, max(runs, 200))
        show("record a vote and tally 200 households", got["vote"], got["base"], 10)
        tally = cons.tally(store, cid)
        print(f"  (tally after the run: {tally.agree} agree of {tally.households}, "
              f"passes: {tally.passes})")  # fmt: skip

        period = Period.year(TODAY.year - 1)
        got = interleaved(
            {
                "base": lambda: store.get("volunteers", busiest["id"]),
                "page": lambda: reads.tasks(store, limit=100),
                "figures": lambda: station_figures(store, period),
            },
            max(5, runs // 6),
        )
        show("tasks page first read (100 newest)", got["page"], got["base"], 300)

        show("the year's figures with the neighbourhood's", got["figures"], got["base"], None)
        n = station_figures(store, period)["neighbourhood"]
        print("  figures " + json.dumps(n, ensure_ascii=False))

        def page_read(search: str = "", after: queries.Cursor | None = None) -> int:
            """What the tasks page reads: the count, a page of 200 by keyset, the takers."""
            q = queries.ListQuery("tasks", search=search, order_by="date", descending=True)
            total = queries.count(store, q)
            rows, _ = queries.page_after(store, q, 200, after)
            reads.taker_counts(store, [r["id"] for r in rows])
            return total

        q = queries.ListQuery("tasks", order_by="date", descending=True)
        cursor, before_last = None, None
        while True:
            rows, nxt = queries.page_after(store, q, 200, cursor)
            if len(rows) < 200:
                break
            before_last, cursor = cursor, nxt
        name = reads.volunteers(store)[len(people) // 2]["name"]
        got = interleaved(
            {
                "base": lambda: store.get("volunteers", busiest["id"]),
                "first": page_read,
                "search": lambda: page_read(name),
                "last": lambda: page_read("", cursor),
                "old": lambda: reads.tasks(store, limit=500),
            },
            max(5, runs // 6),
        )
        print(f"  ({page_read()} tasks; {page_read(name)} found by the name {name}; "
              f"the last page read after {before_last and before_last[0]})")  # fmt: skip
        show("tasks page: count, 200 newest by keyset, takers", got["first"], got["base"], 300)
        show("tasks page: search by a volunteer's name", got["search"], got["base"], 300)
        show("tasks page: the last page from its cursor", got["last"], got["base"], 300)
        show("before: the 500 newest with takers and hours", got["old"], got["base"], 300)
        store.close()
    if args.json:
        args.json.write_text(json.dumps(RESULTS, ensure_ascii=False, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
