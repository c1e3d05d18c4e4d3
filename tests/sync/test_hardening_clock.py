"""Hardening, item 1: no stamp a station (or a server) sends can break a clock.

The district server keeps one hybrid logical clock for every station; a stamp from the far
future, or one that would push the clock past its fixed-width format, is refused per
operation and never reaches that clock. A station's clock a day wrong still syncs."""

from __future__ import annotations

import time
import uuid

import pytest
from helpers import peek_rows, peek_scalar
from hypothesis import given
from hypothesis import strategies as st
from linju_sync.protocol.hlc import (
    MAX_CLOCK_AHEAD_MS,
    MAX_COUNTER,
    MAX_MILLIS,
    MAX_RECEIVE_AHEAD_MS,
    ClockError,
    HybridClock,
    Stamp,
)
from linju_sync.protocol.messages import FeedOperation
from linju_sync.server.db import Database
from linju_sync.server.service import Server

from linju_desktop.services.sync_store import SqliteStationStore
from linju_desktop.store.database import Store

NODE_A, NODE_B = "a" * 16, "b" * 16
DAY = 24 * 3600 * 1000
TOP = f"{MAX_MILLIS:013d}-{MAX_COUNTER:04X}"  # the largest stamp the format can hold


class FakeWall:
    def __init__(self, t: int) -> None:
        self.t = t

    def __call__(self) -> int:
        return self.t


def now_ms() -> int:
    return int(time.time() * 1000)


def stamp(ms: int, node: str, counter: int = 0) -> str:
    return f"{ms:013d}-{counter:04X}-{node}"


# -- the clock itself ---------------------------------------------------------------------
def test_the_bound_is_a_week_and_a_station_may_be_a_week_slow_too():
    assert MAX_CLOCK_AHEAD_MS == 7 * DAY
    assert MAX_RECEIVE_AHEAD_MS >= 2 * MAX_CLOCK_AHEAD_MS


@pytest.mark.parametrize(
    "bad",
    [
        "\u0669" * 13 + "-FFFF-" + NODE_A,  # Arabic-Indic digits: int() reads them
        "\uff11" * 13 + "-0000-" + NODE_A,  # full-width digits
        "0000000001000-ffff-" + NODE_A,  # lower-case hex sorts above upper-case
        "0000000001000-0x1F-" + NODE_A,
        "0000000001000-+0FF-" + NODE_A,
        "+000000001000-0000-" + NODE_A,
        "0000000001000-0000-aaaaaaaa-aaaaaaa",
        "0000000001000-0000-" + "\u0669" * 16,
        "10000000000000-0000-" + NODE_A[:15],  # one digit too many, same width
    ],
)
def test_stamps_are_ascii_digits_and_upper_case_hex_only(bad):
    with pytest.raises(ClockError):
        Stamp.parse(bad)


def test_a_stamp_that_would_not_fit_is_never_written():
    with pytest.raises(ClockError):
        str(Stamp(MAX_MILLIS + 1, 0, NODE_A))
    with pytest.raises(ClockError):
        str(Stamp(1, MAX_COUNTER + 1, NODE_A))


def test_the_clock_at_the_end_of_its_format_refuses_instead_of_overflowing():
    clock = HybridClock(NODE_A, last=f"{TOP}-{NODE_A}", now=FakeWall(1_700_000_000_000))
    with pytest.raises(ClockError):
        clock.tick()
    assert clock.last == f"{TOP}-{NODE_A}"  # unchanged, still a valid stamp


def test_a_full_counter_borrows_the_next_millisecond():
    clock = HybridClock(NODE_A, last=stamp(1000, NODE_A, MAX_COUNTER), now=FakeWall(1000))
    assert Stamp.parse(clock.tick()) == Stamp(1001, 0, NODE_A)


def test_receive_refuses_a_stamp_far_in_the_future_and_keeps_its_state():
    wall = FakeWall(1_700_000_000_000)
    clock = HybridClock(NODE_A, now=wall)
    before = clock.tick()
    for remote in (f"{TOP}-{NODE_B}", stamp(wall.t + MAX_RECEIVE_AHEAD_MS + 1, NODE_B)):
        with pytest.raises(ClockError):
            clock.receive(remote)
        assert clock.last == before
    assert clock.tick() > before


def test_receive_takes_a_stamp_a_day_ahead():
    wall = FakeWall(1_700_000_000_000)
    clock = HybridClock(NODE_A, now=wall)
    remote = stamp(wall.t + DAY, NODE_B, 7)
    merged = clock.receive(remote)
    assert merged > remote and clock.tick() > merged


@given(
    st.lists(
        st.tuples(
            st.sampled_from("tr"),
            st.integers(0, MAX_MILLIS),
            st.integers(0, MAX_COUNTER),
        ),
        max_size=40,
    ),
    st.integers(MAX_MILLIS - 10, MAX_MILLIS),
)
def test_no_sequence_of_events_makes_a_stamp_outside_the_format(events, start):
    wall = FakeWall(start)
    clock = HybridClock(NODE_A, last=stamp(start, NODE_A, MAX_COUNTER - 2), now=wall)
    last = clock.last
    for kind, ms, counter in events:
        try:
            out = clock.tick() if kind == "t" else clock.receive(stamp(ms, NODE_B, counter))
        except ClockError:
            assert clock.last == last  # a refusal changes nothing
            continue
        assert Stamp.parse(out) and out > last
        last = out


# -- the district server -------------------------------------------------------------------
@pytest.fixture
def inproc(server):
    s = Server(Database(server.url, migrate=False), server.data_dir)
    yield s
    s.db.dispose()


def assert_district_works(server, station) -> None:
    """allocate, dispatch and a sync that makes the server re-state a field all work."""
    server.cli("allocate", station.id, "2040", "100")
    server.cli("allocate", station.id, "2040", "200")
    server.cli(
        "dispatch", station.id, "--resident", "李", "--description", "漏水", "--category", "other"
    )
    rid = str(uuid.uuid4())
    t = now_ms()
    ins = station.op("members", {"name": "新"}, rid, hlc=stamp(t, NODE_A))
    assert station.sync([ins])["results"][0]["status"] == "ok"
    # an older change of the same field from another computer loses and is re-stated
    stale = station.op("members", {"name": "旧"}, rid, "update", None, stamp(t - 5, NODE_B))
    resp = station.sync([stale])
    assert resp["results"][0]["status"] == "conflict"
    restated = [o for o in resp["operations"] if o["row_id"] == rid]
    assert restated and all(Stamp.parse(o["hlc"]) for o in resp["operations"])


def test_a_maximal_stamp_then_a_minimal_one_on_a_new_row_breaks_nothing(server, station):
    rid = str(uuid.uuid4())
    top = station.op("members", {"name": "甲"}, rid, hlc=f"{TOP}-{station.node}")
    low = station.op(
        "members", {"name": "乙"}, rid, "update", None, f"0000000000001-0000-{station.node}"
    )
    resp = station.sync([top, low, station.op("members", {"name": "丙"})])
    results = resp["results"]
    assert [r["status"] for r in results] == ["rejected", "ok", "ok"]
    assert "clock" in results[0]["reason"] and "7 days" in results[0]["reason"]
    assert_district_works(server, station)


def test_a_maximal_allocation_stamp_does_not_break_the_districts_allocate(server, station):
    own = station.op("allocations", {"year": 2031, "amount_fen": 1}, hlc=f"{TOP}-{station.node}")
    assert station.sync([own])["results"][0]["status"] == "rejected"
    server.cli("allocate", station.id, "2031", "14500")
    server.cli("allocate", station.id, "2031", "15000")
    ops = [o for o in station.sync([])["operations"] if o["table"] == "allocations"]
    assert ops[-1]["changes"]["amount_fen"] == 1_500_000
    assert_district_works(server, station)


def test_a_stamp_just_over_a_week_ahead_is_refused_per_item(server, station):
    t = now_ms()
    ahead = station.op("members", {"name": "快"}, hlc=stamp(t + MAX_CLOCK_AHEAD_MS + DAY, NODE_A))
    fine = station.op("members", {"name": "好"}, hlc=stamp(t + DAY, NODE_A))
    resp = station.sync([ahead, fine])
    assert [r["status"] for r in resp["results"]] == ["rejected", "ok"]
    assert "date and time" in resp["results"][0]["reason"]
    # the repeat tells the same verdict
    again = station.sync([ahead])["results"][0]
    assert again["status"] == "duplicate" and again["reason"] == resp["results"][0]["reason"]
    assert_district_works(server, station)


def test_a_station_clock_a_day_wrong_either_way_still_syncs(server, station):
    t = now_ms()
    for offset in (DAY, -DAY):
        node = uuid.uuid4().hex[:16]
        rid = str(uuid.uuid4())
        ins = station.op("members", {"name": "钟"}, rid, hlc=stamp(t + offset, node))
        upd = station.op(
            "members", {"mobile": "1"}, rid, "update", ins["hlc"], stamp(t + offset + 1, node)
        )
        assert [r["status"] for r in station.sync([ins, upd])["results"]] == ["ok", "ok"]


@pytest.mark.parametrize("digits", ["\u0669" * 13, "\u06f9" * 13, "\uff19" * 13, "\U0001d7e1" * 13])
def test_non_ascii_digits_in_a_stamp_are_a_422(server, station, digits):
    op = station.op("members", {"name": "丁"}, hlc=f"{digits}-0000-{station.node}")
    r = station.post(station.body([op]))
    assert r.status_code == 422 and "clock stamp" in r.json()["detail"]


def test_a_clock_saved_before_the_bound_existed_is_repaired(server, station, inproc):
    with inproc.db.write() as c:
        inproc.db.put_meta(c, "hlc", f"10000000000000-0000-{NODE_A}")
    assert_district_works(server, station)
    with inproc.db.read() as c:
        assert Stamp.parse(inproc.db.get_meta(c, "hlc"))


# -- the station: a stamp from the district far in the future --------------------------------
def feed_op(seq: int, hlc: str, **changes) -> FeedOperation:
    return FeedOperation(
        seq, uuid.uuid4().hex, "members", str(uuid.uuid4()), "insert", hlc,
        {"name": "远", "deleted": 0, **changes},
    )  # fmt: skip


# ids, not values: a stamp made from the clock differs between pytest-xdist workers
@pytest.mark.parametrize(
    "hlc", [f"{TOP}-{NODE_B}", stamp(now_ms() + 400 * DAY, NODE_B)], ids=["top", "400-days-ahead"]
)
def test_the_station_refuses_a_district_stamp_far_in_the_future(tmp_path, hlc):
    store = Store(tmp_path / "station")
    try:
        with store.transaction():
            store.insert("members", {"name": "本", "status": "active"})
        before = store._meta("hlc")
        good = feed_op(2, stamp(now_ms() + DAY, NODE_B))
        out = SqliteStationStore(store).commit_step(
            sent=[], upload_seq=0, results=[], feed=[feed_op(1, hlc), good], next_cursor=2
        )
        assert out.applied == 1 and out.attention == 1
        (item,) = SqliteStationStore(store).attention()
        assert item["status"] == "apply" and "clock" in item["reason"]
        assert [r["name"] for r in peek_rows(store, "SELECT name FROM members ORDER BY name")] == [
            "本",
            "远",
        ]
        after = store._meta("hlc")
        assert before < after and Stamp.parse(after).millis <= Stamp.parse(good.hlc).millis + 1
        # the clock still works: a later local change gets a sensible stamp
        with store.transaction():
            store.insert("members", {"name": "后", "status": "active"})
        newest = peek_scalar(store, "SELECT max(updated_hlc) FROM members")
        assert Stamp.parse(newest).millis < now_ms() + 2 * DAY
    finally:
        store.close()
