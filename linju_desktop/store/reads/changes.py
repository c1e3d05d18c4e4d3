"""Reads of the change log and of the whole station: what waits for sync, what is stored."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from linju_desktop.store import counters
from linju_desktop.store.database import Store
from linju_desktop.store.schema import SYNCED_TABLES


def uploaded_seq(store: Store) -> int:
    """The last change-log position the district has acknowledged."""
    return int(store.get_setting("sync_uploaded_seq", 0) or 0)


def changes_after(store: Store, seq: int) -> int:
    """Change-log operations after position `seq`."""
    return int(store._scalar("SELECT count(*) FROM change_log WHERE seq > ?", (seq,)))


def pending_changes(store: Store) -> int:
    """Changes waiting for the district: what the status bar, the home page, the sync page
    and `linju` all show. Counted as operations, not distinct records: a distinct count
    took 1.5 s instead of 32 ms on a ten-year station that had never synced. Read from
    the counter the change log's triggers keep (store/counters.py), not counted."""
    return sum(counters.pending_by_table(store).values())


def pending_records(store: Store) -> int:
    """Records (not operations) changed since the last acknowledged sync: what a secretary
    recognises. New records are counted by their one insert, which needs no DISTINCT; only
    older records edited since are deduplicated. On the never-synced ten-year demo (166,639
    inserts), medians of 5: 0.43 s, against 0.17 s for the operations and 2.9 s for a plain
    DISTINCT over the range; the window counts it off the UI thread."""
    return int(
        store._scalar(
            "SELECT (SELECT count(*) FROM change_log WHERE seq > ?1 AND kind = 'insert') + "
            "(SELECT count(*) FROM (SELECT DISTINCT tbl, row_id FROM change_log "
            "WHERE seq > ?1 AND kind != 'insert' AND row_id NOT IN "
            "(SELECT row_id FROM change_log WHERE seq > ?1 AND kind = 'insert')))",
            (uploaded_seq(store),),
        )
    )


def pending_by_table(store: Store) -> list[dict[str, Any]]:
    """The same changes, counted per record book (most first), from the same counters."""
    counts = counters.pending_by_table(store)
    return [{"tbl": t, "n": n} for t, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]


def live_counts(store: Store, tables: Iterable[str]) -> dict[str, int]:
    """Rows not tombstoned, per synced table."""
    out: dict[str, int] = {}
    for t in tables:
        if t not in SYNCED_TABLES:
            raise KeyError(t)
        out[t] = counters.live_rows(store, t)
    return out


def foreign_key_problems(store: Store) -> list[dict[str, Any]]:
    return store._rows("PRAGMA foreign_key_check")


def last_seq(store: Store) -> int:
    """The newest change-log position (0 on a new station)."""
    return int(store._scalar("SELECT coalesce(max(seq), 0) FROM change_log"))
