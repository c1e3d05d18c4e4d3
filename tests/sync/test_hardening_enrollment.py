"""Enrollment codes, hardened: one code gives one token even when redeemed at once from
many computers; a code ends the station's other open codes; a code never undoes a
revocation or takes over an enrolled station unless the district issued it afterwards;
wrong guesses are throttled per address and never wait for (or take) the write lock."""

from __future__ import annotations

import http.client
import itertools
import json
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any
from urllib.parse import urlsplit

import pytest
import requests
from linju_sync.server.auth import EnrollThrottle, hash_secret, normalise_code
from sqlalchemy import create_engine, text

from tests.sync.conftest import ServerProc

# Every test speaks from addresses of its own (all of 127.0.0.0/8 is loopback), so the
# wrong guesses of one test never throttle another on the same server process.
_ADDRESSES = (f"127.0.{i // 200}.{i % 200 + 2}" for i in itertools.count(1))


def fresh_address() -> str:
    return next(_ADDRESSES)


def enroll(
    server: ServerProc, code: str, source: str, timeout: float = 10
) -> tuple[int, dict[str, Any], dict[str, str]]:
    """POST /api/v1/enroll from the given source address: (status, body, headers with
    lower-case names)."""
    url = urlsplit(server.base)
    conn = http.client.HTTPConnection(
        url.hostname or "127.0.0.1", url.port, timeout=timeout, source_address=(source, 0)
    )
    try:
        body = json.dumps({"code": code, "client_node": "abcdabcdabcdabcd"})
        conn.request("POST", "/api/v1/enroll", body, {"Content-Type": "application/json"})
        r = conn.getresponse()
        return r.status, json.loads(r.read() or b"{}"), {k.lower(): v for k, v in r.getheaders()}
    finally:
        conn.close()


@contextmanager
def engine_of(server: ServerProc) -> Iterator[Any]:
    engine = create_engine(server.url.replace("postgresql://", "postgresql+psycopg://"))
    try:
        yield engine
    finally:
        engine.dispose()


def plant_code(server: ServerProc, station_id: str, raw: str, created_at: str) -> str:
    """A code as an older server left it: open, and issued at `created_at`."""
    with engine_of(server) as engine, engine.begin() as c:
        c.execute(
            text(
                "INSERT INTO enrollment_codes (code_hash, station_id, created_at, expires_at) "
                "VALUES (:h, :s, :c, '2999-01-01T00:00:00Z')"
            ),
            {"h": hash_secret(normalise_code(raw)), "s": station_id, "c": created_at},
        )
    return raw


def status_of(server: ServerProc, token: str) -> int:
    r = requests.get(
        server.base + "/api/v1/status", headers={"Authorization": f"Bearer {token}"}, timeout=10
    )
    return r.status_code


# -- one code, one token ----------------------------------------------------------------------
def redeem_at_once(
    server: ServerProc, code: str, source: str, n: int
) -> list[tuple[int, dict[str, Any], dict[str, str]]]:
    """n computers redeem the same code at the same moment."""
    barrier = threading.Barrier(n)
    answers: list[tuple[int, dict[str, Any], dict[str, str]]] = []
    lock = threading.Lock()

    def redeem() -> None:
        barrier.wait()
        got = enroll(server, code, source, timeout=30)
        with lock:
            answers.append(got)

    threads = [threading.Thread(target=redeem) for _ in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return answers


def test_simultaneous_redemptions_of_one_code_issue_one_token(server):
    for _round in range(4):  # a race: several rounds make a lost one near certain
        sid = server.add_station("同时登记")
        code = server.last_line("enroll", sid)
        answers = redeem_at_once(server, code, fresh_address(), 8)
        statuses = sorted(a[0] for a in answers)
        assert statuses == [200] + [403] * 7, [a[1] for a in answers]
        assert all("already used" in a[1]["detail"] for a in answers if a[0] == 403)
        (token,) = [a[1]["token"] for a in answers if a[0] == 200]
        assert status_of(server, token) == 200


# -- a code ends the others -------------------------------------------------------------------
def test_issuing_a_code_voids_the_older_open_ones(server):
    sid = server.add_station("新码作废旧码")
    first = server.last_line("enroll", sid)
    res = server.cli("enroll", sid)
    second = res.stdout.strip().splitlines()[-1]
    assert "1 earlier open code(s) of this station voided" in res.stdout
    source = fresh_address()
    status, body, _ = enroll(server, first, source)
    assert status == 403 and "expired" in body["detail"]
    status, body, _ = enroll(server, second, source)
    assert status == 200 and body["station_id"] == sid


def test_redeeming_a_code_voids_the_stations_other_open_codes(server):
    sid = server.add_station("登记作废其余")
    code = server.last_line("enroll", sid)
    with engine_of(server) as engine, engine.connect() as c:
        issued = c.execute(
            text("SELECT created_at FROM enrollment_codes WHERE station_id = :s"), {"s": sid}
        ).scalar_one()
    # an older server let two codes stay open side by side, issued in the same second
    spare = plant_code(server, sid, "SPAR-ECOD-EWAS-OPEN", issued)
    source = fresh_address()
    status, body, _ = enroll(server, code, source)
    assert status == 200
    token = body["token"]
    status, body, _ = enroll(server, spare, source)
    assert status == 403 and "expired" in body["detail"]
    assert status_of(server, token) == 200  # the enrolled computer keeps its access


# -- a code never undoes a revocation or takes over an enrolled station ------------------------
def test_revoking_voids_the_open_codes_and_an_old_code_does_not_undo_it(server):
    st = server.enroll(server.add_station("停用后旧码"))
    spare = server.last_line("enroll", st.id)  # an open slip, issued before the revocation
    res = server.cli("revoke", st.id, "--reason", "电脑丢失")
    assert "1 open code(s) voided" in res.stdout
    source = fresh_address()
    status, body, _ = enroll(server, spare, source)
    assert status == 403, body
    assert status_of(server, st.token) == 401  # still revoked
    # a code the district issues after the revocation is the way back
    fresh = server.last_line("enroll", st.id)
    status, body, _ = enroll(server, fresh, source)
    assert status == 200 and status_of(server, body["token"]) == 200


def test_a_code_issued_before_the_last_enrolment_cannot_take_the_station_over(server):
    st = server.enroll(server.add_station("旧码接管"))
    old = plant_code(server, st.id, "OLDC-ODEB-EFOR-EENR", "2000-01-01T00:00:00Z")
    status, body, _ = enroll(server, old, fresh_address())
    assert status == 403
    assert "issued before" in body["detail"] and "new code" in body["detail"]
    assert status_of(server, st.token) == 200  # the enrolled computer was not replaced


def test_a_code_issued_before_the_revocation_does_not_clear_it(server):
    st = server.enroll(server.add_station("旧码解禁"))
    # planted after `revoke` (which voids what is open) but dated before it: an old code
    # an older server left open, or a backup restored over the voiding
    server.cli("revoke", st.id, "--reason", "离任")
    old = plant_code(server, st.id, "OLDC-ODEB-EFOR-EREV", "2000-01-01T00:00:00Z")
    status, body, _ = enroll(server, old, fresh_address())
    assert status == 403 and "revoked" in body["detail"] and "new code" in body["detail"]
    assert status_of(server, st.token) == 401
    r = requests.get(server.base + "/api/v1/status", headers=st.headers, timeout=10)
    assert "离任" in r.json()["detail"]


# -- throttling and the write lock ----------------------------------------------------------
def test_wrong_guesses_are_throttled_per_address(server):
    sid = server.add_station("猜码")
    code = server.last_line("enroll", sid)
    guesser, other = fresh_address(), fresh_address()
    for i in range(10):
        status, body, _ = enroll(server, f"WRON-GGUE-SS00-{i:04d}", guesser)
        assert status == 403 and "unknown" in body["detail"], i
    status, body, headers = enroll(server, "WRON-GGUE-SS00-0011", guesser)
    assert status == 429 and "too many" in body["detail"]
    assert int(headers["retry-after"]) > 0
    # even the right code waits now, from that address; nothing was used up
    status, body, _ = enroll(server, code, guesser)
    assert status == 429
    status, body, _ = enroll(server, code, other)
    assert status == 200 and body["station_id"] == sid


@contextmanager
def write_lock_held(server: ServerProc) -> Iterator[None]:
    """Someone else holds the database's write lock (readers still read)."""
    if server.url.startswith("sqlite"):
        conn = sqlite3.connect(server.url.removeprefix("sqlite:///"), isolation_level=None)
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        finally:
            conn.execute("ROLLBACK")
            conn.close()
        return
    with engine_of(server) as engine, engine.connect() as c:
        c.execute(text("LOCK TABLE enrollment_codes, stations IN EXCLUSIVE MODE"))
        try:
            yield
        finally:
            c.rollback()


def test_wrong_guesses_are_answered_without_the_write_lock(server):
    sid = server.add_station("锁外拒绝")
    code = server.last_line("enroll", sid)
    source = fresh_address()
    with write_lock_held(server):
        started = time.monotonic()
        for i in range(3):
            status, body, _ = enroll(server, f"LOCK-EDOU-TGUE-SS0{i}", source, timeout=8)
            assert status == 403 and "unknown" in body["detail"]
        assert time.monotonic() - started < 8
    status, _, _ = enroll(server, code, source)
    assert status == 200


def test_the_throttle_forgets_failures_after_its_window():
    now = [1000.0]
    throttle = EnrollThrottle(max_failures=2, window_seconds=60, clock=lambda: now[0])
    assert throttle.retry_after("a") == 0
    throttle.failed("a")
    throttle.failed("a")
    assert throttle.retry_after("a") == 60 and throttle.retry_after("b") == 0
    now[0] += 30
    assert throttle.retry_after("a") == 30
    now[0] += 31
    assert throttle.retry_after("a") == 0


def test_the_throttle_stays_bounded_under_many_addresses():
    throttle = EnrollThrottle(max_failures=1, window_seconds=60, max_addresses=100)
    for i in range(1000):
        throttle.failed(f"10.0.{i // 250}.{i % 250}")
    assert len(throttle) <= 100
    assert throttle.retry_after("10.0.3.249") > 0  # the newest are kept


@pytest.mark.parametrize("field", ["code", "client_node"])
def test_malformed_bodies_are_not_counted_as_guesses(server, field):
    source = fresh_address()
    url = urlsplit(server.base)
    for _ in range(12):
        conn = http.client.HTTPConnection(url.hostname or "", url.port, source_address=(source, 0))
        conn.request("POST", "/api/v1/enroll", json.dumps({"code": "x", field: 5}))
        assert conn.getresponse().status == 422
        conn.close()
    status, _, _ = enroll(server, "NOTA-REAL-CODE-0000", source)
    assert status == 403
