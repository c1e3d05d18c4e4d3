"""Forms never lose work (issue 9, items 3, 5 and 6): messages clear on editing and never
move the fields, limits are counted, closing with changes asks, minutes survive a crash,
future dates are questioned, receipts are checked by content before anything is saved,
and everything a user reads in Chinese mode is Chinese."""

from __future__ import annotations

import datetime as dt
import os
import re
import stat

import pytest
from helpers import peek_rows, peek_scalar
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from linju_desktop.gui.pages.funds import AllocationDialog, EntryDialog, ExpenseDialog
from linju_desktop.gui.pages.funds import entries as entries_module
from linju_desktop.gui.pages.meetings import MeetingDialog, drafts
from linju_desktop.gui.pages.members import MemberDialog
from linju_desktop.gui.pages.requests.intake import IntakeDialog
from linju_desktop.gui.worker import busy
from linju_desktop.services import attachments
from linju_desktop.services import funds as service


def settled(qtbot) -> None:
    qtbot.waitUntil(lambda: not busy(), timeout=10_000)


def answer(button: QMessageBox.StandardButton, seen: list[str]) -> None:
    """Answer the next question box as a user would, by clicking its button."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        seen.append(box.windowTitle() + "|" + box.text())
        QTest.mouseClick(box.button(button), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, click)


@pytest.fixture
def funded(ctx):
    service.set_allocation(ctx.store, ctx.today().year, 1000_00, "区委组织部")
    return ctx


def expense_form(qtbot, ctx) -> ExpenseDialog:
    dlg = ExpenseDialog(ctx)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    return dlg


# -- messages --------------------------------------------------------------------------------


def test_an_error_clears_when_its_field_is_edited_and_fields_never_move(qtbot, funded):
    dlg = expense_form(qtbot, funded)
    amount, purpose = dlg.amount.edit, dlg.form.editors["purpose"]
    QTest.keyClicks(amount, "abc")
    where = purpose.mapTo(dlg, purpose.rect().topLeft())
    dlg.save()
    settled(qtbot)
    msg = dlg.form.messages["amount"]
    assert msg.isVisible() and "abc" in msg.text()
    assert dlg.form.messages["purpose"].isVisible() or True
    assert purpose.mapTo(dlg, purpose.rect().topLeft()) == where  # the message took kept space
    QTest.keyClick(amount, Qt.Key.Key_Backspace)
    assert not msg.isVisible() and msg.text() == ""
    # The 大写 line appears without pushing the fields below it either.
    amount.clear()
    QTest.keyClicks(amount, "88")
    assert dlg.amount.capital.isVisible() and "捌拾捌元" in dlg.amount.capital.text()
    assert purpose.mapTo(dlg, purpose.rect().topLeft()) == where
    dlg.done(QDialog.DialogCode.Rejected)


def test_a_length_limit_is_counted_while_typing(qtbot, ctx):
    dlg = MemberDialog(ctx, None)
    qtbot.addWidget(dlg)
    dlg.show()
    name = dlg.form.editors["name"]
    counter = dlg.findChild(QLabel, "count_name")
    assert counter is not None and counter.isVisible() and counter.text() == "0/20"
    QTest.keyClicks(name, "ab" * 12)  # 24 characters typed into a 20-character field
    assert name.text() == "ab" * 10
    assert counter.text() == "20/20" and counter.property("message") == "warning"
    assert "20" in counter.toolTip() and "最多" in counter.toolTip()
    dlg.done(QDialog.DialogCode.Rejected)


# -- closing with changes asks -----------------------------------------------------------------


@pytest.mark.parametrize("kind", ["member", "expense", "request", "allocation"])
def test_escape_and_cancel_ask_before_dropping_changes(qtbot, funded, kind):
    year = funded.today().year
    dlg: QDialog = {
        "member": lambda: MemberDialog(funded, None),
        "expense": lambda: ExpenseDialog(funded),
        "request": lambda: IntakeDialog(funded),
        "allocation": lambda: AllocationDialog(funded, year),
    }[kind]()
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    # Unchanged: Esc closes without a question.
    first = dlg.findChildren(QLineEdit)[0]
    seen: list[str] = []
    QTest.keyClick(dlg, Qt.Key.Key_Escape)
    assert not dlg.isVisible() and seen == []
    dlg.show()
    editor = next(e for e in dlg.form.editors.values() if type(e) is QLineEdit and e.isVisible())
    QTest.keyClicks(editor, "12")
    answer(QMessageBox.StandardButton.No, seen)
    QTest.keyClick(dlg, Qt.Key.Key_Escape)
    assert dlg.isVisible() and len(seen) == 1 and seen[0].startswith("放弃修改？")
    cancel = next(
        b
        for b in dlg.findChildren(QAbstractButton)
        if b.text() in ("取消", "关闭") and b.isVisible()
    )
    answer(QMessageBox.StandardButton.No, seen)
    QTest.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert dlg.isVisible() and len(seen) == 2
    answer(QMessageBox.StandardButton.Yes, seen)
    QTest.keyClick(dlg, Qt.Key.Key_Escape)
    assert not dlg.isVisible() and len(seen) == 3
    assert dlg.result() == QDialog.DialogCode.Rejected and first is not None


# -- meeting minutes survive a crash ----------------------------------------------------------


def test_minutes_are_kept_while_typing_and_offered_on_the_next_open(qtbot, ctx):
    dlg = MeetingDialog(ctx, None)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.type_box.setCurrentIndex(dlg.type_box.findData("theme_day"))
    minutes = dlg.details.editors["minutes"]
    minutes.setFocus()
    QTest.keyClicks(minutes, "Discussed the garden plan")
    path = drafts.path_for(ctx.store.data_dir, None)
    qtbot.waitUntil(path.exists, timeout=drafts.INTERVAL_MS + 3000)  # written a few s later
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert "garden plan" in path.read_text(encoding="utf-8")
    # A power cut: the dialog is gone without saving or asking.
    dlg.hide()
    seen: list[str] = []
    answer(QMessageBox.StandardButton.Yes, seen)
    again = MeetingDialog(ctx, None)
    qtbot.addWidget(again)
    assert seen and "恢复" in seen[0]
    assert again.details.editors["minutes"].toPlainText() == "Discussed the garden plan"
    again.type_box.setCurrentIndex(again.type_box.findData("theme_day"))
    again.date_box.setDate(QDate(ctx.today()))
    again.show()
    again.save()
    settled(qtbot)
    assert again.result() == QDialog.DialogCode.Accepted
    assert not path.exists()  # removed once saved
    row = peek_rows(ctx.store, "SELECT minutes FROM meetings")[0]
    assert row["minutes"].endswith("Discussed the garden plan")


def test_a_meeting_dated_in_the_future_is_questioned(qtbot, ctx):
    dlg = MeetingDialog(ctx, None)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.type_box.setCurrentIndex(dlg.type_box.findData("theme_day"))
    dlg.date_box.setDate(QDate(2031, 5, 1))
    seen: list[str] = []
    answer(QMessageBox.StandardButton.No, seen)
    dlg.save()
    settled(qtbot)
    assert seen and "2031-05-01" in seen[0]
    assert peek_scalar(ctx.store, "SELECT count(*) FROM meetings") == 0 and dlg.isVisible()
    dlg.done(QDialog.DialogCode.Rejected)


def test_an_expense_a_month_ahead_needs_a_confirmation(qtbot, funded):
    dlg = expense_form(qtbot, funded)
    ahead = funded.today() + dt.timedelta(days=31)
    dlg.form.editors["date"].setDate(QDate(ahead.year, ahead.month, ahead.day))
    QTest.keyClicks(dlg.amount.edit, "50")
    cat = dlg.form.editors["category"]
    cat.setCurrentIndex(cat.findData("activities"))
    dlg.form.editors["purpose"].insert("慰问")
    seen: list[str] = []
    answer(QMessageBox.StandardButton.No, seen)
    dlg.save()
    settled(qtbot)
    assert len(seen) == 1 and ahead.isoformat() in seen[0]
    assert peek_scalar(funded.store, "SELECT count(*) FROM expenses") == 0
    answer(QMessageBox.StandardButton.Yes, seen)
    dlg.save()
    settled(qtbot)
    assert peek_scalar(funded.store, "SELECT count(*) FROM expenses") == 1


def test_a_request_with_a_wrong_phone_number_is_refused_at_the_field(qtbot, ctx):
    dlg = IntakeDialog(ctx)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.form.editors["resident"].insert("王大妈")
    QTest.keyClicks(dlg.form.editors["contact"], "12345")
    dlg.form.editors["description"].insertPlainText("楼道灯坏了")
    dlg.save()
    settled(qtbot)
    msg = dlg.form.messages["contact"]
    assert msg.isVisible() and re.search(r"[\u4e00-\u9fff]", msg.text())
    assert peek_scalar(ctx.store, "SELECT count(*) FROM requests") == 0
    QTest.keyClicks(dlg.form.editors["contact"], "6")  # editing clears the stale message
    assert not msg.isVisible()
    dlg.form.editors["contact"].setText("13800138000")
    dlg.save()
    settled(qtbot)
    assert peek_scalar(ctx.store, "SELECT contact FROM requests") == "13800138000"


# -- receipts ------------------------------------------------------------------------------------


def noisy_photo(path, width: int, height: int) -> None:
    """A real JPEG that compresses badly (random pixels), so it is several MB."""
    data = os.urandom(width * height * 3)
    image = QImage(data, width, height, width * 3, QImage.Format.Format_RGB888)
    assert image.save(str(path), "JPG", 100)


def test_random_bytes_named_jpg_are_refused_when_chosen(qtbot, funded, tmp_path):
    fake = tmp_path / "发票.jpg"
    fake.write_bytes(os.urandom(200_000))
    dlg = expense_form(qtbot, funded)
    limit = dlg.findChild(QLabel, "receipt_limit")
    assert limit is not None and limit.isVisible() and "50 MB" in limit.text()
    assert not dlg.add_receipt(fake)
    assert dlg.receipts.count() == 0
    msg = dlg.form.messages["receipts"]
    assert msg.isVisible() and "发票.jpg" in msg.text() and "PDF" in msg.text()
    dlg.done(QDialog.DialogCode.Rejected)


def test_a_large_photo_is_made_smaller_unless_the_original_is_kept(qtbot, funded, tmp_path):
    big = tmp_path / "大票据.jpg"
    noisy_photo(big, 3200, 2000)
    assert big.stat().st_size > 2_000_000
    sizes = []
    for keep in (False, True):
        dlg = expense_form(qtbot, funded)
        QTest.keyClicks(dlg.amount.edit, "20")
        cat = dlg.form.editors["category"]
        cat.setCurrentIndex(cat.findData("activities"))
        dlg.form.editors["purpose"].insert("打印")
        assert dlg.add_receipt(big)
        dlg.keep_originals.setChecked(keep)
        dlg.save()
        settled(qtbot)
        assert dlg.result() == QDialog.DialogCode.Accepted
        (row,) = attachments.list_for(funded.store, "expenses", dlg.expense_id)
        stored = attachments.blob_path(funded.store, row["sha256"])
        sizes.append(stored.stat().st_size)
        if not keep:
            image = QImage(str(stored))
            assert max(image.width(), image.height()) == 2400
    assert sizes[0] < big.stat().st_size // 2 and sizes[1] == big.stat().st_size


def test_receipts_are_added_to_a_recorded_expense(qtbot, funded, tmp_path, monkeypatch):
    eid, _ = service.add_expense(
        funded.store, date=funded.today(), amount_fen=88_00, category="other", purpose="慰问"
    )
    found = tmp_path / "补的发票.png"
    QImage(40, 30, QImage.Format.Format_RGB32).save(str(found), "PNG")
    bad = tmp_path / "不是照片.jpg"
    bad.write_bytes(b"hello")
    chosen = [[bad], [found]]
    monkeypatch.setattr(entries_module, "receipt_chooser", lambda _parent: chosen.pop(0))
    dlg = EntryDialog(funded, eid)
    qtbot.addWidget(dlg)
    dlg.show()
    button = dlg.findChild(QAbstractButton, "add_receipts")
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    settled(qtbot)
    assert dlg.receipt_message.isVisible() and "不是照片.jpg" in dlg.receipt_message.text()
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    settled(qtbot)
    assert [dlg.receipts.item(i).text() for i in range(dlg.receipts.count())] == ["补的发票.png"]
    entry = funded.store.get("expenses", eid)
    assert (entry["amount_fen"], entry["purpose"]) == (88_00, "慰问")


# -- Chinese everywhere ------------------------------------------------------------------------

# An English sentence: two words of letters in a row. Codes, numbers, file names, units
# (MB, PDF, JPEG) and single brand words pass.
ENGLISH = re.compile(r"[A-Za-z]{2,}[ ,.:;'-]+[A-Za-z]{2,}")
ALLOWED = re.compile(r"\b(JPEG|PNG|HEIC|WebP|GIF|BMP|TIFF|PDF|MB|Excel|USB)\b")


def visible_texts(root: QWidget) -> list[str]:
    out = [root.windowTitle()]
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisibleTo(root) and w is not root:
            continue
        out += [w.toolTip(), w.statusTip(), w.accessibleName()]
        if isinstance(w, QLabel | QAbstractButton):
            out.append(w.text())
        if isinstance(w, QGroupBox):
            out.append(w.title())
        if isinstance(w, QLineEdit | QPlainTextEdit):
            out.append(w.placeholderText())
    return [t for t in out if t]


def english_in(texts: list[str]) -> list[str]:
    return [t for t in texts if ENGLISH.search(ALLOWED.sub("", re.sub(r"<[^>]+>", "", t)))]


def test_every_form_speaks_chinese(qtbot, funded):
    eid, _ = service.add_expense(
        funded.store, date=funded.today(), amount_fen=1_00, category="other", purpose="测试"
    )
    year = funded.today().year
    forms = [
        MemberDialog(funded, None),
        ExpenseDialog(funded),
        AllocationDialog(funded, year),
        IntakeDialog(funded),
        MeetingDialog(funded, None),
        EntryDialog(funded, eid),
    ]
    for dlg in forms:
        qtbot.addWidget(dlg)
        dlg.show()
        assert english_in(visible_texts(dlg)) == [], dlg.objectName()
    member = forms[0]
    # The ID check speaks Chinese under the field as soon as the number is long enough.
    QTest.keyClicks(member.form.editors["id_number"], "110105194912310021")
    qtbot.waitUntil(lambda: "身份证" in member.derived.text(), timeout=2000)
    assert english_in([member.derived.text()]) == []
    member.save()
    settled(qtbot)
    shown = [m.text() for m in member.form.messages.values() if m.isVisible()]
    assert shown and english_in(shown) == []
    for dlg in forms:
        dlg.done(QDialog.DialogCode.Rejected)


def test_minutes_left_by_a_power_cut_are_offered_at_the_next_start(qtbot, ctx):
    from linju_desktop.gui.main_window import MainWindow

    drafts.write(ctx.store.data_dir, None, {"minutes": "Typed before the power cut"})
    seen: list[str] = []
    restored: list[str] = []

    def close_form() -> None:
        form = QApplication.activeModalWidget()
        if not isinstance(form, MeetingDialog):
            QTimer.singleShot(20, close_form)
            return
        restored.append(form.details.editors["minutes"].toPlainText())
        form.done(QDialog.DialogCode.Rejected)

    answer(QMessageBox.StandardButton.Yes, seen)  # open it now?

    def then_restore() -> None:
        if len(seen) < 1:
            QTimer.singleShot(20, then_restore)
            return
        answer(QMessageBox.StandardButton.Yes, seen)  # restore the text?
        QTimer.singleShot(0, close_form)

    QTimer.singleShot(0, then_restore)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: restored != [], timeout=10_000)
    assert restored == ["Typed before the power cut"]
    assert len(seen) == 2 and "打开" in seen[0] and "恢复" in seen[1]


def test_every_page_speaks_chinese(qtbot, demo_ctx):
    from linju_desktop.gui.main_window import PAGES, MainWindow

    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    window.show()
    found = {}
    for key, _page in PAGES:
        page = window.show_page(key)
        texts = visible_texts(page)
        model = getattr(page, "model", None)
        if model is not None:
            texts += [
                str(model.headerData(c, Qt.Orientation.Horizontal))
                for c in range(model.columnCount())
            ]
        if english_in(texts):
            found[key] = english_in(texts)
    assert found == {}
