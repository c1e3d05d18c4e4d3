"""Hardening, item 2: rows the district owns stay the district's.

An allocation the district has set cannot be changed, removed or shadowed by a station,
whatever row id it uses; a station's own allocation (typed in the first-run setup or in
Settings) is taken only while the district has set none for that year, and the district's
allocate and dispatch keep working whatever the stations sent."""

from __future__ import annotations

import json
import uuid

from helpers import peek_scalar
from sync_support import district, enrolled_store  # noqa: F401

from linju_desktop.services import funds
from linju_desktop.services import sync as sync_service
from linju_desktop.services.exporting import export_all
from linju_desktop.services.sync_store import SqliteStationStore


def export(server, station_id):
    out = server.data_dir / f"export-{uuid.uuid4().hex}.json"
    server.cli("export", "--station", station_id, "--out", str(out))
    return json.loads(out.read_text())["tables"]


def statuses(resp):
    return [r["status"] for r in resp["results"]]


def allocations(server, station_id):
    return sorted((a["year"], a["amount_fen"]) for a in export(server, station_id)["allocations"])


def old_predictable_id(station_id: str, year: int) -> str:
    """The id allocate used to give a station's allocation row: anyone could compute it."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"linju:allocation:{station_id}:{year}"))


# -- on the wire ------------------------------------------------------------------------------
def test_a_station_cannot_block_the_allocation_of_another(server):
    a = server.enroll(server.add_station("甲小区"))
    b = server.enroll(server.add_station("乙小区"))
    squat = a.op("allocations", {"year": 2030, "amount_fen": 1}, old_predictable_id(b.id, 2030))
    a.sync([squat])
    row_id = server.last_line("allocate", b.id, "2030", "14500")
    assert row_id != squat["row_id"]
    ops = [o for o in b.sync([])["operations"] if o["table"] == "allocations"]
    assert [(o["row_id"], o["changes"]["amount_fen"]) for o in ops] == [(row_id, 1_450_000)]
    assert allocations(server, b.id) == [(2030, 1_450_000)]
    # and the district sets A's own year too: A's row becomes the district's
    server.cli("allocate", a.id, "2030", "100")
    assert allocations(server, a.id) == [(2030, 10_000)]


def test_the_districts_allocation_cannot_be_changed_or_removed_by_the_station(server, station):
    row_id = server.last_line("allocate", station.id, "2026", "14500")
    station.sync([])  # downloaded: nothing concurrent about what follows
    edit = station.op("allocations", {"amount_fen": 99_999_999}, row_id, "update")
    drop = station.op("allocations", {}, row_id, "tombstone")
    again = station.op("allocations", {"year": 2026, "amount_fen": 1}, row_id)
    resp = station.sync([edit, drop, again])
    assert statuses(resp) == ["rejected"] * 3
    assert all("district" in r["reason"] and "2026" in r["reason"] for r in resp["results"])
    # the district's values are re-stated, so the station converges to them
    restated: dict[str, object] = {}
    for o in resp["operations"]:
        assert o["row_id"] == row_id
        restated.update(o["changes"])
    assert restated == {"amount_fen": 1_450_000, "deleted": 0, "year": 2026}
    assert allocations(server, station.id) == [(2026, 1_450_000)]
    assert resp["checksums"]["allocations"]["rows"] == 1
    # the district is never blocked
    assert server.last_line("allocate", station.id, "2026", "16000") == row_id
    assert allocations(server, station.id) == [(2026, 1_600_000)]


def test_a_station_allocation_counts_until_the_district_sets_the_year(server, station):
    own = station.op("allocations", {"year": 2027, "amount_fen": 1_000_000, "source": "区里"})
    assert statuses(station.sync([own])) == ["ok"]
    fix = station.op("allocations", {"amount_fen": 1_200_000}, own["row_id"], "update")
    assert statuses(station.sync([fix])) == ["ok"]
    assert allocations(server, station.id) == [(2027, 1_200_000)]
    # a second allocation for the same year is withdrawn
    second = station.op("allocations", {"year": 2027, "amount_fen": 5})
    resp = station.sync([second])
    assert (
        statuses(resp) == ["rejected"]
        and "already has an allocation" in resp["results"][0]["reason"]
    )
    assert [(o["row_id"], o["changes"]) for o in resp["operations"]] == [
        (second["row_id"], {"deleted": 1})
    ]
    # the district sets the year: the station's row becomes the district's, in place
    assert server.last_line("allocate", station.id, "2027", "14500") == own["row_id"]
    (down,) = station.sync([])["operations"]
    assert down["row_id"] == own["row_id"] and down["changes"]["amount_fen"] == 1_450_000
    later = station.op("allocations", {"amount_fen": 2_000_000}, own["row_id"], "update")
    resp = station.sync([later])
    assert statuses(resp) == ["rejected"]
    assert resp["operations"][-1]["changes"] == {"amount_fen": 1_450_000}
    assert allocations(server, station.id) == [(2027, 1_450_000)]
    # a station may still make an allocation for a year the district has not set
    other = station.op("allocations", {"year": 2028, "amount_fen": 7})
    assert statuses(station.sync([other])) == ["ok"]


def test_a_station_allocation_for_a_year_the_district_has_set_is_withdrawn(server, station):
    district_row = server.last_line("allocate", station.id, "2029", "14500")
    # typed at the station before it downloaded the district's
    typed = station.op("allocations", {"year": 2029, "amount_fen": 300})
    resp = station.sync([typed])
    assert statuses(resp) == ["rejected"]
    assert "already set the allocation for 2029" in resp["results"][0]["reason"]
    rows = {(o["row_id"], json.dumps(o["changes"], sort_keys=True)) for o in resp["operations"]}
    assert (typed["row_id"], '{"deleted": 1}') in rows
    assert any(r == district_row for r, _ in rows)
    assert allocations(server, station.id) == [(2029, 1_450_000)]
    # both rows are there on both sides (one a tombstone), so the checksums can agree
    assert resp["checksums"]["allocations"]["rows"] == 2
    # a repeat, then the district again: nothing sticks
    assert station.sync([typed])["results"][0]["status"] == "duplicate"
    assert server.last_line("allocate", station.id, "2029", "15000") == district_row


def test_station_transfers_are_still_the_stations(server, station):
    t = station.op(
        "transfers", {"member_name": "张三", "direction": "out", "issued_date": "2025-03-01"}
    )
    assert statuses(station.sync([t])) == ["ok"]
    upd = station.op("transfers", {"receipt_date": "2025-04-02"}, t["row_id"], "update")
    assert statuses(station.sync([upd])) == ["ok"]
    assert export(server, station.id)["transfers"][0]["receipt_date"] == "2025-04-02"


# -- the desktop, end to end ------------------------------------------------------------------
def test_the_secretarys_allocation_then_the_districts(tmp_path, district):  # noqa: F811
    sid = district.add_station()
    store = enrolled_store(tmp_path / "station", district, sid)
    try:
        funds.set_allocation(store, 2027, 1_000_000, "区里")  # the first-run setup
        report = sync_service.run_sync(store, backoff=0.0)
        assert report.fully_synced, report.error
        district.cli("allocate", sid, "2027", "14500")
        assert sync_service.run_sync(store, backoff=0.0).fully_synced
        assert funds.allocation(store, 2027)["amount_fen"] == 1_450_000
        # Settings: the secretary types another amount; the district's stands
        funds.set_allocation(store, 2027, 2_000_000, "区里")
        report = sync_service.run_sync(store, backoff=0.0)
        assert report.error is None and not report.mismatched
        (item,) = SqliteStationStore(store).attention()
        assert item["status"] == "rejected" and item["tbl"] == "allocations"
        assert "2027" in item["reason"] and "district" in item["reason"]
        # the server's reason code, in the secretary's words
        assert "2027 年度的经费已由区里拨付，站点不能修改或删除" in sync_service.explain(item)
        assert funds.allocation(store, 2027)["amount_fen"] == 1_450_000
        assert peek_scalar(store, "SELECT count(*) FROM allocations") == 1
        again = sync_service.run_sync(store, backoff=0.0)
        assert again.fully_synced and again.sent == 0, again
        _same_as_district(store, district, sid, tmp_path)
    finally:
        store.close()


def test_the_districts_allocation_then_the_secretarys(tmp_path, district):  # noqa: F811
    year = 2026
    sid = district.add_station()
    district.cli("allocate", sid, str(year), "14500")
    store = enrolled_store(tmp_path / "station", district, sid)
    try:
        funds.set_allocation(store, year, 300_000, "区里")  # before the first sync
        report = sync_service.run_sync(store, backoff=0.0)
        assert report.error is None and not report.mismatched, report
        items = SqliteStationStore(store).attention()
        assert [i["status"] for i in items] == ["rejected"]
        assert "already set the allocation" in items[0]["reason"]
        # one live allocation for the year, the district's: never counted twice
        assert (
            peek_scalar(
                store, "SELECT count(*) FROM allocations WHERE year = ? AND deleted = 0", (year,)
            )
            == 1
        )
        assert funds.allocation(store, year)["amount_fen"] == 1_450_000
        district.cli("allocate", sid, str(year), "15000")
        report = sync_service.run_sync(store, backoff=0.0)
        assert report.error is None and not report.mismatched
        assert funds.allocation(store, year)["amount_fen"] == 1_500_000
        _same_as_district(store, district, sid, tmp_path)
    finally:
        store.close()


def _same_as_district(store, district, sid, tmp_path) -> None:  # noqa: F811
    from sync_support import comparable

    export_all(store, tmp_path / "mine.json")
    mine = json.loads((tmp_path / "mine.json").read_text(encoding="utf-8"))
    theirs = district.export(sid, tmp_path / "theirs.json")
    assert comparable(theirs, ["allocations"]) == comparable(mine, ["allocations"])
