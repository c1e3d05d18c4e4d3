"""HTTP for the engine: gzip'd JSON bodies, bearer token, errors mapped to SyncError codes.

A busy server (503 "server_busy", or 429 "station_busy", with Retry-After; see
server/admission.py) is not a failure: the transport waits as told, a little longer at
random so that the stations it turned away do not all come back at the same instant, and
sends the same request again, for as long as the sync's time budget allows. Only when the
budget would run out is it an error ("timeout": try again later).
"""

from __future__ import annotations

import email.utils
import gzip
import json
import math
import random
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, is_dataclass
from typing import Any

import requests

from linju_sync.client.errors import SyncError

# Connect quickly or fail (an unplugged cable should not hang the window); reads may be
# slow on a 256 kbit/s link carrying a 256 KB batch.
TIMEOUT = (10.0, 120.0)
RETRYABLE = (502, 503, 504)
BUSY_CODES = ("server_busy", "station_busy")
JITTER = 0.5  # a busy wait is Retry-After times 1 to 1.5


def _jsonable(obj: Any) -> Any:
    if is_dataclass(obj) and not isinstance(obj, type):
        return asdict(obj)
    raise TypeError(f"not JSON: {type(obj)}")


def gzip_json(body: Any) -> bytes:
    """A request body as it goes on the wire: compact JSON, gzip'd."""
    raw = json.dumps(body, default=_jsonable, ensure_ascii=False, separators=(",", ":"))
    return gzip.compress(raw.encode("utf-8"), compresslevel=6)


class Transport:
    """One station's connection to the district server. The sync engine sends from two
    threads at once when the server takes requests in flight: the counters take a lock."""

    def __init__(
        self,
        base_url: str,
        token: str | None = None,
        session: requests.Session | None = None,
        *,
        retries: int = 2,
        backoff: float = 1.0,
        sleep: Callable[[float], None] = time.sleep,
        budget: float = 0.0,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.token = token
        self._own_session = session is None
        self.session = session or requests.Session()
        self.retries = retries
        self.backoff = backoff
        self._sleep = sleep
        # seconds this transport may spend waiting for a busy server (0: not at all)
        self.deadline = time.monotonic() + budget
        self.requests = 0
        self.bytes_up = 0
        self.bytes_down = 0
        self.busy_waits = 0  # busy answers waited out (not failures)
        self.busy_seconds = 0.0
        self._counting = threading.Lock()

    def close(self) -> None:
        """Close the connection pool if this transport made it (the caller owns theirs)."""
        if self._own_session:
            self.session.close()

    def _headers(self, extra: dict[str, str] | None = None) -> dict[str, str]:
        h = {"Accept-Encoding": "gzip", "Accept": "application/json"}
        if self.token:
            h["Authorization"] = f"Bearer {self.token}"
        if extra:
            h.update(extra)
        return h

    def post_json(self, path: str, body: Any) -> Any:
        return self.post_gzipped(path, gzip_json(body))

    def post_gzipped(self, path: str, data: bytes) -> Any:
        """POST a body gzip_json() made (the engine makes the next while one is out)."""
        resp = self.request(
            "POST",
            path,
            data=data,
            headers={"Content-Type": "application/json", "Content-Encoding": "gzip"},
        )
        return self.json_of(resp)

    def get_json(self, path: str) -> Any:
        return self.json_of(self.request("GET", path))

    def json_of(self, resp: requests.Response) -> Any:
        try:
            return resp.json()
        except ValueError as exc:
            raise SyncError("bad_response", detail=f"HTTP {resp.status_code}, not JSON") from exc

    def request(
        self,
        method: str,
        path: str,
        *,
        data: bytes | None = None,
        headers: dict[str, str] | None = None,
        ok: tuple[int, ...] = (200, 201, 204),
    ) -> requests.Response:
        """Send with a few retries on a broken link or a 502/503/504; every endpoint is
        idempotent (op ids, upload offsets), so a retry can never apply anything twice."""
        url = self.base_url + path
        attempt = 0
        while True:
            attempt += 1
            with self._counting:
                self.requests += 1
            try:
                resp = self.session.request(
                    method, url, data=data, headers=self._headers(headers), timeout=TIMEOUT
                )
                # raw length on the wire (before requests un-gzips it) when known
                down = int(resp.headers.get("Content-Length") or len(resp.content))
                with self._counting:
                    self.bytes_up += len(data or b"")
                    self.bytes_down += down
            except requests.Timeout as exc:
                if attempt <= self.retries:
                    self._sleep(self.backoff * attempt)
                    continue
                raise SyncError("timeout") from exc
            except (requests.ConnectionError, requests.exceptions.ChunkedEncodingError) as exc:
                if attempt <= self.retries:
                    self._sleep(self.backoff * attempt)
                    continue
                raise SyncError("unreachable", url=self.base_url) from exc
            except requests.RequestException as exc:
                raise SyncError("unreachable", url=self.base_url) from exc
            if resp.status_code in ok:
                return resp
            wait = busy_wait(resp)
            if wait is not None:
                wait *= 1 + random.random() * JITTER
                if time.monotonic() + wait <= self.deadline:
                    with self._counting:
                        self.busy_waits += 1
                        self.busy_seconds += wait
                    attempt -= 1  # not a failed attempt: the server asked for it
                    self._sleep(wait)
                    continue
                raise SyncError("timeout")  # busy for longer than this sync may wait
            if resp.status_code in RETRYABLE and attempt <= self.retries:
                self._sleep(self.backoff * attempt)
                continue
            raise error_for(resp)


def busy_wait(resp: requests.Response) -> float | None:
    """Seconds a busy answer asks the client to wait; None when the answer is not one."""
    if resp.status_code not in (429, 503):
        return None
    header = resp.headers.get("Retry-After")
    if header is None:
        return None
    if resp.status_code == 429:
        # the enrollment throttle answers 429 with Retry-After too: that one is an error
        try:
            body = resp.json()
        except ValueError:
            return None
        if not isinstance(body, dict) or body.get("code") not in BUSY_CODES:
            return None
    return retry_after_seconds(header)


def retry_after_seconds(value: str) -> float | None:
    """Retry-After as seconds: delta-seconds or an HTTP date (RFC 9110)."""
    value = value.strip()
    if value.isdigit():
        return float(min(int(value), 24 * 3600))
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        return None
    return max(0.0, math.ceil(when.timestamp() - time.time()))


def _reason(resp: requests.Response) -> str:
    try:
        body = resp.json()
    except ValueError:
        return resp.text[:200]
    if isinstance(body, dict):
        detail = body.get("detail", body.get("reason", body))
        if isinstance(detail, dict):
            detail = detail.get("reason") or detail.get("detail") or json.dumps(detail)
        return str(detail)[:300]
    return str(body)[:300]


def error_for(resp: requests.Response) -> SyncError:
    status = resp.status_code
    if status == 401:
        return SyncError("unauthorized")
    if status == 403:
        return SyncError("forbidden", reason=_reason(resp))
    if status == 426:
        return SyncError("protocol")
    if status >= 500:
        return SyncError("server_error", status=status)
    return SyncError("refused", status=status, reason=_reason(resp), server_code=_code(resp))


def _code(resp: requests.Response) -> str:
    """The reason code of a refusal (protocol.reasons), "" when it carries none."""
    try:
        body = resp.json()
    except ValueError:
        return ""
    code = body.get("code") if isinstance(body, dict) else None
    return code if isinstance(code, str) else ""
