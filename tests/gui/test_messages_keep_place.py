"""Messages never move the fields (issue 9, point 5): a wrapped error, a warning or the 大写
line appears in space kept for it at the current text size, so a click aimed at the next
field lands there. Bad input is typed into every field of the expense, member, request and
allocation forms at 100, 150 and 200 % text, and no field moves or changes size."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QWidget

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
