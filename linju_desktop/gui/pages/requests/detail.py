"""One request: its details, its history, and the next steps it allows."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from linju_desktop.domain import requests as rules
from linju_desktop.domain.i18n import tr as core_tr
from linju_desktop.gui.context import AppContext
from linju_desktop.gui.forms import fit_to_screen
from linju_desktop.gui.pages.requests.actions import ActionDialog
from linju_desktop.gui.pages.requests.common import address, category_label, is_overdue, local_time
from linju_desktop.gui.widgets import big_button
from linju_desktop.services import resident_requests as service
from linju_desktop.services.clock import parse_iso, utc_now
from linju_desktop.store import page_queries_people as queries


class RequestDialog(QDialog):
    """One request: its details, its history, and the next steps it allows."""

    def __init__(self, ctx: AppContext, request_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.request_id = ctx, request_id
        self.setObjectName("request_dialog")
        self.resize(940, 860)
        fit_to_screen(self)  # scrolls inside, buttons on screen
        outer = QVBoxLayout(self)
        self.header = QLabel()
        self.header.setObjectName("heading")
        outer.addWidget(self.header)
        self.overdue_label = QLabel()
        self.overdue_label.setObjectName("bad")  # red and bold, from the style sheets
        self.overdue_label.setWordWrap(True)
        outer.addWidget(self.overdue_label)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        self.details = QFormLayout(body)
        self.details.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        scroll.setWidget(body)
        outer.addWidget(scroll, 3)
        history = QLabel(self.tr("History"))
        history.setObjectName("subheading")
        outer.addWidget(history)
        self.timeline = QTableWidget(0, 4)
        self.timeline.setAccessibleName(history.text())
        self.timeline.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Step"), self.tr("By"), self.tr("Note")]
        )
        self.timeline.verticalHeader().setVisible(False)
        self.timeline.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.timeline.setWordWrap(True)
        head = self.timeline.horizontalHeader()
        head.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        head.setStretchLastSection(True)
        self.timeline.setMinimumHeight(160)
        outer.addWidget(self.timeline, 2)
        self.next_label = QLabel(self.tr("Next step:"))
        self.next_label.setObjectName("subheading")
        self.actions_row = QHBoxLayout()
        row = QHBoxLayout()
        row.addWidget(self.next_label)
        row.addLayout(self.actions_row)
        row.addStretch(1)
        outer.addLayout(row)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        outer.addWidget(close)
        self.action_buttons: dict[str, QPushButton] = {}
        self.reload()

    def offered_actions(self, request: dict) -> list[str]:
        """allowed_actions, less reopen unless the resident was unsatisfied (it would be refused)."""
        return [
            a
            for a in rules.allowed_actions(request["state"])
            if a != "reopen" or request.get("rating") == "unsatisfied"
        ]

    def reload(self) -> None:
        req = self.request = service.get(self.ctx.store, self.request_id)
        now = utc_now()
        self.setWindowTitle(self.tr("Request {number}").format(number=req["number"]))
        self.header.setText(
            self.tr("Request {number} — {state}").format(
                number=req["number"], state=rules.state_label(req["state"])
            )
        )
        if is_overdue(req, now):
            late = now - parse_iso(req["due_at"])
            due = local_time(req["due_at"])
            if late.days:
                text = self.tr("Overdue by %n day(s): it was due {due}", "", late.days)
            else:
                text = self.tr("Overdue by %n hour(s): it was due {due}", "", late.seconds // 3600)
            self.overdue_label.setText(text.format(due=due))
            self.overdue_label.setVisible(True)
        else:
            self.overdue_label.setVisible(False)
        names = queries.member_names(self.ctx.store, {req["assignee_id"] or ""})
        while self.details.rowCount():
            self.details.removeRow(0)
        handler = ""
        if req["handling"]:
            who = (
                names.get(req["assignee_id"] or "", "")
                if req["handling"] == "member"
                else req["department"] or ""
            )
            handler = core_tr(rules.HANDLING_LABELS[req["handling"]]) + (f"：{who}" if who else "")
        rows = [
            (self.tr("Resident"), req["resident"]),
            (self.tr("Phone"), req["contact"]),
            (self.tr("Address"), address(req)),
            (self.tr("Category"), category_label(req["category"])),
            (self.tr("Came by"), core_tr(rules.SOURCES.get(req["source"], req["source"] or ""))),
            (self.tr("Registered"), local_time(req["registered_at"])),
            (self.tr("Due"), local_time(req["due_at"])),
            (self.tr("What is asked"), req["description"]),
            (self.tr("Handled by"), handler),
            (self.tr("Result"), req["result"]),
            (
                self.tr("Rating"),
                (
                    core_tr(rules.RATING_LABELS[req["rating"]])
                    + (f"（{req['rating_note']}）" if req["rating_note"] else "")
                )
                if req["rating"]
                else "",
            ),
        ]
        for label, value in rows:
            if value:
                v = QLabel(str(value))
                v.setWordWrap(True)
                v.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self.details.addRow(label, v)
        self._fill_timeline()
        for b in self.action_buttons.values():
            self.actions_row.removeWidget(b)
            b.deleteLater()
        self.action_buttons = {}
        offered = self.offered_actions(req)
        for action in offered:
            b = big_button(rules.action_label(action), "", lambda _c=False, a=action: self.do(a))
            if action == offered[0]:
                b.setObjectName("primary")
            self.actions_row.addWidget(b)
            self.action_buttons[action] = b
        self.next_label.setText(
            self.tr("Next step:") if offered else self.tr("Archived: nothing more to do.")
        )

    def _fill_timeline(self) -> None:
        evs = service.events(self.ctx.store, self.request_id)
        details = [json.loads(e["details"]) if e["details"] else {} for e in evs]
        names = queries.member_names(
            self.ctx.store, {d.get("assignee_member_id") or "" for d in details}
        )
        self.timeline.setRowCount(len(evs))
        for i, (e, d) in enumerate(zip(evs, details, strict=True)):
            action = (
                self.tr("Registered the request")
                if e["action"] == "register"
                else rules.action_label(e["action"])
                if e["action"] in rules.ACTION_LABELS
                else e["action"]
            )
            parts = []
            if d.get("handling"):
                parts.append(core_tr(rules.HANDLING_LABELS.get(d["handling"], d["handling"])))
            if d.get("assignee_member_id"):
                parts.append(names.get(d["assignee_member_id"], ""))
            if d.get("department"):
                parts.append(d["department"])
            if d.get("category"):
                parts.append(category_label(d["category"]))
            if d.get("result"):
                parts.append(d["result"])
            if d.get("rating"):
                parts.append(core_tr(rules.RATING_LABELS.get(d["rating"], d["rating"])))
            if e["note"]:
                parts.append(e["note"])
            for col, text in enumerate(
                (local_time(e["at"]), action, e["actor"] or "", "；".join(p for p in parts if p))
            ):
                self.timeline.setItem(i, col, QTableWidgetItem(text))
        self.timeline.resizeRowsToContents()
        self.timeline.scrollToBottom()  # the latest step is what the user comes for

    def do(self, action: str) -> bool:
        """Ask what `action` needs and apply it; True when it was done."""
        dlg = ActionDialog(self.ctx, self.request, action, self)
        done = dlg.exec() == QDialog.DialogCode.Accepted
        self.reload()
        return done
