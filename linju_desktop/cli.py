"""The `linju` command line: import, export, demo, check, backup, restore.

Messages go to the user in Chinese by default (LINJU_LANG=en for English).
Exit codes: 0 done, 1 done with refused rows or trouble found, 2 could not start.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from linju_desktop import __version__
from linju_desktop.domain import clock
from linju_desktop.domain.errors import ValidationError
from linju_desktop.domain.i18n import set_language, tr
from linju_desktop.store import backup, schema
from linju_desktop.store.database import (
    DamagedDatabaseError,
    NewerSchemaError,
    Store,
    damage_summary,
    is_damage,
)
from linju_desktop.store.paths import DB_FILENAME, resolve_data_dir
from linju_desktop.store.reads import changes
from linju_desktop.store.reads import members as member_reads

if TYPE_CHECKING:
    from linju_sync.client.engine import Progress, SyncReport


def _print(text: str) -> None:
    print(text, flush=True)


def _err(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def open_store(args: argparse.Namespace) -> Store:
    data_dir = resolve_data_dir(args.data_dir)
    try:
        store = Store(data_dir)
    except NewerSchemaError as exc:
        path = data_dir / DB_FILENAME
        found = backup.check_file(path)[2]
        raise SystemExit(
            _fail(
                tr(
                    "This database was made by a newer version of Linju (schema {found}, this program "
                    "knows {known}). Please install the newer Linju; the file was not changed.",
                    found=found,
                    known=schema.SCHEMA_VERSION,
                )
            )
        ) from exc
    # A damaged file (DamagedDatabaseError, or sqlite3's own error from a page read later)
    # goes up to main(), which explains it for every command alike.
    try:
        store.verify()  # every start: damage is found before a command reads half of it
        backup.daily_backup(store)
    except BaseException:
        store.close()
        raise
    return store


def _damaged_message(data_dir: Path, exc: BaseException) -> str:
    """What is wrong and the newest backup that is itself good (damaged copies are skipped)."""
    folder = data_dir / "backups"
    detail = damage_summary(str(exc))
    good = backup.newest_good_backup(folder)
    if good is not None:
        return tr(
            "The database file is damaged ({detail}). Restore the newest good backup with: "
            "linju restore {backup}",
            detail=detail,
            backup=good,
        )
    return tr(
        "The database file is damaged ({detail}) and there is no good backup in {folder}. "
        "Copy the whole data folder {data} to a USB stick before anything else and ask for "
        "help; do not use Linju on this folder until then.",
        detail=detail,
        folder=folder,
        data=data_dir,
    )


def _fail(msg: str, code: int = 2) -> int:
    _err(msg)
    return code


# -- commands -------------------------------------------------------------------


def cmd_overview(args: argparse.Namespace) -> int:
    from linju_desktop.services.overview import overview

    with open_store(args) as store:
        view = overview(store, clock.today(), with_counts=True)
        _print(f"Linju {__version__}")
        _print(tr("Data folder: {path}", path=store.data_dir))
        name = view.branch_name if view.branch_name is not None else tr("(not set up yet)")
        _print(tr("Branch: {name}", name=name))
        _print(
            tr(
                "Members: {members}  Meetings: {meetings}  Expenses: {expenses}  "
                "Requests: {requests}",
                **view.counts,
            )
        )
        _print(tr("Changes waiting for sync: {n}", n=view.pending_changes))
        _print(tr("Type `linju --help` for the commands."))
    return 0


def cmd_import_members(args: argparse.Namespace) -> int:
    from linju_desktop.services.roster_import import import_members
    from linju_desktop.services.tabular import TableError

    path = Path(args.file)
    if not path.exists():
        return _fail(tr("The file {path} does not exist.", path=path))
    with open_store(args) as store:
        try:
            report = import_members(store, path, clock.today())
        except TableError as exc:
            return _fail(str(exc))
    for p in report.problems:
        (_print if p.warning else _err)(str(p))
    _print(report.summary())
    return 0 if report.ok else 1


def cmd_export(args: argparse.Namespace) -> int:
    from linju_desktop.services import exporting

    out = Path(args.out)
    suffix = out.suffix.lower()
    with open_store(args) as store:
        if args.book == "all":
            if suffix != ".json":
                return _fail(tr("The output file must end in .json"))
            counts = exporting.export_all(store, out)
            summary = ", ".join(f"{k} {v}" for k, v in counts.items() if v)
            _print(tr("Exported every record book to {path}: {summary}", path=out, summary=summary))
            return 0
        if suffix not in (".csv", ".xlsx"):
            return _fail(tr("The output file must end in .csv or .xlsx"))
        n = exporting.export_book(
            store, args.book, out, mask_ids=args.mask_ids, with_ids=args.with_ids
        )
    _print(tr("Exported {count} rows to {path}", count=n, path=out))
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    import time

    from linju_desktop.services import demo

    with open_store(args) as store:
        if member_reads.has_members(store):
            return _fail(
                tr(
                    "The data folder already has records; use an empty folder for the "
                    "demo (linju --data-dir FOLDER demo)."
                )
            )
        start = time.perf_counter()
        profile = demo.STRESS if args.ten_year else demo.REALISTIC
        # The seed fixes the records; the row ids are fresh each time, so two demo stations
        # made with the same options can share one district server.
        counts = demo.generate(
            store, profile=profile, years=args.years, members=args.members, seed=args.seed,
            id_seed=uuid.uuid4().hex,
        )  # fmt: skip
        summary = ", ".join(f"{k} {v}" for k, v in counts.items() if v)
        _print(
            tr(
                "Demo station ready in {seconds:.1f} s: {summary}",
                seconds=time.perf_counter() - start,
                summary=summary,
            )
        )
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        ok, detail, _version = backup.check_file(store.path)
        version = store.schema_version()  # check_file says -1 when the check itself failed
        _print(tr("Database: {path}", path=store.path))
        _print(
            tr(
                "Schema version: {version} (this program: {known})",
                version=version,
                known=schema.SCHEMA_VERSION,
            )
        )
        _print(tr("Integrity: {result}", result=tr("ok") if ok else damage_summary(detail)))
        if not ok:  # quick_check passed on open, the full check (indexes too) did not
            return _fail(_damaged_message(store.data_dir, DamagedDatabaseError(detail)))
        fk = changes.foreign_key_problems(store)
        counts = changes.live_counts(store, schema.SYNCED_TABLES)
        _print(tr("Records: {summary}", summary=", ".join(f"{k} {v}" for k, v in counts.items())))
        saved = backup.list_backups(store)
        good = backup.newest_good_backup(store.backups_dir)  # the one a restore would use
        _print(
            tr(
                "Backups: {count}, newest good {newest}",
                count=len(saved),
                newest=good.name if good else "-",
            )
        )
        if ok and not fk and version == schema.SCHEMA_VERSION:
            _print(tr("No problems found."))
            return 0
    return 1


def cmd_backup(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        dest = Path(args.out) if args.out else None
        path = backup.make_backup(store, "manual", dest=dest)
    _print(tr("Backup saved: {path}", path=path))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from linju_desktop.services.restore import BackupRefused, Refusal, restore

    source = Path(args.file)
    if not source.exists():
        return _fail(tr("The file {path} does not exist.", path=source))
    data_dir = resolve_data_dir(args.data_dir)
    try:
        done = restore(data_dir, source)
    except BackupRefused as exc:
        check = exc.check
        if check.refusal is Refusal.DAMAGED:
            return _fail(_refused_backup(source, check.detail, data_dir / "backups"))
        if check.refusal is Refusal.NOT_LINJU:
            return _fail(tr("Not a usable Linju backup: {detail}", detail=check.version))
        return _fail(
            tr(
                "This database was made by a newer version of Linju (schema {found}, this program "
                "knows {known}). Please install the newer Linju; the file was not changed.",
                found=check.version,
                known=schema.SCHEMA_VERSION,
            )
        )
    if done.damaged:
        _print(
            tr(
                "Restored from {source}. The damaged database was moved to {saved}; it is not "
                "a backup, keep it only for a technician.",
                source=source,
                saved=done.set_aside,
            )
        )
        return 0
    _print(
        tr(
            "Restored from {source}. The database as it was before is kept in {saved}.",
            source=source,
            saved=done.saved or done.set_aside or "-",
        )
    )
    return 0


def _refused_backup(source: Path, detail: str, folder: Path) -> str:
    lines = [
        tr(
            "The backup {path} is damaged ({detail}) and was not restored.",
            path=source,
            detail=damage_summary(detail),
        )
    ]
    good = [p for p in backup.good_backups(folder) if p.resolve() != source.resolve()]
    if good:
        lines.append(tr("Good backups, newest first:"))
        lines += [f"  linju restore {p}" for p in good]
    else:
        lines.append(tr("There is no good backup in {folder}.", folder=folder))
    return "\n".join(lines)


# -- sync -----------------------------------------------------------------------------------
# Exit codes: 0 fully synced; 1 synced but something needs attention (conflicts, a checksum
# mismatch, photos still waiting); 2 could not sync (the reason is printed).


def cmd_sync_enroll(args: argparse.Namespace) -> int:
    from linju_sync.client.errors import SyncError

    from linju_desktop.services import sync

    with open_store(args) as store:
        try:
            creds = sync.enroll_station(store, args.server, args.code)
        except SyncError as exc:
            return _fail(sync.message(exc))
    _print(
        sync.tr(
            "Enrolled: station {name} ({id}) at {url}",
            name=creds.station_name or "-",
            id=creds.station_id,
            url=creds.server_url,
        )
    )
    return 0


def _sync_progress(p: Progress) -> None:
    if os.environ.get("LINJU_SYNC_PROGRESS"):
        _err(f"{p.phase} {p.done}/{p.total if p.total is not None else '?'}")


def _report_lines(r: SyncReport) -> int:
    from linju_desktop.services import sync

    _print(
        sync.tr(
            "Sent {sent}, received {received}, {requests} request(s).",
            sent=r.sent,
            received=r.received,
            requests=r.requests,
        )
    )
    if r.blobs_uploaded:
        _print(
            sync.tr(
                "Photos uploaded: {n} ({kb} KB).",
                n=r.blobs_uploaded,
                kb=r.blob_bytes // 1024,
            )
        )
    if r.skew_warning:
        _err(sync.skew_text(r.skew_ms))
    code = 0
    if r.error is not None:
        _err(sync.message(r.error))
        return 2
    if r.mismatched:
        names = "、".join(sync.TABLE_NAMES.get(t, t) for t in r.mismatched)
        _err(
            sync.tr(
                "The records of {tables} differ from the district's. This was not hidden "
                "or overwritten; tell the community office.",
                tables=names,
            )
        )
        code = 1
    if r.attention:
        _err(
            sync.tr(
                "{n} item(s) need attention: run `linju sync status` to see them.", n=r.attention
            )
        )
        code = 1
    return code


def cmd_sync_run(args: argparse.Namespace) -> int:
    from linju_sync.client.errors import SyncError

    from linju_desktop.services import sync

    with open_store(args) as store:
        try:
            report = sync.run_sync(store, progress=_sync_progress)
        except SyncError as exc:
            return _fail(sync.message(exc))
        code = _report_lines(report)
        st = sync.status(store)
        if code == 0 and st.blobs_pending:
            _err(sync.tr("Photos and files waiting: {n}", n=st.blobs_pending))
            code = 1
        if code == 0 and not st.pending:
            _print(sync.tr("Everything is in sync with the district."))
        elif code == 0:
            _print(sync.tr("Changes waiting for sync: {n}", n=st.pending))
            code = 1
    return code


def cmd_sync_status(args: argparse.Namespace) -> int:
    from linju_desktop.services import sync

    with open_store(args) as store:
        st = sync.status(store)
        if st.credentials is None:
            _print(sync.tr("Not enrolled; changes wait on this computer."))
        else:
            c = st.credentials
            _print(
                sync.tr(
                    "Server: {url}  Station: {name} ({id})",
                    url=c.server_url,
                    name=c.station_name or "-",
                    id=c.station_id,
                )
            )
        if st.last:
            _print(
                sync.tr(
                    "Last sync: {when} ({result})",
                    when=st.last["finished_at"],
                    result=sync.tr(st.last["result"]),
                )
            )
            if st.last["message"]:
                _print("  " + st.last["message"])
        else:
            _print(sync.tr("Not synced yet"))
        _print(sync.tr("Changes waiting for sync: {n}", n=st.pending))
        if st.blobs_pending:
            _print(sync.tr("Photos and files waiting: {n}", n=st.blobs_pending))
        if st.skew_warning and st.skew_ms is not None:
            _print(sync.skew_text(st.skew_ms))
        _print(sync.tr("Needs attention: {n}", n=len(st.attention)))
        for item in st.attention:
            _print(f"  #{item['id']} {sync.explain(item)}")
    return 0


def cmd_sync_export_bundle(args: argparse.Namespace) -> int:
    from linju_sync.client.errors import SyncError

    from linju_desktop.services import sync

    with open_store(args) as store:
        try:
            counts = sync.export_bundle(store, Path(args.file))
        except SyncError as exc:
            return _fail(sync.message(exc))
    _print(
        sync.tr(
            "Wrote {path}: {operations} change(s), {blobs} file(s). Take it to the "
            "community office; bring back their reply file and run: linju sync "
            "import-bundle FILE",
            path=args.file,
            **counts,
        )
    )
    return 0


def cmd_sync_import_bundle(args: argparse.Namespace) -> int:
    from linju_sync.client.errors import SyncError

    from linju_desktop.services import sync

    path = Path(args.file)
    if not path.exists():
        return _fail(tr("The file {path} does not exist.", path=path))
    with open_store(args) as store:
        try:
            report = sync.import_bundle(store, path)
        except SyncError as exc:
            return _fail(sync.message(exc))
    _print(
        sync.tr(
            "Applied {path}: {received} change(s) received, {sent} acknowledged.",
            path=path,
            received=report.received,
            sent=report.sent,
        )
    )
    code = 0
    if report.mismatched:
        names = "、".join(sync.TABLE_NAMES.get(t, t) for t in report.mismatched)
        _err(
            sync.tr(
                "The records of {tables} differ from the district's. This was not hidden "
                "or overwritten; tell the community office.",
                tables=names,
            )
        )
        code = 1
    if report.attention:
        _err(
            sync.tr(
                "{n} item(s) need attention: run `linju sync status` to see them.",
                n=report.attention,
            )
        )
        code = 1
    return code


# -- parser ---------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="linju", description="Linju (邻居): the branch secretary's offline record book."
    )
    p.add_argument("--version", action="version", version=f"linju {__version__}")
    p.add_argument(
        "--data-dir",
        metavar="DIR",
        help="data folder (default: LINJU_DATA_DIR or the per-user folder)",
    )
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    imp = sub.add_parser("import", help="import records from a file")
    imp_sub = imp.add_subparsers(dest="book", required=True, metavar="BOOK")
    im = imp_sub.add_parser("members", help="the roster from .csv (UTF-8/GB18030) or .xlsx")
    im.add_argument("file", metavar="FILE")
    im.set_defaults(func=cmd_import_members)

    ex = sub.add_parser("export", help="export a record book (.csv/.xlsx) or all (.json)")
    ex.add_argument("book", choices=["members", "meetings", "expenses", "requests", "all"])
    ex.add_argument("--out", required=True, metavar="FILE")
    ex.add_argument(
        "--mask-ids", action="store_true", help="hide the middle of ID numbers (for print-outs)"
    )
    ex.add_argument(
        "--with-ids",
        action="store_true",
        help="add the record ids (UUIDs) as columns, for matching rows with other files",
    )
    ex.set_defaults(func=cmd_export)

    de = sub.add_parser(
        "demo", help="fill an empty data folder with a realistic branch (this year and last)"
    )
    de.add_argument(
        "--ten-year",
        action="store_true",
        help="the benchmark station instead: 500 members, ten years, thousands of records",
    )
    de.add_argument("--years", type=int, help="years of records (default 2, or 10 with --ten-year)")
    de.add_argument("--members", type=int, help="members (default 40, or 500 with --ten-year)")
    de.add_argument("--seed", type=int, default=1, help="the same seed gives the same station")
    de.set_defaults(func=cmd_demo)

    sub.add_parser("check", help="check integrity and schema version").set_defaults(func=cmd_check)
    bk = sub.add_parser("backup", help="make a backup now")
    bk.add_argument("--out", metavar="FILE", help="where to write it (default: backups folder)")
    bk.set_defaults(func=cmd_backup)
    rs = sub.add_parser("restore", help="replace the database with a backup")
    rs.add_argument("file", metavar="FILE")
    rs.set_defaults(func=cmd_restore)

    sy = sub.add_parser("sync", help="sync with the district server")
    sy_sub = sy.add_subparsers(dest="sync_command", required=True, metavar="ACTION")
    en = sy_sub.add_parser("enroll", help="enroll this computer with a one-time code")
    en.add_argument("--server", required=True, metavar="URL")
    en.add_argument("--code", required=True, metavar="CODE")
    en.set_defaults(func=cmd_sync_enroll)
    sy_sub.add_parser("run", help="sync now (exit 0 only when fully synced)").set_defaults(
        func=cmd_sync_run
    )
    sy_sub.add_parser("status", help="last sync, waiting changes, needs attention").set_defaults(
        func=cmd_sync_status
    )
    eb = sy_sub.add_parser("export-bundle", help="write waiting changes to a file (no link)")
    eb.add_argument("file", metavar="FILE")
    eb.set_defaults(func=cmd_sync_export_bundle)
    ib = sy_sub.add_parser("import-bundle", help="apply the district's reply file")
    ib.add_argument("file", metavar="FILE")
    ib.set_defaults(func=cmd_sync_import_bundle)

    from linju_desktop.cli_reports import register_commands

    register_commands(sub)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    set_language(os.environ.get("LINJU_LANG", "zh_CN"))
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure and (stream.encoding or "").lower().replace("-", "") not in ("utf8",):
            reconfigure(errors="replace")
    args = build_parser().parse_args(argv)
    func = getattr(args, "func", cmd_overview)
    try:
        return func(args)
    except ValidationError as exc:
        return _fail(str(exc), 1)
    except (DamagedDatabaseError, sqlite3.DatabaseError) as exc:
        # One place for every command: a damaged file is explained, never a traceback.
        if not is_damage(exc):
            raise
        return _fail(_damaged_message(resolve_data_dir(args.data_dir), exc))
    except SystemExit as exc:
        return int(exc.code or 0)
    except OSError as exc:
        return _fail(f"{exc.strerror or exc}: {exc.filename or ''}")


if __name__ == "__main__":
    sys.exit(main())
