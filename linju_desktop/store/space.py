"""Giving the space that compaction frees back to the file system, so that the live file
(and every backup copied from it) shrinks with the change log.

SQLite keeps freed pages inside the file for reuse. With auto_vacuum = INCREMENTAL the
file records where they are and `PRAGMA incremental_vacuum` moves them to the end and
cuts them off: a short write, at any size. New files are made that way (Store); a file
made before needs one full VACUUM to switch, which rewrites the whole file. That runs once,
in the daily background check after the first compaction (or once a worthwhile share of
the file is free), and only with room on the disk for the copy it builds (and the WAL
that receives it). The first compaction thins most log rows where they lie, which leaves
their pages part-empty rather than free: only that rewrite packs them, so it is what
shrinks an older ten-year file.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING

from linju_desktop.store import changelog

if TYPE_CHECKING:
    from linju_desktop.store.database import Store

INCREMENTAL = 2  # PRAGMA auto_vacuum's value
# The one-time VACUUM is worth it from this share of free pages, or this many bytes.
SWITCH_FREE_SHARE = 0.10
SWITCH_FREE_BYTES = 16 * 1024 * 1024
DISK_ROOM_FACTOR = 2.2  # the rebuilt copy and the WAL that receives it, with some margin


@dataclass(frozen=True)
class Reclaimed:
    before: int  # file bytes before (WAL aside)
    after: int
    switched: bool  # the one-time VACUUM to incremental auto-vacuum ran


def make_incremental(conn: sqlite3.Connection) -> None:
    """On a new, empty file, before anything else writes its header (WAL included)."""
    conn.execute(f"PRAGMA auto_vacuum = {INCREMENTAL}")


def file_bytes(store: Store) -> int:
    page_size, pages = (
        store._conn.execute(f"PRAGMA {name}").fetchone()[0] for name in ("page_size", "page_count")
    )
    return int(page_size) * int(pages)


def reclaim(store: Store, *, force_switch: bool = False) -> Reclaimed:
    """Cut the free pages off the end of the file; on a file made before incremental
    auto-vacuum, switch it over (one full VACUUM) once enough is free to be worth it."""
    conn = store._conn
    before = file_bytes(store)
    page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
    free = int(conn.execute("PRAGMA freelist_count").fetchone()[0]) * page_size
    switched = False
    if int(conn.execute("PRAGMA auto_vacuum").fetchone()[0]) == INCREMENTAL:
        if free:
            # it frees one page a step; execute() steps once (no result columns), while
            # executescript() steps each statement to its end
            conn.executescript("PRAGMA incremental_vacuum;")
    elif (
        force_switch
        or store.get_setting(changelog.COMPACTED_SETTING) is not None
        or free >= SWITCH_FREE_BYTES
        or free >= SWITCH_FREE_SHARE * before
    ):
        room = shutil.disk_usage(store.data_dir).free
        if room < DISK_ROOM_FACTOR * before:
            return Reclaimed(before, before, False)  # another day, with room
        conn.execute(f"PRAGMA auto_vacuum = {INCREMENTAL}")
        store.rewriting.set()  # the window's writes wait for it (Store._begin)
        try:
            conn.execute("VACUUM")  # takes the writer's lock and holds it while it rewrites
        finally:
            store.rewriting.clear()
        switched = True
    if free or switched:  # the rewritten pages sit in the WAL: copy them home and empty it (when
        # another connection is reading, it stops short: the next checkpoint finishes)
        with contextlib.suppress(sqlite3.OperationalError):
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    return Reclaimed(before, file_bytes(store), switched)
