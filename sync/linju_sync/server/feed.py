"""The feed: per station, what it must apply, in server sequence order.

Only district operations (allocate, dispatch) and server-chosen winners are appended;
a station's own uploads are never echoed back to it.

Parallel writers (PostgreSQL) never make a station skip an operation: seq comes from one
sequence for all stations, so two transactions may take numbers in one order and commit in
the other. But a station reads only its own feed, and append() and read() run only in
transactions that hold that station's lock (Database.write(station_id): its sync, a
bundle, the district's allocate and dispatch), so one station's numbers are taken and
committed in the same order, and none can appear below a cursor the station has read past
(tests/sync/test_server_parallel.py).
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection, select

from linju_sync.protocol.messages import FeedOperation
from linju_sync.server.common import dumps, new_op_id, now_iso
from linju_sync.server.db import feed


def append(
    conn: Connection,
    station_id: str,
    tbl: str,
    row_id: str,
    kind: str,
    hlc: str,
    changes: dict[str, Any],
) -> int:
    """Append one operation; returns its sequence (the station's download cursor)."""
    res = conn.execute(
        feed.insert().values(
            station_id=station_id,
            op_id=new_op_id(),
            tbl=tbl,
            row_id=row_id,
            kind=kind,
            hlc=hlc,
            changes=dumps(changes),
            created_at=now_iso(),
        )
    )
    return int(res.inserted_primary_key[0])


def read(
    conn: Connection, station_id: str, cursor: int, limit: int
) -> tuple[list[FeedOperation], bool]:
    """Up to `limit` operations after `cursor`, and whether more wait."""
    got = conn.execute(
        select(
            feed.c.seq,
            feed.c.op_id,
            feed.c.tbl,
            feed.c.row_id,
            feed.c.kind,
            feed.c.hlc,
            feed.c.changes,
        )
        .where(feed.c.station_id == station_id, feed.c.seq > cursor)
        .order_by(feed.c.seq)
        .limit(limit + 1)
    ).all()
    ops = [
        FeedOperation(int(r.seq), r.op_id, r.tbl, r.row_id, r.kind, r.hlc, json.loads(r.changes))
        for r in got[:limit]
    ]
    return ops, len(got) > limit
