"""Schema versions: refuse newer ones, fail safely, back up before a migration. Upgrades from
the committed databases of every released version: test_upgrades.py."""

from __future__ import annotations

import sqlite3

import pytest
from sqlite_utils import Database

from linju_desktop.store import backup, schema
from linju_desktop.store.database import DamagedDatabaseError, NewerSchemaError, Store
from linju_desktop.store.paths import DB_FILENAME


def make_old_database(folder, version: int) -> None:
    """A database at schema `version` made by today's (frozen) migrations, one member in it."""
    folder.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(folder / DB_FILENAME, isolation_level=None)
    db = Database(conn)
    stop = schema.MIGRATION_NAMES[version] if version < schema.SCHEMA_VERSION else None
    schema.migrations.apply(db, stop_before=stop)
    conn.execute(f"PRAGMA user_version = {version}")
    conn.execute("INSERT INTO meta VALUES ('node_id', '00112233aabbccdd')")
    conn.execute(
        "INSERT INTO members (id, created_hlc, updated_hlc, name, status) VALUES "
        "('m1', '0000000000001-0000-00112233aabbccdd', '0000000000001-0000-00112233aabbccdd',"
        " '欧阳修远', 'active')"
    )
    conn.close()


def test_current_version_opens_without_backup(tmp_path):
    folder = tmp_path / "data"
    make_old_database(folder, schema.SCHEMA_VERSION)
    with Store(folder) as store:
        assert backup.list_backups(store) == []


def test_newer_database_is_refused_and_untouched(tmp_path):
    folder = tmp_path / "data"
    make_old_database(folder, schema.SCHEMA_VERSION)
    conn = sqlite3.connect(folder / DB_FILENAME)
    conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    before = (folder / DB_FILENAME).read_bytes()
    with pytest.raises(NewerSchemaError):
        Store(folder)
    assert (folder / DB_FILENAME).read_bytes() == before


def test_failing_migration_leaves_the_file_as_it_was(tmp_path):
    folder = tmp_path / "data"
    make_old_database(folder, 1)

    @schema.migrations(name="9999_broken")
    def broken(db: Database) -> None:
        db.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("disk trouble half-way")

    try:
        with pytest.raises(RuntimeError, match="half-way"):
            Store(folder)
    finally:
        schema.migrations._migrations.pop()
    conn = sqlite3.connect(folder / DB_FILENAME)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "half_done" not in tables and "members_fts" not in tables
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    conn.close()
    # and the next start, with the broken migration gone, upgrades normally
    with Store(folder) as store:
        assert store.schema_version() == schema.SCHEMA_VERSION


def test_damaged_file_is_reported(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / DB_FILENAME).write_bytes(b"this is not a database" * 100)
    with pytest.raises(DamagedDatabaseError):
        Store(folder)


def test_files_are_private(tmp_path):
    import os
    import stat

    with Store(tmp_path / "data") as store:
        with store.transaction():
            store.insert("members", {"name": "张三"})
        assert stat.S_IMODE(os.stat(store.path).st_mode) == 0o600
        assert stat.S_IMODE(os.stat(store.data_dir).st_mode) == 0o700
        made = backup.make_backup(store)
        assert stat.S_IMODE(os.stat(made).st_mode) == 0o600


def test_daily_backup_rotates(tmp_path):
    with Store(tmp_path / "data") as store:
        assert backup.daily_backup(store, keep=2) is not None
        assert backup.daily_backup(store, keep=2) is None  # one a day
        for i in range(3):
            (store.backups_dir / f"linju-2020010{i}-000000-000000-daily.sqlite3").write_bytes(b"")
        backup.daily_backup(store, keep=2)
        assert len(backup.list_backups(store)) == 2


def damaged_store(folder):
    """A store whose file has one page in the middle overwritten (it still opens)."""
    with Store(folder) as store, store.transaction():
        store.insert_many("members", [{"name": f"党员{i}" * 20} for i in range(300)])
    with open(folder / DB_FILENAME, "r+b") as fh:
        fh.seek(8192)
        fh.write(bytes(range(256)) * 16)
    return Store(folder)


def test_a_damaged_copy_is_never_kept_as_a_backup(tmp_path):
    with damaged_store(tmp_path / "data") as store:
        with pytest.raises(DamagedDatabaseError):
            store.verify()
        for attempt in (
            lambda: backup.make_backup(store),
            lambda: backup.make_backup(store, dest=tmp_path / "out.sqlite3"),
            lambda: backup.daily_backup(store),
        ):
            with pytest.raises(DamagedDatabaseError):  # reported, not a raw sqlite3 error
                attempt()
        assert backup.list_backups(store) == []
        assert sorted(p.name for p in store.backups_dir.iterdir()) == []
        assert not (tmp_path / "out.sqlite3").exists()


def test_the_newest_good_backup_skips_damaged_ones(tmp_path):
    with Store(tmp_path / "data") as store:
        good = backup.make_backup(store)
        assert backup.check_file(good, quick=True)[0]
        # a backup is one self-contained file: checking it leaves no -wal/-shm beside it
        assert sorted(p.name for p in store.backups_dir.iterdir()) == [good.name]
        newer = store.backups_dir / "linju-29990101-000000-000000-manual.sqlite3"
        newer.write_bytes(good.read_bytes()[:4096] + b"\x07" * 8192)
        assert backup.newest_good_backup(store.backups_dir) == good
        assert list(backup.good_backups(store.backups_dir)) == [good]
