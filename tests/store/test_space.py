"""The space compaction frees goes back to the file system: the live file and the backups
made from it shrink; a file made before incremental auto-vacuum is switched over once."""

from __future__ import annotations

import shutil
import sqlite3

from helpers import peek_conn, peek_scalar

from linju_desktop.store import backup, changelog, space
from linju_desktop.store.database import Store
from linju_desktop.store.reads import changes


def fill_and_edit(store: Store, n: int = 400) -> list[str]:
    """Records whose log is mostly the values of edits (what compaction drops)."""
    ids = store.insert_many("members", [{"name": f"成员{i}", "notes": "x" * 200} for i in range(n)])
    for round_ in range(6):
        with store.transaction():
            for i in ids:
                store.update("members", i, {"notes": f"{round_}" * 1500})
    return ids


def shrink(store: Store, **kw: bool) -> space.Reclaimed:
    store.set_setting("sync_uploaded_seq", changes.last_seq(store))
    assert changelog.compact(store) > 0
    return space.reclaim(store, **kw)


def test_a_new_file_gives_freed_space_back_and_backups_shrink_with_it(tmp_path):
    with Store(tmp_path / "data") as store:
        assert peek_scalar(store, "PRAGMA auto_vacuum") == space.INCREMENTAL
        ids = fill_and_edit(store)
        big = backup.make_backup(store, "before").stat().st_size
        done = shrink(store)
        assert not done.switched
        assert done.after < done.before / 2
        assert store.path.stat().st_size == done.after  # the WAL went home, the file is cut
        small = backup.make_backup(store, "after").stat().st_size
        assert small < big / 2
        assert store.get("members", ids[0])["notes"] == "5" * 1500
        assert peek_scalar(store, "PRAGMA quick_check") == "ok"


def test_an_older_file_is_switched_once_after_its_first_compaction(tmp_path, monkeypatch):
    folder = tmp_path / "data"
    folder.mkdir()
    # a file made before: auto_vacuum off, WAL, as earlier versions left it
    raw = sqlite3.connect(folder / "linju.sqlite3")
    raw.execute("PRAGMA journal_mode = WAL")
    raw.close()
    with Store(folder) as store:
        assert peek_scalar(store, "PRAGMA auto_vacuum") == 0
        ids = fill_and_edit(store)
        # nothing compacted and too little free for a full rewrite: the pages stay for reuse
        monkeypatch.setattr(space, "SWITCH_FREE_BYTES", 1 << 40)
        monkeypatch.setattr(space, "SWITCH_FREE_SHARE", 1.0)
        kept = space.reclaim(store)
        assert (kept.switched, kept.after) == (False, kept.before)
        assert peek_scalar(store, "PRAGMA auto_vacuum") == 0
        # compacted, but no room on the disk for the copy: not now either
        store.set_setting("sync_uploaded_seq", changes.last_seq(store))
        assert changelog.compact(store) > 0
        full = shutil.disk_usage(folder)._replace(free=kept.before)
        monkeypatch.setattr(space.shutil, "disk_usage", lambda _p: full)
        assert not space.reclaim(store).switched
        monkeypatch.undo()
        done = space.reclaim(store)
        assert done.switched and done.after < done.before / 2
        assert peek_scalar(store, "PRAGMA auto_vacuum") == space.INCREMENTAL
        assert store.get("members", ids[-1])["notes"] == "5" * 1500
        assert peek_scalar(store, "PRAGMA quick_check") == "ok"
        # from now on the short incremental step does it
        fill_and_edit(store, 100)
        again = shrink(store)
        assert not again.switched and again.after < again.before


def test_writes_wait_for_the_rewrite_instead_of_failing(tmp_path):
    import threading
    import time

    with Store(tmp_path / "data") as store:
        store.insert("members", {"name": "张三"})
        # stands for the VACUUM: another connection holding the write lock
        holder = sqlite3.connect(store.path, isolation_level=None, check_same_thread=False)
        peek_conn(store).execute("PRAGMA busy_timeout = 50")
        holder.execute("BEGIN IMMEDIATE")
        try:
            try:
                store.insert("members", {"name": "李四"})
                raise AssertionError("a held lock must refuse a write after busy_timeout")
            except sqlite3.OperationalError:
                pass
            store.rewriting.set()
            threading.Timer(
                0.3, lambda: (holder.execute("COMMIT"), store.rewriting.clear())
            ).start()
            t = time.monotonic()
            store.insert("members", {"name": "李四"})  # waits, then writes
            assert time.monotonic() - t >= 0.25
        finally:
            holder.close()
        assert peek_scalar(store, "SELECT count(*) FROM members") == 2
