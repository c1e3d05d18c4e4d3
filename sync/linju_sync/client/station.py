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
