"""Committed record books of every released schema version upgrade to exactly the schema of
a fresh one, keeping their rows; the frozen migrations build today's synced columns."""

from __future__ import annotations

import re
import shutil
import sqlite3
from pathlib import Path

import pytest
from helpers import peek_conn, peek_rows, peek_scalar
from linju_sync.protocol.tables import FIELDS
from schema_support import sqlite_schema

from linju_desktop.store import backup, changelog, schema
from linju_desktop.store.database import Store
from linju_desktop.store.paths import DB_FILENAME
from linju_desktop.store.queries import ListQuery, count

FIXTURES = Path(__file__).parent / "fixtures"


def fixture_versions() -> list[int]:
    found = (re.fullmatch(r"station-v(\d+)\.sqlite3", p.name) for p in FIXTURES.iterdir())
    return sorted(int(m[1]) for m in found if m)


def table_rows(conn: sqlite3.Connection) -> dict[str, list[dict]]:
    """The rows of every table the book keeps (not search shadow tables or sqlite's own)."""
    names = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE '%_fts%' AND name != '_sqlite_migrations'"
        )
    ]
    out = {}
    for name in names:
        cursor = conn.execute(f"SELECT * FROM {name}")
        columns = [d[0] for d in cursor.description]
        out[name] = sorted((dict(zip(columns, r, strict=True)) for r in cursor), key=repr)
    return out


@pytest.fixture(scope="module")
def fresh_schema(tmp_path_factory):
    with Store(tmp_path_factory.mktemp("fresh")) as store:
        return sqlite_schema(peek_conn(store))


def test_every_released_version_has_a_committed_database():
    # the current version counts as released too once it ships; add its file then
    assert set(range(1, schema.SCHEMA_VERSION)) <= set(fixture_versions())
    for v in fixture_versions():
        conn = sqlite3.connect(f"file:{FIXTURES / f'station-v{v}.sqlite3'}?immutable=1", uri=True)
        assert conn.execute("PRAGMA user_version").fetchone()[0] == v
        conn.close()


# Counters and checksums (version 4) have a row per synced table.
BOOKKEEPING = {"counters", "sync_checksums", "checksum_dirty"}


@pytest.mark.parametrize("version", fixture_versions())
def test_a_released_database_upgrades_to_the_fresh_schema(tmp_path, fresh_schema, version):
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copyfile(FIXTURES / f"station-v{version}.sqlite3", folder / DB_FILENAME)
    conn = sqlite3.connect(folder / DB_FILENAME)
    before = table_rows(conn)
    conn.close()
    assert before["members"] and before["change_log"]

    with Store(folder) as store:
        assert store.schema_version() == schema.SCHEMA_VERSION
        assert sqlite_schema(peek_conn(store)) == fresh_schema
        after = table_rows(peek_conn(store))
        for table, rows in before.items():  # as they were, whatever columns came since
            kept = [{c: r[c] for c in rows[0]} for r in after[table]] if rows else after[table]
            if table in BOOKKEEPING:  # later versions add the rows of their new books
                assert [r for r in rows if r not in kept] == [], table
            else:
                assert kept == rows, table
        saved = backup.list_backups(store)
        if version < schema.SCHEMA_VERSION:
            assert len(saved) == 1 and f"before-migration-v{version}" in saved[0].name
        else:
            assert saved == []

        # rows written before the search index existed are found; a tombstone is not
        assert count(store, ListQuery("members", search="阳修远")) == 1
        assert count(store, ListQuery("members", search="张建国")) == 0
        assert count(store, ListQuery("requests", search="路灯不亮")) == 1
        # change capture goes on where it stopped
        last = peek_scalar(store, "SELECT max(seq) FROM change_log")
        store.update("members", "m1", {"mobile": "13800000009"})
        logged = peek_rows(store, "SELECT * FROM change_log WHERE seq > ?", [last])
        assert [(r["tbl"], r["row_id"], r["kind"], r["changes"]) for r in logged] == [
            ("members", "m1", "update", '{"mobile":"13800000009"}')
        ]


def test_the_frozen_migrations_build_todays_synced_columns(tmp_path):
    """The migrations never read protocol.tables, so a column added there without a
    migration (ALTER TABLE and re-made capture triggers) fails here."""
    with Store(tmp_path / "data") as store:
        for table, fields in FIELDS.items():
            columns = [
                (r["name"], r["type"]) for r in peek_rows(store, f"PRAGMA table_info('{table}')")
            ]
            expected = [("id", "TEXT"), ("created_hlc", "TEXT"), ("updated_hlc", "TEXT")]
            expected += [("deleted", "INTEGER")]
            expected += [(name, schema.sqlite_type(f)) for name, f in fields.items()]
            assert columns == expected, table
            triggers = [
                peek_scalar(
                    store, "SELECT sql FROM sqlite_master WHERE name = ?", [f"{table}_{kind}"]
                )
                for kind in ("no_delete", "stamp_guard", "log_insert", "log_update")
            ]
            assert triggers == changelog.capture_ddl(table, list(fields)), table


def test_migration_files_split_into_their_statements():
    script = (
        "-- a comment\n\nCREATE TABLE a (x);\n\n-- between\nCREATE TRIGGER t AFTER INSERT ON a"
        " BEGIN\n  INSERT INTO a VALUES (1);\n  SELECT 1;\nEND;\n"
    )
    assert list(schema.sql_statements(script)) == [
        "CREATE TABLE a (x)",
        "CREATE TRIGGER t AFTER INSERT ON a BEGIN\n  INSERT INTO a VALUES (1);\n  SELECT 1;\nEND",
    ]
    with pytest.raises(ValueError, match="unfinished"):
        list(schema.sql_statements("CREATE TABLE b (y)\n"))
