"""The sync contract's JSON, defined once: each message is a tree of specs from which come
its decoding (every fault a DecodeError with a reason code and parameters, never another
exception), its encoding, and its JSON Schema (the server's OpenAPI document shows it).

    POST /api/v1/sync   REQUEST -> RESPONSE

The response has two forms. The full form answers every operation, with the English text
of each reason besides its code ("reason"): stations from before codes read that. A request
with "compact": true gets the compact form: only the results that are not "ok" (how many
were left out is "ok"), reasons as codes only, and empty fields left out, so an upload of
small changes costs almost nothing on the way back. Bundles use the full form: the station
learns from it which queued operations a reply answers.

Unknown keys are ignored (a newer peer may add fields); missing optional ones take their
defaults.
"""

from __future__ import annotations

import math
import re
from dataclasses import replace
from typing import Any

from linju_sync.protocol.hlc import STAMP_SHAPE
from linju_sync.protocol.jsonspec import (
    HLC,
    MAX_COUNT,
    NAME_WORDS,
    Bool,
    Const,
    DecodeError,
    Derived,
    Field,
    Int,
    ListOf,
    MapOf,
    Nullable,
    OneOf,
    Record,
    Scalar,
    Text,
    _utf8,
)
from linju_sync.protocol.messages import (
    MAX_OPS_PER_BATCH,
    NAME,
    OP_ID,
    PROTOCOL_VERSION,
    ROW_ID,
    Checksum,
    FeedOperation,
    Operation,
    OpResult,
    SyncRequest,
    SyncResponse,
)

__all__ = ["MAX_COUNT", "DecodeError"]


# -- the messages -------------------------------------------------------------------------
_NAME = Text(NAME, NAME_WORDS)
_OP_ID = Text(OP_ID, "32 lower-case hex characters")
_ROW_ID = Text(ROW_ID, "1 to 64 letters, digits and hyphens (a UUID)")
_KIND = OneOf(("insert", "update", "tombstone"))
# What a station names itself by (its clock's node, its program): no control characters
# (PostgreSQL text cannot hold NUL; the station list and the logs show these).
_PRINTABLE = re.compile(r"[^\x00-\x1f\x7f-\x9f]*")
CLIENT_NODE = Text(_PRINTABLE, "printable text of at most 64 characters", 64)
CLIENT_APP = Text(_PRINTABLE, "printable text of at most 80 characters", 80)
SHA256_TEXT = Text(re.compile("[0-9a-f]{64}"), "a sha256 (64 lower-case hex characters)")
MAX_HASHES = 100_000


OPERATION = Record(
    (
        Field("op_id", _OP_ID),
        Field("table", _NAME),
        Field("row_id", _ROW_ID),
        Field("kind", _KIND),
        Field("hlc", HLC()),
        Field("prev_hlc", Nullable(HLC()), None),
        Field("changes", MapOf(Scalar())),
    ),
    Operation,
)
_KINDS = frozenset(_KIND.choices)
_MAX_CHANGES = MapOf(Scalar()).max_items


def _quick_operations(raw: list[Any]) -> list[Operation] | None:
    """OPERATION.decode of every item, by a quicker route for operations that are sound;
    None at the first thing it is not sure of (ListOfOperations then decodes the long way,
    which names the fault). What it takes, OPERATION takes to the same Operation."""
    op_id_ok, name_ok, row_ok, stamp_ok = (
        OP_ID.fullmatch, NAME.fullmatch, ROW_ID.fullmatch, STAMP_SHAPE.fullmatch
    )  # fmt: skip
    names: set[str] = set()  # field names already seen to be names
    out = []
    for r in raw:
        if type(r) is not dict:
            return None
        op_id, table, row_id = r.get("op_id"), r.get("table"), r.get("row_id")
        kind, hlc, prev, changes = r.get("kind"), r.get("hlc"), r.get("prev_hlc"), r.get("changes")
        if not (
            type(op_id) is str
            and op_id_ok(op_id)
            and type(table) is str
            and name_ok(table)
            and type(row_id) is str
            and row_ok(row_id)
            and type(kind) is str
            and kind in _KINDS
            and type(hlc) is str
            and stamp_ok(hlc)
            and (prev is None or (type(prev) is str and stamp_ok(prev)))
            and type(changes) is dict
            and len(changes) <= _MAX_CHANGES
        ):
            return None
        wide = []  # text that is not ASCII: one encode for all of it finds a lone surrogate
        for key, v in changes.items():
            if key not in names:
                if not name_ok(key):
                    return None
                names.add(key)
            t = type(v)
            if t is str:
                if not v.isascii():
                    wide.append(v)
            elif t is float:
                if not math.isfinite(v):
                    return None
            elif v is not None and t is not int:
                return None
        if wide and not _utf8("".join(wide)):
            return None
        out.append(Operation(op_id, table, row_id, kind, hlc, prev, changes))
    return out


class ListOfOperations(ListOf):
    """ListOf(OPERATION): the same answers and faults, decoded quickly when sound (a
    request carries up to 500 operations and the server checks each)."""

    def decode(self, raw: Any, path: str) -> list[Any]:
        if type(raw) is list and (self.max_items is None or len(raw) <= self.max_items):
            quick = _quick_operations(raw)
            if quick is not None:
                return quick
        return super().decode(raw, path)


def _request(max_ops: int | None) -> Record:
    return Record(
        (
            Field("protocol", Const(PROTOCOL_VERSION)),
            Field("operations", ListOfOperations(OPERATION, max_ops)),
            Field("upload_seq", Int(), 0),
            Field("download_cursor", Int(), 0),
            Field("client_time", Int(), 0),
            Field("client_node", CLIENT_NODE, ""),
            Field("want_checksums", Bool(), True),
            Field("client_app", CLIENT_APP, ""),
            Field("compact", Bool(), False),
            Field("after_seq", Nullable(Int()), None),
            Field("want_feed", Bool(), True),
        ),
        SyncRequest,
    )


REQUEST = _request(MAX_OPS_PER_BATCH)
_BUNDLE_REQUEST = _request(None)

CONFLICT = MapOf(
    Record(
        (
            Field("local", Scalar(), None),
            Field("server", Scalar(), None),
            Field("kept", Scalar(), None),
        )
    )
)


def _make_result(
    op_id: str,
    status: str,
    code: str,
    params: dict[str, Any],
    conflict: dict[str, Any] | None,
    reason: str,
) -> OpResult:
    if reason and not code:  # a server from before codes: its English text as it came
        code, params = "server_text", {"text": reason}
    return OpResult(op_id, status, code, params, conflict)  # type: ignore[arg-type]


RESULT = Record(
    (
        Field("op_id", _OP_ID),
        Field("status", OneOf(("ok", "duplicate", "mismatch", "rejected", "conflict"))),
        Field("code", Text(max_len=64, expected="a reason code"), ""),
        Field("params", MapOf(Scalar(), 20), dict),
        Field("conflict", Nullable(CONFLICT), None),
        Field("reason", Derived(), "", full_only=True),
    ),
    _make_result,
    sparse=True,
)

FEED_OPERATION = Record(
    (
        Field("seq", Int(1)),
        Field("op_id", _OP_ID),
        Field("table", _NAME),
        Field("row_id", _ROW_ID),
        Field("kind", _KIND),
        Field("hlc", HLC()),
        Field("changes", MapOf(Scalar())),
    ),
    FeedOperation,
)

CHECKSUM = Record(
    (Field("rows", Int()), Field("digest", Text(re.compile("[0-9a-f]{32}"), "32 hex digits"))),
    Checksum,
)

RESPONSE = Record(
    (
        Field("protocol", Int(0, 2**31)),
        Field("results", ListOf(RESULT), list),
        Field("operations", ListOf(FEED_OPERATION), list),
        Field("next_cursor", Int()),
        Field("has_more", Bool()),
        Field("server_time", Int()),
        Field("warnings", ListOf(Text(max_len=1000)), list),
        Field("checksums", Nullable(MapOf(CHECKSUM)), None),
        Field("ok", Nullable(Int()), None, compact_only=True),
        Field("pipeline", Int(0, 16), 0),
    ),
    SyncResponse,
)


# -- entry points ---------------------------------------------------------------------------
def decode_request(raw: Any, *, max_ops: int | None = MAX_OPS_PER_BATCH) -> SyncRequest:
    """A SyncRequest from its JSON; DecodeError (422, or 426 for another protocol version,
    which is checked first) on any fault. max_ops=None: any number of operations (a bundle
    carries a week's work in one request)."""
    if isinstance(raw, dict) and "protocol" in raw:
        Const(PROTOCOL_VERSION).decode(raw["protocol"], "protocol")
    known = {MAX_OPS_PER_BATCH: REQUEST, None: _BUNDLE_REQUEST}
    return (known.get(max_ops) or _request(max_ops)).decode(raw, "")


def encode_request(req: SyncRequest) -> dict[str, Any]:
    out = REQUEST.encode(req, compact=False)
    # the pipelining fields only when used: what every other request sends stays the same
    if req.after_seq is None:
        del out["after_seq"]
    if req.want_feed:
        del out["want_feed"]
    return out


def encode_response(resp: SyncResponse, *, compact: bool = False) -> dict[str, Any]:
    """The full form, or the compact one (only the results that are not "ok")."""
    if not compact:
        return RESPONSE.encode(resp, compact=False)
    left = [r for r in resp.results if r.status != "ok"]
    ok = len(resp.results) - len(left)
    return RESPONSE.encode(replace(resp, results=left, ok=ok), compact=True)


def decode_response(raw: Any, sent: list[Operation] | None = None) -> SyncResponse:
    """A SyncResponse from either form; DecodeError on any fault. Given the operations
    sent, a compact answer is expanded to a result for each of them (in the order sent)
    and checked to answer exactly those."""
    resp: SyncResponse = RESPONSE.decode(raw, "")
    if sent is not None:
        resp.results = expand_results(resp, sent)
    return resp


def expand_results(resp: SyncResponse, sent: list[Operation]) -> list[OpResult]:
    """Every operation sent with its result. The server answers them in the order sent;
    the compact form leaves out the "ok" ones and says how many it left out."""
    if resp.ok is None:
        missing = len({op.op_id for op in sent} - {r.op_id for r in resp.results})
        if missing:
            raise DecodeError("missing", path=f"results: {missing} operation(s)")
        return list(resp.results)
    out: list[OpResult] = []
    given = iter(resp.results)
    pending = next(given, None)
    for op in sent:
        if pending is not None and pending.op_id == op.op_id:
            out.append(pending)
            pending = next(given, None)
        else:
            out.append(OpResult(op.op_id, "ok"))
    if pending is not None:
        raise DecodeError("not_one_of", path="results.op_id", choices="the operations sent")
    expected = len(out) - len(resp.results)
    if resp.ok != expected:
        raise DecodeError("out_of_range", path="ok", low=expected, high=expected)
    return out


def encode_checksums(sums: dict[str, Checksum]) -> dict[str, Any]:
    return MapOf(CHECKSUM).encode(sums, compact=False)


# -- the OpenAPI side --------------------------------------------------------------------------
def request_schema() -> dict[str, Any]:
    return REQUEST.schema()


def response_schema() -> dict[str, Any]:
    return RESPONSE.schema()


def checksums_schema() -> dict[str, Any]:
    return {
        "type": "object",
        "required": ["tables"],
        "properties": {"tables": MapOf(CHECKSUM).schema()},
    }


def missing_blobs_schema() -> dict[str, Any]:
    """POST /api/v1/blobs/missing {"hashes": [sha256, ...]}."""
    return Record((Field("hashes", ListOf(SHA256_TEXT, MAX_HASHES)),)).schema()


PROBLEM_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["detail"],
    "properties": {
        "detail": {"type": "string"},
        "code": {"type": "string"},
        "params": {"type": "object"},
    },
}
