"""The small interface the engine uses to reach a station's data (PowerSync calls this the
"backend connector", in reverse). The desktop implements it over SQLite
(linju_desktop.services.sync_store); tests may implement it in memory."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

from linju_sync.protocol.bundle import PrivateKeys, PublicKeys
from linju_sync.protocol.messages import Checksum, FeedOperation, Operation, OpResult


@dataclass
class Credentials:
    server_url: str
    station_id: str
    station_name: str
    token: str
    # Offline bundles (linju_sync.protocol.bundle): this station's private keys, made here
    # at enrollment and never sent, and the district's public keys from the enrollment.
    own_keys: PrivateKeys | None = None
    district_keys: PublicKeys | None = None
    # A station enrolled before those keys has only a symmetric key (hex) the server also
    # holds; linju_sync.client.offline.register_keys replaces it at the next online sync.
    signing_key: str = ""

    @property
    def has_bundle_keys(self) -> bool:
        return self.own_keys is not None and self.district_keys is not None


@dataclass
class Cursors:
    uploaded_seq: int  # last change_log seq the server acknowledged
    download_cursor: int  # last server feed seq applied locally


@dataclass
class PendingBatch:
    ops: list[Operation]
    last_seq: int  # seq of the last op in ops (the given after_seq when empty)
    more: bool  # more ops wait after last_seq


@dataclass
class StepOutcome:
    applied: int = 0  # feed operations written
    skipped_fields: int = 0  # remote fields not written: a newer local change waits to upload
    attention: int = 0  # new needs-attention items


@dataclass
class BlobInfo:
    sha256: str
    size: int


@dataclass
class SyncLogEntry:
    started_at: str
    finished_at: str
    result: str  # ok | attention | mismatch | error | cancelled
    sent: int = 0
    received: int = 0
    requests: int = 0
    bytes_up: int = 0
    bytes_down: int = 0
    blob_bytes: int = 0
    server_time: int | None = None
    skew_ms: int | None = None
    message: str = ""
    details: dict[str, Any] = field(default_factory=dict)


class StationStore(Protocol):
    node_id: str

    def credentials(self) -> Credentials | None: ...

    def save_credentials(self, creds: Credentials) -> None: ...

    def cursors(self) -> Cursors: ...

    def pending_count(self, after_seq: int) -> int: ...

    def pending_tables(self, after_seq: int) -> set[str]: ...

    def pending_operations(self, after_seq: int, max_ops: int, max_bytes: int) -> PendingBatch: ...

    def commit_step(
        self,
        *,
        sent: list[Operation],
        upload_seq: int,
        results: list[OpResult],
        feed: list[FeedOperation],
        next_cursor: int,
    ) -> StepOutcome:
        """In ONE local transaction: record the results (needs-attention items), apply the
        feed without echoing it into the upload queue, merge the clock, and only then move
        both cursors. A crash before the commit leaves everything to be re-sent."""
        ...

    def local_checksums(self, tables: list[str]) -> dict[str, Checksum]: ...

    def record_checksum_mismatch(self, tables: dict[str, tuple[Checksum, Checksum]]) -> None: ...

    def blobs_to_upload(self) -> list[BlobInfo]: ...

    def read_blob(self, sha256: str, offset: int, size: int) -> bytes: ...

    def mark_blobs_uploaded(self, hashes: list[str]) -> None: ...

    def partial_blob(self) -> str | None:
        """The blob whose upload began but did not finish (resume with HEAD)."""
        ...

    def set_partial_blob(self, sha256: str | None) -> None: ...

    def write_log(self, entry: SyncLogEntry) -> None: ...


# Download pages held for one local transaction: about 0.2 s of applying on a slow
# desktop, so another writer (the window) waits at most that long for the lock.
HOLD_FEED_OPS = 5000


class FeedHandoff:
    """Hands the engine's answers to the store, several download pages a transaction.

    A transaction per page pays a fixed cost each time (the commit, the search index's
    segment, echo suppression); 10,000 incoming operations are 20 pages. So an answer that
    only downloads (nothing was sent, more is waiting) is held in memory and committed with
    the next ones, up to HOLD_FEED_OPS: the cursor still moves in the transaction that
    writes those rows, so a crash loses the held pages and the next sync downloads them
    again (nothing is applied twice, nothing lost). The engine flushes before a request that
    uploads, so a local change goes up only after every page before it is applied, as when
    each page was committed at once, and before it stops for any reason."""

    def __init__(self, store: StationStore, limit: int = HOLD_FEED_OPS) -> None:
        self.store = store
        self.limit = limit
        self._feed: list[FeedOperation] = []
        self._upload_seq = 0
        self._cursor = 0

    @property
    def held(self) -> int:
        return len(self._feed)

    def step(
        self,
        *,
        sent: list[Operation],
        upload_seq: int,
        results: list[OpResult],
        feed: list[FeedOperation],
        next_cursor: int,
        more: bool,
    ) -> StepOutcome:
        """One answer: committed (with the pages held before it), or held when it only
        downloads and more is waiting; a held answer's outcome comes with the commit."""
        if not sent and not results and more and self.held + len(feed) < self.limit:
            self._feed.extend(feed)
            self._upload_seq, self._cursor = upload_seq, next_cursor
            return StepOutcome()
        out = StepOutcome()
        if sent or results:
            # the held pages were read before this step's uploads: each with its own queue
            out = self.flush()
            held: list[FeedOperation] = []
        else:
            held, self._feed = self._feed, []
        step = self.store.commit_step(
            sent=sent, upload_seq=upload_seq, results=results, feed=held + feed,
            next_cursor=next_cursor,
        )  # fmt: skip
        return _sum(out, step)

    def flush(self) -> StepOutcome:
        """Commit the held pages (none: nothing happens)."""
        if not self._feed:
            return StepOutcome()
        feed, self._feed = self._feed, []
        return self.store.commit_step(
            sent=[], upload_seq=self._upload_seq, results=[], feed=feed, next_cursor=self._cursor
        )


def _sum(a: StepOutcome, b: StepOutcome) -> StepOutcome:
    return StepOutcome(
        a.applied + b.applied, a.skipped_fields + b.skipped_fields, a.attention + b.attention
    )
