"""`linju-server`: the district's administration commands and `serve`.

Commands that print an id, code or token print it as their LAST line (scripts take it
with `tail -n1`). Exit status: 0 done, 1 refused (with a message on stderr), 2 usage.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from linju_sync.server import auth
from linju_sync.server.db import Database, SchemaTooNew, default_url
from linju_sync.server.private import POSIX, ensure_private_dir, private_opener
from linju_sync.server.service import Server, parse_yuan


def _data_dir(args: argparse.Namespace) -> Path:
    d = Path(args.data_dir or os.environ.get("LINJU_SERVER_DATA") or "linju-server-data")
    return ensure_private_dir(d)  # 0700: the database in it holds every station's ID numbers


def _open(args: argparse.Namespace) -> Server:
    data = _data_dir(args)
    url = args.database_url or os.environ.get("LINJU_DATABASE_URL") or default_url(data)
    return Server(Database(url), data)


def cmd_init(args: argparse.Namespace) -> int:
    server = _open(args)
    print(f"database ready at schema version {server.db.version()}: {server.db.url}")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from linju_sync.server.admission import Limits
    from linju_sync.server.app import create_app

    for name, value in [
        ("LINJU_ADMIT_IN_FLIGHT", args.max_in_flight),
        ("LINJU_ADMIT_WAITING", args.max_waiting),
        ("LINJU_ADMIT_WAIT_S", args.max_wait),
    ]:
        if value is not None:
            os.environ[name] = str(value)
    server = _open(args)
    if args.workers > 1:
        # Each worker process builds its own app from the environment; sessions, the
        # figures cache and throttling live in the database, so they share everything.
        os.environ["LINJU_SERVER_DATA"] = str(server.data_dir)
        os.environ["LINJU_DATABASE_URL"] = server.db.url
        server.db.dispose()
        command = [
            sys.executable, "-m", "uvicorn", "linju_sync.server.app:app_from_environment",
            "--factory", "--host", args.host, "--port", str(args.port), "--workers",
            str(args.workers), "--log-level", args.log_level, "--no-access-log",
        ]  # fmt: skip
        if POSIX:
            # The supervisor only watches its workers: a fresh interpreter of uvicorn alone
            # in place of this one, which holds the database layer (~45 MB less at rest).
            sys.stdout.flush()
            sys.stderr.flush()
            os.execv(sys.executable, command)
        uvicorn.run(
            "linju_sync.server.app:app_from_environment", factory=True, host=args.host,
            port=args.port, workers=args.workers, log_level=args.log_level, access_log=False,
        )  # fmt: skip
        return 0
    app = create_app(server.db, server.data_dir, Limits.from_environment(server.db.is_sqlite))
    uvicorn.run(app, host=args.host, port=args.port, log_level=args.log_level, access_log=False)
    return 0


def cmd_add_station(args: argparse.Namespace) -> int:
    server = _open(args)
    with server.db.write() as conn:
        sid = auth.add_station(conn, args.name, args.community or "", args.street or "")
    print(f"station {args.name!r} added under community {args.community or '-'!r}")
    print(sid)
    return 0


def _require(server: Server, station_id: str) -> None:
    with server.db.read() as conn:
        if auth.get_station(conn, station_id) is None:
            raise LookupError(f"no station {station_id}")


def cmd_enroll(args: argparse.Namespace) -> int:
    server = _open(args)
    _require(server, args.station_id)
    with server.db.write(args.station_id) as conn:
        voided = auth.void_codes(conn, args.station_id)  # new_code would too; counted here
        code = auth.new_code(conn, args.station_id)
    if voided:
        print(f"{voided} earlier open code(s) of this station voided")
    print(f"one-time enrollment code, valid for {auth.CODE_DAYS} days:")
    print(code)
    return 0


def cmd_revoke(args: argparse.Namespace) -> int:
    server = _open(args)
    with server.db.write(args.station_id) as conn:
        voided = auth.void_codes(conn, args.station_id)  # revoke would too; counted here
        if not auth.revoke(conn, args.station_id, args.reason):
            raise LookupError(f"no station {args.station_id}")
    print(
        f"station {args.station_id} revoked: its token no longer works; "
        f"{voided} open code(s) voided"
    )
    return 0


def cmd_allocate(args: argparse.Namespace) -> int:
    fen = parse_yuan(args.amount)
    server = _open(args)
    row_id = server.allocate(args.station_id, args.year, fen)
    print(f"{args.year}: {fen // 100}.{fen % 100:02d} yuan allocated to {args.station_id}")
    print(row_id)
    return 0


def cmd_dispatch(args: argparse.Namespace) -> int:
    server = _open(args)
    row_id, number = server.dispatch(
        args.station_id,
        resident=args.resident,
        description=args.description,
        category=args.category,
        department=args.department or "",
        due_hours=args.due_hours,
    )
    print(f"request {number} dispatched to {args.station_id}")
    print(row_id)
    return 0


def cmd_import_bundle(args: argparse.Namespace) -> int:
    from linju_sync.server.bundles import BundleRefused, import_bundle

    server = _open(args)
    try:
        rep = import_bundle(server, Path(args.file), Path(args.reply))
    except BundleRefused as exc:
        print(str(exc), file=sys.stderr)
        return 1
    counts = ", ".join(f"{k} {v}" for k, v in rep.counts.items() if v)
    print(
        f"bundle of {rep.station_name} ({rep.station_id}) applied: {counts or 'no operations'}; "
        f"{rep.blobs} attachment(s); {rep.feed_ops} operation(s) sent back"
    )
    print(str(rep.reply))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    server = _open(args)
    data = server.export(args.station)
    out = Path(args.out)
    tmp = out.with_suffix(out.suffix + ".part")
    # 0600 from the first byte: the export carries the station's ID numbers in clear
    with open(tmp, "w", encoding="utf-8", opener=private_opener) as fh:
        fh.write(json.dumps(data, ensure_ascii=False, indent=1))
    os.replace(tmp, out)
    print(", ".join(f"{t} {len(r)}" for t, r in data["tables"].items() if r) or "no rows")
    print(str(out))
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    server = _open(args)
    rows = server.station_summaries()
    print(f"schema version {server.db.version()}; {len(rows)} station(s)")
    for r in rows:
        state = "revoked" if r["revoked_at"] else ("enrolled" if r["enrolled"] else "not enrolled")
        print(
            f"{r['station_id']}  {r['name']}  [{r['community'] or '-'}]  {state}  "
            f"last sync {r['last_sync_at'] or 'never'}  conflicts {r['open_conflicts']}"
        )
    return 0


def cmd_add_account(args: argparse.Namespace) -> int:
    server = _open(args)
    with server.db.write() as conn:
        token = auth.add_account(conn, args.community)
    print(f"read-only account for community {args.community!r}; the token (shown once):")
    print(token)
    return 0


def cmd_simulate_district(args: argparse.Namespace) -> int:
    # Lazy: the simulator needs linju_desktop, which a bare server may not have.
    from linju_sync.server.simulate import simulate_district

    return simulate_district(args, _open)


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="linju-server", description="Linju district sync server")
    p.add_argument(
        "--data-dir", help="data folder (default $LINJU_SERVER_DATA or ./linju-server-data)"
    )
    p.add_argument("--database-url", help="SQLAlchemy URL (default sqlite:///DATA/server.sqlite3)")
    sub = p.add_subparsers(dest="command", required=True)

    sub.add_parser("init", help="create or upgrade the database").set_defaults(func=cmd_init)

    s = sub.add_parser("serve", help="run the HTTP API")
    s.add_argument("--host", default="127.0.0.1")
    s.add_argument("--port", type=int, default=8765)
    s.add_argument("--log-level", default="warning")
    s.add_argument("--workers", type=int, default=1, help="worker processes (default 1)")
    # Admission control (server/admission.py), per worker process; beyond it 503 + Retry-After
    s.add_argument("--max-in-flight", type=int, help="requests at work at once (default 6)")
    s.add_argument(
        "--max-waiting", type=int, help="requests waiting for a place (200 SQLite, 40 PG)"
    )
    s.add_argument("--max-wait", type=float, help="seconds a request may wait (default 10)")
    s.set_defaults(func=cmd_serve)

    s = sub.add_parser("add-station", help="add a station (a compound branch)")
    s.add_argument("name")
    s.add_argument("--community", default="")
    s.add_argument("--street", default="")
    s.set_defaults(func=cmd_add_station)

    s = sub.add_parser("enroll", help="make a one-time enrollment code for a station")
    s.add_argument("station_id")
    s.set_defaults(func=cmd_enroll)

    s = sub.add_parser("revoke", help="revoke a station's token")
    s.add_argument("station_id")
    s.add_argument("--reason", default="revoked by the district")
    s.set_defaults(func=cmd_revoke)

    s = sub.add_parser("allocate", help="set a station's operating funds for a year")
    s.add_argument("station_id")
    s.add_argument("year", type=int)
    s.add_argument("amount", help="yuan, e.g. 14500 or 14500.00")
    s.set_defaults(func=cmd_allocate)

    s = sub.add_parser("dispatch", help="send a resident request down to a station")
    s.add_argument("station_id")
    s.add_argument("--resident", required=True)
    s.add_argument("--description", required=True)
    s.add_argument("--category", required=True)
    s.add_argument("--department", default="")
    s.add_argument("--due-hours", type=int, default=None)
    s.set_defaults(func=cmd_dispatch)

    s = sub.add_parser("import-bundle", help="apply a station's offline bundle")
    s.add_argument("file")
    s.add_argument("--reply", required=True, help="where to write the reply bundle")
    s.set_defaults(func=cmd_import_bundle)

    s = sub.add_parser("export", help="a station's live rows as linju-export JSON")
    s.add_argument("--station", required=True)
    s.add_argument("--out", required=True)
    s.set_defaults(func=cmd_export)

    sub.add_parser("status", help="stations, last sync, open conflicts").set_defaults(
        func=cmd_status
    )

    s = sub.add_parser("add-account", help="a read-only account for a community")
    s.add_argument("community")
    s.set_defaults(func=cmd_add_account)

    s = sub.add_parser(
        "simulate-district", help="build N demo stations and sync them over HTTP (load, figures)"
    )
    s.add_argument("--stations", type=int, required=True, help="how many stations (N)")
    s.add_argument("--years", type=int, default=1, help="whole years up to last 31 December")
    s.add_argument("--seed", type=int, default=1, help="the district's names and stations")
    s.add_argument("--server", help="URL of a running server (default: start one on loopback)")
    s.add_argument("--work", help="folder for the station folders (default: a new temp folder)")
    s.add_argument("--jobs", type=int, default=4, help="stations synced at once")
    s.set_defaults(func=cmd_simulate_district)

    from linju_sync.server.web.cli_users import register_commands

    register_commands(sub, _open)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except SchemaTooNew as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except (LookupError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
