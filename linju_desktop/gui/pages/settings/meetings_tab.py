"""Settings, 会议: how often each kind of meeting is held (the home page's reminders)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QVBoxLayout, QWidget

from linju_desktop.domain import meetings as meeting_rules
from linju_desktop.gui.context import AppContext
from linju_desktop.gui.forms import child, load_form
from linju_desktop.gui.operations import run_op

RHYTHMS = ("monthly", "quarterly", "yearly", "as_needed")


class MeetingsTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        form = load_form("settings_meetings_tab.ui", self)
        QVBoxLayout(self).addWidget(form)
        self.form = child(form, "rhythms")
        saved = ctx.setting("meeting_rhythms") or {}
        labels = self.rhythm_labels()
        for t in meeting_rules.MEETING_TYPES:  # one row per meeting type, so built here
            box = QComboBox()
            for code in RHYTHMS:
                box.addItem(labels[code], code)
            box.setCurrentIndex(max(0, box.findData(saved.get(t.code, t.rhythm))))
            self.form.add(t.code, meeting_rules.type_label(t.code), box)
        child(form, "primary").clicked.connect(self.save)
        self.note = child(form, "good")

    def rhythm_labels(self) -> dict[str, str]:
        return {
            "monthly": self.tr("Every month"),
            "quarterly": self.tr("Every quarter"),
            "yearly": self.tr("Every year"),
            "as_needed": self.tr("When needed (no reminder)"),
        }

    def save(self) -> None:
        # Store every type: due_meetings() only looks at the types in the mapping.
        values = {
            code: box.currentData()  # type: ignore[attr-defined]
            for code, box in self.form.editors.items()
        }
        store = self.ctx.store
        run_op(
            self.ctx,
            lambda _p: store.set_setting("meeting_rhythms", values),
            lambda _r: self.note.setText(self.tr("Saved.")),
            tables=["settings"],
        )
