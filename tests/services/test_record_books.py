"""Meetings, funds, requests, transfers and attachments through the services."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from helpers import TODAY, make_id, peek_scalar

from linju_desktop.domain.errors import ValidationError
from linju_desktop.services import attachments, branch, funds, meetings, members, transfers
from linju_desktop.services import resident_requests as rr
from linju_desktop.services.clock import utc_now
from linju_desktop.store.queries import ListQuery, count


def roster(store, full: int, probationary: int = 0) -> list[str]:
    ids = []
    for i in range(full + probationary):
        kind = {"full_date": "1981-01-01"} if i < full else {"member_kind": "预备党员"}
        joined = "1980-01-01" if i < full else (TODAY - dt.timedelta(days=100)).isoformat()
        mid, _ = members.add(
            store,
            {
                "name": f"党员{'甲乙丙丁戊己庚辛壬癸'[i % 10]}{'一二三四五'[i // 10]}",
                "id_number": make_id(dt.date(1950, 1, 1 + i), True),
                "joined_date": joined,
                **kind,
            },
            TODAY,
        )
        ids.append(mid)
    return ids


def test_branch_assembly_quorum_counts_only_full_members(store):
    ids = roster(store, full=5, probationary=3)
    # 3 of 5 full members present: quorum met; probationary absentees do not matter
    absent = {ids[0]: "sick", ids[1]: "away", ids[5]: "personal", ids[6]: "sick"}
    mid = meetings.create(store, "branch_assembly", TODAY, absent=absent, place="党群服务站")
    q = meetings.quorum(store, mid)
    assert (q.met, q.present_voting, q.required, q.total_voting) == (True, 3, 3, 5)
    meetings.set_attendance(store, mid, ids[2], "absent", "away")
    assert meetings.quorum(store, mid).met is False
    c = meetings.counts(store, mid)
    assert (c.expected, c.present, c.absent) == (8, 3, 5)


def test_absence_needs_a_reason(store):
    ids = roster(store, full=2)
    mid = meetings.create(store, "theme_day", TODAY)
    with pytest.raises(ValidationError):
        meetings.set_attendance(store, mid, ids[0], "absent", None)


def test_finalised_minutes_are_read_only_and_take_addenda(store):
    roster(store, full=2)
    mid = meetings.create(store, "committee", TODAY, minutes="讨论停车问题")
    meetings.finalise(store, mid)
    with pytest.raises(ValidationError):
        meetings.update(store, mid, minutes="改动")
    with pytest.raises(sqlite3.IntegrityError):  # even a write that skips the service
        store.update("meetings", mid, {"minutes": "改动"})
    meetings.add_addendum(store, mid, "更正：会议地点为二楼会议室", "书记")
    assert store.get("meetings", mid)["minutes"] == "讨论停车问题"
    assert peek_scalar(store, "SELECT count(*) FROM addenda WHERE meeting_id = ?", (mid,)) == 1
    assert count(store, ListQuery("meetings", search="停车")) == 1


def test_followup_links_to_a_request(store):
    mid = meetings.create(store, "neighbour", TODAY, resident_count=23)
    rid = rr.register_request(
        store,
        resident="刘阿姨",
        description="3号楼路灯不亮",
        category="street_light"
        if "street_light" in rr.limits(store)
        else next(iter(rr.limits(store))),
        source="neighbour_meeting",
        meeting_id=mid,
    )
    fid = meetings.add_followup(store, mid, "联系物业修路灯", request_id=rid)
    assert store.get("followups", fid)["request_id"] == rid


def test_expenses_balance_overdraw_and_reversal(store):
    funds.set_allocation(store, 2026, 1_450_000, "区委组织部")
    eid, warn = funds.add_expense(
        store,
        date=dt.date(2026, 3, 1),
        amount_fen=1_000_000,
        category="activities",
        purpose="七一活动",
        payee="文具店",
    )
    assert warn == []
    with pytest.raises(ValidationError) as err:
        funds.add_expense(
            store,
            date=dt.date(2026, 4, 1),
            amount_fen=500_000,
            category="materials",
            purpose="宣传栏",
        )
    assert "overdraw_reason" in err.value.by_field()
    _, warn = funds.add_expense(
        store,
        date=dt.date(2026, 4, 1),
        amount_fen=500_000,
        category="materials",
        purpose="宣传栏",
        overdraw_reason="经街道同意先行垫付",
    )
    assert warn and warn[0].warning
    assert funds.summary(store, 2026).balance_fen == -50_000
    rid = funds.reverse(store, eid, "金额录错")
    assert store.get("expenses", rid)["amount_fen"] == -1_000_000
    assert funds.summary(store, 2026).balance_fen == 950_000
    with pytest.raises(ValidationError):
        funds.reverse(store, eid)  # twice
    with pytest.raises(ValidationError):
        funds.reverse(store, rid)  # a reversal of a reversal
    assert store.get("expenses", eid)["amount_fen"] == 1_000_000  # the original stays


def test_request_loop_with_events_and_refusal_naming_the_state(store):
    ids = roster(store, full=1)
    cat = next(iter(rr.limits(store)))
    registered = dt.datetime(2026, 11, 1, 9, 0, tzinfo=dt.UTC)
    rid = rr.register_request(
        store, resident="王大爷", description="楼道堆物", category=cat, at=registered
    )
    rr.act(store, rid, "assess", {})
    rr.act(store, rid, "dispatch", {"handling": "member", "assignee_member_id": ids[0]})
    rr.act(store, rid, "accept")
    rr.act(store, rid, "start")
    rr.act(store, rid, "complete", {"result": "已清理"})
    with pytest.raises(ValidationError) as err:
        rr.act(store, rid, "dispatch", {"handling": "branch"})
    assert "已办结" in str(err.value)
    rr.act(store, rid, "rate", {"rating": "satisfied"})
    req = store.get("requests", rid)
    assert (req["state"], req["assignee_id"], req["rating"]) == ("rated", ids[0], "satisfied")
    actions = [e["action"] for e in rr.events(store, rid)]
    assert actions == ["register", "assess", "dispatch", "accept", "start", "complete", "rate"]
    assert rr.three_lists(store)["results"] == 1


def test_overdue_comes_from_the_category_time_limit(store):
    store.set_setting("request_limits", {"other": 24})
    old = utc_now() - dt.timedelta(hours=30)
    rid = rr.register_request(store, resident="李", description="噪音", category="other", at=old)
    rr.register_request(store, resident="张", description="噪音", category="other")
    assert [r["id"] for r in rr.overdue(store)] == [rid]


def test_transfer_states(store):
    tid, _ = transfers.record(
        store,
        direction="out",
        member_name="周敏",
        other_org="某街道党工委",
        issued_date=TODAY - dt.timedelta(days=10),
        today=TODAY,
    )
    assert transfers.awaiting_receipt(store, TODAY)[0]["state"] == "issued"
    transfers.update_dates(store, tid, TODAY, received_date=TODAY - dt.timedelta(days=2))
    assert transfers.awaiting_receipt(store, TODAY)[0]["state"] == "received"
    transfers.update_dates(store, tid, TODAY, receipt_date=TODAY)
    assert transfers.awaiting_receipt(store, TODAY) == []


def test_photo_attachments_are_stored_once_by_hash(store, tmp_path):
    photo = tmp_path / "receipt.jpg"
    photo.write_bytes(b"\xff\xd8fake jpeg" * 100)
    eid, _ = funds.add_expense(
        store, date=TODAY, amount_fen=100, category="other", purpose="打印", overdraw_reason="测试"
    )
    a1 = attachments.attach(store, "expenses", eid, photo)
    a2 = attachments.attach(store, "expenses", eid, photo)
    sha = store.get("attachments", a1)["sha256"]
    assert store.get("attachments", a2)["sha256"] == sha
    assert attachments.blob_path(store, sha).read_bytes() == photo.read_bytes()
    assert len(list(store.attachments_dir.rglob("*"))) == 2  # one folder, one file
    assert len(attachments.list_for(store, "expenses", eid)) == 2


def test_branch_profile_groups_and_centre_households(store):
    branch.save_profile(
        store,
        name="幸福里小区综合党支部",
        compounds=["幸福里", "和平苑"],
        community="和平社区",
        street="新华街道",
        district="城南区",
    )
    branch.save_profile(store, name="幸福里小区综合党支部", community="和平社区")
    assert peek_scalar(store, "SELECT count(*) FROM branch") == 1
    ids = roster(store, full=1)
    gid = branch.save_group(store, "第一党小组", leader_id=ids[0], buildings="1-3号楼")
    assert branch.party_groups(store)[0]["leader_name"] == store.get("members", ids[0])["name"]
    branch.add_contact_household(
        store, ids[0], building="1", unit="2", room="301", resident="陈奶奶"
    )
    assert store.get("members", ids[0])["is_centre_household"] == 1
    assert len(branch.contact_households(store, ids[0])) == 1
    assert gid
