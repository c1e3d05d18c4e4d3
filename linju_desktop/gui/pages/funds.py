"""经费: the year's allocation and balance, the expense ledger, expenses and reversals."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from linju_desktop.domain import funds as rules
from linju_desktop.domain.errors import ValidationError
from linju_desktop.domain.money import MoneyError, capital, format_yuan, parse_yuan
from linju_desktop.gui.context import AppContext
from linju_desktop.gui.models import Column
from linju_desktop.gui.pages.base import ListPage
from linju_desktop.gui.widgets import (
    ERROR_STYLE,
    FieldForm,
    big_button,
    combo,
    date_edit,
    inform,
    line_edit,
    problems_text,
)
from linju_desktop.gui.worker import run_in_background
from linju_desktop.reports.catalogue import Order
from linju_desktop.reports.period import Period
from linju_desktop.services import attachments
from linju_desktop.services import funds as service

BAR_SCALE = 1000  # progress bars count in tenths of a percent: fen would overflow int32
BAR_OK = "QProgressBar::chunk { background: #2e7d32; }"
BAR_OVER = "QProgressBar::chunk { background: #b00020; }"
BAR_CATEGORY = "QProgressBar::chunk { background: #c0803a; }"


def secretary_name(ctx: AppContext) -> str:
    """The branch secretary's name, the usual approver (blank if not recorded)."""
    return (
        ctx.store.scalar(
            "SELECT name FROM members WHERE deleted = 0 AND status = 'active' "
            "AND committee_role = 'secretary' LIMIT 1"
        )
        or ""
    )


def _bar(style: str) -> QProgressBar:
    bar = QProgressBar()
    bar.setRange(0, BAR_SCALE)
    bar.setTextVisible(False)
    bar.setFixedHeight(18)
    bar.setStyleSheet(style)
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
        ids = [r["id"] for r in rows]
        marks = ", ".join("?" * len(ids))
        found = self.ctx.store.rows(
            f"SELECT 'reversed' AS k, reverses_id AS id, count(*) AS n FROM expenses "
            f"WHERE deleted = 0 AND reverses_id IN ({marks}) GROUP BY reverses_id "
            f"UNION ALL SELECT 'receipts', owner_id, count(*) FROM attachments "
            f"WHERE deleted = 0 AND owner_table = 'expenses' AND owner_id IN ({marks}) "
            f"GROUP BY owner_id",
            [*ids, *ids],
        )
        by_kind: dict[str, dict[str, int]] = {"reversed": {}, "receipts": {}}
        for f in found:
            by_kind[f["k"]][f["id"]] = f["n"]
        for r in rows:
            r["_reversed"] = by_kind["reversed"].get(r["id"], 0) > 0
            r["_receipts"] = by_kind["receipts"].get(r["id"], 0)

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
        self.balance_label = QLabel()
        self.balance_label.setObjectName("balance")
        col.addWidget(self.balance_label)
        # Bars carry no text of their own: the amounts sit beside them, easy to read.
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        self.total_bar = _bar(BAR_OK)
        self.total_bar.setAccessibleName(self.tr("Whole year"))
        self.total_text = QLabel()
        grid.addWidget(QLabel(self.tr("Whole year")), 0, 0)
        grid.addWidget(self.total_bar, 0, 1, 1, 4)
        grid.addWidget(self.total_text, 0, 5)
        self.bars: dict[str, QProgressBar] = {}
        self.bar_texts: dict[str, QLabel] = {}
        for i, cat in enumerate(rules.DEFAULT_CATEGORIES):
            name = rules.category_label(cat.code)
            bar = _bar(BAR_CATEGORY)
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
        years = {
            int(r["year"])
            for r in self.ctx.store.rows(
                "SELECT year FROM allocations WHERE deleted = 0 "
                "UNION SELECT year FROM expenses WHERE deleted = 0"
            )
            if r["year"] is not None
        }
        years |= {self.ctx.today().year, self.year}
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
            color = "#b00020"
        else:
            text = self.tr("Balance: {amount} yuan").format(amount=format_yuan(bal.balance_fen))
            color = "#1b6e20"
        spent = self.tr("spent {amount} yuan").format(amount=format_yuan(bal.spent_fen))
        self.balance_label.setText(
            f"<span style='font-size:22pt; font-weight:bold; color:{color}'>{text}</span>"
            f"&nbsp;&nbsp;<span style='color:#444'>{spent}</span>"
        )
        self.balance_label.setProperty("overdrawn", bal.overdrawn)
        self.total_bar.setValue(_share(bal.spent_fen, bal.allocation_fen))
        self.total_bar.setStyleSheet(BAR_OVER if bal.overdrawn else BAR_OK)
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
        entry = self.ctx.store.get("expenses", expense_id)
        if entry is None:
            return False
        already = bool(
            self.ctx.store.scalar(
                "SELECT count(*) FROM expenses WHERE reverses_id = ? AND deleted = 0",
                (expense_id,),
            )
        )
        try:  # refuse before asking anything: a reversal or a reversed entry cannot be reversed
            rules.reversal(entry, already_reversed=already)
        except ValidationError as exc:
            inform(self, self.tr("Cannot reverse"), problems_text(exc), error=True)
            return False
        dlg = ReverseDialog(self.ctx, entry, self)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return False
        self.refresh()
        self.select_id(expense_id)
        return True

    def activate(self, row: dict) -> None:
        EntryDialog(self.ctx, row["id"], self).exec()

    def open_record(self, table: str, row_id: str) -> None:
        if table != "expenses":
            return
        entry = self.ctx.store.get("expenses", row_id)
        if entry is None:
            return
        self.filters["category"].setCurrentIndex(0)
        self.set_year(int(entry["year"]))
        self.select_id(row_id)
        EntryDialog(self.ctx, row_id, self).exec()

    def self_test(self) -> None:
        dlg = ExpenseDialog(self.ctx, self)
        dlg.show()
        dlg.form.editors["amount"].setText("1,234.5")  # type: ignore[attr-defined]
        dlg.reject()
        alloc = AllocationDialog(self.ctx, self.year, self)
        alloc.show()
        alloc.reject()
        row = self.selected_row() or (self.model.row(0) if self.model.rowCount() else None)
        if row:
            entry = EntryDialog(self.ctx, row["id"], self)
            entry.show()
            entry.reject()
            rev = ReverseDialog(self.ctx, self.ctx.store.get("expenses", row["id"]) or row, self)
            rev.show()
            rev.reject()


class OverdrawPrompt(QDialog):
    """Asks why an expense may overdraw the year; only a reason lets it through."""

    def __init__(self, message: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overdraw_prompt")
        self.setWindowTitle(self.tr("Over the year's allocation"))
        self.resize(560, 320)
        col = QVBoxLayout(self)
        text = QLabel(message)
        text.setWordWrap(True)
        text.setStyleSheet(ERROR_STYLE + " font-weight: bold;")
        col.addWidget(text)
        label = QLabel(self.tr("&Why must it be spent anyway? (e.g. agreed by the committee)"))
        label.setWordWrap(True)
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        label.setBuddy(self.reason)
        col.addWidget(label)
        col.addWidget(self.reason, 1)
        buttons = QDialogButtonBox()
        self.ok = buttons.addButton(
            self.tr("Record it anyway"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok.setEnabled(False)
        self.reason.textChanged.connect(
            lambda: self.ok.setEnabled(bool(self.reason.toPlainText().strip()))
        )
        col.addWidget(buttons)

    def ask(self) -> str | None:
        """The reason typed, or None when the user cancelled (or gave none)."""
        if self.exec() != QDialog.DialogCode.Accepted:
            return None
        return self.reason.toPlainText().strip() or None


class AmountField(QWidget):
    """A yuan amount typed as text, with its 大写 shown live below it."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        self.edit = line_edit(text, self.tr("e.g. 1,200.50"))
        self.capital = QLabel()
        self.capital.setObjectName("capital")
        col.addWidget(self.edit)
        col.addWidget(self.capital)
        self.edit.textChanged.connect(self._update)
        self.setFocusProxy(self.edit)
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


class ExpenseDialog(QDialog):
    """Record one expense. Money spent over the year's allocation needs a reason."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.expense_id: str | None = None
        self.saved_year: int | None = None
        self.setObjectName("expense_dialog")
        self.setWindowTitle(self.tr("Add expense"))
        self.resize(680, 640)
        outer = QVBoxLayout(self)
        f = self.form = FieldForm()
        outer.addWidget(f)
        today = ctx.today()
        f.add("date", self.tr("&Date"), date_edit(QDate(today.year, today.month, today.day)))
        self.amount = AmountField()
        f.add("amount", self.tr("&Amount (yuan)"), self.amount)
        f.add(
            "category",
            self.tr("&Category"),
            combo(
                [(c.code, rules.category_label(c.code)) for c in rules.DEFAULT_CATEGORIES],
                blank=self.tr("(choose)"),
            ),
        )
        f.add("purpose", self.tr("&Spent on"), line_edit("", self.tr("e.g. July 1st activity")))
        f.add("payee", self.tr("Paid &to"), line_edit("", self.tr("shop or person")))
        f.add("approver", self.tr("Appro&ved by"), line_edit(secretary_name(ctx)))
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.receipts = QListWidget()
        self.receipts.setMaximumHeight(90)
        row.addWidget(self.receipts, 1)
        buttons_col = QVBoxLayout()
        add = QPushButton(self.tr("Add photos…"))
        add.clicked.connect(self.choose_receipts)
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(lambda: self.receipts.takeItem(self.receipts.currentRow()))
        buttons_col.addWidget(add)
        buttons_col.addWidget(remove)
        buttons_col.addStretch(1)
        row.addLayout(buttons_col)
        f.add("receipts", self.tr("&Receipts (optional)"), box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        outer.addStretch(1)
        outer.addWidget(buttons)

    def add_receipt(self, path: Path) -> None:
        item = QListWidgetItem(path.name)
        item.setToolTip(str(path))
        item.setData(Qt.ItemDataRole.UserRole, str(path))
        self.receipts.addItem(item)

    def receipt_paths(self) -> list[Path]:
        return [
            Path(self.receipts.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.receipts.count())
        ]

    def choose_receipts(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Choose receipt photos"),
            str(Path.home()),
            self.tr("Photos and scans (*.jpg *.jpeg *.png *.heic *.pdf);;All files (*)"),
        )
        for name in names:
            self.add_receipt(Path(name))

    def _text(self, key: str) -> str:
        return self.form.editors[key].text()  # type: ignore[attr-defined]

    def save(self) -> None:
        try:
            amount = self.amount.fen()
        except MoneyError as exc:
            self.form.show_problems([exc.problem("amount")])
            return
        day = self.form.editors["date"].date().toPython()  # type: ignore[attr-defined]
        values = {
            "date": day,
            "amount_fen": amount,
            "category": self.form.editors["category"].currentData() or "",  # type: ignore[attr-defined]
            "purpose": self._text("purpose"),
            "payee": self._text("payee"),
            "approver": self._text("approver"),
        }
        reason = ""
        while True:
            try:
                self.expense_id, warnings = service.add_expense(
                    self.ctx.store, overdraw_reason=reason, **values
                )
                break
            except ValidationError as exc:
                others = [p for p in exc.problems if p.field != "overdraw_reason"]
                over = [p for p in exc.problems if p.field == "overdraw_reason"]
                if others or not over:
                    self.form.show_problems(others or exc.problems, fallback="amount")
                    return
                self.form.clear_messages()
                message = over[0].text()
                if service.allocation(self.ctx.store, day.year) is None:
                    message += "\n\n" + self.tr(
                        "No allocation has been entered for {year} yet. If the district has "
                        "given it, press Cancel and enter it first (Set allocation…)."
                    ).format(year=day.year)
                given = OverdrawPrompt(message, self).ask()
                if not given:
                    self.ctx.status.emit(self.tr("Not saved: over the allocation without a reason"))
                    return
                reason = given
        self.saved_year = day.year
        self._attach(self.expense_id, self.receipt_paths())
        self.ctx.changed("expenses")
        note = "；".join(w.text() for w in warnings)
        self.ctx.status.emit(self.tr("Expense saved") + (f"：{note}" if note else ""))
        self.accept()

    def _attach(self, expense_id: str, paths: list[Path]) -> None:
        if not paths:
            return
        store, parent, ctx = self.ctx.store, self.parentWidget(), self.ctx

        def work(_progress: object) -> int:
            for p in paths:
                attachments.attach(store, "expenses", expense_id, p)
            return len(paths)

        def failed(exc: BaseException, _tb: str) -> None:
            text = problems_text(exc) if isinstance(exc, ValidationError) else str(exc)
            inform(parent or self, self.tr("Receipt not added"), text, error=True)
            ctx.changed("attachments")

        # Copying photos happens off the UI thread; the list updates when it is done.
        run_in_background(work, lambda _n: ctx.changed("attachments"), failed)


class AllocationDialog(QDialog):
    """The district's allocation for one year (changed in place, not an entry)."""

    def __init__(self, ctx: AppContext, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.year = ctx, year
        self.setObjectName("allocation_dialog")
        self.setWindowTitle(self.tr("Allocation for {year}").format(year=year))
        self.resize(560, 340)
        current = service.allocation(ctx.store, year) or service.allocation(ctx.store, year - 1)
        same_year = bool(current and current["year"] == year)
        outer = QVBoxLayout(self)
        intro = QLabel(self.tr("Enter the amount exactly as in the district's notice."))
        intro.setWordWrap(True)
        outer.addWidget(intro)
        f = self.form = FieldForm()
        outer.addWidget(f)
        self.amount = AmountField(format_yuan(current["amount_fen"]) if same_year else "")
        f.add("amount", self.tr("&Amount (yuan)"), self.amount)
        source = current["source"] if current else ""
        f.add(
            "source",
            self.tr("&From"),
            line_edit(source or "", self.tr("e.g. 区委组织部")),
        )
        f.add("note", self.tr("&Note"), line_edit(current["note"] or "" if same_year else ""))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        outer.addStretch(1)
        outer.addWidget(buttons)

    def save(self) -> None:
        try:
            fen = self.amount.fen()
        except MoneyError as exc:
            self.form.show_problems([exc.problem("amount")])
            return
        service.set_allocation(
            self.ctx.store,
            self.year,
            fen,
            self.form.editors["source"].text().strip(),  # type: ignore[attr-defined]
            self.form.editors["note"].text().strip(),  # type: ignore[attr-defined]
        )
        self.ctx.changed("allocations")
        self.ctx.status.emit(self.tr("Allocation saved"))
        self.accept()


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
        self.setWindowTitle(self.tr("Reverse an entry"))
        self.resize(560, 380)
        col = QVBoxLayout(self)
        col.addWidget(QLabel(self.tr("This entry:")))
        shown = QLabel(_entry_text(entry))
        shown.setObjectName("card")
        shown.setFrameShape(QFrame.Shape.StyledPanel)
        shown.setWordWrap(True)
        col.addWidget(shown)
        explain = QLabel(
            self.tr(
                "A reversing entry of {amount} yuan will be added. The wrong entry stays "
                "in the list, marked as reversed; the balance goes back up."
            ).format(amount=format_yuan(-entry["amount_fen"]))
        )
        explain.setWordWrap(True)
        col.addWidget(explain)
        f = self.form = FieldForm()
        self.reason = line_edit("", self.tr("e.g. amount typed wrongly"))
        f.add("reason", self.tr("&Why reverse it?"), self.reason)
        col.addWidget(f)
        buttons = QDialogButtonBox()
        ok = buttons.addButton(self.tr("Reverse it"), QDialogButtonBox.ButtonRole.AcceptRole)
        ok.setObjectName("primary")
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        col.addStretch(1)
        col.addWidget(buttons)

    def save(self) -> None:
        reason = self.reason.text().strip()
        if not reason:
            msg = self.form.messages["reason"]
            msg.setText(self.tr("Say why the entry is reversed"))
            msg.setStyleSheet(ERROR_STYLE)
            msg.setVisible(True)
            self.reason.setFocus()
            return
        try:
            self.reversal_id = service.reverse(self.ctx.store, self.entry["id"], reason)
        except ValidationError as exc:
            inform(self, self.tr("Cannot reverse"), problems_text(exc), error=True)
            self.reject()
            return
        self.ctx.changed("expenses")
        self.ctx.status.emit(self.tr("Entry reversed"))
        self.accept()


class EntryDialog(QDialog):
    """One ledger entry, read-only, with its receipts."""

    def __init__(self, ctx: AppContext, expense_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.expense_id = ctx, expense_id
        self.setObjectName("entry_dialog")
        entry = ctx.store.get("expenses", expense_id) or {}
        self.setWindowTitle(self.tr("Expense entry"))
        self.resize(600, 480)
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
        for a in attachments.list_for(ctx.store, "expenses", expense_id):
            item = QListWidgetItem(a["filename"])
            item.setData(
                Qt.ItemDataRole.UserRole, str(attachments.blob_path(ctx.store, a["sha256"]))
            )
            self.receipts.addItem(item)
        self.receipts.itemActivated.connect(
            lambda item: QDesktopServices.openUrl(
                QUrl.fromLocalFile(item.data(Qt.ItemDataRole.UserRole))
            )
        )
        if self.receipts.count():
            col.addWidget(QLabel(self.tr("Receipts (double-click to open):")))
            col.addWidget(self.receipts)
        col.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        if entry and not entry.get("reverses_id"):
            rev = buttons.addButton(
                self.tr("Reverse this entry…"), QDialogButtonBox.ButtonRole.ResetRole
            )
            rev.clicked.connect(self._reverse)
        col.addWidget(buttons)

    def _reverse(self) -> None:
        entry = self.ctx.store.get("expenses", self.expense_id)
        if entry and ReverseDialog(self.ctx, entry, self).exec() == QDialog.DialogCode.Accepted:
            self.accept()
