"""The funds page: expenses through the form, the overdraw prompt, reversals, balance bars."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import peek_rows, peek_scalar
from PySide6.QtWidgets import QDialog, QLabel

from linju_desktop.gui.pages.funds import (
    AllocationDialog,
    ExpenseDialog,
    FundsPage,
    OverdrawPrompt,
    ReverseDialog,
)
from linju_desktop.gui.pages.funds import page as page_module
from linju_desktop.gui.worker import busy
from linju_desktop.services import funds as service


def _count(ctx) -> int:
    return peek_scalar(ctx.store, "SELECT count(*) FROM expenses")


def _fill(dlg: ExpenseDialog, amount: str, category: str = "activities") -> None:
    dlg.amount.setText(amount)
    cat = dlg.form.editors["category"]
    cat.setCurrentIndex(cat.findData(category))
    dlg.form.editors["purpose"].setText("七一主题党日活动")
    dlg.form.editors["payee"].insert("幸福里超市")


def _saved(qtbot, dlg: ExpenseDialog) -> None:
    """Save and wait for the service call, which runs off the UI thread."""
    dlg.save()
    qtbot.waitUntil(lambda: dlg.result() == QDialog.DialogCode.Accepted, timeout=3000)


def _answered(qtbot, dlg: ExpenseDialog) -> None:
    dlg.save()
    _settled(qtbot)


def _settled(qtbot) -> None:
    """Saves run as operations on the writer thread: wait until they reported back."""
    qtbot.waitUntil(lambda: not busy(), timeout=5000)


@pytest.fixture
def funded(ctx):
    service.set_allocation(ctx.store, ctx.today().year, 1000_00, "区委组织部")
    return ctx


def test_bad_amount_message_beside_the_field_and_capitals(qtbot, funded):
    dlg = ExpenseDialog(funded)
    qtbot.addWidget(dlg)
    dlg.show()
    _fill(dlg, "12.345")
    dlg.save()
    msg = dlg.form.messages["amount"]
    assert msg.isVisible() and "两位小数" in msg.text()
    assert _count(funded) == 0
    dlg.amount.setText("１,２００.５")  # full-width, as input methods type it
    assert dlg.amount.capital.text().endswith("壹仟贰佰元伍角")
    dlg.amount.setText("abc")
    assert not dlg.amount.capital.isVisible()


def test_missing_category_and_purpose_are_shown_at_their_fields(qtbot, funded):
    dlg = ExpenseDialog(funded)
    qtbot.addWidget(dlg)
    dlg.show()
    # The amount comes first, and the category starts as the usual one, not "(choose)".
    assert dlg.focusWidget() is dlg.amount.edit
    category = dlg.form.editors["category"]
    assert category.currentData() == "activities"
    category.setCurrentIndex(0)
    dlg.amount.setText("100")
    _answered(qtbot, dlg)
    assert dlg.form.messages["category"].isVisible()
    assert dlg.form.messages["purpose"].isVisible()
    assert _count(funded) == 0


def test_expense_saves_and_bars_follow(qtbot, funded):
    page = FundsPage(funded)
    qtbot.addWidget(page)
    page.show()
    assert (
        "1,000.00" in page.allocation_label.text() and "区委组织部" in page.allocation_label.text()
    )
    assert page.total_bar.value() == 0
    dlg = ExpenseDialog(funded, page)
    _fill(dlg, "¥300")
    _saved(qtbot, dlg)
    row = peek_rows(funded.store, "SELECT * FROM expenses")[0]
    assert (row["amount_fen"], row["category"], row["payee"]) == (
        300_00,
        "activities",
        "幸福里超市",
    )
    assert page.model.total() == 1
    assert page.total_bar.value() == 300  # per mille of the allocation
    assert page.bars["activities"].value() == 300 and page.bars["training"].value() == 0
    assert page.bar_texts["activities"].text().startswith("300.00")
    assert "700.00" in page.balance_label.text()
    assert page.balance_label.property("overdrawn") is False
    assert page.model.index(0, 2).data() == "300.00"


def test_overdraw_needs_a_reason_cancel_saves_nothing(qtbot, funded, monkeypatch):
    service.add_expense(
        funded.store,
        date=funded.today(),
        amount_fen=900_00,
        category="other",
        purpose="慰问",
    )
    shown: list[str] = []

    def cancel(self: OverdrawPrompt) -> int:
        shown.append(self.findChildren(QLabel)[0].text())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(OverdrawPrompt, "exec", cancel)
    dlg = ExpenseDialog(funded)
    qtbot.addWidget(dlg)
    _fill(dlg, "250")
    _answered(qtbot, dlg)
    assert _count(funded) == 1
    assert dlg.result() != QDialog.DialogCode.Accepted
    # The prompt states the balance (100) and the shortfall (150).
    assert "100.00" in shown[0] and "150.00" in shown[0]

    def give_reason(self: OverdrawPrompt) -> int:
        assert not self.ok.isEnabled()  # no reason, no way through
        self.reason.setPlainText("经支委会研究同意")
        assert self.ok.isEnabled()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(OverdrawPrompt, "exec", give_reason)
    _saved(qtbot, dlg)
    saved = peek_rows(funded.store, "SELECT * FROM expenses WHERE amount_fen = 25000")
    assert saved[0]["overdraw_reason"] == "经支委会研究同意"
    page = FundsPage(funded)
    qtbot.addWidget(page)
    assert page.balance_label.property("overdrawn") is True
    # The colour comes from the style sheet's rule for the property, not from the code.
    page.show()
    label = page.balance_label
    assert label.palette().color(label.foregroundRole()).name() == "#b00020"
    assert "150.00" in page.balance_label.text() and "超支" in page.balance_label.text()
    assert page.total_bar.value() == page.total_bar.maximum()


def test_reversal_keeps_the_original_and_restores_the_balance(qtbot, funded, monkeypatch):
    eid, _ = service.add_expense(
        funded.store, date=funded.today(), amount_fen=120_00, category="materials", purpose="展板"
    )
    page = FundsPage(funded)
    qtbot.addWidget(page)
    page.show()
    told: list[str] = []
    monkeypatch.setattr(page_module, "inform", lambda _p, _t, text, error=False: told.append(text))
    page.reverse_selected()  # nothing selected yet: says what to do
    assert told and _count(funded) == 1

    monkeypatch.setattr(ReverseDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    page.view.selectRow(0)
    assert page.reverse_selected() is None
    assert _count(funded) == 1  # cancelled

    def confirm_with_reason(self: ReverseDialog) -> int:
        self.save()  # without a reason: refused beside the field
        assert not self.form.messages["reason"].isHidden()
        self.reason.setText("金额录入错误")
        self.save()
        _settled(qtbot)
        return self.result()

    monkeypatch.setattr(ReverseDialog, "exec", confirm_with_reason)
    page.view.selectRow(0)
    page.reverse_selected()
    rows = peek_rows(funded.store, "SELECT * FROM expenses ORDER BY amount_fen")
    assert [r["amount_fen"] for r in rows] == [-120_00, 120_00]
    assert rows[0]["reverses_id"] == eid and rows[0]["notes"] == "金额录入错误"
    assert page.model.total() == 2
    texts = {page.model.row(i)["id"]: page.model.index(i, 2).data() for i in range(2)}
    assert "冲销" in texts[rows[0]["id"]] and "-120.00" in texts[rows[0]["id"]]
    purposes = [page.model.index(i, 4).data() for i in range(2)]
    assert any("已冲销" in p for p in purposes)
    assert "1,000.00" in page.balance_label.text()
    assert page.bars["materials"].value() == 0
    # A second reversal of the same entry is refused before anything is asked.
    told.clear()
    page.select_id(eid)
    page.reverse_selected()
    assert told and "冲销过" in told[0] and _count(funded) == 2


def test_allocation_dialog_and_year_switch(qtbot, ctx):
    page = FundsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert (
        "还没有" in page.allocation_label.text() or "No allocation" in page.allocation_label.text()
    )
    dlg = AllocationDialog(ctx, page.year, page)
    dlg.amount.setText("1.45万")
    assert dlg.amount.capital.text().endswith("壹万肆仟伍佰元整")
    dlg.form.editors["source"].setText("区委组织部")
    dlg.save()
    _settled(qtbot)
    assert service.allocation(ctx.store, page.year)["amount_fen"] == 14_500_00
    page.refresh_summary()
    assert "14,500.00" in page.allocation_label.text()
    last_year = page.year - 1
    service.add_expense(
        ctx.store,
        date=dt.date(last_year, 6, 1),
        amount_fen=5_00,
        category="other",
        purpose="x",
        overdraw_reason="未下达",
    )
    page.refresh()
    page.year_box.setCurrentIndex(page.year_box.findData(last_year))
    assert page.year == last_year and page.model.total() == 1


def test_demo_page_and_open_record(qtbot, demo_ctx, monkeypatch):
    opened: list[str] = []
    monkeypatch.setattr(
        page_module.EntryDialog, "exec", lambda self: opened.append(self.expense_id)
    )
    page = FundsPage(demo_ctx)
    qtbot.addWidget(page)
    page.show()
    year = page.year
    bal = service.summary(demo_ctx.store, year)
    assert page.model.total() == peek_scalar(
        demo_ctx.store, "SELECT count(*) FROM expenses WHERE year = ?", (year,)
    )
    for code, bar in page.bars.items():
        want = bal.by_category.get(code, 0) * 1000 // bal.allocation_fen
        assert bar.value() == max(0, min(1000, want))
    old = peek_rows(
        demo_ctx.store, "SELECT id, year FROM expenses WHERE year < ? LIMIT 1", (year,)
    )[0]
    page.open_record("expenses", old["id"])
    assert page.year == old["year"] and page.selected_row()["id"] == old["id"]
    assert opened == [old["id"]]
    page.self_test()


def test_receipt_photos_are_saved_with_the_expense_in_one_call(qtbot, funded, tmp_path):
    photo = tmp_path / "发票.jpg"
    photo.write_bytes(b"\xff\xd8\xff fake jpeg")
    page = FundsPage(funded)
    qtbot.addWidget(page)
    page.show()
    dlg = ExpenseDialog(funded, page)
    _fill(dlg, "50")
    dlg.add_receipt(photo)
    announced = []
    funded.ops_changed.connect(announced.append)
    _saved(qtbot, dlg)
    assert peek_scalar(funded.store, "SELECT count(*) FROM attachments") == 1
    # What the operation wrote is announced from the change log, not by hand.
    (changes,) = announced
    assert changes.tables == {"expenses", "attachments"}
    assert changes.ids_in("expenses") == {dlg.expense_id}
    assert page.model.index(0, 6).data() == "1"
    att = peek_rows(funded.store, "SELECT * FROM attachments")[0]
    assert (att["owner_table"], att["owner_id"], att["filename"]) == (
        "expenses",
        dlg.expense_id,
        "发票.jpg",
    )


def test_an_unreadable_receipt_is_named_and_nothing_is_saved(qtbot, funded, tmp_path):
    good = tmp_path / "发票.jpg"
    good.write_bytes(b"\xff\xd8\xff fake jpeg")
    gone = tmp_path / "已删除.jpg"
    gone.write_bytes(b"\xff\xd8\xff deleted before saving")
    dlg = ExpenseDialog(funded)
    qtbot.addWidget(dlg)
    dlg.show()
    _fill(dlg, "50")
    dlg.add_receipt(good)
    dlg.add_receipt(gone)
    gone.unlink()  # moved away between choosing and saving
    _answered(qtbot, dlg)
    msg = dlg.form.messages["receipts"]
    assert msg.isVisible() and "已删除.jpg" in msg.text()
    assert msg.property("message") == "error"
    assert dlg.result() != QDialog.DialogCode.Accepted
    assert _count(funded) == 0
    assert peek_scalar(funded.store, "SELECT count(*) FROM attachments") == 0
