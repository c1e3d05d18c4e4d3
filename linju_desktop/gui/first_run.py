"""The first start: three short steps (branch, this year's funds, the roster), all skippable.

Each step saves when the secretary presses "Next", so nothing typed is lost if the
window is closed halfway; "Skip setup" remembers the choice and never asks again.
"""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from linju_desktop.domain.errors import ValidationError
from linju_desktop.domain.money import MoneyError, capital, format_yuan, parse_yuan
from linju_desktop.gui.context import AppContext
from linju_desktop.gui.import_dialog import choose_roster_file, import_roster
from linju_desktop.gui.widgets import FieldForm, big_button, line_edit
from linju_desktop.services import branch, funds, members
from linju_desktop.services.roster_import import ImportReport

DEFAULT_ALLOCATION_FEN = 14_500_00  # the source district's typical yearly allocation


class FirstRunWizard(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("first_run")
        self.setWindowTitle(self.tr("Welcome to Linju"))
        self.resize(780, 600)
        self.imported = 0
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 20)
        self.step_label = QLabel()
        outer.addWidget(self.step_label)
        self.stack = QStackedWidget()
        self.stack.addWidget(self._branch_step())
        self.stack.addWidget(self._funds_step())
        self.stack.addWidget(self._roster_step())
        outer.addWidget(self.stack, 1)
        row = QHBoxLayout()
        self.skip_button = big_button(
            self.tr("Skip setup"),
            self.tr("Start with an empty record book; everything can be set later in Settings"),
            self.skip,
        )
        row.addWidget(self.skip_button)
        row.addStretch(1)
        self.back_button = big_button(self.tr("< Back"), "", self.back)
        row.addWidget(self.back_button)
        self.next_button = big_button(self.tr("Next >"), "", self.next, primary=True)
        self.next_button.setMinimumWidth(160)
        row.addWidget(self.next_button)
        outer.addLayout(row)
        self._show_step(0)

    # -- steps ------------------------------------------------------------------------------------
    def _heading(self, text: str) -> QLabel:
        lab = QLabel(text)
        lab.setObjectName("heading")
        lab.setWordWrap(True)
        return lab

    def _text(self, text: str) -> QLabel:
        lab = QLabel(text)
        lab.setWordWrap(True)
        return lab

    def _branch_step(self) -> QWidget:
        w = QWidget()
        col = QVBoxLayout(w)
        col.addWidget(self._heading(self.tr("Welcome to Linju")))
        col.addWidget(
            self._text(
                self.tr(
                    "Linju is the record book of your party branch: members, meetings, funds and "
                    "residents' requests. Everything stays on this computer.\n\n"
                    "Three short steps, and you can start. Write your branch's name:"
                )
            )
        )
        current = branch.profile(self.ctx.store) or {}
        f = self.branch_form = FieldForm()
        f.add(
            "name",
            self.tr("Branch &name"),
            line_edit(current.get("name") or "", self.tr("e.g. 幸福里小区综合党支部")),
        )
        f.add(
            "community",
            self.tr("Co&mmunity"),
            line_edit(current.get("community") or "", self.tr("e.g. 幸福里社区")),
        )
        f.add(
            "street",
            self.tr("&Street (optional)"),
            line_edit(current.get("street") or ""),
        )
        f.add(
            "district",
            self.tr("&District (optional)"),
            line_edit(current.get("district") or ""),
        )
        col.addWidget(f)
        col.addStretch(1)
        return w

    def _funds_step(self) -> QWidget:
        w = QWidget()
        col = QVBoxLayout(w)
        year = self.ctx.today().year
        col.addWidget(self._heading(self.tr("Branch funds for {year}").format(year=year)))
        col.addWidget(
            self._text(
                self.tr(
                    "How much did the district allocate to your branch this year? "
                    "If you are not sure, keep the usual amount; it can be changed on the "
                    "Funds page."
                )
            )
        )
        alloc = funds.allocation(self.ctx.store, year)
        fen = alloc["amount_fen"] if alloc else DEFAULT_ALLOCATION_FEN
        f = self.funds_form = FieldForm()
        f.add("amount", self.tr("&Amount (yuan)"), line_edit(format_yuan(fen)))
        self.capital_label = QLabel()
        self.capital_label.setObjectName("derived")
        f.layout_.addRow("", self.capital_label)
        f.editors["amount"].textChanged.connect(self._show_capital)  # type: ignore[attr-defined]
        col.addWidget(f)
        col.addStretch(1)
        self._show_capital()
        return w

    def _show_capital(self) -> None:
        # The amount in capital numerals, as on the printed forms: a check on a slip of the hand.
        try:
            fen = parse_yuan(self.funds_form.editors["amount"].text())  # type: ignore[attr-defined]
        except MoneyError:
            self.capital_label.setText("")
            return
        self.capital_label.setText(self.tr("In capitals: {text}").format(text=capital(fen)))

    def _roster_step(self) -> QWidget:
        w = QWidget()
        col = QVBoxLayout(w)
        col.addWidget(self._heading(self.tr("Your members")))
        col.addWidget(
            self._text(
                self.tr(
                    "If you already keep a roster in Excel or a CSV file, Linju can read it "
                    "now. Each row is checked, and you will see which rows need a look.\n\n"
                    "You can also do this later on the Members page, or type the members in "
                    "by hand."
                )
            )
        )
        row = QHBoxLayout()
        self.import_button = big_button(
            self.tr("Read the roster from a file…"),
            self.tr("Excel (.xlsx) or CSV"),
            self.import_file,
            primary=True,
        )
        self.import_button.setMinimumHeight(56)
        row.addWidget(self.import_button)
        row.addStretch(1)
        col.addLayout(row)
        self.import_note = QLabel()
        self.import_note.setObjectName("good")
        self.import_note.setWordWrap(True)
        col.addWidget(self.import_note)
        col.addStretch(1)
        return w

    # -- moving between steps ------------------------------------------------------------------
    def _show_step(self, i: int) -> None:
        self.stack.setCurrentIndex(i)
        last = self.stack.count() - 1
        self.step_label.setText(
            self.tr("Step {n} of {total}").format(n=i + 1, total=self.stack.count())
        )
        self.back_button.setVisible(i > 0)
        self.next_button.setText(self.tr("Finish") if i == last else self.tr("Next >"))
        first = {0: "name", 1: "amount"}.get(i)
        form = {0: self.branch_form, 1: self.funds_form}.get(i)
        if form and first:
            form.editors[first].setFocus(Qt.FocusReason.OtherFocusReason)

    def back(self) -> None:
        self._show_step(max(0, self.stack.currentIndex() - 1))

    def next(self) -> None:
        i = self.stack.currentIndex()
        saved = (self.save_branch, self.save_allocation, lambda: True)[i]()
        if not saved:
            return
        if i == self.stack.count() - 1:
            self.ctx.changed("")
            self.ctx.status.emit(self.tr("Setup finished"))
            self.accept()
        else:
            self._show_step(i + 1)

    def save_branch(self) -> bool:
        e = self.branch_form.editors
        try:
            branch.save_profile(
                self.ctx.store,
                name=e["name"].text(),  # type: ignore[attr-defined]
                community=e["community"].text(),  # type: ignore[attr-defined]
                street=e["street"].text(),  # type: ignore[attr-defined]
                district=e["district"].text(),  # type: ignore[attr-defined]
                compounds=self._compounds(),
            )
        except ValidationError as exc:
            self.branch_form.show_problems(exc.problems, fallback="name")
            return False
        self.branch_form.clear_messages()
        return True

    def _compounds(self) -> list[str]:
        """Keep the compounds already entered in Settings (this step does not ask for them)."""
        raw = (branch.profile(self.ctx.store) or {}).get("compounds") or "[]"
        try:
            value = json.loads(raw)
        except ValueError:
            return []
        return [str(v) for v in value] if isinstance(value, list) else []

    def save_allocation(self) -> bool:
        try:
            fen = parse_yuan(self.funds_form.editors["amount"].text())  # type: ignore[attr-defined]
        except MoneyError as exc:
            self.funds_form.show_problems([exc.problem("amount")])
            return False
        self.funds_form.clear_messages()
        funds.set_allocation(self.ctx.store, self.ctx.today().year, fen, source=self.tr("district"))
        return True

    def import_file(self) -> None:
        path = choose_roster_file(self)
        if not path:
            return
        import_roster(self.ctx, self, path, self._imported)

    def _imported(self, report: ImportReport) -> None:
        count = members.active_count(self.ctx.store)
        self.imported = count
        self.import_note.setText(
            self.tr("%n member(s) are now on the roster. Press Finish to start.", "", count)
        )

    def skip(self) -> None:
        self.ctx.set_setting("setup_skipped", True)
        self.reject()
