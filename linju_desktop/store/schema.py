"""The record book's schema: its current shape, and the frozen migrations that built it.

Every synced table has a client-made UUID `id`, HLC stamps `created_hlc` and
`updated_hlc`, a `deleted` tombstone flag, and the columns of its fields in
linju_sync.protocol.tables (the one definition the station and the server share).

The migrations are literal SQL, never built from the current shape: a database upgraded
from any earlier version must come out the same as a fresh one, which holds only if what
version N did never changes. Long ones are files in migrations/ (0001 and 0002: the
statements the code of the time ran, byte for byte), short ones are inline. A released
migration is never edited; a change is a new one. One that changes a synced table's columns
also drops and re-creates that table's change-capture triggers (changelog.py), their SQL
pasted from `python -m linju_desktop.store.changelog TABLE`. tests/store/test_upgrades.py
upgrades a committed database of every released version and compares it with a fresh one,
and checks that the triggers capture today's columns.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from linju_sync.protocol.tables import FIELDS, FieldType

if TYPE_CHECKING:
    from sqlite_utils import Database

COMMON = ["id", "created_hlc", "updated_hlc", "deleted"]


def sqlite_type(field: FieldType) -> str:
    """The column type a field has in the station's SQLite (dates and moments are text)."""
    return "INTEGER" if field.kind == "integer" else "TEXT"


# table -> its own columns (besides COMMON) with SQLite types, in column order.
SYNCED_TABLES: dict[str, dict[str, str]] = {
    table: {name: sqlite_type(f) for name, f in fields.items()} for table, fields in FIELDS.items()
}

# The tables the search box looks in: each has a trigram index {table}_fts (0002_search.sql).
SEARCHED: tuple[str, ...] = ("members", "requests", "meetings")

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def sql_statements(script: str) -> Iterator[str]:
    """The statements of a migration file, each as written (without its semicolon), so
    sqlite_master keeps the text the statement had when the version was released.
    Comment lines between statements are skipped."""
    lines: list[str] = []
    for line in script.splitlines(keepends=True):
        if not lines and (not line.strip() or line.lstrip().startswith("--")):
            continue
        lines.append(line)
        chunk = "".join(lines)
        if sqlite3.complete_statement(chunk):
            yield chunk.strip().removesuffix(";")
            lines = []
    if lines:
        raise ValueError(f"unfinished statement: {''.join(lines)[:80]}")


def run_sql_file(db: Database, name: str) -> None:
    for statement in sql_statements((MIGRATIONS_DIR / name).read_text(encoding="utf-8")):
        db.execute(statement)


@dataclass
class _Migration:
    name: str
    fn: Callable[[Database], None]


class LazyMigrations:
    """Registers migrations like sqlite_utils' Migrations, but imports sqlite-utils only
    when a migration is due: it costs a tenth of a second, and most starts need none."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._migrations: list[_Migration] = []

    def __call__(self, *, name: str) -> Callable[[Callable[[Database], None]], Any]:
        def register(fn: Callable[[Database], None]) -> Callable[[Database], None]:
            self._migrations.append(_Migration(name, fn))
            return fn

        return register

    def real(self) -> Any:
        from sqlite_utils.migrations import Migrations

        m = Migrations(self.name)
        for item in self._migrations:
            m(name=item.name)(item.fn)
        return m

    def pending(self, db: Database) -> list[Any]:
        return self.real().pending(db)

    def apply(self, db: Database, **kwargs: Any) -> None:
        self.real().apply(db, **kwargs)


migrations = LazyMigrations("linju")


@migrations(name="0001_record_books")
def m0001_record_books(db: Database) -> None:
    run_sql_file(db, "0001_record_books.sql")


@migrations(name="0002_search")
def m0002_search(db: Database) -> None:
    run_sql_file(db, "0002_search.sql")  # trigram FTS5 tables kept by triggers


@migrations(name="0003_sync")
def m0003_sync(db: Database) -> None:
    # Local bookkeeping of sync; not synced themselves (no stamps, no change capture).
    # The needs-attention list: an operation the server did not take as sent (rejected,
    # conflict, mismatch), a feed operation this station could not apply, or a checksum
    # that disagreed. Both values are kept (JSON) so the secretary can compare and decide.
    db.execute(
        """CREATE TABLE sync_attention (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  created_at TEXT NOT NULL,
  status TEXT NOT NULL,
  op_id TEXT,
  tbl TEXT,
  row_id TEXT,
  reason TEXT NOT NULL DEFAULT '',
  local_value TEXT,
  server_value TEXT,
  resolved INTEGER NOT NULL DEFAULT 0,
  resolved_at TEXT
)"""
    )
    db.execute("CREATE INDEX idx_sync_attention_open ON sync_attention (resolved, id)")
    db.execute(
        """CREATE TABLE sync_log (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  started_at TEXT NOT NULL,
  finished_at TEXT NOT NULL,
  result TEXT NOT NULL,
  sent INTEGER NOT NULL DEFAULT 0,
  received INTEGER NOT NULL DEFAULT 0,
  requests INTEGER NOT NULL DEFAULT 0,
  bytes_up INTEGER NOT NULL DEFAULT 0,
  bytes_down INTEGER NOT NULL DEFAULT 0,
  blob_bytes INTEGER NOT NULL DEFAULT 0,
  server_time INTEGER,
  skew_ms INTEGER,
  message TEXT NOT NULL DEFAULT '',
  details TEXT
)"""
    )
    # Attachment files the server is known to hold, so a sync with nothing new never
    # asks about photos (nothing to do stays one request).
    db.execute("CREATE TABLE sync_blobs (sha256 TEXT PRIMARY KEY, uploaded_at TEXT NOT NULL)")


@migrations(name="0004_counters")
def m0004_counters(db: Database) -> None:
    run_sql_file(db, "0004_counters.sql")  # counts and checksums kept by triggers


@migrations(name="0005_neighbourhood")
def m0005_neighbourhood(db: Database) -> None:
    # volunteers, the activity library, goods, tasks and their takers, service hours, the
    # points ledger; consultations, households, votes and addenda; with change capture
    run_sql_file(db, "0005_neighbourhood.sql")


@migrations(name="0006_neighbourhood_counters")
def m0006_neighbourhood_counters(db: Database) -> None:
    run_sql_file(db, "0006_neighbourhood_counters.sql")  # as 0004 gave the older books


SCHEMA_VERSION = len(migrations._migrations)
MIGRATION_NAMES = [m.name for m in migrations._migrations]
