"""The volunteers: the list with a search, adding and changing one, and the chosen
person's own figures and printed service record. Nothing here ranks or sorts people by
hours or points: the list is by name, and figures show for the one person chosen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QTableWidgetItem, QVBoxLayout, QWidget

from linju_desktop.domain import volunteering as vrules
from linju_desktop.gui.context import AppContext
from linju_desktop.gui.forms import bind, load_form
from linju_desktop.gui.pages.tasks.dialogs import VolunteerDialog
from linju_desktop.gui.pages.tasks.exchange import ReverseDialog
from linju_desktop.gui.widgets import fit_columns
from linju_desktop.reports.catalogue import Order
from linju_desktop.services import volunteering as service
from linju_desktop.services.op_changes import OpChanges
from linju_desktop.store.reads import neighbourhood as reads


def matches(v: dict, text: str) -> bool:
    if not text:
        return True
    hay = (
        " ".join(str(v.get(k) or "") for k in ("name", "building", "room", "employer"))
        + " "
        + vrules.kind_label(v["kind"])
    )
    return text.lower() in hay.lower()


class VolunteersDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Volunteers"))
        form = load_form("tasks_volunteers.ui", self)
        QVBoxLayout(self).addWidget(form)
        self.resize(form.size())
        bind(
            self,
            form,
            "search volunteers person add_button edit_button record_button reverse_button buttons",
        )
        self.volunteers.setColumnCount(4)
        self.volunteers.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Kind"), self.tr("Lives at"), self.tr("Agreed on")]
        )
        self.volunteers.verticalHeader().hide()
        self.volunteers.setAccessibleName(self.tr("Volunteers"))
        self.rows: list[dict] = []
        self.search.textChanged.connect(lambda _t: self.load())
        self.volunteers.itemSelectionChanged.connect(self._show_person)
        self.volunteers.doubleClicked.connect(lambda _i: self.edit())
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.record_button.clicked.connect(self.print_record)
        self.reverse_button.clicked.connect(self.reverse)
        self.buttons.rejected.connect(self.reject)
        ctx.ops_changed.connect(self._on_ops)
        self.load()
        self.search.setFocus()

    def _on_ops(self, changes: OpChanges) -> None:
        if changes.touches("volunteers"):
            self.load()

    def chosen(self) -> dict | None:
        row = self.volunteers.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def load(self, select: str | None = None) -> None:
        keep = select or (self.chosen() or {}).get("id")
        text = self.search.text().strip()
        self.rows = [v for v in reads.volunteers(self.ctx.store) if matches(v, text)]
        self.volunteers.blockSignals(True)
        self.volunteers.setRowCount(len(self.rows))
        for i, v in enumerate(self.rows):
            where = " ".join(x for x in (v["building"], v["room"]) if x)
            cells = [v["name"], vrules.kind_label(v["kind"]), where, v["consent_date"] or ""]
            for j, cell in enumerate(cells):
                item = QTableWidgetItem(cell)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.volunteers.setItem(i, j, item)
        self.volunteers.blockSignals(False)
        fit_columns(self.volunteers)
        index = next((i for i, v in enumerate(self.rows) if v["id"] == keep), -1)
        if index < 0 and self.rows:
            index = 0
        if index >= 0:
            self.volunteers.selectRow(index)
        self._show_person()

    def _show_person(self) -> None:
        v = self.chosen()
        self.edit_button.setEnabled(v is not None)
        self.record_button.setEnabled(v is not None)
        self.reverse_button.setEnabled(v is not None)
        if v is None:
            self.person.setText(self.tr("No volunteer found."))
            return
        rec = service.record_of(self.ctx.store, v["id"])
        self.person.setText(
            self.tr("{name}: {tasks} tasks, {hours} hours; points {balance} "
                    "(earned {earned}, exchanged {spent}).")
            .format(name=v["name"], tasks=len(rec.service), hours=vrules.hours_text(rec.minutes),
                    balance=rec.balance, earned=rec.earned, spent=rec.spent)
        )  # fmt: skip

    def add(self) -> None:
        dlg = VolunteerDialog(self.ctx, None, self)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self.search.clear()
            self.load(select=dlg.volunteer_id)

    def edit(self) -> None:
        v = self.chosen()
        if v is None:
            return
        dlg = VolunteerDialog(self.ctx, v["id"], self)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self.load(select=v["id"])

    def reverse(self) -> None:
        v = self.chosen()
        if v is not None and ReverseDialog(self.ctx, v["id"], self).exec():
            self._show_person()

    def print_record(self) -> None:
        from linju_desktop.gui.print_preview import preview

        v = self.chosen()
        if v is not None:
            preview(self.ctx, Order("service", ident=v["id"]), self)
