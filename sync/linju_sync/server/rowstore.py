"""The rows table as ingest holds it: loading a batch's rows, writing them back in bulk,
and the JSON and digests of a batch's operations made once each.

Every operation a station uploads costs the server CPU here (a district's Monday morning
is half a million of them), so the per-operation work is kept to what it must be:
  - an operation's digest (protocol.messages.Operation.digest, sorted-key JSON) and the
    data of the row it makes come from one encoding of its changes (canonical());
  - stamps, which are names and stamps only, are written without the JSON encoder;
  - new rows and verdicts go to the database as whole batches (insert_many): one
    executemany on SQLite, one COPY on PostgreSQL, no per-row statement building.
The stored text is the same JSON as before (data's keys in sorted order for rows that an
operation made: a JSON object's order means nothing to any reader).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ARRAY, ColumnElement, Connection, String, Table, any_, bindparam, select
from sqlalchemy.exc import DBAPIError, IntegrityError

from linju_sync.protocol.messages import Operation
from linju_sync.server.checksums import ChecksumBook
from linju_sync.server.db import rows

_CHUNK = 500  # ids per IN (...) query: well under every database's parameter limit
# as protocol.messages' digest encoder: the digest must not change
_SORTED = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def kept_encoder(encoder: json.JSONEncoder) -> Callable[[Any], str]:
    """encoder.encode, the same text, without its per-call set-up: json builds a new C
    encoder and a table of the objects it is inside (against cycles) on every call, a
    third of the time for an operation's changes. JSON a request decoded has no cycles."""
    make = getattr(json.encoder, "c_make_encoder", None)
    if make is None or encoder.indent is not None or encoder.ensure_ascii:
        return encoder.encode  # a Python without json's C part; forms not needed here
    e = encoder
    try:
        enc = make(
            None, e.default, json.encoder.encode_basestring, None,
            e.key_separator, e.item_separator, e.sort_keys, e.skipkeys, e.allow_nan,
        )  # fmt: skip
    except TypeError:  # another Python's private signature: the public way
        return encoder.encode
    return lambda value: "".join(enc(value, 0))


_ENCODE_SORTED = kept_encoder(_SORTED)
# as common.dumps (the stored rows' data and stamps)
_dumps = kept_encoder(json.JSONEncoder(ensure_ascii=False, separators=(",", ":")))
# text that JSON writes as it is, between quotes: names, row ids, kinds, stamps
_PLAIN = re.compile(r"[0-9A-Za-z_-]*")


class RowTaken(Exception):
    """A new row's id was inserted by another transaction after this one looked for it."""


@dataclass
class RowState:
    tbl: str
    row_id: str
    station_id: str
    data: dict[str, Any]
    stamps: dict[str, list[Any]]  # field -> [hlc, feed seq or 0]
    created_hlc: str
    updated_hlc: str
    deleted: int
    origin: str
    before: tuple[str, int] | None  # (updated_hlc, deleted) as loaded; None if new
    dirty: bool = False
    data_json: str | None = None  # the JSON of data, while data is as it was made

    def value(self, f: str) -> Any:
        return self.deleted if f == "deleted" else self.data.get(f)

    def set(self, f: str, v: Any) -> None:
        if f == "deleted":
            self.deleted = int(v)
        else:
            self.data[f] = v
            self.data_json = None
        self.dirty = True


def canonical(op: Operation) -> tuple[str, str]:
    """op.digest(), and op.changes as the sorted-key JSON the digest is made of."""
    changes = _ENCODE_SORTED(op.changes)
    prev = op.prev_hlc
    if not _PLAIN.fullmatch(f"{op.table}{op.row_id}{op.kind}{op.hlc}{prev or ''}"):
        return op.digest(), changes  # text the encoder must escape: its way
    prev_json = "null" if prev is None else f'"{prev}"'
    body = f'["{op.table}","{op.row_id}","{op.kind}","{op.hlc}",{prev_json},{changes}]'
    return hashlib.sha256(body.encode("utf-8")).hexdigest(), changes


def without_deleted(changes_json: str, deleted: Any) -> str | None:
    """canonical()'s JSON of an op's changes less the "deleted" flag (0 or 1), i.e. the
    data of the row it makes; None when the flag is not a plain 0 or 1. Inside JSON text
    a quote is always escaped, so ',"deleted":' occurs only as the key itself."""
    if type(deleted) is not int or deleted not in (0, 1):
        return None
    item = f'"deleted":{deleted}'
    if changes_json == "{" + item + "}":
        return "{}"
    if changes_json.startswith("{" + item + ","):
        return "{" + changes_json[len(item) + 2 :]
    out = changes_json.replace("," + item, "", 1)
    return out if len(out) < len(changes_json) else None


def stamps_json(stamps: dict[str, list[Any]]) -> str:
    """dumps(stamps), the same text. A row an operation made has one stamp list for all
    its fields (Ingest._create): that one is written without the JSON encoder. Stamps
    are only ever replaced, never changed in place, so the shared list stays right."""
    values = stamps.values()
    if len(set(map(id, values))) == 1:
        st = next(iter(values))
        if type(st) is list and len(st) == 2:
            h, seq = st
            if (
                type(h) is str
                and type(seq) is int
                and _PLAIN.fullmatch(h)
                and _PLAIN.fullmatch("".join(stamps))
            ):
                one = f'":["{h}",{seq}]'
                return '{"' + f'{one},"'.join(stamps) + one + "}"
    return _dumps(stamps)


def insert_many(
    conn: Connection, table: Table, columns: tuple[str, ...], values: list[tuple]
) -> None:
    """INSERT every tuple of `values` (in `columns`' order): one executemany on SQLite,
    one COPY on PostgreSQL (a statement per row costs more there than the row itself).
    Database errors come as SQLAlchemy's, as from conn.execute."""
    if not values:
        return
    prep = conn.dialect.identifier_preparer
    into = f"{prep.format_table(table)} ({', '.join(prep.quote(c) for c in columns)})"
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(f"INSERT INTO {into} VALUES ({', '.join('?' * len(columns))})", values)
        return
    import psycopg  # the PostgreSQL driver of db.Database

    statement = f"COPY {into} FROM STDIN"
    raw = conn.connection.driver_connection
    try:
        with raw.cursor() as cur, cur.copy(statement) as copy:
            for row in values:
                copy.write_row(row)
    except psycopg.Error as exc:  # IntegrityError, OperationalError (lock_timeout), ...
        raise DBAPIError.instance(statement, None, exc, psycopg.Error) from exc


def one_of(conn: Connection, column: ColumnElement[str], ids: list[str]) -> ColumnElement[bool]:
    """column IN ids. On PostgreSQL as = ANY(one array): the driver then parses a short
    statement, not one with a placeholder per id (its cost grew with the batch)."""
    if conn.dialect.name == "postgresql":
        return column == any_(bindparam("one_of_ids", ids, type_=ARRAY(String)))
    return column.in_(ids)


def load_rows(conn: Connection, keys: set[tuple[str, str]]) -> dict[tuple[str, str], RowState]:
    by_table: dict[str, list[str]] = {}
    for tbl, rid in keys:
        by_table.setdefault(tbl, []).append(rid)
    out: dict[tuple[str, str], RowState] = {}
    for tbl, ids in by_table.items():
        for i in range(0, len(ids), _CHUNK):
            for r in conn.execute(
                select(rows).where(
                    rows.c.tbl == tbl, one_of(conn, rows.c.row_id, ids[i : i + _CHUNK])
                )
            ):
                out[(tbl, r.row_id)] = RowState(
                    tbl,
                    r.row_id,
                    r.station_id,
                    json.loads(r.data),
                    json.loads(r.stamps),
                    r.created_hlc,
                    r.updated_hlc,
                    int(r.deleted),
                    r.origin,
                    (r.updated_hlc, int(r.deleted)),
                    data_json=r.data,
                )
    return out


_ROW_COLUMNS = (
    "tbl", "row_id", "station_id", "data", "stamps", "created_hlc", "updated_hlc", "deleted",
    "origin",
)  # fmt: skip


def save_rows(conn: Connection, states: list[RowState], book: ChecksumBook) -> None:
    """Write new rows in bulk and changed ones in one executemany; keep checksums."""
    new = [s for s in states if s.before is None]
    changed = [s for s in states if s.before is not None and s.dirty]
    if new:
        values = [
            (
                s.tbl,
                s.row_id,
                s.station_id,
                s.data_json if s.data_json is not None else _dumps(s.data),
                stamps_json(s.stamps),
                s.created_hlc,
                s.updated_hlc,
                s.deleted,
                s.origin,
            )
            for s in new
        ]
        try:
            insert_many(conn, rows, _ROW_COLUMNS, values)
        except IntegrityError as exc:
            # PostgreSQL: another station committed the same new row id after load_rows
            # looked (stations lock only themselves); Ingest.run applies the batch again
            raise RowTaken(str(exc.orig)[:200]) from exc
    if changed:
        prep = conn.dialect.identifier_preparer
        mark = "?" if conn.dialect.name == "sqlite" else "%s"
        sets = ", ".join(
            f"{prep.quote(c)} = {mark}"
            for c in ("data", "stamps", "updated_hlc", "deleted", "origin")
        )
        conn.exec_driver_sql(
            f"UPDATE {prep.format_table(rows)} SET {sets} "
            f"WHERE {prep.quote('tbl')} = {mark} AND {prep.quote('row_id')} = {mark}",
            [
                (
                    s.data_json if s.data_json is not None else _dumps(s.data),
                    stamps_json(s.stamps),
                    s.updated_hlc,
                    s.deleted,
                    s.origin,
                    s.tbl,
                    s.row_id,
                )
                for s in changed
            ],
        )
    for s in [*new, *changed]:
        book.change(s.tbl, s.row_id, s.before, (s.updated_hlc, s.deleted))
        s.before = (s.updated_hlc, s.deleted)
        s.dirty = False
