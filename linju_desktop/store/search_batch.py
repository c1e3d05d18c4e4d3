"""The search index of a large batch of writes, kept by one statement instead of a trigger
call per row.

The search triggers (migration 0002: {table}_search_ai / _search_au into the trigram
{table}_fts) cost several times the write itself when they fire row by row (an FTS5
insert from a trigger is about six times slower than the same rows in one INSERT ...
SELECT). For a batch (a bulk insert, the district's feed) the triggers are dropped inside
the caller's write transaction, the rows are written, the index entries of exactly those
rows are made in one statement each, and the triggers are re-created, all before the
commit: the transaction holds the write lock, so no other write can slip past the index,
and a failure rolls back the rows, the index and the trigger change together (the same
technique as Store._bulk_insert for the change log).

The index's text expression is read from the triggers themselves, so the batch writes
exactly what they would; a table whose triggers are not of the known shape (a later
migration changed them) simply keeps its per-row triggers.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable
from types import TracebackType

_INSERT = re.compile(
    r"CREATE TRIGGER (?P<name>\w+_search_ai) AFTER INSERT ON (?P<table>\w+) "
    r"WHEN NEW\.deleted = 0\s+BEGIN INSERT INTO (?P<fts>\w+)\(rowid, body\) "
    r"VALUES \(NEW\.rowid, (?P<body>[^;]+)\); END",
    re.S,
)


def _update_sql(table: str, fts: str, body: str) -> str:
    """The update trigger that goes with an insert trigger of that body (0002's text)."""
    return (
        f"CREATE TRIGGER {table}_search_au AFTER UPDATE ON {table} BEGIN\n"
        f"  DELETE FROM {fts} WHERE rowid = OLD.rowid;\n"
        f"  INSERT INTO {fts}(rowid, body) SELECT NEW.rowid, {body} WHERE NEW.deleted = 0;\n"
        "END"
    )


class BatchSearch:
    """Use as a context manager around a batch of writes to `table`; tell it what the
    batch did with inserted_after() (rows with a rowid above this are new) and updated()
    (ids of rows changed). On a clean exit it indexes them; always re-creates the
    triggers."""

    def __init__(self, conn: sqlite3.Connection, table: str) -> None:
        self.conn = conn
        self.table = table
        self._triggers: list[str] = []
        self._after: int | None = None
        self._updated: set[str] = set()
        rows = dict(
            conn.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? "
                "AND name IN (?, ?)",
                (table, f"{table}_search_ai", f"{table}_search_au"),
            ).fetchall()
        )
        ins, upd = rows.get(f"{table}_search_ai"), rows.get(f"{table}_search_au")
        m = _INSERT.fullmatch(ins.strip()) if ins else None
        self.active = bool(
            m
            and m["table"] == table
            and upd
            and upd.strip() == _update_sql(table, m["fts"], m["body"])
        )
        if self.active and m and ins and upd:
            self._fts = m["fts"]
            # NEW.col -> col: the same expression over the table's own rows
            self._body = re.sub(r"\bNEW\.", "", m["body"])
            self._triggers = [ins, upd]

    def __enter__(self) -> BatchSearch:
        if self.active:
            for name in (f"{self.table}_search_ai", f"{self.table}_search_au"):
                self.conn.execute(f"DROP TRIGGER {name}")
        return self

    def inserted_after(self, rowid: int) -> None:
        self._after = rowid if self._after is None else min(self._after, rowid)

    def updated(self, ids: Iterable[str]) -> None:
        self._updated.update(ids)

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if not self.active:
            return
        try:
            if exc_type is None:
                self._index()
        finally:
            for sql in self._triggers:
                self.conn.execute(sql)

    def _index(self) -> None:
        t, fts, body = self.table, self._fts, self._body
        if self._updated:
            # rows that were there before the batch: the old entry goes, the new one comes
            rowids = f"SELECT rowid FROM {t} WHERE id IN (SELECT value FROM json_each(?))"
            params: tuple[object, ...] = (json.dumps(sorted(self._updated)),)
            if self._after is not None:
                rowids += " AND rowid <= ?"  # the new ones are indexed below
                params += (self._after,)
            self.conn.execute(f"DELETE FROM {fts} WHERE rowid IN ({rowids})", params)
            self.conn.execute(
                f"INSERT INTO {fts}(rowid, body) SELECT rowid, {body} FROM {t} "
                f"WHERE rowid IN ({rowids}) AND deleted = 0",
                params,
            )
        if self._after is not None:
            self.conn.execute(
                f"INSERT INTO {fts}(rowid, body) SELECT rowid, {body} FROM {t} "
                "WHERE rowid > ? AND deleted = 0",
                (self._after,),
            )
