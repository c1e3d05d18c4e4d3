"""Backups with SQLite's online backup API: consistent even while the file is in use.

Every copy is checked when made: a copy of a damaged file is deleted, never kept as a
backup, so "the newest good backup" is what the user is told to restore.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from linju_desktop.store import schema
from linju_desktop.store.paths import create_private, ensure_private_dir, make_private

if TYPE_CHECKING:
    from linju_desktop.store.database import Store

PREFIX = "linju-"
SUFFIX = ".sqlite3"
DAILY = "daily"
DEFAULT_KEEP = 14


def _stamp() -> str:
    return dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")


def make_backup(store: Store, reason: str = "manual", dest: Path | None = None) -> Path:
    """Copy the database to `dest` (default: the backups folder) and check the copy.

    Raises DamagedDatabaseError, leaving no file behind, when the copy fails quick_check:
    a damaged copy would otherwise pass for a backup and be offered for restoring.
    """
    from linju_desktop.store.database import DamagedDatabaseError, damage_summary, is_damage

    folder = ensure_private_dir(store.backups_dir)
    target = dest or folder / f"{PREFIX}{_stamp()}-{reason}{SUFFIX}"
    # Written beside the target and renamed when good, so a failed copy never replaces an
    # earlier file of the same name; the .part name is not one list_backups() lists.
    part = target.with_name(target.name + ".part")
    part.unlink(missing_ok=True)
    create_private(part)
    try:
        out = sqlite3.connect(part)
        try:
            store._conn.backup(out)
            # One self-contained file: a copy left in WAL mode grows -wal/-shm files
            # whenever it is opened, even to be checked or copied to a USB stick.
            out.execute("PRAGMA journal_mode = DELETE")
        finally:
            out.close()
        ok, detail, _version = check_file(part, quick=True)
    except sqlite3.DatabaseError as exc:
        part.unlink(missing_ok=True)
        if not is_damage(exc):
            raise
        raise DamagedDatabaseError(damage_summary(str(exc))) from exc
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    if not ok:
        part.unlink(missing_ok=True)
        raise DamagedDatabaseError(damage_summary(detail))
    os.replace(part, target)
    make_private(target)
    return target


def backups_in(folder: Path) -> list[Path]:
    """The backup files in `folder`, newest first (their names start with the time)."""
    if not folder.exists():
        return []
    return sorted(folder.glob(f"{PREFIX}*{SUFFIX}"), reverse=True)


def list_backups(store: Store) -> list[Path]:
    return backups_in(store.backups_dir)


def good_backups(folder: Path) -> Iterator[Path]:
    """The backups that pass quick_check and hold a Linju schema this program can open,
    newest first. Lazy: the newest good one costs one check when it is the newest file."""
    for path in backups_in(folder):
        ok, _detail, version = check_file(path, quick=True)
        if ok and 1 <= version <= schema.SCHEMA_VERSION:
            yield path


def newest_good_backup(folder: Path) -> Path | None:
    return next(good_backups(folder), None)


def daily_backup(store: Store, keep: int | None = None) -> Path | None:
    """Once a day: make the day's backup; keep the newest `keep`.

    Raises DamagedDatabaseError when the copy fails its check (the caller says how to
    restore); the damaged copy is gone before the rotation, so good backups stay.
    """
    keep = keep if keep is not None else int(store.get_setting("backup_keep", DEFAULT_KEEP))
    today = dt.date.today().strftime("%Y%m%d")  # the real day, as in the files' names
    dailies = [p for p in list_backups(store) if p.stem.endswith(f"-{DAILY}")]
    made = None
    if not any(p.name.startswith(f"{PREFIX}{today}") for p in dailies):
        made = make_backup(store, DAILY)
        dailies.insert(0, made)
    for old in dailies[max(keep, 1) :]:
        old.unlink(missing_ok=True)
    return made


def check_file(path: Path, *, quick: bool = False) -> tuple[bool, str, int]:
    """(ok, detail, schema version) of a database file, without changing it.

    quick: for backups, files nobody writes to: quick_check (every page, not the indexes'
    agreement with their tables), about three times faster than integrity_check and enough
    to tell a good backup from a bad one; opened immutable, so that checking an older copy
    still in WAL mode leaves no -wal/-shm files beside it.
    """
    from linju_desktop.store.database import quick_check

    uri = f"file:{path}?mode=ro" + ("&immutable=1" if quick else "")
    try:
        conn = sqlite3.connect(uri, uri=True)
        try:
            if quick:
                result = quick_check(conn)
            else:
                result = conn.execute("PRAGMA integrity_check").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return False, str(exc), -1
    return result == "ok", result, int(version)


def set_aside(path: Path, kind: str = "damaged") -> Path:
    """Move a database that cannot be backed up (damaged, or from a newer Linju) out of the
    way with its WAL, for a technician to rescue what it holds; it lands beside the live
    file, never among the backups, where it would be offered for restoring."""
    kept = path.with_name(f"{PREFIX}{kind}-{_stamp()}{SUFFIX}")
    os.replace(path, kept)
    wal = Path(f"{path}-wal")
    if wal.exists():
        os.replace(wal, Path(f"{kept}-wal"))
    Path(f"{path}-shm").unlink(missing_ok=True)
    make_private(kept)
    return kept


def restore_into(source: Path, target: Path) -> None:
    """Copy a backup over the live database file (the caller closed the store)."""
    if not target.exists():
        create_private(target)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()
    make_private(target)
