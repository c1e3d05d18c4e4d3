"""A small TCP proxy of our own for sync tests and benchmarks (stdlib only).

    with NetProxy(upstream_port, seed=7, faults=DEFAULT_FAULTS) as proxy:
        ...  # point the client at proxy.url

It listens on 127.0.0.1:<free port> in a background thread running an asyncio loop and
forwards to a server on loopback. Each accepted connection gets one behaviour, drawn from
a seeded random.Random so a run can be replayed:

    pass       forward both ways untouched
    cut_up     forward N random bytes client->server, then drop the connection
    cut_down   forward N random bytes server->client, then drop the connection
    delay      wait a random moment before forwarding, then pass through
    502 / 503  answer "HTTP/1.1 502 Bad Gateway" (or 503) without contacting the server
    truncate   forward the request; send the response's head and part of its body, then
               drop the connection

Shaping (on every connection, fault or not): a bandwidth limit per direction (a token
bucket in bytes/s shared by all connections, as one link) and a one-way latency added
to every chunk. Counters: bytes each way, connections, behaviours chosen.

Bounded: it listens on loopback only, forwards only to loopback, and shuts itself down
after `lifetime` seconds even if nobody closes it.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

MODES = ("pass", "cut_up", "cut_down", "delay", "502", "503", "truncate")
DEFAULT_FAULTS: dict[str, float] = {
    "pass": 3,
    "cut_up": 2,
    "cut_down": 2,
    "delay": 1,
    "502": 1,
    "503": 1,
    "truncate": 2,
}
LOOPBACK = ("127.0.0.1", "localhost", "::1")
CHUNK = 64 * 1024


@dataclass
class Stats:
    bytes_up: int = 0  # client -> server, as forwarded
    bytes_down: int = 0  # server -> client, as forwarded
    connections: int = 0
    modes: Counter[str] = field(default_factory=Counter)

    @property
    def bytes_total(self) -> int:
        return self.bytes_up + self.bytes_down


class _Cut(Exception):
    """The fault fired: drop the connection."""


class _Bucket:
    """Token bucket: `rate` bytes/s, at most `burst` bytes at once."""

    def __init__(self, rate: float, burst: int) -> None:
        self.rate = rate
        self.burst = max(1, burst)
        self.tokens = float(self.burst)
        self.last = time.monotonic()
        self.lock = asyncio.Lock()

    async def take(self, n: int) -> None:
        async with self.lock:  # one link: senders queue in order
            while True:
                now = time.monotonic()
                self.tokens = min(self.burst, self.tokens + (now - self.last) * self.rate)
                self.last = now
                if self.tokens >= n:
                    self.tokens -= n
                    return
                await asyncio.sleep((n - self.tokens) / self.rate)


class NetProxy:
    def __init__(
        self,
        upstream_port: int,
        *,
        upstream_host: str = "127.0.0.1",
        seed: int = 0,
        faults: dict[str, float] | None = None,
        bandwidth: float | None = None,  # bytes/s each way; None = unlimited
        latency: float = 0.0,  # seconds added one way to every chunk
        max_cut: int = 16 * 1024,
        max_delay: float = 0.3,
        lifetime: float = 900.0,
    ) -> None:
        if upstream_host not in LOOPBACK:
            raise ValueError("the proxy forwards to loopback only")
        unknown = set(faults or {}) - set(MODES)
        if unknown:
            raise ValueError(f"unknown modes {sorted(unknown)}")
        self.upstream = (upstream_host, upstream_port)
        self.rng = random.Random(seed)
        self.faults = dict(faults or {"pass": 1})
        self.bandwidth = bandwidth
        self.latency = latency
        self.max_cut = max_cut
        self.max_delay = max_delay
        self.lifetime = lifetime
        self.stats = Stats()
        self.port = 0
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._stop: asyncio.Event | None = None
        self._error: BaseException | None = None
        self._buckets: dict[str, _Bucket] = {}

    # -- public ----------------------------------------------------------------------
    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def set_faults(self, faults: dict[str, float] | None) -> None:
        """Change the mix for connections accepted from now on (None: pass only)."""
        self.faults = dict(faults or {"pass": 1})

    def reset_stats(self) -> Stats:
        old, self.stats = self.stats, Stats()
        return old

    def start(self) -> NetProxy:
        self._thread = threading.Thread(target=self._run, name="netproxy", daemon=True)
        self._thread.start()
        if not self._ready.wait(10) or self._error is not None:
            raise RuntimeError(f"the proxy did not start: {self._error!r}")
        return self

    def stop(self) -> None:
        loop, stop = self._loop, self._stop
        if loop is not None and stop is not None and not loop.is_closed():
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(stop.set)
        if self._thread is not None:
            self._thread.join(10)

    def __enter__(self) -> NetProxy:
        return self.start()

    def __exit__(self, *exc: Any) -> None:
        self.stop()

    # -- the loop thread -----------------------------------------------------------------
    def _run(self) -> None:
        try:
            asyncio.run(self._main())
        except BaseException as exc:  # surfaced by start()
            self._error = exc
            self._ready.set()

    async def _main(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._stop = asyncio.Event()
        if self.bandwidth:
            burst = max(1024, int(self.bandwidth / 50))  # 20 ms worth
            self._buckets = {d: _Bucket(self.bandwidth, burst) for d in ("up", "down")}
        tasks: set[asyncio.Task[None]] = set()

        async def handle(r: asyncio.StreamReader, w: asyncio.StreamWriter) -> None:
            task = asyncio.current_task()
            assert task is not None
            tasks.add(task)
            try:
                await self._connection(r, w)
            except (ConnectionError, OSError, asyncio.IncompleteReadError, _Cut):
                pass
            except asyncio.CancelledError:
                pass  # shutting down: end quietly (a cancelled handler is logged)
            finally:
                tasks.discard(task)
                w.transport.abort()

        server = await asyncio.start_server(handle, "127.0.0.1", 0)
        self.port = server.sockets[0].getsockname()[1]
        self._ready.set()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._stop.wait(), self.lifetime)
        server.close()
        for t in list(tasks):
            t.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        await server.wait_closed()

    def _choose(self) -> tuple[str, int]:
        modes = list(self.faults)
        mode = self.rng.choices(modes, weights=[self.faults[m] for m in modes])[0]
        return mode, self.rng.randint(0, self.max_cut)

    async def _connection(self, cr: asyncio.StreamReader, cw: asyncio.StreamWriter) -> None:
        mode, n = self._choose()
        self.stats.connections += 1
        self.stats.modes[mode] += 1
        if mode in ("502", "503"):
            await _read_request(cr)
            reason = "Bad Gateway" if mode == "502" else "Service Unavailable"
            body = f"{mode} {reason} (netproxy)\n".encode()
            head = (
                f"HTTP/1.1 {mode} {reason}\r\nContent-Type: text/plain\r\n"
                f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n"
            ).encode()
            await self._send(cw, head + body, "down")
            await cw.drain()
            return
        if mode == "delay":
            await asyncio.sleep(self.rng.uniform(0, self.max_delay))
        sr, sw = await asyncio.open_connection(*self.upstream)
        try:
            up = self._pipe(cr, sw, "up", n if mode == "cut_up" else None)
            if mode == "truncate":
                down = self._truncate(sr, cw, self.rng.random())
            else:
                down = self._pipe(sr, cw, "down", n if mode == "cut_down" else None)
            t_up, t_down = asyncio.ensure_future(up), asyncio.ensure_future(down)
            done, pending = await asyncio.wait({t_up, t_down}, return_when="FIRST_COMPLETED")
            for t in pending:
                t.cancel()
            await asyncio.gather(*pending, return_exceptions=True)
            for t in done:
                with contextlib.suppress(_Cut, ConnectionError, OSError):
                    t.result()
        finally:
            sw.transport.abort()

    async def _send(self, w: asyncio.StreamWriter, data: bytes, direction: str) -> None:
        bucket = self._buckets.get(direction)
        pieces = [data] if bucket is None else _split(data, bucket.burst)
        for piece in pieces:
            if bucket is not None:
                await bucket.take(len(piece))
            # counted before the write: whoever reads the answer sees it counted
            if direction == "up":
                self.stats.bytes_up += len(piece)
            else:
                self.stats.bytes_down += len(piece)
            w.write(piece)
        await w.drain()

    async def _pipe(
        self,
        r: asyncio.StreamReader,
        w: asyncio.StreamWriter,
        direction: str,
        limit: int | None,
    ) -> None:
        """Reader and writer decoupled by a queue, so the latency delays each chunk
        without limiting throughput to one chunk per latency."""
        queue: asyncio.Queue[tuple[float, bytes]] = asyncio.Queue()

        async def read() -> None:
            while True:
                data = await r.read(CHUNK)
                await queue.put((time.monotonic() + self.latency, data))
                if not data:
                    return

        reader = asyncio.ensure_future(read())
        left = limit
        try:
            while True:
                due, data = await queue.get()
                if not data:
                    return
                wait = due - time.monotonic()
                if wait > 0:
                    await asyncio.sleep(wait)
                if left is not None and len(data) >= left:
                    await self._send(w, data[:left], direction)
                    raise _Cut
                await self._send(w, data, direction)
                if left is not None:
                    left -= len(data)
        finally:
            reader.cancel()
            await asyncio.gather(reader, return_exceptions=True)

    async def _truncate(
        self, r: asyncio.StreamReader, w: asyncio.StreamWriter, frac: float
    ) -> None:
        """Forward the first response's head and a part of its body, then drop."""
        head = await r.readuntil(b"\r\n\r\n")
        length = 0
        for line in head.split(b"\r\n"):
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value.strip() or 0)
        if length <= 0:  # nothing to cut in a body: cut the head instead
            await asyncio.sleep(self.latency)
            await self._send(w, head[: int(len(head) * frac)], "down")
            raise _Cut
        body = await r.read(max(0, int(length * frac)))
        await asyncio.sleep(self.latency)
        await self._send(w, head + body[: length - 1], "down")
        raise _Cut


async def _read_request(r: asyncio.StreamReader) -> None:
    """Consume one HTTP request (head and Content-Length body) so the client can read
    the answer instead of failing on its send."""
    head = await r.readuntil(b"\r\n\r\n")
    for line in head.split(b"\r\n"):
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            await r.readexactly(int(value.strip() or 0))


def _split(data: bytes, size: int) -> list[bytes]:
    return [data[i : i + size] for i in range(0, len(data), size)] or [data]
