"""Change capture by triggers: nothing can change a synced row without a log row.

Triggers, not application code, write the change log, so every write path
(services, migrations, a hand-run sqlite3 session) is captured in the same
transaction as the data. The application's only duty is to stamp a new
`updated_hlc` on each write, and a guard trigger refuses a change without one.

Log row: op_id (random, the sync operation id), tbl, row_id, kind
(insert/update/tombstone), hlc (the row's new stamp), prev_hlc (the stamp it
replaced, i.e. the version the change was based on), changes (JSON of the
changed columns and their new values; an insert lists its non-null columns)
and previous (JSON of those columns' old values). Records are never deleted:
a tombstone is an update of `deleted`.

Compaction (compact(), in the daily background check after the backup): once the
district has acknowledged a record's operations (seq <= settings.sync_uploaded_seq), they
become ONE thin row per record, kind 'compacted': its last operation's op_id, seq and
stamp, and the first one's base stamp (prev_hlc), with no values (changes '{}', previous
NULL). Kept, because it still has a use here:
- which records this station wrote, when last and from which version: the audit of the
  station's own work (the district keeps every operation with its values);
- a place in the log for each record the station wrote: re-enrolled on another district
  server (a new station id, sync_uploaded_seq back to 0) the station must send its work
  again, and rehydrate() turns each thin row back into an insert carrying the record's
  state (its row today, with changes not yet acknowledged taken back out; those follow
  as they were made), in its original place in the order.
Dropped: the values of acknowledged operations, about half of a ten-year file: the
district has them, and the record books hold the current ones. The history users see per
record lives in the record books themselves (request_events, a member's status and dates,
meeting addenda), never in this log, so it stays whole. Nothing after the acknowledged
position is ever touched: an unacknowledged operation goes up exactly as it was made.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from linju_desktop.store.database import Store

COMPACTED_SETTING = "change_log_compacted_seq"  # acknowledged log compacted up to here

DATA_COLUMNS_EXTRA = ["deleted"]


def _pairs(cols: list[str], ref: str) -> str:
    return ", ".join(f"'{c}', {ref}.{c}" for c in cols)


def _changed(cols: list[str], ref: str) -> str:
    # json_group_object over only the columns whose value changed
    parts = " UNION ALL ".join(
        f"SELECT '{c}' AS k, {ref}.{c} AS v WHERE OLD.{c} IS NOT NEW.{c}" for c in cols
    )
    return f"(SELECT json_group_object(k, v) FROM ({parts}))"


def capture_ddl(table: str, columns: list[str]) -> list[str]:
    """The four triggers that capture `table` with these data columns. Migrations never
    call this: each carries the SQL it made, pasted when the migration was written (see
    schema.py); test_upgrades checks that the triggers in the schema match it for
    today's columns."""
    cols = [*columns, "deleted"]
    any_change = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in cols)
    return [
        f"""CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table}
BEGIN SELECT RAISE(ABORT, 'synced rows are never deleted: set deleted = 1'); END""",
        f"""CREATE TRIGGER {table}_stamp_guard BEFORE UPDATE ON {table}
WHEN NEW.updated_hlc IS OLD.updated_hlc AND ({any_change})
BEGIN SELECT RAISE(ABORT, 'a change needs a new updated_hlc stamp'); END""",
        f"""CREATE TRIGGER {table}_log_insert AFTER INSERT ON {table} BEGIN
  INSERT INTO change_log(op_id, tbl, row_id, kind, hlc, prev_hlc, changes, previous)
  VALUES (lower(hex(randomblob(16))), '{table}', NEW.id, 'insert', NEW.updated_hlc, NULL,
          json_patch('{{}}', json_object({_pairs(cols, "NEW")})), NULL);
END""",
        f"""CREATE TRIGGER {table}_log_update AFTER UPDATE ON {table}
WHEN {any_change} BEGIN
  INSERT INTO change_log(op_id, tbl, row_id, kind, hlc, prev_hlc, changes, previous)
  VALUES (lower(hex(randomblob(16))), '{table}', NEW.id,
          CASE WHEN NEW.deleted = 1 AND OLD.deleted = 0 THEN 'tombstone' ELSE 'update' END,
          NEW.updated_hlc, OLD.updated_hlc, {_changed(cols, "NEW")}, {_changed(cols, "OLD")});
END""",
    ]


def bulk_insert_log_sql(table: str, columns: list[str]) -> str:
    """The log rows the insert trigger would write, for every row after rowid ?, in one
    statement. Used by Store.insert_many for large batches: a per-row trigger call costs
    as much as the insert itself, one INSERT ... SELECT does not."""
    cols = [*columns, "deleted"]
    return (
        "INSERT INTO change_log(op_id, tbl, row_id, kind, hlc, prev_hlc, changes, previous) "
        f"SELECT lower(hex(randomblob(16))), '{table}', id, 'insert', updated_hlc, NULL, "
        f"json_patch('{{}}', json_object({_pairs(cols, table)})), NULL "
        f"FROM {table} WHERE rowid > ? ORDER BY rowid"
    )


def drop(store: Store, table: str) -> None:
    """Remove capture (benchmarks measure writes with and without it)."""
    for suffix in ("no_delete", "stamp_guard", "log_insert", "log_update"):
        store._conn.execute(f"DROP TRIGGER IF EXISTS {table}_{suffix}")


def compact(store: Store, chunk: int = 500, span: int = 20_000) -> int:
    """Squash the acknowledged operations of every record acknowledged since the last
    compaction (see the module docstring); returns the log rows removed. One short
    transaction per `span` rows of the log or `chunk` edited records, so the window's writes never wait long behind a
    first compaction of ten years; stopped half-way it simply goes on next time."""
    conn = store._conn
    acked = _setting(store, "sync_uploaded_seq")
    done = _setting(store, COMPACTED_SETTING)
    if acked <= done:
        return 0
    # Most records have one acknowledged row (written once, never edited): it is thinned
    # where it lies, by one statement a span of the log, front to back.
    for lo in range(done, acked, span):
        with store.transaction():
            if _setting(store, "sync_uploaded_seq") < acked:
                return 0  # re-enrolled meanwhile: the log goes up again as it is
            conn.execute(
                "UPDATE change_log SET kind = 'compacted', changes = '{}', previous = NULL "
                "WHERE seq > ? AND seq <= ? AND kind <> 'compacted' AND NOT EXISTS (SELECT 1 "
                "FROM change_log o WHERE o.tbl = change_log.tbl AND o.row_id = "
                "change_log.row_id AND o.seq <= ? AND o.seq <> change_log.seq)",
                (lo, min(lo + span, acked), acked),
            )
    # The others, record by record, in the order of each one's last acknowledged row (its
    # thin row), so the log's pages are rewritten front to back, not in random order.
    touched = conn.execute(
        "SELECT tbl, row_id FROM change_log WHERE seq > ? AND seq <= ? AND kind <> 'compacted' "
        "GROUP BY tbl, row_id ORDER BY max(seq)",
        (done, acked),
    ).fetchall()
    removed = 0
    for i in range(0, len(touched), chunk):
        with store.transaction():
            if _setting(store, "sync_uploaded_seq") < acked:
                return removed  # re-enrolled meanwhile: the log goes up again as it is
            rows = conn.execute(
                "SELECT seq, tbl, row_id, op_id, kind, hlc, prev_hlc, changes, previous "
                "FROM change_log WHERE seq <= ? AND (tbl, row_id) IN (SELECT "
                "json_extract(value, '$[0]'), json_extract(value, '$[1]') FROM json_each(?)) "
                "ORDER BY tbl, row_id, seq",
                (acked, json.dumps([list(r) for r in touched[i : i + chunk]])),
            ).fetchall()
            group: list[tuple[Any, ...]] = []
            for row in rows:
                if group and (row[1], row[2]) != (group[0][1], group[0][2]):
                    removed += _squash(conn, group)
                    group = []
                group.append(tuple(row))
            if group:
                removed += _squash(conn, group)
    with store.transaction():
        if _setting(store, "sync_uploaded_seq") >= acked:
            conn.execute(
                "INSERT INTO settings(key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (COMPACTED_SETTING, json.dumps(acked)),
            )
    return removed


def _setting(store: Store, key: str) -> int:
    return int(store.get_setting(key, 0) or 0)


def _json(value: dict[str, Any]) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))  # as json_object


def _squash(conn: Any, rows: list[tuple[Any, ...]]) -> int:
    """One record's acknowledged rows (seq order) become one thin row in the last one's place."""
    first, last = rows[0], rows[-1]
    if len(rows) == 1 and first[4] == "compacted":
        return 0
    if len(rows) > 1:
        conn.execute(
            "DELETE FROM change_log WHERE tbl = ? AND row_id = ? AND seq >= ? AND seq < ?",
            (first[1], first[2], first[0], last[0]),
        )
    conn.execute(
        "UPDATE change_log SET kind = 'compacted', prev_hlc = ?, changes = '{}', "
        "previous = NULL WHERE seq = ?",
        (first[6], last[0]),
    )
    return len(rows) - 1


def rehydrate(store: Store) -> int:
    """Turn every thin row back into an insert with the record's state (see the module
    docstring), inside the caller's transaction: for a station that will send its whole
    log again. Returns how many rows it filled."""
    conn = store._conn
    filled = 0
    for table, cols in _synced_columns().items():
        thin = conn.execute(
            "SELECT seq, row_id FROM change_log WHERE kind = 'compacted' AND tbl = ?", (table,)
        ).fetchall()
        for seq, row_id in thin:
            row = conn.execute(
                f"SELECT updated_hlc, {', '.join(cols)} FROM {table} WHERE id = ?", (row_id,)
            ).fetchone()
            stamp, state = row[0], dict(zip(cols, row[1:], strict=True))
            # changes made after it go up after it: take their values back out, and send
            # the stamp the record had before the first of them (the district's newer
            # changes are part of this state, so its stamp may be newer than the row's)
            for prev_hlc, prev in conn.execute(
                "SELECT prev_hlc, previous FROM change_log WHERE tbl = ? AND row_id = ? "
                "AND seq > ? ORDER BY seq DESC",
                (table, row_id, seq),
            ):
                state.update(json.loads(prev or "{}"))
                stamp = prev_hlc or stamp
            values = {k: v for k, v in state.items() if v is not None}
            conn.execute(
                "UPDATE change_log SET kind = 'insert', hlc = ?, changes = ? WHERE seq = ?",
                (stamp, _json(values), seq),
            )
            filled += 1
    conn.execute("DELETE FROM settings WHERE key = ?", (COMPACTED_SETTING,))
    return filled


def _synced_columns() -> dict[str, list[str]]:
    from linju_desktop.store.schema import SYNCED_TABLES

    return {t: [*cols, "deleted"] for t, cols in SYNCED_TABLES.items()}


if __name__ == "__main__":
    # python -m linju_desktop.store.changelog TABLE...: the capture triggers of these tables
    # for today's columns, to paste into a migration that changes them.
    import sys

    from linju_desktop.store.schema import SYNCED_TABLES

    for name in sys.argv[1:]:
        for trigger in ("no_delete", "stamp_guard", "log_insert", "log_update"):
            print(f"DROP TRIGGER IF EXISTS {name}_{trigger};\n")
        for statement in capture_ddl(name, list(SYNCED_TABLES[name])):
            print(f"{statement};\n")
