"""Counts and checksums kept in the same transaction as the change (migration 0004).

The window shows some counts all the time (changes waiting for sync, a list's total), and
every sync compares each table's checksum with the district's. Counting or hashing the
tables for that grows with ten years of records; triggers keep them instead:

- counters 'pending:TABLE': change-log rows of TABLE after the acknowledged position.
  Inserting or deleting a log row moves it by one; moving settings.sync_uploaded_seq
  moves it by the rows between the old and the new position (a few hundred per sync
  step).
- counters 'live:TABLE': rows of TABLE not tombstoned (the unfiltered list totals).
- sync_checksums + checksum_dirty: the checksum the server keeps (an XOR and a sum of a
  SHA-256 fingerprint per row, protocol.messages.table_checksum). SQLite has no SHA-256
  and a trigger calling a Python function would break every write from a plain sqlite3
  session, so the triggers only note which rows changed and what (stamp, deleted) they had
  at the last fold; fold_checksums() takes the old fingerprint out and puts the new one in,
  in Python, for just those rows. An idle sync folds nothing and reads one row per table.
  A table with no stored checksum (a station upgraded from version 3) is hashed in full
  once, at its first fold.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from linju_desktop.store.database import Store
from linju_desktop.store.schema import SYNCED_TABLES

if TYPE_CHECKING:
    from linju_sync.protocol.messages import Checksum

# The protocol's messages (for the checksums) load with the first sync, not with the
# counts the window shows at start.

_MASK = (1 << 64) - 1


def counter(store: Store, name: str) -> int | None:
    """The named counter, or None on a database without it (before version 4)."""
    row = store._conn.execute("SELECT n FROM counters WHERE name = ?", (name,)).fetchone()
    return int(row[0]) if row else None


def pending_by_table(store: Store) -> dict[str, int]:
    """Change-log rows after the acknowledged position, per table (those with any)."""
    return {
        name.removeprefix("pending:"): int(n)
        for name, n in store._conn.execute(
            "SELECT name, n FROM counters WHERE name >= 'pending:' AND name < 'pending;' AND n > 0"
        )
    }


def live_rows(store: Store, table: str) -> int:
    """Rows of a synced table not tombstoned."""
    if table not in SYNCED_TABLES:
        raise KeyError(table)
    return int(counter(store, f"live:{table}") or 0)


def _stored(store: Store) -> dict[str, tuple[int, int, int]]:
    return {
        tbl: (int(n), int(x, 16), int(s, 16))
        for tbl, n, x, s in store._conn.execute(
            "SELECT tbl, rows, xor_hex, sum_hex FROM sync_checksums"
        )
    }


def table_checksums(store: Store, tables: list[str]) -> dict[str, Checksum]:
    """The checksum of each synced table named, as the server computes it."""
    from linju_sync.protocol.messages import Checksum

    wanted = [t for t in tables if t in SYNCED_TABLES]
    stored = _stored(store)
    dirty = {
        r[0]
        for r in store._conn.execute(
            "SELECT DISTINCT tbl FROM checksum_dirty WHERE tbl IN (SELECT value FROM json_each(?))",
            (_json(wanted),),
        )
    }
    if any(t not in stored or t in dirty for t in wanted):
        stored = fold_checksums(store, [t for t in wanted if t not in stored or t in dirty])
    return {t: Checksum(n, f"{x:016x}{s:016x}") for t, (n, x, s) in stored.items() if t in wanted}


def fold_checksums(
    store: Store, tables: list[str] | None = None
) -> dict[str, tuple[int, int, int]]:
    """Bring the stored checksums of `tables` (default: all) up to date, in one write
    transaction; returns every stored checksum as (rows, xor, sum)."""
    from linju_sync.protocol.messages import row_fingerprint, table_checksum

    conn = store._conn
    with store.transaction():
        stored = _stored(store)
        for t in tables if tables is not None else list(SYNCED_TABLES):
            if t not in stored:
                c = table_checksum(
                    conn.execute(f"SELECT id, updated_hlc, deleted FROM {t}").fetchall()
                )
                stored[t] = (c.rows, int(c.digest[:16], 16), int(c.digest[16:], 16))
            else:
                n, x, s = stored[t]
                for row_id, old_hlc, old_deleted, hlc, deleted in conn.execute(
                    f"SELECT d.row_id, d.old_hlc, d.old_deleted, t.updated_hlc, t.deleted "
                    f"FROM checksum_dirty d JOIN {t} t ON t.id = d.row_id WHERE d.tbl = ?",
                    (t,),
                ):
                    if old_hlc is None:
                        n += 1
                    else:
                        f = row_fingerprint(row_id, old_hlc, int(bool(old_deleted)))
                        x ^= f
                        s = (s - f) & _MASK
                    f = row_fingerprint(row_id, hlc, int(bool(deleted)))
                    x ^= f
                    s = (s + f) & _MASK
                stored[t] = (n, x, s)
            n, x, s = stored[t]
            conn.execute(
                "INSERT INTO sync_checksums (tbl, rows, xor_hex, sum_hex) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(tbl) DO UPDATE SET rows = excluded.rows, xor_hex = excluded.xor_hex, "
                "sum_hex = excluded.sum_hex",
                (t, n, f"{x:016x}", f"{s:016x}"),
            )
            conn.execute("DELETE FROM checksum_dirty WHERE tbl = ?", (t,))
    return stored


def _json(values: list[str]) -> str:
    import json

    return json.dumps(values)
