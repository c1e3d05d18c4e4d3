"""经费: the year's allocation and balance, the expense ledger, expenses and reversals."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from linju_desktop.domain import funds as rules
from linju_desktop.domain.money import format_yuan
from linju_desktop.gui.context import AppContext
from linju_desktop.gui.models import Column
from linju_desktop.gui.pages.base import ListPage
from linju_desktop.gui.pages.funds.dialogs import AllocationDialog, ExpenseDialog
from linju_desktop.gui.pages.funds.entries import EntryDialog, ReverseDialog
from linju_desktop.gui.widgets import big_button, inform, set_style_state
from linju_desktop.reports.catalogue import Order
from linju_desktop.reports.period import Period
from linju_desktop.services import funds as service
from linju_desktop.store import page_queries_funds as queries

BAR_SCALE = 1000  # progress bars count in tenths of a percent: fen would overflow int32


def _bar(name: str) -> QProgressBar:
    bar = QProgressBar()
    bar.setObjectName(name)  # coloured by the style sheets (funds_total, funds_category)
    bar.setRange(0, BAR_SCALE)
    bar.setTextVisible(False)
    bar.setFixedHeight(18)
    return bar


def _share(part: int, whole: int) -> int:
    if whole <= 0:
        return BAR_SCALE if part > 0 else 0
    return max(0, min(BAR_SCALE, part * BAR_SCALE // whole))


class FundsPage(ListPage):
    key = "funds"
    table = "expenses"

    def title(self) -> str:
        return self.tr("Funds")

    def print_choices(self) -> list[tuple[str, Order | None]]:
        period = Period.year(self.year)
        return [
            (
                self.tr("Public notice of the funds {year}").format(year=self.year),
                Order("funds", period=period),
            ),
            (self.tr("Funds ledger {year}").format(year=self.year), Order("ledger", period=period)),
        ]

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        self.year = ctx.today().year
        self._extra: dict[str, dict[str, int]] = {}
        super().__init__(ctx, parent)
        # Expenses have no search index; the year and category filters do the finding.
        self.search.setVisible(False)
        self.refresh_summary()

    # -- list ----------------------------------------------------------------------------
    def columns(self) -> list[Column]:
        return [
            Column("date", lambda: self.tr("Date"), sort_by="date", width=120),
            Column(
                "category",
                lambda: self.tr("Category"),
                lambda r: rules.category_label(r["category"]),
                "category",
                width=140,
            ),
            Column(
                "amount",
                lambda: self.tr("Amount (yuan)"),
                self._amount,
                "amount_fen",
                True,
                170,
            ),
            Column("payee", lambda: self.tr("Payee"), width=170),
            Column("purpose", lambda: self.tr("Purpose"), self._purpose, width=260),
            Column("approver", lambda: self.tr("Approved by"), width=120),
            Column(
                "receipts",
                lambda: self.tr("Receipts"),
                lambda r: str(r.get("_receipts", 0) or ""),
                width=70,
            ),
        ]

    def _amount(self, r: dict) -> str:
        text = format_yuan(r["amount_fen"])
        if r["reverses_id"]:
            return self.tr("reversal {amount}").format(amount=text)
        return text

    def _purpose(self, r: dict) -> str:
        if r["reverses_id"]:
            reason = r["notes"] or ""
            return self.tr("Reverses: {purpose}").format(purpose=r["purpose"] or "") + (
                f"（{reason}）" if reason else ""
            )
        if r.get("_reversed"):
            return self.tr("[reversed] {purpose}").format(purpose=r["purpose"] or "")
        return r["purpose"] or ""

    def base_filters(self) -> dict:
        return {"year": self.year}

    def default_order(self) -> tuple[str, bool]:
        return ("date", True)

    def decorate(self, rows: list[dict]) -> None:
        # One query for the page: which entries were reversed, how many receipts each has.
        reversed_, receipts = queries.reversed_and_receipts(self.ctx.store, [r["id"] for r in rows])
        for r in rows:
            r["_reversed"] = reversed_.get(r["id"], 0) > 0
            r["_receipts"] = receipts.get(r["id"], 0)

    def build_actions(self) -> None:
        self.actions_row.addWidget(
            big_button(
                self.tr("Add expense"),
                self.tr("Record money spent, with its receipts"),
                self.add_expense,
                primary=True,
            )
        )
        self.reverse_button = big_button(
            self.tr("Reverse selected entry…"),
            self.tr("Cancel a wrong entry with a reversing entry; the original stays visible"),
            self.reverse_selected,
        )
        self.actions_row.addWidget(self.reverse_button)
        self.actions_row.addStretch(1)
        cats = [(c.code, rules.category_label(c.code)) for c in rules.DEFAULT_CATEGORIES]
        self.add_filter("category", self.tr("Category"), cats)
        self.filter_row.addStretch(1)
        self._build_summary()

    def _build_summary(self) -> None:
        card = QFrame()
        card.setObjectName("card")
        col = QVBoxLayout(card)
        top = QHBoxLayout()
        year_label = QLabel(self.tr("&Year"))
        self.year_box = QComboBox()
        self.year_box.setAccessibleName(self.tr("Year"))
        year_label.setBuddy(self.year_box)
        self._fill_years()
        self.year_box.currentIndexChanged.connect(self._on_year)
        top.addWidget(year_label)
        top.addWidget(self.year_box)
        top.addSpacing(20)
        self.allocation_label = QLabel()
        self.allocation_label.setObjectName("allocation")
        self.allocation_label.setWordWrap(True)
        top.addWidget(self.allocation_label, 1)
        top.addWidget(
            big_button(
                self.tr("Set allocation…"),
                self.tr("Enter the year's allocation as the district gave it"),
                self.set_allocation,
            )
        )
        col.addLayout(top)
        # Coloured by the style sheets through the `overdrawn` property.
        self.balance_label = QLabel()
        self.balance_label.setObjectName("balance")
        self.spent_label = QLabel()
        self.spent_label.setObjectName("balance_spent")
        balance_row = QHBoxLayout()
        balance_row.addWidget(self.balance_label)
        balance_row.addWidget(self.spent_label, 1, Qt.AlignmentFlag.AlignBottom)
        col.addLayout(balance_row)
        # Bars carry no text of their own: the amounts sit beside them, easy to read.
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        self.total_bar = _bar("funds_total")
        self.total_bar.setAccessibleName(self.tr("Whole year"))
        self.total_text = QLabel()
        grid.addWidget(QLabel(self.tr("Whole year")), 0, 0)
        grid.addWidget(self.total_bar, 0, 1, 1, 4)
        grid.addWidget(self.total_text, 0, 5)
        self.bars: dict[str, QProgressBar] = {}
        self.bar_texts: dict[str, QLabel] = {}
        for i, cat in enumerate(rules.DEFAULT_CATEGORIES):
            name = rules.category_label(cat.code)
            bar = _bar("funds_category")
            bar.setAccessibleName(name)
            text = QLabel()
            row, c = 1 + i // 2, (i % 2) * 3
            grid.addWidget(QLabel(name), row, c)
            grid.addWidget(bar, row, c + 1)
            grid.addWidget(text, row, c + 2)
            self.bars[cat.code], self.bar_texts[cat.code] = bar, text
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(4, 1)
        col.addLayout(grid)
        self.layout().insertWidget(1, card)

    def _fill_years(self) -> None:
        years = queries.ledger_years(self.ctx.store) | {self.ctx.today().year, self.year}
        self.year_box.blockSignals(True)
        self.year_box.clear()
        for y in sorted(years, reverse=True):
            self.year_box.addItem(str(y), y)
        self.year_box.setCurrentIndex(self.year_box.findData(self.year))
        self.year_box.blockSignals(False)

    def _on_year(self) -> None:
        self.set_year(int(self.year_box.currentData()))

    def set_year(self, year: int) -> None:
        self.year = year
        i = self.year_box.findData(year)
        if i < 0:
            self._fill_years()
        elif i != self.year_box.currentIndex():
            self.year_box.blockSignals(True)
            self.year_box.setCurrentIndex(i)
            self.year_box.blockSignals(False)
        self.apply_filters()
        self.refresh_summary()

    def refresh_summary(self) -> None:
        bal = service.summary(self.ctx.store, self.year)
        alloc = service.allocation(self.ctx.store, self.year)
        if alloc:
            source = alloc["source"] or self.tr("source not recorded")
            self.allocation_label.setText(
                self.tr("{year} allocation: {amount} yuan (from {source})").format(
                    year=self.year, amount=format_yuan(bal.allocation_fen), source=source
                )
            )
        else:
            self.allocation_label.setText(
                self.tr("No allocation entered for {year} yet: press “Set allocation…”").format(
                    year=self.year
                )
            )
        if bal.overdrawn:
            text = self.tr("Overdrawn by {amount} yuan").format(
                amount=format_yuan(-bal.balance_fen)
            )
        else:
            text = self.tr("Balance: {amount} yuan").format(amount=format_yuan(bal.balance_fen))
        self.balance_label.setText(text)
        self.spent_label.setText(
            self.tr("spent {amount} yuan").format(amount=format_yuan(bal.spent_fen))
        )
        set_style_state(self.balance_label, "overdrawn", bal.overdrawn)
        # Stand the small text on the big one's baseline, as one line of text would.
        drop = self.balance_label.fontMetrics().descent() - self.spent_label.fontMetrics().descent()
        self.spent_label.setContentsMargins(0, 0, 0, max(0, drop))
        self.total_bar.setValue(_share(bal.spent_fen, bal.allocation_fen))
        set_style_state(self.total_bar, "overdrawn", bal.overdrawn)
        left = max(bal.balance_fen, 0)
        self.total_text.setText(
            self.tr("used {used} yuan, {left} yuan left").format(
                used=format_yuan(bal.spent_fen), left=format_yuan(left)
            )
        )
        for code, bar in self.bars.items():
            used = bal.by_category.get(code, 0)
            bar.setValue(_share(used, bal.allocation_fen))
            self.bar_texts[code].setText(self.tr("{used} yuan").format(used=format_yuan(used)))

    def current_filters(self) -> dict:
        out = super().current_filters()
        out["year"] = self.year
        return out

    def refresh(self) -> None:
        self._fill_years()
        super().refresh()
        self.refresh_summary()

    def _on_changed(self, table: str) -> None:
        if table in ("", "expenses", "allocations", "attachments") and self.isVisible():
            self.refresh()

    # -- actions ----------------------------------------------------------------------------
    def add_expense(self) -> None:
        dlg = ExpenseDialog(self.ctx, self)
        if dlg.exec() == QDialog.DialogCode.Accepted and dlg.saved_year:
            self.set_year(dlg.saved_year)
            if dlg.expense_id:
                self.select_id(dlg.expense_id)

    def set_allocation(self) -> None:
        if AllocationDialog(self.ctx, self.year, self).exec() == QDialog.DialogCode.Accepted:
            self.refresh_summary()

    def reverse_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            inform(
                self,
                self.tr("Reverse an entry"),
                self.tr("First click the wrong entry in the list, then press this button."),
            )
            return
        self.reverse_entry(row["id"])

    def reverse_entry(self, expense_id: str) -> bool:
        # The service refuses before anything is asked (a reversal, or a reversed entry).
        refused = service.reversal_refusal(self.ctx.store, expense_id)
        entry = queries.expense(self.ctx.store, expense_id)
        if refused or entry is None:
            text = "\n".join(p.text() for p in refused)
            inform(self, self.tr("Cannot reverse"), text, error=True)
            return False
        dlg = ReverseDialog(self.ctx, entry, self)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return False
        self.refresh()
        self.select_id(expense_id)
        return True

    def empty_hint(self) -> tuple[str, str, Callable[[], None]] | None:
        return (
            self.tr(
                "No expenses in {year} yet. Record the first one with its receipts; enter the "
                "year's allocation with “Set allocation…” when the district has given it."
            ).format(year=self.year),
            self.tr("Add the first expense"),
            self.add_expense,
        )

    def activate(self, row: dict) -> None:
        EntryDialog(self.ctx, row["id"], self).exec()

    def open_record(self, table: str, row_id: str) -> None:
        if table != "expenses":
            return
        entry = queries.expense(self.ctx.store, row_id)
        if entry is None:
            return
        self.filters["category"].setCurrentIndex(0)
        self.set_year(int(entry["year"]))
        self.select_id(row_id)
        EntryDialog(self.ctx, row_id, self).exec()

    def self_test(self) -> None:
        dlg = ExpenseDialog(self.ctx, self)
        dlg.show()
        dlg.amount.setText("1,234.5")
        dlg.done(QDialog.DialogCode.Rejected)  # no "discard changes?" question
        alloc = AllocationDialog(self.ctx, self.year, self)
        alloc.show()
        alloc.reject()
        row = self.selected_row() or (self.model.row(0) if self.model.rowCount() else None)
        if row:
            entry = EntryDialog(self.ctx, row["id"], self)
            entry.show()
            entry.reject()
            rev = ReverseDialog(self.ctx, queries.expense(self.ctx.store, row["id"]) or row, self)
            rev.show()
            rev.reject()
