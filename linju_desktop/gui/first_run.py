"""The first start: three short steps (branch, this year's funds, the roster), all skippable.

Each step saves when the secretary presses "Next", so nothing typed is lost if the
window is closed halfway; "Skip setup" remembers the choice and never asks again.
The steps are one Designer form (ui/first_run.ui); the code fills in what depends on
the data and saves each step as an operation.
"""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from linju_desktop.domain.errors import ValidationError
from linju_desktop.domain.money import MoneyError, capital, format_yuan, parse_yuan
from linju_desktop.gui.context import AppContext
from linju_desktop.gui.forms import child, load_form
from linju_desktop.gui.import_dialog import choose_roster_file, import_roster
from linju_desktop.gui.operations import run_op
from linju_desktop.services import branch, funds, members
from linju_desktop.services.roster_import import ImportReport

DEFAULT_ALLOCATION_FEN = 14_500_00  # the source district's typical yearly allocation


class FirstRunWizard(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("first_run")
        self.imported = 0
        form = load_form("first_run.ui", self)
        host = QVBoxLayout(self)
        host.setContentsMargins(0, 0, 0, 0)  # the form has the wizard's wide margins
        host.addWidget(form)
        self.setWindowTitle(form.windowTitle())
        self.resize(form.size())
        self.step_label = child(form, "step_label")
        self.stack = child(form, "stack")
        self.branch_form, self.funds_form = child(form, "branch_form"), child(form, "funds_form")
        current = branch.profile(ctx.store) or {}
        for key in ("name", "community", "street", "district"):
            self.branch_form.editors[key].setText(current.get(key) or "")  # type: ignore[attr-defined]
        year = ctx.today().year
        heading = child(form, "funds_heading")
        heading.setText(heading.text().format(year=year))
        alloc = funds.allocation(ctx.store, year)
        amount = self.funds_form.editors["amount"]
        amount.setText(format_yuan(alloc["amount_fen"] if alloc else DEFAULT_ALLOCATION_FEN))  # type: ignore[attr-defined]
        self.capital_label = child(form, "derived")
        amount.textChanged.connect(self._show_capital)  # type: ignore[attr-defined]
        self._show_capital()
        self.import_button = child(form, "import_button")
        self.import_button.clicked.connect(self.import_file)
        self.import_note = child(form, "good")
        self.skip_button = child(form, "skip_button")
        self.skip_button.clicked.connect(self.skip)
        self.back_button = child(form, "back_button")
        self.back_button.clicked.connect(self.back)
        self.next_button = child(form, "next_button")
        self.next_button.clicked.connect(self.next)
        self._show_step(0)

    def _show_capital(self) -> None:
        # The amount in capital numerals, as on the printed forms: a check on a slip of the hand.
        try:
            fen = parse_yuan(self.funds_form.editors["amount"].text())  # type: ignore[attr-defined]
        except MoneyError:
            self.capital_label.setText("")
            return
        self.capital_label.setText(self.tr("In capitals: {text}").format(text=capital(fen)))

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
        """Save the step (as an operation); move on once it is saved."""
        i = self.stack.currentIndex()
        if i == self.stack.count() - 1:
            self.ctx.status.emit(self.tr("Setup finished"))
            self.accept()
        elif i == 0:
            self.save_branch()
        else:
            self.save_allocation()

    def _advance(self) -> None:
        self.next_button.setEnabled(True)
        self._show_step(self.stack.currentIndex() + 1)

    def save_branch(self) -> None:
        e, store = self.branch_form.editors, self.ctx.store
        values = {key: e[key].text() for key in ("name", "community", "street", "district")}  # type: ignore[attr-defined]

        def refused(exc: BaseException) -> None:
            self.next_button.setEnabled(True)
            if not isinstance(exc, ValidationError):
                raise exc
            self.branch_form.show_problems(exc.problems, fallback="name")

        def saved(_id: object) -> None:
            self.branch_form.clear_messages()
            self._advance()

        self.next_button.setEnabled(False)  # one save at a time: no step is skipped
        run_op(
            self.ctx,
            lambda _p: branch.save_profile(store, compounds=self._compounds(), **values),
            saved,
            refused,
        )

    def _compounds(self) -> list[str]:
        """Keep the compounds already entered in Settings (this step does not ask for them)."""
        raw = (branch.profile(self.ctx.store) or {}).get("compounds") or "[]"
        try:
            value = json.loads(raw)
        except ValueError:
            return []
        return [str(v) for v in value] if isinstance(value, list) else []

    def save_allocation(self) -> None:
        try:
            fen = parse_yuan(self.funds_form.editors["amount"].text())  # type: ignore[attr-defined]
        except MoneyError as exc:
            self.funds_form.show_problems([exc.problem("amount")])
            return
        self.funds_form.clear_messages()
        store, year, source = self.ctx.store, self.ctx.today().year, self.tr("district")
        self.next_button.setEnabled(False)
        run_op(
            self.ctx,
            lambda _p: funds.set_allocation(store, year, fen, source=source),
            lambda _id: self._advance(),
        )

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
