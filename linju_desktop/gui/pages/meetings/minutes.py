"""The meeting form's texts: the details (times, place, agenda, minutes, decisions) read
from and written to their boxes, and the typed texts kept as a draft on disk a few seconds
after typing stops (drafts.py), offered back after a crash."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QTime, QTimer
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QSpinBox, QTimeEdit, QWidget

from linju_desktop.gui.context import AppContext
from linju_desktop.gui.pages.meetings import drafts
from linju_desktop.gui.widgets import confirm

# Where the list of non-member attendees of joint/neighbour meetings is kept: the
# meetings table has no column for it, so it is the first line of the minutes
# (which is also where it belongs on the printed record).
OTHERS_MARK = "参会人员（非党员）："
NO_TIME = QTime(0, 0)  # 00:00 stands for "not given": nobody meets at midnight


class Minutes:
    """The texts of the meeting form (a mixin of MeetingDialog, whose translation context
    its strings keep)."""

    ctx: AppContext
    meeting_id: str | None
    details: Any  # the DesignerFieldForm of the details: editors by key
    type_box: QComboBox
    date_box: Any
    title_edit: QLineEdit
    others: QPlainTextEdit
    resident_count: QSpinBox
    start_time: QTimeEdit
    end_time: QTimeEdit
    chair_box: QComboBox
    recorder_box: QComboBox
    _draft_timer: QTimer

    def is_final(self) -> bool:
        raise NotImplementedError

    # -- the details ---------------------------------------------------------------------------
    def _load_texts(self, current: dict) -> None:
        """The stored meeting's texts and times into their boxes."""
        self.title_edit.setText(current["title"] or "")
        self.resident_count.setValue(current["resident_count"] or 0)
        minutes = current["minutes"] or ""
        others = ""
        if minutes.startswith(OTHERS_MARK):
            first, _nl, minutes = minutes.partition("\n")
            others = first[len(OTHERS_MARK) :]
        self.others.setPlainText(others.replace("、", "\n"))
        self._set_text("place", current["place"])
        self._set_text("agenda", current["agenda"])
        self._set_text("minutes", minutes)
        self._set_text("decisions", current["decisions"])
        self.start_time.setTime(self._time(current["start_time"]))
        self.end_time.setTime(self._time(current["end_time"]))

    @staticmethod
    def _time(value: str | None) -> QTime:
        t = QTime.fromString((value or "")[:5], "HH:mm")
        return t if t.isValid() else NO_TIME

    def _set_text(self, key: str, value: str | None) -> None:
        editor = self.details.editors[key]
        if isinstance(editor, QPlainTextEdit):
            editor.setPlainText(value or "")
        else:
            editor.setText(value or "")

    def _fields(self) -> dict:
        """The meeting's columns as the form holds them."""

        def text(key: str) -> str:
            e = self.details.editors[key]
            return e.toPlainText().strip() if isinstance(e, QPlainTextEdit) else e.text().strip()

        def time(t: QTimeEdit) -> str | None:
            return None if t.time() == NO_TIME else t.time().toString("HH:mm:ss")

        code = self.type_box.currentData()
        minutes = text("minutes")
        resident_count = None
        if code in ("joint", "neighbour"):
            resident_count = self.resident_count.value() or None
            names = [n.strip() for n in self.others.toPlainText().splitlines() if n.strip()]
            if names:
                minutes = OTHERS_MARK + "、".join(names) + ("\n" + minutes if minutes else "")
        return {
            "title": self.title_edit.text().strip(),
            "date": self.date_box.date().toString("yyyy-MM-dd"),
            "start_time": time(self.start_time),
            "end_time": time(self.end_time),
            "place": text("place"),
            "chair_id": self.chair_box.currentData(),
            "recorder_id": self.recorder_box.currentData(),
            "agenda": text("agenda"),
            "minutes": minutes,
            "decisions": text("decisions"),
            "resident_count": resident_count,
        }

    # -- drafts: typing survives a crash -------------------------------------------------------
    def _draft_editors(self) -> dict[str, QLineEdit | QPlainTextEdit]:
        found: dict[str, QLineEdit | QPlainTextEdit] = {
            "title": self.title_edit,
            "others": self.others,
        }
        found.update(
            {k: self.details.editors[k] for k in drafts.TEXTS if k in self.details.editors}
        )
        return found

    def _draft_texts(self) -> dict[str, str]:
        return {
            k: e.toPlainText() if isinstance(e, QPlainTextEdit) else e.text()
            for k, e in self._draft_editors().items()
        }

    def _typed(self) -> None:
        if not self.is_final() and not self._draft_timer.isActive():
            self._draft_timer.start()

    def keep_draft(self) -> None:
        if self.is_dirty():  # type: ignore[attr-defined]  # GuardedDialog's, via MeetingDialog
            drafts.write(self.ctx.store.data_dir, self.meeting_id, self._draft_texts())

    def _offer_draft(self) -> None:
        """Texts typed before a crash come back when the meeting is next opened."""
        data_dir = self.ctx.store.data_dir
        kept = drafts.read(data_dir, self.meeting_id)
        if not kept or self.is_final():
            return
        if kept == {k: v for k, v in self._draft_texts().items() if k in kept}:
            drafts.remove(data_dir, self.meeting_id)
            return
        parent: QWidget = self  # type: ignore[assignment]
        if confirm(
            parent,
            QCoreApplication.translate("MeetingDialog", "Unsaved minutes found"),
            QCoreApplication.translate(
                "MeetingDialog",
                "This meeting record has text that was typed but not saved (the program "
                "was closed unexpectedly). Restore it?",
            ),
        ):
            for key, editor in self._draft_editors().items():
                if key in kept:
                    if isinstance(editor, QPlainTextEdit):
                        editor.setPlainText(kept[key])
                    else:
                        editor.setText(kept[key])
        else:
            drafts.remove(data_dir, self.meeting_id)
