"""What sealing and signing cost on offline bundles: ratios against the same bundles without
them, measured in this process, median of several runs (target: < 1.10).

    python tests/benchmarks/bench_bundles.py [--runs 5] [--quick]

The whole trip on a USB stick, through the real code: the station writes its bundle
(services.sync.export_bundle), the district imports it and writes the reply
(server.bundles.import_bundle, in this process, on a SQLite copy), the station applies the
reply (services.sync.import_bundle). Two loads:

  week     1,000 operations (400 new members with ID numbers, 400 updates, 200 requests)
           and 20 photos of 300 KB (random bytes)
  records  10,000 new members, no photos (the manifest dominates)

"without" replaces the primitives of linju_sync.protocol.bundle (_derive, _seal, _open,
_sign, _verify) by pass-throughs: same format, same hashing, same zip, no cryptography.
Each run starts from identical copies of the station and of the district (made once from
a real enrollment with a real `linju-server`), alternating with and without (and which
goes first), so both see the same work and the same machine. On a busy machine the spread
between runs is larger than the cost measured: use --runs 9 or more.

A last line isolates the codec (write, open and read back the week's bundle with no
database work at all): the worst case for the ratio, for information.

Online sync carries no bundle cryptography; its only new step is the check whether the
station still has to register bundle keys (a settings read). The "online" line times a
nothing-changed `linju sync` against the real server with and without that check.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from linju_sync.protocol import bundle as bundle_mod
from linju_sync.server.bundles import district_keys
from linju_sync.server.bundles import import_bundle as district_import
from linju_sync.server.db import Database, default_url
from linju_sync.server.service import Server
from sync_support import District

from linju_desktop.services import attachments
from linju_desktop.services import sync as sync_service
from linju_desktop.services.sync_store import SqliteStationStore
from linju_desktop.store.database import Store

PHASES = ("export", "district", "reply", "total")


@contextlib.contextmanager
def without_crypto() -> Iterator[None]:
    saved = {n: getattr(bundle_mod, n) for n in ("_derive", "_seal", "_open", "_sign", "_verify")}
    bundle_mod._derive = lambda *a: "no key"  # type: ignore[assignment]
    bundle_mod._seal = lambda _aead, _nonce, data, _aad: data  # type: ignore[assignment]
    bundle_mod._open = lambda _aead, _nonce, data, _aad: data  # type: ignore[assignment]
    bundle_mod._sign = lambda _keys, _message: bytes(64)  # type: ignore[assignment]
    bundle_mod._verify = lambda *a: None  # type: ignore[assignment]
    try:
        yield
    finally:
        for name, fn in saved.items():
            setattr(bundle_mod, name, fn)


def make_station(folder: Path, district: District, sid: str, load: str, photos: int) -> None:
    store = Store(folder)
    sync_service.enroll_station(store, district.url, district.enrollment_code(sid))
    with store.transaction():
        n = 400 if load == "week" else 10_000
        ids = store.insert_many(
            "members",
            [
                {"name": f"党员{i}", "status": "active", "id_number": f"1101011950{i:08d}"}
                for i in range(n)
            ],
        )
        if load == "week":
            for i, row in enumerate(ids):
                store.update("members", row, {"mobile": f"137{i:08d}"})
            for _ in range(200):
                store.insert("requests", {"resident": "王大妈", "category": "环境卫生"})
    if photos:
        mid = store.insert("meetings", {"title": "主题党日", "status": "draft"})
        for i in range(photos):
            p = folder.parent / f"photo-{load}-{i}.jpg"
            p.write_bytes(os.urandom(300_000))
            attachments.attach(store, "meetings", mid, p)
    store.close()


def online(folder: Path, district: District, runs: int) -> None:
    """Nothing-changed syncs over loopback, with and without the key check, alternating."""
    sid = district.add_station("基准在线")
    times: dict[str, list[float]] = {"with": [], "without": []}
    with Store(folder) as store:
        sync_service.enroll_station(store, district.url, district.enrollment_code(sid))
        sync_service.run_sync(store, backoff=0.0)
        check = sync_service._upgrade_keys
        for _ in range(runs):
            for variant in ("without", "with"):
                sync_service._upgrade_keys = check if variant == "with" else lambda *a: None  # type: ignore[assignment]
                t0 = time.perf_counter()
                report = sync_service.run_sync(store, backoff=0.0)
                times[variant].append(time.perf_counter() - t0)
                assert report.fully_synced, report.error
        sync_service._upgrade_keys = check  # type: ignore[assignment]
    sealed, plain = statistics.median(times["with"]), statistics.median(times["without"])
    print(
        f"online: a nothing-changed sync, median of {runs}: with the key check "
        f"{sealed * 1000:.1f} ms, without {plain * 1000:.1f} ms, ratio {sealed / plain:5.3f}"
        "  (target < 1.10)"
    )


def codec_only(template: Path, work: Path, runs: int) -> None:
    """The week's bundle written, verified and read back, nothing else."""
    shutil.rmtree(work, ignore_errors=True)
    shutil.copytree(template, work)
    with Store(work / "station") as store:
        sync_service.export_bundle(store, work / "up.linju")
    keys = district_keys(work / "district")
    sender = bundle_mod.peek_station(work / "up.linju")
    with Store(work / "station") as store:
        creds = SqliteStationStore(store).credentials()
    assert creds is not None and creds.own_keys is not None and creds.district_keys is not None
    assert sender == creds.station_id
    first = bundle_mod.read_bundle(work / "up.linju", keys, creds.own_keys.public().sign)
    items = [(sha, b"".join(first.iter_blob(sha))) for sha in first.blobs]
    times: dict[str, list[float]] = {"with": [], "without": []}

    def once() -> float:
        t0 = time.perf_counter()
        out = bundle_mod.write_bundle(
            work / "again.linju",
            station_id=sender,
            sender=creds.own_keys,
            recipient=keys.public(),
            request=first.request,
            blobs=items,
        )
        got = bundle_mod.read_bundle(out, keys, creds.own_keys.public().sign)
        for sha in got.blobs:
            for _ in got.iter_blob(sha):
                pass
        return time.perf_counter() - t0

    for i in range(runs):
        for variant in ("without", "with") if i % 2 == 0 else ("with", "without"):
            with without_crypto() if variant == "without" else contextlib.nullcontext():
                times[variant].append(once())
    sealed, plain = statistics.median(times["with"]), statistics.median(times["without"])
    print(
        f"codec alone (the week's bundle written and read, no database): with "
        f"{sealed * 1000:.1f} ms, without {plain * 1000:.1f} ms, ratio {sealed / plain:5.3f}"
        "  (information)"
    )


def trip(template: Path, work: Path) -> dict[str, float]:
    """One round trip on fresh copies; seconds per phase."""
    shutil.rmtree(work, ignore_errors=True)
    shutil.copytree(template, work)
    station_dir, district_dir = work / "station", work / "district"
    out, reply = work / "up.linju", work / "down.linju"
    times: dict[str, float] = {}
    with Store(station_dir) as store:
        t0 = time.perf_counter()
        sync_service.export_bundle(store, out)
        t1 = time.perf_counter()
        server = Server(Database(default_url(district_dir)), district_dir)
        try:
            district_import(server, out, reply)
        finally:
            server.db.dispose()
        t2 = time.perf_counter()
        report = sync_service.import_bundle(store, reply)
        t3 = time.perf_counter()
    if report.sent == 0:
        raise SystemExit("the reply acknowledged nothing: the benchmark is broken")
    times.update(export=t1 - t0, district=t2 - t1, reply=t3 - t2, total=t3 - t0)
    return times


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5, help="runs per variant (median)")
    ap.add_argument("--quick", action="store_true", help="the week load only, 3 runs")
    args = ap.parse_args()
    runs = 3 if args.quick else args.runs
    loads = [("week", 20)] if args.quick else [("week", 20), ("records", 0)]
    tmp = Path(tempfile.mkdtemp(prefix="linju-bench-bundles-"))
    print(f"bench_bundles: {runs} runs per variant, data in {tmp}")
    district = District(tmp / "district")
    district.start()
    try:
        for load, photos in loads:
            sid = district.add_station(f"基准{load}")
            district.cli("allocate", sid, "2026", "10000")  # the reply carries a feed too
            make_station(tmp / f"template-{load}" / "station", district, sid, load, photos)
        online(tmp / "online", district, 10 * runs)
    finally:
        district.stop()
    for load, photos in loads:
        template = tmp / f"template-{load}"
        shutil.copytree(tmp / "district", template / "district")
        results: dict[str, list[dict[str, float]]] = {"with": [], "without": []}
        for i in range(runs):
            # which goes first alternates too: no variant always gets the warmer cache
            for variant in ("without", "with") if i % 2 == 0 else ("with", "without"):
                with without_crypto() if variant == "without" else contextlib.nullcontext():
                    results[variant].append(trip(template, tmp / "work"))
        size = (tmp / "work" / "up.linju").stat().st_size
        print(f"{load}: bundle of {size / 1e6:.2f} MB ({photos} photos)")
        for phase in PHASES:
            sealed = statistics.median(r[phase] for r in results["with"])
            plain = statistics.median(r[phase] for r in results["without"])
            print(
                f"  {phase:<9} with {sealed * 1000:8.1f} ms  without {plain * 1000:8.1f} ms  "
                f"ratio {sealed / plain:5.3f}" + ("  (target < 1.10)" if phase == "total" else "")
            )
        if load == "week":
            codec_only(template, tmp / "work", 3 * runs)
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
