"""POST /api/v1/sync: idempotence, conflicts by record type, the feed, checksums."""

from __future__ import annotations

import json
import time
import uuid

import pytest
from linju_sync.protocol.messages import MAX_DOWNLOAD_OPS, table_checksum
from linju_sync.server.db import Database
from linju_sync.server.ingest import district_write
from linju_sync.server.service import Server
from sqlalchemy import select


@pytest.fixture
def inproc(server):
    """The same database opened in the test process (district-side actions)."""
    s = Server(Database(server.url, migrate=False), server.data_dir)
    yield s
    s.db.dispose()


def statuses(resp):
    return [r["status"] for r in resp["results"]]


def export(server, station_id):
    out = server.data_dir / f"export-{uuid.uuid4().hex}.json"
    server.cli("export", "--station", station_id, "--out", str(out))
    return json.loads(out.read_text())["tables"]


def recomputed(inproc, station_id):
    from linju_sync.server.db import rows

    with inproc.db.read() as c:
        got = c.execute(
            select(rows.c.tbl, rows.c.row_id, rows.c.updated_hlc, rows.c.deleted).where(
                rows.c.station_id == station_id
            )
        ).all()
    by: dict[str, list] = {}
    for r in got:
        by.setdefault(r.tbl, []).append((r.row_id, r.updated_hlc, r.deleted))
    return {t: table_checksum(v).__dict__ for t, v in by.items()}


# -- idempotence --------------------------------------------------------------------------
def test_replaying_a_request_three_times_changes_nothing(server, station, inproc):
    m = station.op("members", {"name": "张三", "mobile": "13800000000"})
    body = station.body([m, station.op("expenses", {"amount_fen": 1200, "year": 2025})])
    first = station.post(body).json()
    assert statuses(first) == ["ok", "ok"]
    before = (export(server, station.id), recomputed(inproc, station.id))
    for _ in range(3):
        again = station.post(body).json()
        assert statuses(again) == ["duplicate", "duplicate"]
        assert again["checksums"] == first["checksums"]
        assert again["operations"] == first["operations"] == []
    assert (export(server, station.id), recomputed(inproc, station.id)) == before


def test_same_op_id_with_another_payload_is_a_mismatch(server, station):
    m = station.op("members", {"name": "张三"})
    assert statuses(station.sync([m])) == ["ok"]
    forged = {**m, "changes": {"name": "李四", "deleted": 0}}
    res = station.sync([forged])["results"][0]
    assert res["status"] == "mismatch" and res["reason"]
    assert [r["name"] for r in export(server, station.id)["members"]] == ["张三"]


def test_a_repeat_of_a_rejected_op_tells_the_original_reason(station):
    op = station.op("nonsense", {"x": 1})
    first = station.sync([op])["results"][0]
    again = station.sync([op])["results"][0]
    assert first["status"] == "rejected"
    assert again["status"] == "duplicate" and again["reason"] == first["reason"]


# -- lww ------------------------------------------------------------------------------------
def stamp(ms: int, node: str, counter: int = 0) -> str:
    return f"{ms:013d}-{counter:04X}-{node}"


def test_lww_same_field_on_both_sides_is_a_conflict_with_both_values(server, station, inproc):
    now = int(time.time() * 1000)
    laptop, office = "a" * 16, "b" * 16
    rid = str(uuid.uuid4())
    ins = station.op("members", {"name": "王五", "mobile": "1"}, row_id=rid, hlc=stamp(now, laptop))
    assert statuses(station.sync([ins])) == ["ok"]
    base = ins["hlc"]
    # two computers of the station changed the same member from the same base version
    later = station.op("members", {"mobile": "2"}, rid, "update", base, stamp(now + 20, laptop))
    earlier = station.op(
        "members", {"mobile": "3", "notes": "x"}, rid, "update", base, stamp(now + 10, office)
    )
    assert statuses(station.sync([later])) == ["ok"]
    resp = station.sync([earlier])
    res = resp["results"][0]
    assert res["status"] == "conflict"
    assert res["conflict"] == {"mobile": {"local": "3", "server": "2", "kept": "2"}}
    # the server's winner goes down to the station; the other field merged
    (feed_op,) = resp["operations"]
    assert feed_op["row_id"] == rid and feed_op["changes"] == {"mobile": "2"}
    assert feed_op["hlc"] > earlier["hlc"]
    row = export(server, station.id)["members"][0]
    assert (row["mobile"], row["notes"]) == ("2", "x")
    assert row["updated_hlc"] == feed_op["hlc"]
    assert resp["checksums"]["members"] == recomputed(inproc, station.id)["members"]


def test_lww_later_stamp_wins_and_the_conflict_is_recorded(server, station, inproc):
    now = int(time.time() * 1000)
    rid = str(uuid.uuid4())
    ins = station.op("members", {"name": "赵六"}, row_id=rid, hlc=stamp(now, "a" * 16))
    station.sync([ins])
    one = station.op(
        "members", {"name": "赵六一"}, rid, "update", ins["hlc"], stamp(now + 5, "a" * 16)
    )
    two = station.op(
        "members", {"name": "赵六二"}, rid, "update", ins["hlc"], stamp(now + 9, "b" * 16)
    )
    station.sync([one])
    res = station.sync([two])["results"][0]
    assert res["status"] == "conflict"
    assert res["conflict"]["name"] == {"local": "赵六二", "server": "赵六一", "kept": "赵六二"}
    from linju_sync.server.db import conflicts

    with inproc.db.read() as c:
        rec = c.execute(select(conflicts).where(conflicts.c.row_id == rid)).all()
    assert [(json.loads(r.local_value), json.loads(r.server_value), r.kept) for r in rec] == [
        ("赵六二", "赵六一", "local")
    ]


def test_sequential_edits_of_one_computer_never_conflict(station):
    m = station.op("members", {"name": "甲"})
    ops = [m] + [station.op("members", {"name": f"甲{i}"}, m["row_id"], "update") for i in range(5)]
    assert statuses(station.sync(ops)) == ["ok"] * 6
    assert statuses(
        station.sync([station.op("members", {"name": "乙"}, m["row_id"], "update")])
    ) == ["ok"]


# -- append-only --------------------------------------------------------------------------
def test_expenses_are_append_only(station):
    e = station.op("expenses", {"year": 2025, "amount_fen": 5000, "purpose": "慰问"})
    assert statuses(station.sync([e])) == ["ok"]
    upd = station.op("expenses", {"amount_fen": 6000}, e["row_id"], "update")
    tomb = station.op("expenses", {}, e["row_id"], "tombstone")
    res = station.sync([upd, tomb])["results"]
    assert [r["status"] for r in res] == ["rejected", "rejected"]
    assert "reversing entry" in res[0]["reason"]
    rev = station.op("expenses", {"year": 2025, "amount_fen": -5000, "reverses_id": e["row_id"]})
    assert statuses(station.sync([rev])) == ["ok"]


# -- district -------------------------------------------------------------------------------
def test_allocation_reaches_the_station_and_a_station_edit_is_refused(server, station):
    row_id = server.last_line("allocate", station.id, "2025", "14500.00")
    resp = station.sync([])
    (op,) = resp["operations"]
    assert op["table"] == "allocations" and op["kind"] == "insert" and op["row_id"] == row_id
    assert op["changes"] == {
        "year": 2025,
        "amount_fen": 1450000,
        "source": "district",
        "note": "",
        "deleted": 0,
    }
    assert resp["checksums"]["allocations"]["rows"] == 1
    # the district raises it; meanwhile (not yet downloaded) the station edits the amount
    assert server.last_line("allocate", station.id, "2025", "20000") == row_id
    edit = station.op("allocations", {"amount_fen": 1500000}, row_id, "update")
    resp = station.sync([edit])
    res = resp["results"][0]
    # the allocation is the district's: a station's change of it is refused (not merged),
    # and the district's amount is re-stated after the raise so the station converges
    assert res["status"] == "rejected" and "district" in res["reason"]
    assert [o["changes"].get("amount_fen") for o in resp["operations"]] == [2000000, 2000000]
    assert export(server, station.id)["allocations"][0]["amount_fen"] == 2000000


def test_allocate_refuses_fractions_of_a_fen(server, station):
    res = server.cli("allocate", station.id, "2025", "100.005", check=False)
    assert res.returncode == 1 and "fen" in res.stderr


# -- requests -------------------------------------------------------------------------------
def test_a_dispatched_request_comes_down_and_moves_by_legal_steps(server, station):
    rid = server.last_line(
        "dispatch",
        station.id,
        "--resident",
        "王大妈",
        "--description",
        "楼道灯坏了",
        "--category",
        "street_lights",
        "--department",
        "物业",
    )
    resp = station.sync([])
    (op,) = resp["operations"]
    assert op["table"] == "requests" and op["row_id"] == rid
    ch = op["changes"]
    assert (ch["state"], ch["source"], ch["department"]) == ("dispatched", "whistle", "物业")
    assert ch["number"].startswith("D") and ch["due_at"] > ch["registered_at"]
    steps = [
        station.op("requests", {"state": s}, rid, "update")
        for s in ("accepted", "in_progress", "done")
    ]
    assert statuses(station.sync(steps)) == ["ok", "ok", "ok"]
    bad = station.op("requests", {"state": "dispatched"}, rid, "update")  # done -> dispatched
    res = station.sync([bad])["results"][0]
    assert res["status"] == "conflict" and "'done'" in res["reason"]


def test_redispatched_while_the_station_closed_it_is_a_visible_conflict(server, station, inproc):
    rid = server.last_line(
        "dispatch",
        station.id,
        "--resident",
        "李",
        "--description",
        "飞线充电",
        "--category",
        "flying_lead",
    )
    station.sync([])
    station.sync(
        [station.op("requests", {"state": s}, rid, "update") for s in ("accepted", "in_progress")]
    )
    # the community re-dispatches it to a department; the station has not synced since
    with inproc.db.write(station.id) as c:
        district_write(
            c,
            inproc.clock,
            station.id,
            "requests",
            rid,
            {"state": "dispatched", "department": "城管"},
        )
    close = station.op("requests", {"state": "done", "result": "已劝离"}, rid, "update")
    resp = station.sync([close])
    res = resp["results"][0]
    assert res["status"] == "conflict"
    assert res["conflict"]["state"] == {
        "local": "done",
        "server": "dispatched",
        "kept": "dispatched",
    }
    assert res["conflict"]["result"]["kept"] is None
    row = export(server, station.id)["requests"][0]
    assert (row["state"], row["result"], row["department"]) == ("dispatched", None, "城管")
    # the station gets the re-dispatch and then the server's kept values, in that order
    last = resp["operations"][-1]
    assert last["changes"]["state"] == "dispatched"


def test_an_unknown_state_is_rejected(station):
    r = station.op("requests", {"state": "registered", "resident": "甲"})
    station.sync([r])
    res = station.sync([station.op("requests", {"state": "vanished"}, r["row_id"], "update")])
    assert statuses(res) == ["rejected"]


# -- minutes --------------------------------------------------------------------------------
def test_final_minutes_are_immutable(server, station):
    m = station.op("meetings", {"title": "支委会", "status": "draft", "minutes": "草稿"})
    fin = station.op("meetings", {"status": "final", "minutes": "定稿"}, m["row_id"], "update")
    assert statuses(station.sync([m, fin])) == ["ok", "ok"]
    late = station.op("meetings", {"minutes": "改了"}, m["row_id"], "update")
    resp = station.sync([late])
    res = resp["results"][0]
    assert res["status"] == "conflict" and "addendum" in res["reason"]
    assert res["conflict"]["minutes"] == {"local": "改了", "server": "定稿", "kept": "定稿"}
    assert resp["operations"][-1]["changes"] == {"minutes": "定稿"}
    assert export(server, station.id)["meetings"][0]["minutes"] == "定稿"


def test_draft_minutes_changed_on_both_sides_keep_both_versions(server, station, inproc):
    now = int(time.time() * 1000)
    m = station.op("meetings", {"title": "党员大会", "status": "draft"}, hlc=stamp(now, "a" * 16))
    station.sync([m])
    a = station.op(
        "meetings", {"minutes": "版本甲"}, m["row_id"], "update", m["hlc"], stamp(now + 9, "a" * 16)
    )
    b = station.op(
        "meetings", {"minutes": "版本乙"}, m["row_id"], "update", m["hlc"], stamp(now + 5, "b" * 16)
    )
    station.sync([a])
    res = station.sync([b])["results"][0]
    assert res["status"] == "conflict"
    assert res["conflict"]["minutes"] == {"local": "版本乙", "server": "版本甲", "kept": "版本甲"}
    from linju_sync.server.db import conflicts

    with inproc.db.read() as c:
        kept = c.execute(
            select(conflicts.c.local_value).where(conflicts.c.row_id == m["row_id"])
        ).scalars()
        assert [json.loads(v) for v in kept] == ["版本乙"]


# -- feed -----------------------------------------------------------------------------------
def test_own_ops_are_not_echoed_and_the_feed_pages(server, station, inproc):
    resp = station.sync([station.op("members", {"name": f"m{i}"}) for i in range(20)])
    assert resp["operations"] == [] and resp["next_cursor"] == 0
    for year in range(1000, 1000 + MAX_DOWNLOAD_OPS + 7):
        inproc.allocate(station.id, year, 100)
    first = station.sync([])
    assert len(first["operations"]) == MAX_DOWNLOAD_OPS and first["has_more"]
    assert first["checksums"] is None
    second = station.sync([])
    assert len(second["operations"]) == 7 and not second["has_more"]
    assert second["checksums"]["allocations"]["rows"] == MAX_DOWNLOAD_OPS + 7
    seqs = [o["seq"] for o in first["operations"] + second["operations"]]
    assert seqs == sorted(set(seqs)) and second["next_cursor"] == seqs[-1]
    assert station.sync([])["operations"] == []


# -- checksums ------------------------------------------------------------------------------
def test_checksums_match_a_recomputation(server, station, inproc):
    ops = [station.op("members", {"name": f"n{i}"}) for i in range(30)]
    ops += [station.op("members", {"name": "改"}, ops[i]["row_id"], "update") for i in range(5)]
    ops += [station.op("members", {}, ops[i]["row_id"], "tombstone") for i in range(5, 8)]
    server.last_line("allocate", station.id, "2025", "100")
    resp = station.sync(ops)
    want = recomputed(inproc, station.id)
    got = {t: c for t, c in resp["checksums"].items() if c["rows"]}
    assert got == want
    import requests

    r = requests.get(server.base + "/api/v1/checksums", headers=station.headers, timeout=10)
    assert r.json()["tables"] == resp["checksums"]
    # and from the client's own view: ids, stamps and tombstones it holds
    mine = {o["row_id"]: (o["hlc"], 1 if o["kind"] == "tombstone" else 0) for o in ops}
    assert table_checksum([(k, *v) for k, v in mine.items()]).__dict__ == got["members"]


def test_skew_over_five_minutes_warns_but_syncs(station):
    resp = station.sync(
        [station.op("members", {"name": "钟"})], client_time=int(time.time() * 1000) - 86_400_000
    )
    assert statuses(resp) == ["ok"] and resp["warnings"] and "clock" in resp["warnings"][0]
    assert station.sync([])["warnings"] == []
