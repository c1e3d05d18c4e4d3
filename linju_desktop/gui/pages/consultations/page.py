"""协商议事: the matters residents decide, each household's vote and the live art. 278 tally.

Recording a household's vote takes two actions: choose the household's row, press 同意 /
不同意 / 弃权 (a changed vote asks nothing more: the row shows the vote it replaces). The
write runs as an operation (gui/operations.run_op); the tally shown is the service's.
The row of actions opens the matter's forms (dialogs.py, sharing.py) and imports its
households from a sheet (xlsx or CSV: all rows or none, every bad row named).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QMessageBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from linju_desktop.domain import consultations as rules
from linju_desktop.domain.errors import ValidationError
from linju_desktop.gui.context import AppContext
from linju_desktop.gui.forms import bind, child, load_form
from linju_desktop.gui.operations import run_op
from linju_desktop.gui.pages.base import Page
from linju_desktop.gui.pages.consultations.dialogs import (
    AddendumDialog,
    HouseholdDialog,
    MatterDialog,
    OutcomeDialog,
)
from linju_desktop.gui.pages.consultations.sharing import SharingDialog
from linju_desktop.gui.pages.empty import EmptyState
from linju_desktop.gui.print_button import add_print_button
from linju_desktop.gui.widgets import fit_columns, inform, problems_text
from linju_desktop.reports.catalogue import Order
from linju_desktop.services import consultations as service
from linju_desktop.services.op_changes import OpChanges
from linju_desktop.services.tabular import TableError
from linju_desktop.store.reads import neighbourhood as reads

TABLES = ("consultations", "households", "votes", "consultation_addenda")
MATTER_ACTIONS = "edit_button household_button import_button sharing_button outcome_button"


def choose_sheet(parent: QWidget) -> Path | None:
    """The households' sheet (a function of its own, so tests can answer it)."""
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("ConsultationsPage", "Choose the households' sheet"),
        str(Path.home()),
        QCoreApplication.translate(
            "ConsultationsPage", "Spreadsheets (*.xlsx *.csv);;All files (*)"
        ),
    )
    return Path(name) if name else None


class ConsultationsPage(Page):
    key = "consultations"

    def title(self) -> str:
        return self.tr("Consultations")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        lay = QVBoxLayout(self)
        self.form = load_form("consultations_page.ui", self)
        lay.addWidget(self.form)
        bind(
            self,
            self.form,
            "matters households matter_title tally_text agree_button disagree_button "
            f"abstain_button new_button addendum_button {MATTER_ACTIONS}",
        )
        # above the list, not after the seven actions: at 200 % on 1366x768 that row is full
        self.print_button = add_print_button(self, "list_head")
        self.matters.setColumnCount(4)
        # the state next to the matter: at large text the columns after them scroll away
        self.matters.setHorizontalHeaderLabels(
            [self.tr("Matter"), self.tr("State"), self.tr("Opened"), self.tr("Voted")]
        )
        self.matters.viewport().installEventFilter(self)
        self.households.setColumnCount(4)
        self.households.setAccessibleName(self.tr("Households"))
        self.households.setHorizontalHeaderLabels(
            [self.tr("Room"), self.tr("Floor"), self.tr("Area (m²)"), self.tr("Vote")]
        )
        for table in (self.matters, self.households):
            table.verticalHeader().hide()
            table.horizontalHeader().setStretchLastSection(True)
        # No matter yet: what to do and the button for it, in place of the empty tables.
        working = "list_label matters matter_title households agree_button disagree_button "
        working += "abstain_button tally_text"
        self.empty = EmptyState(self.new_matter, [child(self.form, n) for n in working.split()])
        outer = self.form.layout()
        outer.insertWidget(outer.count() - 1, self.empty, 1)
        self.rows: list[dict] = []
        self.homes: list[dict] = []
        self.current: dict | None = None
        self.matters.itemSelectionChanged.connect(self._show_matter)
        # a household typed wrongly: double-click (or Enter) corrects or removes it
        self.households.activated.connect(lambda _i: self.change_household())
        self.households.setToolTip(self.tr("Double-click a household to correct or remove it"))
        for button, choice in (
            (self.agree_button, "agree"),
            (self.disagree_button, "disagree"),
            (self.abstain_button, "abstain"),
        ):
            button.clicked.connect(lambda _=False, c=choice: self.vote(c))
        self.new_button.clicked.connect(self.new_matter)
        self.edit_button.clicked.connect(lambda: self.open_form(self._form(MatterDialog)))
        self.household_button.clicked.connect(lambda: self.open_form(self._form(HouseholdDialog)))
        self.sharing_button.clicked.connect(lambda: self.open_form(self._form(SharingDialog)))
        self.outcome_button.clicked.connect(lambda: self.open_form(self._form(OutcomeDialog)))
        self.addendum_button.clicked.connect(lambda: self.open_form(self._form(AddendumDialog)))
        self.import_button.clicked.connect(self.import_households)
        ctx.ops_changed.connect(self._on_ops)
        self.refresh()

    def new_matter(self) -> None:
        self.open_form(MatterDialog(self.ctx, None, self))

    def print_choices(self) -> list[tuple[str, Order | None]]:
        c = self.current
        if c is None:
            return [(self.tr("Public notice of the selected matter (select one first)"), None)]
        label = self.tr("Public notice of “{title}”").format(title=c["title"])
        return [(label, Order("consultation", ident=c["id"]))]

    def self_test(self) -> None:
        forms: list[QDialog] = [MatterDialog(self.ctx, None, self)]
        if self.current is not None:
            cid = self.current["id"]
            forms += [cls(self.ctx, cid, self) for cls in (MatterDialog, HouseholdDialog,
                      SharingDialog, OutcomeDialog, AddendumDialog)]  # fmt: skip
        for dlg in forms:
            dlg.show()
            dlg.done(QDialog.DialogCode.Rejected)
            dlg.deleteLater()

    def _on_ops(self, changes: OpChanges) -> None:
        if changes.touches(*TABLES):
            self.refresh()

    def refresh(self) -> None:
        keep = self.current["id"] if self.current else None
        self.rows = reads.consultations(self.ctx.store)
        self.matters.blockSignals(True)
        self.matters.setRowCount(len(self.rows))
        for i, c in enumerate(self.rows):
            state = rules.status_label(c["status"] or "open")
            if c["outcome"]:
                state = f"{rules.outcome_label(c['outcome'])}，{state}"
            for j, text in enumerate(
                [c["title"], state, c["opened_date"] or "", f"{c['voted']} / {c['households']}"]
            ):
                self.matters.setItem(i, j, QTableWidgetItem(text))
            self.matters.item(i, 0).setToolTip(c["title"])
        self.matters.blockSignals(False)
        self._fit_matters()
        index = next(
            (i for i, c in enumerate(self.rows) if c["id"] == keep), 0 if self.rows else -1
        )
        if index >= 0:
            self.matters.selectRow(index)
        self._show_matter()
        self.empty.show_when(
            not self.rows,
            self.tr(
                "No matters yet. Open the first: what the residents are to decide, then add "
                "or import the households and record each household's vote."
            ),
            self.tr("Open the first matter"),
        )

    def _fit_matters(self) -> None:
        """Columns as wide as their text, but a long matter leaves room for its state
        (shortened with …, whole in its tooltip and above the households), so the state
        stays in sight at 200 %; a third of the list at least."""
        fit_columns(self.matters)
        width = self.matters.viewport().width()
        room = max(width - self.matters.columnWidth(1), width // 3)
        if self.matters.columnWidth(0) > room > 0:
            self.matters.setColumnWidth(0, room)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.matters.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_matters()
        return super().eventFilter(watched, event)

    def _show_matter(self) -> None:
        row = self.matters.currentRow()
        self.current = self.rows[row] if 0 <= row < len(self.rows) else None
        c = self.current
        chosen = self.households.currentRow()
        self.homes = reads.households(self.ctx.store, c["id"]) if c else []
        votes = (
            {v["household_id"]: v["choice"] for v in reads.votes(self.ctx.store, c["id"])}
            if c
            else {}
        )
        self.households.setRowCount(len(self.homes))
        for i, h in enumerate(self.homes):
            cells = [h["room"], str(h["floor"]), rules.area_text(int(h["area"])),
                     rules.choice_label(votes.get(h["id"]))]  # fmt: skip
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if j in (1, 2):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.households.setItem(i, j, item)
        fit_columns(self.households)
        if 0 <= chosen < len(self.homes):
            self.households.selectRow(chosen)
        closed = bool(c and c["status"] == "final")
        for b in (self.agree_button, self.disagree_button, self.abstain_button):
            b.setEnabled(bool(c) and not closed)
        for name in MATTER_ACTIONS.split():
            getattr(self, name).setEnabled(bool(c) and not closed)
        self.addendum_button.setEnabled(closed)
        self.matter_title.setText(
            "" if c is None else f"{c['title']}（{rules.matter_label(c['matter'])}）"
        )
        self.tally_text.setText(self._tally_text() if c else self.tr("No matter yet."))

    def _tally_text(self) -> str:
        assert self.current is not None
        t = service.tally(self.ctx.store, self.current["id"])
        lines = [
            self.tr("Agree {a}, disagree {d}, abstain {b}, not voted {n}").format(
                a=t.agree, d=t.disagree, b=t.abstain, n=t.not_voted
            ),
            self.tr("Taking part: {have} of {of} households (needs {need}), area {area}")
            .format(have=t.participation_number.have, of=t.participation_number.of,
                    need=t.participation_number.need,
                    area="✓" if t.participation_area.met else "✗"),
            self.tr("Agreeing: {have} of {of} voting (needs {need}), area {area}")
            .format(have=t.agreement_number.have, of=t.agreement_number.of,
                    need=t.agreement_number.need,
                    area="✓" if t.agreement_area.met else "✗"),
            t.rule_text,
            self.tr("Passes") if t.passes else self.tr("Does not pass yet"),
        ]  # fmt: skip
        return "\n".join(lines)

    # -- the matter's forms ------------------------------------------------------------------
    def _form(self, cls: type[QDialog]) -> QDialog | None:
        if self.current is None:
            self.ctx.status.emit(self.tr("Choose a matter first"))
            return None
        return cls(self.ctx, self.current["id"], self)  # type: ignore[call-arg]

    def open_form(self, dialog: QDialog | None) -> None:
        if dialog is not None:
            dialog.exec()

    def change_household(self) -> None:
        c, row = self.current, self.households.currentRow()
        if c is None or c["status"] == "final" or not 0 <= row < len(self.homes):
            return
        HouseholdDialog(self.ctx, c["id"], self, household=self.homes[row]).exec()

    def import_households(self) -> None:
        c = self.current
        path = choose_sheet(self) if c is not None else None
        if c is None or path is None:
            return
        run_op(
            self.ctx,
            lambda _p: service.import_households(self.ctx.store, c["id"], path),
            lambda n: self.ctx.status.emit(self.tr("{n} households imported").format(n=n)),
            self._import_failed,
        )

    def _import_failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError):
            text = problems_text(exc)
        elif isinstance(exc, TableError):
            text = exc.text()
        else:
            raise exc
        inform(self, self.tr("Nothing was imported"), text, error=True)

    def vote(self, choice: str) -> None:
        c, row = self.current, self.households.currentRow()
        if c is None or not 0 <= row < len(self.homes):
            self.ctx.status.emit(self.tr("Choose a household first"))
            return
        home = self.homes[row]
        voted = any(v["household_id"] == home["id"] for v in reads.votes(self.ctx.store, c["id"]))
        run_op(
            self.ctx,
            lambda _p: service.record_vote(
                self.ctx.store, c["id"], home["id"], choice, correcting=voted, recorded_by="书记"
            ),
            on_failure=self._failed,
        )

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, ValidationError):
            raise exc
        QMessageBox.warning(self, self.tr("Cannot record the vote"), str(exc))
