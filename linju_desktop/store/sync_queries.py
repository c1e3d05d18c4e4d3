"""The SQL of sync on the station side (used by linju_desktop.services.sync_store).

Echo suppression: rows written from the server's feed must not come back into the upload
queue. apply_feed() drops the change-capture triggers (log_insert, log_update and the
stamp guard) of the tables it touches inside the caller's write transaction and re-creates
them before returning, the same technique as Store._bulk_insert: the transaction holds the
write lock, so no other write can slip past the log, and a failure rolls back the rows and
the trigger changes together. It is also the fast path (no per-row trigger work, which
matters for 10,000 incoming operations), and it lets a remote field land on a row whose
newer stamp comes from a pending local change (the guard would refuse an unchanged stamp).
Any log row that still appears (a trigger we do not know of) is deleted before commit.
The search index and the counters of the rows written are kept the same way, by a few
statements per table (store/batch_upkeep.py) instead of trigger calls per row.

Nothing from the district is written unchecked: an operation whose clock stamp does not
parse or lies beyond the horizon the caller gives (this computer's clock merges nothing
further ahead), or whose values do not fit their fields (linju_sync.protocol.tables), is
not applied and becomes a needs-attention item; the other operations still apply.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from linju_sync.protocol.hlc import DAY_MS, MAX_RECEIVE_AHEAD_MS, STAMP_SHAPE
from linju_sync.protocol.messages import Checksum, FeedOperation, Operation
from linju_sync.protocol.tables import check_changes

from linju_desktop.store import counters
from linju_desktop.store.batch_upkeep import BatchUpkeep, Before
from linju_desktop.store.database import Store
from linju_desktop.store.schema import SYNCED_TABLES

CAPTURE_TRIGGERS = ("log_insert", "log_update", "stamp_guard")
_OP_OVERHEAD = 160  # JSON bytes of an operation besides its changes (keys, ids, stamps)

# needs-attention reasons made here (Chinese in linju_desktop.services.sync_store)
MSG_STAMP_AHEAD = (
    "The district's change is stamped {when}, more than {days} days ahead of this "
    "computer's clock, so it was not applied. Check this computer's date and time; if they "
    "are right, tell the community office."
)
MSG_STAMP_BAD = (
    "The district's change carries a clock stamp this program cannot read; it was not applied."
)
MSG_VALUE_BAD = (
    "The district's change has a value this program cannot store ({detail}); it was not applied."
)


# -- upload queue ------------------------------------------------------------------------


def pending_operations(
    store: Store, after_seq: int, max_ops: int, max_bytes: int
) -> tuple[list[Operation], int, bool]:
    """Up to max_ops change-log rows after after_seq whose JSON stays under max_bytes
    (always at least one). Returns (ops, seq of the last one or after_seq, more waiting)."""
    conn = store._conn
    cur = conn.execute(
        "SELECT seq, op_id, tbl, row_id, kind, hlc, prev_hlc, changes FROM change_log "
        "WHERE seq > ? ORDER BY seq LIMIT ?",
        (after_seq, max_ops + 1),
    )
    ops: list[Operation] = []
    last, size, more = after_seq, 0, False
    for seq, op_id, tbl, row_id, kind, hlc, prev, changes in cur:
        cost = len(changes.encode("utf-8")) + _OP_OVERHEAD
        if len(ops) >= max_ops or (ops and size + cost > max_bytes):
            more = True
            break
        ops.append(Operation(op_id, tbl, row_id, kind, hlc, prev, json.loads(changes)))
        last, size = seq, size + cost
    cur.close()
    return ops, last, more


def pending_tables(store: Store, after_seq: int) -> set[str]:
    conn = store._conn
    return {
        r[0]
        for r in conn.execute("SELECT DISTINCT tbl FROM change_log WHERE seq > ?", (after_seq,))
    }


# -- applying the feed ---------------------------------------------------------------------


@dataclass
class ApplyResult:
    applied: int = 0
    skipped_fields: int = 0
    problems: list[dict[str, Any]] = field(default_factory=list)  # for the attention list
    max_hlc: str | None = None


def _in_json(ids: Iterable[str]) -> str:
    return json.dumps(list(ids))


def _pending_stamps(
    conn: sqlite3.Connection, table: str, ids: list[str], after_seq: int
) -> dict[str, dict[str, str]]:
    """row_id -> {field: newest stamp} of local changes not yet uploaded."""
    out: dict[str, dict[str, str]] = {}
    for row_id, hlc, changes in conn.execute(
        "SELECT row_id, hlc, changes FROM change_log WHERE seq > ? AND tbl = ? "
        "AND row_id IN (SELECT value FROM json_each(?))",
        (after_seq, table, _in_json(ids)),
    ):
        fields = out.setdefault(row_id, {})
        for f in json.loads(changes):
            if hlc > fields.get(f, ""):
                fields[f] = hlc
    return out


def _triggers(conn: sqlite3.Connection, table: str) -> list[tuple[str, str]]:
    names = [f"{table}_{s}" for s in CAPTURE_TRIGGERS]
    return [
        (name, sql)
        for name, sql in conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN "
            "(SELECT value FROM json_each(?))",
            (_in_json(names),),
        )
    ]


def apply_feed(
    store: Store,
    feed: list[FeedOperation],
    pending_after: int,
    horizon_ms: int | None = None,
) -> ApplyResult:
    """Write the server's operations with their own stamps, inside the caller's transaction.

    A field is not overwritten when a local change to it with a newer stamp is still
    waiting to upload: the server settles that one when it arrives. Rows are folded in
    memory first (an insert and later updates of one row become one write). An operation
    stamped after horizon_ms (wall-clock ms), or whose stamp or values do not fit, is a
    problem instead; max_hlc covers only the operations taken."""
    conn = store._conn
    res = ApplyResult()
    if not feed:
        return res
    mark = conn.execute("SELECT coalesce(max(seq), 0) FROM change_log").fetchone()[0]
    by_table: dict[str, list[FeedOperation]] = {}
    for op in feed:
        problem = _refusal(op, horizon_ms)
        if problem is not None:
            res.problems.append(problem)
            continue
        by_table.setdefault(op.table, []).append(op)
        if res.max_hlc is None or op.hlc > res.max_hlc:
            res.max_hlc = op.hlc
    for table, ops in by_table.items():
        saved = _triggers(conn, table)
        for name, _ in saved:
            conn.execute(f"DROP TRIGGER {name}")
        try:
            with BatchUpkeep(conn, table) as upkeep:  # search index and counters in bulk
                upkeep.updated(_apply_table(conn, table, ops, pending_after, res))
        finally:
            for _, sql in saved:
                conn.execute(sql)
    conn.execute("DELETE FROM change_log WHERE seq > ?", (mark,))
    return res


def _refusal(op: FeedOperation, horizon_ms: int | None) -> dict[str, Any] | None:
    """Why this operation cannot be applied here (a needs-attention item), or None."""
    if op.table not in SYNCED_TABLES:
        return _problem(op, "This program does not know the record book {table}.")
    # Stamp.parse's check without building a Stamp (a tenth of the apply's time): the
    # shape is fixed-width, so the milliseconds are the first 13 characters.
    if not isinstance(op.hlc, str) or STAMP_SHAPE.fullmatch(op.hlc) is None:
        return _problem(op, MSG_STAMP_BAD)
    millis = int(op.hlc[:13])
    if horizon_ms is not None and millis > horizon_ms:
        # Taken, it would move this computer's clock (which never goes back) far ahead.
        when = dt.datetime.fromtimestamp(millis / 1000, dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
        return _problem(op, MSG_STAMP_AHEAD, when=when, days=MAX_RECEIVE_AHEAD_MS // DAY_MS)
    columns = _COLUMNS[op.table]
    known = op.changes if columns.issuperset(op.changes) else _known(op.changes, columns)
    detail = check_changes(op.table, known)
    if detail is not None:
        return _problem(op, MSG_VALUE_BAD, detail=detail)
    return None


# table -> the columns a district operation may write
_COLUMNS: dict[str, frozenset[str]] = {
    t: frozenset(cols) | {"deleted"} for t, cols in SYNCED_TABLES.items()
}
_KEYS = frozenset(("id", "created_hlc", "updated_hlc"))


def _known(changes: dict[str, Any], columns: frozenset[str]) -> dict[str, Any]:
    return {k: v for k, v in changes.items() if k in columns}


def _dumps(value: Any) -> str:
    """JSON for a local text column: readable Chinese, unless the text cannot be stored
    as UTF-8 (a lone surrogate from the network), then escaped."""
    out = json.dumps(value, ensure_ascii=False)
    try:
        out.encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(value)
    return out


def _problem(op: FeedOperation, reason: str, **values: Any) -> dict[str, Any]:
    return {
        "status": "apply",
        "op_id": op.op_id,
        "tbl": op.table,
        "row_id": op.row_id,
        "reason": reason,
        "server_value": _dumps(op.changes),
        **values,
    }


def _apply_table(
    conn: sqlite3.Connection,
    table: str,
    ops: list[FeedOperation],
    pending_after: int,
    res: ApplyResult,
) -> list[Before]:
    """Apply one table's operations; returns the rows that were there and changed, with
    their stamp and tombstone before."""
    columns = _COLUMNS[table]
    ids = list(dict.fromkeys(op.row_id for op in ops))
    existing: dict[str, dict[str, Any]] = {}
    for i in range(0, len(ids), 5000):
        chunk = ids[i : i + 5000]
        for row in conn.execute(
            f"SELECT * FROM {table} WHERE id IN (SELECT value FROM json_each(?))",
            (_in_json(chunk),),
        ):
            existing[row["id"]] = dict(row)
    # only a row that is here can have a local change waiting
    pending = _pending_stamps(conn, table, list(existing), pending_after) if existing else {}
    state: dict[str, dict[str, Any]] = {}
    last_op: dict[str, FeedOperation] = {}
    for op in ops:  # (10,000 operations a sync: kept lean)
        row_id, hlc, changes = op.row_id, op.hlc, op.changes
        cur = state.get(row_id)
        if cur is None:
            base = existing.get(row_id)
            if base is None:
                cur = {"id": row_id, "created_hlc": hlc, "deleted": 0, "updated_hlc": hlc}
            else:
                cur = dict(base)
                cur.setdefault("updated_hlc", hlc)
            state[row_id] = cur
        if not columns.issuperset(changes):
            unknown = set(changes) - columns
            res.problems.append(
                _problem(
                    op, "Fields {fields} are unknown to this program; install the newest Linju."
                )
                | {"fields": sorted(unknown)}
            )
            changes = _known(changes, columns)
        if op.kind == "tombstone":
            changes = {**changes, "deleted": 1}
        newer_local = pending.get(row_id) if pending else None
        if newer_local:
            for f, v in changes.items():
                if newer_local.get(f, "") > hlc:
                    res.skipped_fields += 1
                    continue
                cur[f] = v
        else:
            cur.update(changes)
        if hlc > cur["updated_hlc"]:
            cur["updated_hlc"] = hlc
        last_op[row_id] = op
    res.applied += len(ops)
    # The writes: one executemany per statement shape, in the order shapes first come.
    # Should a local rule refuse any row, all of them are undone to the savepoint and
    # written again one by one in the order the rows came, each refusal noted: what
    # happens then is exactly what row-by-row writing does.
    shapes: dict[str, list[str]] = {}  # statement -> the rows it writes
    writes: dict[str, tuple[str, list[Any]]] = {}  # row id -> its statement and values
    inserts: dict[tuple[str, ...], tuple[str, tuple[str, ...]]] = {}  # keys -> sql, columns
    for row_id, row in state.items():
        base = existing.get(row_id)
        if base is None:
            shape = inserts.get(keys := tuple(row))  # new rows mostly come in a few shapes
            if shape is None:
                cols = tuple(c for c in keys if c in columns or c in _KEYS)
                marks = ", ".join("?" * len(cols))
                shape = f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({marks})", cols
                inserts[keys] = shape
            sql, cols = shape
            writes[row_id] = sql, [row[c] for c in cols]
        else:
            changed = [c for c in row if row[c] != base.get(c)]
            if not changed:
                continue
            sql = f"UPDATE {table} SET {', '.join(f'{c} = ?' for c in changed)} WHERE id = ?"
            writes[row_id] = sql, [*(row[c] for c in changed), row_id]
        shapes.setdefault(sql, []).append(row_id)
    refused: dict[str, str] = {}
    conn.execute("SAVEPOINT feed_rows")
    try:
        for sql, row_ids in shapes.items():
            conn.executemany(sql, [writes[r][1] for r in row_ids])
    except sqlite3.DatabaseError:
        conn.execute("ROLLBACK TO feed_rows")
        for row_id, (sql, values) in writes.items():
            try:
                conn.execute(sql, values)
            except sqlite3.DatabaseError as exc:
                refused[row_id] = str(exc)
    finally:
        conn.execute("RELEASE feed_rows")
    for row_id in refused:
        # A local rule refused it (finalised minutes, append-only money, a duplicate ID
        # number): the row stays as it is here and the secretary is told; the other
        # operations still apply. The checksum comparison will show the difference too.
        base = existing.get(row_id)
        res.applied -= 1
        res.problems.append(
            _problem(
                last_op[row_id],
                "The district's change could not be applied here: {detail}",
                detail=refused[row_id],
                local_value=_dumps(base) if base else None,
            )
        )
    return [
        (r, existing[r]["updated_hlc"], existing[r]["deleted"])
        for r in writes
        if r in existing and r not in refused
    ]


# -- results, attention, log, cursors --------------------------------------------------------


def add_attention(store: Store, items: list[dict[str, Any]], now: str) -> int:
    """Record needs-attention items; returns how many are new (see _unseen_attention)."""
    conn = store._conn
    rows = _unseen_attention(
        conn,
        [
            (
                now,
                i["status"],
                i.get("op_id"),
                i.get("tbl"),
                i.get("row_id"),
                _dumps(
                    {
                        "text": i["reason"],
                        "params": {
                            k: v
                            for k, v in i.items()
                            if k
                            not in (
                                "status",
                                "op_id",
                                "tbl",
                                "row_id",
                                "reason",
                                "local_value",
                                "server_value",
                            )
                        },
                    },
                ),
                i.get("local_value"),
                i.get("server_value"),
            )
            for i in items
        ],
    )
    conn.executemany(
        "INSERT INTO sync_attention (created_at, status, op_id, tbl, row_id, reason, "
        "local_value, server_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    return len(rows)


def _unseen_attention(
    conn: sqlite3.Connection, rows: list[tuple[Any, ...]]
) -> list[tuple[Any, ...]]:
    """Drop rows (created_at, status, op_id, tbl, row_id, reason, ...) already recorded for
    the same operation, status and reason, open or settled: a replayed reply, or a verdict
    that came both online and by bundle, is one item. Items of no operation (checksums)
    describe the moment and always count."""
    ids = sorted({r[2] for r in rows if r[2]})
    seen: set[tuple[Any, ...]] = set()
    if ids:
        seen = {
            tuple(k)
            for k in conn.execute(
                "SELECT op_id, status, reason FROM sync_attention "
                "WHERE op_id IN (SELECT value FROM json_each(?))",
                (_in_json(ids),),
            )
        }
    out = []
    for r in rows:
        if r[2]:
            key = (r[2], r[1], r[5])
            if key in seen:
                continue
            seen.add(key)
        out.append(r)
    return out


def open_attention(store: Store, limit: int = 500) -> list[dict[str, Any]]:
    conn = store._conn
    return [
        dict(r)
        for r in conn.execute(
            "SELECT * FROM sync_attention WHERE resolved = 0 ORDER BY id LIMIT ?", (limit,)
        )
    ]


def count_open_attention(store: Store) -> int:
    conn = store._conn
    return int(conn.execute("SELECT count(*) FROM sync_attention WHERE resolved = 0").fetchone()[0])


def resolve_attention(store: Store, item_id: int, now: str) -> None:
    conn = store._conn
    conn.execute(
        "UPDATE sync_attention SET resolved = 1, resolved_at = ? WHERE id = ?", (now, item_id)
    )


def write_log(store: Store, entry: dict[str, Any]) -> None:
    conn = store._conn
    cols = list(entry)
    conn.execute(
        f"INSERT INTO sync_log ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
        [entry[c] for c in cols],
    )


def recent_log(store: Store, limit: int = 20) -> list[dict[str, Any]]:
    conn = store._conn
    return [
        dict(r) for r in conn.execute("SELECT * FROM sync_log ORDER BY id DESC LIMIT ?", (limit,))
    ]


def put_setting(store: Store, key: str, value: Any) -> None:
    conn = store._conn
    conn.execute(
        "INSERT INTO settings(key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (key, json.dumps(value, ensure_ascii=False)),
    )


# -- checksums and attachments ---------------------------------------------------------------


def table_checksums(store: Store, tables: list[str]) -> dict[str, Checksum]:
    """Kept by triggers and folded incrementally (store/counters.py): an idle sync reads
    one row per table instead of hashing every row."""
    return counters.table_checksums(store, tables)


def blobs_not_uploaded(store: Store) -> list[tuple[str, int]]:
    conn = store._conn
    return [
        (r[0], int(r[1] or 0))
        for r in conn.execute(
            "SELECT sha256, max(size) FROM attachments WHERE deleted = 0 AND sha256 IS NOT NULL "
            "AND sha256 NOT IN (SELECT sha256 FROM sync_blobs) GROUP BY sha256 ORDER BY min(rowid)"
        )
    ]


def mark_blobs(store: Store, hashes: list[str], now: str) -> None:
    conn = store._conn
    conn.executemany(
        "INSERT OR IGNORE INTO sync_blobs (sha256, uploaded_at) VALUES (?, ?)",
        [(h, now) for h in hashes],
    )


def forget_uploaded_blobs(store: Store) -> None:
    """A new server knows none of our photos: every one goes up again."""
    conn = store._conn
    conn.execute("DELETE FROM sync_blobs")
