"""Sync over a shaped link: figures as ratios against their bound, all in one run.

    python tests/benchmarks/bench_sync.py [--quick] [--first-only [--station DIR] [--breakdown]]

A real `linju-server` on loopback behind our own shaping proxy (tests/netproxy.py:
token-bucket bandwidth each way, one-way latency per chunk, byte counters).

(a) HTTP requests: nothing changed (bound 1); N operations (bound ceil(N/500) + 1)
(b) bytes on the wire (gzip'd, HTTP heads included) per changed field, for the full answer
    form (the baseline) and the compact one (targets < 40 B one-field, < 30 B three-field)
(c) a week's work, 1,000 operations + 20 photos of 300 KB (random bytes), over 256 kbit/s
    with a 300 ms round trip: elapsed / (wire bytes / bandwidth + requests x RTT), <= 1.3
(d) first sync of the ten-year demo station to an empty server over a 50 ms round trip,
    same ratio, <= 1.3 (--quick: a one-year station and 4 photos in (c)); --breakdown adds
    the client's time by stage (read, encode, json+gzip, post, parse, commit)
(e) peak memory during (d): the server process (psutil, sampled) and this process
    (resource.getrusage high-water mark; the station is generated in a child process)

Bytes / bandwidth counts both directions against one direction's bandwidth, so the
bound is on the generous side of the wire time; round trips are the HTTP requests.
"""

from __future__ import annotations

import argparse
import dataclasses
import math
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import psutil
import requests

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from linju_sync.client import records, transport
from netproxy import NetProxy
from sync_support import District

from linju_desktop.services import attachments
from linju_desktop.services import sync as sync_service
from linju_desktop.services.sync_store import SqliteStationStore
from linju_desktop.store.database import Store


class Requests:
    def __init__(self) -> None:
        self.session = requests.Session()
        self.session.hooks["response"].append(self._hook)
        self.n = 0

    def _hook(self, resp: requests.Response, *args: object, **kwargs: object) -> None:
        self.n += 1


def enroll(store: Store, district: District, proxy: NetProxy, name: str) -> str:
    sid = district.add_station(name)
    sync_service.enroll_station(store, district.url, district.enrollment_code(sid))
    point_at(store, proxy)
    return sid


def point_at(store: Store, proxy: NetProxy) -> None:
    station = SqliteStationStore(store)
    creds = station.credentials()
    assert creds is not None
    station.save_credentials(dataclasses.replace(creds, server_url=proxy.url))


def updates(i: int, fields: int, second: bool) -> dict[str, str]:
    """Row i's next change of `fields` fields (another value for the second round)."""
    mobile = f"{138 if second else 139}{i:08d}"
    if fields == 1:
        return {"mobile": mobile}
    return {"mobile": mobile, "building": f"{i % 30 + second}号楼", "room": f"{i}{int(second)}"}


def sync(store: Store, counter: Requests, compact: bool = True) -> sync_service.SyncReport:
    report = sync_service.run_sync(store, session=counter.session, retries=0, compact=compact)
    if not report.fully_synced:
        raise SystemExit(f"sync failed: {report.error!r} {report.mismatched}")
    return report


def line(label: str, value: float, bound: float, unit: str = "", target: str = "") -> None:
    ratio = value / bound if bound else float("inf")
    print(f"  {label:<46} {value:>10.2f}{unit:<3} bound {bound:>9.2f}  ratio {ratio:5.2f} {target}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true", help="1-year station, 4 photos")
    ap.add_argument("--skip-week", action="store_true", help="leave out (c)")
    ap.add_argument("--wire-only", action="store_true", help="only (a) and (b)")
    ap.add_argument("--first-only", action="store_true", help="only (d) and (e)")
    ap.add_argument("--station", type=Path, help="(d): a copy of this station, not a new one")
    ap.add_argument(
        "--breakdown", action="store_true", help="(d): where the client's time goes, by stage"
    )
    ap.add_argument("--n", type=int, default=1234, help="operations for (a)")
    ap.add_argument("--mbit-d", type=float, default=4.0, help="bandwidth of the 50 ms link")
    args = ap.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="linju-bench-sync-"))
    district = District(tmp / "district")
    district.start()
    try:
        run(args, tmp, district)
    finally:
        district.stop()


def run(args: argparse.Namespace, tmp: Path, district: District) -> None:
    print(f"bench_sync ({'quick' if args.quick else 'full'}), data in {tmp}")
    if args.first_only:
        first_sync(args, tmp, district)
        return

    # -- (a) requests, (b) bytes per changed field: a fast link -------------------------
    with NetProxy(district.port, latency=0.001) as proxy, Store(tmp / "a") as store:
        enroll(store, district, proxy, "请求计数")
        counter = Requests()
        with store.transaction():
            store.insert("members", {"name": "张三", "status": "active"})
        sync(store, counter)
        counter.n = 0
        sync(store, counter)
        print("(a) HTTP requests")
        line("nothing changed", counter.n, 1, target="(must be 1)")
        n = args.n
        with store.transaction():
            ids = store.insert_many(
                "members", [{"name": f"党员{i}", "status": "active"} for i in range(n)]
            )
        counter.n = 0
        sync(store, counter)
        line(f"{n} operations", counter.n, math.ceil(n / 500) + 1, target="(<= 1)")

        print("(b) bytes on the wire per changed field (gzip'd, HTTP heads included)")
        for fields, bound in ((1, 40), (3, 30)):
            per = {}
            for compact in (False, True):  # the full answer form is the baseline
                with store.transaction():
                    for i, row in enumerate(ids[:1000]):
                        store.update("members", row, updates(i, fields, compact))
                proxy.reset_stats()
                sync(store, counter, compact=compact)
                per[compact] = proxy.stats.bytes_total / (1000 * fields)
            label = f"1,000 {'one' if fields == 1 else 'three'}-field updates"
            line(f"{label}, full answer (baseline)", per[False], bound, "B")
            line(f"{label}, compact answer", per[True], bound, "B", f"(target < {bound} B)")
            print(f"    compact / full: {per[True] / per[False]:.2f}")

    # -- (c) a week's work over 256 kbit/s, 300 ms round trip ----------------------------
    if args.wire_only:
        return
    if not args.skip_week:
        week(args, tmp, district)
    first_sync(args, tmp, district)


def week(args: argparse.Namespace, tmp: Path, district: District) -> None:
    photos = 4 if args.quick else 20
    bw = 256_000 / 8
    rtt = 0.300
    with Store(tmp / "c") as store:
        with NetProxy(district.port) as proxy:
            enroll(store, district, proxy, "一周工作")
            sync(store, Requests())
        with store.transaction():
            ids = store.insert_many(
                "members", [{"name": f"党员{i}", "status": "active"} for i in range(400)]
            )
            for i, row in enumerate(ids):
                store.update("members", row, {"mobile": f"137{i:08d}"})
            for _ in range(200):
                store.insert("requests", {"resident": "王大妈", "category": "环境卫生"})
            mid = store.insert("meetings", {"title": "主题党日", "status": "draft"})
        for i in range(photos):
            p = tmp / f"photo{i}.jpg"
            p.write_bytes(os.urandom(300_000))
            attachments.attach(store, "meetings", mid, p)
        ops = sync_service.status(store).pending
        with NetProxy(district.port, bandwidth=bw, latency=rtt / 2) as proxy:
            point_at(store, proxy)
            counter = Requests()
            t0 = time.monotonic()
            sync(store, counter)
            elapsed = time.monotonic() - t0
            wire = proxy.stats.bytes_total
        bound = wire / bw + counter.n * rtt
        print(
            f"(c) a week's work: {ops} operations + {photos} photos of 300 KB, 256 kbit/s, 300 ms"
        )
        print(f"    {wire / 1e6:.2f} MB on the wire, {counter.n} requests")
        line("elapsed", elapsed, bound, "s", "(target ratio <= 1.3)")


class Stages:
    """--breakdown: wall time spent in each stage of the client's sync loop, summed over
    the requests (wrapped from outside, so the engine carries no timing code). "post" is
    the request on the wire and at the server; read, encode and json+gzip of the next batch
    run while a request is out, and with requests in flight at once the stages overlap:
    their sum can exceed the elapsed time."""

    WRAPPED = (
        ("read", SqliteStationStore, "pending_operations"),
        ("encode", records, "encode_request"),
        ("json+gzip", records, "gzip_json"),
        ("post", transport.Transport, "request"),
        ("parse", records, "decode_response"),
        ("commit", SqliteStationStore, "commit_step"),
    )

    def __init__(self, on: bool) -> None:
        self.on = on
        self.seconds: dict[str, float] = {}
        self.saved: list[tuple[object, str, object]] = []

    def __enter__(self) -> Stages:
        if self.on:
            for name, owner, attr in self.WRAPPED:
                fn = getattr(owner, attr)
                self.saved.append((owner, attr, fn))
                setattr(owner, attr, self._timed(name, fn))
        return self

    def _timed(self, name: str, fn: Any) -> Any:
        def timed(*args: Any, **kwargs: Any) -> Any:
            t = time.monotonic()
            try:
                return fn(*args, **kwargs)
            finally:
                self.seconds[name] = self.seconds.get(name, 0.0) + time.monotonic() - t

        return timed

    def __exit__(self, *exc: object) -> None:
        for owner, attr, fn in reversed(self.saved):
            setattr(owner, attr, fn)

    def show(self, elapsed: float, requests: int) -> None:
        if not self.on:
            return
        s = self.seconds
        print(f"    where the client's time went (summed over {requests} requests):")
        for name, _, _ in self.WRAPPED:
            v = s.get(name, 0.0)
            print(f"      {name:<10} {v:8.2f} s  {100 * v / elapsed:5.1f} % of elapsed")


def first_sync(args: argparse.Namespace, tmp: Path, district: District) -> None:
    """(d) first sync of the demo station over 50 ms, (e) memory."""
    years = 1 if args.quick else 10
    folder = tmp / "d"
    t0 = time.monotonic()
    if args.station:  # generated once, synced from a fresh copy each time
        shutil.copytree(args.station, folder)
    else:
        subprocess.run(
            [
                str(Path(sys.executable).with_name("linju")),
                *("--data-dir", str(folder), "demo", "--ten-year", "--years", str(years)),
            ],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    print(
        f"(d) first sync of the {years}-year demo station (generated in {time.monotonic() - t0:.0f} s)"
    )
    bw_d = args.mbit_d * 1e6 / 8
    rtt_d = 0.050
    server = psutil.Process(district.proc.pid) if district.proc else None
    peak = {"server": 0, "client": 0}
    me = psutil.Process()
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            if server is not None:
                peak["server"] = max(peak["server"], server.memory_info().rss)
            peak["client"] = max(peak["client"], me.memory_info().rss)
            time.sleep(0.05)

    with (
        Store(folder) as store,
        NetProxy(district.port, bandwidth=bw_d, latency=rtt_d / 2) as proxy,
    ):
        enroll(store, district, proxy, "十年示范")
        ops = sync_service.status(store).pending
        counter = Requests()
        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        t0, cpu0 = time.monotonic(), time.process_time()
        server_cpu0 = sum(server.cpu_times()[:2]) if server else 0.0
        with Stages(args.breakdown) as stages:
            report = sync(store, counter)
        elapsed, cpu = time.monotonic() - t0, time.process_time() - cpu0
        server_cpu = sum(server.cpu_times()[:2]) - server_cpu0 if server else 0.0
        done.set()
        sampler.join()
        wire = proxy.stats.bytes_total
    bound = wire / bw_d + counter.n * rtt_d
    print(
        f"    {ops} operations ({report.sent} sent), {report.blobs_uploaded} files, "
        f"{wire / 1e6:.2f} MB on the wire, {counter.n} requests, {args.mbit_d:g} Mbit/s"
    )
    line("elapsed", elapsed, bound, "s", "(target ratio <= 1.3)")
    print(
        f"    CPU during it: this process {cpu:.2f} s, the server {server_cpu:.2f} s; "
        f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}"
    )
    stages.show(elapsed, counter.n)
    print("(e) peak memory during (d)")
    line("server RSS (sampled)", peak["server"] / 2**20, 300, "MB", "(target < 300 MB)")
    line("client RSS (sampled)", peak["client"] / 2**20, 200, "MB", "(target < 200 MB)")
    maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KB on Linux
    line("client ru_maxrss (whole run)", maxrss, 200, "MB", "(target < 200 MB)")


if __name__ == "__main__":
    main()
