"""The neighbourhood's books through their services, on a real record book: a task from
publishing to rating with hours and points, exchanges and reversals, a consultation from
its households to the closed 公示; bad input refused with nothing half-saved."""

from __future__ import annotations

import pytest
from helpers import peek_rows, peek_scalar

from linju_desktop.domain.errors import ValidationError
from linju_desktop.services import consultations as cons
from linju_desktop.services import volunteering as vol


def _count(store, table):
    return peek_scalar(store, f"SELECT count(*) FROM {table}")


@pytest.fixture
def book(store):
    vol.ensure_library(store)
    people = {
        n: vol.save_volunteer(
            store,
            {
                "name": n,
                "kind": k,
                "consent_date": "2026-01-05",
                "employer": "区税务局" if k == "reporting" else "",
            },
        )
        for n, k in [("王芳", "member"), ("李强", "reporting"), ("赵敏", "resident")]
    }
    items = {i["name"]: i for i in peek_rows(store, "SELECT * FROM activity_items")}
    return store, people, items


def test_the_library_is_put_in_once(store):
    assert vol.ensure_library(store) == 39 + 5
    assert vol.ensure_library(store) == 0


def test_a_task_from_publishing_to_rating_earns_points_by_its_rule(book):
    store, p, items = book
    tid = vol.publish_task(
        store,
        item_id=items["楼道清理"]["id"],
        title="3号楼楼道清理",
        date="2026-03-07",
        place="3号楼",
        places=3,
    )
    assert vol.get_task(store, tid)["number"] == "R2026-00001"
    assert vol.take(store, tid, [p["王芳"], p["李强"]]) == "taken"
    with pytest.raises(ValidationError, match=r"已评单|已接单"):
        vol.rate(store, tid, "satisfied")
    vol.complete(store, tid, "清出杂物两车", {p["王芳"]: "2.5", p["李强"]: 2})
    # points are not earned from hours alone: per hour x 10 once done
    assert vol.balance(store, p["王芳"]) == 25 and vol.balance(store, p["李强"]) == 20
    vol.rate(store, tid, "satisfied", "很干净")
    rec = vol.record_of(store, p["王芳"])
    assert rec.minutes == 150 and rec.earned == 25
    assert [s["title"] for s in rec.service] == ["3号楼楼道清理"]
    # editing the library later changes no past points
    vol.save_item(store, {**items["楼道清理"], "points": 100}, items["楼道清理"]["id"])
    assert vol.balance(store, p["王芳"]) == 25


def test_an_errand_rated_by_the_resident(book):
    store, p, items = book
    tid = vol.publish_task(
        store,
        item_id=items["家电维修"]["id"],
        title="修理洗衣机",
        date="2026-03-08",
        kind="errand",
        resident="孙大爷",
    )
    vol.take(store, tid, [p["赵敏"]])
    vol.complete(store, tid, "更换进水阀", {p["赵敏"]: 1})
    assert vol.balance(store, p["赵敏"]) == 0  # per rating: nothing until rated
    vol.rate(store, tid, "basically")
    assert vol.balance(store, p["赵敏"]) == 10


def test_hours_are_refused_beyond_a_day_and_for_people_who_did_not_take_it(book):
    store, p, items = book
    a = vol.publish_task(
        store, item_id=items["治安巡逻"]["id"], title="夜间巡逻", date="2026-03-09", places=2
    )
    b = vol.publish_task(
        store, item_id=items["门岗值守"]["id"], title="门岗", date="2026-03-09", places=2
    )
    vol.take(store, a, [p["王芳"]])
    vol.take(store, b, [p["王芳"]])
    vol.record_hours(store, a, p["王芳"], 20)
    before = _count(store, "change_log")
    with pytest.raises(ValidationError, match=r"王芳.*2026-03-09.*20"):
        vol.complete(store, b, "值守", {p["王芳"]: 5})
    with pytest.raises(ValidationError, match="李强"):
        vol.record_hours(store, a, p["李强"], 1)
    for bad in (-1, 0, 25):
        with pytest.raises(ValidationError, match="24"):
            vol.record_hours(store, a, p["王芳"], bad)
    assert _count(store, "change_log") == before  # nothing half-saved
    assert vol.get_task(store, b)["state"] == "taken"


def test_an_exchange_lowers_balance_and_stock_and_is_undone_only_by_a_reversal(book):
    store, p, items = book
    tid = vol.publish_task(
        store,
        item_id=items["帮办代办"]["id"],
        title="代办医保",
        date="2026-03-10",
        kind="errand",
        resident="钱奶奶",
    )
    vol.take(store, tid, [p["王芳"]])
    vol.complete(store, tid, "医保卡已办好", {p["王芳"]: 3})
    for _ in range(4):  # 4 errands x 20 points per task
        t = vol.publish_task(
            store,
            item_id=items["帮办代办"]["id"],
            title="代缴燃气费",
            date="2026-03-11",
            kind="errand",
            resident="钱奶奶",
        )
        vol.take(store, t, [p["王芳"]])
        vol.complete(store, t, "已缴", {p["王芳"]: 1})
    assert vol.balance(store, p["王芳"]) == 100
    towel = peek_rows(store, "SELECT id FROM goods WHERE name = '毛巾'")[0]["id"]
    entry = vol.exchange(store, p["王芳"], towel, 2, day="2026-03-12")
    assert vol.balance(store, p["王芳"]) == 0
    from linju_desktop.store.reads import neighbourhood as reads

    assert reads.goods_left(store, towel) == 58
    with pytest.raises(ValidationError, match="0 积分"):
        vol.exchange(store, p["王芳"], towel, 1)
    vol.reverse(store, entry, "登记错人")
    assert vol.balance(store, p["王芳"]) == 100 and reads.goods_left(store, towel) == 60
    with pytest.raises(ValidationError, match="已冲正"):
        vol.reverse(store, entry, "再来一次")
    assert [e["kind"] for e in vol.record_of(store, p["王芳"]).ledger] == ["exchange", "reversal"]
    oil = peek_rows(store, "SELECT id FROM goods WHERE name LIKE '食用油%'")[0]["id"]
    vol.save_goods(store, "食用油（5升）", 50, 1, oil)
    with pytest.raises(ValidationError, match="只剩 1 件"):
        vol.exchange(store, p["王芳"], oil, 2)


def lift(store, floors=6):
    cid = cons.save_consultation(
        store, {"title": "3号楼2单元加装电梯", "matter": "lift", "building": "3", "unit": "2"}
    )
    ids = {}
    for f in range(1, floors + 1):
        for side in ("01", "02"):
            ids[f"{f}{side}"] = cons.add_household(
                store, cid, f"{f}{side}", f, "80.5", f"业主{f}{side}"
            )
    return cid, ids


def test_a_lift_vote_with_its_live_tally_cost_sharing_outcome_and_closing(store):
    cid, hh = lift(store)
    t = None
    for i, room in enumerate(sorted(hh)):
        if i < 10:
            t = cons.record_vote(store, cid, hh[room], "agree" if i < 8 else "disagree")
    assert t.voting == 10 and t.participation_met and t.agreement_number.need == 8
    assert t.passes
    with pytest.raises(ValidationError, match=r"101.*已表决"):
        cons.record_vote(store, cid, hh["101"], "disagree")
    cons.record_vote(store, cid, hh["101"], "disagree", correcting=True)
    assert not cons.tally(store, cid).passes  # 7 of 10 agree < 3/4
    with pytest.raises(ValidationError, match="不属于"):
        cons.record_vote(store, cid, "no-such-household", "agree")
    coeff = {1: "0", 2: "0.6", 3: "0.8", 4: "1", 5: "1.2", 6: "1.4"}
    shares = cons.set_cost_sharing(store, cid, 36_000_000, coeff)
    assert sum(shares.values()) == 36_000_000 and shares[hh["101"]] == 0
    assert cons.cost_sharing(store, cid).shares == shares
    with pytest.raises(ValidationError, match="系数"):
        cons.set_cost_sharing(store, cid, 100, {**coeff, 3: "-1"})
    cons.record_outcome(store, cid, "approved", "2026-04-01")
    cons.close(store, cid)
    for write in (
        lambda: cons.record_vote(store, cid, hh["602"], "agree"),
        lambda: cons.add_household(store, cid, "701", 7, "80"),
        lambda: cons.save_consultation(store, {"title": "改", "matter": "lift"}, cid),
        lambda: cons.close(store, cid),
    ):
        with pytest.raises(ValidationError, match="已结束"):
            write()
    cons.add_addendum(store, cid, "2026年9月电梯已投入使用")
    assert _count(store, "consultation_addenda") == 1


def test_households_come_from_a_sheet_all_or_none(store, tmp_path):
    cid = cons.save_consultation(store, {"title": "5号楼更换燃气管道", "matter": "renovation"})
    good = tmp_path / "households.csv"
    good.write_text(
        "房号,业主,楼层,建筑面积\n101,张三,1,76.2\n201,李四,2层,76.2\n", encoding="utf-8"
    )
    assert cons.import_households(store, cid, good) == 2
    bad = tmp_path / "bad.csv"
    bad.write_text("房号,楼层,建筑面积\n301,3,70\n401,4,-5\n", encoding="utf-8")
    with pytest.raises(ValidationError, match="第 3 行"):
        cons.import_households(store, cid, bad)
    assert _count(store, "households") == 2


def test_export_all_carries_the_new_books(book, tmp_path):
    import json

    from linju_desktop.services.exporting import export_all

    store, _, _ = book
    cid, hh = lift(store, floors=2)
    cons.record_vote(store, cid, hh["101"], "agree")
    counts = export_all(store, tmp_path / "all.json")
    tables = json.loads((tmp_path / "all.json").read_text(encoding="utf-8"))["tables"]
    for table in ("volunteers", "activity_items", "goods", "consultations", "households", "votes"):
        assert counts[table] == len(tables[table]) > 0, table
    assert {"tasks", "service_hours", "points_ledger", "consultation_addenda"} <= set(tables)
