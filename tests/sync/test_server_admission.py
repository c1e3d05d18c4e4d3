"""Admission control (server/admission.py) on a real server process: a server at its bound
answers 503 "server_busy" (or 429 "station_busy" for one station over its share) with
Retry-After, never 500, and reads nothing of what it turns away; the waits on the database's
locks are bounded (Database.write raises Busy, which the API answers as busy)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from linju_sync.server.db import Busy, Database
from sync_support import HeldRequest

from tests.sync.conftest import BACKENDS, ServerProc, database_url


@pytest.fixture(scope="module")
def tight(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProc]:
    """Two places, one waiting place, three seconds of waiting at most."""
    data = tmp_path_factory.mktemp("tight")
    proc = ServerProc(data, f"sqlite:///{data / 'server.sqlite3'}")
    proc.cli("init")
    proc.start("--max-in-flight", "2", "--max-waiting", "1", "--max-wait", "3")
    try:
        yield proc
    finally:
        proc.stop()


def until(status: int, send, seconds: float = 20.0) -> requests.Response:
    """Send until the answer has `status` (the held requests reach the gate a little after
    their bytes leave this process); every other answer must be a plain success."""
    deadline = time.monotonic() + seconds
    while True:
        r = send()
        if r.status_code == status:
            return r
        assert r.status_code == 200, r.text
        assert time.monotonic() < deadline, f"never {status}"
        time.sleep(0.05)


def check_busy(r: requests.Response, status: int, code: str) -> None:
    assert r.status_code == status, r.text
    wait = r.headers["Retry-After"]
    assert wait.isdigit() and 1 <= int(wait) <= 60
    body = r.json()
    assert body["code"] == code and body["params"] == {"retry_after": int(wait)}
    assert "try again in" in body["detail"]


def test_a_server_at_its_bound_answers_busy_with_retry_after(tight: ServerProc):
    a, b, c = (tight.enroll(tight.add_station(f"站{i}")) for i in range(3))
    held = [HeldRequest(tight.base, a.token, a.node) for _ in range(2)]  # both places
    # a third request of the same station: over its share, 429
    check_busy(until(429, lambda: a.post(a.body([]))), 429, "station_busy")
    # another station waits for a place (the one waiting place)...
    waited: list[requests.Response] = []
    waiter = threading.Thread(target=lambda: waited.append(b.post(b.body([]))))
    waiter.start()
    # ...and a third station finds no place to wait: 503 at once, its body never read
    check_busy(until(503, lambda: c.post(c.body([c.op("members", {"name": "王五"})]))), 503,
               "server_busy")  # fmt: skip
    waiter.join(30)
    # nobody freed a place within --max-wait 3: the waiting request is told to come back
    check_busy(waited[0], 503, "server_busy")
    assert [h.finish() for h in held] == [200, 200]
    # the places are free again: the refused upload goes through, exactly once
    op = c.op("members", {"name": "王五"})
    assert c.sync([op])["results"][0]["status"] == "ok"
    assert c.sync([op])["results"][0]["status"] == "duplicate"
    assert "Exception in ASGI application" not in tight.log()


def test_a_waiting_request_goes_on_when_a_place_frees(tight: ServerProc):
    a, b = (tight.enroll(tight.add_station(f"等{i}")) for i in range(2))
    held = [HeldRequest(tight.base, a.token, a.node) for _ in range(2)]
    check_busy(until(429, lambda: a.post(a.body([]))), 429, "station_busy")  # both admitted
    done: list[requests.Response] = []
    op = b.op("members", {"name": "李四"})
    waiter = threading.Thread(target=lambda: done.append(b.post(b.body([op]))))
    waiter.start()
    time.sleep(0.5)
    assert not done  # it waits for a place...
    assert held[0].finish() == 200  # ...and takes the one freed
    waiter.join(30)
    assert done[0].status_code == 200, done[0].text
    assert done[0].json()["results"][0]["status"] == "ok"
    assert held[1].finish() == 200


def test_the_status_probe_is_never_turned_away(tight: ServerProc):
    a = tight.enroll(tight.add_station("探"))
    held = [HeldRequest(tight.base, a.token, a.node) for _ in range(2)]
    until(429, lambda: a.post(a.body([])))
    assert requests.get(tight.base + "/api/v1/status", timeout=10).status_code == 200
    assert [h.finish() for h in held] == [200, 200]


# -- bounded waits on the database's locks --------------------------------------------------
@pytest.fixture(params=BACKENDS)
def db_and_station(
    request: pytest.FixtureRequest, tmp_path: Path
) -> Iterator[tuple[Database, str]]:
    from linju_sync.server import auth

    url, pg = database_url(request.param, tmp_path)
    db = Database(url, write_wait=0.5)
    with db.write() as conn:
        sid = auth.add_station(conn, "锁", "")
    try:
        yield db, sid
    finally:
        db.dispose()
        if pg is not None:
            pg.drop()


def test_a_write_waits_for_its_lock_a_bounded_time(db_and_station: tuple[Database, str]):
    db, sid = db_and_station
    holding, release = threading.Event(), threading.Event()

    def hold() -> None:
        with db.write(sid):
            holding.set()
            release.wait(20)

    t = threading.Thread(target=hold)
    t.start()
    try:
        assert holding.wait(20)
        started = time.monotonic()
        with pytest.raises(Busy), db.write(sid):
            pass
        assert time.monotonic() - started < 10
    finally:
        release.set()
        t.join(20)
    with db.write(sid):  # and the lock is had again once it is free
        pass


def test_pg_writers_of_different_stations_do_not_wait_for_each_other(tmp_path: Path):
    url, pg = database_url("postgresql", tmp_path)
    from linju_sync.server import auth

    db = Database(url, write_wait=2.0)
    try:
        with db.write() as conn:
            one, two = auth.add_station(conn, "甲", ""), auth.add_station(conn, "乙", "")
        with db.write(one):
            started = time.monotonic()
            with db.write(two):  # another station: no wait at all
                pass
            assert time.monotonic() - started < 1.5
    finally:
        db.dispose()
        assert pg is not None
        pg.drop()
