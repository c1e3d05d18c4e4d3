"""协商议事: the matters residents decide, each household's vote and the live art. 278 tally.

Recording a household's vote takes two actions: choose the household's row, press 同意 /
不同意 / 弃权 (a changed vote asks nothing more: the row shows the vote it replaces). The
write runs as an operation (gui/operations.run_op); the tally shown is the service's.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QTableWidgetItem, QVBoxLayout, QWidget

from linju_desktop.domain import consultations as rules
from linju_desktop.domain.errors import ValidationError
from linju_desktop.gui.context import AppContext
from linju_desktop.gui.forms import bind, load_form
from linju_desktop.gui.operations import run_op
from linju_desktop.gui.pages.base import Page
from linju_desktop.gui.widgets import fit_columns
from linju_desktop.reports.catalogue import Order
from linju_desktop.services import consultations as service
from linju_desktop.services.op_changes import OpChanges
from linju_desktop.store.reads import neighbourhood as reads

TABLES = ("consultations", "households", "votes", "consultation_addenda")


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
            "abstain_button",
        )
        self.matters.setColumnCount(3)
        self.matters.setHorizontalHeaderLabels(
            [self.tr("Matter"), self.tr("Opened"), self.tr("Voted")]
        )
        self.households.setColumnCount(4)
        self.households.setAccessibleName(self.tr("Households"))
        self.households.setHorizontalHeaderLabels(
            [self.tr("Room"), self.tr("Floor"), self.tr("Area (m²)"), self.tr("Vote")]
        )
        for table in (self.matters, self.households):
            table.verticalHeader().hide()
            table.horizontalHeader().setStretchLastSection(True)
        self.rows: list[dict] = []
        self.homes: list[dict] = []
        self.current: dict | None = None
        self.matters.itemSelectionChanged.connect(self._show_matter)
        for button, choice in (
            (self.agree_button, "agree"),
            (self.disagree_button, "disagree"),
            (self.abstain_button, "abstain"),
        ):
            button.clicked.connect(lambda _=False, c=choice: self.vote(c))
        ctx.ops_changed.connect(self._on_ops)
        self.refresh()

    def print_choices(self) -> list[tuple[str, Order | None]]:
        c = self.current
        if c is None:
            return [(self.tr("Public notice of the selected matter (select one first)"), None)]
        label = self.tr("Public notice of “{title}”").format(title=c["title"])
        return [(label, Order("consultation", ident=c["id"]))]

    def _on_ops(self, changes: OpChanges) -> None:
        if changes.touches(*TABLES):
            self.refresh()

    def refresh(self) -> None:
        keep = self.current["id"] if self.current else None
        self.rows = reads.consultations(self.ctx.store)
        self.matters.blockSignals(True)
        self.matters.setRowCount(len(self.rows))
        for i, c in enumerate(self.rows):
            for j, text in enumerate(
                [c["title"], c["opened_date"] or "", f"{c['voted']} / {c['households']}"]
            ):
                self.matters.setItem(i, j, QTableWidgetItem(text))
        self.matters.blockSignals(False)
        fit_columns(self.matters)
        index = next(
            (i for i, c in enumerate(self.rows) if c["id"] == keep), 0 if self.rows else -1
        )
        if index >= 0:
            self.matters.selectRow(index)
        self._show_matter()

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
