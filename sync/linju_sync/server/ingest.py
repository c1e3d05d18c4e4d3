"""Applying a station's operations: idempotence, ownership, and conflicts by record type.

One sync request is one database transaction (the caller's): every check that can refuse
the whole request runs in parse_request() before anything is written, and each operation
then gets its own verdict (ok, duplicate, mismatch, rejected, conflict) without blocking
the others.

Conflict detection. Each row keeps, per field, the stamp of the change that set it and,
when that change went out through the feed, the feed sequence. A field changed "on both
sides" when the server's change of it is one the client had not seen when it made its own:
either it sits in the feed beyond the request's download_cursor, or (another device of the
station) its stamp is newer than the op's prev_hlc and comes from another node. Then:

  lww          the later stamp wins; a conflict (both values, which was kept) is recorded
  district     (allocations, transfers; dispatched requests' DISTRICT_REQUEST_FIELDS) a
               value the district set wins over a concurrent station change; and see
               "Rows the district owns" below
  append_only  inserts only; updates and tombstones are rejected with a reason
  requests     a change of "state" must be one step of protocol.requests_flow from the
               server's CURRENT state, whatever the stamps say; an impossible step is a
               conflict where the server's request is kept (none of the op's fields apply)
  minutes      once the server's meeting is "final" it is immutable: a later change is a
               conflict, the server's version kept; a draft merges as lww, the losing
               version stays in the conflicts table

Whenever the server's final value of a field is not the one the station wrote (or the
station's value won over a feed op it has not downloaded yet), the server re-states the
field in the feed with a fresh server stamp, so the station converges (and its checksums
match) after applying the feed in order.

Rows the district owns (tables of policy "district"). A row the district created or has
taken over (origin "district") is the district's: a station's insert, update or tombstone
of it is rejected with a reason, whatever its stamps, and every field the operation named
is re-stated so the station converges to the district's row. Row ids prove nothing (a
station makes its own), so ownership is the row's origin and, for allocations, the
(station, year) it is for:

  - A station may keep its own allocation for a year (the desktop's first-run setup and
    Settings make one) only while it has no other live allocation for that year here.
    Otherwise the insert (or the change of year, or the undelete) is rejected; a new row
    is withdrawn: kept here as the district's tombstone and tombstoned at the station
    through the feed, so exactly one allocation per year counts on both sides and the
    checksums agree.
  - Server.allocate takes the station's own row for the year over in place (origin
    becomes "district"), else makes a new row with a random id. From then on the district's
    number is the one that counts, and no row a station made can make allocate fail.
  - Transfers are recorded by the station; those stay the station's (lww, with a
    district value winning a concurrent change). Only a transfer the district made is
    closed to stations.

Values and clocks. Before any policy, each operation's values are checked against their
fields' types (protocol.tables.value_fault) and its stamp against the server's wall
clock: a stamp more than MAX_CLOCK_AHEAD_MS ahead is rejected, so a station's wrong (or
forged) clock never reaches the one clock every station shares (ServerClock). A station's
clock a day wrong either way still syncs.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, select

from linju_sync.protocol.codec import DecodeError, decode_request
from linju_sync.protocol.hlc import DAY_MS, MAX_CLOCK_AHEAD_MS, STAMP_SHAPE, Stamp, wall_millis
from linju_sync.protocol.messages import MAX_OPS_PER_BATCH, Operation, OpResult, SyncRequest
from linju_sync.protocol.reasons import Reason
from linju_sync.protocol.requests_flow import STATES, is_step
from linju_sync.protocol.tables import DISTRICT_REQUEST_FIELDS, POLICY, TABLES, value_fault
from linju_sync.server import feed as feedmod
from linju_sync.server.checksums import ChecksumBook
from linju_sync.server.common import ServerClock, dumps, node_of, now_iso
from linju_sync.server.db import applied_ops, conflicts, rows
from linju_sync.server.rowstore import (
    RowState,
    RowTaken,
    canonical,
    insert_many,
    load_rows,
    one_of,
    save_rows,
    without_deleted,
)

_CHUNK = 500  # ids per IN (...) query: well under every database's parameter limit
# per table, the names an operation may change: its fields and the tombstone flag
_NAMES = {t: frozenset((*cols, "deleted")) for t, cols in TABLES.items()}
_APPLIED = ("station_id", "op_id", "digest", "status", "result")
_ATTEMPTS = 5  # of one batch, when other stations keep taking its new row ids first


class RequestError(Exception):
    """The whole request is refused (nothing applied): HTTP status and reason, as a code
    of protocol.reasons with parameters and its English text."""

    def __init__(
        self, status: int, reason: str, code: str = "", params: dict[str, Any] | None = None
    ) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason
        self.code = code
        self.params = params or {}


def parse_request(body: Any, *, max_ops: int | None = MAX_OPS_PER_BATCH) -> SyncRequest:
    """Check a SyncRequest body completely (protocol.codec); RequestError (422/426)."""
    try:
        return decode_request(body, max_ops=max_ops)
    except DecodeError as exc:
        raise RequestError(exc.status, str(exc), exc.code, exc.params) from exc


@dataclass
class Outcome:
    results: list[OpResult] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)


class Ingest:
    """Applies one request's operations for one station inside the caller's transaction."""

    def __init__(
        self,
        conn: Connection,
        clock: ServerClock,
        station_id: str,
        download_cursor: int,
        book: ChecksumBook,
        now_ms: int | None = None,
    ) -> None:
        self.conn = conn
        self.clock = clock
        self.station = station_id
        self.cursor = download_cursor
        self.book = book
        self.rows: dict[tuple[str, str], RowState] = {}
        self.server_node = clock.node(conn)
        self.conflict_rows: list[dict[str, Any]] = []
        # Measured from the wall clock, not from the server's clock: were it the clock,
        # each accepted stamp would move the limit on and stamps could creep ahead a
        # week per request.
        self.horizon = (wall_millis() if now_ms is None else now_ms) + MAX_CLOCK_AHEAD_MS
        self._station_allocations = False  # all of them loaded into self.rows

    # -- the batch ---------------------------------------------------------------------
    def run(self, ops: list[Operation]) -> Outcome:
        """Apply `ops`. When another station inserts one of the batch's new row ids first
        (two stations' requests run at once on PostgreSQL), the batch is undone to a
        savepoint and applied again: the row is then there, and the op that would have
        made it is rejected as another station's, the rest of the batch as before."""
        for attempt in range(_ATTEMPTS):
            try:
                with self.conn.begin_nested():
                    return self._run(ops)
            except RowTaken:
                if attempt == _ATTEMPTS - 1:
                    raise
                # what the undone attempt left in memory; stamps and feed rows it wrote
                # went with the savepoint, and the checksum book is changed only after
                # the new rows are in
                self.rows = {}
                self.conflict_rows = []
                self._station_allocations = False
        raise AssertionError("unreachable")

    def _run(self, ops: list[Operation]) -> Outcome:
        out = Outcome(
            counts={s: 0 for s in ("ok", "duplicate", "mismatch", "rejected", "conflict")}
        )
        if not ops:
            return out
        known: dict[str, tuple[str, str, str | None]] = {}
        ids = list(dict.fromkeys(op.op_id for op in ops))
        for i in range(0, len(ids), _CHUNK):
            for r in self.conn.execute(
                select(
                    applied_ops.c.op_id,
                    applied_ops.c.digest,
                    applied_ops.c.status,
                    applied_ops.c.result,
                ).where(
                    applied_ops.c.station_id == self.station,
                    one_of(self.conn, applied_ops.c.op_id, ids[i : i + _CHUNK]),
                )
            ):
                known[r.op_id] = (r.digest, r.status, r.result)
        self.rows = load_rows(
            self.conn, {(op.table, op.row_id) for op in ops if op.op_id not in known}
        )
        fresh: list[tuple[str, str, str, str, str | None]] = []
        for op in ops:
            digest, changes_json = canonical(op)
            seen = known.get(op.op_id)
            if seen is not None:
                res = self._repeat(op, digest, seen)
            else:
                res = self._apply(op, changes_json)
                stored = (
                    None
                    if res.status == "ok"
                    else dumps(
                        {
                            "status": res.status,
                            "code": res.code,
                            "params": res.params,
                            "conflict": res.conflict,
                        }
                    )
                )
                known[op.op_id] = (digest, res.status, stored)
                fresh.append((self.station, op.op_id, digest, res.status, stored))
            out.results.append(res)
            out.counts[res.status] += 1
        save_rows(self.conn, list(self.rows.values()), self.book)
        insert_many(self.conn, applied_ops, _APPLIED, fresh)
        if self.conflict_rows:
            self.conn.execute(conflicts.insert(), self.conflict_rows)
        return out

    def _repeat(self, op: Operation, digest: str, seen: tuple[str, str, str | None]) -> OpResult:
        if seen[0] != digest:
            return OpResult(op.op_id, "mismatch", "op_id_reused")
        if seen[2]:
            # The original verdict, so a client that lost the first answer still learns it.
            first = json.loads(seen[2])
            code, params = first.get("code"), first.get("params") or {}
            if not code:  # stored before reason codes: its English text
                code, params = "server_text", {"text": first.get("reason") or ""}
            return OpResult(op.op_id, "duplicate", code, params, first.get("conflict"))
        return OpResult(op.op_id, "duplicate")

    # -- one operation ---------------------------------------------------------------
    def _apply(self, op: Operation, changes_json: str = "") -> OpResult:
        names = _NAMES.get(op.table)
        if names is None:
            return _rejected(op, "unknown_table", table=op.table)
        if not names.issuperset(op.changes):
            unknown = sorted(k for k in op.changes if k not in names)
            return _rejected(op, "unknown_fields", fields=", ".join(unknown), table=op.table)
        if op.prev_hlc is not None and op.prev_hlc >= op.hlc:
            return _rejected(op, "stamps_out_of_order")
        shape = STAMP_SHAPE.fullmatch(op.hlc)
        millis = int(shape[1]) if shape else Stamp.parse(op.hlc).millis  # (which refuses it)
        if millis > self.horizon:
            # Taken, it would drag the one clock every station shares into the future.
            return _rejected(
                op, "stamp_ahead", stamped=_utc(millis), limit_days=MAX_CLOCK_AHEAD_MS // DAY_MS
            )
        # never changed below: the op's own dict unless a tombstone adds the flag
        changes = {**op.changes, "deleted": 1} if op.kind == "tombstone" else op.changes
        if "deleted" in changes and changes["deleted"] not in (0, 1):
            return _rejected(op, "deleted_flag")
        fault = value_fault(op.table, changes)
        if fault is not None:
            return _rejected(op, fault[0], **fault[1])
        policy = POLICY[op.table]
        if policy == "requests" and "state" in changes and changes["state"] not in STATES:
            return _rejected(op, "unknown_state", state=str(changes["state"]))
        row = self.rows.get((op.table, op.row_id))
        if row is not None and row.station_id != self.station:
            # never say more about the other station's record than that it is not ours
            return _rejected(op, "other_station")
        if policy == "district":
            refused = self._district_rows(op, row, changes)
            if refused is not None:
                return refused
        if row is None:
            if policy == "append_only" and op.kind != "insert":
                return _rejected(op, "no_such_entry")
            self._create(op, changes, changes_json)
            return OpResult(op.op_id, "ok")
        if policy == "append_only":
            if op.kind == "insert" and all(row.value(f) == v for f, v in changes.items()):
                return OpResult(op.op_id, "ok")  # the same entry sent again under a new id
            return _rejected(op, "append_only")
        if policy == "minutes" and row.data.get("status") == "final":
            return self._server_keeps(op, row, changes, Reason("minutes_final"))
        if policy == "requests" and "state" in changes:
            cur, new = row.data.get("state"), changes["state"]
            if cur != new and cur is not None and not is_step(cur, new):
                why = Reason("request_step", {"current": cur, "wanted": new})
                return self._server_keeps(op, row, changes, why)
        return self._merge(op, row, changes, policy)

    # -- rows the district owns -----------------------------------------------------
    def _district_rows(
        self, op: Operation, row: RowState | None, changes: dict[str, Any]
    ) -> OpResult | None:
        """A rejection when the op would create or change a row the district owns (see
        the module docstring), None when the station may go on."""
        if row is not None and row.origin == "district":
            if op.table == "allocations":
                reason = Reason("district_allocation", {"year": row.data.get("year")})
            else:
                reason = Reason("district_row")
            return self._refuse(op, row, changes, reason)
        if op.table != "allocations":
            return None
        year = changes["year"] if "year" in changes else row.data.get("year") if row else None
        if year is None or changes.get("deleted", row.deleted if row else 0):
            return None
        other = next(
            (
                a
                for a in self._allocations()
                if a.row_id != op.row_id and not a.deleted and a.data.get("year") == year
            ),
            None,
        )
        if other is None:
            return None  # the year is free: the station's own number, until the district's
        code = "allocation_taken" if other.origin == "district" else "allocation_second"
        reason = Reason(code, {"year": year})
        if row is None:
            return self._withdraw(op, changes, reason)
        return self._refuse(op, row, changes, reason)

    def _allocations(self) -> list[RowState]:
        """The station's allocation rows as this batch has left them so far."""
        if not self._station_allocations:
            ids = self.conn.execute(
                select(rows.c.row_id).where(
                    rows.c.station_id == self.station, rows.c.tbl == "allocations"
                )
            ).scalars()
            missing = {("allocations", i) for i in ids} - set(self.rows)
            self.rows.update(load_rows(self.conn, missing))
            self._station_allocations = True
        return [
            r
            for (tbl, _), r in self.rows.items()
            if tbl == "allocations" and r.station_id == self.station
        ]

    def _refuse(
        self, op: Operation, row: RowState, changes: dict[str, Any], reason: Reason
    ) -> OpResult:
        """None of the op applies. Every field it names is re-stated with the server's
        value (a fresh stamp), so the station converges to the district's row."""
        self._touch(op, row, list(changes) or ["deleted"])
        return _rejected(op, reason.code, **reason.params)

    def _withdraw(self, op: Operation, changes: dict[str, Any], reason: Reason) -> OpResult:
        """A row the station made that may not exist: kept here as the district's
        tombstone and tombstoned at the station through the feed, so both sides hold the
        same rows (the checksums agree) and only one counts."""
        stamp = self.clock.stamp(self.conn, op.hlc)
        seq = feedmod.append(
            self.conn, self.station, op.table, op.row_id, "update", stamp, {"deleted": 1}
        )
        data = {k: v for k, v in changes.items() if k != "deleted"}
        stamps: dict[str, list[Any]] = {f: [op.hlc, 0] for f in data}
        stamps["deleted"] = [stamp, seq]
        self.rows[(op.table, op.row_id)] = RowState(
            op.table, op.row_id, self.station, data, stamps, op.hlc, stamp, 1, "district",
            None, True,
        )  # fmt: skip
        return _rejected(op, reason.code, **reason.params)

    def _create(self, op: Operation, changes: dict[str, Any], changes_json: str = "") -> None:
        data = changes.copy()  # a copy in C, then the flag out: quicker than a comprehension
        data.pop("deleted", None)
        data_json = None
        if changes_json:  # the op's own changes, as canonical() wrote them
            flag = op.changes.get("deleted")
            data_json = changes_json if flag is None else without_deleted(changes_json, flag)
        row = RowState(
            op.table,
            op.row_id,
            self.station,
            data,
            # one list for every field: stamps are replaced, never changed in place, and
            # rowstore.stamps_json writes a shared one quickly
            dict.fromkeys(changes, [op.hlc, 0]),  # noqa: RUF024
            op.hlc,
            op.hlc,
            int(changes.get("deleted", 0)),
            "station",
            None,
            True,
            data_json,
        )
        self.rows[(op.table, op.row_id)] = row

    def _concurrent(self, op: Operation, stamp: list[Any]) -> bool:
        sf, fseq = stamp
        if int(fseq) > self.cursor:
            return True  # a feed op the station has not downloaded yet
        return bool(
            sf and op.prev_hlc is not None and op.prev_hlc < sf and node_of(sf) != node_of(op.hlc)
        )

    def _merge(
        self, op: Operation, row: RowState, changes: dict[str, Any], policy: str
    ) -> OpResult:
        detail: dict[str, Any] = {}
        restate: list[str] = []
        for f, v in changes.items():
            stamp = row.stamps.get(f) or ["", 0]
            sf = stamp[0]
            cur = row.value(f)
            concurrent = self._concurrent(op, stamp)
            district_owned = policy == "district" or (
                policy == "requests" and f in DISTRICT_REQUEST_FIELDS and row.origin == "district"
            )
            if policy == "requests" and f == "state":
                wins = True  # a legal step (checked above) applies in arrival order
            elif district_owned and concurrent and node_of(sf) == self.server_node:
                wins = False
            else:
                wins = op.hlc > sf
            if v == cur:
                if wins and op.hlc > sf:
                    row.stamps[f] = [op.hlc, 0]
                    row.dirty = True
                continue
            if wins:
                row.set(f, v)
                row.stamps[f] = [max(op.hlc, sf), 0]
                if concurrent:
                    detail[f] = {"local": v, "server": cur, "kept": v}
                    self._record(op, f, v, cur, "local", "changed on both sides; the later kept")
                if concurrent or op.hlc < sf:
                    restate.append(f)
            else:
                detail[f] = {"local": v, "server": cur, "kept": cur}
                why = (
                    "the district's value wins"
                    if district_owned and node_of(sf) == self.server_node
                    else "changed on both sides; the later kept"
                )
                self._record(op, f, v, cur, "server", why)
                restate.append(f)
        self._touch(op, row, restate)
        if detail:
            return OpResult(op.op_id, "conflict", "both_changed", {}, detail)
        return OpResult(op.op_id, "ok")

    def _server_keeps(
        self, op: Operation, row: RowState, changes: dict[str, Any], reason: Reason
    ) -> OpResult:
        """None of the op applies; every field it would change is re-stated to the station."""
        detail: dict[str, Any] = {}
        restate: list[str] = []
        for f, v in changes.items():
            cur = row.value(f)
            if v != cur:
                detail[f] = {"local": v, "server": cur, "kept": cur}
                # the district console shows (and translates) the English text
                self._record(op, f, v, cur, "server", reason.english())
                restate.append(f)
        self._touch(op, row, restate)
        if not detail:
            return OpResult(op.op_id, "ok")
        return OpResult(op.op_id, "conflict", reason.code, reason.params, detail)

    def _touch(self, op: Operation, row: RowState, restate: list[str]) -> None:
        """Advance the row's stamp to the op's and re-state fields through the feed."""
        if op.hlc > row.updated_hlc:
            row.updated_hlc = op.hlc
            row.dirty = True
        if not restate:
            return
        stamp = self.clock.stamp(self.conn, op.hlc, row.updated_hlc)
        values = {f: row.value(f) for f in restate}
        seq = feedmod.append(self.conn, self.station, row.tbl, row.row_id, "update", stamp, values)
        for f in restate:
            row.stamps[f] = [stamp, seq]
        row.updated_hlc = stamp
        row.dirty = True

    def _record(
        self, op: Operation, f: str, local: Any, server: Any, kept: str, reason: str
    ) -> None:
        self.conflict_rows.append(
            {
                "station_id": self.station,
                "op_id": op.op_id,
                "tbl": op.table,
                "row_id": op.row_id,
                "field": f,
                "local_value": dumps(local),
                "server_value": dumps(server),
                "kept": kept,
                "reason": reason,
                "created_at": now_iso(),
            }
        )


def _rejected(op: Operation, code: str, **params: Any) -> OpResult:
    return OpResult(op.op_id, "rejected", code, params)


def _utc(millis: int) -> str:
    moment = dt.datetime.fromtimestamp(millis / 1000, dt.UTC)
    return moment.strftime("%Y-%m-%d %H:%M UTC")


def district_write(
    conn: Connection,
    clock: ServerClock,
    station_id: str,
    tbl: str,
    row_id: str,
    changes: dict[str, Any],
    *,
    take_over: bool = False,
) -> int:
    """A change the district makes to a station's row (allocate, dispatch): applied here
    with a server stamp and sent down through the feed. Returns the feed sequence.
    take_over makes a row the station created the district's from now on (allocate)."""
    book = ChecksumBook(conn, station_id)
    row = load_rows(conn, {(tbl, row_id)}).get((tbl, row_id))
    if row is not None and row.station_id != station_id:
        raise ValueError(f"row {row_id} belongs to another station")
    if row is not None and take_over:
        row.origin = "district"
    stamp = clock.stamp(conn, row.updated_hlc if row else "")
    kind = "insert" if row is None else "update"
    if row is None:
        changes = {**changes, "deleted": 0}
        row = RowState(tbl, row_id, station_id, {}, {}, stamp, stamp, 0, "district", None, True)
    seq = feedmod.append(conn, station_id, tbl, row_id, kind, stamp, changes)
    for f, v in changes.items():
        row.set(f, v)
        row.stamps[f] = [stamp, seq]
    row.updated_hlc = stamp
    row.dirty = True
    save_rows(conn, [row], book)
    book.flush()
    return seq
