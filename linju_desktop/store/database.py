"""Opening the record book: one SQLite connection per thread, WAL, foreign keys,
schema checks and migrations, and the write primitives that stamp every change."""

from __future__ import annotations

import contextlib
import secrets
import sqlite3
import threading
import uuid
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from linju_sync.protocol.hlc import HybridClock

if TYPE_CHECKING:
    from sqlite_utils import Database

from linju_desktop.store import backup, changelog, schema, space
from linju_desktop.store.batch_upkeep import BatchUpkeep
from linju_desktop.store.paths import (
    DB_FILENAME,
    create_private,
    ensure_private_dir,
    make_private,
)

# From this many rows a batch is logged by one statement instead of per-row triggers.
BULK_ROWS = 200


class StoreError(Exception):
    """A problem with the database file the user must act on (message in English source)."""


class NewerSchemaError(StoreError):
    pass


class DamagedDatabaseError(StoreError):
    pass


# SQLite's primary result codes for a file whose bytes are wrong (not a busy or full disk).
_SQLITE_CORRUPT, _SQLITE_NOTADB = 11, 26


def is_damage(exc: BaseException) -> bool:
    """True for DamagedDatabaseError and the sqlite3 errors a damaged file raises ("database
    disk image is malformed", "file is not a database"); a locked database or a constraint
    is something else."""
    if isinstance(exc, DamagedDatabaseError):
        return True
    if not isinstance(exc, sqlite3.DatabaseError):
        return False
    code = getattr(exc, "sqlite_errorcode", None)
    if code is None:  # raised by Python's module itself, not by SQLite
        return type(exc) is sqlite3.DatabaseError
    return code & 0xFF in (_SQLITE_CORRUPT, _SQLITE_NOTADB)


def damage_summary(detail: str, limit: int = 160) -> str:
    """One line from what quick_check reported (it may list a hundred problems)."""
    lines = [ln.strip() for ln in detail.splitlines() if ln.strip() and "***" not in ln]
    text = lines[0] if lines else detail.strip()
    if len(lines) > 1:
        text += f" (+{len(lines) - 1})"
    return text if len(text) <= limit else text[: limit - 1] + "…"


def quick_check(conn: sqlite3.Connection) -> str:
    """ "ok", or what is wrong. Reads every page (about 0.2 s per 100 MB from the cache)."""
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as exc:
        if not is_damage(exc):
            raise
        return str(exc)
    return "\n".join(str(r[0]) for r in rows)


def new_id() -> str:
    return str(uuid.uuid4())


class Store:
    """The local record book. Thread-safe: each thread gets its own connection."""

    def __init__(self, data_dir: Path, *, migrate: bool = True) -> None:
        self.data_dir = ensure_private_dir(Path(data_dir))
        self.path = self.data_dir / DB_FILENAME
        self.attachments_dir = self.data_dir / "attachments"
        self.backups_dir = self.data_dir / "backups"
        self._local = threading.local()
        self._all_conns: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        existed = self.path.exists() and self.path.stat().st_size > 0
        self._fresh = not existed  # the first connection makes it incremental (store/space.py)
        self.rewriting = threading.Event()  # set while space.reclaim rewrites the whole file
        if not self.path.exists():
            create_private(self.path)
        self._check_file(existed)
        if migrate:
            self._migrate(existed)
        for suffix in ("", "-wal", "-shm"):
            make_private(Path(f"{self.path}{suffix}"))
        self.node_id = self._meta("node_id") or ""

    # -- connections ---------------------------------------------------------
    @property
    def _conn(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=True)
            conn.row_factory = sqlite3.Row
            if self._fresh:  # before WAL writes the header: only then does it hold
                space.make_incremental(conn)
                self._fresh = False
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute("PRAGMA busy_timeout = 5000")
            self._local.conn = conn
            with self._lock:
                self._all_conns.append(conn)
        return conn

    @property
    def _db(self) -> Database:
        from sqlite_utils import Database  # only migrations need it; importing it is slow

        return Database(self._conn, execute_plugins=False)

    def close(self) -> None:
        with self._lock:
            for c in self._all_conns:
                with contextlib.suppress(sqlite3.ProgrammingError):
                    c.close()
            self._all_conns.clear()
        self._local = threading.local()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- opening ---------------------------------------------------------------
    def _check_file(self, existed: bool) -> None:
        if not existed:
            return
        # Look read-only first: a file we refuse must be left exactly as it was.
        try:
            probe = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)
            try:
                version = probe.execute("PRAGMA user_version").fetchone()[0]
                # Reading the schema catches a file that is not a database at all; the
                # full quick_check reads every page, so it is left to Store.verify(), which
                # the commands and the window run (tests and services open stores often).
                probe.execute("SELECT count(*) FROM sqlite_master").fetchone()
                result = "ok"
            finally:
                probe.close()
        except sqlite3.DatabaseError as exc:
            raise DamagedDatabaseError(damage_summary(str(exc))) from exc
        if result != "ok":
            raise DamagedDatabaseError(result)
        if version > schema.SCHEMA_VERSION:
            raise NewerSchemaError(
                f"database schema {version} is newer than this program's {schema.SCHEMA_VERSION}"
            )

    def verify(self) -> None:
        """Raise DamagedDatabaseError unless quick_check passes. The commands and the window
        call it on every start, so damage is explained before any page of it is read."""
        result = quick_check(self._conn)
        if result != "ok":
            raise DamagedDatabaseError(damage_summary(result))

    def schema_version(self) -> int:
        return int(self._conn.execute("PRAGMA user_version").fetchone()[0])

    def _migrate(self, existed: bool) -> None:
        if existed and self.schema_version() == schema.SCHEMA_VERSION:
            return  # up to date: no need to load sqlite-utils' migration machinery
        db = self._db
        pending = schema.migrations.pending(db)
        if not pending:
            return
        if existed:
            backup.make_backup(self, reason=f"before-migration-v{self.schema_version()}")
        # All pending migrations in one transaction: a failure leaves the file as it was.
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            schema.migrations.apply(db)
            self._conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION}")
            if not self._meta("node_id"):
                self._set_meta("node_id", secrets.token_hex(8))
            self._conn.execute("COMMIT")
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise

    # -- meta and settings -----------------------------------------------------
    def _meta(self, key: str) -> str | None:
        try:
            row = self._conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        except sqlite3.OperationalError:
            return None
        return row[0] if row else None

    def _set_meta(self, key: str, value: str) -> None:
        self._conn.execute(
            "INSERT INTO meta(key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    def get_setting(self, key: str, default: Any = None) -> Any:
        import json

        row = self._conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return json.loads(row[0]) if row else default

    def set_setting(self, key: str, value: Any) -> None:
        import json

        with self.transaction():
            self._conn.execute(
                "INSERT INTO settings(key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, json.dumps(value, ensure_ascii=False)),
            )

    # -- transactions and the clock -------------------------------------------
    @contextlib.contextmanager
    def transaction(self) -> Iterator[Store]:
        """One user action = one transaction. Nested calls join the outer one."""
        conn = self._conn
        if getattr(self._local, "clock", None) is not None:
            yield self
            return
        self._begin(conn)
        self._local.clock = HybridClock(self.node_id, self._meta("hlc"))
        try:
            yield self
            self._set_meta("hlc", self._local.clock.last)
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        finally:
            self._local.clock = None

    def _begin(self, conn: sqlite3.Connection) -> None:
        """BEGIN IMMEDIATE. While the one-time VACUUM rewrites the file (a minute at 10x,
        in the background), a write waits for it instead of failing after busy_timeout."""
        while True:
            try:
                conn.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as exc:
                if not self.rewriting.is_set() or "locked" not in str(exc):
                    raise

    @contextlib.contextmanager
    def large_cache(self, mib: int = 256) -> Iterator[Store]:
        """A larger page cache on this thread's connection for one long bulk write (the demo
        generator): rows with random ids go into their indexes at random places, and once
        those indexes outgrow the default 2 MB cache every insert rereads pages, so the
        time per row grows with the file."""
        conn = self._conn
        before = conn.execute("PRAGMA cache_size").fetchone()[0]
        conn.execute(f"PRAGMA cache_size = {-1024 * int(mib)}")
        try:
            yield self
        finally:
            conn.execute(f"PRAGMA cache_size = {int(before)}")

    def transaction_clock(self) -> HybridClock | None:
        """The open transaction's clock (None outside one): sync merges the district's
        stamps into it, so they are saved with the commit like any other tick."""
        return getattr(self._local, "clock", None)

    def _tick(self) -> str:
        clock = getattr(self._local, "clock", None)
        if clock is None:
            raise RuntimeError("writes must happen inside Store.transaction()")
        return clock.tick()

    # -- writes ------------------------------------------------------------------
    def insert(self, table: str, values: Mapping[str, Any]) -> str:
        """Insert one row; returns its new UUID (or the given one)."""
        return self.insert_many(table, [values])[0]

    def insert_many(self, table: str, rows: Iterable[Mapping[str, Any]]) -> list[str]:
        cols_allowed = schema.SYNCED_TABLES[table]
        ids: list[str] = []
        batches: dict[tuple[str, ...], list[tuple[Any, ...]]] = {}
        with self.transaction():
            for values in rows:
                unknown = set(values) - set(cols_allowed) - {"id"}
                if unknown:
                    raise KeyError(f"unknown columns for {table}: {sorted(unknown)}")
                stamp = self._tick()
                row_id = values.get("id") or new_id()
                ids.append(row_id)
                cols = tuple(c for c in values if c != "id")
                batches.setdefault(cols, []).append(
                    (row_id, stamp, stamp, *(_sql_value(values[c]) for c in cols))
                )
            for cols, params in batches.items():
                names = ", ".join(("id", "created_hlc", "updated_hlc", *cols))
                marks = ", ".join("?" * (3 + len(cols)))
                sql = f"INSERT INTO {table} ({names}) VALUES ({marks})"
                if len(params) >= BULK_ROWS:
                    self._bulk_insert(table, sql, params)
                else:
                    self._conn.executemany(sql, params)
        return ids

    def _bulk_insert(self, table: str, sql: str, params: list[tuple[Any, ...]]) -> None:
        """Insert many rows and log them with one INSERT ... SELECT instead of a trigger call
        per row. The trigger is dropped and re-created inside this transaction, which holds
        the write lock throughout, so no other write can slip past the log; a failure rolls
        back the rows, the log and the trigger change together."""
        trigger = f"{table}_log_insert"
        create = self._scalar(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (trigger,)
        )
        if create is None:  # capture removed (benchmarks): plain insert
            self._conn.executemany(sql, params)
            return
        before = self._scalar(f"SELECT coalesce(max(rowid), 0) FROM {table}")
        self._conn.execute(f"DROP TRIGGER {trigger}")
        try:
            with BatchUpkeep(self._conn, table):  # search index and counters likewise
                self._conn.executemany(sql, params)
            self._conn.execute(
                changelog.bulk_insert_log_sql(table, list(schema.SYNCED_TABLES[table])), (before,)
            )
        finally:
            self._conn.execute(create)

    def update(self, table: str, row_id: str, values: Mapping[str, Any]) -> bool:
        """Change some columns of a row; returns False when nothing changed."""
        cols_allowed = schema.SYNCED_TABLES[table]
        unknown = set(values) - set(cols_allowed)
        if unknown:
            raise KeyError(f"unknown columns for {table}: {sorted(unknown)}")
        with self.transaction():
            current = self.get(table, row_id, include_deleted=True)
            if current is None:
                raise KeyError(f"{table} {row_id} not found")
            changed = {c: _sql_value(v) for c, v in values.items() if current[c] != _sql_value(v)}
            if not changed:
                return False
            sets = ", ".join(f"{c} = ?" for c in changed)
            self._conn.execute(
                f"UPDATE {table} SET {sets}, updated_hlc = ? WHERE id = ?",
                (*changed.values(), self._tick(), row_id),
            )
        return True

    def tombstone(self, table: str, row_id: str) -> None:
        with self.transaction():
            self._conn.execute(
                f"UPDATE {table} SET deleted = 1, updated_hlc = ? WHERE id = ? AND deleted = 0",
                (self._tick(), row_id),
            )

    # -- reads -------------------------------------------------------------------
    def get(self, table: str, row_id: str, *, include_deleted: bool = False) -> dict | None:
        schema.SYNCED_TABLES[table]  # refuses unknown tables before building SQL
        sql = f"SELECT * FROM {table} WHERE id = ?"
        if not include_deleted:
            sql += " AND deleted = 0"
        row = self._conn.execute(sql, (row_id,)).fetchone()
        return dict(row) if row else None

    def _rows(self, sql: str, params: Iterable[Any] = ()) -> list[dict]:
        return [dict(r) for r in self._conn.execute(sql, tuple(params))]

    def _scalar(self, sql: str, params: Iterable[Any] = ()) -> Any:
        row = self._conn.execute(sql, tuple(params)).fetchone()
        return row[0] if row else None


def _sql_value(v: Any) -> Any:
    if isinstance(v, bool):
        return int(v)
    if isinstance(v, (list, dict)):
        import json

        return json.dumps(v, ensure_ascii=False)
    if hasattr(v, "isoformat"):
        return v.isoformat()
    return v
