"""An operation's changes come from the change log written in its own transaction."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import peek_scalar

from linju_desktop.domain.errors import ValidationError
from linju_desktop.services import meetings
from linju_desktop.services.op_changes import OpChanges, run


def test_run_reports_the_tables_and_ids_it_wrote(store):
    with store.transaction():
        store.insert("members", {"name": "赵一", "status": "active"})  # before: not reported
    mid, changes = run(
        store, lambda: meetings.create(store, "committee", dt.date(2026, 3, 1), title="会")
    )
    assert changes.touches("meetings") and ("meetings", mid) in changes.ids
    assert changes.ids_in("meetings") == {mid}
    assert "members" not in changes.tables
    # attendance rows of the one committee member? none: 赵一 has no committee role
    assert changes.tables <= {"meetings", "attendance"}

    _none, nothing = run(store, lambda: None, tables=["settings"])
    assert nothing.tables == {"settings"} and not nothing.ids and nothing


def test_a_failing_call_rolls_back_and_reports_nothing(store):
    def call() -> None:
        store.insert("members", {"name": "钱二", "status": "active"})
        raise ValidationError([])

    with pytest.raises(ValidationError):
        run(store, call)
    assert peek_scalar(store, "SELECT count(*) FROM members") == 0


def test_op_changes_value():
    a = OpChanges.of([("meetings", "m1"), ("attendance", "a1"), ("meetings", "m1")])
    assert a.tables == {"meetings", "attendance"} and len(a.ids) == 2
    assert not OpChanges() and a
    b = a.merged(OpChanges.of([("addenda", "x")]))
    assert b.touches("addenda", "funds") and not a.touches("addenda")
