"""The schema as data, and the migrations that build it.

Every synced table has a client-made UUID `id`, HLC stamps `created_hlc` and
`updated_hlc`, and a `deleted` tombstone flag. Change capture triggers are
generated from SYNCED_TABLES (see changelog.py), so a column added here is
captured without anyone remembering to do it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlite_utils import Database

from linju_desktop.store import changelog

COMMON = ["id", "created_hlc", "updated_hlc", "deleted"]

# table -> its own columns (besides COMMON) with SQLite types.
SYNCED_TABLES: dict[str, dict[str, str]] = {
    "branch": {
        "name": "TEXT",
        "compounds": "TEXT",
        "community": "TEXT",
        "street": "TEXT",
        "district": "TEXT",
    },
    "party_groups": {"name": "TEXT", "leader_id": "TEXT", "buildings": "TEXT", "notes": "TEXT"},
    "members": {
        "name": "TEXT",
        "name_initials": "TEXT",
        "gender": "TEXT",
        "ethnicity": "TEXT",
        "birth_date": "TEXT",
        "id_number": "TEXT",
        "mobile": "TEXT",
        "education": "TEXT",
        "joined_date": "TEXT",
        "full_date": "TEXT",
        "member_kind": "TEXT",
        "committee_role": "TEXT",
        "probation_extended_months": "INTEGER",
        "person_kind": "TEXT",
        "party_group_id": "TEXT",
        "building": "TEXT",
        "unit": "TEXT",
        "room": "TEXT",
        "is_centre_household": "INTEGER",
        "is_reporting": "INTEGER",
        "reporting_employer": "TEXT",
        "mobility": "TEXT",
        "mobile_destination": "TEXT",
        "status": "TEXT",
        "left_date": "TEXT",
        "left_reason": "TEXT",
        "notes": "TEXT",
    },
    "contact_households": {
        "member_id": "TEXT",
        "building": "TEXT",
        "unit": "TEXT",
        "room": "TEXT",
        "resident": "TEXT",
        "phone": "TEXT",
        "notes": "TEXT",
    },
    "transfers": {
        "member_id": "TEXT",
        "member_name": "TEXT",
        "direction": "TEXT",
        "other_org": "TEXT",
        "letter_no": "TEXT",
        "issued_date": "TEXT",
        "valid_days": "INTEGER",
        "valid_until": "TEXT",
        "sent_date": "TEXT",
        "receipt_date": "TEXT",
        "cross_province": "INTEGER",
        "dues_paid_to": "TEXT",
        "received_date": "TEXT",
        "notes": "TEXT",
    },
    "meetings": {
        "type": "TEXT",
        "title": "TEXT",
        "date": "TEXT",
        "start_time": "TEXT",
        "end_time": "TEXT",
        "place": "TEXT",
        "chair_id": "TEXT",
        "recorder_id": "TEXT",
        "agenda": "TEXT",
        "minutes": "TEXT",
        "decisions": "TEXT",
        "resident_count": "INTEGER",
        "status": "TEXT",
        "finalised_at": "TEXT",
    },
    "attendance": {"meeting_id": "TEXT", "member_id": "TEXT", "status": "TEXT", "reason": "TEXT"},
    "followups": {"meeting_id": "TEXT", "text": "TEXT", "request_id": "TEXT", "done": "INTEGER"},
    "addenda": {"meeting_id": "TEXT", "text": "TEXT", "author": "TEXT", "written_at": "TEXT"},
    "attachments": {
        "owner_table": "TEXT",
        "owner_id": "TEXT",
        "sha256": "TEXT",
        "filename": "TEXT",
        "mime": "TEXT",
        "size": "INTEGER",
        "caption": "TEXT",
    },
    "allocations": {"year": "INTEGER", "amount_fen": "INTEGER", "source": "TEXT", "note": "TEXT"},
    "expenses": {
        "year": "INTEGER",
        "date": "TEXT",
        "amount_fen": "INTEGER",
        "payee": "TEXT",
        "purpose": "TEXT",
        "category": "TEXT",
        "approver": "TEXT",
        "overdraw_reason": "TEXT",
        "reverses_id": "TEXT",
        "notes": "TEXT",
    },
    "requests": {
        "number": "TEXT",
        "resident": "TEXT",
        "contact": "TEXT",
        "building": "TEXT",
        "unit": "TEXT",
        "room": "TEXT",
        "category": "TEXT",
        "description": "TEXT",
        "source": "TEXT",
        "meeting_id": "TEXT",
        "state": "TEXT",
        "handling": "TEXT",
        "assignee_id": "TEXT",
        "department": "TEXT",
        "registered_at": "TEXT",
        "due_at": "TEXT",
        "result": "TEXT",
        "rating": "TEXT",
        "rating_note": "TEXT",
        "closed_at": "TEXT",
    },
    "request_events": {
        "request_id": "TEXT",
        "action": "TEXT",
        "from_state": "TEXT",
        "to_state": "TEXT",
        "actor": "TEXT",
        "at": "TEXT",
        "note": "TEXT",
        "details": "TEXT",
    },
}

INDEXES: list[tuple[str, list[str]]] = [
    ("members", ["deleted", "status", "name_initials"]),
    ("members", ["building"]),
    ("attendance", ["meeting_id"]),
    ("attendance", ["member_id"]),
    ("meetings", ["date"]),
    ("meetings", ["type", "date"]),
    ("expenses", ["year", "category"]),
    ("expenses", ["date"]),
    ("expenses", ["reverses_id"]),
    ("requests", ["state", "due_at"]),
    ("requests", ["registered_at"]),
    ("requests", ["category"]),
    ("request_events", ["request_id", "at"]),
    ("followups", ["meeting_id"]),
    ("addenda", ["meeting_id"]),
    ("attachments", ["owner_table", "owner_id"]),
    ("transfers", ["member_id"]),
    ("contact_households", ["member_id"]),
    ("allocations", ["year"]),
]

# What the search box looks in: table -> SQL expression over NEW for the indexed text.
SEARCHED: dict[str, str] = {
    "members": "coalesce(NEW.name,'')||' '||coalesce(NEW.name_initials,'')||' '||"
    "coalesce(NEW.building,'')||' '||coalesce(NEW.mobile,'')||' '||coalesce(NEW.notes,'')",
    "requests": "coalesce(NEW.number,'')||' '||coalesce(NEW.resident,'')||' '||"
    "coalesce(NEW.description,'')||' '||coalesce(NEW.building,'')||' '||"
    "coalesce(NEW.department,'')",
    "meetings": "coalesce(NEW.title,'')||' '||coalesce(NEW.place,'')||' '||"
    "coalesce(NEW.agenda,'')||' '||coalesce(NEW.minutes,'')||' '||coalesce(NEW.decisions,'')",
}


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


def _create_synced(db: Database, table: str) -> None:
    cols = ",\n  ".join(f"{c} {t}" for c, t in SYNCED_TABLES[table].items())
    db.execute(
        f"""CREATE TABLE {table} (
  id TEXT PRIMARY KEY NOT NULL,
  created_hlc TEXT NOT NULL,
  updated_hlc TEXT NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0,
  {cols}
)"""
    )


@migrations(name="0001_record_books")
def m0001_record_books(db: Database) -> None:
    db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
    db.execute("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT)")
    db.execute(
        """CREATE TABLE change_log (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  op_id TEXT NOT NULL,
  tbl TEXT NOT NULL,
  row_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  hlc TEXT NOT NULL,
  prev_hlc TEXT,
  changes TEXT NOT NULL,
  previous TEXT
)"""
    )
    for table in SYNCED_TABLES:
        _create_synced(db, table)
        changelog.install(db, table, list(SYNCED_TABLES[table]))
    for table, cols in INDEXES:
        db.execute(f"CREATE INDEX idx_{table}_{'_'.join(cols)} ON {table} ({', '.join(cols)})")
    # One live row per ID number; a member who left keeps it, a tombstoned row frees it.
    db.execute(
        "CREATE UNIQUE INDEX uniq_members_id_number ON members(id_number) "
        "WHERE deleted = 0 AND id_number IS NOT NULL"
    )
    db.execute("CREATE UNIQUE INDEX uniq_requests_number ON requests(number)")
    # Guards that hold whatever code writes: money entries are append-only,
    # finalised minutes are read-only (corrections go to addenda).
    db.execute(
        """CREATE TRIGGER expenses_append_only BEFORE UPDATE ON expenses
BEGIN SELECT RAISE(ABORT, 'expenses are append-only: add a reversing entry'); END"""
    )
    db.execute(
        """CREATE TRIGGER meetings_final_read_only BEFORE UPDATE ON meetings
WHEN OLD.status = 'final'
BEGIN SELECT RAISE(ABORT, 'a finalised meeting record is read-only: add an addendum'); END"""
    )


@migrations(name="0002_search")
def m0002_search(db: Database) -> None:
    # One trigram FTS5 table per searched table, keyed by the row's rowid so an
    # update touches one index entry. trigram handles Chinese substrings (there
    # are no word boundaries); queries under three characters use LIKE instead.
    for table, expr in SEARCHED.items():
        fts = f"{table}_fts"
        db.execute(f"CREATE VIRTUAL TABLE {fts} USING fts5(body, tokenize='trigram')")
        db.execute(
            f"""CREATE TRIGGER {table}_search_ai AFTER INSERT ON {table} WHEN NEW.deleted = 0
BEGIN INSERT INTO {fts}(rowid, body) VALUES (NEW.rowid, {expr}); END"""
        )
        db.execute(
            f"""CREATE TRIGGER {table}_search_au AFTER UPDATE ON {table} BEGIN
  DELETE FROM {fts} WHERE rowid = OLD.rowid;
  INSERT INTO {fts}(rowid, body) SELECT NEW.rowid, {expr} WHERE NEW.deleted = 0;
END"""
        )
        db.execute(
            f"INSERT INTO {fts}(rowid, body) "
            f"SELECT rowid, {expr.replace('NEW.', '')} FROM {table} WHERE deleted = 0"
        )


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


SCHEMA_VERSION = len(migrations._migrations)
MIGRATION_NAMES = [m.name for m in migrations._migrations]
