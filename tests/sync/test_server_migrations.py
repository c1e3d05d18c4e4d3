"""Versioned schema: the committed databases of every released version upgrade to exactly
the schema of a fresh one keeping their rows, on SQLite and PostgreSQL; a newer database is
refused; the query Table objects agree with what the frozen migrations build."""

from __future__ import annotations

import re
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from linju_sync.server import db as dbmod
from linju_sync.server.db import SCHEMA_VERSION, Database, SchemaTooNew
from schema_support import pg_schema, sqlite_schema
from sqlalchemy import create_engine, func, inspect, select, text

from tests.sync.conftest import BACKENDS, database_url

FIXTURES = Path(__file__).parent / "fixtures"


def fixture_versions() -> list[int]:
    found = (re.fullmatch(r"server-v(\d+)\.sqlite3", p.name) for p in FIXTURES.iterdir())
    return sorted(int(m[1]) for m in found if m)


@pytest.fixture(params=BACKENDS)
def url(request, tmp_path):
    u, pg = database_url(request.param, tmp_path)
    yield u
    if pg is not None:
        pg.drop()


@contextmanager
def engine_of(url: str) -> Iterator[Any]:
    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://"))
    try:
        yield engine
    finally:
        engine.dispose()


def schema_of(url: str) -> dict[str, Any]:
    if url.startswith("sqlite"):
        conn = sqlite3.connect(url.removeprefix("sqlite:///"))
        try:
            return sqlite_schema(conn)
        finally:
            conn.close()
    with engine_of(url) as engine, engine.connect() as conn:
        return pg_schema(conn)


def load_fixture(url: str, version: int) -> None:
    """Put the committed database of `version` where `url` points (an empty database)."""
    if url.startswith("sqlite"):
        shutil.copyfile(FIXTURES / f"server-v{version}.sqlite3", url.removeprefix("sqlite:///"))
        return
    dump = (FIXTURES / f"server-v{version}.postgresql.sql").read_text(encoding="utf-8")
    with engine_of(url) as engine:
        raw = engine.raw_connection()  # the dump is many statements: psycopg's simple query
        try:
            raw.cursor().execute(dump)
            raw.commit()
        finally:
            raw.close()


def all_rows(url: str) -> dict[str, list[dict[str, Any]]]:
    with engine_of(url) as engine, engine.connect() as conn:
        names = inspect(conn).get_table_names()
        return {
            name: sorted(
                (dict(r._mapping) for r in conn.execute(text(f"SELECT * FROM {name}"))), key=repr
            )
            for name in names
            if name != "schema_version"
        }


@pytest.fixture(scope="module")
def empty_database(tmp_path_factory) -> Iterator[Callable[[str], str]]:
    """An empty database of a backend: a new SQLite file, or the module's PostgreSQL database
    emptied again (making one costs half a second)."""
    made: list[Any] = []

    def empty(backend: str) -> str:
        if backend == "sqlite":
            return f"sqlite:///{tmp_path_factory.mktemp('server') / 'server.sqlite3'}"
        if not made:
            made.append(database_url(backend, tmp_path_factory.mktemp("pg")))
        url = made[0][0]
        with engine_of(url) as engine, engine.begin() as conn:
            conn.exec_driver_sql("DROP SCHEMA public CASCADE")
            conn.exec_driver_sql("CREATE SCHEMA public")
        return url

    yield empty
    for _url, pg in made:
        pg.drop()


@pytest.fixture(scope="module")
def fresh_schemas(empty_database) -> Callable[[str], dict[str, Any]]:
    """The schema of a fresh database per backend, made once per module when first asked."""
    made: dict[str, dict[str, Any]] = {}

    def get(backend: str) -> dict[str, Any]:
        if backend not in made:
            url = empty_database(backend)
            Database(url).dispose()
            made[backend] = schema_of(url)
        return made[backend]

    return get


def test_every_released_version_has_committed_databases():
    assert set(range(1, SCHEMA_VERSION)) <= set(fixture_versions())
    for v in fixture_versions():
        assert (FIXTURES / f"server-v{v}.postgresql.sql").exists()


@pytest.mark.parametrize("version", fixture_versions())
@pytest.mark.parametrize("backend", BACKENDS)
def test_a_released_database_upgrades_to_the_fresh_schema(
    empty_database, fresh_schemas, backend, version
):
    expected = fresh_schemas(backend)
    url = empty_database(backend)
    load_fixture(url, version)
    before = all_rows(url)
    assert before["stations"] and before["feed"]

    d = Database(url)
    assert d.version() == SCHEMA_VERSION
    with d.write() as c:  # today's queries write to it, numbering goes on after the old rows
        last_feed = c.execute(select(func.max(dbmod.feed.c.seq))).scalar()
        new_seq = c.execute(
            dbmod.feed.insert().values(
                station_id="st1",
                op_id="dop9",
                tbl="members",
                row_id="m1",
                kind="update",
                hlc="1737532900000-0000-a1b2c3d4e5f60718",
                changes="{}",
                created_at="2025-01-23T00:00:00Z",
            )
        ).inserted_primary_key[0]
        assert new_seq > last_feed
        c.execute(dbmod.feed.delete().where(dbmod.feed.c.seq == new_seq))
    d.dispose()

    assert schema_of(url) == expected
    after = all_rows(url)
    for table, rows in before.items():  # as they were, whatever columns came since
        kept = [{c: r[c] for c in rows[0]} for r in after[table]] if rows else after[table]
        assert kept == rows, table


def test_the_query_tables_match_the_frozen_schema(url):
    """The Table objects serve the queries only; what the migrations build must agree."""
    d = Database(url)
    insp = inspect(d.engine)
    assert set(insp.get_table_names()) == set(dbmod.metadata.tables)
    for table in dbmod.metadata.tables.values():
        columns = {c["name"]: c for c in insp.get_columns(table.name)}
        assert list(columns) == list(table.c.keys()), table.name
        for col in table.c:
            if not col.primary_key:  # SQLite reports an INTEGER PRIMARY KEY as nullable
                assert columns[col.name]["nullable"] == col.nullable, (table.name, col.name)
        key = insp.get_pk_constraint(table.name)["constrained_columns"]
        assert key == [c.name for c in table.primary_key], table.name
    d.dispose()


def test_a_newer_database_is_refused(url):
    d = Database(url)
    with d.write() as c:
        c.execute(text("UPDATE schema_version SET version = 99"))
    d.dispose()
    with pytest.raises(SchemaTooNew, match="99"):
        Database(url)


def test_the_cli_refuses_a_newer_database(tmp_path):
    import subprocess
    import sys

    d = Database(f"sqlite:///{tmp_path / 'server.sqlite3'}")
    with d.write() as c:
        c.execute(text("UPDATE schema_version SET version = 99"))
    d.dispose()
    res = subprocess.run(
        [sys.executable, "-m", "linju_sync.server.cli", "--data-dir", str(tmp_path), "status"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert res.returncode == 1 and "newer" in res.stderr
