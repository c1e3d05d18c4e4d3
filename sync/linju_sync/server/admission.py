"""Admission control: a bound on the work one server process takes on at once.

A district's stations sync on the same mornings. Without a bound, every request that
arrives has its body read and parsed (a batch of 500 operations is a few MB of Python
objects) and then waits for the database; 200 stations at once passed 380 MB and the
slowest requests the client's timeout. So the station API (/api/v1/..., not the status
probe, not the console) goes through a gate, an ASGI middleware in front of FastAPI:

- at most `in_flight` requests (and `body_bytes` of declared bodies) are read, parsed and
  applied at once; their bodies are read only once admitted: a request waiting here has
  sent at most what uvicorn buffers (64 KB) and the socket holds;
- up to `waiting` more wait, first come first served, at most `wait_s` seconds each;
- beyond that (or when the line is already longer than can be served within `wait_s`)
  the answer is 503 with Retry-After and the reason code "server_busy": nothing was read,
  nothing applied. Retry-After is the time the server needs, at the rate it has been
  finishing requests, for everyone ahead: those at work, those waiting, and the stations
  it has turned away and not yet served (they come back too), so a crowd is spread out
  rather than told to return all together;
- one station (one bearer token) with `per_station` requests in flight or waiting gets
  429 with Retry-After and "station_busy": a station never needs more, and cannot take
  the whole server.

The client (client/transport.py) waits as told, with jitter, and tries again; a busy
answer is not a failure. Every endpoint is idempotent (op ids, upload offsets), so a
retry never applies anything twice. The bound is per process: `serve --workers N` has N.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import math
import os
import time
from collections import deque
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass
from typing import Any

from linju_sync.protocol.reasons import render

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

# A body sent without Content-Length (chunked) is counted as this much until it is read.
UNKNOWN_BODY = 1024 * 1024
MAX_RETRY_AFTER = 60  # seconds: a client told to wait longer would rather hear "try later"
RATE_WINDOW = 10.0  # seconds of finished requests that make the rate
AWAY_FOR = 2 * MAX_RETRY_AFTER  # a station turned away longer ago than this has given up


@dataclass(frozen=True)
class Limits:
    # 526 stations at once on PostgreSQL (tests/benchmarks/bench_burst.py, 2 processes):
    # 12 places a process gave the same throughput as 8, with 20 MB more a process at the
    # peak; 6 gave the same again (2,470 ops/s against 2,629, within the noise) with the
    # peak of both processes together at 289 MB against 305 MB
    in_flight: int = 6
    body_bytes: int = 32 * 1024 * 1024
    waiting: int = 40
    wait_s: float = 10.0
    per_station: int = 2

    @classmethod
    def for_engine(cls, sqlite: bool) -> Limits:
        # A long line on SQLite (one process): a request waiting holds only its connection
        # and what uvicorn buffered, while one turned away is sent again whole (on a slow
        # link, all of its body first). 526 stations at once: 200 waiting places gave
        # 4,242 busy answers against 7,980 with 36, 1,967 ops/s against 1,292, 138 MB at
        # the peak against 134. PostgreSQL runs 2 processes near 300 MB: its line stays.
        return cls(waiting=200) if sqlite else cls()

    @classmethod
    def from_environment(cls, sqlite: bool) -> Limits:
        """The engine's defaults, with what `serve` was told (LINJU_ADMIT_*: its workers
        build their apps from the environment)."""
        base = cls.for_engine(sqlite)
        env = os.environ
        return cls(
            in_flight=int(env.get("LINJU_ADMIT_IN_FLIGHT") or base.in_flight),
            body_bytes=base.body_bytes,
            waiting=int(env.get("LINJU_ADMIT_WAITING") or base.waiting),
            wait_s=float(env.get("LINJU_ADMIT_WAIT_S") or base.wait_s),
            per_station=base.per_station,
        )


@dataclass
class _Ticket:
    size: int
    key: bytes | None
    granted: asyncio.Future[None]


class Gate:
    """The counts of one process. Runs on its event loop only: no locks needed."""

    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self.running = 0
        self.bytes = 0
        self.queue: deque[_Ticket] = deque()
        self.per_key: dict[bytes, int] = {}
        self.service_s = 0.5  # moving average of the time an admitted request takes
        self.finished: deque[float] = deque()  # when requests finished, RATE_WINDOW back
        self.away: dict[bytes, float] = {}  # stations turned away, not served since: when
        self.refused = {"server_busy": 0, "station_busy": 0}

    def _fits(self, size: int) -> bool:
        if self.running >= self.limits.in_flight:
            return False
        # a body larger than the whole budget still goes, alone
        return self.running == 0 or self.bytes + size <= self.limits.body_bytes

    def _take(self, size: int) -> None:
        self.running += 1
        self.bytes += size

    def release(self, size: int, key: bytes | None, started: float | None) -> None:
        self.running -= 1
        self.bytes -= size
        self._forget(key)
        if started is not None:
            now = time.monotonic()
            self.service_s += 0.1 * (now - started - self.service_s)
            self.finished.append(now)
        while self.queue and self._fits(self.queue[0].size):
            t = self.queue.popleft()
            if not t.granted.done():
                self._take(t.size)
                t.granted.set_result(None)

    def _forget(self, key: bytes | None) -> None:
        if key is not None:
            n = self.per_key.get(key, 0) - 1
            if n > 0:
                self.per_key[key] = n
            else:
                self.per_key.pop(key, None)

    def rate(self) -> float:
        """Requests the server can finish per second: what it finished lately when it
        was busy, or its places over the mean time per request, whichever is more (a
        quiet server finishes few requests, and is not slow for it)."""
        now = time.monotonic()
        while self.finished and self.finished[0] < now - RATE_WINDOW:
            self.finished.popleft()
        return max(len(self.finished) / RATE_WINDOW, self.limits.in_flight / self.service_s)

    def retry_after(self) -> int:
        """Seconds until everyone ahead of a new request should be through: at work,
        waiting, and turned away (and so coming back) but not served yet."""
        now = time.monotonic()
        for key, when in list(self.away.items()):
            if when < now - AWAY_FOR:
                del self.away[key]
        ahead = self.running + len(self.queue) + len(self.away)
        return max(1, min(MAX_RETRY_AFTER, math.ceil(ahead / self.rate())))

    def _refuse(self, key: bytes | None) -> str:
        self._forget(key)
        if key is not None:
            self.away[key] = time.monotonic()
        self.refused["server_busy"] += 1
        return "server_busy"

    async def enter(self, size: int, key: bytes | None) -> str | None:
        """None when admitted (the caller must release), else the refusal's code."""
        if key is not None:
            if self.per_key.get(key, 0) >= self.limits.per_station:
                self.refused["station_busy"] += 1
                return "station_busy"
            self.per_key[key] = self.per_key.get(key, 0) + 1
        if not self.queue and self._fits(size):
            self._admitted(size, key)
            return None
        line = len(self.queue) + 1
        if line > self.limits.waiting or line > self.rate() * self.limits.wait_s:
            return self._refuse(key)  # a place would not come in time: come back later
        ticket = _Ticket(size, key, asyncio.get_running_loop().create_future())
        self.queue.append(ticket)
        try:
            await asyncio.wait_for(asyncio.shield(ticket.granted), self.limits.wait_s)
            if key is not None:
                self.away.pop(key, None)
            return None
        except TimeoutError:
            self._abandon(ticket)
            if key is not None:
                self.away[key] = time.monotonic()
            self.refused["server_busy"] += 1
            return "server_busy"
        except asyncio.CancelledError:  # the client went away while waiting
            self._abandon(ticket)
            raise

    def _admitted(self, size: int, key: bytes | None) -> None:
        self._take(size)
        if key is not None:
            self.away.pop(key, None)

    def _abandon(self, ticket: _Ticket) -> None:
        if ticket.granted.done() and not ticket.granted.cancelled():
            # granted in the same instant: hand the slot on
            self.release(ticket.size, ticket.key, None)
            return
        ticket.granted.cancel()
        with contextlib.suppress(ValueError):
            self.queue.remove(ticket)
        self._forget(ticket.key)


def _governed(scope: Scope) -> bool:
    path: str = scope.get("path", "")
    return path.startswith("/api/v1/") and path != "/api/v1/status"


def _headers(scope: Scope) -> dict[bytes, bytes]:
    return {k.lower(): v for k, v in scope.get("headers", [])}


class Admission:
    """ASGI middleware: the Gate in front of the station API."""

    def __init__(self, app: ASGIApp, gate: Gate) -> None:
        self.app = app
        self.gate = gate

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not _governed(scope):
            await self.app(scope, receive, send)
            return
        headers = _headers(scope)
        length = headers.get(b"content-length", b"")
        size = int(length) if length.isdigit() and len(length) < 16 else UNKNOWN_BODY
        if scope.get("method") in ("GET", "HEAD") and not length:
            size = 0
        auth = headers.get(b"authorization")
        key = hashlib.sha256(auth).digest()[:16] if auth else None
        refused = await self.gate.enter(size, key)
        if refused is not None:
            await _busy(send, refused, self.gate.retry_after())
            return
        started = time.monotonic()
        try:
            await self.app(scope, receive, send)
        finally:
            self.gate.release(size, key, started)


def busy_answer(code: str, retry_after: int) -> tuple[int, dict[str, Any]]:
    """The status and JSON body of a busy answer (header Retry-After: retry_after)."""
    params = {"retry_after": retry_after}
    status = 429 if code == "station_busy" else 503
    return status, {"detail": render(code, params), "code": code, "params": params}


async def _busy(send: Send, code: str, retry_after: int) -> None:
    """503 (or 429 for one station over its share) without reading the body: uvicorn
    drops what the client still sends and keeps the connection."""
    status, answer = busy_answer(code, retry_after)
    body = json.dumps(answer).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                (b"retry-after", str(retry_after).encode()),
                (b"cache-control", b"no-store"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
