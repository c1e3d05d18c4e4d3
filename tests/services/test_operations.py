"""A service call run as one operation reports what it changed (services/op_changes.run)."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import TODAY, make_id

from linju_desktop.domain.errors import ValidationError
from linju_desktop.services import branch, funds, meetings, members
from linju_desktop.services.op_changes import OpChanges, run


def _add(store, name: str, day: int):
    return members.add(
        store,
        {
            "name": name,
            "id_number": make_id(dt.date(1960, 1, day), True),
            "joined_date": "1990-01-01",
            "full_date": "1991-01-01",
        },
        TODAY,
    )


def test_the_changes_name_the_records_written(store):
    (mid, _warnings), first = run(store, lambda: _add(store, "张三", 1))
    assert first.tables == {"members"} and first.ids_in("members") == {mid}
    _add(store, "李四", 2)
    meeting, made = run(store, lambda: meetings.create(store, "branch_assembly", TODAY))
    attendance = {r["id"] for r in meetings.attendance(store, meeting)}
    assert made.tables == {"meetings", "attendance"}
    assert made.ids_in("meetings") == {meeting}
    assert made.ids_in("attendance") == attendance and len(attendance) == 2
    assert made.touches("funds", "attendance") and not made.touches("funds")


def test_a_record_changed_twice_is_named_once(store):
    def rename_twice():
        gid = branch.save_group(store, "一号楼党小组")
        branch.save_group(store, "1号楼党小组", group_id=gid)
        return gid

    gid, done = run(store, rename_twice)
    assert done.ids == {("party_groups", gid)}


def test_reads_and_local_settings_change_nothing(store):
    assert not run(store, lambda: funds.summary(store, TODAY.year))[1]
    assert run(store, lambda: store.set_setting("backup_keep", 3))[1] == OpChanges()


def test_inside_an_open_transaction_only_its_own_changes_count(store):
    with store.transaction():
        earlier, _ = _add(store, "张三", 1)
        (later, _w), changed = run(store, lambda: _add(store, "李四", 2))
    assert changed.ids_in("members") == {later} != {earlier}


def test_a_refused_call_changes_nothing(store):
    with pytest.raises(ValidationError):
        run(store, lambda: members.add(store, {"name": ""}, TODAY))
    assert members.active_count(store) == 0
