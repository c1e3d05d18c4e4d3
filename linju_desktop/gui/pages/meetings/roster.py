"""The attendance checklist: everyone expected, ticked as present; untick for absent and
pick the reason, or mark as non-voting (列席). A search box above it finds a person by part
of a name or a building: Enter marks the one found absent and opens the reasons."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QLabel, QLineEdit, QWidget

from linju_desktop.domain import meetings as rules
from linju_desktop.domain.errors import Problem
from linju_desktop.domain.i18n import tr as core_tr
from linju_desktop.gui.widgets import combo

REASONS = rules.ABSENCE_REASONS


class EnterLine(QLineEdit):
    """A line whose Enter is its own: it does not also press the dialog's default button."""

    entered = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            self.entered.emit()
            return
        super().keyPressEvent(event)


@dataclass
class RosterRow:
    member_id: str
    name: str
    member_kind: str
    building: str
    status: str  # as loaded: the dialog writes only rows that changed
    reason: str | None  # as stored ("other:<note>" for 其他 with its note)
    present: QCheckBox
    place: QLabel
    reason_box: QComboBox
    note: QLineEdit
    non_voting: QCheckBox
    message: QLabel

    def widgets(self) -> tuple[QWidget, ...]:
        return (self.present, self.place, self.reason_box, self.note, self.non_voting)

    def current(self) -> tuple[str, str | None]:
        if self.non_voting.isChecked():
            return "non_voting", None
        if self.present.isChecked():
            return "present", None
        return "absent", rules.reason_value(self.reason_box.currentData(), self.note.text())

    def matches(self, words: list[str]) -> bool:
        text = f"{self.name} {self.building}".casefold()
        return all(w in text for w in words)


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
        self.grid.setColumnStretch(5, 1)
        self.grid.setColumnMinimumWidth(2, 120)  # no jump when the first reason box appears
        self._end_row = 1  # the empty row below the last, which takes the spare height
        self.search = EnterLine()
        self.search.setObjectName("roster_search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            self.tr("Find someone: part of a name or a building, then Enter marks them absent")
        )
        self.search.setAccessibleName(self.tr("Find someone on the list"))
        self.search.textChanged.connect(self.filter)
        self.search.entered.connect(self.mark_found_absent)

    def set_rows(self, members: list[dict]) -> None:
        """members: dicts with member_id (or id), name, building, member_kind, status, reason."""
        while self.grid.count():
            item = self.grid.takeAt(0)
            if w := item.widget():
                w.hide()  # hidden now: deleteLater only acts after this event
                w.deleteLater()
        self.rows = []
        heads = [
            self.tr("Present (tick)"),
            "",
            self.tr("Reason if absent"),
            "",
            self.tr("Non-voting"),
        ]
        for col, text in enumerate(heads):
            head = QLabel(text)
            head.setProperty("role", "column_head")
            self.grid.addWidget(head, 0, col)
        for i, m in enumerate(members, start=1):
            self.rows.append(self._add_row(i, m))
        # In a list taller than its rows (the form's one scroll gives it the height of the
        # details beside it) the rows stay at the top instead of spreading out.
        self.grid.setRowStretch(self._end_row, 0)
        self._end_row = len(members) + 1
        self.grid.setRowStretch(self._end_row, 1)
        self.search.clear()
        self.on_change()

    def _add_row(self, i: int, m: dict) -> RosterRow:
        status = m.get("status") or "present"
        code, note_text = rules.split_reason(m.get("reason"))
        present = QCheckBox(m["name"] or "?")
        present.setChecked(status != "absent")
        # The building tells two people of the same name apart.
        parts = [m.get("building") or ""]
        if m.get("member_kind") == "probationary":
            parts.append(self.tr("probationary"))
        place = QLabel("  ".join(p for p in parts if p))
        place.setProperty("tone", "muted")
        reason = combo(
            [(k, core_tr(v)) for k, v in REASONS.items()],
            code,
            blank=self.tr("(choose a reason)"),
        )
        reason.setAccessibleName(self.tr("Reason for {name}'s absence").format(name=m["name"]))
        if code is None:
            reason.setCurrentIndex(0)
        reason.setVisible(status == "absent")
        note = EnterLine(note_text)
        note.setPlaceholderText(self.tr("What other reason?"))
        note.setAccessibleName(self.tr("Other reason for {name}'s absence").format(name=m["name"]))
        note.setVisible(status == "absent" and code == "other")
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
            m.get("building") or "",
            status,
            m.get("reason"),
            present,
            place,
            reason,
            note,
            non_voting,
            message,
        )
        present.toggled.connect(lambda on, r=row: self._present_toggled(r, on))
        non_voting.toggled.connect(lambda on, r=row: self._non_voting_toggled(r, on))
        reason.currentIndexChanged.connect(lambda _i, r=row: self._reason_changed(r))
        reason.activated.connect(lambda _i, r=row: self._reason_chosen(r))
        note.textChanged.connect(lambda text, r=row: self._note_changed(r, text))
        note.entered.connect(self._back_to_search)
        for col, w in enumerate((present, place, reason, note, non_voting, message)):
            self.grid.addWidget(w, i, col)
        return row

    # -- finding people ----------------------------------------------------------------------------
    def filter(self, text: str) -> None:
        words = text.casefold().split()
        for r in self.rows:
            shown = r.matches(words)
            absent = not r.present.isChecked()
            r.present.setVisible(shown)
            r.place.setVisible(shown)
            r.non_voting.setVisible(shown)
            r.reason_box.setVisible(shown and absent)
            r.note.setVisible(shown and absent and r.reason_box.currentData() == "other")
            r.message.setVisible(shown and bool(r.message.text()))  # text: a standing problem

    def found(self) -> list[RosterRow]:
        words = self.search.text().casefold().split()
        return [r for r in self.rows if r.matches(words)] if words else []

    def mark_found_absent(self) -> None:
        """Enter in the search box: the one person found is absent; pick the reason next."""
        found = self.found()
        if len(found) != 1:
            return
        row = found[0]
        row.present.setChecked(False)
        row.reason_box.setFocus()
        row.reason_box.showPopup()

    def _back_to_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()  # the next name replaces the last one

    # -- ticking -----------------------------------------------------------------------------------
    def _present_toggled(self, row: RosterRow, on: bool) -> None:
        row.reason_box.setVisible(not on)
        row.note.setVisible(not on and row.reason_box.currentData() == "other")
        if not on:
            row.non_voting.setChecked(False)  # 列席 means attending
        else:
            row.message.clear()
            row.message.setVisible(False)
        self.on_change()

    def _non_voting_toggled(self, row: RosterRow, on: bool) -> None:
        if on:
            row.present.setChecked(True)
        self.on_change()

    def _reason_changed(self, row: RosterRow) -> None:
        other = row.reason_box.currentData() == "other"
        row.note.setVisible(other and not row.present.isChecked())
        if row.reason_box.currentData():
            row.message.clear()
            row.message.setVisible(False)
        self.on_change()

    def _note_changed(self, row: RosterRow, text: str) -> None:
        if text.strip():
            row.message.clear()
            row.message.setVisible(False)
        self.on_change()

    def _reason_chosen(self, row: RosterRow) -> None:
        """A reason picked from the opened list: 其他 asks for its note, the rest go back
        to the search box for the next absentee."""
        if row.reason_box.currentData() == "other":
            row.note.setFocus()
        elif self.search.isVisible() and row.reason_box.currentData():
            self._back_to_search()

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
            r.message.clear()
            r.message.setVisible(False)
        for p in problems:
            if not p.field.startswith("attendance["):
                continue
            i = int(p.field[len("attendance[") : p.field.index("]")])
            if 0 <= i < len(self.rows):
                self.rows[i].message.setText(p.text())
                self.rows[i].message.setVisible(True)
        if any(r.message.text() for r in self.rows):
            self.search.clear()  # a row with a problem is never hidden by the search

    def set_editable(self, on: bool) -> None:
        self.search.setEnabled(on)
        for r in self.rows:
            for w in (r.present, r.reason_box, r.note, r.non_voting):
                w.setEnabled(on)
