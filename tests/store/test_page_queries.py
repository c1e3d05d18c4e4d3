"""The named reads behind the funds, requests and member pages (store/page_queries_*.py)."""

from __future__ import annotations

import datetime as dt

from helpers import TODAY, make_id

from linju_desktop.services import attachments, funds, members, resident_requests
from linju_desktop.store import page_queries_funds as fq
from linju_desktop.store import page_queries_people as pq
from linju_desktop.store import page_queries_requests as rq


def _member(store, name: str, building: str, day: int, role: str | None = None) -> str:
    mid, _ = members.add(
        store,
        {
            "name": name,
            "id_number": make_id(dt.date(1950, 1, day), True),
            "joined_date": "1980-01-01",
            "full_date": "1981-01-01",
            "building": building,
        },
        TODAY,
    )
    if role:
        members.set_committee_role(store, mid, role)
    return mid


def test_ledger_years_and_the_marks_of_the_entries_shown(store, tmp_path):
    funds.set_allocation(store, 2025, 100_00)
    a, _ = funds.add_expense(
        store, date=TODAY, amount_fen=10_00, category="other", purpose="甲", overdraw_reason="x"
    )
    b, _ = funds.add_expense(
        store, date=TODAY, amount_fen=20_00, category="other", purpose="乙", overdraw_reason="x"
    )
    funds.reverse(store, a, "录错")
    photo = tmp_path / "r.jpg"
    photo.write_bytes(b"receipt")
    attachments.attach(store, "expenses", b, photo)
    attachments.attach(store, "expenses", b, photo)
    assert fq.ledger_years(store) == {2025, TODAY.year}
    reversed_, receipts = fq.reversed_and_receipts(store, [a, b])
    assert reversed_ == {a: 1} and receipts == {b: 2}
    assert fq.reversed_and_receipts(store, []) == ({}, {})
    assert fq.expense(store, b)["purpose"] == "乙" and fq.expense(store, "nope") is None


def test_people_reads(store):
    assert pq.secretary_name(store) == ""
    ten = _member(store, "十号楼", "10", 1)
    two = _member(store, "二号楼", "2", 2, role="secretary")
    _member(store, "无楼栋", "", 3)
    assert pq.secretary_name(store) == "二号楼"
    assert pq.member_buildings(store) == ["2", "10"]  # house-number order, not text order
    assert pq.member_names(store, {ten, two, ""}) == {ten: "十号楼", two: "二号楼"}
    assert pq.member_names(store, set()) == {}
    assert pq.active_member_count(store) == 3
    members.leave(store, ten, TODAY, "迁出")
    assert pq.active_member_count(store) == 2


def test_request_reads(store):
    assert rq.request_years(store) == []
    resident_requests.register_request(store, resident="张三", description="路灯")
    assert rq.request_years(store) == [str(TODAY.year)]  # on the pinned clock
    assert rq.recent_neighbour_meetings(store) == []
