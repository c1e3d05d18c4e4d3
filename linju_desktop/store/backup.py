"""Backups with SQLite's online backup API: consistent even while the file is in use."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from linju_desktop.store.paths import ensure_private_dir, make_private

if TYPE_CHECKING:
    from linju_desktop.store.database import Store

PREFIX = "linju-"
SUFFIX = ".sqlite3"
DAILY = "daily"
DEFAULT_KEEP = 14


def _stamp() -> str:
    return dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")


def make_backup(store: Store, reason: str = "manual", dest: Path | None = None) -> Path:
    folder = ensure_private_dir(store.backups_dir)
    target = dest or folder / f"{PREFIX}{_stamp()}-{reason}{SUFFIX}"
    out = sqlite3.connect(target)
    try:
        store.conn.backup(out)
    finally:
        out.close()
    make_private(target)
    return target


def list_backups(store: Store) -> list[Path]:
    if not store.backups_dir.exists():
        return []
    return sorted(store.backups_dir.glob(f"{PREFIX}*{SUFFIX}"), reverse=True)


def daily_backup(store: Store, keep: int | None = None) -> Path | None:
    """Once a day: check integrity, then make the day's backup; keep the newest `keep`.

    Raises DamagedDatabaseError when the check fails (the caller says how to restore).
    """
    keep = keep if keep is not None else int(store.get_setting("backup_keep", DEFAULT_KEEP))
    today = dt.date.today().strftime("%Y%m%d")
    dailies = [p for p in list_backups(store) if p.stem.endswith(f"-{DAILY}")]
    made = None
    if not any(p.name.startswith(f"{PREFIX}{today}") for p in dailies):
        # Check before copying: a damaged file must not push good backups out of rotation.
        result = store.conn.execute("PRAGMA quick_check").fetchone()[0]
        if result != "ok":
            from linju_desktop.store.database import DamagedDatabaseError

            raise DamagedDatabaseError(result)
        made = make_backup(store, DAILY)
        dailies.insert(0, made)
    for old in dailies[max(keep, 1) :]:
        old.unlink(missing_ok=True)
    return made


def check_file(path: Path) -> tuple[bool, str, int]:
    """(ok, detail, schema version) of a database file, without changing it."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            result = conn.execute("PRAGMA integrity_check").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return False, str(exc), -1
    return result == "ok", result, int(version)


def restore_into(source: Path, target: Path) -> None:
    """Copy a backup over the live database file (the caller closed the store)."""
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()
    make_private(target)
