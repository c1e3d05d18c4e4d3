"""The records phase of a sync: the change log up, the feed down (engine.py drives it).

Each request carries up to MAX_OPS_PER_BATCH operations; each answer is committed locally
(results, feed, both cursors) in one transaction, in the order the batches were read, and
only then do the cursors move. What overlaps:

- the next batch is read from the store and made into its gzip'd body on the engine's
  thread while the request before it is on the wire or at the server (posts run on a small
  pool of threads); a body made with a download cursor the answer then moved is made again;
- with a server that announces `pipeline` (protocol.messages, "Requests in flight"), up to
  PIPELINE_DEPTH requests are in flight at once: each names where the batch before it
  ended (after_seq) and the server applies them in that order. Only the last batch asks
  for the feed and the checksums. A first answer tells whether the server pipelines, so a
  sync's first request goes alone, as every request to a server that does not.

Answers reach the store through FeedHandoff (client/station.py): pages that only download
are committed several a transaction, and the held ones are committed before a batch of
local changes is sent and when the phase ends for any reason.

Once the server has answered busy (503/429) in this sync, the client stops pipelining: a
successor admitted while its predecessor waits out a Retry-After would hold one of the
server's places until the predecessor comes.

A 409 "predecessor_missing" (the batch before never reached the server) sends everything
not committed again from the committed cursors, a few times at most; repeats are
"duplicate" at the server (op ids), so nothing is lost and nothing applied twice.
"""

from __future__ import annotations

from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from linju_sync.client.errors import SyncError
from linju_sync.client.station import FeedHandoff, PendingBatch, StepOutcome
from linju_sync.client.transport import gzip_json
from linju_sync.protocol.codec import DecodeError, decode_response, encode_request
from linju_sync.protocol.hlc import wall_millis
from linju_sync.protocol.messages import (
    PIPELINE_DEPTH,
    PROTOCOL_VERSION,
    Operation,
    SyncRequest,
    SyncResponse,
)

if TYPE_CHECKING:
    from linju_sync.client.engine import SyncEngine, SyncReport

RECOVERIES = 3  # times one sync starts again from its committed cursors after a 409


def parse_response(body: Any, sent: list[Operation] | None = None) -> SyncResponse:
    """The server's JSON as a SyncResponse (protocol.codec), with a result for each of the
    operations `sent` when given; anything malformed is bad_response."""
    try:
        return decode_response(body, sent)
    except DecodeError as exc:
        raise SyncError("bad_response", detail=str(exc)[:200]) from exc


@dataclass
class Flight:
    """One batch on its way: read, made into a body, posted, answered."""

    batch: PendingBatch
    after: int  # the change-log seq the batch starts after
    key: tuple[bool, int] = (False, -1)  # (pipelined, download cursor) the body was made for
    req: SyncRequest | None = None
    body: bytes = b""
    future: Future[tuple[SyncResponse, int, int]] | None = None


class Records:
    def __init__(self, engine: SyncEngine) -> None:
        self.engine = engine
        self.store = engine.store
        self.transport = engine.transport

    def run(self, report: SyncReport) -> SyncResponse:
        handoff = FeedHandoff(self.store)
        try:
            return self._run(report, handoff)
        finally:
            # pages held when the phase stops (a broken link, cancel) are applied, not lost
            _tally(report, handoff.flush())

    def _run(self, report: SyncReport, handoff: FeedHandoff) -> SyncResponse:
        eng = self.engine
        busy0 = self.transport.busy_waits
        cur = self.store.cursors()
        uploaded, cursor = cur.uploaded_seq, cur.download_cursor
        total = self.store.pending_count(uploaded)
        eng._emit("records", 0, total)
        depth = 1  # until an answer says the server takes more
        opener = True  # the next request starts a pipeline: it names no batch before it
        inflight: deque[Flight] = deque()
        ready: Flight | None = None  # read (and made) ahead, not sent yet
        next_from, more = uploaded, True
        recoveries = 0
        pool = ThreadPoolExecutor(PIPELINE_DEPTH, thread_name_prefix="linju-sync")
        try:
            while True:
                eng._check_cancel()
                while len(inflight) < depth and (ready is not None or more):
                    if ready is None:
                        ready = self._read(next_from)
                        next_from, more = ready.batch.last_seq, ready.batch.more
                    self._make(ready, bool(inflight) or (depth > 1 and not opener), cursor)
                    if ready.batch.ops:  # local changes go up after the pages held before
                        _tally(report, handoff.flush())
                    ready.future = pool.submit(self._post, ready)
                    inflight.append(ready)
                    ready, opener = None, False
                if ready is None and more:  # while the answer is on its way
                    ready = self._read(next_from)
                    next_from, more = ready.batch.last_seq, ready.batch.more
                    self._make(ready, depth > 1, cursor)
                head = inflight.popleft()
                assert head.future is not None and head.req is not None
                try:
                    resp, sent_at, received_at = head.future.result()
                except SyncError as exc:
                    if exc.params.get("server_code") != "predecessor_missing":
                        raise
                    recoveries += 1
                    if recoveries > RECOVERIES:
                        raise
                    # the requests still out are left to finish on the old pool; their
                    # batches go again (the server answers "duplicate" for what it has)
                    pool.shutdown(wait=False, cancel_futures=True)
                    pool = ThreadPoolExecutor(PIPELINE_DEPTH, thread_name_prefix="linju-sync")
                    inflight.clear()
                    ready, next_from, more, opener = None, uploaded, True, True
                    continue
                self._commit(report, handoff, head, resp, sent_at, received_at, total)
                uploaded = max(uploaded, head.batch.last_seq)
                if head.req.want_feed:
                    cursor = max(cursor, resp.next_cursor)
                depth = max(1, min(resp.pipeline, PIPELINE_DEPTH))
                if self.transport.busy_waits != busy0:
                    depth = 1  # a busy server: one at a time (see the module's text)
                if head.req.want_feed and resp.has_more and not more and ready is None:
                    more = True  # the feed goes on: ask again (with any new local changes)
                if not inflight and ready is None and not more:
                    return resp
        finally:
            # on an error or a cancel, requests still out finish on their own; nothing of
            # theirs is committed, so their batches go again next time
            pool.shutdown(wait=False, cancel_futures=True)

    def _read(self, after: int) -> Flight:
        eng = self.engine
        return Flight(self.store.pending_operations(after, eng.max_ops, eng.max_bytes), after)

    def _make(self, flight: Flight, pipelined: bool, cursor: int) -> None:
        """The request and its gzip'd body for how it will be sent (again only when that
        changed since it was made ahead)."""
        if flight.key == (pipelined, cursor):
            return
        batch = flight.batch
        last = not batch.more
        flight.req = SyncRequest(
            protocol=PROTOCOL_VERSION,
            operations=batch.ops,
            upload_seq=batch.last_seq,
            download_cursor=cursor,
            client_time=wall_millis(),
            client_node=self.store.node_id,
            want_checksums=last,  # expected to be the last request
            client_app=getattr(self.store, "client_app", ""),
            compact=self.engine.compact,
            after_seq=flight.after if pipelined else None,
            want_feed=last or not pipelined,
        )
        flight.body = gzip_json(encode_request(flight.req))
        flight.key = (pipelined, cursor)

    def _post(self, flight: Flight) -> tuple[SyncResponse, int, int]:
        """On a pool thread: send, and read the answer."""
        sent_at = wall_millis()
        body = self.transport.post_gzipped("/api/v1/sync", flight.body)
        resp = parse_response(body, flight.batch.ops)
        return resp, sent_at, wall_millis()

    def _commit(
        self,
        report: SyncReport,
        handoff: FeedHandoff,
        flight: Flight,
        resp: SyncResponse,
        sent_at: int,
        received_at: int,
        total: int,
    ) -> None:
        if resp.protocol != PROTOCOL_VERSION:
            raise SyncError("protocol")
        # Skew from the midpoint of the round trip: a slow link does not look like skew.
        report.server_time = resp.server_time
        report.skew_ms = resp.server_time - (sent_at + received_at) // 2
        report.warnings.extend(resp.warnings)
        batch = flight.batch
        # committed, or a download page held for the next commit (FeedHandoff)
        outcome = handoff.step(
            sent=batch.ops,
            upload_seq=batch.last_seq,
            results=resp.results,
            feed=resp.operations,
            next_cursor=resp.next_cursor,
            more=resp.has_more,
        )
        report.sent += len(batch.ops)
        report.received += len(resp.operations)
        _tally(report, outcome)
        eng = self.engine
        if batch.ops:
            eng._emit("records", report.sent, max(total, report.sent))
        if resp.operations:
            eng._emit("downloads", report.received, None)


def _tally(report: SyncReport, outcome: StepOutcome) -> None:
    report.attention += outcome.attention
    report.skipped_fields += outcome.skipped_fields
