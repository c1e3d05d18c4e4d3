"""The tasks page: publish in five fields, record who takes it, finish it with six
volunteers' hours in three actions, record the rating; refusals shown, nothing written."""

from __future__ import annotations

from helpers import peek_rows
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox

from linju_desktop.gui.pages.tasks import PublishDialog, TasksPage
from linju_desktop.gui.worker import wait_all
from linju_desktop.services import volunteering as vol


def _people(store, n=6):
    return [
        vol.save_volunteer(store, {"name": f"志愿者{i}", "kind": "resident",
                                   "consent_date": "2026-01-02"})
        for i in range(n)
    ]  # fmt: skip


def test_publish_take_finish_with_six_peoples_hours_and_rate(ctx, qtbot):
    people = _people(ctx.store)
    dlg = PublishDialog(ctx)
    qtbot.addWidget(dlg)
    dlg.item_box.setCurrentIndex(dlg.item_box.findText("环境整治 · 楼道清理"))
    dlg.title_edit.setText("3号楼楼道清理")
    dlg.date_box.setDate(QDate(2026, 3, 7))
    dlg.place_edit.setText("3号楼")
    dlg.places_box.setValue(6)
    dlg.save()
    assert dlg.task_id

    page = TasksPage(ctx)
    qtbot.addWidget(page)
    assert page.tasks.rowCount() == 1 and page.people.rowCount() == 6
    for i in range(6):
        page.people.item(i, 0).setCheckState(Qt.CheckState.Checked)
    page.take_button.click()
    wait_all()
    qtbot.waitUntil(lambda: page.current is not None and page.current["state"] == "taken")
    # finishing: type what was done, change one person's hours, press 完成
    assert page.people.rowCount() == 6
    assert {page.people.item(i, 1).text() for i in range(6)} == {"2"}
    page.people.item(0, 1).setText("3.5")
    page.result_edit.setText("清出杂物两车")
    page.complete_button.click()
    wait_all()
    qtbot.waitUntil(lambda: page.current is not None and page.current["state"] == "done")
    assert vol.balance(ctx.store, people[0]) == 35 and vol.balance(ctx.store, people[1]) == 20
    page.rating_box.setCurrentIndex(page.rating_box.findData("satisfied"))
    page.rate_button.click()
    wait_all()
    qtbot.waitUntil(lambda: page.current is not None and page.current["state"] == "rated")


def test_hours_over_a_day_are_refused_and_nothing_is_written(ctx, qtbot, monkeypatch):
    people = _people(ctx.store, 1)
    vol.ensure_library(ctx.store)
    item = peek_rows(ctx.store, "SELECT id FROM activity_items WHERE name = '治安巡逻'")[0]["id"]
    t = vol.publish_task(ctx.store, item_id=item, title="巡逻", date="2026-03-01", places=1,
                         kind="errand", resident="李")  # fmt: skip
    vol.take(ctx.store, t, people)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    page = TasksPage(ctx)
    qtbot.addWidget(page)
    page.people.item(0, 1).setText("25")
    page.result_edit.setText("完成")
    page.complete_button.click()
    wait_all()
    qtbot.waitUntil(lambda: bool(shown))
    assert "24" in shown[0]
    assert vol.get_task(ctx.store, t)["state"] == "taken"
    assert not peek_rows(ctx.store, "SELECT id FROM service_hours")


def test_a_volunteer_with_the_least_data_and_consent(ctx, qtbot):
    from PySide6.QtWidgets import QDialogButtonBox

    from linju_desktop.gui.pages.tasks import VolunteerDialog

    dlg = VolunteerDialog(ctx)
    qtbot.addWidget(dlg)
    dlg.e["kind"].setCurrentIndex(dlg.e["kind"].findData("reporting"))
    dlg.e["name"].setText("张伟")
    dlg.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    wait_all()
    qtbot.waitUntil(lambda: not dlg.fields.messages["employer"].isHidden())
    assert dlg.volunteer_id is None and "工作单位" in dlg.fields.messages["employer"].text()
    dlg.e["employer"].setText("区税务局")
    dlg.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    wait_all()
    qtbot.waitUntil(lambda: dlg.volunteer_id is not None)
    row = ctx.store.get("volunteers", dlg.volunteer_id)
    assert row["name"] == "张伟" and row["employer"] == "区税务局" and row["consent_date"]
