"""Small shared pieces: time, JSON, the server's hybrid clock."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import secrets
import threading
from typing import Any

from sqlalchemy import Connection, select

from linju_sync.protocol.hlc import ClockError, HybridClock
from linju_sync.server.db import Database, meta


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def iso(t: dt.datetime) -> str:
    return t.astimezone(dt.UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def now_iso() -> str:
    return iso(utc_now())


# One encoder made once: json.dumps with options builds a new one per call (a few rows'
# data and stamps per operation make that a cost worth saving under a burst).
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def dumps(value: Any) -> str:
    return _ENCODER.encode(value)


def new_op_id() -> str:
    return secrets.token_hex(16)


class ServerClock:
    """The district's HLC node. Its last stamp is kept in meta so that stamps stay
    increasing across restarts and across processes (the CLI writes feed ops too)."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._lock = threading.Lock()
        self._node: str | None = None

    def node(self, conn: Connection) -> str:
        if self._node is None:
            node = self.db.get_meta(conn, "node")
            if node is None:  # ensure_node() runs at start-up; this is a fallback
                node = secrets.token_hex(8)
                self.db.put_meta(conn, "node", node)
            self._node = node
        return self._node

    def ensure_node(self) -> str:
        """Make the node id and the stamp row at start-up, in their own transaction, so
        concurrent first requests never race to insert them (a unique violation is a 500)."""
        with self._lock, self.db.write() as conn:
            node = self.db.get_meta(conn, "node")
            if node is None:
                node = secrets.token_hex(8)
                self.db.put_meta(conn, "node", node)
            if self.db.get_meta(conn, "hlc") is None:
                self.db.put_meta(conn, "hlc", HybridClock(node).tick())
        return node

    def stamp(self, conn: Connection, *seen: str) -> str:
        """A fresh stamp later than every stamp in `seen` and every one issued before.
        The meta row is locked (FOR UPDATE on PostgreSQL; SQLite has one writer) rather
        than a Python lock held across database waits, which could deadlock.

        Stations' stamps reach here only once ingest has bounded them (MAX_CLOCK_AHEAD_MS
        of the server's wall clock), so this clock stays within a week of real time. What
        an older version let through is not allowed to stop the district: a saved stamp
        that no longer parses (it overflowed its format) restarts the clock from the wall
        clock, and a seen stamp the clock refuses (too far ahead) is passed over."""
        last = conn.execute(
            select(meta.c.value).where(meta.c.key == "hlc").with_for_update()
        ).scalar()
        node = self.node(conn)
        try:
            clock = HybridClock(node, last)
        except ClockError:
            clock = HybridClock(node)
        for s in seen:
            if s:
                with contextlib.suppress(ClockError):
                    clock.receive(s)
        out = clock.tick()
        self.db.put_meta(conn, "hlc", out)
        return out


def node_of(stamp: str) -> str:
    # The node is the last 16 characters: read that way, a stamp an older version saved
    # past the end of its format (one digit too many) still names its node.
    return stamp[-16:] if stamp else ""
