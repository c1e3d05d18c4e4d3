"""The HTTP API (FastAPI): see protocol/messages.py for the contract.

Every error is a 4xx JSON body {"detail": reason}: 400 malformed JSON, gzip or headers,
401 no or bad or revoked token, 403 bad enrollment code or another community's station,
404 unknown station, 409 wrong upload offset (header Upload-Offset tells the right one),
413 body over MAX_BODY_BYTES (after gunzip), 415 a body not sent as application/json or
a Content-Encoding other than gzip, 422 a body of the wrong shape (nothing applied), 426
another protocol version, 429 too many wrong enrollment codes from one address (header
Retry-After, seconds); a fault with a reason code (protocol.reasons) adds "code" and
"params". Under load (admission.py) 503 "server_busy", or 429 "station_busy" for one
station over its share, both with Retry-After: nothing was applied, send it again then. Bodies are read by hand (not by pydantic) so that size limits and gzip are checked
first; the OpenAPI schema still describes them, the sync routes' from protocol.codec.
"""

from __future__ import annotations

import json
import re
import zlib
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Annotated, Any, TypeVar

from fastapi import FastAPI, Header, Request, Response
from fastapi import Path as PathParam
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.responses import JSONResponse

from linju_sync.protocol import codec
from linju_sync.protocol.bundle import PublicKeys
from linju_sync.protocol.codec import PROBLEM_SCHEMA, DecodeError
from linju_sync.protocol.hlc import wall_millis
from linju_sync.protocol.messages import (
    MAX_BODY_BYTES,
    PROTOCOL_VERSION,
    SHA256,
    ProtocolError,
    loads_json,
)
from linju_sync.server import auth
from linju_sync.server.admission import Admission, Gate, Limits, busy_answer
from linju_sync.server.auth import AuthError
from linju_sync.server.blobs import BlobError, BlobStore
from linju_sync.server.bundles import district_keys
from linju_sync.server.db import Busy, Database
from linju_sync.server.ingest import RequestError, parse_request
from linju_sync.server.service import Server

T = TypeVar("T")

_KEYS_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["sign", "box"],
    "properties": {
        "sign": {"type": "string", "pattern": "^[0-9a-f]{64}$"},
        "box": {"type": "string", "pattern": "^[0-9a-f]{64}$"},
    },
}
_ENROLL_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["code"],
    "properties": {
        "code": {"type": "string"},
        "client_node": codec.CLIENT_NODE.schema(),
        "public_keys": _KEYS_SCHEMA,
    },
}
_REGISTER_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["public_keys"],
    "properties": {"public_keys": _KEYS_SCHEMA},
}
_ERRORS: dict[int | str, dict[str, Any]] = {
    c: {"description": d, "content": {"application/json": {"schema": PROBLEM_SCHEMA}}}
    for c, d in {
        400: "malformed",
        401: "no, unknown or revoked token",
        403: "refused",
        404: "unknown",
        409: "conflict (upload offset; a pipelined batch whose batch before never came)",
        413: "body too large",
        422: "wrong shape",
        426: "other protocol version",
        429: "too many wrong enrollment codes, or this station's share of the server taken "
        "(Retry-After)",
        503: "the server is busy (Retry-After); nothing was applied",
    }.items()
}
# Routes that read a body: also 415 (not JSON, or not gzip).
_BODY_ERRORS: dict[int | str, dict[str, Any]] = {
    **_ERRORS,
    415: {
        "description": "unsupported Content-Type or Content-Encoding",
        "content": {"application/json": {"schema": PROBLEM_SCHEMA}},
    },
}
# A byte count in a header: ASCII digits only ("²" is a digit to str.isdigit but not to
# int()), and few of them, so int() never meets its 4,300-digit limit. 19 digits hold
# every count a 64-bit column can.
_COUNT = re.compile(r"[0-9]{1,19}")
# A blob's hash in the path: the schema states the pattern; the route checks it itself (400).
Sha = Annotated[str, PathParam(json_schema_extra=codec.SHA256_TEXT.schema())]
# A chunk of a tus-style upload: read by hand (400 when absent or not a count), documented
# here as what they are.
_UPLOAD: dict[str, Any] = {
    "parameters": [
        {
            "name": name,
            "in": "header",
            "required": True,
            "description": words,
            "schema": {"type": "string", "pattern": f"^{_COUNT.pattern}$"},
        }
        for name, words in [
            ("Upload-Offset", "bytes already sent"),
            ("Upload-Length", "the file's size in bytes"),
        ]
    ],
    "requestBody": {
        "required": True,
        "content": {
            "application/offset+octet-stream": {"schema": {"type": "string", "format": "binary"}}
        },
    },
}


def _public_keys(body: Any, *, required: bool) -> PublicKeys | None:
    """The station's public bundle keys from a request body; 422 when malformed."""
    value = body.get("public_keys") if isinstance(body, dict) else None
    if value is None and not required:
        return None
    try:
        return PublicKeys.parse(value)
    except ValueError as exc:
        raise HTTPProblem(
            422, f'public_keys must be {{"sign": hex, "box": hex}} public keys: {exc}'
        ) from exc


def _json_body(schema: dict[str, Any]) -> dict[str, Any]:
    return {"requestBody": {"required": True, "content": {"application/json": {"schema": schema}}}}


def _answers(
    schema: dict[str, Any], errors: dict[int | str, dict[str, Any]]
) -> dict[int | str, Any]:
    """The route's documented answers: 200 with `schema`, and its errors."""
    ok = {"description": "OK", "content": {"application/json": {"schema": schema}}}
    return {200: ok, **errors}


class HTTPProblem(Exception):
    def __init__(
        self,
        status: int,
        reason: str,
        headers: dict[str, str] | None = None,
        code: str = "",
        params: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason
        self.headers = headers or {}
        self.code = code  # a code of protocol.reasons, when the fault has one
        self.params = params or {}


def header_count(value: str | None, name: str) -> int | None:
    """A header holding a number of bytes, as an int; None when absent. 400 otherwise."""
    if value is None:
        return None
    if not _COUNT.fullmatch(value):
        raise HTTPProblem(400, f"{name} must be a number of bytes (at most 19 digits 0-9)")
    return int(value)


async def read_body(request: Request, limit: int = MAX_BODY_BYTES) -> bytes:
    """The body, un-gzipped, refusing more than `limit` bytes before or after gunzip."""
    declared = header_count(request.headers.get("content-length"), "Content-Length")
    if declared is not None and declared > limit:
        raise HTTPProblem(413, f"the body is larger than {limit} bytes")
    buf = bytearray()
    async for chunk in request.stream():
        buf += chunk
        if len(buf) > limit:
            raise HTTPProblem(413, f"the body is larger than {limit} bytes")
    encoding = request.headers.get("content-encoding", "identity").strip().lower()
    if encoding in ("", "identity"):
        return bytes(buf)
    if encoding != "gzip":
        raise HTTPProblem(415, f"unsupported Content-Encoding {encoding!r}; use gzip")
    d = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = d.decompress(bytes(buf), limit + 1)
        if len(out) > limit or d.unconsumed_tail:
            raise HTTPProblem(413, f"the body is larger than {limit} bytes after gunzip")
        out += d.flush()
        if not d.eof:
            raise HTTPProblem(400, "the gzip body is truncated")
        if d.unused_data:
            # a second member or trailing bytes: not what any client of ours sends
            raise HTTPProblem(400, "there is data after the end of the gzip stream")
    except zlib.error as exc:
        raise HTTPProblem(400, f"the body is not valid gzip: {exc}") from exc
    if len(out) > limit:
        raise HTTPProblem(413, f"the body is larger than {limit} bytes after gunzip")
    return out


async def read_json(request: Request) -> Any:
    return json_of(await read_raw_json(request))


async def read_raw_json(request: Request) -> bytes:
    """The body of a JSON request, un-gzipped but not parsed (json_of parses it)."""
    # No Content-Type is taken as JSON (simple clients send none); another one is refused
    # before the body is read, so a form or a file is never parsed as a sync request.
    media = request.headers.get("content-type", "").split(";", 1)[0].strip().lower()
    if media and media != "application/json" and not media.endswith("+json"):
        raise HTTPProblem(415, f"send the body as application/json, not {media[:60]!r}")
    return await read_body(request)


def json_of(raw: bytes) -> Any:
    try:
        return loads_json(raw)
    except ProtocolError as exc:  # NaN, Infinity: JSON that Python would have taken
        raise HTTPProblem(422, f"the body is not acceptable JSON: {exc}") from exc
    except (ValueError, RecursionError) as exc:
        raise HTTPProblem(400, f"the body is not valid JSON: {str(exc)[:120]}") from exc


async def told_later(reading: Awaitable[T]) -> T | HTTPProblem:
    """What `reading` gives, or the fault it found (sound() raises it later)."""
    try:
        return await reading
    except HTTPProblem as exc:
        return exc


def sound(got: T | HTTPProblem) -> T:
    if isinstance(got, HTTPProblem):
        raise got
    return got


def json_response(content: Any) -> Response:
    """A JSON answer serialised by the caller (in a worker thread, not on the event loop;
    FastAPI's own path would also walk the whole answer once more to encode it)."""
    raw = json.dumps(content, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
    return Response(raw.encode("utf-8"), media_type="application/json")


def create_app(db: Database, data_dir: Path, limits: Limits | None = None) -> FastAPI:
    server = Server(db, data_dir)
    store = BlobStore(db, data_dir)
    app = FastAPI(
        title="Linju district server",
        version=str(PROTOCOL_VERSION),
        description="Sync API for Linju stations (see linju_sync.protocol.messages).",
    )
    app.add_middleware(GZipMiddleware, minimum_size=500)
    # Outermost: a busy answer costs no body read, no parse, no database.
    gate = Gate(limits or Limits.for_engine(db.is_sqlite))
    app.add_middleware(Admission, gate=gate)
    app.state.server = server
    app.state.gate = gate

    @app.exception_handler(HTTPProblem)
    async def _problem(_request: Request, exc: HTTPProblem) -> JSONResponse:
        body: dict[str, Any] = {"detail": exc.reason}
        if exc.code:
            body.update(code=exc.code, params=exc.params)
        return JSONResponse(body, exc.status, headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        return JSONResponse({"detail": str(exc.errors())[:500]}, 422)

    async def work(fn: Callable[..., T], *args: Any) -> T:
        """Run blocking database work off the event loop, mapping errors to 4xx."""
        try:
            return await run_in_threadpool(fn, *args)
        except AuthError as exc:
            headers = {"WWW-Authenticate": "Bearer"} if exc.status == 401 else None
            raise HTTPProblem(exc.status, exc.reason, headers) from exc
        except RequestError as exc:
            raise HTTPProblem(exc.status, exc.reason, None, exc.code, exc.params) from exc
        except Busy as exc:  # a lock not had in time: as the gate answers, never a 500
            wait = gate.retry_after()
            status, body = busy_answer("server_busy", wait)
            raise HTTPProblem(
                status, body["detail"], {"Retry-After": str(wait)}, body["code"], body["params"]
            ) from exc

    def station_of(authorization: str | None) -> auth.Station:
        with db.read() as conn:
            return auth.station_for(conn, authorization)

    # The station API's busy routes make one trip to a worker thread each (a trip costs
    # ~0.2 ms of CPU; a district's Monday morning is ten thousand requests): the body is
    # read first, and a fault found in it is told only after the token is checked, so a
    # stranger still hears 401 whatever he sent.

    # -- enrollment -----------------------------------------------------------------
    throttle = auth.EnrollThrottle()

    @app.post("/api/v1/enroll", openapi_extra=_json_body(_ENROLL_SCHEMA), responses=_BODY_ERRORS)
    async def enroll(request: Request) -> dict[str, Any]:
        address = request.client.host if request.client else "?"
        wait = throttle.retry_after(address)
        if wait:
            raise HTTPProblem(
                429,
                f"too many wrong enrollment codes from this address; try again in "
                f"{max(1, round(wait / 60))} minute(s)",
                {"Retry-After": str(wait)},
            )
        body = await read_json(request)
        if not isinstance(body, dict) or not isinstance(body.get("code"), str):
            raise HTTPProblem(422, "send {'code': str, 'client_node': str}")
        try:  # no NUL (PostgreSQL text cannot hold it), no lone surrogate: as in a sync
            node = codec.CLIENT_NODE.decode(body.get("client_node", ""), "client_node")
        except DecodeError as exc:
            raise HTTPProblem(422, str(exc), None, exc.code, exc.params) from exc
        keys = _public_keys(body, required=False)  # checked before the code is spent

        def run() -> dict[str, Any]:
            try:
                # A wrong guess is answered from a read transaction: a flood of them
                # never waits for, nor holds, the write lock. Only a valid code goes on.
                with db.read() as conn:
                    ok = auth.check_code(conn, body["code"])
                with db.write(ok.station_id) as conn:
                    st, token = auth.redeem(conn, body["code"], node, keys)
            except AuthError:
                throttle.failed(address)
                raise
            return {
                "station_id": st.id,
                "station_name": st.name,
                "token": token,
                "district_keys": district_keys(data_dir).public().as_json(),
            }

        return await work(run)

    @app.post("/api/v1/keys", openapi_extra=_json_body(_REGISTER_SCHEMA), responses=_BODY_ERRORS)
    async def register_keys(
        request: Request, authorization: str | None = Header(default=None)
    ) -> dict[str, Any]:
        """A station enrolled before bundle keys registers its public keys (once)."""
        station = await work(station_of, authorization)
        keys = _public_keys(await read_json(request), required=True)
        assert keys is not None

        def run() -> dict[str, Any]:
            with db.write(station.id) as conn:
                now = auth.get_station(conn, station.id)
                assert now is not None
                auth.register_keys(conn, now, keys)
            return {"district_keys": district_keys(data_dir).public().as_json()}

        return await work(run)

    # -- sync --------------------------------------------------------------------------
    @app.post(
        "/api/v1/sync",
        openapi_extra=_json_body(codec.request_schema()),
        response_model=None,
        responses=_answers(codec.response_schema(), _BODY_ERRORS),
    )
    async def sync(request: Request, authorization: str | None = Header(default=None)) -> Response:
        # held in a list that run() empties: the body's bytes (a MB of JSON) are not kept
        # while the batch is applied (a process has 8 of them at once in a burst)
        held = [await told_later(read_raw_json(request))]

        def run() -> Response:
            station = station_of(authorization)
            # parsed here, inside the admission bound and off the event loop; the lock
            # (Server.sync) is taken only once the whole request is known to be sound
            req = parse_request(json_of(sound(held.pop())))
            return json_response(server.sync(station.id, req))

        return await work(run)

    @app.get(
        "/api/v1/checksums",
        response_model=None,
        responses=_answers(codec.checksums_schema(), _ERRORS),
    )
    async def checksums(authorization: str | None = Header(default=None)) -> dict[str, Any]:
        station = await work(station_of, authorization)
        return {"tables": await work(server.checksums, station.id)}

    @app.get("/api/v1/status", responses=_ERRORS)
    async def status(authorization: str | None = Header(default=None)) -> dict[str, Any]:
        """Without a token: the server answers (a reachability probe). With one: whose."""
        out: dict[str, Any] = {
            "station_id": None,
            "station_name": None,
            "server_time": wall_millis(),
            "protocol": PROTOCOL_VERSION,
        }
        if authorization is not None:
            station = await work(station_of, authorization)
            out.update(station_id=station.id, station_name=station.name)
        return out

    # -- blobs -------------------------------------------------------------------------
    def _sha(sha: str) -> str:
        if not SHA256.fullmatch(sha):
            raise HTTPProblem(400, "not a sha256 (64 lower-case hex characters)")
        return sha

    @app.post(
        "/api/v1/blobs/missing",
        openapi_extra=_json_body(codec.missing_blobs_schema()),
        responses=_BODY_ERRORS,
    )
    async def blobs_missing(
        request: Request, authorization: str | None = Header(default=None)
    ) -> dict[str, Any]:
        raw = await told_later(read_raw_json(request))

        def run() -> dict[str, Any]:
            station = station_of(authorization)
            body = json_of(sound(raw))
            hashes = body.get("hashes") if isinstance(body, dict) else None
            if not isinstance(hashes, list) or len(hashes) > codec.MAX_HASHES:
                raise HTTPProblem(422, "send {'hashes': [sha256, ...]}")
            if not all(isinstance(h, str) and SHA256.fullmatch(h) for h in hashes):
                raise HTTPProblem(422, "every hash must be 64 lower-case hex characters")
            return {"missing": store.missing(station.id, hashes)}

        return await work(run)

    @app.head(
        "/api/v1/blobs/{sha}",
        response_class=Response,
        responses={200: {"description": "Upload-Offset: the bytes the server holds"}, **_ERRORS},
    )
    async def blob_offset(sha: Sha, authorization: str | None = Header(default=None)) -> Response:
        station = await work(station_of, authorization)
        st = await work(store.state, station.id, _sha(sha))
        headers = {"Upload-Offset": str(st.received), "Cache-Control": "no-store"}
        if st.length is not None:
            headers["Upload-Length"] = str(st.length)
        return Response(status_code=200, headers=headers)

    @app.patch(
        "/api/v1/blobs/{sha}",
        response_class=Response,
        status_code=204,
        responses=_BODY_ERRORS,
        openapi_extra=_UPLOAD,
    )
    async def blob_chunk(
        sha: Sha, request: Request, authorization: str | None = Header(default=None)
    ) -> Response:
        async def chunk_of() -> tuple[int, int, bytes]:
            _sha(sha)
            offset = header_count(request.headers.get("upload-offset"), "Upload-Offset")
            if offset is None:
                raise HTTPProblem(400, "Upload-Offset header (bytes already sent) is required")
            length = header_count(request.headers.get("upload-length"), "Upload-Length")
            if length is None:
                raise HTTPProblem(400, "Upload-Length header (total bytes) is required")
            return offset, length, await read_body(request)

        got = await told_later(chunk_of())

        def run() -> int:
            station = station_of(authorization)
            offset, length, chunk = sound(got)
            try:
                return store.patch(station.id, sha, offset, length, chunk)
            except BlobError as exc:
                headers = {} if exc.offset is None else {"Upload-Offset": str(exc.offset)}
                raise HTTPProblem(exc.status, exc.reason, headers) from exc

        offset = await work(run)
        return Response(status_code=204, headers={"Upload-Offset": str(offset)})

    # -- community accounts (read only) ----------------------------------------------
    def community_of(authorization: str | None) -> str:
        with db.read() as conn:
            return auth.community_for(conn, authorization)

    @app.get("/api/v1/community/stations", responses=_ERRORS)
    async def community_stations(
        authorization: str | None = Header(default=None),
    ) -> dict[str, Any]:
        community = await work(community_of, authorization)
        return {
            "community": community,
            "stations": await work(server.station_summaries, community),
        }

    @app.get("/api/v1/community/stations/{station_id}/export", responses=_ERRORS)
    async def community_export(
        station_id: str, authorization: str | None = Header(default=None)
    ) -> dict[str, Any]:
        community = await work(community_of, authorization)

        def run() -> dict[str, Any]:
            with db.read() as conn:
                st = auth.get_station(conn, station_id)
            # same answer for "no such station" and "not yours": nothing to probe
            if st is None or st.community != community:
                raise AuthError(403, "this station is not under your community")
            return server.export(station_id)

        return await work(run)

    from linju_sync.server.web.app import mount

    mount(app, server)
    return app


def app_from_environment() -> FastAPI:
    """The app of one worker process of `linju-server serve --workers N`."""
    import os

    from linju_sync.server.db import default_url

    data_dir = Path(os.environ["LINJU_SERVER_DATA"])
    url = os.environ.get("LINJU_DATABASE_URL") or default_url(data_dir)
    db = Database(url)
    return create_app(db, data_dir, Limits.from_environment(db.is_sqlite))
