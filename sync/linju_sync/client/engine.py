"""The sync engine: one request per step, cursors moved only after the local commit.

records  POST /api/v1/sync with up to MAX_OPS_PER_BATCH operations (or MAX_BATCH_BYTES)
         and the download cursor; the answer carries a result per operation and the
         next feed operations. Each answer is committed locally (results, feed, both
         cursors) in one transaction, in order, so a link broken at any byte re-sends at
         most the batches in flight, and the server's op-id dedup makes that harmless.
         The next batch is read while one is out, and with a server that pipelines two
         requests are in flight at once (records.py). want_checksums is set on what
         should be the last request: nothing to do costs exactly one request. An
         answer that only downloads (more waiting) is held and committed with the next
         ones, up to HOLD_FEED_OPS (client/station.py FeedHandoff): a crash re-downloads
         those pages, and nothing goes up before the pages before it are applied.
photos   POST /api/v1/blobs/missing, then tus-style chunks (PATCH from the server's
         offset, HEAD to learn it after a break). Records never wait for photos.
verify   the last answer's per-table checksums against the station's own rows;
         a mismatch is reported (needs-attention item, non-zero exit), never hidden.

A busy server (503/429 with Retry-After) is waited out within BUDGET_S for the whole sync
(transport.py); the waits are counted in the log, not as a failure, and cancel ends them.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from dataclasses import dataclass, field

import requests

from linju_sync.client.errors import SyncError
from linju_sync.client.records import Records
from linju_sync.client.station import (
    Credentials,
    StationStore,
    SyncLogEntry,
)
from linju_sync.client.transport import Transport
from linju_sync.protocol.bundle import PrivateKeys, PublicKeys
from linju_sync.protocol.messages import (
    BLOB_CHUNK_BYTES,
    MAX_BATCH_BYTES,
    MAX_OPS_PER_BATCH,
    SKEW_WARNING_MS,
    Checksum,
    Enrollment,
    SyncResponse,
)


@dataclass
class Progress:
    phase: str  # "records" | "photos" | "downloads" | "verify"
    done: int
    total: int | None  # None when not known in advance (downloads)


ProgressFn = Callable[[Progress], None]
# How long one sync may spend waiting for a busy district server, all waits together: a
# whole district syncing at once is through in a few minutes.
BUDGET_S = 15 * 60.0


@dataclass
class SyncReport:
    sent: int = 0
    received: int = 0
    requests: int = 0
    attention: int = 0  # new needs-attention items from this run
    skipped_fields: int = 0
    blobs_uploaded: int = 0
    blob_bytes: int = 0
    mismatched: list[str] = field(default_factory=list)
    unchecked: list[str] = field(default_factory=list)  # tables changed locally meanwhile
    server_time: int | None = None
    skew_ms: int | None = None
    warnings: list[str] = field(default_factory=list)
    busy_waits: int = 0  # busy answers from the server waited out: not a failure
    error: SyncError | None = None

    @property
    def skew_warning(self) -> bool:
        return self.skew_ms is not None and abs(self.skew_ms) > SKEW_WARNING_MS

    @property
    def fully_synced(self) -> bool:
        return self.error is None and not self.mismatched and self.attention == 0

    @property
    def result(self) -> str:
        if self.error is not None:
            return "cancelled" if self.error.code == "cancelled" else "error"
        if self.mismatched:
            return "mismatch"
        return "attention" if self.attention else "ok"


def utc_now_iso() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def enroll(
    store: StationStore,
    server_url: str,
    code: str,
    session: requests.Session | None = None,
) -> Credentials:
    """Trade a one-time code for the station's token, kept in local settings. The station's
    bundle key pairs are made here; only their public halves go to the server, which
    answers with the district's public keys."""
    own = PrivateKeys.generate()
    t = Transport(server_url, session=session, retries=0, budget=120.0)
    try:
        body = t.post_json(
            "/api/v1/enroll",
            {
                "code": code.strip(),
                "client_node": store.node_id,
                "public_keys": own.public().as_json(),
            },
        )
    except SyncError as exc:
        if exc.code in ("refused", "forbidden", "unauthorized"):
            raise SyncError("bad_code", reason=exc.params.get("reason", exc.code)) from exc
        raise
    finally:
        t.close()
    try:
        e = Enrollment(
            str(body["station_id"]),
            str(body.get("station_name") or ""),
            str(body["token"]),
            dict(body["district_keys"]),
        )
        district = PublicKeys.parse(e.district_keys)
    except (KeyError, TypeError, ValueError) as exc:
        raise SyncError("bad_response", detail=f"enrollment: {exc}") from exc
    creds = Credentials(t.base_url, e.station_id, e.station_name, e.token, own, district)
    store.save_credentials(creds)
    return creds


class SyncEngine:
    """Drives one sync of one station. Qt-free: the GUI runs run() on a worker thread,
    passes a progress callback and sets cancel_event to stop between requests."""

    def __init__(
        self,
        store: StationStore,
        *,
        session: requests.Session | None = None,
        progress: ProgressFn | None = None,
        cancel_event: threading.Event | None = None,
        retries: int = 2,
        backoff: float = 1.0,
        max_ops: int = MAX_OPS_PER_BATCH,
        max_bytes: int = MAX_BATCH_BYTES,
        chunk_bytes: int = BLOB_CHUNK_BYTES,
        compact: bool = True,
        budget: float = BUDGET_S,
    ) -> None:
        creds = store.credentials()
        if creds is None:
            raise SyncError("not_enrolled")
        self.store = store
        self.creds = creds
        self.cancel_event = cancel_event or threading.Event()
        self.transport = Transport(
            creds.server_url, creds.token, session, retries=retries, backoff=backoff,
            sleep=self._wait, budget=budget,
        )  # fmt: skip
        self._progress = progress
        self.max_ops = max_ops
        self.max_bytes = max_bytes
        self.chunk_bytes = chunk_bytes
        self.compact = compact  # ask for the compact answer (False: the full form)

    # -- helpers ---------------------------------------------------------------------
    def cancel(self) -> None:
        self.cancel_event.set()

    def _check_cancel(self) -> None:
        if self.cancel_event.is_set():
            raise SyncError("cancelled")

    def _wait(self, seconds: float) -> None:
        """The transport's pauses (a busy server, a broken link): cancel ends them."""
        if self.cancel_event.wait(seconds):
            raise SyncError("cancelled")

    def _emit(self, phase: str, done: int, total: int | None) -> None:
        if self._progress:
            self._progress(Progress(phase, done, total))

    # -- the whole sync ----------------------------------------------------------------
    def run(self) -> SyncReport:
        """Records, then photos, then the checksum comparison. Never raises SyncError:
        the report carries it, and the sync log records every attempt."""
        report = SyncReport()
        started = utc_now_iso()
        last: SyncResponse | None = None
        try:
            last = Records(self).run(report)
            self._photos(report)
            if last is not None:
                self._verify(report, last)
        except SyncError as exc:
            report.error = exc
        finally:
            self.transport.close()
            report.requests = self.transport.requests
            report.busy_waits = self.transport.busy_waits
            self.store.write_log(
                SyncLogEntry(
                    started_at=started,
                    finished_at=utc_now_iso(),
                    result=report.result,
                    sent=report.sent,
                    received=report.received,
                    requests=report.requests,
                    bytes_up=self.transport.bytes_up,
                    bytes_down=self.transport.bytes_down,
                    blob_bytes=report.blob_bytes,
                    server_time=report.server_time,
                    skew_ms=report.skew_ms,
                    message=str(report.error) if report.error else "",
                    details={
                        "error_code": report.error.code if report.error else None,
                        "mismatched": report.mismatched,
                        "attention": report.attention,
                        "skew_warning": report.skew_warning,
                        "warnings": report.warnings,
                        # a busy server waited out: how often and how long, not a failure
                        "busy_waits": self.transport.busy_waits,
                        "busy_seconds": round(self.transport.busy_seconds, 1),
                    },
                )
            )
        return report

    def _photos(self, report: SyncReport) -> None:
        blobs = self.store.blobs_to_upload()
        if not blobs:
            return  # no request at all: "nothing to do" stays one request
        self._check_cancel()
        sizes = {b.sha256: b.size for b in blobs}
        body = self.transport.post_json("/api/v1/blobs/missing", {"hashes": list(sizes)})
        try:
            missing = [h for h in body["missing"] if h in sizes]
        except (KeyError, TypeError) as exc:
            raise SyncError("bad_response", detail="blobs/missing") from exc
        present = [h for h in sizes if h not in set(missing)]
        if present:
            self.store.mark_blobs_uploaded(present)
        total = sum(sizes[h] for h in missing)
        done = 0
        self._emit("photos", 0, total)
        for sha in missing:
            sent = self._upload_blob(
                sha, sizes[sha], lambda n, base=done: self._emit("photos", base + n, total)
            )
            done += sizes[sha]
            report.blob_bytes += sent
            report.blobs_uploaded += 1
            self.store.mark_blobs_uploaded([sha])

    def _upload_blob(self, sha: str, size: int, progress: Callable[[int], None]) -> int:
        """tus-style. A blob never tried starts at offset 0 with no HEAD round trip; one
        whose upload was broken off (remembered locally) asks the server's offset first
        (HEAD) and goes on from there; a 409 carries the server's offset too.
        Returns the bytes sent."""
        path = f"/api/v1/blobs/{sha}"
        offset, sent = 0, 0
        if self.store.partial_blob() == sha:
            offset = _offset(self.transport.request("HEAD", path, ok=(200, 204))) or 0
        else:
            self.store.set_partial_blob(sha)
        while True:
            self._check_cancel()
            chunk = self.store.read_blob(sha, offset, min(self.chunk_bytes, size - offset))
            resp = self.transport.request(
                "PATCH",
                path,
                data=chunk,
                headers={
                    "Content-Type": "application/offset+octet-stream",
                    "Upload-Offset": str(offset),
                    "Upload-Length": str(size),
                },
                ok=(200, 204, 409),
            )
            new_offset = _offset(resp)
            if resp.status_code == 409:
                if new_offset is None:
                    new_offset = _offset(self.transport.request("HEAD", path, ok=(200, 204)))
                if new_offset is None or new_offset == offset:
                    # no progress possible: stop rather than loop on a confused server
                    raise SyncError("bad_response", detail="upload offset")
            else:
                sent += len(chunk)
                if new_offset is None:
                    new_offset = offset + len(chunk)
            offset = new_offset
            progress(offset)
            if offset >= size:
                break
        self.store.set_partial_blob(None)
        return sent

    def _verify(self, report: SyncReport, last: SyncResponse) -> None:
        if last.checksums is None:
            report.warnings.append("the server sent no checksums")
            return
        self._emit("verify", 0, len(last.checksums))
        compare_checksums(self.store, last.checksums, report)
        self._emit("verify", len(last.checksums), len(last.checksums))


def compare_checksums(store: StationStore, server: dict[str, Checksum], report: SyncReport) -> None:
    """Compare per-table checksums; tables with local changes still waiting to upload
    (edited during the sync) cannot match yet and are left for the next sync."""
    busy = store.pending_tables(store.cursors().uploaded_seq)
    tables = [t for t in server if t not in busy]
    report.unchecked = sorted(t for t in server if t in busy)
    local = store.local_checksums(tables)
    bad = {t: (local[t], server[t]) for t in tables if t in local and local[t] != server[t]}
    if bad:
        report.mismatched = sorted(bad)
        store.record_checksum_mismatch(bad)


def _offset(resp: requests.Response) -> int | None:
    value = resp.headers.get("Upload-Offset")
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None
