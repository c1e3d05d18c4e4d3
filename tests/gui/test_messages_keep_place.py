"""Messages never move the fields (issue 9, point 5): a wrapped error, a warning or the 大写
line appears in space kept for it at the current text size, so a click aimed at the next
field lands there. Bad input is typed into every field of the expense, member, request and
allocation forms at 100, 150 and 200 % text, and no field moves or changes size."""

from __future__ import annotations

import os
from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QWidget,
)

from linju_desktop.gui.appearance import apply_appearance
from linju_desktop.gui.pages.funds import AllocationDialog, ExpenseDialog
from linju_desktop.gui.pages.members import MemberDialog
from linju_desktop.gui.pages.requests.intake import IntakeDialog
from linju_desktop.gui.worker import busy
from linju_desktop.services import funds as service


def settled(qtbot) -> None:
    qtbot.waitUntil(lambda: not busy(), timeout=10_000)


def content(dlg: QDialog) -> QWidget:
    """What the fields are laid out in (the scrolled part of a fitted dialog)."""
    scroll = dlg.findChild(QWidget, "dialog_scroll")
    return scroll.widget() if scroll is not None else dlg  # type: ignore[attr-defined]


def field_forms(dlg: QDialog) -> list:
    forms = [dlg.form]  # type: ignore[attr-defined]
    more = getattr(dlg, "more", None)
    return forms + ([more] if more is not None and more.isVisible() else [])


def geometry(dlg: QDialog) -> dict[str, QRect]:
    """Where every field and its label sit in the form."""
    where = content(dlg)
    out = {}
    for form in field_forms(dlg):
        for key, w in [*form.editors.items(), *(("label " + k, v) for k, v in form.labels.items())]:
            if w.isVisible():
                out[key] = QRect(w.mapTo(where, QPoint(0, 0)), w.size())
    return out


def shown_messages(dlg: QDialog) -> list[QLabel]:
    return [
        m for form in field_forms(dlg) for m in form.messages.values() if m.isVisible() and m.text()
    ]


def reads_whole(label: QLabel) -> bool:
    """Its text fits the label as laid out (nothing cut off below or to the right)."""
    if label.wordWrap():
        return label.heightForWidth(label.width()) <= label.height()
    hint = label.sizeHint()
    return hint.width() <= label.width() and hint.height() <= label.height()


def retype(editor: QWidget, text: str) -> None:
    """Select what is there and type over it, as a person does."""
    editor.setFocus()
    editor.selectAll()  # type: ignore[attr-defined]
    if not text:
        QTest.keyClick(editor, Qt.Key.Key_Delete)
    elif text.isascii():
        QTest.keyClicks(editor, text)
    elif isinstance(editor, QLineEdit):
        editor.insert(text)  # QTest types ASCII only; an input method inserts the rest
    else:
        editor.insertPlainText(text)  # type: ignore[attr-defined]


def expense(ctx) -> tuple[QDialog, list[Callable[[QDialog], None]]]:
    def bad_amount(d):
        retype(d.amount.edit, "一百二十块钱左右吧，发票丢了")

    def too_much_and_no_purpose(d):
        retype(d.amount.edit, "98765432.19")  # the longest 大写 line too
        retype(d.form.editors["purpose"], "")
        d.form.editors["category"].setCurrentIndex(0)  # (choose)

    def zero(d):
        retype(d.amount.edit, "0")

    return ExpenseDialog(ctx), [bad_amount, too_much_and_no_purpose, zero]


def member(ctx) -> tuple[QDialog, list[Callable[[QDialog], None]]]:
    def everything_wrong(d):
        f = d.form.editors
        retype(f["name"], "Zhang 3")
        retype(f["id_number"], "110105194912310022")  # a wrong check digit
        retype(f["mobile"], "12345")
        retype(f["joined_date"], "2099-13-45")
        retype(f["full_date"], "昨天")
        retype(f["building"], "3")

    def too_young(d):
        f = d.form.editors
        retype(f["name"], "张")
        retype(f["id_number"], "11010520150101002X")
        retype(f["joined_date"], "2020-01-01")
        retype(f["full_date"], "2019-01-01")

    return MemberDialog(ctx, None), [everything_wrong, too_young]


def request(ctx) -> tuple[QDialog, list[Callable[[QDialog], None]]]:
    def nothing_but_a_bad_phone(d):
        retype(d.form.editors["resident"], "")
        retype(d.form.editors["contact"], "12345")
        retype(d.form.editors["address"], "东边那栋楼的顶楼靠电梯那户人家")

    def no_description(d):
        retype(d.form.editors["resident"], "王大妈")
        retype(d.form.editors["contact"], "010-1234")
        retype(d.form.editors["description"], "")

    return IntakeDialog(ctx), [nothing_but_a_bad_phone, no_description]


def allocation(ctx) -> tuple[QDialog, list[Callable[[QDialog], None]]]:
    def words(d):
        retype(d.amount.edit, "一万四千五百元整左右吧")

    def negative(d):
        retype(d.amount.edit, "-14500")

    def misplaced_commas(d):
        retype(d.amount.edit, "1,45,00.5")

    return AllocationDialog(ctx, ctx.today().year), [words, negative, misplaced_commas]


FORMS = {"expense": expense, "member": member, "request": request, "allocation": allocation}


@pytest.fixture(params=[100, 150, 200], ids=lambda s: f"{s}%")
def scale(request, gui_app):
    apply_appearance(gui_app, request.param, False)
    yield request.param
    apply_appearance(gui_app, 125, False)


@pytest.mark.parametrize("kind", list(FORMS))
def test_bad_input_and_its_messages_never_move_a_field(qtbot, ctx, scale, kind):
    service.set_allocation(ctx.store, ctx.today().year, 1000_00, "区委组织部")
    dlg, steps = FORMS[kind](ctx)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    qtbot.wait(50)  # the form as first seen: laid out at its size
    before = geometry(dlg)
    assert len(before) >= 6
    said = 0
    for step in steps:
        step(dlg)
        moved = {k: (before[k], r) for k, r in geometry(dlg).items() if before.get(k) != r}
        assert moved == {}, f"{step.__name__}, typing: {moved}"
        dlg.save()  # type: ignore[attr-defined]
        settled(qtbot)
        assert dlg.isVisible(), f"{step.__name__} was saved"
        shown = shown_messages(dlg)
        said += len(shown)
        moved = {k: (before[k], r) for k, r in geometry(dlg).items() if before.get(k) != r}
        assert moved == {}, f"{step.__name__}: {[m.text() for m in shown]} moved {moved}"
        # The message is read whole in its kept space, not cut.
        for m in shown:
            assert reads_whole(m), (m.objectName(), m.text())
    assert said >= len(steps)
    dlg.mark_clean()  # type: ignore[attr-defined]
    dlg.done(QDialog.DialogCode.Rejected)


def test_the_capital_line_is_read_whole_at_200_percent(qtbot, ctx, gui_app):
    apply_appearance(gui_app, 200, False)
    try:
        dlg = ExpenseDialog(ctx)
        qtbot.addWidget(dlg)
        dlg.show()
        qtbot.waitExposed(dlg)
        width = dlg.width()
        retype(dlg.amount.edit, "98765432.19")
        line = dlg.amount.capital
        assert line.isVisible() and "玖仟捌佰柒拾陆万" in line.text()
        assert reads_whole(line) and dlg.width() == width
        dlg.mark_clean()
        dlg.done(QDialog.DialogCode.Rejected)
    finally:
        apply_appearance(gui_app, 125, False)


# -- length limits on multi-line boxes: counted while typing, never cut -----------------------


def test_a_multi_line_box_counts_and_refuses_what_is_over_its_limit(qtbot, ctx):
    from helpers import peek_scalar

    dlg = IntakeDialog(ctx)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    description = dlg.form.editors["description"]
    counter = dlg.findChild(QLabel, "count_description")
    assert counter is not None and counter.isVisible() and counter.text() == "0/2000"
    dlg.form.editors["resident"].insert("王大妈")
    QTest.keyClicks(description, "light")
    assert counter.text() == "5/2000" and counter.property("message") == ""
    description.insertPlainText("楼道灯坏了" * 420)  # a paste of 2,100 more characters
    assert len(description.toPlainText()) == 2105  # kept whole, not cut
    assert counter.text() == "2105/2000" and counter.property("message") == "error"
    dlg.save()
    qtbot.waitUntil(lambda: not busy(), timeout=10_000)
    msg = dlg.form.messages["description"]
    assert msg.isVisible() and "2000" in msg.text() and "105" in msg.text()
    assert peek_scalar(ctx.store, "SELECT count(*) FROM requests") == 0 and dlg.isVisible()
    cursor = description.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    for _ in range(105):
        cursor.deletePreviousChar()
    assert not msg.isVisible() and counter.text() == "2000/2000"
    dlg.save()
    qtbot.waitUntil(lambda: not busy(), timeout=10_000)
    assert peek_scalar(ctx.store, "SELECT length(description) FROM requests") == 2000


def test_notes_results_and_reasons_show_their_limits(qtbot, ctx):
    from linju_desktop.gui.pages.funds.dialogs import REASON_LIMIT, OverdrawPrompt
    from linju_desktop.gui.pages.requests.actions import ActionDialog
    from linju_desktop.services import resident_requests

    member_form = MemberDialog(ctx, None)
    rid = resident_requests.register_request(ctx.store, resident="李大爷", description="灯")
    resident_requests.act(ctx.store, rid, "assess", {"category": "other"}, actor="书记")
    action = ActionDialog(ctx, ctx.store.get("requests", rid), "return")
    prompt = OverdrawPrompt("超支", None)
    for dlg, name, limit in (
        (member_form, "count_notes", 2000),
        (action, "count_note", 2000),
        (prompt, "count_reason", REASON_LIMIT),
    ):
        qtbot.addWidget(dlg)
        counter = dlg.findChild(QLabel, name)
        assert counter is not None and counter.text() == f"0/{limit}", name
    box = prompt.reason
    box.insertPlainText("因" * (REASON_LIMIT + 1))
    assert not prompt.ok.isEnabled() and prompt.findChild(QLabel, "count_reason").text() == (
        f"{REASON_LIMIT + 1}/{REASON_LIMIT}"
    )
    box.textCursor().deletePreviousChar()
    assert prompt.ok.isEnabled()


# -- the meeting form's own lines: follow-ups and photos ------------------------------------------


def meeting_fields(dlg: QDialog) -> dict[str, QRect]:
    """Where the meeting form's named boxes, lists and buttons sit in its scrolled part."""
    where = content(dlg)
    kinds = (QLineEdit, QPlainTextEdit, QComboBox, QAbstractButton, QListWidget)
    return {
        w.objectName(): QRect(w.mapTo(where, QPoint(0, 0)), w.size())
        for w in where.findChildren(QWidget)
        if isinstance(w, kinds) and w.objectName() and w.isVisible()
    }


def test_the_meeting_forms_messages_never_move_a_field(qtbot, ctx, scale, tmp_path):
    """A follow-up without text and a photo that is no picture are told under the follow-up
    and photo lists, in kept space: the boxes, lists and buttons below stay where they were,
    the message reads whole and in the error colour, and it goes when its box is edited."""
    from linju_desktop.gui.pages.meetings.dialog import MeetingDialog

    fake = tmp_path / "会场.jpg"
    fake.write_bytes(os.urandom(4096))  # named like a photo, not one
    dlg = MeetingDialog(ctx, None)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    dlg.type_box.setCurrentIndex(dlg.type_box.findData("party_class"))
    qtbot.wait(50)
    before = meeting_fields(dlg)
    assert {"followup_text", "add_photo_button", "keep_originals", "photo_list"} <= set(before)
    dlg.add_followup()  # nothing written to follow up
    assert dlg.add_photos([fake]) == 0  # refused as it is chosen, before any saving
    for message in (dlg.followup_message, dlg.photo_message):
        assert message.isVisible() and message.text(), message.objectName()
        assert message.property("message") == "error", message.objectName()
        assert reads_whole(message), (message.objectName(), message.text())
    assert "会场.jpg" in dlg.photo_message.text() + dlg.photo_message.toolTip()
    moved = {k: (before[k], r) for k, r in meeting_fields(dlg).items() if before.get(k) != r}
    assert moved == {}
    QTest.keyClicks(dlg.followup_text, "wifi")  # QTest types ASCII only
    assert not dlg.followup_message.isVisible()
    dlg.mark_clean()  # type: ignore[attr-defined]
    dlg.done(QDialog.DialogCode.Rejected)
