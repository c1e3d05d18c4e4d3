"""The upkeep triggers of a large batch of writes, done by a few statements instead of a
trigger call per row: the search index and the counters with the checksum notes.

Two sets of triggers do per-row bookkeeping besides the change log (which Store._bulk_insert
and sync_queries.apply_feed already log in bulk):
- search (migration 0002): {table}_search_ai / _search_au keep the trigram {table}_fts;
  an FTS5 insert from a trigger costs about six times the same rows in one INSERT ...
  SELECT;
- counts (migrations 0004/0006, store/counters.py): {table}_count_insert / _count_update
  note each changed row in checksum_dirty (with its stamp and tombstone before the change)
  and move the 'live:TABLE' counter; per row they cost about as much as the write itself.

For a batch (a bulk insert, the district's feed) those triggers are dropped inside the
caller's write transaction, the rows are written, the same bookkeeping is done for exactly
those rows in one statement each, and the triggers are re-created, all before the commit:
the transaction holds the write lock, so no other write can slip past, and a failure rolls
back the rows, the bookkeeping and the trigger change together (the technique
Store._bulk_insert uses for the change log). Only triggers of the exact shape written here
are taken over (the search expression is read from the trigger itself); a table whose
triggers a later migration changed keeps them firing per row, which is slower but right.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable
from types import TracebackType

_SEARCH_INSERT = re.compile(
    r"CREATE TRIGGER (?P<name>\w+_search_ai) AFTER INSERT ON (?P<table>\w+) "
    r"WHEN NEW\.deleted = 0\s+BEGIN INSERT INTO (?P<fts>\w+)\(rowid, body\) "
    r"VALUES \(NEW\.rowid, (?P<body>[^;]+)\); END",
    re.S,
)

# A row of the batch that was there before it: (id, stamp before, deleted before).
Before = tuple[str, str, int]


def _search_update_sql(table: str, fts: str, body: str) -> str:
    """The update trigger that goes with an insert trigger of that body (0002's text)."""
    return (
        f"CREATE TRIGGER {table}_search_au AFTER UPDATE ON {table} BEGIN\n"
        f"  DELETE FROM {fts} WHERE rowid = OLD.rowid;\n"
        f"  INSERT INTO {fts}(rowid, body) SELECT NEW.rowid, {body} WHERE NEW.deleted = 0;\n"
        "END"
    )


def _count_sql(table: str) -> tuple[str, str]:
    """The counting triggers of 0004/0006 for `table`."""
    dirty = "INSERT OR IGNORE INTO checksum_dirty (tbl, row_id, old_hlc, old_deleted) VALUES"
    return (
        f"CREATE TRIGGER {table}_count_insert AFTER INSERT ON {table} BEGIN\n"
        f"  {dirty} ('{table}', NEW.id, NULL, NULL);\n"
        f"  UPDATE counters SET n = n + 1 WHERE name = 'live:{table}' AND NEW.deleted = 0;\n"
        "END",
        f"CREATE TRIGGER {table}_count_update AFTER UPDATE ON {table}\n"
        "WHEN OLD.updated_hlc IS NOT NEW.updated_hlc OR OLD.deleted IS NOT NEW.deleted BEGIN\n"
        f"  {dirty} ('{table}', OLD.id, OLD.updated_hlc, OLD.deleted);\n"
        "  UPDATE counters SET n = n + (NEW.deleted = 0) - (OLD.deleted = 0) "
        f"WHERE name = 'live:{table}' AND OLD.deleted IS NOT NEW.deleted;\n"
        "END",
    )


class BatchUpkeep:
    """Use as a context manager around a batch of writes to `table`. Rows inserted in the
    batch are found by their rowid; rows updated must be told with updated() before the
    exit, with their stamp and tombstone from before the batch. On a clean exit the
    bookkeeping of those rows is done; the triggers are always re-created."""

    def __init__(self, conn: sqlite3.Connection, table: str) -> None:
        self.conn = conn
        self.table = table
        self._before: list[Before] = []
        self._after = 0
        found = dict(
            conn.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?",
                (table,),
            ).fetchall()
        )
        self._taken: dict[str, str] = {}  # trigger name -> its SQL, for re-creating it
        ins, upd = found.get(f"{table}_search_ai"), found.get(f"{table}_search_au")
        m = _SEARCH_INSERT.fullmatch(ins.strip()) if ins else None
        self.search = bool(
            m
            and m["table"] == table
            and upd
            and upd.strip() == _search_update_sql(table, m["fts"], m["body"])
        )
        if self.search and m and ins and upd:
            self._fts = m["fts"]
            self._body = re.sub(r"\bNEW\.", "", m["body"])  # the expression over the table
            self._taken.update({f"{table}_search_ai": ins, f"{table}_search_au": upd})
        count_ins, count_upd = _count_sql(table)
        self.counts = (
            found.get(f"{table}_count_insert", "").strip() == count_ins
            and found.get(f"{table}_count_update", "").strip() == count_upd
        )
        if self.counts:
            self._taken.update(
                {f"{table}_count_insert": count_ins, f"{table}_count_update": count_upd}
            )

    def __enter__(self) -> BatchUpkeep:
        self._after = self.conn.execute(
            f"SELECT coalesce(max(rowid), 0) FROM {self.table}"
        ).fetchone()[0]
        for name in self._taken:
            self.conn.execute(f"DROP TRIGGER {name}")
        return self

    def updated(self, rows: Iterable[Before]) -> None:
        """Rows there before the batch that it changed: (id, stamp before, deleted before)."""
        self._before.extend(rows)

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            if exc_type is None:
                if self.search:
                    self._index()
                if self.counts:
                    self._count()
        finally:
            for sql in self._taken.values():
                self.conn.execute(sql)

    def _index(self) -> None:
        t, fts, body = self.table, self._fts, self._body
        if self._before:
            # rows there before the batch: the old entry goes, the new one comes
            ids = json.dumps(sorted({r[0] for r in self._before}))
            rowids = f"SELECT rowid FROM {t} WHERE id IN (SELECT value FROM json_each(?))"
            self.conn.execute(f"DELETE FROM {fts} WHERE rowid IN ({rowids})", (ids,))
            self.conn.execute(
                f"INSERT INTO {fts}(rowid, body) SELECT rowid, {body} FROM {t} "
                f"WHERE rowid IN ({rowids}) AND deleted = 0",
                (ids,),
            )
        self.conn.execute(
            f"INSERT INTO {fts}(rowid, body) SELECT rowid, {body} FROM {t} "
            "WHERE rowid > ? AND deleted = 0",
            (self._after,),
        )

    def _count(self) -> None:
        t, conn = self.table, self.conn
        # the update trigger's work, for rows whose stamp or tombstone changed
        now = {}
        if self._before:
            ids = json.dumps(sorted({r[0] for r in self._before}))
            now = {
                row_id: (hlc, deleted)
                for row_id, hlc, deleted in conn.execute(
                    f"SELECT id, updated_hlc, deleted FROM {t} "
                    "WHERE id IN (SELECT value FROM json_each(?))",
                    (ids,),
                )
            }
        moved = [r for r in self._before if r[0] in now and now[r[0]] != (r[1], r[2])]
        conn.executemany(
            "INSERT OR IGNORE INTO checksum_dirty (tbl, row_id, old_hlc, old_deleted) "
            f"VALUES ('{t}', ?, ?, ?)",
            moved,
        )
        live = sum((now[r[0]][1] == 0) - (r[2] == 0) for r in moved)
        # the insert trigger's work, for the rows new in the batch
        conn.execute(
            "INSERT OR IGNORE INTO checksum_dirty (tbl, row_id, old_hlc, old_deleted) "
            f"SELECT '{t}', id, NULL, NULL FROM {t} WHERE rowid > ? ORDER BY rowid",
            (self._after,),
        )
        live += conn.execute(
            f"SELECT count(*) FROM {t} WHERE rowid > ? AND deleted = 0", (self._after,)
        ).fetchone()[0]
        if live:
            conn.execute(f"UPDATE counters SET n = n + ? WHERE name = 'live:{t}'", (live,))
