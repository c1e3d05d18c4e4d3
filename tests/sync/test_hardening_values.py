"""Hardening, item 3: every value is checked against its field's type and range, on the
server (a per-operation rejection) and on the station's apply (a needs-attention item);
JSON's missing numbers (NaN, Infinity) are refused when the body is read."""

from __future__ import annotations

import json
import uuid

import pytest
import requests
from helpers import peek_rows
from linju_sync.protocol.hlc import HybridClock
from linju_sync.protocol.messages import FeedOperation, ProtocolError, loads_json
from linju_sync.protocol.tables import MAX_FEN, check_changes

from linju_desktop.services.sync_store import SqliteStationStore
from linju_desktop.store.database import Store


def strict(text: str):
    """Parse as standard JSON only (what any other program reading an export does)."""

    def refuse(name: str):
        raise ValueError(f"non-standard JSON: {name}")

    return json.loads(text, parse_constant=refuse)


def export(server, station_id):
    out = server.data_dir / f"export-{uuid.uuid4().hex}.json"
    server.cli("export", "--station", station_id, "--out", str(out))
    return strict(out.read_text())["tables"]


# -- the types (their columns on the station: tests/store/test_upgrades.py) -----------------
@pytest.mark.parametrize(
    "table,changes",
    [
        ("expenses", {"amount_fen": float("nan")}),
        ("expenses", {"amount_fen": float("inf")}),
        ("expenses", {"amount_fen": 10**30}),
        ("expenses", {"amount_fen": -1e308}),
        ("expenses", {"amount_fen": 12.5}),
        ("expenses", {"amount_fen": "1200"}),
        ("expenses", {"amount_fen": True}),
        ("expenses", {"amount_fen": MAX_FEN + 1}),
        ("expenses", {"year": 20250}),
        ("expenses", {"date": "2025-02-30"}),
        ("expenses", {"date": "20250301"}),
        ("expenses", {"date": "\u0662\u0660\u0662\u0665-03-01"}),
        ("members", {"is_centre_household": 2}),
        ("members", {"birth_date": 19650312}),
        ("members", {"name": 5}),
        ("members", {"name": "长" * 1001}),
        ("members", {"notes": "\ud800"}),
        ("members", {"name": "a\x00b"}),
        ("meetings", {"start_time": "25:00"}),
        ("requests", {"due_at": "tomorrow"}),
        ("members", {"deleted": 2}),
    ],
)
def test_values_that_do_not_fit_are_named(table, changes):
    reason = check_changes(table, changes)
    assert reason is not None and next(iter(changes)) in reason and table in reason


@pytest.mark.parametrize(
    "table,changes",
    [
        ("expenses", {"amount_fen": MAX_FEN, "year": 2025, "date": "2025-03-01"}),
        ("expenses", {"amount_fen": -MAX_FEN, "reverses_id": str(uuid.uuid4())}),
        ("members", {"is_centre_household": 1, "birth_date": "1965-03-12", "name": "张三"}),
        ("members", {"name": None, "notes": "长" * 100_000, "probation_extended_months": 6}),
        ("meetings", {"start_time": "19:30", "end_time": "21:00:00", "resident_count": 0}),
        (
            "requests",
            {"due_at": "2025-03-08T08:00:00Z", "registered_at": "2025-03-01T08:00:00+08:00"},
        ),
        ("addenda", {"written_at": "2025-03-01T08:00:00Z"}),
        ("members", {"deleted": 0, "unknown_field": object()}),  # not ours to judge
    ],
)
def test_values_that_fit_pass(table, changes):
    assert check_changes(table, changes) is None


@pytest.mark.parametrize("raw", ["NaN", "Infinity", "-Infinity", "1e999", "-1e400"])
def test_json_without_a_number_is_refused_when_read(raw):
    with pytest.raises(ProtocolError):
        loads_json(f'{{"amount_fen": {raw}}}')
    assert loads_json('{"amount_fen": 1.5e3}') == {"amount_fen": 1500.0}


# -- the server ------------------------------------------------------------------------------
@pytest.mark.parametrize("raw", ["NaN", "Infinity", "-Infinity", "1e999"])
def test_nan_and_infinity_in_a_request_are_a_422_naming_them(server, station, raw):
    good = station.op("expenses", {"year": 2025, "amount_fen": 100})
    bad = station.op("expenses", {"year": 2025, "amount_fen": 0})
    body = json.dumps(station.body([good, bad]), ensure_ascii=False)
    body = body.replace('"amount_fen": 0', f'"amount_fen": {raw}')
    r = requests.post(
        server.base + "/api/v1/sync",
        data=body.encode(),
        headers={**station.headers, "Content-Type": "application/json"},
        timeout=30,
    )
    assert r.status_code == 422, r.text
    assert raw.lstrip("-") in r.json()["detail"] or "too large" in r.json()["detail"]
    assert station.sync([good])["results"][0]["status"] == "ok"  # nothing was applied


def test_a_lone_surrogate_is_a_422_not_a_500(server, station):
    op = station.op("members", {"name": "x"})
    body = json.dumps(station.body([op])).replace('"name": "x"', '"name": "\\ud800"')
    r = requests.post(
        server.base + "/api/v1/sync",
        data=body.encode(),
        headers={**station.headers, "Content-Type": "application/json"},
        timeout=30,
    )
    assert r.status_code == 422, r.text


def test_values_out_of_range_are_rejected_per_item_and_export_stays_json(server, station):
    ops = [
        station.op("expenses", {"year": 2025, "amount_fen": 10**30}),
        station.op("expenses", {"year": 2025, "amount_fen": -1e308}),
        station.op("expenses", {"year": 2025, "amount_fen": 1.5}),
        station.op("expenses", {"year": "2025", "amount_fen": 100}),
        station.op("members", {"name": "甲", "is_centre_household": 7}),
        station.op("members", {"name": "乙", "birth_date": "1965-13-01"}),
        station.op("members", {"name": "丙" * 1001}),
        station.op("expenses", {"year": 2025, "amount_fen": -MAX_FEN, "date": "2025-03-01"}),
        station.op("members", {"name": "丁", "is_centre_household": 1, "birth_date": "1965-03-12"}),
    ]
    res = station.sync(ops)["results"]
    assert [r["status"] for r in res] == ["rejected"] * 7 + ["ok"] * 2
    for r, field in zip(
        res,
        [
            "amount_fen",
            "amount_fen",
            "amount_fen",
            "year",
            "is_centre_household",
            "birth_date",
            "name",
        ],
        strict=False,
    ):
        assert field in r["reason"], r
    # an update is checked as well as an insert
    member = ops[-1]["row_id"]
    upd = station.op("members", {"is_centre_household": -1}, member, "update")
    assert station.sync([upd])["results"][0]["status"] == "rejected"
    tables = export(server, station.id)
    assert [e["amount_fen"] for e in tables["expenses"]] == [-MAX_FEN]
    assert [(m["name"], m["is_centre_household"]) for m in tables["members"]] == [("丁", 1)]


# -- the station's apply --------------------------------------------------------------------
def feed(seq: int, clock: HybridClock, table: str, changes: dict, kind: str = "insert"):
    return FeedOperation(
        seq, uuid.uuid4().hex, table, str(uuid.uuid4()), kind, clock.tick(), changes
    )


def test_the_station_applies_nothing_that_does_not_fit(tmp_path):
    store = Store(tmp_path / "station")
    remote = HybridClock("d" * 16)
    try:
        ops = [
            feed(1, remote, "allocations", {"year": 2025, "amount_fen": float("nan")}),
            feed(2, remote, "allocations", {"year": 2025, "amount_fen": float("inf")}),
            feed(3, remote, "allocations", {"year": 2026, "amount_fen": 10**30}),
            feed(4, remote, "allocations", {"year": 2027, "amount_fen": "lots"}),
            feed(5, remote, "members", {"name": ["not", "text"]}),
            feed(6, remote, "members", {"name": {"no": 1}}),
            feed(7, remote, "members", {"name": "\ud800"}),
            feed(8, remote, "members", {"name": "好", "birth_date": "yesterday"}),
            feed(9, remote, "allocations", {"year": 2028, "amount_fen": 1_450_000, "deleted": 0}),
            feed(10, remote, "members", {"name": "好", "deleted": 0}),
        ]
        out = SqliteStationStore(store).commit_step(
            sent=[], upload_seq=0, results=[], feed=ops, next_cursor=10
        )
        assert (out.applied, out.attention) == (2, 8)
        items = SqliteStationStore(store).attention()
        assert {i["status"] for i in items} == {"apply"}
        assert all("cannot store" in i["reason"] for i in items)
        assert peek_rows(store, "SELECT year, amount_fen FROM allocations") == [
            {"year": 2028, "amount_fen": 1_450_000}
        ]
        assert [r["name"] for r in peek_rows(store, "SELECT name FROM members")] == ["好"]
        assert SqliteStationStore(store).cursors().download_cursor == 10
    finally:
        store.close()
