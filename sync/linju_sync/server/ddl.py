"""The server schema's migrations as literal DDL, one text per version and dialect.

Frozen when released: what version N created must never change, or a database upgraded
from N would differ from a fresh one. Nothing here is built from the Table objects in db.py
(those serve the queries; tests/sync/test_server_migrations.py checks they agree with the
schema these statements build). A released tuple is never edited; a change is a new
migration in db.py. Versions 1 and 2 are what SQLAlchemy's create_all made of the tables as
they were then (version 1's stations had no client_app: version 4 added it).
"""

from __future__ import annotations

_V1_SQLITE = (
    """CREATE TABLE schema_version (
        version INTEGER NOT NULL)""",
    """CREATE TABLE meta (
        "key" VARCHAR(64) NOT NULL,
        value TEXT NOT NULL,
        PRIMARY KEY ("key"))""",
    """CREATE TABLE stations (
        id VARCHAR(64) NOT NULL,
        name TEXT NOT NULL,
        community TEXT DEFAULT '' NOT NULL,
        street TEXT DEFAULT '' NOT NULL,
        created_at TEXT NOT NULL,
        token_hash VARCHAR(64),
        signing_key VARCHAR(64),
        client_node VARCHAR(16),
        enrolled_at TEXT,
        revoked_at TEXT,
        revoked_reason TEXT,
        last_sync_at TEXT,
        PRIMARY KEY (id),
        UNIQUE (token_hash))""",
    """CREATE TABLE enrollment_codes (
        code_hash VARCHAR(64) NOT NULL,
        station_id VARCHAR(64) NOT NULL,
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        used_at TEXT,
        PRIMARY KEY (code_hash))""",
    "CREATE INDEX ix_enrollment_codes_station_id ON enrollment_codes (station_id)",
    """CREATE TABLE rows (
        tbl VARCHAR(40) NOT NULL,
        row_id VARCHAR(64) NOT NULL,
        station_id VARCHAR(64) NOT NULL,
        data TEXT NOT NULL,
        stamps TEXT NOT NULL,
        created_hlc VARCHAR(40) NOT NULL,
        updated_hlc VARCHAR(40) NOT NULL,
        deleted INTEGER DEFAULT '0' NOT NULL,
        origin VARCHAR(16) NOT NULL,
        PRIMARY KEY (tbl, row_id))""",
    "CREATE INDEX ix_rows_station_tbl ON rows (station_id, tbl)",
    """CREATE TABLE applied_ops (
        station_id VARCHAR(64) NOT NULL,
        op_id VARCHAR(32) NOT NULL,
        digest VARCHAR(64) NOT NULL,
        status VARCHAR(16) NOT NULL,
        result TEXT,
        PRIMARY KEY (station_id, op_id))""",
    """CREATE TABLE feed (
        seq INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
        station_id VARCHAR(64) NOT NULL,
        op_id VARCHAR(32) NOT NULL,
        tbl VARCHAR(40) NOT NULL,
        row_id VARCHAR(64) NOT NULL,
        kind VARCHAR(16) NOT NULL,
        hlc VARCHAR(40) NOT NULL,
        changes TEXT NOT NULL,
        created_at TEXT NOT NULL)""",
    "CREATE INDEX ix_feed_station_seq ON feed (station_id, seq)",
    """CREATE TABLE conflicts (
        id INTEGER NOT NULL,
        station_id VARCHAR(64) NOT NULL,
        op_id VARCHAR(32) NOT NULL,
        tbl VARCHAR(40) NOT NULL,
        row_id VARCHAR(64) NOT NULL,
        field VARCHAR(64) NOT NULL,
        local_value TEXT,
        server_value TEXT,
        kept VARCHAR(8) NOT NULL,
        reason TEXT NOT NULL,
        created_at TEXT NOT NULL,
        resolved_at TEXT,
        PRIMARY KEY (id))""",
    "CREATE INDEX ix_conflicts_station_id ON conflicts (station_id)",
    """CREATE TABLE checksums (
        station_id VARCHAR(64) NOT NULL,
        tbl VARCHAR(40) NOT NULL,
        rows INTEGER NOT NULL,
        xor_hex VARCHAR(16) NOT NULL,
        sum_hex VARCHAR(16) NOT NULL,
        PRIMARY KEY (station_id, tbl))""",
    """CREATE TABLE sync_log (
        id INTEGER NOT NULL,
        station_id VARCHAR(64) NOT NULL,
        at TEXT NOT NULL,
        via VARCHAR(8) NOT NULL,
        client_node VARCHAR(16),
        client_time BIGINT,
        server_time BIGINT NOT NULL,
        skew_ms BIGINT,
        ops_in INTEGER NOT NULL,
        ops_ok INTEGER NOT NULL,
        ops_duplicate INTEGER NOT NULL,
        ops_conflict INTEGER NOT NULL,
        ops_rejected INTEGER NOT NULL,
        feed_out INTEGER NOT NULL,
        PRIMARY KEY (id))""",
    "CREATE INDEX ix_sync_log_station_id ON sync_log (station_id)",
    """CREATE TABLE blobs (
        station_id VARCHAR(64) NOT NULL,
        sha256 VARCHAR(64) NOT NULL,
        length BIGINT NOT NULL,
        received BIGINT NOT NULL,
        complete INTEGER DEFAULT '0' NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (station_id, sha256))""",
)

_V1_POSTGRESQL = (
    """CREATE TABLE schema_version (
        version INTEGER NOT NULL)""",
    """CREATE TABLE meta (
        key VARCHAR(64) NOT NULL,
        value TEXT NOT NULL,
        PRIMARY KEY (key))""",
    """CREATE TABLE stations (
        id VARCHAR(64) NOT NULL,
        name TEXT NOT NULL,
        community TEXT DEFAULT '' NOT NULL,
        street TEXT DEFAULT '' NOT NULL,
        created_at TEXT NOT NULL,
        token_hash VARCHAR(64),
        signing_key VARCHAR(64),
        client_node VARCHAR(16),
        enrolled_at TEXT,
        revoked_at TEXT,
        revoked_reason TEXT,
        last_sync_at TEXT,
        PRIMARY KEY (id),
        UNIQUE (token_hash))""",
    """CREATE TABLE enrollment_codes (
        code_hash VARCHAR(64) NOT NULL,
        station_id VARCHAR(64) NOT NULL,
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        used_at TEXT,
        PRIMARY KEY (code_hash))""",
    "CREATE INDEX ix_enrollment_codes_station_id ON enrollment_codes (station_id)",
    """CREATE TABLE rows (
        tbl VARCHAR(40) NOT NULL,
        row_id VARCHAR(64) NOT NULL,
        station_id VARCHAR(64) NOT NULL,
        data TEXT NOT NULL,
        stamps TEXT NOT NULL,
        created_hlc VARCHAR(40) NOT NULL,
        updated_hlc VARCHAR(40) NOT NULL,
        deleted INTEGER DEFAULT '0' NOT NULL,
        origin VARCHAR(16) NOT NULL,
        PRIMARY KEY (tbl, row_id))""",
    "CREATE INDEX ix_rows_station_tbl ON rows (station_id, tbl)",
    """CREATE TABLE applied_ops (
        station_id VARCHAR(64) NOT NULL,
        op_id VARCHAR(32) NOT NULL,
        digest VARCHAR(64) NOT NULL,
        status VARCHAR(16) NOT NULL,
        result TEXT,
        PRIMARY KEY (station_id, op_id))""",
    """CREATE TABLE feed (
        seq BIGSERIAL NOT NULL,
        station_id VARCHAR(64) NOT NULL,
        op_id VARCHAR(32) NOT NULL,
        tbl VARCHAR(40) NOT NULL,
        row_id VARCHAR(64) NOT NULL,
        kind VARCHAR(16) NOT NULL,
        hlc VARCHAR(40) NOT NULL,
        changes TEXT NOT NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (seq))""",
    "CREATE INDEX ix_feed_station_seq ON feed (station_id, seq)",
    """CREATE TABLE conflicts (
        id SERIAL NOT NULL,
        station_id VARCHAR(64) NOT NULL,
        op_id VARCHAR(32) NOT NULL,
        tbl VARCHAR(40) NOT NULL,
        row_id VARCHAR(64) NOT NULL,
        field VARCHAR(64) NOT NULL,
        local_value TEXT,
        server_value TEXT,
        kept VARCHAR(8) NOT NULL,
        reason TEXT NOT NULL,
        created_at TEXT NOT NULL,
        resolved_at TEXT,
        PRIMARY KEY (id))""",
    "CREATE INDEX ix_conflicts_station_id ON conflicts (station_id)",
    """CREATE TABLE checksums (
        station_id VARCHAR(64) NOT NULL,
        tbl VARCHAR(40) NOT NULL,
        rows INTEGER NOT NULL,
        xor_hex VARCHAR(16) NOT NULL,
        sum_hex VARCHAR(16) NOT NULL,
        PRIMARY KEY (station_id, tbl))""",
    """CREATE TABLE sync_log (
        id SERIAL NOT NULL,
        station_id VARCHAR(64) NOT NULL,
        at TEXT NOT NULL,
        via VARCHAR(8) NOT NULL,
        client_node VARCHAR(16),
        client_time BIGINT,
        server_time BIGINT NOT NULL,
        skew_ms BIGINT,
        ops_in INTEGER NOT NULL,
        ops_ok INTEGER NOT NULL,
        ops_duplicate INTEGER NOT NULL,
        ops_conflict INTEGER NOT NULL,
        ops_rejected INTEGER NOT NULL,
        feed_out INTEGER NOT NULL,
        PRIMARY KEY (id))""",
    "CREATE INDEX ix_sync_log_station_id ON sync_log (station_id)",
    """CREATE TABLE blobs (
        station_id VARCHAR(64) NOT NULL,
        sha256 VARCHAR(64) NOT NULL,
        length BIGINT NOT NULL,
        received BIGINT NOT NULL,
        complete INTEGER DEFAULT '0' NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (station_id, sha256))""",
)

_V2_SQLITE = (
    """CREATE TABLE accounts (
        id VARCHAR(64) NOT NULL,
        community TEXT NOT NULL,
        token_hash VARCHAR(64) NOT NULL,
        created_at TEXT NOT NULL,
        revoked_at TEXT,
        PRIMARY KEY (id),
        UNIQUE (token_hash))""",
    "CREATE INDEX ix_stations_community ON stations (community)",
)

_V2_POSTGRESQL = (
    """CREATE TABLE accounts (
        id VARCHAR(64) NOT NULL,
        community TEXT NOT NULL,
        token_hash VARCHAR(64) NOT NULL,
        created_at TEXT NOT NULL,
        revoked_at TEXT,
        PRIMARY KEY (id),
        UNIQUE (token_hash))""",
    "CREATE INDEX ix_stations_community ON stations (community)",
)

_V3_SQLITE = (
    """CREATE TABLE users (
        username VARCHAR(64) NOT NULL PRIMARY KEY,
        role VARCHAR(16) NOT NULL,
        scope TEXT NOT NULL,
        password_hash TEXT NOT NULL,
        must_change INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        disabled_at TEXT,
        last_login_at TEXT)""",
    """CREATE TABLE web_sessions (
        id_hash VARCHAR(64) NOT NULL PRIMARY KEY,
        username VARCHAR(64) NOT NULL,
        csrf VARCHAR(64) NOT NULL,
        created_at TEXT NOT NULL,
        last_seen TEXT NOT NULL)""",
    "CREATE INDEX ix_web_sessions_user ON web_sessions (username)",
    """CREATE TABLE login_failures (
        id INTEGER PRIMARY KEY,
        username VARCHAR(64) NOT NULL,
        address VARCHAR(64) NOT NULL,
        at TEXT NOT NULL)""",
    "CREATE INDEX ix_login_failures_user ON login_failures (username, at)",
    "CREATE INDEX ix_login_failures_addr ON login_failures (address, at)",
    """CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        username VARCHAR(64) NOT NULL,
        action VARCHAR(32) NOT NULL,
        target TEXT NOT NULL,
        detail TEXT NOT NULL)""",
    """CREATE TABLE figure_cache (
        station_id VARCHAR(64) NOT NULL,
        period VARCHAR(32) NOT NULL,
        stamp TEXT NOT NULL,
        data TEXT NOT NULL,
        PRIMARY KEY (station_id, period))""",
    "CREATE INDEX ix_stations_street ON stations (street)",
)

_V3_POSTGRESQL = (
    """CREATE TABLE users (
        username VARCHAR(64) NOT NULL PRIMARY KEY,
        role VARCHAR(16) NOT NULL,
        scope TEXT NOT NULL,
        password_hash TEXT NOT NULL,
        must_change INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        disabled_at TEXT,
        last_login_at TEXT)""",
    """CREATE TABLE web_sessions (
        id_hash VARCHAR(64) NOT NULL PRIMARY KEY,
        username VARCHAR(64) NOT NULL,
        csrf VARCHAR(64) NOT NULL,
        created_at TEXT NOT NULL,
        last_seen TEXT NOT NULL)""",
    "CREATE INDEX ix_web_sessions_user ON web_sessions (username)",
    """CREATE TABLE login_failures (
        id SERIAL PRIMARY KEY,
        username VARCHAR(64) NOT NULL,
        address VARCHAR(64) NOT NULL,
        at TEXT NOT NULL)""",
    "CREATE INDEX ix_login_failures_user ON login_failures (username, at)",
    "CREATE INDEX ix_login_failures_addr ON login_failures (address, at)",
    """CREATE TABLE audit_log (
        id SERIAL PRIMARY KEY,
        at TEXT NOT NULL,
        username VARCHAR(64) NOT NULL,
        action VARCHAR(32) NOT NULL,
        target TEXT NOT NULL,
        detail TEXT NOT NULL)""",
    """CREATE TABLE figure_cache (
        station_id VARCHAR(64) NOT NULL,
        period VARCHAR(32) NOT NULL,
        stamp TEXT NOT NULL,
        data TEXT NOT NULL,
        PRIMARY KEY (station_id, period))""",
    "CREATE INDEX ix_stations_street ON stations (street)",
)
V1 = {"sqlite": _V1_SQLITE, "postgresql": _V1_POSTGRESQL}
V2 = {"sqlite": _V2_SQLITE, "postgresql": _V2_POSTGRESQL}
V3 = {"sqlite": _V3_SQLITE, "postgresql": _V3_POSTGRESQL}

# Version 6: per station and client node, the upload_seq of the last batch applied, so a
# pipelined batch waits for the one before it (protocol.messages, "Requests in flight").
_V6 = (
    """CREATE TABLE upload_marks (
        station_id VARCHAR(64) NOT NULL,
        client_node VARCHAR(64) NOT NULL,
        upload_seq BIGINT NOT NULL,
        PRIMARY KEY (station_id, client_node))""",
)
V6 = {"sqlite": _V6, "postgresql": _V6}
