"""Recording money: the expense form (with its receipts), the overdraw prompt, the allocation.

The forms are Designer files (ui/funds_*.ui); the dialogs ask, the funds service decides.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QDate, QObject, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from linju_desktop.domain import funds as rules
from linju_desktop.domain.errors import ValidationError
from linju_desktop.domain.money import MoneyError, capital, format_yuan, parse_yuan
from linju_desktop.gui.context import AppContext
from linju_desktop.gui.forms import child, fit_to_screen, load_form
from linju_desktop.gui.messages import (
    FILE_MESSAGE,
    kept_in_place_of,
    length_counter,
    set_limit,
)
from linju_desktop.gui.operations import run_op
from linju_desktop.gui.pages.focus import after_fields
from linju_desktop.gui.photos import limit_text, with_smaller_photos
from linju_desktop.gui.widgets import GuardedDialog, confirm
from linju_desktop.services import attachments
from linju_desktop.services import funds as service
from linju_desktop.services.funds import ExpenseResult
from linju_desktop.store import page_queries_funds as queries
from linju_desktop.store import page_queries_people as people

T = TypeVar("T")
REASON_LIMIT = 500  # why an expense overdraws the year: a few sentences


class AmountField(QObject):
    """A yuan amount typed as text, with its 大写 shown live below it (the form's `amount`
    line edit and `capital` label)."""

    def __init__(self, edit: QLineEdit, capital_label: QLabel) -> None:
        super().__init__(edit)
        # The 大写 line appearing never moves the fields below: it keeps the room the 大写 of
        # the largest likely amount needs (98,765,432.19 yuan) at the current text size.
        longest = self.tr("In capitals: {text}").format(text=capital(98_765_432_19))
        self.edit, self.capital = edit, kept_in_place_of(capital_label, longest)
        edit.textChanged.connect(self._update)
        self._update()

    def setText(self, text: str) -> None:  # reads like the QLineEdit it wraps
        self.edit.setText(text)

    def text(self) -> str:
        return self.edit.text()

    def fen(self) -> int:
        """Integer fen; raises MoneyError."""
        return parse_yuan(self.edit.text())

    def _update(self) -> None:
        try:
            fen = parse_yuan(self.edit.text()) if self.edit.text().strip() else None
        except MoneyError:
            fen = None
        self.capital.setText(
            self.tr("In capitals: {text}").format(text=capital(fen)) if fen is not None else ""
        )
        self.capital.setVisible(fen is not None)


def receipt_chooser(parent: QWidget) -> list[Path]:
    names, _ = QFileDialog.getOpenFileNames(
        parent,
        QFileDialog.tr("Choose receipt photos"),
        str(Path.home()),
        QFileDialog.tr("Photos and scans (*.jpg *.jpeg *.png *.heic *.webp *.pdf);;All files (*)"),
    )
    return [Path(n) for n in names]


class ExpenseDialog(GuardedDialog):
    """Record one expense with its receipts. Money spent over the year's allocation needs a
    reason: the service says so, this dialog asks for it and tries once more."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.expense_id: str | None = None
        self.saved_year: int | None = None
        self.setObjectName("expense_dialog")
        form = load_form("funds_expense_dialog.ui", self)
        QVBoxLayout(self).addWidget(form)
        self.setWindowTitle(form.windowTitle())
        self.resize(form.size())
        self.form = child(form, "fields")
        today = ctx.today()
        child(form, "date").setDate(QDate(today.year, today.month, today.day))
        self.amount = AmountField(child(form, "amount"), child(form, "capital"))
        child(form, "amount_box").setFocusProxy(self.amount.edit)
        category = child(form, "category")
        category.addItem(self.tr("(choose)"), None)
        for c in rules.DEFAULT_CATEGORIES:
            category.addItem(rules.category_label(c.code), c.code)
        # Most expenses are like the last one: its category is the guess, not "(choose)".
        category.setCurrentIndex(
            max(0, category.findData(queries.last_category(ctx.store) or "activities"))
        )
        self.amount.edit.setFocus()  # the amount first: what the receipt in hand says
        child(form, "approver").setText(people.secretary_name(ctx.store))
        self.receipts = child(form, "receipts")
        # The limit is said where the files are chosen, not found out after saving.
        limit = QLabel(limit_text())
        limit.setObjectName("receipt_limit")
        limit.setWordWrap(True)
        self.keep_originals = QCheckBox(self.tr("Keep the original photos (larger files)"))
        self.keep_originals.setObjectName("keep_originals")
        self.form.messages["receipts"].keep_room_for(FILE_MESSAGE)
        box = self.form.messages["receipts"].parentWidget().parentWidget()
        box.layout().addWidget(limit)
        box.layout().addWidget(self.keep_originals)
        child(form, "add_receipts").clicked.connect(self.choose_receipts)
        child(form, "remove_receipt").clicked.connect(
            lambda: self.receipts.takeItem(self.receipts.currentRow())
        )
        self.buttons = child(form, "buttons")
        after_fields(self.buttons)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    def add_receipt(self, path: Path) -> bool:
        """Queue a receipt; one that is no photo or PDF, or too large, is refused at once."""
        try:
            attachments.check_files([path])
        except ValidationError as exc:
            self.form.show_problems(exc.problems, fallback="receipts")
            return False
        item = QListWidgetItem(path.name)
        item.setToolTip(str(path))
        item.setData(Qt.ItemDataRole.UserRole, str(path))
        self.receipts.addItem(item)
        return True

    def receipt_paths(self) -> list[Path]:
        return [
            Path(self.receipts.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.receipts.count())
        ]

    def choose_receipts(self) -> None:
        for path in receipt_chooser(self):
            self.add_receipt(path)

    def values(self) -> dict[str, Any] | None:
        """What the form says, or None after showing why the amount cannot be read."""
        try:
            amount = self.amount.fen()
        except MoneyError as exc:
            self.form.show_problems([exc.problem("amount")])
            return None
        day: dt.date = self.form.editors["date"].date().toPython()  # type: ignore[attr-defined]
        return {
            "date": day,
            "amount_fen": amount,
            "category": self.form.editors["category"].currentData() or "",  # type: ignore[attr-defined]
            "purpose": self.form.editors["purpose"].text(),
            "payee": self.form.editors["payee"].text(),
            "approver": self.form.editors["approver"].text(),
            "receipts": self.receipt_paths(),
        }

    def save(self) -> None:
        values = self.values()
        if values is None:
            return
        if values["date"] > self.ctx.today() and not confirm(
            self,
            self.tr("A date in the future"),
            self.tr("The expense is dated {date}, after today. Save it anyway?").format(
                date=values["date"].isoformat()
            ),
        ):
            self.form.editors["date"].setFocus()
            return
        self._submit(values, "")

    def _submit(self, values: dict[str, Any], reason: str) -> None:
        # One operation off the UI thread: copying photos can take a while, and what it
        # wrote (the expense and its receipts) is announced to the pages when it is done.
        store = self.ctx.store
        self.buttons.setEnabled(False)
        keep = self.keep_originals.isChecked()

        def call(_progress: object) -> ExpenseResult:
            return with_smaller_photos(
                values["receipts"],
                keep,
                lambda files: service.record_expense(
                    store, overdraw_reason=reason, **{**values, "receipts": files}
                ),
            )

        run_op(
            self.ctx,
            call,
            lambda result: self._answered(values, result),
            self._failed,
        )

    def _answered(self, values: dict[str, Any], result: ExpenseResult) -> None:
        self.buttons.setEnabled(True)
        if result.needs_reason is not None:
            self.form.clear_messages()
            message = result.needs_reason.text()
            if result.allocation_missing:
                message += "\n\n" + self.tr(
                    "No allocation has been entered for {year} yet. If the district has "
                    "given it, press Cancel and enter it first (Set allocation…)."
                ).format(year=values["date"].year)
            given = OverdrawPrompt(message, self).ask()
            if not given:
                self.ctx.status.emit(self.tr("Not saved: over the allocation without a reason"))
                return
            self._submit(values, given)
            return
        self.expense_id, self.saved_year = result.expense_id, values["date"].year
        note = "；".join(w.text() for w in result.warnings)
        self.ctx.status.emit(self.tr("Expense saved") + (f"：{note}" if note else ""))
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if not isinstance(exc, ValidationError):
            raise exc  # a bug: loud, in the log and in the tests
        # A receipt that cannot be read is named under the receipts list.
        files = any(p.field == "file" for p in exc.problems)
        self.form.show_problems(exc.problems, fallback="receipts" if files else "amount")


class OverdrawPrompt(QDialog):
    """Asks why an expense may overdraw the year; only a reason lets it through."""

    def __init__(self, message: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overdraw_prompt")
        self.setWindowTitle(self.tr("Over the year's allocation"))
        self.resize(560, 320)
        fit_to_screen(self)  # scrolls inside, buttons on screen
        col = QVBoxLayout(self)
        text = QLabel(message)
        text.setObjectName("bad")  # red and bold, from the style sheet
        text.setWordWrap(True)
        col.addWidget(text)
        label = QLabel(self.tr("&Why must it be spent anyway? (e.g. agreed by the committee)"))
        label.setWordWrap(True)
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        set_limit(self.reason, REASON_LIMIT)  # counted while typing, never cut
        label.setBuddy(self.reason)
        col.addWidget(label)
        col.addWidget(self.reason, 1)
        col.addWidget(length_counter(self.reason, "reason"), 0, Qt.AlignmentFlag.AlignRight)
        buttons = QDialogButtonBox()
        self.ok = buttons.addButton(
            self.tr("Record it anyway"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok.setEnabled(False)
        self.reason.textChanged.connect(
            lambda: self.ok.setEnabled(0 < len(self.reason.toPlainText().strip()) <= REASON_LIMIT)
        )
        col.addWidget(buttons)

    def ask(self) -> str | None:
        """The reason typed, or None when the user cancelled (or gave none)."""
        if self.exec() != QDialog.DialogCode.Accepted:
            return None
        return self.reason.toPlainText().strip() or None


class AllocationDialog(GuardedDialog):
    """The district's allocation for one year (changed in place, not an entry)."""

    def __init__(self, ctx: AppContext, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.year = ctx, year
        self.setObjectName("allocation_dialog")
        form = load_form("funds_allocation_dialog.ui", self)
        QVBoxLayout(self).addWidget(form)
        self.setWindowTitle(form.windowTitle().format(year=year))
        self.resize(form.size())
        self.form = child(form, "fields")
        current = service.allocation(ctx.store, year) or service.allocation(ctx.store, year - 1)
        same_year = bool(current and current["year"] == year)
        self.amount = AmountField(child(form, "amount"), child(form, "capital"))
        child(form, "amount_box").setFocusProxy(self.amount.edit)
        if current and same_year:
            self.amount.setText(format_yuan(current["amount_fen"]))
            child(form, "note").setText(current["note"] or "")
        child(form, "source").setText((current or {}).get("source") or "")
        buttons = child(form, "buttons")
        after_fields(buttons)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)

    def save(self) -> None:
        try:
            fen = self.amount.fen()
        except MoneyError as exc:
            self.form.show_problems([exc.problem("amount")])
            return
        store, year = self.ctx.store, self.year
        source = self.form.editors["source"].text().strip()
        note = self.form.editors["note"].text().strip()
        run_op(
            self.ctx,
            lambda _p: service.set_allocation(store, year, fen, source, note),
            lambda _id: self._saved(),
        )

    def _saved(self) -> None:
        self.ctx.status.emit(self.tr("Allocation saved"))
        self.accept()
