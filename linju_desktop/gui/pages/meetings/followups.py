"""Follow-ups of a meeting: what is to be done, optionally linked to a resident request.
New ones wait for Save, like photos."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QListWidget


class FollowUps:
    """The follow-up part of the meeting form (a mixin of MeetingDialog, whose translation
    context its strings keep)."""

    pending_followups: list[tuple[str, str | None]]
    followup_list: QListWidget
    followup_text: QLineEdit
    followup_message: QLabel
    request_box: QComboBox

    def _add_followup_item(self, text: str, request_number: str | None) -> None:
        label = f"• {text}"
        if request_number:
            label += QCoreApplication.translate("MeetingDialog", " (request {number})").format(
                number=request_number
            )
        self.followup_list.addItem(label)

    def add_followup(self) -> None:
        text = self.followup_text.text().strip()
        if not text:
            self.followup_message.setText(
                QCoreApplication.translate("MeetingDialog", "Write what is to be done first")
            )
            self.followup_message.setVisible(True)
            self.followup_text.setFocus()
            return
        self.followup_message.setVisible(False)
        request_id = self.request_box.currentData()
        number = self.request_box.currentText().split(" ")[0] if request_id else None
        self.pending_followups.append((text, request_id))
        self._add_followup_item(text, number)
        self.followup_text.clear()
        self.request_box.setCurrentIndex(0)
