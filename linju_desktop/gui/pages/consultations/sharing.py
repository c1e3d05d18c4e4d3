"""The cost-sharing plan: the total in yuan and a coefficient per floor; each household's
share is computed as it is typed (the domain's largest-remainder split, so the shares add
up to the total to the fen) and the service checks it again when it is kept."""

from __future__ import annotations

from fractions import Fraction

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidgetItem, QWidget

from linju_desktop.domain import consultations as rules
from linju_desktop.domain.errors import ValidationError
from linju_desktop.domain.money import MoneyError, format_yuan, parse_yuan
from linju_desktop.gui.context import AppContext
from linju_desktop.gui.forms import child
from linju_desktop.gui.pages.form_dialog import FormDialog
from linju_desktop.gui.widgets import fit_columns
from linju_desktop.services import consultations as service
from linju_desktop.store.reads import neighbourhood as reads

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def default_coefficient(floor: int) -> str:
    """A first proposal the secretary changes: the ground floor (and below) pays nothing."""
    return "0" if floor <= 1 else "1"


class SharingDialog(FormDialog):
    ui = "consultations_sharing.ui"
    fallback = "coefficients"

    def __init__(self, ctx: AppContext, consultation_id: str, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.consultation_id = consultation_id
        c = service.get(ctx.store, consultation_id)
        self.setWindowTitle(self.tr("Cost sharing of “{title}”").format(title=c["title"]))
        self.homes = reads.households(ctx.store, consultation_id)
        self.summary = child(self.form_widget, "summary")
        self.shares = child(self.form_widget, "shares")
        self.shares.setAccessibleName(self.tr("Shares"))
        self.shares.setColumnCount(4)
        self.shares.setHorizontalHeaderLabels(
            [self.tr("Room"), self.tr("Floor"), self.tr("Owner"), self.tr("Share (yuan)")]
        )
        self.shares.verticalHeader().hide()
        kept: dict[int, str] = {}
        if c["total_fen"] and c["coefficients"]:
            sharing = service.cost_sharing(ctx.store, consultation_id)
            kept = sharing.coefficients
            self.e["total"].setText(format_yuan(sharing.total_fen).replace(",", ""))
            self.e["by_area"].setChecked(sharing.by_area)
        floors = sorted({int(h["floor"]) for h in self.homes})
        table = self.e["coefficients"]
        table.setColumnCount(2)
        table.setHorizontalHeaderLabels([self.tr("Floor"), self.tr("Coefficient")])
        table.verticalHeader().hide()
        table.setRowCount(len(floors))
        for i, floor in enumerate(floors):
            label = QTableWidgetItem(str(floor))
            label.setFlags(Qt.ItemFlag.ItemIsEnabled)
            label.setData(Qt.ItemDataRole.UserRole, floor)
            table.setItem(i, 0, label)
            table.setItem(i, 1, QTableWidgetItem(kept.get(floor, default_coefficient(floor))))
        fit_columns(table)
        table.itemChanged.connect(lambda _item: self.preview())
        self.e["total"].textChanged.connect(lambda _t: self.preview())
        self.e["by_area"].toggled.connect(lambda _on: self.preview())
        self.preview()
        self.e["total"].setFocus()

    def coefficients(self) -> dict[int, str]:
        table = self.e["coefficients"]
        return {
            int(table.item(i, 0).data(Qt.ItemDataRole.UserRole)): table.item(i, 1).text()
            for i in range(table.rowCount())
        }

    def total_fen(self) -> int:
        try:
            return parse_yuan(self.e["total"].text())
        except MoneyError as e:
            raise ValidationError([e.problem("total")]) from e

    def computed(self) -> dict[str, int]:
        """Each household's share in fen, or a ValidationError saying what is wrong."""
        total = self.total_fen()
        parsed: dict[int, Fraction] = rules.parse_coefficients(self.coefficients())
        homes = {h["id"]: h for h in self.homes}
        return rules.cost_shares(total, homes, parsed, by_area=self.e["by_area"].isChecked())

    def preview(self) -> None:
        self.fields.clear_messages()
        try:
            shares = self.computed() if self.e["total"].text().strip() else {}
        except ValidationError as e:
            self.fields.show_problems(e.problems, fallback="coefficients")
            shares = {}
        self.shares.setRowCount(len(self.homes))
        for i, h in enumerate(self.homes):
            share = shares.get(h["id"])
            cells = [h["room"], str(h["floor"]), h["owner"] or "",
                     "" if share is None else format_yuan(share)]  # fmt: skip
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                if j in (1, 3):
                    item.setTextAlignment(RIGHT)
                self.shares.setItem(i, j, item)
        fit_columns(self.shares)
        if shares:
            self.summary.setText(
                self.tr("{n} households share {total} yuan; the shares add up to it exactly.")
                .format(n=len(shares), total=format_yuan(sum(shares.values())))
            )  # fmt: skip
        else:
            self.summary.setText(self.tr("Type the total and the coefficients to see the shares."))

    def save(self) -> None:
        try:
            total = self.total_fen()
        except ValidationError as e:
            self.fields.show_problems(e.problems)
            return
        store, cid = self.ctx.store, self.consultation_id
        coefficients, by_area = self.coefficients(), self.e["by_area"].isChecked()
        self.run(
            lambda: service.set_cost_sharing(store, cid, total, coefficients, by_area=by_area),
            lambda _shares: self.accept(),
        )
