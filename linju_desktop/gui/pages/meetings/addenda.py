"""Addenda: the corrections and additions written after a record was finalised."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QPlainTextEdit

from linju_desktop.domain.errors import ValidationError
from linju_desktop.gui.operations import run_op
from linju_desktop.services import meetings as service
from linju_desktop.store import meeting_queries as q

if TYPE_CHECKING:
    from linju_desktop.gui.context import AppContext


def addenda_text(rows: list[dict]) -> str:
    return "\n\n".join(
        f"{(a['written_at'] or '')[:10]} {a['author'] or ''}\n{a['text']}".replace("  ", " ")
        for a in rows
    )


class Addenda:
    """The addenda part of the meeting form (a mixin of MeetingDialog, whose translation
    context its strings keep)."""

    ctx: AppContext
    meeting_id: str | None
    addenda_label: QLabel
    addendum_text: QPlainTextEdit
    addendum_message: QLabel

    def _load_addenda(self) -> None:
        rows = q.addenda(self.ctx.store, self.meeting_id) if self.meeting_id else []
        self.addenda_label.setText(
            addenda_text(rows) or QCoreApplication.translate("MeetingDialog", "No addenda yet.")
        )

    def add_addendum(self) -> None:
        store, mid = self.ctx.store, self.meeting_id or ""
        text = self.addendum_text.toPlainText()
        self.addendum_text.setEnabled(False)
        run_op(
            self.ctx,
            lambda _p: service.add_addendum(store, mid, text, q.secretary_name(store)),
            lambda _id: self._addendum_added(),
            self._addendum_refused,
        )

    def _addendum_added(self) -> None:
        self.addendum_text.setEnabled(True)
        self.addendum_message.setVisible(False)
        self.addendum_text.clear()
        self.ctx.status.emit(QCoreApplication.translate("MeetingDialog", "Addendum added"))
        self._load_addenda()

    def _addendum_refused(self, exc: BaseException) -> None:
        self.addendum_text.setEnabled(True)
        if not isinstance(exc, ValidationError):
            raise exc
        self.addendum_message.setText("\n".join(p.text() for p in exc.problems))
        self.addendum_message.setVisible(True)
        self.addendum_text.setFocus()
