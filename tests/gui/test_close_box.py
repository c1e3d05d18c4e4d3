"""The window's close box of a form with changes (the member, expense, request and meeting
forms, and those of tasks and consultations) asks before anything is dropped (issue 9,
point 5): a close event (what the window manager sends, or close() from anywhere) leaves
the form open with the question; yes closes it, no keeps what was typed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QMessageBox, QPlainTextEdit

from linju_desktop.gui.pages.consultations.dialogs import HouseholdDialog, MatterDialog
from linju_desktop.gui.pages.funds import AllocationDialog, ExpenseDialog
from linju_desktop.gui.pages.meetings import MeetingDialog
from linju_desktop.gui.pages.members import MemberDialog
from linju_desktop.gui.pages.requests.actions import ActionDialog
from linju_desktop.gui.pages.requests.intake import IntakeDialog
from linju_desktop.gui.pages.tasks import PublishDialog, VolunteerDialog
from linju_desktop.services import consultations, resident_requests

FORMS = {
    "member": lambda ctx: MemberDialog(ctx, None),
    "task": lambda ctx: PublishDialog(ctx),
    "volunteer": lambda ctx: VolunteerDialog(ctx),
    "matter": lambda ctx: MatterDialog(ctx, None),
    "household": lambda ctx: HouseholdDialog(ctx, _matter(ctx)),
    "expense": lambda ctx: ExpenseDialog(ctx),
    "request": lambda ctx: IntakeDialog(ctx),
    "allocation": lambda ctx: AllocationDialog(ctx, ctx.today().year),
    "meeting": lambda ctx: MeetingDialog(ctx, None),
}


def _matter(ctx) -> str:
    return consultations.save_consultation(ctx.store, {"title": "加装电梯", "matter": "lift"})


def _assessed(ctx) -> dict:
    rid = resident_requests.register_request(ctx.store, resident="李大爷", description="灯")
    resident_requests.act(ctx.store, rid, "assess", {"category": "other"}, actor="书记")
    return ctx.store.get("requests", rid)


def question(qtbot) -> QMessageBox:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox), timeout=3000)
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    assert box.windowTitle() == "放弃修改？" and "还没有保存" in box.text()
    return box


def click(box: QMessageBox, button: QMessageBox.StandardButton) -> None:
    QTest.mouseClick(box.button(button), Qt.MouseButton.LeftButton)


def first_line_edit(dlg: QDialog) -> QLineEdit:
    return next(
        e
        for e in dlg.findChildren(QLineEdit)
        if e.isVisible()
        and e.isEnabled()
        and not e.isReadOnly()
        and not isinstance(e.parentWidget(), QPlainTextEdit)
        and e.parentWidget().metaObject().className() not in ("QComboBox", "QDateEdit")
    )


@pytest.mark.parametrize("kind", list(FORMS))
def test_the_close_box_asks_before_dropping_changes(qtbot, ctx, kind):
    dlg = FORMS[kind](ctx)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    # Unchanged: the close box closes at once, without a question.
    assert dlg.close() and not dlg.isVisible()
    assert not isinstance(QApplication.activeModalWidget(), QMessageBox)
    dlg.show()
    qtbot.waitExposed(dlg)
    edit = first_line_edit(dlg)
    edit.setFocus()
    QTest.keyClicks(edit, "12")
    typed = edit.text()
    # The window manager's close: a close event the form refuses while it asks.
    event = QCloseEvent()
    QApplication.sendEvent(dlg, event)
    assert not event.isAccepted() and dlg.isVisible()
    click(question(qtbot), QMessageBox.StandardButton.No)
    qtbot.waitUntil(lambda: not isinstance(QApplication.activeModalWidget(), QMessageBox))
    assert dlg.isVisible() and edit.text() == typed
    # close() from anywhere asks the same; yes drops the changes and closes the form.
    assert not dlg.close()
    click(question(qtbot), QMessageBox.StandardButton.Yes)
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=3000)
    assert dlg.result() == QDialog.DialogCode.Rejected


def test_a_request_steps_typed_reason_is_not_dropped_by_the_close_box(qtbot, ctx):
    dlg = ActionDialog(ctx, _assessed(ctx), "return")
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    box = next(e for e in dlg.findChildren(QPlainTextEdit) if e.isVisible())
    box.setFocus()
    QTest.keyClicks(box, "not ours")  # QTest types no Chinese
    assert not dlg.close()
    click(question(qtbot), QMessageBox.StandardButton.No)
    qtbot.waitUntil(lambda: not isinstance(QApplication.activeModalWidget(), QMessageBox))
    assert dlg.isVisible() and box.toPlainText() == "not ours"
    assert not dlg.close()  # asked again, dropped on yes (nothing left open after)
    click(question(qtbot), QMessageBox.StandardButton.Yes)
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=3000)


def test_a_changed_floor_coefficient_is_not_dropped_by_the_close_box(qtbot, ctx):
    """The cost-sharing form's coefficients are typed into a table: a changed one counts as
    a change like a typed field, so closing asks first."""
    from linju_desktop.gui.pages.consultations.sharing import SharingDialog

    cid = _matter(ctx)
    for floor in (1, 2):
        consultations.add_household(ctx.store, cid, f"{floor}01", floor, "80", f"业主{floor}")
    dlg = SharingDialog(ctx, cid)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    assert dlg.close() and not dlg.isVisible()  # unchanged: closes at once
    dlg.show()
    qtbot.waitExposed(dlg)
    dlg.e["coefficients"].item(1, 1).setText("1.5")
    assert not dlg.close()
    click(question(qtbot), QMessageBox.StandardButton.No)
    qtbot.waitUntil(lambda: not isinstance(QApplication.activeModalWidget(), QMessageBox))
    assert dlg.isVisible() and dlg.e["coefficients"].item(1, 1).text() == "1.5"
    assert not dlg.close()
    click(question(qtbot), QMessageBox.StandardButton.Yes)
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=3000)


def test_a_ticked_meeting_of_a_matter_is_not_dropped_by_the_close_box(qtbot, ctx):
    """The matter form's meetings are ticked in a list: a tick counts as a change."""
    import datetime as dt

    from linju_desktop.services import meetings

    meetings.create(ctx.store, "neighbour", ctx.today() - dt.timedelta(days=20), title="议电梯")
    dlg = MatterDialog(ctx, None)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    dlg.meetings.item(0).setCheckState(Qt.CheckState.Checked)
    assert not dlg.close()
    click(question(qtbot), QMessageBox.StandardButton.No)
    qtbot.waitUntil(lambda: not isinstance(QApplication.activeModalWidget(), QMessageBox))
    assert dlg.isVisible() and dlg.meetings.item(0).checkState() == Qt.CheckState.Checked
    assert not dlg.close()
    click(question(qtbot), QMessageBox.StandardButton.Yes)
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=3000)
