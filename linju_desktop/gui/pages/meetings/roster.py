"""The attendance checklist: everyone expected, ticked as present; untick for absent and
pick the reason, or mark as non-voting (列席)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QLabel, QWidget

from linju_desktop.domain import meetings as rules
from linju_desktop.domain.errors import Problem
from linju_desktop.domain.i18n import tr as core_tr
from linju_desktop.gui.widgets import combo

# "Other" needs a written note (domain rule) that attendance rows cannot store yet.
REASONS = {k: v for k, v in rules.ABSENCE_REASONS.items() if k != "other"}


@dataclass
class RosterRow:
    member_id: str
    name: str
    member_kind: str
    status: str  # as loaded: the dialog writes only rows that changed
    reason: str | None
    present: QCheckBox
    reason_box: QComboBox
    non_voting: QCheckBox
    message: QLabel

    def current(self) -> tuple[str, str | None]:
        if self.non_voting.isChecked():
            return "non_voting", None
        if self.present.isChecked():
            return "present", None
        return "absent", self.reason_box.currentData()


class RosterList(QWidget):
    """Everyone expected, ticked as present; untick for absent and pick the reason."""

    def __init__(self, on_change: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Big tick boxes (the whole point of this list is ticking): QWidget#roster in the .qss.
        self.setObjectName("roster")
        self.on_change = on_change
        self.rows: list[RosterRow] = []
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(6, 4, 6, 4)
        self.grid.setHorizontalSpacing(14)
        self.grid.setVerticalSpacing(4)
        self.grid.setColumnStretch(4, 1)
        self.grid.setColumnMinimumWidth(2, 120)  # no jump when the first reason box appears

    def set_rows(self, members: list[dict]) -> None:
        """members: dicts with member_id (or id), name, member_kind, status, reason."""
        while self.grid.count():
            item = self.grid.takeAt(0)
            if w := item.widget():
                w.hide()  # hidden now: deleteLater only acts after this event
                w.deleteLater()
        self.rows = []
        heads = [self.tr("Present (tick)"), "", self.tr("Reason if absent"), self.tr("Non-voting")]
        for col, text in enumerate(heads):
            head = QLabel(text)
            head.setProperty("role", "column_head")
            self.grid.addWidget(head, 0, col)
        for i, m in enumerate(members, start=1):
            self.rows.append(self._add_row(i, m))
        self.on_change()

    def _add_row(self, i: int, m: dict) -> RosterRow:
        status = m.get("status") or "present"
        present = QCheckBox(m["name"] or "?")
        present.setChecked(status != "absent")
        kind = QLabel(self.tr("probationary") if m.get("member_kind") == "probationary" else "")
        kind.setProperty("tone", "muted")
        reason = combo(
            [(k, core_tr(v)) for k, v in REASONS.items()],
            m.get("reason"),
            blank=self.tr("(choose a reason)"),
        )
        reason.setAccessibleName(self.tr("Reason for {name}'s absence").format(name=m["name"]))
        if m.get("reason") is None:
            reason.setCurrentIndex(0)
        reason.setVisible(status == "absent")
        non_voting = QCheckBox(self.tr("Non-voting"))
        non_voting.setChecked(status == "non_voting")
        message = QLabel()
        message.setProperty("message", "error")
        message.setWordWrap(True)
        message.setMinimumWidth(150)
        message.setVisible(False)
        row = RosterRow(
            m.get("member_id") or m["id"],
            m["name"] or "",
            m.get("member_kind") or "",
            status,
            m.get("reason"),
            present,
            reason,
            non_voting,
            message,
        )
        present.toggled.connect(lambda on, r=row: self._present_toggled(r, on))
        non_voting.toggled.connect(lambda on, r=row: self._non_voting_toggled(r, on))
        reason.currentIndexChanged.connect(lambda _i, r=row: self._reason_changed(r))
        for col, w in enumerate((present, kind, reason, non_voting, message)):
            self.grid.addWidget(w, i, col)
        return row

    def _present_toggled(self, row: RosterRow, on: bool) -> None:
        row.reason_box.setVisible(not on)
        if not on:
            row.non_voting.setChecked(False)  # 列席 means attending
        else:
            row.message.setVisible(False)
        self.on_change()

    def _non_voting_toggled(self, row: RosterRow, on: bool) -> None:
        if on:
            row.present.setChecked(True)
        self.on_change()

    def _reason_changed(self, row: RosterRow) -> None:
        if row.reason_box.currentData():
            row.message.setVisible(False)
        self.on_change()

    def all_present(self) -> None:
        for r in self.rows:
            r.present.setChecked(True)

    def attendance_rows(self) -> list[dict]:
        out = []
        for r in self.rows:
            status, reason = r.current()
            out.append(
                {
                    "member_id": r.member_id,
                    "status": status,
                    "reason": reason,
                    "member_kind": r.member_kind,
                }
            )
        return out

    def show_problems(self, problems: list[Problem]) -> None:
        for r in self.rows:
            r.message.setVisible(False)
        for p in problems:
            if not p.field.startswith("attendance["):
                continue
            i = int(p.field[len("attendance[") : p.field.index("]")])
            if 0 <= i < len(self.rows):
                self.rows[i].message.setText(p.text())
                self.rows[i].message.setVisible(True)

    def set_editable(self, on: bool) -> None:
        for r in self.rows:
            for w in (r.present, r.reason_box, r.non_voting):
                w.setEnabled(on)
