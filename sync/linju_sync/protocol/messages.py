"""The sync protocol, version 1: the contract between linju_sync.client and linju_sync.server.

One HTTP request per step (as Actual Budget does), all JSON, gzip both ways
(Content-Encoding / Accept-Encoding), bearer token auth:

    POST /api/v1/sync          SyncRequest  -> SyncResponse
    POST /api/v1/enroll        {"code": str, "client_node": str, "public_keys": {...}} -> Enrollment
    POST /api/v1/keys          {"public_keys": {...}} -> {"district_keys": {...}} (once, for a
                               station enrolled before bundle keys)
    POST /api/v1/blobs/missing {"hashes": [sha256, ...]} -> {"missing": [sha256, ...]}
    HEAD /api/v1/blobs/{sha}   -> 200 with header Upload-Offset: bytes the server holds
    PATCH /api/v1/blobs/{sha}  header Upload-Offset: n, header Upload-Length: total,
                               body: bytes from n (tus-style resumable upload)
                               -> 204 with Upload-Offset; 409 with Upload-Offset when n is wrong
    GET  /api/v1/checksums     -> {"tables": {table: Checksum}} (also inside SyncResponse)
    GET  /api/v1/status        -> {"station_id", "station_name", "server_time"}

Idempotence: every operation carries its op_id (the client's change-log op id).
The server keeps (station, op_id) under a unique constraint with a digest of
the payload: a repeat is "duplicate", the same id with another payload
"mismatch". Replaying any request any number of times changes nothing. A
"duplicate" of an operation first answered "rejected" or "conflict" carries
that first verdict's reason and conflict detail, because the first answer may
have been lost on the way: the client treats it as that verdict.

The JSON of the sync exchange (requests, results, feed, checksums) is encoded, decoded
and described (the OpenAPI schema) in one place, protocol.codec; a result's reason is a code
of protocol.reasons with parameters.

Cursors: the client sends the change-log sequence of its last operation in
the batch (`upload_seq`) and the server sequence it has applied
(`download_cursor`). It moves its own cursors only after its local commit,
so a transfer broken at any byte re-sends at most one batch.

Requests in flight. A server that answers `pipeline: 2` lets the station send its next
batch before the answer to the one before has come back, so the link, the server and the
client work at once. Such a request names where the batch before it ended (`after_seq`,
that batch's upload_seq); the server keeps, per station and client node, the upload_seq
it has applied (with the batch, in one transaction) and applies a request only once that
has reached its after_seq, waiting up to PIPELINE_WAIT_S for the one before. Past that
it answers 409 with the code "predecessor_missing" and nothing applied: the client goes
back to its committed cursors and sends again (a repeat is a "duplicate"). The first
request of a sync, and every request of a client that does not pipeline, carries no
after_seq and sets that mark to its own upload_seq. Only the last batch asks for the
feed (`want_feed`) and the checksums; the client still commits each answer in order and
moves its cursors only after each commit.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from dataclasses import dataclass, field
from typing import Any, Literal

from linju_sync.protocol.reasons import render

PROTOCOL_VERSION = 1
MAX_OPS_PER_BATCH = 500
MAX_BATCH_BYTES = 256 * 1024  # of the JSON before gzip
MAX_BODY_BYTES = 4 * 1024 * 1024  # server refuses larger bodies (after gunzip) with 413
MAX_DOWNLOAD_OPS = 500
BLOB_CHUNK_BYTES = 256 * 1024
SKEW_WARNING_MS = 5 * 60 * 1000
PIPELINE_DEPTH = 2  # sync requests of one station in flight at once (admission's per_station)
PIPELINE_WAIT_S = 30.0  # longest a pipelined request waits at the server for the one before

Kind = Literal["insert", "update", "tombstone"]
Status = Literal["ok", "duplicate", "mismatch", "rejected", "conflict"]
KINDS = ("insert", "update", "tombstone")

# Used with fullmatch: "$" would also match before a final "\n", one character more
# than the database columns hold.
OP_ID = re.compile(r"[0-9a-f]{32}")
ROW_ID = re.compile(r"[0-9A-Za-z-]{1,64}")
SHA256 = re.compile(r"^[0-9a-f]{64}$")
NAME = re.compile(r"[A-Za-z0-9_]{1,64}")  # a table or field name


# json.dumps(..., ensure_ascii=False, sort_keys=True, separators=(",", ":")), made once
_DIGEST_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))


@dataclass
class Operation:
    """One captured change: a row of the client's change_log on the wire."""

    op_id: str
    table: str
    row_id: str
    kind: Kind
    hlc: str
    prev_hlc: str | None
    changes: dict[str, Any]

    def digest(self) -> str:
        """What identifies the payload for duplicate/mismatch detection."""
        body = _DIGEST_ENCODER.encode(
            [self.table, self.row_id, self.kind, self.hlc, self.prev_hlc, self.changes]
        )
        return hashlib.sha256(body.encode("utf-8")).hexdigest()

    def to_json(self) -> dict[str, Any]:
        return {
            "op_id": self.op_id,
            "table": self.table,
            "row_id": self.row_id,
            "kind": self.kind,
            "hlc": self.hlc,
            "prev_hlc": self.prev_hlc,
            "changes": self.changes,
        }


@dataclass
class SyncRequest:
    protocol: int
    operations: list[Operation]
    upload_seq: int  # client change_log seq of the last operation sent (0 if none)
    download_cursor: int  # server feed sequence the client has applied
    client_time: int  # client wall clock, ms since epoch (for the skew guard)
    client_node: str  # the client's HLC node id
    # Ask for the station's per-table checksums in the response: the client sets this on
    # what it expects to be its last request, so a sync with nothing to do is one request.
    want_checksums: bool = True
    # What the station runs, e.g. "linju-desktop 0.1.0; schema 3": the district's station
    # list shows it, so an office knows which stations still run an old version.
    client_app: str = ""
    # Answer in the compact form (protocol.codec): only the results that are not "ok", and
    # reasons as codes only. Stations before it leave it out and get the full form.
    compact: bool = False
    # Pipelining (see "Requests in flight" above): the upload_seq of the batch before this
    # one, which may still be on its way; the server applies this batch only after that one.
    # None (left out): the client has committed every answer before this request.
    after_seq: int | None = None
    # False: send no feed operations (a pipelined batch before the last; its answer would
    # repeat the feed of the request in flight beside it). Left out when True.
    want_feed: bool = True


@dataclass
class OpResult:
    op_id: str
    status: Status
    # for rejected/mismatch/conflict: why, as a code of protocol.reasons and its parameters
    code: str = ""
    params: dict[str, Any] = field(default_factory=dict)
    conflict: dict[str, Any] | None = None  # {"field": {"local": v, "server": v, "kept": v}}

    @property
    def reason(self) -> str:
        """The English text of the reason ("" when there is none)."""
        return render(self.code, self.params) if self.code else ""


@dataclass
class FeedOperation:
    """An operation the station must apply: from the district or the conflict winner."""

    seq: int  # server feed sequence (the download cursor)
    op_id: str
    table: str
    row_id: str
    kind: Kind
    hlc: str
    changes: dict[str, Any]


@dataclass
class SyncResponse:
    protocol: int
    results: list[OpResult]
    operations: list[FeedOperation]
    next_cursor: int
    has_more: bool  # more feed operations wait: the client asks again
    server_time: int  # ms since epoch
    warnings: list[str] = field(default_factory=list)
    # {table: Checksum} after this request's changes, when asked for and has_more is false;
    # the server keeps them incrementally (XOR/sum of row fingerprints), O(1) per write.
    checksums: dict[str, Checksum] | None = None
    # Compact form: how many of the request's operations were "ok" and left out of results.
    ok: int | None = None
    # How many sync requests the station may keep in flight at once (the server applies
    # them in upload order, by after_seq); 0 (left out, or a server before it): one.
    pipeline: int = 0


@dataclass
class Enrollment:
    station_id: str
    station_name: str
    token: str  # long-lived bearer token; the server keeps only its hash
    # the district's public keys for offline bundles, {"sign": Ed25519, "box": X25519} hex
    # (the request sends the station's own as "public_keys"; see protocol/bundle.py)
    district_keys: dict[str, str]


@dataclass
class Checksum:
    rows: int  # rows of the table for the station, tombstones included
    digest: str  # hex of table_checksum() below


def row_fingerprint(row_id: str, updated_hlc: str, deleted: int) -> int:
    h = hashlib.sha256(f"{row_id}|{updated_hlc}|{deleted}".encode()).digest()
    return int.from_bytes(h[:8], "big")


def table_checksum(rows: list[tuple[str, str, int]]) -> Checksum:
    """Order-independent: XOR and sum of row fingerprints over (id, updated_hlc, deleted).
    Both sides compute it over the station's rows of one table after a sync."""
    x = s = 0
    for row_id, hlc, deleted in rows:
        f = row_fingerprint(row_id, hlc, int(bool(deleted)))
        x ^= f
        s = (s + f) % (1 << 64)
    return Checksum(len(rows), f"{x:016x}{s:016x}")


class ProtocolError(ValueError):
    """A message that breaks the protocol; the server answers 400/422 with this reason."""


def _refuse_constant(name: str) -> Any:
    raise ProtocolError(f"{name} is not a number JSON allows; send a number or null")


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ProtocolError(f"the number {text[:24]} is too large for JSON")
    return value


def loads_json(raw: str | bytes) -> Any:
    """json.loads, refusing what Python reads but JSON has not: NaN, Infinity and numbers
    too large for a float (1e999). Stored, they would make every export invalid JSON.
    Raises ProtocolError (a ValueError) naming the problem."""
    return json.loads(raw, parse_constant=_refuse_constant, parse_float=_finite_float)
