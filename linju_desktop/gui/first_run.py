"""The first start: four short steps (text size, branch, this year's funds, the roster),
all skippable. Text size comes first: everything after it is read at the chosen size.

Each step saves when the secretary presses "Next", so nothing typed is lost if the
window is closed halfway; "Skip setup" remembers the choice and never asks again.
The steps are one Designer form (ui/first_run.ui); the code fills in what depends on
the data and saves each step as an operation.
"""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QDialog,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from linju_desktop.domain.errors import ValidationError
from linju_desktop.domain.money import MoneyError, capital, format_yuan, parse_yuan
from linju_desktop.gui.appearance import DEFAULT_SCALE, TEXT_SCALES, apply_appearance
from linju_desktop.gui.context import AppContext
from linju_desktop.gui.forms import child, load_form
from linju_desktop.gui.import_dialog import choose_roster_file, import_roster
from linju_desktop.gui.operations import run_op
from linju_desktop.services import branch, funds, members
from linju_desktop.services.roster_import import ImportReport

TEXT_STEP, BRANCH_STEP, FUNDS_STEP = 0, 1, 2


class TextSizeStep(QWidget):
    """The first question: how large the text should be, shown at once as it is chosen."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        col = QVBoxLayout(self)
        heading = QLabel(self.tr("Text size"))
        heading.setObjectName("heading")
        col.addWidget(heading)
        text = QLabel(
            self.tr(
                "Choose the size that is comfortable to read. The window changes as you choose; "
                "it can be changed again at any time in Settings."
            )
        )
        text.setWordWrap(True)
        col.addWidget(text)
        current = int(ctx.setting("text_scale", DEFAULT_SCALE) or DEFAULT_SCALE)
        self.group = QButtonGroup(self)
        self.buttons: dict[int, QRadioButton] = {}
        for scale in TEXT_SCALES:
            b = QRadioButton(self.tr("{percent} %").format(percent=scale))
            b.setChecked(scale == current)
            self.group.addButton(b, scale)
            self.buttons[scale] = b
            col.addWidget(b)
        col.addStretch(1)
        self.group.idToggled.connect(self._chosen)

    def _chosen(self, scale: int, checked: bool) -> None:
        if not checked:
            return
        self.ctx.set_setting("text_scale", scale)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_appearance(app, scale, bool(self.ctx.setting("high_contrast", False)))


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
        self.text_step = TextSizeStep(ctx)
        self.stack.insertWidget(TEXT_STEP, self.text_step)
        self.branch_form, self.funds_form = child(form, "branch_form"), child(form, "funds_form")
        current = branch.profile(ctx.store) or {}
        for key in ("name", "community", "street", "district"):
            self.branch_form.editors[key].setText(current.get(key) or "")  # type: ignore[attr-defined]
        year = ctx.today().year
        heading = child(form, "funds_heading")
        heading.setText(heading.text().format(year=year))
        alloc = funds.allocation(ctx.store, year)
        amount = self.funds_form.editors["amount"]
        # Empty unless known: an invented figure would be taken for the district's.
        amount.setText(format_yuan(alloc["amount_fen"]) if alloc else "")  # type: ignore[attr-defined]
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
        text = self.funds_form.editors["amount"].text()  # type: ignore[attr-defined]
        try:
            fen = parse_yuan(text)
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
        first = {BRANCH_STEP: "name", FUNDS_STEP: "amount"}.get(i)
        form = {BRANCH_STEP: self.branch_form, FUNDS_STEP: self.funds_form}.get(i)
        if form and first:
            form.editors[first].setFocus(Qt.FocusReason.OtherFocusReason)
        elif i == TEXT_STEP:
            button = self.text_step.group.checkedButton()
            if button:
                button.setFocus(Qt.FocusReason.OtherFocusReason)

    def back(self) -> None:
        self._show_step(max(0, self.stack.currentIndex() - 1))

    def next(self) -> None:
        """Save the step (as an operation); move on once it is saved."""
        i = self.stack.currentIndex()
        if i == self.stack.count() - 1:
            self.ctx.status.emit(self.tr("Setup finished"))
            self.accept()
        elif i == TEXT_STEP:
            self._advance()  # applied and kept as it was chosen
        elif i == BRANCH_STEP:
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
        text = self.funds_form.editors["amount"].text()  # type: ignore[attr-defined]
        if not text.strip():  # not known yet: entered later on the funds page
            self.funds_form.clear_messages()
            self._advance()
            return
        try:
            fen = parse_yuan(text)
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
