"""Putting a backup back: one flow for the window and `linju restore`.

The backup is checked first (integrity and schema version against this program's), the
data as it was is kept (a "before-restore" backup, or the file set aside when it cannot
be copied), the old -wal/-shm files are removed so SQLite cannot replay stale pages onto
the restored file, and the result is opened once (upgrading an older backup).
"""

from __future__ import annotations

import enum
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from linju_desktop.domain.i18n import tr
from linju_desktop.store import backup, schema
from linju_desktop.store.database import (
    NewerSchemaError,
    Store,
    StoreError,
    is_damage,
)
from linju_desktop.store.paths import DB_FILENAME

_MSG_NOT_LINJU = "This file is not a Linju backup (schema version {version})."


class Refusal(enum.Enum):
    DAMAGED = "damaged"  # fails the integrity check, or is not a database at all
    NOT_LINJU = "not_linju"  # a good SQLite file without Linju's schema
    NEWER = "newer"  # made by a newer Linju than this one


@dataclass(frozen=True)
class BackupCheck:
    refusal: Refusal | None
    detail: str  # the check's own words (damage) or ""
    version: int  # the schema version found; -1 when the file could not be read

    @property
    def ok(self) -> bool:
        return self.refusal is None

    def not_linju_text(self) -> str:
        return tr(_MSG_NOT_LINJU, version=self.version)


class BackupRefused(StoreError):
    def __init__(self, check: BackupCheck) -> None:
        super().__init__(f"{check.refusal.value if check.refusal else ''}: {check.detail}")
        self.check = check


@dataclass(frozen=True)
class Restored:
    saved: Path | None  # the "before-restore" backup of the data as it was
    set_aside: Path | None  # the old file moved aside when it could not be backed up
    damaged: bool  # the old file was damaged: set_aside is for a technician, not a backup


def check_backup(source: Path) -> BackupCheck:
    """Whether `source` may replace the live database; the file is not changed."""
    ok, detail, version = backup.check_file(source)
    if not ok:
        return BackupCheck(Refusal.DAMAGED, detail, version)
    if version < 1:
        return BackupCheck(Refusal.NOT_LINJU, str(version), version)
    if version > schema.SCHEMA_VERSION:
        return BackupCheck(Refusal.NEWER, "", version)
    return BackupCheck(None, "", version)


def restore(data_dir: Path, source: Path, current: Store | None = None) -> Restored:
    """Replace the database in `data_dir` with the backup `source`.

    `current`: the window's open store of that folder; it is backed up, then closed (the
    caller has stopped background work and starts afresh afterwards). Without it the
    folder's file is opened here, and a file that cannot be copied (damaged, or from a
    newer Linju) is moved aside instead. Raises BackupRefused before touching anything.
    """
    check = check_backup(source)
    if not check.ok:
        raise BackupRefused(check)
    target = data_dir / DB_FILENAME
    saved = aside = None
    damaged = False
    if current is not None:
        saved = backup.make_backup(current, "before-restore")
        current.close()
    elif target.exists():
        try:
            with Store(data_dir, migrate=False) as old:
                saved = backup.make_backup(old, "before-restore")
        except (StoreError, sqlite3.DatabaseError) as exc:
            if not (isinstance(exc, StoreError) or is_damage(exc)):
                raise
            if isinstance(exc, NewerSchemaError):
                aside = backup.set_aside(target, "newer")
            else:
                # Kept beside the live file, not among the backups, where it would be
                # offered for restoring.
                aside, damaged = backup.set_aside(target), True
    data_dir.mkdir(parents=True, exist_ok=True)
    for extra in ("-wal", "-shm"):
        Path(f"{target}{extra}").unlink(missing_ok=True)
    backup.restore_into(source, target)
    with Store(data_dir):
        pass  # upgrades an older backup and proves it opens
    return Restored(saved, aside, damaged)
