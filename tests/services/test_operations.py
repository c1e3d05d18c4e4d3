"""perform(): a service call is one transaction that reports what it changed."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import TODAY, make_id

from linju_desktop.domain.errors import ValidationError
from linju_desktop.services import branch, funds, meetings, members
from linju_desktop.services.operations import OpChanges, perform


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
    first = perform(store, _add, "张三", 1)
    mid, _warnings = first.value
    assert first.changes.ids == {"members": frozenset({mid})}
    _add(store, "李四", 2)
    made = perform(store, meetings.create, "branch_assembly", TODAY)
    attendance = {r["id"] for r in meetings.attendance(store, made.value)}
    assert made.changes.tables == {"meetings", "attendance"}
    assert made.changes.ids["meetings"] == {made.value}
    assert made.changes.ids["attendance"] == attendance and len(attendance) == 2
    assert made.changes.touches("funds", "attendance") and not made.changes.touches("funds")


def test_a_record_changed_twice_is_named_once(store):
    def rename_twice(s):
        gid = branch.save_group(s, "一号楼党小组")
        branch.save_group(s, "1号楼党小组", group_id=gid)
        return gid

    done = perform(store, rename_twice)
    assert done.changes.ids == {"party_groups": frozenset({done.value})}


def test_reads_and_local_settings_change_nothing(store):
    assert not perform(store, funds.summary, TODAY.year).changes
    assert perform(store, lambda s: s.set_setting("backup_keep", 3)).changes == OpChanges()


def test_inside_an_open_transaction_only_its_own_changes_count(store):
    with store.transaction():
        earlier, _ = _add(store, "张三", 1)
        later = perform(store, _add, "李四", 2)
    assert later.changes.ids["members"] == {later.value[0]} != {earlier}


def test_a_refused_call_changes_nothing(store):
    with pytest.raises(ValidationError):
        perform(store, members.add, {"name": ""}, TODAY)
    assert members.active_count(store) == 0
