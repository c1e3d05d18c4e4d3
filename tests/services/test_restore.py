"""The restore service: one flow for the settings page and `linju restore`."""

from __future__ import annotations

import sqlite3

import pytest

from linju_desktop.services import branch
from linju_desktop.services.restore import BackupRefused, Refusal, check_backup, restore
from linju_desktop.store import backup, schema
from linju_desktop.store.database import Store


def _with_old_name(store: Store):
    branch.save_profile(store, name="旧名称")
    saved = backup.make_backup(store)
    branch.save_profile(store, name="新名称")
    return saved


def _name(data_dir) -> str:
    with Store(data_dir) as s:
        return branch.profile(s)["name"]


def test_restoring_with_the_open_store_keeps_the_data_as_it_was(store):
    saved = _with_old_name(store)
    done = restore(store.data_dir, saved, current=store)
    assert _name(store.data_dir) == "旧名称"
    assert done.saved is not None and done.saved.stem.endswith("before-restore")
    assert not done.damaged and done.set_aside is None
    kept = sqlite3.connect(f"file:{done.saved}?mode=ro", uri=True)
    try:  # the safety copy holds the data from before the restore
        assert kept.execute("SELECT name FROM branch WHERE deleted = 0").fetchone()[0] == "新名称"
    finally:
        kept.close()


def test_leftover_wal_and_shm_files_are_not_replayed(store):
    saved = _with_old_name(store)
    store.close()
    for extra in ("-wal", "-shm"):
        (store.data_dir / f"linju.sqlite3{extra}").write_bytes(b"left by a crash" * 100)
    restore(store.data_dir, saved)
    assert _name(store.data_dir) == "旧名称"


def test_a_damaged_live_file_is_set_aside_not_kept_as_a_backup(store):
    saved = _with_old_name(store)
    store.close()
    for extra in ("-wal", "-shm"):
        (store.data_dir / f"linju.sqlite3{extra}").unlink(missing_ok=True)
    store.path.write_bytes(b"garbage" * 1000)
    done = restore(store.data_dir, saved)
    assert done.damaged and done.saved is None
    assert done.set_aside is not None and done.set_aside.read_bytes().startswith(b"garbage")
    assert done.set_aside.parent == store.data_dir  # beside the file, not among the backups
    assert _name(store.data_dir) == "旧名称"


def _sqlite_file(path, version: int) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.execute(f"PRAGMA user_version = {version}")
    conn.commit()
    conn.close()


@pytest.mark.parametrize(
    "make, refusal",
    [
        (lambda p: p.write_bytes(b"not a database" * 200), Refusal.DAMAGED),
        (lambda p: _sqlite_file(p, 0), Refusal.NOT_LINJU),
        (lambda p: _sqlite_file(p, schema.SCHEMA_VERSION + 1), Refusal.NEWER),
    ],
)
def test_a_backup_that_cannot_serve_is_refused_before_anything_changes(
    store, tmp_path, make, refusal
):
    branch.save_profile(store, name="现在的名称")
    bad = tmp_path / "bad.sqlite3"
    make(bad)
    assert check_backup(bad).refusal is refusal
    before = backup.list_backups(store)
    with pytest.raises(BackupRefused) as caught:
        restore(store.data_dir, bad, current=store)
    assert caught.value.check.refusal is refusal
    assert backup.list_backups(store) == before  # not even the safety copy was made
    assert branch.profile(store)["name"] == "现在的名称"


def test_the_current_schema_version_is_accepted(store, tmp_path):
    good = backup.make_backup(store, dest=tmp_path / "good.sqlite3")
    check = check_backup(good)
    assert check.ok and check.version == schema.SCHEMA_VERSION
