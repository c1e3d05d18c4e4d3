"""The requests page: intake to rating through the dialogs, offered steps, lists and counts."""

from __future__ import annotations

import datetime as dt

from helpers import peek_rows, peek_scalar
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from linju_desktop.domain import requests as rules
from linju_desktop.gui.pages.requests import (
    ActionDialog,
    IntakeDialog,
    RequestDialog,
    RequestsPage,
)
from linju_desktop.gui.pages.requests import actions as page_module
from linju_desktop.gui.worker import busy
from linju_desktop.services import members as member_service
from linju_desktop.services import resident_requests as service
from linju_desktop.services.clock import utc_now


def _settled(qtbot) -> None:
    """Saves run as operations on the writer thread: wait until they reported back."""
    qtbot.waitUntil(lambda: not busy(), timeout=5000)


def _register(qtbot, ctx) -> str:
    dlg = IntakeDialog(ctx)
    dlg.form.editors["resident"].insert("李大爷")
    dlg.address.insert("3-2-301")
    cat = dlg.form.editors["category"]
    cat.setCurrentIndex(cat.findData("street_lights"))
    dlg.form.editors["description"].setPlainText("楼下路灯坏了一周")
    dlg.save()
    _settled(qtbot)
    assert dlg.result() == QDialog.DialogCode.Accepted
    return dlg.request_id


def test_intake_needs_resident_and_description(qtbot, ctx):
    dlg = IntakeDialog(ctx)
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.more.editors["source"].currentData() == "visit"
    assert not dlg.more.isVisible() and dlg.more_box.title() == "来源：来访"
    dlg.more_box.setChecked(True)  # unfolded: where it came from, and the meeting if any
    assert dlg.more.isVisible()
    assert dlg.more.labels["meeting_id"].isHidden()  # only for neighbour meetings
    src = dlg.more.editors["source"]
    src.setCurrentIndex(src.findData("neighbour_meeting"))
    assert not dlg.more.labels["meeting_id"].isHidden()
    assert dlg.more_box.title() == "来源：邻里会"
    dlg.save()
    _settled(qtbot)
    assert dlg.form.messages["resident"].isVisible()
    assert dlg.form.messages["description"].isVisible()
    assert peek_scalar(ctx.store, "SELECT count(*) FROM requests") == 0


def test_intake_has_five_fields_one_address_and_guesses_the_category(qtbot, ctx):
    dlg = IntakeDialog(ctx)
    qtbot.addWidget(dlg)
    dlg.show()
    shown = [k for k, label in dlg.form.labels.items() if not label.isHidden()]
    assert shown == ["resident", "contact", "address", "description", "category"]
    assert not dlg.more.isVisible()  # where it came from: a visit, unless unfolded
    assert dlg.focusWidget() is dlg.form.editors["resident"]
    cat = dlg.form.editors["category"]
    assert cat.currentData() == "other"
    dlg.form.editors["description"].setPlainText("楼道里有人飞线给电动车充电")
    assert cat.currentData() == "flying_lead"
    # Once the secretary picks a category, the description no longer changes it.
    cat.setCurrentIndex(cat.findData("parking"))
    cat.activated.emit(cat.currentIndex())
    dlg.form.editors["description"].setPlainText("垃圾没人清运")
    assert cat.currentData() == "parking"
    dlg.form.editors["resident"].insert("王阿姨")
    dlg.address.insert("5号楼1单元1203室")
    dlg.save()
    _settled(qtbot)
    req = peek_rows(ctx.store, "SELECT building, unit, room, category FROM requests")[0]
    assert req == {"building": "5号楼", "unit": "1单元", "room": "1203", "category": "parking"}


def _scripted(qtbot, fill: dict):
    """An exec() for ActionDialog that fills the fields for its action, then saves."""

    def run(self: ActionDialog) -> int:
        fill.get(self.action, lambda _d: None)(self)
        self.save()
        _settled(qtbot)
        return self.result()

    return run


def test_request_from_intake_to_rated_through_the_dialogs(qtbot, demo_ctx, monkeypatch):
    ctx = demo_ctx
    rid = _register(qtbot, ctx)
    req = ctx.store.get("requests", rid)
    assert (req["state"], req["category"], req["building"], req["unit"], req["room"]) == (
        "registered",
        "street_lights",
        "3号楼",
        "2单元",
        "301",
    )
    member = member_service.active_roster(ctx.store)[5]

    def dispatch(d: ActionDialog) -> None:
        assert d.form.labels["assignee_member_id"].isHidden()
        d.radios["member"].setChecked(True)
        assert not d.form.labels["assignee_member_id"].isHidden()
        assert d.form.labels["department"].isHidden()
        d.member.lineEdit().setText(member["name"])  # typed, not picked from the list
        assert d.member.member_id() == member["id"]

    def complete(d: ActionDialog) -> None:
        d.save()  # no result yet: the message shows beside the field and nothing moves
        _settled(qtbot)
        assert not d.form.messages["result"].isHidden()
        assert ctx.store.get("requests", rid)["state"] in ("accepted", "in_progress")
        d.form.editors["result"].setPlainText("已更换灯泡")

    def rate(d: ActionDialog) -> None:
        d.radios["satisfied"].setChecked(True)
        d.form.editors["note"].setPlainText("谢谢支部")

    monkeypatch.setattr(
        ActionDialog,
        "exec",
        _scripted(qtbot, {"dispatch": dispatch, "complete": complete, "rate": rate}),
    )
    dlg = RequestDialog(ctx, rid)
    qtbot.addWidget(dlg)
    dlg.show()
    path = ["assess", "dispatch", "accept", "start", "complete", "rate"]
    for action in path:
        state = ctx.store.get("requests", rid)["state"]
        assert list(dlg.action_buttons) == rules.allowed_actions(state)
        dlg.action_buttons[action].click()
        assert ctx.store.get("requests", rid)["state"] == rules.TRANSITIONS[action][1]
    req = ctx.store.get("requests", rid)
    assert (req["handling"], req["assignee_id"], req["rating"]) == (
        "member",
        member["id"],
        "satisfied",
    )
    assert req["result"] == "已更换灯泡"
    # Rated "satisfied": archive only; reopen would be refused, so it is not offered.
    assert list(dlg.action_buttons) == ["archive"]
    assert dlg.timeline.rowCount() == 7
    steps = [dlg.timeline.item(i, 1).text() for i in range(7)]
    assert steps[1:] == [rules.ACTION_LABELS[a] for a in path]
    dispatched = dlg.timeline.item(2, 3).text()
    assert member["name"] in dispatched and "党员接单" in dispatched
    assert dlg.timeline.item(3, 2).text() == member["name"]  # the member accepted it
    assert "已评价" in dlg.header.text()
    dlg.action_buttons["archive"].click()
    assert ctx.store.get("requests", rid)["state"] == "archived"
    assert dlg.action_buttons == {} and "归档" in dlg.next_label.text()


def test_offered_buttons_match_allowed_actions_in_every_state(qtbot, demo_ctx):
    rows = peek_rows(
        demo_ctx.store,
        "SELECT id, state, rating FROM requests GROUP BY state, coalesce(rating, '')",
    )
    assert len({r["state"] for r in rows}) >= 5
    for r in rows:
        dlg = RequestDialog(demo_ctx, r["id"])
        qtbot.addWidget(dlg)
        want = [
            a
            for a in rules.allowed_actions(r["state"])
            if a != "reopen" or r["rating"] == "unsatisfied"
        ]
        assert list(dlg.action_buttons) == want, r
        dlg.close()


def test_return_needs_a_note_and_department_dispatch_is_remembered(qtbot, ctx):
    rid = service.register_request(ctx.store, resident="王阿姨", description="楼道堆物")
    service.act(ctx.store, rid, "assess")
    dlg = ActionDialog(ctx, ctx.store.get("requests", rid), "dispatch")
    qtbot.addWidget(dlg)
    dlg.radios["department"].setChecked(True)
    dlg.save()
    _settled(qtbot)
    assert not dlg.form.messages["department"].isHidden()
    dlg.department.setEditText("街道消防站")
    dlg.save()
    _settled(qtbot)
    assert dlg.result() == QDialog.DialogCode.Accepted
    req = ctx.store.get("requests", rid)
    assert (req["state"], req["department"]) == ("dispatched", "街道消防站")
    assert "街道消防站" in ctx.setting("departments")
    ret = ActionDialog(ctx, req, "return")
    qtbot.addWidget(ret)
    ret.save()
    _settled(qtbot)
    assert not ret.form.messages["note"].isHidden() and "退单" in ret.form.messages["note"].text()
    assert ctx.store.get("requests", rid)["state"] == "dispatched"
    ret.form.editors["note"].setPlainText("不归本部门管")
    ret.save()
    _settled(qtbot)
    assert ctx.store.get("requests", rid)["state"] == "returned"
    assert (
        peek_scalar(
            ctx.store,
            "SELECT actor FROM request_events WHERE request_id = ? AND action = 'return'",
            (rid,),
        )
        == "街道消防站"
    )


def test_a_refused_step_shows_the_service_message(qtbot, ctx, monkeypatch):
    rid = service.register_request(ctx.store, resident="张三", description="停车难")
    stale = ctx.store.get("requests", rid)
    service.act(ctx.store, rid, "assess")  # moved on elsewhere meanwhile
    told: list[str] = []
    monkeypatch.setattr(page_module, "inform", lambda _p, _t, text, error=False: told.append(text))
    dlg = ActionDialog(ctx, stale, "assess")
    qtbot.addWidget(dlg)
    dlg.save()
    _settled(qtbot)
    assert told and "已研判" in told[0]
    assert dlg.result() == QDialog.DialogCode.Rejected


def test_lists_counts_overdue_and_search(qtbot, demo_ctx):
    page = RequestsPage(demo_ctx)
    qtbot.addWidget(page)
    page.show()
    counts = service.three_lists(demo_ctx.store)
    assert page.model.total() == sum(counts.values())
    for key, label in rules.LIST_LABELS.items():
        assert page.segment_buttons[key].text() == f"{label} ({counts[key]})"
        page.segment_buttons[key].click()
        assert page.model.total() == counts[key]
        assert all(
            rules.list_of(page.model.row(i)["state"]) == key for i in range(page.model.rowCount())
        )
    # A state filter inside the tasks list narrows it; one from another list empties it.
    page.set_segment("tasks")
    box = page.filters["state"]
    box.setCurrentIndex(box.findData("registered"))
    assert page.model.total() == 0
    box.setCurrentIndex(0)
    overdue = service.overdue(demo_ctx.store)
    assert overdue, "the demo has overdue requests"
    page.segment_buttons["overdue"].click()
    assert page.model.total() == len(overdue)
    assert str(len(overdue)) in page.segment_buttons["overdue"].text()
    due_col = next(i for i, c in enumerate(page.model.columns) if c.key == "due")
    for i in range(page.model.rowCount()):
        assert page.model.row(i)["_overdue"]
        assert "逾期" in page.model.index(i, due_col).data()
    page.set_segment("all")
    number = page.model.row(3)["number"]
    page.search.setText(number)
    qtbot.waitUntil(lambda: page.model.total() == 1, timeout=2000)
    # Handler and local time come from the decorated page, not from a query per row.
    member_row = peek_rows(
        demo_ctx.store,
        "SELECT r.number, m.name FROM requests r JOIN members m ON m.id = r.assignee_id "
        "WHERE r.handling = 'member' LIMIT 1",
    )[0]
    page.search.setText(member_row["number"])
    qtbot.waitUntil(
        lambda: page.model.total() == 1 and page.model.row(0)["number"] == member_row["number"],
        timeout=2000,
    )
    handler_col = next(i for i, c in enumerate(page.model.columns) if c.key == "handler")
    assert page.model.index(0, handler_col).data() == member_row["name"]


def test_new_request_shows_up_and_opens(qtbot, ctx, monkeypatch):
    page = RequestsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.model.total() == 0 and page.segment_buttons["problems"].text().endswith("(0)")
    rid = _register(qtbot, ctx)
    assert page.model.total() == 1
    assert page.segment_buttons["problems"].text().endswith("(1)")
    assert page.model.index(0, 5).data() == "已登记"
    local = utc_now().astimezone()  # the program's clock (pinned in conftest)
    assert page.model.index(0, 1).data()[:10] == local.strftime("%Y-%m-%d")
    opened: list[str] = []
    monkeypatch.setattr(RequestDialog, "exec", lambda self: opened.append(self.request_id))
    page.view.setCurrentIndex(page.model.index(0, 0))
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    page.open_record("requests", rid)
    assert opened == [rid, rid]
    # Late requests are flagged in the dialog too.
    past = utc_now() - dt.timedelta(days=10)
    old = service.register_request(
        ctx.store, resident="赵奶奶", description="电梯停了", category="lifts", at=past
    )
    dlg = RequestDialog(ctx, old)
    qtbot.addWidget(dlg)
    assert not dlg.overdue_label.isHidden() and "已逾期 3 天" in dlg.overdue_label.text()
    page.self_test()
