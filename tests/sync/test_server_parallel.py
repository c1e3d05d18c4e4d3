"""Writers of different stations in parallel on PostgreSQL (a real server, two worker
processes, each with several requests at work): every operation lands exactly once, and a
station's feed is never skipped.

Why the feed cannot skip: feed.seq comes from one sequence shared by all stations, so
parallel transactions take numbers in one order and may commit in another. A station reads
only its own feed, and every transaction that appends to a station's feed (its sync, the
district's dispatch and allocate, a bundle) holds that station's lock (Database.write with
the station: FOR UPDATE on its row), as does the station's own sync, which reads it. So
the station's own sequence numbers are taken and committed in one order, and none of them
can appear below a cursor after the station has read past it.
"""

from __future__ import annotations

import gzip
import json
import secrets
import threading
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest
import requests
from linju_sync.server.db import Database
from linju_sync.server.service import Server
from sqlalchemy import text

from tests.sync.conftest import ServerProc, Station, database_url

pytestmark = [pytest.mark.postgresql, pytest.mark.fault]


@pytest.fixture(scope="module")
def pg_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProc]:
    data = tmp_path_factory.mktemp("parallel")
    url, pg = database_url("postgresql", data)
    proc = ServerProc(data, url)
    proc.cli("init")
    proc.start("--workers", "2")
    try:
        yield proc
    finally:
        proc.stop()
        assert pg is not None
        pg.drop()


def send(st: Station, ops: list[dict]) -> dict:
    """One request, waiting out busy answers as the client does."""
    raw = gzip.compress(json.dumps(st.body(ops), ensure_ascii=False).encode())
    headers = {**st.headers, "Content-Type": "application/json", "Content-Encoding": "gzip"}
    session = requests.Session()
    try:
        for _ in range(200):
            r = session.post(st.server.base + "/api/v1/sync", data=raw, headers=headers,
                             timeout=120)  # fmt: skip
            if r.status_code in (429, 503):
                threading.Event().wait(float(r.headers["Retry-After"]) / 4)
                continue
            assert r.status_code == 200, r.text
            return r.json()
    finally:
        session.close()
    raise AssertionError("busy for ever")


def test_parallel_stations_land_every_operation_exactly_once(pg_server: ServerProc):
    stations = [pg_server.enroll(pg_server.add_station(f"并{i}")) for i in range(8)]
    shared = str(uuid.uuid4())  # a row id two stations both claim at the same moment
    work: list[tuple[Station, list[dict]]] = []
    for i, st in enumerate(stations):
        batches = [
            [st.op("members", {"name": f"党员{i}-{b}-{k}"}) for k in range(150)] for b in range(3)
        ]
        if i < 2:
            batches[0].append(st.op("members", {"name": f"抢{i}"}, row_id=shared))
        # every batch twice, the copies at the same time: a lost answer sent again while
        # the first is still at work
        work += [(st, b) for b in batches for _ in range(2)]
    with ThreadPoolExecutor(24) as pool:
        answers = list(pool.map(lambda w: send(*w), work))
    verdicts: dict[str, list[str]] = {}
    for (_, ops), answer in zip(work, answers, strict=True):
        for op, res in zip(ops, answer["results"], strict=True):
            assert res["op_id"] == op["op_id"]
            verdicts.setdefault(op["op_id"], []).append(res["status"])
    claims = {o["op_id"] for _, ops in work for o in ops if o["row_id"] == shared}
    for op_id, seen in verdicts.items():
        if op_id not in claims:
            assert sorted(seen) == ["duplicate", "ok"], (op_id, seen)  # once, then known
    # of the two claims to one row id, exactly one station got it; the other was refused
    firsts = sorted(next(v for v in verdicts[c] if v != "duplicate") for c in claims)
    assert firsts == ["ok", "rejected"], [verdicts[c] for c in claims]
    ids = [st.id for st in stations]
    db = Database(pg_server.url, migrate=False)
    try:
        with db.read() as conn:
            one = {"ids": ids}
            applied = conn.execute(
                text("SELECT count(*) FROM applied_ops WHERE station_id = ANY(:ids)"), one
            ).scalar_one()
            members = conn.execute(
                text("SELECT count(*) FROM rows WHERE tbl = 'members' AND station_id = ANY(:ids)"),
                one,
            ).scalar_one()
            owners = conn.execute(
                text("SELECT count(*) FROM rows WHERE row_id = :r"), {"r": shared}
            ).scalar_one()
    finally:
        db.dispose()
    assert applied == len(verdicts)  # (station, op_id) is the key: none twice, none lost
    assert members == 8 * 3 * 150 + 1 and owners == 1


def test_a_station_reading_its_feed_while_the_district_writes_never_skips(
    pg_server: ServerProc,
):
    reader = pg_server.enroll(pg_server.add_station("读"))
    other = pg_server.enroll(pg_server.add_station("旁"))
    server = Server(Database(pg_server.url, migrate=False), pg_server.data_dir)
    stop = threading.Event()
    seen: list[int] = []

    def read() -> None:
        while not stop.is_set():
            seen.extend(f["seq"] for f in reader.sync()["operations"])

    def district(station_id: str, n: int) -> None:
        for i in range(n):
            server.dispatch(station_id, resident=f"居民{i}", description="楼道灯坏了",
                            category="repair")  # fmt: skip

    def uploads(st: Station) -> None:  # the other station's own transactions meanwhile
        for _ in range(10):
            send(st, [st.op("members", {"name": secrets.token_hex(4)}) for _ in range(50)])

    t = threading.Thread(target=read)
    t.start()
    try:
        with ThreadPoolExecutor(6) as pool:
            jobs = [pool.submit(district, reader.id, 25) for _ in range(3)]
            jobs += [pool.submit(district, other.id, 25) for _ in range(2)]
            jobs.append(pool.submit(uploads, other))
            for j in jobs:
                j.result()
    finally:
        stop.set()
        t.join(120)
    while True:  # what is left after the writers stopped
        answer = reader.sync()
        seen.extend(f["seq"] for f in answer["operations"])
        if not answer["has_more"]:
            break
    with server.db.read() as conn:
        mine = conn.execute(
            text("SELECT seq FROM feed WHERE station_id = :s ORDER BY seq"), {"s": reader.id}
        ).scalars()
        everything = list(mine)
    server.db.dispose()
    assert len(everything) == 75
    assert seen == everything  # each once, in order: none skipped below the cursor
