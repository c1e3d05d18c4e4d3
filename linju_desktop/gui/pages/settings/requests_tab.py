"""Settings, 群众诉求: the time limit of each kind of request and the departments list."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from linju_desktop.domain import requests as request_rules
from linju_desktop.domain.i18n import tr as core_tr
from linju_desktop.gui.context import AppContext
from linju_desktop.gui.forms import FormFields, child, install_form
from linju_desktop.services import resident_requests

MAX_LIMIT_HOURS = 24 * 90


class RequestsTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        form = install_form(self, "settings_requests_tab.ui")
        self.form = FormFields(form, "limits")
        limits = resident_requests.limits(ctx.store)
        for cat in request_rules.DEFAULT_CATEGORIES:  # one row per category, so built here
            spin = QSpinBox()
            spin.setRange(1, MAX_LIMIT_HOURS)
            spin.setSuffix(self.tr(" hours"))
            spin.setValue(int(limits.get(cat.code, cat.limit_hours)))
            spin.setFixedWidth(220)
            days = QLabel(self.days_text(spin.value()))
            spin.valueChanged.connect(lambda v, lab=days: lab.setText(self.days_text(v)))
            cell = QWidget()
            cell_row = QHBoxLayout(cell)
            cell_row.setContentsMargins(0, 0, 0, 0)
            cell_row.addWidget(spin)
            cell_row.addWidget(days, 1)
            self.form.add_row(cat.code, core_tr(cat.name), cell, spin)
        self.departments = child(form, QPlainTextEdit, "departments")
        self.departments.setPlainText("\n".join(ctx.setting("departments", []) or []))
        child(form, QPushButton, "primary").clicked.connect(self.save)
        child(form, QPushButton, "defaults").clicked.connect(self.default_limits)
        self.note = child(form, QLabel, "good")

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
        self.ctx.set_setting("request_limits", values)
        self.ctx.set_setting("departments", list(dict.fromkeys(departments)))
        self.note.setText(self.tr("Saved. New requests use these limits."))
        self.ctx.changed("settings")
