"""Storage of the district server: SQLAlchemy Core tables and versioned migrations.

The Table objects below describe today's schema for the queries; the migrations never read
them (their DDL is literal, in ddl.py).

One schema for SQLite (the default: a file in the data folder, no setup) and PostgreSQL.
JSON is kept in Text columns so both behave the same. The schema version lives in the
schema_version table; a database written by a newer server is refused, never "upgraded"
backwards. Each migration runs in its own transaction with the version bump, so a failing
migration leaves the previous version intact.

Write transactions are serialised per station: on SQLite by BEGIN IMMEDIATE (one writer
at a time, taken up front so a reader never has to upgrade its lock and fail with BUSY),
on PostgreSQL by SELECT ... FOR UPDATE on the station's row, so different stations'
writes run in parallel there. Waiting is bounded either way (WRITE_WAIT_S): past it the
write raises Busy, which the API answers with 503 and Retry-After, never a hung request.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import (
    BigInteger,
    Column,
    Connection,
    Engine,
    Index,
    Integer,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
    create_engine,
    event,
    make_url,
    select,
    text,
)
from sqlalchemy.exc import OperationalError

from linju_sync.server import ddl
from linju_sync.server.private import make_private, private_opener

metadata = MetaData()

schema_version = Table("schema_version", metadata, Column("version", Integer, nullable=False))

meta = Table(
    "meta",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

# Organisations: district > street > community > station (one compound branch).
stations = Table(
    "stations",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("name", Text, nullable=False),
    Column("community", Text, nullable=False, server_default=""),
    Column("street", Text, nullable=False, server_default=""),
    Column("created_at", Text, nullable=False),
    Column("token_hash", String(64), unique=True),  # sha256 hex of the bearer token
    Column("signing_key", String(64)),  # old HMAC key of a station not yet on bundle keys
    Column("client_node", String(16)),
    Column("enrolled_at", Text),
    Column("revoked_at", Text),
    Column("revoked_reason", Text),
    Column("last_sync_at", Text),
    Column("client_app", Text),  # added in version 4: what the station last said it runs
    # added in version 5: the station's public bundle keys (hex Ed25519, X25519); its
    # private keys never leave the station
    Column("sign_public", String(64)),
    Column("box_public", String(64)),
)

enrollment_codes = Table(
    "enrollment_codes",
    metadata,
    Column("code_hash", String(64), primary_key=True),
    Column("station_id", String(64), nullable=False, index=True),
    Column("created_at", Text, nullable=False),
    Column("expires_at", Text, nullable=False),
    Column("used_at", Text),
)

# The station's data: one row per synced record. The key is (tbl, row_id) - UUIDs are
# made by the clients, so a row id under another station is refused, not shadowed.
rows = Table(
    "rows",
    metadata,
    Column("tbl", String(40), nullable=False),
    Column("row_id", String(64), nullable=False),
    Column("station_id", String(64), nullable=False),
    Column("data", Text, nullable=False),  # JSON {field: value}
    Column("stamps", Text, nullable=False),  # JSON {field: [hlc, feed seq or 0]}
    Column("created_hlc", String(40), nullable=False),
    Column("updated_hlc", String(40), nullable=False),
    Column("deleted", Integer, nullable=False, server_default="0"),
    Column("origin", String(16), nullable=False),  # "station" | "district"
    PrimaryKeyConstraint("tbl", "row_id"),
    Index("ix_rows_station_tbl", "station_id", "tbl"),
)

# Idempotence: (station, op_id) once, with the digest of its payload and its verdict.
applied_ops = Table(
    "applied_ops",
    metadata,
    Column("station_id", String(64), nullable=False),
    Column("op_id", String(32), nullable=False),
    Column("digest", String(64), nullable=False),
    Column("status", String(16), nullable=False),
    Column("result", Text),  # JSON of the original OpResult when it was not plain "ok"
    PrimaryKeyConstraint("station_id", "op_id"),
)

# What each station must apply: district operations and server-chosen winners.
feed = Table(
    "feed",
    metadata,
    Column(
        "seq", BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True
    ),
    Column("station_id", String(64), nullable=False),
    Column("op_id", String(32), nullable=False),
    Column("tbl", String(40), nullable=False),
    Column("row_id", String(64), nullable=False),
    Column("kind", String(16), nullable=False),
    Column("hlc", String(40), nullable=False),
    Column("changes", Text, nullable=False),
    Column("created_at", Text, nullable=False),
    Index("ix_feed_station_seq", "station_id", "seq"),
    sqlite_autoincrement=True,
)

conflicts = Table(
    "conflicts",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("station_id", String(64), nullable=False, index=True),
    Column("op_id", String(32), nullable=False),
    Column("tbl", String(40), nullable=False),
    Column("row_id", String(64), nullable=False),
    Column("field", String(64), nullable=False),
    Column("local_value", Text),  # JSON
    Column("server_value", Text),  # JSON
    Column("kept", String(8), nullable=False),  # "local" | "server"
    Column("reason", Text, nullable=False),
    Column("created_at", Text, nullable=False),
    Column("resolved_at", Text),
)

checksums = Table(
    "checksums",
    metadata,
    Column("station_id", String(64), nullable=False),
    Column("tbl", String(40), nullable=False),
    Column("rows", Integer, nullable=False),
    Column("xor_hex", String(16), nullable=False),
    Column("sum_hex", String(16), nullable=False),
    PrimaryKeyConstraint("station_id", "tbl"),
)

sync_log = Table(
    "sync_log",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("station_id", String(64), nullable=False, index=True),
    Column("at", Text, nullable=False),
    Column("via", String(8), nullable=False),  # "http" | "bundle"
    Column("client_node", String(16)),
    Column("client_time", BigInteger),
    Column("server_time", BigInteger, nullable=False),
    Column("skew_ms", BigInteger),
    Column("ops_in", Integer, nullable=False),
    Column("ops_ok", Integer, nullable=False),
    Column("ops_duplicate", Integer, nullable=False),
    Column("ops_conflict", Integer, nullable=False),
    Column("ops_rejected", Integer, nullable=False),
    Column("feed_out", Integer, nullable=False),
)

blobs = Table(
    "blobs",
    metadata,
    Column("station_id", String(64), nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("length", BigInteger, nullable=False),
    Column("received", BigInteger, nullable=False),
    Column("complete", Integer, nullable=False, server_default="0"),
    Column("updated_at", Text, nullable=False),
    PrimaryKeyConstraint("station_id", "sha256"),
)

# Added in version 2: community accounts that may read the stations under them.
accounts = Table(
    "accounts",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("community", Text, nullable=False),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("created_at", Text, nullable=False),
    Column("revoked_at", Text),
)

# Added in version 3: the web console's people, sessions, throttling, audit and the
# per-station figures cache.
users = Table(
    "users",
    metadata,
    Column("username", String(64), primary_key=True),
    Column("role", String(16), nullable=False),  # district | street | community | department
    Column("scope", Text, nullable=False),  # the street/community/department name; "" for district
    Column("password_hash", Text, nullable=False),
    Column("must_change", Integer, nullable=False),
    Column("created_at", Text, nullable=False),
    Column("disabled_at", Text),
    Column("last_login_at", Text),
)

web_sessions = Table(
    "web_sessions",
    metadata,
    Column("id_hash", String(64), primary_key=True),
    Column("username", String(64), nullable=False),
    Column("csrf", String(64), nullable=False),
    Column("created_at", Text, nullable=False),
    Column("last_seen", Text, nullable=False),
)

login_failures = Table(
    "login_failures",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("username", String(64), nullable=False),
    Column("address", String(64), nullable=False),
    Column("at", Text, nullable=False),
)

audit_log = Table(
    "audit_log",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", Text, nullable=False),
    Column("username", String(64), nullable=False),
    Column("action", String(32), nullable=False),
    Column("target", Text, nullable=False),
    Column("detail", Text, nullable=False),
)

figure_cache = Table(
    "figure_cache",
    metadata,
    Column("station_id", String(64), nullable=False),
    Column("period", String(32), nullable=False),
    Column("stamp", Text, nullable=False),
    Column("data", Text, nullable=False),
    PrimaryKeyConstraint("station_id", "period"),
)

# Added in version 6: the upload_seq each client node of a station had applied last; a
# pipelined request waits until its after_seq is reached (server/order.py).
upload_marks = Table(
    "upload_marks",
    metadata,
    Column("station_id", String(64), nullable=False),
    Column("client_node", String(64), nullable=False),
    Column("upload_seq", BigInteger, nullable=False),
    PrimaryKeyConstraint("station_id", "client_node"),
)


def _run(conn: Connection, ddl_by_dialect: dict[str, tuple[str, ...]]) -> None:
    for statement in ddl_by_dialect[conn.dialect.name]:
        conn.execute(text(statement))


# Versions 1 to 3 are literal DDL, frozen in ddl.py: later changes to the Table objects
# above must not change what an earlier version was.
def _m1(conn: Connection) -> None:
    _run(conn, ddl.V1)


def _m2(conn: Connection) -> None:
    _run(conn, ddl.V2)  # accounts, and the index the community view needs


def _m3(conn: Connection) -> None:
    _run(conn, ddl.V3)  # the web console's tables


def _m4(conn: Connection) -> None:
    # Until _m1 was frozen it built stations from the Table object, client_app included:
    # databases created then already have the column.
    from sqlalchemy import inspect

    if "client_app" not in {c["name"] for c in inspect(conn).get_columns("stations")}:
        conn.execute(text("ALTER TABLE stations ADD COLUMN client_app TEXT"))


def _m5(conn: Connection) -> None:
    # Offline bundles signed and encrypted with the stations' public keys (protocol/bundle.py).
    # Guarded like _m4 while _m1 builds from today's Table objects.
    from sqlalchemy import inspect

    have = {c["name"] for c in inspect(conn).get_columns("stations")}
    if "sign_public" not in have:
        conn.execute(text("ALTER TABLE stations ADD COLUMN sign_public VARCHAR(64)"))
    if "box_public" not in have:
        conn.execute(text("ALTER TABLE stations ADD COLUMN box_public VARCHAR(64)"))


def _m6(conn: Connection) -> None:
    _run(conn, ddl.V6)  # upload marks: pipelined sync requests applied in upload order


MIGRATIONS: list[Callable[[Connection], None]] = [_m1, _m2, _m3, _m4, _m5, _m6]
SCHEMA_VERSION = len(MIGRATIONS)


class SchemaTooNew(RuntimeError):
    """The database was written by a newer server."""


# Longest wait for the write lock (SQLite) or a station's row lock (PostgreSQL).
WRITE_WAIT_S = 30.0


class Busy(RuntimeError):
    """A write waited WRITE_WAIT_S for its lock: the server is too busy; try again."""


def _private_sqlite_files(url: str) -> None:
    """Create the SQLite file 0600 before SQLite does: its -wal and -shm files then get the
    database's mode. Files an older server left open are closed on the next start."""
    database = make_url(url).database
    if not database or database == ":memory:" or database.startswith("file:"):
        return
    path = Path(database)
    if path.parent.exists():
        os.close(private_opener(path, os.O_RDWR | os.O_CREAT))
    for suffix in ("-wal", "-shm", "-journal"):
        make_private(Path(f"{path}{suffix}"))


def default_url(data_dir: Path) -> str:
    return f"sqlite:///{Path(data_dir).resolve() / 'server.sqlite3'}"


class Database:
    """The engine plus transaction helpers that serialise writers per station."""

    def __init__(
        self,
        url: str,
        *,
        migrate: bool = True,
        target: int | None = None,
        write_wait: float = WRITE_WAIT_S,
    ) -> None:
        self.url = url
        self.is_sqlite = url.startswith("sqlite")
        self.write_wait = write_wait
        if self.is_sqlite:
            _private_sqlite_files(url)
            self.engine: Engine = create_engine(
                url, connect_args={"check_same_thread": False, "timeout": write_wait},
                pool_size=64,
            )  # fmt: skip
            event.listen(self.engine, "connect", _sqlite_connect)
            event.listen(self.engine, "begin", _sqlite_begin)
        else:
            if url.startswith("postgresql://"):
                url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
            # The admission gate (admission.py) bounds the requests at work in a process;
            # the console and the CLI need a few more. Two workers stay well inside
            # PostgreSQL's default of 100 connections.
            self.engine = create_engine(
                url, pool_size=16, max_overflow=16, pool_pre_ping=True,
                # every lock wait bounded (the station's row, the clock's): Busy past it
                connect_args={"options": f"-c lock_timeout={int(write_wait * 1000)}"},
            )  # fmt: skip
        # Serialise writers in this process too: SQLite has one writer anyway, and waiting
        # on a Python lock is cheaper than spinning on SQLITE_BUSY.
        self._write_lock = threading.Lock() if self.is_sqlite else None
        if migrate:
            try:
                self.migrate(target)
            except BaseException:
                self.engine.dispose()  # refuse without leaking connections
                raise

    def dispose(self) -> None:
        self.engine.dispose()

    # -- schema ----------------------------------------------------------------------
    def version(self) -> int:
        with self.engine.connect() as conn:
            if not self.engine.dialect.has_table(conn, "schema_version"):
                return 0
            v = conn.execute(select(schema_version.c.version)).scalar()
            return int(v or 0)

    def migrate(self, target: int | None = None) -> int:
        target = SCHEMA_VERSION if target is None else target
        current = self.version()
        if current > SCHEMA_VERSION:
            raise SchemaTooNew(
                f"the database is at schema version {current}, newer than this server "
                f"({SCHEMA_VERSION}); install the newer linju-server"
            )
        while current < target:
            with self.write() as conn:
                MIGRATIONS[current](conn)
                current += 1
                conn.execute(schema_version.delete())
                conn.execute(schema_version.insert().values(version=current))
        return current

    # -- transactions ------------------------------------------------------------------
    @contextmanager
    def write(self, station_id: str | None = None) -> Iterator[Connection]:
        """One write transaction; with a station, that station is locked until commit.
        Busy when the lock is not had within write_wait seconds."""
        lock = self._write_lock
        if lock is not None and not lock.acquire(timeout=self.write_wait):
            raise Busy("the write lock was not free in time")
        try:
            with (
                self.engine.connect().execution_options(linju_write=True) as conn,
                conn.begin(),
            ):
                if station_id is not None and not self.is_sqlite:
                    conn.execute(
                        select(stations.c.id).where(stations.c.id == station_id).with_for_update()
                    )
                yield conn
        except OperationalError as exc:
            if _lock_wait_ended(exc):
                raise Busy(str(exc.orig)[:200]) from exc
            raise
        finally:
            if lock is not None:
                lock.release()

    @contextmanager
    def read(self) -> Iterator[Connection]:
        with self.engine.connect() as conn, conn.begin():
            yield conn

    def get_meta(self, conn: Connection, key: str) -> str | None:
        return conn.execute(select(meta.c.value).where(meta.c.key == key)).scalar()

    def put_meta(self, conn: Connection, key: str, value: str) -> None:
        if conn.execute(select(meta.c.key).where(meta.c.key == key)).first():
            conn.execute(meta.update().where(meta.c.key == key).values(value=value))
        else:
            conn.execute(meta.insert().values(key=key, value=value))


def _lock_wait_ended(exc: OperationalError) -> bool:
    """SQLite's "database is locked" (another process held the write lock past the busy
    timeout) or PostgreSQL's lock_timeout (SQLSTATE 55P03)."""
    if getattr(exc.orig, "sqlstate", None) == "55P03":
        return True
    return "database is locked" in str(exc.orig)


def _sqlite_connect(dbapi_conn: Any, _record: Any) -> None:
    # pysqlite's own transaction handling is replaced by explicit BEGINs (see _sqlite_begin)
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()


def _sqlite_begin(conn: Connection) -> None:
    write = conn.get_execution_options().get("linju_write")
    conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")
