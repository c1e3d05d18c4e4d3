"""Settings, 群众诉求: the time limit of each kind of request and the departments list."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from linju_desktop.domain import requests as request_rules
from linju_desktop.domain.i18n import tr as core_tr
from linju_desktop.gui.context import AppContext
from linju_desktop.gui.forms import child, load_form
from linju_desktop.gui.operations import run_op
from linju_desktop.services import resident_requests

MAX_LIMIT_HOURS = 24 * 90


class RequestsTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        form = load_form("settings_requests_tab.ui", self)
        QVBoxLayout(self).addWidget(form)
        self.form = child(form, "limits")
        limits = resident_requests.limits(ctx.store)
        for cat in request_rules.DEFAULT_CATEGORIES:  # one row per category, so built here
            spin = QSpinBox()
            spin.setRange(1, MAX_LIMIT_HOURS)
            spin.setSuffix(self.tr(" hours"))
            spin.setValue(int(limits.get(cat.code, cat.limit_hours)))
            spin.setFixedWidth(220)
            spin.setAccessibleName(core_tr(cat.name))
            days = QLabel(self.days_text(spin.value()))
            spin.valueChanged.connect(lambda v, lab=days: lab.setText(self.days_text(v)))
            cell = QWidget()
            cell_row = QHBoxLayout(cell)
            cell_row.setContentsMargins(0, 0, 0, 0)
            cell_row.addWidget(spin)
            cell_row.addWidget(days, 1)
            self.form.add(cat.code, core_tr(cat.name), cell)
            self.form.editors[cat.code] = spin  # the form reads the spin box, not its row
            self.form.labels[cat.code].setBuddy(spin)
        self.departments = child(form, "departments")
        self.departments.setPlainText("\n".join(ctx.setting("departments", []) or []))
        child(form, "primary").clicked.connect(self.save)
        child(form, "defaults").clicked.connect(self.default_limits)
        self.note = child(form, "good")

    def days_text(self, hours: int) -> str:
        # Hours are exact, days are how people think: show both.
        return self.tr("= %n day(s)", "", hours // 24) if hours % 24 == 0 else ""

    def default_limits(self) -> None:
        for cat in request_rules.DEFAULT_CATEGORIES:
            self.form.editors[cat.code].setValue(cat.limit_hours)  # type: ignore[attr-defined]
        self.note.setText(self.tr("The usual limits are filled in; press Save to keep them."))

    def save(self) -> None:
        values = {
            code: int(spin.value())  # type: ignore[attr-defined]
            for code, spin in self.form.editors.items()
        }
        departments = [
            line.strip() for line in self.departments.toPlainText().splitlines() if line.strip()
        ]
        store, names = self.ctx.store, list(dict.fromkeys(departments))

        def call(_progress: object) -> None:
            store.set_setting("request_limits", values)
            store.set_setting("departments", names)

        run_op(self.ctx, call, lambda _r: self._saved(), tables=["settings"])

    def _saved(self) -> None:
        self.note.setText(self.tr("Saved. New requests use these limits."))
