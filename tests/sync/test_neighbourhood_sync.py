"""The neighbourhood's books through a real district server: each table's conflict policy
as protocol.tables writes it down (the points ledger append-only, one vote per household
with a vote changed on both sides shown as a conflict, a closed consultation immutable)."""

from __future__ import annotations

import datetime as dt
import json

from helpers import peek_rows
from linju_sync.server import district_figures
from linju_sync.server.db import Database, default_url
from linju_sync.server.ingest import district_write
from linju_sync.server.service import Server
from sync_support import district, enrolled_store  # noqa: F401

from linju_desktop.reports.figures import station_figures
from linju_desktop.reports.period import Period
from linju_desktop.services import consultations as cons
from linju_desktop.services import sync as sync_service
from linju_desktop.services import volunteering as vol


def _sync(store):
    report = sync_service.run_sync(store, backoff=0.0)
    assert report.error is None, report.error
    return report


def _attention(store, table):
    return [i for i in sync_service.status(store).attention if i["tbl"] == table]


def _lift(store):
    cid = cons.save_consultation(store, {"title": "1号楼1单元加装电梯", "matter": "lift"})
    hh = [cons.add_household(store, cid, f"{f}01", f, "75") for f in (1, 2, 3)]
    return cid, hh


def test_a_vote_changed_here_and_at_the_district_is_a_conflict(tmp_path, district):  # noqa: F811
    sid = district.add_station()
    store = enrolled_store(tmp_path / "station", district, sid)
    cid, hh = _lift(store)
    cons.record_vote(store, cid, hh[0], "agree")
    _sync(store)
    inproc = Server(Database(default_url(district.data_dir), migrate=False), district.data_dir)
    try:
        with inproc.db.write(sid) as c:
            district_write(
                c, inproc.clock, sid, "votes", cons.vote_id(hh[0]), {"choice": "abstain"}
            )
    finally:
        inproc.db.dispose()
    cons.record_vote(store, cid, hh[0], "disagree", correcting=True)
    _sync(store)
    [item] = _attention(store, "votes")
    assert item["status"] == "conflict" and item["row_id"] == cons.vote_id(hh[0])
    assert json.loads(item["local_value"]) == {"choice": "disagree"}
    # both values kept for the secretary to compare; the later one stands for now
    assert json.loads(item["server_value"])["choice"]["server"] == "abstain"


def test_the_ledger_is_append_only_and_a_closed_consultation_immutable(tmp_path, district):  # noqa: F811
    store = enrolled_store(tmp_path / "station", district)
    vol.ensure_library(store)
    soap = vol.save_goods(store, "肥皂", 10, 10)
    v = vol.save_volunteer(store, {"name": "王芳", "kind": "member", "consent_date": "2026-01-02"})
    item = peek_rows(store, "SELECT id FROM activity_items WHERE name = '帮办代办'")[0]["id"]
    t = vol.publish_task(
        store, item_id=item, title="代缴电费", date="2026-02-01", kind="errand", resident="张奶奶"
    )
    vol.take(store, t, [v])
    vol.complete(store, t, "已缴", {v: 1})
    entry = vol.exchange(store, v, soap, day="2026-02-02")
    cid, _ = _lift(store)
    cons.record_outcome(store, cid, "rejected", "2026-02-10")
    cons.close(store, cid)
    _sync(store)
    assert not sync_service.status(store).attention

    # what no service does, another program or device might: the server keeps its books
    with store.transaction():
        store.update("points_ledger", entry, {"points": -1})
        store.update("consultations", cid, {"outcome": "approved"})
    _sync(store)
    ledger = {i["status"]: i for i in _attention(store, "points_ledger")}
    # refused as money entries are; the copies now differ, which the checksum shows
    assert set(ledger) == {"rejected", "checksum"}
    assert "reversing entry" in ledger["rejected"]["reason"]
    [closed] = _attention(store, "consultations")
    assert closed["status"] == "conflict"
    assert "rejected" in closed["server_value"]
    # the server re-states its value: the station converges to the closed outcome
    _sync(store)
    assert cons.get(store, cid)["outcome"] == "rejected"


def test_the_district_counts_the_neighbourhood_as_the_station_does(tmp_path, district):  # noqa: F811
    sid = district.add_station()
    store = enrolled_store(tmp_path / "station", district, sid)
    vol.ensure_library(store)
    people = [
        vol.save_volunteer(store, {"name": n, "kind": "resident", "consent_date": "2026-01-02"})
        for n in ("甲", "乙")
    ]
    items = {i["name"]: i["id"] for i in peek_rows(store, "SELECT id, name FROM activity_items")}
    for day, item in (("2026-03-01", "楼道清理"), ("2026-04-01", "家电维修")):
        t = vol.publish_task(store, item_id=items[item], title=item, date=day, places=2)
        vol.take(store, t, people)
        vol.complete(store, t, "完成", {people[0]: "2", people[1]: "1.5"})
        vol.rate(store, t, "basically")
    soap = vol.save_goods(store, "肥皂", 5, 10)
    vol.exchange(store, people[0], soap, 2, day="2026-05-01")
    cid, hh = _lift(store)
    for h in hh:
        cons.record_vote(store, cid, h, "agree")
    cons.record_outcome(store, cid, "approved", "2026-06-01")
    _sync(store)
    mine = station_figures(store, Period.year(2026))["neighbourhood"]
    assert mine["activities"] == 2 and mine["lifts_approved"] == 1
    assert mine["points_issued"] == 20 + 15 + 10 + 10 and mine["points_exchanged"] == 10
    db = Database(default_url(district.data_dir), migrate=False)
    try:
        period = (dt.date(2026, 1, 1), dt.date(2026, 12, 31))
        theirs = district_figures.per_station(db, [sid], [period])
    finally:
        db.dispose()
    assert theirs[district_figures.period_key(*period)][sid]["neighbourhood"] == mine
