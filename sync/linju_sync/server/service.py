"""The server's use cases, shared by the HTTP API, the bundle importer and the CLI."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, func, select

from linju_sync.protocol.codec import encode_checksums, encode_response
from linju_sync.protocol.hlc import wall_millis
from linju_sync.protocol.messages import (
    MAX_DOWNLOAD_OPS,
    PROTOCOL_VERSION,
    SKEW_WARNING_MS,
    SyncRequest,
    SyncResponse,
)
from linju_sync.protocol.requests_flow import LIMIT_HOURS
from linju_sync.protocol.tables import TABLES
from linju_sync.server import feed as feedmod
from linju_sync.server import order
from linju_sync.server.checksums import ChecksumBook
from linju_sync.server.common import ServerClock, iso, now_iso, utc_now
from linju_sync.server.db import Database, conflicts, rows, stations, sync_log
from linju_sync.server.ingest import Ingest, Outcome, district_write

EXPORT_FORMAT_VERSION = 1


class Server:
    """The database plus the server's clock and data folder."""

    def __init__(self, db: Database, data_dir: Path) -> None:
        self.db = db
        self.data_dir = Path(data_dir)
        self.clock = ServerClock(db)
        self.clock.ensure_node()
        self.turns = order.Turns(db)

    # -- sync ------------------------------------------------------------------------
    def sync(self, station_id: str, req: SyncRequest, via: str = "http") -> dict[str, Any]:
        """Apply one request and answer it, all in one transaction. A pipelined request
        (after_seq) first waits for the batch before it (server/order.py)."""
        while True:
            self.turns.wait_turn(station_id, req)
            with self.db.write(station_id) as conn:
                mark = order.applied(conn, station_id, req.client_node)
                if not order.in_turn(mark, req):
                    self.turns.forget(station_id, req)
                    continue  # the mark went back meanwhile: wait again
                resp, _ = self.sync_in(conn, station_id, req, via)
                mark = order.record(conn, station_id, req, mark)
            self.turns.applied_here(station_id, req, mark)
            resp.pipeline = self.turns.depth  # requests in flight are applied in order
            return response_json(resp, compact=req.compact)

    def sync_in(
        self,
        conn: Connection,
        station_id: str,
        req: SyncRequest,
        via: str,
        feed_limit: int = MAX_DOWNLOAD_OPS,
    ) -> tuple[SyncResponse, Outcome]:
        server_time = wall_millis()
        book = ChecksumBook(conn, station_id)
        outcome = Ingest(conn, self.clock, station_id, req.download_cursor, book).run(
            req.operations
        )
        book.flush()
        ops, has_more = (
            feedmod.read(conn, station_id, req.download_cursor, feed_limit)
            if req.want_feed
            else ([], False)  # a pipelined batch before the last: the last one downloads
        )
        warnings: list[str] = []
        skew = server_time - req.client_time if req.client_time else None
        if skew is not None and abs(skew) > SKEW_WARNING_MS:
            # never refused: the HLC keeps history in order; the secretary should know
            warnings.append(
                f"This computer's clock differs from the server's by about "
                f"{round(abs(skew) / 60000)} minutes; please set the date and time."
            )
        now = now_iso()
        conn.execute(
            sync_log.insert().values(
                station_id=station_id,
                at=now,
                via=via,
                client_node=req.client_node[:16],
                client_time=req.client_time or None,
                server_time=server_time,
                skew_ms=skew,
                ops_in=len(req.operations),
                ops_ok=outcome.counts.get("ok", 0),
                ops_duplicate=outcome.counts.get("duplicate", 0),
                ops_conflict=outcome.counts.get("conflict", 0),
                ops_rejected=outcome.counts.get("rejected", 0) + outcome.counts.get("mismatch", 0),
                feed_out=len(ops),
            )
        )
        seen: dict[str, Any] = {"last_sync_at": now}
        if req.client_app:
            seen["client_app"] = req.client_app
        conn.execute(stations.update().where(stations.c.id == station_id).values(**seen))
        resp = SyncResponse(
            protocol=PROTOCOL_VERSION,
            results=outcome.results,
            operations=ops,
            next_cursor=ops[-1].seq if ops else req.download_cursor,
            has_more=has_more,
            server_time=server_time,
            warnings=warnings,
            checksums=book.result() if req.want_checksums and not has_more else None,
        )
        return resp, outcome

    def checksums(self, station_id: str) -> dict[str, Any]:
        with self.db.read() as conn:
            return encode_checksums(ChecksumBook(conn, station_id).result())

    # -- district operations ---------------------------------------------------------
    def allocate(self, station_id: str, year: int, amount_fen: int) -> str:
        """The year's operating funds: one allocation row per year, changed in place (as
        the desktop keeps it). A row the station made for the year itself becomes the
        district's here; from then on the station cannot change it (ingest). A new row
        gets a random id: a predictable one could be taken first by a station's row."""
        with self.db.write(station_id) as conn:
            _require_station(conn, station_id)
            existing = conn.execute(
                select(rows.c.row_id, rows.c.data, rows.c.origin).where(
                    rows.c.station_id == station_id,
                    rows.c.tbl == "allocations",
                    rows.c.deleted == 0,
                )
            ).all()
            of_year = sorted(
                (r for r in existing if json.loads(r.data).get("year") == year),
                key=lambda r: (r.origin != "district", r.row_id),
            )
            row_id = of_year[0].row_id if of_year else str(uuid.uuid4())
            district_write(
                conn,
                self.clock,
                station_id,
                "allocations",
                row_id,
                {"year": year, "amount_fen": amount_fen, "source": "district", "note": ""},
                take_over=True,
            )
            return row_id

    def dispatch(
        self,
        station_id: str,
        *,
        resident: str,
        description: str,
        category: str,
        department: str = "",
        due_hours: int | None = None,
    ) -> tuple[str, str]:
        """A resident request the community whistles down (吹哨派单): it arrives at the
        station as "dispatched" with source "whistle", so the branch's next step is to
        accept it (a member takes it) or return it (退单, wrong place)."""
        now = utc_now()
        hours = due_hours if due_hours is not None else LIMIT_HOURS.get(category, 7 * 24)
        with self.db.write(station_id) as conn:
            _require_station(conn, station_id)
            year = now.year
            n = conn.execute(
                select(func.count())
                .select_from(rows)
                .where(rows.c.tbl == "requests", rows.c.origin == "district")
            ).scalar_one()
            # "D" keeps district numbers apart from the station's own "YYYY-NNNNN"
            number = f"D{year}-{int(n) + 1:05d}"
            row_id = str(uuid.uuid4())
            district_write(
                conn,
                self.clock,
                station_id,
                "requests",
                row_id,
                {
                    "number": number,
                    "resident": resident,
                    "description": description,
                    "category": category,
                    "source": "whistle",
                    "state": "dispatched",
                    "handling": "department" if department else "branch",
                    "department": department or None,
                    "registered_at": iso(now),
                    "due_at": iso(now + dt.timedelta(hours=hours)),
                },
            )
            return row_id, number

    # -- reading ---------------------------------------------------------------------
    def export(self, station_id: str) -> dict[str, Any]:
        """The station's live rows in the shape of the desktop's `linju export all`."""
        with self.db.read() as conn:
            st = conn.execute(select(stations).where(stations.c.id == station_id)).first()
            if st is None:
                raise KeyError(station_id)
            out: dict[str, Any] = {
                "format": "linju-export",
                "format_version": EXPORT_FORMAT_VERSION,
                "app_version": "linju-server",
                "exported_at": now_iso(),
                "node_id": st.client_node,
                "station_id": st.id,
                "station_name": st.name,
                "tables": {},
            }
            for tbl, cols in TABLES.items():
                got = conn.execute(
                    select(rows.c.row_id, rows.c.data, rows.c.created_hlc, rows.c.updated_hlc)
                    .where(rows.c.station_id == station_id, rows.c.tbl == tbl, rows.c.deleted == 0)
                    .order_by(rows.c.created_hlc, rows.c.row_id)
                ).all()
                items = []
                for r in got:
                    data = json.loads(r.data)
                    item = {
                        "id": r.row_id,
                        "created_hlc": r.created_hlc,
                        "updated_hlc": r.updated_hlc,
                        "deleted": 0,
                    }
                    item.update({c: data.get(c) for c in cols})
                    items.append(item)
                out["tables"][tbl] = items
            return out

    def station_summaries(self, community: str | None = None) -> list[dict[str, Any]]:
        with self.db.read() as conn:
            q = select(stations).order_by(stations.c.community, stations.c.name)
            if community is not None:
                q = q.where(stations.c.community == community)
            open_conflicts = dict(
                conn.execute(
                    select(conflicts.c.station_id, func.count())
                    .where(conflicts.c.resolved_at.is_(None))
                    .group_by(conflicts.c.station_id)
                ).all()
            )
            return [
                {
                    "station_id": s.id,
                    "name": s.name,
                    "community": s.community,
                    "enrolled": bool(s.token_hash) and not s.revoked_at,
                    "revoked_at": s.revoked_at,
                    "last_sync_at": s.last_sync_at,
                    "open_conflicts": int(open_conflicts.get(s.id, 0)),
                }
                for s in conn.execute(q)
            ]


def _require_station(conn: Connection, station_id: str) -> None:
    if conn.execute(select(stations.c.id).where(stations.c.id == station_id)).first() is None:
        raise KeyError(f"no station {station_id}")


def response_json(resp: SyncResponse, *, compact: bool = False) -> dict[str, Any]:
    """The answer's JSON (protocol.codec): compact when the request asked for it."""
    return encode_response(resp, compact=compact)


def parse_yuan(text: str) -> int:
    """'14500' or '14500.00' yuan -> integer fen; refuses fractions of a fen and negatives."""
    try:
        value = Decimal(text.strip().replace(",", ""))
    except InvalidOperation as exc:
        raise ValueError(f"not an amount of yuan: {text!r}") from exc
    fen = value * 100
    if not value.is_finite() or fen != fen.to_integral_value() or value < 0:
        raise ValueError(f"not an amount of yuan in whole fen: {text!r}")
    return int(fen)
