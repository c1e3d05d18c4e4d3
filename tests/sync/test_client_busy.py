"""The sync engine against a real server forced into overload (one place, none to wait in):
it waits out 503 + Retry-After as told and finishes as a plain success; only when its time
budget runs out is the busy server an error, and then nothing was lost."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from helpers import peek_scalar
from linju_sync.client.transport import busy_wait, retry_after_seconds
from sync_support import District, HeldRequest, enrolled_store

from linju_desktop.services import sync as sync_service
from linju_desktop.store.database import Store


@pytest.fixture
def crowded(tmp_path: Path) -> Iterator[District]:
    d = District(tmp_path / "district", serve_args=("--max-in-flight", "1", "--max-waiting", "0"))
    d.start()
    try:
        yield d
    finally:
        d.stop()


def hold_the_place(district: District) -> HeldRequest:
    """Another station's request takes the server's only place and keeps it."""
    r = requests.post(
        district.url + "/api/v1/enroll",
        json={"code": district.enrollment_code(district.add_station("别的站")), "client_node": "x"},
        timeout=30,
    )
    held = HeldRequest(district.url, r.json()["token"])
    # the place is taken once a request of ours is turned away
    deadline = time.monotonic() + 20
    while requests.get(district.url + "/api/v1/checksums", timeout=30).status_code != 503:
        assert time.monotonic() < deadline, "the held request never took the place"
        time.sleep(0.05)
    return held


def station_with_work(folder: Path, district: District, n: int = 30) -> Store:
    store = enrolled_store(folder, district)
    with store.transaction():
        store.insert_many("members", [{"name": f"党员{i}", "status": "active"} for i in range(n)])
    return store


def test_a_busy_server_is_waited_out_and_the_sync_is_a_success(tmp_path, crowded):
    store = station_with_work(tmp_path / "station", crowded)
    held = hold_the_place(crowded)
    freed = threading.Timer(2.5, held.finish)  # the other station's request ends
    freed.start()
    report = sync_service.run_sync(store, backoff=0.0)
    freed.join()
    assert report.error is None, report.error
    assert report.fully_synced and report.result == "ok" and report.sent == 30
    assert report.busy_waits >= 1  # it was turned away, and waited
    last = sync_service.status(store).last
    assert last is not None and last["result"] == "ok"
    assert peek_scalar(store, "SELECT count(*) FROM change_log WHERE seq > ?",
                       (int(store.get_setting("sync_uploaded_seq", 0)),)) == 0  # fmt: skip


def test_past_its_budget_the_sync_stops_as_a_timeout_and_loses_nothing(tmp_path, crowded):
    store = station_with_work(tmp_path / "station", crowded)
    held = hold_the_place(crowded)
    try:
        report = sync_service.run_sync(store, backoff=0.0, budget=2.0)
        assert report.error is not None and report.error.code == "timeout"
        assert report.sent == 0 and report.busy_waits >= 1
    finally:
        assert held.finish() == 200
    again = sync_service.run_sync(store, backoff=0.0)
    assert again.fully_synced and again.sent == 30 and again.busy_waits == 0


def answer(status: int, headers: dict[str, str], body: bytes = b"{}") -> requests.Response:
    r = requests.Response()
    r.status_code = status
    r.headers.update(headers)
    r._content = body
    return r


def test_which_answers_are_busy_and_how_long_they_ask_to_wait():
    assert busy_wait(answer(503, {"Retry-After": "7"})) == 7
    busy = b'{"code": "station_busy", "params": {"retry_after": 3}}'
    assert busy_wait(answer(429, {"Retry-After": "3"}, busy)) == 3
    # the enrollment throttle's 429 is a refusal, not a busy server; nor is a bare 503
    assert busy_wait(answer(429, {"Retry-After": "900"}, b'{"detail": "too many"}')) is None
    assert busy_wait(answer(503, {})) is None
    assert busy_wait(answer(500, {"Retry-After": "1"})) is None
    assert retry_after_seconds("Wed, 21 Oct 2015 07:28:00 GMT") == 0  # in the past
    assert retry_after_seconds("soon") is None
