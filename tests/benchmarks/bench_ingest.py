"""The server's CPU per uploaded operation, in-process, phase by phase.

    python tests/benchmarks/bench_ingest.py [--batches 12] [--engine sqlite|postgresql|both]
        [--baseline /work/main/sync] [--profile]

A station's week of work (bench_burst.week_of_work: member inserts, visits noted on
earlier members, expenses) cut into the requests the sync engine sends (at most 500
operations / 256 KiB), fed through what POST /api/v1/sync does with a body once it is
un-gzipped: parse the JSON (app.json_of), check it (ingest.parse_request), apply it in one
transaction (Server.sync) and serialise the compact answer (app.json_response). Each
phase's CPU time (time.process_time: this process only; PostgreSQL's own backend is not
in it) is divided by the operations. Then the same batches again, as a client's retry:
every operation a duplicate.

With --baseline DIR the same measurement runs first with the linju_sync package found in
DIR (e.g. /work/main/sync: the code before a change), each in its own process, and the
ratios are printed: medians over the batches of --rounds runs of each, alternated, all in
one run. --profile adds a cProfile (CPU time) of the apply phase of the first round (the
top functions by own time; the profiler's own cost inflates them). No timed assertions.
"""

from __future__ import annotations

import argparse
import cProfile
import gzip
import json
import os
import pstats
import secrets
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve()
PHASES = ("json", "decode", "apply", "answer")


def batches(n_batches: int) -> list[bytes]:
    """n_batches request bodies (un-gzipped JSON) of one station's week."""
    sys.path.insert(0, str(HERE.parent))
    sys.path.insert(0, str(HERE.parents[1] / "sync"))
    from bench_burst import request_bodies, week_of_work

    node = secrets.token_hex(8)
    out: list[bytes] = []
    while len(out) < n_batches:
        out += [gzip.decompress(b) for b in request_bodies(node, week_of_work(node, 1000))]
    return out[:n_batches]


def measure(url: str, bodies: list[bytes], profile: bool) -> dict[str, Any]:
    from linju_sync.server import auth
    from linju_sync.server.app import json_of, json_response
    from linju_sync.server.db import Database
    from linju_sync.server.ingest import parse_request
    from linju_sync.server.service import Server

    data = Path(tempfile.mkdtemp(prefix="linju-bench-ingest-"))
    db = Database(url)
    server = Server(db, data)
    with db.write() as conn:
        sid = auth.add_station(conn, "站", "社区")

    def one(raw: bytes, prof: cProfile.Profile | None) -> tuple[int, dict[str, float]]:
        t = {p: 0.0 for p in PHASES}
        c0 = time.process_time()
        body = json_of(raw)
        c1 = time.process_time()
        req = parse_request(body)
        c2 = time.process_time()
        if prof is not None:
            prof.enable()
        answer = server.sync(sid, req)
        if prof is not None:
            prof.disable()
        c3 = time.process_time()
        resp = json_response(answer)
        c4 = time.process_time()
        assert resp.status_code == 200
        t.update(json=c1 - c0, decode=c2 - c1, apply=c3 - c2, answer=c4 - c3)
        return len(req.operations), t

    def run(prof: cProfile.Profile | None) -> list[dict[str, float]]:
        per = []
        for raw in bodies:
            n, t = one(raw, prof)
            per.append({k: v * 1e6 / n for k, v in t.items()})
        return per

    # CPU time, not wall time: the machine is shared and the figures are per operation
    prof = cProfile.Profile(time.process_time) if profile else None
    first = run(prof)
    retry = run(None)
    with db.read() as conn:
        from sqlalchemy import text

        landed = conn.execute(text("SELECT count(*) FROM applied_ops")).scalar_one()
    db.dispose()
    out: dict[str, Any] = {"first": first, "retry": retry, "landed": landed}
    if prof is not None:
        stats = pstats.Stats(prof)
        n_ops = sum(len(json.loads(b)["operations"]) for b in bodies)
        rows = []
        for (file, line, fn), (_cc, nc, tt, ct, _) in stats.stats.items():  # type: ignore[attr-defined]
            rows.append((tt * 1e6 / n_ops, ct * 1e6 / n_ops, nc, f"{Path(file).name}:{line} {fn}"))
        rows.sort(reverse=True)
        out["profile"] = rows[:18]
    return out


def child(args: argparse.Namespace) -> None:
    bodies = [Path(p).read_bytes() for p in args.bodies]
    import linju_sync

    result: dict[str, Any] = {"code": str(Path(linju_sync.__file__).parent), "engines": {}}
    for label, url in json.loads(args.urls).items():
        result["engines"][label] = measure(url, bodies, args.profile)
    print(json.dumps(result))


def median_phases(per: list[dict[str, float]]) -> dict[str, float]:
    out = {p: statistics.median(b[p] for b in per) for p in PHASES}
    out["total"] = statistics.median(sum(b.values()) for b in per)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--batches", type=int, default=12)
    ap.add_argument("--engine", choices=["sqlite", "postgresql", "both"], default="both")
    ap.add_argument("--baseline", type=Path, help="a sync/ folder holding the old linju_sync")
    ap.add_argument("--rounds", type=int, default=2, help="runs of each code, alternated")
    ap.add_argument("--profile", action="store_true", help="cProfile (CPU time) of round 1")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--urls", help=argparse.SUPPRESS)
    ap.add_argument("--bodies", nargs="*", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args)
        return

    tmp = Path(tempfile.mkdtemp(prefix="linju-bench-ingest-"))
    paths = []
    for i, raw in enumerate(batches(args.batches)):
        paths.append(tmp / f"b{i}.json")
        paths[-1].write_bytes(raw)
    n_ops = [len(json.loads(p.read_bytes())["operations"]) for p in paths]
    print(f"bench_ingest: {len(paths)} requests, {sum(n_ops):,} operations (per request "
          f"{min(n_ops)}-{max(n_ops)}); CPU of this process, µs per operation, medians")  # fmt: skip
    codes: list[tuple[str, Path | None]] = [("now", None)]
    if args.baseline:
        codes.insert(0, ("baseline", args.baseline))
    results: dict[str, dict[str, Any]] = {}
    pgs = []
    sys.path.insert(0, str(HERE.parents[1] / "sync"))
    from conftest import PgDatabase

    try:
        for _round in range(args.rounds):  # alternated: both meet the same neighbours
            for label, code in codes:
                urls: dict[str, str] = {}
                if args.engine in ("sqlite", "both"):
                    d = tmp / f"{label}-{_round}-sqlite"
                    d.mkdir()
                    urls["SQLite"] = f"sqlite:///{d / 'server.sqlite3'}"
                pg_url = os.environ.get("LINJU_TEST_PG_URL")
                if args.engine in ("postgresql", "both") and pg_url:
                    pgs.append(PgDatabase(pg_url))
                    urls["PostgreSQL"] = pgs[-1].url
                env = dict(os.environ)
                if code is not None:
                    env["PYTHONPATH"] = os.pathsep.join([str(code), env.get("PYTHONPATH", "")])
                cmd = [sys.executable, str(HERE), "--child", "--urls", json.dumps(urls)]
                cmd += ["--profile"] * (args.profile and _round == 0)
                cmd += ["--bodies", *map(str, paths)]
                done = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
                if done.returncode:
                    raise SystemExit(done.stderr[-3000:])
                got = json.loads(done.stdout.splitlines()[-1])
                if label not in results:
                    results[label] = got
                    continue
                for engine, e in got["engines"].items():
                    for kind in ("first", "retry"):
                        results[label]["engines"][engine][kind] += e[kind]
    finally:
        for pg in pgs:
            pg.drop()

    print(f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    for label, res in results.items():
        print(f"[{label}] linju_sync from {res['code']}")
    engines = results["now"]["engines"]
    for engine in engines:
        print(f"{engine}")
        head = "  " + f"{'':<22}" + "".join(f"{p:>9}" for p in (*PHASES, "total"))
        print(head)
        for label, res in results.items():
            e = res["engines"][engine]
            for kind in ("first", "retry"):
                m = median_phases(e[kind])
                cells = "".join(f"{m[p]:9.1f}" for p in (*PHASES, "total"))
                print(f"  {label + ' ' + kind:<22}{cells}")
            print(f"  {label}: {e['landed']:,} operations landed")
        if "baseline" in results:
            for kind in ("first", "retry"):
                old = median_phases(results["baseline"]["engines"][engine][kind])["total"]
                new = median_phases(engines[engine][kind])["total"]
                print(f"  {kind}: now / baseline = {new / old:.2f} ({old:.0f} -> {new:.0f} µs/op)")
        for label, res in results.items():
            prof = res["engines"][engine].get("profile")
            if prof:
                print(f"  [{label}] apply phase, top functions: own µs/op, cumulative µs/op, calls")
                for tt, ct, nc, name in prof:
                    print(f"    {tt:7.1f} {ct:7.1f} {nc:8d}  {name}")


if __name__ == "__main__":
    main()
