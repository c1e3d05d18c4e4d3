"""Versioned schema: an older database is upgraded, a newer one refused."""

from __future__ import annotations

import pytest
from linju_sync.server import db as dbmod
from linju_sync.server.db import SCHEMA_VERSION, Database, SchemaTooNew
from sqlalchemy import inspect, text

from tests.sync.conftest import BACKENDS, database_url


@pytest.fixture(params=BACKENDS)
def url(request, tmp_path):
    u, pg = database_url(request.param, tmp_path)
    yield u
    if pg is not None:
        pg.drop()


def test_an_older_database_is_upgraded_keeping_its_data(url):
    old = Database(url, target=1)
    assert old.version() == 1
    assert "accounts" not in inspect(old.engine).get_table_names()
    with old.write() as c:
        c.execute(
            dbmod.stations.insert().values(id="s1", name="老站", created_at="2024-01-01T00:00:00Z")
        )
    old.dispose()
    new = Database(url)
    assert new.version() == SCHEMA_VERSION == 5
    names = inspect(new.engine).get_table_names()
    assert {"accounts", "users", "web_sessions", "audit_log", "figure_cache"} <= set(names)
    with new.read() as c:
        assert c.execute(text("SELECT name FROM stations")).scalar() == "老站"
    new.dispose()


def test_version_3_tables_match_their_query_definitions(url):
    """The frozen DDL of version 3 and the Table objects used by queries agree."""
    d = Database(url)
    insp = inspect(d.engine)
    for table in (dbmod.users, dbmod.web_sessions, dbmod.login_failures, dbmod.audit_log,
                  dbmod.figure_cache):  # fmt: skip
        assert {c["name"] for c in insp.get_columns(table.name)} == set(table.c.keys())
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
