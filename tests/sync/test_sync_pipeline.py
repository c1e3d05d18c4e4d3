"""Sync requests in flight at once (protocol.messages, "Requests in flight"): a real server
process on loopback (SQLite, and PostgreSQL when LINJU_TEST_PG_URL is set), real station
files. The server applies a station's batches in upload order whatever order they arrive
in, answers 409 "predecessor_missing" when the batch before never comes, and the client
pipelines only when told it may, recovers from that 409, and survives being killed with
everything landing exactly once."""

from __future__ import annotations

import dataclasses
import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
import requests
from helpers import peek_rows
from linju_sync.server.db import Database
from netproxy import NetProxy
from sqlalchemy import text
from sync_support import Counter, District, comparable, enrolled_store

from linju_desktop.services import demo
from linju_desktop.services import sync as sync_service
from linju_desktop.services.exporting import export_all
from linju_desktop.services.sync_store import SqliteStationStore
from linju_desktop.store.database import Store
from tests.sync.conftest import BACKENDS, ServerProc, Station, database_url, running_server

WAIT_S = 2  # the server's wait for a batch that does not come (LINJU_PIPELINE_WAIT_S)


def query(url: str, sql: str, **params: Any) -> list[tuple[Any, ...]]:
    db = Database(url, migrate=False)
    try:
        with db.read() as c:
            return [tuple(r) for r in c.execute(text(sql), params).all()]
    finally:
        db.dispose()


@pytest.fixture(scope="module", params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(scope="module")
def server(backend: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProc]:
    data = tmp_path_factory.mktemp(f"pipeline-{backend}")
    with running_server(data, backend, {"LINJU_PIPELINE_WAIT_S": str(WAIT_S)}) as proc:
        yield proc


def members(st: Station, n: int, tag: str) -> list[dict[str, Any]]:
    return [st.op("members", {"name": f"{tag}{i}", "status": "active"}) for i in range(n)]


def ahead(st: Station, ops: list[dict[str, Any]], after: int, upto: int) -> dict[str, Any]:
    """A pipelined batch: the one before it ended at `after`."""
    return st.body(ops, upload_seq=upto, after_seq=after, want_feed=False, want_checksums=False)


def order_applied(server: ServerProc, station_id: str) -> list[int]:
    """ops_in of the station's requests, in the order the server applied them."""
    got = query(server.url, "SELECT ops_in FROM sync_log WHERE station_id = :s ORDER BY id",
                s=station_id)  # fmt: skip
    return [r[0] for r in got]


def mark(server: ServerProc, station: Station) -> int | None:
    got = query(server.url, "SELECT upload_seq FROM upload_marks WHERE station_id = :s "
                "AND client_node = :n", s=station.id, n=station.node)  # fmt: skip
    return got[0][0] if got else None


def applied_ids(url: str, station_id: str) -> dict[str, str]:
    got = query(url, "SELECT op_id, status FROM applied_ops WHERE station_id = :s", s=station_id)
    return dict(got)  # type: ignore[arg-type]


# -- the server ------------------------------------------------------------------------------
def test_a_batch_that_arrives_first_waits_for_the_one_before(server):
    st = server.enroll(server.add_station())
    first, second = members(st, 3, "甲"), members(st, 2, "乙")
    with ThreadPoolExecutor(1) as pool:
        early = pool.submit(st.post, ahead(st, second, after=10, upto=20))
        time.sleep(WAIT_S / 2)
        assert not early.done()  # waiting at the server for the batch up to change 10
        r = st.post(st.body(first, upload_seq=10))
        assert r.status_code == 200, r.text
        assert r.json()["pipeline"] == 2  # the capability, in every answer
        late = early.result(timeout=30)
    assert late.status_code == 200, late.text
    body = late.json()
    assert [x["status"] for x in body["results"]] == ["ok", "ok"]
    assert body["operations"] == [] and body["checksums"] is None  # the last one downloads
    assert order_applied(server, st.id) == [3, 2]
    assert mark(server, st) == 20


def test_a_missing_batch_before_is_409_with_nothing_applied(server):
    st = server.enroll(server.add_station())
    first, second = members(st, 2, "丙"), members(st, 2, "丁")
    t0 = time.monotonic()
    r = st.post(ahead(st, second, after=5, upto=9))
    assert WAIT_S * 0.9 <= time.monotonic() - t0 < WAIT_S + 10
    assert r.status_code == 409
    assert (r.json()["code"], r.json()["params"]) == ("predecessor_missing", {"after_seq": 5})
    assert applied_ids(server.url, st.id) == {} and order_applied(server, st.id) == []
    # the client sends both again, in order: each applied once, as new
    assert st.post(st.body(first, upload_seq=5)).status_code == 200
    again = st.post(ahead(st, second, after=5, upto=9))
    assert [x["status"] for x in again.json()["results"]] == ["ok", "ok"]
    assert set(applied_ids(server.url, st.id)) == {op["op_id"] for op in first + second}


def test_a_request_without_after_seq_is_applied_at_once_and_sets_the_mark(server):
    st = server.enroll(server.add_station())
    assert st.post(st.body(members(st, 1, "戊"), upload_seq=50)).status_code == 200
    assert mark(server, st) == 50
    # a sync's first request (or a restored station's) sets the mark back; a pipelined
    # repeat of an earlier batch does not
    assert st.post(st.body(members(st, 1, "己"), upload_seq=7)).status_code == 200
    assert mark(server, st) == 7
    assert st.post(ahead(st, members(st, 1, "庚"), after=7, upto=9)).status_code == 200
    assert st.post(ahead(st, [], after=3, upto=4)).status_code == 200
    assert mark(server, st) == 9


def test_want_feed_false_sends_no_feed_and_old_requests_still_get_it(server):
    st = server.enroll(server.add_station())
    server.cli("dispatch", st.id, "--resident", "王大妈", "--description", "楼道灯坏了",
               "--category", "环境卫生")  # fmt: skip
    quiet = st.post(ahead(st, [], after=0, upto=0)).json()
    assert quiet["operations"] == [] and quiet["next_cursor"] == 0 and not quiet["has_more"]
    old = st.sync([])  # a request as stations before pipelining send it
    assert len(old["operations"]) == 1 and st.cursor > 0


@pytest.mark.postgresql
def test_two_server_processes_apply_in_order(tmp_path):
    """The batch before goes to one process, the one after to another: the second waits by
    polling the mark in the database."""
    url, pg = database_url("postgresql", tmp_path)
    one, two = ServerProc(tmp_path, url), ServerProc(tmp_path, url)
    one.cli("init")
    one.start()
    two.start()
    try:
        st = one.enroll(one.add_station())
        first, second = members(st, 4, "辛"), members(st, 3, "壬")
        on_two = dataclasses.replace(st, server=two)
        with ThreadPoolExecutor(1) as pool:
            early = pool.submit(on_two.post, ahead(st, second, after=40, upto=70))
            time.sleep(1.0)
            assert not early.done()
            assert st.post(st.body(first, upload_seq=40)).status_code == 200
            assert early.result(timeout=60).status_code == 200
        assert order_applied(one, st.id) == [4, 3]
    finally:
        one.stop()
        two.stop()
        assert pg is not None
        pg.drop()


# -- the client ------------------------------------------------------------------------------
@pytest.fixture(params=BACKENDS)
def district(request, tmp_path: Path, monkeypatch) -> Iterator[District]:
    url, pg = database_url(request.param, tmp_path)
    monkeypatch.setenv("LINJU_PIPELINE_WAIT_S", str(WAIT_S))
    d = District(tmp_path / "district", None if pg is None else url)
    d.start()
    try:
        yield d
    finally:
        d.stop()
        if pg is not None:
            pg.drop()


class Watch(Counter):
    """Counter plus what each sync request asked and each answer's status."""

    def __init__(self) -> None:
        super().__init__()
        self.bodies: list[dict[str, Any]] = []
        self.statuses: list[int] = []
        self.session.hooks["response"].insert(0, self._watch)

    def _watch(self, resp: requests.Response, *args: Any, **kwargs: Any) -> requests.Response:
        if resp.request.path_url.endswith("/api/v1/sync"):
            import gzip

            self.bodies.append(json.loads(gzip.decompress(resp.request.body)))  # type: ignore[arg-type]
            self.statuses.append(resp.status_code)
        return resp


def station_with_work(tmp_path: Path, district: District, n: int = 1300) -> tuple[Store, str]:
    sid = district.add_station()
    store = enrolled_store(tmp_path / "station", district, sid)
    with store.transaction():
        store.insert_many("members", [{"name": f"党员{i}", "status": "active"} for i in range(n)])
    return store, sid


def landed_exactly_once(tmp_path: Path, district: District, store: Store, sid: str) -> None:
    """Every local operation is at the server once, applied as itself, and the district's
    rows are the station's."""
    mine = {r["op_id"] for r in peek_rows(store, "SELECT op_id FROM change_log")}
    theirs = applied_ids(district.db_url, sid)
    assert set(theirs) == mine
    assert set(theirs.values()) == {"ok"}
    export_all(store, tmp_path / "station.json")
    local = json.loads((tmp_path / "station.json").read_text(encoding="utf-8"))
    assert comparable(district.export(sid, tmp_path / "district.json")) == comparable(local)


def run(store: Store, watch: Watch, **opts: Any) -> sync_service.SyncReport:
    return sync_service.run_sync(store, session=watch.session, backoff=0.0, **opts)


def test_the_client_pipelines_when_the_server_announces_it(tmp_path, district):
    store, sid = station_with_work(tmp_path, district)
    watch = Watch()
    report = run(store, watch, max_ops=100)
    assert report.fully_synced, report.error
    first, *rest = watch.bodies
    assert "after_seq" not in first  # the first goes alone: the server has not said yet
    # each names where the one before it ended
    assert [b["after_seq"] for b in rest] == [b["upload_seq"] for b in watch.bodies[:-1]]
    assert [b.get("want_feed", True) for b in rest] == [False] * (len(rest) - 1) + [True]
    assert [b["want_checksums"] for b in watch.bodies][-1]
    assert len(watch.bodies) == 13  # as many requests as one at a time
    landed_exactly_once(tmp_path, district, store, sid)


def test_the_client_sends_one_at_a_time_when_the_server_does_not_pipeline(
    tmp_path, district, monkeypatch
):
    district.stop()
    monkeypatch.setenv("LINJU_PIPELINE_DEPTH", "0")  # answers as a server before pipelining
    district.start()
    store, sid = station_with_work(tmp_path, district, 700)
    watch = Watch()
    assert run(store, watch, max_ops=100).fully_synced
    assert len(watch.bodies) == 7
    assert not any("after_seq" in b or "want_feed" in b for b in watch.bodies)
    landed_exactly_once(tmp_path, district, store, sid)


class OnSyncPost(requests.Session):
    """A link that does something to the n-th sync request (counted from 1): see on()."""

    def __init__(self, n: int) -> None:
        super().__init__()
        self.n = n
        self.sync_posts = 0
        self.lock = threading.Lock()

    def on(self, request: requests.PreparedRequest) -> requests.Response | None:
        """What the link does to the n-th sync request; an answer, or None to send it."""
        raise NotImplementedError

    def send(self, request: requests.PreparedRequest, **kwargs: Any) -> requests.Response:
        if request.path_url.endswith("/api/v1/sync"):
            with self.lock:
                self.sync_posts += 1
                n = self.sync_posts
            if n == self.n and (answer := self.on(request)) is not None:
                return answer
        return super().send(request, **kwargs)


class SlowSecond(OnSyncPost):
    """A link on which the second sync request is held up longer than the server waits
    for it, so the third arrives first, waits, and is answered 409."""

    def __init__(self) -> None:
        super().__init__(2)

    def on(self, request: requests.PreparedRequest) -> requests.Response | None:
        time.sleep(WAIT_S + 2)
        return None


def test_a_409_sends_again_from_the_committed_cursors(tmp_path, district):
    store, sid = station_with_work(tmp_path, district, 500)
    watch = Watch()
    watch.session = SlowSecond()
    watch.session.hooks["response"] = [watch._watch, watch._hook]
    report = run(store, watch, max_ops=100)
    assert report.fully_synced, report.error
    assert 409 in watch.statuses
    sent = [op["op_id"] for b in watch.bodies for op in b["operations"]]
    assert len(sent) > len(set(sent)) == 500  # the refused batch went again
    landed_exactly_once(tmp_path, district, store, sid)


def test_a_client_killed_mid_pipeline_loses_and_duplicates_nothing(tmp_path, district):
    sid = district.add_station()
    folder = tmp_path / "station"
    store = enrolled_store(folder, district, sid)
    demo.generate(store, years=1, members=40)
    total = len(peek_rows(store, "SELECT op_id FROM change_log"))
    with NetProxy(district.port, bandwidth=400_000, latency=0.02) as proxy:
        station = SqliteStationStore(store)
        creds = station.credentials()
        assert creds is not None
        station.save_credentials(dataclasses.replace(creds, server_url=proxy.url))
        store.close()
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8"}
        child = subprocess.Popen(
            [sys.executable, "-m", "linju_desktop.cli", "--data-dir", str(folder), "sync", "run"],
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        try:
            deadline = time.monotonic() + 120
            while len(applied_ids(district.db_url, sid)) < total // 3:
                assert child.poll() is None, "the sync ended before it could be killed"
                assert time.monotonic() < deadline
                time.sleep(0.05)
            os.kill(child.pid, signal.SIGKILL)  # mid-pipeline: two requests out
        finally:
            child.wait(30)
        with Store(folder) as again:
            watch = Watch()
            report = run(again, watch)
            assert report.fully_synced, report.error
            landed_exactly_once(tmp_path, district, again, sid)


class BusyThird(OnSyncPost):
    """A server that turns the third sync request away once (503, Retry-After: 0), as a
    busy one does: the answer comes from this session, the retry goes to the server."""

    def __init__(self) -> None:
        super().__init__(3)

    def on(self, request: requests.PreparedRequest) -> requests.Response | None:
        busy = requests.Response()
        busy.status_code = 503
        busy.headers.update({"Retry-After": "0", "Content-Type": "application/json"})
        busy._content = b'{"code": "server_busy"}'
        busy.request, busy.url = request, request.url or ""
        return busy


def test_after_a_busy_answer_the_client_sends_one_at_a_time(tmp_path, district):
    """A successor admitted while its predecessor waits out a Retry-After would hold a
    place of the busy server: once the server has said busy, nothing more is pipelined."""
    store, sid = station_with_work(tmp_path, district)
    watch = Watch()
    watch.session = BusyThird()
    watch.session.hooks["response"] = [watch._watch, watch._hook]
    report = run(store, watch, max_ops=100)
    assert report.fully_synced, report.error
    assert report.busy_waits == 1
    real = [b for b, status in zip(watch.bodies, watch.statuses, strict=True) if status != 503]
    assert any("after_seq" in b for b in real[:3])  # it pipelined before the busy answer
    # what was still in flight when the busy answer came is answered; after it, one at a time
    assert not any("after_seq" in b for b in real[4:])
    assert len(real) == 13
    landed_exactly_once(tmp_path, district, store, sid)
