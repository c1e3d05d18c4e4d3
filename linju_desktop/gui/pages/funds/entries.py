"""One ledger entry: shown read-only with its receipts, and reversed (never deleted)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from linju_desktop.domain import funds as rules
from linju_desktop.domain.errors import ValidationError
from linju_desktop.domain.money import capital, format_yuan
from linju_desktop.gui.context import AppContext
from linju_desktop.gui.forms import child, fit_to_screen, load_form
from linju_desktop.gui.operations import run_op
from linju_desktop.gui.pages.focus import after_fields
from linju_desktop.gui.pages.funds.dialogs import receipt_chooser
from linju_desktop.gui.photos import limit_text, with_smaller_photos
from linju_desktop.gui.widgets import FieldForm, inform, problems_text, set_style_state
from linju_desktop.services import attachments
from linju_desktop.services import funds as service
from linju_desktop.store import page_queries_funds as queries


def _entry_text(entry: dict) -> str:
    return "\n".join(
        (
            f"{entry['date']}　{rules.category_label(entry['category'])}",
            f"{format_yuan(entry['amount_fen'])} 元（{capital(entry['amount_fen'])}）",
            entry["purpose"] or "",
            entry["payee"] or "",
        )
    )


class ReverseDialog(QDialog):
    """Confirm a reversal and say why; the wrong entry itself stays in the ledger."""

    def __init__(self, ctx: AppContext, entry: dict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.entry = ctx, entry
        self.reversal_id: str | None = None
        self.setObjectName("reverse_dialog")
        form = load_form("funds_reverse_dialog.ui", self)
        QVBoxLayout(self).addWidget(form)
        self.setWindowTitle(form.windowTitle())
        self.resize(form.size())
        self.form = child(form, "fields")
        child(form, "card").setText(_entry_text(entry))
        explain = child(form, "explain")
        explain.setText(explain.text().format(amount=format_yuan(-entry["amount_fen"])))
        self.reason = child(form, "reason")
        buttons = child(form, "buttons")
        ok = buttons.addButton(self.tr("Reverse it"), QDialogButtonBox.ButtonRole.AcceptRole)
        ok.setObjectName("primary")
        set_style_state(ok, "primary", True)  # the loaded form is already styled
        after_fields(buttons)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)

    def save(self) -> None:
        reason = self.reason.text().strip()
        if not reason:
            msg = self.form.messages["reason"]
            msg.setText(self.tr("Say why the entry is reversed"))
            set_style_state(msg, "message", "error")
            msg.setVisible(True)
            self.reason.setFocus()
            return
        store, expense_id = self.ctx.store, self.entry["id"]
        run_op(
            self.ctx,
            lambda _p: service.reverse(store, expense_id, reason),
            self._reversed,
            self._refused,
        )

    def _reversed(self, reversal_id: str) -> None:
        self.reversal_id = reversal_id
        self.ctx.status.emit(self.tr("Entry reversed"))
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        if not isinstance(exc, ValidationError):
            raise exc
        inform(self, self.tr("Cannot reverse"), problems_text(exc), error=True)
        self.reject()


class EntryDialog(QDialog):
    """One ledger entry, read-only, with its receipts."""

    def __init__(self, ctx: AppContext, expense_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.expense_id = ctx, expense_id
        self.setObjectName("entry_dialog")
        entry = queries.expense(ctx.store, expense_id) or {}
        self.setWindowTitle(self.tr("Expense entry"))
        self.resize(600, 480)
        fit_to_screen(self)  # scrolls inside, buttons on screen
        col = QVBoxLayout(self)
        f = FieldForm()
        col.addWidget(f)
        amount = entry.get("amount_fen", 0)
        rows = [
            ("date", self.tr("Date"), entry.get("date") or ""),
            ("category", self.tr("Category"), rules.category_label(entry.get("category", ""))),
            (
                "amount",
                self.tr("Amount (yuan)"),
                f"{format_yuan(amount)}（{capital(amount)}）",
            ),
            ("purpose", self.tr("Spent on"), entry.get("purpose") or ""),
            ("payee", self.tr("Paid to"), entry.get("payee") or ""),
            ("approver", self.tr("Approved by"), entry.get("approver") or ""),
        ]
        if entry.get("overdraw_reason"):
            rows.append(("over", self.tr("Over the allocation because"), entry["overdraw_reason"]))
        if entry.get("reverses_id"):
            rows.append(("reversal", self.tr("Reversal, because"), entry.get("notes") or ""))
        for key, label, value in rows:
            v = QLabel(value)
            v.setWordWrap(True)
            f.add(key, label, v)
        self.receipts = QListWidget()
        self.receipts.setAccessibleName(self.tr("Receipts"))
        self._list_receipts()
        self.receipts.itemActivated.connect(
            lambda item: QDesktopServices.openUrl(
                QUrl.fromLocalFile(item.data(Qt.ItemDataRole.UserRole))
            )
        )
        col.addWidget(QLabel(self.tr("Receipts (double-click to open):")))
        col.addWidget(self.receipts)
        # A receipt found later joins the entry; the amount and purpose stay as recorded.
        self.receipt_message = QLabel()
        self.receipt_message.setObjectName("msg_file")
        self.receipt_message.setWordWrap(True)
        self.receipt_message.setVisible(False)
        col.addWidget(self.receipt_message)
        limit = QLabel(limit_text())
        limit.setWordWrap(True)
        col.addWidget(limit)
        self.keep_originals = QCheckBox(self.tr("Keep the original photos (larger files)"))
        col.addWidget(self.keep_originals)
        col.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        if entry and not entry.get("reverses_id"):
            self.add_button = buttons.addButton(
                self.tr("Add receipts…"), QDialogButtonBox.ButtonRole.ActionRole
            )
            self.add_button.setObjectName("add_receipts")
            self.add_button.clicked.connect(lambda: self.add_receipts(receipt_chooser(self)))
            rev = buttons.addButton(
                self.tr("Reverse this entry…"), QDialogButtonBox.ButtonRole.ResetRole
            )
            rev.clicked.connect(self._reverse)
        col.addWidget(buttons)

    def _list_receipts(self) -> None:
        self.receipts.clear()
        for a in attachments.list_for(self.ctx.store, "expenses", self.expense_id):
            item = QListWidgetItem(a["filename"])
            item.setData(
                Qt.ItemDataRole.UserRole, str(attachments.blob_path(self.ctx.store, a["sha256"]))
            )
            self.receipts.addItem(item)

    def add_receipts(self, paths: list[Path]) -> None:
        if not paths:
            return
        store, expense_id = self.ctx.store, self.expense_id
        keep = self.keep_originals.isChecked()
        self.receipt_message.setVisible(False)
        self.add_button.setEnabled(False)
        run_op(
            self.ctx,
            lambda _p: with_smaller_photos(
                paths, keep, lambda files: service.add_receipts(store, expense_id, files)
            ),
            self._receipts_added,
            self._receipts_refused,
        )

    def _receipts_added(self, ids: tuple[str, ...]) -> None:
        self.add_button.setEnabled(True)
        self._list_receipts()
        self.ctx.status.emit(self.tr("%n receipt(s) added", "", len(ids)))

    def _receipts_refused(self, exc: BaseException) -> None:
        self.add_button.setEnabled(True)
        if not isinstance(exc, ValidationError):
            raise exc
        self.receipt_message.setText(problems_text(exc))
        set_style_state(self.receipt_message, "message", "error")
        self.receipt_message.setVisible(True)

    def _reverse(self) -> None:
        entry = queries.expense(self.ctx.store, self.expense_id)
        if entry and ReverseDialog(self.ctx, entry, self).exec() == QDialog.DialogCode.Accepted:
            self.accept()
