"""The everyday tasks in few steps, driven through the real widgets (tests/steps_support.py
counts the clicks and key presses)."""

from __future__ import annotations

import pytest
from helpers import peek_rows, peek_scalar
from steps_support import (
    EXPENSE_TARGET,
    MEETING_TARGET,
    REQUEST_TARGET,
    add_branch,
    expense_with_receipt,
    members_meeting,
    receipt_image,
    resident_request,
)

from linju_desktop.gui.pages import meetings as meetings_module
from linju_desktop.gui.pages.funds import FundsPage
from linju_desktop.gui.pages.home import HomePage
from linju_desktop.gui.pages.requests import RequestsPage
from linju_desktop.services import meetings as meeting_service


@pytest.fixture(autouse=True)
def _no_modal_questions(monkeypatch):
    monkeypatch.setattr(meetings_module.dialog, "confirm", lambda *a: True)


def test_members_meeting_from_the_reminder_in_eight_actions(qtbot, ctx):
    ids = add_branch(ctx)
    home = HomePage(ctx)
    qtbot.addWidget(home)
    home.show()
    actions = members_meeting(ctx, home)
    assert actions.count <= MEETING_TARGET, actions.log
    new = peek_rows(
        ctx.store, "SELECT id, chair_id, recorder_id, minutes FROM meetings WHERE status = 'draft'"
    )
    assert len(new) == 1
    m = new[0]
    # filled in from the last members' meeting
    assert (m["chair_id"], m["recorder_id"]) == (ids["王秀英@2号楼"], ids["李建国@3号楼"])
    assert m["minutes"] == "传达学习了街道党工委会议精神。"
    rows = meeting_service.attendance(ctx.store, m["id"])
    assert len(rows) == 20
    absent = {(r["name"], r["building"]): r["reason"] for r in rows if r["status"] == "absent"}
    # the right 张建华 of the two, told apart by the building
    assert absent == {("张建华", "5号楼"): "sick", ("黄丽华", "3号楼"): "other:在外地照看孙子"}


def test_roster_search_shows_buildings_and_filters_by_name_or_building(qtbot, ctx):
    add_branch(ctx)
    dlg = meetings_module.MeetingDialog(ctx, None, kind="branch_assembly")
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.type_box.currentData() == "branch_assembly"
    assert dlg.title_edit.text().endswith("支部党员大会")
    twins = [r for r in dlg.roster.rows if r.name == "张建华"]
    assert sorted(r.place.text() for r in twins) == ["1号楼", "5号楼"]
    dlg.roster.search.setText("张建华")
    shown = [r.name for r in dlg.roster.rows if not r.present.isHidden()]
    assert shown == ["张建华", "张建华"]
    dlg.roster.mark_found_absent()  # two found: Enter does nothing
    assert all(r.present.isChecked() for r in dlg.roster.rows)
    dlg.roster.search.setText("3号楼")
    assert len([r for r in dlg.roster.rows if not r.present.isHidden()]) == 4
    dlg.roster.search.clear()
    assert all(not r.present.isHidden() for r in dlg.roster.rows)
    # 其他 needs its note: refused beside the row until written
    row = dlg.roster.rows[0]
    row.present.setChecked(False)
    row.reason_box.setCurrentIndex(row.reason_box.findData("other"))
    assert row.note.isVisible()
    dlg.roster.search.setText("李建国")  # the row with the problem is filtered out...
    assert row.present.isHidden()
    dlg.save()
    assert row.message.isVisible() and "原因" in row.message.text()  # ...and shown again
    assert dlg.roster.search.text() == ""
    assert peek_scalar(ctx.store, "SELECT count(*) FROM meetings WHERE status = 'draft'") == 0
    row.note.setText("家里有事")
    assert not row.message.isVisible()


def test_request_in_five_actions_with_the_address_read_and_category_guessed(qtbot, ctx):
    page = RequestsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    actions = resident_request(ctx, page)
    assert actions.count <= REQUEST_TARGET, actions.log
    req = peek_rows(ctx.store, "SELECT resident, building, unit, room, category FROM requests")
    assert req == [
        {
            "resident": "李大爷",
            "building": "3号楼",
            "unit": "2单元",
            "room": "501",
            "category": "street_lights",
        }
    ]


def test_expense_with_a_receipt_in_six_actions(qtbot, ctx, tmp_path):
    page = FundsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    actions = expense_with_receipt(ctx, page, receipt_image(tmp_path))
    assert actions.count <= EXPENSE_TARGET, actions.log
    row = peek_rows(ctx.store, "SELECT id, amount_fen, purpose, category FROM expenses")[0]
    assert (row["amount_fen"], row["purpose"], row["category"]) == (
        12850,
        "七一活动茶水",
        "activities",
    )
    assert (
        peek_scalar(
            ctx.store,
            "SELECT count(*) FROM attachments WHERE owner_table = 'expenses' AND owner_id = ?",
            (row["id"],),
        )
        == 1
    )
