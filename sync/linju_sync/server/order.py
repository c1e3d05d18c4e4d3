"""Pipelined sync requests applied in upload order (protocol.messages, "Requests in flight").

A station that keeps two requests in flight names, in the second, where the first ended
(after_seq). The mark of what was applied, per station and client node, is written in the
same transaction as the batch (record), so the two can never disagree. A request ahead of
the mark waits (wait_turn) without holding the station's lock, since the batch it waits for
needs that lock; the wait re-reads the mark in the database, so it works the same when the
batch before went to another server process (two workers on PostgreSQL). In one process a
condition wakes the waiters as soon as a batch commits; across processes they poll.
"""

from __future__ import annotations

import os
import threading
import time

from sqlalchemy import Connection, select

from linju_sync.protocol.messages import PIPELINE_DEPTH, PIPELINE_WAIT_S, SyncRequest
from linju_sync.protocol.reasons import render
from linju_sync.server.db import Database, upload_marks
from linju_sync.server.ingest import RequestError

# Between looks at the mark in the database, for a batch before that went to another
# process: from the first to the last, doubling (a batch committed here wakes at once).
POLL_S = (0.01, 0.2)


class Turns:
    """The waiting side of one server process."""

    def __init__(self, db: Database, wait_s: float | None = None) -> None:
        self.db = db
        # LINJU_PIPELINE_WAIT_S: shorter in the tests of a batch that never comes
        self.wait_s = wait_s or float(os.environ.get("LINJU_PIPELINE_WAIT_S") or PIPELINE_WAIT_S)
        # what the answers announce; LINJU_PIPELINE_DEPTH=0 has stations send one at a time
        # (as to a server from before pipelining), e.g. while a proxy in front misbehaves
        self.depth = int(os.environ.get("LINJU_PIPELINE_DEPTH") or PIPELINE_DEPTH)
        self._applied = threading.Condition()
        # the marks this process committed last: a hint that spares a waiter the database
        # (the write transaction checks the mark itself, in_turn)
        self._marks: dict[tuple[str, str], int] = {}

    def wait_turn(self, station_id: str, req: SyncRequest) -> None:
        """Return once the batch before `req` is applied; RequestError 409
        "predecessor_missing" when it has not come within wait_s (nothing applied)."""
        after = req.after_seq
        if after is None:
            return
        key = (station_id, req.client_node)
        now = time.monotonic()
        deadline, look, poll = now + self.wait_s, now, POLL_S[0]
        while True:
            if now >= look:
                with self.db.read() as conn:
                    if (applied(conn, station_id, req.client_node) or 0) >= after:
                        return
                look, poll = now + poll, min(2 * poll, POLL_S[1])
            if now >= deadline:
                params = {"after_seq": after}
                raise RequestError(
                    409, render("predecessor_missing", params), "predecessor_missing", params
                )
            with self._applied:
                if self._marks.get(key, -1) >= after:
                    return
                self._applied.wait(min(deadline, look) - now)
            now = time.monotonic()

    def forget(self, station_id: str, req: SyncRequest) -> None:
        """The hint was wrong (another process set the mark back): look in the database."""
        with self._applied:
            self._marks.pop((station_id, req.client_node), None)

    def applied_here(self, station_id: str, req: SyncRequest, mark: int) -> None:
        """A batch committed in this process: its successors may go on."""
        with self._applied:
            self._marks[(station_id, req.client_node)] = mark
            self._applied.notify_all()


def applied(conn: Connection, station_id: str, node: str) -> int | None:
    """The mark; None before the node's first request (as 0: nothing was before it)."""
    return conn.execute(
        select(upload_marks.c.upload_seq).where(
            upload_marks.c.station_id == station_id, upload_marks.c.client_node == node
        )
    ).scalar()


def in_turn(mark: int | None, req: SyncRequest) -> bool:
    """With the mark read inside the station's write transaction: is the batch before still
    applied? (The first request of another sync of the same node may have set it back.)"""
    return req.after_seq is None or (mark or 0) >= req.after_seq


def record(conn: Connection, station_id: str, req: SyncRequest, mark: int | None) -> int:
    """Inside the batch's transaction: the mark moves to its upload_seq (returned). One without
    after_seq (a sync's first, or one from a client that does not pipeline) sets it, so a
    station restored from a backup (its seqs counted again from lower) starts afresh; a
    pipelined one only moves it on (a repeat of an earlier batch never sets it back). `mark`
    is the one read in this transaction: the station's write lock keeps it as it was."""
    node = req.client_node
    if mark is None:
        conn.execute(
            upload_marks.insert().values(
                station_id=station_id, client_node=node, upload_seq=req.upload_seq
            )
        )
        return req.upload_seq
    new = req.upload_seq if req.after_seq is None else max(mark, req.upload_seq)
    if new != mark:
        conn.execute(
            upload_marks.update()
            .where(upload_marks.c.station_id == station_id, upload_marks.c.client_node == node)
            .values(upload_seq=new)
        )
    return new
