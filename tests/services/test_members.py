from __future__ import annotations

import datetime as dt

import pytest
from helpers import TODAY, make_id, peek_scalar

from linju_desktop.domain.errors import ValidationError
from linju_desktop.services import members
from linju_desktop.store.queries import ListQuery, count


def test_add_derives_birth_and_gender_and_initials(store):
    idn = make_id(dt.date(1950, 3, 12), male=True)
    mid, warnings = members.add(
        store,
        {
            "name": "张三丰",
            "id_number": idn,
            "joined_date": "1975-07-01",
            "full_date": "1976-07-01",
            "party_group": "一组",
        },
        TODAY,
    )
    row = store.get("members", mid)
    assert row["birth_date"] == "1950-03-12" and row["gender"] == "male"
    assert row["name_initials"] == "zsf" and row["member_kind"] == "full"
    assert store.get("party_groups", row["party_group_id"])["name"] == "一组"
    assert count(store, ListQuery("members", search="zsf")) == 1
    assert warnings == []


def test_duplicate_id_is_refused_naming_the_holder(store):
    idn = make_id(dt.date(1960, 1, 1), male=False)
    members.add(
        store,
        {"name": "王芳", "id_number": idn, "full_date": "1990-01-01", "joined_date": "1989-01-01"},
        TODAY,
    )
    with pytest.raises(ValidationError) as err:
        members.add(store, {"name": "王小芳", "id_number": idn}, TODAY)
    assert "王芳" in err.value.by_field()["id_number"][0]
    assert peek_scalar(store, "SELECT count(*) FROM members") == 1


def test_contradicting_gender_is_refused(store):
    idn = make_id(dt.date(1960, 1, 1), male=False)
    with pytest.raises(ValidationError) as err:
        members.add(store, {"name": "王芳", "id_number": idn, "gender": "男"}, TODAY)
    assert "gender" in err.value.by_field()


def test_update_rechecks_and_leave_keeps_history(store):
    idn = make_id(dt.date(1955, 5, 5), male=True)
    mid, _ = members.add(
        store,
        {"name": "李明", "id_number": idn, "joined_date": "1980-01-01", "full_date": "1981-01-01"},
        TODAY,
    )
    with pytest.raises(ValidationError):
        members.update(store, mid, {"joined_date": "1960-01-01"}, TODAY)  # aged 4
    changed, _ = members.update(store, mid, {"mobile": "+86 138 0013 8000"}, TODAY)
    assert changed and store.get("members", mid)["mobile"] == "13800138000"
    assert members.update(store, mid, {"mobile": "13800138000"}, TODAY)[0] is False
    members.leave(store, mid, TODAY, "转出至外区")
    row = store.get("members", mid)
    assert row["status"] == "left" and row["left_reason"] == "转出至外区"
    assert members.active_roster(store) == []


def test_probation_ending_lists_members_due_within_60_days(store):
    joined = TODAY - dt.timedelta(days=340)
    idn = make_id(dt.date(1990, 1, 1), male=True)
    members.add(
        store,
        {
            "name": "赵新",
            "id_number": idn,
            "joined_date": joined.isoformat(),
            "member_kind": "预备党员",
        },
        TODAY,
    )
    assert [m["name"] for m in members.probation_ending(store, TODAY)] == ["赵新"]
    assert members.probation_ending(store, TODAY, days=10) == []
